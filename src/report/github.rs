//! GitHub Actions workflow commands (SPEC §9): one `::error`, `::warning` or `::notice` line per
//! unsuppressed finding, which GitHub shows as an annotation on the file and line. Suppressed
//! findings are not printed (they do not count, and an annotation cannot say "suppressed").
//! Every line stands alone, so the format streams file by file.
//!
//! The command, its properties and the title (`guidelint RULE`) are as SPEC §9 writes them in
//! every language; the message and the word before the help (`help:`, `Tipp:`) are the run's.

use std::io::{self, Write};

use super::human::help_label;
use super::json::range;
use crate::finding::Severity;
use crate::lang::Lang;
use crate::run::{RunSummary, Stream};
use crate::span::LineIndex;
use crate::FileReport;

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Escapes the message of a workflow command: `%`, CR and LF.
pub fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a property value of a workflow command: as [`escape_data`], plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Writes one workflow command per unsuppressed finding of every report; the help is introduced
/// in `lang`.
pub fn write(reports: &[FileReport], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    reports.iter().try_for_each(|r| write_file(r, lang, out))
}

/// Writes one workflow command per unsuppressed finding of one report.
pub fn write_file(report: &FileReport, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    {
        let index = LineIndex::new(&report.source);
        let file = escape_property(&report.path);
        for f in report.findings.iter().filter(|f| !f.is_suppressed()) {
            let mut properties = format!("file={file}");
            if let Some(span) = f.span {
                let (line, col, end_line, end_col) = range(&index, &report.source, span);
                properties.push_str(&format!(
                    ",line={line},col={col},endLine={end_line},endColumn={end_col}"
                ));
            }
            let title = escape_property(&format!("guidelint {}", f.rule));
            let mut message = f.message.clone();
            if let Some(help) = &f.help {
                message.push('\n');
                message.push_str(help_label(lang));
                message.push(' ');
                message.push_str(help);
            }
            writeln!(
                out,
                "::{} {properties},title={title}::{}",
                command(f.severity),
                escape_data(&message)
            )?;
        }
    }
    Ok(())
}

/// The streamed form of [`write()`].
pub struct GithubStream {
    /// The language of the word before the help.
    pub lang: Lang,
}

impl Stream for GithubStream {
    fn file(&self, _index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
        write_file(report, self.lang, out)
    }

    fn finish(&self, _run: &RunSummary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Finding, RuleCategory, Suppression};
    use crate::span::Span;

    fn finding(span: Option<Span>, message: &str, severity: Severity) -> Finding {
        Finding {
            rule: "missing-goals".into(),
            category: RuleCategory::Openness,
            severity,
            span,
            label: "".into(),
            message: message.to_owned(),
            help: None,
            related: vec![],
            suppressed: None,
        }
    }

    fn render(report: &FileReport) -> String {
        render_in(report, Lang::En)
    }

    fn render_in(report: &FileReport, lang: Lang) -> String {
        let mut out = Vec::new();
        write(std::slice::from_ref(report), lang, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_properties_and_message() {
        let source = "guideline \"x\" {}\nrule\n".to_owned();
        let report = FileReport {
            path: "drafts/a,b: 100%.guideline".to_owned(),
            source,
            findings: vec![finding(
                Some(Span::new(17, 21)),
                "50% of staff: blocked, says\r\nline two",
                Severity::Warning,
            )],
            score: None,
            verdict: crate::Verdict::Invalid,
        };
        assert_eq!(
            render(&report),
            "::warning file=drafts/a%2Cb%3A 100%25.guideline,line=2,col=1,endLine=2,endColumn=5,\
             title=guidelint missing-goals::50%25 of staff: blocked, says%0D%0Aline two\n"
        );
    }

    #[test]
    fn file_level_findings_have_only_file_and_title_and_suppressed_ones_are_left_out() {
        let mut suppressed = finding(Some(Span::new(0, 1)), "quiet", Severity::Error);
        suppressed.suppressed = Some(Suppression { reason: None });
        let mut with_help = finding(None, "cannot read", Severity::Info);
        with_help.help = Some("check the path".into());
        let report = FileReport {
            path: "a.guideline".to_owned(),
            source: "g".to_owned(),
            findings: vec![with_help, suppressed],
            score: None,
            verdict: crate::Verdict::Invalid,
        };
        assert_eq!(
            render(&report),
            "::notice file=a.guideline,title=guidelint missing-goals::cannot read%0Ahelp: check the path\n"
        );
    }

    /// In German the help is introduced as in the terminal; the command, its properties and the
    /// title stay as SPEC §9 writes them.
    #[test]
    fn the_help_is_introduced_in_the_runs_language() {
        let mut with_help = finding(Some(Span::new(0, 1)), "Kein Ziel", Severity::Info);
        with_help.help = Some("Nennen Sie eines".into());
        let report = FileReport {
            path: "a.guideline".to_owned(),
            source: "g".to_owned(),
            findings: vec![with_help],
            score: None,
            verdict: crate::Verdict::Invalid,
        };
        assert_eq!(
            render_in(&report, Lang::De),
            "::notice file=a.guideline,line=1,col=1,endLine=1,endColumn=2,\
             title=guidelint missing-goals::Kein Ziel%0ATipp: Nennen Sie eines\n"
        );
    }
}
