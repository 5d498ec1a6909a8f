//! The fast path of the human output: a finding drawn the way miette's `GraphicalReportHandler`
//! draws it with the settings of `human.rs` (no colour, `unicode_nocolor` theme, no links, one
//! context line, `with_wrap_lines(false)`), for the simple cases only.
//!
//! miette stays the renderer of record: [`render`] answers `false` (writing nothing) at anything
//! it is not sure of — a label over more than one line, an empty label span, more than two labels or two on one
//! line, a tab, a lone `\r`, a character of unknown width before the end of a label, a label
//! text of several lines — and `human.rs` then asks miette. Drawing with miette was two thirds
//! of the time of a `check` with many findings; this needs a small fraction.
//!
//! What miette does, as read in `miette-7.6.0/src/handlers/graphical.rs` and `source_impls.rs`:
//! - the header is the code, then an empty line; the message and the help are only indented
//!   (`wrap` with `wrap_lines` off): the first line after `  × ` (`⚠`, `☞`), the others after
//!   `  │ `, the help after `  help: ` and eight spaces; a blank line gets the indent without its
//!   trailing spaces;
//! - the snippet shows the label's line and one line before and after it; the line after is left
//!   out when the label's line is the last one, or the last but an empty one after a final line
//!   break (`context_info` stops at the end of the text);
//! - `[path:line:column]` is the position of the label, as every format gives it (SPEC §9:
//!   columns count characters; miette itself counts bytes, and `human.rs` gives miette this
//!   position too);
//! - the underline starts and ends at display columns (Unicode widths) and has its `┬` at the
//!   middle; a label without text is underlined only;
//! - the line-number gutter is as wide as the number of the last line shown;
//! - two labels get one snippet each, or one snippet from the line before the first to the line
//!   after the second when at most [`JOINED_GAP`] lines would lie between the two (miette's
//!   test for overlapping snippets, given the lines of the first snippet and that gap as its
//!   `line_count`: `human.rs` gives it that, where miette's own sources give the lines from the
//!   start of the file and so merge snippets far apart, line 73 and line 97 into one of 27);
//!   the `[path:line:column]` of a merged snippet is the primary label's, of a single one its
//!   own label's;
//! - of two snippets, the primary label's comes first, so that the first `[path:line:column]`
//!   is always the finding's position (miette draws them in the order of the text, and
//!   `human.rs` moves the primary one to the front).
//!
//! `tests` compares this with miette case by case; `tests/it/render.rs` on whole files.

use super::wrap::{self, printable_ascii};
use crate::finding::Severity;

/// The most lines between the snippets of two labels that are shown rather than split the
/// snippet in two: a split takes two lines of frame and a second position to read, a gap this
/// small (a `}` and an empty line) is easier read as it is.
pub(super) const JOINED_GAP: usize = 2;

/// A finding as miette is given it; its texts as the finding has them, before they are filled.
pub(super) struct Report<'a> {
    /// The rule; the code shown is `guidelint::{rule}`.
    pub rule: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    /// The help: these texts one line after another (none, no help); each is filled but the
    /// last, where to read more (`guidelint explain RULE`, kept on one line to copy).
    pub help: &'a [&'a str],
    /// What starts the help: miette's `  help: `, or the same with another five-character word.
    pub help_first: &'a str,
    /// The width the texts are filled to ([`wrap::fill_lines`], less the indentation).
    pub width: usize,
    /// `None` for a file-level finding.
    pub snippet: Option<Snippet<'a>>,
}

/// Where a finding is.
pub(super) struct Snippet<'a> {
    /// The file's name as shown.
    pub name: &'a str,
    pub text: &'a str,
    /// Where each line of `text` starts (after each `\n`: a lone `\r` ends no line, and a
    /// snippet with one is left to miette).
    pub starts: &'a [usize],
    /// The primary label first, then the related ones.
    pub labels: &'a [Label<'a>],
}

/// A label as miette is given it.
pub(super) struct Label<'a> {
    /// Byte offset and length.
    pub start: usize,
    pub len: usize,
    /// `None` when it has no text.
    pub text: Option<&'a str>,
}

/// Appends the finding to `out` drawn as miette draws it; `false`, with nothing written, when
/// this is not sure to draw it the same.
pub(super) fn render(report: &Report<'_>, out: &mut Vec<u8>) -> bool {
    let plan = match &report.snippet {
        Some(snippet) => match Plan::new(snippet) {
            Some(plan) => Some(plan),
            None => return false,
        },
        None => None,
    };
    let shown = plan.as_ref().map_or(0, |p| p.window_len);
    let help: usize = report.help.iter().map(|h| h.len()).sum();
    out.reserve(2 * (report.message.len() + help) + 4 * shown + 128);
    push(out, "guidelint::");
    push(out, report.rule);
    push(out, "\n\n");
    let (icon, blank) = match report.severity {
        Severity::Error => ("  × ", "  ×"),
        Severity::Warning => ("  ⚠ ", "  ⚠"),
        Severity::Info => ("  ☞ ", "  ☞"),
    };
    let mut message = Indent::new(out, [icon, blank, "  │ ", "  │"]);
    wrap::fill_lines(report.message, report.width, 4, &mut |line| {
        message.line(line)
    });
    message.finish();
    if let (Some(snippet), Some(plan)) = (&report.snippet, plan) {
        plan.draw(snippet, out);
    }
    if !report.help.is_empty() {
        // A blank first line keeps miette's word: the German word replaces `  help: ` only.
        let mut help = Indent::new(out, [report.help_first, "  help:", "        ", ""]);
        for (i, text) in report.help.iter().enumerate() {
            if i + 1 == report.help.len() {
                // Where to read more: a command to copy, kept on one line.
                help.line(text);
            } else {
                wrap::fill_lines(text, report.width, 8, &mut |line| help.line(line));
            }
        }
        help.finish();
    }
    true
}

/// miette's `wrap` without wrapping (the lines are filled already), then the line break of its
/// `writeln!`, for a text given line by line: the first line after one indentation, the others
/// after another; a blank line after the same without its trailing spaces.
struct Indent<'o, 't> {
    out: &'o mut Vec<u8>,
    /// For the first line, for a blank first line, for the others, for a blank other line.
    indents: [&'t str; 4],
    /// The lines given so far.
    count: usize,
    /// The last line given, not yet written: miette splits the text with `split_terminator`,
    /// so an empty last line is not one.
    pending: &'t str,
}

impl<'o, 't> Indent<'o, 't> {
    fn new(out: &'o mut Vec<u8>, indents: [&'t str; 4]) -> Self {
        Indent {
            out,
            indents,
            count: 0,
            pending: "",
        }
    }

    fn line(&mut self, line: &'t str) {
        if self.count > 0 {
            self.write(self.pending, self.count - 1);
        }
        self.pending = line;
        self.count += 1;
    }

    /// Line `i` (0-based).
    fn write(&mut self, line: &str, i: usize) {
        if i > 0 {
            self.out.push(b'\n');
        }
        let indent = self.indents[2 * usize::from(i > 0) + usize::from(is_blank(line))];
        push(self.out, indent);
        push(self.out, line);
    }

    fn finish(mut self) {
        if self.count > 0 {
            let last = self.count - 1;
            if !self.pending.is_empty() {
                self.write(self.pending, last);
            } else if last > 0 {
                // The text ended with a line break.
                self.out.push(b'\n');
            }
        }
        self.out.push(b'\n');
    }
}

/// `line.trim().is_empty()`, at a glance for a line that starts with a visible ASCII character.
fn is_blank(line: &str) -> bool {
    match line.as_bytes().first() {
        Some(&b) if b > b' ' && b < 0x80 => false,
        _ => line.trim().is_empty(),
    }
}

/// What the snippets show, worked out before anything is written.
struct Plan<'a> {
    /// In the order of the text: `labels[..label_count]`.
    labels: [Placed<'a>; 2],
    label_count: usize,
    /// `contexts[..context_count]`, in the order of the text.
    contexts: [Context; 2],
    context_count: usize,
    /// Which of `labels` is the primary one (the finding's own).
    primary: usize,
    /// The bytes shown.
    window_len: usize,
}

/// A label on its line.
#[derive(Clone, Copy)]
struct Placed<'a> {
    /// Its line and its column there (both 0-based; the column counts characters).
    line: usize,
    column: usize,
    /// Where its underline starts and ends (display columns).
    from: usize,
    to: usize,
    text: Option<&'a str>,
}

/// One snippet: lines `first..=last` (0-based), with the position of label `header` above.
#[derive(Clone, Copy)]
struct Context {
    first: usize,
    last: usize,
    header: usize,
}

impl<'a> Plan<'a> {
    fn new(s: &Snippet<'a>) -> Option<Plan<'a>> {
        let (first, second) = match s.labels {
            [one] => (place(s, one)?, None),
            [one, two] => (place(s, one)?, Some(place(s, two)?)),
            _ => return None,
        };
        let mut labels = [first, second.unwrap_or(first)];
        let label_count = if second.is_some() { 2 } else { 1 };
        // miette sorts the labels by offset: the primary one is first unless it is later.
        let primary = if label_count == 2 && labels[1].line < labels[0].line {
            labels.swap(0, 1);
            1
        } else {
            0
        };
        if label_count == 2 && labels[0].line == labels[1].line {
            return None;
        }
        // The lines miette reads around a label (`context_info` with one line before and after).
        let breaks = s.starts.len() - 1;
        let first_shown = |line: usize| line.saturating_sub(1);
        let last_shown = |line: usize| match s.starts.get(line + 1) {
            Some(&next) if next < s.text.len() => line + 1,
            _ => line,
        };
        // The line breaks from the start of the file to the end of the snippet around `line`:
        // the line after the snippet (the one after the line after the label), or past the end.
        let after_snippet = |line: usize| (line + 2).min(breaks);
        let left = &labels[0];
        let mut contexts = [Context {
            first: first_shown(left.line),
            last: last_shown(left.line),
            header: 0,
        }; 2];
        let mut context_count = 1;
        if label_count == 2 {
            let right = &labels[1];
            // The snippets overlap, or at most `JOINED_GAP` lines lie between them.
            if after_snippet(left.line) + JOINED_GAP >= first_shown(right.line) {
                contexts[0].last = last_shown(right.line);
                contexts[0].header = primary;
            } else {
                contexts[1] = Context {
                    first: first_shown(right.line),
                    last: last_shown(right.line),
                    header: 1,
                };
                context_count = 2;
            }
        }
        let mut window_len = 0;
        for c in &contexts[..context_count] {
            let end = s.starts.get(c.last + 1).map_or(s.text.len(), |&e| e);
            let window = &s.text.as_bytes()[s.starts[c.first]..end];
            // A tab or a lone `\r`.
            for i in memchr::memchr2_iter(b'\t', b'\r', window) {
                if window[i] == b'\t' || window.get(i + 1) != Some(&b'\n') {
                    return None;
                }
            }
            window_len += window.len();
        }
        Some(Plan {
            labels,
            label_count,
            contexts,
            context_count,
            primary,
            window_len,
        })
    }

    fn draw(&self, s: &Snippet<'_>, out: &mut Vec<u8>) {
        let labels = &self.labels[..self.label_count];
        let mut contexts = self.contexts;
        // The primary label's snippet first.
        if self.context_count == 2 && contexts[1].header == self.primary {
            contexts.swap(0, 1);
        }
        for c in &contexts[..self.context_count] {
            let gutter = digits(c.last + 1);
            let header = &self.labels[c.header];
            push(out, margin(TOP, gutter));
            push(out, s.name);
            out.push(b':');
            push_number(out, header.line + 1);
            out.push(b':');
            push_number(out, header.column + 1);
            push(out, "]\n");
            for n in c.first..=c.last {
                push_line_number(out, n + 1, gutter);
                push(out, content(s, n));
                out.push(b'\n');
                if let Some(label) = labels.iter().find(|l| l.line == n) {
                    label.draw(margin(DOTS, gutter), out);
                }
            }
            push(out, margin(BOTTOM, gutter));
        }
    }
}

/// A label's line and columns; `None` unless it is one line, not empty, of known width.
fn place<'a>(s: &Snippet<'a>, label: &Label<'a>) -> Option<Placed<'a>> {
    let text = s.text;
    let end = label.start.checked_add(label.len)?;
    if label.len == 0
        || end > text.len()
        || !text.is_char_boundary(label.start)
        || !text.is_char_boundary(end)
        || label
            .text
            .is_some_and(|l| crate::search::find(b'\n', l.as_bytes()).is_some())
        || crate::search::find2(b'\n', b'\r', &text.as_bytes()[label.start..end]).is_some()
    {
        return None;
    }
    let line = s
        .starts
        .partition_point(|&at| at <= label.start)
        .checked_sub(1)?;
    let line_start = s.starts[line];
    let from = width(&text[line_start..label.start])?;
    let to = from + width(&text[label.start..end])?;
    Some(Placed {
        line,
        column: crate::span::column_in_line(text, line_start, label.start) - 1,
        from,
        to: to.max(from + 1),
        text: label.text,
    })
}

impl Placed<'_> {
    /// The underline, and the label's text below it, after `dots` (` {:gutter$} · `).
    fn draw(&self, dots: &str, out: &mut Vec<u8>) {
        let middle = (self.from + self.to) / 2;
        push(out, dots);
        push_spaces(out, self.from);
        push_lines(out, middle - self.from);
        push(out, if self.text.is_some() { "┬" } else { "─" });
        push_lines(out, self.to - middle - 1);
        out.push(b'\n');
        if let Some(text) = self.text {
            push(out, dots);
            push_spaces(out, middle);
            push(out, "╰── ");
            push(out, text);
            out.push(b'\n');
        }
    }
}

/// Line `n` of the snippet's text without its line break.
fn content<'a>(s: &Snippet<'a>, n: usize) -> &'a str {
    let start = s.starts[n];
    let end = s.starts.get(n + 1).map_or(s.text.len(), |&e| e);
    let line = &s.text[start..end];
    let line = line.strip_suffix('\n').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

/// The display columns of `text` as miette counts them (Unicode widths), for the characters
/// whose width is certain: printable ASCII, Latin letters and signs (`ä`, `ß`, `é`, `«`),
/// dashes, quotes and `€`. `None` for anything else (tabs, control and zero-width characters,
/// wide characters).
fn width(text: &str) -> Option<usize> {
    if let Some(columns) = narrow_width(text) {
        return Some(columns);
    }
    let mut columns = 0;
    for c in text.chars() {
        let one = matches!(c,
            ' '..='~'
            | '\u{A0}'..='\u{AC}' // Latin-1 signs, without the soft hyphen
            | '\u{AE}'..='\u{24F}' // Latin-1 letters, Latin Extended-A and -B
            | '\u{2013}' | '\u{2014}' // en and em dash
            | '\u{2018}'..='\u{201E}' // quotation marks
            | '\u{2026}' // ellipsis
            | '\u{20AC}' // euro sign
        );
        if !one {
            return None;
        }
        columns += 1;
    }
    Some(columns)
}

/// The columns of `text` when it is printable ASCII and letters U+00C0 to U+023F (`ä`, `ß`,
/// `é`: German text), one column each; `None` for anything else. Those letters take two bytes,
/// the first of them 0xC3 to 0xC8, so the columns are the bytes less those first bytes: counted
/// many bytes at a time, without decoding a character. (`text` is UTF-8: every other byte above
/// ASCII continues one of those letters.)
fn narrow_width(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if printable_ascii(bytes) {
        return Some(bytes.len());
    }
    // Two passes without an early exit each, so that both are vectorized.
    let first = |b: u8| b.wrapping_sub(0xC3) < 6;
    let narrow = bytes.iter().fold(true, |all, &b| {
        all & ((b.wrapping_sub(b' ') < 95) | first(b) | (b & 0xC0 == 0x80))
    });
    narrow.then(|| bytes.len() - bytes.iter().filter(|&&b| first(b)).count())
}

fn digits(n: usize) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

fn push(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(text.as_bytes());
}

/// The most digits of a `usize`.
const MAX_DIGITS: usize = 20;

/// The lines of a snippet's frame: the margin of the gutter, then its mark (`╭─[`, `·`, `╰────`).
/// [`margin`] takes as many of the spaces as the gutter needs.
const TOP: &str = "                      ╭─[";
const DOTS: &str = "                      · ";
const BOTTOM: &str = "                      ╰────\n";

/// `frame` after `gutter + 2` spaces, as miette writes `{:gutter$}` with a space on either side
/// (the frames start with `MAX_DIGITS + 2` spaces).
fn margin(frame: &'static str, gutter: usize) -> &'static str {
    &frame[MAX_DIGITS - gutter.min(MAX_DIGITS)..]
}

/// `00` to `99`, two digits at a time for [`write_digits`].
const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Writes `digits` right-aligned in `buf[..end]` (where they fit); returns where they start.
/// Two digits at a time: line numbers are written for every line of every snippet.
fn write_digits(buf: &mut [u8], end: usize, mut n: usize) -> usize {
    let mut at = end;
    while n >= 100 {
        let pair = 2 * (n % 100);
        n /= 100;
        at -= 2;
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        at -= 2;
        buf[at..at + 2].copy_from_slice(&DIGIT_PAIRS[2 * n..2 * n + 2]);
    } else {
        at -= 1;
        buf[at] = b'0' + n as u8;
    }
    at
}

/// `n` in decimal, without `core::fmt`.
fn push_number(out: &mut Vec<u8>, n: usize) {
    let mut buf = [0u8; MAX_DIGITS];
    let at = write_digits(&mut buf, MAX_DIGITS, n);
    out.extend_from_slice(&buf[at..]);
}

/// ` {n:>gutter$} │ `, the start of a line of the snippet, in one copy.
fn push_line_number(out: &mut Vec<u8>, n: usize, gutter: usize) {
    const BAR: &[u8] = " │ ".as_bytes();
    let mut buf = [b' '; 1 + MAX_DIGITS + BAR.len()];
    let end = 1 + gutter.min(MAX_DIGITS);
    write_digits(&mut buf, end, n);
    buf[end..end + BAR.len()].copy_from_slice(BAR);
    out.extend_from_slice(&buf[..end + BAR.len()]);
}

/// Slices of a run of spaces or of `─`, so that a line of underline is a few copies, not a push
/// per character.
const SPACES: &str = "                                                                ";
const LINES: &str = "────────────────────────────────────────────────────────────────";

/// `n` spaces.
fn push_spaces(out: &mut Vec<u8>, n: usize) {
    let mut left = n;
    while left > 0 {
        let take = left.min(SPACES.len());
        push(out, &SPACES[..take]);
        left -= take;
    }
}

/// `n` times `─`.
fn push_lines(out: &mut Vec<u8>, n: usize) {
    const EACH: usize = '─'.len_utf8();
    let mut left = n;
    while left > 0 {
        let take = left.min(LINES.len() / EACH);
        out.extend_from_slice(&LINES.as_bytes()[..take * EACH]);
        left -= take;
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::super::human::{render_both_ways, Style};
    use crate::finding::{Finding, Related, RuleCategory, Severity, Suppression};
    use crate::lang::Lang;
    use crate::span::Span;
    use crate::{FileReport, Verdict};

    fn finding(span: Option<(usize, usize)>, label: &str) -> Finding {
        Finding {
            rule: Cow::Borrowed("unknown-term"),
            category: RuleCategory::Correctness,
            severity: Severity::Error,
            span: span.map(|(start, end)| Span::new(start, end)),
            label: label.to_owned().into(),
            message: "unknown audience `x`".to_owned(),
            help: Some("use a known audience".into()),
            related: Vec::new(),
            suppressed: None,
        }
    }

    /// The label on the first occurrence of `needle` in `source`.
    fn at(source: &str, needle: &str) -> Option<(usize, usize)> {
        let start = source.find(needle).expect("needle in source");
        Some((start, start + needle.len()))
    }

    fn report(source: &str, findings: Vec<Finding>) -> FileReport {
        FileReport {
            path: "draft.guideline".to_owned(),
            source: source.to_owned(),
            findings,
            score: None,
            verdict: Verdict::Open,
        }
    }

    /// Draws the findings both ways at several widths, in both languages; asserts that the
    /// drawings are equal and returns how many findings the fast path drew (per drawing).
    fn compare(source: &str, findings: Vec<Finding>) -> usize {
        let report = report(source, findings);
        let mut taken = Vec::new();
        for width in [40, 80, 100, 250] {
            for lang in Lang::ALL {
                let style = Style {
                    width,
                    lang,
                    show_suppressed: true,
                    ..Style::default()
                };
                let (fast, miette, n) = render_both_ways(&report, &style);
                assert_eq!(fast, miette, "width {width}, {lang:?}\n{fast}\n{miette}");
                taken.push(n);
            }
        }
        assert!(taken.windows(2).all(|w| w[0] == w[1]), "{taken:?}");
        taken[0]
    }

    /// One finding on `needle`, drawn by the fast path and equal to miette's drawing.
    fn drawn(source: &str, needle: &str) {
        assert_eq!(
            compare(source, vec![finding(at(source, needle), "here")]),
            1
        );
    }

    /// One finding on `needle`, left to miette (and so equal to it).
    fn left_to_miette(source: &str, span: Option<(usize, usize)>) {
        assert_eq!(compare(source, vec![finding(span, "here")]), 0);
    }

    const SOURCE: &str = "guideline \"g\" {\n  owner hr\n  audience staff\n  rule \"r\" {\n    block facebook\n  }\n}\n";

    #[test]
    fn each_severity() {
        for severity in [Severity::Error, Severity::Warning, Severity::Info] {
            let mut f = finding(at(SOURCE, "staff"), "unknown audience");
            f.severity = severity;
            let mut file_level = finding(None, "");
            file_level.severity = severity;
            assert_eq!(compare(SOURCE, vec![file_level, f]), 2);
        }
    }

    #[test]
    fn file_level_findings() {
        assert_eq!(compare(SOURCE, vec![finding(None, "")]), 1);
        assert_eq!(compare("", vec![finding(None, "")]), 1);
        let mut suppressed = finding(None, "");
        suppressed.suppressed = Some(Suppression {
            reason: Some("agreed with HR".to_owned()),
        });
        assert_eq!(compare(SOURCE, vec![suppressed]), 1);
    }

    #[test]
    fn labels_with_and_without_text() {
        let f = |label: &str| finding(at(SOURCE, "facebook"), label);
        assert_eq!(compare(SOURCE, vec![f(""), f("a label"), f("x")]), 3);
    }

    #[test]
    fn the_first_and_the_last_lines() {
        drawn(SOURCE, "guideline");
        drawn(SOURCE, "\"g\"");
        let last = SOURCE.len() - 2;
        assert_eq!(
            compare(SOURCE, vec![finding(Some((last, last + 1)), "end")]),
            1
        );
        // Without a final line break; the label at the end of the file.
        let source = "guideline \"g\" {\n  owner hr\n}";
        drawn(source, "}");
        drawn(source, "hr");
        drawn("one line", "line");
        drawn("one line\n", "line");
        drawn("one line\n\n", "line");
        drawn("one line\n\n\n", "line");
    }

    #[test]
    fn crlf_line_breaks() {
        let source = SOURCE.replace('\n', "\r\n");
        drawn(&source, "hr");
        drawn(&source, "guideline");
        let last = source.len() - 3;
        assert_eq!(
            compare(&source, vec![finding(Some((last, last + 1)), "end")]),
            1
        );
        drawn("a\r\nb\r\nc", "c");
        drawn("a\r\nb\r\n\r\n", "b");
    }

    #[test]
    fn empty_context_lines() {
        drawn("guideline \"g\" {\n\n  owner hr\n\n}\n", "hr");
        drawn("\n\nx\n\n", "x");
        drawn("\r\n\r\nx\r\n\r\n", "x");
    }

    #[test]
    fn the_gutter_grows_with_the_line_numbers() {
        let source: String = (1..=120).map(|n| format!("line <{n}>\n")).collect();
        for n in [1, 8, 9, 10, 11, 98, 99, 100, 101, 120] {
            drawn(&source, &format!("<{n}>"));
        }
    }

    #[test]
    fn messages_and_help_of_several_lines() {
        let long = "word ".repeat(60);
        let mut f = finding(at(SOURCE, "hr"), "a label");
        f.message = format!("{long}\nsecond line\n\n   \nlast");
        f.help = Some(format!("{long}\n\nand more\n").into());
        let mut g = f.clone();
        g.span = None;
        g.help = None;
        let mut empty = f.clone();
        empty.message = String::new();
        empty.help = Some("".into());
        assert_eq!(compare(SOURCE, vec![f, g, empty]), 3);
    }

    /// A blank first line of help keeps miette's `help:` in German too (see `relabel_help`).
    #[test]
    fn help_with_a_blank_first_line() {
        let mut f = finding(at(SOURCE, "hr"), "a label");
        f.help = Some("\nthen this".into());
        let mut g = f.clone();
        g.help = Some("   \nthen this".into());
        assert_eq!(compare(SOURCE, vec![f, g]), 2);
    }

    #[test]
    fn characters_of_known_width() {
        let signs = "–—‘’‚“”„…€";
        let chars = ('\u{A0}'..='\u{24F}')
            .filter(|&c| c != '\u{AD}')
            .chain(signs.chars());
        for c in chars {
            let source = format!("guideline \"{c}{c}\" {{\n  owner h{c}r x\n}}\n");
            drawn(&source, "x");
            drawn(&source, &format!("h{c}r"));
            drawn(&source, &format!("\"{c}"));
        }
        drawn("über ä\nöffnen ß straße\nÄÖÜ\n", "straße");
    }

    /// Other characters: equal where the fast path takes them, left to miette before the label.
    #[test]
    fn other_characters() {
        for c in ['\u{AD}', '\u{FEFF}', '\u{200B}', '\u{301}', '中', '😀'] {
            let source = format!("guideline \"{c}\" {{\n  owner hr{c} x\n}}\n");
            let before = source.find(" x").unwrap() + 1;
            left_to_miette(&source, Some((before, before + 1)));
            left_to_miette(&source, at(&source, &format!("hr{c}")));
            // After the label, or on a context line, a character is only copied.
            drawn(&source, "hr");
            drawn(&source, "owner");
        }
        // A file with a control character (but tab, line feed and CR LF) goes to miette, which
        // is given spaces (and `·` for C1 controls) in their place: none reaches the terminal.
        for c in ['\u{1b}', '\0', '\u{7f}', '\u{9b}', '\u{7}'] {
            let source = format!("guideline \"{c}\" {{\n  owner hr{c} x\n}}\n");
            let report = report(&source, vec![finding(at(&source, "hr"), "here")]);
            let (fast, miette, taken) = render_both_ways(&report, &Style::default());
            assert_eq!((&fast, taken), (&miette, 0));
            assert!(
                !fast.chars().any(|c| c.is_control() && c != '\n'),
                "{fast:?}"
            );
            left_to_miette(&source, at(&source, "owner"));
        }
    }

    #[test]
    fn tabs_are_left_to_miette() {
        left_to_miette("a\tb\n", Some((2, 3)));
        left_to_miette("a\nb c\n\td\n", Some((2, 3)));
        left_to_miette("\ta\nb c\nd\n", Some((4, 5)));
        // Two lines away, a tab is not shown.
        drawn("\ta\nb\nc d\ne\n\tf\n", "d");
    }

    #[test]
    fn lone_carriage_returns_are_left_to_miette() {
        left_to_miette("a\rb c\n", Some((4, 5)));
        left_to_miette("a\nb c\rd\n", Some((2, 3)));
        left_to_miette("a\nb c\n\rd\n", Some((2, 3)));
    }

    #[test]
    fn spans_miette_draws_differently_are_left_to_it() {
        // Empty, over a line break, past the end of the text.
        left_to_miette(SOURCE, Some((20, 20)));
        left_to_miette(SOURCE, Some((20, 30)));
        left_to_miette(SOURCE, Some((SOURCE.len() - 1, SOURCE.len())));
        left_to_miette("ab", Some((1, 3)));
        // A label of several lines.
        assert_eq!(
            compare(SOURCE, vec![finding(at(SOURCE, "hr"), "two\nlines")]),
            0
        );
    }

    /// A finding on `primary` with a related label on `related` (both 1-based lines of
    /// [`numbered`] text), and how many findings the fast path drew.
    fn with_related(source: &str, primary: usize, related: usize, message: &str) -> usize {
        let mut f = finding(at(source, &format!("<{primary}>")), "this");
        let (start, end) = at(source, &format!("<{related}>")).unwrap();
        f.related.push(Related {
            span: Span::new(start, end),
            message: message.to_owned(),
        });
        compare(source, vec![f])
    }

    /// Lines `line <1>` to `line <n>`.
    fn numbered(n: usize) -> String {
        (1..=n).map(|i| format!("line <{i}>\n")).collect()
    }

    /// The top lines (`╭─[path:line:column]`) of a finding with a related label, drawn both
    /// ways (equal) without colour, and by miette in colour with its escapes taken out.
    fn tops(source: &str, primary: usize, related: usize) -> (Vec<String>, Vec<String>) {
        let mut f = finding(at(source, &format!("<{primary}>")), "this");
        let (start, end) = at(source, &format!("<{related}>")).unwrap();
        f.related.push(Related {
            span: Span::new(start, end),
            message: "and this".to_owned(),
        });
        let report = report(source, vec![f]);
        let tops = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.contains("╭─["))
                .map(|l| l.trim().to_owned())
                .collect()
        };
        let (fast, miette, _) = render_both_ways(&report, &Style::default());
        assert_eq!(fast, miette);
        let colour = Style {
            color: true,
            ..Style::default()
        };
        let (coloured, _, _) = render_both_ways(&report, &colour);
        let plain = coloured
            .split('\x1b')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    &part[part.find('m').unwrap() + 1..]
                }
            })
            .collect::<String>();
        (tops(&fast), tops(&plain))
    }

    /// Two snippets, the finding's own first, as soon as more than `JOINED_GAP` lines lie
    /// between them, wherever they are in the file; one snippet, headed by the finding's
    /// position, when they are closer.
    #[test]
    fn the_first_position_shown_is_the_findings() {
        let source = numbered(300);
        let at = |line: usize| format!("╭─[draft.guideline:{line}:6]");
        for (primary, related) in [(20, 7), (255, 208), (7, 20), (208, 255), (120, 149)] {
            let (plain, coloured) = tops(&source, primary, related);
            assert_eq!(plain, [at(primary), at(related)], "{primary} {related}");
            assert_eq!(coloured, plain, "{primary} {related}");
        }
        // Drawn by miette without colour (a tab in a snippet), the same.
        let tabbed = source.replace("line <208>", "\tline <208>");
        let (plain, _) = tops(&tabbed, 255, 208);
        assert_eq!(plain, [at(255), "╭─[draft.guideline:208:7]".to_owned()]);
        // Lines 9 to 11 and 15 to 17: three lines between.
        let (plain, _) = tops(&source, 16, 10);
        assert_eq!(plain, [at(16), at(10)]);
        // Lines 9 to 11 and 14 to 16: two lines between, shown.
        for (primary, related) in [(15, 10), (10, 15), (11, 10), (210, 206)] {
            let (plain, coloured) = tops(&source, primary, related);
            assert_eq!(plain, [at(primary)], "{primary} {related}");
            assert_eq!(coloured, plain, "{primary} {related}");
        }
    }

    /// The two ways agree on which snippets are joined, near the start of the file and further
    /// down, with the related label before or after.
    #[test]
    fn one_related_label_before_or_after_near_or_far() {
        let source = numbered(120);
        for (a, b) in [
            (1, 2),
            (1, 3),
            (1, 4),
            (1, 5),
            (1, 6),
            (2, 5),
            (2, 6),
            (2, 7),
            (2, 8),
            (3, 8),
            (3, 9),
            (3, 10),
            (5, 12),
            (5, 13),
            (5, 14),
            (10, 22),
            (10, 23),
            (40, 80),
            (40, 81),
            (40, 82),
            (60, 120),
            (100, 118),
        ] {
            assert_eq!(with_related(&source, a, b, "and this"), 1, "{a} {b}");
            assert_eq!(with_related(&source, b, a, "and this"), 1, "{b} {a}");
        }
        assert_eq!(with_related(&source, 7, 9, ""), 1);
    }

    #[test]
    fn related_labels_at_the_end_of_the_file() {
        for tail in ["", "\n", "\n\n", "\nend", "\nend\n"] {
            let source = format!("line <1>\nline <2>\nline <3>\nline <4>{tail}");
            let crlf = source.replace('\n', "\r\n");
            for source in [&source, &crlf] {
                for (a, b) in [(1, 4), (2, 4), (3, 4), (1, 3), (1, 2)] {
                    assert_eq!(
                        with_related(source, a, b, "and this"),
                        1,
                        "{a} {b} {source:?}"
                    );
                    assert_eq!(
                        with_related(source, b, a, "and this"),
                        1,
                        "{b} {a} {source:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn what_is_left_to_miette_with_related_labels() {
        let source = "line <1> <2>\nline <3>\n\tline <4>\nline <5>\n";
        // Two labels on one line.
        assert_eq!(with_related(source, 1, 2, "and this"), 0);
        assert_eq!(with_related(source, 2, 1, "and this"), 0);
        // A tab in the merged snippet, though not next to a label.
        assert_eq!(with_related(source, 3, 5, "and this"), 0);
        // A related label of several lines.
        assert_eq!(with_related(source, 1, 3, "and\nthis"), 0);
        // Two related labels.
        let mut f = finding(at(source, "<1>"), "this");
        for needle in ["<3>", "<5>"] {
            let (start, end) = at(source, needle).unwrap();
            f.related.push(Related {
                span: Span::new(start, end),
                message: "and this".to_owned(),
            });
        }
        assert_eq!(compare(source, vec![f]), 0);
    }

    /// A file-level finding has no snippet, whatever its related labels.
    #[test]
    fn related_labels_of_a_file_level_finding() {
        let mut f = finding(None, "");
        f.related.push(Related {
            span: Span::new(0, 5),
            message: "here".to_owned(),
        });
        assert_eq!(compare(SOURCE, vec![f]), 1);
    }

    #[test]
    fn frames_and_numbers() {
        use super::{margin, push_line_number, push_number, BOTTOM, DOTS, MAX_DIGITS, TOP};
        for frame in [TOP, DOTS, BOTTOM] {
            let spaces = frame.len() - frame.trim_start_matches(' ').len();
            assert_eq!(spaces, MAX_DIGITS + 2, "{frame:?}");
            assert_eq!(margin(frame, 3), &frame[MAX_DIGITS - 3..]);
        }
        for n in (0..10_100).chain([12345, 999_999, 1_000_000, usize::MAX]) {
            let mut out = Vec::new();
            push_number(&mut out, n);
            assert_eq!(out, n.to_string().as_bytes());
            let digits = n.to_string().len();
            for gutter in [digits, (digits + 1).min(MAX_DIGITS), MAX_DIGITS] {
                let mut out = Vec::new();
                push_line_number(&mut out, n, gutter);
                assert_eq!(out, format!(" {n:>gutter$} │ ").as_bytes());
            }
        }
    }

    /// German letters are counted by their first bytes; what that counts is what Unicode's
    /// widths (miette's measure) give, and every other character goes the slow way.
    #[test]
    fn narrow_widths_are_unicode_widths() {
        use super::narrow_width;
        use textwrap::core::display_width;
        assert_eq!(narrow_width("Äußerungen für Öl"), Some(17));
        assert_eq!(narrow_width("plain ascii"), Some(11));
        for c in ('\0'..='\u{800}').chain(['…', '„', '€', '–', '中', '\u{feff}']) {
            for text in [format!("{c}"), format!("a{c}ä"), format!("ß{c}{c} z")] {
                match narrow_width(&text) {
                    Some(columns) => assert_eq!(columns, display_width(&text), "{text:?}"),
                    None => assert!(
                        !(' '..='~').contains(&c) && !('\u{C0}'..='\u{23F}').contains(&c),
                        "{text:?}"
                    ),
                }
            }
        }
    }

    #[test]
    fn colour_is_left_to_miette() {
        let report = report(SOURCE, vec![finding(at(SOURCE, "hr"), "here")]);
        let style = Style {
            color: true,
            ..Style::default()
        };
        let (fast, miette, taken) = render_both_ways(&report, &style);
        assert_eq!((fast, taken), (miette, 0));
    }
}
