//! The files `guidelint init` writes: a configuration and an open starter guideline that pass
//! `guidelint check` without a single finding, with comments and texts in English or German
//! (the keywords of the language are English in both).

use crate::lang::Lang;

/// The starter configuration, `.guidelint.yaml`.
pub const CONFIG_NAME: &str = ".guidelint.yaml";

/// The starter guideline, `social-media.guideline`.
pub const GUIDELINE_NAME: &str = "social-media.guideline";

/// The starter configuration and guideline in `lang`.
pub fn files(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => (CONFIG, GUIDELINE),
        Lang::De => (CONFIG_DE, GUIDELINE_DE),
    }
}

pub const CONFIG: &str = "\
# Configuration for guidelint. Every key is optional; see the README, section Configuration.

# Fail the check on warnings too, not only on errors (error | warning | info | never).
fail-on: warning

# Severity overrides per rule: error | warning | info | off.
rules:
  missing-owner: warning

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

pub const CONFIG_DE: &str = "\
# Konfiguration für guidelint. Jeder Schlüssel ist optional; siehe README, Abschnitt Configuration.

# Die Prüfung schlägt auch bei Warnungen fehl, nicht nur bei Fehlern (error | warning | info | never).
fail-on: warning

# Schweregrad je Regel: error | warning | info | off.
rules:
  missing-owner: warning

# Dateien und Ordner, die nicht geprüft werden, relativ zu dieser Datei.
exclude: [\"archiv/**\"]

# Wörter Ihrer Organisation. Aliasse ordnen Ihre Wörter den Begriffen von guidelint zu.
vocabulary:
  aliases:
    mitarbeitende: employees
    kundenservice: customer-service

# Meldungen auf Deutsch.
lang: de
";

pub const GUIDELINE_DE: &str = "\
# Unsere Social-Media-Richtlinie, geschrieben in der Guideline-Sprache.
# Prüfen mit: guidelint check
guideline \"Social Media bei uns\" {
  version \"1.0\"
  owner hr, kundenservice, sales and marketing
  audience mitarbeitende
  contact \"social-media@example.com\"

  goal \"Kundinnen, Kunden und Bewerbende erreichen uns dort, wo sie über uns sprechen\"
  goal \"Mitarbeitende sprechen offen und im eigenen Namen über ihre Arbeit\"

  channel twitter \"@beispiel_hilft\" {
    purpose service, dialogue
    respond within 4h
    staffed by kundenservice
  }

  rule \"Zugang\" {
    allow mitarbeitende to access any-platform
  }

  rule \"Transparenz\" {
    require mitarbeitende to disclose affiliation about company-topics
    because \"Wer über uns schreibt, sagt offen, dass er oder sie hier arbeitet.\"
  }

  rule \"Vertraulichkeit\" {
    forbid everyone to disclose trade-secrets, customer-data and personal-data
    because \"Wir schützen Betriebsgeheimnisse und Kundendaten gemeinsam.\"
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

    /// The German guideline uses the German aliases of the German configuration, so it is checked
    /// with that configuration, as `guidelint check` in the same folder does.
    #[test]
    fn the_german_starter_files_go_together_without_a_finding() {
        let here = std::path::Path::new("/starter");
        let config = crate::Config::from_yaml(CONFIG_NAME, CONFIG_DE, here, here).unwrap();
        assert_eq!(config.configured_lang, Some(Lang::De));
        let report = crate::check_source(GUIDELINE_NAME, GUIDELINE_DE, &config);
        assert!(report.findings.is_empty(), "{:#?}", report.findings);
        assert_eq!(report.score, Some(100));
        assert_eq!(report.verdict, crate::Verdict::Open);
        // Without the configuration the German words are unknown: the two belong together.
        let alone = crate::check_source(GUIDELINE_NAME, GUIDELINE_DE, &crate::Config::default());
        assert!(alone.findings.iter().any(|f| f.rule == "unknown-term"));
    }

    #[test]
    fn each_language_has_its_own_words() {
        assert_eq!(files(Lang::En), (CONFIG, GUIDELINE));
        assert_eq!(files(Lang::De), (CONFIG_DE, GUIDELINE_DE));
        assert!(
            GUIDELINE_DE.contains("Vertraulichkeit") && CONFIG_DE.contains("Meldungen auf Deutsch")
        );
    }
}
