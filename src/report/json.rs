//! The JSON format of SPEC §9 (version 1): lines and columns 1-based, columns in Unicode scalar
//! values, exclusive end; file-level findings have null positions.

use std::io::{self, Write};

use serde::Serialize;

use super::Summary;
use crate::finding::Finding;
use crate::run::{RunSummary, Stream};
use crate::span::{LineIndex, Span};
use crate::FileReport;

/// The whole document at once; the streamed writer must give the same bytes (tested).
#[cfg(test)]
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
    let stream = JsonStream;
    stream.begin(out)?;
    let mut bytes = Vec::new();
    for (index, report) in reports.iter().enumerate() {
        bytes.clear();
        stream.file(index, report, &mut bytes)?;
        out.write_all(&bytes)?;
    }
    let run = RunSummary {
        files: Vec::new(),
        totals: Summary::of(reports),
        per_rule: Default::default(),
    };
    write_end(!reports.is_empty(), &run.totals, out)
}

/// The JSON document written file by file: the same bytes as serde_json's pretty printer
/// gives for the whole document, with each element of `files` serialised on its own and
/// indented to its depth (JSON strings hold no raw line breaks, so indenting lines is safe).
pub struct JsonStream;

impl Stream for JsonStream {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "{{\n  \"version\": 1,\n  \"files\": [")
    }

    fn file(&self, index: usize, r: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
        let index_of_lines = LineIndex::new(&r.source);
        let file = FileOut {
            path: &r.path,
            score: r.score,
            verdict: r.verdict.as_str(),
            diagnostics: r
                .findings
                .iter()
                .map(|f| diagnostic(f, &index_of_lines, &r.source))
                .collect(),
        };
        let text = serde_json::to_vec_pretty(&file).map_err(io::Error::other)?;
        out.extend_from_slice(if index == 0 { b"\n" } else { b",\n" });
        out.reserve(text.len() + text.len() / 4);
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', &text).chain([text.len()]) {
            if start > 0 {
                out.push(b'\n');
            }
            out.extend_from_slice(b"    ");
            out.extend_from_slice(&text[start..end]);
            start = end + 1;
        }
        Ok(())
    }

    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()> {
        write_end(!run.files.is_empty(), &run.totals, out)
    }
}

/// The end of the `files` array, the summary and the end of the document.
fn write_end(any_file: bool, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
    if any_file {
        write!(out, "\n  ")?;
    }
    let summary = SummaryOut {
        files: s.files,
        errors: s.errors,
        warnings: s.warnings,
        infos: s.infos,
        suppressed: s.suppressed,
    };
    let text = serde_json::to_string_pretty(&summary).map_err(io::Error::other)?;
    write!(
        out,
        "],\n  \"summary\": {}\n}}\n",
        text.replace('\n', "\n  ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document as serde_json writes it in one piece.
    fn whole(reports: &[FileReport]) -> String {
        let s = Summary::of(reports);
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
                files: s.files,
                errors: s.errors,
                warnings: s.warnings,
                infos: s.infos,
                suppressed: s.suppressed,
            },
        };
        serde_json::to_string_pretty(&output).unwrap() + "\n"
    }

    #[test]
    fn streamed_document_equals_the_whole_document() {
        let config = crate::Config::default();
        let sources = [
            "guideline \"A\" { rule \"r\" { block facebook } }",
            "guideline \"B\" {\n  owner hr\n  rule \"x\" { allow employes to access facebook }\n}\n",
            "guideline \"C\" { rule \"r\" { allow employees } }",
            "guideline \"D \\\"quoted\\\" ä\" { goal \"g\" contact \"c\" owner hr }",
        ];
        let reports: Vec<FileReport> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| crate::check_source(&format!("f{i}.guideline"), s, &config))
            .collect();
        for n in 0..=reports.len() {
            let mut out = Vec::new();
            write(&reports[..n], &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                whole(&reports[..n]),
                "{n} files"
            );
        }
    }
}
