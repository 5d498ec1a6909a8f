//! `--lang de` and a German locale: messages, summary, `explain` and `rules` in German.

use predicates::prelude::*;
use serde_json::Value;

use crate::{guidelint, repo};

const FIXTURE: &str = "tests/fixtures/human/law-and-order.guideline";

#[test]
fn check_in_german() {
    guidelint()
        .args(["check", "--lang", "de", "--color", "never", "--no-config"])
        .arg(repo(FIXTURE))
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "Diese Anweisung sperrt `facebook, twitter and youtube`",
        ))
        .stdout(predicate::str::contains("  Tipp: "))
        .stdout(predicate::str::contains(
            "Mehr dazu: guidelint explain blanket-block --lang de",
        ))
        .stdout(predicate::str::contains(
            "1 Datei geprüft: 2 Fehler, 10 Warnungen, 1 Hinweis",
        ))
        .stdout(predicate::str::contains("Punktzahl   0/100  Law & Order"))
        .stdout(predicate::str::contains("help:").not())
        .stdout(predicate::str::contains("read more").not());
}

/// A custom rule's finding is labelled in German in the terminal and in the HTML report (its
/// message and help are the configuration's words, as written).
#[test]
fn custom_rule_findings_are_labelled_in_german() {
    for format in ["human", "html"] {
        let out = guidelint()
            .current_dir(repo("examples"))
            .args([
                "check", "--lang", "de", "--color", "never", "--format", format,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("entspricht der eigenen Regel `muster/no-tiktok-block`")
                || text
                    .contains("entspricht der eigenen Regel <code>muster/no-tiktok-block</code>"),
            "{format}: {text}"
        );
        assert!(
            !text.contains("matches the custom rule"),
            "{format}: {text}"
        );
    }
}

/// `explain` of a custom rule: every fixed word German, the configuration's message, help and
/// `match` as written.
#[test]
fn a_custom_rule_is_explained_in_german() {
    let out = guidelint()
        .current_dir(repo("examples"))
        .args(["explain", "--lang", "de", "muster/no-tiktok-block"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("muster/no-tiktok-block (Eigene Regel, standardmäßig Warnung)\n\n"),
        "{text}"
    );
    for needle in [
        "\nAuf TikTok finden wir unsere künftigen Azubis: Sperren Sie es nicht\n",
        "\nTipp: Erlauben Sie es wenigstens in Pausen und Freizeit: `allow azubis to access tiktok during pausen and freizeit`\n",
        "\nEine eigene Regel Ihrer Organisation, festgelegt in `.guidelint.yaml`. Sie meldet jede \
         Anweisung, auf die Folgendes zutrifft:\n\n    modality: block | forbid\n",
    ] {
        assert!(text.contains(needle), "no {needle:?} in {text}");
    }
    for english in [
        "custom,",
        "by default",
        "help:",
        "A custom rule",
        "defined in",
        "flags",
    ] {
        assert!(!text.contains(english), "{english:?} in {text}");
    }
}

#[test]
fn the_option_may_stand_before_the_command() {
    guidelint()
        .args(["--lang", "de", "check", "--no-config"])
        .arg(repo(FIXTURE))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Datei geprüft"));
}

#[test]
fn suppressed_findings_and_statistics_in_german() {
    guidelint()
        .current_dir(repo("tests/fixtures/human"))
        .args([
            "check",
            "--lang",
            "de",
            "--no-config",
            "--show-suppressed",
            "--statistics",
            "suppressions.guideline",
        ])
        .assert()
        .stdout(predicate::str::contains("(unterdrückt"))
        .stdout(predicate::str::contains("unterdrückt)"))
        .stdout(
            predicate::str::is_match(r"(?m)^\s+\d+\s+[a-z-]+\s+(Fehler|Warnung|Hinweis)$").unwrap(),
        );
}

#[test]
fn json_keeps_its_keys_and_words_but_carries_german_messages() {
    let out = guidelint()
        .args(["check", "--lang", "de", "--format", "json", "--no-config"])
        .arg(repo(FIXTURE))
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = &report["files"][0];
    assert_eq!(file["verdict"], "law-and-order");
    let block = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "blanket-block")
        .unwrap();
    assert_eq!(block["severity"], "error");
    assert_eq!(block["category"], "law-and-order");
    assert!(block["message"]
        .as_str()
        .unwrap()
        .starts_with("Diese Anweisung sperrt"));
}

#[test]
fn explain_in_german() {
    guidelint()
        .args(["explain", "--lang", "de", "blanket-block"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "blanket-block (Law & Order, standardmäßig Fehler)\n\nEine breite Zielgruppe",
        ))
        .stdout(predicate::str::contains(
            "„Die Antwort im Umgang mit Social Media liegt in der Unternehmenskultur.",
        ))
        .stdout(predicate::str::contains("\nWird gemeldet:\n"))
        .stdout(predicate::str::contains("\nBesser:\n"))
        .stdout(predicate::str::contains(
            "    block facebook, twitter and youtube for everyone",
        ));
}

#[test]
fn an_unknown_rule_is_a_failed_run_in_german() {
    guidelint()
        .args(["explain", "--lang", "de", "blanket-blok"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("Fehler: Es gibt keine Regel `blanket-blok`. Meinten Sie `blanket-block`?\n");
    guidelint()
        .args(["explain", "--lang", "de", "--no-config", "überwachung"])
        .assert()
        .code(2)
        .stderr(
            "Fehler: Es gibt keine Regel `überwachung`. `guidelint rules --lang de` listet alle Regeln auf\n",
        );
    guidelint()
        .args(["explain", "--lang", "de", "--no-config", "surveillance"])
        .assert()
        .code(2)
        .stderr(
            "Fehler: Es gibt keine Regel `surveillance`. Meinten Sie `employee-surveillance`?\n",
        );
    guidelint()
        .args([
            "explain",
            "--lang",
            "de",
            "--no-config",
            "GUIDELINT::GAG-RULE",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("gag-rule (Law & Order, "));
}

#[test]
fn rules_in_german() {
    let out = guidelint()
        .args(["rules", "--lang", "de"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.lines().count(), 21);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("blanket-block"), "{first}");
    assert!(first.contains("Law & Order"), "{first}");
    assert!(first.contains("Fehler"), "{first}");
    assert!(first.ends_with("Eine breite Zielgruppe wird ganz von sozialen Medien ausgesperrt"));
    assert!(text.contains("Offenheit"));
    assert!(text.contains("Korrektheit"));
    assert!(text.contains("Hinweis"));
}

#[test]
fn rules_as_json_in_german() {
    let out = guidelint()
        .args(["rules", "--lang", "de", "--format", "json"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["name"], "blanket-block");
    assert_eq!(list[0]["severity"], "error");
    assert_eq!(
        list[0]["summary"],
        "Eine breite Zielgruppe wird ganz von sozialen Medien ausgesperrt"
    );
}

#[test]
fn a_german_locale_chooses_german() {
    guidelint()
        .env("LANG", "de_DE.UTF-8")
        .args(["check", "--no-config"])
        .arg(repo(FIXTURE))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("1 Datei geprüft"));
    guidelint()
        .env("LANG", "de_DE.UTF-8")
        .args(["explain", "missing-goals"])
        .assert()
        .stdout(predicate::str::contains("Wird gemeldet:"));
    guidelint()
        .env("LC_MESSAGES", "de_AT.UTF-8")
        .args(["rules"])
        .assert()
        .stdout(predicate::str::contains("Offenheit"));
}

#[test]
fn the_command_line_and_lc_all_win_over_lang() {
    guidelint()
        .env("LANG", "de_DE.UTF-8")
        .args(["check", "--lang", "en", "--no-config"])
        .arg(repo(FIXTURE))
        .assert()
        .stdout(predicate::str::contains("Checked 1 file"));
    guidelint()
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "C")
        .args(["rules"])
        .assert()
        .stdout(predicate::str::contains("openness"));
    guidelint()
        .env("LANG", "en_US.UTF-8")
        .args(["rules"])
        .assert()
        .stdout(predicate::str::contains("openness"));
}

#[test]
fn an_unknown_language_is_a_failed_run() {
    guidelint()
        .args(["rules", "--lang", "fr"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn the_configuration_chooses_the_language_and_the_flag_wins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".guidelint.yaml"), "lang: de\n").unwrap();
    std::fs::write(
        dir.path().join("a.guideline"),
        "guideline \"A\" { owner hr contact \"c\" }",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let out = crate::guidelint()
            .current_dir(dir.path())
            .arg("check")
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&[]).contains("Datei geprüft"), "{}", run(&[]));
    assert!(run(&["--lang", "en"]).contains("Checked 1 file"));
}

/// `--help` speaks German with `--lang de` (before or after the command) or a German locale,
/// with German headings, usage, examples and value lists; English stays as it was.
#[test]
fn help_in_german() {
    for args in [
        &["--lang", "de", "--help"][..],
        &["--help", "--lang=de"][..],
    ] {
        guidelint()
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "Aufruf: guidelint [OPTIONEN] <BEFEHL>",
            ))
            .stdout(predicate::str::contains("Befehle:"))
            .stdout(predicate::str::contains("Richtlinien prüfen"))
            .stdout(predicate::str::contains("Beispiele:"))
            .stdout(predicate::str::contains("Rückgabewert: 0 keine Meldung"))
            // The words of the German review: plain German, "Beschäftigte", "Ordner".
            .stdout(predicate::str::contains(
                "ein Prüfwerkzeug für Social-Media-Richtlinien",
            ))
            .stdout(
                predicate::str::contains("Überwachung von\nBeschäftigten")
                    .or(predicate::str::contains("Überwachung von Beschäftigten")),
            )
            .stdout(predicate::str::contains("Dateien und Ordner"))
            .stdout(predicate::str::contains("Linter").not())
            .stdout(predicate::str::contains("Mitarbeitende").not())
            .stdout(predicate::str::contains("Usage:").not())
            .stdout(predicate::str::contains("Print help").not());
    }
    guidelint()
        .env("LANG", "de_DE.UTF-8")
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Aufruf: guidelint check [OPTIONEN] [PFAD]...",
        ))
        .stdout(predicate::str::contains("Optionen:"))
        .stdout(predicate::str::contains("Argumente:"))
        .stdout(predicate::str::contains(
            "Ausgabeformat: human, json, sarif, github, junit oder html",
        ))
        .stdout(predicate::str::contains("--fail-on <SCHWEREGRAD>"))
        .stdout(predicate::str::contains(
            "hat Vorrang vor der Konfiguration",
        ))
        .stdout(predicate::str::contains("Verzeichnis").not())
        .stdout(predicate::str::contains("possible values").not())
        .stdout(predicate::str::contains("[default").not());
    for command in ["explain", "rules", "init"] {
        guidelint()
            .args(["--lang", "de", command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!(
                "Aufruf: guidelint {command}"
            )))
            .stdout(predicate::str::contains("Hilfe anzeigen"));
    }
    // The `help` command, too.
    guidelint()
        .args(["--lang", "de", "help", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Aufruf: guidelint check [OPTIONEN] [PFAD]...",
        ));
    guidelint()
        .args(["--lang", "de", "help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Diese Hilfe oder die Hilfe eines Befehls anzeigen",
        ));
    guidelint()
        .args(["--lang", "de", "help", "nix"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "Fehler: Einen Befehl `nix` gibt es nicht; `guidelint --help --lang de` listet alle \
             auf\n",
        );
    guidelint()
        .args(["help", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: guidelint check"));
    // `--lang en` wins over a German locale, and English is unchanged.
    guidelint()
        .env("LANG", "de_DE.UTF-8")
        .args(["--lang", "en", "check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Usage: guidelint check [OPTIONS] [PATH]...",
        ))
        .stdout(predicate::str::contains("Examples:"));
}

/// The German command line parses the same options as the English one.
#[test]
fn the_german_command_line_parses_like_the_english_one() {
    let fixture = repo(FIXTURE);
    let run = |lang: &str| {
        guidelint()
            .env("LANG", lang)
            .args([
                "check",
                "--format",
                "json",
                "--no-config",
                "--fail-on",
                "never",
            ])
            .args(["--color", "never", "--stdin-filename", "x.guideline"])
            .arg(&fixture)
            .output()
            .unwrap()
    };
    let (de, en) = (run("de_DE.UTF-8"), run("C"));
    assert!(de.status.success() && en.status.success());
    let parse = |out: &[u8]| serde_json::from_slice::<Value>(out).unwrap();
    assert_eq!(parse(&de.stdout)["summary"], parse(&en.stdout)["summary"]);
    // A wrong value is still an error (exit 2), in German mode too.
    guidelint()
        .args(["--lang", "de", "check", "--format", "pdf"])
        .assert()
        .code(2)
        .stdout("");
}

/// A mistyped command line is answered in German: what is wrong, a suggestion, the usage, and
/// where to read more: the German help of the command the mistake is in.
#[test]
fn command_line_mistakes_are_explained_in_german() {
    let cases: [(&[&str], &[&str]); 10] = [
        (
            &["check", "--formt", "json"],
            &[
                "Fehler: unbekannte Option `--formt`",
                "Tipp: Meinten Sie `--format`?",
                "Aufruf: guidelint check [OPTIONEN] [PFAD]...",
                "Mehr dazu: `guidelint check --help --lang de`\n",
            ],
        ),
        (
            &["pruefen"],
            &[
                "Fehler: unbekannter Befehl `pruefen`",
                "Aufruf: guidelint [OPTIONEN] <BEFEHL>",
                "Mehr dazu: `guidelint --help --lang de`\n",
            ],
        ),
        (
            &["check", "--format", "xml"],
            &[
                "Fehler: `xml` ist kein gültiger Wert für `--format <FORMAT>`",
                "möglich sind: `human`, `json`, `sarif`, `github`, `junit` oder `html`",
                "Mehr dazu: `guidelint check --help --lang de`\n",
            ],
        ),
        (
            &["explain"],
            &[
                "Fehler: Es fehlt der Name einer Regel (`<REGEL>`)",
                "Mehr dazu: `guidelint explain --help --lang de`\n",
            ],
        ),
        // clap's own tip for a value that looks like an option, in German.
        (
            &["check", "--no-such"],
            &[
                "Fehler: unbekannte Option `--no-such`",
                "Tipp: Wenn Sie `--no-such` als Wert meinen, schreiben Sie `-- --no-such`",
                "Mehr dazu: `guidelint check --help --lang de`\n",
            ],
        ),
        (
            &["rules", "alle"],
            &[
                "Fehler: unerwartetes Argument `alle`",
                "Mehr dazu: `guidelint rules --help --lang de`\n",
            ],
        ),
        (
            &["check", "--threads", "viele"],
            &[
                "Fehler: `viele` ist kein gültiger Wert für `--threads <N>`",
                "Mehr dazu: `guidelint check --help --lang de`\n",
            ],
        ),
        (
            &["check", "--config", "a.yaml", "--no-config"],
            &[
                "`--config <DATEI>` und `--no-config` können nicht zusammen angegeben werden",
                "Mehr dazu: `guidelint check --help --lang de`\n",
            ],
        ),
        // A mistake before the command is one of the program's options.
        (
            &["--bogus", "check"],
            &[
                "Fehler: unbekannte Option `--bogus`",
                "Mehr dazu: `guidelint --help --lang de`\n",
            ],
        ),
        (
            &["init", "--force"],
            &[
                "Fehler: unbekannte Option `--force`",
                "Mehr dazu: `guidelint init --help --lang de`\n",
            ],
        ),
    ];
    for (args, expected) in cases {
        let output = guidelint()
            .arg("--lang")
            .arg("de")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        for text in expected {
            assert!(stderr.contains(text), "{args:?}: {text}\n{stderr}");
        }
        // Where to read more is the last line, once.
        assert_eq!(
            stderr.matches("Mehr dazu: `guidelint ").count(),
            1,
            "{stderr}"
        );
        assert!(stderr.ends_with(" --help --lang de`\n"), "{stderr}");
        for english in [
            "error:",
            "Usage:",
            "For more information",
            "tip:",
            "as a value",
        ] {
            assert!(!stderr.contains(english), "{args:?}: {english}\n{stderr}");
        }
    }
}

#[test]
fn command_line_mistakes_stay_english_in_english() {
    guidelint()
        .args(["--lang", "en", "check", "--formt", "json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: unexpected argument '--formt' found",
        ))
        .stderr(predicate::str::contains("Fehler").not());
}

/// A configuration with a misspelt rule under `rules:`, and a draft to check.
fn misspelt_rule(lang_line: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".guidelint.yaml"),
        format!("{lang_line}fail-on: warning\nrules:\n  missing-gaols: off\n"),
    )
    .unwrap();
    std::fs::copy(repo(FIXTURE), dir.path().join("draft.guideline")).unwrap();
    dir
}

/// The German words of the misspelt rule's error, on standard error; nothing on standard output.
fn assert_german_config_error(out: &std::process::Output, line: usize) {
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for german in [
        "guidelint::config".to_owned(),
        "× rules: Unbekannte Regel `missing-gaols`".to_owned(),
        format!("[.guidelint.yaml:{line}:3]"),
        "keine Regel mit diesem Namen".to_owned(),
        "  Tipp: Meinten Sie `missing-goals`? `guidelint rules --lang de` listet alle".to_owned(),
    ] {
        assert!(stderr.contains(&german), "no {german:?} in {stderr}");
    }
    for english in [
        "unknown rule",
        "no rule of this name",
        "help:",
        "did you mean",
    ] {
        assert!(!stderr.contains(english), "{english:?} in {stderr}");
    }
}

fn assert_english_config_error(out: &std::process::Output) {
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("× rules: unknown rule `missing-gaols`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("  help: did you mean `missing-goals`?"),
        "{stderr}"
    );
}

/// `--lang de`: an error in the configuration is German too, in every command that reads it.
#[test]
fn config_errors_in_german_with_the_option() {
    let dir = misspelt_rule("");
    for command in [&["check"][..], &["rules"], &["explain", "missing-goals"]] {
        let out = guidelint()
            .current_dir(dir.path())
            .args(["--lang", "de"])
            .args(command)
            .output()
            .unwrap();
        assert_german_config_error(&out, 3);
    }
    // A file that cannot be read, in the words an unreadable guideline gets.
    guidelint()
        .current_dir(dir.path())
        .args(["check", "--lang", "de", "--config", "nope.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Die Konfigurationsdatei nope.yaml kann nicht gelesen werden: Diese Datei gibt es nicht",
        ));
}

/// The configuration's own `lang: de` decides the language of the errors about the rest of
/// it, as far as the file can be read; `--lang` still wins.
#[test]
fn config_errors_in_the_language_of_their_file() {
    let dir = misspelt_rule("lang: de\n");
    let out = guidelint()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_german_config_error(&out, 4);
    let out = guidelint()
        .current_dir(dir.path())
        .args(["check", "--lang", "en"])
        .output()
        .unwrap();
    assert_english_config_error(&out);
    // A YAML mistake after `lang: de` leaves it standing…
    let yaml = dir.path().join(".guidelint.yaml");
    std::fs::write(&yaml, "lang: de\nrules:\n\tmissing-goals: off\n").unwrap();
    guidelint()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "YAML erlaubt zum Einrücken keine Tabulatoren",
        ))
        .stderr(predicate::str::contains("  Tipp: Rücken Sie stattdessen"));
    // …one before it hides it: the locale decides (here: none, so English).
    std::fs::write(&yaml, "rules:\n\tmissing-goals: off\nlang: de\n").unwrap();
    guidelint()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "YAML does not allow tabs for indentation",
        ));
}

/// A German locale decides when neither `--lang` nor the file says; the file's `lang: en`
/// wins over the locale.
#[test]
fn config_errors_in_the_language_of_the_locale() {
    let dir = misspelt_rule("");
    let out = guidelint()
        .current_dir(dir.path())
        .env("LANG", "de_DE.UTF-8")
        .arg("check")
        .output()
        .unwrap();
    assert_german_config_error(&out, 3);
    let dir = misspelt_rule("lang: en\n");
    let out = guidelint()
        .current_dir(dir.path())
        .env("LANG", "de_DE.UTF-8")
        .arg("check")
        .output()
        .unwrap();
    assert_english_config_error(&out);
}

/// The findings of a guideline read from stdin, as JSON.
fn findings_of(src: &str, lang: &str) -> Vec<Value> {
    let out = guidelint()
        .args(["check", "--no-config", "--format", "json", "--lang", lang])
        .args(["-", "--stdin-filename", "entwurf.guideline"])
        .write_stdin(src)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .clone()
}

/// A statement written as a German sentence gets the statement it says, in both languages'
/// help; pasted back, the statement reads, with no syntax error and no unknown term.
#[test]
fn german_sentences_get_their_statements() {
    for (sentence, statement) in [
        (
            "Mitarbeiter dürfen in ihrer Freizeit über das Unternehmen posten.",
            "allow employees to post about employer during free-time",
        ),
        (
            "Es ist Mitarbeitern untersagt, während der Arbeitszeit TikTok zu nutzen.",
            "forbid employees to access tiktok during work-hours",
        ),
        (
            "Mitarbeitende dürfen nur mit Freigabe der Pressestelle über Finanzergebnisse posten.",
            "allow employees to post about financial-results with approval by pr",
        ),
        (
            "Die Nutzung sozialer Medien auf Firmengeräten ist gestattet.",
            "allow employees to access any-platform using company-devices",
        ),
    ] {
        let src = format!("guideline \"G\" {{\n  rule \"R\" {{\n    {sentence}\n  }}\n}}\n");
        for (lang, said) in [
            ("en", format!("write `{statement}` for `{sentence}`")),
            (
                "de",
                format!("Schreiben Sie `{statement}` statt `{sentence}`"),
            ),
        ] {
            let findings = findings_of(&src, lang);
            assert_eq!(findings.len(), 1, "{findings:?}");
            assert_eq!(findings[0]["rule"], "syntax-error");
            let help = findings[0]["help"].as_str().unwrap();
            assert!(help.contains(&said), "{sentence}: {help}");
        }
        let pasted = src.replace(sentence, statement);
        for finding in findings_of(&pasted, "en") {
            assert!(
                !["syntax-error", "unknown-term"].contains(&finding["rule"].as_str().unwrap()),
                "{statement}: {finding}"
            );
        }
    }
}

/// A German sentence with an exception gets two statements; pasted back together they are no
/// syntax error, no unknown term and no conflict.
#[test]
fn a_german_exception_becomes_a_statement_that_does_not_conflict() {
    let sentence =
        "Mitarbeiter dürfen während der Arbeitszeit keine sozialen Medien nutzen, außer in den Pausen.";
    let statements = [
        "forbid employees to access any-platform during work-hours",
        "allow employees to access any-platform during breaks",
    ];
    let src = format!("guideline \"G\" {{\n  rule \"R\" {{\n    {sentence}\n  }}\n}}\n");
    let findings = findings_of(&src, "en");
    let help = findings[0]["help"].as_str().unwrap();
    assert!(
        help.contains("and an exception is a statement of its own")
            && help.contains(&format!("`{}` and `{}`", statements[0], statements[1])),
        "{help}"
    );
    let pasted = src.replace(sentence, &statements.join("\n    "));
    for finding in findings_of(&pasted, "en") {
        let rule = finding["rule"].as_str().unwrap();
        assert!(
            !["syntax-error", "unknown-term", "conflicting-rules"].contains(&rule),
            "{finding}"
        );
    }
}
