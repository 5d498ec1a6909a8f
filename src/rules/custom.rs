//! Custom rules from the configuration (SPEC §8, §11.12): the organisation's own checks,
//! "policy as code". The configuration module parses and validates them; this module holds the
//! plain, validated form and matches it against understood statements.
//!
//! Semantics (SPEC §11.12): every given key must hold, a list means any of; values are canonical
//! terms compared literally with what the statement says after resolution; a key the statement
//! kind lacks does not hold. Custom rules see an `allow only` as one statement with modality
//! `allow-only` (the implied forbid is skipped), and only understood statements are matched.

use std::borrow::Cow;

use regex::Regex;

use super::Context;
use crate::finding::{Finding, Related, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::Statement;
use crate::syntax::ast::Modality;

/// A validated custom rule.
#[derive(Clone, Debug)]
pub struct CustomRule {
    /// Contains a `/` (`acme/no-tiktok-block`), so it never clashes with a built-in rule.
    pub name: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub matcher: Matcher,
}

/// The `match` of a custom rule: `None` means the key was not given.
#[derive(Clone, Debug, Default)]
pub struct Matcher {
    pub modality: Option<Vec<Modality>>,
    pub action: Option<Vec<String>>,
    pub platforms: Option<Vec<String>>,
    pub audience: Option<Vec<String>>,
    pub objects: Option<Vec<String>>,
    pub about: Option<Vec<String>>,
    pub during: Option<Vec<String>>,
    pub using: Option<Vec<String>>,
    pub targets: Option<Vec<String>>,
    pub approval: Option<Vec<bool>>,
    pub rationale: Option<Vec<bool>>,
    pub text: Option<Vec<Regex>>,
}

impl Matcher {
    /// Whether no key is given (a configuration error: it would match every statement).
    pub fn is_empty(&self) -> bool {
        self.modality.is_none()
            && self.action.is_none()
            && self.platforms.is_none()
            && self.audience.is_none()
            && self.objects.is_none()
            && self.about.is_none()
            && self.during.is_none()
            && self.using.is_none()
            && self.targets.is_none()
            && self.approval.is_none()
            && self.rationale.is_none()
            && self.text.is_none()
    }

    /// Whether every given key holds for `statement` (`because`: its rule block has one;
    /// `text`: the statement's exact source slice).
    pub fn matches(&self, statement: &Statement, because: bool, text: &str) -> bool {
        fn any_in(wanted: &Option<Vec<String>>, have: Option<&[&str]>) -> bool {
            match wanted {
                None => true,
                Some(wanted) => {
                    have.is_some_and(|have| wanted.iter().any(|w| have.contains(&w.as_str())))
                }
            }
        }
        fn one_of<T: PartialEq>(wanted: &Option<Vec<T>>, have: Option<T>) -> bool {
            match wanted {
                None => true,
                Some(wanted) => have.is_some_and(|have| wanted.contains(&have)),
            }
        }
        // A key the statement kind lacks has an empty list here (`monitor` has no audience,
        // action or objects; only `monitor` has targets), so it does not hold.
        one_of(&self.modality, Some(statement.modality))
            && any_in(&self.action, Some(statement.action.as_slice()))
            && any_in(&self.platforms, statement.platforms)
            && any_in(&self.audience, Some(statement.who))
            && any_in(&self.objects, Some(statement.objects))
            && any_in(&self.about, statement.about)
            && any_in(&self.during, statement.during)
            && any_in(&self.using, statement.using)
            && any_in(&self.targets, Some(statement.targets))
            && one_of(&self.approval, Some(statement.approval.is_some()))
            && one_of(&self.rationale, Some(because))
            && self
                .text
                .as_ref()
                .is_none_or(|patterns| patterns.iter().any(|p| p.is_match(text)))
    }
}

/// Runs every custom rule over the understood statements of the model.
pub fn check(cx: &Context<'_>, custom: &[CustomRule], out: &mut Vec<Finding>) {
    if custom.is_empty() {
        return;
    }
    for block in &cx.model.rules {
        for statement in &block.statements {
            if statement.implied || !statement.understood {
                continue;
            }
            let text = cx.source.get(statement.span.range()).unwrap_or("");
            for rule in custom {
                if rule
                    .matcher
                    .matches(statement, block.because.is_some(), text)
                {
                    out.push(finding(rule, statement, cx.lang));
                }
            }
        }
    }
}

fn finding(rule: &CustomRule, statement: &Statement, lang: Lang) -> Finding {
    Finding {
        rule: Cow::Owned(rule.name.clone()),
        category: RuleCategory::Custom,
        severity: rule.severity,
        span: Some(statement.span),
        label: (texts(lang).label)(&rule.name).into(),
        message: rule.message.clone(),
        // Every finding carries a help line (SPEC §4), also when the configuration gives none.
        help: Some(Cow::Owned(
            rule.help
                .clone()
                .unwrap_or_else(|| (texts(lang).no_help)(&rule.name)),
        )),
        related: Vec::<Related>::new(),
        suppressed: None,
    }
}

/// The fixed words of a custom rule's findings and explanation; its name, message, help and
/// `match` are the configuration's, shown as written.
struct Texts {
    /// The label at the statement, naming the rule.
    label: fn(&str) -> String,
    /// The explanation's first line: the name, the category and the default severity.
    heading: fn(&str, Severity) -> String,
    /// Before the help.
    help: &'static str,
    /// The help of a finding when the configuration gives the rule none.
    no_help: fn(&str) -> String,
    /// Where the rule comes from (the configuration file, when known), before its `match`.
    origin: fn(Option<&str>) -> String,
}

fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &Texts {
            label: |name| format!("matches the custom rule `{name}`"),
            heading: |name, severity| {
                format!(
                    "{name} ({}, {} by default)",
                    RuleCategory::Custom.name(Lang::En),
                    severity.name(Lang::En)
                )
            },
            help: "help:",
            no_help: |name| {
                format!(
                    "this is a rule of your organisation: `guidelint explain {name}` shows what it \
                     looks for; the people who keep .guidelint.yaml can say what to write instead"
                )
            },
            origin: |path| {
                format!(
                    "A custom rule of this organisation, defined in {}. It flags every statement \
                     that matches:",
                    path.unwrap_or("the configuration")
                )
            },
        },
        Lang::De => &Texts {
            label: |name| format!("entspricht der eigenen Regel `{name}`"),
            heading: |name, severity| {
                format!(
                    "{name} ({}, standardmäßig {})",
                    RuleCategory::Custom.name(Lang::De),
                    severity.name(Lang::De)
                )
            },
            help: "Tipp:",
            no_help: |name| {
                format!(
                    "Dies ist eine eigene Regel Ihrer Organisation: `guidelint explain {name}` \
                     zeigt, wonach sie sucht; fragen Sie die Person, die `.guidelint.yaml` pflegt, \
                     was stattdessen in die Richtlinie gehört"
                )
            },
            origin: |path| {
                format!(
                    "Eine eigene Regel Ihrer Organisation, festgelegt in {}. Sie meldet jede \
                     Anweisung, auf die Folgendes zutrifft:",
                    path.map_or_else(|| "der Konfiguration".to_owned(), |p| format!("`{p}`"))
                )
            },
        },
    }
}

/// The text of `guidelint explain NAME` for a custom rule.
pub fn explanation(rule: &CustomRule, config_path: Option<&str>, lang: Lang) -> String {
    let t = texts(lang);
    let mut text = format!(
        "{heading}\n\n{message}\n",
        heading = (t.heading)(&rule.name, rule.severity),
        message = rule.message,
    );
    if let Some(help) = &rule.help {
        text.push_str(&format!("\n{} {help}\n", t.help));
    }
    text.push_str(&format!("\n{}\n\n", (t.origin)(config_path)));
    for line in describe(&rule.matcher) {
        text.push_str(&format!("    {line}\n"));
    }
    text
}

/// One line per given `match` key, in the configuration's words.
fn describe(m: &Matcher) -> Vec<String> {
    let mut lines = Vec::new();
    let list = |key: &str, values: &Option<Vec<String>>, lines: &mut Vec<String>| {
        if let Some(v) = values {
            lines.push(format!("{key}: {}", v.join(" | ")));
        }
    };
    if let Some(v) = &m.modality {
        let names: Vec<&str> = v.iter().map(|m| m.config_name()).collect();
        lines.push(format!("modality: {}", names.join(" | ")));
    }
    list("action", &m.action, &mut lines);
    list("platforms", &m.platforms, &mut lines);
    list("audience", &m.audience, &mut lines);
    list("objects", &m.objects, &mut lines);
    list("about", &m.about, &mut lines);
    list("during", &m.during, &mut lines);
    list("using", &m.using, &mut lines);
    list("targets", &m.targets, &mut lines);
    for (key, v) in [("approval", &m.approval), ("rationale", &m.rationale)] {
        if let Some(v) = v {
            let names: Vec<String> = v.iter().map(bool::to_string).collect();
            lines.push(format!("{key}: {}", names.join(" | ")));
        }
    }
    if let Some(v) = &m.text {
        let names: Vec<&str> = v.iter().map(Regex::as_str).collect();
        lines.push(format!("text: {}", names.join(" | ")));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    fn rule(matcher: Matcher) -> CustomRule {
        CustomRule {
            name: "acme/test".into(),
            severity: Severity::Warning,
            message: "custom".into(),
            help: Some("do better".into()),
            matcher,
        }
    }

    fn fired(src: &str, matcher: Matcher) -> Vec<Finding> {
        fired_in(src, matcher, Lang::En)
    }

    fn fired_in(src: &str, matcher: Matcher, lang: Lang) -> Vec<Finding> {
        let config = Config {
            custom_rules: vec![rule(matcher)],
            lang,
            ..Config::default()
        };
        crate::check_source("t.guideline", src, &config)
            .findings
            .into_iter()
            .filter(|f| f.rule == "acme/test")
            .collect()
    }

    fn terms(words: &[&str]) -> Option<Vec<String>> {
        Some(words.iter().map(|w| w.to_string()).collect())
    }

    fn g(statements: &str) -> String {
        format!("guideline \"g\" {{\n  rule \"r\" {{\n    {statements}\n  }}\n}}\n")
    }

    #[test]
    fn block_with_action_access_and_platform() {
        let m = Matcher {
            modality: Some(vec![Modality::Block, Modality::Forbid]),
            action: terms(&["access"]),
            platforms: terms(&["tiktok"]),
            ..Matcher::default()
        };
        let src = g("block tiktok, facebook");
        let found = fired(&src, m.clone());
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "block tiktok, facebook"
        );
        assert_eq!(found[0].category, RuleCategory::Custom);
        assert_eq!(found[0].help.as_deref(), Some("do better"));
        // Literal comparison: any-platform is not tiktok.
        assert!(fired(&g("block any-platform"), m.clone()).is_empty());
        // The access objects join the platforms.
        assert_eq!(fired(&g("forbid everyone to access tiktok"), m).len(), 1);
    }

    /// A rule without `help` still gives its findings a help line, in the run's language.
    #[test]
    fn a_rule_without_help_gets_one() {
        let help_in = |lang| {
            let no_help = CustomRule {
                help: None,
                ..rule(Matcher {
                    platforms: terms(&["tiktok"]),
                    ..Matcher::default()
                })
            };
            let config = Config {
                custom_rules: vec![no_help],
                lang,
                ..Config::default()
            };
            let report = crate::check_source("t.guideline", &g("block tiktok"), &config);
            let found = report.findings.iter().find(|f| f.rule == "acme/test");
            found.and_then(|f| f.help.clone()).unwrap().into_owned()
        };
        let en = help_in(Lang::En);
        assert!(en.contains("`guidelint explain acme/test`"), "{en}");
        let de = help_in(Lang::De);
        assert!(de.starts_with("Dies ist eine eigene Regel"), "{de}");
    }

    #[test]
    fn the_label_speaks_the_run_language() {
        let m = || Matcher {
            platforms: terms(&["tiktok"]),
            ..Matcher::default()
        };
        let en = fired_in(&g("block tiktok"), m(), Lang::En);
        assert_eq!(en[0].label, "matches the custom rule `acme/test`");
        let de = fired_in(&g("block tiktok"), m(), Lang::De);
        assert_eq!(de[0].label, "entspricht der eigenen Regel `acme/test`");
        // The configuration's own words stay as written.
        assert_eq!(de[0].message, "custom");
        assert_eq!(de[0].help.as_deref(), Some("do better"));
    }

    #[test]
    fn the_explanation_speaks_the_run_language() {
        let r = rule(Matcher {
            modality: Some(vec![Modality::Block]),
            platforms: terms(&["tiktok"]),
            approval: Some(vec![false]),
            ..Matcher::default()
        });
        assert_eq!(
            explanation(&r, Some(".guidelint.yaml"), Lang::En),
            "acme/test (custom, warning by default)\n\ncustom\n\nhelp: do better\n\n\
             A custom rule of this organisation, defined in .guidelint.yaml. It flags every \
             statement that matches:\n\n    modality: block\n    platforms: tiktok\n    \
             approval: false\n"
        );
        assert_eq!(
            explanation(&r, Some(".guidelint.yaml"), Lang::De),
            "acme/test (Eigene Regel, standardmäßig Warnung)\n\ncustom\n\nTipp: do better\n\n\
             Eine eigene Regel Ihrer Organisation, festgelegt in `.guidelint.yaml`. Sie meldet \
             jede Anweisung, auf die Folgendes zutrifft:\n\n    modality: block\n    platforms: tiktok\n    \
             approval: false\n"
        );
        let no_help = CustomRule { help: None, ..r };
        for (lang, origin) in [
            (Lang::En, "defined in the configuration."),
            (Lang::De, "festgelegt in der Konfiguration."),
        ] {
            let text = explanation(&no_help, None, lang);
            assert!(text.contains(origin), "{text}");
            assert!(!text.contains("help") && !text.contains("Tipp"), "{text}");
        }
    }

    #[test]
    fn modality_is_the_written_keyword() {
        let m = Matcher {
            modality: Some(vec![Modality::Forbid]),
            ..Matcher::default()
        };
        assert!(fired(&g("block tiktok"), m.clone()).is_empty());
        // allow only is one statement with modality allow-only: its implied forbid is skipped.
        assert!(fired(&g("allow only pr to speak-for-company"), m).is_empty());
        let m = Matcher {
            modality: Some(vec![Modality::AllowOnly]),
            ..Matcher::default()
        };
        assert_eq!(fired(&g("allow only pr to speak-for-company"), m).len(), 1);
    }

    #[test]
    fn audience_is_the_who_list_not_except() {
        let m = Matcher {
            audience: terms(&["marketing"]),
            ..Matcher::default()
        };
        assert!(fired(&g("block tiktok for everyone except marketing"), m.clone()).is_empty());
        assert_eq!(fired(&g("forbid marketing to post"), m).len(), 1);
        let m = Matcher {
            audience: terms(&["everyone"]),
            ..Matcher::default()
        };
        // `block P` means `for everyone`.
        assert_eq!(fired(&g("block tiktok"), m.clone()).len(), 1);
        assert!(fired(&g("monitor brand-mentions"), m).is_empty());
    }

    #[test]
    fn keys_the_statement_lacks_do_not_hold() {
        let action = Matcher {
            action: terms(&["access"]),
            ..Matcher::default()
        };
        assert!(fired(&g("monitor employees"), action).is_empty());
        let targets = Matcher {
            targets: terms(&["employees"]),
            ..Matcher::default()
        };
        assert!(fired(&g("forbid employees to post"), targets.clone()).is_empty());
        assert_eq!(fired(&g("monitor employees on facebook"), targets).len(), 1);
        let during = Matcher {
            during: terms(&["work-hours"]),
            ..Matcher::default()
        };
        assert!(fired(&g("forbid employees to post"), during.clone()).is_empty());
        assert_eq!(
            fired(
                &g("forbid employees to post during breaks, work-hours"),
                during
            )
            .len(),
            1
        );
    }

    #[test]
    fn objects_about_using_approval_rationale() {
        let src = g("forbid employees to post opinions about employer using private-accounts without approval by pr");
        let m = |f: fn(&mut Matcher)| {
            let mut m = Matcher::default();
            f(&mut m);
            m
        };
        assert_eq!(
            fired(&src, m(|m| m.objects = terms(&["opinions"]))).len(),
            1
        );
        assert!(fired(&src, m(|m| m.objects = terms(&["employer"]))).is_empty());
        assert_eq!(fired(&src, m(|m| m.about = terms(&["employer"]))).len(), 1);
        assert_eq!(
            fired(&src, m(|m| m.using = terms(&["private-accounts"]))).len(),
            1
        );
        assert_eq!(fired(&src, m(|m| m.approval = Some(vec![true]))).len(), 1);
        assert!(fired(&src, m(|m| m.approval = Some(vec![false]))).is_empty());
        assert_eq!(fired(&src, m(|m| m.rationale = Some(vec![false]))).len(), 1);
        let with_because = src.replace("pr\n", "pr\n    because \"x\"\n");
        assert!(fired(&with_because, m(|m| m.rationale = Some(vec![false]))).is_empty());
        assert_eq!(
            fired(&with_because, m(|m| m.rationale = Some(vec![true]))).len(),
            1
        );
    }

    #[test]
    fn text_matches_the_statement_slice_only() {
        let m = Matcher {
            text: Some(vec![Regex::new("^forbid employees to post$").unwrap()]),
            ..Matcher::default()
        };
        assert_eq!(fired(&g("forbid employees to post"), m.clone()).len(), 1);
        assert!(fired(&g("forbid employees to post about employer"), m).is_empty());
    }

    #[test]
    fn statements_with_unknown_terms_are_ignored() {
        let m = Matcher {
            modality: Some(vec![Modality::Block]),
            ..Matcher::default()
        };
        assert!(fired(&g("block tiktk"), m).is_empty());
    }
}
