//! Reports for the tests of the streamed formats (JSON, SARIF): what the checker gives for varied
//! generated guidelines, and findings no rule gives yet.

use crate::finding::Finding;
use crate::span::Span;
use crate::FileReport;

/// Reports for the tests of the streamed formats: 40 files of the benchmarks' generated corpus
/// (German and English, CRLF files, byte-order marks, suppressions, conflicting rules with
/// related spans, syntax errors), and findings no rule gives yet: file-level ones (null
/// positions), spans off character boundaries, reversed and past the end, related spans before
/// the primary one, strings with quotes and control characters, an empty file.
pub(super) fn varied_reports() -> Vec<FileReport> {
    use crate::finding::{Related, RuleCategory, Severity, Suppression};
    use crate::Verdict;
    use gen_corpus::{guideline, Limit, Rng};
    let config = crate::Config::default();
    let mut reports: Vec<FileReport> = (0..40u64)
        .map(|i| {
            let mut rng = Rng::new(42 ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let text = guideline(&mut rng, Limit::Bytes(2048), i % 10 == 3);
            crate::check_source(&format!("d/\"draft\" {i}\u{7}.guideline"), &text, &config)
        })
        .collect();
    assert!(reports.iter().any(|r| r.verdict == Verdict::Invalid));
    assert!(reports
        .iter()
        .any(|r| r.findings.iter().any(|f| !f.related.is_empty())));
    assert!(reports.iter().any(|r| r.source.contains("\r\n")));
    let source = "ä\r\nrule \"€ x\" {\r\n\tblock 🙂 facebook\n}\n".to_owned();
    let finding = |span: Option<Span>, related: Vec<Span>, reason: Option<&str>| Finding {
        rule: "custom/\"quoted\"".into(),
        category: RuleCategory::Custom,
        severity: Severity::Info,
        span,
        label: "the \"label\"\n".into(),
        message: "tab\there, \\ back, \"quote\", nul \u{0} and \u{1f} and \u{7f} é".to_owned(),
        help: reason.map(|_| "help\r\n".into()),
        related: related
            .into_iter()
            .map(|span| Related {
                span,
                message: "line\nbreak\r".to_owned(),
            })
            .collect(),
        suppressed: reason.map(|r| Suppression {
            reason: (!r.is_empty()).then(|| r.to_owned()),
        }),
    };
    let len = source.len();
    reports.push(FileReport {
        path: "hand-made.guideline".to_owned(),
        findings: vec![
            finding(None, vec![], None),
            finding(None, vec![Span::new(3, 9)], Some("")),
            finding(Some(Span::new(1, 2)), vec![], Some("weil \"so\"\n")),
            finding(
                Some(Span::new(13, 30)),
                vec![Span::new(0, 1), Span::new(31, 36)],
                None,
            ),
            finding(Some(Span::new(29, 28)), vec![Span::new(len, len + 9)], None),
            finding(
                Some(Span::new(len - 1, len + 5)),
                vec![Span::new(2, 4)],
                None,
            ),
        ],
        source,
        score: None,
        verdict: Verdict::Invalid,
    });
    reports.push(FileReport {
        path: String::new(),
        source: String::new(),
        findings: vec![finding(Some(Span::new(0, 3)), vec![Span::new(0, 0)], None)],
        score: Some(0),
        verdict: Verdict::Mixed,
    });
    reports
}

/// The corpus generator of the benchmarks, for [`varied_reports`].
#[allow(dead_code, clippy::print_stdout, clippy::print_stderr)]
#[path = "../../examples/gen_corpus.rs"]
mod gen_corpus;
