//! Filling a finding's message and help to the terminal width for miette.
//!
//! miette wraps with textwrap, which is general (any word separator and splitter, ANSI escapes,
//! Unicode widths) and cost a quarter of all the time of `check` with many findings. The human
//! output asks for the simplest kind of wrapping — first fit, lines break at spaces only, a word
//! is split only when it alone is wider than a line — so this module fills the text itself and
//! miette only indents it (`with_wrap_lines(false)`). The lines are the ones textwrap makes with
//! those options; a test compares the two on random text.

use textwrap::core::{display_width, Word};

/// The columns a word takes: its length when it is printable ASCII (nearly every word here),
/// otherwise textwrap's measure (Unicode widths, ANSI escape sequences take none).
pub(super) fn width(word: &str) -> usize {
    if printable_ascii(word.as_bytes()) {
        word.len()
    } else {
        display_width(word)
    }
}

/// [`fill_into`] a new string.
#[cfg(test)]
pub fn fill(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    fill_into(text, width, indent, &mut out);
    out
}

/// The lines of [`fill_lines`] with a line break between two, appended to `out`.
pub fn fill_into(text: &str, width: usize, indent: usize, out: &mut String) {
    let mut first = true;
    fill_lines(text, width, indent, &mut |line| {
        if !first {
            out.push('\n');
        }
        first = false;
        out.push_str(line);
    });
}

/// `text` filled to `width` columns, of which `indent` are taken by the indentation miette puts
/// before every line, given line by line to `emit` (without line breaks; at least one line).
/// Each line of `text` is filled on its own; spaces at a line break are dropped, other spaces
/// kept.
pub fn fill_lines<'t>(text: &'t str, width: usize, indent: usize, emit: &mut impl FnMut(&'t str)) {
    let room = width.saturating_sub(indent);
    let mut rest = text;
    while let Some(i) = crate::search::find(b'\n', rest.as_bytes()) {
        fill_line(&rest[..i], room, emit);
        rest = &rest[i + 1..];
    }
    fill_line(rest, room, emit);
}

/// Whether every byte is printable ASCII (`' '..='~'`). Without an early exit, so that it is
/// checked many bytes at a time.
pub(super) fn printable_ascii(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(true, |all, &b| all & (b.wrapping_sub(b' ') < 95))
}

/// One line of text: words are runs of non-spaces with the spaces after them (a line that
/// starts with spaces starts with an empty word that carries them).
fn fill_line<'t>(line: &'t str, room: usize, emit: &mut impl FnMut(&'t str)) {
    // A line that fits as it is: no character takes more columns than it has bytes, so a line
    // of no more bytes than the room fits; only the spaces at its end are dropped.
    if line.len() <= room {
        emit(line.trim_end_matches(' '));
    } else if room > 0 && printable_ascii(line.as_bytes()) {
        fill_ascii(line, room, emit);
    } else {
        fill_words(line, room, emit);
    }
}

/// [`fill_line`] for a line of printable ASCII, where a character is a column: a word fits on
/// the output line that starts at `line_start` when it ends at most `room` bytes after it, so
/// each output line ends at the last word end at or before `line_start + room`, found by
/// looking back from there.
fn fill_ascii<'t>(line: &'t str, room: usize, emit: &mut impl FnMut(&'t str)) {
    let bytes = line.as_bytes();
    // Where the output line starts: a word's start, or the start of the line.
    let mut line_start = 0;
    loop {
        if bytes.len() - line_start <= room {
            emit(line[line_start..].trim_end_matches(' '));
            return;
        }
        // Less than `bytes.len()`.
        let limit = line_start + room;
        // A space at or before `limit`, after which the words that do not fit begin.
        let space = if bytes[limit] == b' ' {
            Some(limit)
        } else {
            crate::search::rfind(b' ', &bytes[line_start..limit]).map(|i| line_start + i)
        };
        let Some(mut end) = space else {
            // The first word is wider than a line: textwrap splits it into pieces of `room`
            // columns; the last piece is then placed like a word.
            emit(&line[line_start..limit]);
            line_start = limit;
            continue;
        };
        while end > line_start && bytes[end - 1] == b' ' {
            end -= 1;
        }
        emit(&line[line_start..end]);
        // The next word, unless only spaces follow.
        let Some(next) = bytes[end..].iter().position(|&b| b != b' ') else {
            return;
        };
        line_start = end + next;
    }
}

/// [`fill_line`] for any line, word by word.
fn fill_words<'t>(line: &'t str, room: usize, emit: &mut impl FnMut(&'t str)) {
    let bytes = line.as_bytes();
    let mut line_start = 0; // where the output line being filled starts in `line`
    let mut last_end = 0; // the end of its last word (without the spaces after it)
    let mut used = 0; // its columns, with the spaces after each word
    let mut words_on_line = 0;
    let mut start = 0;
    loop {
        let word_end = crate::search::find(b' ', &bytes[start..]).map_or(line.len(), |i| start + i);
        let mut space_end = word_end;
        while space_end < bytes.len() && bytes[space_end] == b' ' {
            space_end += 1;
        }
        let word = &line[start..word_end];
        let spaces = space_end - word_end;
        let word_width = width(word);
        let mut place = |piece_start: usize, piece_end: usize, piece_width: usize, gap: usize| {
            if words_on_line > 0 && used + piece_width > room {
                emit(&line[line_start..last_end]);
                line_start = piece_start;
                used = 0;
                words_on_line = 0;
            }
            used += piece_width + gap;
            words_on_line += 1;
            last_end = piece_end;
        };
        if word_width > room {
            // Wider than a line on its own: split where textwrap splits it.
            let mut piece_start = start;
            for piece in Word::from(&line[start..space_end]).break_apart(room) {
                let piece_end = piece_start + piece.word.len();
                place(piece_start, piece_end, piece.width, piece.whitespace.len());
                piece_start = piece_end;
            }
        } else {
            place(start, word_end, word_width, spaces);
        }
        if space_end == line.len() {
            break;
        }
        start = space_end;
    }
    emit(&line[line_start..last_end]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What miette printed when it wrapped with textwrap: the same options, the indentation
    /// taken off again, and spaces at the end of a line dropped (miette trims the indentation
    /// of an empty line, textwrap does not).
    fn textwrap_fill(text: &str, width: usize, indent: usize) -> String {
        let pad = " ".repeat(indent);
        let options = textwrap::Options::new(width)
            .initial_indent(&pad)
            .subsequent_indent(&pad)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let filled = textwrap::fill(text, options);
        let lines: Vec<&str> = filled
            .split('\n')
            .map(|l| l.get(indent..).unwrap_or("").trim_end_matches(' '))
            .collect();
        lines.join("\n")
    }

    fn ours(text: &str, width: usize, indent: usize) -> String {
        let filled = fill(text, width, indent);
        let lines: Vec<&str> = filled
            .split('\n')
            .map(|l| l.trim_end_matches(' '))
            .collect();
        lines.join("\n")
    }

    #[test]
    fn fills_like_textwrap() {
        let help = "make room for conversation: add `purpose dialogue`, `respond within 24h` \
                    and `staffed by customer-service` to the channel\nread more: guidelint \
                    explain one-way-channel";
        for width in [20, 40, 58, 78, 98, 200] {
            for indent in [0, 4, 8] {
                assert_eq!(
                    ours(help, width, indent),
                    textwrap_fill(help, width, indent),
                    "{width} {indent}"
                );
            }
        }
    }

    #[test]
    fn never_splits_a_hyphenated_term_that_fits() {
        let text = "add `staffed by customer-service` to the channel";
        assert_eq!(
            fill(text, 30, 0),
            "add `staffed by\ncustomer-service` to the\nchannel"
        );
    }

    #[test]
    fn splits_a_word_wider_than_a_line() {
        let text = "see https://example.com/a/very/long/path/that/cannot/fit here";
        let filled = fill(text, 20, 4);
        assert!(filled.lines().all(|l| width(l) <= 16), "{filled}");
        assert!(
            filled.starts_with(
                "see
https://example."
            ),
            "{filled}"
        );
        assert_eq!(filled, textwrap_fill(text, 20, 4));
    }

    #[test]
    fn odd_text() {
        for text in [
            "",
            " ",
            "  a  b  ",
            "\n\n",
            "a\n\nb",
            "ä ö ü 🙂 中文字",
            "x\u{1b}[31my",
        ] {
            assert_eq!(ours(text, 10, 4), textwrap_fill(text, 10, 4), "{text:?}");
        }
    }

    fn text() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            4 => "[a-z`,.:-]{1,12}",
            1 => "[a-zäöü🙂中-]{1,40}",
            1 => Just(String::new()),
        ];
        let gap = prop_oneof![8 => Just(" "), 1 => Just("  "), 1 => Just("\n"), 1 => Just(" \n ")];
        prop::collection::vec((word, gap), 0..40)
            .prop_map(|parts| parts.into_iter().map(|(w, g)| format!("{w}{g}")).collect())
    }

    /// Printable ASCII only (the look-back path), with runs of spaces and words wider than a line.
    fn ascii_text() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            6 => "[a-z`,.:-]{1,12}",
            1 => "[a-z/.:]{13,70}",
            1 => Just(String::new()),
        ];
        let gap = prop_oneof![8 => Just(" "), 2 => Just("  "), 1 => Just("    "), 1 => Just("\n")];
        (" {0,6}", prop::collection::vec((word, gap), 0..40)).prop_map(|(lead, parts)| {
            lead + &parts
                .into_iter()
                .map(|(w, g)| format!("{w}{g}"))
                .collect::<String>()
        })
    }

    proptest! {
        #[test]
        fn random_ascii_text_fills_like_textwrap(text in ascii_text(), width in 10usize..120, indent in 0usize..9) {
            prop_assert_eq!(ours(&text, width, indent), textwrap_fill(&text, width, indent));
            // The word-by-word path gives the same lines.
            let mut words = String::new();
            for (n, line) in text.split('\n').enumerate() {
                if n > 0 {
                    words.push('\n');
                }
                let mut first = true;
                let mut emit = |l: &str| {
                    if !first {
                        words.push('\n');
                    }
                    first = false;
                    words.push_str(l);
                };
                if line.len() <= width.saturating_sub(indent) {
                    emit(line.trim_end_matches(' '));
                } else {
                    fill_words(line, width.saturating_sub(indent), &mut emit);
                }
            }
            prop_assert_eq!(fill(&text, width, indent), words);
        }

        #[test]
        fn random_text_fills_like_textwrap(text in text(), width in 12usize..120, indent in 0usize..9) {
            prop_assert_eq!(ours(&text, width, indent), textwrap_fill(&text, width, indent));
        }
    }
}
