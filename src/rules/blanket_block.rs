//! `blanket-block`: a `block`, or a `forbid` to `access` (implied ones from `allow only`
//! included), for a broad audience, at all times or beyond work hours.

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Effect, Statement, Vocabulary};

pub struct BlanketBlock;

static META: Meta = Meta {
    name: "blanket-block",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Error,
};

/// How far an understood access ban for a broad audience reaches (shared with `work-time-ban`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AccessBan {
    /// No `during`, or a `during` list with anything other than `work-hours`.
    Blanket,
    /// `during work-hours` exactly.
    WorkTime,
}

/// Classifies a statement: an understood forbid (a `block` is one) to `access`, whose `who`
/// contains a broad audience (an `except` list does not narrow it).
pub(super) fn access_ban(s: &Statement, vocab: &Vocabulary) -> Option<AccessBan> {
    if !s.understood
        || s.effect != Effect::Forbid
        || s.action != Some("access")
        || !s.has_broad_audience(vocab)
    {
        return None;
    }
    match s.during {
        None => Some(AccessBan::Blanket),
        Some([only]) if *only == "work-hours" => Some(AccessBan::WorkTime),
        Some(times) if times.iter().any(|t| *t != "work-hours") => Some(AccessBan::Blanket),
        Some(_) => None,
    }
}

/// The `allow only W` that implies a statement, as written in canonical terms, and whether W
/// is broad already.
pub(super) struct Implied {
    pub(super) source: String,
    broad: bool,
}

impl Implied {
    /// What lifts the implied ban where it is said: `allow employees`, or `allow W` when W is
    /// broad already (`allow only everyone`: `allow everyone`).
    pub(super) fn opened(&self) -> std::borrow::Cow<'_, str> {
        match self.broad {
            true => self.source.replacen("allow only ", "allow ", 1).into(),
            false => "allow employees".into(),
        }
    }
}

/// The [`Implied`] of an implied statement.
pub(super) fn implied_by(s: &Statement) -> Option<Implied> {
    s.implied.then(|| {
        let mut source = String::from("allow only ");
        snippets::push_list(&mut source, s.except);
        let broad = s
            .except
            .iter()
            .any(|w| matches!(*w, "everyone" | "employees"));
        Implied { source, broad }
    })
}

impl Rule for BlanketBlock {
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
            if access_ban(s, cx.vocab) != Some(AccessBan::Blanket)
                || !snippets::first_time(&mut seen, s.span)
            {
                continue;
            }
            let t = Texts {
                lang: cx.lang,
                platforms: snippets::platforms(s),
                who: snippets::who(s),
                // Those the block keeps out: with an except list, not `employees` (who may be
                // the ones let in already: `forbid everyone except employees …`).
                opened: if s.except.is_empty() || s.implied {
                    "employees".to_owned()
                } else {
                    snippets::list(s.who)
                },
                circumstances: snippets::circumstances(s),
                implied_by: implied_by(s),
                company_means: s.using.as_ref().is_some_and(|u| {
                    u.iter()
                        .any(|m| matches!(*m, "company-network" | "company-devices"))
                }),
            };
            out.push(cx.finding(self, s.span, t.message(), t.label(), t.help()));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    lang: Lang,
    /// `facebook, twitter and youtube`.
    platforms: String,
    /// `everyone except marketing`.
    who: String,
    /// Whom the help's `allow … to access` names: `employees`, or the audience of a block with
    /// an except list (`everyone`).
    opened: String,
    /// ` using company-network during breaks`.
    circumstances: String,
    /// `allow only marketing`, when the block is implied by it.
    implied_by: Option<Implied>,
    /// The block is limited to the company's network or devices.
    company_means: bool,
}

impl Texts {
    fn message(&self) -> String {
        match self.lang {
            Lang::En => {
                let mut m = [
                    "blocks ",
                    &self.platforms,
                    " for ",
                    &self.who,
                    &self.circumstances,
                ]
                .concat();
                if let Some(Implied { source, .. }) = &self.implied_by {
                    m.extend([" (implied by `", source, "`)"]);
                }
                m
            }
            Lang::De => {
                let mut m = [
                    "Diese Anweisung sperrt `",
                    &self.platforms,
                    "` für `",
                    &self.who,
                    "`",
                ]
                .concat();
                // `using …` and `during …` are no part of the audience: quoted on their own.
                if !self.circumstances.is_empty() {
                    m.extend([" (`", self.circumstances.trim_start(), "`)"]);
                }
                if let Some(Implied { source, .. }) = &self.implied_by {
                    m.extend([" (folgt aus `", source, "`)"]);
                }
                m
            }
        }
    }

    /// The statement that opens the block up, in backticks: `` `allow employees to access
    /// facebook` ``.
    fn allow_code(&self) -> String {
        ["`allow ", &self.opened, " to access ", &self.platforms, "`"].concat()
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En => "blanket block",
            Lang::De => "pauschale Sperre",
        }
    }

    fn help(&self) -> String {
        match self.lang {
            Lang::En => {
                let company_means = if self.company_means {
                    "; blocking only the company's network or devices still reads as a ban, \
                     and people simply switch to their phones"
                } else {
                    ""
                };
                // An implied block is opened where it is said: an `allow employees …` next to
                // the `allow only` would contradict it (edit 16, item 7).
                let open = match &self.implied_by {
                    Some(implied) => [
                        "open it up: write `",
                        &implied.opened(),
                        "` for `",
                        &implied.source,
                        "`,",
                    ]
                    .concat(),
                    None => ["open it up with ", &self.allow_code()].concat(),
                };
                [
                    &open,
                    " and name the real concern in a narrow rule, \
                     e.g. `forbid everyone to disclose confidential-information`",
                    company_means,
                ]
                .concat()
            }
            Lang::De => {
                let company_means = if self.company_means {
                    "; auch eine Sperre nur im Firmennetz oder auf Firmengeräten wirkt wie ein Verbot, \
                     und die Beschäftigten greifen dann einfach zum eigenen Smartphone"
                } else {
                    ""
                };
                let open = match &self.implied_by {
                    Some(implied) => [
                        "Öffnen Sie den Zugang: Schreiben Sie `",
                        &implied.opened(),
                        "` statt `",
                        &implied.source,
                        "`,",
                    ]
                    .concat(),
                    None => ["Öffnen Sie den Zugang mit ", &self.allow_code()].concat(),
                };
                [
                    &open,
                    " und regeln Sie das eigentliche Anliegen in einer eng gefassten Regel, zum Beispiel \
                     `forbid everyone to disclose confidential-information`",
                    company_means,
                ]
                .concat()
            }
        }
    }
}

static EN: Doc = Doc {
    summary: "A broad audience is blocked from social media altogether",
    explanation: "\
Flags every `block`, and every `forbid … to access …` (including the one implied by \
`allow only`), that keeps everyone or all employees away from platforms at all times, or \
beyond working hours. An `except` list does not make such a rule narrow; a ban limited to \
`during work-hours` is left to `work-time-ban`.

Why: blocks do not protect what they are meant to protect, and they cost trust. Between 2010 \
and 2011 the share of companies blocking social media at work rose from 9 % to 19 %, in \
Germany to 23 %, while the managers asked called social media important for their business; \
26 % of employees said stricter rules would demotivate them and 14 % would work around them \
(Clearswift, WorkLifeWeb 2011; seed 000). \"Controlling social media is technologically \
impossible … a Law & Order orientation is doomed to fail; the answer lies in company culture\" \
(Udo Nadolski, Harvey Nash Germany; seed 002). Even the US Department of Defense reversed the \
Marine Corps' 2009 network ban in 2010 and called these tools integral to its operations \
(DTM 09-026).

Better: allow access, and write narrow rules for the real concern (confidential information, \
customer data), each with its reason.",
    bad: "\
guideline \"Social media\" {
  owner hr, it
  contact \"social@acme.example\"
  goal \"Employees are good ambassadors\"

  rule \"Access\" {
    block facebook, twitter and youtube for everyone except marketing using company-network
    because \"Security\"
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
    allow employees to access facebook, twitter and youtube
  }

  rule \"Confidentiality\" {
    forbid everyone to disclose confidential-information, customer-data
    because \"What customers entrust to us stays with us\"
  }
}
",
};

static DE: Doc = Doc {
    summary: "Eine breite Zielgruppe wird ganz von sozialen Medien ausgesperrt",
    explanation: "\
Meldet jedes `block` und jedes `forbid … to access …` (auch das, was aus `allow only` folgt), \
das alle Personen oder die gesamte Belegschaft jederzeit oder über die Arbeitszeit hinaus von Plattformen \
fernhält. Eine `except`-Liste macht eine solche Regel nicht eng gefasst; ein Verbot nur \
`during work-hours` prüft `work-time-ban`.

Warum: Sperren schützen nicht, was sie schützen sollen, und sie kosten Vertrauen. Zwischen 2010 \
und 2011 stieg der Anteil der Unternehmen, die soziale Medien am Arbeitsplatz sperren, von 9 % \
auf 19 %, in Deutschland auf 23 %. „Social-Media-Dienste werden weltweit bei Firmen verstärkt \
blockiert, aber nirgends in so hohem Maß wie in Deutschland“, und „zugleich wird von den \
befragten Managern anerkannt, wie wichtig Social Media für den Unternehmenserfolg ist“. 26 % \
der Beschäftigten sagten, strengere Regeln würden sie demotivieren, 14 % würden sie umgehen \
(Clearswift, „Work Life Web 2011“; Seed 000). Udo Nadolski, Geschäftsführer von Harvey Nash \
Deutschland, sagt zur Kontrolle: „Das ist gezielt aber schon technologisch nicht möglich“, \
und: „Die Antwort im Umgang mit Social Media liegt in der Unternehmenskultur. […] Eine \
Law & Order-Orientierung ist zum Scheitern verurteilt“ (Seed 002). Selbst das \
US-Verteidigungsministerium hob 2010 die Netzsperre des Marine Corps von 2009 wieder auf und \
nannte diese Werkzeuge einen festen Bestandteil seiner Arbeit (DTM 09-026).

Besser: Erlauben Sie den Zugang und schreiben Sie eng gefasste Regeln für das eigentliche Anliegen \
(vertrauliche Informationen, Kundendaten), jede mit ihrer Begründung.",
    bad: "\
guideline \"Social Media\" {
  owner hr, it
  contact \"social-media@beispiel.example\"
  goal \"Unsere Beschäftigten sind gute Botschafterinnen und Botschafter\"

  rule \"Zugang\" {
    block facebook, twitter and youtube for everyone except marketing using company-network
    because \"Sicherheit\"
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
    allow employees to access facebook, twitter and youtube
  }

  rule \"Vertraulichkeit\" {
    forbid everyone to disclose confidential-information, customer-data
    because \"Was Kundinnen und Kunden uns anvertrauen, bleibt bei uns\"
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::rules::testing::fired;

    const RULE: &str = "blanket-block";

    fn spans(src: &str) -> Vec<String> {
        fired(src, RULE)
            .iter()
            .map(|f| src[f.span.unwrap().range()].to_owned())
            .collect()
    }

    fn rule(body: &str) -> String {
        format!("guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n  }}\n}}\n")
    }

    /// A block with an except list is opened for those it keeps out, not for `employees`,
    /// who may be the ones let in already (audit 18, item 9); replaced by the suggestion, it
    /// leaves no blanket block.
    #[test]
    fn a_block_with_exceptions_is_opened_for_those_kept_out() {
        let src = rule("forbid everyone except employees to access facebook");
        let help = fired(&src, RULE)[0].help.clone().unwrap();
        assert!(
            help.starts_with("open it up with `allow everyone to access facebook`"),
            "{help}"
        );
        let opened = rule("allow everyone to access facebook");
        assert!(fired(&opened, RULE).is_empty());
        let src = rule("block facebook for employees");
        let help = fired(&src, RULE)[0].help.clone().unwrap();
        assert!(
            help.starts_with("open it up with `allow employees to access facebook`"),
            "{help}"
        );
    }

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    #[test]
    fn fires_on_a_block_with_its_terms_in_the_message() {
        let src = rule(
            "block Facebook, x and youtube for everyone except marketing using company-network",
        );
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "block Facebook, x and youtube for everyone except marketing using company-network"
        );
        assert_eq!(
            found[0].message,
            "blocks facebook, twitter and youtube for everyone except marketing using company-network"
        );
        let help = found[0].help.as_deref().unwrap();
        assert!(help.contains("`allow everyone to access facebook, twitter and youtube`"));
        assert!(help.contains("switch to their phones"));
    }

    #[test]
    fn a_block_defaults_to_everyone_and_any_platform_access_counts() {
        assert_eq!(spans(&rule("block tiktok")), ["block tiktok"]);
        let src = rule("forbid staff to access any-platform");
        let found = fired(&src, RULE);
        // SPEC §3: output uses the canonical term, in English as in German.
        assert_eq!(found[0].message, "blocks any-platform for employees");
        assert_eq!(spans(&src), ["forbid staff to access any-platform"]);
    }

    #[test]
    fn a_forbid_without_platforms_blocks_any_platform() {
        let src = rule("forbid everyone to access");
        assert_eq!(
            fired(&src, RULE)[0].message,
            "blocks any-platform for everyone"
        );
    }

    #[test]
    fn fires_on_the_forbid_implied_by_allow_only_once() {
        let src = rule("allow only marketing to access facebook, instagram");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "allow only marketing to access facebook, instagram"
        );
        assert_eq!(
            found[0].message,
            "blocks facebook and instagram for everyone except marketing (implied by `allow only marketing`)"
        );
    }

    /// `allow only everyone` implies `forbid everyone except everyone to access …` (SPEC §3),
    /// which is broad as the same statement written out is; the help drops the `only`.
    #[test]
    fn allow_only_everyone_is_read_as_its_forbid_written_out() {
        let src = rule("allow only everyone to access facebook");
        let found = fired(&src, RULE);
        assert_eq!(
            found[0].message,
            "blocks facebook for everyone except everyone (implied by `allow only everyone`)"
        );
        let written = rule("block facebook for everyone except everyone");
        assert_eq!(fired(&written, RULE).len(), 1);
        crate::rules::testing::assert_lifted_by(
            &src,
            RULE,
            "allow only everyone",
            "allow everyone",
        );
        crate::rules::testing::assert_lifted_by(
            &rule("allow only employees and interns to access facebook"),
            RULE,
            "allow only employees and interns",
            "allow employees and interns",
        );
    }

    /// An implied block is lifted in the `allow only` that says it: the help's `allow
    /// employees …` next to it would contradict it (edit 16, item 7). Followed, the help
    /// leaves neither this finding nor a conflict.
    #[test]
    fn an_implied_block_is_lifted_where_it_is_said() {
        crate::rules::testing::assert_lifted_where_said(
            &rule("allow only marketing to access facebook, instagram"),
            RULE,
            "allow only marketing",
        );
    }

    #[test]
    fn during_breaks_or_free_time_is_still_blanket() {
        assert_eq!(
            spans(&rule("block tiktok for employees during breaks")),
            ["block tiktok for employees during breaks"]
        );
        let src = rule("forbid employees to access facebook during work-hours and free-time");
        let found = fired(&src, RULE);
        assert_eq!(
            found[0].message,
            "blocks facebook for employees during work-hours and free-time"
        );
    }

    #[test]
    fn quiet_on_work_hours_only() {
        assert!(fired(&rule("block tiktok during working-hours"), RULE).is_empty());
        assert!(fired(
            &rule("forbid employees to access xing during work-hours"),
            RULE
        )
        .is_empty());
    }

    #[test]
    fn quiet_for_a_narrow_audience() {
        assert!(fired(&rule("block tiktok for interns"), RULE).is_empty());
        assert!(fired(&rule("forbid marketing to access facebook"), RULE).is_empty());
    }

    #[test]
    fn a_broad_audience_with_others_is_still_broad() {
        assert_eq!(
            spans(&rule("block tiktok for interns and employees except hr")),
            ["block tiktok for interns and employees except hr"]
        );
    }

    #[test]
    fn quiet_on_other_actions_and_permissions() {
        assert!(fired(&rule("forbid employees to post on facebook"), RULE).is_empty());
        assert!(fired(&rule("allow employees to access any-platform"), RULE).is_empty());
    }

    #[test]
    fn allow_only_employees_still_implies_a_block_for_everyone_else() {
        // The implied forbid is `forbid everyone except employees`: broad, as SPEC §3 says.
        assert_eq!(
            spans(&rule("allow only employees to access facebook")),
            ["allow only employees to access facebook"]
        );
    }

    #[test]
    fn quiet_when_not_understood() {
        let src = rule("block facebok for everyone");
        assert!(fired(&src, RULE).is_empty());
        assert!(!fired(&src, "unknown-term").is_empty());
    }
}
