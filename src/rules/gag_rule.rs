//! `gag-rule`: a broad audience may not mention, disclose or post anything about the company
//! (or anything at all).

use super::blanket_block::{implied_by, Implied};
use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Effect, Model, Statement, Vocabulary};

pub struct GagRule;

static META: Meta = Meta {
    name: "gag-rule",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Warning,
};

/// Whether an understood forbid (implied ones included) silences a broad audience: action
/// `mention`, `disclose` or a posting action, about everything (no topics) or about a company
/// speech topic, with no approval qualifier and not official use (SPEC §4, §11.5).
pub(super) fn silences(s: &Statement, vocab: &Vocabulary) -> bool {
    s.understood
        && s.effect == Effect::Forbid
        && s.approval.is_none()
        && s.has_broad_audience(vocab)
        && (s.is_posting_action() || matches!(s.action, Some("mention" | "disclose")))
        && !s.is_official_use()
        && (about_everything(s) || topics(s).any(|t| vocab.is_company_topic(t)))
}

/// The statement's objects and `about` topics, as [`Statement::topics`] without collecting
/// them: this rule asks every statement.
fn topics<'a>(s: &'a Statement<'a>) -> impl Iterator<Item = &'a str> {
    s.objects
        .iter()
        .chain(s.about.into_iter().flatten())
        .copied()
}

/// No objects and no `about` topics: the statement is about everything.
fn about_everything(s: &Statement) -> bool {
    topics(s).next().is_none()
}

impl Rule for GagRule {
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
        let mut affiliation_required = None;
        // The statement before: an implied forbid follows the `allow only` that implies it.
        let mut before: Option<&Statement> = None;
        for s in cx.model.statements() {
            let allow_only = before.replace(s).filter(|b| s.implied && b.span == s.span);
            if !silences(s, cx.vocab) || !snippets::first_time(&mut seen, s.span) {
                continue;
            }
            let action = snippets::action(s);
            let everything = about_everything(s);
            let disclose = s.action == Some("disclose");
            let t = Texts {
                lang: cx.lang,
                who: snippets::who(s),
                action: snippets::with_circumstances(&action, s),
                // The rewrite allows the company topics only: a gag on `customer-data and
                // employer` is one on `employer`, and customer data may stay inside. A gag on
                // everything is lifted for the employer: an `allow` of everything would
                // contradict the help's own `forbid everyone to disclose
                // confidential-information`, and any other forbid of the same action.
                action_code: if everything {
                    about_the_employer(s)
                } else {
                    snippets::action_keeping(s, |t| cx.vocab.is_company_topic(t))
                },
                everything,
                // Saying where one works is all a `disclose` of everything needs lifted: the
                // help's `require employees to disclose affiliation` says it.
                discloses_affiliation: disclose
                    && (everything || topics(s).any(|t| t == "affiliation")),
                affiliation_required: *affiliation_required
                    .get_or_insert_with(|| requires_affiliation(cx.model)),
                implied_by: implied_by(s),
                left_out: allow_only.and_then(approval_code),
                // `allow employees to disclose` for `allow only pr to disclose` would contradict
                // the example `forbid everyone to disclose confidential-information`.
                forbid_example: !(s.implied && everything && disclose),
                // Taken out of the ban only when the topics are one list: objects and `about`
                // narrow each other (`post opinions about company`), and taking one out would
                // widen the ban (a blind review).
                speech_topics: if everything
                    || topics(s).all(|t| cx.vocab.is_company_topic(t))
                    || (!s.objects.is_empty() && s.about.is_some_and(|a| !a.is_empty()))
                {
                    Vec::new()
                } else {
                    let mut speech: Vec<&str> = Vec::new();
                    for t in topics(s).filter(|t| cx.vocab.is_company_topic(t)) {
                        if !speech.contains(&t) {
                            speech.push(t);
                        }
                    }
                    speech.into_iter().map(str::to_owned).collect()
                },
            };
            out.push(cx.finding(self, s.span, t.message(), t.label(), t.help()));
        }
    }
}

/// The statement's action about the employer, for a statement about everything:
/// `mention employer on linkedin`, `post about employer on linkedin`.
fn about_the_employer(s: &Statement) -> String {
    let employer: &[&str] = &["employer"];
    let speech = if s.action == Some("mention") {
        Statement {
            objects: employer,
            about: None,
            ..s.clone()
        }
    } else {
        Statement {
            objects: &[],
            about: Some(employer),
            ..s.clone()
        }
    };
    snippets::action(&speech)
}

/// The approval qualifier of an `allow only` (its implied forbid has none), as written:
/// `with approval by legal`. Kept in the help's `allow employees`, it would be a
/// `pre-approval`.
fn approval_code(allow_only: &Statement) -> Option<String> {
    let approval = allow_only.approval.as_ref()?;
    let mut code = String::from(if approval.with {
        "with approval by "
    } else {
        "without approval by "
    });
    snippets::push_list(&mut code, approval.by);
    Some(code)
}

/// Whether the guideline already makes people say where they work (an understood `require …
/// to disclose affiliation`): the helps of `gag-rule` and `pre-approval` then do not suggest it.
pub(super) fn requires_affiliation(model: &Model) -> bool {
    model.statements().any(|s| {
        s.understood
            && s.effect == Effect::Require
            && s.action == Some("disclose")
            && topics(s).any(|t| t == "affiliation")
    })
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    lang: Lang,
    /// `employees except pr`.
    who: String,
    /// `mention employer on any-platform using private-accounts`.
    action: String,
    /// What the rewrite allows: `mention employer on any-platform` (the company topics of the
    /// statement, or all of it when it names none).
    action_code: String,
    /// No objects and no `about`: the statement forbids every topic.
    everything: bool,
    /// The statement forbids saying where one works.
    discloses_affiliation: bool,
    /// The guideline already says `require … to disclose affiliation`: the help does not
    /// suggest it a second time.
    affiliation_required: bool,
    /// `allow only pr`, when the forbid is implied by it.
    implied_by: Option<Implied>,
    /// What the help's `allow employees` for that `allow only` leaves out: its approval
    /// qualifier (`with approval by legal`), if it has one.
    left_out: Option<String>,
    /// Whether the help gives its example of a narrow forbid.
    forbid_example: bool,
    /// The company speech topics of a ban that also names other topics (`forbid employees to
    /// post about company-topics and trade-secrets`): these are taken out of it, the rest
    /// stays. Empty when the whole ban is lifted.
    speech_topics: Vec<String>,
}

/// `post on linkedin` as forbidden for every topic: `post anything on linkedin`, the word right
/// after the verb (an `at all` at the end read as if it belonged to the last qualifier:
/// `… during work-hours at all`; edit 16, item 26).
fn anything(action: &str) -> String {
    let (verb, rest) = action.split_once(' ').unwrap_or((action, ""));
    let object = match verb {
        "comment" => "comment on anything",
        "reply" => "reply to anything",
        "speak-for-company" => "speak-for-company at all",
        _ => "",
    };
    let mut said = if object.is_empty() {
        [verb, " anything"].concat()
    } else {
        object.to_owned()
    };
    if !rest.is_empty() {
        said.extend([" ", rest]);
    }
    said
}

impl Texts {
    fn message(&self) -> String {
        match self.lang {
            Lang::En => {
                let action = if self.everything {
                    anything(&self.action)
                } else {
                    self.action.clone()
                };
                let mut m = ["forbids ", &self.who, " to ", &action].concat();
                if let Some(Implied { source, .. }) = &self.implied_by {
                    m.extend([" (implied by `", source, "`)"]);
                }
                m
            }
            Lang::De => {
                let mut m = [
                    "Nach dieser Anweisung dürfen `",
                    &self.who,
                    "` dies nicht: `",
                    &self.action,
                    "`",
                ]
                .concat();
                if self.everything {
                    m.push_str(", und zwar zu jedem Thema");
                }
                if let Some(Implied { source, .. }) = &self.implied_by {
                    m.extend([" (folgt aus `", source, "`)"]);
                }
                m
            }
        }
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En if self.everything => "silence on every topic",
            Lang::En => "silence about the company",
            Lang::De if self.everything => "Schweigen zu jedem Thema",
            Lang::De => "Schweigen über das Unternehmen",
        }
    }

    fn help(&self) -> String {
        let en = self.lang == Lang::En;
        let require = if self.affiliation_required {
            ""
        } else {
            "`require employees to disclose affiliation`"
        };
        // Nothing to allow when the gag hides the affiliation only: disclosing it is the fix.
        let allows = self.implied_by.is_some() || !self.discloses_affiliation;
        // Written straight into one string: one of the most frequent helps.
        let mut help = String::with_capacity(384);
        help.push_str(if en {
            "let employees speak as themselves"
        } else {
            "Lassen Sie die Beschäftigten für sich selbst sprechen"
        });
        if allows || !require.is_empty() {
            help.push_str(": ");
        }
        if allows {
            self.push_allow(&mut help, en);
        }
        if allows && !require.is_empty() {
            help.push_str(if en {
                ", together with "
            } else {
                ", zusammen mit "
            });
        }
        help.push_str(require);
        if self.forbid_example {
            help.push_str(if en {
                ", and forbid only what must stay inside, e.g. `forbid everyone to disclose \
                 confidential-information`"
            } else {
                "; verbieten Sie nur, was im Haus bleiben muss, zum Beispiel `forbid everyone \
                 to disclose confidential-information`"
            });
        }
        help
    }

    /// What becomes of the ban. An implied gag is lifted where it is said: an `allow employees
    /// …` next to the `allow only` would contradict it (edit 16, item 7). A written one is
    /// replaced by the allow, or loses the company's topics when it names others too: the
    /// allow written beside it would contradict it (a blind review).
    fn push_allow(&self, help: &mut String, en: bool) {
        if let Some(implied) = &self.implied_by {
            let (opened, source) = (&implied.opened(), &implied.source);
            help.extend(if en {
                ["write `", opened, "` for `", source, "`"]
            } else {
                ["Schreiben Sie `", opened, "` statt `", source, "`"]
            });
            if let Some(approval) = &self.left_out {
                help.extend(if en {
                    [" and leave out `", approval, "`"]
                } else {
                    [" und lassen Sie `", approval, "` weg"]
                });
            }
            return;
        }
        match (en, self.speech_topics.is_empty()) {
            (true, true) => help.push_str("replace the ban with "),
            (false, true) => help.push_str("Ersetzen Sie das Verbot durch "),
            (true, false) => help.extend([
                "take ",
                &Lang::En.join_ticked(&self.speech_topics),
                " out of the ban and write ",
            ]),
            (false, false) => help.extend([
                "Nehmen Sie ",
                &Lang::De.join_ticked(&self.speech_topics),
                " aus dem Verbot und schreiben Sie ",
            ]),
        }
        help.extend(["`allow employees to ", &self.action_code, "`"]);
    }
}

static EN: Doc = Doc {
    summary: "A broad audience may not speak about the company",
    explanation: "\
Flags a `forbid` (including the one implied by `allow only`) that keeps everyone or all \
employees from mentioning, disclosing, posting, commenting, sharing, replying or liking, \
either about anything at all (no objects and no `about`) or about a company speech topic \
(`employer`, `affiliation`, `company-topics`, `company-news`). A forbid with an approval \
qualifier is not a gag rule: with `without approval by …` it is a `pre-approval` finding, and \
with `with approval by …` neither rule flags it; official use (`using company-accounts`, \
`speak-for-company`) and specific topics such as `confidential-information` are not flagged.

Why: silence is not neutral. Boards who say \"Social web? Nothing to do with me!\" (seed 001) \
leave the conversation about their company to others, and for mid-sized firms the problem is \
rather that too little is said about them at all (Mirko Lange; seed 004). \"Who could \
represent the company better than its employees?\" asked Daimler's guideline in 2010, and the \
Otto Group lets employees comment publicly, even critically, as their personal view (2010).

Better: let employees speak as themselves, ask them to disclose their affiliation, and forbid \
only what must stay inside, such as trade secrets and customer data.",
    bad: "\
guideline \"Social media\" {
  owner hr, pr
  contact \"social@acme.example\"
  goal \"Employees are good ambassadors\"

  rule \"Silence\" {
    forbid employees to mention employer on any-platform
    because \"Only the press office speaks about us\"
  }
}
",
    good: "\
guideline \"Social media\" {
  owner hr, pr
  contact \"social@acme.example\"
  goal \"Employees are good ambassadors\"

  channel twitter \"@acme_help\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Speaking about us\" {
    allow employees to mention employer on any-platform
    require employees to disclose affiliation
    because \"Readers should know who is speaking, and that it is a personal view\"
  }

  rule \"Confidentiality\" {
    forbid everyone to disclose confidential-information, customer-data
    because \"What customers entrust to us stays with us\"
  }
}
",
};

static DE: Doc = Doc {
    summary: "Eine breite Zielgruppe darf nicht über das Unternehmen sprechen",
    explanation: "\
Meldet ein `forbid` (auch das, was aus `allow only` folgt), das alle Personen oder die gesamte \
Belegschaft daran hindert, etwas zu erwähnen, offenzulegen, zu posten, zu kommentieren, zu teilen, zu \
beantworten oder zu liken, und zwar entweder zu jedem Thema (keine Objekte und kein `about`) oder \
zu einem Thema, bei dem es um das Unternehmen selbst geht (`employer`, `affiliation`, \
`company-topics`, `company-news`). Ein Verbot mit Freigabe-Zusatz ist kein Maulkorb: \
Mit `without approval by …` meldet es `pre-approval`, mit `with approval by …` keine der beiden \
Regeln; der offizielle Auftritt (`using company-accounts`, `speak-for-company`) und \
bestimmte Themen wie `confidential-information` werden nicht gemeldet.

Warum: Schweigen ist nicht neutral. Vorstände, die auf das Social Web mit „Hab ich nichts mit zu \
tun!“ antworten (nach den Erfahrungen von Felix Holzapfel; Seed 001), überlassen das Gespräch über ihr Unternehmen \
anderen. Für den Mittelstand ist das Problem eher, dass überhaupt zu wenig über ihn gesagt wird: \
„Über sie wird zu wenig gesprochen“ (Mirko Lange; Seed 004). Daimler fragte 2010 in seiner \
Richtlinie sinngemäß, wer das Unternehmen besser vertreten könne als die eigenen Beschäftigten, \
und die Otto Group lässt ihre Beschäftigten öffentlich kommentieren, auch kritisch, als ihre \
persönliche Meinung (2010).

Besser: Lassen Sie die Beschäftigten für sich selbst sprechen, bitten Sie sie, ihre \
Zugehörigkeit offenzulegen, und verbieten Sie nur, was im Haus bleiben muss, etwa \
Betriebsgeheimnisse und Kundendaten.",
    bad: "\
guideline \"Social Media\" {
  owner hr, pr
  contact \"social-media@beispiel.example\"
  goal \"Unsere Beschäftigten sind gute Botschafterinnen und Botschafter\"

  rule \"Schweigen\" {
    forbid employees to mention employer on any-platform
    because \"Über uns spricht nur die Pressestelle\"
  }
}
",
    good: "\
guideline \"Social Media\" {
  owner hr, pr
  contact \"social-media@beispiel.example\"
  goal \"Unsere Beschäftigten sind gute Botschafterinnen und Botschafter\"

  channel twitter \"@beispiel_hilfe\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Über uns sprechen\" {
    allow employees to mention employer on any-platform
    require employees to disclose affiliation
    because \"Wer mitliest, soll wissen, wer spricht und dass es eine persönliche Meinung ist\"
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

    const RULE: &str = "gag-rule";

    fn rule(body: &str) -> String {
        format!("guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n  }}\n}}\n")
    }

    /// The help of the gag-rule finding on `body` (in a rule block).
    fn help_of(body: &str) -> String {
        fired(&rule(body), RULE)[0]
            .help
            .clone()
            .unwrap()
            .into_owned()
    }

    /// The rewrite allows the company topics only: customer data may stay inside.
    #[test]
    fn the_help_allows_only_the_company_topics() {
        let help = help_of("forbid employees to disclose customer-data and employer");
        assert!(
            help.contains("`allow employees to disclose employer`"),
            "{help}"
        );
        assert!(
            !help.contains("allow employees to disclose customer-data"),
            "{help}"
        );
        // About everything, the rewrite allows speaking about the employer.
        let help = help_of("forbid employees to post");
        assert!(
            help.contains("`allow employees to post about employer`"),
            "{help}"
        );
        let help = help_of("forbid employees to mention on xing");
        assert!(
            help.contains("`allow employees to mention employer on xing`"),
            "{help}"
        );
    }

    /// The findings of `body` in a rule block with a reason, beside `others`.
    fn findings_with(body: &str, others: &str) -> Vec<String> {
        let src = format!(
            "guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n    because \"x\"\n  }}\n  \
             rule \"O\" {{\n    {others}\n    because \"y\"\n  }}\n}}\n"
        );
        crate::rules::testing::lint(&src)
            .into_iter()
            .filter(|f| f.category != crate::finding::RuleCategory::Openness)
            .map(|f| f.rule.into_owned())
            .collect()
    }

    /// The statements the help suggests, pasted in place of the gag, leave no gag, no
    /// conflict (with each other or another forbid of the action) and no other law-and-order
    /// finding (audit 18, items 1 and 2).
    #[test]
    fn the_suggested_statements_clear_the_finding_and_contradict_nothing() {
        for (gag, others) in [
            (
                "forbid employees to disclose",
                "forbid employees to post internal-matters",
            ),
            (
                "forbid employees to post on kununu, glassdoor",
                "forbid employees to post internal-matters",
            ),
            (
                "forbid everyone to mention",
                "forbid employees to mention customer-data",
            ),
            (
                "allow only pr to post about company-news with approval by legal",
                "forbid employees to post internal-matters",
            ),
            (
                "allow only pr to disclose",
                "forbid employees to post internal-matters",
            ),
            (
                "allow only pr and it to comment on linkedin",
                "forbid employees to post internal-matters",
            ),
        ] {
            assert_eq!(findings_with(gag, others), ["gag-rule"], "{gag}");
            let help = help_of(gag);
            // The statements in backticks, the `allow only` rewritten as the help says.
            let mut pasted: Vec<String> = help
                .split('`')
                .skip(1)
                .step_by(2)
                .filter(|code| code.contains(" to "))
                .map(str::to_owned)
                .collect();
            if let Some(source) = gag.strip_prefix("allow only ") {
                let (_, rest) = source.split_once(" to ").unwrap();
                let rest = rest.replace(" with approval by legal", "");
                assert!(
                    help.contains("write `allow employees` for `allow only"),
                    "{help}"
                );
                pasted.push(format!("allow employees to {rest}"));
            }
            assert!(!pasted.is_empty(), "{help}");
            let found = findings_with(&pasted.join("\n    "), others);
            assert!(found.is_empty(), "{gag}: {pasted:?} gives {found:?}");
        }
    }

    /// Found by a blind review: "`allow …` together with `require …`" was read as lines to
    /// add beside the ban, which then contradicted it. The help says what becomes of the ban:
    /// replaced, or, when it also names other topics, without the company's.
    #[test]
    fn the_help_says_what_becomes_of_the_ban() {
        let help = help_of("forbid employees to post on TikTok");
        assert!(
            help.starts_with(
                "let employees speak as themselves: replace the ban with `allow employees to \
                 post about employer on tiktok`, together with `require employees to disclose \
                 affiliation`"
            ),
            "{help}"
        );
        let gag = "forbid employees to post about company-topics, employer and trade-secrets";
        let help = help_of(gag);
        assert!(
            help.starts_with(
                "let employees speak as themselves: take `company-topics` and `employer` out of \
                 the ban and write `allow employees to post about company-topics and employer`"
            ),
            "{help}"
        );
        // Objects and `about` narrow each other: the ban is replaced, not narrowed to
        // `forbid employees to post opinions`, which would forbid every opinion.
        let help = help_of("forbid employees to post opinions about company");
        assert!(
            help.starts_with("let employees speak as themselves: replace the ban with `allow"),
            "{help}"
        );
        // Taken out as the help says, the ban and the suggestions leave no law-and-order finding.
        let pasted = [
            "forbid employees to post about trade-secrets",
            "allow employees to post about company-topics and employer",
            "require employees to disclose affiliation",
        ];
        let found = findings_with(
            &pasted.join("\n    "),
            "forbid everyone to disclose customer-data",
        );
        assert!(found.is_empty(), "{found:?}");
        let src = rule(gag);
        let de = crate::rules::testing::lint_in(&src, crate::lang::Lang::De)
            .into_iter()
            .find(|f| f.rule == RULE)
            .and_then(|f| f.help)
            .unwrap();
        assert!(
            de.contains(
                "Nehmen Sie `company-topics` und `employer` aus dem Verbot und schreiben Sie \
                 `allow employees to post about company-topics and employer`, zusammen mit"
            ),
            "{de}"
        );
    }

    fn fires(body: &str) -> bool {
        let src = rule(body);
        let found = fired(&src, RULE);
        assert!(found.len() <= 1, "{body}: reported twice");
        if let Some(f) = found.first() {
            assert_eq!(&src[f.span.unwrap().range()], body);
        }
        !found.is_empty()
    }

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    #[test]
    fn fires_on_mentioning_the_employer() {
        let src = rule("forbid employees to mention company on social-media");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "forbids employees to mention employer on any-platform"
        );
        assert_eq!(found[0].label, "silence about the company");
        assert!(found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`allow employees to mention employer on any-platform`"));
    }

    #[test]
    fn fires_on_posting_anything() {
        let src = rule("forbid staff to post");
        let found = fired(&src, RULE);
        assert_eq!(found[0].message, "forbids employees to post anything");
        assert_eq!(found[0].label, "silence on every topic");
        assert!(fires(
            "forbid everyone to like on facebook during work-hours"
        ));
        // "anything" stands after the verb, not after the last qualifier (edit 16, item 26).
        for (statement, message) in [
            (
                "forbid everyone to post on linkedin during work-hours",
                "forbids everyone to post anything on linkedin during work-hours",
            ),
            (
                "forbid everyone to like",
                "forbids everyone to like anything",
            ),
            (
                "forbid everyone to comment on facebook",
                "forbids everyone to comment on anything on facebook",
            ),
        ] {
            assert_eq!(fired(&rule(statement), RULE)[0].message, message);
        }
    }

    #[test]
    fn fires_on_company_topics_among_others() {
        assert!(fires("forbid employees to share company-news on facebook"));
        assert!(fires("forbid staff to post opinions about employer"));
        assert!(fires(
            "forbid everyone except pr to comment about company-topics"
        ));
    }

    #[test]
    fn hiding_affiliation_suggests_disclosing_it() {
        let src = rule("forbid employees to disclose affiliation");
        let found = fired(&src, RULE);
        let help = found[0].help.as_deref().unwrap();
        assert!(help.starts_with(
            "let employees speak as themselves: `require employees to disclose affiliation`,"
        ));
    }

    #[test]
    fn fires_on_the_forbid_implied_by_allow_only_once() {
        let src = rule("allow only pr to mention employer");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "allow only pr to mention employer"
        );
        assert_eq!(
            found[0].message,
            "forbids everyone except pr to mention employer (implied by `allow only pr`)"
        );
    }

    /// `allow only everyone to post` is a gag of everyone except everyone, as written out
    /// (SPEC §3); the help drops the `only`, which lifts it.
    #[test]
    fn allow_only_everyone_gags_as_written_out() {
        let src = rule("allow only everyone to post");
        assert_eq!(fired(&src, RULE).len(), 1);
        assert_eq!(
            fired(&rule("forbid everyone except everyone to post"), RULE).len(),
            1
        );
        crate::rules::testing::assert_lifted_by(
            &src,
            RULE,
            "allow only everyone",
            "allow everyone",
        );
    }

    /// An implied gag is lifted in the `allow only` that says it: the help's `allow
    /// employees …` next to it would contradict it (edit 16, item 7). Followed, the help
    /// leaves neither this finding nor a conflict.
    #[test]
    fn an_implied_gag_is_lifted_where_it_is_said() {
        crate::rules::testing::assert_lifted_where_said(
            &rule("allow only pr to mention employer"),
            RULE,
            "allow only pr",
        );
    }

    #[test]
    fn quiet_on_specific_topics() {
        assert!(!fires(
            "forbid everyone to disclose confidential-information, financial-results"
        ));
        assert!(!fires("forbid employees to post customer-data"));
    }

    #[test]
    fn quiet_on_official_use_and_approval() {
        assert!(!fires(
            "forbid employees to mention employer using company-accounts"
        ));
        assert!(!fires("allow only pr to speak-for-company"));
        assert!(!fires(
            "forbid employees to post about company-topics without approval by pr"
        ));
    }

    #[test]
    fn quiet_for_a_narrow_audience_and_other_actions() {
        assert!(!fires("forbid interns to mention employer"));
        assert!(!fires("forbid employees to follow"));
        assert!(!fires("forbid employees to connect"));
        assert!(!fires("block facebook"));
        assert!(!fires("allow employees to mention employer"));
    }

    #[test]
    fn quiet_when_not_understood() {
        assert!(!fires("forbid employees to mention employr"));
    }
}
