//! Byte spans into a source text, and their translation to 1-based lines and columns.

use std::ops::Range;

/// A half-open byte range `start..end` into a source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The smallest span that covers both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A 1-based line and column; the column counts Unicode scalar values and never a CR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Line starts of a text, for turning byte offsets into [`Position`]s.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Where the columns of the first line are counted from: after a leading byte-order mark,
    /// which is ignored (SPEC §1) and so is no column.
    first_column_at: usize,
    /// On lines longer than [`CHECKPOINT`] bytes, every `CHECKPOINT` bytes (on a character
    /// boundary): the byte offset and the number of columns before it on its line. Without them,
    /// many findings on one long line cost a count from the line start each (quadratic: 8000
    /// unknown terms in one `owner` line took 9 s).
    checkpoints: Vec<(usize, usize)>,
}

/// The distance between column checkpoints on long lines, in bytes.
const CHECKPOINT: usize = 1024;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        crate::search::with_line_feeds(text.as_bytes(), |feeds| {
            LineIndex::from_line_feeds(text, feeds)
        })
    }

    /// The index of `text`, whose line feeds are at the offsets `line_feeds` gives.
    fn from_line_feeds(text: &str, line_feeds: impl Iterator<Item = usize>) -> Self {
        // Guideline lines are 30 to 40 bytes long: room for them at once, not eight regrowths.
        let mut starts = Vec::with_capacity(text.len() / 32 + 2);
        starts.push(0);
        // Whether some line is longer than a checkpoint apart, noted on the way: most files have
        // none, and then the lines are not gone through again.
        let mut long = false;
        for i in line_feeds {
            long |= i + 1 - starts[starts.len() - 1] > CHECKPOINT;
            starts.push(i + 1);
        }
        long |= text.len() - starts[starts.len() - 1] > CHECKPOINT;
        let first_column_at = byte_order_mark_len(text);
        let mut checkpoints = Vec::new();
        let lines = if long { &starts[..] } else { &[] };
        for (i, &start) in lines.iter().enumerate() {
            let start = if i == 0 { first_column_at } else { start };
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if end - start <= CHECKPOINT {
                continue;
            }
            let mut next = 0;
            let mut columns = 0;
            for (at, c) in text[start..end].char_indices() {
                if at >= next {
                    checkpoints.push((start + at, columns));
                    next = at + CHECKPOINT;
                }
                if c != '\r' {
                    columns += 1;
                }
            }
        }
        LineIndex {
            starts,
            first_column_at,
            checkpoints,
        }
    }

    /// The position of a byte offset (clamped to the text and moved back to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = clamp(text, offset);
        let (line, start, before) = self.anchor(offset);
        Position {
            line: line + 1,
            column: 1 + before + columns(&text.as_bytes()[start..offset]),
        }
    }

    /// Where to count the column of `offset` (a character boundary in the text) from: its
    /// 0-based line, the byte offset to count from on that line (the line start, or the last
    /// checkpoint at or before `offset`) and the number of columns before that offset.
    fn anchor(&self, offset: usize) -> (usize, usize, usize) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = match line {
            // An offset inside the byte-order mark (none is, in practice) is column 1.
            0 => self.first_column_at.min(offset),
            _ => self.starts[line],
        };
        if self.checkpoints.is_empty() {
            return (line, line_start, 0);
        }
        match self.checkpoints.partition_point(|&(at, _)| at <= offset) {
            0 => (line, line_start, 0),
            i => match self.checkpoints[i - 1] {
                (at, columns) if at >= line_start => (line, at, columns),
                _ => (line, line_start, 0),
            },
        }
    }

    /// A [`Cursor`] over this index and its text, for many positions in (mostly) increasing order.
    pub fn cursor<'a>(&'a self, text: &'a str) -> Cursor<'a> {
        Cursor {
            index: self,
            text,
            line: 0,
            at: self.first_column_at,
            column: 1,
            line_end: self.starts.get(1).copied().unwrap_or(usize::MAX),
        }
    }

    /// The byte offset where a 1-based line starts, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Positions of byte offsets, exactly as [`LineIndex::position`] gives them, but cheaper when the
/// offsets come in increasing order (findings sorted by span, a span's end after its start): the
/// cursor remembers the last offset and its column, so an offset a little later on the same line
/// costs a count of the bytes in between. Any other offset is looked up as `position` does (a
/// binary search for its line and a count from the line start or the checkpoint before it).
#[derive(Clone, Copy, Debug)]
pub struct Cursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    /// The 0-based line of `at`.
    line: usize,
    /// The last offset (a character boundary) and its 1-based column.
    at: usize,
    column: usize,
    /// Where the line after `line` starts (`usize::MAX` on the last line).
    line_end: usize,
}

impl Cursor<'_> {
    /// The position of a byte offset: the same as [`LineIndex::position`] for it.
    pub fn position(&mut self, offset: usize) -> Position {
        let offset = clamp(self.text, offset);
        // Forward on the same line, count from the last offset, but never more than a checkpoint
        // apart: spans that all end far along one long line would otherwise be counted over and
        // over (quadratic); `anchor` finds a checkpoint on such a line.
        if offset < self.at || offset >= self.line_end || offset - self.at > CHECKPOINT {
            let (line, start, before) = self.index.anchor(offset);
            self.line = line;
            self.at = start;
            self.column = 1 + before;
            self.line_end = self
                .index
                .starts
                .get(line + 1)
                .copied()
                .unwrap_or(usize::MAX);
        }
        self.column += columns(&self.text.as_bytes()[self.at..offset]);
        self.at = offset;
        Position {
            line: self.line + 1,
            column: self.column,
        }
    }
}

/// The 1-based column of `offset` on the line that starts at `line_start` (both character
/// boundaries, `line_start <= offset`), as [`LineIndex::position`] counts it: characters but
/// carriage returns, and not a leading byte-order mark.
pub fn column_in_line(text: &str, line_start: usize, offset: usize) -> usize {
    let from = match line_start {
        0 => byte_order_mark_len(text).min(offset),
        start => start,
    };
    1 + columns(&text.as_bytes()[from..offset])
}

/// The length of a byte-order mark at the start of `text` (0 when there is none).
pub fn byte_order_mark_len(text: &str) -> usize {
    if text.starts_with('\u{FEFF}') {
        '\u{FEFF}'.len_utf8()
    } else {
        0
    }
}

/// The offset clamped to the text and moved back to a character boundary.
fn clamp(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The columns in a stretch of a line between two character boundaries: its Unicode scalar
/// values but for carriage returns, counted as the bytes that do not continue a character
/// (UTF-8 continuation bytes are `0b10xx_xxxx`) and are not `\r`.
fn columns(bytes: &[u8]) -> usize {
    // Byte counters over at most 255 bytes at a time, which the compiler turns into vector code.
    bytes
        .chunks(255)
        .map(|chunk| {
            let count = chunk.iter().fold(0u8, |count, &b| {
                count + u8::from((b as i8) >= -0x40) - u8::from(b == b'\r')
            });
            usize::from(count)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\nÄöü x\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x), Position { line: 2, column: 5 });
    }

    /// A leading byte-order mark is ignored (SPEC §1): the first line's columns start after it.
    #[test]
    fn a_byte_order_mark_is_no_column() {
        let text = "\u{FEFF}ab\ncd";
        let index = LineIndex::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(index.position(text, 3), Position { line: 1, column: 1 });
        assert_eq!(index.position(text, b), Position { line: 1, column: 2 });
        assert_eq!(index.position(text, b + 2), Position { line: 2, column: 1 });
        assert_eq!(index.position(text, 0), Position { line: 1, column: 1 });
        let mut cursor = index.cursor(text);
        assert_eq!(cursor.position(b), Position { line: 1, column: 2 });
        // A mark anywhere else is a character like any other.
        let text = "a\n\u{FEFF}b";
        let b = text.find('b').unwrap();
        assert_eq!(
            LineIndex::new(text).position(text, b),
            Position { line: 2, column: 2 }
        );
        // On a long first line, the checkpoints count from after the mark too.
        let text = format!("\u{FEFF}{}x", "ä".repeat(3 * CHECKPOINT));
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let x = text.find('x').unwrap();
        let at = Position {
            line: 1,
            column: 3 * CHECKPOINT + 1,
        };
        assert_eq!(index.position(&text, x), at);
        assert_eq!(index.cursor(&text).position(x), at);
        assert_eq!(naive(&text, x), at);
    }

    #[test]
    fn carriage_returns_are_not_columns() {
        let text = "ab\r\ncd";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 2), Position { line: 1, column: 3 });
        assert_eq!(index.position(text, 3), Position { line: 1, column: 3 });
        assert_eq!(index.position(text, 4), Position { line: 2, column: 1 });
    }

    /// A line gets checkpoints when it is more than [`CHECKPOINT`] bytes from its start to the
    /// next line's (or the end of the text), in the middle of a text and at its end alike.
    #[test]
    fn checkpoints_are_made_on_every_long_line() {
        for len in CHECKPOINT - 2..CHECKPOINT + 3 {
            let line = "a".repeat(len);
            let middle = LineIndex::new(&format!("x\n{line}\nend"));
            assert_eq!(
                !middle.checkpoints.is_empty(),
                len + 1 > CHECKPOINT,
                "{len}"
            );
            let last = LineIndex::new(&format!("x\n{line}"));
            assert_eq!(!last.checkpoints.is_empty(), len > CHECKPOINT, "{len}");
        }
    }

    #[test]
    fn long_lines_count_the_same_with_checkpoints() {
        let long: String = "aä€\r🙂 ".repeat(2000);
        let text = format!("x\n{long}\r\n{long}\nend");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let mut cursor = index.cursor(&text);
        for (offset, _) in text.char_indices().step_by(7) {
            assert_eq!(
                index.position(&text, offset),
                naive(&text, offset),
                "{offset}"
            );
            assert_eq!(cursor.position(offset), naive(&text, offset), "{offset}");
        }
        assert_eq!(index.position(&text, text.len()), naive(&text, text.len()));
    }

    /// The position of an offset counted from the start of the text, character by character.
    fn naive(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_start = text[..offset]
            .rfind('\n')
            .map_or(byte_order_mark_len(text).min(offset), |i| i + 1);
        let line = text[..offset].matches('\n').count() + 1;
        let column = 1 + text[line_start..offset]
            .chars()
            .filter(|&c| c != '\r')
            .count();
        Position { line, column }
    }

    /// Both ways of finding the line feeds (SSE2's searcher on x86-64, `memchr_iter` elsewhere)
    /// give the positions counted character by character.
    #[test]
    fn both_line_feed_searches_give_the_same_positions() {
        let text = format!("a\n\n{}\r\nä\n{}", "x".repeat(40), "y ".repeat(700));
        let portable =
            LineIndex::from_line_feeds(&text, memchr::memchr_iter(b'\n', text.as_bytes()));
        let index = LineIndex::new(&text);
        for offset in 0..=text.len() + 1 {
            assert_eq!(
                index.position(&text, offset),
                naive(&text, offset),
                "{offset}"
            );
            assert_eq!(
                portable.position(&text, offset),
                naive(&text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn the_cursor_gives_the_positions_of_the_index() {
        // xorshift: the same texts and offsets on every run.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        let pieces = [
            "a", "b", " ", "ä", "€", "🙂", "\r", "\n", "\r\n", "\n\n", "xyz",
        ];
        for round in 0..300 {
            // Some texts with lines longer than a checkpoint apart.
            let len = if round % 10 == 0 { 3000 } else { next(120) };
            let mut text = String::new();
            while text.len() < len {
                let piece = pieces[next(pieces.len())];
                let repeat = if round % 10 == 0 && next(4) == 0 {
                    200
                } else {
                    1
                };
                for _ in 0..repeat {
                    text.push_str(piece);
                }
            }
            let index = LineIndex::new(&text);
            let mut offsets: Vec<usize> = (0..next(40) + 1).map(|_| next(text.len() + 8)).collect();
            // Mostly increasing, as findings come: sorted, then a few swapped.
            if round % 3 != 0 {
                offsets.sort_unstable();
                for _ in 0..next(3) {
                    let (i, j) = (next(offsets.len()), next(offsets.len()));
                    offsets.swap(i, j);
                }
            }
            let mut cursor = index.cursor(&text);
            for &offset in &offsets {
                let expected = naive(&text, offset);
                assert_eq!(index.position(&text, offset), expected, "{text:?} {offset}");
                assert_eq!(cursor.position(offset), expected, "{text:?} {offsets:?}");
            }
        }
    }

    /// Spans that start one after another and all end far along one long line: the cursor
    /// counts from checkpoints, as `position` does, not from each start to the far end
    /// (2000 × 200 KB would take seconds here).
    #[test]
    fn the_cursor_stays_linear_on_one_long_line() {
        let text = "é".repeat(100_000);
        let index = LineIndex::new(&text);
        let mut cursor = index.cursor(&text);
        for start in (0..4000).step_by(2) {
            assert_eq!(cursor.position(start), index.position(&text, start));
            assert_eq!(
                cursor.position(text.len()),
                index.position(&text, text.len())
            );
        }
    }

    #[test]
    fn end_of_file_and_out_of_range() {
        let text = "a\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 2), Position { line: 2, column: 1 });
        assert_eq!(index.position(text, 99), Position { line: 2, column: 1 });
        assert_eq!(index.line_of(1), 1);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_start(2), Some(2));
        assert_eq!(index.line_start(3), None);
    }
}
