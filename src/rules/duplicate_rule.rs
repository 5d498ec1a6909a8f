//! `duplicate-rule`: a second `rule` block with the same name (compared exactly, SPEC §11.14).

use rustc_hash::FxHashMap;

use super::conflicting_rules::one_line;
use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, Related, RuleCategory, Severity};
use crate::lang::Lang;
use crate::span::LineIndex;

pub struct DuplicateRule;

static META: Meta = Meta {
    name: "duplicate-rule",
    category: RuleCategory::Correctness,
    default_severity: Severity::Warning,
};

impl Rule for DuplicateRule {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    /// Every block after the first of a name is reported, each labelled with the first one.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Room for every name at once: growing the map rehashed it three times a file.
        let mut first_of: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(cx.model.rules.len(), Default::default());
        let mut lines: Option<LineIndex> = None;
        for (i, block) in cx.model.rules.iter().enumerate() {
            let first = *first_of.entry(block.name).or_insert(i);
            if first == i {
                continue;
            }
            let first = &cx.model.rules[first];
            let line = lines
                .get_or_insert_with(|| LineIndex::new(cx.source))
                .line_of(first.header.start);
            let header = one_line(&cx.source[first.header.range()], 60);
            // A new name built from the block's own, so the example fits (a block about
            // financial results is not renamed "Access at work").
            let renamed = one_line(&[block.name, " 2"].concat(), 60);
            let t = texts(cx.lang, &header, line, &snippets::escaped(&renamed));
            let mut finding = cx.finding(self, block.header, t.message, t.label, t.help);
            finding.related.push(Related {
                span: first.header,
                message: t.related,
            });
            out.push(finding);
        }
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    message: String,
    label: &'static str,
    related: String,
    help: String,
}

fn texts(lang: Lang, header: &str, line: usize, renamed: &str) -> Texts {
    match lang {
        Lang::En => Texts {
            message: format!("there is already a `{header}` (line {line})"),
            label: "second rule block with this name",
            related: "first rule block with this name".to_owned(),
            help: format!(
                "move these statements into the first `{header}`, or give this block a name of its own, e.g. `rule \"{renamed}\"`"
            ),
        },
        Lang::De => Texts {
            message: format!("Es gibt bereits einen Regelblock `{header}` (Zeile {line})"),
            label: "zweiter Regelblock mit diesem Namen",
            related: "erster Regelblock mit diesem Namen".to_owned(),
            help: format!(
                "Verschieben Sie diese Anweisungen in den ersten Regelblock `{header}`, oder geben Sie diesem Block \
                 einen eigenen Namen, zum Beispiel `rule \"{renamed}\"`"
            ),
        },
    }
}

static EN: Doc = Doc {
    summary: "Two rule blocks have the same name",
    explanation: "\
Rule names are how people refer to a rule (\"see the rule Access\"), and how comments and reviews \
point at it. When two blocks share a name, readers cannot tell which one is meant, and an edit \
to one is easily made to the wrong block. Usually the second block was copied from the first, or \
the two belong together.

Names are compared exactly: `\"Access\"` and `\"access\"` are different names.",
    bad: "guideline \"Social media\" {\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n  rule \"Access\" {\n    encourage employees to share job-offers on linkedin\n  }\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n  rule \"Recruiting\" {\n    encourage employees to share job-offers on linkedin\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Zwei Regelblöcke haben denselben Namen",
    explanation: "\
Über ihren Namen verweisen Menschen auf eine Regel („siehe die Regel Zugang“), und Kommentare und \
Prüfungen zeigen über ihn auf sie. Haben zwei Blöcke denselben Namen, ist unklar, welcher gemeint \
ist, und eine Änderung landet leicht im falschen Block. Meist wurde der zweite Block aus dem ersten \
kopiert, oder die beiden gehören zusammen.

Namen werden genau verglichen: `\"Zugang\"` und `\"zugang\"` sind verschiedene Namen.",
    bad: "guideline \"Social Media\" {\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n  rule \"Zugang\" {\n    encourage employees to share job-offers on linkedin\n  }\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n  rule \"Stellenangebote\" {\n    encourage employees to share job-offers on linkedin\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    #[test]
    fn fires_at_the_later_header_with_the_first_as_related() {
        let src = "guideline \"G\" {\n  rule \"A\" { }\n  rule \"B\" { }\n  rule \"A\" { block tiktok because \"x\" }\n}\n";
        let found = fired(src, "duplicate-rule");
        assert_eq!(found.len(), 1);
        let f = &found[0];
        let span = f.span.unwrap();
        assert_eq!(&src[span.range()], "rule \"A\"");
        assert_eq!(span.start, src.rfind("rule \"A\"").unwrap());
        assert_eq!(f.related.len(), 1);
        assert_eq!(f.related[0].span.start, src.find("rule \"A\"").unwrap());
        assert!(f.message.contains("`rule \"A\"` (line 2)"), "{}", f.message);
        // The example name is built from the block's own.
        assert!(
            f.help.as_deref().unwrap().ends_with("e.g. `rule \"A 2\"`"),
            "{:?}",
            f.help
        );
        let quoted = fired(
            "guideline \"G\" { rule \"Say \\\"hi\\\"\" { } rule \"Say \\\"hi\\\"\" { } }",
            "duplicate-rule",
        );
        assert!(
            quoted[0]
                .help
                .as_deref()
                .unwrap()
                .ends_with(r#"`rule "Say \"hi\" 2"`"#),
            "{:?}",
            quoted[0].help
        );
    }

    #[test]
    fn every_further_copy_points_at_the_first() {
        let src = "guideline \"G\" { rule \"A\" { } rule \"A\" { } rule \"A\" { } }";
        let found = fired(src, "duplicate-rule");
        assert_eq!(found.len(), 2);
        let first = src.find("rule").unwrap();
        assert!(found.iter().all(|f| f.related[0].span.start == first));
    }

    #[test]
    fn names_are_compared_exactly() {
        let src = "guideline \"G\" { rule \"A\" { } rule \"a\" { } rule \"A \" { } }";
        assert!(fired(src, "duplicate-rule").is_empty());
    }

    #[test]
    fn escapes_are_compared_after_decoding() {
        let src = "guideline \"G\" { rule \"say \\\"hi\\\"\" { } rule \"say \\\"hi\\\"\" { } }";
        assert_eq!(fired(src, "duplicate-rule").len(), 1);
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("duplicate-rule")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "duplicate-rule").is_empty(), "bad");
        assert!(fired(doc.good, "duplicate-rule").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }
}
