//! Where the comments of a source are, found without parsing it.

use crate::span::Span;

/// Every comment of a source that parses: from each `#` outside a string to the end of its line,
/// without the line break (`\n` or `\r\n`), in order. The fast parser notes the same spans as it
/// skips the comments; this is for the trees pest builds, which keep no comments.
pub(super) fn comment_spans(source: &str) -> Vec<Span> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_string = false;
    // Jumps from one byte that matters to the next: quotes and `#` (most of a file is words,
    // spaces and line ends).
    while i < bytes.len() {
        let next = if in_string {
            crate::search::find2(b'\\', b'"', &bytes[i..])
        } else {
            crate::search::find2(b'"', b'#', &bytes[i..])
        };
        let Some(offset) = next else { break };
        i += offset;
        // A backslash is only looked for inside a string, a `#` only outside.
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                in_string = !in_string;
                i += 1;
            }
            _ => {
                let end = crate::search::find(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                out.push(comment_at(bytes, i, end));
                i = end;
            }
        }
    }
    out
}

/// The span of the comment from the `#` at `start` to the line break at `end` (or the end of the
/// text), without the `\r` of a `\r\n`.
pub(super) fn comment_at(bytes: &[u8], start: usize, end: usize) -> Span {
    let end = if end > start && bytes[end - 1] == b'\r' {
        end - 1
    } else {
        end
    };
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<&str> {
        comment_spans(source)
            .into_iter()
            .map(|s| &source[s.start..s.end])
            .collect()
    }

    #[test]
    fn comments_run_to_the_end_of_their_line_without_the_line_break() {
        assert_eq!(
            texts("# one\r\nrule # two\n#three"),
            ["# one", "# two", "#three"]
        );
        assert_eq!(texts("#\n#\r\n"), ["#", "#"]);
        assert!(texts("no comment\n").is_empty());
    }

    #[test]
    fn a_hash_in_a_string_is_no_comment() {
        assert!(texts("goal \"# not a comment\"\n").is_empty());
        assert!(texts("goal \"a \\\" # still the string\"\n").is_empty());
        assert_eq!(texts("goal \"a\\\\\" # a comment"), ["# a comment"]);
    }
}
