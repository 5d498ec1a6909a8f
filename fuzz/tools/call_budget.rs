//! Measures how many pest calls per byte an input needs: for each input, the smallest call limit
//! under which it parses as it does without a limit, found by bisection. Run in release:
//!
//!     cargo run --release --manifest-path fuzz/Cargo.toml --example call_budget -- FILE...
//!
//! With no FILE it measures built-in worst cases (the inputs that make pest work hardest per
//! byte) and the seed corpus is measured by naming it.

use std::num::NonZeroUsize;

use guidelint::syntax::{self, SyntaxErrorKind};

fn too_complex(source: &str, limit: usize) -> bool {
    syntax::override_call_limit(NonZeroUsize::new(limit));
    matches!(syntax::parse(source), Err(e) if e.kind == SyntaxErrorKind::TooComplex)
}

/// The smallest limit that does not trip.
fn needed(source: &str) -> usize {
    let (mut lo, mut hi) = (1usize, 1usize << 40);
    assert!(!too_complex(source, hi));
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if too_complex(source, mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn wrap(body: &str) -> String {
    format!("guideline \"g\" {{\n{body}}}\n")
}

fn repeat(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1) + 1)
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let mut inputs: Vec<(String, String)> = Vec::new();
    if files.is_empty() {
        let n = 64 * 1024;
        let cases = [
            (
                "one-letter terms",
                wrap(&format!("owner a{}\n", repeat(",a", n))),
            ),
            (
                "terms and 'and'",
                wrap(&format!("owner a{} and b\n", repeat(", a", n))),
            ),
            ("spaces", wrap(&repeat(" ", n))),
            ("newlines", wrap(&repeat("\n", n))),
            ("CRLF", wrap(&repeat("\r\n", n))),
            ("comments", wrap(&repeat("#\n", n))),
            ("long comment", wrap(&format!("#{}\n", repeat("x", n)))),
            (
                "long string",
                wrap(&format!("goal \"{}\"\n", repeat("x", n))),
            ),
            ("escapes", wrap(&format!("goal \"{}\"\n", repeat("\\n", n)))),
            ("empty rules", wrap(&repeat("rule\"\"{}", n))),
            ("empty channels", wrap(&repeat("channel x{}", n))),
            (
                "statements",
                wrap(&format!(
                    "rule \"r\" {{{}}}\n",
                    repeat(
                        "forbid a to b on c about d during e using f with approval by g ",
                        n
                    )
                )),
            ),
            (
                "short statements",
                wrap(&format!("rule \"r\" {{{}}}\n", repeat("block a ", n))),
            ),
            (
                "monitor lists",
                wrap(&format!("rule \"r\" {{{}}}\n", repeat("monitor a,b,c ", n))),
            ),
            (
                "keyword prefixes",
                wrap(&format!("owner {}\n", repeat("guidelinex, ", n))),
            ),
            (
                "durations",
                wrap(&repeat("channel x{respond within 1min}", n)),
            ),
            ("unclosed string", format!("guideline \"{}", repeat("x", n))),
            (
                "error at the end",
                wrap(&format!("owner a{} to\n", repeat(",a", n))),
            ),
        ];
        for (name, source) in cases {
            inputs.push((name.to_owned(), source));
        }
    }
    for file in files {
        let bytes = std::fs::read(&file).expect("readable file");
        inputs.push((file, String::from_utf8_lossy(&bytes).into_owned()));
    }
    let mut worst = 0.0f64;
    for (name, source) in &inputs {
        let calls = needed(source);
        let per_byte = calls as f64 / source.len().max(1) as f64;
        worst = worst.max(per_byte);
        println!(
            "{per_byte:8.2} calls/byte  {calls:>10} calls  {:>8} bytes  {name}",
            source.len()
        );
    }
    println!(
        "worst: {worst:.2} calls per byte; budget: {} calls per byte",
        syntax::CALLS_PER_BYTE
    );
    // The worst case at the default size limit, under the real budget: it parses, and how long
    // it takes bounds the time a file within the limit can cost the parser.
    let size = 10 * 1024 * 1024;
    let source = wrap(&format!("owner a{}\n", repeat(",a", size - 40)));
    let source = &source[..source.len().min(size - 4)];
    let source = format!("{}\n}}\n", source.trim_end_matches([',', '}', '\n']));
    syntax::override_call_limit(NonZeroUsize::new(size * syntax::CALLS_PER_BYTE));
    let start = std::time::Instant::now();
    let result = syntax::parse(&source);
    println!(
        "{} bytes of one-letter terms under the real budget: {} in {:.2?}",
        source.len(),
        if result.is_ok() { "parsed" } else { "FAILED" },
        start.elapsed()
    );
}
