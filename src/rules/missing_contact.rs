//! `missing-contact`: the guideline has no `contact`.

use super::{Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct MissingContact;

static META: Meta = Meta {
    name: "missing-contact",
    category: RuleCategory::Openness,
    default_severity: Severity::Warning,
};

impl Rule for MissingContact {
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
        if cx.model.contacts.is_empty() {
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
            message: "this guideline names no contact for questions",
            label: "no `contact` in this guideline",
            help: "tell people whom they can ask, e.g. `contact \"social-media@acme.example\"`",
        },
        Lang::De => &Texts {
            message: "Diese Richtlinie nennt keine Ansprechperson für Fragen",
            label: "kein `contact` in dieser Richtlinie",
            help: "Sagen Sie, an wen man sich wenden kann, zum Beispiel `contact \"social-media@beispiel.example\"`",
        },
    }
}

static EN: Doc = Doc {
    summary: "The guideline does not say whom to ask",
    explanation: "\
Nobody can foresee every situation on social media. When a case is unclear, employees need a \
person or an address to turn to; without one, the safest choice is to stay silent, and the \
guideline quietly becomes a ban.

Evidence: a guideline works as an orientation aid rather than a law book (Udo Nadolski, Harvey \
Nash; seed 002), and an orientation aid only helps when people can ask someone. Open guidelines \
name that someone: Intel gives a social-media mail address, Tchibo points to an internal forum.",
    bad: "guideline \"Social media\" {\n  owner hr, sales\n  goal \"Customers find us where they talk about us\"\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Die Richtlinie sagt nicht, wen man fragen kann",
    explanation: "\
Niemand kann jede Situation in sozialen Medien vorhersehen. Ist ein Fall unklar, brauchen die \
Beschäftigten eine Person oder eine Adresse, an die sie sich wenden können; ohne sie ist Schweigen \
die sicherste Wahl, und die Richtlinie wird stillschweigend zum Verbot.

Beleg: Eine Richtlinie wirkt als Orientierungshilfe, nicht als Gesetzbuch: „Der von uns \
konzipierte Leitfaden ist nur eine Orientierungshilfe“ (Udo Nadolski, Harvey Nash; Seed 002). Eine \
Orientierungshilfe hilft aber nur, wenn man jemanden fragen kann. Offene Richtlinien nennen diese \
Stelle: Intel gibt eine eigene Social-Media-Adresse an, Tchibo verweist auf ein internes Forum.",
    bad: "guideline \"Social Media\" {\n  owner hr, sales\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn fires_without_a_contact_at_the_header() {
        let src = "# draft\nguideline \"G\" {\n  owner hr\n}\n";
        let found = fired(src, "missing-contact");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "guideline \"G\"");
    }

    #[test]
    fn quiet_with_a_contact() {
        let src = "guideline \"G\" { contact \"a@b.example\" }";
        assert!(fired(src, "missing-contact").is_empty());
    }

    #[test]
    fn quiet_with_several_contacts() {
        let src = "guideline \"G\" { contact \"a@b.example\" contact \"Intranet forum\" }";
        assert!(fired(src, "missing-contact").is_empty());
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("missing-contact")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "missing-contact").is_empty(), "bad");
        assert!(fired(doc.good, "missing-contact").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }
}
