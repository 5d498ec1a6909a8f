//! `missing-owner`: the guideline has no `owner`.

use super::{Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct MissingOwner;

static META: Meta = Meta {
    name: "missing-owner",
    category: RuleCategory::Openness,
    default_severity: Severity::Info,
};

impl Rule for MissingOwner {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// An `owner` clause counts even when a term in it is unknown (SPEC §11.1).
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.model.owners.is_empty() {
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
            message: "this guideline does not say which departments own it",
            label: "no `owner` in this guideline",
            help: "name the departments that keep it up to date, e.g. `owner hr, customer-service, sales and marketing`",
        },
        Lang::De => &Texts {
            message: "Diese Richtlinie sagt nicht, welche Abteilungen für sie verantwortlich sind",
            label: "kein `owner` in dieser Richtlinie",
            help: "Nennen Sie die Abteilungen, die die Richtlinie aktuell halten, zum Beispiel `owner hr, customer-service, sales and marketing`",
        },
    }
}

static EN: Doc = Doc {
    summary: "The guideline does not say who owns it",
    explanation: "\
A guideline needs owners: departments that answer questions, keep it current and change it when \
practice shows a rule does not work. Naming them also shows who takes part. Social media touches \
the whole company, so the owners should reach beyond the press office.

Evidence: social media can no longer be the task of PR or marketing alone; HR, sales and customer \
service have to be involved, and a lack of internal cooperation is a hurdle for 37 % of companies \
(BVDW survey 2012; seed 003).",
    bad: "guideline \"Social media\" {\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Die Richtlinie sagt nicht, wer für sie verantwortlich ist",
    explanation: "\
Eine Richtlinie braucht Verantwortliche: Abteilungen, die Fragen beantworten, sie aktuell halten \
und sie ändern, wenn sich in der Praxis zeigt, dass eine Regel nicht funktioniert. Sie zu nennen, \
zeigt auch, wer mitwirkt. Soziale Medien betreffen das ganze Unternehmen, deshalb sollten die \
Verantwortlichen über die Pressestelle hinausreichen.

Beleg: „Social Media wird künftig nicht mehr die alleinige Aufgabe von Public Relations oder \
Marketing sein. Vielmehr müssen alle Fachbereiche wie die Personalabteilung, der Vertrieb und \
natürlich auch der Kundenservice in den Prozess mit einbezogen werden“ (Ingo Notthoff, BVDW; \
Seed 003). Eine fehlende interne Zusammenarbeit ist für 37 % der Unternehmen eine Hürde \
(BVDW-Umfrage 2012; Seed 003).",
    bad: "guideline \"Social Media\" {\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn fires_without_an_owner_at_the_header() {
        let src = "guideline \"G\" {\n  contact \"x\"\n}\n";
        let found = fired(src, "missing-owner");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "guideline \"G\"");
        assert_eq!(found[0].severity, crate::Severity::Info);
    }

    #[test]
    fn quiet_with_an_owner() {
        assert!(fired("guideline \"G\" { owner hr }", "missing-owner").is_empty());
    }

    #[test]
    fn an_owner_with_an_unknown_term_still_counts() {
        // SPEC §11.1
        let src = "guideline \"G\" { owner foo }";
        assert!(fired(src, "missing-owner").is_empty());
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("missing-owner")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "missing-owner").is_empty(), "bad");
        assert!(fired(doc.good, "missing-owner").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }
}
