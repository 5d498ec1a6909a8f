//! JUnit XML (SPEC §9), for CI systems that show test reports (GitLab, Jenkins, Azure).
//!
//! One `<testsuite>` per file, named by its path, and one `<testcase>` per rule that ran on it,
//! named by the rule, with one `<failure>` per unsuppressed finding. Which rules ran:
//! - a file with a `syntax-error` ran only `syntax-error` (no other rule runs on it, SPEC §4), and
//!   an unreadable file only `unreadable-file`: their suites have one test case;
//! - any other file ran every registered rule (the parser and the reader included: they passed)
//!   and every custom rule of the configuration, except those the configuration turns `off`. A
//!   rule that ran and found nothing is a passing test case.
//!
//! `failures` counts the failed test cases; `errors` and `skipped` are always 0 (a finding is a
//! failure, not an error of the test run). Suppressed findings are left out. The output validates
//! against the Jenkins-flavoured `junit-10.xsd`.
//!
//! Names, attributes and the failure's `type` (the rule) are the same in every language; the
//! failure's text speaks the run's language (`config.lang`): the message, the severity and the
//! word before the help, as the terminal says them (`Fehler`, `Tipp:`).
//!
//! A path is written as the terminal shows it, its control characters escaped (`a\u{1}b`, `\n`:
//! [`printable`]); a character XML 1.0 cannot carry in a message is written the same way
//! ([`escape`]). Nothing is dropped, so two files never get the same name.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::human::help_label;
use super::json::range;
use crate::config::{Config, Level};
use crate::finding::Finding;
use crate::lang::{printable, Lang};
use crate::rules;
use crate::run::{Document, RunSummary};
use crate::span::LineIndex;
use crate::FileReport;

/// The names of the rules that ran on a file, in registry order, custom rules last (in the
/// order of the configuration).
pub fn rules_run<'a>(report: &'a FileReport, config: &'a Config) -> Vec<&'a str> {
    for only in ["syntax-error", "unreadable-file"] {
        if report.findings.iter().any(|f| f.rule == only) {
            return vec![only];
        }
    }
    let mut names: Vec<&str> = rules::REGISTRY
        .iter()
        .map(|r| r.meta())
        .filter(|m| {
            rules::is_mandatory(m.name) || config.level(m.name, m.default_severity) != Level::Off
        })
        .map(|m| m.name)
        .collect();
    names.extend(
        config
            .custom_rules
            .iter()
            .filter(|r| config.level(&r.name, r.severity) != Level::Off)
            .map(|r| r.name.as_str()),
    );
    // Every finding belongs to one of those; should one not, its failure still gets a test case.
    for f in &report.findings {
        if !names.contains(&&*f.rule) {
            names.push(&f.rule);
        }
    }
    names
}

/// The `<testsuites>` document: each file's `<testsuite>` is rendered on its own; the opening
/// tag carries the run's totals of test cases and failures, kept per file as the row.
pub struct JunitDocument<'a> {
    pub config: &'a Config,
}

impl Document for JunitDocument<'_> {
    /// The file's test cases and failed test cases.
    type Row = (usize, usize);

    fn file(
        &self,
        _index: usize,
        report: &FileReport,
        out: &mut Vec<u8>,
    ) -> io::Result<(usize, usize)> {
        let mut xml = String::new();
        let counts = suite(report, self.config, &mut xml);
        out.extend_from_slice(xml.as_bytes());
        Ok(counts)
    }

    fn head(
        &self,
        _run: &RunSummary,
        rows: &[(usize, usize)],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let tests: usize = rows.iter().map(|r| r.0).sum();
        let failures: usize = rows.iter().map(|r| r.1).sum();
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        writeln!(
            out,
            r#"<testsuites name="guidelint" tests="{tests}" failures="{failures}" errors="0">"#
        )
    }

    fn tail(
        &self,
        _run: &RunSummary,
        _rows: &[(usize, usize)],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        writeln!(out, "</testsuites>")
    }
}

/// Writes the whole run as one `<testsuites>` document.
pub fn write(reports: &[FileReport], config: &Config, out: &mut dyn Write) -> io::Result<()> {
    crate::run::write_document(&JunitDocument { config }, reports, out)
}

/// Appends one file's `<testsuite>`; returns its test and failure counts.
fn suite(report: &FileReport, config: &Config, xml: &mut String) -> (usize, usize) {
    let index = LineIndex::new(&report.source);
    let names = rules_run(report, config);
    let path = printable(&report.path);
    let mut cases = String::new();
    let mut failed = 0;
    for name in &names {
        let found: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| f.rule == *name && !f.is_suppressed())
            .collect();
        let _ = write!(
            cases,
            r#"    <testcase name="{}" classname="{}""#,
            escape(name),
            escape(&path)
        );
        if found.is_empty() {
            cases.push_str("/>\n");
            continue;
        }
        failed += 1;
        cases.push_str(">\n");
        for f in found {
            failure(report, &path, &index, f, config.lang, &mut cases);
        }
        cases.push_str("    </testcase>\n");
    }
    let _ = writeln!(
        xml,
        r#"  <testsuite name="{}" tests="{}" failures="{failed}" errors="0" skipped="0">"#,
        escape(&path),
        names.len()
    );
    xml.push_str(&cases);
    xml.push_str("  </testsuite>\n");
    (names.len(), failed)
}

/// Appends the `<failure>` of `f`, a finding of `report` whose path is shown as `path`.
fn failure(
    report: &FileReport,
    path: &str,
    index: &LineIndex,
    f: &Finding,
    lang: Lang,
    xml: &mut String,
) {
    let text = &report.source;
    let at = match f.span {
        Some(span) => {
            let (line, column, _, _) = range(index, text, span);
            format!("{path}:{line}:{column}")
        }
        None => path.to_owned(),
    };
    let mut body = format!("{at}: {}: {}\n", f.severity.name(lang), f.message);
    if let Some(span) = f.span.filter(|_| !f.label.is_empty()) {
        let (line, column, _, _) = range(index, text, span);
        let _ = writeln!(body, "  --> {line}:{column}: {}", f.label);
    }
    for r in &f.related {
        let (line, column, _, _) = range(index, text, r.span);
        let _ = writeln!(body, "  --> {line}:{column}: {}", r.message);
    }
    if let Some(help) = &f.help {
        let _ = writeln!(body, "{} {help}", help_label(lang));
    }
    let _ = writeln!(
        xml,
        r#"      <failure message="{}" type="{}">{}</failure>"#,
        escape(&format!("{at}: {}", f.message)),
        escape(&f.rule),
        escape(&body)
    );
}

/// Escapes text for XML 1.0 content and attribute values: the five special characters become
/// entities, tab, LF and CR become character references (so attribute values keep them), and
/// characters XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) are written as the terminal
/// shows a control character in a file name (`\u{1}`, `\u{ffff}`), so none goes missing.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(reports: &[FileReport]) -> String {
        let mut out = Vec::new();
        write(reports, &Config::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Characters XML 1.0 cannot carry are escaped as the terminal shows them (they were
    /// dropped, audit 13).
    #[test]
    fn escapes_specials_and_forbidden_controls() {
        assert_eq!(
            escape("a<b & \"c\" 'd'>\u{1}\u{b}\u{ffff}é\n"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;\\u{1}\\u{b}\\u{ffff}é&#10;"
        );
        // A C0 control as the terminal shows it in a file name.
        for c in '\0'..='\u{1f}' {
            if !matches!(c, '\t' | '\n' | '\r') {
                assert_eq!(escape(&c.to_string()), printable(&c.to_string()), "{c:?}");
            }
        }
    }

    /// A control character in a file name is escaped as the terminal shows it, in the suite's
    /// name, the test cases' class and the failures' positions: `a\x01b.guideline` was written
    /// `ab.guideline`, the name of another file. A message keeps its control characters the
    /// same way.
    #[test]
    fn control_characters_in_names_and_messages_are_escaped_not_dropped() {
        let source = "guideline \"G\" {}";
        let odd = crate::check_source("a\u{1}b\n.guideline", source, &Config::default());
        let plain = crate::check_source("ab.guideline", source, &Config::default());
        let mut handmade = crate::check_source("c.guideline", source, &Config::default());
        handmade.findings[0].message = "found `\u{1b}` and \u{7}".to_owned();
        let xml = render(&[odd, plain, handmade]);
        assert!(
            xml.contains(r#"<testsuite name="a\u{1}b\n.guideline" "#),
            "{xml}"
        );
        assert!(xml.contains(r#"<testsuite name="ab.guideline" "#), "{xml}");
        assert!(xml.contains(r#"classname="a\u{1}b\n.guideline""#), "{xml}");
        assert!(
            xml.contains(r#"<failure message="a\u{1}b\n.guideline:1:1: "#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"">a\u{1}b\n.guideline:1:1: warning: "#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<failure message="c.guideline:1:1: found `\u{1b}` and \u{7}""#),
            "{xml}"
        );
        assert!(!xml.chars().any(|c| c.is_control() && c != '\n'), "{xml}");
    }

    #[test]
    fn a_parsed_file_runs_every_rule_a_broken_one_only_the_syntax_check() {
        let ok = crate::check_source("a.guideline", "guideline \"G\" {}", &Config::default());
        let broken = crate::check_source("b.guideline", "guideline {", &Config::default());
        assert_eq!(
            rules_run(&ok, &Config::default()).len(),
            rules::REGISTRY.len()
        );
        assert_eq!(rules_run(&broken, &Config::default()), ["syntax-error"]);
        let xml = render(&[ok, broken]);
        assert!(xml.contains(
            r#"<testsuite name="b.guideline" tests="1" failures="1" errors="0" skipped="0">"#
        ));
        assert!(xml.contains(r#"<testcase name="syntax-error" classname="b.guideline">"#));
        assert!(xml.contains(r#"<failure message="b.guideline:1:11: "#));
    }

    #[test]
    fn rules_turned_off_did_not_run() {
        let mut config = Config::default();
        config.levels.insert("missing-goals".to_owned(), Level::Off);
        config.levels.insert("syntax-error".to_owned(), Level::Off);
        let report = crate::check_source("a.guideline", "guideline \"G\" {}", &config);
        let ran = rules_run(&report, &config);
        assert!(!ran.contains(&"missing-goals"));
        assert!(ran.contains(&"syntax-error"));
    }

    /// A custom rule that ran and found nothing is a passing test case, like a built-in rule; one
    /// turned `off` did not run.
    #[test]
    fn custom_rules_that_ran_are_test_cases_even_without_findings() {
        use crate::rules::custom::{CustomRule, Matcher};
        let custom = |name: &str, platform: &str| CustomRule {
            name: name.to_owned(),
            severity: crate::Severity::Warning,
            message: "m".to_owned(),
            help: None,
            matcher: Matcher {
                platforms: Some(vec![platform.to_owned()]),
                ..Matcher::default()
            },
        };
        let mut config = Config {
            custom_rules: vec![
                custom("acme/never", "pinterest"),
                custom("acme/fires", "facebook"),
                custom("acme/off", "facebook"),
            ],
            ..Config::default()
        };
        config.levels.insert("acme/off".to_owned(), Level::Off);
        let source = "guideline \"G\" { rule \"R\" { block facebook for apprentices } }";
        let report = crate::check_source("a.guideline", source, &config);
        let ran = rules_run(&report, &config);
        assert_eq!(ran.len(), rules::REGISTRY.len() + 2);
        assert_eq!(ran[ran.len() - 2..], ["acme/never", "acme/fires"]);

        let mut out = Vec::new();
        write(&[report], &config, &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(xml.contains(r#"<testcase name="acme/never" classname="a.guideline"/>"#));
        assert!(xml.contains(r#"<testcase name="acme/fires" classname="a.guideline">"#));
        assert!(!xml.contains("acme/off"));
        // A file with a syntax error still ran only the parser.
        let broken = crate::check_source("b.guideline", "guideline {", &config);
        assert_eq!(rules_run(&broken, &config), ["syntax-error"]);
    }

    /// In German the failure's text names the severity and introduces the help as the terminal
    /// does; the names, the attributes and the `type` stay the same.
    #[test]
    fn the_failure_text_speaks_the_runs_language() {
        let source = "guideline \"G\" { rule \"R\" { block tiktok } }";
        let xml = |lang: Lang| {
            let config = Config {
                lang,
                ..Config::default()
            };
            let report = crate::check_source("a.guideline", source, &config);
            let mut out = Vec::new();
            write(&[report], &config, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let (en, de) = (xml(Lang::En), xml(Lang::De));
        assert!(
            en.contains(r#"type="blanket-block">a.guideline:1:28: error: "#),
            "{en}"
        );
        assert!(en.contains("&#10;help: "), "{en}");
        assert!(
            de.contains(r#"type="blanket-block">a.guideline:1:28: Fehler: "#),
            "{de}"
        );
        assert!(
            de.contains(r#"type="missing-goals">a.guideline:1:1: Warnung: "#),
            "{de}"
        );
        assert!(de.contains("&#10;Tipp: "), "{de}");
        for english in ["error:", "warning:", "help:"] {
            assert!(!de.contains(english), "{english} in {de}");
        }
        // Every line but the failures' (their message is the finding's) is the same.
        let structure = |xml: &str| -> Vec<String> {
            xml.lines()
                .filter(|l| !l.trim_start().starts_with("<failure "))
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(structure(&en), structure(&de));
        assert_eq!(
            en.matches("<failure ").count(),
            de.matches("<failure ").count()
        );
    }
}
