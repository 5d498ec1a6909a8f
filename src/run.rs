//! Checking many files in parallel with deterministic, streamed output.
//!
//! The inputs are sorted by their display path first (a stable sort, as the report order of
//! SPEC §7 asks), then checked in chunks on rayon's thread pool. Each worker checks its file and
//! renders the file's part of the output into bytes; the calling thread writes the chunks in input
//! order. So the output is the same whatever the number of threads, and what is kept of a file
//! after it has been written is only its [`FileSummary`] (path, score, verdict, counts), not its
//! source or findings: memory does not grow with the number of files.
//!
//! Formats whose document starts with run-wide totals (SARIF, JUnit, HTML) cannot be streamed
//! that way; for them the caller uses [`collect`], which keeps every report.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::config::Config;
use crate::finding::Severity;
use crate::report::Summary;
use crate::rules::unreadable_file::Reason;
use crate::score::Verdict;
use crate::FileReport;

/// One thing to check.
#[derive(Debug)]
pub enum Input {
    /// A file to read.
    Path { path: PathBuf, display: String },
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
            Input::Path { path, display } => crate::check_path(&path, &display, config),
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
    /// Unsuppressed findings per rule: how many, and the highest severity.
    pub per_rule: BTreeMap<String, (usize, Severity)>,
}

impl RunSummary {
    /// Whether any file fails the run.
    pub fn failed(&self) -> bool {
        self.files.iter().any(|f| f.fails)
    }

    fn add(&mut self, file: Checked) {
        self.totals.files += file.summary.counts.files;
        self.totals.errors += file.summary.counts.errors;
        self.totals.warnings += file.summary.counts.warnings;
        self.totals.infos += file.summary.counts.infos;
        self.totals.suppressed += file.summary.counts.suppressed;
        for (rule, severity) in file.rules {
            let entry = self.per_rule.entry(rule).or_insert((0, severity));
            entry.0 += 1;
            entry.1 = entry.1.max(severity);
        }
        self.files.push(file.summary);
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

    /// Written after the last file.
    fn finish(&self, run: &RunSummary, out: &mut dyn Write) -> io::Result<()>;
}

/// A file after checking and rendering on a worker.
struct Checked {
    summary: FileSummary,
    rules: Vec<(String, Severity)>,
    bytes: io::Result<Vec<u8>>,
}

/// How many files a chunk holds per thread: enough that a slow file at the end of a chunk
/// leaves little idle time, few enough that a chunk's output stays small.
const FILES_PER_THREAD: usize = 32;

/// Sorts the inputs by display path (stable), the order of the report.
pub fn sort(inputs: &mut [Input]) {
    inputs.sort_by(|a, b| a.display().cmp(b.display()));
}

/// Checks every input on the current rayon pool and writes `stream`'s output to `out` in input
/// order. The inputs should be [`sort`]ed.
pub fn stream(
    inputs: Vec<Input>,
    config: &Config,
    format: &dyn Stream,
    out: &mut dyn Write,
) -> io::Result<RunSummary> {
    let threshold = config.fail_on.threshold();
    let chunk = FILES_PER_THREAD * rayon::current_num_threads().max(1);
    let mut run = RunSummary::default();
    format.begin(out)?;
    let mut inputs = inputs.into_iter().enumerate().peekable();
    while inputs.peek().is_some() {
        let batch: Vec<(usize, Input)> = inputs.by_ref().take(chunk).collect();
        let checked: Vec<Checked> = batch
            .into_par_iter()
            .map(|(index, input)| {
                let report = input.check(config);
                let mut bytes = Vec::new();
                let bytes = format.file(index, &report, &mut bytes).map(|()| bytes);
                let rules = report
                    .findings
                    .iter()
                    .filter(|f| !f.is_suppressed())
                    .map(|f| (f.rule.to_string(), f.severity))
                    .collect();
                Checked {
                    summary: summarize(&report, threshold),
                    rules,
                    bytes,
                }
            })
            .collect();
        for mut file in checked {
            out.write_all(&std::mem::replace(&mut file.bytes, Ok(Vec::new()))?)?;
            run.add(file);
        }
    }
    format.finish(&run, out)?;
    Ok(run)
}

/// Checks every input on the current rayon pool and keeps every report, in input order (for
/// formats that need the whole run before they can write anything).
pub fn collect(inputs: Vec<Input>, config: &Config) -> Vec<FileReport> {
    inputs
        .into_par_iter()
        .map(|input| input.check(config))
        .collect()
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
