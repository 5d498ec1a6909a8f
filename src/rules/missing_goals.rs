//! `missing-goals`: the guideline has no `goal`.

use super::{Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct MissingGoals;

static META: Meta = Meta {
    name: "missing-goals",
    category: RuleCategory::Openness,
    default_severity: Severity::Warning,
};

impl Rule for MissingGoals {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.model.goals.is_empty() {
            let t = texts(cx.lang);
            out.push(cx.finding(self, cx.model.header, t.message.to_owned(), t.label, t.help));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    message: &'static str,
    label: &'static str,
    help: &'static str,
}

fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &Texts {
            message: "this guideline names no goal",
            label: "no `goal` in this guideline",
            help: "say what the organisation wants to achieve, e.g. `goal \"Be a helpful voice in conversations about our products\"`",
        },
        Lang::De => &Texts {
            message: "Diese Richtlinie nennt kein Ziel",
            label: "kein `goal` in dieser Richtlinie",
            help: "Sagen Sie, was Ihre Organisation erreichen möchte, zum Beispiel `goal \"Eine hilfreiche Stimme in Gesprächen über unsere Produkte sein\"`",
        },
    }
}

static EN: Doc = Doc {
    summary: "The guideline does not say what it wants to achieve",
    explanation: "\
A guideline without goals can only list what is forbidden. Goals tell employees what the \
organisation hopes for on social media (being reachable, being a helpful voice, finding new \
colleagues) and give every rule a yardstick: a rule that serves no goal is a candidate for removal.

Evidence: clear goal definitions are the prerequisite for evaluating any social-media strategy \
(Ingo Notthoff, BVDW; seed 003).",
    bad: "guideline \"Social media\" {\n  owner hr, sales\n  contact \"social@acme.example\"\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Die Richtlinie sagt nicht, was sie erreichen will",
    explanation: "\
Eine Richtlinie ohne Ziele kann nur aufzählen, was verboten ist. Ziele sagen den Beschäftigten, \
was sich die Organisation von sozialen Medien erhofft (erreichbar sein, eine hilfreiche Stimme \
sein, neue Kolleginnen und Kollegen finden), und sie geben jeder Regel einen Maßstab: Eine Regel, \
die keinem Ziel dient, kann wahrscheinlich weg.

Beleg: „Wie bei jeder Kommunikationsmaßnahme sind klare Zieldefinitionen Voraussetzung für die \
Bewertung einer Social-Media-Strategie“ (Ingo Notthoff, BVDW; Seed 003).",
    bad: "guideline \"Social Media\" {\n  owner hr, sales\n  contact \"social-media@beispiel.example\"\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn fires_without_a_goal_at_the_header() {
        let src = "guideline \"G\" {\n  owner hr\n}\n";
        let found = fired(src, "missing-goals");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "guideline \"G\"");
    }

    #[test]
    fn quiet_with_a_goal() {
        let src = "guideline \"G\" { goal \"x\" }";
        assert!(fired(src, "missing-goals").is_empty());
    }
}
