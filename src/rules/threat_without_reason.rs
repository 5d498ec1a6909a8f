//! `threat-without-reason`: a rule block threatens a `consequence` but gives no `because`.

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

pub struct ThreatWithoutReason;

static META: Meta = Meta {
    name: "threat-without-reason",
    category: RuleCategory::LawAndOrder,
    default_severity: Severity::Warning,
};

impl Rule for ThreatWithoutReason {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// Every rule block counts, empty ones and ones whose consequence has unknown terms
    /// included (SPEC §11.1, §11.15).
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for block in &cx.model.rules {
            let Some(consequence) = &block.consequence else {
                continue;
            };
            if block.because.is_some() {
                continue;
            }
            let t = Texts {
                lang: cx.lang,
                rule: &snippets::escaped(block.name),
                consequences: (!consequence.terms.is_empty()).then_some(consequence.terms),
            };
            out.push(cx.finding(self, consequence.span, t.message(), t.label(), t.help()));
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts<'a> {
    lang: Lang,
    /// The rule block's name.
    rule: &'a str,
    /// The known consequences; `None` when every term was unknown.
    consequences: Option<&'a [&'a str]>,
}

impl Texts<'_> {
    fn message(&self) -> String {
        match (self.lang, &self.consequences) {
            (Lang::En, Some(c)) => [
                "rule \"",
                self.rule,
                "\" threatens ",
                &self.lang.join_ticked(c),
                " but does not say why",
            ]
            .concat(),
            (Lang::En, None) => [
                "rule \"",
                self.rule,
                "\" threatens a consequence but does not say why",
            ]
            .concat(),
            (Lang::De, Some(c)) => [
                "Die Regel „",
                self.rule,
                "“ droht mit ",
                &self.lang.join_ticked(c),
                ", sagt aber nicht, warum",
            ]
            .concat(),
            (Lang::De, None) => [
                "Die Regel „",
                self.rule,
                "“ droht eine Konsequenz an, sagt aber nicht, warum",
            ]
            .concat(),
        }
    }

    fn label(&self) -> &'static str {
        match self.lang {
            Lang::En => "consequence without a `because`",
            Lang::De => "Konsequenz ohne `because`",
        }
    }

    fn help(&self) -> String {
        match self.lang {
            Lang::En => [
                "add a `because` to rule \"",
                self.rule,
                "\" that says in one sentence what the rule protects or prevents; people follow \
                 rules they understand, and with the reason stated the threat is often no longer needed",
            ]
            .concat(),
            Lang::De => [
                "Ergänzen Sie die Regel „",
                self.rule,
                "“ um ein `because`, das in einem Satz sagt, was die Regel schützt oder verhindert; \
                 Menschen halten sich an Regeln, die sie verstehen, und mit der Begründung ist die Drohung \
                 oft nicht mehr nötig",
            ]
            .concat(),
        }
    }
}

static EN: Doc = Doc {
    summary: "A rule threatens consequences without giving a reason",
    explanation: "\
Flags a `rule` block that has a `consequence` but no `because`. Empty rule blocks count too, \
and so does a consequence whose terms the vocabulary does not know. The finding points at the \
`consequence` clause.

Why: a guideline is an orientation aid, not a law book (Udo Nadolski, Harvey Nash; seed 002). \
A threat without a reason asks for obedience instead of understanding, and pressure backfires: \
14 % of employees say they would work around stricter rules (Clearswift 2011).

Better: say why the rule exists. Once people understand the reason, the threat is often no \
longer needed; if it stays, it at least reads as fair.",
    bad: "\
guideline \"Social media\" {
  owner hr, legal
  contact \"social@acme.example\"
  goal \"Protect what customers entrust to us\"

  rule \"Customer data\" {
    forbid everyone to disclose customer-data
    consequence formal-warning
  }
}
",
    good: "\
guideline \"Social media\" {
  owner hr, legal
  contact \"social@acme.example\"
  goal \"Protect what customers entrust to us\"

  channel twitter \"@acme_help\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Customer data\" {
    forbid everyone to disclose customer-data
    because \"Customer data is protected by law and by our customers' trust\"
    consequence formal-warning
  }
}
",
};

static DE: Doc = Doc {
    summary: "Eine Regel droht Konsequenzen an, ohne sie zu begründen",
    explanation: "\
Meldet einen Regelblock mit `consequence`, aber ohne `because`. Auch leere Regelblöcke zählen, \
ebenso eine Konsequenz, deren Begriffe das Vokabular nicht kennt. Die Meldung zeigt auf die \
`consequence`-Klausel.

Warum: Eine Richtlinie ist eine Orientierungshilfe, kein Gesetzbuch: „Der von uns konzipierte \
Leitfaden ist nur eine Orientierungshilfe“ (Udo Nadolski, Harvey Nash; Seed 002). Eine Drohung \
ohne Begründung verlangt Gehorsam statt Verständnis, und Druck wirkt gegen die eigene Absicht: \
14 % der Beschäftigten sagen, sie würden strengere Regeln umgehen (Clearswift 2011).

Besser: Sagen Sie, warum es die Regel gibt. Wer die Begründung versteht, braucht die Drohung oft gar \
nicht mehr; bleibt sie stehen, wirkt sie wenigstens fair.",
    bad: "\
guideline \"Social Media\" {
  owner hr, legal
  contact \"social-media@beispiel.example\"
  goal \"Schützen, was Kundinnen und Kunden uns anvertrauen\"

  rule \"Kundendaten\" {
    forbid everyone to disclose customer-data
    consequence formal-warning
  }
}
",
    good: "\
guideline \"Social Media\" {
  owner hr, legal
  contact \"social-media@beispiel.example\"
  goal \"Schützen, was Kundinnen und Kunden uns anvertrauen\"

  channel twitter \"@beispiel_hilfe\" {
    purpose service
    respond within 4h
    staffed by customer-service
  }

  rule \"Kundendaten\" {
    forbid everyone to disclose customer-data
    because \"Kundendaten schützt das Gesetz, und unsere Kundschaft vertraut uns\"
    consequence formal-warning
  }
}
",
};

#[cfg(test)]
mod tests {
    use super::EN;
    use crate::lang::Lang;
    use crate::rules::testing::fired;

    const RULE: &str = "threat-without-reason";

    #[test]
    fn examples() {
        assert_eq!(fired(EN.bad, RULE).len(), 1);
        assert!(fired(EN.good, RULE).is_empty());
    }

    /// The help gives no placeholder reason: pasted as it is, it would clear the finding
    /// without saying anything (edit 16, item 31).
    #[test]
    fn the_help_has_no_reason_to_paste() {
        let src = "guideline \"G\" {\n  rule \"R\" {\n    forbid interns to post photos\n    consequence warning\n  }\n}\n";
        for lang in [Lang::En, Lang::De] {
            let found: Vec<_> = crate::rules::testing::lint_in(src, lang)
                .into_iter()
                .filter(|f| f.rule == "threat-without-reason")
                .collect();
            let help = found[0].help.as_deref().unwrap();
            assert!(!help.contains("because \""), "{help}");
            assert!(help.contains("`because`"), "{help}");
        }
    }

    #[test]
    fn fires_at_the_consequence_clause() {
        let src = "guideline \"G\" {\n  rule \"Hours\" {\n    forbid employees to post\n    consequence warning and dismissal\n  }\n}\n";
        let found = fired(src, RULE);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "consequence warning and dismissal"
        );
        assert_eq!(
            found[0].message,
            "rule \"Hours\" threatens `warning` and `dismissal` but does not say why"
        );
    }

    #[test]
    fn empty_blocks_and_unknown_consequences_still_count() {
        let src = "guideline \"G\" { rule \"A\" { consequence formal-warning } rule \"B\" { consequence pillory } }";
        let found = fired(src, RULE);
        assert_eq!(found.len(), 2);
        assert_eq!(&src[found[1].span.unwrap().range()], "consequence pillory");
        assert_eq!(
            found[1].message,
            "rule \"B\" threatens a consequence but does not say why"
        );
    }

    #[test]
    fn quiet_with_a_reason_or_without_a_consequence() {
        let src = "guideline \"G\" { rule \"A\" { consequence training because \"x\" } rule \"B\" { forbid everyone to post } }";
        assert!(fired(src, RULE).is_empty());
    }

    #[test]
    fn a_statement_with_unknown_terms_does_not_hide_the_threat() {
        let src =
            "guideline \"G\" { rule \"A\" { forbid employes to post consequence dismissal } }";
        assert_eq!(fired(src, RULE).len(), 1);
    }
}
