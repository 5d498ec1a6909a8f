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
fn width(word: &str) -> usize {
    if word.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        word.len()
    } else {
        display_width(word)
    }
}

/// `text` filled to `width` columns, of which `indent` are taken by the indentation miette puts
/// before every line. Each line of `text` is filled on its own; spaces at a line break are
/// dropped, other spaces kept.
pub fn fill(text: &str, width: usize, indent: usize) -> String {
    let room = width.saturating_sub(indent);
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        fill_line(line, room, &mut out);
    }
    out
}

/// One line of text: words are runs of non-spaces with the spaces after them (a line that
/// starts with spaces starts with an empty word that carries them).
fn fill_line(line: &str, room: usize, out: &mut String) {
    // A line that fits as it is: no character takes more columns than it has bytes, so a line
    // of no more bytes than the room fits; only the spaces at its end are dropped.
    if line.len() <= room {
        out.push_str(line.trim_end_matches(' '));
        return;
    }
    let bytes = line.as_bytes();
    let mut line_start = 0; // where the output line being filled starts in `line`
    let mut last_end = 0; // the end of its last word (without the spaces after it)
    let mut used = 0; // its columns, with the spaces after each word
    let mut words_on_line = 0;
    let mut start = 0;
    loop {
        let word_end = start + bytes[start..].iter().take_while(|&&b| b != b' ').count();
        let space_end = word_end + bytes[word_end..].iter().take_while(|&&b| b == b' ').count();
        let word = &line[start..word_end];
        let spaces = space_end - word_end;
        let word_width = width(word);
        let mut place = |piece_start: usize, piece_end: usize, piece_width: usize, gap: usize| {
            if words_on_line > 0 && used + piece_width > room {
                out.push_str(&line[line_start..last_end]);
                out.push('\n');
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
    out.push_str(&line[line_start..last_end]);
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

    proptest! {
        #[test]
        fn random_text_fills_like_textwrap(text in text(), width in 12usize..120, indent in 0usize..9) {
            prop_assert_eq!(ours(&text, width, indent), textwrap_fill(&text, width, indent));
        }
    }
}
