//! `one-way-channel`: a channel that only broadcasts, or that turns replies off.

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::model::Channel;
use crate::semantics::Vocabulary;

pub struct OneWayChannel;

static META: Meta = Meta {
    name: "one-way-channel",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Warning,
};

/// The channel's purposes when there is at least one and all of them only send. A `purpose`
/// clause with an unknown term is left out of the test (SPEC §11.1).
fn broadcast_purposes<'c>(channel: &Channel<'c>, vocab: &Vocabulary) -> Option<Vec<&'c str>> {
    let purposes: Vec<&str> = channel
        .purposes
        .iter()
        .filter(|clause| clause.complete)
        .flat_map(|clause| clause.terms.iter().copied())
        .fold(Vec::new(), |mut all, p| {
            if !all.contains(&p) {
                all.push(p);
            }
            all
        });
    let all_broadcast =
        !purposes.is_empty() && purposes.iter().all(|p| vocab.is_broadcast_purpose(p));
    all_broadcast.then_some(purposes)
}

impl Rule for OneWayChannel {
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
            let broadcast = broadcast_purposes(channel, cx.vocab);
            let replies_off = channel.replies == Some(false);
            if broadcast.is_none() && !replies_off {
                continue;
            }
            let mut additions = Vec::new();
            if broadcast.is_some() {
                additions.push("purpose dialogue".to_owned());
            }
            if channel.respond_within.is_none() {
                additions.push("respond within 4h".to_owned());
            }
            if channel.staffed_by.is_none() {
                additions.push("staffed by customer-service".to_owned());
            }
            let t = Texts {
                lang: cx.lang,
                channel: snippets::channel(channel, cx.source),
                broadcast: broadcast.map(|p| p.into_iter().map(str::to_owned).collect()),
                replies_off,
                additions,
            };
            out.push(cx.finding(self, channel.header, t.message(), t.label(), t.help()));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    lang: Lang,
    /// `channel facebook "Beispiel AG"`.
    channel: String,
    /// The broadcast purposes, when they are all the channel has.
    broadcast: Option<Vec<String>>,
    /// The channel says `replies off`: the rewrite changes it to `replies on` (a channel says
    /// `replies` once).
    replies_off: bool,
    /// Guideline clauses the rewrite adds: `purpose dialogue`, `respond within 4h`, …
    additions: Vec<String>,
}

impl Texts {
    fn message(&self) -> String {
        match (self.lang, &self.broadcast, self.replies_off) {
            (Lang::En, Some(p), true) => format!(
                "{} only broadcasts ({}) and turns replies off",
                self.channel,
                self.lang.join(p)
            ),
            (Lang::En, Some(p), false) if p.len() == 1 => format!(
                "{} only broadcasts: its only purpose is {}",
                self.channel, p[0]
            ),
            (Lang::En, Some(p), false) => format!(
                "{} only broadcasts: its purposes are {}",
                self.channel,
                self.lang.join(p)
            ),
            (Lang::En, None, _) => format!("{} turns replies off", self.channel),
            (Lang::De, Some(p), true) => format!(
                "Der Kanal `{}` sendet nur ({}) und schaltet Antworten ab",
                self.channel,
                self.lang.join_ticked(p)
            ),
            (Lang::De, Some(p), false) if p.len() == 1 => format!(
                "Der Kanal `{}` sendet nur: Sein einziger Zweck ist `{}`",
                self.channel, p[0]
            ),
            (Lang::De, Some(p), false) => format!(
                "Der Kanal `{}` sendet nur: Seine Zwecke sind {}",
                self.channel,
                self.lang.join_ticked(p)
            ),
            (Lang::De, None, _) => format!("Der Kanal `{}` schaltet Antworten ab", self.channel),
        }
    }

    fn label(&self) -> &'static str {
        match (self.lang, self.broadcast.is_some()) {
            (Lang::En, true) => "broadcast only",
            (Lang::En, false) => "replies are off",
            (Lang::De, true) => "sendet nur",
            (Lang::De, false) => "Antworten sind abgeschaltet",
        }
    }

    fn help(&self) -> String {
        let clauses = self.lang.join_ticked(&self.additions);
        match (self.lang, self.replies_off, self.additions.is_empty()) {
            (Lang::En, false, _) => {
                format!("make room for conversation: add {clauses} to the channel")
            }
            (Lang::En, true, true) => {
                "make room for conversation: change `replies off` to `replies on`".to_owned()
            }
            (Lang::En, true, false) => format!(
                "make room for conversation: change `replies off` to `replies on` and add \
                 {clauses} to the channel"
            ),
            (Lang::De, false, _) => {
                format!("Schaffen Sie Raum für Gespräche: Ergänzen Sie den Kanal um {clauses}")
            }
            (Lang::De, true, true) => {
                "Schaffen Sie Raum für Gespräche: Ändern Sie `replies off` in `replies on`"
                    .to_owned()
            }
            (Lang::De, true, false) => format!(
                "Schaffen Sie Raum für Gespräche: Ändern Sie `replies off` in `replies on` und \
                 ergänzen Sie den Kanal um {clauses}"
            ),
        }
    }
}

static EN: Doc = Doc {
    summary: "A channel only sends messages and does not listen",
    explanation: "\
Flags a `channel` whose purposes are all broadcast purposes (`marketing`, `advertising`, \
`announcements`, `press`), or that says `replies off`. A `purpose` clause containing an unknown \
term is left out when deciding whether all purposes are broadcast ones.

Why: social media used as one more outlet for the same one-way sales messages is \"old wine in \
new bottles\" (seed 001), and readers notice that the love of social media ends where dialogue \
with customers begins (seed 000, comment). Companies still underuse the dialogue: only 6 % of \
executives see customer service as the main purpose of new channels (Genesys/EIU 2012).

Better: give the channel a two-way purpose such as `dialogue`, `service` or `community`, keep \
replies on, and say who answers and how fast.",
    bad: "\
guideline \"Social media\" {
  owner hr, marketing, customer-service
  contact \"social@acme.example\"
  goal \"Be reachable where our customers are\"

  channel facebook \"Acme\" {
    purpose marketing, announcements
    replies off
  }
}
",
    good: "\
guideline \"Social media\" {
  owner hr, marketing, customer-service
  contact \"social@acme.example\"
  goal \"Be reachable where our customers are\"

  channel facebook \"Acme\" {
    purpose marketing, announcements and dialogue
    replies on
    respond within 24h
    staffed by marketing, customer-service
  }
}
",
};

static DE: Doc = Doc {
    summary: "Ein Kanal sendet nur und hört nicht zu",
    explanation: "\
Meldet einen `channel`, dessen Zwecke alle reine Sendezwecke sind (`marketing`, `advertising`, \
`announcements`, `press`), oder der `replies off` sagt. Eine `purpose`-Klausel mit einem \
unbekannten Begriff bleibt bei der Frage, ob alle Zwecke Sendezwecke sind, außen vor.

Warum: Soziale Medien nur als zusätzlichen Kanal für dieselben Verkaufsbotschaften zu nutzen, \
ist „Alter Wein in neuen Schläuchen“: „Eine weitere Möglichkeit, die immer gleichen \
Einwegbotschaften des Vertriebs kostengünstig in der Öffentlichkeit zu platzieren“ (Seed 001). \
Leserinnen und Leser merken das: „Wenn es um Dialog mit den Kunden, um Netzwerkorganisationen im \
Unternehmen geht, hört die Liebe zu Social Media auf“ (Seed 000, Kommentar). Den Dialog nutzen \
Unternehmen noch zu wenig: Nur 6 % der Führungskräfte sehen den Kundenservice als Hauptzweck der \
neuen Kanäle (Genesys/EIU 2012).

Besser: Geben Sie dem Kanal einen Zweck in beide Richtungen wie `dialogue`, `service` oder \
`community`, lassen Sie Antworten zu und sagen Sie, wer antwortet und wie schnell.",
    bad: "\
guideline \"Social Media\" {
  owner hr, marketing, customer-service
  contact \"social-media@beispiel.example\"
  goal \"Erreichbar sein, wo unsere Kundschaft ist\"

  channel facebook \"Beispiel AG\" {
    purpose marketing, announcements
    replies off
  }
}
",
    good: "\
guideline \"Social Media\" {
  owner hr, marketing, customer-service
  contact \"social-media@beispiel.example\"
  goal \"Erreichbar sein, wo unsere Kundschaft ist\"

  channel facebook \"Beispiel AG\" {
    purpose marketing, announcements and dialogue
    replies on
    respond within 24h
    staffed by marketing, customer-service
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::rules::testing::fired;

    const RULE: &str = "one-way-channel";

    fn channel(header: &str, body: &str) -> String {
        format!("guideline \"G\" {{\n  {header} {{\n    {body}\n  }}\n}}\n")
    }

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    #[test]
    fn fires_on_broadcast_purposes_at_the_header() {
        let src = channel(
            "channel X \"@acme\"",
            "purpose marketing\n    purpose press",
        );
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(&src[found[0].span.unwrap().range()], "channel X \"@acme\"");
        assert_eq!(
            found[0].message,
            "channel twitter \"@acme\" only broadcasts: its purposes are marketing and press"
        );
        assert_eq!(
            found[0].help.as_deref().unwrap(),
            "make room for conversation: add `purpose dialogue`, `respond within 4h` and `staffed by customer-service` to the channel"
        );
    }

    #[test]
    fn fires_on_replies_off_even_with_service() {
        let src = channel(
            "channel facebook",
            "purpose service respond within 1h staffed by customer-service replies off",
        );
        let found = fired(&src, RULE);
        assert_eq!(found[0].message, "channel facebook turns replies off");
        assert_eq!(found[0].label, "replies are off");
        assert_eq!(
            found[0].help.as_deref().unwrap(),
            "make room for conversation: change `replies off` to `replies on`"
        );
        let both = channel("channel youtube", "purpose advertising replies off");
        assert_eq!(
            fired(&both, RULE)[0].message,
            "channel youtube only broadcasts (advertising) and turns replies off"
        );
        assert_eq!(
            fired(&both, RULE)[0].help.as_deref().unwrap(),
            "make room for conversation: change `replies off` to `replies on` and add \
             `purpose dialogue`, `respond within 4h` and `staffed by customer-service` to the \
             channel"
        );
    }

    /// A channel that gets both findings gets one advice about the response time.
    #[test]
    fn the_help_agrees_with_window_dressing() {
        let src = channel("channel facebook", "purpose service replies off");
        let own = fired(&src, RULE)[0].help.clone().unwrap();
        let other = fired(&src, "window-dressing")[0].help.clone().unwrap();
        assert!(own.contains("`respond within 4h`"), "{own}");
        assert!(other.contains("`respond within 4h`"), "{other}");
    }

    /// Doing what the help says gives a channel without the finding, and without a syntax
    /// error: a channel says `replies` once, so `replies off` is changed, not added to.
    #[test]
    fn the_help_applied_is_clean() {
        let src = channel("channel youtube", "purpose advertising replies off");
        let fixed = src.replace(
            "replies off",
            "replies on purpose dialogue respond within 4h staffed by customer-service",
        );
        let found = crate::rules::testing::lint(&fixed);
        assert!(
            found
                .iter()
                .all(|f| f.rule != RULE && f.rule != "syntax-error"),
            "{found:?}"
        );
    }

    #[test]
    fn quiet_with_a_two_way_purpose_or_none() {
        assert!(fired(
            &channel("channel xing", "purpose marketing, recruiting"),
            RULE
        )
        .is_empty());
        assert!(fired(
            &channel("channel xing", "purpose press purpose community"),
            RULE
        )
        .is_empty());
        assert!(fired(&channel("channel xing", "replies on"), RULE).is_empty());
        assert!(fired(&channel("channel xing", ""), RULE).is_empty());
    }

    #[test]
    fn a_purpose_clause_with_an_unknown_term_is_ignored() {
        // Only the complete clause is tested: all broadcast.
        let src = channel(
            "channel xing",
            "purpose marketing\n    purpose gossip, press",
        );
        assert_eq!(
            fired(&src, RULE)[0].message,
            "channel xing only broadcasts: its only purpose is marketing"
        );
        // Nothing left to test: no purpose at all.
        assert!(fired(&channel("channel xing", "purpose gossip, marketing"), RULE).is_empty());
    }

    #[test]
    fn a_channel_on_an_unknown_platform_is_still_a_channel() {
        let src = channel("channel myspace \"@a\"", "purpose press");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .message
            .starts_with("channel myspace \"@a\" only broadcasts"));
    }
}
