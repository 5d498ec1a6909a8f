//! Rendered human diagnostics, colours off, fixed width: one snapshot per fixture.

use crate::{guidelint, repo};

#[test]
fn human_output() {
    insta::glob!("../fixtures/human", "*.guideline", |path| {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let out = guidelint()
            .current_dir(repo("tests/fixtures/human"))
            .env("COLUMNS", "80")
            .args([
                "check",
                "--color",
                "never",
                "--no-config",
                "--show-suppressed",
            ])
            .arg(&name)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        insta::assert_snapshot!(text);
    });
}

/// One German report, rendered as a German reader sees it.
#[test]
fn human_output_in_german() {
    let out = guidelint()
        .current_dir(repo("tests/fixtures/human"))
        .env("COLUMNS", "80")
        .args([
            "check",
            "--lang",
            "de",
            "--color",
            "never",
            "--no-config",
            "--show-suppressed",
            "law-and-order.guideline",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!("human_output_in_german", text);
}

/// A configuration error as a German reader sees it: its file says `lang: de`.
#[test]
fn config_error_in_german() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".guidelint.yaml"),
        "lang: de\ncustom-rules:\n  - name: acme/no-tiktok\n    message: TikTok\n    match:\n      platforms: [tiktok]\n      modality: blok\n",
    )
    .unwrap();
    let out = guidelint()
        .current_dir(dir.path())
        .env("COLUMNS", "80")
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let text = String::from_utf8(out.stderr).unwrap();
    insta::assert_snapshot!("config_error_in_german", text);
}
