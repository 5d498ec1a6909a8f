//! The machine-readable formats of SPEC §9, from the real binary over a set of fixture drafts:
//! SARIF validated against the official schema, JUnit against `junit-10.xsd` with `xmllint`,
//! GitHub workflow commands checked line by line; positions compared with the JSON format. All
//! of it in English and with `--lang de`, which changes only the texts people read.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;
use tempfile::TempDir;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch directory with `drafts/` holding the fixtures, a file that is not UTF-8 and (on
/// Unix) a draft whose name needs escaping in every format.
fn workspace() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir(&drafts).unwrap();
    let fixtures = manifest_dir().join("tests/fixtures/formats");
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, drafts.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        drafts.join("latin1.guideline"),
        b"guideline \"Gr\xf6\xdfe\" {}\n",
    )
    .unwrap();
    if cfg!(unix) {
        std::fs::copy(
            fixtures.join("law-and-order.guideline"),
            drafts.join("odd, name: 100% & <x>.guideline"),
        )
        .unwrap();
    }
    dir
}

/// Runs `guidelint check --format FORMAT drafts` in `dir`; returns stdout and the exit code.
fn check(dir: &Path, format: &str, extra: &[&str]) -> (String, i32) {
    let output = cargo_bin_cmd!("guidelint")
        .current_dir(dir)
        .args(["check", "--format", format])
        .args(extra)
        .arg("drafts")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap(),
    )
}

/// One diagnostic of the JSON format, reduced to what every format must agree on.
#[derive(Debug, PartialEq)]
struct Diag {
    path: String,
    rule: String,
    severity: String,
    message: String,
    start: Option<(u64, u64)>,
    end: Option<(u64, u64)>,
    suppressed: bool,
}

/// `--lang LANG`.
fn lang(lang: &str) -> [&str; 2] {
    ["--lang", lang]
}

/// The paths the JSON format reports, in order.
fn json_files(dir: &Path) -> Vec<String> {
    let (out, _) = check(dir, "json", &["--fail-on", "never"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_owned())
        .collect()
}

/// The JSON format's diagnostics with `extra` options (`--lang`, `--config`).
fn json_diagnostics(dir: &Path, extra: &[&str]) -> Vec<Diag> {
    let args = [&["--fail-on", "never"], extra].concat();
    let (out, _) = check(dir, "json", &args);
    let json: Value = serde_json::from_str(&out).unwrap();
    let mut diags = Vec::new();
    for file in json["files"].as_array().unwrap() {
        for d in file["diagnostics"].as_array().unwrap() {
            let pos = |l: &str, c: &str| Some((d[l].as_u64()?, d[c].as_u64()?));
            diags.push(Diag {
                path: file["path"].as_str().unwrap().to_owned(),
                rule: d["rule"].as_str().unwrap().to_owned(),
                severity: d["severity"].as_str().unwrap().to_owned(),
                message: d["message"].as_str().unwrap().to_owned(),
                start: pos("line", "column"),
                end: pos("end_line", "end_column"),
                suppressed: d["suppressed"].as_bool().unwrap(),
            });
        }
    }
    diags
}

fn sarif_level(severity: &str) -> &str {
    match severity {
        "info" => "note",
        other => other,
    }
}

#[test]
fn sarif_validates_against_the_official_schema() {
    sarif_is_valid("en");
}

#[test]
fn german_sarif_validates_against_the_official_schema() {
    sarif_is_valid("de");
}

/// The SARIF log in `language` validates and agrees with the JSON format in that language.
fn sarif_is_valid(language: &str) {
    let dir = workspace();
    let (out, code) = check(dir.path(), "sarif", &lang(language));
    assert_eq!(code, 1, "the drafts have errors");
    let sarif: Value = serde_json::from_str(&out).unwrap();

    let schema_text =
        std::fs::read_to_string(manifest_dir().join("tests/data/schemas/sarif-2.1.0-schema.json"))
            .unwrap();
    let schema: Value = serde_json::from_str(&schema_text).unwrap();
    // The schema is draft-07, but the `jsonschema` crate cannot compile it as draft-07: its
    // draft-07 meta-schema asserts `format: regex`, and the official schema's own
    // `run.language` pattern has a stray `]` (a literal in ECMA-262 Annex B) that the check
    // rejects. Draft 2019-09 treats `format` in the meta-schema as an annotation, and for this
    // schema it means the same thing: it uses no keyword whose meaning changed (`dependencies`,
    // `$ref` with constraining siblings). Formats are asserted on our output (`uri` for `$schema`,
    // `uri-reference` for artifact URIs).
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft201909)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );
    // The validator does reject what the schema forbids.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = "info".into();
    broken["runs"][0]["columnKind"] = "bytes".into();
    assert_eq!(validator.iter_errors(&broken).count(), 2);

    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(sarif["runs"].as_array().unwrap().len(), 1);
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "guidelint");
    let rules = driver["rules"].as_array().unwrap();
    let registry: Vec<&str> = guidelint::rules::REGISTRY
        .iter()
        .map(|r| r.meta().name)
        .collect();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, registry, "every registered rule, in registry order");
    for rule in rules {
        for key in ["shortDescription", "fullDescription"] {
            assert!(!rule[key]["text"].as_str().unwrap().is_empty());
        }
        assert!(!rule["help"]["markdown"].as_str().unwrap().is_empty());
    }

    // One result per JSON diagnostic, in the same order, at the same positions.
    let diags = json_diagnostics(dir.path(), &lang(language));
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), diags.len());
    for (r, d) in results.iter().zip(&diags) {
        assert_eq!(r["ruleId"], d.rule.as_str());
        assert_eq!(
            rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
            r["ruleId"]
        );
        assert_eq!(r["level"], sarif_level(&d.severity));
        assert!(r["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with(&d.message));
        let location = &r["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri.starts_with("drafts/"), "relative URI: {uri}");
        assert!(
            !uri.contains([' ', ',', ':', '<', '&']),
            "percent-encoded: {uri}"
        );
        let region = &location["region"];
        match d.start {
            None => assert!(region.is_null(), "file-level: no region"),
            Some(start) => {
                let at =
                    |l: &str, c: &str| (region[l].as_u64().unwrap(), region[c].as_u64().unwrap());
                assert_eq!(Some(at("startLine", "startColumn")), d.start);
                assert_eq!(Some(at("endLine", "endColumn")), d.end);
                assert!(start.0 >= 1 && start.1 >= 1);
            }
        }
        assert_eq!(r.get("suppressions").is_some(), d.suppressed);
    }
    assert!(
        diags.iter().any(|d| d.start.is_none()),
        "a file-level finding"
    );
    assert!(diags.iter().any(|d| d.rule == "syntax-error"));
    assert!(diags.iter().any(|d| d.rule == "unknown-term"));
    if cfg!(unix) {
        assert!(results.iter().any(
            |r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "drafts/odd%2C%20name%3A%20100%25%20%26%20%3Cx%3E.guideline"
        ));
    }
}

/// CI scripts name files by absolute paths (`$GITHUB_WORKSPACE/policies`): below the directory
/// guidelint runs in, SARIF's URIs are still relative to it, as code scanning needs; outside
/// it, they are `file://` URIs.
#[test]
fn sarif_uris_of_absolute_paths_below_the_run_directory_are_relative() {
    let dir = workspace();
    let outside = tempfile::tempdir().unwrap();
    std::fs::copy(
        manifest_dir().join("tests/fixtures/formats/law-and-order.guideline"),
        outside.path().join("elsewhere.guideline"),
    )
    .unwrap();
    let root = dir.path().canonicalize().unwrap();
    let output = cargo_bin_cmd!("guidelint")
        .current_dir(&root)
        .args(["check", "--format", "sarif"])
        .arg(root.join("drafts/law-and-order.guideline"))
        .arg(
            outside
                .path()
                .canonicalize()
                .unwrap()
                .join("elsewhere.guideline"),
        )
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut uris: Vec<&str> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    uris.sort_unstable();
    uris.dedup();
    assert_eq!(uris.len(), 2, "{uris:?}");
    // (`d` sorts before `f`.)
    assert_eq!(uris[0], "drafts/law-and-order.guideline");
    assert!(
        uris[1].starts_with("file:///") && uris[1].ends_with("/elsewhere.guideline"),
        "{uris:?}"
    );
}

#[test]
fn junit_validates_against_the_xsd() {
    junit_is_valid("en");
}

#[test]
fn german_junit_validates_against_the_xsd() {
    junit_is_valid("de");
}

/// The JUnit report in `language` validates and agrees with the JSON format.
fn junit_is_valid(language: &str) {
    let dir = workspace();
    let (out, code) = check(dir.path(), "junit", &lang(language));
    assert_eq!(code, 1);
    let report = dir.path().join("junit.xml");
    std::fs::write(&report, &out).unwrap();
    let xsd = manifest_dir().join("tests/data/schemas/junit-10.xsd");
    // No skipping: a machine without xmllint fails this test (`.ci/run` installs libxml2-utils).
    let validation = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(&report)
        .output()
        .expect("xmllint is required for this test: apt-get install -y libxml2-utils");
    assert!(
        validation.status.success(),
        "xmllint rejected the JUnit report:\n{}\n{out}",
        String::from_utf8_lossy(&validation.stderr)
    );

    let files = json_files(dir.path());
    assert_eq!(out.matches("<testsuite ").count(), files.len());
    for file in &files {
        let name = file
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            out.contains(&format!(r#"<testsuite name="{name}" "#)),
            "{file}"
        );
    }
    let diags = json_diagnostics(dir.path(), &lang(language));
    let unsuppressed = diags.iter().filter(|d| !d.suppressed).count();
    assert_eq!(out.matches("<failure ").count(), unsuppressed);
    // A file with a syntax error ran only that rule; a parsed file ran every registered rule.
    assert!(out.contains(
        r#"<testsuite name="drafts/syntax error draft.guideline" tests="1" failures="1" errors="0" skipped="0">"#
    ));
    let all = guidelint::rules::REGISTRY.len();
    assert!(out.contains(&format!(
        r#"<testsuite name="drafts/open.guideline" tests="{all}" "#
    )));
    if cfg!(unix) {
        assert!(out.contains(r#"name="drafts/odd, name: 100% &amp; &lt;x&gt;.guideline""#));
    }
}

/// A control character in a file name is escaped as the human output shows it (`\u{1}`), in
/// every JUnit name and position; XML 1.0 cannot carry it, and it was dropped, so that
/// `a\x01b.guideline` was reported as `ab.guideline`, another file's name. A control
/// character a message quotes is not dropped either. The report still validates.
#[cfg(unix)]
#[test]
fn junit_escapes_control_characters_in_names_instead_of_dropping_them() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir(&drafts).unwrap();
    let open = "guideline \"T\" {\n  owner hr\n}\n";
    for name in ["a\u{1}b.guideline", "ab.guideline", "c\u{1b}d\ne.guideline"] {
        std::fs::write(drafts.join(name), open).unwrap();
    }
    std::fs::write(
        drafts.join("esc.guideline"),
        "guideline \"T\" {\n  owner hr\u{1b}\n}\n",
    )
    .unwrap();
    let (out, _) = check(dir.path(), "junit", &["--no-config"]);
    let report = dir.path().join("junit.xml");
    std::fs::write(&report, &out).unwrap();
    let validation = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(manifest_dir().join("tests/data/schemas/junit-10.xsd"))
        .arg(&report)
        .output()
        .expect("xmllint is required for this test: apt-get install -y libxml2-utils");
    assert!(
        validation.status.success(),
        "xmllint rejected the JUnit report:\n{}\n{out}",
        String::from_utf8_lossy(&validation.stderr)
    );
    for name in [
        r"drafts/a\u{1}b.guideline",
        "drafts/ab.guideline",
        r"drafts/c\u{1b}d\ne.guideline",
    ] {
        assert_eq!(
            out.matches(&format!(r#"<testsuite name="{name}" "#))
                .count(),
            1,
            "{name}\n{out}"
        );
        assert!(
            out.contains(&format!(r#"classname="{name}""#)),
            "{name}\n{out}"
        );
        assert!(
            out.contains(&format!(r#"<failure message="{name}:1:1: "#)),
            "{name}\n{out}"
        );
    }
    // The name as the human output shows it.
    let human = cargo_bin_cmd!("guidelint")
        .current_dir(dir.path())
        .args(["check", "--no-config", "--color", "never", "drafts"])
        .output()
        .unwrap();
    let human = String::from_utf8(human.stdout).unwrap();
    assert!(human.contains(r"drafts/a\u{1}b.guideline "), "{human}");
    // The syntax error's message quotes the ESC or names it; it is not left empty.
    let syntax = &out[out
        .find(r#"<failure message="drafts/esc.guideline:2:11: "#)
        .unwrap()..];
    let syntax = &syntax[..syntax.find("</failure>").unwrap()];
    assert!(!syntax.contains("``"), "{syntax}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{1}'), "{out}");
}

#[test]
fn github_prints_one_escaped_command_per_unsuppressed_finding() {
    github_commands_are_valid("en");
}

#[test]
fn german_github_prints_one_escaped_command_per_unsuppressed_finding() {
    github_commands_are_valid("de");
}

/// One workflow command in `language` per unsuppressed JSON diagnostic, with its message.
fn github_commands_are_valid(language: &str) {
    let dir = workspace();
    let (out, code) = check(dir.path(), "github", &lang(language));
    assert_eq!(code, 1);
    let diags: Vec<Diag> = json_diagnostics(dir.path(), &lang(language))
        .into_iter()
        .filter(|d| !d.suppressed)
        .collect();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), diags.len());
    for (line, d) in lines.iter().zip(&diags) {
        let command = match d.severity.as_str() {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        let file = d
            .path
            .replace('%', "%25")
            .replace(':', "%3A")
            .replace(',', "%2C");
        let position = match (d.start, d.end) {
            (Some((l, c)), Some((el, ec))) => {
                format!(",line={l},col={c},endLine={el},endColumn={ec}")
            }
            _ => String::new(),
        };
        let prefix = format!(
            "::{command} file={file}{position},title=guidelint {}::",
            d.rule
        );
        assert!(line.starts_with(&prefix), "{line}\nexpected {prefix}");
        let message = d
            .message
            .replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A");
        assert!(line[prefix.len()..].starts_with(&message), "{line}");
        assert!(!line.contains('\r'));
    }
}

#[test]
fn unknown_formats_are_a_failed_run() {
    let dir = workspace();
    let output = cargo_bin_cmd!("guidelint")
        .current_dir(dir.path())
        .args(["check", "--format", "xml", "drafts"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

/// The `[path:line:column]` above each snippet of the human output is a position the JSON format
/// gives (a finding's or a related label's), also where bytes and characters differ: after a
/// byte-order mark, after umlauts, and in a file whose lines end with lone carriage returns
/// (which end no line, SPEC §1). No carriage return reaches the output on its own.
#[test]
fn human_snippet_headers_are_the_json_positions() {
    let dir = tempfile::tempdir().unwrap();
    let drafts = dir.path().join("drafts");
    std::fs::create_dir(&drafts).unwrap();
    std::fs::write(
        drafts.join("bom.guideline"),
        "\u{FEFF}guideline \"g\" { rule \"r\" { block tiktok } }\n",
    )
    .unwrap();
    std::fs::write(
        drafts.join("umlauts.guideline"),
        "guideline \"Grüße\" {\n  rule \"Äöü\" { block facebook }  rule \"Übel\" { allow employees to access facebook }\n}\n",
    )
    .unwrap();
    std::fs::write(
        drafts.join("mac.guideline"),
        "guideline \"C\" {\r  rule \"R\" {\r    block facebook\r  }\r}\r",
    )
    .unwrap();
    let json: Vec<(String, u64, u64)> = {
        let (out, _) = check(dir.path(), "json", &["--fail-on", "never", "--no-config"]);
        let json: Value = serde_json::from_str(&out).unwrap();
        let mut positions = Vec::new();
        for file in json["files"].as_array().unwrap() {
            let path = file["path"].as_str().unwrap();
            for d in file["diagnostics"].as_array().unwrap() {
                let related = d["related"].as_array().into_iter().flatten();
                for at in std::iter::once(d).chain(related) {
                    if let (Some(line), Some(column)) = (at["line"].as_u64(), at["column"].as_u64())
                    {
                        positions.push((path.to_owned(), line, column));
                    }
                }
            }
        }
        positions
    };
    let (human, _) = check(
        dir.path(),
        "human",
        &["--fail-on", "never", "--no-config", "--color", "never"],
    );
    assert!(!human.contains('\r'), "{human}");
    let mut headers = 0;
    for line in human.lines() {
        let Some((_, header)) = line.split_once("─[") else {
            continue;
        };
        let header = header.trim_end_matches(']');
        let mut parts = header.rsplitn(3, ':');
        let column: u64 = parts.next().unwrap().parse().unwrap();
        let line_number: u64 = parts.next().unwrap().parse().unwrap();
        let path = parts.next().unwrap().to_owned();
        assert!(
            json.contains(&(path.clone(), line_number, column)),
            "{path}:{line_number}:{column} is no position of the JSON format: {json:?}"
        );
        headers += 1;
    }
    assert!(headers >= 6, "{human}");
    // The guideline's header after the mark is at column 1, the block after the umlauts at the
    // characters' column (the bytes' would be 19), and a lone `\r` ends no line.
    let human = human.replace('\\', "/");
    assert!(human.contains("bom.guideline:1:1]"), "{human}");
    assert!(human.contains("umlauts.guideline:2:16]"), "{human}");
    assert!(human.contains("mac.guideline:1:32]"), "{human}");
}

/// With `--lang de` only the texts people read change, and they are German: the word before the
/// help is the terminal's (`Tipp:`), JUnit names the severity as the terminal does (`Fehler`),
/// SARIF describes the rules with their German documentation and says its language is `de`.
/// Everything a machine reads is the English run's: GitHub's commands, properties and titles
/// (the template of SPEC §9), JUnit's elements, names, counts and types, SARIF's ids, levels,
/// indexes, regions and categories.
#[test]
fn german_changes_only_the_texts_people_read() {
    let dir = workspace();
    std::fs::write(
        dir.path().join("custom.yaml"),
        "custom-rules:\n  - name: acme/no-tiktok-block\n    message: \"TikTok: hier finden wir Azubis\"\n    help: \"allow employees to access tiktok\"\n    match: { platforms: tiktok }\n",
    )
    .unwrap();
    let run = |format: &str, language: &str| {
        check(
            dir.path(),
            format,
            &["--lang", language, "--config", "custom.yaml"],
        )
        .0
    };

    // GitHub: the same commands up to the message.
    let (en, de) = (run("github", "en"), run("github", "de"));
    assert_eq!(en.lines().count(), de.lines().count());
    for (en, de) in en.lines().zip(de.lines()) {
        let command = |line: &str| line.splitn(3, "::").take(2).collect::<Vec<_>>().join("::");
        assert_eq!(command(en), command(de));
        assert_eq!(en.contains("%0Ahelp: "), de.contains("%0ATipp: "), "{de}");
        assert!(!de.contains("help:"), "{de}");
    }
    assert!(de.contains("%0ATipp: "));

    // JUnit: every line but the failures' the same; the failures' types the same.
    let (en, de) = (run("junit", "en"), run("junit", "de"));
    let failure = |line: &&str| line.trim_start().starts_with("<failure ");
    let other = |xml: &str| -> Vec<String> {
        xml.lines()
            .filter(|l| !failure(l))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(other(&en), other(&de));
    let failures = |xml: &str| -> Vec<String> {
        xml.lines()
            .filter(failure)
            .map(|l| {
                l.split(" type=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    assert_eq!(failures(&en), failures(&de));
    for (english, german) in [
        (": error: ", ": Fehler: "),
        (": warning: ", ": Warnung: "),
        (": info: ", ": Hinweis: "),
        ("&#10;help: ", "&#10;Tipp: "),
    ] {
        assert_eq!(
            en.matches(english).count(),
            de.matches(german).count(),
            "{german}"
        );
        assert!(de.contains(german), "{german}");
        assert!(!de.contains(english), "{english}");
    }

    // SARIF.
    let (en, de) = (run("sarif", "en"), run("sarif", "de"));
    let (en, de): (Value, Value) = (
        serde_json::from_str(&en).unwrap(),
        serde_json::from_str(&de).unwrap(),
    );
    let (en, de) = (&en["runs"][0], &de["runs"][0]);
    assert_eq!(de["language"], "de");
    assert_eq!(de["tool"]["driver"]["language"], "de");
    assert!(en.get("language").is_none());
    assert_eq!(de["columnKind"], en["columnKind"]);
    let rules = |run: &Value| run["tool"]["driver"]["rules"].as_array().unwrap().clone();
    let (en_rules, de_rules) = (rules(en), rules(de));
    assert_eq!(en_rules.len(), guidelint::rules::REGISTRY.len() + 1);
    for (i, (en, de)) in en_rules.iter().zip(&de_rules).enumerate() {
        for key in ["id", "name", "defaultConfiguration", "properties"] {
            assert_eq!(de[key], en[key], "{key}");
        }
        let Some(rule) = guidelint::rules::REGISTRY.get(i) else {
            // The custom rule: its own words, the help introduced in German.
            assert_eq!(
                de["fullDescription"]["text"],
                "TikTok: hier finden wir Azubis\n\nTipp: allow employees to access tiktok"
            );
            continue;
        };
        let doc = rule.doc(guidelint::Lang::De);
        assert_eq!(de["shortDescription"]["text"], doc.summary);
        assert_eq!(de["fullDescription"]["text"], doc.explanation);
        let markdown = de["help"]["markdown"].as_str().unwrap();
        assert!(markdown.contains("**Wird gemeldet:**") && markdown.contains("**Besser:**"));
        assert!(markdown.contains(" --lang de` zeigt diesen Text im Terminal."));
    }
    let results = |run: &Value| run["results"].as_array().unwrap().clone();
    let (en_results, de_results) = (results(en), results(de));
    assert_eq!(en_results.len(), de_results.len());
    let german = json_diagnostics(dir.path(), &["--lang", "de", "--config", "custom.yaml"]);
    for ((en, de), d) in en_results.iter().zip(&de_results).zip(&german) {
        for key in ["ruleId", "ruleIndex", "level", "suppressions"] {
            assert_eq!(de[key], en[key], "{key}");
        }
        assert_eq!(
            de["locations"][0]["physicalLocation"],
            en["locations"][0]["physicalLocation"]
        );
        assert_eq!(de["properties"]["category"], en["properties"]["category"]);
        let message = de["message"]["text"].as_str().unwrap();
        match de["properties"]["help"].as_str() {
            Some(help) => assert_eq!(message, format!("{}\nTipp: {help}", d.message)),
            None => assert_eq!(message, d.message),
        }
    }
}
