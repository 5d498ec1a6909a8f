//! Configuration errors as miette reports: the YAML file is the source code and the offending
//! key or value is labelled, so a config error renders like a finding in a guideline. An error
//! holds its words in every language and is shown in one ([`ConfigError::in_lang`]).
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

use super::text::{ErrorKind, Said};
use crate::lang::Lang;
use crate::span::LineIndex;

/// Lines longer than this are shown cut, as a window around the error (a 10 MB regex would
/// flood the terminal).
const MAX_SHOWN_LINE: usize = 200;

/// How many characters of a long line are shown before the error.
const SHOWN_BEFORE: usize = 40;

/// Marks where a long line is cut.
const CUT: char = '…';

/// An invalid or unreadable configuration file: the run fails with exit status 2.
///
/// It holds its words in every language (`ErrorKind::said`) and is shown in one of them,
/// English until [`ConfigError::in_lang`] chooses another: the language of a run is only
/// known once the file's own `lang:` has been read as far as it can be ([`written_lang`]).
///
/// [`written_lang`]: ConfigError::written_lang
#[derive(Debug)]
pub struct ConfigError {
    /// What it says in each language of [`Lang::ALL`], in that order, control characters
    /// escaped.
    said: Vec<Said>,
    /// The language it is shown in.
    lang: Lang,
    /// The `lang:` of the file, when the file could be read far enough to hold a valid one.
    written_lang: Option<Lang>,
    location: Option<Box<Location>>,
}

/// A place in the YAML text: `start..start + len` (bytes). Its label is said by the error's
/// [`ErrorKind`] (the first label for the offending place, the next ones for the related places).
#[derive(Clone, Copy, Debug)]
pub struct Spot {
    pub start: usize,
    pub len: usize,
}

impl Spot {
    pub fn new(start: usize, len: usize) -> Spot {
        Spot { start, len }
    }
}

#[derive(Debug)]
struct Location {
    source: NamedSource<Shown>,
    /// The offending key or value, then the places it relates to (the first of a key given
    /// twice), as spans of the shown text.
    spans: Vec<SourceSpan>,
    line: usize,
    column: usize,
}

impl ConfigError {
    /// An error without a position (the file cannot be read).
    pub fn plain(what: &ErrorKind) -> Self {
        Self::new(&|lang| what.said(lang), None)
    }

    /// An error at `start..start + len` (bytes) of the YAML text `text` of the file `name`.
    pub fn at(name: &str, text: &str, start: usize, len: usize, what: &ErrorKind) -> Self {
        Self::at_spots(name, text, Spot::new(start, len), &[], what)
    }

    /// An error at `primary`, with further places of the same file.
    pub fn at_spots(
        name: &str,
        text: &str,
        primary: Spot,
        related: &[Spot],
        what: &ErrorKind,
    ) -> Self {
        let location = Self::locate(name, text, primary, related);
        Self::new(&|lang| what.said(lang), Some(location))
    }

    /// An error that says `said` in each language, at `location`.
    fn new(said: &dyn Fn(Lang) -> Said, location: Option<Location>) -> Self {
        let said = Lang::ALL
            .into_iter()
            .map(|lang| {
                let Said {
                    message,
                    labels,
                    help,
                } = said(lang);
                Said {
                    message: escaped(message),
                    labels: labels.into_iter().map(escaped).collect(),
                    help: help.map(escaped),
                }
            })
            .collect();
        ConfigError {
            said,
            lang: Lang::En,
            written_lang: None,
            location: location.map(Box::new),
        }
    }

    /// The places `primary` and `related` of the file `name`, as shown.
    fn locate(name: &str, text: &str, primary: Spot, related: &[Spot]) -> Location {
        let lines = LineIndex::new(text);
        let spots: Vec<(usize, usize)> = std::iter::once(&primary)
            .chain(related)
            .map(|spot| {
                let start = floor_boundary(text, spot.start.min(text.len()));
                let end = floor_boundary(text, (start + spot.len).min(text.len()));
                (start, end)
            })
            .collect();
        let starts: Vec<usize> = spots.iter().map(|s| s.0).collect();
        let boundaries: Vec<usize> = spots.iter().flat_map(|s| [s.0, s.1]).collect();
        let (shown, mapped) = shown_text(text, &starts, &boundaries);
        let mut spans = Vec::with_capacity(spots.len());
        let mut positions = Vec::with_capacity(spots.len());
        for (i, (start, _)) in spots.into_iter().enumerate() {
            let (shown_start, shown_end) = (mapped[2 * i], mapped[2 * i + 1]);
            let position = lines.position(text, start);
            positions.push((shown_start, position.line - 1, position.column - 1));
            spans.push((shown_start, shown_end - shown_start).into());
        }
        let (_, line, column) = positions[0];
        Location {
            source: NamedSource::new(
                escaped(name.to_owned()),
                Shown {
                    text: shown,
                    positions,
                },
            ),
            spans,
            line: line + 1,
            column: column + 1,
        }
    }

    /// The error with serde_yaml's path to the offending value (`custom-rules[0].message`)
    /// before its message, in every language.
    pub(super) fn under(mut self, path: &str) -> Self {
        if path.is_empty() {
            return self;
        }
        let path = escaped(path.to_owned());
        for said in &mut self.said {
            said.message.insert_str(0, ": ");
            said.message.insert_str(0, &path);
        }
        self
    }

    /// The error labelled "the file ends here" (in every language) instead of its own label:
    /// for an error at the very end of the file, shown at its last character.
    pub(super) fn at_file_end(mut self) -> Self {
        for (said, lang) in self.said.iter_mut().zip(Lang::ALL) {
            if let Some(label) = said.labels.first_mut() {
                *label = super::text::file_ends_here(lang).to_owned();
            }
        }
        self
    }

    /// The error with the `lang:` its file sets, as far as it could be read.
    pub(super) fn with_written_lang(mut self, lang: Option<Lang>) -> Self {
        self.written_lang = lang;
        self
    }

    /// The `lang:` of the configuration file, when the file could be read far enough to hold
    /// a valid one (a YAML mistake further down leaves it standing; an unreadable file or an
    /// invalid `lang:` has none). The command line's `--lang` wins over it, and it wins over
    /// the locale, as for the rest of the run.
    pub fn written_lang(&self) -> Option<Lang> {
        self.written_lang
    }

    /// The error shown in `lang`.
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The language it is shown in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// What it says in the language it is shown in.
    fn said(&self) -> &Said {
        let index = Lang::ALL.iter().position(|&l| l == self.lang).unwrap_or(0);
        &self.said[index]
    }

    /// The message, without position.
    pub fn message(&self) -> &str {
        &self.said().message
    }

    /// The 1-based line and column (in characters) of the offending key or value, if any.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.location.as_ref().map(|l| (l.line, l.column))
    }

    /// The label at the offending position, if any.
    pub fn label(&self) -> Option<&str> {
        self.location.as_ref()?;
        self.said().labels.first().map(String::as_str)
    }

    /// The labels of the related places, if any.
    pub fn related_labels(&self) -> Vec<&str> {
        match &self.location {
            Some(_) => self
                .said()
                .labels
                .iter()
                .skip(1)
                .map(String::as_str)
                .collect(),
            None => Vec::new(),
        }
    }

    /// The help line, if any.
    pub fn help_text(&self) -> Option<&str> {
        self.said().help.as_deref()
    }

    /// The report as written to standard error, in the language it is shown in, `width` columns
    /// wide. Lines break at spaces only: a key such as `broad-audiences` or a rule such as
    /// `acme/no-tiktok-block` is never split (miette would break after hyphens and inside words
    /// that do not fit). miette writes `help:` before the help in every language; the command
    /// line puts the word the findings have there.
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
        f.write_str(self.message())
    }
}

impl std::error::Error for ConfigError {}

impl Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("guidelint::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help_text()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.location.as_ref().map(|l| &l.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let l = self.location.as_ref()?;
        let labels = &self.said().labels;
        Some(Box::new(l.spans.iter().enumerate().map(
            move |(i, span)| {
                let label = labels.get(i).cloned();
                if i == 0 {
                    LabeledSpan::new_primary_with_span(label, *span)
                } else {
                    LabeledSpan::new_with_span(label, *span)
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

    /// What every language says: a message, a label per place and a help.
    fn fixed(message: &str, labels: &[&str], help: Option<&str>) -> impl Fn(Lang) -> Said {
        let said = Said {
            message: message.to_owned(),
            labels: labels.iter().map(|l| (*l).to_owned()).collect(),
            help: help.map(str::to_owned),
        };
        move |_| said.clone()
    }

    /// [`ConfigError::at`] with the same words in every language.
    fn at(
        name: &str,
        text: &str,
        start: usize,
        len: usize,
        message: &str,
        label: &str,
        help: Option<String>,
    ) -> ConfigError {
        let location = ConfigError::locate(name, text, Spot::new(start, len), &[]);
        ConfigError::new(&fixed(message, &[label], help.as_deref()), Some(location))
    }

    /// Control characters never reach the terminal: the source shows their pictures at the
    /// same columns, and messages, labels and help escape them.
    #[test]
    fn control_characters_are_never_written_raw() {
        let text = "a: \u{1b}[31mx\u{7}\nb: c\u{0}\n";
        let e = at(
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
        let plain = ConfigError::new(&fixed("cannot read x\u{1b}", &[], Some("\u{9b}")), None);
        assert_eq!(plain.message(), "cannot read x\\u{1b}");
        assert_eq!(plain.help_text(), Some("\\u{9b}"));
    }

    /// The position above the snippet counts characters, as `line_column` does.
    #[test]
    fn the_shown_position_counts_characters() {
        let text = "exclude: [äbc, \"x y\"]\n";
        let start = text.find("\"x").unwrap();
        let e = at("c.yaml", text, start, 5, "m", "here", None);
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
        let e = at("c.yaml", &text, start, 1, "m", "here", None);
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
        let location = ConfigError::locate("c.yaml", text, Spot::new(25, 1), &[Spot::new(0, 1)]);
        let e = ConfigError::new(&fixed("m", &["again", "first"], None), Some(location));
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
        let e = ConfigError::new(
            &fixed(
                "the words `broad-audiences` and `acme/no-tiktok-block` and `works-council-members` stay whole",
                &[],
                Some("use `surveillance-targets` or `listening-targets` for `works-council-members`"),
            ),
            None,
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
