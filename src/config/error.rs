//! Configuration errors as miette reports: the YAML file is the source code and the offending
//! key or value is labelled, so a config error renders like a finding in a guideline.
//!
//! `Diagnostic` is implemented by hand rather than derived because a few errors have no position
//! (a missing file, the YAML alias repetition limit) and very long lines are not printed.
//!
//! No control character of the file reaches the terminal: in messages (which quote keys and
//! values, and a quoted YAML value may hold any character) they are escaped (`\u{1b}`), in the
//! shown source they are drawn as their Unicode pictures (`␀` for NUL), one character for one,
//! so that columns stay right.

use std::borrow::Cow;
use std::fmt;

use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, SourceCode, SourceSpan,
    SpanContents,
};

use crate::span::LineIndex;

/// Lines longer than this are not shown in the report (a 10 MB regex would flood the terminal).
const MAX_SHOWN_LINE: usize = 400;

/// An invalid or unreadable configuration file: the run fails with exit status 2.
#[derive(Debug)]
pub struct ConfigError {
    message: String,
    help: Option<String>,
    location: Option<Box<Location>>,
}

#[derive(Debug)]
struct Location {
    source: NamedSource<Shown>,
    name: String,
    span: SourceSpan,
    label: String,
    line: usize,
    column: usize,
    /// False when the line is too long to print.
    show: bool,
}

impl ConfigError {
    /// An error without a position (the file cannot be read).
    pub fn plain(message: impl Into<String>, help: Option<String>) -> Self {
        ConfigError {
            message: escaped(message.into()),
            help: help.map(escaped),
            location: None,
        }
    }

    /// An error at `start..start + len` (bytes) of the YAML text `text` of the file `name`.
    pub fn at(
        name: &str,
        text: &str,
        start: usize,
        len: usize,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        let start = floor_boundary(text, start.min(text.len()));
        let end = floor_boundary(text, (start + len).min(text.len()));
        let lines = LineIndex::new(text);
        let position = lines.position(text, start);
        let line_start = lines.line_start(position.line).unwrap_or(0);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |n| line_start + n);
        let (shown, shown_start, shown_end) = pictured(text, start, end);
        ConfigError {
            message: escaped(message.into()),
            help: help.map(escaped),
            location: Some(Box::new(Location {
                source: NamedSource::new(
                    escaped(name.to_owned()),
                    Shown {
                        text: shown,
                        line: position.line - 1,
                        column: position.column - 1,
                    },
                ),
                name: escaped(name.to_owned()),
                span: (shown_start, shown_end - shown_start).into(),
                label: escaped(label.into()),
                line: position.line,
                column: position.column,
                show: line_end - line_start <= MAX_SHOWN_LINE,
            })),
        }
    }

    /// The message, without position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The 1-based line and column (in characters) of the offending key or value, if any.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.location.as_ref().map(|l| (l.line, l.column))
    }

    /// The label at the offending position, if any.
    pub fn label(&self) -> Option<&str> {
        self.location.as_ref().map(|l| l.label.as_str())
    }

    /// The help line, if any.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }
}

/// The YAML text as shown to miette, which writes the error's position above it: as the line
/// index counts it ([`ConfigError::line_column`], columns in characters), where miette would
/// count bytes (of the text with its pictures, at that).
#[derive(Debug)]
struct Shown {
    text: String,
    /// The 0-based line and column of the error.
    line: usize,
    column: usize,
}

impl SourceCode for Shown {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        if context_lines_before > 0 {
            return Ok(inner);
        }
        // Without context, miette asks for the position above the snippet (of the one label).
        Ok(Box::new(MietteSpanContents::new(
            inner.data(),
            *inner.span(),
            self.line,
            self.column,
            inner.line_count(),
        )))
    }
}

/// `text` with its control characters escaped (`\u{0}`, `\u{1b}`, `\n`), without a copy when
/// it has none.
fn escaped(text: String) -> String {
    match crate::lang::printable(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(shown) => shown,
    }
}

/// The picture drawn for a control character of the shown source: U+2400 to U+2421 for C0
/// controls and DEL (`␀`, `␛`, `␡`), `�` for C1 controls; line ends and tabs are kept.
fn picture(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | '\r' => None,
        c => crate::lang::control_picture(c),
    }
}

/// `text` with control characters drawn as pictures, and the byte range `start..end` of `text`
/// (on character boundaries) in it.
fn pictured(text: &str, start: usize, end: usize) -> (String, usize, usize) {
    if !text.chars().any(|c| picture(c).is_some()) {
        return (text.to_owned(), start, end);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    let (mut shown_start, mut shown_end) = (None, None);
    for (i, c) in text.char_indices() {
        if i == start {
            shown_start = Some(shown.len());
        }
        if i == end {
            shown_end = Some(shown.len());
        }
        shown.push(picture(c).unwrap_or(c));
    }
    let shown_start = shown_start.unwrap_or(shown.len());
    let shown_end = shown_end.unwrap_or(shown.len());
    (shown, shown_start, shown_end)
}

/// The greatest char boundary at or before `offset`.
fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(l) = &self.location {
            if !l.show {
                write!(f, " (at {}:{}:{})", l.name, l.line, l.column)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

impl Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("guidelint::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.location
            .as_ref()
            .filter(|l| l.show)
            .map(|l| &l.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let l = self.location.as_ref().filter(|l| l.show)?;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(l.label.clone()), l.span),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(error: &ConfigError) -> String {
        let mut out = String::new();
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(100)
            .with_links(false)
            .render_report(&mut out, error)
            .unwrap();
        out
    }

    /// Control characters never reach the terminal: the source shows their pictures at the
    /// same columns, and messages, labels and help escape them.
    #[test]
    fn control_characters_are_never_written_raw() {
        let text = "a: \u{1b}[31mx\u{7}\nb: c\u{0}\n";
        let e = ConfigError::at(
            "cfg\u{1b}.yaml",
            text,
            15,
            1,
            "bad `\u{1b}[31m`",
            "here\u{7}",
            Some("help\u{0}".to_owned()),
        );
        assert_eq!(e.line_column(), Some((2, 5)));
        assert_eq!(e.message(), "bad `\\u{1b}[31m`");
        assert_eq!(e.label(), Some("here\\u{7}"));
        assert_eq!(e.help_text(), Some("help\\u{0}"));
        let out = rendered(&e);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.contains("[cfg\\u{1b}.yaml:2:5]"), "{out}");
        assert!(out.contains("a: \u{241b}[31mx\u{2407}"), "{out}");
        assert!(out.contains("b: c\u{2400}"), "{out}");
        // The label is under the picture of the NUL.
        let source_line = out.lines().find(|l| l.contains("b: c")).unwrap();
        let underline = out.lines().find(|l| l.contains('┬')).unwrap();
        assert_eq!(
            underline.chars().position(|c| c == '┬'),
            source_line.chars().position(|c| c == '\u{2400}')
        );
        // Plain errors escape too.
        let plain = ConfigError::plain("cannot read x\u{1b}", Some("\u{9b}".to_owned()));
        assert_eq!(plain.message(), "cannot read x\\u{1b}");
        assert_eq!(plain.help_text(), Some("\\u{9b}"));
    }

    /// The position above the snippet counts characters, as `line_column` does.
    #[test]
    fn the_shown_position_counts_characters() {
        let text = "exclude: [äbc, \"x y\"]\n";
        let start = text.find("\"x").unwrap();
        let e = ConfigError::at("c.yaml", text, start, 5, "m", "here", None);
        assert_eq!(e.line_column(), Some((1, 16)));
        assert!(rendered(&e).contains("[c.yaml:1:16]"), "{}", rendered(&e));
    }

    #[test]
    fn pictures_keep_one_character_for_one() {
        assert_eq!(pictured("ab", 1, 2), ("ab".to_owned(), 1, 2));
        let (shown, start, end) = pictured("\u{0}a\u{85}\t\u{7f}b\r\n", 5, 6);
        assert_eq!(shown, "\u{2400}a\u{fffd}\t\u{2421}b\r\n");
        assert_eq!(&shown[start..end], "\u{2421}");
        let (_, start, end) = pictured("a\u{0}", 1, 2);
        assert_eq!((start, end), (1, 4));
    }
}
