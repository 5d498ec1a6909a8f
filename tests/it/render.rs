//! The fast path of the human output (`src/report/snippet.rs`) against miette, the renderer of
//! record: every file of the repository (the examples, the fixtures, the conformance cases, the
//! fuzz corpus) and a generated corpus are drawn both ways, with the settings that change the
//! drawing (width, language, suppressed findings shown), and must give the same bytes. The
//! fast path must also have drawn most findings, so that this cannot pass by always giving up.

use std::path::{Path, PathBuf};

use guidelint::report::human::{render_both_ways, Style};
use guidelint::{check_bytes, check_source, Config, FileReport, Lang};

// The generator is also a module of `parsers.rs`; a second copy keeps the two tests apart.
#[allow(dead_code, clippy::duplicate_mod)]
#[path = "../../examples/gen_corpus.rs"]
mod gen_corpus;

use gen_corpus::{guideline, Limit, Rng};

use crate::repo;

/// Every file below `dir` whose name ends with `suffix` (all files when it is empty).
fn files(dir: &Path, suffix: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, suffix, out);
        } else if path.to_string_lossy().ends_with(suffix) {
            out.push(path);
        }
    }
}

/// Findings drawn, and of those by the fast path.
#[derive(Default)]
struct Count {
    findings: usize,
    fast: usize,
}

impl Count {
    /// Prints the share the fast path drew, and asserts it is above `tenths` tenths of the
    /// findings (so a fast path that always gives up fails).
    fn assert_share(&self, what: &str, tenths: usize) {
        eprintln!(
            "{what}: the fast path drew {} of {} findings",
            self.fast, self.findings
        );
        assert!(
            self.fast * 10 > self.findings * tenths,
            "{what}: the fast path drew {} of {} findings",
            self.fast,
            self.findings
        );
    }
}

/// Draws `report` both ways with several styles; panics where they differ.
fn compare(report: &FileReport, count: &mut Count) {
    let styles = [
        Style::default(),
        Style {
            lang: Lang::De,
            show_suppressed: true,
            ..Style::default()
        },
        Style {
            width: 40,
            ..Style::default()
        },
        Style {
            width: 250,
            lang: Lang::De,
            ..Style::default()
        },
    ];
    for style in &styles {
        let (fast, miette, taken) = render_both_ways(report, style);
        if fast != miette {
            let line = fast
                .lines()
                .zip(miette.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{} ({style:?}): the drawings differ from line {}\n--- fast\n{fast}\n--- miette\n{miette}",
                report.path,
                line + 1
            );
        }
        count.findings += report
            .findings
            .iter()
            .filter(|f| style.show_suppressed || !f.is_suppressed())
            .count();
        count.fast += taken;
    }
}

#[test]
fn the_fast_path_draws_every_file_of_the_repository_as_miette_does() {
    let mut paths = Vec::new();
    files(&repo("examples"), ".guideline", &mut paths);
    files(&repo("tests/fixtures"), ".guideline", &mut paths);
    files(&repo("tests/data"), ".guideline", &mut paths);
    files(&repo("../shared/conformance"), ".guideline", &mut paths);
    let guidelines = paths.len();
    files(&repo("fuzz/corpus"), "", &mut paths);
    assert!(guidelines >= 20, "only {guidelines} guideline files");
    let mut count = Count::default();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let report = check_bytes(&path.display().to_string(), bytes, &Config::default());
        compare(&report, &mut count);
    }
    count.assert_share("repository", 9);
}

#[test]
fn the_fast_path_draws_a_generated_corpus_as_miette_does() {
    let mut count = Count::default();
    for seed in 0..300 {
        let mut rng = Rng::new(seed);
        let limit = if seed % 10 == 0 {
            Limit::Bytes(20 * 1024)
        } else {
            Limit::Bytes(3 * 1024)
        };
        let mut source = guideline(&mut rng, limit, seed % 4 == 0);
        // Line breaks and indentation the generator makes rarely or never.
        match seed % 7 {
            1 => source = source.replace('\n', "\r\n"),
            2 => source = source.replace("\n  ", "\n\t"),
            3 => source = source.replace("\n\n", "\n\r\n"),
            _ => {}
        }
        let report = check_source(
            &format!("corpus/{seed}.guideline"),
            &source,
            &Config::default(),
        );
        compare(&report, &mut count);
    }
    // Most findings are simple; those near a tab (a seventh of the files) are left to miette.
    count.assert_share("generated", 8);
}

/// The same for the files of a directory given in `GUIDELINT_RENDER_DIR` (such as the 10 000-file
/// benchmark corpus): `GUIDELINT_RENDER_DIR=target/bench/corpus cargo test --test it -- --ignored
/// given_directory`.
#[test]
#[ignore = "needs GUIDELINT_RENDER_DIR, a directory of guideline files to draw both ways"]
fn the_fast_path_draws_the_files_of_a_given_directory_as_miette_does() {
    let dir = std::env::var_os("GUIDELINT_RENDER_DIR")
        .expect("GUIDELINT_RENDER_DIR names the directory whose files are drawn both ways");
    let mut paths = Vec::new();
    files(Path::new(&dir), "", &mut paths);
    let mut count = Count::default();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let report = check_bytes(&path.display().to_string(), bytes, &Config::default());
        compare(&report, &mut count);
    }
    eprintln!(
        "{} files: the fast path drew {} of {} findings",
        paths.len(),
        count.fast,
        count.findings
    );
}
