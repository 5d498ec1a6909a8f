//! Rendering file reports: each format is a function from reports to a writer. No format knows
//! about pest; all positions come from byte spans and [`crate::span::LineIndex`].

#[cfg(test)]
mod fixtures;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
mod snippet;
mod wrap;

use crate::finding::Severity;
use crate::FileReport;

/// Counts over a whole run (unsuppressed findings by severity, and suppressed ones).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub suppressed: usize,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        for f in &report.findings {
            if f.is_suppressed() {
                self.suppressed += 1;
                continue;
            }
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    pub fn of(reports: &[FileReport]) -> Summary {
        let mut s = Summary::default();
        for r in reports {
            s.add(r);
        }
        s
    }
}
