//! The words of every configuration error, in every language guidelint speaks: one [`ErrorKind`]
//! per kind of error, with its message, labels and help written side by side per language
//! (`match lang`), as the rules hold theirs. Reading the YAML ([`super::yaml`]) decides *which*
//! error it is; this file alone decides what it *says*. A new language is a new arm in each
//! `match lang`, and the compiler lists every one that lacks it.

use crate::lang::Lang;
use crate::rules::unknown_term::{
    english_category, german_known, german_negated, german_unknown, german_with_article,
};
use crate::rules::unreadable_file::{self, Reason};
use crate::semantics::Category;

use super::yaml::REGEX_MAX_LEN;
use super::MAX_CONFIG_SIZE;

/// What an error says in one language: the message, the label at the offending place then one
/// per related place (none for an error without a position), and an optional help line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub message: String,
    pub labels: Vec<String>,
    pub help: Option<String>,
}

impl Said {
    /// A message with one label and an optional help line.
    fn new(message: impl Into<String>, label: impl Into<String>, help: Option<String>) -> Said {
        Said {
            message: message.into(),
            labels: vec![label.into()],
            help,
        }
    }

    /// A message with one label and a help line.
    fn helped(
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) -> Said {
        Said::new(message, label, Some(help.into()))
    }

    /// A message without position, label or help.
    fn plain(message: String) -> Said {
        Said {
            message,
            labels: Vec::new(),
            help: None,
        }
    }
}

/// A value of the wrong type, as serde names it (SPEC §8: "wrong types are errors").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    List,
    Mapping,
    /// Nothing after the key, or `~`.
    Empty,
    /// A string, in the double quotes serde puts around it.
    Text(String),
    /// `true` or `false`, in backticks.
    Truth(String),
    /// A number, in backticks.
    Number(String),
    /// Anything else serde may name, in its words.
    Other(String),
}

/// Why a `text` pattern is not a regular expression guidelint accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegexProblem {
    /// Compiled, it would need more than this many bytes.
    TooBig(usize),
    /// The regex crate refuses a pattern its parser accepts.
    NotValid,
    /// What is wrong, at this character (1-based) of the pattern.
    At(PatternMistake, usize),
    /// The regex crate's own words, without a position.
    Other(String),
}

/// A mistake in a pattern that the regex parser points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PatternMistake {
    GroupUnclosed,
    GroupUnopened,
    ClassUnclosed,
    RepetitionMissing,
    RepetitionCount,
    EscapeUnrecognized,
    EscapeUnexpectedEof,
    ClassRangeInvalid,
    FlagUnrecognized,
    UnsupportedLookAround,
    UnsupportedBackreference,
    /// Any other mistake, in the regex crate's words.
    Other(String),
}

/// What stands where text belongs (`NotText`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    Number,
    Truth,
    /// `~`, `null`, or nothing after the `-` of a list item.
    Nothing,
}

/// Every kind of configuration error, with what it needs to be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    // ---- reading the file ----
    /// The file cannot be read: missing, not a file, not UTF-8, …
    CannotRead {
        file: String,
        why: Reason,
    },
    /// The file is larger than [`MAX_CONFIG_SIZE`].
    TooLarge {
        file: String,
        size: u64,
    },
    /// The `exclude` globs, each valid, do not build into one set (globset's words).
    Excludes {
        file: String,
        error: String,
    },

    // ---- the outline of the YAML ----
    /// A list or a single value where the settings belong.
    NotAMapping,
    SecondDocument,
    /// Labels: the second place, then the first.
    KeyTwice {
        key: String,
    },
    /// A control character YAML does not allow, anywhere in the file.
    ControlCharInFile {
        code: u32,
    },
    Tab,
    /// A character YAML reserves (`@`, a backquote) at the start of a plain value.
    CannotStartValue {
        found: char,
    },

    // ---- serde's and libyaml's own errors ----
    /// `expected` is the visitor's `expecting`, in English (see [`expected`]).
    WrongType {
        expected: String,
        found: Found,
    },
    /// `allowed` are the keys of the section, in order.
    UnknownKey {
        key: String,
        allowed: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    RepetitionLimit,
    RecursionLimit,
    /// Any other error of serde_yaml or libyaml, in their words (syntax errors).
    Yaml {
        message: String,
    },

    // ---- values ----
    /// A single value where a list belongs.
    NotAList {
        value: String,
    },
    /// A mapping where a list belongs.
    MappingForList,
    EmptyMatchList,
    EmptyMatch,
    /// A key of `match` with no value (`platforms:`, `modality: ~`).
    MissingMatchValue,
    /// A rule under `rules:` with no severity (`blanket-block:`).
    NoLevel {
        rule: String,
    },
    /// A number, truth value or nothing (`~`, `null`) where text belongs; `value` as written.
    NotText {
        value: String,
        scalar: Scalar,
    },
    EmptyMessage,
    MessageLineBreak,
    ControlCharInText {
        code: u32,
    },
    /// `word` of the list `class` is built in as the other class of its pair.
    BuiltInClass {
        word: String,
        class: usize,
    },
    /// `word` of the list `class` is already under the other list of its pair.
    ClassTwice {
        word: String,
        class: usize,
    },
    NotATerm {
        value: String,
    },
    UnknownFailOn {
        value: String,
    },
    CustomSeverityOff,
    UnknownCustomSeverity {
        value: String,
    },
    UnknownModality {
        value: String,
        close: Option<String>,
    },
    NotAFlag {
        value: String,
    },
    SizeTooLarge,
    SizeNegative,
    /// A whole size written as a floating-point number (`1e6`): `digits` is it in digits.
    SizeNotDigits {
        digits: String,
    },
    SizeNotWhole {
        value: String,
    },
    UnknownRule {
        name: String,
        close: Option<String>,
    },
    CustomNameBuiltIn {
        name: String,
    },
    CustomNameNoSlash {
        name: String,
    },
    CustomNameChars {
        name: String,
    },
    /// A custom rule name with an empty part (`acme/`, `/x`, `a//b`).
    CustomNameEmptyPart {
        name: String,
    },
    CustomNameTwice {
        name: String,
    },
    GlobAbsolute {
        glob: String,
    },
    GlobOwnFolder {
        glob: String,
    },
    /// A glob starting with `!`: `.gitignore`'s negation, which `exclude` does not have.
    GlobNegated {
        glob: String,
    },
    /// A glob with a `..` part: paths are compared below the configuration's folder, so it
    /// could never match.
    GlobUpward {
        glob: String,
    },
    GlobInvalid {
        glob: String,
        error: globset::ErrorKind,
    },
    UnknownLang {
        value: String,
    },
    EmptyPattern,
    PatternTooLong {
        len: usize,
    },
    InvalidPattern {
        problem: RegexProblem,
    },
    /// A `match` value that is no term of its category: the closest term, else the
    /// categories it belongs to.
    UnknownMatchTerm {
        value: String,
        category: Category,
        suggestion: Option<String>,
        elsewhere: Vec<Category>,
    },
    UnknownLevel {
        value: String,
        rule: String,
    },
    MandatoryOff {
        rule: String,
    },
    /// An alias that is a term of `category` already.
    AliasIsTerm {
        alias: String,
        category: Category,
        meant: String,
    },
    /// An alias that stands for `existing` in `category` already.
    AliasStandsFor {
        alias: String,
        existing: String,
        category: Category,
        meant: String,
    },
    AliasToItself {
        alias: String,
    },
    /// The aliases from the first to the repeated one.
    AliasCircle {
        path: Vec<String>,
    },
    AliasToNoTerm {
        alias: String,
        target: String,
        suggestions: Vec<String>,
    },
}

/// The lists of `vocabulary` that sort a category in two, indexed as `yaml::Class`
/// (listening, surveillance, two-way, broadcast); the other class of a pair is `class ^ 1`.
pub const CLASS_KEYS: [&str; 4] = [
    "listening-targets",
    "surveillance-targets",
    "two-way-purposes",
    "broadcast-purposes",
];

/// The name of a class with its article, and why the two classes of its pair differ.
fn class_words(class: usize, lang: Lang) -> (&'static str, &'static str) {
    const EN_TARGETS: &str =
        "listening targets are public conversation, surveillance targets are people and their accounts";
    const EN_PURPOSES: &str = "two-way purposes invite answers, broadcast purposes only send";
    const DE_TARGETS: &str =
        "Ziele des Zuhörens sind öffentliche Gespräche, Überwachungsziele sind \
                              Menschen und ihre Konten";
    const DE_PURPOSES: &str =
        "Zwecke in beide Richtungen laden zu Antworten ein, Sendezwecke senden nur in eine \
         Richtung";
    match (lang, class) {
        (Lang::En, 0) => ("a listening target", EN_TARGETS),
        (Lang::En, 1) => ("a surveillance target", EN_TARGETS),
        (Lang::En, 2) => ("a two-way purpose", EN_PURPOSES),
        (Lang::En, _) => ("a broadcast purpose", EN_PURPOSES),
        (Lang::De, 0) => ("ein Ziel des Zuhörens", DE_TARGETS),
        (Lang::De, 1) => ("ein Überwachungsziel", DE_TARGETS),
        (Lang::De, 2) => ("ein Zweck in beide Richtungen", DE_PURPOSES),
        (Lang::De, _) => ("ein Sendezweck", DE_PURPOSES),
    }
}

/// The name of a class after "as" (German: without its article).
fn class_as(class: usize, lang: Lang) -> &'static str {
    let (name, _) = class_words(class, lang);
    match lang {
        Lang::En => name,
        Lang::De => name.strip_prefix("ein ").unwrap_or(name),
    }
}

/// The words of a visitor's `expecting` (serde's "expected …" of a wrong type), by its English
/// words: every `expecting` of `yaml.rs`, in English as written there, then in German.
/// (A test reads `yaml.rs` and asserts that every one is here.)
pub const EXPECTED: [(&str, &str); 24] = [
    (
        "a key name, such as `fail-on`",
        "ein Schlüsselname, zum Beispiel `fail-on`",
    ),
    (
        "a mapping of keys such as `fail-on`, `rules`, `vocabulary`",
        "eine Zuordnung von Schlüsseln wie `fail-on`, `rules`, `vocabulary` zu ihren Werten",
    ),
    (
        "a mapping of word lists by category, such as `platforms: [intranet]`",
        "je Kategorie eine Wortliste, zum Beispiel `platforms: [intranet]`",
    ),
    (
        "a custom rule: a mapping with `name`, `message` and `match`",
        "eine eigene Regel mit den Schlüsseln `name`, `message` und `match`",
    ),
    (
        "a mapping such as `modality: block`",
        "eine Zuordnung (`Schlüssel: Wert`) wie `modality: block`",
    ),
    ("a term such as `intranet`", "ein Begriff wie `intranet`"),
    (
        "error, warning, info or never",
        "einer der Werte error, warning, info oder never",
    ),
    (
        "error, warning or info",
        "einer der Schweregrade error, warning oder info",
    ),
    (
        "a modality: allow, allow-only, encourage, require, forbid, block or monitor",
        "eine Art von Anweisung: allow, allow-only, encourage, require, forbid, block oder monitor",
    ),
    ("true or false", "true oder false"),
    (
        "a size in bytes, such as `10485760` (10 MiB)",
        "eine Größe in Bytes, zum Beispiel `10485760` (10 MiB)",
    ),
    ("a rule name", "ein Regelname"),
    (
        "a rule name such as `acme/no-tiktok-block`",
        "ein Regelname wie `acme/no-tiktok-block`",
    ),
    ("a glob such as `archive/**`", "ein Muster wie `archive/**`"),
    ("a language code such as `en`", "ein Sprachkürzel wie `en`"),
    ("a regular expression", "ein regulärer Ausdruck"),
    ("a term", "ein Begriff"),
    (
        "a mapping of rule names to error, warning, info or off",
        "je Regel eine Zeile `REGELNAME: Schweregrad` (error, warning, info oder off)",
    ),
    (
        "error, warning, info or off",
        "einer der Schweregrade error, warning, info oder off",
    ),
    (
        "a mapping of aliases to terms, e.g. `mitarbeitende: employees`",
        "je Alias eine Zeile `ALIAS: Begriff`, zum Beispiel `mitarbeitende: employees`",
    ),
    (
        "an alias such as `mitarbeitende`",
        "ein Alias wie `mitarbeitende`",
    ),
    (
        "a value or a list of values",
        "ein Wert oder eine Liste von Werten",
    ),
    ("a list", "eine Liste"),
    (
        "text, e.g. `\"TikTok is where our applicants are\"`",
        "ein Text, zum Beispiel `\"TikTok is where our applicants are\"`",
    ),
];

/// A visitor's `expecting` in `lang` (as written, when it is not in [`EXPECTED`]).
pub fn expected(english: &str, lang: Lang) -> &str {
    match lang {
        Lang::En => english,
        Lang::De => EXPECTED
            .iter()
            .find(|(en, _)| *en == english)
            .map_or(english, |(_, de)| de),
    }
}

impl Found {
    fn said(&self, lang: Lang) -> String {
        match (self, lang) {
            (Found::List, Lang::En) => "a list".to_owned(),
            (Found::List, Lang::De) => "eine Liste".to_owned(),
            (Found::Mapping, Lang::En) => "a mapping".to_owned(),
            (Found::Mapping, Lang::De) => "eine Zuordnung (`Schlüssel: Wert`)".to_owned(),
            (Found::Empty, Lang::En) => "an empty value".to_owned(),
            (Found::Empty, Lang::De) => "ein leerer Wert".to_owned(),
            (Found::Text(t), Lang::En) => format!("the text {t}"),
            (Found::Text(t), Lang::De) => format!("der Text {t}"),
            (Found::Truth(v), Lang::En) => format!("the truth value {v}"),
            (Found::Truth(v), Lang::De) => format!("der Wert {v}"),
            (Found::Number(n), Lang::En) => format!("the number {n}"),
            (Found::Number(n), Lang::De) => format!("die Zahl {n}"),
            (Found::Other(o), _) => o.clone(),
        }
    }
}

/// The key of `allowed` that `key` was probably meant to be: the same with `_` or a space for
/// `-` and any capitals (`fail_on`, `Fail-On`), or one or two letters apart (`exlude`).
fn close_key<'a>(key: &str, allowed: &'a [String]) -> Option<&'a str> {
    let written: String = key
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    // A word close in letters but opposite in meaning gets no suggestion (`include` is not a
    // misspelt `exclude`); a word of the same meaning gets the key it means.
    let meant = match written.as_str() {
        "include" | "includes" => return None,
        "language" | "locale" => "lang",
        _ => "",
    };
    if let Some(k) = allowed.iter().find(|k| !meant.is_empty() && *k == meant) {
        return Some(k.as_str());
    }
    allowed
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&written, k), k.as_str()))
        .filter(|&(distance, k)| distance <= 2.min(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

/// serde's list of the keys a section allows (`serde::de::Error::unknown_field`), in English
/// as serde writes it.
fn serde_one_of(allowed: &[String]) -> String {
    match allowed {
        [] => "there are no fields".to_owned(),
        [one] => format!("expected `{one}`"),
        [a, b] => format!("expected `{a}` or `{b}`"),
        _ => {
            let keys: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
            format!("expected one of {}", keys.join(", "))
        }
    }
}

/// The label of an error at the very end of the file, as a guideline's report says it.
pub fn file_ends_here(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "the file ends here",
        Lang::De => "hier endet die Datei",
    }
}

/// libyaml's and serde_yaml's errors (without positions) in plain English, the same mistakes
/// [`yaml_in_german`] explains: the problem, and a help line that says what to do where there is
/// something to do. `None` for one without plain words, which is then quoted as it is.
fn yaml_in_english(message: &str) -> Option<(&'static str, Option<&'static str>)> {
    let (problem, context) = message.split_once(", while ").unwrap_or((message, ""));
    let quote_it = Some("put the value in quotes, e.g. `\"*.draft.guideline\"`");
    Some(match problem {
        "did not find expected key" => (
            "YAML expects another key (`key: value`) here, indented as far as the lines above",
            Some("check the indentation"),
        ),
        "mapping values are not allowed in this context" => (
            "a colon followed by a space (`: `) is not allowed here",
            Some(
                "put a text with a colon in quotes, write each key on a line of its own, and \
                 check whether the line above lacks a colon",
            ),
        ),
        "block sequence entries are not allowed in this context" => (
            "a list entry (`- `) is not allowed here",
            Some("write it on a line of its own below the key of the list, and check the indentation"),
        ),
        "could not find expected ':'" => ("the colon after the key is missing here", None),
        "did not find expected node content" => ("a value is missing here", None),
        "did not find expected '-' indicator" => (
            "YAML expects another list entry (`- `) here, indented as far as the lines above",
            Some("check the indentation"),
        ),
        "did not find expected ',' or ']'" => (
            "YAML expects a comma (`,`) before the next entry here, or the bracket `]` that \
             closes the list",
            None,
        ),
        "did not find expected ',' or '}'" => (
            "YAML expects a comma (`,`) before the next entry here, or the brace `}` that \
             closes the mapping",
            None,
        ),
        "found unknown escape character" => (
            "in double quotes `\\` starts a special character, and YAML does not know this one",
            Some("put a text with `\\` in single quotes (`'…'`), e.g. `text: '\\d+h'`"),
        ),
        "did not find expected hexadecimal number" => (
            "in double quotes `\\` starts a special character, and after `\\x`, `\\u` or `\\U` \
             YAML expects the number of a character",
            Some("put a text with `\\` in single quotes (`'…'`)"),
        ),
        "did not find expected alphabetic or numeric character"
            if context.starts_with("scanning an alias")
                || context.starts_with("scanning an anchor") =>
        {
            (
                "a value that starts with `*` or `&` is a reference or an anchor in YAML",
                quote_it,
            )
        }
        "found unexpected end of stream" if context.starts_with("scanning a quoted scalar") => (
            "the file ends in the middle of a text in quotes",
            Some("add the closing quote at the end of the text"),
        ),
        "found unexpected end of stream" => ("the file ends in the middle of a value", None),
        "found unexpected document indicator" => (
            "a line `---` or `...` stands in the middle of a value",
            None,
        ),
        "found undefined tag handle" => (
            "a value that starts with `!` is a type tag in YAML (`!…`), and this one is unknown",
            Some("put the value in quotes"),
        ),
        "unknown anchor" => (
            "a value that starts with `*` is a reference in YAML (`*name`) to an anchor \
             (`&name`) further up, and that anchor is missing",
            quote_it,
        ),
        "EOF while parsing a value" => ("the file ends where a value should be", None),
        _ => return None,
    })
}

/// libyaml's and serde_yaml's errors (without positions) in German: the problem, and for an
/// unexpected end also what was being read, with a help line where [`yaml_in_english`] has one.
/// `None` for one without German words, which is then quoted as it is.
fn yaml_in_german(message: &str) -> Option<(&'static str, Option<&'static str>)> {
    let (problem, context) = message.split_once(", while ").unwrap_or((message, ""));
    let quote_it =
        Some("Setzen Sie den Wert in Anführungszeichen, zum Beispiel `\"*.draft.guideline\"`");
    let single_quotes =
        Some("Setzen Sie einen Text mit `\\` in einfache Anführungszeichen (`'…'`)");
    Some(match problem {
        "did not find expected key" => (
            "Hier erwartet YAML einen weiteren Schlüssel (`Schlüssel: Wert`), genauso weit \
             eingerückt wie die Zeilen darüber",
            Some("Prüfen Sie die Einrückung"),
        ),
        "mapping values are not allowed in this context" => (
            "Ein Doppelpunkt mit Leerzeichen danach (`: `) ist an dieser Stelle nicht erlaubt",
            Some(
                "Setzen Sie einen Text mit Doppelpunkt in Anführungszeichen, schreiben Sie jeden \
                 Schlüssel in eine eigene Zeile und prüfen Sie, ob in der Zeile darüber ein \
                 Doppelpunkt fehlt",
            ),
        ),
        "block sequence entries are not allowed in this context" => (
            "Ein Listeneintrag (`- `) ist an dieser Stelle nicht erlaubt",
            Some(
                "Schreiben Sie ihn in eine eigene Zeile unter den Schlüssel der Liste und prüfen \
                 Sie die Einrückung",
            ),
        ),
        "could not find expected ':'" => ("Hier fehlt der Doppelpunkt nach dem Schlüssel", None),
        "did not find expected node content" => ("Hier fehlt ein Wert", None),
        "did not find expected '-' indicator" => (
            "Hier erwartet YAML einen weiteren Listeneintrag (`- `), genauso weit eingerückt wie \
             die Zeilen darüber",
            Some("Prüfen Sie die Einrückung"),
        ),
        "did not find expected ',' or ']'" => (
            "Hier erwartet YAML ein Komma (`,`) vor dem nächsten Eintrag oder die eckige Klammer \
             `]`, die die Liste abschließt",
            None,
        ),
        "did not find expected ',' or '}'" => (
            "Hier erwartet YAML ein Komma (`,`) vor dem nächsten Eintrag oder die geschweifte \
             Klammer `}`, die die Zuordnung abschließt",
            None,
        ),
        "found unknown escape character" => (
            "In doppelten Anführungszeichen leitet `\\` ein Sonderzeichen ein, und dieses kennt \
             YAML nicht",
            Some(
                "Setzen Sie einen Text mit `\\` in einfache Anführungszeichen (`'…'`), zum \
                 Beispiel `text: '\\d+h'`",
            ),
        ),
        "did not find expected hexadecimal number" => (
            "In doppelten Anführungszeichen leitet `\\` ein Sonderzeichen ein, und nach `\\x`, \
             `\\u` oder `\\U` erwartet YAML die Nummer eines Zeichens",
            single_quotes,
        ),
        "did not find expected alphabetic or numeric character"
            if context.starts_with("scanning an alias")
                || context.starts_with("scanning an anchor") =>
        {
            (
                "Ein Wert, der mit `*` oder `&` beginnt, ist in YAML ein Verweis oder ein Anker",
                quote_it,
            )
        }
        "found unexpected end of stream" if context.starts_with("scanning a quoted scalar") => (
            "Die Datei endet mitten in einem Text in Anführungszeichen",
            Some("Ergänzen Sie das schließende Anführungszeichen am Ende des Textes"),
        ),
        "found unexpected end of stream" => ("Die Datei endet mitten in einem Wert", None),
        "found unexpected document indicator" => (
            "Eine Zeile `---` oder `...` steht mitten in einem Wert",
            None,
        ),
        "found undefined tag handle" => (
            "Ein Wert, der mit `!` beginnt, ist in YAML eine Typangabe (`!…`), und diese ist \
             unbekannt",
            Some("Setzen Sie den Wert in Anführungszeichen"),
        ),
        "unknown anchor" => (
            "Ein Wert, der mit `*` beginnt, ist in YAML ein Verweis (`*name`) auf einen Anker \
             (`&name`) weiter oben, und dieser Anker fehlt",
            quote_it,
        ),
        "EOF while parsing a value" => ("Die Datei endet, wo ein Wert stehen sollte", None),
        _ => return None,
    })
}

/// globset's words for an invalid glob, in German.
fn glob_in_german(error: &globset::ErrorKind) -> String {
    use globset::ErrorKind as Kind;
    match error {
        Kind::UnclosedClass => {
            "Eine eckige Klammer `[` wird nicht geschlossen; es fehlt `]` (eine `[` als Zeichen \
             schreiben Sie `[[]`)"
                .to_owned()
        }
        Kind::InvalidRange(from, to) => {
            format!(
                "Der Bereich geht von `{from}` rückwärts bis `{to}`; schreiben Sie ihn vom \
                 kleineren zum größeren Zeichen, zum Beispiel `[a-z]`"
            )
        }
        Kind::UnopenedAlternates => "Eine Gruppe wird mit `}` geschlossen, aber nie mit `{` \
                                     geöffnet (eine `}` als Zeichen schreiben Sie `[}]`)"
            .to_owned(),
        Kind::UnclosedAlternates => "Eine Gruppe `{` wird nicht geschlossen; es fehlt `}` (eine \
                                     `{` als Zeichen schreiben Sie `[{]`)"
            .to_owned(),
        Kind::DanglingEscape => "Das Muster endet mit einem einzelnen `\\`".to_owned(),
        other => format!("globset meldet: {other}"),
    }
}

impl RegexProblem {
    fn said(&self, lang: Lang) -> String {
        match (self, lang) {
            (RegexProblem::TooBig(limit), Lang::En) => format!(
                "this pattern is too big: it would need more than {limit} bytes once compiled"
            ),
            (RegexProblem::TooBig(limit), Lang::De) => {
                format!(
                    "Dieser Ausdruck ist zu groß: Für die Suche bräuchte er mehr als {limit} \
                     Bytes Speicher; kürzen Sie ihn"
                )
            }
            (RegexProblem::NotValid, Lang::En) => {
                "the pattern is not a valid regular expression".to_owned()
            }
            (RegexProblem::NotValid, Lang::De) => {
                "Dies ist kein gültiger regulärer Ausdruck".to_owned()
            }
            (RegexProblem::At(mistake, column), Lang::En) => {
                format!(
                    "{} (at character {column} of the pattern)",
                    mistake.said(lang)
                )
            }
            (RegexProblem::At(mistake, column), Lang::De) => {
                format!(
                    "{} (bei Zeichen {column} des Ausdrucks)",
                    mistake.said(lang)
                )
            }
            (RegexProblem::Other(detail), Lang::En) => {
                format!("this pattern is not valid: {detail}")
            }
            (RegexProblem::Other(detail), Lang::De) => {
                format!("Dieser Ausdruck ist ungültig: {detail}")
            }
        }
    }
}

impl PatternMistake {
    fn said(&self, lang: Lang) -> String {
        use PatternMistake as M;
        let text = match (self, lang) {
            (M::GroupUnclosed, Lang::En) => {
                "this pattern has an opening parenthesis `(` that is never closed"
            }
            (M::GroupUnclosed, Lang::De) => {
                "Dieser Ausdruck hat eine öffnende Klammer `(`, die nie geschlossen wird"
            }
            (M::GroupUnopened, Lang::En) => {
                "this pattern has a closing parenthesis `)` that was never opened"
            }
            (M::GroupUnopened, Lang::De) => {
                "Dieser Ausdruck hat eine schließende Klammer `)`, die nie geöffnet wurde"
            }
            (M::ClassUnclosed, Lang::En) => {
                "this pattern has an opening bracket `[` that is never closed"
            }
            (M::ClassUnclosed, Lang::De) => {
                "Dieser Ausdruck hat eine öffnende eckige Klammer `[`, die nie geschlossen wird"
            }
            (M::RepetitionMissing, Lang::En) => "`*`, `+`, `?` or `{…}` has nothing before it to repeat; to match the character itself, put `\\` before it",
            (M::RepetitionMissing, Lang::De) => "Vor `*`, `+`, `?` oder `{…}` steht nichts, das sich wiederholen ließe; um das Zeichen selbst zu finden, setzen Sie `\\` davor",
            (M::RepetitionCount, Lang::En) => {
                "a count such as `{2,5}` is not complete or goes from the larger number to the smaller"
            }
            (M::RepetitionCount, Lang::De) => {
                "Eine Anzahl wie `{2,5}` ist unvollständig oder geht von der größeren Zahl zur kleineren"
            }
            (M::EscapeUnrecognized, Lang::En) => {
                "this backslash escape is unknown; to match a backslash, write `\\\\`"
            }
            (M::EscapeUnrecognized, Lang::De) => {
                "Dieses Zeichen nach `\\` ist unbekannt; um einen Backslash selbst zu finden, schreiben Sie `\\\\`"
            }
            (M::EscapeUnexpectedEof, Lang::En) => "the pattern ends with a lone backslash `\\`",
            (M::EscapeUnexpectedEof, Lang::De) => {
                "Der Ausdruck endet mit einem einzelnen Backslash `\\`"
            }
            (M::ClassRangeInvalid, Lang::En) => {
                "a range such as `[a-z]` must go from the smaller character to the larger"
            }
            (M::ClassRangeInvalid, Lang::De) => {
                "Ein Bereich wie `[a-z]` muss vom kleineren Zeichen zum größeren gehen"
            }
            (M::FlagUnrecognized, Lang::En) => {
                "unknown flag; `(?i)` is the one for matching without regard to case"
            }
            (M::FlagUnrecognized, Lang::De) => {
                "Unbekannte Einstellung; mit `(?i)` spielt Groß- und Kleinschreibung keine Rolle"
            }
            (M::UnsupportedLookAround, Lang::En) => {
                "look-ahead and look-behind (`(?=`, `(?!`, `(?<=`, `(?<!`) are not supported"
            }
            (M::UnsupportedLookAround, Lang::De) => {
                "Bedingungen für den Text davor oder danach (`(?=`, `(?!`, `(?<=`, `(?<!`) werden \
                 nicht unterstützt"
            }
            (M::UnsupportedBackreference, Lang::En) => {
                "back-references such as `\\1` are not supported"
            }
            (M::UnsupportedBackreference, Lang::De) => {
                "Rückverweise wie `\\1` werden nicht unterstützt"
            }
            (M::Other(detail), Lang::En) => return format!("this pattern is not valid: {detail}"),
            (M::Other(detail), Lang::De) => {
                return format!("Dieser Ausdruck ist ungültig: {detail}")
            }
        };
        text.to_owned()
    }
}

/// Help shared by several errors, in `lang`.
fn give_size_in_bytes(lang: Lang) -> String {
    match lang {
        Lang::En => "give the size in bytes, e.g. `10485760` for 10 MiB",
        Lang::De => "Geben Sie die Größe in Bytes an, zum Beispiel `10485760` für 10 MiB",
    }
    .to_owned()
}

fn custom_name_help(lang: Lang) -> String {
    match lang {
        Lang::En => "write `ORGANISATION/RULE` in lowercase letters, digits, `-` and `_`, e.g. `acme/no-tiktok-block`",
        Lang::De => "Schreiben Sie den Namen als `ORGANISATION/REGEL`, nur mit Kleinbuchstaben, Ziffern, `-` und `_`, zum Beispiel `acme/no-tiktok-block`",
    }
    .to_owned()
}

fn glob_help(lang: Lang) -> String {
    match lang {
        Lang::En => "globs are relative to the configuration file's directory: `*` matches within a folder, `**` across folders, e.g. `archive/**`",
        Lang::De => "Schreiben Sie Pfade ab dem Ordner der Konfigurationsdatei: `*` steht für beliebige Zeichen innerhalb eines Ordners, `**` auch über Ordner hinweg, zum Beispiel `archive/**`",
    }
    .to_owned()
}

fn point_at_a_term(lang: Lang) -> String {
    match lang {
        Lang::En => "point it at a term, built in or added under `vocabulary`, such as `employees` or `tiktok`",
        Lang::De => "Lassen Sie ihn auf einen Begriff verweisen, den guidelint kennt oder den Sie unter `vocabulary` ergänzt haben, zum Beispiel `employees` oder `tiktok`",
    }
    .to_owned()
}

fn another_alias(lang: Lang) -> String {
    match lang {
        Lang::En => "choose another word for the alias",
        Lang::De => "Wählen Sie ein anderes Wort für den Alias",
    }
    .to_owned()
}

impl ErrorKind {
    /// What this error says in `lang`.
    pub fn said(&self, lang: Lang) -> Said {
        match self {
            ErrorKind::CannotRead { file, why: reason } => {
                let finding = unreadable_file::finding(reason, lang);
                let why = finding.message;
                // The unreadable guideline's help, except where it speaks of a guideline.
                let help = match (reason, lang) {
                    (Reason::NotUtf8 { .. } | Reason::Utf16 { .. }, Lang::En) => {
                        "save the configuration file as UTF-8 text; in most editors: \"Save as\" → encoding \"UTF-8\"".to_owned()
                    }
                    (Reason::NotUtf8 { .. } | Reason::Utf16 { .. }, Lang::De) => {
                        "Speichern Sie die Konfigurationsdatei als UTF-8-Text; in den meisten Editoren: „Speichern unter“ → Kodierung „UTF-8“".to_owned()
                    }
                    (Reason::TooLarge { .. }, Lang::En) => {
                        "shorten the configuration file".to_owned()
                    }
                    (Reason::TooLarge { .. }, Lang::De) => {
                        "Kürzen Sie die Konfigurationsdatei".to_owned()
                    }
                    (Reason::NotAFile, Lang::En) => {
                        "name the configuration file itself, e.g. `--config .guidelint.yaml`; to run without one, use `--no-config`".to_owned()
                    }
                    (Reason::NotAFile, Lang::De) => {
                        "Nennen Sie die Konfigurationsdatei selbst, zum Beispiel `--config .guidelint.yaml`; ohne Konfiguration prüfen Sie mit `--no-config`".to_owned()
                    }
                    // Named with `--config`, or a link found on the way up that points nowhere.
                    (Reason::Missing, Lang::En) => {
                        "check the file's name and folder (a link must point at a file that exists); to run without a configuration, use `--no-config`".to_owned()
                    }
                    (Reason::Missing, Lang::De) => {
                        "Prüfen Sie Namen und Ordner der Datei (eine Verknüpfung muss auf eine vorhandene Datei zeigen); ohne Konfiguration prüfen Sie mit `--no-config`".to_owned()
                    }
                    _ => finding.help.map(|h| h.into_owned()).unwrap_or_default(),
                };
                Said {
                    message: match lang {
                        Lang::En => format!("cannot read the configuration {file}: {why}"),
                        Lang::De => format!(
                            "Die Konfigurationsdatei {file} kann nicht gelesen werden: {why}"
                        ),
                    },
                    labels: Vec::new(),
                    help: Some(help),
                }
            }
            ErrorKind::TooLarge { file, size } => Said::plain(match lang {
                Lang::En => format!(
                    "cannot read the configuration {file}: {size} bytes is larger than the limit of {MAX_CONFIG_SIZE}"
                ),
                Lang::De => format!(
                    "Die Konfigurationsdatei {file} kann nicht gelesen werden: Mit {size} Bytes ist sie größer als die erlaubten {MAX_CONFIG_SIZE} Bytes"
                ),
            }),
            ErrorKind::Excludes { file, error } => Said::plain(match lang {
                Lang::En => format!("{file}: {error}"),
                Lang::De => format!(
                    "{file}: Die `exclude`-Muster lassen sich nicht zusammen verwenden (globset meldet: {error})"
                ),
            }),
            ErrorKind::NotAMapping => match lang {
                Lang::En => Said::helped(
                    "the configuration must be a mapping of keys such as `fail-on`, `rules`, `vocabulary`",
                    "expected `key: value` lines",
                    "e.g. `fail-on: warning`",
                ),
                Lang::De => Said::helped(
                    "Die Konfiguration muss aus Schlüsseln wie `fail-on`, `rules`, `vocabulary` mit ihren Werten bestehen",
                    "erwartet: Zeilen `Schlüssel: Wert`",
                    "Zum Beispiel `fail-on: warning`",
                ),
            },
            ErrorKind::SecondDocument => match lang {
                Lang::En => Said::helped(
                    "the file holds a second YAML document; a configuration is one document",
                    "a second document starts here",
                    "remove this `---` and keep all settings in one document, or move the second part to a file of its own",
                ),
                Lang::De => Said::helped(
                    "Die Datei enthält ein zweites YAML-Dokument; eine Konfiguration ist ein einziges Dokument",
                    "hier beginnt ein zweites Dokument",
                    "Löschen Sie die Zeile `---` und schreiben Sie alle Einstellungen in ein Dokument, oder verschieben Sie den zweiten Teil in eine eigene Datei",
                ),
            },
            ErrorKind::KeyTwice { key } => {
                let (message, again, first, help) = match lang {
                    Lang::En => (
                        format!("`{key}` is given twice in the same section"),
                        "given again here",
                        "first given here",
                        format!(
                            "give every key once: if both hold settings you want, move what is under the \
                             second `{key}:` into the first and remove the second; otherwise remove the one \
                             you do not mean"
                        ),
                    ),
                    Lang::De => (
                        format!("`{key}` steht zweimal im selben Abschnitt"),
                        "hier zum zweiten Mal",
                        "hier zum ersten Mal",
                        format!(
                            "Nennen Sie jeden Schlüssel nur einmal: Brauchen Sie die Einstellungen unter \
                             beiden, verschieben Sie alles unter dem zweiten `{key}:` zum ersten und löschen \
                             Sie das zweite; sonst löschen Sie den überflüssigen"
                        ),
                    ),
                };
                Said {
                    message,
                    labels: vec![again.to_owned(), first.to_owned()],
                    help: Some(help),
                }
            }
            ErrorKind::ControlCharInFile { code } => match lang {
                Lang::En => Said::helped(
                    format!("the file contains the invisible control character U+{code:04X}, which YAML does not allow"),
                    "control character",
                    "delete it; such characters are invisible in most editors, so if you cannot see it, retype the line",
                ),
                Lang::De => Said::helped(
                    format!("Die Datei enthält das unsichtbare Steuerzeichen U+{code:04X}, das YAML nicht erlaubt"),
                    "Steuerzeichen",
                    "Löschen Sie es; solche Zeichen sind in den meisten Editoren unsichtbar: Wenn Sie es nicht sehen, tippen Sie die Zeile neu",
                ),
            },
            ErrorKind::Tab => match lang {
                Lang::En => Said::helped(
                    "YAML does not allow tabs for indentation",
                    "tab",
                    "indent with spaces instead (most editors can turn tabs into spaces)",
                ),
                Lang::De => Said::helped(
                    "YAML erlaubt zum Einrücken keine Tabulatoren",
                    "Tabulator",
                    "Rücken Sie stattdessen mit Leerzeichen ein (die meisten Editoren können Tabulatoren in Leerzeichen umwandeln)",
                ),
            },
            ErrorKind::CannotStartValue { found } => match lang {
                Lang::En => Said::helped(
                    format!("in YAML a value cannot start with `{found}`"),
                    "put this value in quotes",
                    format!("write the value in double quotes, e.g. `\"{found}…\"`"),
                ),
                Lang::De => Said::helped(
                    format!("In YAML darf ein Wert nicht mit `{found}` beginnen"),
                    "diesen Wert in Anführungszeichen setzen",
                    format!("Setzen Sie den Wert in doppelte Anführungszeichen, zum Beispiel `\"{found}…\"`"),
                ),
            },
            ErrorKind::WrongType { expected: wanted, found } => {
                let (wanted, found) = (expected(wanted, lang), found.said(lang));
                match lang {
                    Lang::En => Said::new(format!("this should be {wanted}, not {found}"), "wrong type", None),
                    Lang::De => Said::new(
                        format!("Hier steht {found}, erwartet wurde aber {wanted}"),
                        "falsche Art von Wert",
                        None,
                    ),
                }
            }
            // YAML's merge key, which serde_yaml reads as an ordinary key.
            ErrorKind::UnknownKey { key, .. } if key == "<<" => match lang {
                Lang::En => Said::helped(
                    "YAML merge keys (`<<: *name`) are not supported here",
                    "merge key",
                    "write the keys out where they are needed; an alias (`*name`) can still stand for a whole value, e.g. `match: *common`",
                ),
                Lang::De => Said::helped(
                    "YAML-Zusammenführungen (`<<: *name`) werden hier nicht unterstützt",
                    "Zusammenführung",
                    "Schreiben Sie die Schlüssel dort aus, wo sie gebraucht werden; ein Verweis (`*name`) kann weiterhin für einen ganzen Wert stehen, zum Beispiel `match: *gemeinsam`",
                ),
            },
            ErrorKind::UnknownKey { key, allowed } => match lang {
                Lang::En => Said::helped(
                    format!("unknown key `{key}`, {}", serde_one_of(allowed)),
                    "unknown key",
                    match close_key(key, allowed) {
                        Some(close) => format!("did you mean `{close}`? The section “Configuration: .guidelint.yaml” of guidelint's README describes every key"),
                        None => "check the spelling; the section “Configuration: .guidelint.yaml” of guidelint's README describes every key".to_owned(),
                    },
                ),
                Lang::De => {
                    let check = match close_key(key, allowed) {
                        Some(close) => format!("Meinten Sie `{close}`?"),
                        None => "Prüfen Sie die Schreibweise;".to_owned(),
                    };
                    let allowed = match allowed.as_slice() {
                        [] => "; hier ist kein Schlüssel möglich".to_owned(),
                        [one] => format!("; möglich ist nur `{one}`"),
                        keys => format!("; möglich sind {}", Lang::De.join_or_ticked(keys)),
                    };
                    Said::helped(
                        format!("Unbekannter Schlüssel `{key}`{allowed}"),
                        "unbekannter Schlüssel",
                        format!("{check} Jeden Schlüssel beschreibt der (englische) Abschnitt „Configuration: .guidelint.yaml“ im README von guidelint"),
                    )
                }
            },
            ErrorKind::MissingKey { key } => match lang {
                Lang::En => Said::new(format!("missing key `{key}`"), "in this mapping", None),
                Lang::De => Said::new(
                    format!("Der Schlüssel `{key}` fehlt; ergänzen Sie ihn"),
                    "in diesem Abschnitt",
                    None,
                ),
            },
            ErrorKind::RepetitionLimit => match lang {
                Lang::En => Said::helped(
                    "the YAML aliases multiply this file beyond the size guidelint reads",
                    "aliases expand too often",
                    "YAML anchors and aliases (`&name`, `*name`) may not multiply the file many times over (\"billion laughs\"); write the values out",
                ),
                Lang::De => Said::helped(
                    "Die YAML-Verweise vervielfachen die Datei über die erlaubte Grenze hinaus",
                    "Verweise werden zu oft eingesetzt",
                    "YAML-Anker und -Verweise (`&name`, `*name`) dürfen die Datei nicht um ein Vielfaches aufblähen; schreiben Sie die Werte stattdessen aus",
                ),
            },
            ErrorKind::RecursionLimit => match lang {
                Lang::En => Said::new(
                    "the values are nested too deeply for guidelint to read",
                    "nested too deeply",
                    None,
                ),
                Lang::De => Said::new(
                    "Die Werte sind zu tief ineinander verschachtelt",
                    "zu tief verschachtelt",
                    None,
                ),
            },
            ErrorKind::Yaml { message } => match lang {
                Lang::En => match yaml_in_english(message) {
                    Some((plain, help)) => Said::new(plain, "here", help.map(str::to_owned)),
                    None => Said::new(message.clone(), "here", None),
                },
                Lang::De => match yaml_in_german(message) {
                    Some((german, help)) => Said::new(german, "hier", help.map(str::to_owned)),
                    None => Said::new(
                        format!("Hier stimmt die YAML-Schreibweise nicht (YAML meldet: {message})"),
                        "hier",
                        None,
                    ),
                },
            },
            ErrorKind::NotAList { value } => {
                let example = if value.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
                    String::new()
                } else {
                    format!(": `[\"{value}\"]`")
                };
                match lang {
                    Lang::En => Said::helped(
                        format!("a list is needed here, not the single value `{value}`"),
                        "not a list",
                        format!("write a list, even for one value, in brackets{example}"),
                    ),
                    Lang::De => Said::helped(
                        format!("Hier gehört eine Liste hin, nicht der einzelne Wert `{value}`"),
                        "keine Liste",
                        format!("Schreiben Sie auch einen einzigen Wert als Liste in eckigen Klammern{example}"),
                    ),
                }
            }
            ErrorKind::MappingForList => match lang {
                Lang::En => Said::helped(
                    "a list is needed here, not a mapping",
                    "not a list",
                    "start each item of the list with `- ` (a dash and a space)",
                ),
                Lang::De => Said::helped(
                    "Hier gehört eine Liste hin, nicht Schlüssel mit Werten",
                    "keine Liste",
                    "Beginnen Sie jeden Eintrag der Liste mit `- ` (Bindestrich und Leerzeichen)",
                ),
            },
            ErrorKind::EmptyMatchList => match lang {
                Lang::En => Said::helped(
                    "an empty list in `match` can never hold: a list means “any of these”, and there is nothing to choose from",
                    "matches nothing",
                    "name at least one value, or leave the key out to accept any",
                ),
                Lang::De => Said::helped(
                    "Eine leere Liste in `match` trifft nie zu: Eine Liste bedeutet „einer davon“, und hier gibt es nichts zur Auswahl",
                    "trifft nie zu",
                    "Nennen Sie mindestens einen Wert, oder lassen Sie den Schlüssel weg, damit jeder Wert passt",
                ),
            },
            ErrorKind::EmptyMatch => match lang {
                Lang::En => Said::helped(
                    "the `match` of a custom rule is empty",
                    "matches every statement",
                    "give at least one key: modality, action, platforms, audience, objects, about, during, using, targets, approval, rationale or text",
                ),
                Lang::De => Said::helped(
                    "Das `match` einer eigenen Regel ist leer",
                    "trifft auf jede Anweisung zu",
                    "Geben Sie unter `match` mindestens einen Schlüssel an: modality, action, platforms, audience, objects, about, during, using, targets, approval, rationale oder text",
                ),
            },
            ErrorKind::MissingMatchValue => match lang {
                Lang::En => Said::helped(
                    "no value is given for this key of `match`: without one the custom rule would match any statement",
                    "no value",
                    "write the value after the colon, such as `platforms: [intranet]`, or remove the key",
                ),
                Lang::De => Said::helped(
                    "Für diesen Schlüssel von `match` fehlt der Wert: Ohne ihn träfe die eigene Regel auf jede Anweisung zu",
                    "kein Wert",
                    "Schreiben Sie den Wert hinter den Doppelpunkt, zum Beispiel `platforms: [intranet]`, oder löschen Sie den Schlüssel",
                ),
            },
            ErrorKind::NoLevel { rule } => match lang {
                Lang::En => Said::helped(
                    format!("no severity given for `{rule}`"),
                    "no severity",
                    "write error, warning, info or off after the colon, or remove the line to keep the rule's default",
                ),
                Lang::De => Said::helped(
                    format!("Für `{rule}` ist kein Schweregrad angegeben"),
                    "kein Schweregrad",
                    "Schreiben Sie error, warning, info oder off hinter den Doppelpunkt, oder löschen Sie die Zeile, damit der Standard der Regel gilt",
                ),
            },
            ErrorKind::NotText {
                scalar: Scalar::Nothing,
                ..
            } => match lang {
                Lang::En => Said::helped(
                    "this must be text, not an empty value",
                    "not text",
                    "write the text here, or leave out the item",
                ),
                Lang::De => Said::helped(
                    "Hier muss ein Text stehen, kein leerer Wert",
                    "kein Text",
                    "Schreiben Sie hier den Text, oder lassen Sie den Eintrag weg",
                ),
            },
            ErrorKind::NotText { value, scalar } => match lang {
                Lang::En => {
                    let what = if *scalar == Scalar::Number { "the number" } else { "the truth value" };
                    Said::helped(
                        format!("this must be text, not {what} `{value}`"),
                        "not text",
                        format!("put it in quotes to use it as text: `\"{value}\"`"),
                    )
                }
                Lang::De => {
                    let what = if *scalar == Scalar::Number { "die Zahl" } else { "der Wert" };
                    Said::helped(
                        format!("Hier muss ein Text stehen, nicht {what} `{value}`"),
                        "kein Text",
                        format!("Setzen Sie den Wert in Anführungszeichen, damit er als Text gilt: `\"{value}\"`"),
                    )
                }
            },
            ErrorKind::EmptyMessage => match lang {
                Lang::En => Said::helped(
                    "the message of a custom rule must not be empty",
                    "empty message",
                    "say in a few words what is wrong with the statement, e.g. `message: \"TikTok is where our applicants are\"`",
                ),
                Lang::De => Said::helped(
                    "Die Meldung (`message`) einer eigenen Regel darf nicht leer sein",
                    "leere Meldung",
                    "Beschreiben Sie in wenigen Worten, was an der Anweisung nicht stimmt, zum Beispiel `message: \"TikTok is where our applicants are\"`",
                ),
            },
            ErrorKind::MessageLineBreak => match lang {
                Lang::En => Said::helped(
                    "the message of a custom rule is one line",
                    "line break",
                    "write it on one line; the `help` may have several",
                ),
                Lang::De => Said::helped(
                    "Die Meldung (`message`) einer eigenen Regel darf nur eine Zeile lang sein",
                    "Zeilenumbruch",
                    "Schreiben Sie sie in eine Zeile; der Tipp (`help`) darf mehrere Zeilen haben",
                ),
            },
            ErrorKind::ControlCharInText { code } => match lang {
                Lang::En => Said::helped(
                    format!("this text contains the invisible control character U+{code:04X}"),
                    "control character",
                    "write plain text: such a character could move or colour the terminal's output",
                ),
                Lang::De => Said::helped(
                    format!("Dieser Text enthält das unsichtbare Steuerzeichen U+{code:04X}"),
                    "Steuerzeichen",
                    "Löschen Sie das Zeichen (tippen Sie den Text notfalls neu): Ein solches Zeichen könnte die Ausgabe im Terminal verschieben oder einfärben",
                ),
            },
            ErrorKind::BuiltInClass { word, class } => {
                let (this, why) = class_words(*class, lang);
                let (other, _) = class_words(class ^ 1, lang);
                match lang {
                    Lang::En => Said::helped(
                        format!("`{word}` is built in as {other}; it cannot also be {this}"),
                        format!("already {other}"),
                        format!("leave it out of this list: {why}"),
                    ),
                    Lang::De => Said::helped(
                        format!(
                            "`{word}` ist als {} eingebaut; es kann nicht zugleich {this} sein",
                            class_as(class ^ 1, lang)
                        ),
                        format!("schon {other}"),
                        format!("Nehmen Sie es aus dieser Liste: {why}"),
                    ),
                }
            }
            ErrorKind::ClassTwice { word, class } => {
                let (this, why) = class_words(*class, lang);
                let (other, _) = class_words(class ^ 1, lang);
                let other_key = CLASS_KEYS[class ^ 1];
                match lang {
                    Lang::En => Said::helped(
                        format!("`{word}` is already under `{other_key}`; a word cannot be both {other} and {this}"),
                        format!("already {other}"),
                        format!("keep it in one of the two lists: {why}"),
                    ),
                    Lang::De => Said::helped(
                        format!("`{word}` steht schon unter `{other_key}`; ein Wort kann nicht zugleich {other} und {this} sein"),
                        format!("schon {other}"),
                        format!("Behalten Sie es in nur einer der beiden Listen: {why}"),
                    ),
                }
            }
            ErrorKind::NotATerm { value } => match lang {
                Lang::En => Said::helped(
                    format!("`{value}` is not a term of the Guideline language"),
                    "not a term",
                    "a term starts with a letter, continues with letters, digits and `-`, and is not a keyword such as `on` or `for`: e.g. `night-shift`",
                ),
                Lang::De => Said::helped(
                    format!("`{value}` ist kein Begriff der Guideline-Sprache"),
                    "kein Begriff",
                    "Ein Begriff beginnt mit einem Buchstaben, enthält danach nur Buchstaben, Ziffern und `-` (also keine Leerzeichen) und ist kein Schlüsselwort wie `on` oder `for`, zum Beispiel `night-shift`",
                ),
            },
            ErrorKind::UnknownFailOn { value } => match lang {
                Lang::En => Said::helped(
                    format!("unknown severity `{value}` for `fail-on`"),
                    "unknown severity",
                    "use error, warning, info or never",
                ),
                Lang::De => Said::helped(
                    format!("Unbekannter Schweregrad `{value}` für `fail-on`"),
                    "unbekannter Schweregrad",
                    "Verwenden Sie error, warning, info oder never",
                ),
            },
            ErrorKind::CustomSeverityOff => match lang {
                Lang::En => Said::helped(
                    "the `severity` of a custom rule cannot be `off`",
                    "cannot be off",
                    "use error, warning or info; to turn the rule off, give its name with `off` under `rules:`",
                ),
                Lang::De => Said::helped(
                    "Der Schweregrad (`severity`) einer eigenen Regel kann nicht `off` sein",
                    "nicht abschaltbar",
                    "Verwenden Sie error, warning oder info; um die Regel abzuschalten, schreiben Sie unter `rules:` ihren Namen mit `off`",
                ),
            },
            ErrorKind::UnknownCustomSeverity { value } => match lang {
                Lang::En => Said::helped(
                    format!("unknown severity `{value}` for a custom rule"),
                    "unknown severity",
                    "use error, warning or info",
                ),
                Lang::De => Said::helped(
                    format!("Unbekannter Schweregrad `{value}` für eine eigene Regel"),
                    "unbekannter Schweregrad",
                    "Verwenden Sie error, warning oder info",
                ),
            },
            ErrorKind::UnknownModality { value, close } => match lang {
                Lang::En => {
                    let list = "use allow, allow-only, encourage, require, forbid, block or monitor";
                    Said::helped(
                        format!("unknown modality `{value}`"),
                        "unknown modality",
                        match close {
                            Some(close) => format!("did you mean `{close}`? {list}"),
                            None => list.to_owned(),
                        },
                    )
                }
                Lang::De => {
                    let list = "Verwenden Sie allow, allow-only, encourage, require, forbid, block oder monitor";
                    Said::helped(
                        format!("Unbekannte Art von Anweisung `{value}`"),
                        "unbekannte Art von Anweisung",
                        match close {
                            Some(close) => format!("Meinten Sie `{close}`? {list}"),
                            None => list.to_owned(),
                        },
                    )
                }
            },
            ErrorKind::NotAFlag { value } => match lang {
                Lang::En => Said::helped(
                    format!("`{value}` is not true or false"),
                    "not true or false",
                    "write `true` or `false`, without quotes",
                ),
                Lang::De => Said::helped(
                    format!("`{value}` ist weder true noch false"),
                    "weder true noch false",
                    "Schreiben Sie `true` oder `false`, ohne Anführungszeichen",
                ),
            },
            ErrorKind::SizeTooLarge => match lang {
                Lang::En => Said::helped(
                    format!("the size is too large: at most {} bytes", u64::MAX),
                    "too large",
                    give_size_in_bytes(lang),
                ),
                Lang::De => Said::helped(
                    format!("Diese Zahl ist zu groß: Möglich sind höchstens {} Bytes", u64::MAX),
                    "zu groß",
                    give_size_in_bytes(lang),
                ),
            },
            ErrorKind::SizeNegative => match lang {
                Lang::En => Said::helped(
                    "a size in bytes cannot be negative",
                    "negative",
                    give_size_in_bytes(lang),
                ),
                Lang::De => Said::helped(
                    "Eine Größe in Bytes kann nicht negativ sein",
                    "negativ",
                    give_size_in_bytes(lang),
                ),
            },
            ErrorKind::SizeNotDigits { digits } => match lang {
                Lang::En => Said::helped(
                    format!("this size is written as a floating-point number; write it in digits: `{digits}`"),
                    "not written in digits",
                    give_size_in_bytes(lang),
                ),
                Lang::De => Said::helped(
                    format!("Diese Größe ist als Gleitkommazahl geschrieben; schreiben Sie sie in Ziffern: `{digits}`"),
                    "nicht in Ziffern",
                    give_size_in_bytes(lang),
                ),
            },
            ErrorKind::SizeNotWhole { value } => match lang {
                Lang::En => Said::helped(
                    format!("a size is a whole number of bytes, not `{value}`"),
                    "not a whole number",
                    give_size_in_bytes(lang),
                ),
                Lang::De => Said::helped(
                    format!("Eine Größe ist eine ganze Zahl von Bytes, keine Kommazahl wie `{value}`"),
                    "keine ganze Zahl",
                    give_size_in_bytes(lang),
                ),
            },
            ErrorKind::UnknownRule { name, close } => match lang {
                Lang::En => Said::helped(
                    format!("unknown rule `{name}`"),
                    "no rule of this name",
                    match close {
                        Some(close) => format!("did you mean `{close}`? `guidelint rules` lists every rule"),
                        None => "`guidelint rules` lists every rule; custom rules are defined under `custom-rules`".to_owned(),
                    },
                ),
                Lang::De => Said::helped(
                    format!("Unbekannte Regel `{name}`"),
                    "keine Regel mit diesem Namen",
                    match close {
                        Some(close) => format!("Meinten Sie `{close}`? `guidelint rules --lang de` listet alle Regeln auf"),
                        None => "`guidelint rules --lang de` listet alle Regeln auf; eigene Regeln werden unter `custom-rules` festgelegt".to_owned(),
                    },
                ),
            },
            ErrorKind::CustomNameBuiltIn { name } => match lang {
                Lang::En => Said::helped(
                    format!("the custom rule `{name}` has the name of a built-in rule"),
                    "a built-in rule",
                    custom_name_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("Die eigene Regel `{name}` hat den Namen einer eingebauten Regel"),
                    "eine eingebaute Regel",
                    custom_name_help(lang),
                ),
            },
            ErrorKind::CustomNameNoSlash { name } => match lang {
                Lang::En => Said::helped(
                    format!("the custom rule name `{name}` has no `/`"),
                    "needs a `/`",
                    custom_name_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("Der Name der eigenen Regel `{name}` enthält kein `/`"),
                    "braucht ein `/`",
                    custom_name_help(lang),
                ),
            },
            ErrorKind::CustomNameChars { name } => match lang {
                Lang::En => Said::helped(
                    format!("the custom rule name `{name}` has characters a suppression comment cannot name"),
                    "not a rule name",
                    custom_name_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("Der Name der eigenen Regel `{name}` enthält Zeichen, die ein Unterdrückungskommentar (`# guidelint-allow …`) nicht nennen kann"),
                    "kein Regelname",
                    custom_name_help(lang),
                ),
            },
            ErrorKind::CustomNameEmptyPart { name } => match lang {
                Lang::En => Said::helped(
                    format!("the custom rule name `{name}` has an empty part: a `/` at its start or end, or two in a row"),
                    "empty part",
                    custom_name_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("Der Name der eigenen Regel `{name}` hat einen leeren Teil: ein `/` am Anfang oder am Ende, oder zwei hintereinander"),
                    "leerer Teil",
                    custom_name_help(lang),
                ),
            },
            ErrorKind::CustomNameTwice { name } => match lang {
                Lang::En => Said::helped(
                    format!("the custom rule `{name}` is defined twice"),
                    "defined again here",
                    "give every custom rule its own name",
                ),
                Lang::De => Said::helped(
                    format!("Die eigene Regel `{name}` ist zweimal festgelegt"),
                    "hier zum zweiten Mal festgelegt",
                    "Geben Sie jeder eigenen Regel einen eigenen Namen",
                ),
            },
            ErrorKind::GlobAbsolute { glob } => match lang {
                Lang::En => Said::helped(
                    format!("`{glob}` is an absolute path; exclude globs are relative"),
                    "absolute path",
                    glob_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("`{glob}` ist ein absoluter Pfad; `exclude`-Muster gelten aber ab dem Ordner der Konfigurationsdatei"),
                    "absoluter Pfad",
                    glob_help(lang),
                ),
            },
            ErrorKind::GlobNegated { glob } => match lang {
                Lang::En => Said::helped(
                    format!("`{glob}` starts with `!`, but `exclude` has no exceptions: the `!` would be read as part of a name"),
                    "no exceptions here",
                    "list only what to leave out; to check a file inside an excluded folder, exclude the folder's other files or subfolders one by one, e.g. `archive/2019/**`".to_owned(),
                ),
                Lang::De => Said::helped(
                    format!("`{glob}` beginnt mit `!`, aber `exclude` kennt keine Ausnahmen: Das `!` würde als Teil eines Namens gelesen"),
                    "keine Ausnahmen hier",
                    "Führen Sie nur auf, was ausgelassen werden soll; um eine Datei in einem ausgelassenen Ordner zu prüfen, lassen Sie die anderen Dateien oder Unterordner einzeln aus, zum Beispiel `archive/2019/**`".to_owned(),
                ),
            },
            ErrorKind::GlobUpward { glob } => match lang {
                Lang::En => Said::helped(
                    format!("`{glob}` goes up with `..`; exclude globs match only below the configuration file's folder, so it would never match"),
                    "`..` never matches",
                    glob_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("`{glob}` geht mit `..` nach oben; `exclude`-Muster gelten nur unterhalb des Ordners der Konfigurationsdatei und würden so nie passen"),
                    "`..` passt nie",
                    glob_help(lang),
                ),
            },
            ErrorKind::GlobOwnFolder { glob } => match lang {
                Lang::En => Said::helped(
                    format!("the glob `{glob}` names the configuration's own folder"),
                    "matches nothing to exclude",
                    glob_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("Das Muster `{glob}` nennt den Ordner der Konfigurationsdatei selbst"),
                    "schließt nichts aus",
                    glob_help(lang),
                ),
            },
            ErrorKind::GlobInvalid { glob, error } => match lang {
                Lang::En => Said::helped(
                    format!("invalid glob `{glob}`: {error}"),
                    "invalid glob",
                    glob_help(lang),
                ),
                Lang::De => Said::helped(
                    format!("Ungültiges Muster `{glob}`: {}", glob_in_german(error)),
                    "ungültiges Muster",
                    glob_help(lang),
                ),
            },
            ErrorKind::UnknownLang { value } => {
                let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                match lang {
                    Lang::En => Said::helped(
                        format!("unknown language `{value}`"),
                        "unknown language",
                        format!("guidelint speaks {}", Lang::En.join_or_ticked(&codes)),
                    ),
                    Lang::De => Said::helped(
                        format!("Unbekannte Sprache `{value}`"),
                        "unbekannte Sprache",
                        format!(
                            "Schreiben Sie eines der Sprachkürzel {}; `de` steht für Deutsch",
                            Lang::De.join_ticked(&codes)
                        ),
                    ),
                }
            }
            ErrorKind::EmptyPattern => match lang {
                Lang::En => Said::helped(
                    "an empty `text` pattern matches every statement, so it checks nothing",
                    "empty pattern",
                    "give a phrase the statement must contain, e.g. `(?i)zero.toleran`, or leave `text` out",
                ),
                Lang::De => Said::helped(
                    "Ein leerer regulärer Ausdruck in `text` passt auf jede Anweisung und prüft daher nichts",
                    "leerer Ausdruck",
                    "Geben Sie eine Wendung an, die in der Anweisung vorkommen muss, zum Beispiel `(?i)zero.toleran`, oder lassen Sie `text` weg",
                ),
            },
            ErrorKind::PatternTooLong { len } => match lang {
                Lang::En => Said::helped(
                    format!("the regular expression is {len} bytes long; the limit is {REGEX_MAX_LEN}"),
                    "too long",
                    "match a short, characteristic phrase, e.g. `(?i)zero.toleran`",
                ),
                Lang::De => Said::helped(
                    format!("Der reguläre Ausdruck ist {len} Bytes lang; erlaubt sind höchstens {REGEX_MAX_LEN} Bytes"),
                    "zu lang",
                    "Suchen Sie nach einer kurzen, kennzeichnenden Wendung, zum Beispiel `(?i)zero.toleran`",
                ),
            },
            ErrorKind::InvalidPattern { problem } => match lang {
                Lang::En => Said::helped(
                    "invalid regular expression in `text`",
                    "invalid regex",
                    problem.said(lang),
                ),
                Lang::De => Said::helped(
                    "Ungültiger regulärer Ausdruck in `text`",
                    "ungültiger Ausdruck",
                    problem.said(lang),
                ),
            },
            ErrorKind::UnknownMatchTerm {
                value,
                category,
                suggestion,
                elsewhere,
            } => match lang {
                Lang::En => {
                    let (noun, with_article) = english_category(*category);
                    let help = if let Some(first) = suggestion {
                        format!("did you mean `{first}`?")
                    } else if !elsewhere.is_empty() {
                        let names: Vec<&str> =
                            elsewhere.iter().map(|&c| english_category(c).1).collect();
                        format!("`{value}` is {}, not {with_article}", Lang::En.join_or(&names))
                    } else {
                        format!("add it to the vocabulary first, or use a known {noun}")
                    };
                    Said::helped(
                        format!("`{value}` is not {with_article}"),
                        format!("unknown {noun}"),
                        help,
                    )
                }
                Lang::De => {
                    let help = if let Some(first) = suggestion {
                        format!("Meinten Sie `{first}`?")
                    } else if !elsewhere.is_empty() {
                        let names: Vec<String> =
                            elsewhere.iter().map(|&c| german_with_article(c)).collect();
                        format!(
                            "`{value}` ist {}, {}",
                            Lang::De.join_or(&names),
                            german_negated(*category)
                        )
                    } else {
                        format!(
                            "Ergänzen Sie es zuerst unter `vocabulary`, oder verwenden Sie {}",
                            german_known(*category)
                        )
                    };
                    Said::helped(
                        format!("`{value}` ist {}", german_negated(*category)),
                        german_unknown(*category),
                        help,
                    )
                }
            },
            ErrorKind::UnknownLevel { value, rule } => match lang {
                Lang::En => Said::helped(
                    format!("unknown severity `{value}` for `{rule}`"),
                    "unknown severity",
                    "use error, warning, info or off",
                ),
                Lang::De => Said::helped(
                    format!("Unbekannter Schweregrad `{value}` für `{rule}`"),
                    "unbekannter Schweregrad",
                    "Verwenden Sie error, warning, info oder off",
                ),
            },
            ErrorKind::MandatoryOff { rule } => match lang {
                Lang::En => Said::helped(
                    format!("`{rule}` cannot be turned off"),
                    "cannot be off",
                    "syntax-error, unknown-term and unreadable-file always run; give it a severity (error, warning or info) instead",
                ),
                Lang::De => Said::helped(
                    format!("`{rule}` lässt sich nicht abschalten"),
                    "nicht abschaltbar",
                    "syntax-error, unknown-term und unreadable-file laufen immer; geben Sie stattdessen einen Schweregrad an (error, warning oder info)",
                ),
            },
            ErrorKind::AliasIsTerm {
                alias,
                category,
                meant,
            } => match lang {
                Lang::En => {
                    let category = english_category(*category).1;
                    Said::helped(
                        format!("`{alias}` is already {category}, so it cannot be an alias of `{meant}`"),
                        format!("already {category}"),
                        another_alias(lang),
                    )
                }
                Lang::De => {
                    let category = german_with_article(*category);
                    Said::helped(
                        format!("`{alias}` ist schon {category} und kann daher kein Alias für `{meant}` sein"),
                        format!("schon {category}"),
                        another_alias(lang),
                    )
                }
            },
            ErrorKind::AliasStandsFor {
                alias,
                existing,
                category,
                meant,
            } => match lang {
                Lang::En => Said::helped(
                    format!(
                        "`{alias}` already stands for `{existing}` as {}, so it cannot also stand for `{meant}`",
                        english_category(*category).1
                    ),
                    format!("already stands for `{existing}`"),
                    another_alias(lang),
                ),
                Lang::De => Said::helped(
                    format!(
                        "`{alias}` steht schon für `{existing}` ({}) und kann daher nicht auch für `{meant}` stehen",
                        german_with_article(*category)
                    ),
                    format!("steht schon für `{existing}`"),
                    another_alias(lang),
                ),
            },
            ErrorKind::AliasToItself { alias } => match lang {
                Lang::En => Said::helped(
                    format!("the alias `{alias}` points at itself"),
                    "points at itself",
                    point_at_a_term(lang),
                ),
                Lang::De => Said::helped(
                    format!("Der Alias `{alias}` verweist auf sich selbst"),
                    "verweist auf sich selbst",
                    point_at_a_term(lang),
                ),
            },
            ErrorKind::AliasCircle { path } => {
                let names: Vec<String> = path.iter().map(|a| format!("`{a}`")).collect();
                let circle = names.join(" → ");
                match lang {
                    Lang::En => Said::helped(
                        format!("the aliases go round in a circle: {circle}; none of them reaches a term"),
                        "goes round in a circle",
                        "point one of them at a term, built in or added under `vocabulary`, such as `employees` or `tiktok`",
                    ),
                    Lang::De => Said::helped(
                        format!("Die Aliasse verweisen im Kreis aufeinander: {circle}; keiner von ihnen führt zu einem Begriff"),
                        "verweist im Kreis",
                        "Lassen Sie einen von ihnen auf einen Begriff verweisen, den guidelint kennt oder den Sie unter `vocabulary` ergänzt haben, zum Beispiel `employees` oder `tiktok`",
                    ),
                }
            }
            ErrorKind::AliasToNoTerm {
                alias,
                target,
                suggestions,
            } => {
                let help = if suggestions.is_empty() {
                    point_at_a_term(lang)
                } else {
                    match lang {
                        Lang::En => format!("did you mean {}?", Lang::En.join_or_ticked(suggestions)),
                        Lang::De => format!("Meinten Sie {}?", Lang::De.join_or_ticked(suggestions)),
                    }
                };
                match lang {
                    Lang::En => Said::helped(
                        format!("the alias `{alias}` points at `{target}`, which is not a term guidelint knows"),
                        "unknown term",
                        help,
                    ),
                    Lang::De => Said::helped(
                        format!("Der Alias `{alias}` verweist auf `{target}`, aber das ist kein bekannter Begriff"),
                        "unbekannter Begriff",
                        help,
                    ),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number of [`ErrorKind`] variants, as [`variant`] numbers them.
    const KINDS: usize = 60;

    /// The variant's number. A match without `_`: a new variant does not compile until it is
    /// numbered here, and then [`samples`] must hold one, or the test below fails.
    fn variant(kind: &ErrorKind) -> usize {
        use ErrorKind as K;
        match kind {
            K::CannotRead { .. } => 0,
            K::TooLarge { .. } => 1,
            K::Excludes { .. } => 2,
            K::NotAMapping => 3,
            K::SecondDocument => 4,
            K::KeyTwice { .. } => 5,
            K::ControlCharInFile { .. } => 6,
            K::Tab => 7,
            K::CannotStartValue { .. } => 8,
            K::WrongType { .. } => 9,
            K::UnknownKey { .. } => 10,
            K::MissingKey { .. } => 11,
            K::RepetitionLimit => 12,
            K::RecursionLimit => 13,
            K::Yaml { .. } => 14,
            K::NotAList { .. } => 15,
            K::MappingForList => 16,
            K::EmptyMatchList => 17,
            K::EmptyMatch => 18,
            K::MissingMatchValue => 54,
            K::NoLevel { .. } => 55,
            K::NotText { .. } => 19,
            K::EmptyMessage => 20,
            K::MessageLineBreak => 21,
            K::ControlCharInText { .. } => 22,
            K::BuiltInClass { .. } => 23,
            K::ClassTwice { .. } => 24,
            K::NotATerm { .. } => 25,
            K::UnknownFailOn { .. } => 26,
            K::CustomSeverityOff => 27,
            K::UnknownCustomSeverity { .. } => 28,
            K::UnknownModality { .. } => 29,
            K::NotAFlag { .. } => 30,
            K::SizeTooLarge => 31,
            K::SizeNegative => 32,
            K::SizeNotWhole { .. } => 33,
            K::UnknownRule { .. } => 34,
            K::CustomNameBuiltIn { .. } => 35,
            K::CustomNameNoSlash { .. } => 36,
            K::CustomNameChars { .. } => 37,
            K::CustomNameTwice { .. } => 38,
            K::CustomNameEmptyPart { .. } => 56,
            K::SizeNotDigits { .. } => 57,
            K::GlobNegated { .. } => 58,
            K::GlobUpward { .. } => 59,
            K::GlobAbsolute { .. } => 39,
            K::GlobOwnFolder { .. } => 40,
            K::GlobInvalid { .. } => 41,
            K::UnknownLang { .. } => 42,
            K::EmptyPattern => 43,
            K::PatternTooLong { .. } => 44,
            K::InvalidPattern { .. } => 45,
            K::UnknownMatchTerm { .. } => 46,
            K::UnknownLevel { .. } => 47,
            K::MandatoryOff { .. } => 48,
            K::AliasIsTerm { .. } => 49,
            K::AliasStandsFor { .. } => 50,
            K::AliasToItself { .. } => 51,
            K::AliasCircle { .. } => 52,
            K::AliasToNoTerm { .. } => 53,
        }
    }

    fn s(text: &str) -> String {
        text.to_owned()
    }

    /// Every variant at least once, and each branch of the words of the variants that have
    /// several (with and without a suggestion, a number or a truth value, …).
    fn samples() -> Vec<ErrorKind> {
        use ErrorKind as K;
        let mut kinds = vec![
            K::CannotRead {
                file: s(".guidelint.yaml"),
                why: Reason::Missing,
            },
            K::CannotRead {
                file: s(".guidelint.yaml"),
                why: Reason::NotUtf8 { line: 2, column: 5 },
            },
            K::TooLarge {
                file: s(".guidelint.yaml"),
                size: 20_000_000,
            },
            K::Excludes {
                file: s(".guidelint.yaml"),
                error: s("too many globs"),
            },
            K::NotAMapping,
            K::SecondDocument,
            K::KeyTwice { key: s("rules") },
            K::ControlCharInFile { code: 0 },
            K::Tab,
            K::CannotStartValue { found: '@' },
            K::UnknownKey {
                key: s("fail_on"),
                allowed: vec![s("fail-on"), s("rules"), s("lang")],
            },
            K::UnknownKey {
                key: s("x"),
                allowed: vec![s("name")],
            },
            K::UnknownKey {
                key: s("x"),
                allowed: vec![],
            },
            K::MissingKey { key: s("match") },
            K::RepetitionLimit,
            K::RecursionLimit,
            K::Yaml {
                message: s("did not find expected key, while parsing a block mapping"),
            },
            K::Yaml {
                message: s("found unexpected end of stream, while scanning a quoted scalar"),
            },
            K::Yaml {
                message: s("found extremely long version number"),
            },
            K::NotAList { value: s("x") },
            K::NotAList { value: s("a\"b") },
            K::MappingForList,
            K::EmptyMatchList,
            K::EmptyMatch,
            K::MissingMatchValue,
            K::NoLevel {
                rule: s("blanket-block"),
            },
            K::NotText {
                value: s("5"),
                scalar: Scalar::Number,
            },
            K::NotText {
                value: s("true"),
                scalar: Scalar::Truth,
            },
            K::NotText {
                value: s("~"),
                scalar: Scalar::Nothing,
            },
            K::EmptyMessage,
            K::MessageLineBreak,
            K::ControlCharInText { code: 7 },
            K::NotATerm { value: s("a b") },
            K::UnknownFailOn { value: s("bad") },
            K::CustomSeverityOff,
            K::UnknownCustomSeverity { value: s("high") },
            K::UnknownModality {
                value: s("blok"),
                close: Some(s("block")),
            },
            K::UnknownModality {
                value: s("zzz"),
                close: None,
            },
            K::NotAFlag { value: s("yes") },
            K::SizeTooLarge,
            K::SizeNegative,
            K::SizeNotWhole { value: s("1.5") },
            K::UnknownRule {
                name: s("missing-gaols"),
                close: Some(s("missing-goals")),
            },
            K::UnknownRule {
                name: s("zzz"),
                close: None,
            },
            K::CustomNameBuiltIn {
                name: s("blanket-block"),
            },
            K::CustomNameNoSlash { name: s("acme") },
            K::CustomNameChars { name: s("Acme/X") },
            K::CustomNameTwice { name: s("acme/x") },
            K::CustomNameEmptyPart { name: s("acme/") },
            K::SizeNotDigits {
                digits: s("1000000"),
            },
            K::GlobAbsolute {
                glob: s("/archive"),
            },
            K::GlobOwnFolder { glob: s("./") },
            K::GlobNegated {
                glob: s("!archive/x.guideline"),
            },
            K::GlobUpward {
                glob: s("../other/**"),
            },
            K::GlobInvalid {
                glob: s("a["),
                error: globset::ErrorKind::UnclosedClass,
            },
            K::GlobInvalid {
                glob: s("a{"),
                error: globset::ErrorKind::UnclosedAlternates,
            },
            K::UnknownLang { value: s("fr") },
            K::EmptyPattern,
            K::PatternTooLong { len: 5000 },
            K::InvalidPattern {
                problem: RegexProblem::TooBig(1 << 20),
            },
            K::InvalidPattern {
                problem: RegexProblem::NotValid,
            },
            K::InvalidPattern {
                problem: RegexProblem::Other(s("error")),
            },
            K::UnknownMatchTerm {
                value: s("facebok"),
                category: Category::Platform,
                suggestion: Some(s("facebook")),
                elsewhere: vec![],
            },
            K::UnknownMatchTerm {
                value: s("employees"),
                category: Category::Platform,
                suggestion: None,
                elsewhere: vec![Category::Audience, Category::MonitorTarget],
            },
            K::UnknownMatchTerm {
                value: s("zzz"),
                category: Category::Time,
                suggestion: None,
                elsewhere: vec![],
            },
            K::UnknownLevel {
                value: s("bad"),
                rule: s("missing-goals"),
            },
            K::MandatoryOff {
                rule: s("syntax-error"),
            },
            K::AliasIsTerm {
                alias: s("facebook"),
                category: Category::Platform,
                meant: s("employees"),
            },
            K::AliasStandsFor {
                alias: s("staff"),
                existing: s("employees"),
                category: Category::Audience,
                meant: s("managers"),
            },
            K::AliasToItself { alias: s("foo") },
            K::AliasCircle {
                path: vec![s("a"), s("b"), s("a")],
            },
            K::AliasToNoTerm {
                alias: s("foo"),
                target: s("employes"),
                suggestions: vec![s("employees"), s("employer")],
            },
            K::AliasToNoTerm {
                alias: s("foo"),
                target: s("zzz"),
                suggestions: vec![],
            },
        ];
        for class in 0..CLASS_KEYS.len() {
            let word = s("x");
            kinds.push(K::BuiltInClass {
                word: word.clone(),
                class,
            });
            kinds.push(K::ClassTwice { word, class });
        }
        for (expected, _) in EXPECTED {
            for found in [
                Found::List,
                Found::Mapping,
                Found::Empty,
                Found::Text(s("\"ten\"")),
                Found::Truth(s("`true`")),
                Found::Number(s("`5`")),
            ] {
                kinds.push(K::WrongType {
                    expected: s(expected),
                    found,
                });
            }
        }
        use PatternMistake as M;
        for mistake in [
            M::GroupUnclosed,
            M::GroupUnopened,
            M::ClassUnclosed,
            M::RepetitionMissing,
            M::RepetitionCount,
            M::EscapeUnrecognized,
            M::EscapeUnexpectedEof,
            M::ClassRangeInvalid,
            M::FlagUnrecognized,
            M::UnsupportedLookAround,
            M::UnsupportedBackreference,
            M::Other(s("error")),
        ] {
            kinds.push(K::InvalidPattern {
                problem: RegexProblem::At(mistake, 3),
            });
        }
        kinds
    }

    /// The words in backticks, as code.
    fn ticked(text: &str) -> Vec<&str> {
        text.split('`').skip(1).step_by(2).collect()
    }

    /// Code in the English words that the other languages write otherwise: placeholders in
    /// their words, and `guidelint rules` with the flag that keeps its list in the language.
    fn code_in(lang: Lang, code: &str) -> &str {
        match (lang, code) {
            (Lang::De, "key: value") => "Schlüssel: Wert",
            (Lang::De, "ORGANISATION/RULE") => "ORGANISATION/REGEL",
            (Lang::De, "guidelint rules") => "guidelint rules --lang de",
            _ => code,
        }
    }

    /// Every kind of configuration error has its own words in every language: not the English
    /// ones, as many labels and a help exactly when English has one, every key, value and
    /// command of the English words in backticks as they are, and no English word left.
    /// A key written the way of other tools (`fail_on`), with capitals, or a letter or two
    /// off gets the key meant; a key unlike any gets none.
    #[test]
    fn a_mistyped_key_is_told_the_key_it_means() {
        let allowed: Vec<String> = ["fail-on", "rules", "exclude", "lang", "vocabulary"]
            .map(String::from)
            .to_vec();
        for (written, meant) in [
            ("fail_on", Some("fail-on")),
            ("Fail On", Some("fail-on")),
            ("exlude", Some("exclude")),
            ("excludes", Some("exclude")),
            ("vocabluary", Some("vocabulary")),
            ("rule", Some("rules")),
            ("lng", Some("lang")),
            // A word of the same meaning; one close in letters but opposite in meaning.
            ("language", Some("lang")),
            ("include", None),
            ("zielgruppen", None),
            ("x", None),
        ] {
            assert_eq!(close_key(written, &allowed), meant, "{written}");
        }
        let merge = ErrorKind::UnknownKey {
            key: "<<".to_owned(),
            allowed: allowed.clone(),
        };
        assert!(merge.said(Lang::En).message.contains("merge keys"));
        assert!(merge.said(Lang::De).message.contains("Zusammenführungen"));
        let kind = ErrorKind::UnknownKey {
            key: "fail_on".to_owned(),
            allowed,
        };
        assert!(kind
            .said(Lang::En)
            .help
            .unwrap()
            .starts_with("did you mean `fail-on`?"));
        assert!(kind
            .said(Lang::De)
            .help
            .unwrap()
            .starts_with("Meinten Sie `fail-on`?"));
    }

    #[test]
    fn every_kind_is_said_in_every_language() {
        let samples = samples();
        let mut seen = [false; KINDS];
        for kind in &samples {
            seen[variant(kind)] = true;
        }
        let missing: Vec<usize> = (0..KINDS).filter(|&i| !seen[i]).collect();
        assert!(missing.is_empty(), "no sample of variants {missing:?}");
        for kind in &samples {
            let english = kind.said(Lang::En);
            for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
                let said = kind.said(lang);
                let both = format!("{kind:?}\n{english:?}\n{said:?}");
                assert_ne!(said.message, english.message, "{both}");
                assert_eq!(said.labels.len(), english.labels.len(), "{both}");
                for (label, english_label) in said.labels.iter().zip(&english.labels) {
                    assert!(!label.is_empty() && label != english_label, "{both}");
                }
                assert_eq!(said.help.is_some(), english.help.is_some(), "{both}");
                if let (Some(help), Some(english_help)) = (&said.help, &english.help) {
                    assert_ne!(help, english_help, "{both}");
                }
                let all = |said: &Said| {
                    let mut all = vec![said.message.clone()];
                    all.extend(said.labels.iter().cloned());
                    all.extend(said.help.iter().cloned());
                    all.join("\n")
                };
                let (text, english_text) = (all(&said), all(&english));
                let code = ticked(&text);
                for english_code in ticked(&english_text) {
                    assert!(
                        code.contains(&code_in(lang, english_code)),
                        "`{english_code}` lost: {both}"
                    );
                }
                // The words of libyaml and serde, and of a glob or regex crate, are quoted as
                // they are when there are no others.
                let quotes_a_library =
                    matches!(kind, ErrorKind::Yaml { .. } | ErrorKind::Excludes { .. })
                        || matches!(
                            kind,
                            ErrorKind::InvalidPattern {
                                problem: RegexProblem::Other(_)
                                    | RegexProblem::At(PatternMistake::Other(_), _)
                            }
                        );
                if !quotes_a_library {
                    let prose: String = text.split('`').step_by(2).collect();
                    for english_word in [
                        " the ", " is ", " not ", " must ", " should ", " or ", " and ",
                    ] {
                        assert!(!prose.contains(english_word), "{english_word:?} in {both}");
                    }
                }
            }
        }
    }

    /// Every `expecting` of `yaml.rs` has German words: serde names it when a value has the
    /// wrong type.
    #[test]
    fn every_expectation_has_german_words() {
        let source = include_str!("yaml.rs");
        let mut found = Vec::new();
        for start in [
            "expecting = \"",
            "write_str(\"",
            "EXPECTING: &'static str =\n        \"",
            "EXPECTING: &'static str = \"",
            "KEY_NAME: &str = \"",
        ] {
            for (at, _) in source.match_indices(start) {
                let rest = &source[at + start.len()..];
                let mut literal = String::new();
                let mut chars = rest.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => literal.extend(chars.next()),
                        c => literal.push(c),
                    }
                }
                found.push(literal);
            }
        }
        assert!(found.len() >= EXPECTED.len(), "{found:?}");
        for english in &found {
            let german = expected(english, Lang::De);
            assert_ne!(german, english, "no German words for {english:?}");
        }
        for (english, _) in EXPECTED {
            assert!(
                found.iter().any(|f| f == english),
                "{english:?} is expected nowhere"
            );
        }
    }

    #[test]
    fn the_class_keys_are_the_lists_of_vocabulary() {
        assert_eq!(
            CLASS_KEYS[0].replace("listening", "surveillance"),
            CLASS_KEYS[1]
        );
        assert_eq!(CLASS_KEYS[2].replace("two-way", "broadcast"), CLASS_KEYS[3]);
    }
}
