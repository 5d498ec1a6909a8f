//! Configuration errors as miette reports: the YAML file is the source code and the offending
//! key or value is labelled, so a config error renders like a finding in a guideline.
//!
//! `Diagnostic` is implemented by hand rather than derived because a few errors have no position
//! (a missing file, the YAML alias repetition limit) and very long lines are not printed.

use std::fmt;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode, SourceSpan};

use crate::span::LineIndex;

/// Lines longer than this are not shown in the report (a 10 MB regex would flood the terminal).
const MAX_SHOWN_LINE: usize = 400;

/// An invalid or unreadable configuration file: the run fails with exit status 2.
#[derive(Debug)]
pub struct ConfigError {
    message: String,
    help: Option<String>,
    location: Option<Box<Location>>,
}

#[derive(Debug)]
struct Location {
    source: NamedSource<String>,
    name: String,
    span: SourceSpan,
    label: String,
    line: usize,
    column: usize,
    /// False when the line is too long to print.
    show: bool,
}

impl ConfigError {
    /// An error without a position (the file cannot be read).
    pub fn plain(message: impl Into<String>, help: Option<String>) -> Self {
        ConfigError {
            message: message.into(),
            help,
            location: None,
        }
    }

    /// An error at `start..start + len` (bytes) of the YAML text `text` of the file `name`.
    pub fn at(
        name: &str,
        text: &str,
        start: usize,
        len: usize,
        message: impl Into<String>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        let start = floor_boundary(text, start.min(text.len()));
        let end = floor_boundary(text, (start + len).min(text.len()));
        let lines = LineIndex::new(text);
        let position = lines.position(text, start);
        let line_start = lines.line_start(position.line).unwrap_or(0);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |n| line_start + n);
        ConfigError {
            message: message.into(),
            help,
            location: Some(Box::new(Location {
                source: NamedSource::new(name, text.to_owned()),
                name: name.to_owned(),
                span: (start, end - start).into(),
                label: label.into(),
                line: position.line,
                column: position.column,
                show: line_end - line_start <= MAX_SHOWN_LINE,
            })),
        }
    }

    /// The message, without position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The 1-based line and column (in characters) of the offending key or value, if any.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.location.as_ref().map(|l| (l.line, l.column))
    }

    /// The label at the offending position, if any.
    pub fn label(&self) -> Option<&str> {
        self.location.as_ref().map(|l| l.label.as_str())
    }

    /// The help line, if any.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }
}

/// The greatest char boundary at or before `offset`.
fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(l) = &self.location {
            if !l.show {
                write!(f, " (at {}:{}:{})", l.name, l.line, l.column)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

impl Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("guidelint::config"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.location
            .as_ref()
            .filter(|l| l.show)
            .map(|l| &l.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let l = self.location.as_ref().filter(|l| l.show)?;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(l.label.clone()), l.span),
        )))
    }
}
