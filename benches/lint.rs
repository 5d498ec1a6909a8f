//! Criterion benchmarks: parsing (the fast path, and pest alone) and linting one file, in bytes
//! per second.
//!
//! The inputs come from the corpus generator (`examples/gen_corpus.rs`, included here), so the
//! figures match `scripts/bench.sh`. Run with `cargo bench --bench lint`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use gen_corpus::{guideline, Limit, Rng};

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        (
            "5KB",
            guideline(&mut Rng::new(42), Limit::Bytes(5 * 1024), false),
        ),
        (
            "100KB",
            guideline(&mut Rng::new(43), Limit::Bytes(100 * 1024), false),
        ),
    ]
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for (name, text) in inputs() {
        assert!(guidelint::syntax::parse(&text).is_ok(), "{name} parses");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| guidelint::syntax::parse(text))
        });
    }
    group.finish();
}

/// The same files through pest alone (the parser every file went through before the fast path,
/// and the one that still reads every file with a syntax error).
fn parse_with_pest(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse-with-pest");
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| guidelint::syntax::parse_with_pest(text))
        });
    }
    group.finish();
}

fn lint(c: &mut Criterion) {
    let config = guidelint::Config::default();
    let mut group = c.benchmark_group("lint");
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| guidelint::check_source("bench.guideline", text, &config))
        });
    }
    group.finish();
}

criterion_group!(benches, parse, parse_with_pest, lint);
criterion_main!(benches);
