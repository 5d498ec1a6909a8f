//! `suppression-without-reason`: a `guidelint-allow` comment with no reason after the colon.
//! Produced by the suppression engine (`crate::suppress`); the suppression still applies.

use super::{new_finding, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::span::Span;

pub struct SuppressionWithoutReason;

static META: Meta = Meta {
    name: "suppression-without-reason",
    category: RuleCategory::Correctness,
    default_severity: Severity::Warning,
};

impl Rule for SuppressionWithoutReason {
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

/// The finding for a comment without a reason.
pub fn finding(comment: Span, names: &[&str], lang: Lang) -> Finding {
    let (message, label, help) = match lang {
        Lang::En => {
            let first = names.first().copied().unwrap_or("RULE");
            (
                "this suppression gives no reason".to_owned(),
                "no reason after `:`".to_owned(),
                format!(
                    "say why the rule does not apply here: `# guidelint-allow {}: the kiosk PCs have no internet`",
                    if names.is_empty() { first.to_owned() } else { names.join(", ") }
                ),
            )
        }
    };
    new_finding(
        &SuppressionWithoutReason,
        Some(comment),
        message,
        label,
        Some(help),
    )
}

static EN: Doc = Doc {
    summary: "A suppression comment without a reason",
    explanation: "\
Switching a rule off can be right: a kiosk PC in a factory may really need no internet. But the \
next person who reads the guideline, or the works council that reviews it, needs to know why. A \
suppression is written `# guidelint-allow RULE: reason`; without the reason it still applies, \
and guidelint asks for the missing sentence.",
    bad: "guideline \"Draft\" {\n  goal \"Safe production\"\n  rule \"Kiosk\" {\n    block any-platform for everyone using company-devices # guidelint-allow blanket-block\n    because \"Machine control PCs\"\n  }\n}\n",
    good: "guideline \"Draft\" {\n  goal \"Safe production\"\n  rule \"Kiosk\" {\n    block any-platform for everyone using company-devices # guidelint-allow blanket-block: kiosk PCs have no internet access\n    because \"Machine control PCs\"\n  }\n}\n",
};
