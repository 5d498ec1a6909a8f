//! `narrow-ownership`: there are owners, and every owner is `marketing` or `pr`.

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct NarrowOwnership;

static META: Meta = Meta {
    name: "narrow-ownership",
    category: RuleCategory::Openness,
    default_severity: Severity::Warning,
};

/// The departments that make ownership narrow when they are the only owners.
const COMMUNICATION_DEPARTMENTS: [&str; 2] = ["marketing", "pr"];

/// The departments the help suggests adding.
const SUGGESTED: [&str; 3] = ["hr", "customer-service", "sales"];

impl Rule for NarrowOwnership {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// Clauses with an unknown term are ignored (SPEC §11.1); the span is the first clause that
    /// is judged.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut clauses = cx.model.owners.iter().filter(|c| c.complete);
        let Some(first) = clauses.clone().next() else {
            return;
        };
        let mut owners: Vec<&str> = Vec::new();
        for clause in clauses.by_ref() {
            for term in clause.terms {
                if !COMMUNICATION_DEPARTMENTS.contains(term) {
                    return;
                }
                if !owners.contains(term) {
                    owners.push(term);
                }
            }
        }
        if owners.is_empty() {
            return;
        }
        let skipped = cx.model.owners.iter().any(|c| !c.complete);
        let (mut message, label, help) = texts(cx.lang, &owners);
        if skipped {
            // The reader sees the other owners in the file: say why they do not count.
            message.push_str(match cx.lang {
                Lang::En => " (an owner clause with an unknown word is not judged)",
                Lang::De => {
                    " (eine `owner`-Klausel mit einem unbekannten Wort wird nicht beurteilt)"
                }
            });
        }
        out.push(cx.finding(self, first.span, message, label, help));
    }
}

// ---- texts ---------------------------------------------------------------------------------

fn texts(lang: Lang, owners: &[&str]) -> (String, String, String) {
    let mut suggested: Vec<&str> = owners.to_vec();
    suggested.extend(SUGGESTED);
    match lang {
        Lang::En => {
            let verb = if owners.len() == 1 { "owns" } else { "own" };
            (
                [
                    "only ",
                    &lang.join_ticked(owners),
                    " ",
                    verb,
                    " this guideline; the departments that talk with customers and colleagues are \
                     missing",
                ]
                .concat(),
                ["owned by ", &lang.join(owners), " alone"].concat(),
                [
                    "share the ownership with the departments that live with the rules, e.g. `owner ",
                    &snippets::list(&suggested),
                    "`",
                ]
                .concat(),
            )
        }
        Lang::De => {
            let verb = if owners.len() == 1 { "ist" } else { "sind" };
            let owners = lang.join_ticked(owners);
            (
                format!(
                    "Nur {owners} {verb} für diese Richtlinie verantwortlich; es fehlen die Abteilungen, die mit \
                     Kundschaft und Belegschaft sprechen"
                ),
                format!("nur {owners} verantwortlich"),
                format!(
                    "Teilen Sie die Verantwortung mit den Abteilungen, die mit den Regeln leben, zum Beispiel `owner {}`",
                    snippets::list(&suggested)
                ),
            )
        }
    }
}

static EN: Doc = Doc {
    summary: "Only marketing or PR own the guideline",
    explanation: "\
When only marketing or the press office own a guideline, it tends to treat social media as a \
broadcast channel and employees as a risk to the message. The people who actually talk with \
customers, applicants and colleagues (customer service, sales, HR) have no voice in it.

Evidence: social media can no longer be the task of PR or marketing alone; HR, sales and customer \
service have to be involved (BVDW survey 2012; seed 003). A lack of internal cooperation is a \
hurdle for 37 % of the companies asked (same survey).",
    bad: "guideline \"Social media\" {\n  owner pr and marketing\n  contact \"press@acme.example\"\n  goal \"Customers find us where they talk about us\"\n}\n",
    good: "guideline \"Social media\" {\n  owner pr, marketing, hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Nur Marketing oder Pressestelle sind für die Richtlinie verantwortlich",
    explanation: "\
Sind nur das Marketing oder die Pressestelle für eine Richtlinie verantwortlich, behandelt sie \
soziale Medien meist als Sendekanal und die Beschäftigten als Risiko für die Botschaft. Wer \
tatsächlich mit Kundschaft, Bewerbenden und der Belegschaft spricht (Kundenservice, Vertrieb, \
Personalabteilung), hat darin keine Stimme.

Beleg: „Social Media wird künftig nicht mehr die alleinige Aufgabe von Public Relations oder \
Marketing sein. Vielmehr müssen alle Fachbereiche wie die Personalabteilung, der Vertrieb und \
natürlich auch der Kundenservice in den Prozess mit einbezogen werden“ (Ingo Notthoff, BVDW; \
Seed 003). Eine fehlende interne Zusammenarbeit ist für 37 % der befragten Unternehmen eine \
Hürde (BVDW-Umfrage 2012).",
    bad: "guideline \"Social Media\" {\n  owner pr and marketing\n  contact \"presse@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n}\n",
    good: "guideline \"Social Media\" {\n  owner pr, marketing, hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn fires_at_the_first_owner_clause() {
        let src = "guideline \"G\" {\n  owner pr\n  owner marketing\n}\n";
        let found = fired(src, "narrow-ownership");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "owner pr");
        assert!(found[0].message.contains("`pr` and `marketing`"));
        assert!(found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`owner pr, marketing, hr, customer-service and sales`"));
    }

    #[test]
    fn aliases_count_as_their_canonical_term() {
        let src = "guideline \"G\" { owner corporate-communications }";
        let found = fired(src, "narrow-ownership");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("`pr`"));
    }

    #[test]
    fn quiet_with_mixed_owners() {
        let src = "guideline \"G\" { owner pr, hr }";
        assert!(fired(src, "narrow-ownership").is_empty());
    }

    #[test]
    fn quiet_with_mixed_owners_over_several_clauses() {
        let src = "guideline \"G\" { owner marketing owner sales }";
        assert!(fired(src, "narrow-ownership").is_empty());
    }

    #[test]
    fn quiet_without_owners() {
        assert!(fired("guideline \"G\" { }", "narrow-ownership").is_empty());
    }

    #[test]
    fn clauses_with_an_unknown_term_are_ignored() {
        // SPEC §11.1: `owner pr, foo` is not judged.
        let src = "guideline \"G\" { owner pr, foo }";
        assert!(fired(src, "narrow-ownership").is_empty());
        // …and a clause with an unknown term cannot make ownership broad either.
        let src = "guideline \"G\" {\n  owner hr, foo\n  owner pr\n}";
        let found = fired(src, "narrow-ownership");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "owner pr");
        assert!(
            found[0]
                .message
                .ends_with("(an owner clause with an unknown word is not judged)"),
            "{}",
            found[0].message
        );
        let plain = fired("guideline \"G\" {\n  owner pr\n}", "narrow-ownership");
        assert!(!plain[0].message.contains("unknown"));
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("narrow-ownership")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "narrow-ownership").is_empty(), "bad");
        assert!(fired(doc.good, "narrow-ownership").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }
}
