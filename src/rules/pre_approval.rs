//! `pre-approval`: a broad audience needs approval before posting about the company (or
//! anything at all).

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Effect, Statement, Vocabulary};

pub struct PreApproval;

static META: Meta = Meta {
    name: "pre-approval",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Warning,
};

/// Whether an understood statement makes a broad audience ask before posting: `forbid … without
/// approval by …` or `allow`/`encourage`/`require … with approval by …`, not official use, about
/// everything (no topics) or about a company speech topic (SPEC §4, §11.5).
fn needs_approval_to_speak(s: &Statement, vocab: &Vocabulary) -> bool {
    let Some(approval) = &s.approval else {
        return false;
    };
    let gated = match s.effect {
        Effect::Forbid => !approval.with,
        Effect::Allow | Effect::Encourage | Effect::Require => approval.with,
        Effect::Monitor => false,
    };
    let mut topics = super::topic_terms(s);
    s.understood
        && gated
        && s.has_broad_audience(vocab)
        && s.is_posting_action()
        && !s.is_official_use()
        && (topics.clone().next().is_none() || topics.any(|t| vocab.is_company_topic(t)))
}

impl Rule for PreApproval {
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
        for s in cx.model.statements() {
            if !needs_approval_to_speak(s, cx.vocab) || !snippets::first_time(&mut seen, s.span) {
                continue;
            }
            let approvers = s.approval.as_ref().map(|a| a.by).unwrap_or_default();
            let action = snippets::action(s);
            let company = |t: &str| cx.vocab.is_company_topic(t);
            let topics = super::topic_terms(s);
            // The rewrite frees the company topics only, and keeps the approval for the
            // statement's other topics (`customer-data`), which SPEC §4 calls legitimate.
            let (action_code, kept) = if topics.clone().next().is_none() {
                (action.clone(), None)
            } else {
                // Only a topic that is kept inside for good reason keeps its approval in the
                // example: approval for `opinions` is what the rule is against (edit 16,
                // item 9); otherwise the help's own example.
                let kept = topics
                    .clone()
                    .any(sensitive)
                    .then(|| snippets::action_keeping(s, sensitive));
                (snippets::action_keeping(s, company), kept)
            };
            let t = Texts {
                lang: cx.lang,
                who: snippets::who(s),
                approvers,
                approvers_code: snippets::list(approvers),
                action: snippets::with_circumstances(&action, s),
                action_code,
                kept,
                // `encourage` stays; a forbid, a `require` (speech made compulsory) and an
                // `allow only` (which would forbid everyone else to post) become `allow`.
                keyword: match s.effect {
                    Effect::Encourage => "encourage",
                    _ => "allow",
                },
                about_company: super::topic_terms(s).next().is_some(),
                affiliation_required: *affiliation_required
                    .get_or_insert_with(|| super::gag_rule::requires_affiliation(cx.model)),
            };
            out.push(cx.finding(self, s.span, t.message(), t.label(), t.help()));
        }
    }
}

/// Topics for which approval is legitimate (SPEC §4): plans, results, secrets and data.
fn sensitive(topic: &str) -> bool {
    matches!(
        topic,
        "product-plans"
            | "financial-results"
            | "confidential-information"
            | "trade-secrets"
            | "customer-data"
            | "personal-data"
            | "internal-matters"
    )
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts<'a> {
    lang: Lang,
    /// `employees except marketing`.
    who: String,
    /// The approvers (canonical terms).
    approvers: &'a [&'a str],
    /// The approvers as a Guideline list.
    approvers_code: String,
    /// `post about company-topics using private-accounts`.
    action: String,
    /// What the rewrite frees: `post about company-topics` (the company topics of the
    /// statement, or all of it when it names no topic).
    action_code: String,
    /// What keeps its approval in the rewrite: `post customer-data` (the statement's other
    /// topics), if any.
    kept: Option<String>,
    /// The keyword of the suggested rewrite: `encourage` for an encouragement, else `allow`.
    keyword: &'static str,
    /// The statement names topics (one of them a company speech topic); otherwise it covers
    /// every post.
    about_company: bool,
    /// The guideline already says `require … to disclose affiliation`: not suggested again.
    affiliation_required: bool,
}

impl Texts<'_> {
    fn message(&self) -> String {
        match self.lang {
            Lang::En => [
                self.who.as_str(),
                " must ask ",
                &self.lang.join(self.approvers),
                " for approval before they ",
                &self.action,
            ]
            .concat(),
            Lang::De => [
                "Nach dieser Anweisung brauchen `",
                &self.who,
                "` für `",
                &self.action,
                "` eine Freigabe durch ",
                &self.lang.join_ticked(self.approvers),
            ]
            .concat(),
        }
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En if self.about_company => "approval before speaking about the company",
            Lang::En => "approval before every post",
            Lang::De if self.about_company => "Freigabe vor jeder Äußerung über das Unternehmen",
            Lang::De => "Freigabe vor jedem Beitrag",
        }
    }

    fn help(&self) -> String {
        let kept = self.kept.as_deref().unwrap_or("post about product-plans");
        match self.lang {
            Lang::En => [
                "give orientation instead of a queue: `",
                self.keyword,
                " employees to ",
                &self.action_code,
                if self.affiliation_required {
                    "`"
                } else {
                    "` together with `require employees to disclose affiliation`"
                },
                "; keep approval for specific topics only, e.g. `forbid employees to ",
                kept,
                " without approval by ",
                &self.approvers_code,
                "`",
            ]
            .concat(),
            Lang::De => [
                "Geben Sie Orientierung statt einer Warteschlange: `",
                self.keyword,
                " employees to ",
                &self.action_code,
                if self.affiliation_required {
                    "`"
                } else {
                    "` zusammen mit `require employees to disclose affiliation`"
                },
                "; behalten Sie Freigaben nur für bestimmte Themen bei, zum Beispiel `forbid \
                 employees to ",
                kept,
                " without approval by ",
                &self.approvers_code,
                "`",
            ]
            .concat(),
        }
    }
}

static EN: Doc = Doc {
    summary: "A broad audience needs approval before posting about the company",
    explanation: "\
Flags a statement that makes everyone or all employees ask for approval before they post, \
comment, share, reply, mention or like: `forbid … without approval by …`, or `allow`, \
`encourage` or `require … with approval by …`. It fires when the statement covers everything \
(no objects and no `about`) or a company speech topic (`employer`, `affiliation`, \
`company-topics`, `company-news`). Approval for a specific topic such as `product-plans` or \
`financial-results` is legitimate and not flagged, and neither is official use \
(`using company-accounts`, `speak-for-company`).

Why: executives still believe they can control communication in the social web, which is an \
illusion (Donna Hoffman, UC Riverside, and Udo Nadolski, Harvey Nash; seed 002). Dialogue on \
social media is written, asynchronous and nearly real time (seed 002); an approval chain breaks \
it, so employees either stay silent or skip the chain. In the US, a blanket prior-approval rule \
was held unlawful (NLRB, Costco, 2012).

Better: let employees speak as themselves, ask them to disclose their affiliation, and reserve \
approval for the few topics that really need it.",
    bad: "\
guideline \"Social media\" {
  owner hr, pr
  contact \"social@acme.example\"
  goal \"Employees are good ambassadors\"

  rule \"Approval\" {
    forbid employees to post about company-topics without approval by pr
    because \"One voice\"
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
    allow employees to post about company-topics
    require employees to disclose affiliation
    because \"Readers should know who is speaking\"
  }

  rule \"Launches\" {
    forbid employees to post about product-plans without approval by pr
    because \"Launch dates are insider information until announced\"
  }
}
",
};

static DE: Doc = Doc {
    summary:
        "Eine breite Zielgruppe braucht eine Freigabe, bevor sie über das Unternehmen schreibt",
    explanation: "\
Meldet eine Anweisung, nach der alle Personen oder die gesamte Belegschaft eine Freigabe einholen müssen, bevor \
sie posten, kommentieren, teilen, antworten, erwähnen oder liken: `forbid … without approval by …` \
oder `allow`, `encourage` bzw. `require … with approval by …`. Gemeldet wird das, wenn die \
Anweisung alles umfasst (keine Objekte und kein `about`) oder ein Thema, bei dem es um das \
Unternehmen selbst geht (`employer`, `affiliation`, `company-topics`, `company-news`). Eine \
Freigabe für ein bestimmtes Thema wie `product-plans` oder `financial-results` ist berechtigt und \
wird nicht gemeldet, ebenso wenig der offizielle Auftritt (`using company-accounts`, \
`speak-for-company`).

Warum: Führungskräfte „seien noch immer der Ansicht, dass sie die Kommunikation im Social Web \
kontrollieren können“ (Donna Hoffman, University of California Riverside; Seed 002). Dass sich \
das „als Illusion herausstellen“ dürfte, begründet Udo Nadolski von Harvey Nash: Kontrolle sei \
„schon technologisch nicht möglich“ (Seed 002). Der Dialog in \
sozialen Medien ist „schriftlich, asynchron und dennoch fast in Echtzeit“ (Seed 002); eine \
Freigabekette unterbricht ihn, und die Beschäftigten schweigen dann entweder oder umgehen die \
Kette. In den USA wurde eine pauschale Vorab-Freigabe für unzulässig erklärt (NLRB, Costco, 2012).

Besser: Lassen Sie die Beschäftigten für sich selbst sprechen, bitten Sie sie, ihre \
Zugehörigkeit offenzulegen, und behalten Sie Freigaben den wenigen Themen vor, die sie wirklich \
brauchen.",
    bad: "\
guideline \"Social Media\" {
  owner hr, pr
  contact \"social-media@beispiel.example\"
  goal \"Unsere Beschäftigten sind gute Botschafterinnen und Botschafter\"

  rule \"Freigabe\" {
    forbid employees to post about company-topics without approval by pr
    because \"Eine Stimme nach außen\"
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
    allow employees to post about company-topics
    require employees to disclose affiliation
    because \"Wer mitliest, soll wissen, wer da spricht\"
  }

  rule \"Produktstarts\" {
    forbid employees to post about product-plans without approval by pr
    because \"Starttermine sind bis zur Ankündigung Insiderinformationen\"
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::rules::testing::fired;

    const RULE: &str = "pre-approval";

    fn rule(body: &str) -> String {
        format!("guideline \"G\" {{\n  rule \"R\" {{\n    {body}\n  }}\n}}\n")
    }

    /// What the guideline already requires is not suggested again.
    #[test]
    fn an_existing_affiliation_duty_is_not_suggested_again() {
        let help = |body: &str| fired(&rule(body), RULE)[0].help.clone().unwrap();
        let bare = help("forbid employees to post without approval by pr");
        assert!(
            bare.contains("`require employees to disclose affiliation`"),
            "{bare}"
        );
        let with_duty = help(
            "require employees to disclose affiliation\n    \
             forbid employees to post without approval by pr",
        );
        assert!(!with_duty.contains("require employees"), "{with_duty}");
        assert!(
            with_duty.contains("`allow employees to post`; keep"),
            "{with_duty}"
        );
        let gag = fired(
            &rule("require employees to disclose affiliation\n    forbid employees to post"),
            "gag-rule",
        )[0]
        .help
        .clone()
        .unwrap();
        assert!(!gag.contains("require employees"), "{gag}");
        assert!(
            gag.contains("`allow employees to post about employer`, and forbid only"),
            "{gag}"
        );
    }

    /// The rewrite must not be a law-and-order rule itself: no `allow only` (a gag for
    /// everyone else) and no `require` (speech made compulsory).
    #[test]
    fn the_rewrite_allows_without_only_or_require() {
        let help = |body: &str| fired(&rule(body), RULE)[0].help.clone().unwrap();
        let only = help("allow only employees to post with approval by pr");
        assert!(only.contains("`allow employees to post`"), "{only}");
        let required = help("require employees to reply about employer with approval by pr");
        assert!(
            required.contains("`allow employees to reply about employer`"),
            "{required}"
        );
        let encouraged = help("encourage employees to share with approval by pr");
        assert!(
            encouraged.contains("`encourage employees to share`"),
            "{encouraged}"
        );
        for rewrite in [only, required, encouraged] {
            let code = rewrite.split('`').nth(1).unwrap();
            let src = rule(code);
            for law_and_order in ["gag-rule", "pre-approval", "blanket-block"] {
                assert!(
                    fired(&src, law_and_order).is_empty(),
                    "{code}: {law_and_order}"
                );
            }
        }
    }

    /// Approval is kept in the example only for topics kept inside for good reason, not for
    /// personal opinions (edit 16, item 9); the example then raises no finding.
    #[test]
    fn approval_is_not_kept_for_opinions() {
        let body = "forbid everyone except managers to comment about employer, opinions on linkedin without approval by hr";
        let help = fired(&rule(body), RULE)[0].help.clone().unwrap();
        assert!(!help.contains("opinions"), "{help}");
        let kept = "forbid employees to post about product-plans without approval by hr";
        assert!(help.ends_with(&format!("e.g. `{kept}`")), "{help}");
        assert!(fired(&rule(kept), RULE).is_empty());
        let body = "forbid employees to post about opinions, customer-data, company-topics without approval by pr";
        let help = fired(&rule(body), RULE)[0].help.clone().unwrap();
        assert!(
            help.ends_with(
                "e.g. `forbid employees to post about customer-data without approval by pr`"
            ),
            "{help}"
        );
    }

    /// The rewrite frees the company topics and keeps the approval for the statement's other
    /// topics; followed, it leaves no pre-approval finding.
    #[test]
    fn the_help_frees_the_company_topics_and_keeps_the_rest() {
        let body = "forbid employees to post confidential-information, company-topics without approval by pr";
        let help = fired(&rule(body), RULE)[0].help.clone().unwrap();
        let freed = "allow employees to post company-topics";
        let kept = "forbid employees to post confidential-information without approval by pr";
        assert!(help.contains(&format!("`{freed}`")), "{help}");
        assert!(help.contains(&format!("`{kept}`")), "{help}");
        assert!(fired(&rule(&format!("{freed}\n    {kept}")), RULE).is_empty());
        // Without other topics, the example is a specific topic of its own.
        let help = fired(
            &rule("forbid employees to post without approval by pr"),
            RULE,
        )[0]
        .help
        .clone()
        .unwrap();
        assert!(
            help.contains("`forbid employees to post about product-plans without approval by pr`"),
            "{help}"
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
    fn fires_on_forbid_without_approval_about_company_topics() {
        let src = rule("forbid employees to post about company-topics without approval by pr");
        let found = fired(&src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "employees must ask pr for approval before they post about company-topics"
        );
        assert_eq!(found[0].label, "approval before speaking about the company");
        let help = found[0].help.as_deref().unwrap();
        assert!(help.contains("`allow employees to post about company-topics`"));
        assert!(help.contains("without approval by pr`"));
    }

    #[test]
    fn fires_on_a_permission_with_approval_for_everything() {
        let src = rule("allow employees to comment on linkedin with approval by managers");
        let found = fired(&src, RULE);
        assert_eq!(
            found[0].message,
            "employees must ask managers for approval before they comment on linkedin"
        );
        assert_eq!(found[0].label, "approval before every post");
        assert!(fires(
            "encourage everyone to share with approval by pr and legal"
        ));
        assert!(fires(
            "require staff to reply about employer with approval by pr"
        ));
    }

    #[test]
    fn fires_on_a_company_topic_among_others_and_with_an_except_list() {
        assert!(fires(
            "forbid everyone except pr to post photos about company-news without approval by pr"
        ));
        assert!(fires(
            "forbid employees to mention affiliation without approval by hr"
        ));
    }

    #[test]
    fn quiet_for_topic_specific_approval() {
        assert!(!fires(
            "forbid employees to post about product-plans without approval by pr"
        ));
        assert!(!fires(
            "forbid employees to share financial-results without approval by legal"
        ));
    }

    #[test]
    fn quiet_for_official_use() {
        assert!(!fires(
            "forbid employees to post using company-accounts without approval by pr"
        ));
        assert!(!fires(
            "forbid employees to speak-for-company without approval by pr"
        ));
    }

    #[test]
    fn quiet_for_a_narrow_audience() {
        assert!(!fires(
            "forbid interns to post about company-news without approval by hr"
        ));
        assert!(!fires("allow marketing to post with approval by pr"));
    }

    #[test]
    fn quiet_without_gating() {
        assert!(!fires("forbid employees to post about company-topics"));
        assert!(!fires("allow employees to post about company-topics"));
        assert!(!fires("allow employees to post without approval by pr"));
        assert!(!fires("forbid employees to post with approval by pr"));
        assert!(!fires("allow employees to follow with approval by pr"));
        assert!(!fires(
            "allow employees to access facebook with approval by it"
        ));
    }

    #[test]
    fn allow_only_with_approval_fires_once_for_a_broad_audience() {
        assert!(fires("allow only employees to post with approval by pr"));
        assert!(!fires("allow only marketing to post with approval by pr"));
    }

    #[test]
    fn quiet_when_not_understood() {
        assert!(!fires("forbid employes to post without approval by pr"));
    }
}
