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

/// The finding for a syntax error.
pub fn finding(error: &SyntaxError, lang: Lang) -> Finding {
    let (message, label, help) = match lang {
        Lang::En => english(error),
    };
    new_finding(
        &SyntaxErrorRule,
        Some(error.span),
        message,
        label,
        Some(help),
    )
}

fn english(error: &SyntaxError) -> (String, String, String) {
    match &error.kind {
        SyntaxErrorKind::Expected { expected, found } => {
            let mut phrases: Vec<(u8, &'static str, String)> = Vec::new();
            for e in expected {
                let (rank, phrase) = english_expected(*e);
                if !phrases.iter().any(|(_, p, _)| *p == phrase) {
                    phrases.push((rank, phrase, phrase.to_owned()));
                }
            }
            phrases.sort_by_key(|(rank, ..)| *rank);
            let words: Vec<String> = phrases.into_iter().map(|(.., p)| p).collect();
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
            let help = match scope {
                Scope::Statement => format!(
                    "join both lists into one `{clause}` qualifier, for example `during breaks, free-time`"
                ),
                Scope::RuleBlock if *clause == "because" => {
                    "put all reasons into one `because \"…\"`".to_owned()
                }
                Scope::RuleBlock => "list all consequences in one `consequence` clause, for example `consequence reminder, training`".to_owned(),
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
        Expected::Keyword(k) => (4, keyword_phrase(k)),
        Expected::Comma => (5, "`,`"),
        Expected::OpenBrace => (7, "`{`"),
        Expected::CloseBrace => (8, "`}`"),
        Expected::ClosingQuote => (8, "the closing `\"`"),
        Expected::EndOfFile => (9, "the end of the file"),
    }
}

fn keyword_phrase(k: &'static str) -> &'static str {
    match k {
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
        _ => "a keyword",
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn message(src: &str) -> (String, String) {
        let err = parse(src).expect_err("syntax error");
        let f = finding(&err, Lang::En);
        (f.message, f.help.unwrap_or_default())
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
}
