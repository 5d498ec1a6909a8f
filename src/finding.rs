//! Findings are plain data: what a rule found, where, and what to do. Rendering happens in
//! `report`; severity is decided by the engine from the rule's default and the configuration.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

use crate::lang::Lang;
use crate::span::Span;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Score weight (SPEC §6).
    pub fn weight(self) -> u32 {
        match self {
            Severity::Error => 20,
            Severity::Warning => 10,
            Severity::Info => 3,
        }
    }

    /// The word for this severity in human output (English: the configuration's word).
    pub fn name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, _) => self.as_str(),
            (Lang::De, Severity::Info) => "Hinweis",
            (Lang::De, Severity::Warning) => "Warnung",
            (Lang::De, Severity::Error) => "Fehler",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The family a rule belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleCategory {
    /// Control-oriented rules.
    LawAndOrder,
    /// Missing good practice.
    Openness,
    /// The file is wrong or self-contradictory.
    Correctness,
    /// The organisation's own rules from the configuration.
    Custom,
}

impl RuleCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleCategory::LawAndOrder => "law-and-order",
            RuleCategory::Openness => "openness",
            RuleCategory::Correctness => "correctness",
            RuleCategory::Custom => "custom",
        }
    }

    /// The name of this category in human output (English: the kebab-case name).
    pub fn name(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, _) => self.as_str(),
            (Lang::De, RuleCategory::LawAndOrder) => "Law & Order",
            (Lang::De, RuleCategory::Openness) => "Offenheit",
            (Lang::De, RuleCategory::Correctness) => "Korrektheit",
            (Lang::De, RuleCategory::Custom) => "Eigene Regel",
        }
    }

    /// Whether findings of this category lower the score (SPEC §6).
    pub fn counts_towards_score(self) -> bool {
        !matches!(self, RuleCategory::Correctness)
    }
}

impl fmt::Display for RuleCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary location with its own label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// Why a finding is not counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The reason written after the colon, if any.
    pub reason: Option<String>,
}

/// One diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Cow<'static, str>,
    pub category: RuleCategory,
    /// The effective severity.
    pub severity: Severity,
    /// The primary span; `None` for file-level findings.
    pub span: Option<Span>,
    /// The label at the primary span (most are fixed texts: not copied).
    pub label: Cow<'static, str>,
    /// One line naming the offending terms.
    pub message: String,
    /// A concrete rewrite, in the Guideline language where possible.
    pub help: Option<Cow<'static, str>>,
    pub related: Vec<Related>,
    /// Set when a `guidelint-allow` comment covers this finding.
    pub suppressed: Option<Suppression>,
}

impl Finding {
    pub fn is_suppressed(&self) -> bool {
        self.suppressed.is_some()
    }

    /// Sort key of SPEC §4: span start (file-level first), then rule name.
    pub fn sort_key(&self) -> (usize, usize, &str) {
        match self.span {
            Some(s) => (1, s.start, &self.rule),
            None => (0, 0, &self.rule),
        }
    }
}
