//! `syntax-error`: input that the grammar rejects. The parser reports what it expected as data;
//! this file puts it into words.

use super::{new_finding, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::syntax::{Expected, Found, Scope, SyntaxError, SyntaxErrorKind};

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
expected there, and checks nothing else in that file until the problem is fixed.

A guideline file holds exactly one `guideline \"Name\" { … }`. Inside it stand `version`, `owner`, \
`audience`, `contact`, `goal`, `channel` blocks and `rule` blocks. A rule block holds statements \
(`allow`, `allow only`, `encourage`, `require`, `forbid`, `block`, `monitor`), at most one `because` \
and at most one `consequence`. A statement reads `allow WHO to ACTION [OBJECTS]`, followed by \
qualifiers (`on`, `about`, `during`, `using`, `with approval by`, `without approval by`), each at most once.",
    bad: "guideline \"Draft\" {\n  rule \"Access\" {\n    allow employees access facebook\n  }\n}\n",
    good: "guideline \"Draft\" {\n  rule \"Access\" {\n    allow employees to access facebook\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Die Datei folgt nicht der Guideline-Sprache",
    explanation: "\
guidelint kann nur eine Richtlinie beurteilen, die es lesen kann. Verletzt eine Datei die \
Grammatik der Guideline-Sprache, meldet guidelint die erste Stelle, an der es den Text nicht mehr \
versteht, sagt, was es dort erwartet hat, und prüft in dieser Datei nichts weiter, bis das Problem \
behoben ist.

Eine Richtlinien-Datei enthält genau ein `guideline \"Name\" { … }`. Darin stehen `version`, \
`owner`, `audience`, `contact`, `goal`, `channel`-Blöcke und `rule`-Blöcke. Ein Regelblock enthält \
Anweisungen (`allow`, `allow only`, `encourage`, `require`, `forbid`, `block`, `monitor`), höchstens \
ein `because` und höchstens eine `consequence`. Eine Anweisung lautet \
`allow ZIELGRUPPE to AKTION [OBJEKTE]`, gefolgt von Zusätzen (`on`, `about`, `during`, `using`, \
`with approval by`, `without approval by`), jeder höchstens einmal. Die Schlüsselwörter und \
Begriffe der Sprache sind englisch; Namen und Texte in Anführungszeichen dürfen deutsch sein.",
    bad: "guideline \"Entwurf\" {\n  rule \"Zugang\" {\n    allow employees access facebook\n  }\n}\n",
    good: "guideline \"Entwurf\" {\n  rule \"Zugang\" {\n    allow employees to access facebook\n  }\n}\n",
};

/// The finding for a syntax error in `source`.
pub fn finding(error: &SyntaxError, source: &str, lang: Lang) -> Finding {
    let (message, label, mut help) = match lang {
        Lang::En => english(error),
        Lang::De => german(error),
    };
    if let Some(action) = second_action(error, source) {
        help = match lang {
            Lang::En => format!(
                "a statement has one action: write a statement for each, e.g. `forbid employees \
                 to {action} …` and another one for the next action"
            ),
            Lang::De => format!(
                "Eine Anweisung hat eine Aktion: Schreiben Sie für jede eine eigene Anweisung, \
                 zum Beispiel `forbid employees to {action} …` und eine weitere für die nächste \
                 Aktion"
            ),
        };
    }
    new_finding(
        &SyntaxErrorRule,
        Some(error.span),
        message,
        label,
        Some(help.into()),
    )
}

/// The action before a `,` that stands where a statement's objects or qualifiers would: HR
/// drafts often list actions (`to comment, reply`), and a statement takes one.
fn second_action<'s>(error: &SyntaxError, source: &'s str) -> Option<&'s str> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return None;
    };
    if token != "," {
        return None;
    }
    let before = source.get(..error.span.start)?.trim_end();
    // After the last character that is no part of a term (it may be wider than a byte).
    let action_start = before
        .char_indices()
        .rfind(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let action = &before[action_start..];
    let keyword = before[..action_start].trim_end();
    let to = keyword.get(keyword.len().checked_sub(2)?..)?;
    let separated = keyword[..keyword.len() - 2]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    (to.eq_ignore_ascii_case("to") && separated && !action.is_empty()).then_some(action)
}

fn english(error: &SyntaxError) -> (String, String, String) {
    match &error.kind {
        SyntaxErrorKind::Expected { expected, found } => {
            let words = expected_words(expected, english_expected);
            let found_words = match found {
                Found::EndOfFile => "the end of the file".to_owned(),
                Found::Token(t) => format!("`{}`", shorten(t)),
            };
            let message = if words.is_empty() {
                format!("unexpected {found_words}")
            } else {
                format!("expected {}, found {found_words}", Lang::En.join_or(&words))
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
                (Scope::Statement, None) => "keep one approval qualifier and remove the other: a \
                     statement either needs an approval or does not"
                    .to_owned(),
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
        SyntaxErrorKind::ExceptAfterAllowOnly => (
            "`allow only` cannot have an `except` list".to_owned(),
            "`except` after `allow only`".to_owned(),
            "`allow only pr to speak-for-company` already means that everyone except pr may not; \
             remove the `except` list, or write an `allow` and a separate `forbid … except …`"
                .to_owned(),
        ),
        SyntaxErrorKind::InvalidEscape { escape } => (
            format!("`{escape}` is not an escape a string may contain"),
            "unknown escape".to_owned(),
            "inside a string write \\\" for a quote, \\\\ for a backslash, \\n for a new line and \\t for a tab".to_owned(),
        ),
        SyntaxErrorKind::UnclosedString => (
            "a string is still open at the end of the file".to_owned(),
            "the file ends inside a string".to_owned(),
            "close every string with `\"`; a quote inside a string is written \\\"".to_owned(),
        ),
        SyntaxErrorKind::DurationTooLarge => (
            "this duration is too large".to_owned(),
            "too large".to_owned(),
            "write a realistic promise such as `respond within 4h` or `respond within 1d`".to_owned(),
        ),
        SyntaxErrorKind::TooComplex => (
            "the file is too complex to read".to_owned(),
            "guidelint gave up here".to_owned(),
            "split the guideline into smaller files".to_owned(),
        ),
    }
}

/// The phrases for what was expected, without repeats, in rank order.
fn expected_words(
    expected: &[Expected],
    phrase: fn(Expected) -> (u8, &'static str),
) -> Vec<&'static str> {
    let mut phrases: Vec<(u8, &'static str)> = Vec::new();
    for e in expected {
        let (rank, p) = phrase(*e);
        if !phrases.iter().any(|(_, q)| *q == p) {
            phrases.push((rank, p));
        }
    }
    phrases.sort_by_key(|(rank, _)| *rank);
    phrases.into_iter().map(|(_, p)| p).collect()
}

/// A phrase for what was expected, with a rank for ordering (lower comes first).
fn english_expected(e: Expected) -> (u8, &'static str) {
    match e {
        Expected::Statement => (0, "a statement such as allow, forbid or block"),
        Expected::RuleItem => (
            0,
            "a statement such as allow, forbid or block, a `because`, a `consequence`",
        ),
        Expected::Item => (
            1,
            "a clause such as owner, audience, contact, goal, channel or rule",
        ),
        Expected::ChannelItem => (1, "purpose, respond within, staffed by or replies"),
        Expected::Qualifier => (2, "a qualifier such as on, about, during or using"),
        Expected::Action => (3, "an action such as access, post or share"),
        Expected::Term => (3, "a term such as employees or facebook"),
        Expected::String => (3, "a text in double quotes"),
        Expected::Duration => (3, "a duration such as 30min, 4h or 2d"),
        Expected::Keyword("to") => (3, "`to`"),
        Expected::Keyword("and") => (6, "`and`"),
        Expected::Keyword(k) => (4, keyword_phrase(k).unwrap_or("a keyword")),
        Expected::Comma => (5, "`,`"),
        Expected::OpenBrace => (7, "`{`"),
        Expected::CloseBrace => (8, "`}`"),
        Expected::ClosingQuote => (8, "the closing `\"`"),
        Expected::EndOfFile => (9, "the end of the file"),
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
    if has(Expected::Statement) || has(Expected::RuleItem) {
        return "inside a rule write statements such as `allow employees to access any-platform`, then close it with `}`".to_owned();
    }
    if has(Expected::Item) {
        return "inside a guideline write `owner`, `audience`, `contact`, `goal`, `channel` or `rule`, then close it with `}`".to_owned();
    }
    if has(Expected::ChannelItem) {
        return "inside a channel write `purpose service`, `respond within 4h`, `staffed by customer-service` or `replies on`".to_owned();
    }
    if has(Expected::Duration) {
        return "write a number directly followed by min, h or d, for example `respond within 4h`"
            .to_owned();
    }
    if has(Expected::Term) || has(Expected::Action) {
        if let Found::Token(t) = found {
            if t.chars().next().is_some_and(|c| c.is_alphabetic()) {
                return format!("`{t}` is a keyword of the language and cannot be used as a term here; `guidelint explain syntax-error` shows the grammar");
            }
        }
        return "terms are words such as `employees`, `facebook` or `work-hours`, separated by `,` or `and`".to_owned();
    }
    if has(Expected::String) {
        return "write the text in double quotes, for example `\"Social media at Acme\"`"
            .to_owned();
    }
    "check the words around this place; `guidelint explain syntax-error` shows the grammar"
        .to_owned()
}

fn german(error: &SyntaxError) -> (String, String, String) {
    let lang = Lang::De;
    match &error.kind {
        SyntaxErrorKind::Expected { expected, found } => {
            let words = expected_words(expected, german_expected);
            let found_words = match found {
                Found::EndOfFile => "das Ende der Datei".to_owned(),
                Found::Token(t) => format!("`{}`", shorten(t)),
            };
            let message = if words.is_empty() {
                format!("Unerwartet an dieser Stelle: {found_words}")
            } else {
                format!("Erwartet: {}; gefunden: {found_words}", lang.join_or(&words))
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
                (Scope::Statement, None) => "Behalten Sie einen Freigabe-Zusatz und entfernen Sie \
                     den anderen: Eine Anweisung braucht eine Freigabe oder nicht"
                    .to_owned(),
                (Scope::RuleBlock, _) if *clause == "because" => {
                    "Fassen Sie alle Gründe in einem `because \"…\"` zusammen".to_owned()
                }
                (Scope::RuleBlock, _) => "Nennen Sie alle Konsequenzen in einer `consequence`-Klausel, zum Beispiel `consequence reminder, training`".to_owned(),
                _ => format!("Behalten Sie ein `{clause}` und entfernen Sie das andere"),
            };
            (
                format!("`{clause}` steht hier ein zweites Mal; es darf {place} nur einmal vorkommen"),
                format!("zweites `{clause}`"),
                help,
            )
        }
        SyntaxErrorKind::ExceptAfterAllowOnly => (
            "`allow only` kann keine `except`-Liste haben".to_owned(),
            "`except` nach `allow only`".to_owned(),
            "`allow only pr to speak-for-company` bedeutet bereits, dass alle außer pr das nicht dürfen; \
             entfernen Sie die `except`-Liste, oder schreiben Sie ein `allow` und ein eigenes `forbid … except …`"
                .to_owned(),
        ),
        SyntaxErrorKind::InvalidEscape { escape } => (
            format!("`{escape}` ist in einem Text keine gültige Escape-Sequenz"),
            "unbekannte Escape-Sequenz".to_owned(),
            "In einem Text schreiben Sie \\\" für ein Anführungszeichen, \\\\ für einen Backslash, \\n für einen Zeilenumbruch und \\t für einen Tabulator".to_owned(),
        ),
        SyntaxErrorKind::UnclosedString => (
            "Am Ende der Datei ist ein Text noch nicht geschlossen".to_owned(),
            "die Datei endet mitten in einem Text".to_owned(),
            "Schließen Sie jeden Text mit `\"`; ein Anführungszeichen innerhalb eines Textes schreiben Sie als \\\"".to_owned(),
        ),
        SyntaxErrorKind::DurationTooLarge => (
            "Diese Dauer ist zu groß".to_owned(),
            "zu groß".to_owned(),
            "Schreiben Sie ein realistisches Versprechen wie `respond within 4h` oder `respond within 1d`".to_owned(),
        ),
        SyntaxErrorKind::TooComplex => (
            "Die Datei ist zu komplex, um sie zu lesen".to_owned(),
            "hier hat guidelint aufgegeben".to_owned(),
            "Teilen Sie die Richtlinie auf kleinere Dateien auf".to_owned(),
        ),
    }
}

/// A German phrase for what was expected (the ranks match [`english_expected`]).
fn german_expected(e: Expected) -> (u8, &'static str) {
    match e {
        Expected::Statement => (0, "eine Anweisung wie allow, forbid oder block"),
        Expected::RuleItem => (
            0,
            "eine Anweisung wie allow, forbid oder block, ein `because`, eine `consequence`",
        ),
        Expected::Item => (
            1,
            "eine Klausel wie owner, audience, contact, goal, channel oder rule",
        ),
        Expected::ChannelItem => (1, "purpose, respond within, staffed by oder replies"),
        Expected::Qualifier => (2, "ein Zusatz wie on, about, during oder using"),
        Expected::Action => (3, "eine Aktion wie access, post oder share"),
        Expected::Term => (3, "ein Begriff wie employees oder facebook"),
        Expected::String => (3, "ein Text in doppelten Anführungszeichen"),
        Expected::Duration => (3, "eine Dauer wie 30min, 4h oder 2d"),
        Expected::Keyword("to") => (3, "`to`"),
        Expected::Keyword("and") => (6, "`and`"),
        Expected::Keyword(k) => (4, keyword_phrase(k).unwrap_or("ein Schlüsselwort")),
        Expected::Comma => (5, "`,`"),
        Expected::OpenBrace => (7, "`{`"),
        Expected::CloseBrace => (8, "`}`"),
        Expected::ClosingQuote => (8, "das schließende `\"`"),
        Expected::EndOfFile => (9, "das Ende der Datei"),
    }
}

fn german_help(expected: &[Expected], found: &Found) -> String {
    let has = |e: Expected| expected.contains(&e);
    if has(Expected::Keyword("to")) {
        return "Eine Anweisung lautet `allow ZIELGRUPPE to AKTION`, zum Beispiel `allow employees to access facebook`".to_owned();
    }
    if has(Expected::Keyword("guideline")) {
        return "Eine Richtlinien-Datei beginnt mit `guideline \"Name\" {` und endet mit `}`"
            .to_owned();
    }
    if has(Expected::EndOfFile) {
        return "Eine Datei enthält genau eine Richtlinie; entfernen Sie, was nach ihrer schließenden `}` folgt, oder verschieben Sie es hinein"
            .to_owned();
    }
    if has(Expected::Statement) || has(Expected::RuleItem) {
        return "Schreiben Sie in eine Regel Anweisungen wie `allow employees to access any-platform` und schließen Sie sie mit `}`".to_owned();
    }
    if has(Expected::Item) {
        return "Schreiben Sie in eine Richtlinie `owner`, `audience`, `contact`, `goal`, `channel` oder `rule` und schließen Sie sie mit `}`".to_owned();
    }
    if has(Expected::ChannelItem) {
        return "Schreiben Sie in einen Kanal `purpose service`, `respond within 4h`, `staffed by customer-service` oder `replies on`".to_owned();
    }
    if has(Expected::Duration) {
        return "Schreiben Sie eine Zahl, direkt gefolgt von min, h oder d, zum Beispiel `respond within 4h`"
            .to_owned();
    }
    if has(Expected::Term) || has(Expected::Action) {
        if let Found::Token(t) = found {
            if t.chars().next().is_some_and(|c| c.is_alphabetic()) {
                return format!("`{t}` ist ein Schlüsselwort der Sprache und kann hier nicht als Begriff stehen; `guidelint explain syntax-error` zeigt die Grammatik");
            }
        }
        return "Begriffe sind Wörter wie `employees`, `facebook` oder `work-hours`, getrennt durch `,` oder `and`".to_owned();
    }
    if has(Expected::String) {
        return "Schreiben Sie den Text in doppelte Anführungszeichen, zum Beispiel `\"Social Media bei der Beispiel AG\"`"
            .to_owned();
    }
    "Prüfen Sie die Wörter rund um diese Stelle; `guidelint explain syntax-error` zeigt die Grammatik"
        .to_owned()
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

/// A qualifier with two terms, as the help for a repeated one shows it joined (`None` for the
/// approval qualifier, whose two forms are not joined but chosen between).
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
        assert!(h.starts_with("a statement has one action"), "{h}");
        assert!(h.contains("`forbid employees to comment …`"), "{h}");
        let err = parse(src).expect_err("syntax error");
        let de = finding(&err, src, Lang::De).help.unwrap();
        assert!(de.starts_with("Eine Anweisung hat eine Aktion"), "{de}");
        let (_, h) = message("guideline \"g\" { owner hr,, sales }");
        assert!(!h.contains("one action"), "{h}");
        let (_, h) =
            message("guideline \"g\" { rule \"r\" { forbid employees to post photos, , x } }");
        assert!(!h.contains("one action"), "{h}");
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
        ] {
            if let Err(err) = parse(src) {
                finding(&err, src, Lang::En);
                finding(&err, src, Lang::De);
            }
        }
    }

    #[test]
    fn missing_to() {
        let (m, h) = message("guideline \"g\" { rule \"r\" { allow employees access facebook } }");
        assert!(m.starts_with("expected "), "{m}");
        assert!(m.contains("`to`"), "{m}");
        assert!(m.ends_with("found `access`"), "{m}");
        assert!(h.contains("allow employees to access facebook"), "{h}");
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
            SyntaxErrorKind::ExceptAfterAllowOnly,
            SyntaxErrorKind::InvalidEscape {
                escape: "\\q".into(),
            },
            SyntaxErrorKind::UnclosedString,
            SyntaxErrorKind::DurationTooLarge,
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
        assert!(h.contains("during breaks, free-time"), "{h}");
        // Each qualifier's help shows that qualifier joined; two approvals are chosen between.
        let (_, h) = message(
            "guideline \"g\" { rule \"r\" { forbid employees to post on facebook on twitter } }",
        );
        assert!(h.contains("`on facebook, twitter`"), "{h}");
        let (_, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post using company-devices using company-network } }");
        assert!(
            h.contains("`using company-devices, company-network`"),
            "{h}"
        );
        let (_, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post about employer about company-news } }");
        assert!(h.contains("`about employer, company-news`"), "{h}");
        let (m, h) = message("guideline \"g\" { rule \"r\" { forbid employees to post with approval by pr without approval by hr } }");
        assert!(
            m.contains("`with/without approval` appears a second time"),
            "{m}"
        );
        assert!(h.starts_with("keep one approval qualifier"), "{h}");
        assert!(!h.contains("join"), "{h}");
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
        assert!(f.message.starts_with("Erwartet: "), "{}", f.message);
        assert!(f.message.ends_with("; gefunden: `access`"), "{}", f.message);
        assert!(f
            .help
            .unwrap()
            .contains("`allow employees to access facebook`"));
        let src = "guideline \"g\" {\n  owner hr\n";
        let err = parse(src).expect_err("syntax error");
        let f = finding(&err, src, Lang::De);
        assert!(
            f.message.ends_with("gefunden: das Ende der Datei"),
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
            SyntaxErrorKind::ExceptAfterAllowOnly,
            SyntaxErrorKind::InvalidEscape {
                escape: "\\q".into(),
            },
            SyntaxErrorKind::UnclosedString,
            SyntaxErrorKind::DurationTooLarge,
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
}
