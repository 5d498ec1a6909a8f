//! The configuration in force for a run (SPEC §8). This module will be the only one that reads
//! YAML; the rest of the crate sees the plain [`Config`].

use std::collections::HashMap;

use crate::finding::Severity;
use crate::lang::Lang;
use crate::semantics::Vocabulary;

/// Default size limit for a guideline file (SPEC §4, `unreadable-file`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// The lowest severity that fails the run, or never.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn parse(text: &str) -> Option<FailOn> {
        match text {
            "error" => Some(FailOn::Error),
            "warning" => Some(FailOn::Warning),
            "info" => Some(FailOn::Info),
            "never" => Some(FailOn::Never),
            _ => None,
        }
    }

    /// The lowest severity that fails the run.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// A per-rule severity override.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

/// Everything that shapes a check, whatever its source.
#[derive(Clone, Debug)]
pub struct Config {
    pub fail_on: FailOn,
    /// Severity overrides by rule name.
    pub levels: HashMap<String, Level>,
    pub vocabulary: Vocabulary,
    pub max_file_size: u64,
    pub lang: Lang,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            fail_on: FailOn::Error,
            levels: HashMap::new(),
            vocabulary: Vocabulary::builtin(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            lang: Lang::En,
        }
    }
}

impl Config {
    /// The effective level of a rule with the given default.
    pub fn level(&self, rule: &str, default: Severity) -> Level {
        self.levels.get(rule).copied().unwrap_or(Level::On(default))
    }
}
