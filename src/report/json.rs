//! The JSON format of SPEC §9 (version 1): lines and columns 1-based, columns in Unicode scalar
//! values, exclusive end; file-level findings have null positions.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

use super::Summary;
#[cfg(test)]
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

/// A file as the whole document holds it: what [`write_file`] writes (tested).
#[cfg(test)]
#[derive(Serialize)]
struct FileOut<'a> {
    path: &'a str,
    score: Option<u32>,
    verdict: &'a str,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

/// A finding as the whole document holds it (tested).
#[cfg(test)]
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

#[cfg(test)]
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

/// serde_json's `PrettyFormatter` (two spaces a level), starting at a nesting depth: a value
/// serialised with it is what the pretty printer writes for it at that depth of a document, so a
/// part of a document can be written straight into the output without indenting it afterwards.
/// Strings are escaped by serde_json (the trait's default methods).
pub(crate) struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    pub(crate) fn at(depth: usize) -> Indented {
        Indented {
            depth,
            has_value: false,
        }
    }

    /// The start of an array or object: one level deeper, no member yet.
    #[inline]
    fn open<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    /// The end of an array or object: its closing bracket on a line of its own unless it is
    /// empty.
    #[inline]
    fn close<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(writer, false)?;
        }
        writer.write_all(bracket)
    }

    /// A line break (after a comma if `comma`) and the indentation of the current depth.
    fn newline<W: ?Sized + io::Write>(&self, writer: &mut W, comma: bool) -> io::Result<()> {
        const LINE: [u8; 66] = {
            let mut line = [b' '; 66];
            line[0] = b',';
            line[1] = b'\n';
            line
        };
        let from = usize::from(!comma);
        match LINE.get(from..2 + 2 * self.depth) {
            Some(line) => writer.write_all(line),
            None => {
                writer.write_all(&LINE[from..2])?;
                (0..self.depth).try_for_each(|_| writer.write_all(b"  "))
            }
        }
    }
}

impl Formatter for Indented {
    #[inline]
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.newline(writer, !first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.newline(writer, !first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Serialises a value as serde_json's pretty printer writes it at `depth` of a document.
pub(crate) fn write_indented<T: ?Sized + Serialize>(
    value: &T,
    depth: usize,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, Indented::at(depth));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// A number, a boolean or `null`, as serde_json writes it.
fn scalar<T: ?Sized + Serialize>(out: &mut Vec<u8>, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::from)
}

/// A string as serde_json writes it. A string without control characters (nearly all) is
/// written here: copied between quotes, with a backslash before each `"` and `\\`, as serde_json
/// escapes them. serde_json writes any other string, so escapes such as `\u001b` stay with it.
fn text(out: &mut Vec<u8>, value: &str) -> io::Result<()> {
    let bytes = value.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if any_byte(bytes, |b| (b < 0x20) | (b == b'"') | (b == b'\\')) {
        if any_byte(bytes, |b| b < 0x20) {
            out.pop();
            return scalar(out, value);
        }
        let mut run = 0;
        let mut from = 0;
        while let Some(found) = crate::search::find2(b'"', b'\\', &bytes[from..]) {
            let at = from + found;
            out.extend_from_slice(&bytes[run..at]);
            out.push(b'\\');
            // The quote or backslash itself starts the next run.
            run = at;
            from = at + 1;
        }
        out.extend_from_slice(&bytes[run..]);
    } else {
        out.extend_from_slice(bytes);
    }
    out.push(b'"');
    Ok(())
}

/// A name that guidelint itself defines (a category, a severity, a verdict: letters and `-`),
/// which needs no escaping: copied between quotes without being looked at. (Through [`text`],
/// these three names were 2 % of a check with JSON output.) A test checks every such name.
fn name(out: &mut Vec<u8>, value: &'static str) {
    out.reserve(value.len() + 2);
    out.push(b'"');
    out.extend_from_slice(value.as_bytes());
    out.push(b'"');
}

/// A line or column number, as serde_json writes it (with itoa).
fn number(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// A string, or `null` for none.
fn optional_text(out: &mut Vec<u8>, value: Option<&str>) -> io::Result<()> {
    match value {
        Some(value) => text(out, value),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// Whether some byte of `bytes` is `wanted`. Looks at 16 bytes at a time without stopping early
/// inside them, which the compiler turns into vector instructions.
#[inline(always)]
fn any_byte(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    chunks
        .by_ref()
        .any(|chunk| chunk.iter().fold(false, |any, &b| any | wanted(b)))
        || chunks.remainder().iter().any(|&b| wanted(b))
}

/// A file's element of `files` (its object, from `{` to `}`), as serde_json's pretty printer
/// writes `FileOut` at depth 2 of the document: members at depth 3 (6 spaces), diagnostics at
/// depth 4 and their members at depth 5, related spans at 6 and their members at 7. The layout is
/// written here, every string by [`text`] (or [`name`]), line numbers by [`number`], the score
/// by serde_json; a test compares the bytes with serde_json's printing of the whole document.
/// (Through `Serialize` impls and [`Indented`], which spend most of the difference on the keys,
/// 200 files of the benchmark corpus took 39 M instructions, not 24 M.)
fn write_file(r: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
    out.extend_from_slice(b"{\n      \"path\": ");
    text(out, &r.path)?;
    out.extend_from_slice(b",\n      \"score\": ");
    scalar(out, &r.score)?;
    out.extend_from_slice(b",\n      \"verdict\": ");
    name(out, r.verdict.as_str());
    out.extend_from_slice(b",\n      \"diagnostics\": [");
    if r.findings.is_empty() {
        out.extend_from_slice(b"]\n    }");
        return Ok(());
    }
    let index = LineIndex::new(&r.source);
    // Findings come sorted by span start, so one cursor walks forward through the primary spans;
    // related spans point elsewhere and have their own.
    let mut primary = index.cursor(&r.source);
    let mut related = index.cursor(&r.source);
    for (i, f) in r.findings.iter().enumerate() {
        out.extend_from_slice(if i == 0 {
            b"\n        {\n          \"rule\": "
        } else {
            b",\n        {\n          \"rule\": "
        });
        text(out, &f.rule)?;
        out.extend_from_slice(b",\n          \"category\": ");
        name(out, f.category.as_str());
        out.extend_from_slice(b",\n          \"severity\": ");
        name(out, f.severity.as_str());
        out.extend_from_slice(b",\n          \"message\": ");
        text(out, &f.message)?;
        out.extend_from_slice(b",\n          \"help\": ");
        optional_text(out, f.help.as_deref())?;
        match f.span {
            Some(span) => {
                let (start, end) = (primary.position(span.start), primary.position(span.end));
                out.extend_from_slice(b",\n          \"line\": ");
                number(out, start.line);
                out.extend_from_slice(b",\n          \"column\": ");
                number(out, start.column);
                out.extend_from_slice(b",\n          \"end_line\": ");
                number(out, end.line);
                out.extend_from_slice(b",\n          \"end_column\": ");
                number(out, end.column);
            }
            None => out.extend_from_slice(
                b",\n          \"line\": null,\n          \"column\": null,\
                  \n          \"end_line\": null,\n          \"end_column\": null",
            ),
        }
        out.extend_from_slice(b",\n          \"suppressed\": ");
        out.extend_from_slice(if f.is_suppressed() { b"true" } else { b"false" });
        if let Some(reason) = f.suppressed.as_ref().and_then(|s| s.reason.as_deref()) {
            out.extend_from_slice(b",\n          \"suppression_reason\": ");
            text(out, reason)?;
        }
        out.extend_from_slice(b",\n          \"related\": [");
        for (j, r) in f.related.iter().enumerate() {
            out.extend_from_slice(if j == 0 {
                b"\n            {\n              \"message\": "
            } else {
                b",\n            {\n              \"message\": "
            });
            text(out, &r.message)?;
            let (start, end) = (related.position(r.span.start), related.position(r.span.end));
            out.extend_from_slice(b",\n              \"line\": ");
            number(out, start.line);
            out.extend_from_slice(b",\n              \"column\": ");
            number(out, start.column);
            out.extend_from_slice(b",\n              \"end_line\": ");
            number(out, end.line);
            out.extend_from_slice(b",\n              \"end_column\": ");
            number(out, end.column);
            out.extend_from_slice(b"\n            }");
        }
        if !f.related.is_empty() {
            out.extend_from_slice(b"\n          ");
        }
        out.extend_from_slice(b"]\n        }");
    }
    out.extend_from_slice(b"\n      ]\n    }");
    Ok(())
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
/// gives for the whole document (see `write_file`).
pub struct JsonStream;

impl Stream for JsonStream {
    fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
        write!(out, "{{\n  \"version\": 1,\n  \"files\": [")
    }

    fn file(&self, index: usize, r: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
        out.reserve(estimate(r));
        out.extend_from_slice(if index == 0 { b"\n    " } else { b",\n    " });
        write_file(r, out)
    }

    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()> {
        write_end(!run.files.is_empty(), &run.totals, out)
    }
}

/// About the bytes a file's element takes (a little more, so that its vector seldom grows): the
/// bytes of its strings and what the pretty printer writes around them (measured: 300 bytes a
/// diagnostic with empty strings and short numbers, 175 a related span).
fn estimate(r: &FileReport) -> usize {
    let strings: usize = r
        .findings
        .iter()
        .map(|f| {
            let related: usize = f.related.iter().map(|r| 175 + r.message.len()).sum();
            let reason = f.suppressed.as_ref().and_then(|s| s.reason.as_ref());
            300 + f.rule.len()
                + f.message.len()
                + f.help.as_ref().map_or(0, |h| h.len())
                + reason.map_or(0, |r| 40 + r.len())
                + related
        })
        .sum();
    let estimate = 80 + r.path.len() + strings;
    estimate + estimate / 16
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
    let mut text = b"],\n  \"summary\": ".to_vec();
    write_indented(&summary, 1, &mut text)?;
    text.extend_from_slice(b"\n}\n");
    out.write_all(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name that [`name`] writes without looking needs no escaping: it comes out as
    /// [`text`] writes it. (Each list names every variant: the `match` fails to compile when
    /// one is added.)
    #[test]
    fn names_need_no_escaping() {
        use crate::finding::{RuleCategory as C, Severity as S};
        use crate::score::Verdict as V;
        let categories = [C::LawAndOrder, C::Openness, C::Correctness, C::Custom];
        let severities = [S::Info, S::Warning, S::Error];
        let verdicts = [V::Open, V::Mixed, V::LawAndOrder, V::Invalid];
        let _every = |c: C, s: S, v: V| {
            let (C::LawAndOrder | C::Openness | C::Correctness | C::Custom) = c;
            let (S::Info | S::Warning | S::Error) = s;
            let (V::Open | V::Mixed | V::LawAndOrder | V::Invalid) = v;
        };
        let names = categories.iter().map(|c| c.as_str());
        let names = names.chain(severities.iter().map(|s| s.as_str()));
        for value in names.chain(verdicts.iter().map(|v| v.as_str())) {
            let (mut named, mut texted) = (Vec::new(), Vec::new());
            name(&mut named, value);
            text(&mut texted, value).unwrap();
            assert_eq!(named, texted, "{value}");
        }
    }

    /// Numbers come out as serde_json writes them.
    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for value in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            let mut out = Vec::new();
            number(&mut out, value);
            assert_eq!(out, serde_json::to_vec(&value).unwrap());
        }
    }

    /// A finding as the whole document holds it, positions from [`LineIndex::position`].
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

    /// At depth 0 the formatter writes what the pretty printer writes, also deeper than its
    /// prepared indentation (32 levels); at depth 1 inside a document, the same bytes as the
    /// pretty printer for the whole.
    #[test]
    fn indented_is_the_pretty_printer_at_a_depth() {
        let mut value =
            serde_json::json!({ "a": [], "b": {}, "c": [1, "x\n", null], "d": { "e": true } });
        for i in 0..40 {
            value = if i % 2 == 0 {
                serde_json::json!([value, i])
            } else {
                serde_json::json!({ "k": value, "e": [] })
            };
        }
        let mut out = Vec::new();
        write_indented(&value, 0, &mut out).unwrap();
        assert_eq!(out, serde_json::to_vec_pretty(&value).unwrap());
        let mut inside = b"{\n  \"v\": ".to_vec();
        write_indented(&value, 1, &mut inside).unwrap();
        inside.extend_from_slice(b"\n}");
        let whole = serde_json::json!({ "v": value });
        assert_eq!(inside, serde_json::to_vec_pretty(&whole).unwrap());
    }

    #[test]
    fn streamed_document_equals_the_whole_document_on_varied_reports() {
        let reports = crate::report::fixtures::varied_reports();
        for n in [0, 1, 2, reports.len()] {
            let mut out = Vec::new();
            write(&reports[reports.len() - n..], &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                whole(&reports[reports.len() - n..]),
                "last {n} files"
            );
        }
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let mut samples: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        samples.extend(
            [
                "",
                "plain",
                "ä ö ü ß – “quoted” 😀",
                "\u{2028}\u{2029}\u{85}",
            ]
            .map(String::from),
        );
        // A character to escape at every place of strings across the 16-byte blocks.
        for len in 0..40 {
            for at in 0..len {
                for special in ['"', '\\', '\n', '\u{1f}', '\u{7f}', 'é'] {
                    let mut s: String = "x".repeat(len);
                    s.replace_range(at..at + 1, &special.to_string());
                    samples.push(s);
                }
            }
        }
        for sample in &samples {
            let mut ours = Vec::new();
            text(&mut ours, sample).unwrap();
            assert_eq!(ours, serde_json::to_vec(sample).unwrap(), "{sample:?}");
        }
        let mut none = Vec::new();
        optional_text(&mut none, None).unwrap();
        assert_eq!(none, serde_json::to_vec(&None::<String>).unwrap());
    }
}
