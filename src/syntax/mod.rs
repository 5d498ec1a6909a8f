//! Syntax: the pest grammar, the typed AST with byte spans, and syntax errors as plain data.
//!
//! Nothing from pest leaves this module: [`parse`] returns an [`ast::Guideline`] or a
//! [`SyntaxError`] whose words are chosen by the `syntax-error` rule.

pub mod ast;
mod expected;
mod lower;

pub use expected::Expected;
pub use lower::{is_term, override_call_limit, parse, CALLS_PER_BYTE};

use crate::span::Span;

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
    /// the language (`version`, `respond within`, `during`, `with/without approval`).
    Repeated { clause: &'static str, scope: Scope },
    /// `allow only W except …`: the except list is implied and may not be written.
    ExceptAfterAllowOnly,
    /// `\x` in a string where only `\"`, `\\`, `\n` and `\t` exist.
    InvalidEscape { escape: String },
    /// A string that is still open at the end of the file.
    UnclosedString,
    /// A duration too large to represent.
    DurationTooLarge,
    /// The parser gave up because the input is too complex (call limit or nesting guard).
    TooComplex,
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
