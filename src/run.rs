//! Checking many files in parallel with deterministic, streamed output.
//!
//! The inputs are sorted by their display path first (a stable sort, as the report order of
//! SPEC §7 asks), then checked in chunks on rayon's thread pool. Each worker checks its file and
//! renders the file's part of the output into bytes; the calling thread writes the chunks in input
//! order while the pool checks the next chunk. So the output is the same whatever the number of
//! threads, and what is kept of a file after it has been written is only its [`FileSummary`]
//! (path, score, verdict, counts), not its source or findings: memory does not grow with the
//! number of files.
//!
//! Documents that open with run-wide totals (JUnit, the HTML report) are [`spool`]ed: each
//! file's part is set aside in a temporary file while a small row per file is kept, and the
//! document is written once the run is done.

use std::borrow::Cow;
use std::io::{self, Seek, Write};
use std::path::PathBuf;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::discover::Origin;
use crate::finding::Severity;
use crate::report::Summary;
use crate::rules::unreadable_file::Reason;
use crate::score::Verdict;
use crate::FileReport;

/// One thing to check.
#[derive(Debug)]
pub enum Input {
    /// A file to read, as its origin says (named, or found by the walk as a regular file or as
    /// something else).
    Path {
        path: PathBuf,
        display: String,
        origin: Origin,
    },
    /// Bytes read elsewhere (standard input).
    Bytes { display: String, bytes: Vec<u8> },
    /// A path the walk could not read.
    Unreadable { display: String, message: String },
}

impl Input {
    /// The path as reported.
    pub fn display(&self) -> &str {
        match self {
            Input::Path { display, .. }
            | Input::Bytes { display, .. }
            | Input::Unreadable { display, .. } => display,
        }
    }

    /// Checks the input.
    pub fn check(self, config: &Config) -> FileReport {
        match self {
            Input::Path {
                path,
                display,
                origin,
            } => match origin {
                Origin::Named => crate::check_path(&path, &display, config),
                Origin::WalkedFile => crate::check_walked_file(&path, &display, config),
                // The walk said what it is: never opened, so a FIFO cannot block the run.
                Origin::WalkedOther => crate::unreadable(&display, &Reason::NotAFile, config),
            },
            Input::Bytes { display, bytes } => crate::check_bytes(&display, bytes, config),
            Input::Unreadable { display, message } => {
                crate::unreadable(&display, &Reason::Io(message), config)
            }
        }
    }
}

/// What is kept of a file once its part of the output is written.
#[derive(Clone, Debug)]
pub struct FileSummary {
    pub path: String,
    pub score: Option<u32>,
    pub verdict: Verdict,
    /// This file's counts (`files` is 1).
    pub counts: Summary,
    /// Whether the file fails the run at the configured `fail-on`.
    pub fails: bool,
}

/// The whole run, as far as a summary needs it.
#[derive(Clone, Debug, Default)]
pub struct RunSummary {
    pub files: Vec<FileSummary>,
    pub totals: Summary,
    /// Unsuppressed findings per rule: how many, and the highest severity. (A hash map: it is
    /// looked up for every rule of every file, and the statistics sort their rows anyway.)
    pub per_rule: FxHashMap<Cow<'static, str>, (usize, Severity)>,
}

impl RunSummary {
    /// Whether any file fails the run.
    pub fn failed(&self) -> bool {
        self.files.iter().any(|f| f.fails)
    }

    /// The summary of reports already checked, none failing (no `fail-on` threshold).
    pub fn of(reports: &[FileReport]) -> RunSummary {
        let mut run = RunSummary::default();
        reports.iter().for_each(|report| run.add_report(report));
        run
    }

    fn add_report(&mut self, report: &FileReport) {
        self.add(summarize(report, None), unsuppressed_rules(report));
    }

    fn add(&mut self, summary: FileSummary, rules: Vec<RuleCount>) {
        self.totals.files += summary.counts.files;
        self.totals.errors += summary.counts.errors;
        self.totals.warnings += summary.counts.warnings;
        self.totals.infos += summary.counts.infos;
        self.totals.suppressed += summary.counts.suppressed;
        for RuleCount {
            rule,
            count,
            severity,
        } in rules
        {
            let entry = self.per_rule.entry(rule).or_insert((0, severity));
            entry.0 += count;
            entry.1 = entry.1.max(severity);
        }
        self.files.push(summary);
    }
}

/// A streamed output format: the part of one file is rendered on a worker thread; the start and
/// the end of the document are written by the calling thread.
pub trait Stream: Sync {
    /// Written before the first file.
    fn begin(&self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// Renders the `index`-th file (0-based, in output order) into `out`.
    fn file(&self, index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<()>;

    /// Written between two files' parts when both are non-empty (a comma in a JSON array).
    fn separator(&self) -> &'static [u8] {
        b""
    }

    /// Written after the last file.
    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()>;
}

/// A document that opens with what only the whole run knows (totals, a table of the files), such
/// as JUnit's `<testsuites tests=…>` or the HTML report's summary. Each file's part is rendered on
/// a worker and set aside in a temporary file (see [`spool`]); what the opening needs of a file is
/// kept as its `Row`, which is small. So memory does not grow with the size of the report.
pub trait Document: Sync {
    /// What the opening of the document needs to know of one file.
    type Row: Send;

    /// Renders the `index`-th file's part (0-based, in output order) into `out`.
    fn file(&self, index: usize, report: &FileReport, out: &mut Vec<u8>) -> io::Result<Self::Row>;

    /// Written before the files' parts.
    fn head(&self, run: &RunSummary, rows: &[Self::Row], out: &mut dyn Write) -> io::Result<()>;

    /// Written after the files' parts.
    fn tail(&self, run: &RunSummary, rows: &[Self::Row], out: &mut dyn Write) -> io::Result<()>;
}

/// A file after checking and rendering on a worker.
struct Checked<R> {
    summary: FileSummary,
    rules: Vec<RuleCount>,
    bytes: io::Result<(Vec<u8>, R)>,
}

/// How many files a chunk holds per thread: enough that a slow file at the end of a chunk
/// leaves little idle time, few enough that a chunk's output stays small.
const FILES_PER_THREAD: usize = 32;

/// Sorts the inputs by display path (stable), the order of the report.
pub fn sort(inputs: &mut [Input]) {
    inputs.sort_by(|a, b| a.display().cmp(b.display()));
}

/// Checks every input on the current rayon pool, renders each with `render` on the worker, and
/// hands the rendered parts to `sink` on the calling thread, in input order, a chunk at a time.
///
/// The inputs go in chunks. While the pool checks one chunk, the calling thread hands the parts
/// of the chunk before to `sink`, then joins the pool's work on the chunk: writing the output
/// does not leave the workers idle, and at most two chunks are held at a time. `sink` runs only
/// on the calling thread, so it need not be `Send` (standard output's lock is not).
fn each_in_order<R: Send>(
    inputs: Vec<Input>,
    config: &Config,
    render: impl Fn(usize, &FileReport, &mut Vec<u8>) -> io::Result<R> + Sync,
    mut sink: impl FnMut(Vec<(Vec<u8>, R)>) -> io::Result<()>,
) -> io::Result<RunSummary> {
    let threshold = config.fail_on.threshold();
    let chunk = FILES_PER_THREAD * rayon::current_num_threads().max(1);
    let check = |(index, input): (usize, Input)| {
        let report = input.check(config);
        let mut bytes = Vec::new();
        let bytes = render(index, &report, &mut bytes).map(|row| (bytes, row));
        Checked {
            summary: summarize(&report, threshold),
            rules: unsuppressed_rules(&report),
            bytes,
        }
    };
    let mut run = RunSummary::default();
    let mut inputs = inputs.into_iter().enumerate();
    // The chunk checked last, waiting to be written.
    let mut waiting: Vec<Checked<R>> = Vec::new();
    loop {
        let batch: Vec<(usize, Input)> = inputs.by_ref().take(chunk).collect();
        if batch.is_empty() && waiting.is_empty() {
            return Ok(run);
        }
        let mut checked: Vec<Checked<R>> = Vec::new();
        let check = &check;
        let written = rayon::in_place_scope(|scope| {
            if !batch.is_empty() {
                let checked = &mut checked;
                scope.spawn(move |_| *checked = batch.into_par_iter().map(check).collect());
            }
            write_in_order(std::mem::take(&mut waiting), &mut run, &mut sink)
        });
        written?;
        waiting = checked;
    }
}

/// Hands the rendered parts of checked files to `sink` in order, and adds them to `run`. The
/// parts before a file that could not be rendered are written, then its error ends the run.
fn write_in_order<R>(
    checked: Vec<Checked<R>>,
    run: &mut RunSummary,
    sink: &mut impl FnMut(Vec<(Vec<u8>, R)>) -> io::Result<()>,
) -> io::Result<()> {
    let mut parts = Vec::with_capacity(checked.len());
    for file in checked {
        let Checked {
            summary,
            rules,
            bytes,
        } = file;
        match bytes {
            Ok(part) => parts.push(part),
            Err(e) => {
                sink(parts)?;
                return Err(e);
            }
        }
        run.add(summary, rules);
    }
    sink(parts)
}

/// Checks every input on the current rayon pool and writes `stream`'s output to `out` in input
/// order. The inputs should be [`sort`]ed.
pub fn stream(
    inputs: Vec<Input>,
    config: &Config,
    format: &dyn Stream,
    out: &mut dyn Write,
) -> io::Result<RunSummary> {
    format.begin(out)?;
    let mut joined = Joined::new(format.separator());
    let run = each_in_order(
        inputs,
        config,
        |index, report, bytes| format.file(index, report, bytes),
        |parts| joined.write(parts.iter().map(|(part, ())| &part[..]), out),
    )?;
    format.finish(&run, out)?;
    Ok(run)
}

/// Writes the files' parts of a [`Stream`] with its separator between two that are not empty.
struct Joined {
    separator: &'static [u8],
    written_any: bool,
}

impl Joined {
    fn new(separator: &'static [u8]) -> Joined {
        Joined {
            separator,
            written_any: false,
        }
    }

    /// Writes `parts` (the parts of a chunk of files) in vectored writes: a part is larger than
    /// the output buffer, so written one by one, each was a system call of its own (11 000 for
    /// the JSON of 10 000 files, with the separators); now a chunk of files is one or a few.
    fn write<'p>(
        &mut self,
        parts: impl Iterator<Item = &'p [u8]>,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let mut slices = Vec::new();
        for part in parts.filter(|part| !part.is_empty()) {
            if self.written_any && !self.separator.is_empty() {
                slices.push(io::IoSlice::new(self.separator));
            }
            self.written_any = true;
            slices.push(io::IoSlice::new(part));
        }
        write_all_vectored(out, &mut slices)
    }
}

/// Writes all of `slices`, in as few vectored writes as `out` takes them in.
/// (`Write::write_all_vectored` is not stable yet.)
fn write_all_vectored(out: &mut dyn Write, slices: &mut [io::IoSlice<'_>]) -> io::Result<()> {
    let mut rest = slices;
    while rest.iter().any(|slice| !slice.is_empty()) {
        match out.write_vectored(rest) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Checks every input on the current rayon pool and writes `document` to `out`: the files' parts
/// go to a temporary file as they are done (kept in memory only when no temporary file can be
/// made), then the head, the parts and the tail are written. The inputs should be [`sort`]ed.
pub fn spool<D: Document>(
    inputs: Vec<Input>,
    config: &Config,
    document: &D,
    out: &mut dyn Write,
) -> io::Result<RunSummary> {
    let mut parts = Spool::new();
    let mut rows = Vec::new();
    let run = each_in_order(
        inputs,
        config,
        |index, report, bytes| document.file(index, report, bytes),
        |chunk| {
            for (bytes, row) in chunk {
                rows.push(row);
                parts.write_all(&bytes)?;
            }
            Ok(())
        },
    )?;
    document.head(&run, &rows, out)?;
    parts.copy_to(out)?;
    document.tail(&run, &rows, out)?;
    Ok(run)
}

/// The counterpart of [`each_in_order`] for reports already checked: renders each in order on
/// the calling thread and hands the part to `sink`.
fn each_report<R>(
    reports: &[FileReport],
    render: impl Fn(usize, &FileReport, &mut Vec<u8>) -> io::Result<R>,
    mut sink: impl FnMut(Vec<u8>, R) -> io::Result<()>,
) -> io::Result<RunSummary> {
    let mut run = RunSummary::default();
    for (index, report) in reports.iter().enumerate() {
        let mut bytes = Vec::new();
        let row = render(index, report, &mut bytes)?;
        sink(bytes, row)?;
        run.add_report(report);
    }
    Ok(run)
}

/// Writes `format` for reports already checked, in memory and in order (for tests and callers of
/// the library that hold the reports): the same bytes as [`stream`] gives.
pub fn write_stream(
    format: &dyn Stream,
    reports: &[FileReport],
    out: &mut dyn Write,
) -> io::Result<()> {
    format.begin(out)?;
    let mut parts = Joined::new(format.separator());
    let run = each_report(
        reports,
        |index, report, bytes| format.file(index, report, bytes),
        |bytes, ()| parts.write(std::iter::once(&bytes[..]), out),
    )?;
    format.finish(&run, out)
}

/// Writes `document` for reports already checked, in memory and in order (for tests and callers
/// of the library that hold the reports): the same bytes as [`spool`] gives.
pub fn write_document<D: Document>(
    document: &D,
    reports: &[FileReport],
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut rows = Vec::with_capacity(reports.len());
    let mut parts = Vec::new();
    let run = each_report(
        reports,
        |index, report, bytes| document.file(index, report, bytes),
        |bytes, row| {
            rows.push(row);
            parts.extend_from_slice(&bytes);
            Ok(())
        },
    )?;
    document.head(&run, &rows, out)?;
    out.write_all(&parts)?;
    document.tail(&run, &rows, out)
}

/// Where a document's parts wait for its head: an anonymous temporary file (removed by the
/// operating system when it is closed), or memory when none can be made.
enum Spool {
    File(io::BufWriter<std::fs::File>),
    Memory(Vec<u8>),
}

impl Spool {
    fn new() -> Spool {
        match tempfile::tempfile() {
            Ok(file) => Spool::File(io::BufWriter::with_capacity(1 << 16, file)),
            Err(_) => Spool::Memory(Vec::new()),
        }
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            Spool::File(file) => file.write_all(bytes),
            Spool::Memory(memory) => {
                memory.extend_from_slice(bytes);
                Ok(())
            }
        }
    }

    /// Writes everything spooled to `out`.
    fn copy_to(self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Spool::File(file) => {
                let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                file.seek(io::SeekFrom::Start(0))?;
                io::copy(&mut file, out)?;
                Ok(())
            }
            Spool::Memory(memory) => out.write_all(&memory),
        }
    }
}

/// One rule's unsuppressed findings in one file.
struct RuleCount {
    rule: Cow<'static, str>,
    count: usize,
    /// The highest severity.
    severity: Severity,
}

/// The unsuppressed findings of a file per rule, for the per-rule statistics; counted on the
/// worker, so the calling thread adds a few rules per file rather than every finding.
fn unsuppressed_rules(report: &FileReport) -> Vec<RuleCount> {
    let mut rules: Vec<RuleCount> = Vec::new();
    for f in report.findings.iter().filter(|f| !f.is_suppressed()) {
        // A file has findings of a few rules: a short list beats a map. A built-in rule's name
        // is one static text: where the addresses are the same, so are the names.
        let same = |r: &&mut RuleCount| {
            r.rule.len() == f.rule.len()
                && (std::ptr::eq(r.rule.as_ptr(), f.rule.as_ptr()) || r.rule == f.rule)
        };
        match rules.iter_mut().find(same) {
            Some(r) => {
                r.count += 1;
                r.severity = r.severity.max(f.severity);
            }
            None => rules.push(RuleCount {
                rule: f.rule.clone(),
                count: 1,
                severity: f.severity,
            }),
        }
    }
    rules
}

/// The summary of one report.
pub fn summarize(report: &FileReport, threshold: Option<Severity>) -> FileSummary {
    let mut counts = Summary::default();
    counts.add(report);
    FileSummary {
        path: report.path.clone(),
        score: report.score,
        verdict: report.verdict,
        counts,
        fails: report.fails(threshold),
    }
}

/// Runs `f` on a rayon pool with `threads` threads (0: rayon's default, which honours
/// `RAYON_NUM_THREADS`).
pub fn with_threads<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(f),
        // No pool (threads cannot be spawned): rayon falls back to its global pool.
        Err(_) => f(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document that shows what it was given: the head lists the rows, each part names its file.
    struct Listing;

    impl Document for Listing {
        type Row = (usize, usize);

        fn file(
            &self,
            index: usize,
            report: &FileReport,
            out: &mut Vec<u8>,
        ) -> io::Result<Self::Row> {
            writeln!(out, "{index} {}", report.path)?;
            Ok((index, report.findings.len()))
        }

        fn head(
            &self,
            run: &RunSummary,
            rows: &[Self::Row],
            out: &mut dyn Write,
        ) -> io::Result<()> {
            writeln!(out, "head: {} files, rows {rows:?}", run.totals.files)
        }

        fn tail(
            &self,
            run: &RunSummary,
            _rows: &[Self::Row],
            out: &mut dyn Write,
        ) -> io::Result<()> {
            writeln!(out, "tail: {} errors", run.totals.errors)
        }
    }

    /// Writes nothing for every other file; `|` between parts.
    struct Sparse;

    impl Stream for Sparse {
        fn begin(&self, out: &mut dyn Write) -> io::Result<()> {
            out.write_all(b"[")
        }

        fn file(&self, index: usize, _report: &FileReport, out: &mut Vec<u8>) -> io::Result<()> {
            if index % 2 == 1 {
                write!(out, "{index}")?;
            }
            Ok(())
        }

        fn separator(&self) -> &'static [u8] {
            b"|"
        }

        fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()> {
            write!(out, "] {}", run.files.len())
        }
    }

    fn inputs(n: usize) -> Vec<Input> {
        (0..n)
            .map(|i| Input::Bytes {
                display: format!("f{i:03}.guideline"),
                bytes: match i % 3 {
                    0 => b"guideline \"G\" { rule \"R\" { block tiktok } }".to_vec(),
                    1 => b"guideline {".to_vec(),
                    _ => format!("guideline \"G{i}\" {{ contact \"a@b\" }}").into_bytes(),
                },
            })
            .collect()
    }

    fn reports(n: usize, config: &Config) -> Vec<FileReport> {
        inputs(n).into_iter().map(|i| i.check(config)).collect()
    }

    #[test]
    fn spooled_parts_come_between_head_and_tail_in_input_order() {
        let config = Config::default();
        for threads in [1, 2, 5] {
            let mut spooled = Vec::new();
            let run = with_threads(threads, || {
                spool(inputs(150), &config, &Listing, &mut spooled)
            })
            .unwrap();
            assert_eq!(run.files.len(), 150);
            let mut in_memory = Vec::new();
            write_document(&Listing, &reports(150, &config), &mut in_memory).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&spooled),
                String::from_utf8_lossy(&in_memory)
            );
            let text = String::from_utf8(spooled).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            assert!(
                lines[0].starts_with("head: 150 files, rows [(0, "),
                "{}",
                lines[0]
            );
            assert_eq!(lines[1], "0 f000.guideline");
            assert_eq!(lines[150], "149 f149.guideline");
            assert!(lines[151].starts_with("tail: "), "{}", lines[151]);
            assert_eq!(lines.len(), 152);
        }
    }

    #[test]
    fn a_stream_puts_its_separator_only_between_parts_that_are_not_empty() {
        let config = Config::default();
        let mut streamed = Vec::new();
        with_threads(2, || stream(inputs(6), &config, &Sparse, &mut streamed)).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), "[1|3|5] 6");
        let mut in_memory = Vec::new();
        write_stream(&Sparse, &reports(6, &config), &mut in_memory).unwrap();
        assert_eq!(String::from_utf8(in_memory).unwrap(), "[1|3|5] 6");
    }

    #[test]
    fn per_rule_counts_are_the_same_whatever_the_threads_and_chunks() {
        let config = Config::default();
        let mut expected: FxHashMap<Cow<'static, str>, (usize, Severity)> = FxHashMap::default();
        for report in reports(300, &config) {
            for f in report.findings.iter().filter(|f| !f.is_suppressed()) {
                let entry = expected
                    .entry(Cow::Owned(f.rule.to_string()))
                    .or_insert((0, f.severity));
                entry.0 += 1;
                entry.1 = entry.1.max(f.severity);
            }
        }
        assert!(!expected.is_empty());
        for threads in [1, 2, 5] {
            let mut streamed = Vec::new();
            let run = with_threads(threads, || {
                stream(inputs(300), &config, &Sparse, &mut streamed)
            })
            .unwrap();
            assert_eq!(run.per_rule, expected, "{threads} threads");
            assert_eq!(run.files.len(), 300);
            let paths: Vec<&str> = run.files.iter().map(|f| f.path.as_str()).collect();
            let mut sorted = paths.clone();
            sorted.sort_unstable();
            assert_eq!(paths, sorted);
        }
    }

    /// Accepts `room` bytes, then fails.
    struct Full {
        room: usize,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::other("disk full"));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_write_error_in_a_later_chunk_ends_the_run_with_that_error() {
        let config = Config::default();
        for threads in [1, 2] {
            // `[` and the parts of about 200 files: past the first chunks.
            let mut out = Full { room: 600 };
            let result = with_threads(threads, || stream(inputs(1000), &config, &Sparse, &mut out));
            let error = result.expect_err("the output is full");
            assert_eq!(error.to_string(), "disk full");
        }
    }

    /// Takes at most three bytes a call, from the first slice only.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = buf.len().min(3);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn parts_and_separators_are_written_whole_however_little_a_write_takes() {
        for parts in [
            &[][..],
            &[""][..],
            &["part"][..],
            &["", "a", "", "b"][..],
            &["{ \"a\": 1 }", "{ \"b\": 2 }", "{}"][..],
        ] {
            for separator in ["", ",\n    "] {
                let mut out = Trickle(Vec::new());
                let mut joined = Joined::new(separator.as_bytes());
                // Two chunks: the separator also goes between them.
                let (first, second) = parts.split_at(parts.len() / 2);
                for chunk in [first, second] {
                    joined
                        .write(chunk.iter().map(|p| p.as_bytes()), &mut out)
                        .unwrap();
                }
                let want: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
                assert_eq!(String::from_utf8(out.0).unwrap(), want.join(separator));
            }
        }
    }
}
