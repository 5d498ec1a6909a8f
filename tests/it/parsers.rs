//! The fast parser (`src/syntax/fast.rs`) against pest, the grammar of record: on every file the
//! repository has — the examples, the conformance cases, every fixture — and on a generated
//! corpus of valid and broken guidelines, the fast path must build pest's tree (spans included)
//! where pest accepts the file and give up where pest rejects it. The proptests in
//! `properties.rs` and the `parse` fuzz target check the same on random input.

use std::path::Path;

use guidelint::syntax::{parse_fast_only, parsers_disagree};

#[allow(dead_code)]
#[path = "../../examples/gen_corpus.rs"]
mod gen_corpus;

use gen_corpus::{guideline, Limit, Rng};

use crate::repo;

/// Every `*.guideline` file below `dir`.
fn guideline_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            guideline_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "guideline") {
            out.push(path);
        }
    }
}

#[test]
fn the_parsers_agree_on_every_file_of_the_repository() {
    let mut files = Vec::new();
    guideline_files(&repo("examples"), &mut files);
    guideline_files(&repo("tests/fixtures"), &mut files);
    assert!(files.len() >= 20, "only {} files", files.len());
    let mut fast = 0;
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue; // the invalid-UTF-8 fixtures never reach a parser
        };
        if let Some(difference) = parsers_disagree(&source) {
            panic!("{}: {difference}", path.display());
        }
        fast += usize::from(parse_fast_only(&source).is_some());
    }
    // Most fixtures are valid files, which the fast path must read itself.
    assert!(fast * 2 > files.len(), "{fast} of {}", files.len());
}

#[test]
fn the_parsers_agree_on_a_generated_corpus() {
    let (mut valid, mut broken) = (0, 0);
    for seed in 0..400 {
        let mut rng = Rng::new(seed);
        let is_broken = seed % 4 == 0;
        let limit = if seed % 10 == 0 {
            Limit::Bytes(40 * 1024)
        } else {
            Limit::Bytes(3 * 1024)
        };
        let source = guideline(&mut rng, limit, is_broken);
        if let Some(difference) = parsers_disagree(&source) {
            panic!("seed {seed}: {difference}\n{source}");
        }
        match parse_fast_only(&source) {
            Some(_) => valid += 1,
            None => broken += 1,
        }
    }
    // Both kinds were really compared.
    assert!(valid > 200 && broken > 20, "{valid} valid, {broken} broken");
}
