//! Syntax: the pest grammar, the typed AST with byte spans, and syntax errors as plain data.
//!
//! Nothing from pest leaves this module: [`parse`] returns an [`ast::Guideline`] or a
//! [`SyntaxError`] whose words are chosen by the `syntax-error` rule.
//!
//! Two parsers read the same grammar. `grammar/guideline.pest` is the grammar of record and pest
//! the source of every syntax error (`lower.rs`); a hand-written parser (`fast.rs`) reads files
//! without errors at a fraction of pest's cost and gives up at the first doubt, when pest parses
//! the file again. Both build the same tree, which the tests and the `parse` fuzz target check.

pub mod ast;
mod comments;
mod context;
mod expected;
mod fast;
mod lower;

pub use context::{is_keyword, runaway_string_quote, term_kind_at};
pub use expected::{Expected, TermKind};
pub use lower::{is_term, override_call_limit, CALLS_PER_BYTE};

use crate::span::Span;

/// Parses a whole guideline file. On failure, the error is the first problem in the file.
///
/// pest looks for the error from where the fast parser says it can lie, not from the start
/// (for a file with a mistake near its end, that was most of the time spent on it); only when
/// pest finds no error there, and the problem is one the lowering finds, is the whole file
/// parsed again. So it is when pest's call limit stops it: where, depends on where it started.
pub fn parse(source: &str) -> Result<ast::Guideline<'_>, SyntaxError> {
    match fast::parse(source) {
        Ok(tree) => Ok(tree),
        Err(fast::GaveUp { resume }) if resume > 0 => match lower::first_error_from(source, resume)
        {
            Some(error) if error.kind != SyntaxErrorKind::TooComplex => Err(error),
            _ => lower::parse(source),
        },
        Err(_) => lower::parse(source),
    }
}

/// Every comment of a source that parses (see [`ast::Guideline::comments`]), found without
/// parsing it.
pub fn comment_spans(source: &str) -> Vec<Span> {
    comments::comment_spans(source)
}

/// Parses with pest alone, never the fast path: for the tests and the fuzz target that prove
/// both parsers build the same tree.
#[doc(hidden)]
pub fn parse_with_pest(source: &str) -> Result<ast::Guideline<'_>, SyntaxError> {
    lower::parse(source)
}

/// Parses with the fast path alone: `None` where [`parse`] would ask pest.
#[doc(hidden)]
pub fn parse_fast_only(source: &str) -> Option<ast::Guideline<'_>> {
    fast::parse(source).ok()
}

/// Where pest starts to look for the syntax error when the fast path gives up on `source`
/// (0: at the start); `None` when the fast path reads it. For the tests that show the shortcut
/// is taken.
#[doc(hidden)]
pub fn pest_resumes_at(source: &str) -> Option<usize> {
    fast::parse(source).err().map(|gave_up| gave_up.resume)
}

/// Parses `source` with both parsers and says how they disagree, if they do: the fast path must
/// build pest's tree (byte for byte, spans included) for every file pest accepts, and give up on
/// every file pest rejects, where pest, looking from where the fast path gave up, must find the
/// error it finds in the whole file. For the tests, the proptest and the fuzz target.
#[doc(hidden)]
pub fn parsers_disagree(source: &str) -> Option<String> {
    match (
        lower::parse(source),
        fast::parse(source).map_err(|g| g.resume),
    ) {
        (Ok(pest), Ok(fast)) => {
            let (pest, fast) = (format!("{pest:?}"), format!("{fast:?}"));
            (pest != fast).then(|| format!("different trees:\npest: {pest}\nfast: {fast}"))
        }
        (Ok(_), Err(_)) => Some("the fast parser gave up on a file pest accepts".to_owned()),
        (Err(e), Ok(_)) => Some(format!(
            "the fast parser accepted a file pest rejects: {e:?}"
        )),
        (Err(whole), Err(resume)) => {
            let found = parse(source).err();
            (found.as_ref() != Some(&whole)).then(|| {
                format!(
                    "pest, looking from {resume} on, found {found:?}; in the whole file: {whole:?}"
                )
            })
        }
    }
}

/// Why a file does not parse, as data (the words live with the `syntax-error` rule).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The first unexpected token (at least one character), or zero-width at the end of the file.
    pub span: Span,
    pub kind: SyntaxErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// The grammar expected one of these here.
    Expected {
        expected: Vec<Expected>,
        found: Found,
    },
    /// A clause that may appear once appeared again; `clause` is its keyword(s) as written in
    /// the language (`version`, `respond within`, `during`, `because`).
    Repeated { clause: &'static str, scope: Scope },
    /// A second approval qualifier in a statement, which takes one: each as written in the
    /// language (`with approval`, `without approval`), the first one and then the second.
    SecondApproval {
        first: &'static str,
        second: &'static str,
    },
    /// `allow only W except …`: the except list is implied and may not be written. `rewrite`:
    /// the user's statement without its except list, when it can be shown on one line.
    ExceptAfterAllowOnly { rewrite: Option<AllowOnlyRewrite> },
    /// `\x` in a string where only `\"`, `\\`, `\n` and `\t` exist: `escape` is the backslash
    /// and the character after it, or the backslash alone where a line break or the end of the
    /// file follows it.
    InvalidEscape { escape: String },
    /// A string that is still open at the end of the file; `opening`: its opening quote.
    UnclosedString { opening: Option<Span> },
    /// The parser gave up because the input is too complex (call limit or nesting guard).
    TooComplex,
}

/// An `allow only` statement written with an except list, as it reads without it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowOnlyRewrite {
    /// The statement without its except list (`allow only marketing to post`), on one line.
    pub statement: String,
    /// Its audience as written (`marketing`), on one line.
    pub who: String,
}

/// Where a repeated clause was repeated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Guideline,
    Channel,
    RuleBlock,
    Statement,
}

/// What stood where something else was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    EndOfFile,
    Token(String),
}

#[cfg(test)]
mod tests;
