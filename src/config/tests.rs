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

/// Globs as `.gitignore` writes them: `./x` is `x`, and `x/` matches the folder `x` only.
#[test]
fn exclude_globs_in_gitignore_spelling() {
    let c = ok("exclude: [\"./archive/**\", \"drafts/\", \"./old/\"]\n");
    let e = c.exclude.as_ref().unwrap();
    assert!(e.excludes(Path::new("/proj/archive/old.guideline"), false));
    assert!(e.excludes(Path::new("archive/x/y.guideline"), false));
    assert!(e.excludes(Path::new("/proj/drafts"), true));
    assert!(e.excludes(Path::new("./old"), true));
    // A folder pattern never matches a file of that name.
    assert!(!e.excludes(Path::new("/proj/drafts"), false));
    // An absolute glob could never match (paths are compared relative to the folder).
    assert_eq!(
        err("exclude: [/proj/archive/**]\n", "absolute path"),
        (1, 11)
    );
    assert_eq!(err("exclude: [\"./\"]\n", "own folder"), (1, 11));
    // `.gitignore`'s `!` and a `..` part could never do what they say (audit 17).
    assert_eq!(
        err(
            "exclude: [\"archive/**\", \"!archive/x.guideline\"]\n",
            "has no exceptions"
        ),
        (1, 25)
    );
    assert_eq!(err("exclude:\n  - ../other/**\n", "never match"), (2, 5));
    assert_eq!(
        err("exclude: [\"a/../archive/**\"]\n", "never match"),
        (1, 11)
    );
    // A name that merely contains dots or an exclamation mark is a name.
    let c = ok("exclude: [\"v1..2/**\", \"news!/**\"]\n");
    let e = c.exclude.as_ref().unwrap();
    assert!(e.excludes(Path::new("v1..2/a.guideline"), false));
    assert!(e.excludes(Path::new("news!/a.guideline"), false));
}

#[test]
fn yaml_syntax_errors_are_located() {
    assert_eq!(err("fail-on: [warning\n", "the bracket `]`"), (1, 17));
    assert_eq!(
        err("rules:\n  a: b\n c: d\n", "expects another key"),
        (3, 2)
    );
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
        Some("did you mean `platforms`? The section “Configuration: .guidelint.yaml” of guidelint's README describes every key")
    );
    let e = load("vocabulary:\n  zielgruppen: [x]\n").unwrap_err();
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
        err(
            "fail-on: warnin\n",
            "unknown severity `warnin` for `fail-on`"
        ),
        (1, 10)
    );
    assert_eq!(
        err(
            "max-file-size: big\n",
            "max-file-size: this should be a size in bytes, such as `10485760` (10 MiB), not the text \"big\""
        ),
        (1, 16)
    );
    assert_eq!(err("exclude: {a: b}\n", "not a mapping"), (1, 10));
    assert_eq!(
        err(
            "rules: [missing-goals]\n",
            "rules: this should be a mapping of rule names to error, warning, info or off, not a list"
        ),
        (1, 8)
    );
    assert_eq!(
        err(
            "vocabulary:\n  platforms: [[x]]\n",
            "this should be a term such as `intranet`, not a list"
        ),
        (2, 15)
    );
    assert_eq!(
        err(
            "custom-rules:\n  - name: a/b\n    message: m\n    match: { approval: maybe }\n",
            "`maybe` is not true or false"
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
        err(
            "vocabulary:\n  platforms: 5\n",
            "this should be a list, not the number `5`"
        ),
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

/// A glob, a word of the vocabulary or a language is text: a number, truth value or nothing
/// is a wrong type (SPEC §8), not the text it is written as (a blind review: `exclude: [5]`
/// was the glob `5`).
#[test]
fn words_and_globs_are_text() {
    for (text, needle, at) in [
        (
            "exclude: [5]\n",
            "exclude[0]: this must be text, not the number `5`",
            (1, 11),
        ),
        (
            "exclude: [\"a/**\", true]\n",
            "exclude[1]: this must be text, not the truth value `true`",
            (1, 19),
        ),
        (
            "exclude: [~]\n",
            "exclude[0]: this must be text, not an empty value",
            (1, 11),
        ),
        (
            "exclude:\n  - a/**\n  -\n",
            "exclude[1]: this must be text",
            (3, 4),
        ),
        (
            "vocabulary:\n  platforms: [1.5]\n",
            "vocabulary.platforms[0]: this must be text, not the number `1.5`",
            (2, 15),
        ),
        (
            "vocabulary:\n  audiences: [null]\n",
            "vocabulary.audiences[0]: this must be text, not an empty value",
            (2, 15),
        ),
        (
            "lang: 5\n",
            "lang: this must be text, not the number `5`",
            (1, 7),
        ),
    ] {
        assert_eq!(err(text, needle), at, "{text}");
    }
    // Quoted, the same values are text.
    let c = load("exclude: [\"5\", \"true\"]\n").unwrap();
    assert!(c.exclude.is_some());
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
    assert_eq!(
        err(
            &rule("[a]", "h"),
            "message: this should be text, e.g. `\"TikTok is where our applicants are\"`, not a list"
        ),
        (3, 14)
    );
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
    assert_eq!(
        err(
            "vocabulary:\n  aliases:\n    mitarbeitende: employes\n",
            "points at `employes`, which is not a term guidelint knows"
        ),
        (3, 20)
    );
    assert_eq!(
        err(
            "vocabulary:\n  aliases: { facebook: twitter }\n",
            "`facebook` is already a platform, so it cannot be an alias of `twitter`"
        ),
        (2, 14)
    );
    let e = load("vocabulary:\n  aliases: { facebook: twitter }\n").unwrap_err();
    assert_eq!(e.label(), Some("already a platform"));
    // A built-in alias is taken too: at the alias, which is the word at fault.
    assert_eq!(
        err(
            "vocabulary:\n  aliases:\n    x: facebook\n",
            "`x` already stands for `twitter` as a platform, so it cannot also stand for `facebook`"
        ),
        (3, 5)
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
            "unknown modality `blocks`"
        ),
        (5, 17)
    );
    let e = load(&rule("a/b", "      modality: blocks\n")).unwrap_err();
    assert_eq!(
        e.help_text(),
        Some("did you mean `block`? use allow, allow-only, encourage, require, forbid, block or monitor")
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
        err(
            &rule("a/b", "      platforms: []\n"),
            "an empty list in `match` can never hold: a list means “any of these”"
        ),
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
            "the `severity` of a custom rule cannot be `off`"
        ),
        (4, 15)
    );
    let e = load(
        &rule("a/b", "      modality: block\n")
            .replace("    message: m\n", "    message: m\n    severity: fatal\n"),
    )
    .unwrap_err();
    assert_eq!(
        e.message(),
        "custom-rules[0].severity: unknown severity `fatal` for a custom rule"
    );
    assert_eq!(e.help_text(), Some("use error, warning or info"));
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
    assert!(
        e.message()
            .contains("the YAML aliases multiply this file beyond the size guidelint reads"),
        "{}",
        e.message()
    );
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
    // A snippet like every other error, but of the 10 MB line only a window around the error.
    let out = e.render(false, 100).unwrap();
    assert!(out.contains("[cfg.yaml:5:13]"), "{out}");
    assert!(out.contains("text: \"aaaa"), "{out}");
    assert!(out.len() < 2000, "{} bytes", out.len());
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

/// Whatever the first `.guidelint.yaml` or `.guidelint.yml` is, it is the one found (and then
/// refused by `load` with the reason `--config` gives): a directory, a broken symlink, a FIFO
/// are not passed over for a parent's configuration.
#[test]
fn find_takes_the_first_of_any_kind() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let deep = root.join("a/b");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(root.join(".guidelint.yaml"), "").unwrap();
    std::fs::create_dir(root.join("a/.guidelint.yml")).unwrap();
    let found = find(&deep).unwrap();
    assert_eq!(found, root.join("a/.guidelint.yml"));
    let e = Config::load(&found, root).unwrap_err();
    assert!(
        e.message().ends_with(": this is not a regular file"),
        "{}",
        e.message()
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(root.join("nowhere.yaml"), deep.join(".guidelint.yaml"))
            .unwrap();
        let found = find(&deep).unwrap();
        assert_eq!(found, deep.join(".guidelint.yaml"));
        let e = Config::load(&found, root).unwrap_err();
        assert!(
            e.message().ends_with(": this file does not exist"),
            "{}",
            e.message()
        );
        std::fs::remove_file(deep.join(".guidelint.yaml")).unwrap();
        let fifo = deep.join(".guidelint.yml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert_eq!(find(&deep).unwrap(), fifo);
        // Refused without being opened: opening a FIFO would wait for a writer.
        let e = Config::load(&fifo, root).unwrap_err();
        assert!(
            e.message().ends_with(": this is not a regular file"),
            "{}",
            e.message()
        );
    }
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
    assert!(
        e.message().ends_with(": this file does not exist"),
        "{}",
        e.message()
    );
    assert_eq!(e.line_column(), None);
    let e = Config::load(dir.path(), dir.path()).unwrap_err();
    assert!(
        e.message().ends_with(": this is not a regular file"),
        "{}",
        e.message()
    );
    // Invalid UTF-8 is named by line and column, as in a guideline.
    let latin1 = dir.path().join("latin1.yaml");
    std::fs::write(&latin1, b"fail-on: info\n# Gr\xfc\xdfe\n").unwrap();
    let e = Config::load(&latin1, dir.path()).unwrap_err();
    assert!(e.message().contains("line 2, column 5"), "{}", e.message());
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

/// An empty list where a list means "these things" means none of them, like a key left out:
/// generated configurations write them.
#[test]
fn empty_lists_mean_none() {
    let c = ok("exclude: []\ncustom-rules: []\nrules: {}\nvocabulary:\n  platforms: []\n  listening-targets: []\n  surveillance-targets: []\n  aliases: {}\n");
    assert!(c.exclude.is_none() && c.custom_rules.is_empty() && c.levels.is_empty());
    assert_eq!(
        c.vocabulary.terms(Category::Platform),
        Vocabulary::builtin().terms(Category::Platform)
    );
    // In `match`, a list means "any of": an empty one could never hold.
    let e = load("custom-rules:\n  - name: a/b\n    message: m\n    match: { modality: block, platforms: [] }\n").unwrap_err();
    assert_eq!(e.label(), Some("matches nothing"));
    assert_eq!(
        e.help_text(),
        Some("name at least one value, or leave the key out to accept any")
    );
    assert_eq!(e.line_column(), Some((4, 42)));
}

/// Every wrong type says in words what belongs there; no Rust type or serde jargon.
#[test]
fn wrong_types_are_worded_for_people() {
    for (text, message, position) in [
        (
            "vocabulary: [intranet]\n",
            "vocabulary: this should be a mapping of word lists by category, such as `platforms: [intranet]`, not a list",
            (1, 13),
        ),
        (
            "max-file-size: 99999999999999999999\n",
            "max-file-size: the size is too large: at most 18446744073709551615 bytes",
            (1, 16),
        ),
        (
            "max-file-size: -1\n",
            "max-file-size: a size in bytes cannot be negative",
            (1, 16),
        ),
        (
            "max-file-size: 1.5\n",
            "max-file-size: a size is a whole number of bytes, not `1.5`",
            (1, 16),
        ),
        (
            "custom-rules: [{ name: a/b, message: m, match: { rationale: \"yes\" } }]\n",
            "custom-rules[0].match.rationale: `yes` is not true or false",
            (1, 61),
        ),
        (
            "custom-rules: [5]\n",
            "custom-rules[0]: this should be a custom rule: a mapping with `name`, `message` and `match`, not the number `5`",
            (1, 16),
        ),
        (
            "custom-rules: [{ name: a/b, message: m, match: [block] }]\n",
            "custom-rules[0].match: this should be a mapping such as `modality: block`, not a list",
            (1, 48),
        ),
        (
            "fail-on: [warning]\n",
            "fail-on: this should be error, warning, info or never, not a list",
            (1, 10),
        ),
    ] {
        let e = load(text).expect_err(text);
        assert_eq!(e.message(), message, "{text}");
        assert_eq!(e.line_column(), Some(position), "{text}");
        for jargon in ["invalid type", "u128", "u64", "Raw", "struct", "variant", "sequence"] {
            assert!(!e.message().contains(jargon), "{}", e.message());
        }
    }
    let e = load("max-file-size: -1\n").unwrap_err();
    assert_eq!(e.label(), Some("negative"));
    let e =
        load("custom-rules: [{ name: a/b, message: m, match: { approval: 1 } }]\n").unwrap_err();
    assert_eq!(
        e.help_text(),
        Some("write `true` or `false`, without quotes")
    );
}

/// The help for an invalid pattern says in words what is wrong and where, on one line.
#[test]
fn invalid_patterns_are_explained_in_words() {
    let rule = |pattern: &str| {
        format!(
            "custom-rules:\n  - name: a/b\n    message: m\n    match: {{ text: '{pattern}' }}\n"
        )
    };
    for (pattern, help) in [
        ("(unclosed", "this pattern has an opening parenthesis `(` that is never closed (at character 1 of the pattern)"),
        ("a)", "this pattern has a closing parenthesis `)` that was never opened (at character 2 of the pattern)"),
        ("[abc", "this pattern has an opening bracket `[` that is never closed (at character 1 of the pattern)"),
        ("*a", "`*`, `+`, `?` or `{…}` has nothing before it to repeat; to match the character itself, put `\\` before it (at character 1 of the pattern)"),
        ("a(?=b)", "look-ahead and look-behind (`(?=`, `(?!`, `(?<=`, `(?<!`) are not supported (at character 2 of the pattern)"),
        ("(a)\\1", "back-references such as `\\1` are not supported (at character 4 of the pattern)"),
    ] {
        let e = load(&rule(pattern)).expect_err(pattern);
        assert_eq!(e.message(), "custom-rules[0].match.text: invalid regular expression in `text`");
        assert_eq!(e.help_text(), Some(help), "{pattern}");
        assert_eq!(e.line_column(), Some((4, 20)));
    }
    // No escaped line breaks of the regex crate's own text.
    let e = load(&rule("(?P<n>a)(?P<n>b)")).unwrap_err();
    assert!(
        !e.help_text().unwrap().contains("\\n"),
        "{:?}",
        e.help_text()
    );
}

/// `text: ""` matches every statement, as an empty `match` would.
#[test]
fn an_empty_text_pattern_is_refused() {
    let e = load("custom-rules:\n  - name: a/b\n    message: m\n    match: { modality: block, text: \"\" }\n").unwrap_err();
    assert_eq!(
        e.message(),
        "custom-rules[0].match.text: an empty `text` pattern matches every statement, so it checks nothing"
    );
    assert_eq!(e.line_column(), Some((4, 37)));
    assert_eq!(e.label(), Some("empty pattern"));
    assert!(
        ok("custom-rules:\n  - name: a/b\n    message: m\n    match: { text: \" \" }\n")
            .custom_rules[0]
            .matcher
            .text
            .is_some()
    );
}

/// A second YAML document and a key given twice point at their line and column; a key given
/// twice at the second, with the first labelled too.
#[test]
fn documents_and_keys_given_twice_are_located() {
    let e = load("fail-on: info\n---\nfail-on: error\n").unwrap_err();
    assert_eq!(e.line_column(), Some((2, 1)));
    assert!(
        e.message().contains("a second YAML document"),
        "{}",
        e.message()
    );
    assert_eq!(e.label(), Some("a second document starts here"));
    let e = load("fail-on: info\nrules:\n  missing-goals: off\n  missing-owner: off\n  missing-goals: info\n").unwrap_err();
    assert_eq!(
        e.message(),
        "`missing-goals` is given twice in the same section"
    );
    assert_eq!(e.line_column(), Some((5, 3)));
    assert_eq!(e.label(), Some("given again here"));
    assert_eq!(e.related_labels(), ["first given here"]);
    // Two `vocabulary:` sections appended one after the other: the help says to merge them,
    // not to drop one (which would lose the words in it).
    let twice =
        load("vocabulary:\n  aliases: { a: employees }\nvocabulary:\n  aliases: { b: hr }\n")
            .unwrap_err();
    assert!(
        twice
            .help_text()
            .unwrap_or_default()
            .contains("move what is under the second `vocabulary:` into the first"),
        "{:?}",
        twice.help_text()
    );
    let out = e.render(false, 100).unwrap();
    assert!(out.contains("[cfg.yaml:5:3]"), "{out}");
    let first = out
        .lines()
        .position(|l| l.contains("first given here"))
        .unwrap();
    let again = out
        .lines()
        .position(|l| l.contains("given again here"))
        .unwrap();
    assert!(first < again, "{out}");
}

/// Tabs for indentation get a message that says so.
#[test]
fn tab_indentation_is_explained() {
    let e = load("rules:\n\tmissing-owner: off\n").unwrap_err();
    assert_eq!(e.message(), "YAML does not allow tabs for indentation");
    assert_eq!(e.line_column(), Some((2, 1)));
    assert_eq!(e.label(), Some("tab"));
    let e = load("fail-on: @warning\n").unwrap_err();
    assert_eq!(e.message(), "in YAML a value cannot start with `@`");
    assert_eq!(e.line_column(), Some((1, 10)));
}

/// Aliases that point at themselves or at each other are named as such, at the alias where
/// the circle closes first; a chain into an unknown word is reported at its last alias.
#[test]
fn alias_circles_are_named() {
    let e = load("vocabulary:\n  aliases: {xx: xx}\n").unwrap_err();
    assert_eq!(
        e.message(),
        "vocabulary.aliases.xx: the alias `xx` points at itself"
    );
    assert_eq!(e.line_column(), Some((2, 17)));
    assert!(!e.help_text().unwrap().contains("did you mean"));
    let e = load("vocabulary:\n  aliases: {a1: b1, b1: a1}\n").unwrap_err();
    assert_eq!(
        e.message(),
        "vocabulary.aliases.a1: the aliases go round in a circle: `a1` → `b1` → `a1`; none of them reaches a term"
    );
    assert_eq!(e.line_column(), Some((2, 17)));
    assert_eq!(e.label(), Some("goes round in a circle"));
    // `a` leads into the circle of `b` and `c`, which is reported at `b`.
    let e = load("vocabulary:\n  aliases:\n    a: b\n    b: c\n    c: b\n").unwrap_err();
    assert!(e.message().contains("`b` → `c` → `b`"), "{}", e.message());
    assert_eq!(e.line_column(), Some((4, 8)));
    let e = load("vocabulary:\n  aliases:\n    a: b\n    b: employes\n").unwrap_err();
    assert!(e
        .message()
        .contains("the alias `b` points at `employes`, which is not a term guidelint knows"));
    assert_eq!(e.line_column(), Some((4, 8)));
}

/// A word cannot be a listening and a surveillance target, or a two-way and a broadcast
/// purpose: the second occurrence is the error, and it names the first.
#[test]
fn a_word_of_two_opposite_lists_is_refused() {
    let e = load("vocabulary:\n  surveillance-targets: [badge-data]\n  listening-targets: [trends, badge-data]\n").unwrap_err();
    assert_eq!(
        e.message(),
        "vocabulary.listening-targets[1]: `badge-data` is already under `surveillance-targets`; a word cannot be both a surveillance target and a listening target"
    );
    assert_eq!(e.line_column(), Some((3, 31)));
    assert_eq!(e.label(), Some("already a surveillance target"));
    let e = load("vocabulary:\n  two-way-purposes: [Help]\n  broadcast-purposes: [help]\n")
        .unwrap_err();
    assert!(
        e.message()
            .contains("`help` is already under `two-way-purposes`"),
        "{}",
        e.message()
    );
    assert_eq!(e.line_column(), Some((3, 24)));
    // Built-in terms keep their class.
    let e = load("vocabulary:\n  listening-targets: [staff]\n").unwrap_err();
    assert!(
        e.message()
            .contains("`staff` is built in as a surveillance target"),
        "{}",
        e.message()
    );
    let e = load("vocabulary:\n  two-way-purposes: [marketing]\n").unwrap_err();
    assert!(
        e.message().contains("built in as a broadcast purpose"),
        "{}",
        e.message()
    );
    // The same word twice in one list, or a built-in term in its own class, is fine.
    ok("vocabulary:\n  listening-targets: [trends, trends, competitors]\n  surveillance-targets: [employees]\n");
}

/// The file's own `lang:` decides the language of its errors as far as the file can be read:
/// anywhere in a file that is valid YAML, before the mistake in one that is not.
#[test]
fn the_written_lang_is_read_as_far_as_the_file_can_be_read() {
    let de = Some(Lang::De);
    let bomb_after = {
        let mut text =
            String::from("lang: de\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for i in 1..12 {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        text
    };
    for (text, written) in [
        ("lang: de\nfail-on: bad\n", de),
        ("fail-on: bad\nlang: de\n", de),
        ("lang: en\nfail-on: bad\n", Some(Lang::En)),
        ("lang: 'de' # Deutsch\nfail-on: bad\n", de),
        ("{lang: de, fail-on: bad}\n", de),
        ("lang: fr\n", None),
        ("lang: [de]\n", None),
        ("lang: de\nlang: en\n", None),
        ("lang: de\nlang: de\n", None),
        ("rules:\n  lang: de\nfail-on: bad\n", None),
        ("- lang: de\n", None),
        ("fail-on: bad\n", None),
        // A YAML mistake after `lang:` leaves it standing; one before it hides it.
        ("lang: de\nrules:\n\tmissing-goals: off\n", de),
        ("lang: \"de\" # Deutsch\nexclude: [a\n", de),
        ("rules:\n\tmissing-goals: off\nlang: de\n", None),
        (
            "lang: de\n# Übersicht für das Team\nrules:\n  a: ä\n\tb: off\n",
            de,
        ),
        ("lang: de\trules:\n\tb: off\n", None),
        ("lang: de\n---\nfail-on: bad\n", de),
        ("fail-on: bad\n---\nlang: de\n", None),
        (bomb_after.as_str(), de),
    ] {
        let e = load(text).expect_err("a config error");
        assert_eq!(e.written_lang(), written, "{text:?}");
    }
    // A file that is not UTF-8 is read up to its first byte that is not.
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.yaml");
    std::fs::write(
        &latin1,
        b"lang: de\ncustom-rules:\n  - message: \"\xdcberwachung\"\n",
    )
    .unwrap();
    let e = Config::load(&latin1, dir.path()).unwrap_err();
    assert_eq!(e.written_lang(), de);
    assert!(e.in_lang(Lang::De).message().ends_with(
        ": Diese Datei ist kein UTF-8-Text: Zeile 3, Spalte 15 lässt sich nicht als UTF-8 lesen"
    ),);
    let e = Config::load(&dir.path().join("nope.yaml"), dir.path()).unwrap_err();
    assert_eq!(e.written_lang(), None);
}

/// An error is said in the language it is shown in, English until one is chosen, at the same
/// place whatever the language.
#[test]
fn errors_are_said_in_german() {
    let e = load("lang: de\nrules:\n  missing-gaols: off\n").unwrap_err();
    assert_eq!(e.lang(), Lang::En);
    assert_eq!(e.message(), "rules: unknown rule `missing-gaols`");
    let e = e.in_lang(Lang::De);
    assert_eq!(e.message(), "rules: Unbekannte Regel `missing-gaols`");
    assert_eq!(e.label(), Some("keine Regel mit diesem Namen"));
    assert_eq!(
        e.help_text(),
        Some("Meinten Sie `missing-goals`? `guidelint rules --lang de` listet alle Regeln auf")
    );
    assert_eq!(e.line_column(), Some((3, 3)));
    assert_eq!(e.to_string(), e.message());

    let e = load("fail-on: info\nrules: {}\nfail-on: error\n")
        .unwrap_err()
        .in_lang(Lang::De);
    assert_eq!(e.message(), "`fail-on` steht zweimal im selben Abschnitt");
    assert_eq!(e.label(), Some("hier zum zweiten Mal"));
    assert_eq!(e.related_labels(), ["hier zum ersten Mal"]);

    let e = load("max-file-size: [1]\n").unwrap_err().in_lang(Lang::De);
    assert_eq!(
        e.message(),
        "max-file-size: Hier steht eine Liste, erwartet wurde aber eine Größe in Bytes, zum \
         Beispiel `10485760` (10 MiB)"
    );
    assert_eq!(e.label(), Some("falsche Art von Wert"));

    let e = load("vocabulary:\n  platform: [intranet]\n")
        .unwrap_err()
        .in_lang(Lang::De);
    assert!(
        e.message().starts_with(
            "vocabulary: Unbekannter Schlüssel `platform`; möglich sind `platforms`, `audiences`,"
        ),
        "{}",
        e.message()
    );
    assert!(
        e.message().ends_with(", `consequences` oder `aliases`"),
        "{}",
        e.message()
    );

    let e = load("custom-rules:\n  - name: acme/x\n    message: \"Hinweis\n")
        .unwrap_err()
        .in_lang(Lang::De);
    assert_eq!(
        e.message(),
        "Die Datei endet mitten in einem Text in Anführungszeichen"
    );
    assert_eq!(
        e.help_text(),
        Some("Ergänzen Sie das schließende Anführungszeichen am Ende des Textes")
    );
    assert_eq!(e.label(), Some("hier endet die Datei"));

    // A control character in a value is escaped in every language.
    let e = load("lang: \"\\e[31mde\"\n").unwrap_err().in_lang(Lang::De);
    assert_eq!(e.message(), "lang: Unbekannte Sprache `\\u{1b}[31mde`");

    // Without a position.
    let dir = tempfile::tempdir().unwrap();
    let e = Config::load(&dir.path().join("nope.yaml"), dir.path())
        .unwrap_err()
        .in_lang(Lang::De);
    assert!(
        e.message().starts_with("Die Konfigurationsdatei "),
        "{}",
        e.message()
    );
    assert!(
        e.message()
            .ends_with("nope.yaml kann nicht gelesen werden: Diese Datei gibt es nicht"),
        "{}",
        e.message()
    );
    assert_eq!(
        (e.label(), e.help_text()),
        (
            None,
            Some("Prüfen Sie Namen und Ordner der Datei (eine Verknüpfung muss auf eine vorhandene Datei zeigen); ohne Konfiguration prüfen Sie mit `--no-config`")
        )
    );
}

/// A lone CR (old Mac line ends) is a line break, as YAML reads it: positions and snippets count
/// it as one, never show line 0, and a `\r\n` file is unchanged.
#[test]
fn lone_carriage_returns_are_line_breaks() {
    assert_eq!(
        ok("rules:\r  blanket-block: info\r").levels["blanket-block"],
        Level::On(Severity::Info)
    );
    for (text, at, shown) in [
        (
            "rules:\r  blanket-block: infoo\r",
            (2, 18),
            " 2 │   blanket-block: infoo",
        ),
        (
            "fail-on: warning\rfail-on: error\r",
            (2, 1),
            " 2 │ fail-on: error",
        ),
        (
            "rules:\r\n  blanket-block: infoo\r\n",
            (2, 18),
            " 2 │   blanket-block: infoo",
        ),
    ] {
        let e = load(text).expect_err("a config error");
        assert_eq!(e.line_column(), Some(at), "{text:?}");
        let out = e.render(false, 100).unwrap();
        assert!(out.contains(shown), "{text:?}\n{out}");
        assert!(!out.contains(" 0 │"), "{text:?}\n{out}");
    }
}

/// The common YAML mistakes are explained in plain English with a help line, as in German; an
/// error where the file ends is shown at its last character, labelled so.
#[test]
fn yaml_mistakes_are_explained_in_english() {
    for (text, message, help) in [
        (
            "exclude:\n  - *.draft.guideline\n",
            "starts with `*` or `&` is a reference",
            "put the value in quotes",
        ),
        (
            "custom-rules:\n  - name: acme/x\n    message: m\n    match:\n      text: \"\\d+h\"\n",
            "`\\` starts a special character",
            "single quotes",
        ),
        (
            "rules:\n  blanket-block: \"info\n",
            "ends in the middle of a text in quotes",
            "closing quote",
        ),
        (
            "rules:\n  blanket-block: info\n bad: 1\n",
            "expects another key",
            "check the indentation",
        ),
        (
            "fail-on: warning: error\n",
            "a colon followed by a space",
            "in quotes",
        ),
        (
            "vocabulary:\n  aliases: {a: *nope}\n",
            "that anchor is missing",
            "put the value in quotes",
        ),
    ] {
        let e = load(text).expect_err("a config error");
        assert!(e.message().contains(message), "{text:?}: {}", e.message());
        assert!(!e.message().contains("while "), "{text:?}: {}", e.message());
        let got = e.help_text().unwrap_or_default();
        assert!(got.contains(help), "{text:?}: {got:?}");
    }
    let e = load("x: [a, b\n").expect_err("a config error");
    assert!(e.message().contains("the bracket `]`"), "{}", e.message());
    for (text, at) in [
        ("rules:\n  blanket-block: \"info\n", (2, 22)),
        ("x: [a, b\n", (1, 8)),
    ] {
        let e = load(text).expect_err("a config error");
        assert_eq!(e.line_column(), Some(at), "{text:?}");
        let out = e.render(false, 100).unwrap();
        assert!(out.contains("the file ends here"), "{out}");
        let out = e.in_lang(Lang::De).render(false, 100).unwrap();
        assert!(out.contains("hier endet die Datei"), "{out}");
    }
}

/// Aliases compare without capitals, as terms do: `FB` and `fb` are one alias given twice,
/// reported at the second (the later one no longer wins unnoticed).
#[test]
fn an_alias_given_twice_in_other_capitals_is_a_key_given_twice() {
    for (text, at) in [
        (
            "vocabulary:\n  aliases: {FB: facebook, fb: twitter}\n",
            (2, 27),
        ),
        (
            "vocabulary:\n  aliases:\n    fb: facebook\n    Fb: facebook\n",
            (4, 5),
        ),
    ] {
        assert_eq!(err(text, "`"), at, "{text:?}");
        let e = load(text).unwrap_err();
        assert!(
            e.message().contains("is given twice in the same section"),
            "{}",
            e.message()
        );
    }
}

/// A long word list is read whole and right (reading one was quadratic: the place of each term
/// was searched for in a list): every word is known, repeats are harmless, aliases and the
/// checks of opposite lists still hold.
#[test]
fn long_word_lists_are_read_right() {
    let n = 20_000;
    let mut text = String::from("vocabulary:\n  platforms:\n");
    for i in 0..n {
        text.push_str(&format!("    - p{i}\n"));
    }
    text.push_str("    - p7\n    - P8\n  listening-targets:\n");
    for i in 0..n {
        text.push_str(&format!("    - l{i}\n"));
    }
    text.push_str("  aliases:\n");
    for i in 0..1000 {
        text.push_str(&format!("    a{i}: p{i}\n"));
    }
    let c = ok(&text);
    let v = &c.vocabulary;
    for i in [0, 1, 7, 8, 9_999, n - 1] {
        assert_eq!(
            v.resolve(Category::Platform, &format!("p{i}")),
            Some(format!("p{i}").as_str())
        );
        assert_eq!(
            v.resolve(Category::MonitorTarget, &format!("L{i}")),
            Some(format!("l{i}").as_str())
        );
    }
    assert_eq!(v.resolve(Category::Platform, "A999"), Some("p999"));
    assert_eq!(v.resolve(Category::Platform, &format!("p{n}")), None);
    assert!(v.terms(Category::Platform).len() >= n);
    let clash = format!("{text}  surveillance-targets: [l5]\n");
    let e = load(&clash).unwrap_err();
    assert!(e.message().contains("`l5`"), "{}", e.message());
}

/// A key of `match` with no value would let the rule match any statement, as an empty list
/// would: it is an error saying the value is missing. A rule under `rules:` with no value has
/// no severity given (not an unknown one).
#[test]
fn a_missing_value_is_named_as_missing() {
    let rule =
        "custom-rules:\n  - name: acme/x\n    message: m\n    match:\n      modality: block\n";
    for extra in ["      platforms:\n", "      text:\n", "      audience: ~\n"] {
        let text = format!("{rule}{extra}");
        let (line, column) = err(&text, "no value is given for this key of `match`");
        assert!(line == 6 && column > 7, "{text:?}: {line}:{column}");
        // Labelled as a missing value, also at the end of the file.
        assert_eq!(
            load(&text).unwrap_err().label(),
            Some("no value"),
            "{text:?}"
        );
    }
    let text = "custom-rules:\n  - name: acme/x\n    message: m\n    match: {modality: ~}\n";
    let e = load(text).unwrap_err();
    assert!(e.message().contains("no value is given"), "{}", e.message());
    assert!(
        e.message().starts_with("custom-rules[0].match.modality: "),
        "{}",
        e.message()
    );
    for text in ["rules:\n  blanket-block:\n", "rules: {blanket-block: ~}\n"] {
        let e = load(text).unwrap_err();
        assert!(
            e.message()
                .contains("no severity given for `blanket-block`"),
            "{}",
            e.message()
        );
        assert!(!e.message().contains("unknown severity"), "{}", e.message());
    }
    let e = load("rules:\n  blanket-block:\n")
        .unwrap_err()
        .in_lang(Lang::De);
    assert!(e.message().contains("kein Schweregrad"), "{}", e.message());
    // A value is still read as before.
    ok(&format!("{rule}      platforms: twitter\n"));
}

/// A list or mapping where a key's name belongs is told in words, never as serde's "field
/// identifier".
#[test]
fn a_complex_key_is_asked_for_a_key_name() {
    for text in [
        "[a]: 1\n",
        "? [a]\n: warning\n",
        "vocabulary:\n  ? [a]\n  : [x]\n",
        "custom-rules:\n  - ? [a]\n    : x\n",
        "custom-rules:\n  - name: acme/x\n    message: m\n    match:\n      ? {a: 1}\n      : x\n",
    ] {
        let e = load(text).unwrap_err();
        for lang in [Lang::En, Lang::De] {
            let e = load(text).unwrap_err().in_lang(lang);
            assert!(
                !e.message().contains("identifier"),
                "{text:?}: {}",
                e.message()
            );
        }
        assert!(
            e.message().contains("a key name"),
            "{text:?}: {}",
            e.message()
        );
        let e = e.in_lang(Lang::De);
        assert!(
            e.message().contains("Schlüsselname"),
            "{text:?}: {}",
            e.message()
        );
    }
}

/// Wording: `include` is not offered `exclude` (the opposite), `language` is offered `lang`; a
/// whole size in floating-point notation is asked for in digits; an empty part of a custom
/// rule name is named as such.
#[test]
fn small_wordings_say_what_is_wrong() {
    let e = load("include: []\n").unwrap_err();
    assert!(
        !e.help_text().unwrap_or_default().contains("exclude"),
        "{:?}",
        e.help_text()
    );
    let e = load("language: de\n").unwrap_err();
    assert!(
        e.help_text()
            .unwrap_or_default()
            .starts_with("did you mean `lang`?"),
        "{:?}",
        e.help_text()
    );
    let e = load("max-file-size: 1e6\n").unwrap_err();
    assert!(
        e.message().ends_with("write it in digits: `1000000`"),
        "{}",
        e.message()
    );
    assert!(!e.message().contains("whole number"), "{}", e.message());
    assert_eq!(
        err("max-file-size: 1.5\n", "whole number of bytes, not `1.5`"),
        (1, 16)
    );
    for name in ["acme/", "/x", "a//b"] {
        let text = format!(
            "custom-rules:\n  - name: \"{name}\"\n    message: m\n    match: {{modality: block}}\n"
        );
        let e = load(&text).unwrap_err();
        assert!(
            e.message().contains("has an empty part"),
            "{name}: {}",
            e.message()
        );
    }
}
