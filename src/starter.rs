//! The files `guidelint init` writes: a configuration and an open starter guideline that pass
//! `guidelint check` without a single finding.

/// The starter configuration, `.guidelint.yaml`.
pub const CONFIG_NAME: &str = ".guidelint.yaml";

/// The starter guideline, `social-media.guideline`.
pub const GUIDELINE_NAME: &str = "social-media.guideline";

pub const CONFIG: &str = "\
# Configuration for guidelint. Every key is optional; see the README, section Configuration.

# Fail the check on warnings too, not only on errors (error | warning | info | never).
fail-on: warning

# Severity overrides per rule: error | warning | info | off.
rules:
  missing-goals: error

# Files and folders to leave out, relative to this file.
exclude: [\"archive/**\"]

# Words of your organisation. Aliases map your words to guidelint's terms.
vocabulary:
  aliases:
    mitarbeitende: employees
    kundenservice: customer-service
";

pub const GUIDELINE: &str = "\
# Our social-media guideline, written in the Guideline language.
# Check it with: guidelint check
guideline \"Social media at our company\" {
  version \"1.0\"
  owner hr, customer-service, sales and marketing
  audience employees
  contact \"social-media@example.com\"

  goal \"Customers and applicants reach us where they talk about us\"
  goal \"Employees speak about their work openly and in their own name\"

  channel twitter \"@example_help\" {
    purpose service, dialogue
    respond within 4h
    staffed by customer-service
  }

  rule \"Access\" {
    allow employees to access any-platform
  }

  rule \"Transparency\" {
    require employees to disclose affiliation about company-topics
    because \"Whoever writes about us says openly that they work here.\"
  }

  rule \"Confidentiality\" {
    forbid everyone to disclose trade-secrets, customer-data and personal-data
    because \"We protect trade secrets and customer data together.\"
  }
}
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_guideline_has_no_finding() {
        let report = crate::check_source(GUIDELINE_NAME, GUIDELINE, &crate::Config::default());
        assert!(report.findings.is_empty(), "{:#?}", report.findings);
        assert_eq!(report.score, Some(100));
        assert_eq!(report.verdict, crate::Verdict::Open);
    }
}
