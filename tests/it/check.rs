//! `guidelint check`, `rules`, `explain`, `init` as a user runs them.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use crate::{guidelint, repo};

const OPEN: &str = "guideline \"Open\" {\n  owner hr, sales\n  contact \"a@example.com\"\n  goal \"Dialogue\"\n  channel twitter { purpose service respond within 1h staffed by sales }\n  rule \"Access\" { allow employees to access any-platform }\n}\n";
const BROKEN: &str =
    "guideline \"Broken\" {\n  rule \"A\" {\n    allow employees access facebook\n  }\n}\n";
const TYPO: &str = "guideline \"Typo\" {\n  owner hr\n  contact \"a@example.com\"\n  goal \"x\"\n  rule \"A\" { allow employes to access facebook }\n}\n";

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("valid JSON on stdout")
}

#[test]
fn clean_file_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("open.guideline"), OPEN).unwrap();
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Checked 1 file: 0 errors"))
        .stdout(predicate::str::contains(
            "open.guideline  score 100/100  open",
        ));
}

/// A file named twice, or named and found again in a directory named, is checked and counted
/// once; a single directory named is walked as before.
#[test]
fn a_file_named_twice_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("open.guideline"), OPEN).unwrap();
    fs::write(dir.path().join("sub/typo.guideline"), TYPO).unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args([
            "check",
            "--no-config",
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .args([
            "open.guideline",
            "./open.guideline",
            ".",
            "sub",
            "sub/typo.guideline",
        ])
        .output()
        .unwrap();
    let report = json(&out.stdout);
    let paths: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert_eq!(report["summary"]["files"], 2);
    assert!(paths.contains(&"open.guideline"), "{paths:?}");
}

#[test]
fn findings_exit_one_and_fail_on_changes_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typo.guideline");
    fs::write(&file, TYPO).unwrap();
    guidelint().arg("check").arg(&file).assert().code(1);
    guidelint()
        .args(["check", "--fail-on", "never"])
        .arg(&file)
        .assert()
        .code(0);
    // A syntax error fails too, unless --fail-on never.
    fs::write(&file, BROKEN).unwrap();
    guidelint().arg("check").arg(&file).assert().code(1);
    guidelint()
        .args(["check", "--fail-on", "never"])
        .arg(&file)
        .assert()
        .code(0);
}

#[test]
fn fail_on_warning_and_info() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nogoal.guideline");
    fs::write(&file, "guideline \"x\" { owner hr contact \"c\" }").unwrap();
    guidelint().arg("check").arg(&file).assert().code(0);
    guidelint()
        .args(["check", "--fail-on", "warning"])
        .arg(&file)
        .assert()
        .code(1);
    guidelint()
        .args(["check", "--fail-on", "info"])
        .arg(&file)
        .assert()
        .code(1);
}

#[test]
fn a_missing_path_is_a_failed_run() {
    guidelint()
        .args(["check", "does/not/exist.guideline"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "not found: does/not/exist.guideline",
        ));
}

#[test]
fn a_bad_argument_is_a_failed_run() {
    guidelint()
        .args(["check", "--format", "yaml"])
        .assert()
        .code(2)
        .stdout("");
    // Someone asking for XML wants the JUnit report, not the HTML clap would suggest.
    guidelint()
        .args(["check", "--format", "xml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "tip: `--format junit` writes JUnit XML",
        ))
        .stderr(predicate::str::contains("html'").not());
    guidelint()
        .args(["--lang", "de", "check", "--format", "XML"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Tipp: `--format junit` schreibt JUnit-XML",
        ))
        .stderr(predicate::str::contains("Meinten Sie").not());
    guidelint()
        .args(["check", "--format", "htm"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a similar value exists: 'html'"));
    guidelint()
        .args(["check", "--no-such-flag"])
        .assert()
        .code(2)
        .stdout("");
    guidelint().arg("frobnicate").assert().code(2).stdout("");
}

#[test]
fn version_and_help() {
    guidelint()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("guidelint "));
    guidelint()
        .args(["check", "--help"])
        .assert()
        .success()
        // The examples follow the options after one empty line, and nothing stray comes between.
        .stdout(predicate::str::contains(
            "  -h, --help                   Print help\n\nExamples:\n",
        ))
        .stdout(predicate::str::contains("--stdin-filename"));
    guidelint()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("guidelint explain blanket-block"));
}

#[test]
fn json_output_has_positions_and_summary() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typo.guideline");
    fs::write(&file, TYPO).unwrap();
    let out = guidelint()
        .args(["check", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    assert_eq!(v["version"], 1);
    // Other rules (e.g. `no-service-channel` at the header) may come first.
    let d = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "unknown-term")
        .expect("an unknown-term diagnostic");
    assert_eq!(d["category"], "correctness");
    assert_eq!(d["severity"], "error");
    assert_eq!(
        (d["line"].clone(), d["column"].clone()),
        (5.into(), 20.into())
    );
    assert_eq!(
        (d["end_line"].clone(), d["end_column"].clone()),
        (5.into(), 28.into())
    );
    assert_eq!(d["suppressed"], false);
    assert_eq!(d["related"], serde_json::json!([]));
    assert!(d["help"].as_str().unwrap().contains("employees"));
    assert_eq!(v["summary"]["files"], 1);
    assert_eq!(v["summary"]["errors"], 1);
}

#[test]
fn json_columns_count_characters() {
    let src =
        "guideline \"Ä\" {\n  goal \"Über\" rule \"Öl\" { allow ÄÖÜ to access facebook }\n}\n";
    let out = guidelint()
        .args([
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "u.guideline",
        ])
        .write_stdin(src)
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let d = v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "unknown-term")
        .cloned()
        .unwrap();
    // `  goal "Über" rule "Öl" { allow ` is 32 characters.
    assert_eq!(d["column"], 33);
    assert_eq!(d["end_column"], 36);
}

#[test]
fn unreadable_files_have_null_positions_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.guideline"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    fs::write(dir.path().join("b.guideline"), OPEN).unwrap();
    let out = guidelint()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    let a = &files[0];
    assert_eq!(a["verdict"], "invalid");
    assert_eq!(a["score"], Value::Null);
    let d = &a["diagnostics"][0];
    assert_eq!(d["rule"], "unreadable-file");
    for key in ["line", "column", "end_line", "end_column"] {
        assert_eq!(d[key], Value::Null, "{key}");
    }
    assert_eq!(files[1]["verdict"], "open");
}

/// A guideline saved as UTF-16 (Windows' "Unicode") is named so, in both languages, with the
/// advice to save it as UTF-8; a file in another encoding keeps the line and column where it
/// stops being UTF-8.
#[test]
fn utf16_files_are_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("\u{feff}{OPEN}");
    let utf16 =
        |bytes: fn(u16) -> [u8; 2]| -> Vec<u8> { text.encode_utf16().flat_map(bytes).collect() };
    fs::write(dir.path().join("be.guideline"), utf16(u16::to_be_bytes)).unwrap();
    fs::write(dir.path().join("le.guideline"), utf16(u16::to_le_bytes)).unwrap();
    fs::write(
        dir.path().join("latin1.guideline"),
        b"guideline \"Gr\xf6\xdfe\" {}\n",
    )
    .unwrap();
    for (lang, expected) in [
        (
            "en",
            [
                "this file is UTF-16 text, not UTF-8: it starts with the UTF-16 byte-order mark FE FF",
                "this file is not UTF-8 text: line 1, column 14 cannot be read as UTF-8",
                "this file is UTF-16 text, not UTF-8: it starts with the UTF-16 byte-order mark FF FE",
            ],
        ),
        (
            "de",
            [
                "Diese Datei ist UTF-16-Text, kein UTF-8: Sie beginnt mit der UTF-16-Bytereihenfolge-Markierung (BOM) FE FF",
                "Diese Datei ist kein UTF-8-Text: Zeile 1, Spalte 14 lässt sich nicht als UTF-8 lesen",
                "Diese Datei ist UTF-16-Text, kein UTF-8: Sie beginnt mit der UTF-16-Bytereihenfolge-Markierung (BOM) FF FE",
            ],
        ),
    ] {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--no-config", "--format", "json", "--lang", lang, "."])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let v = json(&out.stdout);
        let files = v["files"].as_array().unwrap();
        assert_eq!(files.len(), 3);
        for (file, message) in files.iter().zip(expected) {
            let d = &file["diagnostics"][0];
            assert_eq!(d["rule"], "unreadable-file", "{file}");
            assert_eq!(d["message"], message, "{file}");
            assert_eq!(d["line"], Value::Null);
            let help = d["help"].as_str().unwrap();
            assert!(help.contains("UTF-8"), "{help}");
            assert_eq!(help.contains("UTF-16"), message.contains("UTF-16"), "{help}");
        }
    }
}

#[test]
fn stdin_with_a_file_name() {
    let out = guidelint()
        .args([
            "check",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "drafts/new.guideline",
        ])
        .write_stdin(BROKEN)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    assert_eq!(v["files"][0]["path"], "drafts/new.guideline");
    assert_eq!(v["files"][0]["diagnostics"][0]["rule"], "syntax-error");
    assert_eq!(v["files"][0]["diagnostics"][0]["line"], 3);
}

/// `--stdin-filename` names only standard input: without `-` it would be silently ignored.
#[test]
fn stdin_filename_without_stdin_is_said_to_be_unused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("open.guideline"), OPEN).unwrap();
    let unused = "--stdin-filename only names what is read from standard input with `-`";
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--stdin-filename", "x.guideline"])
        .args(["open.guideline"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(unused));
    guidelint()
        .current_dir(dir.path())
        .args([
            "check",
            "--no-config",
            "--stdin-filename",
            "x.guideline",
            "-",
        ])
        .write_stdin(OPEN)
        .assert()
        .code(0)
        .stderr("");
}

/// Standard input named after a file that is also named or found stands for that file (an
/// editor pipes what it has not saved yet): the path is checked once, as read from standard
/// input, with a warning, so no report holds two results for one path.
#[test]
fn stdin_named_after_a_file_also_checked_stands_for_it() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub/a.guideline"), OPEN).unwrap();
    fs::write(dir.path().join("b.guideline"), OPEN).unwrap();
    let warning = "warning: --stdin-filename names standard input sub/a.guideline, which is also \
                   a file named or found: it is checked once, as read from standard input, and \
                   the file itself is not checked\n";
    for (paths, others) in [
        (&["sub/a.guideline", "-"][..], &[][..]),
        (&["-", "sub/a.guideline"][..], &[][..]),
        (&["-", "./sub/a.guideline"][..], &[][..]),
        (&["-", "."][..], &["./b.guideline"][..]),
        // Named and found: still one warning, one result.
        (
            &["sub/a.guideline", "-", "sub", "."][..],
            &["./b.guideline"][..],
        ),
    ] {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--no-config", "--format", "json"])
            .args(["--stdin-filename", "sub/a.guideline"])
            .args(paths)
            .write_stdin(BROKEN)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{paths:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), warning, "{paths:?}");
        let v = json(&out.stdout);
        let files: Vec<(&str, &str)> = v["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let path = f["path"].as_str().unwrap();
                (path, f["diagnostics"][0]["rule"].as_str().unwrap_or("none"))
            })
            .collect();
        let mut want: Vec<(&str, &str)> = others.iter().map(|p| (*p, "none")).collect();
        want.push(("sub/a.guideline", "syntax-error"));
        assert_eq!(files, want, "{paths:?}");
    }
    // Another name: both are checked, without a word.
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "json"])
        .args([
            "--stdin-filename",
            "sub/new.guideline",
            "-",
            "sub/a.guideline",
        ])
        .write_stdin(BROKEN)
        .assert()
        .code(1)
        .stderr("")
        .stdout(predicate::str::contains("\"sub/a.guideline\""))
        .stdout(predicate::str::contains("\"sub/new.guideline\""));
    // In German.
    guidelint()
        .current_dir(dir.path())
        .args(["--lang", "de", "check", "--no-config", "--format", "json"])
        .args(["--stdin-filename", "sub/a.guideline", "-", "sub"])
        .write_stdin(OPEN)
        .assert()
        .code(0)
        .stderr(
            "Warnung: --stdin-filename nennt die Standardeingabe sub/a.guideline, und so heißt \
             auch eine angegebene oder gefundene Datei: Geprüft wird einmal, was von der \
             Standardeingabe gelesen wird, die Datei selbst nicht\n",
        );
}

/// `--statistics` and `--show-suppressed` where the output format has no place for them get a
/// warning, as `--stdin-filename` without `-` does; the output and exit status stay the same.
/// JSON, SARIF and HTML list suppressed findings anyway: no warning there.
#[test]
fn flags_the_format_does_not_use_are_said_to_be_unused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("s.guideline"), SUPPRESSED).unwrap();
    let run = |format: &str, flags: &[&str]| {
        guidelint()
            .current_dir(dir.path())
            .args(["check", "--no-config", "--format", format])
            .args(flags)
            .arg("s.guideline")
            .output()
            .unwrap()
    };
    let statistics = |format: &str| {
        format!(
            "warning: --statistics only counts findings per rule in the human output, not with \
             `--format {format}`: the flag is not used\n"
        )
    };
    let show_suppressed = |format: &str| {
        format!(
            "warning: --show-suppressed only adds suppressed findings to the human output (json, \
             sarif and html always list them), not to `--format {format}`: the flag is not used\n"
        )
    };
    for format in ["human", "json", "sarif", "github", "junit", "html"] {
        let plain = run(format, &[]);
        assert_eq!(plain.status.code(), Some(1), "{format}");
        assert_eq!(String::from_utf8_lossy(&plain.stderr), "", "{format}");
        let machine = format != "human";
        let never_lists = matches!(format, "github" | "junit");

        let out = run(format, &["--statistics"]);
        let want = if machine {
            statistics(format)
        } else {
            String::new()
        };
        assert_eq!(String::from_utf8_lossy(&out.stderr), want, "{format}");
        assert_eq!(out.status.code(), Some(1), "{format}");
        if machine {
            assert_eq!(out.stdout, plain.stdout, "{format}");
        }

        let out = run(format, &["--show-suppressed"]);
        let want = if never_lists {
            show_suppressed(format)
        } else {
            String::new()
        };
        assert_eq!(String::from_utf8_lossy(&out.stderr), want, "{format}");
        assert_eq!(out.status.code(), Some(1), "{format}");
        if machine {
            assert_eq!(out.stdout, plain.stdout, "{format}");
        }

        let out = run(format, &["--show-suppressed", "--statistics"]);
        let want = match (machine, never_lists) {
            (true, true) => statistics(format) + &show_suppressed(format),
            (true, false) => statistics(format),
            _ => String::new(),
        };
        assert_eq!(String::from_utf8_lossy(&out.stderr), want, "{format}");
    }
    // In German.
    guidelint()
        .current_dir(dir.path())
        .args(["--lang", "de", "check", "--no-config", "--format", "junit"])
        .args(["--statistics", "--show-suppressed", "s.guideline"])
        .assert()
        .code(1)
        .stderr(
            "Warnung: --statistics zählt die Meldungen je Regel nur in der Ausgabe für Menschen, \
             nicht mit `--format junit`: Die Option wird nicht verwendet\n\
             Warnung: --show-suppressed fügt unterdrückte Meldungen nur der Ausgabe für Menschen \
             hinzu (json, sarif und html enthalten sie immer), nicht der von `--format junit`: Die \
             Option wird nicht verwendet\n",
        );
}

/// A project whose configuration excludes what is below `archive` and drafts, with broken files
/// there.
fn project_with_excludes() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join(".guidelint.yaml"),
        "exclude: [\"archive/**\", \"**/*.draft.guideline\"]\n",
    )
    .unwrap();
    for (name, text) in [
        ("top.guideline", OPEN),
        (".hidden.guideline", OPEN),
        ("archive/x.guideline", BROKEN),
        ("archive/old/y.guideline", BROKEN),
        ("drafts/c.draft.guideline", BROKEN),
    ] {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

/// pre-commit names every staged file: `--force-exclude` leaves out those the configuration
/// excludes (by themselves or by a directory they are in), named files or not; the walk's own
/// skips (hidden names) do not apply to a file named on purpose.
#[test]
fn force_exclude_applies_the_excludes_to_named_paths() {
    let dir = project_with_excludes();
    let named = [
        "top.guideline",
        ".hidden.guideline",
        "archive/x.guideline",
        "./archive/old/y.guideline",
        "drafts/c.draft.guideline",
    ];
    let checked = |force: bool| {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--format", "json"])
            .args(force.then_some("--force-exclude"))
            .args(named)
            .output()
            .unwrap();
        let paths: Vec<String> = json(&out.stdout)["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_owned())
            .collect();
        (
            out.status.code(),
            paths,
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    // Without it, a file named is always checked.
    let (code, paths, _) = checked(false);
    assert_eq!(code, Some(1));
    assert_eq!(paths.len(), named.len());
    let (code, paths, stderr) = checked(true);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(paths, [".hidden.guideline", "top.guideline"]);
    assert_eq!(stderr, "");
    // A directory named that is excluded gives nothing, and says why.
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--force-exclude", "archive", "drafts"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "no .guideline files to check in archive: 2 files are left out by the `exclude` globs of .guidelint.yaml",
        ))
        .stderr(predicate::str::contains(
            "no .guideline files to check in drafts: 1 file is left out",
        ));
    // Standard input named as an excluded file is left out too.
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--force-exclude"])
        .args(["--stdin-filename", "archive/new.guideline", "-"])
        .write_stdin(BROKEN)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"files\": []"));
}

/// When the configuration leaves out every file of a directory, the warning says so instead of
/// claiming there are none.
#[test]
fn a_directory_whose_files_are_all_excluded_says_so() {
    let dir = project_with_excludes();
    let config = dir.path().join(".guidelint.yaml");
    guidelint()
        .current_dir(dir.path().join("archive"))
        .arg("check")
        .assert()
        .code(0)
        .stderr(format!(
            "warning: no .guideline files to check in .: 2 files are left out by the `exclude` globs of {}\n",
            config.display()
        ));
    guidelint()
        .current_dir(dir.path().join("archive"))
        .args(["--lang", "de", "check", "old"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "In old ist keine .guideline-Datei zu prüfen: 1 Datei wird durch die `exclude`-Muster von",
        ));
}

#[test]
fn discovery_order_and_skips() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for p in [
        "z.guideline",
        "a/b.guideline",
        "a.guideline",
        ".git/x.guideline",
        "target/x.guideline",
        "node_modules/x.guideline",
        "notes.md",
    ] {
        let path = root.join(p);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, OPEN).unwrap();
    }
    fs::write(root.join("explicit.txt"), OPEN).unwrap();
    let out = guidelint()
        .current_dir(root)
        .args(["check", "--format", "json", ".", "explicit.txt"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "./a.guideline",
            "./a/b.guideline",
            "./z.guideline",
            "explicit.txt"
        ]
    );
    // The implicit `.` shows paths without `./`.
    let out = guidelint()
        .current_dir(root)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["files"][0]["path"], "a.guideline");
}

#[test]
fn a_directory_without_guidelines_says_so() {
    let dir = tempfile::tempdir().unwrap();
    guidelint()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stderr(predicate::str::contains("no .guideline files found"));
}

#[test]
fn colour_follows_flags_and_no_color() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typo.guideline");
    fs::write(&file, TYPO).unwrap();
    let has_escape = |out: &[u8]| out.contains(&0x1b);
    let out = guidelint().arg("check").arg(&file).output().unwrap();
    assert!(!has_escape(&out.stdout), "no colour when not a terminal");
    let out = guidelint()
        .args(["check", "--color", "always"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(has_escape(&out.stdout));
    let out = guidelint()
        .args(["check", "--color", "never"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!has_escape(&out.stdout));
    let out = guidelint()
        .env("NO_COLOR", "1")
        .args(["check", "--color", "auto"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!has_escape(&out.stdout));
}

/// With `--color auto`: NO_COLOR turns colour off, then CLICOLOR_FORCE (not `0`) turns it on
/// even into a pipe, then CLICOLOR=0 turns it off; `--color always` and `never` win. (Output is
/// a pipe here, so CLICOLOR=0 alone changes nothing the test can see; a unit test covers it.)
#[test]
fn colour_follows_clicolor_force_and_clicolor() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typo.guideline");
    fs::write(&file, TYPO).unwrap();
    let coloured = |vars: &[(&str, &str)], color: &str| {
        let out = guidelint()
            .envs(vars.iter().copied())
            .args(["check", "--color", color])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        out.stdout.contains(&0x1b)
    };
    assert!(coloured(&[("CLICOLOR_FORCE", "1")], "auto"));
    assert!(coloured(
        &[("CLICOLOR_FORCE", "1"), ("CLICOLOR", "0")],
        "auto"
    ));
    assert!(!coloured(&[("CLICOLOR_FORCE", "0")], "auto"));
    assert!(!coloured(&[("CLICOLOR", "0")], "auto"));
    assert!(!coloured(
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        "auto"
    ));
    assert!(!coloured(&[("CLICOLOR_FORCE", "1")], "never"));
    assert!(coloured(&[("NO_COLOR", "1"), ("CLICOLOR", "0")], "always"));

    // A configuration error on standard error follows the same order.
    fs::write(dir.path().join(".guidelint.yaml"), "fail_on: error\n").unwrap();
    let stderr = |vars: &[(&str, &str)]| {
        let out = guidelint()
            .current_dir(dir.path())
            .envs(vars.iter().copied())
            .args(["check", "typo.guideline"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        out.stderr
    };
    assert!(stderr(&[("CLICOLOR_FORCE", "1")]).contains(&0x1b));
    assert!(!stderr(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains(&0x1b));
    assert!(!stderr(&[]).contains(&0x1b));
}

#[test]
fn quiet_leaves_out_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typo.guideline");
    fs::write(&file, TYPO).unwrap();
    guidelint()
        .args(["check", "--quiet"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("guidelint::unknown-term"))
        .stdout(predicate::str::contains("Checked").not());
}

#[test]
fn human_output_names_rule_message_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.guideline");
    fs::write(&file, BROKEN).unwrap();
    guidelint()
        .arg("check")
        .arg(&file)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("guidelint::syntax-error"))
        .stdout(predicate::str::contains("expected `to`"))
        .stdout(predicate::str::contains("help:"))
        .stdout(predicate::str::contains("guidelint explain syntax-error"))
        .stdout(predicate::str::contains("score   -/100  invalid"));
}

#[test]
fn the_bundled_examples_are_checked() {
    let out = guidelint()
        .current_dir(repo(""))
        .args(["check", "--format", "json", "examples"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    assert!(v["files"].as_array().unwrap().len() >= 3);
    for f in v["files"].as_array().unwrap() {
        assert_ne!(f["verdict"], "invalid", "{}", f["path"]);
    }
}

#[test]
fn rules_lists_the_registry() {
    let out = guidelint()
        .args(["rules", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"syntax-error"));
    for r in v.as_array().unwrap() {
        assert!(r["category"].is_string() && r["severity"].is_string() && r["summary"].is_string());
    }
    guidelint()
        .arg("rules")
        .assert()
        .success()
        .stdout(predicate::str::contains("unknown-term"));
}

#[test]
fn explain_a_rule_and_an_unknown_one() {
    guidelint()
        .args(["explain", "syntax-error"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "syntax-error (correctness, error by default)",
        ))
        .stdout(predicate::str::contains("Flagged:"))
        .stdout(predicate::str::contains("Better:"));
    guidelint()
        .args(["explain", "syntax-eror"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("did you mean syntax-error"));
}

/// The code human output shows (`guidelint::gag-rule`) and any case name the rule.
#[test]
fn explain_takes_the_code_and_any_case() {
    for name in [
        "guidelint::gag-rule",
        "GAG-RULE",
        "Guidelint::Gag-Rule",
        " gag-rule ",
    ] {
        guidelint()
            .args(["explain", "--no-config", name])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(
                "gag-rule (law-and-order, warning by default)\n",
            ));
    }
    guidelint()
        .args(["explain", "--no-config", "BLANKET-BLOCK"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("blanket-block ("));
}

/// An unknown name gets up to three suggestions: names that contain it, names whose words it
/// nearly spells, names a few edits away; nothing alike points to `guidelint rules`.
#[test]
fn explain_suggests_rules_for_an_unknown_name() {
    for (name, hint) in [
        ("gag", "did you mean gag-rule?"),
        ("surveillance", "did you mean employee-surveillance?"),
        (
            "guidelint::surveilance",
            "did you mean employee-surveillance?",
        ),
        ("Approval", "did you mean pre-approval?"),
        ("blanket-blok", "did you mean blanket-block?"),
        ("weather", "`guidelint rules` lists every rule"),
    ] {
        guidelint()
            .args(["explain", "--no-config", name])
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!("error: there is no rule `{name}`; {hint}\n"));
    }
    // A name with an escape sequence is shown escaped.
    guidelint()
        .args(["explain", "--no-config", "x\u{1b}[31m"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`x\\u{1b}[31m`"))
        .stderr(predicate::str::contains("\u{1b}").not());
}

#[test]
fn init_writes_starters_that_pass_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    guidelint()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success();
    assert!(dir.path().join(".guidelint.yaml").exists());
    let guideline = dir.path().join("social-media.guideline");
    let before = fs::read_to_string(&guideline).unwrap();
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--fail-on", "info", "--format", "json"])
        .assert()
        .success();
    fs::write(&guideline, "my own draft").unwrap();
    guidelint()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("never overwrites"));
    assert_eq!(fs::read_to_string(&guideline).unwrap(), "my own draft");
    assert_ne!(before, "my own draft");
}

/// In German (`--lang de`, or a German `LANG`), `init` writes German comments and texts, German
/// aliases and `lang: de`; the two files still pass together, and `check` then speaks German.
#[test]
fn init_in_german_writes_german_starters_that_pass() {
    let dir = tempfile::tempdir().unwrap();
    guidelint()
        .current_dir(dir.path())
        .args(["--lang", "de", "init"])
        .assert()
        .success()
        .stdout(predicate::str::contains("social-media.guideline angelegt."));
    let config = fs::read_to_string(dir.path().join(".guidelint.yaml")).unwrap();
    let guideline = fs::read_to_string(dir.path().join("social-media.guideline")).unwrap();
    assert!(
        guideline.contains("Unsere Social-Media-Richtlinie"),
        "{guideline}"
    );
    assert!(
        config.contains("lang: de") && config.contains("Aliasse"),
        "{config}"
    );
    assert!(guideline.contains("Vertraulichkeit"), "{guideline}");
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--fail-on", "info"])
        .assert()
        .success()
        .stdout(predicate::str::contains("offen"));
    // A German environment does the same.
    let other = tempfile::tempdir().unwrap();
    guidelint()
        .current_dir(other.path())
        .env("LANG", "de_DE.UTF-8")
        .arg("init")
        .assert()
        .success();
    let written = fs::read_to_string(other.path().join("social-media.guideline")).unwrap();
    assert_eq!(written, guideline);
}

/// Either target alone blocks `init`, and so does a symbolic link at the target path, also a
/// dangling one (writing through it would create or overwrite a file elsewhere).
#[test]
fn init_never_overwrites_either_file_nor_writes_through_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(".guidelint.yaml"), "fail-on: never\n").unwrap();
    guidelint()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(".guidelint.yaml already exists"));
    assert_eq!(
        fs::read_to_string(dir.path().join(".guidelint.yaml")).unwrap(),
        "fail-on: never\n"
    );
    // Nothing was written, not even the file that did not exist.
    assert!(!dir.path().join("social-media.guideline").exists());

    #[cfg(unix)]
    {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        let target = elsewhere.path().join("victim.txt");
        fs::write(&target, "keep me").unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("social-media.guideline")).unwrap();
        let dangling = elsewhere.path().join("not-yet.yaml");
        std::os::unix::fs::symlink(&dangling, dir.path().join(".guidelint.yaml")).unwrap();
        let before = walk(dir.path());
        guidelint()
            .current_dir(dir.path())
            .arg("init")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("never overwrites"));
        assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
        assert!(!dangling.exists(), "init wrote through a dangling link");
        assert_eq!(before, walk(dir.path()));
    }
}

#[test]
fn check_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.guideline"), TYPO).unwrap();
    let listing = |p: &std::path::Path| {
        let mut v: Vec<_> = walk(p);
        v.sort();
        v
    };
    // Broken input too: it must not be "repaired", renamed or cached anywhere in the tree.
    fs::write(dir.path().join("b.guideline"), b"\xff\xfe not UTF-8").unwrap();
    fs::write(dir.path().join("c.guideline"), BROKEN.replace('\n', "\r\n")).unwrap();
    fs::write(dir.path().join("d.guideline"), format!("\u{feff}{OPEN}")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
        std::os::unix::fs::symlink("nowhere", dir.path().join("e.guideline")).unwrap();
    }
    let before = listing(dir.path());
    for format in ["human", "json", "sarif", "github", "junit"] {
        guidelint()
            .current_dir(dir.path())
            .args([
                "check",
                "--format",
                format,
                "--statistics",
                "--show-suppressed",
            ])
            .assert()
            .code(1);
        assert_eq!(before, listing(dir.path()), "{format}");
    }
    guidelint()
        .current_dir(dir.path())
        .args(["check", "-", "--stdin-filename", "a.guideline"])
        .write_stdin(TYPO)
        .assert()
        .code(1);
    assert_eq!(before, listing(dir.path()));
}

fn walk(p: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in fs::read_dir(p).unwrap() {
        let e = e.unwrap();
        let ft = e.file_type().unwrap();
        if ft.is_dir() {
            out.extend(walk(&e.path()));
        } else if ft.is_symlink() {
            let target = fs::read_link(e.path()).unwrap();
            out.push((
                e.path().display().to_string(),
                target.display().to_string().into_bytes(),
            ));
        } else {
            out.push((e.path().display().to_string(), fs::read(e.path()).unwrap()));
        }
    }
    out
}

const SUPPRESSED: &str = "guideline \"S\" {\n  owner hr, sales\n  contact \"c@example.com\"\n  goal \"g\"\n  channel twitter { purpose service respond within 1h staffed by sales }\n  # guidelint-allow blanket-block: kiosk PCs\n  rule \"K\" { block tiktok because \"b\" }\n  rule \"L\" { block xing because \"b\" }\n}\n";

#[test]
fn suppressed_findings_are_hidden_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.guideline");
    fs::write(&file, SUPPRESSED).unwrap();
    let out = guidelint().arg("check").arg(&file).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("guidelint::blanket-block").count(), 1);
    assert!(text.contains("(1 suppressed)"));
    let out = guidelint()
        .args(["check", "--show-suppressed"])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.matches("guidelint::blanket-block").count(), 2);
    assert!(text.contains("(suppressed: kiosk PCs)"));
}

#[test]
fn json_marks_suppressed_findings_and_counts_them_apart() {
    let out = guidelint()
        .args(["check", "--format", "json", "-"])
        .write_stdin(SUPPRESSED)
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let diags = v["files"][0]["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 2);
    assert_eq!(diags[0]["suppressed"], true);
    assert_eq!(diags[0]["suppression_reason"], "kiosk PCs");
    assert_eq!(diags[1]["suppressed"], false);
    assert_eq!(v["summary"]["errors"], 1);
    assert_eq!(v["summary"]["suppressed"], 1);
    assert_eq!(v["files"][0]["score"], 80);
    assert_eq!(v["files"][0]["verdict"], "law-and-order");
}

#[test]
fn statistics_count_per_rule() {
    let out = guidelint()
        .args(["check", "--statistics", "--fail-on", "never", "-"])
        .write_stdin(SUPPRESSED)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("1  blanket-block")),
        "{text}"
    );
}

#[test]
fn the_readme_lists_every_rule() {
    let readme = fs::read_to_string(repo("README.md")).unwrap();
    let out = guidelint()
        .args(["rules", "--format", "json", "--no-config"])
        .output()
        .unwrap();
    for rule in json(&out.stdout).as_array().unwrap() {
        let name = rule["name"].as_str().unwrap();
        assert!(
            readme.contains(&format!("| `{name}` |")),
            "README lacks {name}"
        );
    }
    assert!(readme.starts_with("# guidelint\n\n```sh\ncargo run --release -- check examples"));
}

/// Files are checked in parallel; the output is the same, byte for byte, whatever the number of
/// threads (SPEC §7), for every format, with a directory of many files of every kind.
#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let dir = tempfile::tempdir().unwrap();
    let drafts: Vec<String> = ["open-de", "law-and-order-de", "mixed-de", "open-en"]
        .iter()
        .map(|name| fs::read_to_string(repo(&format!("examples/{name}.guideline"))).unwrap())
        .chain([OPEN.to_owned(), BROKEN.to_owned(), TYPO.to_owned()])
        .collect();
    // 150 files: more than one chunk per thread, in nested directories, plus one unreadable file.
    for i in 0..150 {
        let sub = dir.path().join(format!("d{}", i % 7));
        fs::create_dir_all(&sub).unwrap();
        fs::write(
            sub.join(format!("f{i:03}.guideline")),
            &drafts[i % drafts.len()],
        )
        .unwrap();
    }
    fs::write(
        dir.path().join("d0/latin1.guideline"),
        b"guideline \"\xe4\" {}",
    )
    .unwrap();
    for format in ["human", "json", "github", "sarif", "junit", "html"] {
        let run = |threads: &str| {
            let out = guidelint()
                .current_dir(dir.path())
                .args(["check", "--no-config", "--statistics", "--format", format])
                .args(["--threads", threads])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{format}");
            out.stdout
        };
        let one = run("1");
        assert!(!one.is_empty());
        for threads in ["2", "5", "0"] {
            assert!(one == run(threads), "{format} with {threads} threads");
        }
        let env = guidelint()
            .current_dir(dir.path())
            .env("RAYON_NUM_THREADS", "3")
            .args(["check", "--no-config", "--statistics", "--format", format])
            .output()
            .unwrap();
        assert!(one == env.stdout, "{format} with RAYON_NUM_THREADS=3");
    }
}

/// A string left open is reported at the end of the file (SPEC §11.7), with a second label at
/// its opening quote, in the human output and in JSON's `related`.
#[test]
fn an_open_string_points_at_its_opening_quote() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("open.guideline"),
        "guideline \"abc {\n owner hr\n}\n",
    )
    .unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "json", "open.guideline"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "syntax-error");
    assert_eq!((&d["line"], &d["column"]), (&4.into(), &1.into()));
    assert_eq!((&d["end_line"], &d["end_column"]), (&4.into(), &1.into()));
    let related = d["related"].as_array().unwrap();
    assert_eq!(related.len(), 1, "{d}");
    assert_eq!(related[0]["message"], "the text starts here");
    assert_eq!(
        (&related[0]["line"], &related[0]["column"]),
        (&1.into(), &11.into())
    );
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--color", "never", "open.guideline"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("╰── the text starts here"));
}

/// A leading byte-order mark is ignored (SPEC §1): an own-line suppression after it covers the
/// guideline, in a file and on standard input, with LF and CRLF (it was reported unused at 1:1
/// and suppressed nothing).
#[test]
fn a_suppression_after_a_byte_order_mark_applies() {
    let lf = "\u{feff}# guidelint-allow missing-goals, missing-owner: Entwurf\nguideline \"Entwurf\" {\n  contact \"hr@x.de\"\n  channel twitter { purpose service respond within 1h staffed by hr }\n}\n";
    let crlf = lf.replace('\n', "\r\n");
    let dir = tempfile::tempdir().unwrap();
    for (name, src) in [("lf.guideline", lf), ("crlf.guideline", crlf.as_str())] {
        let file = dir.path().join(name);
        fs::write(&file, src).unwrap();
        let from_file = guidelint()
            .args(["check", "--no-config", "--format", "json"])
            .arg(&file)
            .output()
            .unwrap();
        let from_stdin = guidelint()
            .args(["check", "--no-config", "--format", "json", "-"])
            .write_stdin(src)
            .output()
            .unwrap();
        for out in [from_file, from_stdin] {
            assert_eq!(out.status.code(), Some(0), "{name}");
            let v = json(&out.stdout);
            let found: Vec<(String, bool)> = v["files"][0]["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap().to_owned(),
                        d["suppressed"].as_bool().unwrap(),
                    )
                })
                .collect();
            assert_eq!(
                found,
                [
                    ("missing-goals".to_owned(), true),
                    ("missing-owner".to_owned(), true)
                ],
                "{name}"
            );
        }
    }
}

/// A syntax error spans the first unexpected token, one character if it is not a token (SPEC
/// §11.7): a word that is no token is marked at its first character and still named whole in the
/// message; a string is a token even when it runs over lines.
#[test]
fn a_syntax_error_spans_a_token_or_one_character() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        // (the line with the error, where it is, its end, the word the message names)
        (
            "    respond within 24hours",
            (3, 20),
            (3, 21),
            "found `24hours`",
        ),
        ("    respond within 2 days", (3, 20), (3, 21), "found `2`"),
        (
            "    staffed by customer_service",
            (3, 24),
            (3, 25),
            "found `_service`",
        ),
        ("    purpose @acme", (3, 13), (3, 14), "found `@`"),
        ("    purpose repl1es x", (3, 21), (3, 22), "found `x`"),
        (
            "    purpose \"ser\n vice\"",
            (3, 13),
            (4, 7),
            "found `\"ser…`",
        ),
    ];
    for (line, start, end, found) in cases {
        let src = format!("guideline \"x\" {{\n  channel x {{\n{line}\n  }}\n}}\n");
        fs::write(dir.path().join("t.guideline"), &src).unwrap();
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--no-config", "--format", "json", "t.guideline"])
            .output()
            .unwrap();
        let v = json(&out.stdout);
        let d = &v["files"][0]["diagnostics"][0];
        assert_eq!(d["rule"], "syntax-error", "{src}");
        assert_eq!(
            (&d["line"], &d["column"]),
            (&start.0.into(), &start.1.into()),
            "{src}"
        );
        assert_eq!(
            (&d["end_line"], &d["end_column"]),
            (&end.0.into(), &end.1.into()),
            "{src}"
        );
        let message = d["message"].as_str().unwrap();
        assert!(message.ends_with(found), "{src}: {message}");
    }
}
