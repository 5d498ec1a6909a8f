//! Arbitrary bytes through `check_bytes` with the default configuration, then through every
//! reporter into a buffer. Must never panic; spans lie on character boundaries inside the file;
//! JSON and SARIF output parse as JSON; the human output's fast path draws every finding exactly
//! as miette does (differential, at two widths and in both languages).
#![no_main]

use guidelint::report::{github, human, json, junit, sarif};
use guidelint::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let config = Config::default();
    let report = guidelint::check_bytes("fuzz.guideline", data.to_vec(), &config);
    let source = &report.source;
    for finding in &report.findings {
        let spans = finding
            .span
            .iter()
            .chain(finding.related.iter().map(|r| &r.span));
        for span in spans {
            assert!(span.start <= span.end, "{}: {span:?}", finding.rule);
            assert!(span.end <= source.len(), "{}: {span:?}", finding.rule);
            assert!(
                source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
                "{}: {span:?}",
                finding.rule
            );
        }
    }
    let reports = std::slice::from_ref(&report);
    let mut out = Vec::new();
    json::write(reports, &mut out).unwrap();
    serde_json::from_slice::<serde_json::Value>(&out).expect("JSON output parses");
    out.clear();
    sarif::write(reports, &config, &mut out).unwrap();
    serde_json::from_slice::<serde_json::Value>(&out).expect("SARIF output parses");
    out.clear();
    github::write(reports, config.lang, &mut out).unwrap();
    junit::write(reports, &config, &mut out).unwrap();
    let style = human::Style {
        show_suppressed: true,
        statistics: true,
        ..human::Style::default()
    };
    human::write_file(&report, &style, &mut out).unwrap();
    human::write_summary(reports, &style, &mut out).unwrap();
    for (width, lang) in [(80, guidelint::Lang::En), (41, guidelint::Lang::De)] {
        let style = human::Style {
            width,
            lang,
            ..style
        };
        let (fast, miette, _) = human::render_both_ways(&report, &style);
        assert_eq!(fast, miette, "the fast path draws differently from miette");
    }
});
