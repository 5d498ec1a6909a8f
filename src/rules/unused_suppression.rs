//! `unused-suppression`: a `guidelint-allow` comment that suppressed nothing. Produced by the
//! suppression engine (`crate::suppress`).

use super::{new_finding, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::span::Span;

pub struct UnusedSuppression;

static META: Meta = Meta {
    name: "unused-suppression",
    category: RuleCategory::Correctness,
    default_severity: Severity::Warning,
};

impl Rule for UnusedSuppression {
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

/// The finding for a comment whose `names` suppressed nothing (empty: it names no rule).
pub fn finding(comment: Span, names: &[&str], lang: Lang) -> Finding {
    let (message, label, help) = match lang {
        Lang::En => {
            if names.is_empty() {
                (
                    "this `guidelint-allow` comment names no rule".to_owned(),
                    "names no rule",
                    "name the rules it is meant for: `# guidelint-allow blanket-block: reason`",
                )
            } else {
                (
                    [
                        "the suppression of ",
                        &Lang::En.join_ticked(names),
                        " suppressed nothing",
                    ]
                    .concat(),
                    "suppresses nothing",
                    "remove the comment, or put it on the line above the rule block or statement it is meant for",
                )
            }
        }
        Lang::De => {
            if names.is_empty() {
                (
                    "Dieser `guidelint-allow`-Kommentar nennt keine Regel".to_owned(),
                    "nennt keine Regel",
                    "Nennen Sie die Regeln, für die er gedacht ist: `# guidelint-allow blanket-block: Begründung`",
                )
            } else {
                (
                    [
                        "Die Unterdrückung von ",
                        &Lang::De.join_ticked(names),
                        " hat nichts unterdrückt",
                    ]
                    .concat(),
                    "unterdrückt nichts",
                    "Entfernen Sie den Kommentar, oder setzen Sie ihn in die Zeile über dem Regelblock oder der \
                     Anweisung, für die er gedacht ist",
                )
            }
        }
    };
    new_finding(
        &UnusedSuppression,
        Some(comment),
        message,
        label,
        Some(help.into()),
    )
}

static EN: Doc = Doc {
    summary: "A suppression comment that suppresses nothing",
    explanation: "\
A `# guidelint-allow RULE: reason` comment switches a rule off for the item that follows it (on a \
line of its own) or the item on its line (after code). When nothing there triggers the named \
rule, the comment has no effect: the rule was fixed, the comment sits in the wrong place, or the \
rule name is a different one. Stale suppressions mislead the next reader and may hide a future \
finding, so guidelint asks you to remove or move them.

A name that is no rule at all is reported as `unknown-term` instead.",
    bad: "guideline \"Draft\" {\n  goal \"Dialogue\"\n  # guidelint-allow gag-rule: not needed here\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n}\n",
    good: "guideline \"Draft\" {\n  goal \"Dialogue\"\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Ein Unterdrückungskommentar, der nichts unterdrückt",
    explanation: "\
Ein Kommentar `# guidelint-allow REGEL: Begründung` schaltet eine Regel für das Element ab, das \
ihm folgt (wenn er in einer eigenen Zeile steht), oder für das Element in seiner Zeile (wenn er \
hinter Code steht). Löst dort nichts die genannte Regel aus, bleibt der Kommentar wirkungslos: Die \
Regel wurde behoben, der Kommentar steht an der falschen Stelle, oder es ist eine andere Regel \
gemeint. Veraltete Unterdrückungen führen die nächsten Lesenden in die Irre und können eine \
künftige Meldung verdecken; guidelint bittet Sie deshalb, sie zu entfernen oder zu verschieben.

Ein Name, der gar keine Regel ist, wird stattdessen als `unknown-term` gemeldet.",
    bad: "guideline \"Entwurf\" {\n  goal \"Dialog\"\n  # guidelint-allow gag-rule: hier nicht nötig\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n}\n",
    good: "guideline \"Entwurf\" {\n  goal \"Dialog\"\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n}\n",
};
