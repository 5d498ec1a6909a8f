//! Property tests (issue 7): random valid guidelines always parse; for any input, valid or not,
//! findings have sane spans and JSON output parses; one thread and many give the same output.
//!
//! Case counts are modest so `cargo test` stays fast; the fuzzers in `fuzz/` go further.

use std::fs;

use guidelint::report::{human, json};
use guidelint::{check_bytes, check_source, Config, FileReport};
use proptest::prelude::*;
use proptest::sample::select;

use crate::guidelint;

// ---------------------------------------------------------------------------------------------
// A generator of valid guidelines: every statement form, qualifiers in any order, comments,
// strings with escapes and Unicode, keywords in any case, LF and CRLF, an optional BOM.

/// Terms: known ones, unknown ones, Unicode, digits and hyphens, words that start with a keyword.
const TERMS: &[&str] = &[
    "employees",
    "everyone",
    "marketing",
    "pr",
    "hr",
    "sales",
    "customer-service",
    "facebook",
    "twitter",
    "linkedin",
    "xing",
    "tiktok",
    "any-platform",
    "post",
    "share",
    "access",
    "speak-for-company",
    "company-topics",
    "trade-secrets",
    "work-hours",
    "company-network",
    "company-accounts",
    "brand-mentions",
    "service",
    "dialogue",
    "warning",
    "mitarbeitende",
    "Ärger",
    "überstunden",
    "straße",
    "online",
    "forums",
    "on-call",
    "tox",
    "withhold",
    "a",
    "x1",
    "b-2-c",
    "日本語",
    "Ωmega",
];

const KEYWORD_VARIANTS: usize = 3;

/// A keyword in one of three spellings (keywords match case-insensitively).
fn kw(word: &'static str) -> impl Strategy<Value = String> {
    (0..KEYWORD_VARIANTS).prop_map(move |i| match i {
        0 => word.to_owned(),
        1 => word.to_uppercase(),
        _ => {
            let mut c = word.chars();
            let first = c.next().unwrap().to_uppercase().collect::<String>();
            first + c.as_str()
        }
    })
}

/// Whitespace between tokens: spaces, tabs, LF, CRLF, comments (also suppression-like ones).
fn ws() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just(" ".to_owned()),
        1 => Just("\t".to_owned()),
        2 => Just("\n  ".to_owned()),
        2 => Just("\r\n  ".to_owned()),
        1 => Just(" # a comment: ä € \"quoted\" { } \\ \n".to_owned()),
        1 => Just(" # guidelint-allow blanket-block: because\r\n".to_owned()),
        1 => Just("  #\n\n".to_owned()),
    ]
}

fn term() -> impl Strategy<Value = String> {
    select(TERMS).prop_map(str::to_owned)
}

/// `a`, `a, b`, `a and b`, `a, b, and c`.
fn terms() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(term(), 1..4),
        prop::option::of((term(), any::<bool>(), kw("and"))),
    )
        .prop_map(|(list, last)| {
            let mut out = list.join(", ");
            if let Some((t, comma, and)) = last {
                out.push_str(if comma { ", " } else { " " });
                out.push_str(&and);
                out.push(' ');
                out.push_str(&t);
            }
            out
        })
}

/// A string literal with escapes, Unicode and line breaks.
fn string() -> impl Strategy<Value = String> {
    let piece = select(
        &[
            "plain",
            " ",
            "ä",
            "ß",
            "€",
            "日本",
            "🙂",
            "\\\"",
            "\\\\",
            "\\n",
            "\\t",
            "\n",
            "\r\n",
            "#",
            "{",
            "}",
            "'",
            "guideline",
        ][..],
    );
    prop::collection::vec(piece, 0..6).prop_map(|p| format!("\"{}\"", p.concat()))
}

fn duration() -> impl Strategy<Value = String> {
    (0u32..100_000, select(&["min", "h", "d"][..])).prop_map(|(n, u)| format!("{n}{u}"))
}

/// Tokens joined by random whitespace.
fn join(tokens: Vec<String>, seps: Vec<String>) -> String {
    let mut out = String::new();
    for (i, t) in tokens.into_iter().enumerate() {
        if i > 0 {
            out.push_str(seps.get(i % seps.len().max(1)).map_or(" ", String::as_str));
        }
        out.push_str(&t);
    }
    out
}

fn seps() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(ws(), 1..6)
}

/// Qualifiers: a random subset of the five kinds, each at most once, in random order.
fn qualifiers() -> impl Strategy<Value = Vec<String>> {
    let on = (kw("on"), terms()).prop_map(|(k, t)| format!("{k} {t}"));
    let about = (kw("about"), terms()).prop_map(|(k, t)| format!("{k} {t}"));
    let during = (kw("during"), terms()).prop_map(|(k, t)| format!("{k} {t}"));
    let using = (kw("using"), terms()).prop_map(|(k, t)| format!("{k} {t}"));
    let approval = (
        prop_oneof![kw("with"), kw("without")],
        kw("approval"),
        kw("by"),
        terms(),
    )
        .prop_map(|(w, a, b, t)| format!("{w} {a} {b} {t}"));
    (
        prop::option::of(on),
        prop::option::of(about),
        prop::option::of(during),
        prop::option::of(using),
        prop::option::of(approval),
    )
        .prop_map(|(a, b, c, d, e)| [a, b, c, d, e].into_iter().flatten().collect::<Vec<_>>())
        .prop_shuffle()
}

fn who(allow_except: bool) -> impl Strategy<Value = String> {
    (terms(), prop::option::of((kw("except"), terms()))).prop_map(move |(w, e)| match e {
        Some((k, e)) if allow_except => format!("{w} {k} {e}"),
        _ => w,
    })
}

fn statement() -> impl Strategy<Value = String> {
    let modality = prop_oneof![
        kw("allow").prop_map(|k| (k, true)),
        (kw("allow"), kw("only")).prop_map(|(a, o)| (format!("{a} {o}"), false)),
        kw("encourage").prop_map(|k| (k, true)),
        kw("require").prop_map(|k| (k, true)),
        kw("forbid").prop_map(|k| (k, true)),
    ];
    let permission = (
        modality,
        who(true),
        who(false),
        kw("to"),
        term(),
        prop::option::of(terms()),
        qualifiers(),
        seps(),
    )
        .prop_map(|((m, except_ok), w1, w2, to, verb, objects, q, seps)| {
            let mut tokens = vec![m, if except_ok { w1 } else { w2 }, to, verb];
            tokens.extend(objects);
            tokens.extend(q);
            join(tokens, seps)
        });
    let block = (
        kw("block"),
        terms(),
        prop::option::of((kw("for"), who(true))),
        qualifiers(),
        seps(),
    )
        .prop_map(|(k, t, f, q, seps)| {
            let mut tokens = vec![k, t];
            if let Some((f, w)) = f {
                tokens.push(f);
                tokens.push(w);
            }
            tokens.extend(q);
            join(tokens, seps)
        });
    let monitor = (kw("monitor"), terms(), qualifiers(), seps()).prop_map(|(k, t, q, seps)| {
        let mut tokens = vec![k, t];
        tokens.extend(q);
        join(tokens, seps)
    });
    prop_oneof![3 => permission, 1 => block, 1 => monitor]
}

fn rule_block() -> impl Strategy<Value = String> {
    (
        kw("rule"),
        string(),
        prop::collection::vec(statement(), 0..4),
        prop::option::of((kw("because"), string())),
        prop::option::of((kw("consequence"), terms())),
        seps(),
    )
        .prop_flat_map(|(k, name, statements, because, consequence, seps)| {
            let mut items = statements;
            items.extend(because.map(|(k, s)| format!("{k} {s}")));
            items.extend(consequence.map(|(k, t)| format!("{k} {t}")));
            (Just(k), Just(name), Just(items).prop_shuffle(), Just(seps))
        })
        .prop_map(|(k, name, items, seps)| {
            let mut tokens = vec![k, name, "{".to_owned()];
            tokens.extend(items);
            tokens.push("}".to_owned());
            join(tokens, seps)
        })
}

fn channel() -> impl Strategy<Value = String> {
    let purpose = (kw("purpose"), terms()).prop_map(|(k, t)| format!("{k} {t}"));
    (
        kw("channel"),
        term(),
        prop::option::of(string()),
        prop::collection::vec(purpose, 0..3),
        prop::option::of((kw("respond"), kw("within"), duration())),
        prop::option::of((kw("staffed"), kw("by"), terms())),
        prop::option::of((kw("replies"), prop_oneof![kw("on"), kw("off")])),
        seps(),
    )
        .prop_flat_map(
            |(k, platform, handle, purposes, respond, staffed, replies, seps)| {
                let mut items = purposes;
                items.extend(respond.map(|(a, b, d)| format!("{a} {b} {d}")));
                items.extend(staffed.map(|(a, b, t)| format!("{a} {b} {t}")));
                items.extend(replies.map(|(a, b)| format!("{a} {b}")));
                let mut head = vec![k, platform];
                head.extend(handle);
                (Just(head), Just(items).prop_shuffle(), Just(seps))
            },
        )
        .prop_map(|(head, items, seps)| {
            let mut tokens = head;
            tokens.push("{".to_owned());
            tokens.extend(items);
            tokens.push("}".to_owned());
            join(tokens, seps)
        })
}

fn top_item() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => (kw("owner"), terms()).prop_map(|(k, t)| format!("{k} {t}")),
        1 => (kw("audience"), terms()).prop_map(|(k, t)| format!("{k} {t}")),
        1 => (kw("contact"), string()).prop_map(|(k, s)| format!("{k} {s}")),
        1 => (kw("goal"), string()).prop_map(|(k, s)| format!("{k} {s}")),
        2 => channel(),
        4 => rule_block(),
    ]
}

/// A whole valid guideline.
fn guideline() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        kw("guideline"),
        string(),
        prop::option::of((kw("version"), string())),
        prop::collection::vec(top_item(), 0..8),
        seps(),
        ws(),
    )
        .prop_flat_map(|(bom, k, name, version, items, seps, trailing)| {
            let mut items = items;
            items.extend(version.map(|(k, s)| format!("{k} {s}")));
            (
                Just((bom, k, name)),
                Just(items).prop_shuffle(),
                Just((seps, trailing)),
            )
        })
        .prop_map(|((bom, k, name), items, (seps, trailing))| {
            let mut tokens = vec![k, name, "{".to_owned()];
            tokens.extend(items);
            tokens.push("}".to_owned());
            let body = join(tokens, seps);
            format!(
                "{}{trailing}{body}{trailing}",
                if bom { "\u{feff}" } else { "" }
            )
        })
}

// ---------------------------------------------------------------------------------------------
// Arbitrary input: random tokens of the language, broken valid files, raw bytes.

fn token_soup() -> impl Strategy<Value = String> {
    let token = select(
        &[
            "guideline",
            "rule",
            "channel",
            "allow",
            "only",
            "forbid",
            "block",
            "monitor",
            "to",
            "on",
            "about",
            "with",
            "approval",
            "by",
            "and",
            ",",
            "{",
            "}",
            "\"",
            "\"x\"",
            "\\",
            "#",
            "\n",
            "\r",
            "\r\n",
            " ",
            "\t",
            "ä",
            "€",
            "🙂",
            "\u{feff}",
            "\u{0}",
            "4h",
            "99999999999999999999d",
            "employees",
            "facebook",
            "-",
            "x-",
            "# guidelint-allow blanket-block\n",
            "# guidelint-allow nope: x\n",
        ][..],
    );
    prop::collection::vec(token, 0..60).prop_map(|t| t.concat())
}

/// A valid guideline with a random cut, insertion or byte flip.
fn broken() -> impl Strategy<Value = Vec<u8>> {
    (
        guideline(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0u8..4,
        any::<u8>(),
    )
        .prop_map(|(text, a, b, how, byte)| {
            let mut bytes = text.into_bytes();
            if bytes.is_empty() {
                return bytes;
            }
            let i = a.index(bytes.len());
            let j = b.index(bytes.len());
            let (lo, hi) = (i.min(j), i.max(j));
            match how {
                0 => {
                    bytes.drain(lo..hi);
                }
                1 => bytes.truncate(lo),
                2 => bytes.insert(lo, byte),
                _ => bytes[lo] = byte,
            }
            bytes
        })
}

fn arbitrary_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => token_soup().prop_map(String::into_bytes),
        3 => broken(),
        1 => prop::collection::vec(any::<u8>(), 0..200),
    ]
}

/// A German sentence where a statement goes: words of its modal verbs, verdicts, negations,
/// prepositions, articles, nouns with and without a term, verbs, commas and abbreviations.
fn german_sentence() -> impl Strategy<Value = String> {
    let word = select(
        &[
            "Mitarbeiter",
            "Mitarbeitende",
            "Mitarbeitenden",
            "Mitarbeiter*innen",
            "Alle",
            "Niemand",
            "Nur",
            "außer",
            "die",
            "der",
            "ihrer",
            "keine",
            "nicht",
            "nur",
            "darf",
            "dürfen",
            "müssen",
            "sollen",
            "können",
            "ist",
            "sind",
            "es",
            "untersagt,",
            "verboten.",
            "gestattet",
            "verpflichtet,",
            "Die",
            "Nutzung",
            "Das",
            "Posten",
            "von",
            "vom",
            "in",
            "während",
            "außerhalb",
            "auf",
            "über",
            "zum",
            "mit",
            "ohne",
            "für",
            "im",
            "Namen",
            "Freizeit",
            "Arbeitszeit",
            "Facebook",
            "TikTok",
            "sozialen",
            "Medien",
            "Firmengeräten",
            "Firmennetz",
            "Unternehmen",
            "Betriebsgeheimnisse,",
            "Kundendaten",
            "Fotos",
            "Kunden",
            "Gerüchte",
            "Freigabe",
            "durch",
            "Pressestelle",
            "Rechtsabteilung",
            "Beiträge",
            "posten",
            "posten.",
            "teilen",
            "teilen,",
            "oder",
            "und",
            "nutzen.",
            "offenzulegen.",
            "zu",
            "gepostet",
            "werden.",
            "Bitte",
            "z.B.",
            "usw.",
            "privaten",
            "regelmäßig",
            "sprechen.",
            ",",
            ".",
            "!",
            "Zugehörigkeit",
            "ä",
            "-",
            "x-",
            "unter",
            "keinen",
            "Umständen",
            "Sie",
            "teilt",
            "Lehrkräfte",
            "ermutigt,",
            "wird",
            "unterlassen.",
            "(z.B.",
            "Umsatzzahlen)",
            "Sparkasse",
            "Pausen",
            "weder",
            "noch",
            "allen",
            "Schüler*innen",
            "vernetzen.",
            "am",
            "Wochenende",
            "tabu.",
            "private",
        ][..],
    );
    prop::collection::vec(word, 1..16).prop_map(|words| words.join(" "))
}

/// An English sentence where a statement goes: who, a modal verb or verdict, a verb, objects
/// and phrases in any order, so that the readers of sentences meet their odd ends.
fn english_sentence() -> impl Strategy<Value = String> {
    let word = select(
        &[
            "Employees",
            "Staff",
            "The",
            "PR",
            "department",
            "Nobody",
            "No",
            "one",
            "Only",
            "It",
            "is",
            "are",
            "not",
            "allowed",
            "permitted",
            "forbidden",
            "prohibited",
            "from",
            "to",
            "may",
            "must",
            "should",
            "never",
            "be",
            "posted",
            "shared",
            "Please",
            "do",
            "post",
            "share",
            "posting",
            "use",
            "of",
            "comment",
            "on",
            "about",
            "behalf",
            "company",
            "customer",
            "data",
            "trade",
            "secrets",
            "in",
            "public",
            "at",
            "work",
            "all",
            "times",
            "outside",
            "working",
            "hours",
            "during",
            "breaks",
            "with",
            "without",
            "approval",
            "by",
            "unless",
            "approved",
            "except",
            "e.g.",
            "LinkedIn",
            "company-devices",
            "company's",
            "competitors'",
            "(in",
            "public)",
            "and",
            "or",
            ",",
            ".",
            "!",
        ][..],
    );
    prop::collection::vec(word, 1..16).prop_map(|words| words.join(" "))
}

/// Every span of every finding lies inside the file, on character boundaries, start ≤ end;
/// JSON and human output render and the JSON parses.
pub fn assert_sane(report: &FileReport) {
    let source = &report.source;
    for f in &report.findings {
        for span in f.span.iter().chain(f.related.iter().map(|r| &r.span)) {
            assert!(span.start <= span.end, "{}: {span:?}", f.rule);
            assert!(span.end <= source.len(), "{}: {span:?}", f.rule);
            assert!(source.is_char_boundary(span.start), "{}: {span:?}", f.rule);
            assert!(source.is_char_boundary(span.end), "{}: {span:?}", f.rule);
        }
    }
    let reports = std::slice::from_ref(report);
    let mut out = Vec::new();
    json::write(reports, &mut out).unwrap();
    serde_json::from_slice::<serde_json::Value>(&out).expect("JSON output parses");
    let mut out = Vec::new();
    human::write_file(report, &human::Style::default(), &mut out).unwrap();
    human::write_summary(reports, &human::Style::default(), &mut out).unwrap();
}

/// A sentence in a rule gives sane findings, and every statement its help suggests reads.
fn suggested_statements_read(sentence: &str) -> Result<(), TestCaseError> {
    let source = format!("guideline \"G\" {{\n  rule \"R\" {{\n    {sentence}\n  }}\n}}\n");
    let report = check_source("p.guideline", &source, &Config::default());
    assert_sane(&report);
    for finding in &report.findings {
        let Some(help) = finding.help.as_deref() else {
            continue;
        };
        let Some(rest) = help.strip_prefix("a statement starts with what it does") else {
            continue;
        };
        let Some((_, suggested)) = rest.split_once(": write ") else {
            continue;
        };
        let (suggested, _) = suggested.split_once(" for `").expect("the sentence");
        for statement in suggested.split('`').skip(1).step_by(2) {
            let pasted =
                format!("guideline \"G\" {{\n  rule \"R\" {{\n    {statement}\n  }}\n}}\n");
            let report = check_source("p.guideline", &pasted, &Config::default());
            prop_assert!(
                report.findings.iter().all(|f| f.rule != "syntax-error"),
                "{sentence}: {statement}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn valid_guidelines_always_parse(source in guideline()) {
        let report = check_source("p.guideline", &source, &Config::default());
        let syntax: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == "syntax-error")
            .map(|f| (f.message.clone(), f.span))
            .collect();
        prop_assert!(syntax.is_empty(), "{source:?}: {syntax:?}");
        assert_sane(&report);
    }

    #[test]
    fn any_input_gives_sane_findings(bytes in arbitrary_input()) {
        let report = check_bytes("p.guideline", bytes, &Config::default());
        assert_sane(&report);
    }

    /// An English sentence in a rule: sane findings (the readers of sentences never panic),
    /// and every statement the help suggests for it reads.
    #[test]
    fn english_sentences_get_statements_that_read(sentence in english_sentence()) {
        suggested_statements_read(&sentence)?;
    }

    /// A German sentence in a rule: sane findings, and every statement the help suggests
    /// for it reads.
    #[test]
    fn german_sentences_get_statements_that_read(sentence in german_sentence()) {
        suggested_statements_read(&sentence)?;
    }

    /// The fast parser builds pest's tree for every valid file and gives up on every broken one.
    #[test]
    fn both_parsers_agree_on_valid_guidelines(source in guideline()) {
        let difference = guidelint::syntax::parsers_disagree(&source);
        prop_assert!(difference.is_none(), "{source:?}: {difference:?}");
    }

    #[test]
    fn both_parsers_agree_on_any_input(bytes in arbitrary_input()) {
        let source = String::from_utf8_lossy(&bytes);
        let difference = guidelint::syntax::parsers_disagree(&source);
        prop_assert!(difference.is_none(), "{source:?}: {difference:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// One thread and many threads give identical output (SPEC §7: deterministic whatever the
// parallelism). Runs the binary over a generated directory with `RAYON_NUM_THREADS=1` and with
// the default; meaningful also while checking is sequential.

fn tree() -> impl Strategy<Value = Vec<Vec<u8>>> {
    prop::collection::vec(
        prop_oneof![
            3 => guideline().prop_map(String::into_bytes),
            1 => arbitrary_input(),
        ],
        1..24,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn one_thread_and_many_give_identical_output(files in tree()) {
        let dir = tempfile::tempdir().unwrap();
        for (i, bytes) in files.iter().enumerate() {
            let sub = dir.path().join(format!("d{}", i % 3));
            fs::create_dir_all(&sub).unwrap();
            fs::write(sub.join(format!("f{i:02}.guideline")), bytes).unwrap();
        }
        for format in ["human", "json", "sarif"] {
            let run = |threads: Option<&str>| {
                let mut cmd = guidelint();
                cmd.current_dir(dir.path())
                    .args(["check", "--no-config", "--format", format]);
                match threads {
                    Some(n) => cmd.env("RAYON_NUM_THREADS", n),
                    None => cmd.env_remove("RAYON_NUM_THREADS"),
                };
                cmd.output().unwrap()
            };
            let one = run(Some("1"));
            let many = run(None);
            let four = run(Some("4"));
            prop_assert_eq!(one.status.code(), many.status.code());
            prop_assert!(one.stdout == many.stdout, "{} output differs", format);
            prop_assert!(one.stdout == four.stdout, "{} output differs", format);
        }
    }
}
