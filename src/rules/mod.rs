//! The rules: one file per rule, each with its metadata, its texts (summary, explanation with
//! evidence, bad and good example, messages and help) and its check; a registry lists them all.
//!
//! A rule emits findings with its default severity; the engine applies the configuration.
//! Rules whose findings come from elsewhere in the pipeline (the parser, the resolver, the
//! suppression engine, file reading) have no model check: their files hold their texts and the
//! constructor that the pipeline calls.

use std::borrow::Cow;

use crate::finding::{Finding, Related, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Model, Vocabulary};
use crate::span::Span;

pub mod blanket_block;
pub mod conflicting_rules;
pub mod custom;
pub mod duplicate_rule;
pub mod employee_surveillance;
pub mod gag_rule;
pub mod missing_contact;
pub mod missing_goals;
pub mod missing_owner;
pub mod missing_rationale;
pub mod narrow_ownership;
pub mod no_service_channel;
pub mod one_way_channel;
pub mod pre_approval;
mod snippets;
pub mod sources;
pub mod suppression_without_reason;
pub mod syntax_error;
pub mod threat_without_reason;
pub mod unknown_term;
pub mod unreadable_file;
pub mod unused_suppression;
pub mod window_dressing;
pub mod work_time_ban;

/// What `guidelint explain` shows: all prose in one language.
#[derive(Debug)]
pub struct Doc {
    /// One line for `guidelint rules`.
    pub summary: &'static str,
    /// What the rule flags and why, with the evidence and its sources.
    pub explanation: &'static str,
    /// A Guideline-language example the rule flags.
    pub bad: &'static str,
    /// The same intent written so that the rule stays quiet.
    pub good: &'static str,
}

/// A rule's identity.
#[derive(Debug)]
pub struct Meta {
    pub name: &'static str,
    pub category: RuleCategory,
    pub default_severity: Severity,
}

/// Everything a check may look at.
pub struct Context<'a> {
    pub model: &'a Model<'a>,
    pub vocab: &'a Vocabulary,
    pub source: &'a str,
    pub lang: Lang,
}

impl Context<'_> {
    /// A finding of `rule` at `span`, with the rule's default severity.
    pub fn finding(
        &self,
        rule: &dyn Rule,
        span: Span,
        message: String,
        label: impl Into<Cow<'static, str>>,
        help: impl Into<Cow<'static, str>>,
    ) -> Finding {
        new_finding(rule, Some(span), message, label, Some(help.into()))
    }
}

/// A finding of `rule` with its default severity.
pub fn new_finding(
    rule: &dyn Rule,
    span: Option<Span>,
    message: String,
    label: impl Into<Cow<'static, str>>,
    help: Option<Cow<'static, str>>,
) -> Finding {
    let meta = rule.meta();
    Finding {
        rule: meta.name.into(),
        category: meta.category,
        severity: meta.default_severity,
        span,
        label: label.into(),
        message,
        help,
        related: Vec::<Related>::new(),
        suppressed: None,
    }
}

/// A built-in rule.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static Meta;

    /// The prose of this rule in a language.
    fn doc(&self, lang: Lang) -> &'static Doc;

    /// Looks at the understood model and pushes findings. Rules whose findings come from the
    /// parser, resolver, suppression engine or file reading keep the default (no model check).
    fn check(&self, _cx: &Context<'_>, _out: &mut Vec<Finding>) {}

    /// Whether [`Rule::check`] looks at the model (false for pipeline-produced findings).
    fn checks_model(&self) -> bool {
        true
    }
}

/// Every built-in rule, in the order `guidelint rules` lists them.
pub static REGISTRY: &[&dyn Rule] = &[
    // law-and-order
    &blanket_block::BlanketBlock,
    &work_time_ban::WorkTimeBan,
    &pre_approval::PreApproval,
    &gag_rule::GagRule,
    &employee_surveillance::EmployeeSurveillance,
    &threat_without_reason::ThreatWithoutReason,
    &one_way_channel::OneWayChannel,
    &window_dressing::WindowDressing,
    // openness
    &missing_goals::MissingGoals,
    &missing_contact::MissingContact,
    &missing_owner::MissingOwner,
    &narrow_ownership::NarrowOwnership,
    &no_service_channel::NoServiceChannel,
    &missing_rationale::MissingRationale,
    // correctness
    &syntax_error::SyntaxErrorRule,
    &unknown_term::UnknownTermRule,
    &conflicting_rules::ConflictingRules,
    &duplicate_rule::DuplicateRule,
    &unused_suppression::UnusedSuppression,
    &suppression_without_reason::SuppressionWithoutReason,
    &unreadable_file::UnreadableFile,
];

/// The built-in rule called `name`.
pub fn find(name: &str) -> Option<&'static dyn Rule> {
    REGISTRY.iter().copied().find(|r| r.meta().name == name)
}

/// At most three of `names` that `query` may have meant, best first: a name that contains it
/// (`gag` → `gag-rule`, `surveillance` → `employee-surveillance`) or is contained in it, a name
/// whose words the query's words begin, contain or nearly spell (`rule gag`, `surveilance`),
/// or a name a few edits away (`blanket-blok`). Case does not matter; an empty query or one
/// of one or two letters matches only by edits.
pub fn similar_names<'a>(query: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let query = query.trim().to_lowercase();
    let len = query.chars().count();
    // Edits allowed for the whole name: a third of the query, one to three.
    let max_edits = (len / 3).clamp(1, 3);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let query_words = words(&query);
    let word_fits = |q: &str, name_words: &[String]| {
        let q_len = q.chars().count();
        let near = if q_len >= 8 { 2 } else { 1 };
        q_len >= 3
            && name_words
                .iter()
                .any(|w| w.contains(q) || strsim::damerau_levenshtein(q, w) <= near)
    };
    let mut close: Vec<(u8, usize, &str)> = names
        .into_iter()
        .filter_map(|name| {
            let lower = name.to_lowercase();
            let edits = strsim::damerau_levenshtein(&query, &lower);
            let class = if len >= 3 && (lower.contains(&query) || query.contains(&lower)) {
                0
            } else if edits <= max_edits {
                1
            } else if !query_words.is_empty()
                && query_words.iter().all(|q| word_fits(q, &words(&lower)))
            {
                2
            } else {
                return None;
            };
            Some((class, edits, name))
        })
        .collect();
    close.sort_unstable();
    close.dedup_by_key(|c| c.2);
    close.into_iter().take(3).map(|(_, _, name)| name).collect()
}

/// Rules that can neither be suppressed nor (for the first three) turned off (SPEC §11.8).
pub fn is_unsuppressible(name: &str) -> bool {
    matches!(
        name,
        "syntax-error"
            | "unknown-term"
            | "unreadable-file"
            | "unused-suppression"
            | "suppression-without-reason"
    )
}

/// Rules that cannot be turned `off` in the configuration.
pub fn is_mandatory(name: &str) -> bool {
    matches!(name, "syntax-error" | "unknown-term" | "unreadable-file")
}

/// The 1-based line of each byte offset in `source` (what [`crate::span::LineIndex::line_of`]
/// says), counted in one pass up to the last offset. A rule that names a few lines in its
/// messages saves indexing every line of the file; visiting the offsets in order keeps the pass
/// linear however many there are.
pub(crate) fn line_numbers(source: &str, offsets: &[usize]) -> Vec<usize> {
    let bytes = source.as_bytes();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut lines = vec![0; offsets.len()];
    let (mut counted, mut line) = (0, 1);
    for i in order {
        let offset = offsets[i].min(bytes.len());
        line += memchr::memchr_iter(b'\n', &bytes[counted..offset]).count();
        counted = offset;
        lines[i] = line;
    }
    lines
}

/// A statement's objects and `about` topics, read in place: the terms of
/// [`Statement::topics`](crate::semantics::Statement::topics) with repeats, without its copy.
/// Whether the list is empty, and whether any term passes a test, are the same for both, which
/// is all a rule that only asks those questions needs.
pub(crate) fn topic_terms<'a>(
    s: &'a crate::semantics::Statement<'a>,
) -> impl Iterator<Item = &'a str> + Clone {
    s.objects
        .iter()
        .chain(s.about.into_iter().flatten())
        .copied()
}

/// Helpers for rule tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::finding::Finding;
    use crate::lang::Lang;

    /// Every finding for `source` with the default configuration.
    pub fn lint(source: &str) -> Vec<Finding> {
        crate::check_source("test.guideline", source, &crate::Config::default()).findings
    }

    /// Every finding for `source` with the default configuration in `lang`.
    pub fn lint_in(source: &str, lang: Lang) -> Vec<Finding> {
        let config = crate::Config {
            lang,
            ..crate::Config::default()
        };
        crate::check_source("test.guideline", source, &config).findings
    }

    /// The findings of one rule for `source`.
    pub fn fired(source: &str, rule: &str) -> Vec<Finding> {
        lint(source)
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    /// A finding of `rule` implied by `written` (`allow only marketing`) in `source` is told, in
    /// both languages, to write `allow employees` there; followed, that leaves neither the finding
    /// nor a conflict (an `allow employees …` added beside the `allow only` would contradict it).
    pub fn assert_lifted_where_said(source: &str, rule: &str, written: &str) {
        assert_lifted_by(source, rule, written, "allow employees");
    }

    /// [`assert_lifted_where_said`] with the `allow` the help writes for `written` (`allow
    /// everyone` for `allow only everyone`).
    pub fn assert_lifted_by(source: &str, rule: &str, written: &str, opened: &str) {
        let help = fired(source, rule)[0].help.clone().unwrap();
        assert!(
            help.contains(&format!("write `{opened}` for `{written}`")),
            "{help}"
        );
        let fixed = source.replacen(written, opened, 1);
        assert!(fired(&fixed, rule).is_empty(), "{fixed}");
        assert!(fired(&fixed, "conflicting-rules").is_empty(), "{fixed}");
        let de = lint_in(source, Lang::De);
        let de = de.iter().find(|f| f.rule == rule).unwrap();
        assert!(
            de.help
                .as_deref()
                .unwrap()
                .contains(&format!("Schreiben Sie `{opened}` statt `{written}`")),
            "{de:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn line_numbers_agree_with_the_line_index() {
        let source = "a\nbb\n\nc\r\nä\n\n";
        let index = crate::span::LineIndex::new(source);
        let offsets: Vec<usize> = (0..=source.len() + 2).rev().chain([3, 0, 3]).collect();
        let expected: Vec<usize> = offsets.iter().map(|&o| index.line_of(o)).collect();
        assert_eq!(line_numbers(source, &offsets), expected);
        assert_eq!(line_numbers("", &[0, 5]), [1, 1]);
        assert!(line_numbers(source, &[]).is_empty());
    }

    #[test]
    fn similar_names_by_substring_words_and_edits() {
        let names = || {
            REGISTRY
                .iter()
                .map(|r| r.meta().name)
                .chain(["acme/no-tiktok-block"])
        };
        let similar = |q: &str| similar_names(q, names());
        // Part of a name.
        assert_eq!(similar("gag"), ["gag-rule"]);
        assert_eq!(similar("surveillance"), ["employee-surveillance"]);
        assert_eq!(similar("Surveillance"), ["employee-surveillance"]);
        assert_eq!(similar("tiktok"), ["acme/no-tiktok-block"]);
        assert_eq!(similar("approval"), ["pre-approval"]);
        // A name inside the query.
        assert_eq!(similar("the-blanket-block-rule")[0], "blanket-block");
        // The closest first; at most three.
        assert_eq!(similar("block"), ["blanket-block", "acme/no-tiktok-block"]);
        let rule = similar("rule");
        assert_eq!(rule.len(), 3);
        assert!(rule.iter().all(|n| n.contains("rule")), "{rule:?}");
        // Words in another order, or nearly spelt.
        assert_eq!(similar("rule gag"), ["gag-rule"]);
        assert_eq!(similar("surveilance"), ["employee-surveillance"]);
        assert_eq!(similar("employee surveilance"), ["employee-surveillance"]);
        // A few edits away.
        assert_eq!(similar("blanket-blok"), ["blanket-block"]);
        assert_eq!(similar("syntax-eror"), ["syntax-error"]);
        assert_eq!(similar("BLANKET-BLOK"), ["blanket-block"]);
        // Nothing alike, or too short to say.
        assert!(similar("weather").is_empty());
        assert!(similar("").is_empty());
        assert!(similar("ga").is_empty());
        assert!(similar("-").is_empty());
    }

    #[test]
    fn names_are_unique_kebab_case() {
        let mut seen = HashSet::new();
        for rule in REGISTRY {
            let name = rule.meta().name;
            assert!(seen.insert(name), "{name} registered twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name} is not kebab-case"
            );
        }
    }

    /// Every rule's bad example triggers it and its good example does not (the file-level
    /// `unreadable-file` has prose examples: a file that cannot be read has no text to show).
    #[test]
    fn every_rule_is_tested_by_its_own_examples() {
        let mut unclean = Vec::new();
        for rule in REGISTRY {
            let name = rule.meta().name;
            if name == "unreadable-file" {
                continue;
            }
            for lang in Lang::ALL {
                let doc = rule.doc(lang);
                let bad = testing::fired(doc.bad, name);
                assert!(!bad.is_empty(), "{name}: the bad example does not fire");
                // The better example is one a reader may copy: it checks clean, with no
                // finding of any rule (audit 16).
                let good: Vec<String> = testing::lint(doc.good)
                    .into_iter()
                    .filter(|f| f.suppressed.is_none())
                    .map(|f| format!("{}: {}", f.rule, f.message))
                    .collect();
                if !good.is_empty() {
                    unclean.push(format!("{name} ({lang:?}): {good:?}"));
                }
            }
        }
        assert!(unclean.is_empty(), "{}", unclean.join("\n"));
    }

    #[test]
    fn every_rule_of_the_spec_is_registered() {
        let spec = [
            "blanket-block",
            "work-time-ban",
            "pre-approval",
            "gag-rule",
            "employee-surveillance",
            "threat-without-reason",
            "one-way-channel",
            "window-dressing",
            "missing-goals",
            "missing-contact",
            "missing-owner",
            "narrow-ownership",
            "no-service-channel",
            "missing-rationale",
            "syntax-error",
            "unknown-term",
            "conflicting-rules",
            "duplicate-rule",
            "unused-suppression",
            "suppression-without-reason",
            "unreadable-file",
        ];
        for name in spec {
            assert!(find(name).is_some(), "{name} is not registered");
        }
        assert_eq!(REGISTRY.len(), spec.len());
    }

    /// English words that do not occur in German prose (checked with spaces around them, and
    /// outside backticks, so Guideline code such as `allow employees to access` is fine).
    const ENGLISH_MARKERS: [&str; 12] = [
        " the ", " is ", " are ", " does ", " not ", " with ", " this ", " but ", " for ",
        " should ", " which ", " who ",
    ];

    /// The prose of a text: everything outside backticks and double quotes.
    fn prose(text: &str) -> String {
        let mut out = String::new();
        let (mut code, mut quoted) = (false, false);
        for c in text.chars() {
            match c {
                '`' if !quoted => code = !code,
                '"' if !code => quoted = !quoted,
                _ if !code && !quoted => out.push(c),
                _ => {}
            }
        }
        format!(" {} ", out.replace(['(', ')', ',', ';', ':', '.'], " "))
    }

    fn assert_german(rule: &str, what: &str, text: &str) {
        assert!(!text.trim().is_empty(), "{rule}: empty German {what}");
        let prose = prose(text);
        for marker in ENGLISH_MARKERS {
            assert!(
                !prose.contains(marker),
                "{rule}: German {what} contains the English word {marker:?}: {text}"
            );
        }
    }

    #[test]
    fn every_rule_has_german_texts_that_differ_from_the_english_ones() {
        for rule in REGISTRY {
            let name = rule.meta().name;
            let (en, de) = (rule.doc(Lang::En), rule.doc(Lang::De));
            assert_ne!(en.summary, de.summary, "{name}: summary not translated");
            assert_ne!(
                en.explanation, de.explanation,
                "{name}: explanation not translated"
            );
            assert_german(name, "summary", de.summary);
            assert_german(name, "explanation", de.explanation);
            // German typography: quotations open with „ and close with “, in pairs.
            assert_eq!(
                de.explanation.matches('„').count(),
                de.explanation.matches('“').count(),
                "{name}: unbalanced German quotation marks"
            );
            assert!(
                !de.explanation.contains('”'),
                "{name}: English closing quote in German text"
            );
        }
    }

    /// Every rule's German bad example produces German messages, labels, help and related
    /// labels, different from what the same source gives in English.
    #[test]
    fn every_rule_speaks_german_on_its_bad_example() {
        for rule in REGISTRY {
            let name = rule.meta().name;
            if name == "unreadable-file" {
                continue;
            }
            let source = rule.doc(Lang::De).bad;
            let of = |lang| -> Vec<Finding> {
                testing::lint_in(source, lang)
                    .into_iter()
                    .filter(|f| f.rule == name)
                    .collect()
            };
            let (en, de) = (of(Lang::En), of(Lang::De));
            assert!(
                !de.is_empty(),
                "{name}: the German bad example does not fire"
            );
            assert_eq!(en.len(), de.len(), "{name}");
            for (en, de) in en.iter().zip(&de) {
                assert_ne!(en.message, de.message, "{name}: message not translated");
                assert_ne!(en.label, de.label, "{name}: label not translated");
                assert_ne!(en.help, de.help, "{name}: help not translated");
                assert_german(name, "message", &de.message);
                assert_german(name, "label", &de.label);
                assert_german(name, "help", de.help.as_deref().unwrap_or_default());
                for (en, de) in en.related.iter().zip(&de.related) {
                    assert_ne!(
                        en.message, de.message,
                        "{name}: related label not translated"
                    );
                    assert_german(name, "related label", &de.message);
                }
            }
        }
    }

    /// The German texts keep the words the German review chose: one name for one thing
    /// ("Regelblock", "Servicekanal", "Ordner", "Zeitraum", "Begründung"), no "Schweigepflicht"
    /// (a legitimate duty) for a gag rule, no "alle oder alle", the configuration file as code.
    #[test]
    fn german_texts_use_one_word_for_one_thing() {
        let avoided = [
            "Schweigepflicht",
            "alle oder alle",
            "`rule`-Block",
            "Service-Kanal",
            "Verzeichnis",
            "eine Zeit ",
            "Zeiten",
            "keinen Grund",
            "den Grund",
            "gute Botschafter\"",
            " .guidelint.yaml",
            "Law-and-Order",
        ];
        for rule in REGISTRY {
            let name = rule.meta().name;
            let doc = rule.doc(Lang::De);
            let mut texts = vec![doc.summary, doc.explanation, doc.bad, doc.good];
            let findings = testing::lint_in(doc.bad, Lang::De);
            let found: Vec<&str> = findings
                .iter()
                .flat_map(|f| {
                    [
                        f.message.as_str(),
                        f.label.as_ref(),
                        f.help.as_deref().unwrap_or(""),
                    ]
                })
                .collect();
            texts.extend(found);
            for text in texts {
                for word in avoided {
                    assert!(!text.contains(word), "{name}: {word:?} in {text}");
                }
            }
        }
    }

    #[test]
    fn unreadable_files_are_reported_in_german() {
        use unreadable_file::Reason;
        let reasons = [
            Reason::Io("permission denied".into()),
            Reason::NotUtf8 { line: 2, column: 3 },
            Reason::TooLarge {
                size: Some(20),
                limit: 10,
            },
            Reason::TooLarge {
                size: None,
                limit: 10,
            },
            Reason::NotAFile,
        ];
        for reason in &reasons {
            let en = unreadable_file::finding(reason, Lang::En);
            let de = unreadable_file::finding(reason, Lang::De);
            assert_ne!(en.message, de.message);
            assert_ne!(en.help, de.help);
            // The operating system's message is quoted as it is.
            let message = de.message.replace("permission denied", "");
            assert_german("unreadable-file", "message", &message);
            assert_german("unreadable-file", "help", de.help.as_deref().unwrap());
        }
        // The system's own words are marked as such.
        let io = unreadable_file::finding(&Reason::Io("Input/output error".into()), Lang::De);
        assert_eq!(
            io.message,
            "Diese Datei kann nicht gelesen werden (Meldung des Systems: Input/output error)"
        );
    }

    #[test]
    fn every_rule_is_documented_in_every_language() {
        for rule in REGISTRY {
            for lang in Lang::ALL {
                let doc = rule.doc(lang);
                let name = rule.meta().name;
                assert!(!doc.summary.is_empty(), "{name}: summary");
                assert!(doc.explanation.len() > 80, "{name}: explanation too short");
                assert!(!doc.bad.is_empty(), "{name}: bad example");
                assert!(!doc.good.is_empty(), "{name}: good example");
            }
        }
    }
}
