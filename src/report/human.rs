//! Human output: one miette report per finding, then a summary.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};

use crate::finding::{Finding, Severity};
use crate::lang::Lang;
use crate::run::{RunSummary, Stream};
use crate::span::LineIndex;
use crate::FileReport;

/// How the human output looks.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    /// Terminal width for wrapping.
    pub width: usize,
    pub show_suppressed: bool,
    /// Only diagnostics, no summary.
    pub quiet: bool,
    /// A count per rule after the diagnostics.
    pub statistics: bool,
    /// The language of the fixed words (the findings carry their own texts).
    pub lang: Lang,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            show_suppressed: false,
            quiet: false,
            statistics: false,
            lang: Lang::En,
        }
    }
}

/// A finding together with its file, as a miette diagnostic.
struct Rendered<'a> {
    finding: &'a Finding,
    source: &'a IndexedSource<'a>,
    path: &'a str,
    help: Option<String>,
    lang: Lang,
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rendered")
            .field("rule", &self.finding.rule)
            .finish()
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.finding.span.is_none() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.finding.message)?;
        if let Some(s) = &self.finding.suppressed {
            let suppressed = words(self.lang).suppressed;
            match &s.reason {
                Some(reason) => write!(f, " ({suppressed}: {reason})")?,
                None => write!(f, " ({suppressed})")?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for Rendered<'_> {}

impl Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!("guidelint::{}", self.finding.rule)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.finding.span.map(|_| self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.finding.span?;
        let primary = LabeledSpan::new_primary_with_span(
            Some(self.finding.label.clone()).filter(|l| !l.is_empty()),
            (span.start, span.len()),
        );
        let related = self.finding.related.iter().map(|r| {
            LabeledSpan::new_with_span(Some(r.message.clone()), (r.span.start, r.span.len()))
        });
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

/// A file's text for miette, with a line index so that rendering one finding reads only the
/// lines around it. miette's own `SourceCode` for strings scans from the start of the text for
/// every finding, which made a large file with many findings quadratic (minutes for a file of a
/// few thousand rules).
struct IndexedSource<'a> {
    name: &'a str,
    text: &'a str,
    lines: LineIndex,
}

impl SourceCode for IndexedSource<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let start = span.offset().min(self.text.len());
        let end = (span.offset() + span.len()).min(self.text.len());
        // A window of whole lines, a little wider than the context miette asks for; miette
        // picks the same context inside it as it would in the whole text.
        let first = self
            .lines
            .line_of(start)
            .saturating_sub(context_lines_before + 1)
            .max(1);
        let last = self.lines.line_of(end) + context_lines_after + 2;
        let from = self.lines.line_start(first).unwrap_or(0);
        let to = self.lines.line_start(last).unwrap_or(self.text.len());
        let window = &self.text[from..to];
        let local = SourceSpan::new((span.offset() - from).into(), span.len());
        let inner = window.read_span(&local, context_lines_before, context_lines_after)?;
        let contents = MietteSpanContents::new_named(
            self.name.to_owned(),
            inner.data(),
            SourceSpan::new((inner.span().offset() + from).into(), inner.span().len()),
            inner.line() + first - 1,
            inner.column(),
            inner.line_count(),
        )
        .with_language("guideline");
        Ok(Box::new(contents))
    }
}

fn handler(style: &Style) -> GraphicalReportHandler {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_context_lines(1)
}

/// Writes one file's findings.
pub fn write_file(report: &FileReport, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let visible: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| style.show_suppressed || !f.is_suppressed())
        .collect();
    if visible.is_empty() {
        return Ok(());
    }
    let handler = handler(style);
    let source = IndexedSource {
        name: &report.path,
        text: &report.source,
        lines: LineIndex::new(&report.source),
    };
    let w = words(style.lang);
    for finding in visible {
        let read_more = format!(
            "{}: guidelint explain {}{}",
            w.read_more, finding.rule, w.explain_flag
        );
        let help = Some(match &finding.help {
            Some(h) => format!("{h}\n{read_more}"),
            None => read_more,
        });
        let rendered = Rendered {
            finding,
            source: &source,
            path: &report.path,
            help,
            lang: style.lang,
        };
        let mut text = String::new();
        if handler.render_report(&mut text, &rendered).is_err() {
            text = format!("{}: {rendered}\n", finding.severity.name(style.lang));
        } else if style.lang != Lang::En {
            text = relabel_help(&text, w.help);
        }
        out.write_all(text.as_bytes())?;
        writeln!(out)?;
    }
    Ok(())
}

/// The human output, streamed: each file's reports as it is done, the summary at the end.
pub struct HumanStream {
    pub style: Style,
}

impl Stream for HumanStream {
    fn file(&self, _index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
        write_file(report, &self.style, out)
    }

    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()> {
        write_run_summary(run, &self.style, out)
    }
}

/// Writes the summary of a run: counts, then a score and verdict per file.
pub fn write_summary(reports: &[FileReport], style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let mut run = RunSummary::default();
    for r in reports {
        let summary = crate::run::summarize(r, None);
        run.totals.add(r);
        for f in r.findings.iter().filter(|f| !f.is_suppressed()) {
            let entry = run
                .per_rule
                .entry(f.rule.to_string())
                .or_insert((0, f.severity));
            entry.0 += 1;
            entry.1 = entry.1.max(f.severity);
        }
        run.files.push(summary);
    }
    write_run_summary(&run, style, out)
}

/// Writes the summary of a run from what was kept of each file.
pub fn write_run_summary(run: &RunSummary, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    if style.statistics {
        write_statistics(&run.per_rule, style.lang, out)?;
    }
    if style.quiet {
        return Ok(());
    }
    let s = run.totals;
    let reports = &run.files;
    let w = words(style.lang);
    let plural =
        |n: usize, (one, many): (&str, &str)| format!("{n} {}", if n == 1 { one } else { many });
    let counts = format!(
        "{}, {}, {}",
        plural(s.errors, w.errors),
        plural(s.warnings, w.warnings),
        plural(s.infos, w.infos),
    );
    let mut line = match style.lang {
        Lang::En => format!("Checked {}: {counts}", plural(s.files, w.files)),
        Lang::De => format!("{} geprüft: {counts}", plural(s.files, w.files)),
    };
    if s.suppressed > 0 {
        line.push_str(&format!(" ({} {})", s.suppressed, w.suppressed));
    }
    writeln!(out, "{line}")?;
    let width = reports
        .iter()
        .map(|r| r.path.chars().count())
        .max()
        .unwrap_or(0);
    for r in reports {
        let score = r
            .score
            .map_or_else(|| "  -".to_owned(), |s| format!("{s:>3}"));
        writeln!(
            out,
            "  {:<width$}  {} {score}/100  {}",
            r.path,
            w.score,
            r.verdict.name(style.lang)
        )?;
    }
    Ok(())
}

fn write_statistics(
    counts: &BTreeMap<String, (usize, Severity)>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    if counts.is_empty() {
        return Ok(());
    }
    let width = counts.keys().map(|k| k.len()).max().unwrap_or(0);
    let mut rows: Vec<_> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    for (rule, (count, severity)) in rows {
        writeln!(out, "{count:>5}  {rule:<width$}  {}", severity.name(lang))?;
    }
    writeln!(out)
}

// ---- texts ---------------------------------------------------------------------------------

/// The fixed words of the human output.
struct Words {
    /// Singular and plural.
    files: (&'static str, &'static str),
    errors: (&'static str, &'static str),
    warnings: (&'static str, &'static str),
    infos: (&'static str, &'static str),
    suppressed: &'static str,
    score: &'static str,
    read_more: &'static str,
    /// Appended to `guidelint explain RULE` so that the explanation comes in the same language.
    explain_flag: &'static str,
    /// What miette's `help:` becomes (five characters, so the wrapped lines stay aligned).
    help: &'static str,
}

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &Words {
            files: ("file", "files"),
            errors: ("error", "errors"),
            warnings: ("warning", "warnings"),
            infos: ("info", "infos"),
            suppressed: "suppressed",
            score: "score",
            read_more: "read more",
            explain_flag: "",
            help: "help:",
        },
        Lang::De => &Words {
            files: ("Datei", "Dateien"),
            errors: ("Fehler", "Fehler"),
            warnings: ("Warnung", "Warnungen"),
            infos: ("Hinweis", "Hinweise"),
            suppressed: "unterdrückt",
            score: "Punktzahl",
            read_more: "Mehr dazu",
            explain_flag: " --lang de",
            help: "Tipp:",
        },
    }
}

/// Replaces the `help:` that miette writes before the help text (it has no setting for it):
/// the first line that starts with it, after any colour codes. Source lines never do, since
/// miette prefixes them with a gutter.
fn relabel_help(text: &str, word: &str) -> String {
    const HELP: &str = "  help: ";
    let mut out = String::with_capacity(text.len());
    let mut done = false;
    for line in text.split_inclusive('\n') {
        if !done {
            let plain = strip_leading_escapes(line);
            if let Some(rest) = plain.strip_prefix(HELP) {
                let at = line.len() - plain.len();
                out.push_str(&line[..at]);
                out.push_str("  ");
                out.push_str(word);
                out.push(' ');
                out.push_str(rest);
                done = true;
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

/// The line without the ANSI escape sequences at its start.
fn strip_leading_escapes(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix("\x1b[") {
        match rest.find(|c: char| c.is_ascii_alphabetic()) {
            Some(end) => line = &rest[end + 1..],
            None => break,
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relabels_the_help_line_only() {
        let text = " 3 │   help: in the source\n  help: do this\n        and that\n";
        assert_eq!(
            relabel_help(text, "Tipp:"),
            " 3 │   help: in the source\n  Tipp: do this\n        and that\n"
        );
        let coloured = "\x1b[38;5;2m  help: \x1b[0mdo this\n";
        assert_eq!(
            relabel_help(coloured, "Tipp:"),
            "\x1b[38;5;2m  Tipp: \x1b[0mdo this\n"
        );
    }

    #[test]
    fn the_help_word_keeps_the_indent() {
        for lang in Lang::ALL {
            assert_eq!(words(lang).help.chars().count(), "help:".len());
        }
    }
}
