//! Filling a finding's message and help to the terminal width for miette.
//!
//! miette wraps with textwrap, which is general (any word separator and splitter, ANSI escapes,
//! Unicode widths) and cost a quarter of all the time of `check` with many findings. The human
//! output asks for the simplest kind of wrapping — first fit, lines break at spaces only, a word
//! is split only when it alone is wider than a line — so this module fills the text itself and
//! miette only indents it (`with_wrap_lines(false)`). The lines are the ones textwrap makes with
//! those options (a test compares the two on random text), with one difference: a line never
//! breaks inside a code span (`` `rule "Exklusive Recherchen 2"` ``), since helps are meant to be
//! copied, and a line break inside the code would be copied with it. A code span wider than a
//! line stands on a line of its own, wider than the others.

use textwrap::core::{display_width, Word};

/// The columns a word takes: its length when it is printable ASCII (nearly every word here),
/// otherwise textwrap's measure (Unicode widths, ANSI escape sequences take none).
fn width(word: &str) -> usize {
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
    } else if crate::search::find(b'`', line.as_bytes()).is_some() {
        fill_code(line, room, emit);
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

/// [`fill_line`] for a line with code spans: word by word, where the spaces inside a code span
/// do not separate words (a backtick without a partner is no span), and a word wider than a
/// line is not split.
fn fill_code<'t>(line: &'t str, room: usize, emit: &mut impl FnMut(&'t str)) {
    let bytes = line.as_bytes();
    // The backticks that pair up; a last one without a partner is text.
    let ticks = bytes.iter().filter(|&&b| b == b'`').count();
    let paired = ticks - ticks % 2;
    let mut seen = 0; // backticks before the scan position
    let mut line_start = 0; // where the output line being filled starts in `line`
    let mut last_end = 0; // the end of its last word (without the spaces after it)
    let mut used = 0; // its columns, with the spaces after each word
    let mut words_on_line = 0;
    let mut start = 0;
    loop {
        let mut word_end = start;
        while word_end < bytes.len() {
            match bytes[word_end] {
                b'`' => seen += 1,
                b' ' if seen % 2 == 0 || seen > paired => break,
                _ => {}
            }
            word_end += 1;
        }
        let mut space_end = word_end;
        while space_end < bytes.len() && bytes[space_end] == b' ' {
            space_end += 1;
        }
        let word_width = width(&line[start..word_end]);
        if words_on_line > 0 && used + word_width > room {
            emit(&line[line_start..last_end]);
            line_start = start;
            used = 0;
            words_on_line = 0;
        }
        used += word_width + (space_end - word_end);
        words_on_line += 1;
        last_end = word_end;
        if space_end == bytes.len() {
            break;
        }
        start = space_end;
    }
    emit(&line[line_start..last_end]);
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
        // Without code spans: with them, lines do not break inside the code (below).
        let help = "make room for conversation: add purpose dialogue, respond within 24h \
                    and staffed by customer-service to the channel\nread more: guidelint \
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
        let text = "add staffed by customer-service to the channel";
        assert_eq!(
            fill(text, 30, 0),
            "add staffed by\ncustomer-service to the\nchannel"
        );
    }

    /// A code span is not broken, so that it can be copied; one wider than a line stands
    /// alone; a backtick without a partner is text.
    #[test]
    fn never_breaks_inside_code() {
        let text = "write `rule \"Exklusive Recherchen 2\"` for `rule \"Exklusive\"`";
        assert_eq!(
            fill(text, 30, 0),
            "write\n`rule \"Exklusive Recherchen 2\"`\nfor `rule \"Exklusive\"`"
        );
        let text = "add `staffed by customer-service` to the channel";
        assert_eq!(
            fill(text, 30, 0),
            "add\n`staffed by customer-service`\nto the channel"
        );
        // Non-ASCII (German helps) alike.
        let text = "Schreiben Sie `über die Straße gehen` für `x`";
        assert_eq!(fill(text, 20, 0), "Schreiben Sie\n`über die Straße gehen`\nfür `x`");
        // An unpaired backtick: the text after it breaks as usual.
        let text = "a ` b c d e f g h";
        assert_eq!(fill(text, 6, 0), "a ` b\nc d e\nf g h");
    }

    /// Text with code spans: no line breaks inside a paired span, every line fits unless it is
    /// one unbreakable word, no word is lost or split, and the spaces between words on a line
    /// stay as written.
    fn check_code_fill(text: &str, columns: usize, indent: usize) -> Result<(), TestCaseError> {
        // Lines without a backtick are filled as textwrap fills them (tested above).
        for line in text.split('\n').filter(|l| l.contains('`')) {
            check_code_line(line, columns, indent)?;
        }
        Ok(())
    }

    fn check_code_line(text: &str, columns: usize, indent: usize) -> Result<(), TestCaseError> {
        let room = columns.saturating_sub(indent);
        let filled = fill(text, columns, indent);
        let words = |s: &str| -> Vec<String> {
            let mut out = Vec::new();
            for line in s.split('\n') {
                let ticks = line.matches('`').count();
                let paired = ticks - ticks % 2;
                let (mut seen, mut word) = (0, String::new());
                for c in line.chars() {
                    if c == '`' {
                        seen += 1;
                    }
                    if c == ' ' && (seen % 2 == 0 || seen > paired) {
                        if !word.is_empty() {
                            out.push(std::mem::take(&mut word));
                        }
                    } else {
                        word.push(c);
                    }
                }
                if !word.is_empty() {
                    out.push(word);
                }
            }
            out
        };
        let expected = words(text);
        let mut got = Vec::new();
        for line in filled.split('\n') {
            let line_words = words(line);
            prop_assert!(
                width(line) <= room.max(1) || line_words.len() == 1,
                "{line:?} in {filled:?}"
            );
            got.extend(line_words);
        }
        prop_assert_eq!(got, expected, "{:?}", filled);
        Ok(())
    }

    fn code_text() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            6 => "[a-zäö,.:-]{1,12}",
            2 => "`[a-z ,\"-]{1,30}`",
            1 => Just("`".to_owned()),
        ];
        let gap = prop_oneof![8 => Just(" "), 1 => Just("  "), 1 => Just("\n")];
        prop::collection::vec((word, gap), 0..30)
            .prop_map(|parts| parts.into_iter().map(|(w, g)| format!("{w}{g}")).collect())
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
            4 => "[a-z,.:-]{1,12}",
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
            6 => "[a-z,.:-]{1,12}",
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
        fn random_text_with_code_keeps_the_code_whole(text in code_text(), width in 10usize..100, indent in 0usize..9) {
            check_code_fill(&text, width, indent)?;
        }

        #[test]
        fn random_text_fills_like_textwrap(text in text(), width in 12usize..120, indent in 0usize..9) {
            prop_assert_eq!(ours(&text, width, indent), textwrap_fill(&text, width, indent));
        }
    }
}
