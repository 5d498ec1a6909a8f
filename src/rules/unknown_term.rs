//! `unknown-term`: a term that the vocabulary does not know in its position, or a suppression
//! that names no rule. The resolver and the suppression engine report them as data.

use super::{new_finding, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Category, UnknownTerm};
use crate::span::Span;

pub struct UnknownTermRule;

static META: Meta = Meta {
    name: "unknown-term",
    category: RuleCategory::Correctness,
    default_severity: Severity::Error,
};

impl Rule for UnknownTermRule {
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
    summary: "A word that guidelint does not know in its place",
    explanation: "\
Every word of a statement stands for something guidelint knows: an audience (`employees`, `sales`), \
a platform (`facebook`, `xing`), an action (`access`, `post`), a topic (`company-news`), a time \
(`work-hours`), a means (`company-devices`), a monitor target, a purpose or a consequence. A word \
that is unknown in its place is usually a typo, or a word from another list (`facebook` is a \
platform, not an audience). guidelint suggests a known word where the word looks like its typo.

A statement with an unknown word is not understood: no other rule judges it, so a typo can hide a \
real problem. Your organisation can add its own words and aliases (for example German ones such as \
`mitarbeitende: employees`) under `vocabulary:` in `.guidelint.yaml`.

A suppression comment that names a rule guidelint does not have is reported here too.",
    bad: "guideline \"Draft\" {\n  rule \"Access\" {\n    allow employes to access facebok\n  }\n}\n",
    good: "guideline \"Draft\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Access\" {\n    allow employees to access facebook\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Ein Wort, das guidelint an dieser Stelle nicht kennt",
    explanation: "\
Jedes Wort einer Anweisung steht für etwas, das guidelint kennt: eine Zielgruppe (`employees`, \
`sales`), eine Plattform (`facebook`, `xing`), eine Aktion (`access`, `post`), ein Thema \
(`company-news`), einen Zeitraum (`work-hours`), ein Mittel (Gerät, Netz oder Konto, z. B. \
`company-devices`), ein Beobachtungsziel, einen Zweck oder eine Konsequenz. Ein Wort, das an seiner Stelle unbekannt ist, \
ist meist ein Tippfehler oder ein Wort aus einer anderen Liste (`facebook` ist eine Plattform, \
keine Zielgruppe). guidelint schlägt ein bekanntes Wort vor, wo das Wort wie ein Tippfehler davon \
aussieht.

Eine Anweisung mit einem unbekannten Wort wird nicht verstanden: Keine andere Regel beurteilt sie, \
ein Tippfehler kann also ein echtes Problem verdecken. Ihre Organisation kann eigene Wörter und \
Aliasse ergänzen, zum Beispiel deutsche wie `mitarbeitende: employees`, und zwar unter \
`vocabulary:` in `.guidelint.yaml`.

Auch ein Unterdrückungskommentar, der eine Regel nennt, die es in guidelint nicht gibt, wird hier \
gemeldet.",
    bad: "guideline \"Entwurf\" {\n  rule \"Zugang\" {\n    allow employes to access facebok\n  }\n}\n",
    good: "guideline \"Entwurf\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Zugang\" {\n    allow employees to access facebook\n  }\n}\n",
};

/// The first letter in upper case: `Unbekannte Zielgruppe`.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The singular noun and the noun with its article, for messages.
pub(crate) fn english_category(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::Audience => ("audience", "an audience"),
        Category::Platform => ("platform", "a platform"),
        Category::Action => ("action", "an action"),
        Category::Content => ("topic", "a topic"),
        Category::Time => ("time", "a time"),
        Category::Means => ("means", "a means (device, network or account)"),
        Category::MonitorTarget => ("monitor target", "a monitor target"),
        Category::Purpose => ("purpose", "a purpose"),
        Category::Consequence => ("consequence", "a consequence"),
    }
}

/// A German noun with its grammatical gender, for the articles and adjective endings.
#[derive(Clone, Copy)]
enum Genus {
    Feminine,
    Masculine,
    Neuter,
}

/// The German noun for a category, its gender, and an optional explanation in parentheses.
fn german_category(category: Category) -> (&'static str, Genus, &'static str) {
    match category {
        Category::Audience => ("Zielgruppe", Genus::Feminine, ""),
        Category::Platform => ("Plattform", Genus::Feminine, ""),
        Category::Action => ("Aktion", Genus::Feminine, ""),
        Category::Content => ("Thema", Genus::Neuter, ""),
        Category::Time => ("Zeitraum", Genus::Masculine, ""),
        Category::Means => ("Mittel", Genus::Neuter, " (Gerät, Netz oder Konto)"),
        Category::MonitorTarget => ("Beobachtungsziel", Genus::Neuter, ""),
        Category::Purpose => ("Zweck", Genus::Masculine, ""),
        Category::Consequence => ("Konsequenz", Genus::Feminine, ""),
    }
}

/// `eine Zielgruppe`, `ein Mittel (Gerät, Netz oder Konto)`.
pub(crate) fn german_with_article(category: Category) -> String {
    let (noun, genus, note) = german_category(category);
    let article = match genus {
        Genus::Feminine => "eine",
        Genus::Masculine | Genus::Neuter => "ein",
    };
    format!("{article} {noun}{note}")
}

/// `keine Zielgruppe`, `kein Zweck`.
pub(crate) fn german_negated(category: Category) -> String {
    let (noun, genus, _) = german_category(category);
    let article = match genus {
        Genus::Feminine => "keine",
        Genus::Masculine | Genus::Neuter => "kein",
    };
    format!("{article} {noun}")
}

/// `unbekannte Zielgruppe`, `unbekannter Zweck`, `unbekanntes Thema`.
pub(crate) fn german_unknown(category: Category) -> String {
    let (noun, genus, _) = german_category(category);
    let ending = match genus {
        Genus::Feminine => "e",
        Genus::Masculine => "er",
        Genus::Neuter => "es",
    };
    format!("unbekannt{ending} {noun}")
}

/// In the accusative: `eine bekannte Zielgruppe`, `einen bekannten Zweck`, `ein bekanntes Thema`.
pub(crate) fn german_known(category: Category) -> String {
    let (noun, genus, _) = german_category(category);
    let article = match genus {
        Genus::Feminine => "eine bekannte",
        Genus::Masculine => "einen bekannten",
        Genus::Neuter => "ein bekanntes",
    };
    format!("{article} {noun}")
}

/// Where `.guidelint.yaml` takes new words of a category (SPEC §8).
enum VocabularyKey {
    /// Actions are fixed: a new word can only be an alias.
    None,
    One(&'static str),
    /// Two lists, by what the word is: `listening-targets` or `surveillance-targets`.
    Two(&'static str, &'static str),
}

/// Where new words of a category go in `.guidelint.yaml` (SPEC §8).
fn vocabulary_key(category: Category) -> VocabularyKey {
    use VocabularyKey::{One, Two};
    match category {
        Category::Audience => One("audiences"),
        Category::Platform => One("platforms"),
        Category::Action => VocabularyKey::None,
        Category::Content => One("contents"),
        Category::Time => One("times"),
        Category::Means => One("means"),
        Category::MonitorTarget => Two("listening-targets", "surveillance-targets"),
        Category::Purpose => Two("two-way-purposes", "broadcast-purposes"),
        Category::Consequence => One("consequences"),
    }
}

/// For a word of another list in a statement (`block facebook for work-hours`, `on
/// private-devices`, `to post facebook`): the list, and the qualifier that names its terms
/// (`during`, `using`, `on`, `about`). Telling the writer to put a term of the expected list
/// there instead would change what the statement says (`for everyone` makes a blanket ban).
/// Where an audience stands, only a time or a means is taken for a qualifier's term (`for
/// work-hours`); a platform or topic there (`block facebook for linkedin`) is something else.
/// A monitor target is no place for one either (`monitor facebook`).
fn qualifier_for(unknown: &UnknownTerm) -> Option<(Category, &'static str)> {
    if !unknown.in_statement {
        return None;
    }
    if matches!(unknown.expected, Category::Action | Category::MonitorTarget) {
        return None;
    }
    // `elsewhere` in the order of `Category::QUALIFIED`, so that a time is named before a
    // platform.
    Category::QUALIFIED
        .into_iter()
        .filter(|c| unknown.elsewhere.contains(c))
        .filter(|&c| {
            unknown.expected != Category::Audience || matches!(c, Category::Time | Category::Means)
        })
        .find_map(|c| c.qualifier().map(|q| (c, q)))
}

/// The keyword just before `at` (across spaces), as written, when it is one that opens a list
/// a qualifier's term may stand in by mistake (`for`, `on`, `about`, `during`, `using`).
fn keyword_before(source: &str, at: usize) -> Option<&str> {
    let before = source.get(..at)?.trim_end_matches([' ', '\t']);
    let start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[start..];
    ["for", "on", "about", "during", "using"]
        .iter()
        .any(|k| word.eq_ignore_ascii_case(k))
        .then_some(word)
}

/// The action as written (`access`, `use`, `visit` or `block`) when the word at `at` is one of
/// its objects, which are platforms (`forbid employees to access customer-data`): sending such a
/// topic to `about` would make the statement block every platform.
fn access_before(source: &str, at: usize) -> Option<&str> {
    let line = source.get(..at)?.rsplit('\n').next()?;
    let word = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .rev()
        .find(|w| {
            [
                "access", "use", "visit", "block", "to", "on", "about", "during", "using", "for",
                "with", "without", "by", "except", "only",
            ]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
        })?;
    ["access", "use", "visit", "block"]
        .iter()
        .any(|k| word.eq_ignore_ascii_case(k))
        .then_some(word)
}

/// Topics that are kept inside for good reason, for which `forbid employees to disclose …` is a
/// statement that raises no finding.
fn kept_inside(word: &str) -> bool {
    [
        "confidential-information",
        "trade-secrets",
        "customer-data",
        "personal-data",
        "financial-results",
        "product-plans",
        "internal-matters",
    ]
    .iter()
    .any(|t| word.eq_ignore_ascii_case(t))
}

/// The statement's own `qualifier` list on the line of `at`, with `word` added (`using
/// company-network and private-devices`), when the statement already has that qualifier: a
/// second one would be a syntax error (edit 16, item 5).
fn joined_list(source: &str, at: usize, qualifier: &str, word: &str) -> Option<String> {
    let start = source.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    let words: Vec<&str> = source[start..end].split_whitespace().collect();
    let from = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case(qualifier))?;
    let is_term = |w: &str| {
        !w.is_empty()
            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !crate::syntax::is_keyword(w)
    };
    let mut terms: Vec<&str> = words[from + 1..]
        .iter()
        .take_while(|w| {
            w.eq_ignore_ascii_case("and") || w.split(',').all(|p| p.is_empty() || is_term(p))
        })
        .flat_map(|w| w.split(','))
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .collect();
    if terms.is_empty() {
        return None;
    }
    terms.push(word);
    Some(format!("{qualifier} {}", Lang::En.join(&terms)))
}

/// Words for a time that are no term (`weekends`, `lunch`, `Feierabend`): the time they most
/// likely mean, and what that time is, in English and German. Offered in a help as a question
/// of meaning ("if it means time off work"), never as an alias: the writer decides.
const TIME_WORDS: &[(&[&str], &str, &str, &str)] = &[
    (
        &[
            "weekend",
            "weekends",
            "evening",
            "evenings",
            "night",
            "nights",
            "holiday",
            "holidays",
            "vacation",
            "vacations",
            "after-work",
            "off-duty",
            "spare-time",
            "off-hours",
            "wochenende",
            "wochenenden",
            "feierabend",
            "urlaub",
            "abends",
        ],
        "free-time",
        "time off work",
        "arbeitsfreie Zeit",
    ),
    (
        &[
            "lunch",
            "lunchtime",
            "lunch-break",
            "lunch-breaks",
            "coffee-break",
            "coffee-breaks",
            "mittag",
            "kaffeepause",
        ],
        "breaks",
        "a break",
        "eine Pause",
    ),
    (
        &[
            "office-hours",
            "business-hours",
            "working-time",
            "work-time",
            "worktime",
            "shift",
            "shifts",
            "duty",
            "dienst",
            "dienstzeiten",
            "arbeitstag",
        ],
        "work-hours",
        "working time",
        "Arbeitszeit",
    ),
];

/// The help for a word that names a time but is no term (`during weekends`, `on weekends`):
/// the time it most likely means, as a question of meaning, with `during` when it stands after
/// another keyword. `None` for other words, words of another list, and positions where a time
/// cannot stand.
fn time_help(
    unknown: &UnknownTerm,
    source: &str,
    keyword: Option<&str>,
    lang: Lang,
) -> Option<String> {
    if !unknown.elsewhere.is_empty() {
        return None;
    }
    let lower = crate::semantics::vocab::lowercase(&unknown.word);
    let word = &unknown.word;
    // `always`: what a statement without `during` says.
    if ["always", "anytime", "jederzeit", "immer", "stets"].contains(&lower.as_str()) {
        return Some(match lang {
            Lang::En => {
                format!("a statement without `during` holds at all times: leave out `{word}`")
            }
            Lang::De => {
                format!("Eine Anweisung ohne `during` gilt jederzeit: Lassen Sie `{word}` weg")
            }
        });
    }
    let &(_, term, en, de) = TIME_WORDS
        .iter()
        .find(|(words, ..)| words.contains(&lower.as_str()))?;
    if unknown.expected == Category::Time {
        return Some(match lang {
            Lang::En => format!(
                "`{word}` is not a time guidelint knows (the times are `work-hours`, `breaks` \
                 and `free-time`): if it means {en}, write `{term}`"
            ),
            Lang::De => format!(
                "`{word}` ist kein bekannter Zeitraum (bekannt sind `work-hours`, `breaks` und \
                 `free-time`): Wenn es {de} meint, schreiben Sie `{term}`"
            ),
        });
    }
    // After another qualifier (`on weekends`, `for lunch`), in a statement: `during` names it.
    let keyword = keyword.filter(|k| !k.eq_ignore_ascii_case("during"))?;
    if !unknown.in_statement
        || matches!(unknown.expected, Category::Action | Category::MonitorTarget)
    {
        return None;
    }
    let written = format!("{keyword} {word}");
    Some(
        match (
            joined_list(source, unknown.span.start, "during", term),
            lang,
        ) {
            (Some(joined), Lang::En) => format!(
                "a time is named with `during`, and `{word}` is not one guidelint knows: if it \
                 means {en}, add `{term}` to the statement's list, `{joined}`, and leave out \
                 `{written}`"
            ),
            (None, Lang::En) => format!(
                "a time is named with `during`, and `{word}` is not one guidelint knows: if it \
                 means {en}, write `during {term}` for `{written}`"
            ),
            (Some(joined), Lang::De) => format!(
                "Ein Zeitraum wird mit `during` genannt, und `{word}` ist kein bekannter: Wenn \
                 es {de} meint, nehmen Sie `{term}` in die Liste der Anweisung auf, \
                 `{joined}`, und lassen Sie `{written}` weg"
            ),
            (None, Lang::De) => format!(
                "Ein Zeitraum wird mit `during` genannt, und `{word}` ist kein bekannter: Wenn \
                 es {de} meint, schreiben Sie `during {term}` statt `{written}`"
            ),
        },
    )
}

/// Words for "everything" written as a topic (`post anything`, `about everything`, `alles`).
const EVERYTHING: &[&str] = &[
    "anything",
    "everything",
    "all",
    "any",
    "all-topics",
    "any-topic",
    "alles",
    "jegliches",
];

/// The help for a word for "everything" that stands alone as the objects or the `about` topics
/// of a statement (`forbid interns to post anything about company`): a statement without
/// objects is about everything (SPEC §11.5), one without `about` about every topic, so the word
/// goes. `None` elsewhere, and in a list with other terms, whose meaning the writer decides.
fn everything_help(unknown: &UnknownTerm, source: &str, lang: Lang) -> Option<String> {
    let lower = crate::semantics::vocab::lowercase(&unknown.word);
    if unknown.expected != Category::Content
        || !unknown.elsewhere.is_empty()
        || !unknown.in_statement
        || !EVERYTHING.contains(&lower.as_str())
    {
        return None;
    }
    let line_start = source
        .get(..unknown.span.start)?
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before: Vec<&str> = source[line_start..unknown.span.start]
        .split_whitespace()
        .collect();
    let after = source
        .get(unknown.span.end..)?
        .trim_start_matches([' ', '\t']);
    if after.starts_with(',')
        || after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("and"))
    {
        return None;
    }
    let word = &unknown.word;
    let about = match before.as_slice() {
        [.., last] if last.eq_ignore_ascii_case("about") => true,
        [.., to, _] if to.eq_ignore_ascii_case("to") => false,
        _ => return None,
    };
    Some(match (about, lang) {
        (false, Lang::En) => {
            format!("leave out `{word}`: a statement without objects is about everything")
        }
        (true, Lang::En) => {
            format!("leave out `about {word}`: a statement without `about` is about every topic")
        }
        (false, Lang::De) => {
            format!("Lassen Sie `{word}` weg: Eine Anweisung ohne Objekte gilt für alles")
        }
        (true, Lang::De) => format!(
            "Lassen Sie `about {word}` weg: Eine Anweisung ohne `about` gilt für jedes Thema"
        ),
    })
}

/// Where `.guidelint.yaml` takes the word as a term of `category`, for a word of another list
/// (`competitors`, a monitor target, as a topic): `None` for actions, which are fixed.
fn keep_as_own(category: Category, word: &str, lang: Lang) -> Option<String> {
    let keys = match vocabulary_key(category) {
        VocabularyKey::None => return None,
        VocabularyKey::One(key) => vec![key],
        VocabularyKey::Two(first, second) => vec![first, second],
    };
    let keys: Vec<String> = keys.iter().map(|k| format!("{k}:")).collect();
    Some(match lang {
        Lang::En => format!(
            "; if you mean `{word}` as {}, add it to {} in the `vocabulary:` section of \
             `.guidelint.yaml`",
            english_category(category).1,
            Lang::En.join_or_ticked(&keys)
        ),
        Lang::De => format!(
            "; soll `{word}` hier {} sein, ergänzen Sie es in `.guidelint.yaml` im Abschnitt \
             `vocabulary:` unter {}",
            german_with_article(category),
            Lang::De.join_or_ticked(&keys)
        ),
    })
}

/// The finding for a term unknown in its position.
pub fn finding(unknown: &UnknownTerm, source: &str, lang: Lang) -> Finding {
    // A qualifier's keyword written before the word (`for work-hours`) is replaced with the
    // right one, not kept before it.
    let replaced = keyword_before(source, unknown.span.start);
    let (message, label, help) = match lang {
        Lang::En => {
            let (noun, with_article) = english_category(unknown.expected);
            let word = &unknown.word;
            let (message, label) = match unknown.elsewhere.first() {
                Some(&other) => (
                    [
                        "`",
                        word,
                        "` is ",
                        english_category(other).1,
                        ", not ",
                        with_article,
                    ]
                    .concat(),
                    ["not ", with_article].concat(),
                ),
                // `unknown means` reads as a verb: a means is said in words.
                None if unknown.expected == Category::Means => (
                    [
                        "`",
                        word,
                        "` is not a device, network or account guidelint knows",
                    ]
                    .concat(),
                    "unknown device, network or account".to_owned(),
                ),
                None => (
                    ["unknown ", noun, " `", word, "`"].concat(),
                    ["unknown ", noun].concat(),
                ),
            };
            let help = if let Some(help) = time_help(unknown, source, replaced, Lang::En) {
                help
            } else if let Some(help) = everything_help(unknown, source, Lang::En) {
                help
            } else if let Some(term) = unknown.german_for {
                [
                    "`",
                    word,
                    "` is German, and the terms of the language are English: write `",
                    term,
                    "`, or keep your word with the line `",
                    &crate::semantics::vocab::lowercase(word),
                    ": ",
                    term,
                    "` under `aliases:` in the `vocabulary:` section of `.guidelint.yaml`",
                ]
                .concat()
            } else if unknown.expected == Category::Content
                && unknown.elsewhere.contains(&Category::Action)
            {
                // `to post comment`: a second action where the topics go.
                [
                    "a statement has one action: write a statement of its own for `",
                    word,
                    "`, or use a topic here, such as ",
                    &Lang::En.join_or_ticked(&unknown.known),
                ]
                .concat()
            } else if let Some(action) = access_before(source, unknown.span.start).filter(|_| {
                unknown.expected == Category::Platform
                    && unknown.elsewhere.contains(&Category::Content)
            }) {
                if kept_inside(word) {
                    [
                        "`",
                        action,
                        "` is followed by platforms; to keep `",
                        word,
                        "` inside, use another action, e.g. `forbid employees to disclose ",
                        word,
                        "`",
                    ]
                    .concat()
                } else {
                    [
                        "`",
                        action,
                        "` is followed by platforms; for a topic such as `",
                        word,
                        "`, use another action, such as `post`, `share` or `disclose`",
                    ]
                    .concat()
                }
            } else if let Some((other, qualifier)) = qualifier_for(unknown) {
                let joined = replaced.and_then(|k| {
                    Some((k, joined_list(source, unknown.span.start, qualifier, word)?))
                });
                match replaced {
                    Some(keyword) if joined.is_some() => [
                        "the statement already has `",
                        qualifier,
                        "`: add `",
                        word,
                        "` to its list, `",
                        &joined.map(|(_, j)| j).unwrap_or_default(),
                        "`, and leave out `",
                        keyword,
                        " ",
                        word,
                        "`",
                    ]
                    .concat(),
                    Some(keyword) => [
                        english_category(other).1,
                        " is named with `",
                        qualifier,
                        "`: write `",
                        qualifier,
                        " ",
                        word,
                        "` for `",
                        keyword,
                        " ",
                        word,
                        "`",
                    ]
                    .concat(),
                    None => [
                        english_category(other).1,
                        " is named with `",
                        qualifier,
                        "`: did you mean `",
                        qualifier,
                        " ",
                        word,
                        "`?",
                    ]
                    .concat(),
                }
            } else if !unknown.elsewhere.is_empty() {
                // A word of another list is in the wrong place: no alias can make it fit, but
                // the list may take it as a word of its own.
                [
                    "use ",
                    with_article,
                    " here, such as ",
                    &Lang::En.join_or_ticked(&unknown.known),
                    &keep_as_own(unknown.expected, word, Lang::En).unwrap_or_default(),
                ]
                .concat()
            } else if unknown.suggestions.is_empty() && unknown.expected == Category::Action {
                // Actions are fixed: all of them are named, and only an alias can be added.
                [
                    "the actions are fixed (`.guidelint.yaml` cannot add one): use one of ",
                    &Lang::En.join_or_ticked(&unknown.known),
                    "; if `",
                    word,
                    "` means one of them, add the line `",
                    word,
                    ": ACTION` (with that action) to `aliases:` in the `vocabulary:` section of \
                     `.guidelint.yaml`",
                ]
                .concat()
            } else if unknown.suggestions.is_empty() {
                let key = vocabulary_key(unknown.expected);
                // No term is guessed for the alias: a wrong guess copied into the
                // configuration would change what the guideline says (`feierabend: work-hours`).
                let mut help = [
                    "use a known ",
                    noun,
                    " such as ",
                    &Lang::En.join_or_ticked(&unknown.known),
                    "; if `",
                    word,
                    "` means a term guidelint knows, add the line `",
                    word,
                    ": TERM` (with that term) to `aliases:` in the `vocabulary:` section of \
                     `.guidelint.yaml`",
                ]
                .concat();
                match key {
                    VocabularyKey::None => {}
                    VocabularyKey::One(key) => {
                        help.extend(["; if it is something new, add it to `", key, ":` there"])
                    }
                    VocabularyKey::Two(first, second) => help.extend([
                        "; if it is something new, add it to `",
                        first,
                        ":` or `",
                        second,
                        ":` there",
                    ]),
                }
                if unknown.expected == Category::Audience {
                    help.push_str(" (`broad-audiences:` if it means everyone or all employees)");
                }
                help
            } else {
                [
                    "did you mean ",
                    &Lang::En.join_or_ticked(&unknown.suggestions),
                    "?",
                ]
                .concat()
            };
            (message, label, help)
        }
        Lang::De => {
            let expected = unknown.expected;
            let word = &unknown.word;
            let (message, label) = match unknown.elsewhere.first() {
                Some(&other) => (
                    format!(
                        "`{word}` ist {}, {}",
                        german_with_article(other),
                        german_negated(expected)
                    ),
                    german_negated(expected),
                ),
                None => (
                    format!("{} `{word}`", capitalized(&german_unknown(expected))),
                    german_unknown(expected),
                ),
            };
            let help = if let Some(help) = time_help(unknown, source, replaced, Lang::De) {
                help
            } else if let Some(help) = everything_help(unknown, source, Lang::De) {
                help
            } else if let Some(term) = unknown.german_for {
                format!(
                    "`{word}` ist deutsch, die Begriffe der Sprache sind englisch: Schreiben Sie \
                     `{term}`, oder behalten Sie Ihr Wort mit der Zeile `{}: {term}` unter \
                     `aliases:` im Abschnitt `vocabulary:` der `.guidelint.yaml`",
                    crate::semantics::vocab::lowercase(word)
                )
            } else if expected == Category::Content && unknown.elsewhere.contains(&Category::Action)
            {
                format!(
                    "Eine Anweisung hat nur eine Aktion: Schreiben Sie für `{word}` eine eigene \
                     Anweisung, oder verwenden Sie hier {} wie {}",
                    german_known(expected),
                    Lang::De.join_or_ticked(&unknown.known)
                )
            } else if let Some(action) = access_before(source, unknown.span.start).filter(|_| {
                expected == Category::Platform && unknown.elsewhere.contains(&Category::Content)
            }) {
                if kept_inside(word) {
                    format!(
                        "Auf `{action}` folgen Plattformen; damit `{word}` intern bleibt, nehmen \
                         Sie eine andere Aktion, zum Beispiel `forbid employees to disclose {word}`"
                    )
                } else {
                    format!(
                        "Auf `{action}` folgen Plattformen; für ein Thema wie `{word}` nehmen Sie \
                         eine andere Aktion, etwa `post`, `share` oder `disclose`"
                    )
                }
            } else if let Some((other, qualifier)) = qualifier_for(unknown) {
                let named = capitalized(&german_with_article(other));
                let joined =
                    replaced.and_then(|_| joined_list(source, unknown.span.start, qualifier, word));
                match replaced {
                    Some(keyword) if joined.is_some() => format!(
                        "Die Anweisung hat schon `{qualifier}`: Ergänzen Sie `{word}` in dieser \
                         Liste, `{}`, und lassen Sie `{keyword} {word}` weg",
                        joined.unwrap_or_default()
                    ),
                    Some(keyword) => format!(
                        "{named} wird mit `{qualifier}` genannt: Schreiben Sie `{qualifier} \
                         {word}` statt `{keyword} {word}`"
                    ),
                    None => format!(
                        "{named} wird mit `{qualifier}` genannt: Meinten Sie `{qualifier} {word}`?"
                    ),
                }
            } else if !unknown.elsewhere.is_empty() {
                format!(
                    "Verwenden Sie hier {} wie {}{}",
                    german_known(expected),
                    Lang::De.join_or_ticked(&unknown.known),
                    keep_as_own(expected, word, Lang::De).unwrap_or_default()
                )
            } else if unknown.suggestions.is_empty() && expected == Category::Action {
                format!(
                    "Die Aktionen stehen fest (`.guidelint.yaml` kann keine ergänzen): Verwenden \
                     Sie eine von {}; bedeutet `{word}` dasselbe wie eine davon, ergänzen Sie in \
                     `.guidelint.yaml` im Abschnitt `vocabulary:` unter `aliases:` die Zeile \
                     `{word}: AKTION` (mit dieser Aktion)",
                    Lang::De.join_or_ticked(&unknown.known)
                )
            } else if unknown.suggestions.is_empty() {
                let key = vocabulary_key(expected);
                let mut help = format!(
                    "Verwenden Sie {} wie {}; bedeutet `{word}` dasselbe wie ein Begriff, den \
                     guidelint kennt, ergänzen Sie in `.guidelint.yaml` im Abschnitt \
                     `vocabulary:` unter `aliases:` die Zeile `{word}: BEGRIFF` (mit diesem \
                     Begriff)",
                    german_known(expected),
                    Lang::De.join_or_ticked(&unknown.known)
                );
                match key {
                    VocabularyKey::None => {}
                    VocabularyKey::One(key) => help.push_str(&format!(
                        "; ist es etwas Neues, ergänzen Sie es dort unter `{key}:`"
                    )),
                    VocabularyKey::Two(first, second) => help.push_str(&format!(
                        "; ist es etwas Neues, ergänzen Sie es dort unter `{first}:` oder \
                         `{second}:`"
                    )),
                }
                if expected == Category::Audience {
                    help.push_str(
                        " (unter `broad-audiences:`, wenn es alle Personen oder die gesamte \
                         Belegschaft meint)",
                    );
                }
                help
            } else {
                format!(
                    "Meinten Sie {}?",
                    Lang::De.join_or_ticked(&unknown.suggestions)
                )
            };
            (message, label, help)
        }
    };
    new_finding(
        &UnknownTermRule,
        Some(unknown.span),
        message,
        label,
        Some(help.into()),
    )
}

/// The finding for a suppression comment naming a rule that does not exist.
pub fn unknown_rule(name: &str, span: Span, suggestions: &[String], lang: Lang) -> Finding {
    let help = match lang {
        Lang::En if suggestions.is_empty() => "`guidelint rules` lists every rule".to_owned(),
        Lang::En => format!(
            "did you mean {}? `guidelint rules` lists every rule",
            Lang::En.join_or_ticked(suggestions)
        ),
        Lang::De if suggestions.is_empty() => {
            "`guidelint rules --lang de` listet alle Regeln auf".to_owned()
        }
        Lang::De => format!(
            "Meinten Sie {}? `guidelint rules --lang de` listet alle Regeln auf",
            Lang::De.join_or_ticked(suggestions)
        ),
    };
    rule_finding(name, span, help, lang)
}

/// The finding for a suppression comment whose "name" is several rule names separated by
/// spaces (`blanket-block gag-rule`), with the list written as it should be.
pub fn rules_without_commas(name: &str, span: Span, rules: &[&str], lang: Lang) -> Finding {
    let list = rules.join(", ");
    let help = match lang {
        Lang::En => format!("separate rule names with commas: `{list}`"),
        Lang::De => format!("Trennen Sie Regelnamen durch Kommas: `{list}`"),
    };
    rule_finding(name, span, help, lang)
}

fn rule_finding(name: &str, span: Span, help: String, lang: Lang) -> Finding {
    // A comment may hold any character: a control character is shown escaped.
    let name = super::snippets::escaped(name);
    let (message, label) = match lang {
        Lang::En => (
            format!("`{name}` is not a rule of guidelint"),
            "unknown rule",
        ),
        Lang::De => (
            format!("`{name}` ist keine Regel von guidelint"),
            "unbekannte Regel",
        ),
    };
    new_finding(
        &UnknownTermRule,
        Some(span),
        message,
        label,
        Some(help.into()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown(
        word: &str,
        expected: Category,
        suggestions: &[&str],
        elsewhere: &[Category],
    ) -> UnknownTerm {
        UnknownTerm {
            span: Span::new(0, word.len()),
            word: word.into(),
            expected,
            suggestions: suggestions.iter().map(|s| s.to_string()).collect(),
            elsewhere: elsewhere.to_vec(),
            known: vec!["everyone".into(), "employees".into()],
            german_for: None,
            in_statement: false,
        }
    }

    /// A German word for a term gets the term, and the alias that keeps the word.
    #[test]
    fn a_german_word_gets_its_term() {
        let mut u = unknown("Mitarbeiter", Category::Audience, &["managers"], &[]);
        u.german_for = Some("employees");
        assert_eq!(
            finding(&u, "", Lang::En).help.as_deref(),
            Some(
                "`Mitarbeiter` is German, and the terms of the language are English: write \
                 `employees`, or keep your word with the line `mitarbeiter: employees` under \
                 `aliases:` in the `vocabulary:` section of `.guidelint.yaml`"
            )
        );
        let de = finding(&u, "", Lang::De).help.unwrap();
        assert!(de.contains("Schreiben Sie `employees`"), "{de}");
        assert!(de.contains("`mitarbeiter: employees`"), "{de}");
    }

    /// A word of a list that a qualifier names, in a statement, gets that qualifier; outside a
    /// statement (`owner work-hours`) or from a list no qualifier names, the usual help.
    #[test]
    fn a_word_a_qualifier_names_gets_the_qualifier() {
        for (word, expected, other, en, de) in [
            (
                "work-hours",
                Category::Audience,
                Category::Time,
                "a time is named with `during`: did you mean `during work-hours`?",
                "Ein Zeitraum wird mit `during` genannt: Meinten Sie `during work-hours`?",
            ),
            (
                "private-devices",
                Category::Platform,
                Category::Means,
                "a means (device, network or account) is named with `using`: did you mean `using \
                 private-devices`?",
                "Ein Mittel (Gerät, Netz oder Konto) wird mit `using` genannt: Meinten Sie \
                 `using private-devices`?",
            ),
            (
                "facebook",
                Category::Content,
                Category::Platform,
                "a platform is named with `on`: did you mean `on facebook`?",
                "Eine Plattform wird mit `on` genannt: Meinten Sie `on facebook`?",
            ),
        ] {
            let mut u = unknown(word, expected, &[], &[other]);
            assert!(finding(&u, "", Lang::En).help.unwrap().starts_with("use "));
            u.in_statement = true;
            assert_eq!(finding(&u, "", Lang::En).help.as_deref(), Some(en));
            assert_eq!(finding(&u, "", Lang::De).help.as_deref(), Some(de));
        }
        // After a keyword that opens the wrong list, the keyword is replaced, not kept.
        let mut u = unknown("work-hours", Category::Audience, &[], &[Category::Time]);
        u.in_statement = true;
        u.span = Span::new(18, 28);
        let source = "block facebook for work-hours";
        assert_eq!(
            finding(&u, source, Lang::En).help.as_deref(),
            Some("a time is named with `during`: write `during work-hours` for `for work-hours`")
        );
        assert!(finding(&u, source, Lang::De)
            .help
            .unwrap()
            .ends_with("Schreiben Sie `during work-hours` statt `for work-hours`"));
        for (word, expected, other) in [
            ("marketing", Category::Platform, Category::Audience),
            ("linkedin", Category::Audience, Category::Platform),
            ("facebook", Category::MonitorTarget, Category::Platform),
        ] {
            let mut u = unknown(word, expected, &[], &[other]);
            u.in_statement = true;
            assert!(
                finding(&u, "", Lang::En).help.unwrap().starts_with("use "),
                "{word}"
            );
        }
    }

    #[test]
    fn typo_gets_did_you_mean() {
        let f = finding(
            &unknown("employes", Category::Audience, &["employees"], &[]),
            "",
            Lang::En,
        );
        assert_eq!(f.message, "unknown audience `employes`");
        assert_eq!(f.help.as_deref(), Some("did you mean `employees`?"));
    }

    #[test]
    fn word_from_another_category() {
        let f = finding(
            &unknown("facebook", Category::Audience, &[], &[Category::Platform]),
            "",
            Lang::En,
        );
        assert_eq!(f.message, "`facebook` is a platform, not an audience");
        assert_eq!(
            f.help.as_deref(),
            Some(
                "use an audience here, such as `everyone` or `employees`; if you mean \
                 `facebook` as an audience, add it to `audiences:` in the `vocabulary:` section \
                 of `.guidelint.yaml`"
            )
        );
    }

    /// An action where the topics go is a second action.
    #[test]
    fn an_action_among_the_topics_is_a_second_action() {
        let f = finding(
            &unknown("comment", Category::Content, &[], &[Category::Action]),
            "",
            Lang::En,
        );
        assert_eq!(f.message, "`comment` is an action, not a topic");
        assert!(f
            .help
            .unwrap()
            .starts_with("a statement has one action: write a statement of its own for `comment`"));
        let de = finding(
            &unknown("comment", Category::Content, &[], &[Category::Action]),
            "",
            Lang::De,
        );
        assert!(de
            .help
            .unwrap()
            .starts_with("Eine Anweisung hat nur eine Aktion"));
    }

    /// A new word: an alias when it means a known term (a German word for `employees` must not
    /// become a narrow audience that hides a blanket ban), else the list it belongs in. No term
    /// is guessed for the alias, and the line fits into an existing `vocabulary:` section.
    #[test]
    fn a_new_word_gets_the_configuration_that_fits() {
        let help = |word: &str, category: Category| {
            finding(&unknown(word, category, &[], &[]), "", Lang::En)
                .help
                .unwrap()
        };
        let audience = help("mitarbeiter", Category::Audience);
        assert!(
            audience.contains("add the line `mitarbeiter: TERM` (with that term) to `aliases:`"),
            "{audience}"
        );
        assert!(
            audience.contains("add it to `audiences:` there"),
            "{audience}"
        );
        assert!(audience.contains("`broad-audiences:`"), "{audience}");
        let action = help("liken", Category::Action);
        assert!(action.contains("`liken: ACTION`"), "{action}");
        assert!(action.starts_with("the actions are fixed"), "{action}");
        assert!(!action.contains("something new"), "{action}");
        let target = help("chefs", Category::MonitorTarget);
        assert!(
            target.contains("add it to `listening-targets:` or `surveillance-targets:` there"),
            "{target}"
        );
        let german = finding(
            &unknown("azubis", Category::Audience, &[], &[]),
            "",
            Lang::De,
        )
        .help
        .unwrap();
        assert!(german.contains("die Zeile `azubis: BEGRIFF`"), "{german}");
        assert!(german.contains("unter `audiences:`"), "{german}");
    }

    #[test]
    fn unknown_rule_name() {
        let f = unknown_rule(
            "blanket-blok",
            Span::new(0, 1),
            &["blanket-block".into()],
            Lang::En,
        );
        assert_eq!(f.message, "`blanket-blok` is not a rule of guidelint");
        assert!(f.help.unwrap().contains("`blanket-block`"));
    }

    #[test]
    fn rule_names_without_commas() {
        let f = rules_without_commas(
            "blanket-block gag-rule",
            Span::new(0, 1),
            &["blanket-block", "gag-rule"],
            Lang::En,
        );
        assert_eq!(
            f.message,
            "`blanket-block gag-rule` is not a rule of guidelint"
        );
        assert_eq!(
            f.help.as_deref(),
            Some("separate rule names with commas: `blanket-block, gag-rule`")
        );
        let f = rules_without_commas("a b", Span::new(0, 1), &["a", "b"], Lang::De);
        assert_eq!(
            f.help.as_deref(),
            Some("Trennen Sie Regelnamen durch Kommas: `a, b`")
        );
    }

    #[test]
    fn german_messages_use_articles_and_gender() {
        let f = finding(
            &unknown("facebook", Category::Audience, &[], &[Category::Platform]),
            "",
            Lang::De,
        );
        assert_eq!(f.message, "`facebook` ist eine Plattform, keine Zielgruppe");
        assert_eq!(f.label, "keine Zielgruppe");
        assert!(f
            .help
            .unwrap()
            .starts_with("Verwenden Sie hier eine bekannte Zielgruppe wie"));
        let f = finding(
            &unknown("marketting", Category::Purpose, &[], &[]),
            "",
            Lang::De,
        );
        assert_eq!(f.message, "Unbekannter Zweck `marketting`");
        assert!(f
            .help
            .unwrap()
            .starts_with("Verwenden Sie einen bekannten Zweck wie"));
        let f = finding(
            &unknown("news", Category::Content, &["company-news"], &[]),
            "",
            Lang::De,
        );
        assert_eq!(f.message, "Unbekanntes Thema `news`");
        assert_eq!(f.help.as_deref(), Some("Meinten Sie `company-news`?"));
        let f = finding(
            &unknown("intranet", Category::Means, &[], &[Category::Platform]),
            "",
            Lang::De,
        );
        assert_eq!(f.message, "`intranet` ist eine Plattform, kein Mittel");
        let f = finding(
            &unknown("xing", Category::Means, &[], &[Category::Content]),
            "",
            Lang::De,
        );
        assert_eq!(f.message, "`xing` ist ein Thema, kein Mittel");
        let f = unknown_rule(
            "blanket-blok",
            Span::new(0, 1),
            &["blanket-block".into()],
            Lang::De,
        );
        assert_eq!(f.message, "`blanket-blok` ist keine Regel von guidelint");
        assert_eq!(
            f.help.as_deref(),
            Some("Meinten Sie `blanket-block`? `guidelint rules --lang de` listet alle Regeln auf")
        );
    }

    /// An unknown means is said in words: `unknown means` reads as the verb (edit 16, item 27).
    #[test]
    fn an_unknown_means_is_said_in_words() {
        let f = finding(
            &unknown("intranet", Category::Means, &[], &[]),
            "",
            Lang::En,
        );
        assert_eq!(
            f.message,
            "`intranet` is not a device, network or account guidelint knows"
        );
        assert_eq!(f.label, "unknown device, network or account");
    }

    /// The help of the first `unknown-term` finding of `src`, in English.
    fn unknown_help(src: &str) -> Option<String> {
        crate::rules::testing::lint(src)
            .into_iter()
            .find(|f| f.rule == "unknown-term")
            .and_then(|f| f.help.map(|h| h.into_owned()))
    }

    fn guideline(statement: &str) -> String {
        format!(
            "guideline \"g\" {{\n  owner hr, sales\n  contact \"a@b.c\"\n  goal \"g\"\n  \
             channel twitter \"@acme_help\" {{ purpose service respond within 4h staffed by \
             customer-service }}\n  rule \"r\" {{\n    {statement}\n    because \"x\"\n  }}\n}}\n"
        )
    }

    /// Found by a blind review: words for a time that are no term (`weekends`, `lunch`,
    /// `Feierabend`) got the list of platforms or times only. The help names the time they most
    /// likely mean, as a question of meaning, with `during` after another keyword; pasted, the
    /// statement has no finding about its words.
    #[test]
    fn a_word_for_a_time_gets_the_time_it_likely_means() {
        use crate::rules::testing::{lint, lint_in};
        for (statement, help, fixed) in [
            (
                "allow employees to post during weekends",
                "`weekends` is not a time guidelint knows (the times are `work-hours`, `breaks` \
                 and `free-time`): if it means time off work, write `free-time`",
                "allow employees to post during free-time",
            ),
            (
                "allow employees to post on weekends",
                "a time is named with `during`, and `weekends` is not one guidelint knows: if it \
                 means time off work, write `during free-time` for `on weekends`",
                "allow employees to post during free-time",
            ),
            (
                "forbid employees to access facebook during Lunch",
                "`Lunch` is not a time guidelint knows (the times are `work-hours`, `breaks` and \
                 `free-time`): if it means a break, write `breaks`",
                "forbid employees to access facebook during breaks",
            ),
            (
                "allow employees to post on weekends during breaks",
                "a time is named with `during`, and `weekends` is not one guidelint knows: if it \
                 means time off work, add `free-time` to the statement's list, `during breaks and \
                 free-time`, and leave out `on weekends`",
                "allow employees to post during breaks and free-time",
            ),
        ] {
            let src = guideline(statement);
            assert_eq!(unknown_help(&src).as_deref(), Some(help), "{statement}");
            let findings = lint(&guideline(fixed));
            assert!(
                findings
                    .iter()
                    .all(|f| f.rule != "unknown-term" && f.rule != "syntax-error"),
                "{fixed}: {findings:?}"
            );
        }
        let de = lint_in(
            &guideline("forbid employees to access facebook during Feierabend"),
            Lang::De,
        );
        assert_eq!(
            de[0].help.as_deref(),
            Some(
                "`Feierabend` ist kein bekannter Zeitraum (bekannt sind `work-hours`, `breaks` und \
                 `free-time`): Wenn es arbeitsfreie Zeit meint, schreiben Sie `free-time`"
            )
        );
        // `always` is what a statement without `during` says.
        assert_eq!(
            unknown_help(&guideline("forbid employees to post always")).as_deref(),
            Some("a statement without `during` holds at all times: leave out `always`")
        );
        // Other unknown words keep their help.
        let help = unknown_help(&guideline("allow employees to post on weekdayz")).unwrap();
        assert!(!help.contains("during"), "{help}");
    }

    /// A topic among the objects of `access` is not sent to `about` (`access about
    /// customer-data` blocks every platform) but to another action, and the statement
    /// suggested raises no finding (edit 16, item 4).
    #[test]
    fn a_topic_after_access_gets_another_action() {
        use crate::rules::testing::{lint, lint_in};
        let src = guideline("forbid employees to access customer-data");
        let findings = lint(&src);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(
            findings[0].help.as_deref(),
            Some(
                "`access` is followed by platforms; to keep `customer-data` inside, use another \
                 action, e.g. `forbid employees to disclose customer-data`"
            )
        );
        let de = lint_in(&src, Lang::De);
        assert!(
            de[0]
                .help
                .as_deref()
                .unwrap()
                .contains("`forbid employees to disclose customer-data`"),
            "{de:?}"
        );
        let fixed = lint(&guideline("forbid employees to disclose customer-data"));
        assert!(fixed.is_empty(), "{fixed:?}");
        let help = unknown_help(&guideline("block facebook, company-news for interns"));
        let help = help.as_deref();
        assert_eq!(
            help,
            Some(
                "`block` is followed by platforms; for a topic such as `company-news`, use \
                 another action, such as `post`, `share` or `disclose`"
            )
        );
        // After `on`, the topic is still sent to `about`.
        let help = unknown_help(&guideline("forbid employees to post on customer-data")).unwrap();
        assert!(help.contains("`about customer-data`"), "{help}");
    }

    /// A term in the wrong qualifier is added to the qualifier the statement already has, not
    /// sent to a second one, which would be a syntax error (edit 16, item 5).
    #[test]
    fn a_term_joins_the_qualifier_the_statement_has() {
        use crate::rules::testing::{lint, lint_in};
        let src = guideline("allow employees to post using company-network during private-devices");
        let help = unknown_help(&src);
        let help = help.as_deref();
        assert_eq!(
            help,
            Some(
                "the statement already has `using`: add `private-devices` to its list, `using \
                 company-network and private-devices`, and leave out `during private-devices`"
            )
        );
        let de = lint_in(&src, Lang::De);
        let de = de.iter().find(|f| f.rule == "unknown-term").unwrap();
        assert!(
            de.help
                .as_deref()
                .unwrap()
                .contains("`using company-network and private-devices`"),
            "{de:?}"
        );
        let fixed = lint(&guideline(
            "allow employees to post using company-network and private-devices",
        ));
        assert!(
            !fixed
                .iter()
                .any(|f| f.rule == "unknown-term" || f.rule == "syntax-error"),
            "{fixed:?}"
        );
        // Without that qualifier, the usual help.
        let help =
            unknown_help(&guideline("allow employees to post during private-devices")).unwrap();
        assert!(
            help.ends_with("write `using private-devices` for `during private-devices`"),
            "{help}"
        );
    }

    /// Found by a blind review: `give` got "did you mean `like`?", and applied, the statement
    /// banned something else. An unknown action with no close spelling gets every action, and
    /// that actions are fixed.
    #[test]
    fn an_unknown_action_gets_the_actions() {
        use crate::rules::testing::lint_in;
        let src = guideline("forbid employees to give medical-advice");
        let help = unknown_help(&src).unwrap();
        assert_eq!(
            help,
            "the actions are fixed (`.guidelint.yaml` cannot add one): use one of `access`, \
             `post`, `comment`, `share`, `like`, `reply`, `follow`, `connect`, `mention`, \
             `disclose` or `speak-for-company`; if `give` means one of them, add the line `give: \
             ACTION` (with that action) to `aliases:` in the `vocabulary:` section of \
             `.guidelint.yaml`"
        );
        assert!(!help.contains("did you mean"), "{help}");
        let de = lint_in(&src, Lang::De);
        let de = de.iter().find(|f| f.rule == "unknown-term").unwrap();
        let de = de.help.as_deref().unwrap();
        assert!(de.starts_with("Die Aktionen stehen fest"), "{de}");
        assert!(de.contains("`disclose` oder `speak-for-company`"), "{de}");
        assert!(!de.contains("Meinten Sie"), "{de}");
        // A typo still gets its action.
        assert_eq!(
            unknown_help(&guideline("allow employees to acess facebook")).as_deref(),
            Some("did you mean `access`?")
        );
    }

    /// Found by a blind review: `about competitors` (a monitor target) got only topics that
    /// change the ban, without the way to keep the word that an unknown topic gets. Followed,
    /// the way leaves no finding about the word.
    #[test]
    fn a_word_of_another_list_may_be_added_to_the_list() {
        use crate::rules::testing::lint_in;
        let src = guideline("forbid employees to post about competitors");
        let help = unknown_help(&src).unwrap();
        assert_eq!(
            help,
            "use a topic here, such as `customer-data`, `trade-secrets`, \
             `confidential-information`, `product-plans` or `photos`; if you mean `competitors` \
             as a topic, add it to `contents:` in the `vocabulary:` section of `.guidelint.yaml`"
        );
        let de = lint_in(&src, Lang::De);
        let de = de.iter().find(|f| f.rule == "unknown-term").unwrap();
        assert!(
            de.help.as_deref().unwrap().ends_with(
                "; soll `competitors` hier ein Thema sein, ergänzen Sie es in `.guidelint.yaml` \
                 im Abschnitt `vocabulary:` unter `contents:`"
            ),
            "{de:?}"
        );
        let mut config = crate::Config::default();
        config.vocabulary.add_term(Category::Content, "competitors");
        let fixed = crate::check_source("test.guideline", &src, &config).findings;
        assert!(!fixed.iter().any(|f| f.rule == "unknown-term"), "{fixed:?}");
        // Two lists: both are named.
        let help = unknown_help(&guideline("monitor facebook")).unwrap();
        assert!(
            help.ends_with(
                "if you mean `facebook` as a monitor target, add it to `listening-targets:` or \
                 `surveillance-targets:` in the `vocabulary:` section of `.guidelint.yaml`"
            ),
            "{help}"
        );
        // Actions are fixed: no way to add one.
        let help = unknown_help(&guideline("allow employees to facebook")).unwrap();
        assert!(!help.contains("vocabulary"), "{help}");
        // A term that belongs in another qualifier keeps its help.
        assert_eq!(
            unknown_help(&guideline(
                "allow employees to access facebook on private-devices"
            ))
            .as_deref(),
            Some(
                "a means (device, network or account) is named with `using`: write `using \
                 private-devices` for `on private-devices`"
            )
        );
    }

    /// Found by a blind review: `anything` as an object got "use a known topic such as
    /// `affiliation`, `employer`", which turns a ban into a gag rule. A statement without
    /// objects is about everything, one without `about` about every topic: the word goes.
    #[test]
    fn a_word_for_everything_is_left_out() {
        use crate::rules::testing::{lint, lint_in};
        for (statement, help, de, fixed) in [
            (
                "forbid interns to post anything about company",
                "leave out `anything`: a statement without objects is about everything",
                "Lassen Sie `anything` weg: Eine Anweisung ohne Objekte gilt für alles",
                "forbid interns to post about company",
            ),
            (
                "allow employees to post everything",
                "leave out `everything`: a statement without objects is about everything",
                "Lassen Sie `everything` weg: Eine Anweisung ohne Objekte gilt für alles",
                "allow employees to post",
            ),
            (
                "allow employees to share about all on linkedin",
                "leave out `about all`: a statement without `about` is about every topic",
                "Lassen Sie `about all` weg: Eine Anweisung ohne `about` gilt für jedes Thema",
                "allow employees to share on linkedin",
            ),
            (
                "allow employees to post alles",
                "leave out `alles`: a statement without objects is about everything",
                "Lassen Sie `alles` weg: Eine Anweisung ohne Objekte gilt für alles",
                "allow employees to post",
            ),
        ] {
            let src = guideline(statement);
            assert_eq!(unknown_help(&src).as_deref(), Some(help), "{statement}");
            let found = lint_in(&src, Lang::De);
            let found = found.iter().find(|f| f.rule == "unknown-term").unwrap();
            assert_eq!(found.help.as_deref(), Some(de), "{statement}");
            let after = lint(&guideline(fixed));
            assert!(
                !after
                    .iter()
                    .any(|f| f.rule == "unknown-term" || f.rule == "syntax-error"),
                "{fixed}: {after:?}"
            );
        }
        // In a list with other terms the writer decides: the usual help, narrow topics first.
        let help = unknown_help(&guideline("allow employees to post photos and anything")).unwrap();
        assert!(
            help.starts_with("use a known topic such as `customer-data`, `trade-secrets`"),
            "{help}"
        );
    }

    /// Found by a blind review: the examples of an unknown topic or audience led with the
    /// broadest (`affiliation`, `employer`; `everyone`, `employees`); a writer who takes the
    /// first widens a ban or duty. Narrow ones come first.
    #[test]
    fn examples_lead_with_narrow_terms() {
        let help = unknown_help(&guideline("require journalists to disclose affiliation")).unwrap();
        assert!(
            help.starts_with(
                "use a known audience such as `interns`, `managers`, `marketing`, `pr` or `hr`"
            ),
            "{help}"
        );
        let help = unknown_help(&guideline("forbid employees to post about gossip")).unwrap();
        assert!(
            help.starts_with(
                "use a known topic such as `customer-data`, `trade-secrets`, \
                 `confidential-information`, `product-plans` or `photos`"
            ),
            "{help}"
        );
        // A close spelling still comes first.
        assert_eq!(
            unknown_help(&guideline("forbid employees to post about opinons")).as_deref(),
            Some("did you mean `opinions`?")
        );
    }
}
