//! The fast parser (`src/syntax/fast.rs`) against pest, the grammar of record: on every file the
//! repository has — the examples, the conformance cases, every fixture — and on a generated
//! corpus of valid and broken guidelines, the fast path must build pest's tree (spans included)
//! where pest accepts the file and give up where pest rejects it. The proptests in
//! `properties.rs` and the `parse` fuzz target check the same on random input.

use std::path::Path;

use guidelint::syntax::{parse_fast_only, parsers_disagree, pest_resumes_at};

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

/// Broken files made from valid ones by the mistakes of hand editing, anywhere in the file: a
/// word left out, a word or brace too many, two words swapped, the file cut off. pest, looking
/// for the error from where the fast path gave up (not from the start), must find the error it
/// finds in the whole file, position and words; most of these files take that shortcut.
#[test]
fn pest_finds_the_same_error_from_where_the_fast_path_gave_up() {
    const INSERTED: [&str; 16] = [
        "rule",
        "}",
        "{",
        ",",
        "and",
        "\"x\"",
        "within",
        "5h",
        "except",
        "only",
        "owner",
        "version \"2\"",
        "because \"r\"",
        "respond within 1h",
        "# note\n",
        "\"",
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut below = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    let (mut broken, mut resumed) = (0, 0);
    for seed in 0..150 {
        let source = guideline(&mut Rng::new(seed), Limit::Bytes(3 * 1024), false);
        // Where the words start, and where they end.
        let starts: Vec<usize> = (0..source.len())
            .filter(|&i| {
                source.is_char_boundary(i)
                    && !source[i..].starts_with(char::is_whitespace)
                    && (i == 0 || source[..i].ends_with(char::is_whitespace))
            })
            .collect();
        let end_of = |start: usize| {
            source[start..]
                .find(char::is_whitespace)
                .map_or(source.len(), |n| start + n)
        };
        for _ in 0..12 {
            let at = starts[below(starts.len())];
            let end = end_of(at);
            let mutated = match below(4) {
                0 => format!("{}{}", &source[..at], &source[end..]),
                1 => format!("{}{} {}", &source[..at], INSERTED[below(16)], &source[at..]),
                2 => source[..at].to_owned(),
                _ => {
                    let next = source[end..]
                        .find(|c: char| !c.is_whitespace())
                        .map_or(source.len(), |n| end + n);
                    let next_end = end_of(next);
                    format!(
                        "{}{}{}{}{}",
                        &source[..at],
                        &source[next..next_end],
                        &source[end..next],
                        &source[at..end],
                        &source[next_end..]
                    )
                }
            };
            if let Some(difference) = parsers_disagree(&mutated) {
                panic!("seed {seed}: {difference}\n{mutated}");
            }
            if let Some(resume) = pest_resumes_at(&mutated) {
                broken += 1;
                resumed += usize::from(resume > 0);
            }
        }
    }
    // Both ways were really compared: most broken files take the shortcut.
    assert!(
        broken > 900 && resumed * 10 > broken * 7,
        "{resumed} of {broken}"
    );
}
