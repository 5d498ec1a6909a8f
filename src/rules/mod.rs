//! The rules: one file per rule, each with its metadata, its texts (summary, explanation with
//! evidence, bad and good example, messages and help) and its check; a registry lists them all.
//!
//! A rule emits findings with its default severity; the engine applies the configuration.
//! Rules whose findings come from elsewhere in the pipeline (the parser, the resolver, the
//! suppression engine, file reading) have no model check: their files hold their texts and the
//! constructor that the pipeline calls.

use crate::finding::{Finding, Related, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Model, Vocabulary};
use crate::span::Span;

pub mod missing_goals;
pub mod syntax_error;
pub mod unknown_term;
pub mod unreadable_file;

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
    pub model: &'a Model,
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
        label: String,
        help: String,
    ) -> Finding {
        new_finding(rule, Some(span), message, label, Some(help))
    }
}

/// A finding of `rule` with its default severity.
pub fn new_finding(
    rule: &dyn Rule,
    span: Option<Span>,
    message: String,
    label: String,
    help: Option<String>,
) -> Finding {
    let meta = rule.meta();
    Finding {
        rule: meta.name.into(),
        category: meta.category,
        severity: meta.default_severity,
        span,
        label,
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
    // openness
    &missing_goals::MissingGoals,
    // correctness
    &syntax_error::SyntaxErrorRule,
    &unknown_term::UnknownTermRule,
    &unreadable_file::UnreadableFile,
];

/// The built-in rule called `name`.
pub fn find(name: &str) -> Option<&'static dyn Rule> {
    REGISTRY.iter().copied().find(|r| r.meta().name == name)
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

/// Helpers for rule tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::finding::Finding;

    /// Every finding for `source` with the default configuration.
    pub fn lint(source: &str) -> Vec<Finding> {
        crate::check_source("test.guideline", source, &crate::Config::default()).findings
    }

    /// The findings of one rule for `source`.
    pub fn fired(source: &str, rule: &str) -> Vec<Finding> {
        lint(source)
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

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
