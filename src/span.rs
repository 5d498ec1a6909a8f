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
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text.as_bytes()).map(|i| i + 1));
        let mut checkpoints = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
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
            checkpoints,
        }
    }

    /// The position of a byte offset (clamped to the text and moved back to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.starts[line];
        // Count from the last checkpoint on this line at or before the offset, if any.
        let (start, before) = match self.checkpoints.partition_point(|&(at, _)| at <= offset) {
            0 => (line_start, 0),
            i => match self.checkpoints[i - 1] {
                (at, columns) if at >= line_start => (at, columns),
                _ => (line_start, 0),
            },
        };
        let slice = &text[start..offset];
        let carriage_returns = memchr::memchr_iter(b'\r', slice.as_bytes()).count();
        let column = 1 + before + slice.chars().count() - carriage_returns;
        Position {
            line: line + 1,
            column,
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

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', bytes)
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

    #[test]
    fn carriage_returns_are_not_columns() {
        let text = "ab\r\ncd";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 2), Position { line: 1, column: 3 });
        assert_eq!(index.position(text, 3), Position { line: 1, column: 3 });
        assert_eq!(index.position(text, 4), Position { line: 2, column: 1 });
    }

    #[test]
    fn long_lines_count_the_same_with_checkpoints() {
        let long: String = "aä€\r🙂 ".repeat(2000);
        let text = format!("x\n{long}\r\n{long}\nend");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let naive = |offset: usize| {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..offset].matches('\n').count() + 1;
            let column = 1 + text[line_start..offset]
                .chars()
                .filter(|&c| c != '\r')
                .count();
            Position { line, column }
        };
        for (offset, _) in text.char_indices().step_by(7) {
            assert_eq!(index.position(&text, offset), naive(offset), "{offset}");
        }
        assert_eq!(index.position(&text, text.len()), naive(text.len()));
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
