//! `suppression-without-reason`: a `guidelint-allow` comment with no reason (no colon, or
//! nothing after it).
//! Produced by the suppression engine (`crate::suppress`); the suppression still applies.

use std::borrow::Cow;

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
            Lang::De => &DE,
        }
    }

    fn checks_model(&self) -> bool {
        false
    }
}

/// The finding for a comment without a reason.
pub fn finding(comment: Span, names: &[&str], lang: Lang) -> Finding {
    // A comment may hold any character: a control character is shown escaped.
    let listed: Vec<Cow<str>> = names.iter().map(|n| super::snippets::escaped(n)).collect();
    let listed = (!listed.is_empty()).then(|| listed.join(", "));
    let (message, label, help) = match lang {
        Lang::En => (
            "this suppression gives no reason".to_owned(),
            "no reason given (write `: REASON` after the rule names)",
            format!(
                "say why the rule does not apply here: `# guidelint-allow {}: agreed with the works council, minutes of 12 March`",
                listed.as_deref().unwrap_or("RULE")
            ),
        ),
        Lang::De => {
            let names = listed.as_deref().unwrap_or("REGEL");
            (
                "Diese Unterdrückung nennt keine Begründung".to_owned(),
                "keine Begründung angegeben (schreiben Sie `: BEGRÜNDUNG` hinter die Regelnamen)",
                format!(
                    "Sagen Sie, warum die Regel hier nicht passt: \
                     `# guidelint-allow {names}: mit dem Betriebsrat vereinbart, Protokoll vom 12. März`"
                ),
            )
        }
    };
    new_finding(
        &SuppressionWithoutReason,
        Some(comment),
        message,
        label,
        Some(help.into()),
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
    good: "guideline \"Draft\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Safe production\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Kiosk\" {\n    block any-platform for everyone using company-devices # guidelint-allow blanket-block: kiosk PCs have no internet access\n    because \"Machine control PCs\"\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Ein Unterdrückungskommentar ohne Begründung",
    explanation: "\
Eine Regel abzuschalten kann richtig sein: Ein Kiosk-PC in der Fertigung braucht vielleicht \
wirklich kein Internet. Aber wer die Richtlinie als Nächstes liest – etwa der Betriebsrat, der \
sie prüft –, muss wissen, warum. Eine Unterdrückung schreibt man `# guidelint-allow REGEL: Begründung`; \
ohne Begründung gilt sie trotzdem, und guidelint bittet um den fehlenden Satz.",
    bad: "guideline \"Entwurf\" {\n  goal \"Sichere Produktion\"\n  rule \"Kiosk\" {\n    block any-platform for everyone using company-devices # guidelint-allow blanket-block\n    because \"Rechner der Maschinensteuerung\"\n  }\n}\n",
    good: "guideline \"Entwurf\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Sichere Produktion\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Kiosk\" {\n    block any-platform for everyone using company-devices # guidelint-allow blanket-block: Die Kiosk-PCs haben keinen Internetzugang\n    because \"Rechner der Maschinensteuerung\"\n  }\n}\n",
};
