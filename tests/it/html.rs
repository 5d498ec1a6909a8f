//! `--format html` in a real browser: headless Chromium must load the report for the examples,
//! draw it (a screenshot) and find the expected headings and finding messages in its DOM.
//!
//! Chromium is required, not optional: `.ci/run` installs it (`apt-get install chromium`), and
//! this test fails when it is missing. `CHROMIUM` names another binary. With
//! `GUIDELINT_UPDATE_SCREENSHOT=1` the screenshot is copied to `docs/report.png`.
//!
//! The printed report is checked too: Chromium prints it to PDF, and `pdftotext` (poppler-utils,
//! which `.ci/run` installs) reads the text back; this test fails when it is missing.

use std::fs::{self, File};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::{guidelint, repo};

/// Runs Chromium headless on `page` with extra arguments; its standard output goes to `stdout`.
fn chromium(extra: &[&str], page: &Path, stdout: &Path) {
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".to_owned());
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(&binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(stdout).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `{binary}` ({e}): the HTML report test needs Chromium; \
                 install it with `apt-get install chromium` (.ci/run does) or set CHROMIUM"
            )
        });
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "{binary} {extra:?} failed: {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{binary} {extra:?} did not finish within 180 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The text of an HTML document without any whitespace (tags dropped, the usual entities
/// decoded), so that inline markup such as `<code>` does not matter.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    squash(&text)
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Writes the report for the examples to `page`.
fn examples_report(page: &Path) {
    let run = guidelint()
        .current_dir(repo(""))
        .args([
            "check",
            "--config",
            "examples/.guidelint.yaml",
            "--format",
            "html",
            "examples",
        ])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1), "the examples have errors");
    assert!(
        run.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    fs::write(page, &run.stdout).unwrap();
}

/// The JSON report for the examples.
fn examples_json() -> Value {
    let json = guidelint()
        .current_dir(repo(""))
        .args([
            "check",
            "--config",
            "examples/.guidelint.yaml",
            "--format",
            "json",
            "examples",
        ])
        .output()
        .unwrap();
    serde_json::from_slice(&json.stdout).unwrap()
}

#[test]
fn chromium_renders_the_report_for_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    examples_report(&page);

    // It draws: a PNG of the requested size with real content.
    let png = dir.path().join("report.png");
    let screenshot = format!("--screenshot={}", png.display());
    chromium(
        &[&screenshot, "--window-size=1280,2400"],
        &page,
        &dir.path().join("screenshot.log"),
    );
    let bytes = fs::read(&png).expect("Chromium wrote no screenshot");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((width, height), (1280, 2400));
    assert!(
        bytes.len() > 50_000,
        "a {}-byte screenshot is too small to show the report",
        bytes.len()
    );
    if std::env::var_os("GUIDELINT_UPDATE_SCREENSHOT").is_some() {
        fs::write(repo("docs/report.png"), &bytes).unwrap();
    }

    // The browser's DOM has the headings, landmarks and every finding's message.
    let dom_file = dir.path().join("dom.html");
    chromium(&["--dump-dom"], &page, &dom_file);
    let dom = fs::read_to_string(&dom_file).unwrap();
    assert!(dom.contains("<html lang=\"en\">"), "{dom:.300}");
    for needle in [
        "<h1>Social-media guideline report</h1>",
        "<h2 id=\"summary-h\">Summary</h2>",
        "-h\">Richtlinie zur Nutzung sozialer Medien der Beispiel AG</h2>",
        "-h\">Social Media at Northwind Traders</h2>",
        "<main>",
        "<mark class=\"sev-error\"",
        "aria-label=\"Score 100 out of 100\"",
    ] {
        assert!(dom.contains(needle), "the DOM lacks {needle}");
    }
    let text = text_of(&dom);
    for needle in [
        "Findings (",
        "Law and order",
        "Why this matters: the evidence",
    ] {
        assert!(
            text.contains(&squash(needle)),
            "the page text lacks {needle}"
        );
    }

    // Every finding guidelint reports for the examples is on the page.
    let json = examples_json();
    let mut messages = 0;
    for file in json["files"].as_array().unwrap() {
        assert!(text.contains(&squash(file["path"].as_str().unwrap())));
        for d in file["diagnostics"].as_array().unwrap() {
            let message = squash(&d["message"].as_str().unwrap().replace('`', ""));
            assert!(text.contains(&message), "the page lacks {message:?}");
            messages += 1;
        }
    }
    assert!(messages >= 10, "only {messages} findings in the examples");
}

/// On paper (an A4 page with margins is about 700 CSS pixels wide, as narrow as a phone) the
/// table of guidelines keeps its Errors, Warnings and Infos columns: the rules for narrow
/// screens are for screens only.
#[test]
fn the_printed_report_keeps_every_column() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    examples_report(&page);
    let pdf = dir.path().join("report.pdf");
    chromium(
        &[
            &format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer",
        ],
        &page,
        &dir.path().join("print.log"),
    );
    let bytes = fs::read(&pdf).expect("Chromium wrote no PDF");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");

    let text = match Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        Ok(out) => panic!("pdftotext failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => panic!(
            "pdftotext is needed to read the printed report back (Debian package poppler-utils, \
             which .ci/run installs): {e}"
        ),
    };
    // The header row, all six columns on one line.
    let words = |line: &str| line.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.lines()
            .any(|l| words(l) == "Guideline Score Verdict Errors Warnings Infos"),
        "the printed table lacks columns:\n{text}"
    );
    // One row per guideline whose score is followed by its verdict and three counts, which add
    // up to the run's totals.
    let json = examples_json();
    let mut rows = 0;
    let mut totals = [0; 3];
    let is_score = |t: &str| {
        t.strip_suffix("/100")
            .is_some_and(|n| n.parse::<u32>().is_ok())
    };
    for line in text.lines().filter(|l| l.split_whitespace().any(is_score)) {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        let counts: Vec<u64> = tokens[tokens.len().saturating_sub(3)..]
            .iter()
            .filter_map(|t| t.parse().ok())
            .collect();
        assert_eq!(counts.len(), 3, "a row without its counts: {line:?}");
        for (total, n) in totals.iter_mut().zip(counts) {
            *total += n;
        }
        rows += 1;
    }
    assert_eq!(rows, json["files"].as_array().unwrap().len(), "{text}");
    let summary = &json["summary"];
    assert_eq!(
        totals.to_vec(),
        ["errors", "warnings", "infos"]
            .map(|k| summary[k].as_u64().unwrap())
            .to_vec()
    );
}
