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
