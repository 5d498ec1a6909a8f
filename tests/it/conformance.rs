//! The conformance cases of the specification, run through the binary as
//! `shared/conformance/check` does: `check --format json --no-config --fail-on never FILE`.

use serde_json::Value;

use crate::{guidelint, repo};

/// `RULE LINE[:COL[-ENDLINE:ENDCOL]]`.
type ExpectedDiagnostic = (String, u64, Option<u64>, Option<(u64, u64)>);

struct Expected {
    verdict: Option<String>,
    score: Option<u64>,
    diagnostics: Vec<ExpectedDiagnostic>,
}

fn parse_expected(text: &str) -> Expected {
    let mut e = Expected {
        verdict: None,
        score: None,
        diagnostics: Vec::new(),
    };
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(v) = line.strip_prefix("# verdict:") {
            e.verdict = Some(v.trim().to_owned());
        } else if let Some(s) = line.strip_prefix("# score:") {
            e.score = Some(s.trim().parse().expect("score"));
        } else if !line.starts_with('#') {
            let (rule, pos) = line.split_once(' ').expect("RULE POS");
            let (start, end) = match pos.split_once('-') {
                Some((s, e)) => (s, Some(e)),
                None => (pos, None),
            };
            let mut parts = start.split(':');
            let line_no = parts.next().unwrap().parse().unwrap();
            let col = parts.next().map(|c| c.parse().unwrap());
            let end = end.map(|e| {
                let (l, c) = e.split_once(':').unwrap();
                (l.parse().unwrap(), c.parse().unwrap())
            });
            e.diagnostics.push((rule.to_owned(), line_no, col, end));
        }
    }
    e
}

fn run_case(name: &str) -> Vec<String> {
    let dir = repo("tests/fixtures/conformance");
    let expected =
        parse_expected(&std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap());
    let out = guidelint()
        .args([
            "check",
            "--format",
            "json",
            "--no-config",
            "--fail-on",
            "never",
        ])
        .arg(dir.join(format!("{name}.guideline")))
        .output()
        .unwrap();
    let mut problems = Vec::new();
    if !out.status.success() {
        problems.push(format!("exit status {:?}", out.status.code()));
    }
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let file = &report["files"][0];
    let mut got: Vec<&Value> = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["suppressed"] == false)
        .collect();
    for (rule, line, col, end) in &expected.diagnostics {
        let hit = got.iter().position(|d| {
            d["rule"] == rule.as_str()
                && d["line"] == *line
                && col.is_none_or(|c| d["column"] == c)
                && end.is_none_or(|(l, c)| d["end_line"] == l && d["end_column"] == c)
        });
        match hit {
            Some(i) => {
                got.remove(i);
            }
            None => problems.push(format!("missing {rule} at {line}:{col:?}")),
        }
    }
    for d in got {
        problems.push(format!(
            "unexpected {} at {}:{} ({})",
            d["rule"], d["line"], d["column"], d["message"]
        ));
    }
    if let Some(v) = &expected.verdict {
        if file["verdict"] != v.as_str() {
            problems.push(format!("verdict {}, expected {v}", file["verdict"]));
        }
    }
    if let Some(s) = expected.score {
        if file["score"] != s {
            problems.push(format!("score {}, expected {s}", file["score"]));
        }
    }
    problems
}

#[test]
fn every_case_passes() {
    let dir = repo("tests/fixtures/conformance");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.strip_suffix(".guideline").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 15, "the cases are missing");
    let failures: Vec<String> = names
        .iter()
        .flat_map(|n| run_case(n).into_iter().map(move |p| format!("{n}: {p}")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
