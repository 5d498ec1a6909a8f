//! `work-time-ban`: a broad audience may not access social media `during work-hours`.

use super::blanket_block::{access_ban, implied_by, AccessBan, Implied};
use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Effect, Model};

pub struct WorkTimeBan;

static META: Meta = Meta {
    name: "work-time-ban",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Warning,
};

impl Rule for WorkTimeBan {
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
        // Asked of the whole guideline once, when the first finding needs it.
        let mut breaks_allowed = None;
        for s in cx.model.statements() {
            if access_ban(s, cx.vocab) != Some(AccessBan::WorkTime)
                || !snippets::first_time(&mut seen, s.span)
            {
                continue;
            }
            let t = Texts {
                lang: cx.lang,
                platforms: snippets::platforms(s),
                who: snippets::who(s),
                circumstances: snippets::circumstances(s),
                implied_by: implied_by(s),
                has_reason: cx
                    .model
                    .rules
                    .get(s.rule)
                    .is_some_and(|r| r.because.is_some()),
                breaks_allowed: *breaks_allowed
                    .get_or_insert_with(|| allows_access_during_breaks(cx.model)),
            };
            out.push(cx.finding(self, s.span, t.message(), t.label(), t.help()));
        }
    }
}

/// Whether the guideline already lets people on social media during their breaks (an understood
/// `allow`/`encourage`/`require … to access … during breaks`): the help then does not suggest it.
fn allows_access_during_breaks(model: &Model) -> bool {
    model.statements().any(|o| {
        o.understood
            && matches!(
                o.effect,
                Effect::Allow | Effect::Encourage | Effect::Require
            )
            && o.action == Some("access")
            && o.during.is_some_and(|d| d.contains(&"breaks"))
    })
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    lang: Lang,
    /// `any-platform`.
    platforms: String,
    /// `employees except it`.
    who: String,
    /// ` using company-devices during work-hours`.
    circumstances: String,
    /// `allow only marketing`, when the ban is implied by it.
    implied_by: Option<Implied>,
    /// The rule block already gives a `because`: the help does not ask for one.
    has_reason: bool,
    /// The guideline already allows access during breaks: the help does not suggest it.
    breaks_allowed: bool,
}

impl Texts {
    fn message(&self) -> String {
        match self.lang {
            Lang::En => {
                let mut m = format!(
                    "bans access to {} for {}{}",
                    self.platforms, self.who, self.circumstances
                );
                if let Some(Implied { source, .. }) = &self.implied_by {
                    m.push_str(&format!(" (implied by `{source}`)"));
                }
                m
            }
            Lang::De => {
                // `during …` and `using …` are no part of the audience: quoted on their own.
                let mut m = format!(
                    "Diese Anweisung verbietet `{}` den Zugang zu `{}` (`{}`)",
                    self.who,
                    self.platforms,
                    self.circumstances.trim_start()
                );
                if let Some(Implied { source, .. }) = &self.implied_by {
                    m.push_str(&format!(" (folgt aus `{source}`)"));
                }
                m
            }
        }
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En => "ban during working hours",
            Lang::De => "Verbot während der Arbeitszeit",
        }
    }

    fn help(&self) -> String {
        let p = &self.platforms;
        match self.lang {
            Lang::En => {
                // An implied ban is lifted where it is said: an `allow employees …` next to the
                // `allow only` would contradict it (edit 16, item 7).
                let mut h = match &self.implied_by {
                    Some(implied) => format!(
                        "trust people to manage their time: write `{}` for `{}`",
                        implied.opened(),
                        implied.source
                    ),
                    None => format!(
                        "trust people to manage their time: replace the ban with `allow employees to access {p}`"
                    ),
                };
                match (self.has_reason, self.breaks_allowed) {
                    (false, false) => h.push_str(&format!(
                        "; if you keep it, say why in a `because` (focus, for example) and at \
                         least `allow employees to access {p} during breaks`: the ban is then \
                         clearer, but stays a warning"
                    )),
                    (false, true) => h.push_str(
                        "; if you keep it, say why in a `because` (focus, for example): the ban \
                         is then clearer, but stays a warning",
                    ),
                    (true, false) => h.push_str(&format!(
                        ", and talk about lost time person to person; if you keep the ban, at \
                         least `allow employees to access {p} during breaks` (it stays a \
                         warning)"
                    )),
                    (true, true) => h.push_str(", and talk about lost time person to person"),
                }
                h
            }
            Lang::De => {
                let mut h = match &self.implied_by {
                    Some(implied) => format!(
                        "Vertrauen Sie darauf, dass Ihre Beschäftigten ihre Zeit selbst einteilen: \
                         Schreiben Sie `{}` statt `{}`",
                        implied.opened(),
                        implied.source
                    ),
                    None => format!(
                        "Vertrauen Sie darauf, dass Ihre Beschäftigten ihre Zeit selbst einteilen: Ersetzen \
                         Sie das Verbot durch `allow employees to access {p}`"
                    ),
                };
                match (self.has_reason, self.breaks_allowed) {
                    (false, false) => h.push_str(&format!(
                        "; wenn Sie es behalten, begründen Sie es in einem `because` (zum \
                         Beispiel mit Konzentration) und erlauben Sie wenigstens `allow employees \
                         to access {p} during breaks`: Das Verbot ist dann klarer, bleibt aber \
                         eine Warnung"
                    )),
                    (false, true) => h.push_str(
                        "; wenn Sie es behalten, begründen Sie es in einem `because` (zum \
                         Beispiel mit Konzentration): Das Verbot ist dann klarer, bleibt aber eine \
                         Warnung",
                    ),
                    (true, false) => h.push_str(&format!(
                        " und sprechen Sie verlorene Arbeitszeit im persönlichen Gespräch an; \
                         wenn Sie das Verbot behalten, erlauben Sie wenigstens `allow employees to \
                         access {p} during breaks` (es bleibt eine Warnung)"
                    )),
                    (true, true) => h.push_str(
                        " und sprechen Sie verlorene Arbeitszeit im persönlichen Gespräch an",
                    ),
                }
                h
            }
        }
    }
}

static EN: Doc = Doc {
    summary: "A broad audience may not use social media during working hours",
    explanation: "\
Flags a `block`, or a `forbid … to access …` (including the one implied by `allow only`), \
that keeps everyone or all employees off platforms exactly `during work-hours`. Bans that \
reach further are `blanket-block` findings.

Why: people use social media at home and ask why they may not at work; private habits move \
into working life whether the guideline likes it or not (seed 002). Open employers have long \
stopped banning it: in 2011 about 69 % of US CIOs already allowed some access at work (Robert \
Half Technology). A ban during working hours says \"we do not trust you with your time\", and \
it cuts employees off from the conversations about their own company and industry.

Better: allow access and treat time-wasting as what it is, a question of performance to be \
discussed person to person, not a platform problem.",
    bad: "\
guideline \"Social media\" {
  owner hr, it
  contact \"social@acme.example\"
  goal \"Employees are good ambassadors\"

  rule \"Working hours\" {
    forbid employees to access any-platform during work-hours
    because \"Productivity\"
  }
}
",
    good: "\
guideline \"Social media\" {
  owner hr, it
  contact \"social@acme.example\"
  goal \"Employees are good ambassadors\"

  channel twitter \"@acme_help\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Access\" {
    allow employees to access any-platform
    because \"We trust everyone to organise their own working day\"
  }
}
",
};

static DE: Doc = Doc {
    summary: "Eine breite Zielgruppe darf soziale Medien während der Arbeitszeit nicht nutzen",
    explanation: "\
Meldet ein `block` oder ein `forbid … to access …` (auch das, was aus `allow only` folgt), das \
alle Personen oder die gesamte Belegschaft genau `during work-hours` von Plattformen fernhält. Verbote, die \
weiter reichen, meldet `blanket-block`.

Warum: Menschen nutzen soziale Medien zu Hause und fragen sich, warum sie es bei der Arbeit \
nicht dürfen: „Im Büro fragen sich viele Mitarbeiter, warum sie Social Media nicht auch dort \
nutzen können.“ Das private Nutzungsverhalten wandert in die berufliche Welt, ob die Richtlinie \
das will oder nicht (Seed 002). Offene Arbeitgeber verbieten das längst nicht mehr: 2011 \
erlaubten bereits etwa 69 % der IT-Chefs in den USA einen gewissen Zugang am Arbeitsplatz \
(Robert Half Technology). Ein Verbot während der Arbeitszeit sagt: „Wir trauen Ihnen nicht zu, \
mit Ihrer Zeit umzugehen“, und es schneidet die Beschäftigten von den Gesprächen über ihr eigenes Unternehmen \
und ihre Branche ab.

Besser: Erlauben Sie den Zugang und behandeln Sie verlorene Arbeitszeit als das, was sie ist: eine \
Frage der Leistung, die man im persönlichen Gespräch klärt, kein Problem der Plattform.",
    bad: "\
guideline \"Social Media\" {
  owner hr, it
  contact \"social-media@beispiel.example\"
  goal \"Unsere Beschäftigten sind gute Botschafterinnen und Botschafter\"

  rule \"Arbeitszeit\" {
    forbid employees to access any-platform during work-hours
    because \"Produktivität\"
  }
}
",
    good: "\
guideline \"Social Media\" {
  owner hr, it
  contact \"social-media@beispiel.example\"
  goal \"Unsere Beschäftigten sind gute Botschafterinnen und Botschafter\"

  channel twitter \"@beispiel_hilfe\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Zugang\" {
    allow employees to access any-platform
    because \"Wir trauen allen zu, ihren Arbeitstag selbst einzuteilen\"
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::rules::testing::fired;

    const RULE: &str = "work-time-ban";

    fn rule(body: &str) -> String {
        format!("guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n  }}\n}}\n")
    }

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    #[test]
    fn fires_on_a_forbid_during_work_hours() {
        let src = rule("forbid employees to access any-platform during working-hours");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "forbid employees to access any-platform during working-hours"
        );
        assert_eq!(
            found[0].message,
            "bans access to any-platform for employees during work-hours"
        );
        assert!(found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`allow employees to access any-platform`"));
        assert!(fired(&src, "blanket-block").is_empty());
    }

    #[test]
    fn fires_on_a_block_with_except_and_using() {
        let src =
            rule("block facebook for everyone except it during work-hours using company-devices");
        let found = fired(&src, RULE);
        assert_eq!(
            found[0].message,
            "bans access to facebook for everyone except it using company-devices during work-hours"
        );
    }

    /// An implied work-time ban is lifted in the `allow only` that says it: the help's `allow
    /// employees …` next to it would contradict it (edit 16, item 7). Followed, the help
    /// leaves neither this finding nor a conflict.
    #[test]
    fn an_implied_ban_is_lifted_where_it_is_said() {
        crate::rules::testing::assert_lifted_where_said(
            &rule("allow only marketing to access facebook during work-hours"),
            RULE,
            "allow only marketing",
        );
    }

    #[test]
    fn fires_once_on_allow_only() {
        let src = rule("allow only marketing to access facebook during work-hours");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "allow only marketing to access facebook during work-hours"
        );
        assert!(found[0]
            .message
            .ends_with("(implied by `allow only marketing`)"));
    }

    #[test]
    fn help_asks_only_for_what_is_missing() {
        let help = |body: &str| fired(&rule(body), RULE)[0].help.clone().unwrap();
        let bare = help("forbid employees to access any-platform during work-hours");
        assert!(bare.contains("say why in a `because`"), "{bare}");
        assert!(bare.ends_with("stays a warning"), "{bare}");
        assert!(bare.contains("during breaks`"), "{bare}");

        let reasoned = help(
            "forbid employees to access any-platform during work-hours\n    because \"Focus\"",
        );
        assert!(!reasoned.contains("`because`"), "{reasoned}");
        assert!(reasoned.contains("person to person"), "{reasoned}");
        assert!(reasoned.contains("during breaks`"), "{reasoned}");

        let both = help(
            "allow employees to access any-platform during breaks\n    \
             forbid employees to access any-platform during work-hours\n    because \"Focus\"",
        );
        assert!(!both.contains("`because`"), "{both}");
        assert!(!both.contains("during breaks"), "{both}");
    }

    #[test]
    fn quiet_on_other_times_and_on_no_time() {
        assert!(fired(&rule("block tiktok"), RULE).is_empty());
        assert!(fired(&rule("block tiktok during breaks"), RULE).is_empty());
        assert!(fired(&rule("block tiktok during work-hours, breaks"), RULE).is_empty());
    }

    #[test]
    fn quiet_for_a_narrow_audience_or_permission() {
        assert!(fired(&rule("block tiktok for interns during work-hours"), RULE).is_empty());
        assert!(fired(
            &rule("allow employees to access tiktok during work-hours"),
            RULE
        )
        .is_empty());
        assert!(fired(&rule("forbid employees to post during work-hours"), RULE).is_empty());
    }

    #[test]
    fn quiet_when_not_understood() {
        let src = rule("block tiktok during work-hourz");
        assert!(fired(&src, RULE).is_empty());
    }
}
