//! `.guidelint.yaml` through the binary: discovery, `--config`, `--no-config`, overrides,
//! exclude globs, custom rules in `check`, `rules` and `explain`, suppressions, config errors.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::{guidelint, repo};

/// No goal (missing-goals, a warning) and a TikTok block for a narrow audience (so no
/// blanket-block); everything else an open guideline needs is there.
const DRAFT: &str = "guideline \"Draft\" {\n  owner hr, sales audience mitarbeitende\n  contact \"a@example.com\" channel twitter { purpose service respond within 1h staffed by sales }\n  rule \"Access\" {\n    block tiktok for apprentices\n    because \"Probezeit\"\n  }\n}\n";

const CUSTOM: &str = "vocabulary:
  aliases: { mitarbeitende: employees }
custom-rules:
  - name: acme/no-tiktok-block
    severity: warning
    message: \"TikTok is where our applicants are\"
    help: \"allow employees to access tiktok\"
    match:
      modality: [block, forbid]
      action: access
      platforms: tiktok
";

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("valid JSON on stdout")
}

fn rules_fired(v: &Value) -> Vec<String> {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap().iter())
        .map(|d| d["rule"].as_str().unwrap().to_owned())
        .collect()
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn discovery_walks_up_from_the_current_directory() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", CUSTOM);
    write(dir.path(), "a/b/draft.guideline", DRAFT);
    let out = guidelint()
        .current_dir(dir.path().join("a/b"))
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let fired = rules_fired(&v);
    assert!(
        fired.contains(&"acme/no-tiktok-block".to_owned()),
        "{fired:?}"
    );
    assert!(!fired.contains(&"unknown-term".to_owned()), "{fired:?}");
    let d = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "acme/no-tiktok-block")
        .unwrap()
        .clone();
    assert_eq!(d["category"], "custom");
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["message"], "TikTok is where our applicants are");
    assert_eq!(d["help"], "allow employees to access tiktok");
    assert_eq!(
        (d["line"].clone(), d["column"].clone()),
        (5.into(), 5.into())
    );
    assert_eq!(d["end_column"], 33);
    // Custom findings lower the score: missing-goals 10 + custom 10.
    assert_eq!(v["files"][0]["score"], 80);

    // `--no-config`: the alias is unknown, the custom rule is gone.
    let out = guidelint()
        .current_dir(dir.path().join("a/b"))
        .args(["check", "--format", "json", "--no-config"])
        .output()
        .unwrap();
    let fired = rules_fired(&json(&out.stdout));
    assert!(fired.contains(&"unknown-term".to_owned()));
    assert!(!fired.contains(&"acme/no-tiktok-block".to_owned()));
}

/// SPEC §9: one JUnit test case per rule that ran. A custom rule that ran and found nothing is a
/// passing test case; one turned `off` did not run.
#[test]
fn junit_has_a_test_case_for_every_custom_rule_that_ran() {
    let dir = tempfile::tempdir().unwrap();
    let config = format!(
        "{CUSTOM}  - name: acme/never
    message: \"m\"
    match:
      platforms: [pinterest]
  - name: acme/switched-off
    message: \"m\"
    match:
      platforms: [tiktok]
rules:
  acme/switched-off: off
"
    );
    write(dir.path(), ".guidelint.yaml", &config);
    write(dir.path(), "draft.guideline", DRAFT);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "junit", "draft.guideline"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(
        xml.contains(r#"<testcase name="acme/never" classname="draft.guideline"/>"#),
        "{xml}"
    );
    assert!(xml.contains(r#"<testcase name="acme/no-tiktok-block" classname="draft.guideline">"#));
    assert!(!xml.contains("acme/switched-off"), "{xml}");
    let tests = guidelint::rules::REGISTRY.len() + 2;
    assert!(
        xml.contains(&format!(
            r#"<testsuite name="draft.guideline" tests="{tests}" "#
        )),
        "{xml}"
    );
}

#[test]
fn yaml_before_yml_and_the_nearest_wins() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yml", "fail-on: never\n");
    write(dir.path(), "sub/.guidelint.yml", "fail-on: warning\n");
    write(
        dir.path(),
        "sub/draft.guideline",
        DRAFT.replace("mitarbeitende", "employees").as_str(),
    );
    // The nearest file (sub/.guidelint.yml) fails on the missing-goals warning.
    guidelint()
        .current_dir(dir.path().join("sub"))
        .arg("check")
        .assert()
        .code(1);
    // In the same directory `.yaml` comes first.
    write(dir.path(), "sub/.guidelint.yaml", "fail-on: never\n");
    guidelint()
        .current_dir(dir.path().join("sub"))
        .arg("check")
        .assert()
        .code(0);
}

#[test]
fn config_flag_and_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "conf/custom.yaml", CUSTOM);
    write(dir.path(), "draft.guideline", DRAFT);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--config", "conf/custom.yaml"])
        .output()
        .unwrap();
    assert!(rules_fired(&json(&out.stdout)).contains(&"acme/no-tiktok-block".to_owned()));
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--config", "conf/nope.yaml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "cannot read the configuration conf/nope.yaml",
        ));
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--config", "conf/custom.yaml", "--no-config"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn the_command_line_overrides_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", "fail-on: warning\n");
    write(
        dir.path(),
        "draft.guideline",
        DRAFT.replace("mitarbeitende", "employees").as_str(),
    );
    let check = |extra: &[&str]| {
        guidelint()
            .current_dir(dir.path())
            .arg("check")
            .args(extra)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(check(&[]), Some(1));
    assert_eq!(check(&["--fail-on", "error"]), Some(0));
    assert_eq!(check(&["--no-config"]), Some(0));
}

#[test]
fn severity_overrides_change_exit_status_score_and_verdict() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.guideline", DRAFT);
    let run = |config: &str| {
        write(dir.path(), ".guidelint.yaml", &format!("{CUSTOM}{config}"));
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--format", "json"])
            .output()
            .unwrap();
        let v = json(&out.stdout);
        let file = v["files"][0].clone();
        (
            out.status.code(),
            file["score"].clone(),
            file["verdict"].clone(),
        )
    };
    // Defaults: two warnings, 80, open, exit 0.
    assert_eq!(run(""), (Some(0), 80.into(), "open".into()));
    // Both errors: 60, mixed, exit 1.
    assert_eq!(
        run("rules:\n  missing-goals: error\n  acme/no-tiktok-block: error\n"),
        (Some(1), 60.into(), "mixed".into())
    );
    // Both off: nothing counts.
    assert_eq!(
        run("rules:\n  missing-goals: off\n  acme/no-tiktok-block: off\n"),
        (Some(0), 100.into(), "open".into())
    );
    // Info: 3 each.
    assert_eq!(
        run("rules:\n  missing-goals: info\n  acme/no-tiktok-block: info\n"),
        (Some(0), 94.into(), "open".into())
    );
}

#[test]
fn exclude_globs_prune_the_walk_but_not_named_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".guidelint.yaml",
        "exclude: [\"archive/**\", \"**/*.old.guideline\"]\n",
    );
    let open = DRAFT.replace("mitarbeitende", "employees");
    for name in [
        "a.guideline",
        "archive/b.guideline",
        "sub/c.old.guideline",
        "sub/d.guideline",
    ] {
        write(dir.path(), name, &open);
    }
    let paths = |args: &[&str], cwd: &Path| -> Vec<String> {
        let out = guidelint()
            .current_dir(cwd)
            .args(["check", "--format", "json"])
            .args(args)
            .output()
            .unwrap();
        json(&out.stdout)["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(paths(&[], dir.path()), ["a.guideline", "sub/d.guideline"]);
    // Relative to the config file's directory, also when run from below it.
    assert_eq!(paths(&["."], &dir.path().join("sub")), ["./d.guideline"]);
    // Named files are always checked.
    assert_eq!(
        paths(&["archive/b.guideline", "sub"], dir.path()),
        ["archive/b.guideline", "sub/d.guideline"]
    );
}

#[test]
fn max_file_size_sets_the_unreadable_limit() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", "max-file-size: 20\n");
    write(dir.path(), "draft.guideline", DRAFT);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    assert_eq!(v["files"][0]["diagnostics"][0]["rule"], "unreadable-file");
    assert_eq!(v["files"][0]["verdict"], "invalid");
}

/// The largest size a configuration accepts reads a named file and standard input whole, as a
/// walked file is read (one byte past it once wrapped round to nothing: both read as empty).
#[test]
fn the_largest_max_file_size_reads_named_files_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        ".guidelint.yaml",
        "max-file-size: 18446744073709551615\n",
    );
    write(dir.path(), "draft.guideline", DRAFT);
    let rules = |args: &[&str], stdin: &str| {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--format", "json"])
            .args(args)
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        rules_fired(&json(&out.stdout))
    };
    for fired in [
        rules(&["draft.guideline"], ""),
        rules(&["-"], DRAFT),
        rules(&[], ""),
    ] {
        assert!(fired.contains(&"missing-goals".to_owned()), "{fired:?}");
        assert!(!fired.contains(&"syntax-error".to_owned()), "{fired:?}");
    }
}

#[test]
fn custom_rules_are_listed_and_explained() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", CUSTOM);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let custom = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "acme/no-tiktok-block")
        .expect("listed")
        .clone();
    assert_eq!(custom["category"], "custom");
    assert_eq!(custom["severity"], "warning");
    assert_eq!(custom["summary"], "TikTok is where our applicants are");
    guidelint()
        .current_dir(dir.path())
        .arg("rules")
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"acme/no-tiktok-block\s+custom\s+warning\s+TikTok is where")
                .unwrap(),
        );
    guidelint()
        .current_dir(dir.path())
        .args(["explain", "acme/no-tiktok-block"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "acme/no-tiktok-block (custom, warning by default)",
        ))
        .stdout(predicate::str::contains(
            "TikTok is where our applicants are",
        ))
        .stdout(predicate::str::contains(
            "help: allow employees to access tiktok",
        ))
        .stdout(predicate::str::contains("platforms: tiktok"));
    // Without the configuration the rule does not exist.
    guidelint()
        .current_dir(dir.path())
        .args(["explain", "acme/no-tiktok-block", "--no-config"])
        .assert()
        .code(2);
    // Any case, and the code of human output, name it too; a part of its name finds it.
    for name in ["ACME/No-TikTok-Block", "guidelint::acme/no-tiktok-block"] {
        guidelint()
            .current_dir(dir.path())
            .args(["explain", name])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(
                "acme/no-tiktok-block (custom, ",
            ));
    }
    guidelint()
        .current_dir(dir.path())
        .args(["explain", "tiktok"])
        .assert()
        .code(2)
        .stderr("error: there is no rule `tiktok`; did you mean acme/no-tiktok-block?\n");
}

/// A misspelt custom rule in a suppression gets the same "did you mean" as a built-in one.
#[test]
fn a_misspelt_custom_rule_in_a_suppression_gets_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", CUSTOM);
    let src = DRAFT.replace(
        "    block tiktok",
        "    # guidelint-allow acme/no-tiktok-blok: trial period\n    block tiktok",
    );
    write(dir.path(), "draft.guideline", &src);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    let unknown = diags
        .iter()
        .find(|d| d["rule"] == "unknown-term")
        .expect("the misspelt name is reported");
    assert_eq!(
        unknown["message"],
        "`acme/no-tiktok-blok` is not a rule of guidelint"
    );
    assert!(
        unknown["help"]
            .as_str()
            .unwrap()
            .starts_with("did you mean `acme/no-tiktok-block`?"),
        "{unknown}"
    );
}

#[test]
fn suppressions_may_name_custom_rules() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", CUSTOM);
    let src = DRAFT.replace(
        "    block tiktok",
        "    # guidelint-allow acme/no-tiktok-block: trial period\n    block tiktok",
    );
    write(dir.path(), "draft.guideline", &src);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    let custom = diags
        .iter()
        .find(|d| d["rule"] == "acme/no-tiktok-block")
        .unwrap();
    assert_eq!(custom["suppressed"], true);
    assert!(!diags
        .iter()
        .any(|d| d["rule"] == "unused-suppression" || d["rule"] == "unknown-term"));
    assert_eq!(v["files"][0]["score"], 90);
    // With the rule turned off, naming it is neither used nor unused.
    write(
        dir.path(),
        ".guidelint.yaml",
        &format!("{CUSTOM}rules:\n  acme/no-tiktok-block: off\n"),
    );
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let fired = rules_fired(&json(&out.stdout));
    assert_eq!(fired, ["missing-goals"]);
    // Without the configuration the name is unknown.
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--no-config"])
        .output()
        .unwrap();
    assert!(rules_fired(&json(&out.stdout)).contains(&"unknown-term".to_owned()));
}

#[test]
fn config_errors_are_reports_on_stderr_with_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.guideline", DRAFT);
    write(
        dir.path(),
        ".guidelint.yaml",
        "fail-on: warning\nrules:\n  missing-gaols: off\n",
    );
    for command in [&["check"][..], &["rules"], &["explain", "missing-goals"]] {
        guidelint()
            .current_dir(dir.path())
            .args(command)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("guidelint::config"))
            .stderr(predicate::str::contains("unknown rule `missing-gaols`"))
            .stderr(predicate::str::contains("[.guidelint.yaml:3:3]"))
            .stderr(predicate::str::contains("no rule of this name"))
            .stderr(predicate::str::contains(
                "help: did you mean `missing-goals`?",
            ));
    }
}

/// SPEC §8: wrong types are errors at their line and column, never read as something else.
#[test]
fn wrong_types_fail_the_run_at_the_value() {
    let rule = |message: &str| {
        format!("custom-rules:\n  - name: acme/x\n    message: {message}\n    match:\n      platforms: [pinterest]\n")
    };
    let cases = [
        (
            "custom-rules:\n  name: acme/x\n  message: m\n  match:\n    platforms: [pinterest]\n"
                .to_owned(),
            "custom-rules: a list is needed here, not a mapping",
            "2:3",
        ),
        (rule("5"), "this must be text, not the number `5`", "3:14"),
        (
            rule("true"),
            "this must be text, not the truth value `true`",
            "3:14",
        ),
        (
            rule("\"\""),
            "the message of a custom rule must not be empty",
            "3:14",
        ),
        (
            "exclude: \"x\"\n".to_owned(),
            "exclude: a list is needed here, not the single value `x`",
            "1:10",
        ),
        (
            "vocabulary: {platforms: intranet}\n".to_owned(),
            "vocabulary.platforms: a list is needed here, not the single value `intranet`",
            "1:25",
        ),
    ];
    for (text, message, position) in cases {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), ".guidelint.yaml", &text);
        write(dir.path(), "draft.guideline", DRAFT);
        guidelint()
            .current_dir(dir.path())
            .args(["check", "--format", "junit", "draft.guideline"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(message))
            .stderr(predicate::str::contains(format!(
                "[.guidelint.yaml:{position}]"
            )));
    }
}

/// A control character in the configuration is an error at its line and column, and neither it
/// nor any other control character is written to the terminal.
#[test]
fn a_control_character_is_located_and_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "x.guideline", DRAFT);
    for (text, position, code) in [
        ("fail-on: never\u{0}\n", "1:15", "U+0000"),
        (
            "fail-on: never\n\nrules: {a: \u{1b}[31m}\n",
            "3:12",
            "U+001B",
        ),
    ] {
        write(dir.path(), ".guidelint.yaml", text);
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "-q", "x.guideline"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            !stderr.chars().any(|c| c.is_control() && c != '\n'),
            "{stderr:?}"
        );
        assert!(
            stderr.contains(&format!("[.guidelint.yaml:{position}]")),
            "{stderr}"
        );
        assert!(stderr.contains(code), "{stderr}");
        assert!(stderr.contains("control character"), "{stderr}");
    }
    // A key or value may hold any character through a YAML escape: the message escapes it.
    write(dir.path(), ".guidelint.yaml", "lang: \"\\e[31mde\"\n");
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "-q", "x.guideline"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("unknown language `\\u{1b}[31mde`"),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}

/// The help for an unknown key names the key meant, if it is close, and where every key is
/// described, and that place exists.
#[test]
fn an_unknown_key_points_at_the_documentation() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yaml", "fail_on: never\n");
    guidelint()
        .current_dir(dir.path())
        .args(["rules"])
        .env("COLUMNS", "200")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown key `fail_on`"))
        .stderr(predicate::str::contains(
            "did you mean `fail-on`? The section “Configuration: .guidelint.yaml” of guidelint's README",
        ));
    let readme = fs::read_to_string(repo("README.md")).unwrap();
    assert!(readme.contains("\n## Configuration: `.guidelint.yaml`\n"));
}

#[test]
fn an_alias_bomb_fails_cleanly_and_fast() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..12 {
        let p = i - 1;
        let refs = vec![format!("*a{p}"); 9].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    write(dir.path(), ".guidelint.yaml", &text);
    let start = Instant::now();
    guidelint()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "the YAML aliases multiply this file beyond the size guidelint reads",
        ));
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_ten_megabyte_regex_fails_cleanly_and_fast() {
    let dir = tempfile::tempdir().unwrap();
    let pattern = "(a|b)".repeat(2 * 1024 * 1024);
    let text = format!(
        "custom-rules:\n  - name: acme/huge\n    message: m\n    match:\n      text: \"{pattern}\"\n"
    );
    write(dir.path(), ".guidelint.yaml", &text);
    let start = Instant::now();
    let out = guidelint()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("the regular expression is 10485760 bytes long"),
        "{stderr}"
    );
    // A snippet like every other config error, of a window of the 10 MB line only.
    assert!(stderr.contains("[.guidelint.yaml:5:13]"), "{stderr}");
    assert!(stderr.contains("text: \"(a|b)(a|b)"), "{stderr}");
    assert!(stderr.len() < 2000, "{} bytes on stderr", stderr.len());
}

#[test]
fn the_starter_configuration_loads() {
    let dir = tempfile::tempdir().unwrap();
    guidelint()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success();
    guidelint()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .success()
        .stderr("");
}

#[test]
fn the_examples_use_their_configuration() {
    let out = guidelint()
        .current_dir(repo("examples"))
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    let files = v["files"].as_array().unwrap();
    let azubis = files
        .iter()
        .find(|f| f["path"] == "azubis-de.guideline")
        .expect("checked");
    let fired: Vec<&str> = azubis["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    // The German aliases resolve …
    assert!(!fired.contains(&"unknown-term"), "{fired:?}");
    // … and both custom rules fire.
    assert!(fired.contains(&"muster/no-tiktok-block"), "{fired:?}");
    assert!(
        fired.contains(&"muster/restriction-without-reason"),
        "{fired:?}"
    );
    // The override under `rules:` applies to the custom rule.
    let reason = azubis["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "muster/restriction-without-reason")
        .unwrap();
    assert_eq!(reason["severity"], "info");
    // The law-and-order draft blocks TikTok too.
    let law = files
        .iter()
        .find(|f| f["path"] == "law-and-order-de.guideline")
        .unwrap();
    assert!(law["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["rule"] == "muster/no-tiktok-block"));
}

/// Empty lists where a list means "these things" are accepted by the real binary.
#[test]
fn empty_lists_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.guideline", DRAFT);
    write(
        dir.path(),
        ".guidelint.yaml",
        "exclude: []\ncustom-rules: []\nvocabulary:\n  platforms: []\n  aliases: { mitarbeitende: employees }\n",
    );
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "draft.guideline"])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(rules_fired(&json(&out.stdout)).contains(&"missing-goals".to_owned()));
}

/// Config errors as people read them on a narrow terminal: a key given twice at its second
/// place with the first labelled, words never split at a hyphen, a missing file in words.
#[test]
fn config_errors_read_plainly() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "draft.guideline", DRAFT);
    write(
        dir.path(),
        ".guidelint.yaml",
        "vocabulary:\n  broad-audiences: [belegschaft]\n  broad-audiences: [staff-council-members]\n",
    );
    let out = guidelint()
        .current_dir(dir.path())
        .env("COLUMNS", "40")
        .args(["check", "draft.guideline"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("[.guidelint.yaml:3:3]"), "{stderr}");
    assert!(stderr.contains("first given here"), "{stderr}");
    assert!(stderr.contains("given again here"), "{stderr}");
    assert!(stderr.contains("`broad-audiences`"), "{stderr}");
    // The list of keys after a misspelt one wraps between names, never after a hyphen.
    write(
        dir.path(),
        ".guidelint.yaml",
        "vocabulary:\n  surveilance-targets: [x]\n",
    );
    let out = guidelint()
        .current_dir(dir.path())
        .env("COLUMNS", "40")
        .args(["check", "draft.guideline"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("`two-way-purposes`"), "{stderr}");
    assert!(
        !stderr.lines().any(|l| l.trim_end().ends_with('-')),
        "{stderr}"
    );
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--config", "nope.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read the configuration nope.yaml: this file does not exist",
        ))
        .stderr(predicate::str::contains("use `--no-config`"))
        .stderr(predicate::str::contains("os error").not());
    // `/dev/null` for "no configuration" is told the option that means it.
    #[cfg(unix)]
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--config", "/dev/null"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("this is not a regular file"))
        .stderr(predicate::str::contains("use `--no-config`"));
}

/// A `.guidelint.yaml` found walking up that is a broken symlink, a FIFO or a folder is the
/// configuration in force, and it cannot be read: exit 2 with the reason `--config` gives, not a
/// run with a parent's configuration or the defaults (and a FIFO does not block the run).
#[cfg(unix)]
#[test]
fn an_unreadable_discovered_configuration_fails_the_run() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".guidelint.yml", "fail-on: never\n");
    write(dir.path(), "s/draft.guideline", DRAFT);
    let sub = dir.path().join("s");
    let run = |why: &str| {
        guidelint()
            .current_dir(&sub)
            .args(["check", "--format", "json"])
            .timeout(Duration::from_secs(20))
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(".guidelint.yaml").and(predicate::str::contains(why)));
    };
    std::os::unix::fs::symlink(
        "/nonexistent/org-guidelint.yaml",
        sub.join(".guidelint.yaml"),
    )
    .unwrap();
    run("this file does not exist");
    fs::remove_file(sub.join(".guidelint.yaml")).unwrap();
    fs::create_dir(sub.join(".guidelint.yaml")).unwrap();
    run("this is not a regular file");
    fs::remove_dir(sub.join(".guidelint.yaml")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(sub.join(".guidelint.yaml"))
        .status()
        .unwrap();
    assert!(made.success());
    run("this is not a regular file");
}
