//! The bad-input matrix (issue 7): every kind of broken or hostile input gets a clear finding or
//! message, and the rest of the run goes on. Each case puts a good file next to the bad one and
//! asserts that the good file is still reported.

use std::fs;
use std::path::Path;
use std::time::Duration;

use predicates::prelude::*;
use serde_json::Value;

use crate::guidelint;

const GOOD: &str = "guideline \"Open\" {\n  owner hr, sales\n  contact \"a@example.com\"\n  goal \"Dialogue\"\n  channel twitter { purpose service respond within 1h staffed by sales }\n  rule \"Access\" { allow employees to access any-platform }\n}\n";

/// Runs `guidelint check --format json ARGS` in `dir` (with a time limit, so a hang fails the
/// test instead of blocking it) and returns the exit code and the parsed report.
fn check_json(dir: &Path, args: &[&str]) -> (Option<i32>, Value) {
    let out = guidelint()
        .current_dir(dir)
        .args(["check", "--no-config", "--format", "json"])
        .args(args)
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code(), v)
}

/// The report of the file at `path`.
fn file<'a>(v: &'a Value, path: &str) -> &'a Value {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("{path} not in the report: {v:#}"))
}

fn rules(f: &Value) -> Vec<&str> {
    f["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect()
}

/// The good file is reported as clean.
fn assert_good(v: &Value, path: &str) {
    let f = file(v, path);
    assert_eq!(f["verdict"], "open", "{f:#}");
    assert!(rules(f).is_empty(), "{f:#}");
}

/// The one finding of the file at `path` is `rule` and its message contains `message`.
fn assert_only(v: &Value, path: &str, rule: &str, message: &str) {
    let f = file(v, path);
    assert_eq!(rules(f), [rule], "{f:#}");
    let text = f["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        text.contains(message),
        "{text:?} should contain {message:?}"
    );
    assert_eq!(f["verdict"], "invalid");
    assert_eq!(f["score"], Value::Null);
}

/// A directory with `good.guideline` and one bad file.
fn with_good(bad_name: &str, bad: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.guideline"), GOOD).unwrap();
    fs::write(dir.path().join(bad_name), bad).unwrap();
    dir
}

#[test]
fn invalid_utf8_is_unreadable() {
    let dir = with_good("bad.guideline", b"guideline \"Caf\xe9\" {}\n");
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_only(&v, "bad.guideline", "unreadable-file", "line 1, column 15");
    assert_only(&v, "bad.guideline", "unreadable-file", "not UTF-8");
    assert_good(&v, "good.guideline");
}

#[test]
fn nul_bytes_are_a_syntax_error_or_text_in_a_string() {
    let dir = with_good("nul.guideline", b"guideline \"x\" {\0}\n");
    fs::write(dir.path().join("zeros.guideline"), [0u8; 64]).unwrap();
    // Inside a string any character is text, NUL included.
    fs::write(
        dir.path().join("instring.guideline"),
        "guideline \"a\0b\" { owner hr contact \"c\" goal \"g\" }\n",
    )
    .unwrap();
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_only(&v, "nul.guideline", "syntax-error", "expected");
    assert_eq!(file(&v, "nul.guideline")["diagnostics"][0]["column"], 16);
    assert_only(&v, "zeros.guideline", "syntax-error", "expected");
    assert!(!rules(file(&v, "instring.guideline")).contains(&"syntax-error"));
    assert_good(&v, "good.guideline");
    // The human output shows the NUL file too (miette renders the control character).
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("nul.guideline"))
        .stdout(predicate::str::is_match(r"good\.guideline +score 100/100  open").unwrap());
}

#[test]
fn a_binary_file_named_guideline_is_unreadable() {
    let png: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, b'I', b'H', b'D', b'R', 0,
        0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
    ];
    let dir = with_good("logo.guideline", png);
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_only(&v, "logo.guideline", "unreadable-file", "line 1, column 1 ");
    assert_good(&v, "good.guideline");
}

#[test]
fn an_empty_file_and_a_file_of_comments_are_syntax_errors_at_the_end() {
    let dir = with_good("empty.guideline", b"");
    fs::write(
        dir.path().join("comments.guideline"),
        "# only a comment\r\n# and another\n",
    )
    .unwrap();
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_only(&v, "empty.guideline", "syntax-error", "guideline");
    let d = &file(&v, "empty.guideline")["diagnostics"][0];
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_only(&v, "comments.guideline", "syntax-error", "guideline");
    let d = &file(&v, "comments.guideline")["diagnostics"][0];
    assert_eq!(d["line"], d["end_line"]);
    assert_eq!(d["column"], d["end_column"]);
    assert_good(&v, "good.guideline");
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let dir = with_good("bom.guideline", format!("\u{feff}{GOOD}").as_bytes());
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(0));
    assert_good(&v, "bom.guideline");
    assert_good(&v, "good.guideline");
}

/// The same file with LF and with CRLF gives the same findings at the same lines and columns:
/// a CR is never counted as a column.
#[test]
fn crlf_gives_the_same_positions_as_lf() {
    let lf = "guideline \"Closed\" {\n  owner hr\n  rule \"A\" {\n    block facebook\n    forbid employees to post about company-topics\n  }\n  rule \"B\" {\n    allow employes to access facebook\n  }\n}\n";
    let dir = with_good("lf.guideline", lf.as_bytes());
    fs::write(dir.path().join("crlf.guideline"), lf.replace('\n', "\r\n")).unwrap();
    let broken = "guideline \"x\" {\n  rule \"r\" {\n    allow employees access\n  }\n}\n";
    fs::write(dir.path().join("lf-broken.guideline"), broken).unwrap();
    fs::write(
        dir.path().join("crlf-broken.guideline"),
        broken.replace('\n', "\r\n"),
    )
    .unwrap();
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    let positions = |path: &str| -> Vec<Value> {
        file(&v, path)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                serde_json::json!([
                    d["rule"],
                    d["line"],
                    d["column"],
                    d["end_line"],
                    d["end_column"]
                ])
            })
            .collect()
    };
    assert!(!positions("lf.guideline").is_empty());
    assert_eq!(positions("lf.guideline"), positions("crlf.guideline"));
    assert_eq!(
        positions("lf-broken.guideline"),
        positions("crlf-broken.guideline")
    );
    assert_good(&v, "good.guideline");
}

#[test]
fn a_megabyte_on_one_line_is_read() {
    let long = "x".repeat(1024 * 1024);
    let dir = with_good(
        "string.guideline",
        format!("guideline \"g\" {{ owner hr contact \"c\" goal \"{long}\" }}").as_bytes(),
    );
    fs::write(
        dir.path().join("comment.guideline"),
        format!("# {long}\nguideline \"g\" {{ owner hr contact \"c\" goal \"g\" }}"),
    )
    .unwrap();
    // A syntax error on the long line: the snippet is cut, the run goes on.
    fs::write(
        dir.path().join("broken.guideline"),
        format!("guideline \"{long}\" {{ oops }}"),
    )
    .unwrap();
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(file(&v, "string.guideline")["verdict"], "open");
    assert_eq!(file(&v, "comment.guideline")["verdict"], "open");
    assert_only(&v, "broken.guideline", "syntax-error", "oops");
    assert_good(&v, "good.guideline");
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--color", "never"])
        .timeout(Duration::from_secs(120))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "(at broken.guideline:1:1048592, on a line too long to show)",
        ))
        .stdout(predicate::str::is_match(r"good\.guideline +score 100/100  open").unwrap());
}

/// A finding on a short line next to a 2 MB line shows its own line; only the long line is left
/// out of the snippet (it was "on a line too long to show", for the neighbour's length).
#[test]
fn a_finding_next_to_a_long_line_shows_its_own_line() {
    let source = format!(
        "guideline \"X\" {{\n  goal \"{}\"\n}}\n",
        "a".repeat(2_000_000)
    );
    for color in ["never", "always"] {
        let out = guidelint()
            .args(["check", "--no-config", "--color", color, "-"])
            .write_stdin(source.as_str())
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("guidelint::missing-owner"), "{text}");
        assert!(!text.contains("too long to show"), "{text}");
        assert!(!text.contains("aaaaaaaaaa"), "{text}");
        assert!(text.len() < 10_000, "{} bytes", text.len());
        if color == "never" {
            assert!(text.contains(" 1 │ guideline \"X\" {\n"), "{text}");
            assert!(!text.contains(" 2 │"), "{text}");
        }
    }
}

/// A finding on a short line whose related label is on a line over 2000 bytes shows its own
/// line; the related label is left out (audit 13: the whole snippet was dropped and the finding
/// said it was "on a line too long to show"). miette (with colour) and the fast path (without)
/// write the same text.
#[test]
fn a_related_label_on_a_long_line_is_left_out_of_the_snippet() {
    let long = "x".repeat(2100);
    let cases = [
        (
            format!(
                "guideline \"T\" {{\n  rule \"A\" {{ allow employees to access facebook }} # {long}\n  rule \"B\" {{ forbid employees to access facebook }}\n}}\n"
            ),
            "guidelint::conflicting-rules",
            " 3 │   rule \"B\" { forbid employees to access facebook }\n   ·              ─────────────────┬─────────────────\n",
        ),
        (
            format!("guideline \"T\" {{\n  rule \"A\" {{ }} # {long}\n  rule \"A\" {{ }}\n}}\n"),
            "guidelint::duplicate-rule",
            " 3 │   rule \"A\" { }\n   ·   ────┬───\n",
        ),
    ];
    for (source, rule, shown) in &cases {
        let run = |color: &str| {
            let out = guidelint()
                .args(["check", "--no-config", "--color", color, "-"])
                .args(["--stdin-filename", "long.guideline"])
                .write_stdin(source.as_str())
                .timeout(Duration::from_secs(120))
                .output()
                .unwrap();
            strip_colour(&String::from_utf8(out.stdout).unwrap())
        };
        let text = run("never");
        assert_eq!(text, run("always"));
        let finding = &text[text.find(rule).unwrap()..];
        let finding = &finding[..finding.find("read more").unwrap()];
        assert!(finding.contains("(line 2)"), "{finding}");
        assert!(finding.contains("[long.guideline:3:"), "{finding}");
        assert!(finding.contains(shown), "{finding}");
        assert!(!finding.contains(" 2 │"), "{finding}");
        assert!(!text.contains("too long to show"), "{text}");
        assert!(!text.contains("xxxxxxxxxx"), "{text}");
    }
}

/// `text` without its ANSI escape sequences (`ESC [ … letter`).
fn strip_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let end = after
            .find(|c: char| c.is_ascii_alphabetic())
            .map_or(after.len(), |e| e + 1);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Format widths above 65 535 panic in Rust: a huge terminal width or a very long file name
/// must not reach one.
#[test]
fn huge_widths_do_not_panic() {
    let name = "n".repeat(70_000);
    guidelint()
        .env("COLUMNS", "100000")
        .args([
            "check",
            "--no-config",
            "--statistics",
            "-",
            "--stdin-filename",
            &name,
        ])
        .write_stdin("guideline \"g\" { rule \"r\" { block facebook } }")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Checked 1 file"));
}

#[test]
fn a_file_over_the_size_limit_is_unreadable() {
    let limit = 10 * 1024 * 1024;
    let mut big = GOOD.as_bytes().to_vec();
    big.resize(limit + 1, b' ');
    let dir = with_good("big.guideline", &big);
    // Exactly at the limit is still read.
    big.truncate(limit);
    fs::write(dir.path().join("at-limit.guideline"), &big).unwrap();
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    assert_only(
        &v,
        "big.guideline",
        "unreadable-file",
        "this file has 10485761 bytes, more than the limit of 10485760 bytes",
    );
    assert_good(&v, "at-limit.guideline");
    assert_good(&v, "good.guideline");
    // The same through standard input, which is read only to one byte past the limit: its size
    // is not known, and not guessed (it used to say "10485761 bytes" whatever came in).
    for size in [limit + 1, limit + 2_714_258] {
        let out = guidelint()
            .args(["check", "--no-config", "--format", "json", "-"])
            .write_stdin(vec![b'a'; size])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_only(
            &v,
            "<stdin>",
            "unreadable-file",
            "this file has more than the limit of 10485760 bytes",
        );
    }
}

#[test]
fn max_file_size_lowers_the_limit_and_the_run_goes_on() {
    let dir = with_good(
        "big.guideline",
        format!("{GOOD}{}", " ".repeat(400)).as_bytes(),
    );
    fs::write(dir.path().join(".guidelint.yaml"), "max-file-size: 300\n").unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_only(
        &v,
        "big.guideline",
        "unreadable-file",
        "the limit of 300 bytes",
    );
    assert_good(&v, "good.guideline");
    // Standard input under the same limit, in German too.
    for (lang, message) in [
        ("en", "this file has more than the limit of 300 bytes"),
        ("de", "Diese Datei ist größer als die erlaubten 300 Bytes"),
    ] {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--format", "json", "--lang", lang, "-"])
            .write_stdin(" ".repeat(1000))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_only(&v, "<stdin>", "unreadable-file", message);
    }
}

#[test]
fn ten_thousand_rules_in_one_file_finish() {
    let mut text = String::from(
        "guideline \"Big\" {\n  owner hr, sales\n  contact \"a@example.com\"\n  goal \"g\"\n",
    );
    for i in 0..10_000 {
        let statement = match i % 4 {
            0 => format!("allow employees to post about topic{i} on linkedin"),
            1 => format!("forbid employees to share item{i} without approval by pr"),
            2 => format!("encourage employees to share job-offers on xing during t{i}"),
            _ => format!("monitor brand-mentions on any-platform about m{i}"),
        };
        text.push_str(&format!(
            "  rule \"Rule {i}\" {{ {statement} because \"reason {i}\" }}\n"
        ));
    }
    text.push_str("}\n");
    let dir = with_good("big.guideline", text.as_bytes());
    let (code, v) = check_json(dir.path(), &[]);
    assert!(matches!(code, Some(0 | 1)));
    assert!(file(&v, "big.guideline")["score"].is_u64());
    assert_good(&v, "good.guideline");
}

#[cfg(unix)]
#[test]
fn a_directory_symlink_loop_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("sub")).unwrap();
    fs::write(root.join("sub/good.guideline"), GOOD).unwrap();
    std::os::unix::fs::symlink(root, root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink("self", root.join("self")).unwrap();
    std::os::unix::fs::symlink("sub/good.guideline", root.join("link.guideline")).unwrap();
    let (code, v) = check_json(root, &[]);
    assert_eq!(code, Some(0));
    // Found once, through no link.
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    assert_good(&v, "sub/good.guideline");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = with_good("secret.guideline", GOOD.as_bytes());
    let secret = dir.path().join("secret.guideline");
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&secret).is_err() {
        let (code, v) = check_json(dir.path(), &[]);
        assert_eq!(code, Some(1));
        assert_only(
            &v,
            "secret.guideline",
            "unreadable-file",
            "not allowed to read",
        );
        assert_good(&v, "good.guideline");
    } else {
        // Running as root (as in CI): chmod 000 does not stop root from reading, so make the
        // read fail another way. (A directory named `x.guideline` is no help: named
        // explicitly, it is walked like any directory.) On Linux `/proc/self/mem` is a regular
        // file whose read fails at offset 0 with EIO, for root too: the read path proper.
        fs::set_permissions(&secret, fs::Permissions::from_mode(0o644)).unwrap();
        if cfg!(target_os = "linux") {
            let (code, v) = check_json(dir.path(), &["/proc/self/mem", "good.guideline"]);
            assert_eq!(code, Some(1));
            assert_only(&v, "/proc/self/mem", "unreadable-file", "cannot be read");
            assert_good(&v, "good.guideline");
        }
    }
    // A dangling symbolic link named explicitly cannot be opened (for root too), also when
    // named with a trailing slash: the link is there, it is no path that does not exist.
    std::os::unix::fs::symlink("nowhere", dir.path().join("dangling.guideline")).unwrap();
    for named in ["dangling.guideline", "dangling.guideline/"] {
        let (code, v) = check_json(dir.path(), &[named, "good.guideline"]);
        assert_eq!(code, Some(1), "{named}");
        assert_only(&v, named, "unreadable-file", "this file does not exist");
        assert_good(&v, "good.guideline");
    }
}

/// A guideline with findings: `block tiktok for everyone` (line 6) is a `blanket-block`, and has
/// no reason.
fn blocked() -> String {
    GOOD.replace(
        "allow employees to access any-platform",
        "block tiktok for everyone",
    )
}

/// The report of `blocked()`: its findings.
fn assert_blocked(f: &Value) {
    assert_eq!(rules(f), ["missing-rationale", "blanket-block"], "{f:#}");
    assert_eq!(f["diagnostics"][1]["line"], 6, "{f:#}");
}

/// Makes a FIFO at `path`.
#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

/// A FIFO found by the walk is reported without being opened (the run would wait for a writer
/// that never comes); the binary runs under a time limit, so a hang fails the test.
#[cfg(unix)]
#[test]
fn a_fifo_found_by_the_walk_does_not_block() {
    let dir = with_good("other.txt", b"");
    let fifo = dir.path().join("pipe.guideline");
    mkfifo(&fifo);
    for paths in [&[][..], &["."][..]] {
        let (code, v) = check_json(dir.path(), paths);
        assert_eq!(code, Some(1));
        assert_eq!(v["files"].as_array().unwrap().len(), 2);
        let shown = if paths.is_empty() {
            "pipe.guideline"
        } else {
            "./pipe.guideline"
        };
        assert_only(&v, shown, "unreadable-file", "not a regular file");
    }
    // Should a pipe take the place of a file after the walk, the file is opened before it is
    // asked what it is, and without waiting for a writer.
    use ::guidelint::rules::unreadable_file::Reason;
    assert_eq!(
        ::guidelint::read_walked_file(&fifo, 1 << 20),
        Err(Reason::NotAFile)
    );
    let good = dir.path().join("good.guideline");
    assert_eq!(
        ::guidelint::read_walked_file(&good, 1 << 20),
        Ok(fs::read_to_string(&good).unwrap())
    );
    assert!(matches!(
        ::guidelint::read_walked_file(&good, 3),
        Err(Reason::TooLarge { limit: 3, .. })
    ));
}

/// A FIFO named on the command line is read, as `cat` reads it: its writer (another process
/// here, as `<(…)` is) gets its guideline checked, findings and all.
#[cfg(unix)]
#[test]
fn a_fifo_named_explicitly_is_read() {
    let dir = with_good("source.txt", blocked().as_bytes());
    mkfifo(&dir.path().join("pipe.guideline"));
    // Waits until guidelint opens the FIFO, then writes the guideline into it.
    let mut writer = std::process::Command::new("sh")
        .args(["-c", "cat source.txt > pipe.guideline"])
        .current_dir(dir.path())
        .spawn()
        .unwrap();
    let (code, v) = check_json(dir.path(), &["pipe.guideline", "good.guideline"]);
    // Should guidelint not have opened the FIFO, the writer would wait for ever.
    let _ = writer.kill();
    let _ = writer.wait();
    assert_eq!(code, Some(1));
    assert_blocked(file(&v, "pipe.guideline"));
    assert_good(&v, "good.guideline");
}

/// `/dev/stdin` named on the command line is read as a pipe (here standard input is one), and
/// `<(…)`, a `/dev/fd/N` that is a pipe, too (when bash is there to make one).
#[cfg(target_os = "linux")]
#[test]
fn dev_stdin_and_process_substitution_are_read() {
    let dir = with_good("source.guideline", blocked().as_bytes());
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "json"])
        .args(["/dev/stdin", "good.guideline"])
        .write_stdin(blocked())
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_blocked(file(&v, "/dev/stdin"));
    assert_good(&v, "good.guideline");

    let binary = assert_cmd::cargo::cargo_bin("guidelint");
    let script = "exec \"$0\" check --no-config --format json <(cat source.guideline)";
    let run = std::process::Command::new("bash")
        .args(["-c", script])
        .arg(&binary)
        .current_dir(dir.path())
        .output();
    let Ok(out) = run else {
        return; // no bash
    };
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{v:#}");
    assert!(
        files[0]["path"].as_str().unwrap().starts_with("/dev/fd/"),
        "{v:#}"
    );
    assert_blocked(&files[0]);
}

/// A device named on the command line is read to one byte past the size limit: `/dev/zero`
/// ends as too large (quickly, in little memory), `/dev/null` as an empty file. A socket is
/// still not a regular file, and is not opened.
#[cfg(unix)]
#[test]
fn devices_named_explicitly_are_read_within_the_limit_and_sockets_are_not() {
    let dir = with_good(".guidelint.yaml", b"max-file-size: 1000\n");
    let _socket =
        std::os::unix::net::UnixListener::bind(dir.path().join("socket.guideline")).unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--format", "json"])
        .args([
            "/dev/zero",
            "/dev/null",
            "socket.guideline",
            "good.guideline",
        ])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_only(
        &v,
        "/dev/zero",
        "unreadable-file",
        "this file has more than the limit of 1000 bytes",
    );
    let null = file(&v, "/dev/null");
    assert_eq!(rules(null), ["syntax-error"], "{null:#}");
    assert_eq!(null["diagnostics"][0]["line"], 1);
    assert_only(
        &v,
        "socket.guideline",
        "unreadable-file",
        "not a regular file",
    );
    assert_good(&v, "good.guideline");
}

#[test]
fn a_missing_path_fails_the_run_with_nothing_on_stdout() {
    let dir = with_good("other.txt", b"");
    guidelint()
        .current_dir(dir.path())
        .args([
            "check",
            "--no-config",
            "good.guideline",
            "missing.guideline",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "path not found: missing.guideline",
        ));
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "json", "missing/"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn a_directory_without_guidelines_warns_and_the_run_goes_on() {
    let dir = with_good("notes.txt", b"not a guideline");
    fs::create_dir(dir.path().join("empty")).unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "json", "empty", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no .guideline files found in empty"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_good(&v, "./good.guideline");
}

/// Invalid UTF-8 is named by its position; after a UTF-16 byte-order mark (`FF FE`), as UTF-16.
#[test]
fn invalid_utf8_on_standard_input_is_unreadable() {
    for (input, message) in [
        (&b"\xff\x00guideline"[..], "line 1, column 1 cannot"),
        (b"\xff\xfe\x00guideline", "UTF-16 text, not UTF-8"),
    ] {
        let out = guidelint()
            .args([
                "check",
                "--no-config",
                "--format",
                "json",
                "-",
                "--stdin-filename",
                "in.guideline",
            ])
            .write_stdin(input.to_vec())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_only(&v, "in.guideline", "unreadable-file", message);
    }
}

/// A line feed in a file name is drawn as its picture in the HTML report (`␊`), as a CR is
/// (`␍`); it was written as it is, and a browser showed a space. NEL (U+0085) in the source is
/// drawn as `␤` (it was `�`).
#[cfg(unix)]
#[test]
fn line_feeds_in_file_names_and_nel_in_the_source_are_visible_in_the_html_report() {
    let dir = with_good(
        "nl\nx.guideline",
        "guideline \"T\" {\n  owner hr\n  rule \"a\u{85}b\" { block tiktok for everyone }\n}\n"
            .as_bytes(),
    );
    fs::write(dir.path().join("cr\rx.guideline"), GOOD).unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "<code class=\"path\">nl\u{240a}x.guideline</code>",
        "<code>nl\u{240a}x.guideline</code>",
        "<code class=\"path\">cr\u{240d}x.guideline</code>",
        // The source listing.
        ">rule \"a\u{2424}b\"</mark>",
    ] {
        assert!(html.contains(needle), "no {needle:?} in\n{html}");
    }
    assert!(
        !html.contains("nl\nx") && !html.contains('\u{85}'),
        "{html}"
    );
    assert!(!html.contains('\u{fffd}'), "{html}");
}

/// Characters that turn the direction of text ("Trojan Source": U+202E and its kin) never
/// reach the terminal or the HTML report as they are, in names, messages or the source shown:
/// the line would be shown reordered, not as the grammar reads it. (A GitHub annotation names
/// the file exactly, or GitHub could not find it.)
#[test]
fn direction_controls_never_reach_the_reader() {
    let source = "guideline \"T\" {\n  owner hr\n  # note \u{2067}x\u{2069}\n  rule \"a\u{202e}b\" { block tiktok for everyone } # \u{200f}\n}\n";
    let dir = with_good("x\u{202e}y.guideline", source.as_bytes());
    for args in [
        &["--color", "never"][..],
        &["--color", "always"],
        &["--format", "html"],
        &["--format", "github"],
        &["--format", "junit"],
    ] {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["check", "--no-config"])
            .args(args)
            .output()
            .unwrap();
        let mut text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("block"), "{args:?}: {text}");
        if args[1] == "github" {
            // The annotation's `file=` must be the path itself, for GitHub to find the file.
            text = text.replace("file=x\u{202e}y.guideline", "file=");
        }
        for c in ['\u{202e}', '\u{2067}', '\u{2069}', '\u{200f}'] {
            assert!(!text.contains(c), "{args:?}: {c:?} in\n{text}");
        }
    }
}

/// A file name is whatever the pull request says. In human output, a line break in it must not
/// start a line of its own (a GitHub workflow command such as `::error`), and escape sequences
/// must not reach the terminal; JSON keeps the name exactly. A name that is not UTF-8 is shown
/// lossily and still checked.
#[cfg(target_os = "linux")]
#[test]
fn hostile_file_names_are_escaped_in_human_output() {
    use std::os::unix::ffi::OsStrExt;
    let dir = with_good("a\n::error file=x::fake.guideline", b"guideline \"g\" {}");
    fs::write(
        dir.path().join("b\x1b[31mred.guideline"),
        b"guideline \"g\" {}",
    )
    .unwrap();
    fs::write(
        dir.path()
            .join(std::ffi::OsStr::from_bytes(b"c\xff\xfe.guideline")),
        b"guideline \"g\" {}",
    )
    .unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'), "{text}");
    assert!(text.lines().all(|l| !l.starts_with("::")), "{text}");
    assert!(
        text.contains("a\\n::error file=x::fake.guideline"),
        "{text}"
    );
    assert!(text.contains("b\\u{1b}[31mred.guideline"), "{text}");
    assert!(text.contains("c\u{fffd}\u{fffd}.guideline"), "{text}");
    let (_, v) = check_json(dir.path(), &[]);
    assert_eq!(
        file(&v, "a\n::error file=x::fake.guideline")["verdict"],
        "mixed"
    );
    assert_good(&v, "good.guideline");
}

/// The table of scores at the end of the human output lines up on the terminal whatever the
/// names: a CJK character takes two columns, an NFD `é` (as macOS names files) one.
#[cfg(target_os = "linux")]
#[test]
fn the_table_of_scores_lines_up_with_wide_and_combining_names() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["日本語", "abcdef", "cafe\u{301}"] {
        fs::write(
            dir.path().join(format!("{name}.guideline")),
            "guideline \"T\" {\n  owner hr\n}\n",
        )
        .unwrap();
    }
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.lines().rev().take(3).collect();
    // Where the space before `score` starts, in terminal columns: 2 (indent) + 16 (the widest
    // names: `abcdef` and `日本語`, three characters of two columns).
    let wide = |c: char| ('\u{3040}'..='\u{9fff}').contains(&c);
    let combining = |c: char| ('\u{300}'..='\u{36f}').contains(&c);
    for row in &rows {
        let before = &row[..row.find("  score").unwrap()];
        let columns: usize = before
            .chars()
            .map(|c| {
                if wide(c) {
                    2
                } else if combining(c) {
                    0
                } else {
                    1
                }
            })
            .sum();
        assert_eq!(columns, 18, "{row:?}\n{text}");
    }
    assert!(text.contains("  日本語.guideline  score"), "{text}");
    assert!(text.contains("  cafe\u{301}.guideline    score"), "{text}");
    assert!(text.contains("  abcdef.guideline  score"), "{text}");
}

/// Control characters of a draft never reach the HTML report raw (NUL, ESC and BEL are HTML5
/// parse errors, and a browser shows NUL as `�`): the heading, the table of guidelines, the
/// `title` of a highlight and the source listing draw them as their pictures (`␛`, `␀`, `␇`).
/// Tabs and CR LF line ends stay as they are.
#[test]
fn control_characters_are_pictures_in_the_html_report() {
    let dir = with_good(
        "c.guideline",
        b"guideline \"C\x1b[31mred\x00\" {\r\n  owner hr\r\n\t# \x07bell \x7f \xc2\x9b\r\n  rule \"R\x08\" { block facebook }\r\n  rule \"R\x08\" { block youtube }\r\n}\r\n",
    );
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--no-config", "--format", "html", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "blanket-block is an error");
    let html = String::from_utf8(out.stdout).unwrap();
    let raw: Vec<char> = html
        .chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect();
    assert!(raw.is_empty(), "raw control characters {raw:?}");
    for needle in [
        "<h2 id=\"g1-h\">C\u{241b}[31mred\u{2400}</h2>",
        ">C\u{241b}[31mred\u{2400}</a>",
        "\t# \u{2407}bell \u{2421} \u{fffd}</span>",
        // duplicate-rule quotes the name, escaped as every message does: in a highlight's title
        // and in its message.
        "title=\"Finding 6: there is already a `rule &quot;R\\u{8}&quot;` (line 4)\"",
        "<p class=\"message\">there is already a <code>rule &quot;R\\u{8}&quot;</code>",
    ] {
        assert!(html.contains(needle), "no {needle:?} in\n{html}");
    }
    assert!(html.contains("good.guideline"));
}

/// Thousands of alternating `allow` and `forbid` statements have millions of conflicting pairs
/// (this 84 KB file made a million findings, 800 MB of JSON and 1 GB of memory): at most 1000
/// pairs are reported per file, then one finding says where guidelint stopped.
#[test]
fn a_flood_of_conflicting_rules_is_cut_off() {
    let mut text = String::from("guideline \"Flood\" {\n  owner hr\n");
    for i in 0..2000 {
        let modality = if i % 2 == 0 { "allow" } else { "forbid" };
        text.push_str(&format!(
            "  rule \"r{i}\" {{ {modality} employees to post }}\n"
        ));
    }
    text.push_str("}\n");
    let dir = with_good("flood.guideline", text.as_bytes());
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    let flood = rules(file(&v, "flood.guideline"));
    let conflicts = flood.iter().filter(|r| **r == "conflicting-rules").count();
    assert_eq!(conflicts, 1001);
    let stopped = file(&v, "flood.guideline")["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .starts_with("guidelint stopped looking for conflicting rules here")
        })
        .count();
    assert_eq!(stopped, 1);
    assert_good(&v, "good.guideline");
}

/// Thousands of findings on one long line: every column used to be counted from the line
/// start (8000 unknown terms in one `owner` line took 9 s, quadratic). Positions stay exact.
#[test]
fn many_findings_on_one_long_line() {
    let terms: Vec<String> = (0..8000).map(|i| format!("x{i}")).collect();
    let text = format!(
        "guideline \"g\" {{ contact \"c\" goal \"g\" owner hr, {} }}\n",
        terms.join(", ")
    );
    let dir = with_good("long.guideline", text.as_bytes());
    let (code, v) = check_json(dir.path(), &[]);
    assert_eq!(code, Some(1));
    let diagnostics = file(&v, "long.guideline")["diagnostics"]
        .as_array()
        .unwrap();
    let unknown: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["rule"] == "unknown-term")
        .collect();
    assert_eq!(unknown.len(), 8000);
    let last = unknown.last().unwrap();
    let column = text.find("x7999").unwrap() + 1;
    assert_eq!(last["column"].as_u64(), Some(column as u64));
    assert_good(&v, "good.guideline");
}
