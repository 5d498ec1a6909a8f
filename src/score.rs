//! Score and verdict (SPEC §6, §11.9).

use serde::Serialize;

use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;

/// The overall judgement of one guideline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Open,
    Mixed,
    LawAndOrder,
    /// The file has a syntax error or could not be read.
    Invalid,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Open => "open",
            Verdict::Mixed => "mixed",
            Verdict::LawAndOrder => "law-and-order",
            Verdict::Invalid => "invalid",
        }
    }

    /// The verdict in human output (English: the JSON word).
    pub fn name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, _) => self.as_str(),
            (Lang::De, Verdict::Open) => "offen",
            (Lang::De, Verdict::Mixed) => "gemischt",
            (Lang::De, Verdict::LawAndOrder) => "Law & Order",
            (Lang::De, Verdict::Invalid) => "ungültig",
        }
    }
}

/// Score (0–100) and verdict of a file's findings; `None` and `Invalid` when the file has a
/// syntax error or could not be read.
pub fn assess(findings: &[Finding]) -> (Option<u32>, Verdict) {
    let invalid = findings
        .iter()
        .any(|f| f.rule == "syntax-error" || f.rule == "unreadable-file");
    if invalid {
        return (None, Verdict::Invalid);
    }
    let counted = findings.iter().filter(|f| !f.is_suppressed());
    let mut weights = 0u32;
    let mut law_and_order = false;
    let mut law_and_order_error = false;
    for f in counted {
        if f.category.counts_towards_score() {
            weights = weights.saturating_add(f.severity.weight());
        }
        if f.category == RuleCategory::LawAndOrder {
            law_and_order = true;
            law_and_order_error |= f.severity == Severity::Error;
        }
    }
    let score = 100u32.saturating_sub(weights);
    let verdict = if law_and_order_error || score < 50 {
        Verdict::LawAndOrder
    } else if law_and_order || score < 80 {
        Verdict::Mixed
    } else {
        Verdict::Open
    };
    (Some(score), verdict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Suppression;

    fn f(rule: &'static str, category: RuleCategory, severity: Severity) -> Finding {
        Finding {
            rule: rule.into(),
            category,
            severity,
            span: None,
            label: "".into(),
            message: String::new(),
            help: None,
            related: vec![],
            suppressed: None,
        }
    }

    #[test]
    fn clean_file_is_open() {
        assert_eq!(assess(&[]), (Some(100), Verdict::Open));
    }

    #[test]
    fn weights_and_thresholds() {
        use RuleCategory::*;
        let four_infos = vec![f("x", Openness, Severity::Info); 4];
        assert_eq!(assess(&four_infos), (Some(88), Verdict::Open));
        let warnings = vec![f("x", Openness, Severity::Warning); 3];
        assert_eq!(assess(&warnings), (Some(70), Verdict::Mixed));
        let many = vec![f("x", Custom, Severity::Error); 6];
        assert_eq!(assess(&many), (Some(0), Verdict::LawAndOrder));
    }

    #[test]
    fn law_and_order_decides_the_class() {
        use RuleCategory::*;
        assert_eq!(
            assess(&[f("gag-rule", LawAndOrder, Severity::Warning)]),
            (Some(90), Verdict::Mixed)
        );
        assert_eq!(
            assess(&[f("blanket-block", LawAndOrder, Severity::Error)]),
            (Some(80), Verdict::LawAndOrder)
        );
    }

    #[test]
    fn correctness_and_suppressed_findings_do_not_count() {
        use RuleCategory::*;
        let mut suppressed = f("blanket-block", LawAndOrder, Severity::Error);
        suppressed.suppressed = Some(Suppression { reason: None });
        let conflict = f("conflicting-rules", Correctness, Severity::Error);
        assert_eq!(assess(&[suppressed, conflict]), (Some(100), Verdict::Open));
    }

    #[test]
    fn syntax_errors_make_a_file_invalid() {
        let e = f("syntax-error", RuleCategory::Correctness, Severity::Error);
        assert_eq!(assess(&[e]), (None, Verdict::Invalid));
    }
}
