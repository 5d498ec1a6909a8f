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
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};

use crate::span::LineIndex;

/// Lines longer than this are shown cut, as a window around the error (a 10 MB regex would
/// flood the terminal).
const MAX_SHOWN_LINE: usize = 200;

/// How many characters of a long line are shown before the error.
const SHOWN_BEFORE: usize = 40;

/// Marks where a long line is cut.
const CUT: char = '…';

/// An invalid or unreadable configuration file: the run fails with exit status 2.
#[derive(Debug)]
pub struct ConfigError {
    message: String,
    help: Option<String>,
    location: Option<Box<Location>>,
}

/// A labelled place in the YAML text: `start..start + len` (bytes).
#[derive(Clone, Debug)]
pub struct Spot {
    pub start: usize,
    pub len: usize,
    pub label: String,
}

impl Spot {
    pub fn new(start: usize, len: usize, label: impl Into<String>) -> Spot {
        Spot {
            start,
            len,
            label: label.into(),
        }
    }
}

#[derive(Debug)]
struct Location {
    source: NamedSource<Shown>,
    /// The offending key or value, then the places it relates to (the first of a key given
    /// twice), as spans of the shown text.
    labels: Vec<(SourceSpan, String)>,
    line: usize,
    column: usize,
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
        Self::at_spots(name, text, Spot::new(start, len, label), &[], message, help)
    }

    /// An error at `primary`, with further labelled places of the same file.
    pub fn at_spots(
        name: &str,
        text: &str,
        primary: Spot,
        related: &[Spot],
        message: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        let lines = LineIndex::new(text);
        let spots: Vec<(usize, usize, String)> = std::iter::once(&primary)
            .chain(related)
            .map(|spot| {
                let start = floor_boundary(text, spot.start.min(text.len()));
                let end = floor_boundary(text, (start + spot.len).min(text.len()));
                (start, end, escaped(spot.label.clone()))
            })
            .collect();
        let starts: Vec<usize> = spots.iter().map(|s| s.0).collect();
        let boundaries: Vec<usize> = spots.iter().flat_map(|s| [s.0, s.1]).collect();
        let (shown, mapped) = shown_text(text, &starts, &boundaries);
        let mut labels = Vec::with_capacity(spots.len());
        let mut positions = Vec::with_capacity(spots.len());
        for (i, (start, _, label)) in spots.into_iter().enumerate() {
            let (shown_start, shown_end) = (mapped[2 * i], mapped[2 * i + 1]);
            let position = lines.position(text, start);
            positions.push((shown_start, position.line - 1, position.column - 1));
            labels.push(((shown_start, shown_end - shown_start).into(), label));
        }
        let (_, line, column) = positions[0];
        ConfigError {
            message: escaped(message.into()),
            help: help.map(escaped),
            location: Some(Box::new(Location {
                source: NamedSource::new(
                    escaped(name.to_owned()),
                    Shown {
                        text: shown,
                        positions,
                    },
                ),
                labels,
                line: line + 1,
                column: column + 1,
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
        self.location.as_ref().map(|l| l.labels[0].1.as_str())
    }

    /// The labels of the related places, if any.
    pub fn related_labels(&self) -> Vec<&str> {
        self.location.as_ref().map_or_else(Vec::new, |l| {
            l.labels[1..]
                .iter()
                .map(|(_, label)| label.as_str())
                .collect()
        })
    }

    /// The help line, if any.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }

    /// The report as written to standard error, `width` columns wide. Lines break at spaces
    /// only: a key such as `broad-audiences` or a rule such as `acme/no-tiktok-block` is never
    /// split (miette would break after hyphens and inside words that do not fit).
    pub fn render(&self, color: bool, width: usize) -> Result<String, fmt::Error> {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let mut out = String::new();
        GraphicalReportHandler::new_themed(theme)
            .with_width(width)
            .with_links(false)
            .with_word_separator(textwrap::WordSeparator::AsciiSpace)
            .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
            .with_break_words(false)
            .render_report(&mut out, self)?;
        Ok(out)
    }
}

/// The YAML text as shown to miette, which writes the position of a snippet's first label
/// above it: as the line index counts it ([`ConfigError::line_column`], columns in
/// characters), where miette would count bytes of the shown text (with pictures and cuts).
#[derive(Debug)]
struct Shown {
    text: String,
    /// Each label's start in the shown text, with the 0-based line and column it stands for.
    positions: Vec<(usize, usize, usize)>,
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
        // Without context, miette asks for the position above a snippet (of its first label).
        let Some(&(_, line, column)) = self.positions.iter().find(|p| p.0 == span.offset()) else {
            return Ok(inner);
        };
        Ok(Box::new(MietteSpanContents::new(
            inner.data(),
            *inner.span(),
            line,
            column,
            inner.line_count(),
        )))
    }
}

/// `text` with control characters escaped (`\u{0}`, `\u{1b}`, `\n`), without a copy when
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

/// `text` as shown: control characters drawn as pictures, one character for one, and lines
/// longer than [`MAX_SHOWN_LINE`] characters cut to a window marked with `…` (around the first
/// of `starts` on the line, or at its beginning). Returns the shown text and where each of
/// `boundaries` (byte offsets of `text` on character boundaries) is in it; a boundary cut away
/// moves to the edge of the window.
fn shown_text(text: &str, starts: &[usize], boundaries: &[usize]) -> (String, Vec<usize>) {
    let long_lines = text
        .split('\n')
        .any(|line| line.len() > MAX_SHOWN_LINE && line.chars().count() > MAX_SHOWN_LINE);
    if !long_lines && !text.chars().any(|c| picture(c).is_some()) {
        return (text.to_owned(), boundaries.to_vec());
    }
    let mut shown = String::with_capacity(text.len().min(1 << 16) + 16);
    let mut mapped: Vec<Option<usize>> = vec![None; boundaries.len()];
    let map_up_to = |offset: usize, shown_len: usize, mapped: &mut Vec<Option<usize>>| {
        for (m, &b) in mapped.iter_mut().zip(boundaries) {
            if m.is_none() && b <= offset {
                *m = Some(shown_len);
            }
        }
    };
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let count = content.chars().count();
        let (from, to) = if count > MAX_SHOWN_LINE {
            let first_start = starts
                .iter()
                .filter(|&&s| s >= line_start && s <= line_start + content.len())
                .min()
                .map_or(0, |&s| text[line_start..s].chars().count());
            let from = first_start.saturating_sub(SHOWN_BEFORE);
            (from, from + MAX_SHOWN_LINE)
        } else {
            (0, count)
        };
        for (n, (i, c)) in line.char_indices().enumerate() {
            let offset = line_start + i;
            if n == from && from > 0 {
                shown.push(CUT);
            }
            if i < content.len() && (n < from || n >= to) {
                if n == to {
                    map_up_to(offset, shown.len(), &mut mapped);
                    shown.push(CUT);
                }
                continue;
            }
            map_up_to(offset, shown.len(), &mut mapped);
            shown.push(picture(c).unwrap_or(c));
        }
        line_start += line.len();
    }
    map_up_to(text.len(), shown.len(), &mut mapped);
    let end = shown.len();
    (
        shown,
        mapped.into_iter().map(|m| m.unwrap_or(end)).collect(),
    )
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
        f.write_str(&self.message)
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
        self.location.as_ref().map(|l| &l.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let l = self.location.as_ref()?;
        Some(Box::new(l.labels.iter().enumerate().map(
            |(i, (span, label))| {
                if i == 0 {
                    LabeledSpan::new_primary_with_span(Some(label.clone()), *span)
                } else {
                    LabeledSpan::new_with_span(Some(label.clone()), *span)
                }
            },
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(error: &ConfigError) -> String {
        error.render(false, 100).unwrap()
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
        assert_eq!(
            shown_text("ab", &[1], &[1, 2]),
            ("ab".to_owned(), vec![1, 2])
        );
        let (shown, mapped) = shown_text("\u{0}a\u{85}\t\u{7f}b\r\n", &[5], &[5, 6]);
        assert_eq!(shown, "\u{2400}a\u{fffd}\t\u{2421}b\r\n");
        assert_eq!(&shown[mapped[0]..mapped[1]], "\u{2421}");
        let (_, mapped) = shown_text("a\u{0}", &[1], &[1, 2]);
        assert_eq!(mapped, [1, 4]);
    }

    /// A long line is shown as a window around the error, marked `…` where it is cut, and the
    /// position above the snippet is the error's.
    #[test]
    fn a_long_line_is_shown_cut_around_the_error() {
        let text = format!(
            "a: 1\nb: \"{}X{}\"\nc: 2\n",
            "x".repeat(1000),
            "y".repeat(1000)
        );
        let start = text.find('X').unwrap();
        let e = ConfigError::at("c.yaml", &text, start, 1, "m", "here", None);
        assert_eq!(e.line_column(), Some((2, 1005)));
        let out = rendered(&e);
        assert!(out.contains("[c.yaml:2:1005]"), "{out}");
        assert!(out.len() < 2000, "{out}");
        let line = out.lines().find(|l| l.contains('X')).unwrap();
        assert!(
            line.contains(&format!("…{}X", "x".repeat(SHOWN_BEFORE))),
            "{line}"
        );
        assert!(line.ends_with('…'), "{line}");
        assert!(out.contains("a: 1") && out.contains("c: 2"), "{out}");
        let underline = out.lines().find(|l| l.contains('┬')).unwrap();
        assert_eq!(
            underline.chars().position(|c| c == '┬'),
            line.chars().position(|c| c == 'X')
        );
    }

    /// A related place gets its own label, and a snippet of its own far away, with its own
    /// position above it.
    #[test]
    fn related_places_are_labelled_with_their_own_position() {
        let text = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\na: 6\n";
        let e = ConfigError::at_spots(
            "c.yaml",
            text,
            Spot::new(25, 1, "again"),
            &[Spot::new(0, 1, "first")],
            "m",
            None,
        );
        assert_eq!(e.line_column(), Some((6, 1)));
        assert_eq!(e.related_labels(), ["first"]);
        let out = rendered(&e);
        assert!(
            out.contains("[c.yaml:6:1]") && out.contains("[c.yaml:1:1]"),
            "{out}"
        );
        assert!(out.contains("again") && out.contains("first"), "{out}");
    }

    /// Wrapping breaks at spaces only: never after the hyphen of a key or a rule name.
    #[test]
    fn wrapping_never_splits_a_word_at_a_hyphen() {
        let e = ConfigError::plain(
            "the words `broad-audiences` and `acme/no-tiktok-block` and `works-council-members` stay whole",
            Some("use `surveillance-targets` or `listening-targets` for `works-council-members`".to_owned()),
        );
        for width in 20..60 {
            let out = e.render(false, width).unwrap();
            for word in [
                "`broad-audiences`",
                "`acme/no-tiktok-block`",
                "`surveillance-targets`",
                "`listening-targets`",
            ] {
                assert!(out.contains(word), "width {width}: {out}");
            }
        }
    }
}
