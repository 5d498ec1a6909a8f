//! Human output: one miette report per finding, then a summary.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};
use rustc_hash::FxHashMap;

use super::{snippet, wrap};
use crate::finding::{Finding, Related, Severity};
use crate::lang::{printable, Lang};
use crate::run::{RunSummary, Stream};
use crate::span::{LineIndex, Span};
use crate::FileReport;

/// Lines longer than this many bytes are not shown in a snippet: miette prints the whole line
/// (a megabyte on one line would flood the terminal), and it panics when an underline starts
/// beyond column 65 535. A finding on such a line names its position in words instead; a snippet
/// that would show one only as the line before or after a label, or between two labels, leaves
/// it out, and so it does a related label on one (see [`LongLines`], [`left_out_labels`]).
const MAX_SNIPPET_LINE: usize = 2000;

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
    source: &'a NamedSource<Windowed>,
    /// The message as shown, filled to the width (see [`Texts::fill`]).
    message: &'a str,
    help: Option<&'a str>,
    /// What the message says in parentheses after the finding's own ([`push_message`]), for the
    /// plain line written should miette fail.
    aside: Option<&'a str>,
    /// Whether the finding is drawn with its snippet: not when its own line is too long to show
    /// (the message then says where it is, in [`Texts`]).
    snippet: bool,
    /// The related labels (indices into the finding's) left out of the snippet: each is on a
    /// line too long to show.
    left_out: &'a [usize],
}

/// The texts of one finding before they are filled, in buffers kept from one finding to the
/// next; and filled for miette when it draws the finding.
///
/// miette only indents (`with_wrap_lines(false)`): the message and the help are filled to the
/// width miette would fill them to — the terminal width less two columns ([`fill_width`]), of
/// which the indentation takes four (`  × `, `  │ `) and eight (`  help: `).
#[derive(Default)]
struct Texts {
    /// The message when it says more than the finding's own ([`push_message`]): `own_message`.
    message: String,
    own_message: bool,
    /// The last line of the help: where to read more.
    read_more: String,
    /// Filled, for miette.
    filled_message: String,
    filled_help: String,
}

impl Texts {
    /// Takes the texts of `finding`, with `aside` after its message (see [`push_message`]).
    fn set(&mut self, finding: &Finding, path: &str, aside: Option<&str>, lang: Lang) {
        self.own_message =
            finding.span.is_none() || aside.is_some() || finding.suppressed.is_some();
        if self.own_message {
            self.message.clear();
            push_message(&mut self.message, finding, path, aside, lang);
        }
        let w = words(lang);
        self.read_more.clear();
        self.read_more.push_str(w.read_more);
        self.read_more.push_str(": guidelint explain ");
        self.read_more.push_str(&finding.rule);
        self.read_more.push_str(w.explain_flag);
    }

    /// The message of `finding` as shown, not filled.
    fn message<'a>(&'a self, finding: &'a Finding) -> &'a str {
        if self.own_message {
            &self.message
        } else {
            &finding.message
        }
    }

    /// The texts of the help, one line after another: the finding's, then where to read more
    /// (the last, never filled: `guidelint explain RULE` stays on one line to copy);
    /// `parts[..n]`.
    fn help<'a>(&'a self, finding: &'a Finding) -> ([&'a str; 2], usize) {
        match &finding.help {
            Some(help) => ([help, &self.read_more], 2),
            None => ([&self.read_more, ""], 1),
        }
    }

    /// Fills the message and the help for miette.
    fn fill(&mut self, finding: &Finding, width: usize) {
        let mut message = std::mem::take(&mut self.filled_message);
        let mut help = std::mem::take(&mut self.filled_help);
        message.clear();
        wrap::fill_into(self.message(finding), width, 4, &mut message);
        help.clear();
        let (parts, n) = self.help(finding);
        for (i, part) in parts[..n].iter().enumerate() {
            if i > 0 {
                help.push('\n');
            }
            if i + 1 == n {
                // Where to read more: a command to copy, kept on one line (as `snippet` does).
                help.push_str(part);
            } else {
                wrap::fill_into(part, width, 8, &mut help);
            }
        }
        self.filled_message = message;
        self.filled_help = help;
    }
}

/// The width the message and the help are filled to (see [`Texts`]).
fn fill_width(style: &Style) -> usize {
    style.width.clamp(40, MAX_WIDTH) - 2
}

/// The message of a finding as shown: the file for a file-level finding, then the message, then
/// `aside` in parentheses (where a label on a line too long to show is: [`too_long_to_show`],
/// [`left_out_labels`]), and the suppression with its reason.
fn message(finding: &Finding, path: &str, aside: Option<&str>, lang: Lang) -> String {
    let mut out = String::with_capacity(finding.message.len() + 16);
    push_message(&mut out, finding, path, aside, lang);
    out
}

/// [`message`], appended to `out`.
fn push_message(out: &mut String, finding: &Finding, path: &str, aside: Option<&str>, lang: Lang) {
    if finding.span.is_none() {
        out.push_str(path);
        out.push_str(": ");
    }
    out.push_str(&finding.message);
    if let Some(aside) = aside {
        out.push_str(" (");
        out.push_str(aside);
        out.push(')');
    }
    if let Some(s) = &finding.suppressed {
        out.push_str(" (");
        out.push_str(words(lang).suppressed);
        if let Some(reason) = &s.reason {
            out.push_str(": ");
            out.push_str(reason);
        }
        out.push(')');
    }
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
        f.write_str(self.message)
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
        self.help.map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        if !self.snippet {
            return None;
        }
        self.finding.span.map(|_| self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !self.snippet {
            return None;
        }
        let span = self.finding.span?;
        let primary = LabeledSpan::new_primary_with_span(
            Some(self.finding.label.to_string()).filter(|l| !l.is_empty()),
            (span.start, span.len()),
        );
        let related = kept(self.finding, self.left_out).map(|r| {
            LabeledSpan::new_with_span(Some(r.message.clone()), (r.span.start, r.span.len()))
        });
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}

/// A file's text for miette. miette reads a snippet by scanning the text from its start, for
/// every label of every report: a 1 MB file with 3000 findings took 80 s. This hands miette only
/// the lines around the snippet, with the line number they start at, which gives the same
/// snippet.
///
/// Lines end with `\n` or `\r\n` (SPEC §1). miette also ends a line at a lone `\r`, and prints
/// it, which sends the terminal's cursor back over the line; it prints every other control
/// character too (an escape sequence in a comment would colour or move the terminal). miette's
/// copy of the text has a space for each lone `\r` and each other control character but tab and
/// line feed, and `·` for each C1 control character (two bytes for two, so every span stays
/// where it is).
///
/// The position miette writes above a snippet (`[path:line:column]`) is the finding's position
/// as every other format gives it (SPEC §9): miette would count the column in bytes.
///
/// A label at the very end of the file (a `syntax-error` there is zero-width, SPEC §11.7) lies
/// on no line miette knows: miette draws a label only on a line that holds its start, and
/// leaves out an empty last line after a final line break. A window that reaches the end of the
/// file ends with one more line feed: the label is then drawn, with miette's `▲` for a
/// zero-width span, after the last character of the last line, or on the empty line after a
/// final line break (where its `[path:line:column]` says it is).
struct Windowed {
    /// miette's copy of the file, then the line feed added at the end of the file.
    text: String,
    /// The length of the file: `text` without the line feed added.
    len: usize,
    /// Where each line starts (after each `\n`).
    starts: Vec<usize>,
    /// The lines longer than [`MAX_SNIPPET_LINE`] bytes (0-based, in order): no window holds
    /// one. A window ends before the first after its span and starts after the last before it,
    /// so that such a line next to a label is left out of the snippet (as if the file ended or
    /// started there); a span across one (miette's span over two labels, to draw them in one
    /// snippet) cannot be read, and miette draws each label's snippet on its own.
    long: Vec<usize>,
    /// Where the lone `\r`s of the file were, in order: they are no column.
    lone_carriage_returns: Vec<usize>,
}

impl Windowed {
    /// miette's copy of `source`, whose lines start at `starts` and whose lines `long` (1-based
    /// numbers, in order) are longer than [`MAX_SNIPPET_LINE`]; `controls`: whether it has
    /// control characters to replace ([`has_control_characters`], already asked by the caller).
    fn new(source: &str, starts: Vec<usize>, long: &[usize], controls: bool) -> Self {
        let mut lone_carriage_returns = Vec::new();
        let mut text = if controls {
            let mut bytes = Vec::with_capacity(source.len() + 1);
            bytes.extend_from_slice(source.as_bytes());
            for i in 0..bytes.len() {
                match bytes[i] {
                    b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
                    b'\r' => {
                        lone_carriage_returns.push(i);
                        bytes[i] = b' ';
                    }
                    b'\t' | b'\n' => {}
                    b if b < 0x20 || b == 0x7f => bytes[i] = b' ',
                    // U+0080 to U+009F: `·` (U+00B7), the same two bytes but the second.
                    0xC2 if bytes.get(i + 1).is_some_and(|&next| next < 0xA0) => {
                        bytes[i + 1] = 0xB7
                    }
                    // A character that turns the direction of text: one of as many bytes that
                    // takes no column either and turns nothing (rustc leaves them out of the
                    // source it shows, for the same reason: "Trojan Source").
                    0xE2 | 0xD8 => match bidi_control_len(&bytes[i..]) {
                        // U+200B, zero width space.
                        3 => bytes[i..i + 3].copy_from_slice(&[0xE2, 0x80, 0x8B]),
                        // U+034F, combining grapheme joiner.
                        2 => bytes[i..i + 2].copy_from_slice(&[0xCD, 0x8F]),
                        _ => {}
                    },
                    _ => {}
                }
            }
            String::from_utf8(bytes).expect("characters replaced by as long ones")
        } else {
            let mut text = String::with_capacity(source.len() + 1);
            text.push_str(source);
            text
        };
        let len = text.len();
        text.push('\n');
        Windowed {
            text,
            len,
            starts,
            long: long.iter().map(|&number| number - 1).collect(),
            lone_carriage_returns,
        }
    }

    /// The 0-based line and column of `offset`, as [`crate::span::LineIndex`] counts them.
    fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let line_start = self.starts[line];
        let spaces = &self.lone_carriage_returns;
        let in_line =
            spaces.partition_point(|&i| i < offset) - spaces.partition_point(|&i| i < line_start);
        let column = crate::span::column_in_line(&self.text, line_start, offset) - in_line;
        (line, column - 1)
    }

    /// The 0-based line that contains `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }
}

/// Where each line of `text` starts (after each `\n`), and the 1-based numbers of the lines
/// longer than [`MAX_SNIPPET_LINE`] bytes.
fn scan_lines(text: &str) -> (Vec<usize>, Vec<usize>) {
    let bytes = text.as_bytes();
    crate::search::with_line_feeds(bytes, |feeds| {
        let mut starts = Vec::with_capacity(bytes.len() / 32 + 2);
        starts.push(0);
        let mut long = Vec::new();
        for i in feeds {
            if i - starts[starts.len() - 1] > MAX_SNIPPET_LINE {
                long.push(starts.len());
            }
            starts.push(i + 1);
        }
        if bytes.len() - starts[starts.len() - 1] > MAX_SNIPPET_LINE {
            long.push(starts.len());
        }
        (starts, long)
    })
}

/// Whether `text` has a control character other than a tab, a line feed or the carriage return
/// of a CR LF: one that miette would print as it is (see [`Windowed`]). `line_feeds`: how many
/// line feeds it has.
fn has_control_characters(text: &str, line_feeds: usize) -> bool {
    let bytes = text.as_bytes();
    // The C0 controls, counted many bytes at a time (in a byte counter over 240 bytes,
    // a multiple of 16 below 256, which the compiler turns into vector code), against the line
    // feeds, tabs and carriage returns of CR LFs among them.
    let c0: usize = bytes
        .chunks(240)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| n + u8::from(b < 0x20));
            usize::from(n)
        })
        .sum();
    let mut allowed = line_feeds;
    for i in memchr::memchr2_iter(b'\t', b'\r', bytes) {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            return true;
        }
        allowed += 1;
    }
    // DEL; a C1 control (U+0080 to U+009F are 0xC2 0x80 to 0xC2 0x9F).
    c0 != allowed
        || memchr::memchr(0x7f, bytes).is_some()
        || memchr::memchr_iter(0xC2, bytes).any(|i| bytes.get(i + 1).is_some_and(|&b| b < 0xA0))
}

/// The length in bytes of the character that turns the direction of text
/// ([`crate::lang::is_bidi_control`]) `bytes` start with, or 0: U+061C is two bytes (D8 9C), the
/// others three (E2 80 8E/8F, E2 80 AA to AE, E2 81 A6 to A9).
fn bidi_control_len(bytes: &[u8]) -> usize {
    match bytes {
        [0xD8, 0x9C, ..] => 2,
        [0xE2, 0x80, 0x8E | 0x8F | 0xAA..=0xAE, ..] | [0xE2, 0x81, 0xA6..=0xA9, ..] => 3,
        _ => 0,
    }
}

/// Whether `text` has a character that turns the direction of text: shown as it is, it would
/// show the line reordered, not as the grammar reads it.
fn has_bidi_controls(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xE2, 0xD8, bytes).any(|i| bidi_control_len(&bytes[i..]) > 0)
}

impl SourceCode for Windowed {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let start = span.offset();
        let last = (start + span.len()).saturating_sub(1).max(start);
        if start + span.len() > self.len {
            return Err(MietteError::OutOfBounds);
        }
        let (first_line, last_line) = (self.line_of(start), self.line_of(last));
        // `long[..i]` are before the span; `long[i]`, if any, must be after it.
        let i = self.long.partition_point(|&line| line < first_line);
        if self.long.get(i).is_some_and(|&line| line <= last_line) {
            return Err(MietteError::OutOfBounds);
        }
        // Whole lines, one more on each side than the context asks for, none of them long.
        let mut first = first_line.saturating_sub(context_lines_before + 1);
        if let Some(&long) = i.checked_sub(1).and_then(|i| self.long.get(i)) {
            first = first.max(long + 1);
        }
        let mut after = last_line + context_lines_after + 2;
        if let Some(&long) = self.long.get(i) {
            after = after.min(long);
        }
        let from = self.starts[first];
        let to = match self.starts.get(after) {
            Some(&to) => to,
            // The line feed added for a label at the end of the file.
            None if start + span.len() == self.len => self.len + 1,
            None => self.len,
        };
        let window = &self.text.as_bytes()[from..to];
        let inner = window.read_span(
            &SourceSpan::new((start - from).into(), span.len()),
            context_lines_before,
            context_lines_after,
        )?;
        // Without context, miette asks for the position it writes above the snippet (the
        // column is only ever non-zero then).
        let (line, column) = if context_lines_before == 0 && self.text.is_char_boundary(start) {
            self.position(start)
        } else {
            (inner.line() + first, inner.column())
        };
        // miette merges the snippets of two labels when the first one's `line` and `line_count`
        // reach the second one's line. Its own sources count the lines from the start of the
        // text there, which merges snippets far apart (lines 208 and 255 into one of 50 lines);
        // given the lines of the snippet and the gap the fast path joins
        // ([`snippet::JOINED_GAP`]), it merges the ones that overlap or nearly touch.
        Ok(Box::new(MietteSpanContents::new(
            inner.data(),
            SourceSpan::new((inner.span().offset() + from).into(), inner.span().len()),
            line,
            column,
            inner.line_count() - inner.line() + snippet::JOINED_GAP,
        )))
    }
}

fn handler(style: &Style) -> GraphicalReportHandler {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_width(style.width.clamp(40, MAX_WIDTH))
        .with_links(false)
        .with_context_lines(1)
        // The message and the help come filled to the width (`wrap.rs`): lines break at spaces
        // only, never inside a word, so a term such as `customer-service` stays whole, ready to
        // copy. miette's own wrapping was a quarter of the time of a `check`.
        .with_wrap_lines(false)
}

/// Writes one file's findings.
pub fn write_file(report: &FileReport, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let mut bytes = Vec::new();
    write_file_with(report, style, true, &mut bytes);
    out.write_all(&bytes)
}

/// A file's findings drawn twice: as [`write_file`] draws them (the fast path where it can), and
/// by miette alone; with the number of findings the fast path drew. For the tests that the two
/// are the same.
#[doc(hidden)]
pub fn render_both_ways(report: &FileReport, style: &Style) -> (String, String, usize) {
    let mut fast = Vec::new();
    let mut slow = Vec::new();
    let taken = write_file_with(report, style, true, &mut fast);
    write_file_with(report, style, false, &mut slow);
    let text = |bytes| String::from_utf8(bytes).expect("UTF-8");
    (text(fast), text(slow), taken)
}

/// Writes one file's findings, drawing the simple ones itself ([`snippet`]) when `fast` and
/// there is no colour; returns how many it drew itself.
fn write_file_with(report: &FileReport, style: &Style, fast: bool, out: &mut Vec<u8>) -> usize {
    let shown = |f: &&Finding| style.show_suppressed || !f.is_suppressed();
    if !report.findings.iter().any(|f| shown(&f)) {
        return 0;
    }
    // A file name is whatever the pull request says: control characters are escaped, so a name
    // with a line break cannot start a line of its own (a GitHub workflow command such as
    // `::error`) and escape sequences cannot reach the terminal.
    let path = printable(&report.path);
    let (starts, long) = scan_lines(&report.source);
    // A file with control characters is drawn by miette, from a copy that shows them as spaces,
    // and so is one with characters that turn the direction of text (shown as none).
    let controls = has_control_characters(&report.source, starts.len() - 1)
        || has_bidi_controls(&report.source);
    let fast = fast && !style.color && !controls;
    // Only needed to name the position of a finding next to a long line.
    let index = (!long.is_empty()).then(|| LineIndex::new(&report.source));
    // miette, with its own copy of the text, once a finding needs it.
    let mut miette: Option<(GraphicalReportHandler, NamedSource<Windowed>)> = None;
    let mut texts = Texts::default();
    let mut taken = 0;
    out.reserve(expected_len(report, &starts, style));
    for finding in report.findings.iter().filter(shown) {
        let (long_lines, left_out) = match &index {
            Some(index) => long_lines(index, &long, finding),
            None => (LongLines::None, Vec::new()),
        };
        let aside = match (&index, finding.span) {
            (Some(index), Some(span)) if long_lines == LongLines::Labelled => Some(
                too_long_to_show(&path, &report.source, index, span, style.lang),
            ),
            (Some(index), Some(_)) if !left_out.is_empty() => {
                left_out_labels(finding, &left_out, &path, &report.source, index, style.lang)
            }
            _ => None,
        };
        texts.set(finding, &path, aside.as_deref(), style.lang);
        // A finding next to a long line, or with a label left out, is left to miette (whose
        // `Windowed` source leaves the long lines out): rare, and kept off the fast path.
        let drawn = fast
            && long_lines == LongLines::None
            && left_out.is_empty()
            && draw_fast(finding, &path, &report.source, &starts, &texts, style, out);
        if drawn {
            taken += 1;
        } else {
            texts.fill(finding, fill_width(style));
            let (handler, source) = miette.get_or_insert_with(|| {
                let windowed = Windowed::new(&report.source, starts.clone(), &long, controls);
                let source = NamedSource::new(&path, windowed).with_language("guideline");
                (handler(style), source)
            });
            let rendered = Rendered {
                finding,
                source,
                message: &texts.filled_message,
                help: Some(&texts.filled_help),
                aside: aside.as_deref(),
                snippet: long_lines != LongLines::Labelled,
                left_out: &left_out,
            };
            out.extend_from_slice(rendered.draw(handler, style).as_bytes());
        }
        out.push(b'\n');
    }
    taken
}

/// About how many bytes a file's findings take drawn, with room to spare: reserved at once, the
/// output does not grow by doubling (copying it each time). (With an eighth more than the
/// estimate, most files still grew once, 0.7 % of a check; with half as much again, few do, for
/// 2 MB more peak memory over 10 000 files.) A snippet shows about
/// three lines of average length, with as much again of gutter and of spaces before the
/// underline, which takes three bytes (`─`) per byte of the span; a related label shows three
/// more lines and a frame, or at most as many lines between it and the primary one.
fn expected_len(report: &FileReport, starts: &[usize], style: &Style) -> usize {
    let line = report.source.len() / starts.len() + 8;
    let label = |span: crate::span::Span, text: &str| {
        text.len() + 3 * span.len().min(MAX_SNIPPET_LINE) + 2 * line
    };
    report
        .findings
        .iter()
        .filter(|f| style.show_suppressed || !f.is_suppressed())
        .map(|f| {
            let Some(span) = f.span else {
                return 80
                    + 2 * f.rule.len()
                    + report.path.len()
                    + f.message.len()
                    + f.help.as_ref().map_or(0, |h| h.len());
            };
            let related: usize = f
                .related
                .iter()
                .map(|r| label(r.span, &r.message) + 4 * line)
                .sum();
            120 + 2 * f.rule.len()
                + report.path.len()
                + f.message.len()
                + f.help.as_ref().map_or(0, |h| h.len())
                + label(span, &f.label)
                + 3 * line
                + related
        })
        .sum::<usize>()
        * 3
        / 2
}

impl Rendered<'_> {
    /// The finding drawn by miette.
    fn draw(&self, handler: &GraphicalReportHandler, style: &Style) -> String {
        let mut text = String::new();
        if handler.render_report(&mut text, self).is_err() {
            // One plain line, the message as it is (not filled for miette's indentation).
            let plain = message(self.finding, self.source.name(), self.aside, style.lang);
            return format!("{}: {plain}\n", self.finding.severity.name(style.lang));
        }
        if style.lang != Lang::En {
            text = relabel_help(&text, words(style.lang).help);
        }
        if let Some(span) = self.finding.span.filter(|_| self.snippet) {
            let (line, column) = self.source.inner().position(span.start);
            let position = format!("{}:{}:{}", self.source.name(), line + 1, column + 1);
            if let Some(reordered) = primary_snippet_first(&text, &position) {
                text = reordered;
            }
        }
        text
    }
}

/// miette draws a finding's snippets in the order of the text; this moves the one whose
/// `[path:line:column]` is the finding's `position` to the front, so that the first position
/// shown is always the finding's, as in every other format (the fast path draws them in that
/// order: [`snippet`]). `None` when it is first already, or not found.
///
/// A snippet is the lines from its top (`╭─[`) to its bottom (`╰────`) after the spaces of its
/// gutter: miette writes those two unstyled, the position alone in colour; every line in between
/// starts with a line number or `·` (or `:` for lines left out).
fn primary_snippet_first(text: &str, position: &str) -> Option<String> {
    let mut snippets = Vec::new();
    let mut start = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let framed = line.trim_start_matches(' ');
        if framed.starts_with("╭─[") {
            start = Some(offset);
        } else if framed.trim_end() == "╰────" {
            if let Some(from) = start.take() {
                snippets.push(from..offset + line.len());
            }
        }
        offset += line.len();
    }
    // The top line names the position in brackets, maybe in colour (`…m` before, `\x1b…` after).
    let names = |range: &std::ops::Range<usize>| {
        let top = &text[range.clone()];
        let top = &top[..top.find('\n').unwrap_or(top.len())];
        top.match_indices(position).any(|(at, _)| {
            let (before, after) = (&top[..at], &top[at + position.len()..]);
            (before.ends_with('[') || before.ends_with('m')) && after.starts_with([']', '\x1b'])
        })
    };
    // One after another, nothing between them.
    if snippets.windows(2).any(|pair| pair[0].end != pair[1].start) {
        return None;
    }
    let primary = snippets.iter().position(names)?;
    if primary == 0 {
        return None;
    }
    let first = snippets[0].start;
    let last = snippets[snippets.len() - 1].end;
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    out.push_str(&text[snippets[primary].clone()]);
    for (i, range) in snippets.iter().enumerate() {
        if i != primary {
            out.push_str(&text[range.clone()]);
        }
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// The finding drawn into `out` as miette draws it without colour, if it is simple enough
/// ([`snippet::render`]); `false`, with nothing written, if not.
fn draw_fast(
    finding: &Finding,
    name: &str,
    text: &str,
    starts: &[usize],
    texts: &Texts,
    style: &Style,
    out: &mut Vec<u8>,
) -> bool {
    if finding.related.len() > 1 {
        return false;
    }
    let primary = finding.span.map(|span| snippet::Label {
        start: span.start,
        len: span.len(),
        text: Some(&*finding.label).filter(|l| !l.is_empty()),
    });
    let related = finding.related.first().map(|r| snippet::Label {
        start: r.span.start,
        len: r.span.len(),
        text: Some(r.message.as_str()),
    });
    let (one, both);
    let labels: &[snippet::Label] = match (primary, related) {
        (Some(p), Some(r)) => {
            both = [p, r];
            &both
        }
        (Some(p), None) => {
            one = p;
            std::slice::from_ref(&one)
        }
        (None, _) => &[],
    };
    let snippet = finding.span.map(|_| snippet::Snippet {
        name,
        text,
        starts,
        labels,
    });
    let (help, n) = texts.help(finding);
    snippet::render(
        &snippet::Report {
            rule: &finding.rule,
            severity: finding.severity,
            message: texts.message(finding),
            help: &help[..n],
            help_first: words(style.lang).help_first,
            width: fill_width(style),
            snippet,
        },
        out,
    )
}

/// Columns are aligned for names up to this length.
const MAX_ALIGN: usize = 100;

/// The widest output miette is asked for (`COLUMNS=100000` would make it pad beyond what a
/// format width can hold).
const MAX_WIDTH: usize = 1000;

/// How the lines around a finding's labels stand to the lines longer than [`MAX_SNIPPET_LINE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LongLines {
    /// None of the lines its snippet shows is long.
    None,
    /// A line before or after a label, or between two labels, is long: the snippet leaves it out
    /// ([`Windowed`]), which miette is asked to draw (the fast path would show it).
    Beside,
    /// The line the finding's own label is on is long: no snippet, the position in words
    /// ([`too_long_to_show`]).
    Labelled,
}

/// How the lines of a finding's labels, and the lines before, after and between them, stand to
/// the `long` lines (1-based numbers, in order); and the related labels (indices into the
/// finding's) on a long line, which the snippet leaves out: the finding's own line is still
/// shown, with what is before, after and between its other labels.
fn long_lines(index: &LineIndex, long: &[usize], finding: &Finding) -> (LongLines, Vec<usize>) {
    let Some(span) = finding.span else {
        return (LongLines::None, Vec::new());
    };
    // Whether one of the long lines is in `first..=last`.
    let any_in = |first: usize, last: usize| {
        let i = long.partition_point(|&line| line < first);
        long.get(i).is_some_and(|&line| line <= last)
    };
    let lines = |s: Span| (index.line_of(s.start), index.line_of(s.end));
    let (mut first, mut last) = lines(span);
    if any_in(first, last) {
        return (LongLines::Labelled, Vec::new());
    }
    let mut left_out = Vec::new();
    for (i, r) in finding.related.iter().enumerate() {
        let (from, to) = lines(r.span);
        if any_in(from, to) {
            left_out.push(i);
        } else {
            (first, last) = (first.min(from), last.max(to));
        }
    }
    let beside = if any_in(first.saturating_sub(1), last + 1) {
        LongLines::Beside
    } else {
        LongLines::None
    };
    (beside, left_out)
}

/// The related labels of `finding` but those `left_out`.
fn kept<'f>(finding: &'f Finding, left_out: &'f [usize]) -> impl Iterator<Item = &'f Related> {
    finding
        .related
        .iter()
        .enumerate()
        .filter(|(i, _)| !left_out.contains(i))
        .map(|(_, r)| r)
}

/// Where a finding on a long line is, in words: `at draft.guideline:1:70002, on a line too long
/// to show`.
fn too_long_to_show(path: &str, source: &str, index: &LineIndex, span: Span, lang: Lang) -> String {
    let at = index.position(source, span.start);
    let (line, column) = (at.line, at.column);
    match lang {
        Lang::En => format!("at {path}:{line}:{column}, on a line too long to show"),
        Lang::De => {
            format!("bei {path}:{line}:{column}, in einer Zeile, die zu lang zum Anzeigen ist")
        }
    }
}

/// Where the related labels `left_out` of the snippet are, in words, each after its text (`the
/// text starts here: at draft.guideline:2:8, on a line too long to show`); `None` when the
/// message, the label or the help names each one's line already, as `conflicting-rules` and
/// `duplicate-rule` do (`(line 2)`).
fn left_out_labels(
    finding: &Finding,
    left_out: &[usize],
    path: &str,
    source: &str,
    index: &LineIndex,
    lang: Lang,
) -> Option<String> {
    let texts = [
        finding.message.as_str(),
        &finding.label,
        finding.help.as_deref().unwrap_or(""),
    ];
    let mut aside = String::new();
    for r in left_out.iter().map(|&i| &finding.related[i]) {
        let line = index.position(source, r.span.start).line;
        if texts.iter().any(|text| names_line(text, line)) {
            continue;
        }
        if !aside.is_empty() {
            aside.push_str("; ");
        }
        aside.push_str(&r.message);
        aside.push_str(": ");
        aside.push_str(&too_long_to_show(path, source, index, r.span, lang));
    }
    (!aside.is_empty()).then_some(aside)
}

/// Whether `text` names line `line` in words: `line 2`, `Zeile 2` (not `line 23`).
fn names_line(text: &str, line: usize) -> bool {
    let number = line.to_string();
    ["line ", "Zeile "].iter().any(|word| {
        text.match_indices(word).any(|(at, _)| {
            let rest = &text[at + word.len()..];
            rest.strip_prefix(number.as_str())
                .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_digit()))
        })
    })
}

/// The human output, streamed: each file's reports as it is done, the summary at the end.
pub struct HumanStream {
    pub style: Style,
}

impl Stream for HumanStream {
    fn file(&self, _index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
        write_file_with(report, &self.style, true, out);
        Ok(())
    }

    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()> {
        write_run_summary(run, &self.style, out)
    }
}

/// Writes the summary of a run: counts, then a score and verdict per file.
pub fn write_summary(reports: &[FileReport], style: &Style, out: &mut dyn Write) -> io::Result<()> {
    write_run_summary(&RunSummary::of(reports), style, out)
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
    // The names as shown, and the columns each takes on the terminal (its display width: `日`
    // takes two, the `e` and combining accent of an NFD `é` one), by which they are padded.
    let names: Vec<(Cow<str>, usize)> = reports
        .iter()
        .map(|r| {
            let name = printable(&r.path);
            let columns = wrap::width(&name);
            (name, columns)
        })
        .collect();
    let width = names
        .iter()
        .map(|&(_, columns)| columns)
        .max()
        .unwrap_or(0)
        // Alignment is for paths of a sensible length; a format width over 65 535 panics.
        .min(MAX_ALIGN);
    for (r, (name, columns)) in reports.iter().zip(&names) {
        let score = r
            .score
            .map_or_else(|| "  -".to_owned(), |s| format!("{s:>3}"));
        writeln!(
            out,
            "  {name}{:pad$}  {} {score}/100  {}",
            "",
            w.score,
            r.verdict.name(style.lang),
            pad = width.saturating_sub(*columns),
        )?;
    }
    Ok(())
}

fn write_statistics(
    counts: &FxHashMap<Cow<'static, str>, (usize, Severity)>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    if counts.is_empty() {
        return Ok(());
    }
    let width = counts
        .keys()
        .map(|k| k.len())
        .max()
        .unwrap_or(0)
        .min(MAX_ALIGN);
    let mut rows: Vec<_> = counts.iter().map(|(k, v)| (k.as_ref(), *v)).collect();
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
    /// The same, as it starts the help: indented and followed by a space.
    help_first: &'static str,
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
            help_first: "  help: ",
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
            help_first: "  Tipp: ",
        },
    }
}

/// The word that introduces a finding's help (`help:`, `Tipp:`): the other plain-text formats
/// (GitHub, SARIF, JUnit) introduce it with the same word as the terminal does.
pub(crate) fn help_label(lang: Lang) -> &'static str {
    words(lang).help
}

/// Replaces the `help:` that miette writes before the help text (it has no setting for it):
/// the first line that starts with it, after any colour codes. Source lines never do, since
/// miette prefixes them with a gutter. (Also for configuration errors, which the command line
/// draws with miette.)
pub(crate) fn relabel_help(text: &str, word: &str) -> String {
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
            let w = words(lang);
            assert_eq!(w.help.chars().count(), "help:".len());
            assert_eq!(w.help_first, format!("  {} ", w.help));
        }
    }

    use crate::{check_source, Config};

    /// Found by the bad-input matrix: miette panicked ("Formatting argument out of range") on a
    /// label beyond column 65 535 of a one-megabyte line.
    #[test]
    fn a_finding_on_a_very_long_line_names_its_position_instead() {
        let source = format!("guideline \"{}\" {{ oops }}\n", "x".repeat(70_000));
        let report = check_source("long.guideline", &source, &Config::default());
        let mut out = Vec::new();
        write_file(&report, &Style::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("(at long.guideline:1:70016, on a line too long to show)"),
            "{text}"
        );
        assert!(text.len() < 2000, "the long line is not printed");
    }

    /// Where to read more is a command to copy: it stays on one line, also on a narrow
    /// terminal, in both renderers.
    #[test]
    fn the_command_to_read_more_is_never_broken() {
        let report = check_source(
            "narrow.guideline",
            "guideline \"g\" { }\n",
            &Config::default(),
        );
        for lang in Lang::ALL {
            let style = Style {
                width: 40,
                lang,
                ..Style::default()
            };
            let (fast, miette, _) = render_both_ways(&report, &style);
            assert_eq!(fast, miette);
            let command = format!(
                "guidelint explain missing-contact{}",
                if lang == Lang::De { " --lang de" } else { "" }
            );
            assert!(
                fast.lines().any(|l| l.trim_end().ends_with(&command)),
                "{fast}"
            );
        }
    }

    /// The findings of `source` drawn as `write_file` draws them, then by miette alone (which
    /// is also what draws them in colour); asserts that the two are the same.
    fn drawn_both_ways(source: &str) -> String {
        let report = check_source("mixed.guideline", source, &Config::default());
        let (fast, miette, _) = render_both_ways(&report, &Style::default());
        assert_eq!(fast, miette);
        fast
    }

    #[test]
    fn short_lines_keep_their_snippet_next_to_a_long_one() {
        let source = format!(
            "# {}\nguideline \"g\" {{\n\n  rule \"r\" {{ block facebook }}\n}}\n",
            "x".repeat(3000)
        );
        let text = drawn_both_ways(&source);
        // The rule's findings are shown with their snippet, and so is the guideline's header,
        // without the long comment line before it.
        assert!(
            text.contains(" 4 │   rule \"r\" { block facebook }"),
            "{text}"
        );
        assert!(
            text.contains("[mixed.guideline:2:1]\n 2 │ guideline \"g\" {\n"),
            "{text}"
        );
        assert!(!text.contains("xxxxxxxxxx"), "{text}");
        assert!(!text.contains("too long to show"), "{text}");
    }

    /// A line too long to show next to a finding's line is left out of the snippet; the
    /// finding's own line is shown (found in review: a finding on line 1 said it was "on a line
    /// too long to show" because line 2 was).
    #[test]
    fn a_long_line_next_to_a_label_is_left_out() {
        let long = "a".repeat(MAX_SNIPPET_LINE + 1);
        // After the label's line: the snippet ends with it.
        let text = drawn_both_ways(&format!("guideline \"X\" {{\n  goal \"{long}\"\n}}\n"));
        assert!(
            text.contains(
                "[mixed.guideline:1:1]\n 1 │ guideline \"X\" {\n   · ──────┬──────\n   ·       ╰── no `owner` in this guideline\n   ╰────\n"
            ),
            "{text}"
        );
        assert!(!text.contains("aaaaaaaaaa"), "{text}");
        assert!(!text.contains("too long to show"), "{text}");
        // Before the label's line: the snippet starts with it.
        let text = drawn_both_ways(&format!(
            "guideline \"X\" {{\n  # {long}\n  audience staf\n  owner hr\n}}\n"
        ));
        assert!(
            text.contains("[mixed.guideline:3:12]\n 3 │   audience staf\n   ·            ──┬─\n"),
            "{text}"
        );
        assert!(text.contains(" 4 │   owner hr\n   ╰────\n"), "{text}");
        assert!(!text.contains("aaaaaaaaaa"), "{text}");
        // Between two labels: one snippet each, without it (miette would draw the two labels,
        // two lines apart, in one snippet).
        let text = drawn_both_ways(&format!(
            "guideline \"X\" {{\n  rule \"r\" {{ allow employees to access xing }}\n  # {long}\n  rule \"r\" {{ allow employees to access reddit }}\n}}\n"
        ));
        let duplicate = &text[text.find("guidelint::duplicate-rule").unwrap()..];
        assert!(
            duplicate.contains(" 2 │   rule \"r\" { allow employees to access xing }\n   ·   ────┬───\n   ·       ╰── first rule block with this name\n   ╰────\n"),
            "{duplicate}"
        );
        assert!(
            duplicate.contains(
                "[mixed.guideline:4:3]\n 4 │   rule \"r\" { allow employees to access reddit }\n"
            ),
            "{duplicate}"
        );
        assert!(!text.contains("aaaaaaaaaa"), "{text}");
        assert!(!text.contains("too long to show"), "{text}");
        // A finding on the long line itself still names its position in words.
        let text = drawn_both_ways(&format!(
            "guideline \"X\" {{ owner hr  # {long}\n  audience staf\n}}\n"
        ));
        assert!(
            text.contains("(at mixed.guideline:1:1, on a line too long to show)"),
            "{text}"
        );
        assert!(text.contains(" 2 │   audience staf\n"), "{text}");
        assert!(!text.contains("aaaaaaaaaa"), "{text}");
    }

    /// A related label on a line too long to show is left out of the snippet; the finding's own
    /// line is shown with its label (found by audit 13: the whole snippet was dropped, and the
    /// message said the finding's own short line was "on a line too long to show").
    #[test]
    fn a_related_label_on_a_long_line_is_left_out() {
        let long = "x".repeat(MAX_SNIPPET_LINE + 100);
        // conflicting-rules and duplicate-rule name the left-out label's line already.
        let text = drawn_both_ways(&format!(
            "guideline \"T\" {{\n  rule \"A\" {{ allow employees to access facebook }} # {long}\n  rule \"A\" {{ forbid employees to access facebook }}\n}}\n"
        ));
        for rule in ["conflicting-rules", "duplicate-rule"] {
            let at = text.find(&format!("guidelint::{rule}\n")).unwrap();
            let finding = &text[at..text[at..].find("read more").unwrap() + at];
            assert!(finding.contains("(line 2)"), "{finding}");
            assert!(
                finding.contains("\n 3 │   rule \"A\" { forbid employees to access facebook }\n"),
                "{finding}"
            );
            assert!(!finding.contains(" 2 │"), "{finding}");
        }
        assert!(
            text.contains("[mixed.guideline:3:14]\n 3 │   rule \"A\" { forbid employees to access facebook }\n   ·              ─────────────────┬─────────────────\n   ·                               ╰── this forbids what line 2 allows\n 4 │ }\n   ╰────\n"),
            "{text}"
        );
        assert!(!text.contains("too long to show"), "{text}");
        assert!(!text.contains("xxxxxxxxxx"), "{text}");
        // A string still open at the end: the message does not say where it starts, so where
        // is said in words.
        let source = format!("guideline \"T\" {{\n  goal \"{long}\n  owner hr\n");
        let text = drawn_both_ways(&source);
        assert!(
            text.contains(
                "(the text starts here: at mixed.guideline:2:8, on a line too long to show)"
            ) || text.contains(
                "(the text starts here: at\n  │ mixed.guideline:2:8, on a line too long to show)"
            ),
            "{text}"
        );
        assert!(
            text.contains("[mixed.guideline:4:1]\n 3 │   owner hr\n 4 │ \n   · ▲\n"),
            "{text}"
        );
        assert!(!text.contains("xxxxxxxxxx"), "{text}");
        // In German, the same in German.
        let german = Config {
            lang: Lang::De,
            ..Config::default()
        };
        let report = check_source("mixed.guideline", &source, &german);
        let style = Style {
            lang: Lang::De,
            width: 250,
            ..Style::default()
        };
        let (text, miette, _) = render_both_ways(&report, &style);
        assert_eq!(text, miette);
        assert!(
            text.contains("(hier beginnt der Text: bei mixed.guideline:2:8, in einer Zeile, die zu lang zum Anzeigen ist)"),
            "{text}"
        );
        // A text that runs on from a long line: the help names its line.
        let text = drawn_both_ways(&format!(
            "guideline \"T\" {{\n  goal \"{long}\n  owner hr\n  goal \"b\"\n}}\n"
        ));
        assert!(text.contains("the text that starts on line 2"), "{text}");
        assert!(!text.contains("too long to show"), "{text}");
        assert!(
            text.contains("[mixed.guideline:4:9]\n 3 │   owner hr\n 4 │   goal \"b\"\n"),
            "{text}"
        );
    }

    /// A related label two lines or more away from a long one keeps the fast path; one whose
    /// label is left out goes to miette, and both draw it the same.
    #[test]
    fn a_left_out_label_far_from_the_findings_line() {
        let long = "x".repeat(MAX_SNIPPET_LINE + 1);
        let source = format!(
            "guideline \"T\" {{\n  rule \"A\" {{ }} # {long}\n\n\n\n  rule \"A\" {{ }}\n}}\n"
        );
        let text = drawn_both_ways(&source);
        assert!(
            text.contains("there is already a `rule \"A\"` (line 2)\n   ╭─[mixed.guideline:6:3]\n 5 │ \n 6 │   rule \"A\" { }\n"),
            "{text}"
        );
    }

    /// Related labels after the finding's line, one on a long line next to it and one far
    /// away: both left out, each named in words; the finding's own line is shown.
    #[test]
    fn related_labels_after_the_finding_on_long_lines() {
        let long = "x".repeat(MAX_SNIPPET_LINE + 1);
        let source = format!("guideline \"T\" {{\n  owner hr\n  # {long}\n}}\n\n\n# {long}\n");
        let mut report = check_source("mixed.guideline", &source, &Config::default());
        let owner = report
            .findings
            .iter_mut()
            .find(|f| f.rule == "missing-contact")
            .unwrap();
        for (at, message) in [
            (source.find("# x").unwrap(), "near"),
            (source.rfind("# x").unwrap(), "far"),
        ] {
            owner.related.push(Related {
                span: Span::new(at, at + 1),
                message: message.to_owned(),
            });
        }
        let wide = Style {
            width: 250,
            ..Style::default()
        };
        let (text, miette, _) = render_both_ways(&report, &wide);
        assert_eq!(text, miette);
        assert!(
            text.contains("(near: at mixed.guideline:3:3, on a line too long to show; far: at mixed.guideline:7:1, on a line too long to show)"),
            "{text}"
        );
        assert!(
            text.contains("[mixed.guideline:1:1]\n 1 │ guideline \"T\" {\n   · ──────┬──────\n   ·       ╰── no `contact` in this guideline\n 2 │   owner hr\n   ╰────\n"),
            "{text}"
        );
        assert!(!text.contains("xxxxxxxxxx"), "{text}");
    }

    #[test]
    fn lines_named_in_words() {
        assert!(names_line("`a` (line 2) and `b`", 2));
        assert!(names_line("that starts on line 12 should", 12));
        assert!(names_line("(Zeile 7)", 7));
        assert!(names_line("line 3", 3));
        assert!(!names_line("(line 23)", 2));
        assert!(!names_line("(line 2)", 23));
        assert!(!names_line("2 lines", 2));
        assert!(!names_line("", 1));
    }

    /// A long line two lines away from a label is not in its snippet: the fast path draws the
    /// finding, as miette does.
    #[test]
    fn a_long_line_beyond_the_context_changes_nothing() {
        let long = "a".repeat(MAX_SNIPPET_LINE + 1);
        for source in [
            format!("# {long}\n\nguideline \"X\" {{\n\n  # {long}\n}}\n"),
            format!("guideline \"X\" {{\n\n  # {long}\n}}\n"),
        ] {
            let report = check_source("far.guideline", &source, &Config::default());
            let (fast, miette, taken) = render_both_ways(&report, &Style::default());
            assert_eq!(fast, miette);
            assert_eq!(taken, report.findings.len(), "{fast}");
            assert!(!fast.contains("aaaaaaaaaa"), "{fast}");
        }
    }

    /// A `syntax-error` at the end of the file is zero-width there (SPEC §11.7): its label is
    /// drawn with miette's `▲` where `[path:line:column]` says, after the last character of the
    /// last line, or on the empty line after a final line break (it was left out: the snippet
    /// showed the lines before it and no label).
    #[test]
    fn a_label_at_the_end_of_the_file_is_drawn() {
        let cases = [
            // The source, and the label's line as shown (its number and text) and column.
            ("guideline \"X\" {\n  owner hr\n", 3, "", 1),
            ("guideline \"X\" {\r\n  owner hr\r\n", 3, "", 1),
            ("guideline \"X\" {\n  owner hr\n\n\n", 5, "", 1),
            ("guideline \"X\" {\n  owner hr", 2, "  owner hr", 11),
            (
                "guideline \"Ä\" {\n  goal \"ü€\" # ä",
                2,
                "  goal \"ü€\" # ä",
                16,
            ),
            ("", 1, "", 1),
            ("# only a comment", 1, "# only a comment", 17),
            ("guideline \"X\" {\n  goal \"open\n", 3, "", 1),
        ];
        for (source, number, shown, column) in cases {
            let report = check_source("end.guideline", source, &Config::default());
            assert_eq!(report.findings.len(), 1, "{source:?}");
            let (text, miette, _) = render_both_ways(&report, &Style::default());
            assert_eq!(text, miette);
            assert!(
                text.contains(&format!("[end.guideline:{number}:{column}]")),
                "{text}"
            );
            let lines: Vec<&str> = text.lines().collect();
            let line = format!(" {number} │ {shown}");
            let at = lines
                .iter()
                .position(|l| *l == line)
                .unwrap_or_else(|| panic!("{source:?}: no line {line:?}\n{text}"));
            assert_eq!(
                lines[at + 1],
                format!("   · {}▲", " ".repeat(column - 1)),
                "{text}"
            );
            assert!(lines[at + 2].contains("╰── the file ends"), "{text}");
            // The same with colour, which only miette draws.
            let coloured = Style {
                color: true,
                ..Style::default()
            };
            let (text, _, _) = render_both_ways(&report, &coloured);
            assert!(
                text.contains('▲') && text.contains("the file ends"),
                "{text}"
            );
        }
    }

    /// The windowed source gives miette exactly what the whole text gives it (with a space for
    /// each lone `\r`, and a line feed after the end for a span that reaches it), but for the
    /// position above a snippet, which is the finding's position as the line index gives it to
    /// every other format, and for `line_count`, which counts the lines of the snippet only (and
    /// the gap of [`snippet::JOINED_GAP`]).
    #[test]
    fn windowed_snippets_equal_whole_text_snippets() {
        let without_final_break = "\u{FEFF}guideline \"g\" {\r\n  owner hr\n\n  # ä€\r  rule \"r\" {\r\n    block facebook\n  }\n}\n\r\nend";
        let with_final_break = format!("{without_final_break}\n");
        for text in [without_final_break, &with_final_break] {
            let (starts, _) = scan_lines(text);
            let windowed = Windowed::new(text, starts, &[], true);
            let spaced = text.replace("€\r", "€ ");
            let with_line_feed = format!("{spaced}\n");
            let index = LineIndex::new(text);
            for start in 0..=text.len() {
                for len in [0, 1, 2, 5, 17, 40] {
                    if start + len > text.len() {
                        continue;
                    }
                    let whole: &str = if start + len == text.len() {
                        &with_line_feed
                    } else {
                        &spaced
                    };
                    for (before, after) in [(0, 0), (1, 1), (2, 3)] {
                        let span = SourceSpan::new(start.into(), len);
                        let a = whole.read_span(&span, before, after);
                        let b = windowed.read_span(&span, before, after);
                        let what = format!("{start}+{len} ({before}, {after})");
                        match (a, b) {
                            (Ok(a), Ok(b)) => {
                                assert_eq!(a.data(), b.data(), "{what}");
                                assert_eq!(a.span(), b.span(), "{what}");
                                // The lines of the snippet, not from the start of the text,
                                // and the gap the fast path joins.
                                assert_eq!(
                                    a.line_count() - a.line() + super::snippet::JOINED_GAP,
                                    b.line_count(),
                                    "{what}"
                                );
                                if before == 0 && text.is_char_boundary(start) {
                                    let at = index.position(text, start);
                                    assert_eq!(
                                        (b.line() + 1, b.column() + 1),
                                        (at.line, at.column)
                                    );
                                } else {
                                    assert_eq!(a.line(), b.line(), "{what}");
                                    assert_eq!(a.column(), b.column(), "{what}");
                                }
                            }
                            (Err(_), Err(_)) => {}
                            (a, b) => panic!("{what}: {:?} vs {:?}", a.is_ok(), b.is_ok()),
                        }
                    }
                }
            }
        }
    }

    /// `scan_lines` counts lines as SPEC §1 does (a line ends with `\n`; a lone `\r` ends
    /// none), and long lines between `\n`s.
    #[test]
    fn scanned_lines() {
        let long = "x".repeat(MAX_SNIPPET_LINE + 1);
        let texts = [
            String::new(),
            "a".to_owned(),
            "a\nb\r\nc\rd\r".to_owned(),
            "\r\n\n\r\r\n".to_owned(),
            format!("{long}\nshort\n{long}"),
            format!("a\r{long}\r\n{}\n", "y".repeat(MAX_SNIPPET_LINE)),
            format!("{}\r{}\n", "y".repeat(1500), "y".repeat(1500)),
        ];
        for text in &texts {
            let bytes = text.as_bytes();
            let mut starts = vec![0];
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\n' {
                    starts.push(i + 1);
                }
            }
            let long: Vec<usize> = text
                .split('\n')
                .enumerate()
                .filter(|(_, line)| line.len() > MAX_SNIPPET_LINE)
                .map(|(i, _)| i + 1)
                .collect();
            assert_eq!(
                scan_lines(text),
                (starts, long),
                "{:?}",
                &text[..text.len().min(20)]
            );
        }
    }

    /// The quick count of control characters says what a look at every character says.
    #[test]
    fn control_characters_are_found() {
        let naive = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            chars.iter().enumerate().any(|(i, &c)| match c {
                '\t' | '\n' => false,
                '\r' => chars.get(i + 1) != Some(&'\n'),
                c => c.is_control(),
            })
        };
        let mut texts: Vec<String> = ["", "a", "a\n", "a\r\nb\tc\n", "ü„x“ «»", "\r", "a\rb"]
            .iter()
            .map(|t| t.to_string())
            .collect();
        for c in ('\0'..='\u{a0}').chain(['\u{2028}', '\u{feff}']) {
            texts.push(format!("x\r\n{c}y\n"));
            texts.push(format!("{}{c}", "a\n".repeat(200)));
        }
        for text in &texts {
            let line_feeds = text.matches('\n').count();
            assert_eq!(
                has_control_characters(text, line_feeds),
                naive(text),
                "{text:?}"
            );
        }
    }

    /// Characters that turn the direction of text are found (as `is_bidi_control` tells them),
    /// and the source miette draws has none: each is a character of as many bytes and no
    /// column that turns nothing, so spans and columns stay.
    #[test]
    fn direction_controls_in_the_source_are_not_shown() {
        for c in ('\u{600}'..='\u{700}').chain('\u{2000}'..='\u{2100}') {
            let text = format!("rule \"a{c}b\" {{ }}\n");
            assert_eq!(
                has_bidi_controls(&text),
                crate::lang::is_bidi_control(c),
                "{c:?}"
            );
            if crate::lang::is_bidi_control(c) {
                let starts = vec![0, text.len()];
                let shown = Windowed::new(&text, starts, &[], true);
                assert_eq!(shown.len, text.len());
                assert!(
                    !shown.text.chars().any(crate::lang::is_bidi_control),
                    "{c:?}"
                );
                assert_eq!(
                    textwrap::core::display_width(&shown.text),
                    textwrap::core::display_width(&text.replace(c, "")),
                    "{c:?}"
                );
            }
        }
        let source = "guideline \"T\" {\n  rule \"a\u{202e}b\" { block tiktok for everyone }\n}\n";
        let report = check_source("x.guideline", source, &Config::default());
        let mut out = Vec::new();
        write_file(&report, &Style::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.chars().any(crate::lang::is_bidi_control), "{text}");
        assert!(text.contains("rule \"a\u{200b}b\""), "{text}");
    }

    #[test]
    fn control_characters_in_names_are_escaped() {
        assert_eq!(printable("a.guideline"), "a.guideline");
        assert_eq!(printable("a\n::error x"), "a\\n::error x");
        assert_eq!(printable("\u{1b}[31m\r\t"), "\\u{1b}[31m\\r\\t");
    }

    /// The table of scores pads the names to the columns they take on the terminal (audit 13:
    /// it counted characters, so wide CJK names pushed their row right, and a name with a
    /// combining accent, as macOS writes `é`, was a column short).
    #[test]
    fn the_table_of_scores_is_aligned_by_display_width() {
        use textwrap::core::display_width;
        let names = [
            "abcdef.guideline",
            "日本語.guideline",
            "cafe\u{301}.guideline",
            "caf\u{e9}.guideline",
            "a\u{1}b.guideline",
        ];
        let reports: Vec<FileReport> = names
            .iter()
            .map(|name| {
                check_source(
                    name,
                    "guideline \"T\" {\n  owner hr\n}\n",
                    &Config::default(),
                )
            })
            .collect();
        let mut out = Vec::new();
        write_summary(&reports, &Style::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(rows.len(), names.len(), "{text}");
        let columns: Vec<usize> = rows
            .iter()
            .map(|row| display_width(&row[..row.find("  score").unwrap()]))
            .collect();
        assert!(
            columns.iter().all(|&c| c == columns[0]),
            "{columns:?}\n{text}"
        );
        // The escaped control character counts as the escape shows it: the widest name.
        assert!(text.contains("  a\\u{1}b.guideline  score"), "{text}");
        assert!(text.contains("  日本語.guideline   score"), "{text}");
        assert!(text.contains("  cafe\u{301}.guideline     score"), "{text}");
    }

    /// A format width above 65 535 panics; names and widths are capped.
    #[test]
    fn huge_widths_are_capped() {
        let report = check_source(
            &"n".repeat(70_000),
            "guideline \"g\" { rule \"r\" { block facebook } }",
            &Config::default(),
        );
        let style = Style {
            width: 100_000,
            statistics: true,
            ..Style::default()
        };
        let mut out = Vec::new();
        write_file(&report, &style, &mut out).unwrap();
        write_summary(std::slice::from_ref(&report), &style, &mut out).unwrap();
    }
}
