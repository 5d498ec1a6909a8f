//! `no-service-channel`: no `channel` has purpose `service`, `support` or `dialogue`.

use super::{Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct NoServiceChannel;

static META: Meta = Meta {
    name: "no-service-channel",
    category: RuleCategory::Openness,
    default_severity: Severity::Info,
};

impl Rule for NoServiceChannel {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// Configured `two-way-purposes` do not count (SPEC §11.13): only `service`, `support` and
    /// `dialogue` promise answers.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let serves = cx
            .model
            .channels
            .iter()
            .any(|c| c.purpose_terms().any(|p| cx.vocab.is_service_purpose(p)));
        if !serves {
            let t = texts(cx.lang);
            let message = if cx.model.channels.is_empty() {
                t.message_no_channel
            } else {
                t.message
            };
            out.push(cx.finding(self, cx.model.header, message.to_owned(), t.label, t.help));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    message: &'static str,
    message_no_channel: &'static str,
    label: &'static str,
    help: &'static str,
}

fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &Texts {
            message: "none of the channels has purpose `service`, `support` or `dialogue`, so customers cannot expect answers there",
            message_no_channel: "this guideline names no channel where customers can reach the company (purpose `service`, `support` or `dialogue`)",
            label: "no service channel in this guideline",
            help: "name a channel where people get answers, e.g. `channel twitter \"@acme_help\" { purpose service respond within 4h staffed by customer-service }`",
        },
        Lang::De => &Texts {
            message: "Keiner der Kanäle hat den Zweck `service`, `support` oder `dialogue`; dort kann die Kundschaft also keine Antworten erwarten",
            message_no_channel: "Diese Richtlinie nennt keinen Kanal, über den die Kundschaft das Unternehmen erreichen kann (Zweck `service`, `support` oder `dialogue`)",
            label: "kein Servicekanal in dieser Richtlinie",
            help: "Nennen Sie einen Kanal, auf dem Menschen Antworten bekommen, zum Beispiel `channel twitter \"@beispiel_hilfe\" { purpose service respond within 4h staffed by customer-service }`",
        },
    }
}

static EN: Doc = Doc {
    summary: "No channel is there to answer customers",
    explanation: "\
Customers expect to reach a company where they already are. A guideline whose channels only \
broadcast (marketing, announcements) or gather a community, with none for service, support or \
dialogue, leaves them without an address on social media: their questions and complaints go \
unanswered in public.

Evidence: many companies cannot be reached on social media the way they can by e-mail or phone \
(seed 002). On average 29 % of service interactions already happen online, and in a bank's pilot \
online dialogue more than quadrupled completed purchases (seed 001). Yet only 43 % of the \
companies asked worldwide had begun to use social media in the past year, and only 11 % had been \
talking with customers on social networks for three years or more (Genesys 2012; seed 002).",
    bad: "guideline \"Social media\" {\n  owner hr, sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n  channel instagram \"@acme\" {\n    purpose community\n  }\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n  channel twitter \"@acme_help\" {\n    purpose service, dialogue\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Kein Kanal ist dafür da, der Kundschaft zu antworten",
    explanation: "\
Kundinnen und Kunden erwarten, ein Unternehmen dort zu erreichen, wo sie ohnehin sind. Eine \
Richtlinie, deren Kanäle nur senden (Marketing, Ankündigungen) oder eine Gemeinschaft pflegen, ohne \
einen für Service, Support oder Dialog, lässt sie in sozialen Medien ohne Anlaufstelle; deren Fragen \
und Beschwerden bleiben öffentlich unbeantwortet.

Beleg: „Viele Unternehmen seien noch nicht über Social Media ansprechbar – jedenfalls nicht so wie \
über E-Mail oder Telefon“ (Seed 002). „Im Durchschnitt finden 29 Prozent aller \
Service-Interaktionen zwischen Unternehmen und ihren Kunden im Internet statt – nicht am \
Telefon“, und in einem Pilotprojekt der UniCredit Bank hat sich der Anteil erfolgreicher \
Kaufabschlüsse über Online-Dialoge mehr als vervierfacht (Seed 001). Dennoch „haben erst \
43 Prozent der weltweit befragten Unternehmen im vergangenen Jahr mit der Nutzung von Social Media \
begonnen. Nur elf Prozent nutzen soziale Netzwerke seit drei Jahren oder länger für die \
Kommunikation mit Kunden“ (Genesys 2012; Seed 002).",
    bad: "guideline \"Social Media\" {\n  owner hr, sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n  channel instagram \"@beispiel\" {\n    purpose community\n  }\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service, dialogue\n    respond within 4h\n    staffed by customer-service\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn fires_without_channels_at_the_header() {
        let src = "guideline \"G\" {\n  owner hr\n}\n";
        let found = fired(src, "no-service-channel");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "guideline \"G\"");
        assert_eq!(found[0].severity, crate::Severity::Info);
    }

    #[test]
    fn fires_when_channels_only_broadcast_or_build_community() {
        let src = "guideline \"G\" {\n  channel facebook { purpose marketing }\n  channel xing { purpose recruiting, community, feedback }\n}\n";
        assert_eq!(fired(src, "no-service-channel").len(), 1);
    }

    #[test]
    fn quiet_with_any_service_purpose() {
        for purpose in ["service", "support", "dialogue"] {
            let src = format!(
                "guideline \"G\" {{ channel facebook {{ purpose marketing, {purpose} }} }}"
            );
            assert!(fired(&src, "no-service-channel").is_empty(), "{purpose}");
        }
    }

    #[test]
    fn a_service_purpose_in_a_later_clause_counts() {
        let src = "guideline \"G\" { channel facebook { purpose marketing purpose support } }";
        assert!(fired(src, "no-service-channel").is_empty());
    }

    #[test]
    fn configured_two_way_purposes_do_not_count() {
        let mut config = crate::Config::default();
        config
            .vocabulary
            .add_term(crate::semantics::Category::Purpose, "help");
        let src = "guideline \"G\" { channel facebook { purpose help } }";
        let report = crate::check_source("t.guideline", src, &config);
        assert!(report
            .findings
            .iter()
            .any(|f| f.rule == "no-service-channel"));
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("no-service-channel")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "no-service-channel").is_empty(), "bad");
        assert!(fired(doc.good, "no-service-channel").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }
}
