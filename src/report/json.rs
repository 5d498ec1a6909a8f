//! The JSON format of SPEC §9 (version 1): lines and columns 1-based, columns in Unicode scalar
//! values, exclusive end; file-level findings have null positions.

use std::io::{self, Write};

use serde::Serialize;

use super::Summary;
use crate::finding::Finding;
use crate::span::{LineIndex, Span};
use crate::FileReport;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<FileOut<'a>>,
    summary: SummaryOut,
}

#[derive(Serialize)]
struct FileOut<'a> {
    path: &'a str,
    score: Option<u32>,
    verdict: &'a str,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    rule: &'a str,
    category: &'a str,
    severity: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    suppressed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppression_reason: Option<&'a str>,
    related: Vec<RelatedOut<'a>>,
}

#[derive(Serialize)]
struct RelatedOut<'a> {
    message: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct SummaryOut {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    suppressed: usize,
}

/// 1-based start and exclusive end of a span.
pub(crate) fn range(index: &LineIndex, text: &str, span: Span) -> (usize, usize, usize, usize) {
    let start = index.position(text, span.start);
    let end = index.position(text, span.end);
    (start.line, start.column, end.line, end.column)
}

fn diagnostic<'a>(f: &'a Finding, index: &LineIndex, text: &str) -> DiagnosticOut<'a> {
    let pos = f.span.map(|s| range(index, text, s));
    DiagnosticOut {
        rule: &f.rule,
        category: f.category.as_str(),
        severity: f.severity.as_str(),
        message: &f.message,
        help: f.help.as_deref(),
        line: pos.map(|p| p.0),
        column: pos.map(|p| p.1),
        end_line: pos.map(|p| p.2),
        end_column: pos.map(|p| p.3),
        suppressed: f.is_suppressed(),
        suppression_reason: f.suppressed.as_ref().and_then(|s| s.reason.as_deref()),
        related: f
            .related
            .iter()
            .map(|r| {
                let (line, column, end_line, end_column) = range(index, text, r.span);
                RelatedOut {
                    message: &r.message,
                    line,
                    column,
                    end_line,
                    end_column,
                }
            })
            .collect(),
    }
}

/// Writes the whole run as one JSON document.
pub fn write(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let summary = Summary::of(reports);
    let files = reports
        .iter()
        .map(|r| {
            let index = LineIndex::new(&r.source);
            FileOut {
                path: &r.path,
                score: r.score,
                verdict: r.verdict.as_str(),
                diagnostics: r
                    .findings
                    .iter()
                    .map(|f| diagnostic(f, &index, &r.source))
                    .collect(),
            }
        })
        .collect();
    let output = Output {
        version: 1,
        files,
        summary: SummaryOut {
            files: summary.files,
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            suppressed: summary.suppressed,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &output).map_err(io::Error::from)?;
    writeln!(out)
}
