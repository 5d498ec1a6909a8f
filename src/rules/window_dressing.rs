//! `window-dressing`: a channel offers service, support or dialogue without the commitments
//! behind it (a response time of at most a day, and people who staff it).

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::model::Channel;

pub struct WindowDressing;

static META: Meta = Meta {
    name: "window-dressing",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Warning,
};

/// The longest acceptable promise: 24 hours (exactly a day is fine).
const MAX_MINUTES: u64 = 24 * 60;

/// What a service channel lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Reason {
    /// No `respond within`.
    NoPromise,
    /// `respond within` more than 24h: the duration as written (`48h`).
    Slow(String),
    /// No `staffed by`.
    NoStaff,
}

fn reasons(channel: &Channel, source: &str) -> Vec<Reason> {
    let mut reasons = Vec::new();
    match channel.respond_within {
        None => reasons.push(Reason::NoPromise),
        Some(minutes) if minutes > MAX_MINUTES => {
            let written = channel
                .respond_duration
                .and_then(|span| source.get(span.range()))
                .map_or_else(|| snippets::duration(minutes), str::to_owned);
            reasons.push(Reason::Slow(written));
        }
        Some(_) => {}
    }
    // A `staffed by` clause counts even when its terms are unknown (SPEC §11.1).
    if channel.staffed_by.is_none() {
        reasons.push(Reason::NoStaff);
    }
    reasons
}

impl Rule for WindowDressing {
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
        for channel in &cx.model.channels {
            let mut offers: Vec<&str> = Vec::new();
            for p in channel.purpose_terms() {
                if cx.vocab.is_service_purpose(p) && !offers.contains(&p) {
                    offers.push(p);
                }
            }
            let reasons = reasons(channel, cx.source);
            if offers.is_empty() || reasons.is_empty() {
                continue;
            }
            let t = Texts {
                lang: cx.lang,
                channel: snippets::channel(channel, cx.source),
                offers: offers.into_iter().map(str::to_owned).collect(),
                reasons,
            };
            out.push(cx.finding(self, channel.header, t.message(), t.label(), t.help()));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    lang: Lang,
    /// `channel twitter "@acme"`.
    channel: String,
    /// The service purposes: `service`, `dialogue`.
    offers: Vec<String>,
    reasons: Vec<Reason>,
}

impl Texts {
    fn message(&self) -> String {
        match self.lang {
            Lang::En => {
                let reasons: Vec<String> = self
                    .reasons
                    .iter()
                    .map(|r| match r {
                        Reason::NoPromise => "promises no response time".to_owned(),
                        Reason::Slow(written) => format!(
                            "promises an answer only after more than a day (`respond within {written}`)"
                        ),
                        Reason::NoStaff => "names nobody who staffs it".to_owned(),
                    })
                    .collect();
                [
                    self.channel.as_str(),
                    " offers ",
                    &self.lang.join(&self.offers),
                    " but ",
                    &self.lang.join(&reasons),
                ]
                .concat()
            }
            Lang::De => {
                let reasons: Vec<String> = self
                    .reasons
                    .iter()
                    .map(|r| match r {
                        Reason::NoPromise => "verspricht keine Antwortzeit".to_owned(),
                        Reason::Slow(written) => format!(
                            "verspricht eine Antwort erst nach mehr als einem Tag (`respond within {written}`)"
                        ),
                        Reason::NoStaff => "nennt niemanden, der ihn betreut".to_owned(),
                    })
                    .collect();
                [
                    "Der Kanal `",
                    &self.channel,
                    "` bietet ",
                    &self.lang.join_ticked(&self.offers),
                    " an, ",
                    // `verspricht aber keine …`: `aber` after the first reason's verb.
                    &match self.lang.join(&reasons).split_once(' ') {
                        Some((verb, rest)) => [verb, " aber ", rest].concat(),
                        None => String::new(),
                    },
                ]
                .concat()
            }
        }
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En => "service without the commitments behind it",
            Lang::De => "Service ohne die Zusagen dahinter",
        }
    }

    fn help(&self) -> String {
        match self.lang {
            Lang::En => {
                // One "add" for everything to add, as in German.
                let mut additions = Vec::new();
                let mut steps = Vec::new();
                for r in &self.reasons {
                    match r {
                        Reason::NoPromise => additions.push("`respond within 4h`"),
                        Reason::Slow(_) => steps.push("promise `respond within 24h` or sooner"),
                        Reason::NoStaff => additions.push("`staffed by customer-service`"),
                    }
                }
                let additions = ["add ", &self.lang.join(&additions)].concat();
                if additions.len() > "add ".len() {
                    steps.push(&additions);
                }
                "back the promise with people and time: ".to_owned() + &self.lang.join(&steps)
            }
            Lang::De => {
                // One "Ergänzen Sie" for everything to add, so that it is not said twice.
                let mut additions = Vec::new();
                let mut promise_sooner = false;
                for r in &self.reasons {
                    match r {
                        Reason::NoPromise => additions.push("`respond within 4h`"),
                        Reason::Slow(_) => promise_sooner = true,
                        Reason::NoStaff => additions.push("`staffed by customer-service`"),
                    }
                }
                let mut help = "Untermauern Sie das Versprechen mit Menschen und Zeit: ".to_owned();
                if promise_sooner {
                    help.push_str("Versprechen Sie `respond within 24h` oder schneller");
                }
                if !additions.is_empty() {
                    help.push_str(if promise_sooner {
                        " und ergänzen Sie "
                    } else {
                        "Ergänzen Sie "
                    });
                    help.push_str(&self.lang.join(&additions));
                }
                help
            }
        }
    }
}

static EN: Doc = Doc {
    summary: "A service channel lacks a response time or the people to staff it",
    explanation: "\
Flags a `channel` with purpose `service`, `support` or `dialogue` that does not say \
`respond within`, promises an answer only after more than 24 hours (exactly 24h is fine), or \
does not say `staffed by` whom. One finding per channel names every missing commitment.

Why: a service account without service processes behind it disappoints exactly the customers \
who came to it for help. Tom König (Spiegel Online; seed 001) called a Twitter service \
presence without reformed service processes window dressing: \"pretty curtains hung over \
rotten masonry\".

Better: promise a response time you can keep, at most a day, and name the team that answers.",
    bad: "\
guideline \"Social media\" {
  owner hr, customer-service
  contact \"social@acme.example\"
  goal \"Help customers where they ask\"

  channel twitter \"@acme_help\" {
    purpose service
  }
}
",
    good: "\
guideline \"Social media\" {
  owner hr, customer-service
  contact \"social@acme.example\"
  goal \"Help customers where they ask\"

  channel twitter \"@acme_help\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }
}
",
};

static DE: Doc = Doc {
    summary: "Einem Servicekanal fehlen eine Antwortzeit oder die Menschen, die ihn betreuen",
    explanation: "\
Meldet einen `channel` mit dem Zweck `service`, `support` oder `dialogue`, der kein \
`respond within` nennt, eine Antwort erst nach mehr als 24 Stunden verspricht (genau 24 Stunden \
sind in Ordnung) oder nicht mit `staffed by` sagt, wer ihn betreut. Eine Meldung pro Kanal nennt jede \
fehlende Zusage.

Warum: Ein Servicekonto ohne Serviceprozesse dahinter enttäuscht genau die Kundinnen und \
Kunden, die dort Hilfe suchen. Tom König (Spiegel Online; Seed 001) nennt einen Serviceauftritt \
bei Twitter ohne reformierte Serviceprozesse „window dressing“: „Ein Satz hübscher Gardinen, über \
ein morsches Gemäuer gehängt.“

Besser: Versprechen Sie eine Antwortzeit, die Sie halten können, höchstens einen Tag, und nennen \
Sie das Team, das antwortet.",
    bad: "\
guideline \"Social Media\" {
  owner hr, customer-service
  contact \"social-media@beispiel.example\"
  goal \"Kundinnen und Kunden dort helfen, wo sie fragen\"

  channel twitter \"@beispiel_hilfe\" {
    purpose service
  }
}
",
    good: "\
guideline \"Social Media\" {
  owner hr, customer-service
  contact \"social-media@beispiel.example\"
  goal \"Kundinnen und Kunden dort helfen, wo sie fragen\"

  channel twitter \"@beispiel_hilfe\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::rules::testing::fired;

    const RULE: &str = "window-dressing";

    fn channel(header: &str, body: &str) -> String {
        format!("guideline \"G\" {{\n  {header} {{\n    {body}\n  }}\n}}\n")
    }

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    #[test]
    fn one_finding_naming_every_reason_at_the_header() {
        let src = channel("channel twitter \"@a\"", "purpose service, dialogue");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "channel twitter \"@a\""
        );
        assert_eq!(
            found[0].message,
            "channel twitter \"@a\" offers service and dialogue but promises no response time and names nobody who staffs it"
        );
        assert_eq!(
            found[0].help.as_deref().unwrap(),
            "back the promise with people and time: add `respond within 4h` and `staffed by customer-service`"
        );
        // "add" is said once, in German too ("Ergänzen Sie").
        let de = crate::rules::testing::lint_in(&src, crate::Lang::De);
        let de = de.iter().find(|f| f.rule == RULE).unwrap();
        assert_eq!(
            de.help.as_deref().unwrap(),
            "Untermauern Sie das Versprechen mit Menschen und Zeit: Ergänzen Sie `respond within 4h` und `staffed by customer-service`"
        );
        let slow = channel("channel linkedin", "purpose dialogue respond within 48h");
        assert_eq!(
            fired(&slow, RULE)[0].help.as_deref().unwrap(),
            "back the promise with people and time: promise `respond within 24h` or sooner and add `staffed by customer-service`"
        );
        let unstaffed = channel("channel linkedin", "purpose dialogue respond within 4h");
        assert_eq!(
            fired(&unstaffed, RULE)[0].help.as_deref().unwrap(),
            "back the promise with people and time: add `staffed by customer-service`"
        );
    }

    #[test]
    fn a_slow_promise() {
        let src = channel(
            "channel linkedin",
            "purpose dialogue respond within 48h staffed by sales",
        );
        let found = fired(&src, RULE);
        assert_eq!(
            found[0].message,
            "channel linkedin offers dialogue but promises an answer only after more than a day (`respond within 48h`)"
        );
        let src = channel(
            "channel linkedin",
            "purpose support respond within 1441min staffed by sales",
        );
        assert_eq!(fired(&src, RULE).len(), 1);
    }

    #[test]
    fn exactly_a_day_is_fine() {
        for within in ["24h", "1d", "1440min"] {
            let src = channel(
                "channel linkedin",
                &format!("purpose support respond within {within} staffed by sales"),
            );
            assert!(fired(&src, RULE).is_empty(), "{within}");
        }
    }

    #[test]
    fn missing_staff_alone() {
        let src = channel("channel facebook", "purpose support respond within 1h");
        assert_eq!(
            fired(&src, RULE)[0].message,
            "channel facebook offers support but names nobody who staffs it"
        );
    }

    #[test]
    fn staffed_by_an_unknown_team_still_counts() {
        let src = channel(
            "channel facebook",
            "purpose support respond within 1h staffed by hotline",
        );
        assert!(fired(&src, RULE).is_empty());
    }

    #[test]
    fn quiet_without_a_service_purpose() {
        assert!(fired(
            &channel("channel xing", "purpose recruiting respond within 3d"),
            RULE
        )
        .is_empty());
        assert!(fired(
            &channel("channel xing", "purpose community, feedback"),
            RULE
        )
        .is_empty());
        assert!(fired(&channel("channel xing", ""), RULE).is_empty());
    }

    #[test]
    fn a_service_purpose_next_to_an_unknown_one_counts() {
        let src = channel("channel xing", "purpose gossip, service");
        assert_eq!(fired(&src, RULE).len(), 1);
    }
}
