//! `syntax-error`: input that the grammar rejects. The parser reports what it expected as data;
//! this file puts it into words.

use super::{new_finding, Doc, Meta, Rule};
use std::borrow::Cow;

mod advice;

use advice::{Advice, OddCharacter};

use crate::finding::{Finding, Related, RuleCategory, Severity};
use crate::lang::{printable, Lang};
use crate::semantics::vocab::Vocabulary;
use crate::syntax::{Expected, Found, Scope, SyntaxError, SyntaxErrorKind, TermKind};

pub struct SyntaxErrorRule;

static META: Meta = Meta {
    name: "syntax-error",
    category: RuleCategory::Correctness,
    default_severity: Severity::Error,
};

impl Rule for SyntaxErrorRule {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    fn checks_model(&self) -> bool {
        false
    }
}

static EN: Doc = Doc {
    summary: "The file does not follow the Guideline language",
    explanation: "\
guidelint can only judge a guideline it can read. When a file breaks the grammar of the Guideline \
language, guidelint reports the first place where it stopped understanding the text, says what it \
expected there, and checks nothing else in that file until the problem is fixed. Where the words \
around the error show what was meant (a term written with spaces, `in breaks`, a sentence such as \
`Employees must not …`, typographic quotes from a word processor), the help says what to write.

The grammar, in short:

  guideline \"Name\" { … }                exactly one per file; everything else stands inside it
  version \"1.0\"                         at most once
  owner hr, sales                       departments that own the guideline
  audience employees                    whom it applies to
  contact \"social@acme.example\"         whom to ask
  goal \"What we want to achieve\"
  channel twitter \"@acme_help\" {        a platform, then optionally its handle
    purpose service, dialogue
    respond within 4h                   a number and min, h or d, written together
    staffed by customer-service
    replies on                          or off
  }
  rule \"Name\" {
    STATEMENT                           one per line, as many as needed
    because \"Why this rule exists\"      at most one
    consequence formal-warning          at most one
  }

A statement is one of:

  allow WHO to ACTION [OBJECTS]         also: allow only, encourage, require, forbid
  block PLATFORMS [for WHO]
  monitor TARGETS

WHO is a list of audiences, optionally followed by `except` and another list (`everyone except \
interns`). Any statement may end with qualifiers, each at most once and in any order: `on` \
platforms, `about` topics, `during` times, `using` devices, networks or accounts, and `with \
approval by` or `without approval by` departments. A list is `a`, `a, b`, or `a, b and c`. Terms \
are single words or words joined with hyphens (`customer-service`); texts stand in plain double \
quotes `\"…\"`; a `#` starts a comment that runs to the end of the line.",
    bad: "guideline \"Draft\" {\n  rule \"Access\" {\n    allow employees access facebook\n  }\n}\n",
    good: "guideline \"Draft\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Access\" {\n    allow employees to access facebook\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Die Datei folgt nicht der Guideline-Sprache",
    explanation: "\
guidelint kann nur eine Richtlinie beurteilen, die es lesen kann. Verletzt eine Datei die \
Grammatik der Guideline-Sprache, meldet guidelint die erste Stelle, an der es den Text nicht mehr \
versteht, sagt, was es dort erwartet hat, und prüft in dieser Datei nichts weiter, bis das Problem \
behoben ist. Zeigen die Wörter um die Stelle, was gemeint war (ein Begriff mit Leerzeichen, \
`in breaks`, ein Satz wie `Employees must not …`, typografische Anführungszeichen aus einer \
Textverarbeitung), sagt der Tipp, was Sie schreiben können.

Die Grammatik in Kürze:

  guideline \"Name\" { … }                genau eine pro Datei; alles andere steht darin
  version \"1.0\"                         höchstens einmal
  owner hr, sales                       Abteilungen, denen die Richtlinie gehört
  audience employees                    für wen sie gilt
  contact \"social@acme.example\"         wen man fragen kann
  goal \"Was wir erreichen wollen\"
  channel twitter \"@acme_hilfe\" {       eine Plattform, danach wahlweise ihr Konto
    purpose service, dialogue
    respond within 4h                   Zahl und min, h oder d, zusammengeschrieben
    staffed by customer-service
    replies on                          oder off
  }
  rule \"Name\" {
    ANWEISUNG                           eine pro Zeile, so viele wie nötig
    because \"Warum es die Regel gibt\"   höchstens einmal
    consequence formal-warning          höchstens einmal
  }

Eine Anweisung ist eine von:

  allow ZIELGRUPPE to AKTION [OBJEKTE]  ebenso: allow only, encourage, require, forbid
  block PLATTFORMEN [for ZIELGRUPPE]
  monitor ZIELE

ZIELGRUPPE ist eine Liste von Zielgruppen, wahlweise gefolgt von `except` und einer weiteren Liste \
(`everyone except interns`). Jede Anweisung kann mit Zusätzen enden, jeder höchstens einmal und in \
beliebiger Reihenfolge: `on` Plattformen, `about` Themen, `during` Zeiträume, `using` Geräte, Netze \
oder Konten, und `with approval by` oder `without approval by` Abteilungen. Eine Liste ist `a`, \
`a, b` oder `a, b and c`. Die Schlüsselwörter und Begriffe der Sprache sind englisch; Begriffe \
sind einzelne Wörter oder mit Bindestrich verbundene (`customer-service`). Namen und Texte stehen \
zwischen geraden doppelten Anführungszeichen `\"…\"` und dürfen deutsch sein; ein `#` beginnt \
einen Kommentar bis zum Zeilenende.",
    bad: "guideline \"Entwurf\" {\n  rule \"Zugang\" {\n    allow employees access facebook\n  }\n}\n",
    good: "guideline \"Entwurf\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Zugang\" {\n    allow employees to access facebook\n  }\n}\n",
};

/// The finding for a syntax error in `source`; `vocab` knows the terms of the run (for a term
/// written with spaces). The help says what the writer probably meant when the words around the
/// error tell (the `advice` module), and otherwise what the position takes.
pub fn finding(error: &SyntaxError, source: &str, vocab: &Vocabulary, lang: Lang) -> Finding {
    let (message, label, general) = match lang {
        Lang::En => english(error),
        Lang::De => german(error),
    };
    // Only where a token was found: at the end of the file an open string is its own error.
    let runaway = matches!(
        error.kind,
        SyntaxErrorKind::Expected {
            found: Found::Token(_),
            ..
        }
    )
    .then(|| crate::syntax::runaway_string_quote(source, error.span.start))
    .flatten();
    let advice = match runaway {
        // A text that ran on over lines explains everything after it; a typographic mark
        // after its opening quote is what was meant to close it.
        Some(opening) => Some(match advice::typographic_close(source, opening) {
            Some(mark) => Advice::Odd(mark.closing()),
            None => Advice::RunawayText {
                line: 1 + source[..opening.start].matches('\n').count(),
            },
        }),
        None => best_effort(!cfg!(debug_assertions), || {
            advice::advice(error, source, vocab)
        }),
    };
    let help = advice.map_or(general, |advice| advice.text(lang));
    let mut finding = new_finding(
        &SyntaxErrorRule,
        Some(error.span),
        message,
        label,
        Some(help.into()),
    );
    if let Some(opening) = runaway {
        finding.related.push(Related {
            span: opening,
            message: match lang {
                Lang::En => "this text goes on over the next lines: is its closing `\"` missing?",
                Lang::De => "dieser Text geht über die nächsten Zeilen: Fehlt sein `\"`?",
            }
            .to_owned(),
        });
    }
    // The error of an open string is at the end of the file (SPEC §11.7); where the string
    // began is what the reader looks for.
    if let SyntaxErrorKind::UnclosedString {
        opening: Some(opening),
    } = error.kind
    {
        finding.related.push(Related {
            span: opening,
            message: match lang {
                Lang::En => "the text starts here",
                Lang::De => "hier beginnt der Text",
            }
            .to_owned(),
        });
    }
    finding
}

/// What `find` finds, or nothing should it fail, when `catch` is set. The advice reads the
/// writer's words with many small heuristics; should one of them fail on words nobody foresaw,
/// the syntax error keeps its general help and the check goes on with the other files, rather
/// than the whole run stopping. Release builds catch; debug builds (the tests, the fuzz and
/// property runs) do not, so that such a failure is found and fixed.
fn best_effort<T>(catch: bool, find: impl FnOnce() -> Option<T>) -> Option<T> {
    if !catch {
        return find();
    }
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(find))
        .ok()
        .flatten()
}

fn english(error: &SyntaxError) -> (String, String, String) {
    match &error.kind {
        SyntaxErrorKind::Expected { expected, found } => {
            let words = expected_list(expected, Lang::En);
            let found_words = match found {
                Found::EndOfFile => "the end of the file".to_owned(),
                Found::Token(t) => match OddCharacter::starting(t) {
                    Some(odd) => odd.english(),
                    None => format!("`{}`", printable(&shorten(t))),
                },
            };
            let message = if words.is_empty() {
                format!("unexpected {found_words}")
            } else {
                format!("expected {words}, found {found_words}")
            };
            let label = match found {
                Found::EndOfFile => "the file ends here".to_owned(),
                Found::Token(_) => "not expected here".to_owned(),
            };
            (message, label, english_help(expected, found))
        }
        SyntaxErrorKind::Repeated { clause, scope } => {
            let place = match scope {
                Scope::Guideline => "a guideline",
                Scope::Channel => "a channel",
                Scope::RuleBlock => "a rule block",
                Scope::Statement => "a statement",
            };
            let help = match (scope, qualifier_example(clause)) {
                (Scope::Statement, Some(example)) => format!(
                    "join both lists into one `{clause}` qualifier, for example `{example}`"
                ),
                (Scope::RuleBlock, _) if *clause == "because" => {
                    "put all reasons into one `because \"…\"`".to_owned()
                }
                (Scope::RuleBlock, _) => "list all consequences in one `consequence` clause, for example `consequence reminder, training`".to_owned(),
                _ => format!("keep one `{clause}` and remove the other"),
            };
            (
                format!("`{clause}` appears a second time; it may appear only once in {place}"),
                format!("second `{clause}`"),
                help,
            )
        }
        SyntaxErrorKind::SecondApproval { first, second } if first == second => (
            format!("a second `{second}`; a statement takes one approval qualifier"),
            "second approval qualifier".to_owned(),
            format!("join both lists into one, for example `{second} by pr, legal`"),
        ),
        SyntaxErrorKind::SecondApproval { first, second } => (
            format!("a second approval qualifier: `{second}` after `{first}`; a statement takes one"),
            "second approval qualifier".to_owned(),
            "keep one approval qualifier and remove the other: a statement either needs an \
             approval or does not"
                .to_owned(),
        ),
        SyntaxErrorKind::ExceptAfterAllowOnly { rewrite } => {
            let (statement, who) = rewrite
                .as_ref()
                .map_or(("allow only pr to speak-for-company", "pr"), |r| {
                    (r.statement.as_str(), r.who.as_str())
                });
            (
                "`allow only` cannot have an `except` list".to_owned(),
                "`except` after `allow only`".to_owned(),
                format!(
                    "`{statement}` already means that everyone except {who} may not; remove the \
                     `except` list, or write an `allow` and a separate `forbid … except …`"
                ),
            )
        }
        SyntaxErrorKind::InvalidEscape { escape } if escape == "\\" => (
            "a `\\` at the end of a line is no escape in a text in quotes".to_owned(),
            "unknown escape".to_owned(),
            "delete the `\\`: a text in quotes may simply go on on the next line; inside a text write \\\" for a quote, \\\\ for a backslash, \\n for a new line and \\t for a tab".to_owned(),
        ),
        SyntaxErrorKind::InvalidEscape { escape } => (
            format!("unknown escape `{}` in a text in quotes", printable(escape)),
            "unknown escape".to_owned(),
            "inside a text in quotes write \\\" for a quote, \\\\ for a backslash, \\n for a new line and \\t for a tab".to_owned(),
        ),
        SyntaxErrorKind::UnclosedString { .. } => (
            "a text in quotes is still open at the end of the file".to_owned(),
            "the file ends inside a text in quotes".to_owned(),
            "close every text in quotes with `\"`; a quote inside the text is written \\\"".to_owned(),
        ),
        SyntaxErrorKind::TooComplex => (
            "the file is too complex to read".to_owned(),
            "guidelint gave up here".to_owned(),
            "split the guideline into smaller files".to_owned(),
        ),
    }
}

/// The words for one thing the parser expected.
struct Phrase {
    /// Its place in the list (lower comes first).
    rank: u8,
    text: Cow<'static, str>,
    /// Whether the text lists examples with an "or" of its own (`a clause such as owner, …
    /// or rule`). Such phrases follow the plain ones, each after ", or ", so that no list reads
    /// "… or rule or `}`".
    examples: bool,
}

impl Phrase {
    fn plain(rank: u8, text: &'static str) -> Phrase {
        Phrase {
            rank,
            text: Cow::Borrowed(text),
            examples: false,
        }
    }

    fn examples(rank: u8, text: impl Into<Cow<'static, str>>) -> Phrase {
        Phrase {
            rank,
            text: text.into(),
            examples: true,
        }
    }
}

/// What was expected, in words: the plain phrases joined by "or" (`` `,`, `and` or `}` ``),
/// then each phrase with examples after ", or " (`, or a clause such as owner, … or rule`).
/// Empty when nothing can be said.
fn expected_list(expected: &[Expected], lang: Lang) -> String {
    let phrase = match lang {
        Lang::En => english_expected,
        Lang::De => german_expected,
    };
    // Inside a rule block, a statement, `because` or `consequence`: the statement has examples,
    // the two keywords are plain.
    let expanded = expected.iter().flat_map(|e| match e {
        Expected::RuleItem => vec![
            Expected::Statement,
            Expected::Keyword("because"),
            Expected::Keyword("consequence"),
        ],
        other => vec![*other],
    });
    let mut phrases: Vec<Phrase> = Vec::new();
    for p in expanded.map(phrase) {
        if !phrases.iter().any(|q| q.text == p.text) {
            phrases.push(p);
        }
    }
    phrases.sort_by_key(|p| p.rank);
    let (with_examples, plain): (Vec<Phrase>, Vec<Phrase>) =
        phrases.into_iter().partition(|p| p.examples);
    let plain: Vec<&str> = plain.iter().map(|p| p.text.as_ref()).collect();
    let with_examples: Vec<String> = with_examples
        .into_iter()
        .map(|p| p.text.into_owned())
        .collect();
    match lang {
        Lang::En => {
            let mut parts = Vec::new();
            if !plain.is_empty() {
                parts.push(lang.join_or(&plain));
            }
            parts.extend(with_examples);
            parts.join(", or ")
        }
        // German examples stand in brackets, so the phrases with examples form one list: after
        // a single plain phrase (`` `}`, eine Anweisung (z. B. …) oder … ``), or after a dash
        // when the plain phrases have an "oder" of their own (`` `,` oder `}` – oder … ``).
        Lang::De if plain.len() > 1 && !with_examples.is_empty() => {
            [lang.join_or(&plain), lang.join_or(&with_examples)].join(" – oder ")
        }
        Lang::De => {
            let all: Vec<String> = plain
                .iter()
                .map(|p| (*p).to_owned())
                .chain(with_examples)
                .collect();
            lang.join_or(&all)
        }
    }
}

/// Two terms of a kind for the message, three for the help (the terms of the language are the
/// same in every language).
fn term_examples(kind: TermKind) -> [&'static str; 3] {
    match kind {
        TermKind::Audience => ["employees", "interns", "managers"],
        TermKind::Department => ["hr", "pr", "customer-service"],
        TermKind::Platform => ["facebook", "linkedin", "any-platform"],
        TermKind::Action => ["access", "post", "share"],
        TermKind::Content => ["company-news", "photos", "opinions"],
        TermKind::Time => ["work-hours", "breaks", "free-time"],
        TermKind::Means => ["company-devices", "private-accounts", "company-network"],
        TermKind::MonitorTarget => ["brand-mentions", "competitors", "customer-feedback"],
        TermKind::Purpose => ["service", "marketing", "dialogue"],
        TermKind::Consequence => ["reminder", "warning", "training"],
        TermKind::Any => ["employees", "facebook", "work-hours"],
    }
}

/// A term of `kind` with examples, for the message: `a consequence such as reminder or
/// warning`, `eine Konsequenz wie reminder oder warning`.
fn term_phrase(kind: TermKind, lang: Lang) -> String {
    let noun = match (lang, kind) {
        (Lang::En, TermKind::Audience) => "an audience",
        (Lang::En, TermKind::Department) => "a department",
        (Lang::En, TermKind::Platform) => "a platform",
        (Lang::En, TermKind::Action) => "an action",
        (Lang::En, TermKind::Content) => "a topic",
        (Lang::En, TermKind::Time) => "a time",
        (Lang::En, TermKind::Means) => "a means",
        (Lang::En, TermKind::MonitorTarget) => "something to monitor",
        (Lang::En, TermKind::Purpose) => "a purpose",
        (Lang::En, TermKind::Consequence) => "a consequence",
        (Lang::En, TermKind::Any) => "a term",
        (Lang::De, TermKind::Audience) => "eine Zielgruppe",
        (Lang::De, TermKind::Department) => "eine Abteilung",
        (Lang::De, TermKind::Platform) => "eine Plattform",
        (Lang::De, TermKind::Action) => "eine Aktion",
        (Lang::De, TermKind::Content) => "ein Thema",
        (Lang::De, TermKind::Time) => "ein Zeitraum",
        (Lang::De, TermKind::Means) => "ein Mittel",
        (Lang::De, TermKind::MonitorTarget) => "ein Beobachtungsziel",
        (Lang::De, TermKind::Purpose) => "ein Zweck",
        (Lang::De, TermKind::Consequence) => "eine Konsequenz",
        (Lang::De, TermKind::Any) => "ein Begriff",
    };
    let [a, b, _] = term_examples(kind);
    match lang {
        Lang::En => format!("{noun} such as {}", lang.join_or(&[a, b])),
        // "Mittel" alone says little: what it stands for comes first in the bracket.
        Lang::De if matches!(kind, TermKind::Means) => {
            format!("{noun} (Gerät, Netz oder Konto, z. B. `{a}`, `{b}`)")
        }
        Lang::De => format!("{noun} (z. B. `{a}`, `{b}`)"),
    }
}

/// The help for a position that takes terms of `kind`: what to write there, with examples.
fn term_help(kind: TermKind, lang: Lang) -> String {
    let examples = lang.join_or_ticked(&term_examples(kind));
    match (lang, kind) {
        (Lang::En, TermKind::Action) => format!("write one action here, such as {examples}"),
        (Lang::En, TermKind::Any) => {
            format!("terms are words such as {examples}, separated by `,` or `and`")
        }
        (Lang::En, _) => {
            let what = match kind {
                TermKind::Audience => "who it applies to",
                TermKind::Department => "departments",
                TermKind::Platform => "platforms",
                TermKind::Content => "topics",
                TermKind::Time => "times",
                TermKind::Means => "devices, networks or accounts",
                TermKind::MonitorTarget => "what is monitored",
                TermKind::Purpose => "purposes",
                _ => "consequences",
            };
            format!("write {what} here, such as {examples}, separated by `,` or `and`")
        }
        (Lang::De, TermKind::Action) => {
            format!("Schreiben Sie hier eine Aktion wie {examples}")
        }
        (Lang::De, TermKind::Any) => {
            format!("Begriffe sind Wörter wie {examples}, getrennt durch `,` oder `and`")
        }
        (Lang::De, _) => {
            let what = match kind {
                TermKind::Audience => "Zielgruppen",
                TermKind::Department => "Abteilungen",
                TermKind::Platform => "Plattformen",
                TermKind::Content => "Themen",
                TermKind::Time => "Zeiträume",
                TermKind::Means => "Geräte, Netze oder Konten",
                TermKind::MonitorTarget => "Beobachtungsziele",
                TermKind::Purpose => "Zwecke",
                _ => "Konsequenzen",
            };
            format!("Schreiben Sie hier {what} wie {examples}, getrennt durch `,` oder `and`")
        }
    }
}

/// The phrase for what was expected (the ranks order the list).
fn english_expected(e: Expected) -> Phrase {
    match e {
        Expected::Statement | Expected::RuleItem => {
            Phrase::examples(0, "a statement such as allow, forbid or block")
        }
        Expected::Item => Phrase::examples(
            1,
            "a clause such as owner, audience, contact, goal, channel or rule",
        ),
        Expected::ChannelItem => Phrase::examples(
            1,
            "a channel clause such as purpose, respond within, staffed by or replies",
        ),
        Expected::Qualifier => {
            Phrase::examples(2, "a qualifier such as on, about, during or using")
        }
        Expected::Term(kind) => Phrase::examples(3, term_phrase(kind, Lang::En)),
        Expected::String => Phrase::plain(3, "text in double quotes"),
        Expected::Duration => Phrase::examples(3, "a duration such as 30min, 4h or 2d"),
        Expected::Keyword("to") => Phrase::plain(3, "`to`"),
        Expected::Keyword("and") => Phrase::plain(6, "`and`"),
        Expected::Keyword(k) => Phrase::plain(4, keyword_phrase(k).unwrap_or("a keyword")),
        Expected::Comma => Phrase::plain(5, "`,`"),
        Expected::OpenBrace => Phrase::plain(7, "`{`"),
        Expected::CloseBrace => Phrase::plain(8, "`}`"),
        Expected::ClosingQuote => Phrase::plain(8, "the closing `\"`"),
        Expected::EndOfFile => Phrase::plain(9, "the end of the file"),
    }
}

/// A keyword of the language in backticks (the same in every language).
fn keyword_phrase(k: &'static str) -> Option<&'static str> {
    Some(match k {
        "guideline" => "`guideline`",
        "version" => "`version`",
        "owner" => "`owner`",
        "audience" => "`audience`",
        "contact" => "`contact`",
        "goal" => "`goal`",
        "channel" => "`channel`",
        "purpose" => "`purpose`",
        "respond" => "`respond`",
        "within" => "`within`",
        "staffed" => "`staffed`",
        "by" => "`by`",
        "replies" => "`replies`",
        "on" => "`on`",
        "off" => "`off`",
        "rule" => "`rule`",
        "because" => "`because`",
        "consequence" => "`consequence`",
        "allow" => "`allow`",
        "only" => "`only`",
        "encourage" => "`encourage`",
        "require" => "`require`",
        "forbid" => "`forbid`",
        "block" => "`block`",
        "monitor" => "`monitor`",
        "to" => "`to`",
        "for" => "`for`",
        "except" => "`except`",
        "about" => "`about`",
        "during" => "`during`",
        "using" => "`using`",
        "with" => "`with`",
        "without" => "`without`",
        "approval" => "`approval`",
        "and" => "`and`",
        _ => return None,
    })
}

fn english_help(expected: &[Expected], found: &Found) -> String {
    let has = |e: Expected| expected.contains(&e);
    if has(Expected::Keyword("to")) {
        return "a statement reads `allow WHO to ACTION`, for example `allow employees to access facebook`".to_owned();
    }
    if has(Expected::Keyword("guideline")) {
        return "a guideline file starts with `guideline \"Name\" {` and ends with `}`".to_owned();
    }
    if has(Expected::EndOfFile) {
        return "a file holds one guideline; remove what follows its closing `}` or move it inside"
            .to_owned();
    }
    // What a block holds; a word that is no keyword is named as what is not understood (the
    // block may well be closed further down), the end of the file with the `}` it lacks.
    let block = |holds: &str| match not_understood(found) {
        Some(word) => format!("`{word}` is not understood here: {holds}"),
        None => format!("{holds}, then close it with `}}`"),
    };
    if has(Expected::Statement) || has(Expected::RuleItem) {
        return block(
            "inside a rule write statements such as `allow employees to access any-platform`",
        );
    }
    if has(Expected::Item) {
        return block(
            "inside a guideline write `owner`, `audience`, `contact`, `goal`, `channel` or `rule`",
        );
    }
    if has(Expected::ChannelItem) {
        return block("inside a channel write `purpose service`, `respond within 4h`, `staffed by customer-service` or `replies on`");
    }
    if has(Expected::Duration) {
        return "write a number directly followed by min, h or d, for example `respond within 4h`"
            .to_owned();
    }
    if let Some(kind) = term_kind(expected) {
        if let Found::Token(t) = found {
            if t.chars().next().is_some_and(|c| c.is_alphabetic()) {
                return format!("`{t}` is one of the language's own words and cannot stand here; `guidelint explain syntax-error` shows where each word goes");
            }
        }
        return term_help(kind, Lang::En);
    }
    if has(Expected::String) {
        return "write the text in double quotes, for example `\"Social media at Acme\"`"
            .to_owned();
    }
    "check the words around this place; `guidelint explain syntax-error` shows the grammar"
        .to_owned()
}

/// The kind of term expected, if a term was.
fn term_kind(expected: &[Expected]) -> Option<TermKind> {
    expected.iter().find_map(|e| match e {
        Expected::Term(kind) => Some(*kind),
        _ => None,
    })
}

fn german(error: &SyntaxError) -> (String, String, String) {
    match &error.kind {
        SyntaxErrorKind::Expected { expected, found } => {
            let words = expected_list(expected, Lang::De);
            let found_words = match found {
                Found::EndOfFile => "das Ende der Datei".to_owned(),
                Found::Token(t) => match OddCharacter::starting(t) {
                    Some(odd) => odd.german(),
                    None => format!("`{}`", printable(&shorten(t))),
                },
            };
            let message = if words.is_empty() {
                format!("Unerwartet an dieser Stelle: {found_words}")
            } else {
                match found {
                    Found::EndOfFile => format!("Hier endet die Datei, erwartet wurde aber {words}"),
                    Found::Token(_) => format!("Hier steht {found_words}, erwartet wurde aber {words}"),
                }
            };
            let label = match found {
                Found::EndOfFile => "hier endet die Datei".to_owned(),
                Found::Token(_) => "hier nicht erwartet".to_owned(),
            };
            (message, label, german_help(expected, found))
        }
        SyntaxErrorKind::Repeated { clause, scope } => {
            let place = match scope {
                Scope::Guideline => "in einer Richtlinie",
                Scope::Channel => "in einem Kanal",
                Scope::RuleBlock => "in einem Regelblock",
                Scope::Statement => "in einer Anweisung",
            };
            let help = match (scope, qualifier_example(clause)) {
                (Scope::Statement, Some(example)) => format!(
                    "Fassen Sie beide Listen in einem `{clause}`-Zusatz zusammen, zum Beispiel `{example}`"
                ),
                (Scope::RuleBlock, _) if *clause == "because" => {
                    "Fassen Sie alle Begründungen in einem `because \"…\"` zusammen".to_owned()
                }
                (Scope::RuleBlock, _) => "Nennen Sie alle Konsequenzen in einer `consequence`-Angabe, zum Beispiel `consequence reminder, training`".to_owned(),
                _ => format!("Behalten Sie eine `{clause}`-Angabe und entfernen Sie die andere"),
            };
            (
                format!("`{clause}` steht hier ein zweites Mal; es darf {place} nur einmal vorkommen"),
                format!("zweites `{clause}`"),
                help,
            )
        }
        SyntaxErrorKind::SecondApproval { first, second } if first == second => (
            format!("Ein zweites `{second}`; eine Anweisung hat nur einen Freigabe-Zusatz"),
            "zweiter Freigabe-Zusatz".to_owned(),
            format!(
                "Fassen Sie beide Listen in einem Freigabe-Zusatz zusammen, zum Beispiel \
                 `{second} by pr, legal`"
            ),
        ),
        SyntaxErrorKind::SecondApproval { first, second } => (
            format!(
                "Ein zweiter Freigabe-Zusatz: `{second}` nach `{first}`; eine Anweisung hat nur \
                 einen"
            ),
            "zweiter Freigabe-Zusatz".to_owned(),
            "Behalten Sie einen Freigabe-Zusatz und entfernen Sie den anderen: Eine Anweisung \
             braucht eine Freigabe oder nicht"
                .to_owned(),
        ),
        SyntaxErrorKind::ExceptAfterAllowOnly { rewrite } => {
            let (statement, who) = rewrite
                .as_ref()
                .map_or(("allow only pr to speak-for-company", "pr"), |r| {
                    (r.statement.as_str(), r.who.as_str())
                });
            (
                "`allow only` kann keine `except`-Liste haben".to_owned(),
                "`except` nach `allow only`".to_owned(),
                format!(
                    "`{statement}` bedeutet bereits, dass alle außer {who} das nicht dürfen; \
                     entfernen Sie die `except`-Liste oder schreiben Sie ein `allow` und ein \
                     eigenes `forbid … except …`"
                ),
            )
        }
        SyntaxErrorKind::InvalidEscape { escape } if escape == "\\" => (
            "Ein `\\` am Zeilenende ist in einem Text nicht erlaubt: Nach einem `\\` darf nur \
             `\"`, `\\`, `n` oder `t` stehen"
                .to_owned(),
            "hier nicht erlaubt".to_owned(),
            "Löschen Sie den `\\`: Ein Text darf einfach in der nächsten Zeile weitergehen; in einem Text schreiben Sie \\\" für ein Anführungszeichen, \\\\ für einen Backslash, \\n für einen Zeilenumbruch und \\t für einen Tabulator".to_owned(),
        ),
        SyntaxErrorKind::InvalidEscape { escape } => (
            format!(
                "`{}` ist in einem Text nicht erlaubt: Nach einem `\\` darf nur `\"`, `\\`, \
                 `n` oder `t` stehen",
                printable(escape)
            ),
            "hier nicht erlaubt".to_owned(),
            "In einem Text schreiben Sie \\\" für ein Anführungszeichen, \\\\ für einen Backslash, \\n für einen Zeilenumbruch und \\t für einen Tabulator".to_owned(),
        ),
        SyntaxErrorKind::UnclosedString { .. } => (
            "Am Ende der Datei ist ein Text noch nicht geschlossen".to_owned(),
            "die Datei endet mitten in einem Text".to_owned(),
            "Schließen Sie jeden Text mit `\"`; ein Anführungszeichen innerhalb eines Textes schreiben Sie als \\\"".to_owned(),
        ),
        SyntaxErrorKind::TooComplex => (
            "Die Datei ist zu komplex, um sie zu lesen".to_owned(),
            "hier hat guidelint aufgegeben".to_owned(),
            "Teilen Sie die Richtlinie auf kleinere Dateien auf".to_owned(),
        ),
    }
}

/// The German phrase for what was expected (the ranks match [`english_expected`]).
fn german_expected(e: Expected) -> Phrase {
    match e {
        Expected::Statement | Expected::RuleItem => {
            Phrase::examples(0, "eine Anweisung (z. B. `allow`, `forbid`, `block`)")
        }
        Expected::Item => Phrase::examples(
            1,
            "eine Angabe (z. B. `owner`, `audience`, `contact`, `goal`, `channel`, `rule`)",
        ),
        Expected::ChannelItem => Phrase::examples(
            1,
            "eine Kanal-Angabe (z. B. `purpose`, `respond within`, `staffed by`, `replies`)",
        ),
        Expected::Qualifier => {
            Phrase::examples(2, "ein Zusatz (z. B. `on`, `about`, `during`, `using`)")
        }
        Expected::Term(kind) => Phrase::examples(3, term_phrase(kind, Lang::De)),
        Expected::String => Phrase::plain(3, "ein Text in doppelten Anführungszeichen"),
        Expected::Duration => Phrase::examples(3, "eine Dauer (z. B. `30min`, `4h`, `2d`)"),
        Expected::Keyword("to") => Phrase::plain(3, "`to`"),
        Expected::Keyword("and") => Phrase::plain(6, "`and`"),
        Expected::Keyword(k) => Phrase::plain(4, keyword_phrase(k).unwrap_or("ein Schlüsselwort")),
        Expected::Comma => Phrase::plain(5, "`,`"),
        Expected::OpenBrace => Phrase::plain(7, "`{`"),
        Expected::CloseBrace => Phrase::plain(8, "`}`"),
        Expected::ClosingQuote => Phrase::plain(8, "das schließende `\"`"),
        Expected::EndOfFile => Phrase::plain(9, "das Ende der Datei"),
    }
}

fn german_help(expected: &[Expected], found: &Found) -> String {
    let has = |e: Expected| expected.contains(&e);
    if has(Expected::Keyword("to")) {
        return "Eine Anweisung lautet `allow ZIELGRUPPE to AKTION`, zum Beispiel `allow employees to access facebook`".to_owned();
    }
    if has(Expected::Keyword("guideline")) {
        return "Eine Richtliniendatei beginnt mit `guideline \"Name\" {` und endet mit `}`"
            .to_owned();
    }
    if has(Expected::EndOfFile) {
        return "Eine Datei enthält genau eine Richtlinie; entfernen Sie, was nach ihrer schließenden `}` folgt, oder verschieben Sie es hinein"
            .to_owned();
    }
    let block = |holds: &str, close: &str| match not_understood(found) {
        Some(word) => format!("`{word}` wird hier nicht verstanden: {holds}"),
        None => format!("{holds} und schließen Sie {close} mit `}}`"),
    };
    if has(Expected::Statement) || has(Expected::RuleItem) {
        return block(
            "Schreiben Sie in eine Regel Anweisungen wie `allow employees to access any-platform`",
            "den Regelblock",
        );
    }
    if has(Expected::Item) {
        return block("Schreiben Sie in eine Richtlinie `owner`, `audience`, `contact`, `goal`, `channel` oder `rule`", "die Richtlinie");
    }
    if has(Expected::ChannelItem) {
        return block("Schreiben Sie in einen Kanal `purpose service`, `respond within 4h`, `staffed by customer-service` oder `replies on`", "ihn");
    }
    if has(Expected::Duration) {
        return "Schreiben Sie eine Zahl, direkt gefolgt von min (Minuten), h (Stunden) oder d (Tage), zum Beispiel `respond within 4h`"
            .to_owned();
    }
    if let Some(kind) = term_kind(expected) {
        if let Found::Token(t) = found {
            if t.chars().next().is_some_and(|c| c.is_alphabetic()) {
                return format!("`{t}` ist ein Wort der Sprache selbst und kann hier nicht stehen; `guidelint explain syntax-error` zeigt, wo welches Wort steht");
            }
        }
        return term_help(kind, Lang::De);
    }
    if has(Expected::String) {
        return "Schreiben Sie den Text in doppelten Anführungszeichen, zum Beispiel `\"Social Media bei der Beispiel AG\"`"
            .to_owned();
    }
    "Prüfen Sie die Wörter rund um diese Stelle; `guidelint explain syntax-error` zeigt die Grammatik"
        .to_owned()
}

/// The token found, shortened, when it is no keyword of the language: what the help names as
/// not understood.
fn not_understood(found: &Found) -> Option<String> {
    // A keyword that starts no clause (`except`, `only`, `on`) is a word out of place too; one
    // that starts a clause may mean that the block before it is still open.
    const INNER: &[&str] = &[
        "except", "only", "to", "for", "on", "about", "during", "using", "with", "without",
        "approval", "and", "by", "within", "off",
    ];
    match found {
        Found::Token(t)
            if !t.trim().is_empty()
                && (!crate::syntax::is_keyword(t)
                    || INNER.iter().any(|k| t.eq_ignore_ascii_case(k))) =>
        {
            Some(shorten(t))
        }
        _ => None,
    }
}

fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() > MAX || first_line.len() < text.len() {
        let cut: String = first_line.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        first_line.to_owned()
    }
}

/// A qualifier with two terms, as the help for a repeated one shows it joined (`None` for a
/// clause that is no such qualifier).
fn qualifier_example(clause: &str) -> Option<&'static str> {
    match clause {
        "on" => Some("on facebook, twitter"),
        "about" => Some("about employer, company-news"),
        "during" => Some("during breaks, free-time"),
        "using" => Some("using company-devices, company-network"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    /// The finding with the built-in vocabulary.
    fn finding(error: &SyntaxError, source: &str, lang: Lang) -> Finding {
        super::finding(error, source, &Vocabulary::builtin(), lang)
    }

    /// The help for a rule body `statement` (English), and whether the German one has `de`.
    fn statement_help(statement: &str, de: &str) -> String {
        let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n    {statement}\n  }}\n}}\n");
        let err = parse(&src).expect_err("syntax error");
        let german = finding(&err, &src, Lang::De).help.unwrap();
        assert!(german.contains(de), "{statement}: {german}");
        finding(&err, &src, Lang::En).help.unwrap().into_owned()
    }

    /// People excepted after the objects are excepted after whom the statement is for (left
    /// out, the ban covered them too); a word after `except` in a list of platforms that is no
    /// platform (`lunch`) is never dropped, and the general help names `except` (it said to
    /// close the block). Found by a second blind review.
    #[test]
    fn exceptions_after_the_objects_keep_the_meaning() {
        let help = statement_help(
            "forbid employees to post about company-news except marketing and pr",
            "Eine Ausnahme von Personen steht nach der Zielgruppe",
        );
        assert_eq!(
            help,
            "an exception of people follows whom the statement is for: write `forbid employees \
             except marketing and pr to post about company-news` for `forbid employees to post \
             about company-news except marketing and pr`"
        );
        let help = statement_help("forbid employees to access facebook except lunch", "");
        assert!(
            !help.contains("write `access facebook`")
                && help.starts_with("`except` is not understood here"),
            "{help}"
        );
    }

    /// `only` where the language cannot say it: after `forbid`, `require` or `encourage` the
    /// keyword alone (the old help spoke of `allow`, which turned a ban into a permission);
    /// in an `allow` before or after a time or a means, the ban and the permission it means
    /// (dropping `only` lost the ban). Found by a second blind review.
    #[test]
    fn only_elsewhere_keeps_its_ban() {
        let help = statement_help(
            "forbid only interns to post photos",
            "Schreiben Sie `forbid` statt `forbid only`",
        );
        assert!(help.ends_with("write `forbid` for `forbid only`"), "{help}");
        for (statement, written, forbid, allow) in [
            (
                "allow employees to access facebook only during breaks",
                "only during breaks",
                "forbid employees to access facebook",
                "allow employees to access facebook during breaks",
            ),
            (
                "allow employees to access facebook during breaks only",
                "during breaks only",
                "forbid employees to access facebook",
                "allow employees to access facebook during breaks",
            ),
            (
                "allow employees to post only using private-devices",
                "only using private-devices",
                "forbid employees to post",
                "allow employees to post using private-devices",
            ),
        ] {
            let help = statement_help(statement, &format!("`{forbid}` und `{allow}`"));
            assert_eq!(
                help,
                format!(
                    "`{written}` allows it then and forbids it otherwise, which is two \
                     statements: write `{forbid}` and `{allow}`"
                )
            );
        }
    }

    /// `except during …`/`except using …` in a ban is the ban and a permission of its own (a
    /// second blind review: the helps for `block … for employees except breaks` and `… except
    /// during breaks` sent the writer to each other).
    #[test]
    fn an_exception_of_a_time_in_a_ban_is_a_permission_of_its_own() {
        for (statement, ban, allow) in [
            (
                "block facebook for employees except during breaks",
                "block facebook for employees",
                "allow employees to access facebook during breaks",
            ),
            (
                "forbid employees to access facebook except during breaks",
                "forbid employees to access facebook",
                "allow employees to access facebook during breaks",
            ),
            (
                "block facebook except during breaks",
                "block facebook",
                "allow everyone to access facebook during breaks",
            ),
            (
                "forbid employees to post about company-news except using private-accounts",
                "forbid employees to post about company-news",
                "allow employees to post about company-news using private-accounts",
            ),
        ] {
            let help = statement_help(statement, &format!("`{ban}` und `{allow}`"));
            assert!(
                help.ends_with(&format!("write `{ban}` and `{allow}`")),
                "{statement}: {help}"
            );
            // Pasted, the two statements read and do not conflict.
            let src =
                format!("guideline \"g\" {{\n  rule \"r\" {{\n    {ban}\n    {allow}\n  }}\n}}\n");
            let report =
                crate::check_source("p.guideline", &src, &crate::config::Config::default());
            assert!(
                report
                    .findings
                    .iter()
                    .all(|f| f.rule != "syntax-error" && f.rule != "conflicting-rules"),
                "{src}"
            );
        }
    }

    /// `and/or` in a list is `and`; a purpose with a word before it is the purpose (a blind
    /// review: `customer service` after `purpose` is no purpose, `customer-service` the
    /// department).
    #[test]
    fn and_or_and_a_purpose_in_words() {
        let help = statement_help("block facebook and/or tiktok", "`and` statt `and/or`");
        assert_eq!(
            help,
            "a list is written with `,` and `and`, never with `or`: write `and` for `and/or`"
        );
        for (purpose, written, meant) in [
            ("customer service", "customer service", "service"),
            ("marketing, customer support", "customer support", "support"),
        ] {
            let src = format!(
                "guideline \"X\" {{\n  channel twitter \"@x\" {{\n    purpose {purpose}\n  }}\n}}\n"
            );
            let help = file_help(&src, &format!("`{meant}` statt `{written}`"));
            assert_eq!(help, format!("write `{meant}` for `{written}`"));
        }
    }

    /// A time said in words after a statement is its `during` (a blind review: `in their free
    /// time`, `at work`, `outside working hours`, `nach Feierabend` got "`in` is not
    /// understood").
    #[test]
    fn a_time_in_words_after_a_statement_is_its_during() {
        for (statement, written, meant) in [
            (
                "allow employees to post in their free time",
                "in their free time",
                "during free-time",
            ),
            (
                "forbid employees to access tiktok at work",
                "at work",
                "during work-hours",
            ),
            (
                "allow employees to access facebook outside working hours",
                "outside working hours",
                "during free-time",
            ),
            (
                "allow employees to post nach Feierabend",
                "nach Feierabend",
                "during free-time",
            ),
            (
                "forbid employees to post at work on facebook",
                "at work",
                "during work-hours",
            ),
            // Outside work is free time, not work (a second blind review).
            (
                "allow employees to post outside work-hours",
                "outside work-hours",
                "during free-time",
            ),
            (
                "forbid employees to post außerhalb der Arbeitszeit",
                "außerhalb der Arbeitszeit",
                "during free-time",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert!(
                help.ends_with(&format!("write `{meant}` for `{written}`")),
                "{statement}: {help}"
            );
        }
        // A phrase that is no time is no term of one's own either, and outside another time
        // is no time of the language.
        for statement in [
            "allow employees to post in public",
            "forbid employees to post outside breaks",
        ] {
            let help = statement_help(statement, "");
            assert!(
                !help.contains("in-public")
                    && !help.contains("outside-breaks")
                    && !help.contains("during breaks"),
                "{help}"
            );
        }
    }

    /// `on behalf of` the organisation named by its kind (`the hospital`) speaks for it; a
    /// sentence starting with `Only` is read (it got "close the block with `}`").
    #[test]
    fn speaking_on_behalf_of_the_organisation_by_its_kind() {
        for (sentence, meant) in [
            (
                "Only PR may speak on behalf of the hospital.",
                "allow only pr to speak-for-company",
            ),
            (
                "Employees must not speak on behalf of the bank.",
                "forbid employees to speak-for-company",
            ),
        ] {
            let help = statement_help(sentence, &format!("`{meant}`"));
            assert!(help.contains(&format!("write `{meant}` for")), "{help}");
        }
        let help = statement_help("Only PR may speak on behalf of patients.", "Diesen Satz");
        assert!(
            help.starts_with("guidelint cannot read this sentence"),
            "{help}"
        );
    }

    /// A possessive says what it owns with one term: the organisation's own is the term
    /// (`trade-secrets`), people's own devices or accounts are theirs, a possessor that joins
    /// into a term stays in it, anything else is a term of one's own, never the words alone
    /// (a blind review: `employees’` was told to be a `"`, `competitors' products` got
    /// nothing useful, `the company trade secrets` became a ban of `company, trade-secrets`).
    #[test]
    fn a_possessive_is_one_term() {
        for (statement, written, meant, own) in [
            (
                "forbid employees to disclose the company's trade secrets",
                "the company's trade secrets",
                "trade-secrets",
                false,
            ),
            (
                "forbid employees to share the company\u{2019}s internal matters",
                "the company\u{2019}s internal matters",
                "internal-matters",
                false,
            ),
            (
                "monitor employees' private accounts",
                "employees' private accounts",
                "private-accounts",
                false,
            ),
            (
                "monitor employees\u{2019} private accounts",
                "employees\u{2019} private accounts",
                "private-accounts",
                false,
            ),
            (
                "forbid employees to share our customers' data",
                "our customers' data",
                "customer-data",
                false,
            ),
            (
                "forbid employees to post about competitors' products",
                "competitors' products",
                "competitors-products",
                true,
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            let mut expected =
                format!("the language has no possessive `'s`: write `{meant}` for `{written}`");
            if own {
                expected.push_str(
                    " and add it to `contents:` in the `vocabulary:` section of `.guidelint.yaml`",
                );
            }
            assert_eq!(help, expected, "{statement}");
        }
        for (statement, written) in [
            (
                "forbid employees to disclose the company trade secrets",
                "the company trade secrets",
            ),
            (
                "forbid employees to disclose company trade-secrets",
                "company trade-secrets",
            ),
        ] {
            let help = statement_help(statement, &format!("`trade-secrets` statt `{written}`"));
            assert_eq!(
                help,
                format!(
                    "a term means the organisation's own already: write `trade-secrets` for \
                     `{written}`"
                )
            );
        }
        // The company's photos, products or opinions are a term of one's own: `photos` alone
        // would ban every photo, `company, photos` the company too (a second blind review).
        for (statement, written) in [
            ("forbid employees to post company photos", "company photos"),
            (
                "forbid employees to post the company products",
                "company products",
            ),
        ] {
            let joined = written.replace(' ', "-");
            let help = statement_help(statement, &format!("`{joined}` statt `{written}`"));
            assert!(
                help.contains(&format!("write `{joined}` for `{written}` and add it")),
                "{help}"
            );
        }
        let help = statement_help("forbid employees to post the company's photos", "");
        assert!(
            help.starts_with(
                "the language has no possessive `'s`: write `company-photos` for `the company's photos`"
            ),
            "{help}"
        );
        // The company alone, or a term of the company's name, is no owner.
        let help = statement_help("forbid employees to post about company news", "");
        assert!(
            help.contains("write `company-news` for `company news`"),
            "{help}"
        );
    }

    /// A second text after a clause that takes one, and `because` or `consequence` after the
    /// rule block's `}`, are told as what they are.
    #[test]
    fn a_second_text_and_a_reason_outside_its_rule_are_told() {
        let guideline = |item: &str| format!("guideline \"X\" {{\n  {item}\n}}\n");
        for (item, help, de) in [
            (
                "goal \"Be open\" \"Be helpful\"",
                "`goal` takes one text in quotes: for a second one, write `goal` again before \
                 it, best on a line of its own",
                "schreiben Sie `goal` noch einmal davor",
            ),
            (
                "goal \"Wir sagen \\\"Hallo\\\"\" \"x\"",
                "`goal` takes one text in quotes: for a second one, write `goal` again before \
                 it, best on a line of its own",
                "Klausel `goal` nimmt einen Text",
            ),
            (
                "version \"1\" \"2\"",
                "`version` takes one text in quotes, once: join the two texts into one",
                "Fassen Sie die beiden Texte zu einem zusammen",
            ),
            (
                "rule \"x\" { because \"a\" \"b\" }",
                "`because` takes one text in quotes, once: join the two texts into one",
                "Klausel `because` nimmt einen Text",
            ),
            (
                "rule \"x\" { block facebook } because \"y\"",
                "`because` belongs to a rule: write it inside the rule block, before the `}` \
                 that closes it",
                "vor die `}`, die ihn schließt",
            ),
            (
                "rule \"x\" {\n    block facebook\n  }\n  Consequence warning",
                "`Consequence` belongs to a rule: write it inside the rule block, before the \
                 `}` that closes it",
                "Klausel `Consequence` gehört zu einer Regel",
            ),
        ] {
            assert_eq!(file_help(&guideline(item), de), help, "{item}");
        }
    }

    /// `photos of colleagues` is one term of the organisation's own, not `photos` (which would
    /// say more) nor `of` "not understood".
    #[test]
    fn a_topic_of_something_is_one_term() {
        for (statement, written, joined) in [
            (
                "forbid employees to post photos of colleagues without consent",
                "photos of colleagues",
                "photos-of-colleagues",
            ),
            (
                "forbid employees to post about Fotos von Patienten",
                "Fotos von Patienten",
                "fotos-von-patienten",
            ),
            // An article after `of` is no part of the term; a German genitive keeps its own.
            (
                "forbid employees to post photos of our patients.",
                "photos of our patients",
                "photos-of-patients",
            ),
            (
                "forbid employees to post Fotos der Patienten",
                "Fotos der Patienten",
                "fotos-der-patienten",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!("Schreiben Sie `{joined}` statt `{written}` und tragen Sie"),
            );
            // The term of one's own first; a known one only where it means the same (`photos`
            // alone would ban more, a blind review).
            assert!(
                help.contains(&format!(
                    "write `{joined}` for `{written}` and add it to `contents:`"
                )) && help.ends_with("only if it means the same"),
                "{help}"
            );
        }
        // Only topics: a platform is not joined with what follows `of`.
        let help = statement_help("block facebook of course", "");
        assert!(!help.contains("facebook-of-course"), "{help}");
    }

    /// A condition in a statement: a qualifier where one says it; left out of a permission (with
    /// the comma before it); never left out of a ban or a duty, which it would widen (a blind
    /// review: `forbid … photos when they are on duty` became a ban at all times).
    #[test]
    fn a_condition_in_a_statement_is_said_without_widening_a_ban() {
        for (statement, written, meant) in [
            (
                "forbid employees to post photos when they are on duty",
                "when they are on duty",
                "during work-hours",
            ),
            (
                "forbid employees to post photos while at work",
                "while at work",
                "during work-hours",
            ),
            (
                "forbid employees to post photos when using company devices",
                "when using company devices",
                "using company-devices",
            ),
            (
                "forbid employees to post photos wenn sie im Dienst sind",
                "wenn sie im Dienst sind",
                "during work-hours",
            ),
            (
                "allow employees to post photos when they are off duty",
                "when they are off duty",
                "during free-time",
            ),
            (
                "require employees to disclose affiliation when they post about the company",
                "when they post about the company",
                "about employer",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert_eq!(
                help,
                format!(
                    "a statement cannot say `if` or `when`, but a qualifier says this \
                     condition: write `{meant}` for `{written}`"
                ),
                "{statement}"
            );
        }
        for (statement, written) in [
            (
                "allow employees to post about employer, if they disclose affiliation",
                ", if they disclose affiliation",
            ),
            (
                "allow employees to post about employer when they are happy.",
                "when they are happy",
            ),
        ] {
            let help = statement_help(statement, &format!("ohne `{written}` (die Erlaubnis"));
            assert!(
                help.starts_with(&format!(
                    "a statement cannot say when it applies: write it without `{written}` (the \
                     permission then holds always)"
                )),
                "{help}"
            );
        }
        for (statement, written) in [
            (
                "forbid employees to disclose customer-data, sofern keine Einwilligung vorliegt",
                ", sofern keine Einwilligung vorliegt",
            ),
            (
                "require employees to disclose affiliation when they post about the newspaper",
                "when they post about the newspaper",
            ),
            ("allow only pr to post when needed", "when needed"),
            // A negated condition is the opposite of its qualifier (a second blind review:
            // `unless on a break` became `during breaks`).
            (
                "forbid employees to post photos unless on a break",
                "unless on a break",
            ),
            (
                "forbid employees to post photos wenn sie nicht im Dienst sind",
                "wenn sie nicht im Dienst sind",
            ),
            (
                "forbid employees to post photos when they aren't at work",
                "when they aren't at work",
            ),
        ] {
            let help = statement_help(statement, &format!("ohne `{written}` gälte die Regel"));
            assert!(
                help.starts_with(&format!(
                    "a statement cannot say when it applies, and without `{written}` the rule \
                     would hold always"
                )) && !help.contains("write it without"),
                "{help}"
            );
        }
        // An approval said as a condition keeps its own help.
        let help = statement_help("forbid employees to post unless approved by pr", "");
        assert!(help.contains("`without approval by pr`"), "{help}");
    }

    /// A sentence no reader of sentences turns into statements gets a help that says so and
    /// where the sentence can stay (the rule's `because`), not "`Staff` is not understood".
    #[test]
    fn a_sentence_that_cannot_be_read_is_told_as_one() {
        for sentence in [
            "Staff must always be polite and respectful online.",
            "Do not post about competitors' products.",
            "Do not post photos of colleagues.",
            "Wer sich öffentlich äußert, muss die Zugehörigkeit offenlegen.",
            "Die Profile der Mitarbeiter werden regelmäßig überprüft.",
            "Mitarbeiter dürfen keine Fotos auf Baustellen machen",
            // A ban of private use is no ban of all use (a blind review).
            "Die private Nutzung von Facebook ist während der Arbeitszeit nicht gestattet.",
            "Mitarbeiter dürfen während der Arbeitszeit nicht privat posten.",
        ] {
            let help = statement_help(sentence, "Diesen Satz kann guidelint nicht als Anweisung");
            assert!(
                help.starts_with("guidelint cannot read this sentence as a statement")
                    && help.contains("because \"…\""),
                "{sentence}: {help}"
            );
        }
        // On the line of the rule's header too.
        let help = file_help(
            "guideline \"g\" {\n  rule \"r\" { Staff must be polite online. }\n}\n",
            "Diesen Satz",
        );
        assert!(
            help.starts_with("guidelint cannot read this sentence"),
            "{help}"
        );
        // A statement without its keyword is told to put one first.
        for (statement, written) in [
            (
                "employees to post about politics",
                "employees to post about politics",
            ),
            (
                "PR and marketing to speak-for-company # who speaks",
                "PR and marketing to speak-for-company",
            ),
            (
                "employees except interns to share photos",
                "employees except interns to share photos",
            ),
        ] {
            let help = statement_help(statement, &format!("vor `{written}`"));
            assert_eq!(
                help,
                format!(
                    "a statement names what it does first: write `allow`, `encourage`, \
                     `require` or `forbid` before `{written}`"
                )
            );
        }
        // Not a mistyped keyword, a statement without its keyword, or a few words.
        for statement in [
            "forbd employees to post",
            "employees to post about politics",
            "be nice",
            "forbid employees to disclose customer-data secrets.",
            "except to Employees",
        ] {
            let help = statement_help(statement, "");
            assert!(!help.contains("this sentence"), "{statement}: {help}");
        }
    }

    /// Sentence habits get the language's way to say them: `or` in a list, articles,
    /// prepositions before a term, an approval without `with`/`without` or without `by`.
    #[test]
    fn sentence_habits_are_translated() {
        let help = statement_help(
            "forbid employees to post on facebook, instagram or tiktok",
            "`and` statt `or`",
        );
        assert!(help.contains("write `and` for `or`"), "{help}");
        // `or` where no list goes on keeps the usual help.
        let help = statement_help("or forbid employees to post", "");
        assert!(!help.contains("write `and`"), "{help}");

        for (statement, written, meant) in [
            (
                "allow the employees to access facebook",
                "allow the employees",
                "allow employees",
            ),
            (
                "forbid employees to post about our products",
                "about our products",
                "about products",
            ),
            (
                "forbid Die employees to post",
                "forbid Die employees",
                "forbid employees",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert!(
                help.contains(&format!("write `{meant}` for `{written}`")),
                "{help}"
            );
        }

        for (statement, written, meant) in [
            (
                "allow employees to access facebook in breaks",
                "in breaks",
                "during breaks",
            ),
            (
                "allow employees to post via company-devices",
                "via company-devices",
                "using company-devices",
            ),
            (
                "allow employees to post with company-devices",
                "with company-devices",
                "using company-devices",
            ),
            (
                "forbid employees to post at work-hours",
                "at work-hours",
                "during work-hours",
            ),
            (
                "forbid employees to post regarding financial-results",
                "regarding financial-results",
                "about financial-results",
            ),
            (
                "forbid employees to post in facebook, twitter",
                "in facebook",
                "on facebook",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert!(
                help.contains(&format!("write `{meant}` for `{written}`")),
                "{help}"
            );
        }
        // A preposition before a word that is no term, or a word that is no preposition.
        for statement in [
            "forbid employees to post photos in the canteen",
            "forbid employees to post beside facebook",
        ] {
            let help = statement_help(statement, "");
            assert!(!help.contains("a statement names a time"), "{help}");
        }

        for (statement, written) in [
            (
                "forbid employees to post without approval",
                "without approval",
            ),
            ("allow employees to post With Approval", "With Approval"),
        ] {
            let help = statement_help(statement, &format!("`{written} by pr`"));
            assert!(
                help.contains(&format!("write `by` and a department after `{written}`")),
                "{help}"
            );
        }
        for statement in [
            "require employees to get approval",
            "forbid employees to post approval by pr",
        ] {
            let help = statement_help(statement, "`without approval by pr`");
            assert!(help.starts_with("an approval is a qualifier"), "{help}");
        }
        // Its example is a statement the other rules do not flag (a `post` without topics
        // under approval was a pre-approval warning; edit 16, item 8).
        let help = statement_help(
            "require employees to get approval",
            "`forbid employees to post about product-plans without approval by pr`",
        );
        let example = help.rsplit("e.g. `").next().unwrap().trim_end_matches('`');
        assert_eq!(
            example,
            "forbid employees to post about product-plans without approval by pr"
        );
        let src = format!(
            "guideline \"g\" {{\n  owner hr, sales\n  contact \"a@b.c\"\n  goal \"g\"\n  \
             channel twitter \"@acme_help\" {{ purpose service respond within 4h staffed by \
             customer-service }}\n  rule \"r\" {{\n    {example}\n    because \"x\"\n  }}\n}}\n"
        );
        let findings = crate::rules::testing::lint(&src);
        assert!(findings.is_empty(), "{findings:?}");
    }

    /// The help for a whole file `src` in English, and whether the German one has `de`.
    fn file_help(src: &str, de: &str) -> String {
        let err = parse(src).expect_err("syntax error");
        let german = finding(&err, src, Lang::De).help.unwrap();
        assert!(german.contains(de), "{src}: {german}");
        finding(&err, src, Lang::En).help.unwrap().into_owned()
    }

    /// Text without quotes, durations in words, punctuation, and statements written as
    /// sentences get the user's own words back as the language writes them.
    #[test]
    fn sentences_are_rewritten_in_the_language() {
        for (src, quoted, written) in [
            ("guideline \"X\" {\n  goal Be helpful\n}\n", "\"Be helpful\"", "Be helpful"),
            ("guideline Social Media {\n}\n", "\"Social Media\" {", "Social Media {"),
            ("guideline \"X\" {\n  rule Access {\n  }\n}\n", "\"Access\" {", "Access {"),
            (
                "guideline \"X\" {\n  rule \"A\" {\n    forbid everyone to post\n    because Customer data is ours\n  }\n}\n",
                "\"Customer data is ours\"",
                "Customer data is ours",
            ),
        ] {
            let help = file_help(src, &format!("`{quoted}` statt `{written}`"));
            assert_eq!(help, format!("write the text in double quotes: `{quoted}` for `{written}`"));
        }
        // Only the words up to a brace are the text: the block after it stays as it is
        // (edit 16, item 3).
        let src = "guideline \"X\" {\n  rule Access { allow employees to post }\n}\n";
        let help = file_help(src, "`\"Access\" {` statt `Access {`");
        assert_eq!(
            help,
            "write the text in double quotes: `\"Access\" {` for `Access {`"
        );
        let repaired = "guideline \"X\" {\n  rule \"Access\" { allow employees to post }\n}\n";
        assert!(parse(repaired).is_ok());
        let src =
            "guideline \"X\" {\n  rule \"A\" {\n    forbid everyone to post\n    because }\n}\n";
        let help = file_help(src, "Nach `because` steht die Begründung");
        assert_eq!(
            help,
            "`because` needs the reason in double quotes after it: what the rule protects or \
             prevents, in one sentence"
        );
        let help = file_help("guideline \"X\" {\n  goal }\n", "Nach `goal`");
        assert!(help.starts_with("`goal` needs its text"), "{help}");
        // A channel header with the account name where the platform goes (edit 16, item 10).
        let src = "guideline \"X\" {\n  channel \"Twitter\" { replies on }\n}\n";
        let help = file_help(
            src,
            "`channel twitter \"Twitter\"` statt `channel \"Twitter\"`",
        );
        assert_eq!(
            help,
            "a channel starts with its platform, then the account name in quotes: write \
             `channel twitter \"Twitter\"` for `channel \"Twitter\"`"
        );
        assert!(
            parse("guideline \"X\" {\n  channel twitter \"Twitter\" { replies on }\n}\n").is_ok()
        );
        let src = "guideline \"X\" {\n  channel \"Acme Help\" {\n  }\n}\n";
        let help = file_help(src, "wie in `channel twitter");
        assert!(
            help.ends_with("as in `channel twitter \"@acme_help\"`"),
            "{help}"
        );
        // Mistakes of lists and headers get a help of their own, and what it suggests reads
        // (edit 16, item 11).
        for (src, help, de, fixed) in [
            (
                "guideline \"X\" {\n  owner hr and sales and it\n}\n",
                "a list takes `and` only before its last item: write `hr, sales and it` for `hr and sales and it`",
                "`hr, sales and it` statt `hr and sales and it`",
                "guideline \"X\" {\n  owner hr, sales and it\n}\n",
            ),
            (
                "guideline \"X\" {\n  owner hr/it\n}\n",
                "separate the items of a list with `,` or `and`: write `hr and it` for `hr/it`",
                "`hr and it` statt `hr/it`",
                "guideline \"X\" {\n  owner hr and it\n}\n",
            ),
            (
                "guideline \"X\" {\n  owner hr, sales,\n}\n",
                "remove the `,` after the last item of the list",
                "Entfernen Sie das `,`",
                "guideline \"X\" {\n  owner hr, sales\n}\n",
            ),
            (
                "guideline \"X\"\n  goal \"g\"\n}\n",
                "a block opens with `{` after its name: write `guideline \"X\" {` for `guideline \"X\"`",
                "`guideline \"X\" {` statt `guideline \"X\"`",
                "guideline \"X\" {\n  goal \"g\"\n}\n",
            ),
        ] {
            assert_eq!(file_help(src, de), help, "{src}");
            assert!(parse(fixed).is_ok(), "{fixed}");
        }
        // A quote in the text: the usual help.
        let help = file_help("guideline \"X\" {\n  goal Be \"helpful\"\n}\n", "");
        assert!(help.contains("for example"), "{help}");

        for (duration, meant) in [
            ("2 hours", "2h"),
            ("24hours", "24h"),
            ("30 Minuten", "30min"),
            ("3 days", "3d"),
            ("1 Woche", "7d"),
            // A fraction as a whole number of a smaller unit (found by a blind review).
            ("1.5h", "90min"),
            ("1,5 Stunden", "90min"),
            ("0.5 days", "12h"),
            ("1.5d", "36h"),
            ("1.5 weeks", "252h"),
            ("1.25 hours", "75min"),
            // A number in words, a kind of day before the unit (found by a blind review).
            ("one business day", "1d"),
            ("a day", "1d"),
            ("zwei Werktagen", "2d"),
            ("eine Stunde", "1h"),
            ("4 working hours", "4h"),
        ] {
            let src = format!("guideline \"X\" {{\n  channel twitter {{\n    respond within {duration}\n  }}\n}}\n");
            let help = file_help(&src, &format!("`{meant}` statt `{duration}`"));
            assert!(
                help.contains(&format!("`{meant}` for `{duration}`")),
                "{help}"
            );
        }
        let src =
            "guideline \"X\" {\n  channel twitter {\n    respond within 2 fortnights\n  }\n}\n";
        assert!(!file_help(src, "").contains("together"));
        // No whole number of minutes: the usual help.
        let src =
            "guideline \"X\" {\n  channel twitter {\n    respond within 1.1 minutes\n  }\n}\n";
        assert!(!file_help(src, "").contains("right after it"));

        for (src, mark) in [
            (
                "guideline \"X\" {\n  rule \"A\" {\n    forbid everyone to post.\n  }\n}\n",
                ".",
            ),
            (
                "guideline \"X\" {\n  rule \"A\" {\n    forbid everyone to post;\n  }\n}\n",
                ";",
            ),
            ("guideline \"X\" {\n  owner: hr\n}\n", ":"),
        ] {
            let help = file_help(src, &format!("Lassen Sie `{mark}` weg"));
            assert!(
                help.starts_with(&format!("leave out the `{mark}`")),
                "{help}"
            );
        }

        for (sentence, statement) in [
            (
                "Employees must not disclose trade-secrets.",
                "forbid employees to disclose trade-secrets",
            ),
            (
                "Staff may post about products",
                "allow staff to post about products",
            ),
            (
                "Interns mustn't post photos",
                "forbid interns to post photos",
            ),
            (
                "Managers must answer questions",
                "require managers to answer questions",
            ),
            (
                "Managers should answer questions",
                "encourage managers to answer questions",
            ),
        ] {
            let src = format!("guideline \"X\" {{\n  rule \"A\" {{\n    {sentence}\n  }}\n}}\n");
            let help = file_help(&src, &format!("`{statement}` statt `{sentence}`"));
            assert!(
                help.contains(&format!("write `{statement}` for `{sentence}`")),
                "{help}"
            );
        }
        let src = "guideline \"X\" {\n  rule \"A\" {\n    Employees will post\n  }\n}\n";
        assert!(!file_help(src, "").contains("starts with what it does"));
    }

    /// A keyword the position wants, missing or replaced; approvals, a block's exception and
    /// `only` written as in a sentence; a statement outside a rule block.
    #[test]
    fn missing_and_misplaced_keywords_are_put_right() {
        let channel = |item: &str| {
            format!("guideline \"X\" {{\n  channel twitter {{\n    {item}\n  }}\n}}\n")
        };
        for (item, written, meant) in [
            (
                "staffed customer-service",
                "staffed customer-service",
                "staffed by customer-service",
            ),
            ("respond in 4h", "respond in", "respond within"),
            ("replies yes", "replies yes", "replies on"),
            ("replies Nein", "replies Nein", "replies off"),
        ] {
            let help = file_help(&channel(item), &format!("`{meant}` statt `{written}`"));
            assert_eq!(help, format!("write `{meant}` for `{written}`"));
        }
        for (statement, written, meant) in [
            (
                "forbid employees to post without approval from pr",
                "without approval from pr",
                "without approval by pr",
            ),
            (
                "forbid employees to post without pr approval",
                "without pr approval",
                "without approval by pr",
            ),
            (
                "forbid employees to post unless approved by pr",
                "unless approved by pr",
                "without approval by pr",
            ),
            (
                "allow employees to post if approved by pr",
                "if approved by pr",
                "with approval by pr",
            ),
            (
                "block facebook except for marketing",
                "block facebook except for marketing",
                "block facebook for everyone except marketing",
            ),
            // The `to` before the action left out, after any audience of the list.
            (
                "forbid employees post about politics",
                "employees post",
                "employees to post",
            ),
            (
                "require employees disclose affiliation",
                "employees disclose",
                "employees to disclose",
            ),
            (
                "forbid employees except interns share photos",
                "interns share",
                "interns to share",
            ),
            (
                "forbid employees from posting about financial-results",
                "employees from posting",
                "employees to post",
            ),
            (
                "forbid interns from accessing tiktok",
                "interns from accessing",
                "interns to access",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert!(
                help.contains(&format!("write `{meant}` for `{written}`")),
                "{help}"
            );
        }
        // The same when the statement shares its line with the braces around it (audit 15).
        for src in [
            "guideline \"g\" { rule \"r\" { block facebook except for marketing } }\n",
            "guideline \"g\" {\n  rule \"r\" { block facebook, xing except marketing\n  }\n}\n",
        ] {
            let help = file_help(src, "for everyone except marketing");
            assert!(
                help.contains("`block facebook") && help.contains("for everyone except marketing`"),
                "{help}"
            );
            assert!(!help.contains('}'), "{help}");
        }
        let help = statement_help(
            "allow employees to access only linkedin",
            "`only` steht direkt nach `allow`",
        );
        assert!(
            help.starts_with("`only` stands right after `allow`"),
            "{help}"
        );
        let help = file_help(
            "guideline \"X\" {\n  forbid employees to post\n}\n",
            "in einem Regelblock",
        );
        assert!(
            help.starts_with("a statement such as `forbid …` stands in a rule block"),
            "{help}"
        );
        // A mistyped keyword is told as such, not as a missing one.
        let help = file_help("guidline \"X\" {\n}\n", "");
        assert_eq!(help, "did you mean `guideline`?");
    }

    /// Found by a blind review (audit 20, P1): `forbid … only with approval of PR` was told to
    /// write `with approval by pr`, which forbids what PR approved, the opposite, and passed
    /// clean. After a `forbid` or `block`, an approval that is the condition for doing something
    /// (`only with`, `only after`, `after`, `before`, `once approved`) is what the forbid lacks:
    /// `without approval by …`, in one help with the department. After `allow`, `encourage` or
    /// `require` it stays `with approval by …`.
    #[test]
    fn an_approval_as_a_condition_keeps_the_meaning_of_the_statement() {
        for (statement, written, meant) in [
            (
                "forbid employees to post about company only with approval of PR",
                "only with approval of PR",
                "without approval by pr",
            ),
            (
                "forbid employees to post about company-news only after approval by pr",
                "only after approval by pr",
                "without approval by pr",
            ),
            (
                "forbid employees to post about company-news after approval by pr",
                "after approval by pr",
                "without approval by pr",
            ),
            (
                "forbid employees to post about company-news before approval by pr",
                "before approval by pr",
                "without approval by pr",
            ),
            (
                "Forbid employees to post once approved by pr",
                "once approved by pr",
                "without approval by pr",
            ),
            (
                "forbid employees to post about company only with approval from the PR department",
                "only with approval from the PR department",
                "without approval by pr",
            ),
            (
                "forbid employees to post nur mit Freigabe der Pressestelle",
                "nur mit Freigabe der Pressestelle",
                "without approval by pr",
            ),
            (
                "forbid employees to post about company except with approval by pr",
                "except with approval by pr",
                "without approval by pr",
            ),
            (
                "block facebook only with approval by it",
                "only with approval by it",
                "without approval by it",
            ),
            (
                "allow employees to post about company only with approval of PR",
                "only with approval of PR",
                "with approval by pr",
            ),
            (
                "encourage employees to post about company-news only after approval by pr",
                "only after approval by pr",
                "with approval by pr",
            ),
            (
                "require employees to post after approval by pr",
                "after approval by pr",
                "with approval by pr",
            ),
            // A bare `with` after a `forbid` too (audit 21, P1): forbidding what was approved
            // is no rule anybody means.
            (
                "forbid employees to post about company with approval of PR",
                "with approval of PR",
                "without approval by pr",
            ),
            (
                "forbid employees to post about company mit Freigabe durch pr",
                "mit Freigabe durch pr",
                "without approval by pr",
            ),
        ] {
            // A `without` is said in words too.
            let (en_why, de_why) = match meant.strip_prefix("without approval by ") {
                Some(who) => (
                    format!(" (forbidden unless {who} approves)"),
                    format!(" (verboten, solange {who} es nicht freigibt)"),
                ),
                None => (String::new(), String::new()),
            };
            let help = statement_help(
                statement,
                &format!(
                    "Eine Freigabe ist ein Zusatz der Anweisung: Schreiben Sie `{meant}` statt \
                     `{written}`{de_why}"
                ),
            );
            assert_eq!(
                help,
                format!(
                    "an approval is a qualifier of the statement: write `{meant}` for \
                     `{written}`{en_why}"
                ),
                "{statement}"
            );
            // Pasted in, it parses; a forbid of posting about the company without PR's
            // approval is the pre-approval the writer meant, and is told so.
            let fixed = statement.replace(written, meant);
            assert_suggestions_parse(statement, &format!("`{fixed}`"), 1);
            if meant.starts_with("without") && statement.contains("about company") {
                let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n    {fixed}\n  }}\n}}\n");
                let findings = crate::rules::testing::lint(&src);
                assert!(
                    findings.iter().any(|f| f.rule == "pre-approval"),
                    "{fixed}: {findings:?}"
                );
            }
        }
        // `with approval` without `by` after a `forbid`: `without`, with who approves.
        let help = statement_help(
            "forbid employees to post about company with approval\n      on facebook",
            "schreiben Sie nach `forbid` `without`",
        );
        assert!(
            help.ends_with("e.g. write `without approval by pr` for `with approval`"),
            "{help}"
        );
        // Without a department, the qualifier, and that `by …` and who approves go after it;
        // the whole condition is replaced (a verb left behind was read as the approver, a
        // blind review: `falls keine Freigabe vorliegt` became `approval by vorliegt`).
        for (statement, written) in [
            (
                "forbid employees to post only with approval",
                "only with approval",
            ),
            (
                "forbid employees to post falls keine Freigabe vorliegt",
                "falls keine Freigabe vorliegt",
            ),
            (
                "forbid employees to post unless approval is given.",
                "unless approval is given",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!(
                    "`without approval` statt `{written}`, dann `by` und die Abteilung, die \
                     freigibt"
                ),
            );
            assert!(
                help.ends_with(&format!(
                    "write `without approval` for `{written}`, then `by` and the department \
                     that approves, e.g. `without approval by pr`"
                )),
                "{help}"
            );
        }
        // A condition on the approval's absence after an allow says nothing a statement can.
        let help = statement_help("allow employees to post if no approval is needed", "");
        assert!(
            !help.contains("approval by") && !help.contains("if-no"),
            "{help}"
        );
        // The keyword on the line before.
        let help = statement_help(
            "forbid employees to post\n      only with approval by pr",
            "`without approval by pr`",
        );
        assert!(help.contains("write `without approval by pr`"), "{help}");
        // What cannot be told gets no qualifier: `before` an approval after an `allow`.
        let help = statement_help("allow employees to post before approval by pr", "");
        assert!(!help.contains("write `with approval by pr` for"), "{help}");
        // The keyword is read over a comment line.
        let help = statement_help(
            "forbid employees to post on facebook, instagram,\n      # a note\n      xing after approval by pr",
            "",
        );
        assert!(help.contains("write `without approval by pr`"), "{help}");
    }

    /// A failing advice leaves the general help when caught, and is not caught otherwise.
    #[test]
    fn a_failing_advice_is_caught_in_release_builds() {
        let failing = || -> Option<u8> { panic!("an advice that fails") };
        assert_eq!(best_effort(true, failing), None);
        assert_eq!(best_effort(true, || Some(1)), Some(1));
        assert!(std::panic::catch_unwind(|| best_effort(false, failing)).is_err());
    }

    /// Sentences of the forms an English draft also uses: impersonal (`It is forbidden to …`),
    /// passive, `Please …`, `Nobody may …`, `are prohibited from …ing`, a noun for the action
    /// (`The use of …`), `on behalf of the company`; a preposition before a means or a topic
    /// becomes its qualifier. "Need not" gets no rewrite.
    #[test]
    fn more_english_sentence_forms() {
        for (sentence, meant) in [
            (
                "It is not permitted to disclose trade secrets.",
                "forbid employees to disclose trade-secrets",
            ),
            (
                "It is forbidden to post customer data.",
                "forbid employees to post customer-data",
            ),
            (
                "It is encouraged to share job-offers.",
                "encourage employees to share job-offers",
            ),
            (
                "Customer data must never be shared.",
                "forbid employees to share customer-data",
            ),
            (
                "LinkedIn may be used during breaks.",
                "allow employees to use LinkedIn during breaks",
            ),
            (
                "Company news should be shared on LinkedIn.",
                "encourage employees to share company-news on LinkedIn",
            ),
            (
                "Please share job offers on LinkedIn.",
                "encourage employees to share job-offers on LinkedIn",
            ),
            (
                "Please do not post customer data.",
                "forbid employees to post customer-data",
            ),
            (
                "Nobody may post about financial results without approval by PR.",
                "forbid everyone to post about financial-results without approval by PR",
            ),
            (
                "No employee may disclose trade-secrets.",
                "forbid employees to disclose trade-secrets",
            ),
            (
                "Employees are prohibited from posting customer data.",
                "forbid employees to post customer-data",
            ),
            (
                "Employees are forbidden to post about the company.",
                "forbid employees to post about company",
            ),
            (
                "The use of Facebook during working hours is prohibited.",
                "forbid employees to access Facebook during working-hours",
            ),
            (
                "The disclosure of customer data is forbidden.",
                "forbid employees to disclose customer-data",
            ),
            (
                "Employees must not speak on behalf of the company.",
                "forbid employees to speak-for-company",
            ),
            (
                "Nurses must not connect with patients on Facebook.",
                "forbid nurses to connect patients on Facebook",
            ),
            (
                "Staff may not use TikTok on company devices.",
                "forbid staff to use TikTok using company-devices",
            ),
            (
                "Employees must not comment on financial results.",
                "forbid employees to comment about financial-results",
            ),
            // A louder "not" (a blind review: `under no circumstances` became an allow).
            (
                "Employees may under no circumstances post customer data.",
                "forbid employees to post customer-data",
            ),
            (
                "Customer data must at no time be shared.",
                "forbid employees to share customer-data",
            ),
            // Times in words: `at work`, `outside working hours`, `at all times` (no time).
            (
                "Employees may not use TikTok at work.",
                "forbid employees to use TikTok during work-hours",
            ),
            (
                "Employees may use Facebook outside working hours.",
                "allow employees to use Facebook during free-time",
            ),
            (
                "Employees must at all times disclose their affiliation.",
                "require employees to disclose affiliation",
            ),
            // The organisation's own possessive goes with the articles (typographic too).
            (
                "Employees must not share the company's trade secrets.",
                "forbid employees to share trade-secrets",
            ),
            (
                "Employees must not share our company\u{2019}s trade secrets.",
                "forbid employees to share trade-secrets",
            ),
        ] {
            let help = statement_help(sentence, &format!("`{meant}` statt `{sentence}`"));
            assert!(
                help.contains(&format!("write `{meant}` for `{sentence}`")),
                "{sentence}: {help}"
            );
        }
        // A phrase the language has no qualifier for is left out wherever it stands, and named.
        let sentence = "Employees may post job offers in public on LinkedIn.";
        let help = statement_help(sentence, "für `in public` hat die Sprache keine Wörter");
        assert!(
            help.contains("write `allow employees to post job-offers on LinkedIn` for")
                && help.contains("no words for `in public`"),
            "{help}"
        );
        // A ban says no more than the sentence: words that may have narrowed it are not left
        // out (a blind review: `pictures of patients` became all pictures).
        for sentence in [
            "Employees may not post confidential information in public on LinkedIn.",
            "Employees may not post pictures of patients on any social network.",
            "Under no circumstances may staff disclose salary information.",
        ] {
            let help = statement_help(sentence, "");
            assert!(!help.contains("write `forbid"), "{sentence}: {help}");
        }
        // `only` with a time: a ban with an exception; with anything else, no rewrite.
        let sentence = "Employees may use Instagram only during breaks.";
        let help = statement_help(sentence, "");
        assert!(
            help.contains(
                "write `forbid employees to use Instagram` and `allow employees to use Instagram during breaks`"
            ),
            "{help}"
        );
        let help = statement_help(
            "Employees may use Instagram only during their lunch break.",
            "",
        );
        assert!(!help.contains("write `allow"), "{help}");
        // An exception of platforms is no statement of its own (the pair would conflict).
        let help = statement_help("Employees may post about the company except on TikTok.", "");
        assert!(!help.contains("forbid employees"), "{help}");
        // Not a statement of the language, or not one to guess.
        for sentence in [
            "Employees need not disclose their affiliation.",
            "Employees may be monitored.",
            "Employees may post from home.",
        ] {
            let help = statement_help(sentence, "");
            assert!(
                !help.contains("write `forbid") && !help.contains("write `require"),
                "{sentence}: {help}"
            );
        }
    }

    /// The cases a blind audit found wrong: each gets the help that names what was meant, or
    /// none that would mislead.
    #[test]
    fn audited_sentence_habits() {
        for (statement, written, meant) in [
            // Approvals as in a sentence, wherever they stand, in both languages.
            (
                "forbid employees to post without the approval of pr",
                "without the approval of pr",
                "without approval by pr",
            ),
            (
                "forbid employees to post without prior approval by pr",
                "without prior approval by pr",
                "without approval by pr",
            ),
            (
                "allow employees to post about company-news mit Freigabe durch pr",
                "mit Freigabe durch pr",
                "with approval by pr",
            ),
            (
                "forbid employees to post about company-news unless approved by pr",
                "unless approved by pr",
                "without approval by pr",
            ),
            // Terms written with spaces: after `and`, before a full stop, with an article inside,
            // and names written apart.
            (
                "forbid everyone to disclose trade-secrets and customer data",
                "customer data",
                "customer-data",
            ),
            (
                "forbid everyone to disclose trade secrets.",
                "trade secrets",
                "trade-secrets",
            ),
            (
                "forbid employees to speak for the company",
                "speak for the company",
                "speak-for-company",
            ),
            ("allow employees to access you tube", "you tube", "youtube"),
            // Sentences.
            (
                "Employees are allowed to post photos",
                "Employees are allowed to post photos",
                "allow employees to post photos",
            ),
            (
                "Employees are not allowed to post photos.",
                "Employees are not allowed to post photos.",
                "forbid employees to post photos",
            ),
            (
                "Only PR may speak-for-company",
                "Only PR may speak-for-company",
                "allow only pr to speak-for-company",
            ),
            (
                "Employees may only post with approval by pr",
                "Employees may only post with approval by pr",
                "allow employees to post with approval by pr",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert!(
                help.contains(&format!("`{meant}` for `{written}`")),
                "{statement}: {help}"
            );
        }
        // What must not be said.
        for (statement, wrong) in [
            // The next line's keyword is no word of the approval.
            (
                "forbid employees to post without approval\n    because \"x\"",
                "by because",
            ),
            (
                "forbid employees to post without prior approval",
                "approval by prior",
            ),
            (
                "forbid employees to post without the approval of",
                "approval by the",
            ),
            // `block` is no action.
            ("Managers may block facebook", "allow managers to block"),
        ] {
            let help = statement_help(statement, "");
            assert!(!help.contains(wrong), "{statement}: {help}");
        }
        // A term of another list is no answer where the list is known and no qualifier names it.
        let channel = |item: &str| {
            format!("guideline \"X\" {{\n  channel twitter {{\n    {item}\n  }}\n}}\n")
        };
        for item in ["purpose customer service", "staffed by social media"] {
            let help = file_help(&channel(item), "");
            assert!(!help.contains("hyphens"), "{item}: {help}");
        }
        let help = file_help(&channel("purpose job offers"), "");
        assert!(!help.contains("job-offers"), "{help}");
        // Single quotes become double ones.
        let help = file_help("guideline \"X\" {\n  contact 'hr@acme.example'\n}\n", "");
        assert!(
            help.contains("`\"hr@acme.example\"` for `'hr@acme.example'`"),
            "{help}"
        );
        // Punctuation with a meaning of its own.
        for (src, start, de) in [
            (
                "guideline \"X\" {\n  owner hr; customer-service; sales\n}\n",
                "the terms of a list are separated by `,`",
                "`,` statt `;`",
            ),
            (
                "guideline \"X\" {\n  goal \"a\";\n}\n",
                "leave out the `;`",
                "Lassen Sie `;` weg",
            ),
            (
                "guideline \"X\" {\n  channel x (Twitter) \"@x\" {\n  }\n}\n",
                "a remark in parentheses",
                "Bemerkung in Klammern",
            ),
            (
                "guideline \"X\" {\n  channel twitter, instagram \"@x\" {\n  }\n}\n",
                "a channel names only one platform",
                "eigenen `channel`-Block",
            ),
            // Without a handle after them, too (audit 14: the platforms were to be quoted).
            (
                "guideline \"X\" {\n  channel facebook, instagram {\n  }\n}\n",
                "a channel names only one platform",
                "eigenen `channel`-Block",
            ),
            (
                "guideline \"X\" {\n  channel facebook and instagram {\n  }\n}\n",
                "a channel names only one platform",
                "eigenen `channel`-Block",
            ),
            (
                "guideline \"X\" {\n  channel twitter instagram {\n  }\n}\n",
                "a channel names only one platform",
                "eigenen `channel`-Block",
            ),
            // A name after the platform is a handle to quote.
            (
                "guideline \"X\" {\n  channel twitter Acme Help {\n  }\n}\n",
                "write the text in double quotes: `\"Acme Help\" {`",
                "doppelten Anführungszeichen",
            ),
            // A `;` at the end of a line is left out, not made a `,` (audit 14).
            (
                "guideline \"X\" {\n  audience employees;\n}\n",
                "leave out the `;`",
                "Lassen Sie `;` weg",
            ),
            (
                "guideline \"X\" {\n  rule \"r\" {\n    forbid employees to access facebook;\n  }\n}\n",
                "leave out the `;`",
                "Lassen Sie `;` weg",
            ),
        ] {
            let help = file_help(src, de);
            assert!(help.starts_with(start), "{src}: {help}");
        }
        // Bullets, numbers, `//` comments, a qualifier given twice.
        for (statement, start, de) in [
            ("- forbid employees to post", "leave out `-`", "Lassen Sie `-` weg"),
            ("1. forbid employees to post", "leave out `1.`", "Lassen Sie `1.` weg"),
            ("a) forbid employees to post", "leave out `a)`", "Lassen Sie `a)` weg"),
            ("– forbid employees to post", "leave out `–`", "Lassen Sie `–` weg"),
            ("(note) forbid employees to post", "a remark in parentheses", "Bemerkung in Klammern"),
            ("// a note", "a comment starts with `#`", "`#` statt `//`"),
            (
                "forbid employees to post during work-hours during breaks, free-time",
                "a statement takes each qualifier once: join both lists, write `during work-hours, \
                 breaks and free-time` for `during work-hours during breaks, free-time`",
                "`during work-hours, breaks and free-time` statt",
            ),
        ] {
            let help = statement_help(statement, de);
            assert!(help.starts_with(start), "{statement}: {help}");
        }
        // A text closed by a typographic mark runs on to the next quote: the mark is named.
        let help = file_help(
            "guideline \"X\" {\n  contact \"x@y”\n  goal \"a\"\n}\n",
            "`”` beendet keinen Text",
        );
        assert!(help.starts_with("`”` does not end a text"), "{help}");
        // `for` before a time.
        let help = statement_help(
            "allow employees to access facebook for work-hours",
            "`during work-hours`",
        );
        assert!(
            help.ends_with("write `during work-hours` for `for work-hours`"),
            "{help}"
        );
        // The second audit: `oder` named as written, `only` before an approval left out, no
        // rewrite that drops `only`, a name written apart in a channel header.
        let help = statement_help(
            "allow employees to access facebook oder instagram",
            "`and` statt `oder`",
        );
        assert!(help.ends_with("write `and` for `oder`"), "{help}");
        // (After a `forbid`, the approval is what the forbid lacks: audit 20, P1.)
        let help = statement_help(
            "allow employees to post about company-news only with approval by pr",
            "`with approval by pr` statt `only with approval by pr`",
        );
        assert!(
            help.ends_with("write `with approval by pr` for `only with approval by pr`"),
            "{help}"
        );
        let help = statement_help("Employees must only post with approval by pr", "");
        assert!(
            help.contains("write `allow employees to post with approval by pr`"),
            "{help}"
        );
        for statement in [
            "Employees may only access linkedin",
            "Employees should only post photos",
        ] {
            let help = statement_help(statement, "");
            assert!(
                !help.contains("starts with what it does"),
                "{statement}: {help}"
            );
        }
        let help = file_help(
            "guideline \"X\" {\n  channel linked in \"@x\" {\n  }\n}\n",
            "in einem Wort",
        );
        assert_eq!(
            help,
            "this name is written as one word: write `linkedin` for `linked in`"
        );
        // A word for a unit after the term that names it.
        let help = file_help(
            "guideline \"X\" {\n  owner HR department\n}\n",
            "Lassen Sie `department` weg",
        );
        assert_eq!(
            help,
            "leave out `department`: `HR` already names it (write `HR` for `HR department`)"
        );
        // The suggested statement has the repairs of terms written apart and of articles,
        // and reads without a finding of its own (edit 16, item 1).
        for (sentence, statement) in [
            (
                "Never disclose trade secrets.",
                "forbid employees to disclose trade-secrets",
            ),
            (
                "Employees must not post about the company.",
                "forbid employees to post about company",
            ),
            (
                "Do not post photos during work hours",
                "forbid employees to post photos during work-hours",
            ),
        ] {
            let help = statement_help(sentence, &format!("`{statement}` statt `{sentence}`"));
            assert!(
                help.ends_with(&format!("write `{statement}` for `{sentence}`")),
                "{help}"
            );
            let src = format!(
                "guideline \"g\" {{\n  rule \"r\" {{\n    {statement}\n    because \"x\"\n  }}\n}}\n"
            );
            let findings = crate::rules::testing::lint(&src);
            assert!(
                !findings
                    .iter()
                    .any(|f| f.rule == "syntax-error" || f.rule == "unknown-term"),
                "{statement}: {findings:?}"
            );
        }
        // A repeated qualifier whose second list belongs to another qualifier gets that one,
        // not a joined list (a time among the platforms; edit 16, item 5).
        let help = statement_help(
            "forbid employees to post on facebook on work-hours",
            "`during work-hours` statt `on work-hours`",
        );
        assert_eq!(
            help,
            "each qualifier names its own list: write `during work-hours` for `on work-hours`"
        );
        let src = "guideline \"g\" {\n  rule \"r\" {\n    forbid employees to post on facebook during work-hours\n  }\n}\n";
        let findings = crate::rules::testing::lint(src);
        assert!(
            !findings
                .iter()
                .any(|f| f.rule == "syntax-error" || f.rule == "unknown-term"),
            "{findings:?}"
        );
        let help = statement_help("forbid employees to post on facebook on twitter", "");
        assert!(
            help.ends_with("write `on facebook and twitter` for `on facebook on twitter`"),
            "{help}"
        );
        // Orders addressed to the reader.
        for (sentence, statement) in [
            ("Do not post photos.", "forbid employees to post photos"),
            (
                "Never disclose customer-data",
                "forbid employees to disclose customer-data",
            ),
            (
                "Posting on tiktok is not allowed.",
                "forbid employees to post on tiktok",
            ),
            (
                "Sharing job-offers is welcome",
                "encourage employees to share job-offers",
            ),
        ] {
            let help = statement_help(sentence, &format!("`{statement}` statt `{sentence}`"));
            assert!(
                help.contains(&format!("write `{statement}` for `{sentence}`")),
                "{help}"
            );
        }
        // Two terms of one list without a comma; `to` before an action's object; but not two
        // words of different lists.
        let help = file_help(
            "guideline \"X\" {\n  owner hr customer-service\n}\n",
            "`hr, customer-service` statt `hr customer-service`",
        );
        assert!(
            help.ends_with("write `hr, customer-service` for `hr customer-service`"),
            "{help}"
        );
        let help = statement_help(
            "allow employees to access to facebook",
            "`access facebook` statt `access to facebook`",
        );
        assert!(
            help.ends_with("write `access facebook` for `access to facebook`"),
            "{help}"
        );
        // A platform after `to` is named with `on`, and the statement so written is valid
        // (`post facebook` made `facebook` an unknown topic); a topic still follows directly.
        let help = statement_help(
            "allow employees to post to facebook",
            "Plattform wird mit `on` genannt: Schreiben Sie `post on facebook` statt `post to \
             facebook`",
        );
        assert_eq!(
            help,
            "a platform is named with `on`: write `post on facebook` for `post to facebook`"
        );
        let repaired =
            "guideline \"g\" {\n  rule \"r\" {\n    allow employees to post on facebook\n  }\n}\n";
        let findings = crate::rules::testing::lint(repaired);
        assert!(
            !findings
                .iter()
                .any(|f| f.rule == "syntax-error" || f.rule == "unknown-term"),
            "{findings:?}"
        );
        let help = statement_help("allow employees to post to photos", "");
        assert!(
            help.ends_with("follows it directly: write `post photos` for `post to photos`"),
            "{help}"
        );
        let help = statement_help("allow employees access facebook", "");
        assert!(!help.contains("employees, access"), "{help}");
        // `or` is not said to mean each (a consequence or an approver list).
        let help = statement_help(
            "forbid employees to post on facebook or tiktok",
            "`and` statt `or`",
        );
        assert_eq!(
            help,
            "a list is written with `,` and `and`, never with `or`: write `and` for `or`"
        );
    }

    /// A German keyword read as a term is named when the word after it is unexpected.
    #[test]
    fn a_german_keyword_read_as_a_term_is_named() {
        for (statement, german, keyword) in [
            ("allow nur pr to post", "nur", "only"),
            ("allow hr und sales to post", "und", "and"),
            ("forbid employees to post weil \"Ruhe\"", "weil", "because"),
        ] {
            let help = statement_help(statement, &format!("`{keyword}` statt `{german}`"));
            assert!(
                help.contains(&format!("write `{keyword}` for `{german}`")),
                "{help}"
            );
        }
    }

    /// Characters from word processors and web pages are named in the message (an invisible
    /// or look-alike one cannot be told from `found ` `` alone) and get a help of their own.
    #[test]
    fn odd_characters_are_named() {
        for (src, en_found, en_help, de_found) in [
            (
                "guideline \"X\" {\n  goal „Unser Ziel“\n}\n",
                "found the typographic quotation mark `„`",
                "texts are enclosed in plain double quotes",
                "das typografische Anführungszeichen `„`",
            ),
            (
                "guideline \"X\" {\n  rule \"A\" {\n    allow\u{a0}employees to post\n  }\n}\n",
                "found a no-break space (U+00A0)",
                "replace it with a plain space",
                "ein geschütztes Leerzeichen (U+00A0)",
            ),
            (
                "guideline \"X\" {\n  rule \"A\" {\n    allow employees\u{200b} to post\n  }\n}\n",
                "found an invisible character (U+200B)",
                "delete the invisible character",
                "ein unsichtbares Zeichen (U+200B)",
            ),
            (
                "guideline \"X\" {\n  rule \"A\" {\n    allow employees to post about company–news\n  }\n}\n",
                "found the dash `–`",
                "terms are joined with a plain hyphen `-`",
                "der Strich `–`",
            ),
        ] {
            let (message, help) = message(src);
            assert!(message.ends_with(en_found), "{message}");
            assert!(help.starts_with(en_help), "{help}");
            let err = parse(src).expect_err("syntax error");
            assert!(finding(&err, src, Lang::De).message.contains(de_found));
        }
        // A text closed with a typographic mark runs to the end of the file: that mark is named.
        let src = "guideline \"X\" {\n  goal \"Unser Ziel“\n}\n";
        let (_, help) = message(src);
        assert!(help.starts_with("`“` does not end a text"), "{help}");
    }

    /// Control characters, characters that turn the direction of text and accents stored apart
    /// from their letter are named too: written as they are, they would move, colour or reorder
    /// the terminal's text (ESC, CR, U+202E), or take the backtick as their letter (U+0301).
    #[test]
    fn characters_nobody_can_see_are_named() {
        for (odd, en_found, en_help, de_found) in [
            (
                "\u{1b}",
                "found a control character (U+001B)",
                "delete the control character",
                "ein Steuerzeichen (U+001B)",
            ),
            (
                "\u{0}",
                "found a control character (U+0000)",
                "delete the control character",
                "ein Steuerzeichen (U+0000)",
            ),
            (
                "\u{9b}",
                "found a control character (U+009B)",
                "delete the control character",
                "ein Steuerzeichen (U+009B)",
            ),
            (
                "\u{202e}",
                "found an invisible character (U+202E)",
                "delete the invisible character",
                "ein unsichtbares Zeichen (U+202E)",
            ),
            (
                "\u{2066}",
                "found an invisible character (U+2066)",
                "delete the invisible character",
                "ein unsichtbares Zeichen (U+2066)",
            ),
            (
                "\u{301}",
                "found an accent apart from its letter (U+0301)",
                "type the letter before it again",
                "ein Akzent ohne seinen Buchstaben (U+0301)",
            ),
        ] {
            let src = format!("guideline \"X\" {{\n  owner hre{odd}\n}}\n");
            let (message, help) = message(&src);
            assert!(message.ends_with(en_found), "{message}");
            assert!(help.starts_with(en_help), "{help}");
            let err = parse(&src).expect_err("syntax error");
            let german = finding(&err, &src, Lang::De).message;
            assert!(german.contains(de_found), "{german}");
            for text in [message, german] {
                assert!(!text.contains(odd), "{text:?}");
            }
        }
        // Inside a text in quotes that is found where a term belongs, they are escaped.
        let src = "guideline \"X\" {\n  owner \"a\u{1b}[31m\u{202e}b\"\n}\n";
        let (message, _) = message(src);
        assert!(
            message.ends_with("found `\"a\\u{1b}[31m\\u{202e}b\"`"),
            "{message}"
        );
    }

    /// A file whose lines end with a carriage return alone reads as one line, so a comment takes
    /// the rest of it: the help says why, in both languages; CR LF files and a comment on a line
    /// of its own in them do not get it.
    #[test]
    fn lines_ended_by_a_carriage_return_alone_are_explained() {
        let src = "# Entwurf\rguideline \"T\" {\r  owner hr\r}\r";
        let (said, help) = message(src);
        assert!(said.ends_with("found the end of the file"), "{said}");
        assert!(
            help.starts_with("the lines of this file end with a carriage return alone"),
            "{help}"
        );
        let err = parse(src).expect_err("syntax error");
        assert!(finding(&err, src, Lang::De)
            .help
            .unwrap()
            .starts_with("Die Zeilen dieser Datei"));
        // A comment at the end of a line swallows the closing brace.
        let (_, help) = message("guideline \"T\" {\r  owner hr # Personal\r}\r");
        assert!(
            help.starts_with("the lines of this file end with"),
            "{help}"
        );
        // Ordinary line ends and a lone CR in no comment do not get it.
        for src in [
            "# Entwurf\r\nguideline \"T\" {\r\n  owner hr,\r\n}\r\n",
            "guideline \"T\" {\r  owner hr,\r}\r",
        ] {
            let (_, help) = message(src);
            assert!(!help.contains("carriage return"), "{src:?}: {help}");
        }
    }

    /// A backslash at the end of a line inside a text is named as such, with the same place
    /// for LF and CR LF line ends, and no line break inside the message.
    #[test]
    fn a_backslash_at_the_end_of_a_line_is_named() {
        for src in [
            "guideline \"X\" {\n  goal \"a\\\n\"\n}\n",
            "guideline \"X\" {\r\n  goal \"a\\\r\n\"\r\n}\r\n",
        ] {
            let err = parse(src).expect_err("syntax error");
            let backslash = src.find('\\').unwrap();
            assert_eq!(err.span.range(), backslash..backslash + 1, "{src:?}");
            let (message, help) = message(src);
            assert_eq!(
                message,
                "a `\\` at the end of a line is no escape in a text in quotes"
            );
            assert!(help.starts_with("delete the `\\`"), "{help}");
            let german = finding(&err, src, Lang::De).message;
            assert!(german.starts_with("Ein `\\` am Zeilenende"), "{german}");
        }
        // Followed by a control character, the escape is shown escaped.
        let src = "guideline \"X\" {\n  goal \"a\\\u{1b}\"\n}\n";
        let (message, _) = message(src);
        assert_eq!(message, "unknown escape `\\\\u{1b}` in a text in quotes");
    }

    /// Terms of several words written with spaces, as in a sentence, get the hyphenated term to
    /// write, in both languages, from the words around the unexpected one: two or three of them,
    /// the unexpected one first, last or in the middle; only where the joined words are a term.
    #[test]
    fn a_term_written_with_spaces_is_joined() {
        let cases = [
            (
                "  owner customer service\n",
                "customer-service",
                "customer service",
            ),
            (
                "  owner hr, Customer  Service and sales\n",
                "customer-service",
                "Customer  Service",
            ),
            (
                "  rule \"r\" {\n    forbid employees to speak for company\n  }\n",
                "speak-for-company",
                "speak for company",
            ),
            (
                "  rule \"r\" {\n    forbid everyone to disclose trade secrets\n  }\n",
                "trade-secrets",
                "trade secrets",
            ),
            (
                "  rule \"r\" {\n    forbid employees to access facebook during work hours\n  }\n",
                "work-hours",
                "work hours",
            ),
            (
                "  rule \"r\" {\n    allow all employees to access facebook\n  }\n",
                "all-employees",
                "all employees",
            ),
            // Found by a blind review (audit 20, P4): the other number, or slightly off, of a
            // term of the position's list.
            (
                "  rule \"r\" {\n    forbid everyone to disclose trade secret\n  }\n",
                "trade-secrets",
                "trade secret",
            ),
            (
                "  rule \"r\" {\n    encourage employees to share job offer on linkedin\n  }\n",
                "job-offers",
                "job offer",
            ),
            (
                "  rule \"r\" {\n    forbid employees to disclose customer datas\n  }\n",
                "customer-data",
                "customer datas",
            ),
            (
                "  rule \"r\" {\n    forbid employees to disclose Trade Secrts.\n  }\n",
                "trade-secrets",
                "Trade Secrts",
            ),
            (
                "  rule \"r\" {\n    allow employees to access facebook during work hour\n  }\n",
                "work-hours",
                "work hour",
            ),
        ];
        for (body, term, written) in cases {
            let src = format!("guideline \"g\" {{\n{body}}}\n");
            let (_, help) = message(&src);
            assert_eq!(
                help,
                format!("a term of several words is written with hyphens: write `{term}` for `{written}`"),
                "{src}"
            );
            let err = parse(&src).expect_err("syntax error");
            let de = finding(&err, &src, Lang::De).help.unwrap();
            assert!(de.contains(&format!("`{term}` statt `{written}`")), "{de}");
        }
        // Joined, the words are no term: the usual help.
        for body in [
            "  owner customer care\n",
            "  rule \"r\" {\n    forbid employees to post \"trade\" secrets\n  }\n",
            "  owner customer\n  service\n",
            // Far from any term, or close to a term of another list than the position's.
            "  rule \"r\" {\n    forbid employees to disclose business secrets\n  }\n",
            "  rule \"r\" {\n    forbid employees to post photos colleagues\n  }\n",
            "  rule \"r\" {\n    allow employees to post on company device\n  }\n",
            "  owner trade secret\n",
        ] {
            let src = format!("guideline \"g\" {{\n{body}}}\n");
            let (_, help) = message(&src);
            // No term is offered for the words (that they join into none may be said).
            assert!(!help.contains("hyphens: write"), "{src}: {help}");
        }
        // A term of the configuration counts too.
        let mut vocab = Vocabulary::builtin();
        vocab.add_term(
            crate::semantics::vocab::Category::Platform,
            "works-intranet",
        );
        let src = "guideline \"g\" {\n  rule \"r\" {\n    allow employees to access works intranet\n  }\n}\n";
        let err = parse(src).expect_err("syntax error");
        let help = super::finding(&err, src, &vocab, Lang::En).help.unwrap();
        assert!(
            help.contains("write `works-intranet` for `works intranet`"),
            "{help}"
        );
    }

    fn message(src: &str) -> (String, String) {
        let err = parse(src).expect_err("syntax error");
        let f = finding(&err, src, Lang::En);
        (f.message, f.help.unwrap_or_default().into_owned())
    }

    /// Two actions in one statement (`to comment, reply`) get a help that says a statement has
    /// one, in both languages; a comma elsewhere keeps the usual help.
    #[test]
    fn a_second_action_is_explained() {
        let src = "guideline \"g\" {\n  rule \"r\" {\n    forbid employees to comment, reply about employer\n  }\n}\n";
        let (_, h) = message(src);
        assert_eq!(
            h,
            "a statement has one action: write a statement for each, `forbid employees to \
             comment about employer` and `forbid employees to reply about employer`"
        );
        let err = parse(src).expect_err("syntax error");
        let de = finding(&err, src, Lang::De).help.unwrap();
        assert_eq!(
            de,
            "Eine Anweisung hat nur eine Aktion: Schreiben Sie für jede Aktion eine eigene \
             Anweisung, `forbid employees to comment about employer` und `forbid employees to \
             reply about employer`"
        );
        for list in ["comment and reply", "comment or reply", "comment OR reply"] {
            let src = format!(
                "guideline \"g\" {{ rule \"r\" {{ forbid employees to {list} about employer }} }}"
            );
            let (_, h) = message(&src);
            assert!(h.starts_with("a statement has one action"), "{list}: {h}");
            assert!(
                h.ends_with(
                    "`forbid employees to comment about employer` and `forbid employees to reply \
                     about employer`"
                ),
                "{list}: {h}"
            );
        }
        // The statements are the user's own (audit 14: an `allow` got a `forbid`).
        for (statement, example) in [
            (
                "allow employees to comment, share",
                "`allow employees to comment` and `allow employees to share`",
            ),
            (
                "Encourage staff to comment and share",
                "`Encourage staff to comment` and `Encourage staff to share`",
            ),
        ] {
            let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n    {statement}\n  }}\n}}\n");
            let (_, h) = message(&src);
            assert!(h.contains(example), "{statement}: {h}");
        }
        // Where the rest of the statement cannot be read, the first action with `…`: an action
        // the vocabulary does not know, a statement that goes on on the next line, one begun on
        // the line before (the stand-in).
        for body in [
            "    forbid employees to comment, shre about employer\n",
            "    forbid employees to comment, share\n      about employer\n",
            "    allow employees to comment, share # a note\n      on linkedin\n",
        ] {
            let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n{body}  }}\n}}\n");
            let (_, h) = message(&src);
            assert!(h.contains(" comment …`"), "{body}: {h}");
        }
        let src = "guideline \"g\" {\n  rule \"r\" {\n    allow employees\n      to comment, share\n  }\n}\n";
        let (_, h) = message(src);
        assert!(h.contains("`forbid employees to comment …`"), "{h}");
        let (_, h) = message("guideline \"g\" { owner hr,, sales }");
        assert!(!h.contains("one action"), "{h}");
        let (_, h) =
            message("guideline \"g\" { rule \"r\" { forbid employees to post photos, , x } }");
        assert!(!h.contains("one action"), "{h}");
    }

    /// Found by a blind review (audit 20, P7): `&` between terms got a help about `to` or the
    /// generic one. The list is told with `and`, and the statement with it parses.
    #[test]
    fn an_ampersand_in_a_list_is_and() {
        for (statement, written, meant) in [
            (
                "encourage marketing & sales to share press-releases",
                "marketing & sales",
                "marketing and sales",
            ),
            (
                "allow employees to access facebook & instagram",
                "facebook & instagram",
                "facebook and instagram",
            ),
            (
                "allow employees to access facebook, instagram & tiktok during breaks",
                "facebook, instagram & tiktok",
                "facebook, instagram and tiktok",
            ),
            (
                "allow employees to access facebook&instagram",
                "facebook&instagram",
                "facebook and instagram",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            assert_eq!(
                help,
                format!(
                    "a list is written with `,` and `and`, not with `&`: write `{meant}` for \
                     `{written}`"
                ),
                "{statement}"
            );
            let fixed = statement.replace(written, meant);
            let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n    {fixed}\n  }}\n}}\n");
            assert!(parse(&src).is_ok(), "{fixed}");
        }
        let (_, help) = message("guideline \"g\" {\n  owner hr & marketing\n}\n");
        assert!(
            help.contains("write `hr and marketing` for `hr & marketing`"),
            "{help}"
        );
        // A name with `&` in it is no list of terms.
        let help = statement_help("allow r&d to access facebook", "");
        assert!(!help.contains("not with `&`"), "{help}");
    }

    /// Found by a blind review (audit 20, P4, P5): `z.B.` was told to leave out the `.`, again
    /// after it was left out, and `etc.` got the generic help. An abbreviation cannot stand in
    /// a statement: the help says so, and offers the statement with the abbreviation and what
    /// follows it as a comment, which parses and says what the writer wrote.
    #[test]
    fn an_abbreviation_in_a_statement_is_named() {
        let example = |written: &str| {
            format!(
                "`{written}` (for example) cannot stand in a statement: name the platforms the \
                 rule is about, or put the example in a comment after `#`, as in `encourage \
                 employees to share job-offers on social-media # {written} linkedin`"
            )
        };
        for written in ["z.B.", "z.B", "zB", "z. B.", "e.g.", "bspw."] {
            for comma in [",", ""] {
                let statement = format!(
                    "encourage employees to share job-offers on social-media{comma} {written} linkedin"
                );
                let help = statement_help(
                    &statement,
                    &format!("`{written}` (zum Beispiel) kann nicht"),
                );
                assert_eq!(help, example(written), "{statement}");
            }
        }
        let more = |written: &str| {
            format!(
                "`{written}` cannot stand in a statement: a list has no \"and so on\", so name \
                 every one of the topics the rule is about, or put the remark in a comment after \
                 `#`, as in `forbid employees to disclose customer-data, trade-secrets # \
                 {written}`"
            )
        };
        for written in ["etc.", "usw.", "u.a.", "u. a.", "etc", "u.v.m."] {
            // `, etc` is a term of the list (unknown-term names it).
            for comma in [",", ""]
                .into_iter()
                .filter(|c| !(c == &"," && written == "etc"))
            {
                let statement = format!(
                    "forbid employees to disclose customer-data, trade-secrets{comma} {written}"
                );
                let help = statement_help(&statement, "Eine Liste kennt kein „und so weiter“");
                assert_eq!(help, more(written), "{statement}");
            }
        }
        // The statement offered parses and has only known words.
        for statement in [
            "encourage employees to share job-offers on social-media, z.B. linkedin",
            "forbid employees to disclose customer-data, trade-secrets etc.",
        ] {
            let help = statement_help(statement, "");
            let offered = help.split('`').rev().nth(1).unwrap();
            let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n    {offered}\n  }}\n}}\n");
            let findings = crate::rules::testing::lint(&src);
            assert!(
                findings
                    .iter()
                    .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"),
                "{offered}: {findings:?}"
            );
        }
        // With a qualifier after it, nothing is moved into a comment.
        let help = statement_help(
            "encourage employees to share job-offers on social-media, z.B. linkedin, during breaks",
            "am Ende der Zeile",
        );
        assert!(
            help.ends_with("comment after `#`, at the end of the line"),
            "{help}"
        );
        // `bzw.` between terms is `and`.
        let help = statement_help(
            "encourage employees to share job-offers on facebook bzw. linkedin",
            "schreiben Sie `and` statt `bzw.`",
        );
        assert_eq!(
            help,
            "`bzw.` cannot stand in a statement: a list is written with `,` and `and`, write \
             `and` for `bzw.`"
        );
        // In parentheses, the help for a remark in parentheses.
        let help = statement_help(
            "encourage employees to share job-offers on social-media (z.B. linkedin)",
            "Klammern",
        );
        assert!(help.starts_with("a remark in parentheses"), "{help}");
    }

    /// The statements a help offers between backticks, each pasted into a guideline in place
    /// of the statement that has the error: the guideline then parses.
    fn assert_suggestions_parse(statement: &str, help: &str, count: usize) {
        let suggested: Vec<&str> = help.split('`').skip(1).step_by(2).collect();
        assert_eq!(suggested.len(), count, "{help}");
        let rule: String = suggested.iter().map(|s| format!("    {s}\n")).collect();
        let src = format!("guideline \"g\" {{\n  rule \"r\" {{\n{rule}  }}\n}}\n");
        assert!(parse(&src).is_ok(), "{statement}: {src}");
        // Known words throughout: no finding about the syntax or the vocabulary.
        let findings = crate::rules::testing::lint(&src);
        assert!(
            findings
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"),
            "{statement}: {findings:?}"
        );
    }

    /// Found by a blind review: `to like and share press-releases` got `encourage everyone to
    /// like …`, which cannot be pasted. When the rest of the statement can be read, each
    /// statement is written out in full, and each parses.
    #[test]
    fn each_action_gets_a_statement_in_full_that_parses() {
        for (statement, count) in [
            ("encourage everyone to like and share press-releases", 2),
            (
                "forbid employees to comment, reply, and share about employer on facebook",
                3,
            ),
            (
                "allow employees to comment or share on linkedin during breaks",
                2,
            ),
            (
                "require managers to like, share and comment company-news",
                3,
            ),
            // A second `and` between actions, and `and/or`, are no list of objects (audit 20,
            // P2: `like and share and comment press-releases` got `like, share, comment and
            // press-releases`, which does not parse).
            (
                "encourage employees to like and share and comment press-releases",
                3,
            ),
            ("encourage employees to like and/or share press-releases", 2),
            ("encourage employees to like or share press-releases", 2),
            (
                "allow employees to like and/or share and/or comment company-news on linkedin",
                3,
            ),
        ] {
            let help = statement_help(statement, "Eine Anweisung hat nur eine Aktion");
            assert!(!help.contains('…'), "{help}");
            assert_suggestions_parse(statement, &help, count);
        }
        assert_eq!(
            statement_help(
                "encourage everyone to like and share press-releases",
                "`encourage everyone to like press-releases` und `encourage everyone to share \
                 press-releases`"
            ),
            "a statement has one action: write a statement for each, `encourage everyone to like \
             press-releases` and `encourage everyone to share press-releases`"
        );
        assert_eq!(
            statement_help(
                "encourage employees to like and share and comment press-releases",
                "`encourage employees to like press-releases`, `encourage employees to share \
                 press-releases` und `encourage employees to comment press-releases`"
            ),
            "a statement has one action: write a statement for each, `encourage employees to like \
             press-releases`, `encourage employees to share press-releases` and `encourage \
             employees to comment press-releases`"
        );
        // A second `and` in the objects after an action: the action is no item of their list.
        let help = statement_help(
            "forbid employees to disclose trade-secrets and customer-data and photos",
            "`trade-secrets, customer-data and photos` statt `trade-secrets and customer-data and \
             photos`",
        );
        assert_eq!(
            help,
            "a list takes `and` only before its last item: write `trade-secrets, customer-data and \
             photos` for `trade-secrets and customer-data and photos`"
        );
        // The block closes on the same line.
        let src = "guideline \"g\" { rule \"r\" { allow employees to like and share photos } }";
        let (_, h) = message(src);
        assert!(
            h.ends_with("`allow employees to like photos` and `allow employees to share photos`"),
            "{h}"
        );
    }

    /// Found by a blind review: `during work-hours except breaks` got the general help. An
    /// exception to a time is a statement of its own, built from the statement's own words.
    #[test]
    fn an_exception_to_a_time_is_a_statement_of_its_own() {
        for (statement, without, exception) in [
            (
                "forbid employees to access any-platform during work-hours except breaks",
                "forbid employees to access any-platform during work-hours",
                "allow employees to access any-platform during breaks",
            ),
            (
                "forbid employees to post on tiktok during work-hours except for breaks using company-devices",
                "forbid employees to post on tiktok during work-hours using company-devices",
                "allow employees to post on tiktok during breaks using company-devices",
            ),
            (
                "allow employees to post during free-time except work-hours",
                "allow employees to post during free-time",
                "forbid employees to post during work-hours",
            ),
            (
                "block facebook, youtube for interns during work-hours except breaks and free-time",
                "block facebook, youtube for interns during work-hours",
                "allow interns to access facebook, youtube during breaks and free-time",
            ),
            (
                "Block facebook using company-network during work-hours except breaks",
                "Block facebook using company-network during work-hours",
                "allow everyone to access facebook using company-network during breaks",
            ),
            // German words for times are the times they translate (audit 20, P6: `except
            // Pause` was copied into `during Pause`); `or` is the list's `and`.
            (
                "forbid employees to access any-platform during work-hours except Pause",
                "forbid employees to access any-platform during work-hours",
                "allow employees to access any-platform during breaks",
            ),
            (
                "forbid employees to post during work-hours except Pausen und Freizeit",
                "forbid employees to post during work-hours",
                "allow employees to post during breaks and free-time",
            ),
            (
                "forbid employees to post during work-hours except breaks or free-time",
                "forbid employees to post during work-hours",
                "allow employees to post during breaks and free-time",
            ),
            (
                "forbid employees to post during work-hours except Mittagspause",
                "forbid employees to post during work-hours",
                "allow employees to post during breaks",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!(
                    "Eine Ausnahme von einem Zeitraum ist eine eigene Anweisung: Schreiben Sie \
                     `{without}` und `{exception}`"
                ),
            );
            assert_eq!(
                help,
                format!(
                    "an exception to a time is a statement of its own: write `{without}` and \
                     `{exception}`"
                )
            );
            assert_suggestions_parse(statement, &help, 2);
        }
        // Not built from the statement (no opposite for `encourage`, `allow only` has its own
        // implied forbid, a statement that goes on on the next line): the habit is still named,
        // with an example that parses.
        for statement in [
            "encourage employees to post during free-time except work-hours",
            "allow only pr to post during free-time except work-hours",
            "forbid employees to post during work-hours except breaks\n      on tiktok",
        ] {
            let help = statement_help(statement, "Eine Ausnahme von einem Zeitraum");
            assert!(
                help.starts_with(
                    "an exception to a time is a statement of its own: name the time with \
                     `during` and the exception in a second statement"
                ),
                "{statement}: {help}"
            );
            let help = help.replace("`during`", "during");
            assert_suggestions_parse(statement, &help, 2);
        }
        // A time the vocabulary does not know is named, with the times it knows, and not put
        // into a statement (audit 20, P6: `allow … during lunch` was an unknown term).
        for (statement, word, without) in [
            (
                "forbid employees to access any-platform during work-hours except lunch",
                "lunch",
                "forbid employees to access any-platform during work-hours",
            ),
            (
                "forbid employees to post during work-hours except for Feierabend using company-devices",
                "Feierabend",
                "forbid employees to post during work-hours using company-devices",
            ),
            (
                "block facebook during work-hours except breaks and lunch-break",
                "lunch-break",
                "block facebook during work-hours",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!(
                    "Eine Ausnahme von einem Zeitraum ist eine eigene Anweisung, aber `{word}` ist \
                     kein bekannter Zeitraum (bekannt sind `work-hours`, `breaks` und \
                     `free-time`): Schreiben Sie `{without}` und, wo nötig, die Ausnahme als \
                     zweite Anweisung mit einem bekannten Zeitraum"
                ),
            );
            assert_eq!(
                help,
                format!(
                    "an exception to a time is a statement of its own, but `{word}` is not a time \
                     guidelint knows (it knows `work-hours`, `breaks` and `free-time`): write \
                     `{without}` and, where it is needed, the exception as a second statement \
                     with a time guidelint knows"
                )
            );
            assert_suggestions_parse(statement, &format!("`{without}`"), 1);
        }
        // An `except` after another list is not this habit.
        let help = statement_help(
            "forbid employees to access facebook during work-hours on facebook except linkedin",
            "",
        );
        assert!(!help.contains("exception to a time"), "{help}");
        // A `block`'s exception before its audience keeps its own help.
        let help = statement_help("block facebook except for marketing", "");
        assert!(help.contains("for everyone except marketing"), "{help}");
    }

    /// Found by a second blind review: `research results`, `written warning` or `Regulatory
    /// Affairs` where a term goes got the general help. Two words where a term goes, joined no
    /// term either, are told to be joined and added to the vocabulary, or replaced.
    #[test]
    fn two_unknown_words_where_a_term_goes_are_named() {
        for (statement, joined, phrase, key) in [
            (
                "forbid employees to post about product-plans, research results",
                "research-results",
                "a topic such as company-news or photos",
                "`contents:`",
            ),
            (
                "allow Regulatory Affairs to post",
                "regulatory-affairs",
                "an audience such as employees or interns",
                "`audiences:`",
            ),
            (
                "monitor brand-mentions, industry news",
                "industry-news",
                "something to monitor such as brand-mentions or competitors",
                "`listening-targets:` or `surveillance-targets:`",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!("`{joined}` kennt guidelint noch nicht: Schreiben Sie `{joined}`"),
            );
            let written = statement
                .split(' ')
                .rev()
                .take(2)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<Vec<_>>()
                .join(" ");
            let written = if statement.starts_with("allow") {
                "Regulatory Affairs".to_owned()
            } else {
                written
            };
            assert_eq!(
                help,
                format!(
                    "a term of several words is written with hyphens, and `{joined}` is not one \
                     guidelint knows yet: write `{joined}` for `{written}` and add it to {key} \
                     in the `vocabulary:` section of `.guidelint.yaml`; use {phrase} only if it \
                     means the same"
                )
            );
        }
        let src = "guideline \"g\" {\n  rule \"r\" {\n    forbid employees to post\n    consequence written warning\n  }\n}\n";
        let (_, h) = message(src);
        assert!(
            h.contains("`written-warning` is not one guidelint knows"),
            "{h}"
        );
        // A known term before: not this help (`photos colleagues`).
        let help = statement_help("forbid employees to post photos colleagues", "");
        assert!(!help.contains("is not one guidelint knows"), "{help}");
    }

    /// Found by a second blind review: `all social media` was told to write `social-media` for
    /// `social media`, and the `all` left before it was then not understood.
    #[test]
    fn all_before_a_term_that_means_all_is_replaced_with_it() {
        for statement in [
            "block all social media except LinkedIn",
            "allow employees to post on all social media",
        ] {
            let help = statement_help(statement, "`social-media` statt `all social media`");
            assert!(
                help.ends_with("write `social-media` for `all social media`"),
                "{help}"
            );
        }
        let fixed = "allow employees to post on social-media";
        assert_suggestions_parse(fixed, &format!("`{fixed}`"), 1);
        // Before a term that does not mean all, `all` is not taken.
        let help = statement_help("forbid employees to post all trade secrets", "");
        assert!(!help.contains("for `all trade secrets`"), "{help}");
    }

    /// Found by a second blind review: `contact: x` was told to write `": x"`, the colon in
    /// the text.
    #[test]
    fn a_colon_after_a_clause_keyword_is_not_quoted() {
        let help = file_help(
            "guideline \"X\" {\n  contact: social@acme.example\n}\n",
            "`\"social@acme.example\"` statt `: social@acme.example`",
        );
        assert_eq!(
            help,
            "write the text in double quotes: `\"social@acme.example\"` for `: \
             social@acme.example`"
        );
        assert!(parse("guideline \"X\" {\n  contact \"social@acme.example\"\n}\n").is_ok());
    }

    /// Found by a second blind review: sentences whose condition or exception the language can
    /// say were cut short (`unless approved by PR` made a gag, `except during breaks` a
    /// blanket block), and an example after `e.g.` was kept in the suggestion.
    #[test]
    fn a_sentence_keeps_its_condition_and_exception() {
        for (sentence, statement) in [
            (
                "Employees must not post about company-news unless approved by PR.",
                "forbid employees to post about company-news without approval by PR",
            ),
            (
                "Employees must not post about the company with approval of PR.",
                "forbid employees to post about company without approval by PR",
            ),
            (
                "Employees may post about the company after approval by PR.",
                "allow employees to post about company with approval by PR",
            ),
            // Those named alone, also with an article and a unit.
            (
                "No one except PR may speak for the company.",
                "allow only pr to speak-for-company",
            ),
            (
                "Nobody but the PR department may post about company-news.",
                "allow only pr to post about company-news",
            ),
        ] {
            let help = statement_help(sentence, &format!("`{statement}` statt"));
            assert!(
                help.ends_with(&format!("write `{statement}` for `{sentence}`")),
                "{help}"
            );
            assert_suggestions_parse(sentence, &format!("`{statement}`"), 1);
        }
        let sentence = "Employees may not use Facebook except during breaks.";
        let help = statement_help(sentence, "und eine Ausnahme ist eine eigene Anweisung");
        assert_eq!(
            help,
            format!(
                "a statement starts with what it does (`allow`, `encourage`, `require`, \
                 `forbid`), and an exception is a statement of its own: write `forbid employees \
                 to use Facebook` and `allow employees to use Facebook during breaks` for \
                 `{sentence}`"
            )
        );
        assert_suggestions_parse(
            sentence,
            "`forbid employees to use Facebook` `allow employees to use Facebook during breaks`",
            2,
        );
        // The two do not conflict: their times differ.
        let src = "guideline \"g\" {\n  rule \"r\" {\n    forbid employees to use Facebook\n    allow employees to use Facebook during breaks\n    because \"x\"\n  }\n}\n";
        let findings = crate::rules::testing::lint(src);
        assert!(
            findings.iter().all(|f| f.rule != "conflicting-rules"),
            "{findings:?}"
        );
        // An example after `e.g.` is left out and named; a list item's comma keeps its term.
        let help = statement_help("Do not post about claims, e.g. accident photos.", "");
        assert!(
            help.contains(
                "write `forbid employees to post about claims` for `Do not post about claims, \
                 e.g. accident photos.` (the language has no words for `e.g. accident photos`"
            ),
            "{help}"
        );
        // Too short to be a sentence: no panic, the general help.
        for words in ["No one except", "Nobody except", "Only"] {
            let help = statement_help(words, "");
            assert!(!help.contains("starts with what it does"), "{help}");
        }
        let help = statement_help("Never disclose customer data, trade secrets etc.", "");
        assert!(
            help.contains("write `forbid employees to disclose customer-data, trade-secrets`"),
            "{help}"
        );
    }

    /// Found by a blind review: `on private devices` took two rounds (the hyphen, then
    /// `using`). A term written apart after another qualifier's keyword gets its own at once.
    #[test]
    fn a_term_written_apart_after_another_qualifier_gets_its_own() {
        for (statement, written, meant) in [
            (
                "allow employees to access facebook on private devices",
                "on private devices",
                "using private-devices",
            ),
            (
                "forbid employees to post on facebook about work hours",
                "about work hours",
                "during work-hours",
            ),
            (
                "block facebook on company devices",
                "on company devices",
                "using company-devices",
            ),
        ] {
            let help = statement_help(statement, &format!("`{meant}` statt `{written}`"));
            let term = meant.split(' ').nth(1).unwrap();
            let qualifier = meant.split(' ').next().unwrap();
            assert_eq!(
                help,
                format!(
                    "a term of several words is written with hyphens, and `{term}` is named with \
                     `{qualifier}`: write `{meant}` for `{written}`"
                )
            );
            let fixed = statement.replace(written, meant);
            assert_suggestions_parse(statement, &format!("`{fixed}`"), 1);
        }
        // With CR LF line ends, the `\r` is no part of the words.
        let (_, h) = message("guideline \"g\" {\r\n  rule \"r\" {\r\n    block facebook on company devices\r\n  }\r\n}\r\n");
        assert!(
            h.ends_with("write `using company-devices` for `on company devices`"),
            "{h}"
        );
        // The statement has that qualifier already: the term alone (a second `using` would be
        // a syntax error).
        let help = statement_help(
            "forbid employees to access facebook on company devices using company-network",
            "",
        );
        assert!(
            help.ends_with("write `company-devices` for `company devices`"),
            "{help}"
        );
    }

    /// Found by a blind review: `at all times` got the general help. A statement without
    /// `during` holds at all times: the phrase is left out.
    #[test]
    fn at_all_times_is_left_out() {
        for (statement, phrase) in [
            ("forbid employees to post at all times", "at all times"),
            (
                "allow employees to post on linkedin At any time.",
                "At any time.",
            ),
            (
                "forbid employees to post around the clock",
                "around the clock",
            ),
            ("forbid employees to post zu jeder Zeit", "zu jeder Zeit"),
        ] {
            let help = statement_help(
                statement,
                &format!("Eine Anweisung ohne `during` gilt jederzeit: Lassen Sie `{phrase}` weg"),
            );
            assert_eq!(
                help,
                format!("a statement without `during` holds at all times: leave out `{phrase}`")
            );
            let fixed = statement.replace(phrase, "");
            assert_suggestions_parse(statement, &format!("`{}`", fixed.trim_end()), 1);
        }
    }

    /// Found by a blind review: `channel {` without a platform was told to write a list of
    /// platforms, which a channel header does not take.
    #[test]
    fn a_channel_without_a_platform_is_told_its_header() {
        let (_, h) = message("guideline \"g\" {\n  channel {\n    purpose service\n  }\n}\n");
        assert_eq!(
            h,
            "a channel starts with its platform, then the account name in quotes, as in `channel \
             twitter \"@acme_help\"`"
        );
    }

    /// Found by a blind review: a `rule` block left open before the next `rule` got the general
    /// help for the inside of a rule. The help says which block is open and where its `}` goes.
    #[test]
    fn a_block_left_open_is_named() {
        let src = "guideline \"g\" {\n  rule \"a\" {\n    forbid employees to post\n  rule \"b\" {\n    allow employees to post\n  }\n}\n";
        let (_, h) = message(src);
        assert_eq!(
            h,
            "the `rule` block before this `rule` is not closed: write `}` on the line before `rule`"
        );
        let src =
            "guideline \"g\" {\n  channel twitter \"@x\" {\n    purpose service\n  goal \"x\"\n}\n";
        let err = parse(src).expect_err("syntax error");
        assert_eq!(
            finding(&err, src, Lang::De).help.unwrap(),
            "Der `channel`-Block vor diesem `goal` ist nicht geschlossen: Schreiben Sie `}` in die \
             Zeile vor `goal`"
        );
        // Closed as the help says, the file parses.
        let fixed = "guideline \"g\" {\n  channel twitter \"@x\" {\n    purpose service\n  }\n  goal \"x\"\n}\n";
        assert!(parse(fixed).is_ok());
        // A clause of the guideline where it belongs is no open block.
        let (_, h) = message("guideline \"g\" {\n  rule \"a\" { }\n  rule rule\n}\n");
        assert!(!h.contains("not closed"), "{h}");
    }

    /// Found by a blind review: sentences whose suggested statement was a syntax error of its
    /// own (`or`, `in their free time`, `approval of PR`, two actions, `of colleagues`). The
    /// suggestion says them in the language's words, one statement for each action, and names
    /// the words it leaves out.
    #[test]
    fn a_sentence_becomes_statements_that_parse() {
        for (sentence, statements, left_out) in [
            (
                "Never disclose customer data or trade secrets.",
                vec!["forbid employees to disclose customer-data and trade-secrets"],
                None,
            ),
            (
                "Employees may post on Facebook and Instagram in their free time.",
                vec!["allow employees to post on Facebook and Instagram during free-time"],
                None,
            ),
            (
                "Employees must not post about the company without approval of PR.",
                vec!["forbid employees to post about company without approval by PR"],
                None,
            ),
            (
                "Employees must disclose that they work for us.",
                vec!["require employees to disclose affiliation"],
                None,
            ),
            // A condition: forbidden unless approved (not "forbidden with approval").
            (
                "Employees must not post about the company only with approval of PR.",
                vec!["forbid employees to post about company without approval by PR"],
                None,
            ),
            (
                "Employees may post about the company only with approval of the PR department.",
                vec!["allow employees to post about company with approval by PR"],
                None,
            ),
            (
                "Employees may like or share press releases on Facebook or Instagram.",
                vec![
                    "allow employees to like press-releases on Facebook and Instagram",
                    "allow employees to share press-releases on Facebook and Instagram",
                ],
                None,
            ),
            (
                "Employees may post photos of colleagues.",
                vec!["allow employees to post photos"],
                Some("of colleagues"),
            ),
            (
                "Employees may like, share and comment photos of competitors.",
                vec![
                    "allow employees to like photos",
                    "allow employees to share photos",
                    "allow employees to comment photos",
                ],
                Some("of competitors"),
            ),
        ] {
            let ticked: Vec<String> = statements.iter().map(|s| format!("`{s}`")).collect();
            let mut expected = format!(
                "a statement starts with what it does (`allow`, `encourage`, `require`, \
                 `forbid`){}: write {} for `{sentence}`",
                if statements.len() > 1 {
                    " and has one action"
                } else {
                    ""
                },
                ticked.join(if statements.len() > 2 { ", " } else { " and " }),
            );
            if statements.len() > 2 {
                // `a`, `b` and `c`.
                let last = ticked.len() - 1;
                expected = expected.replacen(
                    &format!(", {}", ticked[last]),
                    &format!(" and {}", ticked[last]),
                    1,
                );
            }
            if let Some(words) = left_out {
                expected.push_str(&format!(
                    " (the language has no words for `{words}`: say it in the rule's `because`)"
                ));
            }
            let de = match left_out {
                Some(words) => format!("(für `{words}` hat die Sprache keine Wörter"),
                None => format!("`{}`", statements[0]),
            };
            let help = statement_help(sentence, &de);
            assert_eq!(help, expected, "{sentence}");
            let src = format!(
                "guideline \"g\" {{\n  rule \"r\" {{\n    {}\n  }}\n}}\n",
                statements.join("\n    ")
            );
            assert!(parse(&src).is_ok(), "{sentence}: {src}");
        }
        // The action alone would say "anything": no words left out then.
        let help = statement_help("Do not post of colleagues.", "");
        assert!(!help.contains("has no words"), "{help}");
    }

    /// Found by a review: `on any-platform except linkedin` got the general help, and `block
    /// any-platform except linkedin` was told to write `for everyone except linkedin` (an
    /// audience). Only whom a statement is for has exceptions: a list of platforms names only
    /// the platforms meant; an exception to topics or means is a statement of its own.
    #[test]
    fn an_exception_to_another_list_is_named() {
        for (statement, written, meant, examples) in [
            (
                "allow employees to post on any-platform except linkedin",
                "on any-platform except linkedin",
                "on facebook, instagram and twitter",
                true,
            ),
            (
                "forbid employees to post on Social-Media except for Twitter and Facebook during work-hours",
                "on Social-Media except for Twitter and Facebook",
                "on instagram, linkedin and xing",
                true,
            ),
            (
                "block any-platform except linkedin for interns",
                "block any-platform except linkedin",
                "block facebook, instagram and twitter",
                true,
            ),
            (
                "forbid employees to access any-platform except xing using company-devices",
                "access any-platform except xing",
                "access facebook, instagram and twitter",
                true,
            ),
            (
                "block facebook, linkedin, xing except linkedin for interns",
                "block facebook, linkedin, xing except linkedin",
                "block facebook and xing",
                false,
            ),
        ] {
            let help = statement_help(statement, "Eine Liste von Plattformen hat keine Ausnahmen");
            let expected = if examples {
                format!(
                    "a list of platforms has no exceptions: instead of `{written}`, name only the \
                     platforms you mean, such as `{meant}`"
                )
            } else {
                format!("a list of platforms has no exceptions: write `{meant}` for `{written}`")
            };
            assert_eq!(help, expected, "{statement}");
            // Pasted in, the statement parses and knows its words.
            let fixed = statement.replace(written, meant);
            assert_suggestions_parse(statement, &format!("`{fixed}`"), 1);
        }
        for (statement, without, exception, de) in [
            (
                "forbid employees to post about company-topics except press-releases",
                "forbid employees to post about company-topics",
                "allow employees to post about press-releases",
                "Themen",
            ),
            (
                "forbid employees to disclose internal-matters except for job-offers and press-releases on linkedin",
                "forbid employees to disclose internal-matters on linkedin",
                "allow employees to disclose job-offers and press-releases on linkedin",
                "Themen",
            ),
            (
                "allow employees to post about product-plans except financial-results",
                "allow employees to post about product-plans",
                "forbid employees to post about financial-results",
                "Themen",
            ),
            (
                "forbid employees to access any-platform using company-devices except private-devices",
                "forbid employees to access any-platform using company-devices",
                "allow employees to access any-platform using private-devices",
                "Mitteln (Geräten, Netzen oder Konten)",
            ),
            // German words for terms are the terms they translate (audit 20, P6).
            (
                "forbid employees to post about company-topics except Pressemitteilungen",
                "forbid employees to post about company-topics",
                "allow employees to post about press-releases",
                "Themen",
            ),
            (
                "forbid employees to access any-platform using company-devices except Privatgeräte",
                "forbid employees to access any-platform using company-devices",
                "allow employees to access any-platform using private-devices",
                "Mitteln (Geräten, Netzen oder Konten)",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!(
                    "Eine Ausnahme von einer Liste von {de} ist eine eigene Anweisung: Schreiben \
                     Sie `{without}` und `{exception}`"
                ),
            );
            assert!(
                help.ends_with(&format!("is a statement of its own: write `{without}` and `{exception}`")),
                "{help}"
            );
            assert_suggestions_parse(statement, &help, 2);
            // The two statements do not conflict: their lists share no term.
            let src = format!(
                "guideline \"g\" {{\n  rule \"r\" {{\n    {without}\n    {exception}\n  }}\n}}\n"
            );
            let findings = crate::rules::testing::lint(&src);
            assert!(
                findings.iter().all(|f| f.rule != "conflicting-rules"),
                "{statement}: {findings:?}"
            );
        }
        // Not built: no opposite of `encourage`, a statement going on on the next line, a
        // monitor's targets.
        for (statement, help_text) in [
            (
                "encourage employees to share company-news except financial-results",
                "an exception to a list of topics is a statement of its own: leave out `except \
                 financial-results` and, where it is needed, write the exception as a second \
                 statement",
            ),
            (
                "forbid employees to post about company-topics except press-releases\n      on linkedin",
                "an exception to a list of topics is a statement of its own: leave out `except \
                 press-releases` and, where it is needed, write the exception as a second \
                 statement",
            ),
            (
                "monitor public-conversations, brand-mentions except competitors",
                "a list of monitor targets has no exceptions: leave out `except competitors` and \
                 name only the monitor targets you mean",
            ),
        ] {
            let help = statement_help(statement, "");
            assert_eq!(help, help_text, "{statement}");
        }
        // A topic or means the vocabulary does not know is named (with the terms spelled close
        // to it, or the means it knows), and not put into a statement (audit 20, P6).
        for (statement, help_text, de) in [
            (
                "forbid employees to post about company-topics except gossip",
                "an exception to a list of topics is a statement of its own, but `gossip` is not a \
                 topic guidelint knows: write `forbid employees to post about company-topics` \
                 and, where it is needed, the exception as a second statement with a topic \
                 guidelint knows",
                "aber `gossip` ist kein bekanntes Thema: Schreiben Sie `forbid employees to post \
                 about company-topics` und, wo nötig, die Ausnahme als zweite Anweisung mit einem \
                 bekannten Thema",
            ),
            (
                "allow employees to post about product-plans except press-release",
                "an exception to a list of topics is a statement of its own, but `press-release` \
                 is not a topic guidelint knows (did you mean `press-releases`?): write `allow \
                 employees to post about product-plans` and, where it is needed, the exception as \
                 a second statement with a topic guidelint knows",
                "(meinten Sie `press-releases`?)",
            ),
            (
                "forbid employees to access any-platform using company-devices except laptops",
                "an exception to a list of means is a statement of its own, but `laptops` is not a \
                 device, network or account guidelint knows (it knows `company-devices`, \
                 `company-network`, `private-devices`, `private-accounts` and \
                 `company-accounts`): write `forbid employees to access any-platform using \
                 company-devices` and, where it is needed, the exception as a second statement \
                 with a device, network or account guidelint knows",
                "aber `laptops` ist kein bekanntes Gerät, Netz oder Konto (bekannt sind",
            ),
        ] {
            let help = statement_help(statement, de);
            assert_eq!(help, help_text, "{statement}");
        }
        // A term of another list after `except` is no platform left out.
        let help = statement_help(
            "encourage employees to share job-offers on linkedin except breaks",
            "",
        );
        assert!(!help.contains("list of platforms"), "{help}");
        // A `block`'s audience after its exception keeps its own help.
        let help = statement_help("block any-platform except for interns", "");
        assert!(
            help.contains("`block any-platform for everyone except interns`"),
            "{help}"
        );
    }

    /// A character wider than a byte just before the comma (found by the property test: a
    /// byte order mark, or a comment ending in U+FEFF) must not cut the source inside a character.
    #[test]
    fn a_wide_character_before_the_comma_is_no_boundary_problem() {
        for src in [
            "guideline \"g\" { rule \"r\" { forbid employees to \u{feff}, x } }",
            "guideline \"g\" { rule \"r\" { forbid employees to ä\u{feff}, x } }",
            "guideline \"g\" { owner hr\u{feff}, sales }",
            "guideline \"g\" { rule \"r\" { forbid employees to post\u{feff}, x } }",
            "guideline \"g\" { rule \"r\" { forbid employees to post \u{feff}, x } }",
            "guideline \"g\" { rule \"r\" { forbid employees to post\u{2028}, x } }",
            "guideline \"g\" { rule \"r\" { forbid employees to post#\u{feff}\n, x } }",
            "\u{feff},",
            "guideline \"g\" { rule \"r\" { forbid employees to postér x } }",
            "guideline \"g\" { rule \"r\" { forbid employees to post ér x } }",
        ] {
            if let Err(err) = parse(src) {
                finding(&err, src, Lang::En);
                finding(&err, src, Lang::De);
            }
        }
    }

    /// A mistyped keyword, or a German one, gets the keyword the position takes.
    #[test]
    fn keywords_are_guessed_from_typos_and_german() {
        let (_, h) = message("guideline \"g\" { chanel facebook { purpose service } }");
        assert_eq!(h, "did you mean `channel`?");
        let (_, h) = message("guideline \"g\" { rule \"r\" { verbieten employees to post } }");
        assert_eq!(
            h,
            "the keywords of the language are English: write `forbid` for `verbieten`"
        );
        let (_, h) = message("guideline \"g\" { Regel \"r\" { } }");
        assert!(h.contains("write `rule` for `Regel`"), "{h}");
        let src = "guideline \"g\" { rule \"r\" { forbidd employees to post } }";
        let err = parse(src).expect_err("syntax error");
        let de = finding(&err, src, Lang::De).help.unwrap();
        assert_eq!(de, "Meinten Sie `forbid`?");
        // Nothing close: the usual help.
        let (_, h) = message("guideline \"g\" { rule \"r\" { xyzzy employees to post } }");
        assert!(!h.contains("did you mean"), "{h}");
    }

    /// A string whose closing quote is missing runs on to the next quote; the error a line
    /// later points back at where the string began.
    #[test]
    fn a_runaway_string_is_pointed_at() {
        let src = "guideline \"G\" {\n  goal \"Be open\n  contact \"hr@example.com\"\n}\n";
        let err = parse(src).expect_err("syntax error");
        let f = finding(&err, src, Lang::En);
        assert_eq!(f.related.len(), 1, "{f:?}");
        assert_eq!(&src[f.related[0].span.range()], "\"");
        assert_eq!(f.related[0].span.start, src.find("\"Be").unwrap());
        assert!(f.help.unwrap().contains("starts on line 2"));
        // A string on one line before an error is no runaway.
        let src = "guideline \"G\" { goal \"x\" oops }";
        let err = parse(src).expect_err("syntax error");
        assert!(finding(&err, src, Lang::En).related.is_empty());
    }

    #[test]
    fn missing_to() {
        let (m, h) = message("guideline \"g\" { rule \"r\" { allow employees access facebook } }");
        assert!(m.starts_with("expected "), "{m}");
        assert!(m.contains("`to`"), "{m}");
        assert!(m.ends_with("found `access`"), "{m}");
        assert_eq!(h, "write `employees to access` for `employees access`");
        // Where the word found is no action, the general help shows the statement's form.
        let (_, h) = message("guideline \"g\" { rule \"r\" { allow employees go } }");
        assert!(h.contains("`allow WHO to ACTION`"), "{h}");
    }

    /// Found by a blind review (audit 20, P4): where no advice applies, the general help of a
    /// block said to close it with `}`, though the block was closed; it names the word that is
    /// not understood instead. At the end of the file the `}` is what is missing.
    #[test]
    fn the_general_help_names_the_word_not_understood() {
        let help = statement_help(
            "forbid employees to disclose customer-data secrets",
            "`secrets` wird hier nicht verstanden: Schreiben Sie in eine Regel Anweisungen wie \
             `allow employees to access any-platform`",
        );
        assert_eq!(
            help,
            "`secrets` is not understood here: inside a rule write statements such as `allow \
             employees to access any-platform`"
        );
        let (_, help) = message("guideline \"g\" {\n  owner hr\n  mission \"x\"\n}\n");
        assert!(
            help.starts_with("`mission` is not understood here: inside a guideline"),
            "{help}"
        );
        // A keyword out of place, and the end of the file, keep the general help.
        let (_, help) =
            message("guideline \"g\" {\n  rule \"r\" {\n    forbid employees to post\n");
        assert!(help.ends_with("then close it with `}`"), "{help}");
        let src = "guideline \"g\" {\n  rule \"r\" {\n    forbid employees to post\n";
        let err = parse(src).expect_err("syntax error");
        let de = finding(&err, src, Lang::De).help.unwrap();
        assert!(de.ends_with("schließen Sie den Regelblock mit `}`"), "{de}");
    }

    #[test]
    fn statement_expected_in_words() {
        let (m, _) = message("guideline \"g\" { rule \"r\" { permit employees } }");
        assert!(
            m.contains("a statement such as allow, forbid or block"),
            "{m}"
        );
        assert!(!m.contains("rule_item"), "{m}");
    }

    #[test]
    fn every_kind_has_words() {
        use crate::span::Span;
        let kinds = [
            SyntaxErrorKind::Repeated {
                clause: "version",
                scope: Scope::Guideline,
            },
            SyntaxErrorKind::Repeated {
                clause: "replies",
                scope: Scope::Channel,
            },
            SyntaxErrorKind::Repeated {
                clause: "because",
                scope: Scope::RuleBlock,
            },
            SyntaxErrorKind::Repeated {
                clause: "consequence",
                scope: Scope::RuleBlock,
            },
            SyntaxErrorKind::Repeated {
                clause: "during",
                scope: Scope::Statement,
            },
            SyntaxErrorKind::SecondApproval {
                first: "with approval",
                second: "without approval",
            },
            SyntaxErrorKind::SecondApproval {
                first: "with approval",
                second: "with approval",
            },
            SyntaxErrorKind::ExceptAfterAllowOnly { rewrite: None },
            SyntaxErrorKind::InvalidEscape {
                escape: "\\q".into(),
            },
            SyntaxErrorKind::InvalidEscape {
                escape: "\\".into(),
            },
            SyntaxErrorKind::UnclosedString { opening: None },
            SyntaxErrorKind::TooComplex,
        ];
        let mut messages = std::collections::HashSet::new();
        for kind in kinds {
            let f = finding(
                &SyntaxError {
                    span: Span::new(0, 1),
                    kind: kind.clone(),
                },
                "",
                Lang::En,
            );
            assert!(!f.message.is_empty() && !f.label.is_empty(), "{kind:?}");
            assert!(f.help.as_deref().is_some_and(|h| !h.is_empty()), "{kind:?}");
            assert!(
                messages.insert(f.message.clone()),
                "{kind:?}: {}",
                f.message
            );
        }
    }

    #[test]
    fn repeated_clauses_are_named() {
        let (m, h) = message("guideline \"g\" { rule \"r\" { allow employees to access facebook during breaks during free-time } }");
        assert_eq!(
            m,
            "`during` appears a second time; it may appear only once in a statement"
        );
        assert!(
            h.contains("write `during breaks and free-time` for `during breaks during free-time`"),
            "{h}"
        );
        // On two lines, an example of the joined form.
        let (_, h) = message("guideline \"g\" { rule \"r\" { allow employees to access facebook during breaks\n during free-time } }");
        assert!(h.contains("`during breaks, free-time`"), "{h}");
        // Each qualifier's help shows the user's lists joined; two approvals are chosen between.
        let (_, h) = message(
            "guideline \"g\" { rule \"r\" { forbid employees to post on facebook on twitter } }",
        );
        assert!(h.contains("`on facebook and twitter`"), "{h}");
        let (_, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post using company-devices using company-network } }");
        assert!(
            h.contains("`using company-devices and company-network`"),
            "{h}"
        );
        let (_, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post about employer about company-news } }");
        assert!(h.contains("`about employer and company-news`"), "{h}");
        // A second approval qualifier is named as written.
        let (m, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post with approval by pr without approval by hr } }");
        assert_eq!(
            m,
            "a second approval qualifier: `without approval` after `with approval`; a statement takes one"
        );
        assert!(h.starts_with("keep one approval qualifier"), "{h}");
        assert!(!h.contains("join"), "{h}");
        let (m, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post without approval by pr with approval by hr } }");
        assert_eq!(
            m,
            "a second approval qualifier: `with approval` after `without approval`; a statement takes one"
        );
        assert!(h.starts_with("keep one approval qualifier"), "{h}");
        // Two of the same kind are joined.
        let (m, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post with approval by pr with approval by hr } }");
        assert_eq!(
            m,
            "a second `with approval`; a statement takes one approval qualifier"
        );
        assert_eq!(
            h,
            "join both lists into one, for example `with approval by pr, legal`"
        );
        let (m, _) = message("guideline \"g\" { version \"1\" version \"2\" }");
        assert_eq!(
            m,
            "`version` appears a second time; it may appear only once in a guideline"
        );
    }

    #[test]
    fn end_of_file_is_named() {
        let (m, _) = message("guideline \"g\" {\n  owner hr\n");
        assert!(m.ends_with("found the end of the file"), "{m}");
    }

    #[test]
    fn no_pest_rule_names_ever() {
        let broken = [
            "",
            "guideline",
            "guideline \"g\"",
            "guideline \"g\" {",
            "guideline \"g\" { owner }",
            "guideline \"g\" { channel x { respond within 4hours } }",
            "guideline \"g\" { rule \"r\" { allow employees to } }",
            "guideline \"g\" { rule \"r\" { block facebook for } }",
            "guideline \"g\" { } extra",
            "guideline \"g\" { goal \"unclosed }",
            "guideline \"g\" { goal \"bad \\q escape\" }",
        ];
        for src in broken {
            let (m, h) = message(src);
            for word in [
                "_q",
                "kw_",
                "rule_item",
                "EOI",
                "string_end",
                "channel_item",
            ] {
                assert!(!m.contains(word) && !h.contains(word), "{src:?}: {m} / {h}");
            }
        }
    }

    #[test]
    fn german_words_for_what_was_expected() {
        let src = "guideline \"g\" { rule \"r\" { allow employees access facebook } }";
        let err = parse(src).expect_err("syntax error");
        let f = finding(&err, src, Lang::De);
        assert_eq!(
            f.message,
            "Hier steht `access`, erwartet wurde aber `to`, `except`, `,` oder `and`"
        );
        assert_eq!(
            f.help.unwrap(),
            "Schreiben Sie `employees to access` statt `employees access`"
        );
        let src = "guideline \"g\" {\n  owner hr\n";
        let err = parse(src).expect_err("syntax error");
        let f = finding(&err, src, Lang::De);
        assert!(
            f.message
                .starts_with("Hier endet die Datei, erwartet wurde aber "),
            "{}",
            f.message
        );
        assert_eq!(f.label, "hier endet die Datei");
    }

    #[test]
    fn every_kind_has_german_words() {
        use crate::span::Span;
        let kinds = [
            SyntaxErrorKind::Repeated {
                clause: "version",
                scope: Scope::Guideline,
            },
            SyntaxErrorKind::Repeated {
                clause: "because",
                scope: Scope::RuleBlock,
            },
            SyntaxErrorKind::Repeated {
                clause: "during",
                scope: Scope::Statement,
            },
            SyntaxErrorKind::SecondApproval {
                first: "with approval",
                second: "without approval",
            },
            SyntaxErrorKind::SecondApproval {
                first: "with approval",
                second: "with approval",
            },
            SyntaxErrorKind::ExceptAfterAllowOnly { rewrite: None },
            SyntaxErrorKind::InvalidEscape {
                escape: "\\q".into(),
            },
            SyntaxErrorKind::UnclosedString { opening: None },
            SyntaxErrorKind::TooComplex,
        ];
        for kind in kinds {
            let error = SyntaxError {
                span: Span::new(0, 1),
                kind: kind.clone(),
            };
            let (en, de) = (finding(&error, "", Lang::En), finding(&error, "", Lang::De));
            assert_ne!(en.message, de.message, "{kind:?}");
            assert_ne!(en.label, de.label, "{kind:?}");
            assert_ne!(en.help, de.help, "{kind:?}");
        }
        let f = finding(
            &SyntaxError {
                span: Span::new(0, 1),
                kind: SyntaxErrorKind::Repeated {
                    clause: "during",
                    scope: Scope::Statement,
                },
            },
            "",
            Lang::De,
        );
        assert_eq!(
            f.message,
            "`during` steht hier ein zweites Mal; es darf in einer Anweisung nur einmal vorkommen"
        );
    }

    /// The message and help for a term position fit its kind, in both languages; the audit's
    /// cases each name the kind the grammar expects after their keyword.
    #[test]
    fn a_term_position_names_its_kind() {
        let wrap = |body: &str| format!("guideline \"g\" {{\n  {body}\n}}\n");
        for (body, en, help) in [
            (
                "rule \"A\" { consequence }",
                "expected a consequence such as reminder or warning, found `}`",
                "write consequences here, such as `reminder`, `warning` or `training`, separated by `,` or `and`",
            ),
            (
                "channel x { purpose }",
                "expected a purpose such as service or marketing, found `}`",
                "write purposes here, such as `service`, `marketing` or `dialogue`, separated by `,` or `and`",
            ),
            (
                "rule \"A\" { monitor }",
                "expected something to monitor such as brand-mentions or competitors, found `}`",
                "write what is monitored here, such as `brand-mentions`, `competitors` or `customer-feedback`, separated by `,` or `and`",
            ),
            (
                "rule \"A\" { allow employees to post during }",
                "expected a time such as work-hours or breaks, found `}`",
                "write times here, such as `work-hours`, `breaks` or `free-time`, separated by `,` or `and`",
            ),
            (
                "rule \"A\" { allow employees to }",
                "expected an action such as access or post, found `}`",
                "write one action here, such as `access`, `post` or `share`",
            ),
            (
                "rule \"A\" { allow employees to post using }",
                "expected a means such as company-devices or private-accounts, found `}`",
                "write devices, networks or accounts here, such as `company-devices`, `private-accounts` or `company-network`, separated by `,` or `and`",
            ),
            (
                "rule \"A\" { allow employees to post about }",
                "expected a topic such as company-news or photos, found `}`",
                "write topics here, such as `company-news`, `photos` or `opinions`, separated by `,` or `and`",
            ),
            (
                "rule \"A\" { allow employees to access facebook, }",
                "expected `and`, or a platform such as facebook or linkedin, found `}`",
                // A comma after the last item is named (edit 16, item 11).
                "remove the `,` after the last item of the list",
            ),
            (
                "rule \"A\" { forbid interns except }",
                "expected an audience such as employees or interns, found `}`",
                "write who it applies to here, such as `employees`, `interns` or `managers`, separated by `,` or `and`",
            ),
            (
                "channel x { staffed by }",
                "expected a department such as hr or pr, found `}`",
                "write departments here, such as `hr`, `pr` or `customer-service`, separated by `,` or `and`",
            ),
        ] {
            let (m, h) = message(&wrap(body));
            assert_eq!((m.as_str(), h.as_str()), (en, help), "{body}");
        }
        // A keyword where a term belongs: the kind, and that the word is a keyword.
        let (m, h) = message(&wrap("rule \"A\" { allow employees to on facebook }"));
        assert_eq!(m, "expected an action such as access or post, found `on`");
        assert!(
            h.starts_with("`on` is one of the language's own words"),
            "{h}"
        );
        // German.
        let src = wrap("rule \"A\" { consequence }");
        let f = finding(&parse(&src).expect_err("syntax error"), &src, Lang::De);
        assert_eq!(
            f.message,
            "Hier steht `}`, erwartet wurde aber eine Konsequenz (z. B. `reminder`, `warning`)"
        );
        assert_eq!(
            f.help.as_deref(),
            Some("Schreiben Sie hier Konsequenzen wie `reminder`, `warning` oder `training`, getrennt durch `,` oder `and`")
        );
    }

    /// The lists of what was expected: the plain things first, joined by one "or", then each
    /// phrase with examples of its own after ", or ".
    #[test]
    fn lists_of_what_was_expected_read_naturally() {
        let (m, _) = message("guideline \"g\" { owner hr sales }");
        assert_eq!(
            m,
            "expected `,`, `and` or `}`, or a clause such as owner, audience, contact, goal, \
             channel or rule, found `sales`"
        );
        let (m, _) = message("guideline \"g\" { rule \"r\" { x } }");
        assert_eq!(
            m,
            "expected `because`, `consequence` or `}`, or a statement such as allow, forbid or \
             block, found `x`"
        );
        let (m, _) = message("guideline \"g\" { owner }");
        assert_eq!(m, "expected a department such as hr or pr, found `}`");
        let (m, _) = message("guideline \"g\" { rule \"r\" { allow employees access } }");
        assert_eq!(m, "expected `to`, `except`, `,` or `and`, found `access`");
    }

    /// Everything the describer can be asked to put into words reads as one list: each part
    /// between ", or " has at most one "or" of its own, for the sets the parser reports on
    /// broken examples and for every set of up to three things.
    #[test]
    fn every_list_has_one_or_per_part() {
        use crate::syntax::TermKind;
        // German examples stand in brackets (with an "oder" of their own for `Mittel`), and
        // the phrases with examples form one list after " – oder ".
        let outside_brackets = |list: &str| {
            let mut depth = 0_u32;
            list.chars()
                .filter(|&c| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth = depth.saturating_sub(1),
                        _ => return depth == 0,
                    }
                    false
                })
                .collect::<String>()
        };
        let check = |set: &[Expected]| {
            for (lang, or, separator) in [
                (Lang::En, " or ", ", or "),
                (Lang::De, " oder ", " – oder "),
            ] {
                let list = expected_list(set, lang);
                assert!(!list.is_empty(), "{set:?}");
                let list = if lang == Lang::De {
                    outside_brackets(&list)
                } else {
                    list
                };
                for part in list.split(separator) {
                    assert!(part.matches(or).count() <= 1, "{set:?}: {list}");
                    assert!(
                        !part.is_empty() && !part.starts_with(or.trim_start()),
                        "{list}"
                    );
                }
            }
        };
        for set in reported_lists() {
            check(&set);
        }
        let kinds = [
            TermKind::Audience,
            TermKind::Department,
            TermKind::Platform,
            TermKind::Action,
            TermKind::Content,
            TermKind::Time,
            TermKind::Means,
            TermKind::MonitorTarget,
            TermKind::Purpose,
            TermKind::Consequence,
            TermKind::Any,
        ];
        let mut all = vec![
            Expected::Keyword("to"),
            Expected::Keyword("and"),
            Expected::Keyword("except"),
            Expected::Keyword("because"),
            Expected::Item,
            Expected::Statement,
            Expected::RuleItem,
            Expected::ChannelItem,
            Expected::Qualifier,
            Expected::String,
            Expected::ClosingQuote,
            Expected::Duration,
            Expected::OpenBrace,
            Expected::CloseBrace,
            Expected::Comma,
            Expected::EndOfFile,
        ];
        all.extend(kinds.map(Expected::Term));
        for (i, a) in all.iter().enumerate() {
            check(&[*a]);
            for (j, b) in all.iter().enumerate().skip(i + 1) {
                check(&[*a, *b]);
                for c in &all[j + 1..] {
                    check(&[*a, *b, *c]);
                }
            }
        }
    }

    /// The sets of what was expected that the parser reports where a broken example stops:
    /// each example cut after every token, and with a stray `3` before every token.
    fn reported_lists() -> std::collections::BTreeSet<Vec<Expected>> {
        let examples = [
            include_str!("../../../examples/open-en.guideline"),
            include_str!("../../../examples/mixed-de.guideline"),
            include_str!("../../../examples/azubis-de.guideline"),
            "guideline \"g\" {\n  version \"1\"\n  channel x \"@x\" {\n    purpose service\n    respond within 4h\n    staffed by sales\n    replies on\n  }\n  rule \"r\" {\n    block tiktok for interns except mentors on x\n    monitor brand-mentions\n    allow only pr to access facebook, x and y with approval by legal\n    forbid employees to post without approval by pr\n  }\n}\n",
        ];
        let mut sets = std::collections::BTreeSet::new();
        for example in examples {
            let boundaries = example
                .char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .map(|(i, _)| i);
            for at in boundaries {
                for broken in [
                    example[..at].to_owned(),
                    format!("{} 3{}", &example[..at], &example[at..]),
                ] {
                    if let Err(SyntaxError {
                        kind: SyntaxErrorKind::Expected { expected, .. },
                        ..
                    }) = parse(&broken)
                    {
                        sets.insert(expected);
                    }
                }
            }
        }
        sets
    }

    /// Every list the parser reports on the broken examples, in both languages, for review.
    #[test]
    fn reported_lists_in_words() {
        let lines: Vec<String> = reported_lists()
            .iter()
            .flat_map(|set| [expected_list(set, Lang::En), expected_list(set, Lang::De)])
            .collect();
        insta::assert_snapshot!(lines.join("\n"));
    }

    /// Found by a blind review: `Mitarbeiter*innen` got "a statement reads `allow WHO to
    /// ACTION`" and `Mitarbeiter:innen` "leave out the `:`". A German word in a gender form gets
    /// its term, the word written apart replaced by the term parses without findings, and the
    /// alias the help names keeps the word with a capital I.
    #[test]
    fn a_german_word_in_a_gender_form_gets_its_term() {
        for (statement, written, term, alias) in [
            (
                "encourage Mitarbeiter*innen to share job-offers on instagram",
                "Mitarbeiter*innen",
                "employees",
                "mitarbeiterinnen",
            ),
            (
                "allow Mitarbeiter:innen to access any-platform",
                "Mitarbeiter:innen",
                "employees",
                "mitarbeiterinnen",
            ),
            (
                "allow Mitarbeiter_innen to access any-platform",
                "Mitarbeiter_innen",
                "employees",
                "mitarbeiterinnen",
            ),
            (
                "allow Mitarbeiter/innen to access any-platform",
                "Mitarbeiter/innen",
                "employees",
                "mitarbeiterinnen",
            ),
            (
                "allow Kolleg*innen to access any-platform",
                "Kolleg*innen",
                "employees",
                "kolleginnen",
            ),
            (
                "forbid Praktikant*innen to post about employer",
                "Praktikant*innen",
                "interns",
                "praktikantinnen",
            ),
            (
                "allow employees, Praktikant:in to access any-platform",
                "Praktikant:in",
                "interns",
                "praktikantinnen",
            ),
            (
                "monitor Bewerber*innen on linkedin",
                "Bewerber*innen",
                "applicants",
                "bewerberinnen",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!("Das Wort `{written}` ist deutsch, die Begriffe der Sprache sind englisch: Schreiben Sie `{term}` statt `{written}`"),
            );
            assert!(
                help.starts_with(&format!(
                    "`{written}` is German, and the terms of the language are English: write \
                     `{term}` for `{written}`, or keep the German word as `"
                )),
                "{statement}: {help}"
            );
            assert!(help.contains(&format!("`{alias}: {term}`")), "{help}");
            let repaired = format!(
                "guideline \"g\" {{\n  rule \"r\" {{\n    {}\n  }}\n}}\n",
                statement.replace(written, term)
            );
            assert!(parse(&repaired).is_ok(), "{repaired}");
        }
        // A mark after a word that is no German word for a term keeps its usual help.
        let help = statement_help("allow Freunde*innen to access any-platform", "");
        assert!(!help.contains("is German"), "{help}");
    }

    /// Found by a blind review: `in der Pause` got the generic help, and `während der Freizeit`
    /// took three rounds (`during der Freizeit`, `during Freizeit`, unknown time `Freizeit`).
    /// A preposition, an article or possessive and a German word for a term get the whole
    /// qualifier in one help; it parses and has known words throughout.
    #[test]
    fn a_german_qualifier_with_its_article_gets_the_whole_qualifier() {
        for (statement, written, meant) in [
            (
                "allow employees to access any-platform in der Pause",
                "in der Pause",
                "during breaks",
            ),
            (
                "allow employees to access any-platform während der Pause",
                "während der Pause",
                "during breaks",
            ),
            (
                "forbid employees to post about employer während ihrer Freizeit",
                "während ihrer Freizeit",
                "during free-time",
            ),
            (
                "forbid employees to access facebook während der Arbeitszeit",
                "während der Arbeitszeit",
                "during work-hours",
            ),
            (
                "allow employees to access any-platform during ihrer Freizeit",
                "during ihrer Freizeit",
                "during free-time",
            ),
            (
                "allow employees to access any-platform during der Freizeit",
                "during der Freizeit",
                "during free-time",
            ),
            (
                "allow employees to access any-platform während Freizeit",
                "während Freizeit",
                "during free-time",
            ),
            (
                "forbid employees to post über ihren Arbeitgeber",
                "über ihren Arbeitgeber",
                "about employer",
            ),
            (
                "allow employees to access any-platform in the breaks",
                "in the breaks",
                "during breaks",
            ),
        ] {
            let help = statement_help(
                statement,
                &format!("Schreiben Sie `{meant}` statt `{written}`"),
            );
            assert!(
                help.ends_with(&format!("write `{meant}` for `{written}`")),
                "{statement}: {help}"
            );
            let repaired = statement.replace(written, meant);
            assert_suggestions_parse(statement, &format!("`{repaired}`"), 1);
        }
        // A qualifier's own keyword with an article before an English term: only the article
        // goes.
        let help = statement_help(
            "allow employees to access any-platform during the breaks",
            "Lassen Sie `the` weg",
        );
        assert!(help.starts_with("leave out `the`"), "{help}");
    }

    /// German possessives and articles in a statement are left out like `the` and `their`.
    #[test]
    fn german_possessives_are_left_out_like_articles() {
        for (statement, article, written, meant) in [
            (
                "forbid employees to post about seinen employer",
                "seinen",
                "about seinen employer",
                "about employer",
            ),
            (
                "forbid employees to post using ihrer company-devices",
                "ihrer",
                "using ihrer company-devices",
                "using company-devices",
            ),
            (
                "forbid employees to post about unserer employer",
                "unserer",
                "about unserer employer",
                "about employer",
            ),
            (
                "forbid employees to post about deren confidential-information",
                "deren",
                "about deren confidential-information",
                "about confidential-information",
            ),
        ] {
            let help = statement_help(statement, &format!("Lassen Sie `{article}` weg"));
            assert_eq!(
                help,
                format!(
                    "leave out `{article}`: terms stand without articles, write `{meant}` for \
                     `{written}`"
                ),
                "{statement}"
            );
        }
    }

    /// Found by a blind review: `sowie`, `ggf.` and `inkl.` got the generic help, while `bzw.`
    /// and `z.B.` were handled. `sowie` is `and`, `inkl.` joins the list with `and`, and `ggf.`
    /// is told that a statement holds as written, with the remark as a comment.
    #[test]
    fn sowie_ggf_and_inkl_are_explained() {
        let help = statement_help(
            "forbid employees to access tiktok, snapchat sowie youtube",
            "Schreiben Sie `and` statt `sowie`",
        );
        assert_eq!(
            help,
            "the keywords of the language are English: write `and` for `sowie`"
        );
        let help = statement_help(
            "allow hr sowie sales to access any-platform",
            "Schreiben Sie `and` statt `sowie`",
        );
        assert!(help.ends_with("write `and` for `sowie`"), "{help}");
        for statement in [
            "forbid employees to post about financial-results inkl. customer-data",
            "forbid employees to post on social-media inkl. linkedin",
        ] {
            let help = statement_help(
                statement,
                "Die Abkürzung `inkl.` (inklusive) kann nicht in einer Anweisung stehen: Eine \
                 Liste wird mit `,` und `and` geschrieben, schreiben Sie `and` statt `inkl.`",
            );
            assert_eq!(
                help,
                "`inkl.` (including) cannot stand in a statement: a list is written with `,` and \
                 `and`, write `and` for `inkl.`"
            );
            let repaired = format!(
                "guideline \"g\" {{\n  rule \"r\" {{\n    {}\n  }}\n}}\n",
                statement.replace("inkl.", "and")
            );
            assert!(parse(&repaired).is_ok(), "{repaired}");
        }
        let help = statement_help(
            "forbid employees to post about financial-results ggf. mit Freigabe",
            "Die Abkürzung `ggf.` (gegebenenfalls) kann nicht in einer Anweisung stehen: Eine \
             Anweisung gilt genau so, wie sie dasteht.",
        );
        assert!(
            help.starts_with(
                "`ggf.` (if need be) cannot stand in a statement: a statement holds exactly as \
                 written"
            ),
            "{help}"
        );
        // No statement with the remark as a comment: pasted, it would forbid without the
        // condition the remark names.
        assert!(
            help.ends_with("or put the remark in a comment after `#`, at the end of the line"),
            "{help}"
        );
    }
}
