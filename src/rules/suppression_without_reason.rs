//! `suppression-without-reason`: a `guidelint-allow` comment with no reason (no colon, or
//! nothing after it).
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
            Lang::De => &DE,
        }
    }

    fn checks_model(&self) -> bool {
        false
    }
}

/// The finding for a comment without a reason. The help's reason is an example from another
/// rule, so that it reads as one and is not copied as the reason (edit 16, item 15); a comment
/// that names no rule gets no `RULE` to paste, which would be an unknown rule.
pub fn finding(comment: Span, names: &[&str], lang: Lang) -> Finding {
    let (message, label, help) = match lang {
        Lang::En => (
            "this suppression gives no reason".to_owned(),
            "no reason given (write `: REASON` after the rule names)",
            if names.is_empty() {
                "name the rule and say after a `:` why it does not apply here, e.g. \
                 `# guidelint-allow blanket-block: the kiosk PCs have no internet access`"
            } else {
                "say after a `:` why the rule does not apply here, e.g. \
                 `# guidelint-allow blanket-block: the kiosk PCs have no internet access`"
            },
        ),
        Lang::De => (
            "Diese Unterdrückung nennt keine Begründung".to_owned(),
            "keine Begründung angegeben (schreiben Sie `: BEGRÜNDUNG` hinter die Regelnamen)",
            if names.is_empty() {
                "Nennen Sie die Regel und sagen Sie nach einem `:`, warum sie hier nicht passt, \
                 zum Beispiel `# guidelint-allow blanket-block: Die Kiosk-PCs haben keinen \
                 Internetzugang`"
            } else {
                "Sagen Sie nach einem `:`, warum die Regel hier nicht passt, zum Beispiel \
                 `# guidelint-allow blanket-block: Die Kiosk-PCs haben keinen Internetzugang`"
            },
        ),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The help's reason is an example that, pasted, clears the finding it is written for; no
    /// invented fact about the reader's company, no `RULE` to paste (edit 16, item 15).
    #[test]
    fn the_help_gives_an_example_that_works() {
        for names in [&["gag-rule"][..], &[]] {
            for lang in [Lang::En, Lang::De] {
                let help = finding(Span::new(0, 1), names, lang).help.unwrap();
                assert!(!help.contains("RULE") && !help.contains("REGEL"), "{help}");
                assert!(
                    !help.contains("council") && !help.contains("Betriebsrat"),
                    "{help}"
                );
                let comment = help.rsplit("e.g. `").next().unwrap();
                let comment = help
                    .rsplit("Beispiel `")
                    .next()
                    .filter(|_| lang == Lang::De)
                    .unwrap_or(comment)
                    .trim_end_matches('`');
                let src = format!(
                    "guideline \"g\" {{\n  rule \"Kiosk\" {{\n    block any-platform for \
                     everyone using company-devices {comment}\n    because \"x\"\n  }}\n}}\n"
                );
                let left: Vec<_> = crate::rules::testing::lint(&src)
                    .into_iter()
                    .filter(|f| f.suppressed.is_none())
                    .filter(|f| {
                        [
                            "blanket-block",
                            "suppression-without-reason",
                            "unknown-term",
                            "unused-suppression",
                            "syntax-error",
                        ]
                        .contains(&&*f.rule)
                    })
                    .collect();
                assert!(left.is_empty(), "{comment}: {left:?}");
            }
        }
    }
}
