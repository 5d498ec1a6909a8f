//! `unused-suppression`: a `guidelint-allow` comment that suppressed nothing. Produced by the
//! suppression engine (`crate::suppress`).
//!
//! Many such comments stand in the wrong place, so the help says where a comment for each
//! named rule belongs: above the item where that rule's findings start (their primary span,
//! SPEC §4). A name whose comment already covers such an item is in the right place: the item
//! simply has no such finding, and the help says so instead of sending the comment to where it
//! already is. A rule that cannot be suppressed at all (SPEC §11.8) gets the fix of its cause
//! instead.

use super::{new_finding, Doc, Meta, Rule};
use crate::finding::{Finding, RuleCategory, Severity};
use crate::lang::Lang;
use crate::span::Span;
use crate::suppress::ItemKind;

pub struct UnusedSuppression;

static META: Meta = Meta {
    name: "unused-suppression",
    category: RuleCategory::Correctness,
    default_severity: Severity::Warning,
};

impl Rule for UnusedSuppression {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    fn checks_model(&self) -> bool {
        false
    }
}

/// Where the findings of a rule start (SPEC §4's primary spans), and so where a suppression
/// for it belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// The guideline header: a comment above `guideline` covers the whole file.
    Guideline,
    /// The first `owner` clause.
    Owner,
    /// A channel header.
    Channel,
    /// A rule block's header.
    RuleBlock,
    /// A rule block's `consequence` clause.
    Consequence,
    /// A statement: the rules about statements, and every custom rule.
    Statement,
}

/// Where the findings of `rule` start; `None` for a rule that cannot be suppressed.
fn place(rule: &str) -> Option<Place> {
    if super::is_unsuppressible(rule) {
        return None;
    }
    Some(match rule {
        "missing-goals" | "missing-contact" | "missing-owner" | "no-service-channel" => {
            Place::Guideline
        }
        "narrow-ownership" => Place::Owner,
        "one-way-channel" | "window-dressing" => Place::Channel,
        "missing-rationale" | "duplicate-rule" => Place::RuleBlock,
        "threat-without-reason" => Place::Consequence,
        // `blanket-block`, `work-time-ban`, `pre-approval`, `gag-rule`,
        // `employee-surveillance`, `conflicting-rules` and the custom rules.
        _ => Place::Statement,
    })
}

impl Place {
    /// Whether a comment that covers an item of `kind` covers the places where the rule's
    /// findings start: the guideline holds them all, a rule block its statements and its
    /// `consequence`.
    fn covered_by(self, kind: ItemKind) -> bool {
        matches!(
            (self, kind),
            (_, ItemKind::Guideline)
                | (Place::Owner, ItemKind::FirstOwner)
                | (Place::Channel, ItemKind::Channel)
                | (
                    Place::RuleBlock | Place::Consequence | Place::Statement,
                    ItemKind::RuleBlock
                )
                | (Place::Consequence, ItemKind::Consequence)
                | (Place::Statement, ItemKind::Statement)
        )
    }

    /// What a comment for the rule stands on the line above.
    fn above(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, Place::Guideline) => "`guideline` (it then covers the whole file)",
            (Lang::En, Place::Owner) => "the first `owner` clause",
            (Lang::En, Place::Channel) => "the `channel` it is meant for",
            (Lang::En, Place::RuleBlock) => "the `rule` block it is meant for",
            (Lang::En, Place::Consequence) => "the `rule` block or its `consequence` clause",
            (Lang::En, Place::Statement) => "the rule block or statement it is meant for",
            (Lang::De, Place::Guideline) => "`guideline` (dann gilt er für die ganze Datei)",
            (Lang::De, Place::Owner) => "der ersten `owner`-Klausel",
            (Lang::De, Place::Channel) => "dem `channel`, für den er gedacht ist",
            (Lang::De, Place::RuleBlock) => "dem Regelblock, für den er gedacht ist",
            (Lang::De, Place::Consequence) => "dem Regelblock oder seiner `consequence`-Klausel",
            (Lang::De, Place::Statement) => {
                "dem Regelblock oder der Anweisung, für die er gedacht ist"
            }
        }
    }
}

/// What to do instead of suppressing a rule that cannot be suppressed: fix its cause.
fn fix_instead(rule: &str, lang: Lang) -> String {
    let fix = match (lang, rule) {
        (Lang::En, "syntax-error") => "fix the syntax error instead",
        (Lang::En, "unknown-term") => "correct the word guidelint does not know instead",
        (Lang::En, "unreadable-file") => "save the file as UTF-8 text instead",
        (Lang::En, "unused-suppression") => {
            "remove or move the comment that suppresses nothing instead"
        }
        (Lang::En, _) => "write the reason after a colon instead: `# guidelint-allow RULE: reason`",
        (Lang::De, "syntax-error") => "beheben Sie stattdessen den Syntaxfehler",
        (Lang::De, "unknown-term") => {
            "berichtigen Sie stattdessen das Wort, das guidelint nicht kennt"
        }
        (Lang::De, "unreadable-file") => "speichern Sie stattdessen die Datei als UTF-8-Text",
        (Lang::De, "unused-suppression") => {
            "entfernen oder verschieben Sie stattdessen den Kommentar, der nichts unterdrückt"
        }
        (Lang::De, _) => {
            "schreiben Sie stattdessen die Begründung hinter einen Doppelpunkt: \
             `# guidelint-allow REGEL: Begründung`"
        }
    };
    match lang {
        Lang::En => format!("`{rule}` cannot be suppressed, {fix}"),
        Lang::De => format!("`{rule}` lässt sich nicht unterdrücken; {fix}"),
    }
}

/// The finding for a comment whose `unused` names suppressed nothing (empty: it names no
/// rule). `covered`: the kinds of the items the comment covers (none when it covers nothing).
/// `keeps_others`: the comment also names rules that are of use, so it stays and only the
/// unused names should go.
pub fn finding(
    comment: Span,
    unused: &[&str],
    covered: &[ItemKind],
    keeps_others: bool,
    lang: Lang,
) -> Finding {
    if unused.is_empty() {
        let (message, label, help) = match lang {
            Lang::En => (
                "this `guidelint-allow` comment names no rule",
                "names no rule",
                "name the rules it is meant for: `# guidelint-allow blanket-block: reason`",
            ),
            Lang::De => (
                "Dieser `guidelint-allow`-Kommentar nennt keine Regel",
                "nennt keine Regel",
                "Nennen Sie die Regeln, für die er gedacht ist: `# guidelint-allow blanket-block: Begründung`",
            ),
        };
        return new_finding(
            &UnusedSuppression,
            Some(comment),
            message.to_owned(),
            label,
            Some(help.into()),
        );
    }
    let names = lang.join_ticked(unused);
    let message = match lang {
        Lang::En => ["the suppression of ", &names, " suppressed nothing"].concat(),
        Lang::De => ["Die Unterdrückung von ", &names, " hat nichts unterdrückt"].concat(),
    };
    let movable = unused.iter().any(|name| place(name).is_some());
    let label = match (lang, movable) {
        (Lang::En, true) => "suppresses nothing",
        (Lang::En, false) => "cannot be suppressed",
        (Lang::De, true) => "unterdrückt nichts",
        (Lang::De, false) => "nicht unterdrückbar",
    };
    new_finding(
        &UnusedSuppression,
        Some(comment),
        message,
        label,
        Some(help(unused, covered, keeps_others, lang).into()),
    )
}

/// Remove the comment (or the unused names), or move each name that stands in the wrong place
/// above the item where its rule's findings start; a name already in the right place has
/// nothing to suppress there; for a rule that cannot be suppressed, fix the cause.
fn help(unused: &[&str], covered: &[ItemKind], keeps_others: bool, lang: Lang) -> String {
    // The common case, one name whose comment can move as a whole, without building the
    // general sentence (a corpus of drafts has hundreds of these).
    if let ([name], false) = (unused, keeps_others) {
        if let Some(p) = place(name).filter(|p| !in_place(*p, covered)) {
            let move_it = match lang {
                Lang::En => "remove the comment, or put it on the line above ",
                Lang::De => "Entfernen Sie den Kommentar, oder setzen Sie ihn in die Zeile über ",
            };
            return [move_it, p.above(lang)].concat();
        }
    }
    sentence(unused, covered, keeps_others, lang)
}

/// Whether a comment that covers items of the kinds `covered` covers where the findings of a
/// rule of place `p` start.
fn in_place(p: Place, covered: &[ItemKind]) -> bool {
    covered.iter().any(|&kind| p.covered_by(kind))
}

/// [`help`] for any list of names: the general sentence.
fn sentence(unused: &[&str], covered: &[ItemKind], keeps_others: bool, lang: Lang) -> String {
    // The names already in the right place; the others that can move, grouped by place, in
    // the order they are named.
    let mut here: Vec<&str> = Vec::new();
    let mut places: Vec<(Place, Vec<&str>)> = Vec::new();
    let mut fixes: Vec<String> = Vec::new();
    for &name in unused {
        match place(name) {
            Some(p) if in_place(p, covered) => here.push(name),
            Some(p) => match places.iter_mut().find(|(q, _)| *q == p) {
                Some((_, names)) => names.push(name),
                None => places.push((p, vec![name])),
            },
            None => fixes.push(fix_instead(name, lang)),
        }
    }
    let whole = !keeps_others;
    let mut help = match (lang, here.is_empty()) {
        (_, true) => String::new(),
        (Lang::En, false) => format!(
            "nothing here has a {} finding: ",
            lang.join_or_ticked(&here)
        ),
        (Lang::De, false) => format!(
            "Hier gibt es keine Meldung von {}: ",
            lang.join_or_ticked(&here)
        ),
    };
    help.push_str(&match (lang, whole) {
        (Lang::En, true) => "remove the comment".to_owned(),
        (Lang::En, false) => format!("remove {} from the comment", lang.join_ticked(unused)),
        (Lang::De, true) => "Entfernen Sie den Kommentar".to_owned(),
        (Lang::De, false) => format!(
            "Streichen Sie {} aus dem Kommentar",
            lang.join_ticked(unused)
        ),
    });
    match places.as_slice() {
        [] => {}
        // Only names to move, and the whole comment can move.
        [(p, _)] if whole && fixes.is_empty() && here.is_empty() => help.push_str(&match lang {
            Lang::En => format!(", or put it on the line above {}", p.above(lang)),
            Lang::De => format!(", oder setzen Sie ihn in die Zeile über {}", p.above(lang)),
        }),
        [(p, names)] => help.push_str(&match lang {
            Lang::En => format!(
                ", or name {} in a comment on the line above {}",
                lang.join_ticked(names),
                p.above(lang)
            ),
            Lang::De => format!(
                ", oder nennen Sie {} in einem Kommentar in der Zeile über {}",
                lang.join_ticked(names),
                p.above(lang)
            ),
        }),
        several => {
            let each: Vec<String> = several
                .iter()
                .map(|(p, names)| match lang {
                    // Two names are meant for a place, not one (edit 16, item 28).
                    Lang::En if names.len() > 1 => format!(
                        "{} on the line above {}",
                        lang.join_ticked(names),
                        p.above(lang)
                            .replace(" it is meant for", " they are meant for")
                    ),
                    Lang::En => format!(
                        "{} on the line above {}",
                        lang.join_ticked(names),
                        p.above(lang)
                    ),
                    Lang::De if names.len() > 1 => format!(
                        "{} in die Zeile über {}",
                        lang.join_ticked(names),
                        p.above(lang).replace("er gedacht ist", "sie gedacht sind")
                    ),
                    Lang::De => format!(
                        "{} in die Zeile über {}",
                        lang.join_ticked(names),
                        p.above(lang)
                    ),
                })
                .collect();
            help.push_str(match lang {
                Lang::En => ", or write one comment for each place: ",
                Lang::De => ", oder schreiben Sie für jede Stelle einen Kommentar: ",
            });
            // `;` as German places hold commas of their own.
            help.push_str(&each.join("; "));
        }
    }
    if !fixes.is_empty() {
        help.push_str(if places.is_empty() && here.is_empty() {
            ": "
        } else {
            "; "
        });
        help.push_str(&fixes.join("; "));
    }
    help
}

static EN: Doc = Doc {
    summary: "A suppression comment that suppresses nothing",
    explanation: "\
A `# guidelint-allow RULE: reason` comment switches a rule off for the item that follows it (on a \
line of its own) or the item on its line (after code). When nothing there triggers the named \
rule, the comment has no effect: the rule was fixed, the comment sits in the wrong place, or the \
rule name is a different one. Stale suppressions mislead the next reader and may hide a future \
finding, so guidelint asks you to remove or move them.

A comment belongs above the item where the rule's finding starts: for `missing-goals`, \
`missing-contact`, `missing-owner` and `no-service-channel` that is `guideline` itself (the \
comment then covers the whole file), for `one-way-channel` and `window-dressing` the `channel`, \
for `narrow-ownership` the first `owner` clause, for `missing-rationale` and `duplicate-rule` the \
`rule` block, for `threat-without-reason` the `consequence` clause or its rule block, and for the \
other rules the statement or its rule block. When the comment already stands there, the item it \
covers simply has no such finding, and the help says so: the comment can go. `syntax-error`, \
`unknown-term`, `unreadable-file`, `unused-suppression` and `suppression-without-reason` cannot \
be suppressed at all: fix their cause instead.

A name that is not a rule at all is reported as `unknown-term` instead.",
    bad: "guideline \"Draft\" {\n  goal \"Dialogue\"\n  # guidelint-allow gag-rule: not needed here\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n}\n",
    good: "guideline \"Draft\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Dialogue\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Ein Unterdrückungskommentar, der nichts unterdrückt",
    explanation: "\
Ein Kommentar `# guidelint-allow REGEL: Begründung` schaltet eine Regel für das Element ab, das \
ihm folgt (wenn er in einer eigenen Zeile steht), oder für das Element in seiner Zeile (wenn er \
hinter Code steht). Löst dort nichts die genannte Regel aus, bleibt der Kommentar wirkungslos: Das \
gemeldete Problem wurde behoben, der Kommentar steht an der falschen Stelle, oder es ist eine andere Regel \
gemeint. Veraltete Unterdrückungen führen die nächsten Lesenden in die Irre und können eine \
künftige Meldung verdecken; guidelint bittet Sie deshalb, sie zu entfernen oder zu verschieben.

Ein Kommentar gehört über das Element, an dem die Meldung der Regel beginnt: Für `missing-goals`, \
`missing-contact`, `missing-owner` und `no-service-channel` ist das `guideline` selbst (der \
Kommentar gilt dann für die ganze Datei), für `one-way-channel` und `window-dressing` der \
`channel`, für `narrow-ownership` die erste `owner`-Klausel, für `missing-rationale` und \
`duplicate-rule` der Regelblock, für `threat-without-reason` die `consequence`-Klausel oder \
ihr Regelblock und für die übrigen Regeln die Anweisung oder ihr Regelblock. Steht der \
Kommentar schon dort, hat das Element, für das er gilt, einfach keine solche Meldung, und der \
Tipp sagt das: Der Kommentar kann weg. `syntax-error`, `unknown-term`, `unreadable-file`, `unused-suppression` und \
`suppression-without-reason` lassen sich gar nicht unterdrücken: Beheben Sie stattdessen die Ursache.

Ein Name, der gar keine Regel ist, wird stattdessen als `unknown-term` gemeldet.",
    bad: "guideline \"Entwurf\" {\n  goal \"Dialog\"\n  # guidelint-allow gag-rule: hier nicht nötig\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n}\n",
    good: "guideline \"Entwurf\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Dialog\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{testing::lint, REGISTRY};

    fn help_of(unused: &[&str], keeps_others: bool, lang: Lang) -> String {
        finding(Span::new(0, 1), unused, &[], keeps_others, lang)
            .help
            .unwrap()
            .into_owned()
    }

    /// Every place named for a built-in rule is where that rule's findings start: each rule's
    /// flagged example is linted and the text at its finding checked.
    #[test]
    fn each_rule_is_placed_where_its_findings_start() {
        let mut checked = 0;
        for rule in REGISTRY {
            let name = rule.meta().name;
            let Some(place) = place(name) else {
                continue;
            };
            let source = rule.doc(Lang::En).bad;
            for f in lint(source).iter().filter(|f| f.rule == name) {
                let text = &source[f.span.unwrap().range()];
                let word = text.split_whitespace().next().unwrap_or("");
                let expected: &[&str] = match place {
                    Place::Guideline => &["guideline"],
                    Place::Owner => &["owner"],
                    Place::Channel => &["channel"],
                    Place::RuleBlock => &["rule"],
                    Place::Consequence => &["consequence"],
                    Place::Statement => crate::syntax::Expected::Statement.keywords(),
                };
                assert!(expected.contains(&word), "{name}: {text}");
                checked += 1;
            }
        }
        assert!(checked >= 14, "{checked}");
    }

    /// What a comment may cover: nothing, and each kind of item.
    const COVERED: [&[ItemKind]; 8] = [
        &[],
        &[ItemKind::Guideline],
        &[ItemKind::FirstOwner],
        &[ItemKind::Channel],
        &[ItemKind::RuleBlock],
        &[ItemKind::Statement],
        &[ItemKind::Consequence],
        &[ItemKind::Clause],
    ];

    /// The shortcut for one movable name says what the general sentence says.
    #[test]
    fn the_shortcut_says_what_the_sentence_says() {
        for rule in REGISTRY {
            let name = rule.meta().name;
            for lang in [Lang::En, Lang::De] {
                for covered in COVERED {
                    assert_eq!(
                        help(&[name], covered, false, lang),
                        sentence(&[name], covered, false, lang),
                        "{name} {covered:?}"
                    );
                }
            }
        }
    }

    /// Each rule that cannot be suppressed has a fix of its own (a new one would fall to the
    /// last arm, the fix for a missing reason, and fail here).
    #[test]
    fn each_unsuppressible_rule_has_its_own_fix() {
        for lang in [Lang::En, Lang::De] {
            let fixes: Vec<String> = REGISTRY
                .iter()
                .map(|r| r.meta().name)
                .filter(|name| place(name).is_none())
                .map(|name| fix_instead(name, lang).replace(name, ""))
                .collect();
            assert_eq!(fixes.len(), 5);
            let mut distinct = fixes.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), fixes.len(), "{fixes:?}");
        }
    }

    #[test]
    fn the_help_names_the_place_of_the_rule() {
        for (rule, above) in [
            (
                "missing-contact",
                "`guideline` (it then covers the whole file)",
            ),
            (
                "no-service-channel",
                "`guideline` (it then covers the whole file)",
            ),
            ("narrow-ownership", "the first `owner` clause"),
            ("window-dressing", "the `channel` it is meant for"),
            ("one-way-channel", "the `channel` it is meant for"),
            ("missing-rationale", "the `rule` block it is meant for"),
            ("duplicate-rule", "the `rule` block it is meant for"),
            (
                "threat-without-reason",
                "the `rule` block or its `consequence` clause",
            ),
            ("gag-rule", "the rule block or statement it is meant for"),
            (
                "acme/no-tiktok",
                "the rule block or statement it is meant for",
            ),
        ] {
            assert_eq!(
                help_of(&[rule], false, Lang::En),
                format!("remove the comment, or put it on the line above {above}")
            );
        }
        assert_eq!(
            help_of(&["window-dressing"], true, Lang::En),
            "remove `window-dressing` from the comment, or name `window-dressing` in a comment on \
             the line above the `channel` it is meant for"
        );
    }

    #[test]
    fn names_of_several_places_get_one_comment_each() {
        assert_eq!(
            help_of(
                &["missing-goals", "gag-rule", "missing-owner"],
                false,
                Lang::En
            ),
            "remove the comment, or write one comment for each place: `missing-goals` and \
             `missing-owner` on the line above `guideline` (it then covers the whole file); \
             `gag-rule` on the line above the rule block or statement it is meant for"
        );
        assert_eq!(
            help_of(
                &["gag-rule", "blanket-block", "missing-goals"],
                false,
                Lang::En
            ),
            "remove the comment, or write one comment for each place: `gag-rule` and \
             `blanket-block` on the line above the rule block or statement they are meant for; \
             `missing-goals` on the line above `guideline` (it then covers the whole file)"
        );
        assert!(help_of(
            &["gag-rule", "blanket-block", "missing-goals"],
            false,
            Lang::De
        )
        .contains("für die sie gedacht sind"));
    }

    fn help_covering(unused: &[&str], covered: &[ItemKind], keeps_others: bool) -> String {
        finding(Span::new(0, 1), unused, covered, keeps_others, Lang::En)
            .help
            .unwrap()
            .into_owned()
    }

    /// Found by a blind review: a comment already above `guideline` was told to go on the line
    /// above `guideline`. A name in the right place gets no advice to move; the item it covers
    /// simply has no such finding.
    #[test]
    fn a_name_in_the_right_place_is_not_sent_where_it_already_is() {
        for (name, covered) in [
            ("no-service-channel", ItemKind::Guideline),
            ("gag-rule", ItemKind::Guideline),
            ("narrow-ownership", ItemKind::FirstOwner),
            ("window-dressing", ItemKind::Channel),
            ("missing-rationale", ItemKind::RuleBlock),
            ("gag-rule", ItemKind::RuleBlock),
            ("gag-rule", ItemKind::Statement),
            ("threat-without-reason", ItemKind::RuleBlock),
            ("threat-without-reason", ItemKind::Consequence),
            ("acme/no-tiktok", ItemKind::Statement),
        ] {
            assert_eq!(
                help_covering(&[name], &[covered], false),
                format!("nothing here has a `{name}` finding: remove the comment"),
                "{covered:?}"
            );
        }
        assert_eq!(
            help_covering(
                &["missing-rationale", "gag-rule"],
                &[ItemKind::RuleBlock],
                false
            ),
            "nothing here has a `missing-rationale` or `gag-rule` finding: remove the comment"
        );
        assert_eq!(
            help_covering(&["gag-rule"], &[ItemKind::Statement], true),
            "nothing here has a `gag-rule` finding: remove `gag-rule` from the comment"
        );
        // Two blocks on one line: the comment covers both.
        assert!(help_covering(
            &["window-dressing"],
            &[ItemKind::RuleBlock, ItemKind::Channel],
            false
        )
        .starts_with("nothing here"));
        assert_eq!(
            finding(
                Span::new(0, 1),
                &["no-service-channel"],
                &[ItemKind::Guideline],
                false,
                Lang::De
            )
            .help
            .as_deref(),
            Some(
                "Hier gibt es keine Meldung von `no-service-channel`: Entfernen Sie den Kommentar"
            )
        );
    }

    /// A name in the wrong kind of place keeps the advice where it belongs.
    #[test]
    fn a_name_in_the_wrong_place_is_told_where_it_belongs() {
        for (name, covered, above) in [
            (
                "no-service-channel",
                &[ItemKind::RuleBlock][..],
                "`guideline` (it then covers the whole file)",
            ),
            (
                "missing-goals",
                &[ItemKind::FirstOwner],
                "`guideline` (it then covers the whole file)",
            ),
            (
                "narrow-ownership",
                &[ItemKind::Clause],
                "the first `owner` clause",
            ),
            (
                "window-dressing",
                &[ItemKind::Clause],
                "the `channel` it is meant for",
            ),
            (
                "missing-rationale",
                &[ItemKind::Statement],
                "the `rule` block it is meant for",
            ),
            (
                "threat-without-reason",
                &[ItemKind::Statement],
                "the `rule` block or its `consequence` clause",
            ),
            (
                "gag-rule",
                &[ItemKind::Channel],
                "the rule block or statement it is meant for",
            ),
            (
                "gag-rule",
                &[ItemKind::Consequence],
                "the rule block or statement it is meant for",
            ),
        ] {
            assert_eq!(
                help_covering(&[name], covered, false),
                format!("remove the comment, or put it on the line above {above}")
            );
        }
    }

    /// One name in the right place, one not: the first has nothing to suppress, the second is
    /// told where it belongs, and the comment as a whole does not move.
    #[test]
    fn names_in_the_right_and_the_wrong_place_are_told_apart() {
        assert_eq!(
            help_covering(
                &["missing-rationale", "no-service-channel"],
                &[ItemKind::RuleBlock],
                false
            ),
            "nothing here has a `missing-rationale` finding: remove the comment, or name \
             `no-service-channel` in a comment on the line above `guideline` (it then covers the \
             whole file)"
        );
        assert_eq!(
            help_covering(
                &["gag-rule", "missing-rationale", "unknown-term"],
                &[ItemKind::Statement],
                true
            ),
            "nothing here has a `gag-rule` finding: remove `gag-rule`, `missing-rationale` and \
             `unknown-term` from the comment, or name `missing-rationale` in a comment on the \
             line above the `rule` block it is meant for; `unknown-term` cannot be suppressed, \
             correct the word guidelint does not know instead"
        );
        assert_eq!(
            help_covering(&["gag-rule", "syntax-error"], &[ItemKind::Statement], false),
            "nothing here has a `gag-rule` finding: remove the comment; `syntax-error` cannot \
             be suppressed, fix the syntax error instead"
        );
        assert_eq!(
            finding(
                Span::new(0, 1),
                &["missing-rationale", "no-service-channel"],
                &[ItemKind::RuleBlock],
                false,
                Lang::De
            )
            .help
            .as_deref(),
            Some(
                "Hier gibt es keine Meldung von `missing-rationale`: Entfernen Sie den Kommentar, \
                 oder nennen Sie `no-service-channel` in einem Kommentar in der Zeile über \
                 `guideline` (dann gilt er für die ganze Datei)"
            )
        );
    }

    #[test]
    fn rules_that_cannot_be_suppressed_get_the_fix_of_their_cause() {
        let f = finding(
            Span::new(0, 1),
            &["syntax-error", "unknown-term"],
            &[],
            false,
            Lang::En,
        );
        assert_eq!(f.label, "cannot be suppressed");
        assert_eq!(
            f.help.as_deref(),
            Some(
                "remove the comment: `syntax-error` cannot be suppressed, fix the syntax error \
                 instead; `unknown-term` cannot be suppressed, correct the word guidelint does \
                 not know instead"
            )
        );
        assert_eq!(
            help_of(&["gag-rule", "suppression-without-reason"], false, Lang::En),
            "remove the comment, or name `gag-rule` in a comment on the line above the rule \
             block or statement it is meant for; `suppression-without-reason` cannot be \
             suppressed, write the reason after a colon instead: `# guidelint-allow RULE: reason`"
        );
    }

    #[test]
    fn german_help() {
        assert_eq!(
            help_of(&["missing-goals"], false, Lang::De),
            "Entfernen Sie den Kommentar, oder setzen Sie ihn in die Zeile über `guideline` \
             (dann gilt er für die ganze Datei)"
        );
        assert_eq!(
            help_of(&["narrow-ownership"], true, Lang::De),
            "Streichen Sie `narrow-ownership` aus dem Kommentar, oder nennen Sie \
             `narrow-ownership` in einem Kommentar in der Zeile über der ersten `owner`-Klausel"
        );
        assert_eq!(
            help_of(
                &["one-way-channel", "threat-without-reason"],
                false,
                Lang::De
            ),
            "Entfernen Sie den Kommentar, oder schreiben Sie für jede Stelle einen Kommentar: \
             `one-way-channel` in die Zeile über dem `channel`, für den er gedacht ist; \
             `threat-without-reason` in die Zeile über dem Regelblock oder seiner \
             `consequence`-Klausel"
        );
        let f = finding(Span::new(0, 1), &["unreadable-file"], &[], false, Lang::De);
        assert_eq!(f.label, "nicht unterdrückbar");
        assert_eq!(
            f.help.as_deref(),
            Some(
                "Entfernen Sie den Kommentar: `unreadable-file` lässt sich nicht unterdrücken; \
                 speichern Sie stattdessen die Datei als UTF-8-Text"
            )
        );
    }
}
