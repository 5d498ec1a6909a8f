//! SARIF 2.1.0 (SPEC §9): one run whose driver lists every registered rule, one result per
//! finding. Positions are those of the JSON format (1-based, Unicode scalar values, exclusive end)
//! and the run says so with `columnKind: unicodeCodePoints`. Suppressed findings are listed with
//! an `inSource` suppression, as the JSON format lists them with `"suppressed": true`.
//!
//! Keys, ids, levels and other values the schema defines are the same in every language; the
//! texts people read speak the run's language (`config.lang`): the results' messages with the
//! word before the help as the terminal says it (`Tipp:`), and the rules' descriptions and help
//! from the rule's documentation in that language, as `guidelint explain --lang de` shows it.
//! A German log says so in `run.language` and `tool.driver.language` (`de`); an English one
//! leaves them out, as English (`en-US`) is their default.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use super::human::help_label;
use super::json::write_indented;
use crate::config::Config;
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::rules::custom::CustomRule;
use crate::rules::{self, Rule};
use crate::run::{RunSummary, Stream};
use crate::span::{LineIndex, Position, Span};
use crate::FileReport;

/// Where the schema of the format lives (the OASIS errata 01 release of SARIF 2.1.0).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'static str>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'static str>,
    rules: Vec<Descriptor>,
}

/// A `reportingDescriptor`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: String,
    name: String,
    short_description: Text<'static>,
    full_description: Text<'static>,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text<'a> {
    text: Cow<'a, str>,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    category: &'static str,
    tags: [&'static str; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    /// The index in the driver's rules (built-in rules, then the configuration's custom rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[SarifSuppression<'a>; 1]>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation<'a> {
    uri: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct SarifSuppression<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    justification: Option<&'a str>,
}

#[derive(Serialize)]
struct ResultProperties<'a> {
    category: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'a str>,
}

/// The SARIF `level` of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn text<'a>(text: impl Into<Cow<'a, str>>) -> Text<'a> {
    Text { text: text.into() }
}

/// The descriptor of a built-in rule: its texts come from the same registry as `guidelint rules`
/// and `guidelint explain`, in `lang`.
fn descriptor(rule: &dyn Rule, lang: Lang) -> Descriptor {
    let meta = rule.meta();
    let doc = rule.doc(lang);
    let bad = with_final_newline(doc.bad);
    let good = with_final_newline(doc.good);
    let (flagged, better) = lang.example_headings();
    let in_a_terminal = match lang {
        Lang::En => format!(
            "`guidelint explain {}` shows this text in a terminal.",
            meta.name
        ),
        Lang::De => format!(
            "`guidelint explain {} --lang de` zeigt diesen Text im Terminal.",
            meta.name
        ),
    };
    Descriptor {
        id: meta.name.to_owned(),
        name: meta.name.to_owned(),
        short_description: text(doc.summary),
        full_description: text(doc.explanation),
        help: Help {
            text: format!(
                "{}\n\n{flagged}\n\n{bad}\n{better}\n\n{good}",
                doc.explanation
            ),
            markdown: format!(
                "{}\n\n**{flagged}**\n\n```\n{bad}```\n\n**{better}**\n\n```\n{good}```\n\n\
                 {in_a_terminal}",
                doc.explanation
            ),
        },
        default_configuration: Configuration {
            level: level(meta.default_severity),
        },
        properties: RuleProperties {
            category: meta.category.as_str(),
            tags: [meta.category.as_str()],
        },
    }
}

/// The descriptor of a custom rule from the configuration: its message and help (as written),
/// the help introduced in `lang`.
fn custom_descriptor(rule: &CustomRule, lang: Lang) -> Descriptor {
    let help = rule.help.as_deref().unwrap_or("");
    let full = if help.is_empty() {
        rule.message.clone()
    } else {
        format!("{}\n\n{} {help}", rule.message, help_label(lang))
    };
    Descriptor {
        id: rule.name.clone(),
        name: rule.name.clone(),
        short_description: text(rule.message.clone()),
        full_description: text(full.clone()),
        help: Help {
            text: full.clone(),
            markdown: full,
        },
        default_configuration: Configuration {
            level: level(rule.severity),
        },
        properties: RuleProperties {
            category: RuleCategory::Custom.as_str(),
            tags: [RuleCategory::Custom.as_str()],
        },
    }
}

fn with_final_newline(text: &str) -> String {
    if text.ends_with('\n') {
        text.to_owned()
    } else {
        format!("{text}\n")
    }
}

fn region(start: Position, end: Position) -> Region {
    Region {
        start_line: start.line,
        start_column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

/// A finding's result, its help introduced in `lang`. `primary` and `related` give the regions
/// of its span and of its related spans (in the stream, from two
/// [`Cursor`](crate::span::Cursor)s; in the tests, from [`LineIndex::position`]).
fn result<'a>(
    f: &'a Finding,
    uri: &'a str,
    primary: &mut impl FnMut(Span) -> Region,
    related: &mut impl FnMut(Span) -> Region,
    rule_ids: &[String],
    lang: Lang,
) -> SarifResult<'a> {
    let label = help_label(lang);
    let help_len = f
        .help
        .as_ref()
        .map_or(0, |help| label.len() + help.len() + 2);
    let mut message = String::with_capacity(f.message.len() + help_len);
    message.push_str(&f.message);
    if let Some(help) = &f.help {
        message.push('\n');
        message.push_str(label);
        message.push(' ');
        message.push_str(help);
    }
    let location = |id, region: Option<Region>, label: &'a str| Location {
        id,
        message: (region.is_some() && !label.is_empty()).then(|| text(label)),
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri },
            region,
        },
    };
    SarifResult {
        rule_id: &f.rule,
        rule_index: rule_ids.iter().position(|id| *id == f.rule),
        level: level(f.severity),
        message: text(message),
        locations: [location(None, f.span.map(&mut *primary), &f.label)],
        related_locations: f
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| location(Some(i), Some(related(r.span)), &r.message))
            .collect(),
        suppressions: f.suppressed.as_ref().map(|s| {
            [SarifSuppression {
                kind: "inSource",
                justification: s.reason.as_deref().filter(|r| !r.is_empty()),
            }]
        }),
        properties: ResultProperties {
            category: f.category.as_str(),
            help: f.help.as_deref(),
        },
    }
}

/// The driver's rules: every registered rule, then the configuration's custom rules, in the
/// configuration's language.
fn descriptors(config: &Config) -> Vec<Descriptor> {
    let lang = config.lang;
    rules::REGISTRY
        .iter()
        .map(|r| descriptor(*r, lang))
        .chain(
            config
                .custom_rules
                .iter()
                .map(|r| custom_descriptor(r, lang)),
        )
        .collect()
}

/// The language a log in `lang` names: none for English, the default.
fn language(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En).then(|| lang.code())
}

/// The log around the results, with no results; its texts are in `lang`.
fn skeleton<'a>(descriptors: Vec<Descriptor>, lang: Lang) -> Log<'a> {
    Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "guidelint",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    language: language(lang),
                    rules: descriptors,
                },
            },
            language: language(lang),
            column_kind: "unicodeCodePoints",
            results: Vec::new(),
        }],
    }
}

/// How deep a result sits in the log (`{ "runs": [ { "results": [ … ] } ] }`), in spaces and in
/// levels of two spaces.
const RESULT_INDENT: &[u8] = b"        ";
const RESULT_DEPTH: usize = 4;

/// The SARIF log written file by file: the same bytes as serde_json's pretty printer gives for
/// the whole log. The log around the results is printed once with no results and cut where the
/// results go; each result is printed on its own, straight into the file's part, by serde_json
/// with the pretty printer's layout at the result's depth (`json::Indented`).
pub struct SarifStream {
    /// The log up to and with the `[` of `"results": [`.
    opening: String,
    /// The log from the `]` of the results on.
    closing: String,
    /// The driver's rule ids, for each result's `ruleIndex`.
    rule_ids: Vec<String>,
    /// The language of the word before each result's help.
    lang: Lang,
    /// The directory guidelint runs in, with a final `/`: an absolute path below it is
    /// reported relative to it ([`path_uri`]).
    base: Option<String>,
}

impl SarifStream {
    /// The stream for a run with `config`'s custom rules, in `config`'s language.
    pub fn new(config: &Config) -> io::Result<SarifStream> {
        let descriptors = descriptors(config);
        let rule_ids = descriptors.iter().map(|d| d.id.clone()).collect();
        let whole = serde_json::to_string_pretty(&skeleton(descriptors, config.lang))
            .map_err(io::Error::from)?;
        let cut = "\"results\": [";
        let at = whole
            .rfind(cut)
            .ok_or_else(|| io::Error::other("the SARIF log has no results array"))?
            + cut.len();
        Ok(SarifStream {
            opening: whole[..at].to_owned(),
            closing: whole[at..].to_owned(),
            rule_ids,
            lang: config.lang,
            base: current_base(),
        })
    }
}

/// The current directory as [`path_uri`] takes it: `/` between names and at the end; `None`
/// when it is unknown or not UTF-8.
fn current_base() -> Option<String> {
    let dir = std::env::current_dir().ok()?;
    let mut base = dir.to_str()?.replace('\\', "/");
    if !base.ends_with('/') {
        base.push('/');
    }
    Some(base)
}

impl Stream for SarifStream {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.opening.as_bytes())
    }

    fn file(&self, _index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
        if report.findings.is_empty() {
            return Ok(());
        }
        let uri = path_uri(&report.path, self.base.as_deref());
        out.reserve(estimate(report, &uri));
        let index = LineIndex::new(&report.source);
        // Findings come sorted by span start, so one cursor walks forward through the primary
        // spans; related spans point elsewhere and have their own.
        let mut primary = index.cursor(&report.source);
        let mut related = index.cursor(&report.source);
        for (n, f) in report.findings.iter().enumerate() {
            let result = result(
                f,
                &uri,
                &mut |s| region(primary.position(s.start), primary.position(s.end)),
                &mut |s| region(related.position(s.start), related.position(s.end)),
                &self.rule_ids,
                self.lang,
            );
            out.extend_from_slice(if n > 0 { b",\n" } else { b"\n" });
            out.extend_from_slice(RESULT_INDENT);
            write_indented(&result, RESULT_DEPTH, out)?;
        }
        Ok(())
    }

    fn separator(&self) -> &'static [u8] {
        b","
    }

    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()> {
        let t = run.totals;
        // Every finding is a result, suppressed ones too.
        if t.errors + t.warnings + t.infos + t.suppressed > 0 {
            out.write_all(b"\n")?;
            out.write_all(&RESULT_INDENT[2..])?;
        }
        out.write_all(self.closing.as_bytes())?;
        writeln!(out)
    }
}

/// About the bytes a file's results take (a little more, so that its part seldom grows): the
/// bytes of their strings and what the pretty printer writes around them (measured: 800 bytes a
/// result with empty strings, 480 a related location, 150 a suppression).
fn estimate(report: &FileReport, uri: &str) -> usize {
    let bytes: usize = report
        .findings
        .iter()
        .map(|f| {
            let related: usize = f
                .related
                .iter()
                .map(|r| 480 + uri.len() + r.message.len())
                .sum();
            let reason = f
                .suppressed
                .as_ref()
                .map(|s| 150 + s.reason.as_ref().map_or(0, String::len));
            810 + uri.len()
                + f.rule.len()
                + f.message.len()
                + 2 * f.help.as_ref().map_or(0, |h| h.len())
                + f.label.len()
                + reason.unwrap_or(0)
                + related
        })
        .sum();
    bytes + bytes / 16
}

/// Writes the whole run as one SARIF document; the configuration's custom rules join the
/// driver's rules after the built-in ones.
pub fn write(reports: &[FileReport], config: &Config, out: &mut dyn Write) -> io::Result<()> {
    crate::run::write_stream(&SarifStream::new(config)?, reports, out)
}

/// The URI of a reported path: a relative reference for relative paths (a leading `./` dropped)
/// and for absolute ones below `base` (the directory guidelint runs in, ending in `/`: CI
/// scripts often name `$GITHUB_WORKSPACE/…`, and code scanning finds files by their path from
/// the repository's root, SPEC §9's relative URI); a `file://` URI for other absolute ones.
/// Every byte outside RFC 3986's unreserved set and `/` is percent-encoded, so spaces, `#`, `?`,
/// `%` and non-ASCII letters survive.
pub fn path_uri(path: &str, base: Option<&str>) -> String {
    let mut rest = path;
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped;
    }
    if let Some(below) = base.and_then(|base| rest.strip_prefix(base)) {
        if !below.is_empty() {
            return percent_encode(below);
        }
    }
    let windows_drive = {
        let b = rest.as_bytes();
        b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/'
    };
    if rest.starts_with('/') {
        format!("file://{}", percent_encode(rest))
    } else if windows_drive {
        // `C:/x` becomes `file:///C:/x`; the drive colon is kept as RFC 8089 writes it.
        format!("file:///{}:{}", &rest[..1], percent_encode(&rest[2..]))
    } else {
        percent_encode(rest)
    }
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::{json, Value};

    fn report(path: &str, source: &str) -> FileReport {
        crate::check_source(path, source, &crate::Config::default())
    }

    fn log(reports: &[FileReport]) -> Value {
        let mut out = Vec::new();
        write(reports, &crate::Config::default(), &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    /// The log as serde_json prints it in one piece, positions from [`LineIndex::position`], and
    /// its number of results.
    fn whole_log(reports: &[FileReport], config: &Config) -> (String, usize) {
        let descriptors = descriptors(config);
        let rule_ids: Vec<String> = descriptors.iter().map(|d| d.id.clone()).collect();
        let uris: Vec<String> = reports.iter().map(|r| path_uri(&r.path, None)).collect();
        let mut whole = skeleton(descriptors, config.lang);
        for (r, uri) in reports.iter().zip(&uris) {
            let index = LineIndex::new(&r.source);
            let mut region = |s: Span| {
                region(
                    index.position(&r.source, s.start),
                    index.position(&r.source, s.end),
                )
            };
            for f in &r.findings {
                whole.runs[0].results.push(result(
                    f,
                    uri,
                    &mut region.clone(),
                    &mut region,
                    &rule_ids,
                    config.lang,
                ));
            }
        }
        let results = whole.runs[0].results.len();
        (
            serde_json::to_string_pretty(&whole).unwrap() + "\n",
            results,
        )
    }

    #[test]
    fn the_streamed_log_is_what_serde_prints_for_the_whole_log() {
        let config = crate::Config::default();
        let reports = vec![
            report(
                "a b/dräft.guideline",
                "guideline \"G\" {\n  rule \"R\" {\n    # guidelint-allow blanket-block: the works council said so\n    block tiktok\n    forbid employees to post\n  }\n}\n",
            ),
            // No findings: nothing of this file appears, and no stray comma either.
            report(
                "b.guideline",
                include_str!("../../examples/open-en.guideline"),
            ),
            report("c.guideline", "guideline {"),
        ];
        assert!(reports[1].findings.is_empty(), "{:?}", reports[1].findings);
        let mut streamed = Vec::new();
        write(&reports, &config, &mut streamed).unwrap();
        let (expected, results) = whole_log(&reports, &config);
        assert!(results > 3);
        assert_eq!(String::from_utf8(streamed).unwrap(), expected);

        // Generated and hand-made reports: CRLF, related spans, odd spans, escapes.
        let varied = super::super::fixtures::varied_reports();
        let mut streamed = Vec::new();
        write(&varied, &config, &mut streamed).unwrap();
        let (expected, results) = whole_log(&varied, &config);
        assert!(results > 100);
        assert_eq!(String::from_utf8(streamed).unwrap(), expected);

        // And with no results at all: `"results": []`, as serde prints an empty array.
        let mut empty = Vec::new();
        write(&reports[1..2], &config, &mut empty).unwrap();
        let expected =
            serde_json::to_string_pretty(&skeleton(super::descriptors(&config), config.lang))
                .unwrap()
                + "\n";
        assert_eq!(String::from_utf8(empty).unwrap(), expected);
    }

    #[test]
    fn custom_rules_join_the_driver_with_an_index() {
        let here = std::path::Path::new(".");
        let config = crate::Config::from_yaml(
            ".guidelint.yaml",
            "custom-rules:\n  - name: acme/no-tiktok\n    message: TikTok is where applicants are\n    help: allow employees to access tiktok\n    match: { platforms: tiktok }\n",
            here,
            here,
        )
        .expect("valid configuration");
        let r = crate::check_source(
            "a.guideline",
            "guideline \"G\" { rule \"R\" { block tiktok } }",
            &config,
        );
        let mut out = Vec::new();
        write(&[r], &config, &mut out).unwrap();
        let log: Value = serde_json::from_slice(&out).unwrap();
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        let index = rules
            .iter()
            .position(|d| d["id"] == "acme/no-tiktok")
            .unwrap();
        assert_eq!(index, crate::rules::REGISTRY.len());
        assert_eq!(
            rules[index]["shortDescription"]["text"],
            "TikTok is where applicants are"
        );
        let result = log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ruleId"] == "acme/no-tiktok")
            .unwrap()
            .clone();
        assert_eq!(result["ruleIndex"], index);
    }

    /// In German the rules' descriptions and help are their German documentation, and each
    /// result's help is introduced as in the terminal; ids, levels, categories and every other
    /// value the schema defines are those of the English log. Streamed, it is still what serde
    /// prints for the whole log.
    #[test]
    fn german_texts_in_the_same_log() {
        let source = "guideline \"G\" { rule \"R\" { block tiktok } }";
        let log_in = |lang: Lang| {
            let config = Config {
                lang,
                ..Config::default()
            };
            let reports = [crate::check_source("a.guideline", source, &config)];
            let mut out = Vec::new();
            write(&reports, &config, &mut out).unwrap();
            let (expected, _) = whole_log(&reports, &config);
            let out = String::from_utf8(out).unwrap();
            assert_eq!(out, expected);
            serde_json::from_str::<Value>(&out).unwrap()
        };
        let (en, de) = (log_in(Lang::En), log_in(Lang::De));
        assert_eq!(de["runs"][0]["language"], "de");
        assert_eq!(de["runs"][0]["tool"]["driver"]["language"], "de");
        assert!(en["runs"][0].get("language").is_none());
        assert!(en["runs"][0]["tool"]["driver"].get("language").is_none());
        let rules_of = |log: &Value| log["runs"][0]["tool"]["driver"]["rules"].clone();
        let (en_rules, de_rules) = (rules_of(&en), rules_of(&de));
        for (rule, (en, de)) in rules::REGISTRY.iter().zip(
            en_rules
                .as_array()
                .unwrap()
                .iter()
                .zip(de_rules.as_array().unwrap()),
        ) {
            let doc = rule.doc(Lang::De);
            let name = rule.meta().name;
            assert_eq!(de["shortDescription"]["text"], doc.summary);
            assert_eq!(de["fullDescription"]["text"], doc.explanation);
            let help = de["help"]["text"].as_str().unwrap();
            assert!(help.starts_with(doc.explanation), "{name}: {help}");
            assert!(help.contains("\n\nWird gemeldet:\n\n"), "{name}: {help}");
            assert!(help.contains("\nBesser:\n\n"), "{name}: {help}");
            let markdown = de["help"]["markdown"].as_str().unwrap();
            assert!(markdown.contains("**Wird gemeldet:**"), "{name}");
            assert!(markdown.contains("**Besser:**"), "{name}");
            assert!(
                markdown.ends_with(&format!(
                    "`guidelint explain {name} --lang de` zeigt diesen Text im Terminal."
                )),
                "{name}: {markdown}"
            );
            for english in ["Flagged", "Better", "shows this text"] {
                assert!(!markdown.contains(english), "{name}: {english}");
            }
            for key in ["id", "name", "defaultConfiguration", "properties"] {
                assert_eq!(de[key], en[key], "{name}: {key}");
            }
        }
        let results = |log: &Value| log["runs"][0]["results"].as_array().unwrap().clone();
        let (en_results, de_results) = (results(&en), results(&de));
        assert_eq!(en_results.len(), de_results.len());
        for (en, de) in en_results.iter().zip(&de_results) {
            for key in ["ruleId", "ruleIndex", "level"] {
                assert_eq!(de[key], en[key], "{key}");
            }
            assert_eq!(
                de["locations"][0]["physicalLocation"],
                en["locations"][0]["physicalLocation"]
            );
            let message = de["message"]["text"].as_str().unwrap();
            let help = de["properties"]["help"].as_str().unwrap();
            assert!(message.ends_with(&format!("\nTipp: {help}")), "{message}");
            assert!(!message.contains("help:"), "{message}");
        }
    }

    #[test]
    fn uris_are_relative_and_percent_encoded() {
        let uri = |path| path_uri(path, None);
        assert_eq!(uri("drafts/a.guideline"), "drafts/a.guideline");
        assert_eq!(
            uri("./my drafts/ä#1.guideline"),
            "my%20drafts/%C3%A4%231.guideline"
        );
        assert_eq!(uri("../50%.guideline"), "../50%25.guideline");
        assert_eq!(uri("/tmp/a b.guideline"), "file:///tmp/a%20b.guideline");
        assert_eq!(uri("C:/x/a.guideline"), "file:///C:/x/a.guideline");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
        // Below the directory guidelint runs in, an absolute path is relative to it.
        let base = Some("/home/ci/repo/");
        assert_eq!(
            path_uri("/home/ci/repo/policies/a b.guideline", base),
            "policies/a%20b.guideline"
        );
        assert_eq!(
            path_uri("policies/a.guideline", base),
            "policies/a.guideline"
        );
        for outside in ["/home/ci/repository/a.guideline", "/home/ci/a.guideline"] {
            assert!(path_uri(outside, base).starts_with("file:///home/ci/"));
        }
    }

    #[test]
    fn driver_lists_every_rule_and_results_point_at_them() {
        let log = log(&[report("a.guideline", "guideline \"G\" {\n  owner hr\n}\n")]);
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), rules::REGISTRY.len());
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let results = run["results"].as_array().unwrap();
        assert!(!results.is_empty());
        for r in results {
            let i = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[i]["id"], r["ruleId"]);
        }
    }

    #[test]
    fn regions_match_the_json_positions() {
        let src = "guideline \"Größe\" {\n  owner hr\n}\n";
        let log = log(&[report("a.guideline", src)]);
        let result = log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ruleId"] == "missing-goals")
            .unwrap()
            .clone();
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 1);
        assert_eq!(region["startColumn"], 1);
        assert_eq!(region["endLine"], 1);
        // `guideline "Größe"` is 17 scalar values long (19 bytes): the end is column 18.
        assert_eq!(region["endColumn"], 18);
        assert_eq!(result["level"], "warning");
    }

    #[test]
    fn file_level_findings_have_no_region_and_suppressions_carry_the_reason() {
        let mut r = crate::unreadable(
            "a b.guideline",
            &rules::unreadable_file::Reason::NotAFile,
            &crate::Config::default(),
        );
        let mut suppressed = r.findings[0].clone();
        suppressed.suppressed = Some(crate::finding::Suppression {
            reason: Some("archived draft".to_owned()),
        });
        r.findings.push(suppressed);
        let log = log(&[r]);
        let results = log["runs"][0]["results"].as_array().unwrap();
        let location = &results[0]["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "a%20b.guideline");
        assert!(location.get("region").is_none());
        assert!(results[0].get("suppressions").is_none());
        assert_eq!(
            results[1]["suppressions"],
            json!([{ "kind": "inSource", "justification": "archived draft" }])
        );
    }
}
