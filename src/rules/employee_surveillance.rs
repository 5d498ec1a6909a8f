//! `employee-surveillance`: a `monitor` aimed at people (employees, their accounts, applicants)
//! rather than at the public conversation.

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::Effect;

pub struct EmployeeSurveillance;

static META: Meta = Meta {
    name: "employee-surveillance",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Error,
};

impl Rule for EmployeeSurveillance {
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
        let mut seen = Vec::new();
        for s in cx.model.statements() {
            if !s.understood || s.effect != Effect::Monitor {
                continue;
            }
            let (watched, listening): (Vec<&str>, Vec<&str>) = s
                .targets
                .iter()
                .copied()
                .partition(|t| cx.vocab.is_surveillance_target(t));
            if watched.is_empty() || !snippets::first_time(&mut seen, s.span) {
                continue;
            }
            let on = s
                .platforms
                .filter(|p| !p.is_empty())
                .map(|p| " on ".to_owned() + &snippets::list(p))
                .unwrap_or_default();
            let listening = if listening.is_empty() {
                "brand-mentions and customer-feedback".to_owned()
            } else {
                snippets::list(&listening)
            };
            let t = Texts {
                lang: cx.lang,
                watched,
                on,
                listening,
                has_reason: cx
                    .model
                    .rules
                    .get(s.rule)
                    .is_some_and(|r| r.because.is_some()),
            };
            out.push(cx.finding(self, s.span, t.message(), t.label(), t.help()));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts<'a> {
    lang: Lang,
    /// The surveillance targets: `employee-accounts`, `applicants`.
    watched: Vec<&'a str>,
    /// ` on facebook and twitter`, or empty.
    on: String,
    /// Listening targets for the rewrite (the statement's own, or a default).
    listening: String,
    /// The rule block gives a `because`: the help does not ask for one.
    has_reason: bool,
}

impl Texts<'_> {
    fn message(&self) -> String {
        match self.lang {
            Lang::En => ["monitors ", &self.lang.join(&self.watched), &self.on].concat(),
            Lang::De => {
                let mut m = format!(
                    "Diese Anweisung beobachtet Menschen statt Gespräche: {}",
                    self.lang.join_ticked(&self.watched)
                );
                if !self.on.is_empty() {
                    m.push_str(&format!(" (`{}`)", self.on.trim_start()));
                }
                m
            }
        }
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En => "watches people, not conversations",
            Lang::De => "beobachtet Menschen statt Gespräche",
        }
    }

    fn help(&self) -> String {
        match self.lang {
            Lang::En => [
                "listen to the public conversation instead: `monitor ",
                &self.listening,
                &self.on,
                if self.has_reason {
                    "`; a reason does not make watching people acceptable: agree on how to handle \
                     a concrete risk with the works-council"
                } else {
                    "`; if there is a concrete risk, agree on how to handle it with the \
                     works-council: no reason, not even one in a `because`, makes watching people \
                     acceptable"
                },
            ]
            .concat(),
            Lang::De => [
                "Hören Sie stattdessen dem öffentlichen Gespräch zu: `monitor ",
                &self.listening,
                &self.on,
                if self.has_reason {
                    "`. Auch eine Begründung macht es nicht annehmbar, Menschen zu beobachten. \
                     Vereinbaren Sie den Umgang mit einem konkreten Risiko mit dem Betriebsrat"
                } else {
                    "`; gibt es ein konkretes Risiko, vereinbaren Sie den Umgang damit mit dem \
                     Betriebsrat: Kein Grund, auch keiner in einem `because`, macht es annehmbar, \
                     Menschen zu beobachten"
                },
            ]
            .concat(),
        }
    }
}

static EN: Doc = Doc {
    summary: "Employees, their private accounts or applicants are monitored",
    explanation: "\
Flags a `monitor` statement whose targets include people rather than public conversation: \
`employees`, `employee-accounts`, `private-accounts` or `applicants` (and any surveillance \
targets added in the configuration). Listening targets such as `brand-mentions`, \
`public-conversations`, `competitors`, `industry-topics` and `customer-feedback` are fine.

Why: watching people destroys the very bond a guideline is meant to build. Data protection is \
the second-largest hurdle companies see in social media (49 %, BVDW 2012; seed 003), and \
customer and employee loyalty comes from appreciation, authenticity and transparency \
(seed 002), not from observation. Listening is something else: following what the public says \
about a company or its industry is market research, which is why Dell and Kodak appointed a \
\"Chief Listening Officer\" (seed 004).

Better: monitor the public conversation about the brand and the industry; handle a concrete \
suspicion about a person through the normal, documented procedure with the works council.",
    bad: "\
guideline \"Social media\" {
  owner hr, marketing
  contact \"social@acme.example\"
  goal \"Know what people say about us\"

  rule \"Control\" {
    monitor employee-accounts on facebook, twitter
    because \"Protecting our reputation\"
  }
}
",
    good: "\
guideline \"Social media\" {
  owner hr, marketing
  contact \"social@acme.example\"
  goal \"Know what people say about us\"

  channel twitter \"@acme_help\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Listening\" {
    monitor brand-mentions and customer-feedback on facebook, twitter
    because \"We want to hear praise and complaints early\"
  }
}
",
};

static DE: Doc = Doc {
    summary: "Beschäftigte, ihre privaten Konten oder Bewerbende werden überwacht",
    explanation: "\
Meldet eine `monitor`-Anweisung, die Menschen statt des öffentlichen Gesprächs beobachtet: \
`employees`, `employee-accounts`, `private-accounts` oder `applicants` (und alle in der \
Konfiguration ergänzten Überwachungsziele). Ziele des Zuhörens wie `brand-mentions`, \
`public-conversations`, `competitors`, `industry-topics` und `customer-feedback` sind in Ordnung.

Warum: Wer Menschen beobachtet, zerstört genau die Bindung, die eine Richtlinie aufbauen soll. \
Datenschutzbedenken sind für Unternehmen die zweitgrößte Hürde im Umgang mit sozialen Medien \
(49 %, BVDW 2012; Seed 003), und Bindung entsteht nicht durch Beobachtung: „Die Kundenbindung \
erzeuge ich durch Wertschätzung, Echtheit und Transparenz“ (Udo Nadolski; Seed 002). Zuhören ist \
etwas anderes: „Das Monitoring der Social-Media-Kanäle stellt bereits eine Art Marktforschung \
dar“ (Thomas Euler; Seed 004). Große Unternehmen wie Dell oder Kodak haben dafür den Posten eines \
„Chief Listening Officer“ geschaffen (Seed 004).

Besser: Beobachten Sie das öffentliche Gespräch über Ihre Marke und Ihre Branche; einem konkreten \
Verdacht gegen eine Person gehen Sie im üblichen, dokumentierten Verfahren mit dem Betriebsrat nach.",
    bad: "\
guideline \"Social Media\" {
  owner hr, marketing
  contact \"social-media@beispiel.example\"
  goal \"Wissen, was über uns gesagt wird\"

  rule \"Kontrolle\" {
    monitor employee-accounts on facebook, twitter
    because \"Schutz unseres Rufs\"
  }
}
",
    good: "\
guideline \"Social Media\" {
  owner hr, marketing
  contact \"social-media@beispiel.example\"
  goal \"Wissen, was über uns gesagt wird\"

  channel twitter \"@beispiel_hilfe\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Zuhören\" {
    monitor brand-mentions and customer-feedback on facebook, twitter
    because \"Wir wollen Lob und Beschwerden früh hören\"
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::rules::testing::fired;

    const RULE: &str = "employee-surveillance";

    fn rule(body: &str) -> String {
        format!("guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n  }}\n}}\n")
    }

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    /// The help never suggests that a reason would lift the finding (it does not), with or
    /// without one.
    #[test]
    fn help_never_offers_a_reason_as_a_way_out() {
        let help = |src: &str| fired(src, RULE)[0].help.clone().unwrap();
        let bare = help(&rule("monitor employee-accounts"));
        assert!(
            bare.contains("no reason, not even one in a `because`"),
            "{bare}"
        );
        assert!(!bare.contains("describe it"), "{bare}");
        let reasoned = help(&rule(
            "monitor employee-accounts\n    because \"Reputation\"",
        ));
        assert!(reasoned.contains("a reason does not make watching people acceptable"));
    }

    /// `staff` is an alias of `employees`, which is a monitor target too (SPEC §3, §11.13).
    #[test]
    fn fires_on_staff_as_on_employees() {
        let src = rule("monitor staff");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "monitors employees");
    }

    #[test]
    fn fires_on_employee_accounts_at_the_statement() {
        let src = rule("monitor employee-accounts on facebook, x");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "monitor employee-accounts on facebook, x"
        );
        assert_eq!(
            found[0].message,
            "monitors employee-accounts on facebook and twitter"
        );
        assert!(found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`monitor brand-mentions and customer-feedback on facebook and twitter`"));
    }

    #[test]
    fn names_only_the_people_and_keeps_the_listening_in_the_rewrite() {
        let src = rule("monitor brand-mentions, applicants and private-accounts");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "monitors applicants and private-accounts");
        assert!(found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`monitor brand-mentions`"));
        assert_eq!(fired(&rule("monitor employees"), RULE).len(), 1);
    }

    #[test]
    fn quiet_on_listening() {
        let src = rule(
            "monitor brand-mentions, public-conversations, competitors, industry-topics and customer-feedback on any-platform",
        );
        assert!(fired(&src, RULE).is_empty());
    }

    #[test]
    fn quiet_when_not_understood() {
        let src = rule("monitor employees, gossip");
        assert!(fired(&src, RULE).is_empty());
        assert!(!fired(&src, "unknown-term").is_empty());
    }
}
