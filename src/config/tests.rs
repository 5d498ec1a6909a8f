//! Parsing and validation of `.guidelint.yaml`: every key, every error with its exact position.

use std::path::Path;
use std::time::{Duration, Instant};

use super::*;
use crate::semantics::Category;
use crate::syntax::ast::Modality;

fn load(text: &str) -> Result<Config, ConfigError> {
    Config::from_yaml("cfg.yaml", text, Path::new("/proj"), Path::new("/proj"))
}

fn ok(text: &str) -> Config {
    load(text).unwrap_or_else(|e| panic!("{e} at {:?}", e.line_column()))
}

/// The error's (line, column), asserting that the message contains `needle`.
fn err(text: &str, needle: &str) -> (usize, usize) {
    let e = load(text).expect_err("a config error");
    assert!(
        e.message().contains(needle),
        "message {:?} lacks {needle:?}",
        e.message()
    );
    e.line_column().expect("a position")
}

#[test]
fn empty_and_comment_only_files_are_the_defaults() {
    for text in ["", "# nothing\n", "---\n"] {
        let c = ok(text);
        assert_eq!(c.fail_on, FailOn::Error);
        assert!(c.levels.is_empty() && c.custom_rules.is_empty() && c.exclude.is_none());
    }
}

#[test]
fn top_level_keys() {
    let c = ok("fail-on: warning\nmax-file-size: 1000\nlang: en\nrules:\n  missing-goals: info\n  unknown-term: warning\n  unused-suppression: off\n");
    assert_eq!(c.fail_on, FailOn::Warning);
    assert_eq!(c.max_file_size, 1000);
    assert_eq!(c.lang, Lang::En);
    assert_eq!(c.levels["missing-goals"], Level::On(Severity::Info));
    assert_eq!(c.levels["unknown-term"], Level::On(Severity::Warning));
    assert_eq!(c.levels["unused-suppression"], Level::Off);
    for (text, fail_on) in [
        ("fail-on: error", FailOn::Error),
        ("fail-on: info", FailOn::Info),
        ("fail-on: never", FailOn::Never),
    ] {
        assert_eq!(ok(text).fail_on, fail_on);
    }
}

#[test]
fn vocabulary_extends_every_category() {
    let c = ok("vocabulary:
  platforms: [intranet]
  audiences: [azubis]
  broad-audiences: [Belegschaft]
  contents: [insults]
  company-topics: [brand]
  times: [night-shift]
  means: [guest-wifi]
  listening-targets: [trend-topics]
  surveillance-targets: [works-council-members]
  two-way-purposes: [help]
  broadcast-purposes: [sponsoring]
  consequences: [coaching]
  aliases: { mitarbeitende: employees, kundenservice: customer-service, Arbeitszeit: working-hours, firmenthema: brand }
");
    let v = &c.vocabulary;
    assert_eq!(v.resolve(Category::Platform, "intranet"), Some("intranet"));
    assert_eq!(v.resolve(Category::Audience, "azubis"), Some("azubis"));
    assert_eq!(
        v.resolve(Category::Audience, "belegschaft"),
        Some("belegschaft")
    );
    assert!(v.is_broad_audience("belegschaft"));
    assert!(!v.is_broad_audience("azubis"));
    assert_eq!(v.resolve(Category::Content, "insults"), Some("insults"));
    assert!(v.is_company_topic("brand") && v.knows(Category::Content, "brand"));
    assert_eq!(
        v.resolve(Category::Time, "night-shift"),
        Some("night-shift")
    );
    assert_eq!(v.resolve(Category::Means, "guest-wifi"), Some("guest-wifi"));
    assert!(v.knows(Category::MonitorTarget, "trend-topics"));
    assert!(!v.is_surveillance_target("trend-topics"));
    assert!(v.is_surveillance_target("works-council-members"));
    assert!(v.knows(Category::Purpose, "help"));
    assert!(!v.is_service_purpose("help") && !v.is_broadcast_purpose("help"));
    assert!(v.is_broadcast_purpose("sponsoring"));
    assert!(v.knows(Category::Consequence, "coaching"));
    // Aliases resolve in every category where the target exists, case-insensitively.
    assert_eq!(
        v.resolve(Category::Audience, "Mitarbeitende"),
        Some("employees")
    );
    assert_eq!(
        v.resolve(Category::MonitorTarget, "mitarbeitende"),
        Some("employees")
    );
    assert_eq!(
        v.resolve(Category::Audience, "kundenservice"),
        Some("customer-service")
    );
    assert_eq!(v.resolve(Category::Time, "arbeitszeit"), Some("work-hours"));
    assert_eq!(v.resolve(Category::Content, "firmenthema"), Some("brand"));
}

#[test]
fn aliases_may_point_at_aliases_in_any_order() {
    let c = ok("vocabulary:\n  aliases:\n    leute: mitarbeitende\n    mitarbeitende: employees\n");
    assert_eq!(
        c.vocabulary.resolve(Category::Audience, "leute"),
        Some("employees")
    );
}

#[test]
fn custom_rules_with_every_match_key() {
    let c = ok(r#"vocabulary:
  aliases: { mitarbeitende: employees, arbeitszeit: work-hours }
rules:
  acme/everything: error
custom-rules:
  - name: acme/everything
    message: "all keys"
    help: "allow employees to access tiktok"
    match:
      modality: [block, forbid, allow-only]
      action: use
      platforms: [tiktok, x]
      audience: mitarbeitende
      objects: [company]
      about: [company-news]
      during: arbeitszeit
      using: company-network
      targets: applicants
      approval: false
      rationale: [true]
      text: "(?i)zero.toleran"
  - name: acme/defaults
    message: m
    match: { modality: monitor }
"#);
    let r = &c.custom_rules[0];
    assert_eq!(r.name, "acme/everything");
    assert_eq!(r.severity, Severity::Warning);
    assert_eq!(c.levels["acme/everything"], Level::On(Severity::Error));
    assert_eq!(r.message, "all keys");
    assert_eq!(r.help.as_deref(), Some("allow employees to access tiktok"));
    let m = &r.matcher;
    assert_eq!(
        m.modality.as_deref(),
        Some(&[Modality::Block, Modality::Forbid, Modality::AllowOnly][..])
    );
    let s = |v: &Option<Vec<String>>| v.clone().unwrap();
    assert_eq!(s(&m.action), ["access"]);
    assert_eq!(s(&m.platforms), ["tiktok", "twitter"]);
    assert_eq!(s(&m.audience), ["employees"]);
    assert_eq!(s(&m.objects), ["employer"]);
    assert_eq!(s(&m.about), ["company-news"]);
    assert_eq!(s(&m.during), ["work-hours"]);
    assert_eq!(s(&m.using), ["company-network"]);
    assert_eq!(s(&m.targets), ["applicants"]);
    assert_eq!(m.approval.as_deref(), Some(&[false][..]));
    assert_eq!(m.rationale.as_deref(), Some(&[true][..]));
    assert!(m.text.as_ref().unwrap()[0].is_match("Zero Tolerance"));
    let d = &c.custom_rules[1];
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.help, None);
}

#[test]
fn exclude_globs_are_relative_to_the_config_directory() {
    let c = Config::from_yaml(
        "cfg.yaml",
        "exclude: [\"archive/**\", \"*.draft.guideline\", drafts]\n",
        Path::new("/proj"),
        Path::new("/proj/sub"),
    )
    .unwrap();
    let e = c.exclude.as_ref().unwrap();
    assert!(e.excludes(Path::new("/proj/archive/old.guideline"), false));
    assert!(e.excludes(Path::new("../archive/x/y.guideline"), false));
    assert!(e.excludes(Path::new("/proj/a.draft.guideline"), false));
    // `*` does not cross folders.
    assert!(!e.excludes(Path::new("/proj/sub/a.draft.guideline"), false));
    assert!(e.excludes(Path::new("/proj/drafts"), true));
    assert!(!e.excludes(Path::new("/proj/sub/archive/x.guideline"), false));
    assert!(!e.excludes(Path::new("/elsewhere/archive/x.guideline"), false));
    assert!(!e.excludes(Path::new("/proj"), true));
}

#[test]
fn yaml_syntax_errors_are_located() {
    assert_eq!(err("fail-on: [warning\n", "flow sequence"), (2, 1));
    assert_eq!(err("rules:\n  a: b\n c: d\n", "mapping"), (3, 2));
}

#[test]
fn unknown_keys_and_wrong_types_are_located() {
    assert_eq!(
        err(
            "fail-on: warning\nfail_on: error\n",
            "unknown key `fail_on`"
        ),
        (2, 1)
    );
    assert_eq!(
        err("vocabulary:\n  platfroms: [x]\n", "unknown key `platfroms`"),
        (2, 3)
    );
    let e = load("vocabulary:\n  platfroms: [x]\n").unwrap_err();
    assert_eq!(
        e.help_text(),
        Some("check the spelling; the section “Configuration: .guidelint.yaml” of guidelint's README describes every key")
    );
    assert_eq!(
        err(
            "custom-rules:\n  - name: a/b\n    message: m\n    match:\n      modalty: block\n",
            "unknown key `modalty`"
        ),
        (5, 7)
    );
    assert_eq!(
        err(
            "custom-rules:\n  - name: a/b\n    mesage: m\n",
            "unknown key `mesage`"
        ),
        (3, 5)
    );
    assert_eq!(
        err("fail-on: warnin\n", "unknown variant `warnin`"),
        (1, 10)
    );
    assert_eq!(err("max-file-size: big\n", "invalid type"), (1, 16));
    assert_eq!(err("exclude: {a: b}\n", "not a mapping"), (1, 10));
    assert_eq!(err("rules: [missing-goals]\n", "invalid type"), (1, 8));
    assert_eq!(
        err("vocabulary:\n  platforms: [[x]]\n", "invalid type"),
        (2, 15)
    );
    assert_eq!(
        err(
            "custom-rules:\n  - name: a/b\n    message: m\n    match: { approval: maybe }\n",
            "invalid type"
        ),
        (4, 24)
    );
    assert_eq!(err("lang: fr\n", "unknown language `fr`"), (1, 7));
    assert_eq!(ok("lang: de\n").configured_lang, Some(Lang::De));
    assert_eq!(err("- a\n- b\n", "must be a mapping"), (1, 1));
}

/// SPEC §8: a single value stands for a list only in `match`; `exclude`, the vocabulary's word
/// lists and `custom-rules` are lists, also of one item. Each wrong type points at the value.
#[test]
fn lists_are_lists_outside_match() {
    assert_eq!(
        err(
            "exclude: \"x\"\n",
            "a list is needed here, not the single value `x`"
        ),
        (1, 10)
    );
    let e = load("exclude: \"archive/**\"\n").unwrap_err();
    assert_eq!(e.label(), Some("not a list"));
    assert_eq!(
        e.help_text(),
        Some("write a list, even for one value, in brackets: `[\"archive/**\"]`")
    );
    assert_eq!(
        err(
            "vocabulary: {platforms: intranet}\n",
            "vocabulary.platforms: a list is needed here"
        ),
        (1, 25)
    );
    assert_eq!(
        err(
            "vocabulary:\n  broadcast-purposes: sponsoring\n",
            "not the single value `sponsoring`"
        ),
        (2, 23)
    );
    assert_eq!(
        err("vocabulary:\n  platforms: 5\n", "expected a list"),
        (2, 14)
    );
    // A value with a quote gets no example that would need escaping.
    let e = load("exclude: 'a\"b'\n").unwrap_err();
    assert_eq!(
        e.help_text(),
        Some("write a list, even for one value, in brackets")
    );
    // `custom-rules` as one mapping (the `- ` forgotten) is not a list of one.
    let text =
        "custom-rules:\n  name: acme/x\n  message: m\n  match:\n    platforms: [pinterest]\n";
    assert_eq!(
        err(text, "custom-rules: a list is needed here, not a mapping"),
        (2, 3)
    );
    assert!(load(text)
        .unwrap_err()
        .help_text()
        .unwrap()
        .contains("`- `"));
    // The lists themselves, and single values in `match`, are fine.
    let c = ok("exclude: [x]\nvocabulary:\n  platforms:\n    - intranet\ncustom-rules:\n  - name: acme/x\n    message: m\n    match: { platforms: intranet, approval: true }\n");
    assert!(c.exclude.is_some());
    assert_eq!(
        c.custom_rules[0].matcher.platforms.as_deref(),
        Some(&["intranet".to_owned()][..])
    );
}

/// A custom rule's `message` is text that is not empty; `help` is text. serde_yaml would read
/// `5` or `true` as the text "5" or "true": they are wrong types.
#[test]
fn messages_and_help_are_text() {
    let rule = |message: &str, help: &str| {
        format!("custom-rules:\n  - name: a/b\n    message: {message}\n    help: {help}\n    match: {{ modality: block }}\n")
    };
    assert_eq!(
        err(
            &rule("5", "h"),
            "custom-rules[0].message: this must be text, not the number `5`"
        ),
        (3, 14)
    );
    let e = load(&rule("5", "h")).unwrap_err();
    assert_eq!(e.label(), Some("not text"));
    assert_eq!(
        e.help_text(),
        Some("put it in quotes to use it as text: `\"5\"`")
    );
    assert_eq!(
        err(&rule("true", "h"), "not the truth value `true`"),
        (3, 14)
    );
    assert_eq!(err(&rule("-2", "h"), "not the number `-2`"), (3, 14));
    assert_eq!(err(&rule("1.5", "h"), "not the number `1.5`"), (3, 14));
    assert_eq!(err(&rule("m", "false"), "help: this must be text"), (4, 11));
    assert_eq!(err(&rule("[a]", "h"), "invalid type"), (3, 14));
    for empty in ["\"\"", "\"  \"", "''", "~", "null"] {
        assert_eq!(
            err(
                &rule(empty, "h"),
                "the message of a custom rule must not be empty"
            ),
            (3, 14),
            "{empty}"
        );
    }
    let e = load(&rule("\"\"", "h")).unwrap_err();
    assert_eq!(e.label(), Some("empty message"));
    // Quoted, numbers and words are text; an empty help is no help.
    let c = ok(&rule("\"5\"", "\"true\""));
    assert_eq!(c.custom_rules[0].message, "5");
    assert_eq!(c.custom_rules[0].help.as_deref(), Some("true"));
    assert_eq!(ok(&rule("m", "\"\"")).custom_rules[0].help, None);
    assert_eq!(ok(&rule("m", "~")).custom_rules[0].help, None);
}

/// A message is one line of plain text, a help plain text of one or more lines: a control
/// character (an escape sequence would colour or move the terminal) is an error at the value,
/// and the final line break of a block scalar is dropped.
#[test]
fn messages_and_help_are_plain_text() {
    let rule = |message: &str, help: &str| {
        format!("custom-rules:\n  - name: a/b\n    message: {message}\n    help: {help}\n    match: {{ modality: block }}\n")
    };
    assert_eq!(
        err(
            &rule("\"bad \\e[31m red\"", "h"),
            "control character U+001B"
        ),
        (3, 14)
    );
    assert_eq!(
        err(&rule("m", "\"a\\u009b\""), "control character U+009B"),
        (4, 11)
    );
    assert_eq!(
        err(
            &rule("\"two\\nlines\"", "h"),
            "the message of a custom rule is one line"
        ),
        (3, 14)
    );
    let c = ok(&rule("\"tab\\tok\"", "\"two\\nlines\""));
    assert_eq!(c.custom_rules[0].message, "tab\tok");
    assert_eq!(c.custom_rules[0].help.as_deref(), Some("two\nlines"));
    let folded = "custom-rules:\n  - name: a/b\n    message: >\n      TikTok is where\n      our applicants are\n    match: { modality: block }\n";
    assert_eq!(
        ok(folded).custom_rules[0].message,
        "TikTok is where our applicants are"
    );
}

/// libyaml names a control character's byte offset only in its message, at 1:1: the error points
/// at the character itself (SPEC §8: line and column).
#[test]
fn control_characters_are_located() {
    assert_eq!(
        err(
            "fail-on: never\u{0}\n",
            "the invisible control character U+0000"
        ),
        (1, 15)
    );
    assert_eq!(err("\u{0}fail-on: never\n", "U+0000"), (1, 1));
    assert_eq!(
        err("rules:\n  missing-goals: ö\u{1b}[31m\n", "U+001B"),
        (2, 19)
    );
    assert_eq!(err("# é\u{7f}\n", "U+007F"), (1, 4));
    let e = load("fail-on: never\u{0}\n").unwrap_err();
    assert_eq!(e.label(), Some("control character"));
    assert!(e.help_text().unwrap().starts_with("delete it"));
}

#[test]
fn rule_names_and_severities() {
    assert_eq!(
        err(
            "rules:\n  missing-gaols: off\n",
            "unknown rule `missing-gaols`"
        ),
        (2, 3)
    );
    let e = load("rules:\n  missing-gaols: off\n").unwrap_err();
    assert!(e.help_text().unwrap().contains("`missing-goals`"));
    assert_eq!(
        err("rules:\n  acme/x: off\n", "unknown rule `acme/x`"),
        (2, 3)
    );
    assert_eq!(
        err(
            "rules:\n  missing-goals: fatal\n",
            "unknown severity `fatal`"
        ),
        (2, 18)
    );
    for mandatory in ["syntax-error", "unknown-term", "unreadable-file"] {
        let text = format!("rules:\n  {mandatory}: off\n");
        let column = mandatory.len() + 5;
        assert_eq!(err(&text, "cannot be turned off"), (2, column));
        // A severity is fine.
        ok(&format!("rules:\n  {mandatory}: warning\n"));
    }
}

#[test]
fn vocabulary_errors() {
    assert_eq!(
        err("vocabulary:\n  platforms: [intra net]\n", "not a term"),
        (2, 15)
    );
    assert_eq!(
        err("vocabulary:\n  times: [on]\n", "`on` is not a term"),
        (2, 11)
    );
    assert_eq!(err("vocabulary:\n  means: []\n", "empty list"), (2, 10));
    assert_eq!(
        err(
            "vocabulary:\n  aliases:\n    mitarbeitende: employes\n",
            "points at `employes`, which is no term"
        ),
        (3, 20)
    );
    assert_eq!(
        err("vocabulary:\n  aliases: { a: b, b: a }\n", "points at `b`"),
        (2, 17)
    );
    assert_eq!(
        err(
            "vocabulary:\n  aliases: { facebook: twitter }\n",
            "would redefine `facebook`"
        ),
        (2, 24)
    );
}

#[test]
fn custom_rule_errors() {
    let rule = |name: &str, body: &str| {
        format!("custom-rules:\n  - name: {name}\n    message: m\n    match:\n{body}")
    };
    assert_eq!(
        err(&rule("tiktok", "      modality: block\n"), "has no `/`"),
        (2, 11)
    );
    assert_eq!(
        err(
            &rule("missing-goals", "      modality: block\n"),
            "name of a built-in rule"
        ),
        (2, 11)
    );
    assert_eq!(
        err(&rule("Acme/X", "      modality: block\n"), "cannot name"),
        (2, 11)
    );
    assert_eq!(
        err(
            "custom-rules:\n  - { name: a/b, message: m, match: { modality: block } }\n  - { name: a/b, message: m, match: { modality: block } }\n",
            "defined twice"
        ),
        (3, 13)
    );
    assert_eq!(
        err(
            &rule("a/b", "      modality: blocks\n"),
            "unknown variant `blocks`"
        ),
        (5, 17)
    );
    assert_eq!(
        err(
            &rule("a/b", "      platforms: [facebook, tiktk]\n"),
            "`tiktk` is not a platform"
        ),
        (5, 29)
    );
    let e = load(&rule("a/b", "      platforms: [facebook, tiktk]\n")).unwrap_err();
    assert_eq!(e.help_text(), Some("did you mean `tiktok`?"));
    assert_eq!(
        err(
            &rule("a/b", "      audience: facebook\n"),
            "`facebook` is not an audience"
        ),
        (5, 17)
    );
    assert_eq!(
        err(&rule("a/b", "      action: access-all\n"), "not an action"),
        (5, 15)
    );
    assert_eq!(
        err(&rule("a/b", "      objects: tiktok\n"), "not a topic"),
        (5, 16)
    );
    assert_eq!(
        err(&rule("a/b", "      about: nothing-at-all\n"), "not a topic"),
        (5, 14)
    );
    assert_eq!(
        err(&rule("a/b", "      during: nights\n"), "not a time"),
        (5, 15)
    );
    assert_eq!(
        err(&rule("a/b", "      using: pigeons\n"), "not a means"),
        (5, 14)
    );
    assert_eq!(
        err(
            &rule("a/b", "      targets: facebook\n"),
            "not a monitor target"
        ),
        (5, 16)
    );
    assert_eq!(
        err(
            &rule("a/b", "      text: \"(open\"\n"),
            "invalid regular expression"
        ),
        (5, 13)
    );
    assert_eq!(
        err(&rule("a/b", "      platforms: []\n"), "empty list"),
        (5, 18)
    );
    assert_eq!(
        err(
            &rule("a/b", "      {}\n"),
            "`match` of a custom rule is empty"
        ),
        (5, 7)
    );
    assert_eq!(
        err(
            "custom-rules:\n  - name: a/b\n    match: { modality: block }\n",
            "missing key `message`"
        ),
        (2, 5)
    );
    assert_eq!(
        err(
            &rule("a/b", "      modality: block\n")
                .replace("    message: m\n", "    message: m\n    severity: off\n"),
            "unknown variant `off`"
        ),
        (4, 15)
    );
}

#[test]
fn an_alias_bomb_fails_fast() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..20 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let start = Instant::now();
    let e = load(&text).unwrap_err();
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    assert!(e.message().contains("repetition limit"), "{}", e.message());
    // Labelled at the first alias.
    assert_eq!(e.line_column(), Some((2, 10)));
}

#[test]
fn a_huge_regex_fails_fast() {
    let pattern = "a".repeat(10 * 1024 * 1024);
    let text = format!(
        "custom-rules:\n  - name: a/b\n    message: m\n    match:\n      text: \"{pattern}\"\n"
    );
    let start = Instant::now();
    let e = load(&text).unwrap_err();
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert!(e.message().contains("bytes long"), "{}", e.message());
    assert_eq!(e.line_column(), Some((5, 13)));
    // The 10 MB line is not printed.
    assert!(e.to_string().contains("(at cfg.yaml:5:13)"));
    assert!(miette::Diagnostic::source_code(&e).is_none());
}

#[test]
fn a_regex_that_compiles_too_big_fails() {
    let text =
        "custom-rules:\n  - name: a/b\n    message: m\n    match:\n      text: '\\w{1000}{1000}'\n";
    let e = load(text).unwrap_err();
    assert!(
        e.help_text().unwrap().contains("once compiled"),
        "{:?}",
        e.help_text()
    );
    assert_eq!(e.line_column(), Some((5, 13)));
}

#[test]
fn find_walks_up_and_prefers_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let deep = root.join("a/b/c");
    std::fs::create_dir_all(&deep).unwrap();
    assert_eq!(find(&deep).filter(|p| p.starts_with(root)), None);
    std::fs::write(root.join(".guidelint.yml"), "").unwrap();
    assert_eq!(find(&deep), Some(root.join(".guidelint.yml")));
    std::fs::write(root.join(".guidelint.yaml"), "").unwrap();
    assert_eq!(find(&deep), Some(root.join(".guidelint.yaml")));
    std::fs::write(root.join("a/.guidelint.yml"), "").unwrap();
    assert_eq!(find(&deep), Some(root.join("a/.guidelint.yml")));
}

#[test]
fn load_reads_a_file_and_reports_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.yaml");
    std::fs::write(&path, "\u{feff}fail-on: info\nexclude: [old/**]\n").unwrap();
    let c = Config::load(&path, dir.path()).unwrap();
    assert_eq!(c.fail_on, FailOn::Info);
    assert!(c
        .exclude
        .unwrap()
        .excludes(&dir.path().join("old/x.guideline"), false));
    let e = Config::load(&dir.path().join("nope.yaml"), dir.path()).unwrap_err();
    assert!(e.message().contains("cannot read the configuration"));
    assert_eq!(e.line_column(), None);
}

#[test]
fn the_starter_configuration_loads() {
    let c = ok(crate::starter::CONFIG);
    assert_eq!(c.fail_on, FailOn::Warning);
    assert!(c.exclude.is_some());
}

#[test]
fn the_example_configuration_loads() {
    let text = include_str!("../../examples/.guidelint.yaml");
    let c = ok(text);
    assert!(c.custom_rules.len() >= 2);
    assert!(c.vocabulary.knows(Category::Audience, "mitarbeitende"));
}
