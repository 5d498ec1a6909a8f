//! What the text before a syntax error tells about it, for the error's words: which kind of term
//! a position takes (from the keyword that opened the list), and where a string that is still
//! open at the end of the file began. Read only for a file with a syntax error, never on the
//! fast path.
//!
//! pest has read the text before the error, so a plain scan of its tokens (words, `,`, strings,
//! comments skipped) sees what pest saw.

use super::expected::TermKind;
use super::fast::{is_ident_char, KEYWORDS};
use crate::span::Span;

/// A token, as far as these questions need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'s> {
    /// A run of term characters: a keyword, a term, or a duration such as `4h`.
    Word(&'s str),
    Comma,
    /// A string in double quotes; `closed: false` when the file ends inside it.
    String {
        closed: bool,
    },
    /// Any other character (`{`, `}`, …).
    Other,
}

/// The tokens of a source with their spans, skipping whitespace and comments as pest does
/// between tokens.
struct Tokens<'s> {
    source: &'s str,
    pos: usize,
}

impl<'s> Tokens<'s> {
    fn new(source: &'s str) -> Self {
        Tokens { source, pos: 0 }
    }

    /// Skips whitespace and comments (a comment runs from `#` to the end of its line).
    fn skip(&mut self) {
        let bytes = self.source.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => self.pos += 1,
                b'#' => {
                    self.pos = crate::search::find(b'\n', &bytes[self.pos..])
                        .map_or(bytes.len(), |n| self.pos + n);
                }
                _ => break,
            }
        }
    }

    /// The end of the string that opens at `open`, and whether it is closed.
    fn string_end(&self, open: usize) -> (usize, bool) {
        let bytes = self.source.as_bytes();
        let mut i = open + 1;
        while let Some(&b) = bytes.get(i) {
            match b {
                b'"' => return (i + 1, true),
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        (bytes.len(), false)
    }
}

impl<'s> Iterator for Tokens<'s> {
    type Item = (Span, Token<'s>);

    fn next(&mut self) -> Option<Self::Item> {
        self.skip();
        let start = self.pos;
        let rest = self.source.get(start..)?;
        let first = rest.chars().next()?;
        let (end, token) = match first {
            '"' => {
                let (end, closed) = self.string_end(start);
                (end, Token::String { closed })
            }
            ',' => (start + 1, Token::Comma),
            c if is_ident_char(c) => {
                let len = rest.find(|c| !is_ident_char(c)).unwrap_or(rest.len());
                (start + len, Token::Word(&rest[..len]))
            }
            c => (start + c.len_utf8(), Token::Other),
        };
        self.pos = end;
        Some((Span::new(start, end), token))
    }
}

/// Whether `word` is a keyword of the language (ignoring ASCII case, as the grammar does).
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word))
}

/// Whether `word` is a term: it starts with a letter and is no keyword.
fn is_term(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_alphabetic) && !is_keyword(word)
}

/// The kind of term the grammar expects at `pos`: told by the token that opened the list the
/// position belongs to, found by passing back over the terms, commas and `and`s before it.
pub fn term_kind_at(source: &str, pos: usize) -> TermKind {
    // The last token that is not part of a list of terms, the number of list tokens after it,
    // and the first term after it (after `to`, the action).
    let mut opener: Option<&str> = None;
    let mut inside = 0usize;
    let mut first_term: Option<&str> = None;
    for (span, token) in Tokens::new(source) {
        if span.start >= pos {
            break;
        }
        match token {
            Token::Comma => inside += 1,
            Token::Word(w) if w.eq_ignore_ascii_case("and") => inside += 1,
            Token::Word(w) if is_term(w) => {
                inside += 1;
                first_term.get_or_insert(w);
            }
            Token::Word(w) => {
                opener = is_keyword(w).then_some(w);
                (inside, first_term) = (0, None);
            }
            Token::String { .. } | Token::Other => {
                opener = None;
                (inside, first_term) = (0, None);
            }
        }
    }
    let Some(opener) = opener else {
        return TermKind::Any;
    };
    match opener.to_ascii_lowercase().as_str() {
        "audience" | "allow" | "only" | "encourage" | "require" | "forbid" | "except" | "for" => {
            TermKind::Audience
        }
        "owner" | "by" => TermKind::Department,
        "channel" | "block" | "on" => TermKind::Platform,
        "to" if inside == 0 => TermKind::Action,
        // The objects of `access` are platforms, those of every other action contents (SPEC §3).
        "to" => match first_term.map(str::to_ascii_lowercase).as_deref() {
            Some("access" | "use" | "visit") => TermKind::Platform,
            _ => TermKind::Content,
        },
        "about" => TermKind::Content,
        "during" => TermKind::Time,
        "using" => TermKind::Means,
        "monitor" => TermKind::MonitorTarget,
        "purpose" => TermKind::Purpose,
        "consequence" => TermKind::Consequence,
        _ => TermKind::Any,
    }
}

/// The opening quote of the string that is still open at the end of `source`, if one is.
pub(super) fn unclosed_string_quote(source: &str) -> Option<Span> {
    Tokens::new(source)
        .find(|(_, token)| *token == Token::String { closed: false })
        .map(|(span, _)| Span::new(span.start, span.start + 1))
}

/// The opening quote of the string that ends just before `pos` and runs over several lines, if
/// one does: a string whose closing `"` was forgotten runs on to the next quote, and the error
/// shows up after it (`goal "Be open` ⏎ `contact "hr@…"` fails at `hr`). Strings may hold line
/// breaks, so this marks a likely cause, not a certain one.
pub fn runaway_string_quote(source: &str, pos: usize) -> Option<Span> {
    let (span, token) = Tokens::new(source)
        .take_while(|(span, _)| span.end <= pos)
        .last()?;
    (token == Token::String { closed: true } && source[span.range()].contains('\n'))
        .then(|| Span::new(span.start, span.start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind of term expected where `|` stands.
    fn kind(marked: &str) -> TermKind {
        let pos = marked.find('|').expect("a marked position");
        let source = marked.replacen('|', " ", 1);
        term_kind_at(&source, pos)
    }

    #[test]
    fn the_keyword_before_a_list_tells_its_kind() {
        use TermKind as K;
        for (marked, expected) in [
            ("rule \"A\" { consequence |}", K::Consequence),
            ("rule \"A\" { consequence reminder, |}", K::Consequence),
            ("channel x { purpose |}", K::Purpose),
            ("channel x { purpose service and |}", K::Purpose),
            ("channel x { staffed by |}", K::Department),
            ("channel |", K::Platform),
            ("owner hr, |", K::Department),
            ("audience |", K::Audience),
            ("rule \"A\" { monitor |}", K::MonitorTarget),
            ("rule \"A\" { block |}", K::Platform),
            ("rule \"A\" { block tiktok for |}", K::Audience),
            ("rule \"A\" { allow |}", K::Audience),
            ("rule \"A\" { ALLOW ONLY |}", K::Audience),
            ("rule \"A\" { forbid interns except |}", K::Audience),
            ("rule \"A\" { allow employees to |}", K::Action),
            ("rule \"A\" { allow employees to |on facebook }", K::Action),
            (
                "rule \"A\" { allow employees to access facebook, |}",
                K::Platform,
            ),
            (
                "rule \"A\" { allow employees to Visit x and |}",
                K::Platform,
            ),
            (
                "rule \"A\" { allow employees to post photos, |}",
                K::Content,
            ),
            ("rule \"A\" { allow employees to post on |}", K::Platform),
            ("rule \"A\" { allow employees to post about |}", K::Content),
            ("rule \"A\" { allow employees to post during |}", K::Time),
            ("rule \"A\" { allow employees to post using |}", K::Means),
            (
                "rule \"A\" { allow employees to post with approval by |}",
                K::Department,
            ),
            // Comments and strings are skipped as pest skips them.
            (
                "rule \"on\" { consequence # during\n warning, # on\n |}",
                K::Consequence,
            ),
            ("goal \"x\" |", K::Any),
            ("|", K::Any),
        ] {
            assert_eq!(kind(marked), expected, "{marked}");
        }
    }

    #[test]
    fn a_string_over_lines_just_before_is_found() {
        let source = "guideline \"G\" {\n  goal \"Be open\n  contact \"hr\"\n}";
        let at = source.find("hr").unwrap();
        let opening = runaway_string_quote(source, at).unwrap();
        assert_eq!(opening.start, source.find("\"Be").unwrap());
        // On one line, or with a token between it and the error: no.
        let one_line = "goal \"x\" oops";
        assert_eq!(
            runaway_string_quote(one_line, one_line.find("oops").unwrap()),
            None
        );
        let between = "goal \"x\ny\" , oops";
        assert_eq!(
            runaway_string_quote(between, between.find("oops").unwrap()),
            None
        );
        // A quote in a comment is no string.
        let comment = "# a \"b\n\"c\" oops";
        assert_eq!(
            runaway_string_quote(comment, comment.find("oops").unwrap()),
            None
        );
    }

    #[test]
    fn the_string_left_open_is_found() {
        let source = "guideline \"abc {\n owner hr\n}\n";
        assert_eq!(unclosed_string_quote(source), Some(Span::new(10, 11)));
        let source = "guideline \"a \\\" # b\" { goal \"x\\\\\" # \"no\n goal \"open";
        let open = source.rfind('"').unwrap();
        assert_eq!(
            unclosed_string_quote(source),
            Some(Span::new(open, open + 1))
        );
        assert_eq!(unclosed_string_quote("guideline \"g\" {}"), None);
    }
}
