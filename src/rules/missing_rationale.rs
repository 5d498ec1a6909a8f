//! `missing-rationale`: a `rule` block that restricts (`forbid`, `block`, `require`, `monitor`,
//! `allow only`) without a `because` and without a `consequence`.

use std::borrow::Cow;

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::vocab::Vocabulary;
use crate::semantics::{Effect, Statement};
use crate::syntax::ast::Modality;

pub struct MissingRationale;

static META: Meta = Meta {
    name: "missing-rationale",
    category: RuleCategory::Openness,
    default_severity: Severity::Info,
};

/// The keywords that make a statement restrictive.
fn is_restrictive(modality: Modality) -> bool {
    matches!(
        modality,
        Modality::Forbid
            | Modality::Block
            | Modality::Require
            | Modality::Monitor
            | Modality::AllowOnly
    )
}

impl Rule for MissingRationale {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// Statements that are not understood do not count (SPEC §4); a `consequence` with an
    /// unknown term is still a consequence (SPEC §11.1), and is left to `threat-without-reason`.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for block in &cx.model.rules {
            if block.because.is_some() || block.consequence.is_some() {
                continue;
            }
            let mut keywords: Vec<&'static str> = Vec::new();
            let mut first = None;
            for s in &block.statements {
                if s.understood && is_restrictive(s.modality) {
                    first.get_or_insert(s);
                    let keyword = s.modality.keyword();
                    if !keywords.contains(&keyword) {
                        keywords.push(keyword);
                    }
                }
            }
            let Some(first) = first else {
                continue;
            };
            let kind = kind(first, cx.vocab);
            let (message, label, help) =
                texts(cx.lang, &snippets::escaped(block.name), &keywords, &kind);
            out.push(cx.finding(self, block.header, message, label, help));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

/// What the first restrictive statement restricts, which decides the example reason: an
/// example is given only where it fits everything the statement restricts (a reason copied
/// from a help must not be false); otherwise the help says what a reason should name.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind<'v> {
    /// `monitor` of what is said about the organisation: `brand-mentions`, `customer-feedback`.
    ListeningToUs,
    /// `monitor` of the market: `competitors`, `industry-topics`.
    ListeningToMarket,
    /// Any other listening (`public-conversations`, a mix, a target from the configuration).
    Listening,
    /// `monitor` of people (employees, their accounts, applicants …), with the surveillance
    /// targets it names; also an `employee-surveillance` finding, unless that is suppressed or
    /// turned off, so the help must hold either way.
    Surveillance(Vec<&'v str>),
    /// Access only through the company's devices, network, or both.
    CompanyMeans { devices: bool, network: bool },
    /// `require … to disclose affiliation`.
    Disclosure,
    /// Customers' data.
    CustomerData,
    /// Personal data, of customers and of colleagues.
    PersonalData,
    /// Financial results.
    FinancialResults,
    /// Product plans, not announced yet.
    Unannounced,
    /// Trade secrets and confidential information (product plans among them).
    Secrets,
    /// Anything else (`internal-matters`, for one: they are not news to be announced later).
    Other,
}

/// The topic kinds with the topics each example reason fits, tried in this order; the first
/// that fits every restricted topic is taken.
const TOPIC_KINDS: [(Kind<'static>, &[&str]); 5] = [
    (Kind::PersonalData, &["personal-data"]),
    (Kind::CustomerData, &["customer-data"]),
    (Kind::FinancialResults, &["financial-results"]),
    (Kind::Unannounced, &["product-plans"]),
    (
        Kind::Secrets,
        &["trade-secrets", "confidential-information", "product-plans"],
    ),
];

fn kind<'v>(s: &Statement<'v>, vocab: &Vocabulary) -> Kind<'v> {
    let all_in = |terms: &[&str], fitting: &[&str]| {
        !terms.is_empty() && terms.iter().all(|t| fitting.contains(t))
    };
    if s.effect == Effect::Monitor {
        let watched: Vec<&str> = s
            .targets
            .iter()
            .copied()
            .filter(|t| vocab.is_surveillance_target(t))
            .collect();
        return if !watched.is_empty() {
            Kind::Surveillance(watched)
        } else if all_in(s.targets, &["brand-mentions", "customer-feedback"]) {
            Kind::ListeningToUs
        } else if all_in(s.targets, &["competitors", "industry-topics"]) {
            Kind::ListeningToMarket
        } else {
            Kind::Listening
        };
    }
    if s.effect == Effect::Require {
        return if s.action == Some("disclose") && all_in(&s.topics(), &["affiliation"]) {
            Kind::Disclosure
        } else {
            Kind::Other
        };
    }
    if s.action == Some("access") {
        // Only a restriction to the company's own means: with `private-devices` among them
        // the reason would not cover the whole rule.
        let using = s.using.unwrap_or_default();
        return if all_in(using, &["company-network", "company-devices"]) {
            Kind::CompanyMeans {
                devices: using.contains(&"company-devices"),
                network: using.contains(&"company-network"),
            }
        } else {
            Kind::Other
        };
    }
    // What is restricted: the `about` topics when there are some (`photos about
    // financial-results` restricts talking about results), otherwise the objects.
    let restricted = match s.about {
        Some(about) if !about.is_empty() => about,
        _ => s.objects,
    };
    TOPIC_KINDS
        .iter()
        .find(|(_, fitting)| all_in(restricted, fitting))
        .map_or(Kind::Other, |(kind, _)| kind.clone())
}

fn texts(
    lang: Lang,
    name: &str,
    keywords: &[&str],
    kind: &Kind<'_>,
) -> (String, &'static str, Cow<'static, str>) {
    match lang {
        Lang::En => {
            let help = match kind {
                Kind::ListeningToUs => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"We want \
                     to hear what people say about us\"`",
                ),
                Kind::ListeningToMarket => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"We want \
                     to know what is happening in our industry\"`",
                ),
                Kind::Listening => Cow::Borrowed(
                    "add the reason in a sentence people can agree with: a `because` that names \
                     what you want to learn by listening",
                ),
                // Worded to hold whether or not `employee-surveillance` is suppressed.
                Kind::Surveillance(watched) => [
                    "say in a `because` what this rule is for; a reason does not make watching ",
                    &lang.join_ticked(watched),
                    " acceptable, though: only ending the monitoring of people does (see \
                     `employee-surveillance`)",
                ]
                .concat()
                .into(),
                Kind::CompanyMeans { devices, network } => Cow::Borrowed(match (devices, network) {
                    (true, false) => {
                        "add the reason in a sentence people can agree with, e.g. `because \
                         \"Company devices are meant for work\"`"
                    }
                    (false, _) => {
                        "add the reason in a sentence people can agree with, e.g. `because \"The \
                         company network is meant for work\"`"
                    }
                    (true, true) => {
                        "add the reason in a sentence people can agree with, e.g. `because \
                         \"Company devices and the company network are meant for work\"`"
                    }
                }),
                Kind::Disclosure => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"Readers \
                     should know who is speaking\"`",
                ),
                Kind::CustomerData => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"Customer \
                     data belongs to our customers\"`",
                ),
                Kind::PersonalData => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"Personal \
                     data of customers and colleagues is protected by law\"`",
                ),
                Kind::Secrets => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"What \
                     sets us apart stays inside the company\"`",
                ),
                Kind::FinancialResults => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"Results \
                     are published to everyone at the same time\"`",
                ),
                Kind::Unannounced => Cow::Borrowed(
                    "add the reason in a sentence people can agree with, e.g. `because \"What is \
                     not announced yet stays inside until we announce it\"`",
                ),
                Kind::Other => Cow::Borrowed(
                    "add the reason in a sentence people can agree with: a `because` that names \
                     what this rule protects or prevents",
                ),
            };
            (
                [
                    "rule \"",
                    name,
                    "\" uses ",
                    &lang.join_ticked(keywords),
                    " but does not say why",
                ]
                .concat(),
                "no `because` in this rule",
                help,
            )
        }
        Lang::De => {
            let help = match kind {
                Kind::ListeningToUs => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Wir wollen hören, was man über uns sagt\"`",
                ),
                Kind::ListeningToMarket => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Wir wollen wissen, was in unserer Branche geschieht\"`",
                ),
                Kind::Listening => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann: ein \
                     `because`, das nennt, was Sie durch das Zuhören erfahren wollen",
                ),
                Kind::Surveillance(watched) => [
                    "Sagen Sie in einem `because`, wozu diese Regel dient; eine Begründung macht \
                     die Überwachung von ",
                    &lang.join_ticked(watched),
                    " allerdings nicht annehmbar: Das gelingt nur, wenn niemand mehr überwacht \
                     wird (siehe `employee-surveillance`)",
                ]
                .concat()
                .into(),
                Kind::CompanyMeans { devices, network } => Cow::Borrowed(match (devices, network) {
                    (true, false) => {
                        "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                         Beispiel `because \"Firmengeräte sind für die Arbeit da\"`"
                    }
                    (false, _) => {
                        "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                         Beispiel `because \"Das Firmennetz ist für die Arbeit da\"`"
                    }
                    (true, true) => {
                        "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                         Beispiel `because \"Firmengeräte und Firmennetz sind für die Arbeit \
                         da\"`"
                    }
                }),
                Kind::Disclosure => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Wer mitliest, soll wissen, wer spricht\"`",
                ),
                Kind::CustomerData => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Kundendaten gehören unserer Kundschaft\"`",
                ),
                Kind::PersonalData => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Personenbezogene Daten von Kundschaft und Kollegium \
                     schützt das Gesetz\"`",
                ),
                Kind::Secrets => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Was uns auszeichnet, bleibt im Unternehmen\"`",
                ),
                Kind::FinancialResults => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Ergebnisse erfahren alle zur selben Zeit\"`",
                ),
                Kind::Unannounced => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann, zum \
                     Beispiel `because \"Was noch nicht angekündigt ist, bleibt im Haus, bis wir \
                     es ankündigen\"`",
                ),
                Kind::Other => Cow::Borrowed(
                    "Ergänzen Sie die Begründung in einem Satz, dem man zustimmen kann: ein \
                     `because`, das nennt, was diese Regel schützt oder verhindert",
                ),
            };
            (
                [
                    "Die Regel „",
                    name,
                    "“ verwendet ",
                    &lang.join_ticked(keywords),
                    ", sagt aber nicht, warum",
                ]
                .concat(),
                "kein `because` in dieser Regel",
                help,
            )
        }
    }
}

static EN: Doc = Doc {
    summary: "A restriction without a reason",
    explanation: "\
A rule that forbids, blocks, requires or monitors something without saying why reads like an \
order. Employees follow rules they understand, and they can apply the reason to cases the rule \
did not foresee. A `because` turns a command into advice. Rules that do not restrict \
(`allow`, `encourage`) do not need one; `allow only` does, since it forbids everyone else. A \
rule with a `consequence` is not flagged here: a threat without a reason is the finding \
`threat-without-reason`.

Evidence: customer and employee loyalty come from appreciation, authenticity and transparency, \
and companies have to build these into their communication policy (seed 002). Daimler called its \
2010 text a guide (\"Leitfaden\"), not a regulation.",
    bad: "guideline \"Social media\" {\n  rule \"Confidentiality\" {\n    forbid everyone to disclose customer-data\n  }\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Confidentiality\" {\n    forbid everyone to disclose customer-data\n    because \"Customer data belongs to our customers, not to us\"\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Eine Einschränkung ohne Begründung",
    explanation: "\
Eine Regel, die etwas verbietet, sperrt, verlangt oder überwacht, ohne zu sagen, warum, liest sich \
wie ein Befehl. Beschäftigte halten sich an Regeln, die sie verstehen, und sie können die Begründung \
auf Fälle übertragen, die die Regel nicht vorhergesehen hat. Ein `because` macht aus einem Befehl \
einen Rat. Regeln, die nichts einschränken (`allow`, `encourage`), brauchen keines; \
`allow only` schon, denn es verbietet allen anderen etwas. Eine Regel mit `consequence` wird hier \
nicht gemeldet: Eine Drohung ohne Begründung meldet `threat-without-reason`.

Beleg: „Die Kundenbindung erzeuge ich durch Wertschätzung, Echtheit und Transparenz. Das muss ich \
als Unternehmen in der Informations- und Kommunikationspolitik berücksichtigen“ (Udo Nadolski; \
Seed 002). Daimler nannte seinen Text 2010 einen „Leitfaden“, keine Vorschrift.",
    bad: "guideline \"Social Media\" {\n  rule \"Vertraulichkeit\" {\n    forbid everyone to disclose customer-data\n  }\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Vertraulichkeit\" {\n    forbid everyone to disclose customer-data\n    because \"Kundendaten gehören unserer Kundschaft, nicht uns\"\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    fn one_rule(body: &str) -> String {
        format!("guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n  }}\n}}\n")
    }

    /// The example reason fits what the rule restricts, and the message names the keywords.
    #[test]
    fn the_example_fits_the_restriction() {
        let help = |body: &str| fired(&one_rule(body), "missing-rationale")[0].clone();
        let listening = help("monitor brand-mentions");
        assert_eq!(
            listening.message,
            "rule \"R\" uses `monitor` but does not say why"
        );
        assert!(listening.help.unwrap().contains("what people say about us"));
        let access = help("block tiktok for interns using company-network");
        assert!(access
            .help
            .unwrap()
            .contains("`because \"The company network is meant for work\"`"));
        let duty = help("require employees to disclose affiliation");
        assert!(duty.help.unwrap().contains("who is speaking"));
        // No example where none is known to fit: a copied reason must not be false.
        for body in [
            "block tiktok for interns",
            "forbid interns to comment on reddit",
            "require managers to post photos",
            "allow only pr to post using company-accounts",
        ] {
            let help = help(body).help.unwrap();
            assert!(
                help.ends_with("names what this rule protects or prevents"),
                "{body}: {help}"
            );
        }
        let results = help("forbid everyone to post about financial-results");
        assert!(results.help.unwrap().contains("at the same time"));
        let plans = help("forbid everyone to disclose product-plans");
        assert!(plans.help.unwrap().contains("not announced yet"));
        // Trade secrets are not news to be announced later, and personal data is also
        // colleagues' (edit 16, item 12).
        for body in [
            "forbid everyone to disclose trade-secrets",
            "forbid everyone to disclose confidential-information",
            "forbid everyone to disclose trade-secrets, product-plans",
        ] {
            let secrets = help(body).help.unwrap();
            assert!(
                secrets.ends_with("`because \"What sets us apart stays inside the company\"`"),
                "{body}: {secrets}"
            );
        }
        let personal = help("forbid everyone to disclose personal-data")
            .help
            .unwrap();
        assert!(
            personal.ends_with(
                "`because \"Personal data of customers and colleagues is protected by law\"`"
            ),
            "{personal}"
        );
        let de = crate::rules::testing::lint_in(
            &one_rule("forbid everyone to disclose personal-data"),
            crate::Lang::De,
        );
        let de = de.iter().find(|f| f.rule == "missing-rationale").unwrap();
        assert!(
            de.help
                .as_deref()
                .unwrap()
                .contains("Personenbezogene Daten"),
            "{de:?}"
        );
        // Watching people is not listening: no reason about customers for it.
        let watching = help("monitor employee-accounts").help.unwrap();
        assert!(!watching.contains("customers"), "{watching}");
        assert!(
            watching.contains("does not make watching `employee-accounts` acceptable"),
            "{watching}"
        );
        let speech = help("forbid everyone to disclose customer-data\n    monitor brand-mentions");
        assert_eq!(
            speech.message,
            "rule \"R\" uses `forbid` and `monitor` but does not say why"
        );
        assert!(speech.help.unwrap().contains("Customer data"));
    }

    /// Each example reason fits everything its statement restricts, in both languages; where
    /// none is known to fit, the help only says what a reason should name (review 20, item 2).
    #[test]
    fn no_example_that_does_not_fit() {
        let helps = |body: &str| {
            let src = one_rule(body);
            let de = crate::rules::testing::lint_in(&src, crate::Lang::De);
            let de = de.iter().find(|f| f.rule == "missing-rationale").unwrap();
            (
                fired(&src, "missing-rationale")[0].help.clone().unwrap(),
                de.help.clone().unwrap(),
            )
        };
        let example = |body: &str| {
            let (en, de) = helps(body);
            let quoted = |h: &str| h.split_once("`because \"").map(|(_, r)| r.to_owned());
            (quoted(&en), quoted(&de))
        };
        // Internal matters are not news to be announced later.
        for body in [
            "forbid managers to post internal-matters",
            "forbid employees to post photos about internal-matters",
            "forbid everyone to disclose product-plans, internal-matters",
        ] {
            let (en, de) = helps(body);
            assert!(
                en.ends_with("names what this rule protects or prevents"),
                "{body}: {en}"
            );
            assert!(
                de.ends_with("was diese Regel schützt oder verhindert"),
                "{body}: {de}"
            );
        }
        // Competitors are not customers talking about us.
        assert_eq!(
            example("monitor competitors"),
            (
                Some("We want to know what is happening in our industry\"`".to_owned()),
                Some("Wir wollen wissen, was in unserer Branche geschieht\"`".to_owned())
            )
        );
        assert_eq!(
            example("monitor customer-feedback on facebook"),
            (
                Some("We want to hear what people say about us\"`".to_owned()),
                Some("Wir wollen hören, was man über uns sagt\"`".to_owned())
            )
        );
        for body in [
            "monitor public-conversations",
            "monitor brand-mentions, competitors",
        ] {
            let (en, de) = helps(body);
            assert!(
                en.ends_with("what you want to learn by listening"),
                "{body}: {en}"
            );
            assert!(
                de.ends_with("durch das Zuhören erfahren wollen"),
                "{body}: {de}"
            );
        }
        // Not every organisation has a production network.
        assert_eq!(
            example("forbid interns to access xing using company-network"),
            (
                Some("The company network is meant for work\"`".to_owned()),
                Some("Das Firmennetz ist für die Arbeit da\"`".to_owned())
            )
        );
        assert_eq!(
            example("block any-platform for everyone using company-devices"),
            (
                Some("Company devices are meant for work\"`".to_owned()),
                Some("Firmengeräte sind für die Arbeit da\"`".to_owned())
            )
        );
        for body in [
            "block xing for interns using company-network, private-devices",
            "require employees to access linkedin using company-devices",
            "require employees to disclose affiliation, opinions",
            "forbid everyone to disclose customer-data, opinions",
        ] {
            assert_eq!(example(body), (None, None), "{body}");
        }
        // The `about` topics are what is restricted; `photos` is only the form.
        let (results, _) = example("forbid employees to post photos about financial-results");
        assert!(results.unwrap().starts_with("Results are published"));
    }

    /// A `monitor` of people names who is watched (not always employees), and does not claim
    /// the `employee-surveillance` finding stays: it may be suppressed or turned off.
    #[test]
    fn watching_people_names_who_is_watched() {
        let src = "guideline \"G\" {\n  rule \"Bewerbercheck\" { monitor applicants, brand-mentions on facebook, instagram }\n}\n";
        let en = fired(src, "missing-rationale")[0].help.clone().unwrap();
        assert_eq!(
            en,
            "say in a `because` what this rule is for; a reason does not make watching \
             `applicants` acceptable, though: only ending the monitoring of people does (see \
             `employee-surveillance`)"
        );
        assert!(!en.contains("employees") && !en.contains("stays"), "{en}");
        let de = crate::rules::testing::lint_in(src, crate::Lang::De);
        let de = de.iter().find(|f| f.rule == "missing-rationale").unwrap();
        let de = de.help.as_deref().unwrap();
        assert!(
            de.contains("macht die Überwachung von `applicants` allerdings nicht annehmbar"),
            "{de}"
        );
        assert!(
            !de.contains("Beschäftigten") && !de.contains("bleibt"),
            "{de}"
        );
        // Suppressed, the finding is gone; the help still holds.
        let suppressed = src.replace(
            "rule \"Bewerbercheck\"",
            "# guidelint-allow employee-surveillance: trial\n  rule \"Bewerbercheck\"",
        );
        let found = crate::rules::testing::lint(&suppressed);
        assert!(found
            .iter()
            .any(|f| f.rule == "employee-surveillance" && f.suppressed.is_some()));
        assert_eq!(
            fired(&suppressed, "missing-rationale")[0].help.as_deref(),
            Some(&*en)
        );
    }

    #[test]
    fn fires_at_the_rule_header() {
        let src = one_rule("forbid everyone to disclose customer-data");
        let found = fired(&src, "missing-rationale");
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "rule \"R\"");
        assert!(found[0].message.contains("`forbid`"));
    }

    #[test]
    fn fires_for_every_restrictive_keyword() {
        for body in [
            "block tiktok",
            "require employees to disclose affiliation",
            "monitor brand-mentions",
            "allow only pr to speak-for-company",
        ] {
            assert_eq!(
                fired(&one_rule(body), "missing-rationale").len(),
                1,
                "{body}"
            );
        }
    }

    #[test]
    fn names_each_keyword_once() {
        let src = one_rule("block tiktok\n    block xing\n    allow only pr to speak-for-company");
        let found = fired(&src, "missing-rationale");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("`block` and `allow only`"));
    }

    #[test]
    fn quiet_with_because_or_consequence() {
        let src = one_rule("block tiktok\n    because \"bandwidth\"");
        assert!(fired(&src, "missing-rationale").is_empty());
        let src = one_rule("block tiktok\n    consequence reminder");
        assert!(fired(&src, "missing-rationale").is_empty());
        // SPEC §11.1: an unknown consequence is still a consequence.
        let src = one_rule("block tiktok\n    consequence scolding");
        assert!(fired(&src, "missing-rationale").is_empty());
    }

    #[test]
    fn quiet_for_permissions_and_empty_blocks() {
        let src = one_rule(
            "allow employees to access any-platform\n    encourage employees to share job-offers",
        );
        assert!(fired(&src, "missing-rationale").is_empty());
        assert!(fired(&one_rule(""), "missing-rationale").is_empty());
    }

    #[test]
    fn statements_that_are_not_understood_do_not_count() {
        let src = one_rule("block facebok\n    allow employees to access any-platform");
        assert!(fired(&src, "missing-rationale").is_empty());
        // One understood restriction is enough.
        let src = one_rule("block facebok\n    forbid everyone to disclose customer-data");
        let found = fired(&src, "missing-rationale");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("`forbid`"));
        assert!(!found[0].message.contains("`block`"));
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("missing-rationale")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "missing-rationale").is_empty(), "bad");
        assert!(fired(doc.good, "missing-rationale").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }
}
