//! Replays the committed fuzz corpus (`fuzz/corpus/`: seeds and crash reproducers) through the
//! library on every `cargo test`, so a crash the fuzzers once found stays fixed even where
//! cargo-fuzz is not installed.

use std::fs;
use std::path::Path;

use guidelint::{check_bytes, Config};

use crate::properties::assert_sane;
use crate::repo;

fn files(target: &str) -> Vec<std::path::PathBuf> {
    let dir = repo("fuzz/corpus").join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn the_parse_and_lint_corpus_replays_cleanly() {
    let mut count = 0;
    for target in ["parse", "lint"] {
        for path in files(target) {
            let bytes = fs::read(&path).unwrap();
            // The parse target's input: lossy UTF-8 straight into the parser.
            let source = String::from_utf8_lossy(&bytes);
            if let Err(e) = guidelint::syntax::parse(&source) {
                assert!(e.span.start <= e.span.end && e.span.end <= source.len());
            }
            if let Some(difference) = guidelint::syntax::parsers_disagree(&source) {
                panic!("{}: the parsers disagree: {difference}", path.display());
            }
            let report = check_bytes(&path.display().to_string(), bytes, &Config::default());
            assert_sane(&report);
            count += 1;
        }
    }
    assert!(count >= 40, "the seed corpus is missing ({count} files)");
}

#[test]
fn the_config_corpus_replays_cleanly() {
    let here = Path::new("/corpus");
    let files = files("config");
    assert!(!files.is_empty());
    for path in files {
        let bytes = fs::read(&path).unwrap();
        if let Ok(text) = std::str::from_utf8(&bytes) {
            if let Ok(config) = Config::from_yaml(".guidelint.yaml", text, here, here) {
                let report = guidelint::check_source(
                    "g.guideline",
                    "guideline \"g\" { owner hr rule \"r\" { block tiktok } }",
                    &config,
                );
                assert_sane(&report);
            }
        }
    }
}
