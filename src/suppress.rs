//! Suppression comments (SPEC §5, §11.8): `# guidelint-allow RULE[, RULE…]: REASON`.
//!
//! An own-line comment covers the outermost items that start on the next line that is neither
//! blank nor a comment; a trailing comment covers the outermost items that start on its own
//! line, or else the innermost item that contains it: one that starts before it and reaches its
//! line (the last line of a statement spread over lines, a block's closing `}`). "Outermost"
//! means not inside another item that starts on that line: usually there is one, but two
//! blocks written on one line are both covered. A finding is suppressed when its primary span
//! starts inside an item covered by a comment that names its rule. Names are tracked one by one:
//! a comment with a name that suppressed nothing gets one `unused-suppression`, a comment without
//! a reason gets `suppression-without-reason`, and a name that is no rule gets `unknown-term`.
//!
//! The marker and the rule names may be written in any capitals, like every keyword and term of
//! the language (SPEC §1, §11.2): `# GUIDELINT-ALLOW Blanket-Block` is a suppression of
//! `blanket-block`, not an ordinary comment that would silently suppress nothing.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::finding::{Finding, Suppression};
use crate::lang::Lang;
use crate::rules;
use crate::span::{byte_order_mark_len, Span};
use crate::syntax::ast;

/// The marker that starts a suppression inside a comment.
const MARKER: &str = "guidelint-allow";

/// A parsed `guidelint-allow` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment<'s> {
    /// From `#` to the end of the line (without the line end).
    pub span: Span,
    /// Nothing but whitespace before the `#` on its line.
    pub own_line: bool,
    /// The rule names in lowercase, as every rule name is (borrowed from the source unless
    /// written in capitals), with the spans of the names as written.
    pub names: Vec<(Cow<'s, str>, Span)>,
    /// The text after the colon, if not empty.
    pub reason: Option<&'s str>,
}

/// How the engine knows a rule name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameStatus {
    /// A rule that runs.
    Active,
    /// A rule turned `off` in the configuration: naming it is neither used nor unused.
    Off,
    /// No rule of that name.
    Unknown,
}

/// The `guidelint-allow` comments among the comments of a source (see
/// [`ast::Guideline::comments`]). Where a line starts is looked up only for a suppression
/// comment (most comments are ordinary notes).
pub fn comments<'s>(source: &'s str, spans: &[Span]) -> Vec<Comment<'s>> {
    spans
        .iter()
        .filter_map(|&span| parse_comment(source, span))
        .collect()
}

/// Where the line holding byte `at` starts: on the first line, after a leading byte-order mark,
/// which is ignored (SPEC §1), so that a comment after it is still on a line of its own.
fn line_start(source: &str, at: usize) -> usize {
    crate::search::rfind(b'\n', &source.as_bytes()[..at])
        .map_or_else(|| byte_order_mark_len(source).min(at), |n| n + 1)
}

/// Where the line holding byte `at` ends: after its line break, or at the end of the text.
fn line_end(bytes: &[u8], at: usize) -> usize {
    crate::search::find(b'\n', &bytes[at..]).map_or(bytes.len(), |n| at + n + 1)
}

/// Parses one comment `# guidelint-allow a, b: reason`; `None` if it is an ordinary comment.
fn parse_comment(source: &str, span: Span) -> Option<Comment<'_>> {
    let text = &source[span.start + 1..span.end];
    let body_offset = span.start + 1 + (text.len() - text.trim_start().len());
    let body = text.trim_start();
    let rest = strip_marker(body)?;
    // `guidelint-allowed` is not the marker.
    if rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return None;
    }
    let own_line = source[line_start(source, span.start)..span.start]
        .trim()
        .is_empty();
    let rest_offset = body_offset + MARKER.len();
    let (names_text, reason) = match rest.find(':') {
        Some(colon) => (&rest[..colon], Some(rest[colon + 1..].trim())),
        None => (rest, None),
    };
    let mut names = Vec::new();
    let mut offset = rest_offset;
    for part in names_text.split(',') {
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            let start = offset + (part.len() - part.trim_start().len());
            names.push((rule_name(trimmed), Span::new(start, start + trimmed.len())));
        }
        offset += part.len() + 1;
    }
    Some(Comment {
        span,
        own_line,
        names,
        reason: reason.filter(|r| !r.is_empty()),
    })
}

/// `body` after the marker, which may be written in any capitals.
fn strip_marker(body: &str) -> Option<&str> {
    let marker = body.get(..MARKER.len())?;
    marker
        .eq_ignore_ascii_case(MARKER)
        .then(|| &body[MARKER.len()..])
}

/// A rule name as written, in lowercase: every rule name is, built-in or custom.
fn rule_name(written: &str) -> Cow<'_, str> {
    if !written.is_ascii() || written.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(written.to_lowercase())
    } else {
        Cow::Borrowed(written)
    }
}

/// An item of SPEC §11.8 with its nesting depth (0 = the guideline) and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Item {
    span: Span,
    depth: u8,
    kind: ItemKind,
}

/// What an item is, as far as where findings start is concerned (SPEC §4's primary spans):
/// `unused-suppression` tells a comment in the wrong place from one whose item simply has no
/// such finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// The guideline: it holds everything.
    Guideline,
    /// The guideline's first `owner` clause.
    FirstOwner,
    /// A `channel` block.
    Channel,
    /// A `rule` block.
    RuleBlock,
    /// A statement in a rule block.
    Statement,
    /// A rule block's `consequence` clause.
    Consequence,
    /// Any other clause: no finding starts there.
    Clause,
}

/// Every item in pre-order: the guideline, top-level clauses, channels and their clauses,
/// rule blocks and their statements, `because` and `consequence`.
fn items(tree: &ast::Guideline) -> Vec<Item> {
    let nested = tree.channel_items.len() + tree.rule_items.len();
    let mut out = Vec::with_capacity(1 + tree.items.len() + nested);
    out.push(Item {
        span: tree.span,
        depth: 0,
        kind: ItemKind::Guideline,
    });
    let mut first_owner = true;
    for item in &tree.items {
        let kind = match item {
            ast::Item::Owner(_) if std::mem::take(&mut first_owner) => ItemKind::FirstOwner,
            ast::Item::Channel(_) => ItemKind::Channel,
            ast::Item::Rule(_) => ItemKind::RuleBlock,
            _ => ItemKind::Clause,
        };
        out.push(Item {
            span: item.span(),
            depth: 1,
            kind,
        });
        match item {
            ast::Item::Channel(c) => out.extend(tree.channel_items_of(c).iter().map(|i| Item {
                span: i.span(),
                depth: 2,
                kind: ItemKind::Clause,
            })),
            ast::Item::Rule(r) => out.extend(tree.rule_items_of(r).iter().map(|i| Item {
                span: i.span(),
                depth: 2,
                kind: match i {
                    ast::RuleItem::Statement(_) => ItemKind::Statement,
                    ast::RuleItem::Consequence(_) => ItemKind::Consequence,
                    ast::RuleItem::Because(_) => ItemKind::Clause,
                },
            })),
            _ => {}
        }
    }
    out
}

/// The items by start, so that many comments do not each scan every item and every line (a
/// hostile file may have a hundred thousand). Lines are found from the comments' byte offsets
/// (no index of every line: most files have a few suppressions).
struct Coverage<'s> {
    source: &'s str,
    /// Every item by start, then depth; items with equal start and depth stay in pre-order.
    items: Vec<Item>,
    /// The items of each depth, ordered by start (siblings do not overlap).
    by_depth: [Vec<Item>; 3],
    /// The last answer for an own-line comment: the lines from `from` up to `code` (the start
    /// of the first line that holds code, or the end of the text) hold no code, so a later
    /// comment among them covers the same items. Comments come in order, so each line is
    /// read at most once however many comments precede it.
    last_own_line: Option<(usize, usize, Vec<Item>)>,
}

impl<'s> Coverage<'s> {
    fn new(source: &'s str, mut items: Vec<Item>) -> Self {
        items.sort_by_key(|item| (item.span.start, item.depth));
        let mut sizes = [0; 3];
        for item in &items {
            sizes[usize::from(item.depth.min(2))] += 1;
        }
        let mut by_depth = sizes.map(Vec::with_capacity);
        for item in &items {
            by_depth[usize::from(item.depth.min(2))].push(*item);
        }
        Coverage {
            source,
            items,
            by_depth,
            last_own_line: None,
        }
    }

    /// The items a comment covers (none, one, or siblings that start on one line).
    fn covered(&mut self, comment: &Comment<'_>) -> Vec<Item> {
        let bytes = self.source.as_bytes();
        let next_line = line_end(bytes, comment.span.start);
        if !comment.own_line {
            let this_line = line_start(self.source, comment.span.start);
            let outermost = self.outermost_starting_in(this_line, next_line);
            if !outermost.is_empty() {
                return outermost;
            }
            return self
                .innermost_reaching(this_line, comment.span.start)
                .into_iter()
                .collect();
        }
        // The first line after the comment that is neither blank nor a comment.
        if let Some((from, code, items)) = &self.last_own_line {
            if (*from..=*code).contains(&next_line) {
                return items.clone();
            }
        }
        let mut start = next_line;
        while start < bytes.len() {
            let end = line_end(bytes, start);
            if holds_code(&self.source[start..end]) {
                break;
            }
            start = end;
        }
        let items = if start < bytes.len() {
            self.outermost_starting_in(start, line_end(bytes, start))
        } else {
            Vec::new()
        };
        self.last_own_line = Some((next_line, start, items.clone()));
        items
    }

    /// The items that start in `start..end` and are not inside another item that starts
    /// there. Items come by start and a container before what it holds (siblings do not
    /// overlap), so an item is inside one already taken exactly when it starts before the end
    /// of the last one taken.
    fn outermost_starting_in(&self, start: usize, end: usize) -> Vec<Item> {
        let lo = self.items.partition_point(|i| i.span.start < start);
        let hi = self.items.partition_point(|i| i.span.start < end);
        let mut outermost: Vec<Item> = Vec::new();
        for item in &self.items[lo..hi] {
            if outermost
                .last()
                .is_none_or(|last| item.span.start >= last.span.end)
            {
                outermost.push(*item);
            }
        }
        outermost
    }

    /// The deepest item that contains the trailing comment at `offset`, on the line that starts
    /// at `line`: one that starts before the comment and reaches its line. (A statement's span
    /// ends at its last word, before a comment after it, and a block's at its `}`: the comment on
    /// the last line of a statement spread over several lines belongs to that statement, one
    /// after a block's closing `}` to that block, not to everything around them.) At each depth
    /// only the last item that starts at or before the comment can.
    fn innermost_reaching(&self, line: usize, offset: usize) -> Option<Item> {
        self.by_depth.iter().rev().find_map(|items| {
            let i = items.partition_point(|item| item.span.start <= offset);
            items[..i]
                .last()
                .filter(|item| item.span.end > line)
                .copied()
        })
    }
}

/// Whether a line is neither blank nor only a comment.
fn holds_code(line: &str) -> bool {
    !matches!(line.trim_start().as_bytes().first(), None | Some(b'#'))
}

/// The suppressible findings of each rule, ordered by span start, with a "next not yet
/// suppressed" pointer per position so that a finding is marked once however many comments
/// cover it.
struct Targets {
    /// Keyed by the findings' own names (a built-in rule's name is borrowed, not copied).
    by_rule: FxHashMap<Cow<'static, str>, RuleTargets>,
}

/// `(span start, finding index)` in order, and the "next not yet marked" pointers.
#[derive(Default)]
struct RuleTargets {
    list: Vec<(usize, usize)>,
    next: Vec<usize>,
}

impl Targets {
    fn new(findings: &[Finding]) -> Self {
        // Room for the rules a file has findings of, as a rule (growing rehashed the map).
        let mut by_rule: FxHashMap<Cow<'static, str>, RuleTargets> =
            FxHashMap::with_capacity_and_hasher(16, Default::default());
        for (i, f) in findings.iter().enumerate() {
            if let Some(span) = f.span {
                if !rules::is_unsuppressible(&f.rule) {
                    by_rule
                        .entry(f.rule.clone())
                        .or_default()
                        .list
                        .push((span.start, i));
                }
            }
        }
        for t in by_rule.values_mut() {
            t.list.sort_unstable();
            t.next = (0..=t.list.len()).collect();
        }
        Targets { by_rule }
    }

    /// Marks the findings of `rule` that start inside `item`; whether there were any.
    fn suppress(
        &mut self,
        rule: &str,
        item: Span,
        reason: Option<&str>,
        findings: &mut [Finding],
    ) -> bool {
        let Some(RuleTargets { list, next }) = self.by_rule.get_mut(rule) else {
            return false;
        };
        let end = item.end.max(item.start + 1);
        let lo = list.partition_point(|&(start, _)| start < item.start);
        let hi = list.partition_point(|&(start, _)| start < end);
        let mut j = find(next, lo);
        while j < hi {
            let f = &mut findings[list[j].1];
            if f.suppressed.is_none() {
                f.suppressed = Some(Suppression {
                    reason: reason.map(str::to_owned),
                });
            }
            next[j] = j + 1;
            j = find(next, j + 1);
        }
        lo < hi
    }
}

/// The first position at or after `i` whose finding is not yet marked (with path halving).
fn find(next: &mut [usize], mut i: usize) -> usize {
    while next[i] != i {
        next[i] = next[next[i]];
        i = next[i];
    }
    i
}

/// Marks suppressed findings and returns the findings about the comments themselves.
pub fn apply(
    source: &str,
    tree: &ast::Guideline,
    findings: &mut [Finding],
    status: &dyn Fn(&str) -> NameStatus,
    custom_rules: &[&str],
    lang: Lang,
) -> Vec<Finding> {
    let comments = comments(source, &tree.comments);
    if comments.is_empty() {
        return Vec::new();
    }
    let mut index = Coverage::new(source, items(tree));
    let mut targets = Targets::new(findings);
    let mut out = Vec::new();
    // The names of a comment that suppressed nothing: one list for all the comments.
    let mut unused: Vec<&str> = Vec::new();
    // The kinds of the items a comment with unused names covers.
    let mut kinds: Vec<ItemKind> = Vec::new();
    for comment in &comments {
        let coverage = index.covered(comment);
        unused.clear();
        // Whether the comment also names rules that are of use: then it stays.
        let mut keeps_others = false;
        for (name, name_span) in &comment.names {
            match status(name) {
                NameStatus::Unknown => out.push(unknown_name(
                    &source[name_span.range()],
                    *name_span,
                    status,
                    custom_rules,
                    lang,
                )),
                // Kept for the day the rule is turned on again.
                NameStatus::Off => keeps_others = true,
                NameStatus::Active => {
                    let mut used = false;
                    for item in &coverage {
                        used |= targets.suppress(name, item.span, comment.reason, findings);
                    }
                    if used {
                        keeps_others = true;
                    } else {
                        unused.push(name);
                    }
                }
            }
        }
        if comment.names.is_empty() || !unused.is_empty() {
            kinds.clear();
            kinds.extend(coverage.iter().map(|item| item.kind));
            out.push(rules::unused_suppression::finding(
                comment.span,
                &unused,
                &kinds,
                keeps_others,
                lang,
            ));
        }
        if comment.reason.is_none() {
            let names: Vec<&str> = comment.names.iter().map(|(n, _)| n.as_ref()).collect();
            out.push(rules::suppression_without_reason::finding(
                comment.span,
                &names,
                lang,
            ));
        }
    }
    out
}

/// The `unknown-term` finding for a name, as `written`, that is no rule: several rule names
/// run together without commas (`blanket-block gag-rule`, also `… and …`) are shown the
/// list with commas, anything else the rules with a similar name.
fn unknown_name(
    written: &str,
    span: Span,
    status: &dyn Fn(&str) -> NameStatus,
    custom_rules: &[&str],
    lang: Lang,
) -> Finding {
    let words: Vec<Cow<'_, str>> = written
        .split_whitespace()
        .filter(|word| !word.eq_ignore_ascii_case("and"))
        .map(rule_name)
        .collect();
    if words.len() > 1 && words.iter().all(|w| status(w) != NameStatus::Unknown) {
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        return rules::unknown_term::rules_without_commas(written, span, &words, lang);
    }
    let name = rule_name(written);
    // The built-in rules and the configuration's own, found as `explain` finds them (`gag`
    // means `gag-rule`).
    let names = rules::REGISTRY
        .iter()
        .map(|r| r.meta().name)
        .chain(custom_rules.iter().copied());
    let suggestions: Vec<String> = rules::similar_names(&name, names)
        .into_iter()
        .take(3)
        .map(str::to_owned)
        .collect();
    rules::unknown_term::unknown_rule(written, span, &suggestions, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The suppression comments of a source, its comments found by the scanner.
    fn comments_in(source: &str) -> Vec<Comment<'_>> {
        comments(source, &crate::syntax::comment_spans(source))
    }
    use crate::rules::testing::lint;
    use crate::span::LineIndex;

    /// A guideline with every openness need met, so only the findings under test remain.
    fn wrap(body: &str) -> String {
        format!(
            "guideline \"G\" {{\n  owner hr, sales\n  contact \"c@example.com\"\n  goal \"g\"\n  channel twitter {{ purpose service respond within 1h staffed by sales }}\n{body}}}\n"
        )
    }

    /// A name in a suppression comment may hold any character: its findings show a control
    /// character escaped, never as it is.
    #[test]
    fn control_characters_in_names_are_escaped() {
        let src =
            wrap("  # guidelint-allow bl\u{1b}[31mock\n  rule \"r\" { block x because \"b\" }\n");
        let texts: Vec<String> = lint(&src)
            .into_iter()
            .filter(|f| f.rule == "unknown-term" || f.rule == "suppression-without-reason")
            .flat_map(|f| [f.message, f.help.map(|h| h.to_string()).unwrap_or_default()])
            .collect();
        assert!(
            texts.iter().any(|t| t.contains("bl\\u{1b}[31mock")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains('\u{1b}')), "{texts:?}");
    }

    /// `(rule, suppressed)` of every finding, in order.
    fn outcome(src: &str) -> Vec<(String, bool)> {
        lint(src)
            .into_iter()
            .map(|f| (f.rule.to_string(), f.is_suppressed()))
            .collect()
    }

    fn pairs(list: &[(&str, bool)]) -> Vec<(String, bool)> {
        list.iter().map(|(r, s)| (r.to_string(), *s)).collect()
    }

    /// Found by the hostile-input work (issue 7): every comment scanned every item, every
    /// finding and the lines after it, so 20 000 suppressions took minutes (168 s in a debug
    /// build for 1.5 MB). Indexed now; the bound is loose, the old code was 40 times slower.
    #[test]
    fn many_suppressions_stay_fast() {
        let mut body = String::new();
        for i in 0..20_000 {
            body.push_str(&format!(
                "  # guidelint-allow blanket-block: kiosk\n  rule \"r{i}\" {{ block facebook }} # guidelint-allow pre-approval\n"
            ));
        }
        let src = format!("# guidelint-allow missing-goals: a\n# b\n\n{}", wrap(&body));
        let start = std::time::Instant::now();
        let report = crate::check_source("s.guideline", &src, &crate::Config::default());
        assert!(start.elapsed() < std::time::Duration::from_secs(60));
        let suppressed = report
            .findings
            .iter()
            .filter(|f| f.rule == "blanket-block" && f.is_suppressed())
            .count();
        assert_eq!(suppressed, 20_000);
        let unused = report
            .findings
            .iter()
            .filter(|f| f.rule == "unused-suppression")
            .count();
        // Every trailing `pre-approval`, and the `missing-goals` one (the guideline has goals).
        assert_eq!(unused, 20_001);
    }

    #[test]
    fn own_line_covers_a_whole_rule_block() {
        let src = wrap("  # guidelint-allow blanket-block: kiosk\n  rule \"K\" {\n    block tiktok\n    because \"b\"\n  }\n");
        assert_eq!(outcome(&src), pairs(&[("blanket-block", true)]));
    }

    #[test]
    fn own_line_skips_blank_and_comment_lines() {
        let src = wrap("  # guidelint-allow blanket-block: kiosk\n\n  # another note\n  rule \"K\" { block tiktok because \"b\" }\n");
        assert_eq!(outcome(&src), pairs(&[("blanket-block", true)]));
    }

    #[test]
    fn own_line_covers_a_single_statement() {
        let src = wrap("  rule \"K\" {\n    # guidelint-allow blanket-block: kiosk\n    block tiktok\n    block xing\n    because \"b\"\n  }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[("blanket-block", true), ("blanket-block", false)])
        );
    }

    #[test]
    fn own_line_covers_a_clause() {
        let src = wrap("  rule \"K\" {\n    allow employees to access xing\n    # guidelint-allow threat-without-reason: agreed with the works council\n    consequence reminder\n  }\n");
        assert_eq!(outcome(&src), pairs(&[("threat-without-reason", true)]));
    }

    #[test]
    fn a_comment_before_the_guideline_covers_the_whole_file() {
        let src = format!(
            "# guidelint-allow blanket-block, missing-rationale: a kiosk system\n{}",
            wrap("  rule \"K\" { block tiktok }\n  rule \"L\" { block xing }\n")
        );
        assert!(outcome(&src).iter().all(|(_, suppressed)| *suppressed));
        assert_eq!(outcome(&src).len(), 4);
    }

    /// A leading byte-order mark is ignored (SPEC §1): a suppression on its own line after it
    /// covers the guideline, as it does without the mark, with LF or CRLF and with spaces
    /// before the `#` (it was taken for a trailing comment after code, which covered nothing and
    /// was reported unused).
    #[test]
    fn an_own_line_comment_after_a_byte_order_mark_covers_the_next_item() {
        let body = "guideline \"Entwurf\" {\n  contact \"hr@x.de\"\n  channel twitter { purpose service respond within 1h staffed by hr }\n}\n";
        let comment = "# guidelint-allow missing-goals, missing-owner: Entwurf\n";
        let expected = pairs(&[("missing-goals", true), ("missing-owner", true)]);
        assert_eq!(outcome(&format!("{comment}{body}")), expected);
        for before in ["", "  ", "\t "] {
            let lf = format!("\u{feff}{before}{comment}{body}");
            let crlf = lf.replace('\n', "\r\n");
            for src in [lf, crlf] {
                assert_eq!(outcome(&src), expected, "{src:?}");
                assert!(comments_in(&src)[0].own_line, "{src:?}");
            }
        }
        // Code after the mark still starts the first line: a comment after it is trailing.
        let trailing = format!("\u{feff}guideline \"E\" {{ {comment}}}\n");
        assert!(!comments_in(&trailing)[0].own_line);
    }

    /// On the first line after a byte-order mark, the findings about a comment count columns
    /// without the mark.
    #[test]
    fn columns_after_a_byte_order_mark_do_not_count_it() {
        let src =
            "\u{feff}  # guidelint-allow missing-goals\r\nguideline \"E\" {\r\n  owner hr\r\n}\r\n";
        let findings = lint(src);
        let reasonless = findings
            .iter()
            .find(|f| f.rule == "suppression-without-reason")
            .expect("a suppression without a reason");
        let span = reasonless.span.unwrap();
        let lines = LineIndex::new(src);
        let (start, end) = (
            lines.position(src, span.start),
            lines.position(src, span.end),
        );
        assert_eq!((start.line, start.column), (1, 3));
        assert_eq!((end.line, end.column), (1, 34));
        assert!(findings
            .iter()
            .any(|f| f.rule == "missing-goals" && f.is_suppressed()));
    }

    #[test]
    fn trailing_covers_the_outermost_item_on_its_line() {
        let src = wrap("  rule \"K\" { block tiktok because \"b\" } # guidelint-allow blanket-block: kiosk\n  rule \"L\" { block xing because \"b\" }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[("blanket-block", true), ("blanket-block", false)])
        );
    }

    #[test]
    fn trailing_without_an_item_on_its_line_covers_the_innermost_container() {
        // The comment stands after `{`, where no item starts: it covers the rule block.
        let src = wrap("  rule \"K\"\n  { # guidelint-allow blanket-block: kiosk\n    block tiktok\n    because \"b\"\n  }\n");
        assert_eq!(outcome(&src), pairs(&[("blanket-block", true)]));
    }

    /// On the last line of a statement spread over lines, a trailing comment belongs to that
    /// statement (its span ends at its last word, before the comment), not to the whole block.
    #[test]
    fn trailing_on_a_statements_last_line_covers_that_statement() {
        let src = wrap("  rule \"K\" {\n    because \"b\"\n    block xing,\n      tiktok # guidelint-allow blanket-block: kiosk\n    block facebook\n  }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[("blanket-block", true), ("blanket-block", false)])
        );
    }

    /// After a block's closing `}`, a trailing comment belongs to that block, not to the
    /// guideline around it.
    #[test]
    fn trailing_after_a_closing_brace_covers_that_block() {
        let src = wrap("  rule \"K\" {\n    block tiktok\n    because \"b\"\n  } # guidelint-allow blanket-block: kiosk\n  rule \"L\" { block xing because \"b\" }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[("blanket-block", true), ("blanket-block", false)])
        );
    }

    /// Two blocks written on one line both start on it, and neither is inside the other: a
    /// comment after them, or on the line above, covers both (found by audit 6: only the
    /// first was covered).
    #[test]
    fn sibling_blocks_on_one_line_are_all_covered() {
        let trailing = wrap("  rule \"D\" { } rule \"E\" { block xing because \"b\" } rule \"F\" { block reddit because \"b\" } # guidelint-allow blanket-block: kiosk\n");
        assert_eq!(
            outcome(&trailing),
            pairs(&[("blanket-block", true), ("blanket-block", true)])
        );
        let own_line = wrap("  # guidelint-allow blanket-block: kiosk\n  rule \"D\" { block tiktok because \"b\" } rule \"E\" { block xing because \"b\" }\n  rule \"F\" { block reddit because \"b\" }\n");
        assert_eq!(
            outcome(&own_line),
            pairs(&[
                ("blanket-block", true),
                ("blanket-block", true),
                ("blanket-block", false)
            ])
        );
    }

    /// A statement that ends a block and a block that starts after it on the same line are
    /// both outermost there: the statement's block started on an earlier line.
    #[test]
    fn a_statement_and_a_block_starting_on_one_line_are_both_covered() {
        let src = wrap("  rule \"D\" {\n    because \"b\"\n    block tiktok } rule \"E\" { block xing because \"b\" # guidelint-allow blanket-block: kiosk\n    block reddit\n  }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[
                ("blanket-block", true),
                ("blanket-block", true),
                ("blanket-block", true)
            ])
        );
    }

    /// Like every keyword and term of the language, the marker and the rule names may be
    /// written in capitals (found by audit 6: `# GUIDELINT-ALLOW` was silently an ordinary
    /// comment, and `Blanket-Block` no rule).
    #[test]
    fn the_marker_and_rule_names_may_be_written_in_capitals() {
        let src = wrap("  # GUIDELINT-ALLOW Blanket-Block: kiosk\n  rule \"K\" { block tiktok because \"b\" }\n  # Guidelint-Allow GAG-RULE: kiosk\n  rule \"L\" { block xing because \"b\" }\n");
        let findings = lint(&src);
        assert_eq!(
            findings
                .iter()
                .map(|f| (f.rule.as_ref(), f.is_suppressed()))
                .collect::<Vec<_>>(),
            [
                ("blanket-block", true),
                ("unused-suppression", false),
                ("blanket-block", false)
            ]
        );
        // Named as every rule is named, in lowercase.
        assert_eq!(
            findings[1].message,
            "the suppression of `gag-rule` suppressed nothing"
        );
        assert!(comments_in("# GUIDELINT-ALLOWED x\n").is_empty());
        assert_eq!(comments_in("# GUIDELINT-ALLOW X\n")[0].names[0].0, "x");
    }

    /// A mistyped name in capitals is reported as written, with the rule it is close to.
    #[test]
    fn an_unknown_name_in_capitals_is_shown_as_written() {
        let src = wrap("  # guidelint-allow BLANKET-BLOK: kiosk\n  rule \"K\" { allow employees to access xing }\n");
        let findings = lint(&src);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(
            findings[0].message,
            "`BLANKET-BLOK` is not a rule of guidelint"
        );
        assert!(findings[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`blanket-block`"));
    }

    /// Found by audit 6: `blanket-block gag-rule` (no comma) was one unknown rule with no
    /// hint at what went wrong.
    #[test]
    fn rule_names_without_commas_are_told_to_use_commas() {
        for (names, list) in [
            ("blanket-block gag-rule", "`blanket-block, gag-rule`"),
            ("Blanket-Block and gag-rule", "`blanket-block, gag-rule`"),
        ] {
            let src = wrap(&format!("  # guidelint-allow {names}: kiosk\n  rule \"K\" {{ allow employees to access xing }}\n"));
            let findings = lint(&src);
            assert_eq!(findings.len(), 1, "{findings:?}");
            assert_eq!(findings[0].rule, "unknown-term");
            assert_eq!(&src[findings[0].span.unwrap().range()], names);
            assert_eq!(
                findings[0].help.as_deref(),
                Some(format!("separate rule names with commas: {list}").as_str())
            );
        }
        // Not every word a rule: a name with a space, no list.
        let src = wrap("  # guidelint-allow blanket-block gag: kiosk\n  rule \"K\" { allow employees to access xing }\n");
        let help = lint(&src)[0].help.clone().unwrap();
        assert!(!help.contains("commas"), "{help}");
    }

    /// The help of the one `unused-suppression` of `src`.
    fn unused_help(src: &str) -> String {
        let findings = lint(src);
        let unused: Vec<_> = findings
            .iter()
            .filter(|f| f.rule == "unused-suppression")
            .collect();
        assert_eq!(unused.len(), 1, "{findings:?}");
        unused[0].help.clone().unwrap().into_owned()
    }

    /// The help of `unused-suppression` names the place where a comment for the rule belongs
    /// (found by audit 6: it always said "the rule block or statement").
    #[test]
    fn an_unused_suppression_says_where_the_rule_belongs() {
        let src = "guideline \"G\" {\n  # guidelint-allow missing-goals: later\n  owner hr, sales\n  contact \"c\"\n  channel twitter { purpose service respond within 1h staffed by sales }\n}\n";
        assert_eq!(
            unused_help(src),
            "remove the comment, or put it on the line above `guideline` (it then covers the whole file)"
        );
        assert!(lint(src)
            .iter()
            .any(|f| f.rule == "missing-goals" && !f.is_suppressed()));
    }

    /// Found by a blind review: a comment already in the right place was told to move to
    /// where it is. In the right place, the help says the item has no such finding.
    #[test]
    fn an_unused_suppression_in_the_right_place_is_not_told_to_move() {
        let src = "# guidelint-allow no-service-channel: no customers
guideline \"V\" {\n  owner hr\n  contact \"a\"\n  goal \"b\"\n  channel twitter { purpose support respond within 1h staffed by hr }\n}\n";
        assert_eq!(
            unused_help(src),
            "nothing here has a `no-service-channel` finding: remove the comment"
        );
        let src = wrap("  # guidelint-allow missing-rationale, gag-rule: reasons\n  rule \"R\" {\n    forbid employees to disclose trade-secrets\n    because \"law\"\n  }\n");
        assert_eq!(
            unused_help(&src),
            "nothing here has a `missing-rationale` or `gag-rule` finding: remove the comment"
        );
        // After code: the statement it stands behind.
        let src = wrap(
            "  rule \"R\" {\n    allow employees to post # guidelint-allow gag-rule: old\n  }\n",
        );
        assert_eq!(
            unused_help(&src),
            "nothing here has a `gag-rule` finding: remove the comment"
        );
        // The first `owner` clause, a channel, a consequence.
        let src = "guideline \"G\" {\n  # guidelint-allow narrow-ownership: x\n  owner hr, sales\n  owner marketing\n}\n";
        assert!(unused_help(src).starts_with("nothing here has a `narrow-ownership` finding"));
        for (body, name) in [
            (
                "  # guidelint-allow window-dressing: x\n  channel xing { purpose support respond within 2h staffed by hr }\n",
                "window-dressing",
            ),
            (
                "  rule \"R\" {\n    block tiktok\n    because \"b\"\n    # guidelint-allow threat-without-reason: x\n    consequence training\n  }\n",
                "threat-without-reason",
            ),
        ] {
            let src = wrap(body);
            assert_eq!(
                unused_help(&src),
                format!("nothing here has a `{name}` finding: remove the comment"),
                "{src}"
            );
        }
    }

    /// A comment in the wrong kind of place keeps the advice where it belongs: a file-level
    /// rule above a rule block, a rule-block rule above a statement, a rule-block rule after
    /// the statement on a block's last line, an `owner` clause that is not the first.
    #[test]
    fn an_unused_suppression_in_the_wrong_place_is_told_to_move() {
        for (body, above) in [
            (
                "  # guidelint-allow no-service-channel: x\n  rule \"R\" { allow employees to post }\n",
                "`guideline` (it then covers the whole file)",
            ),
            (
                "  rule \"R\" {\n    # guidelint-allow missing-rationale: x\n    forbid employees to disclose trade-secrets\n  }\n",
                "the `rule` block it is meant for",
            ),
            (
                "  # guidelint-allow narrow-ownership: x\n  owner marketing\n",
                "the first `owner` clause",
            ),
            (
                "  channel xing {\n    # guidelint-allow window-dressing: x\n    purpose support\n  }\n",
                "the `channel` it is meant for",
            ),
        ] {
            let src = wrap(body);
            assert_eq!(
                unused_help(&src),
                format!("remove the comment, or put it on the line above {above}"),
                "{src}"
            );
        }
    }

    /// Two names, one in the right place and one not: only the second is told to move.
    #[test]
    fn an_unused_suppression_tells_right_and_wrong_names_apart() {
        let src = wrap("  # guidelint-allow missing-rationale, no-service-channel: x\n  rule \"R\" {\n    forbid employees to disclose trade-secrets\n    because \"law\"\n  }\n");
        assert_eq!(
            unused_help(&src),
            "nothing here has a `missing-rationale` finding: remove the comment, or name \
             `no-service-channel` in a comment on the line above `guideline` (it then covers the \
             whole file)"
        );
        // Beside a name that is of use, only the unused ones go.
        let src = wrap("  # guidelint-allow blanket-block, gag-rule, missing-goals: x\n  rule \"R\" { block tiktok because \"b\" }\n");
        assert_eq!(
            unused_help(&src),
            "nothing here has a `gag-rule` finding: remove `gag-rule` and `missing-goals` from \
             the comment, or name `missing-goals` in a comment on the line above `guideline` (it \
             then covers the whole file)"
        );
        let help = crate::rules::testing::lint_in(&src, Lang::De)
            .iter()
            .find(|f| f.rule == "unused-suppression")
            .and_then(|f| f.help.as_deref())
            .unwrap()
            .to_owned();
        assert!(
            help.starts_with("Hier gibt es keine Meldung von `gag-rule`: Streichen Sie"),
            "{help}"
        );
    }

    /// When the comment's other names are of use, only the unused ones should go.
    #[test]
    fn an_unused_name_beside_used_ones_is_to_be_removed_alone() {
        let src = wrap("  # guidelint-allow blanket-block, unknown-term: kiosk\n  rule \"K\" { block tiktok because \"b\" }\n");
        let findings = lint(&src);
        assert_eq!(findings[0].rule, "unused-suppression");
        assert_eq!(findings[0].label, "cannot be suppressed");
        assert_eq!(
            findings[0].help.as_deref(),
            Some("remove `unknown-term` from the comment: `unknown-term` cannot be suppressed, correct the word guidelint does not know instead")
        );
        assert!(findings[1].is_suppressed());
    }

    #[test]
    fn own_line_before_a_line_that_starts_no_item_covers_nothing() {
        let src = wrap("  rule \"K\" {\n    block tiktok\n    because \"b\"\n    # guidelint-allow blanket-block: too late\n  }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[("blanket-block", false), ("unused-suppression", false)])
        );
    }

    #[test]
    fn names_are_tracked_one_by_one() {
        let src = wrap("  # guidelint-allow blanket-block, gag-rule: kiosk\n  rule \"K\" { block tiktok because \"b\" }\n");
        let findings = lint(&src);
        assert_eq!(findings.len(), 2);
        // The comment comes first in the file.
        assert_eq!(findings[0].rule, "unused-suppression");
        assert!(findings[0].message.contains("`gag-rule`"));
        assert!(!findings[0].message.contains("blanket-block"));
        assert_eq!(findings[1].rule, "blanket-block");
        assert!(findings[1].is_suppressed());
    }

    #[test]
    fn an_unknown_name_is_an_unknown_term_only() {
        let src = wrap("  # guidelint-allow blanket-blok: typo\n  rule \"K\" { allow employees to access xing }\n");
        let findings = lint(&src);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].rule, "unknown-term");
        assert!(findings[0]
            .help
            .as_deref()
            .unwrap()
            .contains("`blanket-block`"));
        assert_eq!(&src[findings[0].span.unwrap().range()], "blanket-blok");
        // Part of a name finds the rule, as `explain` does.
        let src = wrap(
            "  # guidelint-allow gag: short\n  rule \"K\" { allow employees to access xing }\n",
        );
        let help = lint(&src)[0].help.clone().unwrap();
        assert!(help.starts_with("did you mean `gag-rule`?"), "{help}");
    }

    #[test]
    fn without_a_reason_it_still_applies() {
        let src = wrap("  rule \"K\" {\n    block tiktok # guidelint-allow blanket-block\n    because \"b\"\n  }\n");
        let findings = lint(&src);
        assert_eq!(findings.len(), 2);
        assert!(findings[0].is_suppressed());
        assert_eq!(findings[1].rule, "suppression-without-reason");
        assert!(src[findings[1].span.unwrap().range()].starts_with("# guidelint-allow"));
    }

    #[test]
    fn correctness_findings_about_the_file_cannot_be_suppressed() {
        let src = wrap("  # guidelint-allow unknown-term: please\n  rule \"K\" { allow employes to access xing }\n");
        assert_eq!(
            outcome(&src),
            pairs(&[("unused-suppression", false), ("unknown-term", false)])
        );
    }

    #[test]
    fn a_rule_turned_off_is_neither_used_nor_unused() {
        let mut config = crate::Config::default();
        config
            .levels
            .insert("blanket-block".into(), crate::config::Level::Off);
        let src = wrap("  # guidelint-allow blanket-block: kiosk\n  rule \"K\" { block tiktok because \"b\" }\n");
        let report = crate::check_source("t.guideline", &src, &config);
        assert!(report.findings.is_empty(), "{:?}", report.findings);
    }

    #[test]
    fn suppressed_findings_do_not_count_towards_the_score() {
        let src = wrap("  # guidelint-allow blanket-block: kiosk\n  rule \"K\" { block tiktok because \"b\" }\n");
        let report = crate::check_source("t.guideline", &src, &crate::Config::default());
        assert_eq!(report.score, Some(100));
        assert_eq!(report.verdict, crate::Verdict::Open);
        assert!(!report.fails(Some(crate::Severity::Info)));
    }

    #[test]
    fn parses_names_and_reason() {
        let src = "x # guidelint-allow a-b, c : because we can\n";
        let c = &comments_in(src)[0];
        assert!(!c.own_line);
        assert_eq!(c.span, Span::new(2, src.len() - 1));
        let names: Vec<&str> = c.names.iter().map(|(n, _)| n.as_ref()).collect();
        assert_eq!(names, ["a-b", "c"]);
        assert_eq!(&src[c.names[1].1.range()], "c");
        assert_eq!(c.reason, Some("because we can"));
    }

    #[test]
    fn reasons_may_be_missing_or_empty() {
        assert_eq!(comments_in("# guidelint-allow a")[0].reason, None);
        assert_eq!(comments_in("  # guidelint-allow a:   \r\n")[0].reason, None);
        assert!(comments_in("  # guidelint-allow a:\r\n")[0].own_line);
        assert_eq!(
            comments_in("# guidelint-allow a:\r\n")[0].span,
            Span::new(0, 20)
        );
    }

    #[test]
    fn ordinary_comments_and_strings_are_not_suppressions() {
        assert!(comments_in("# just a note\n").is_empty());
        assert!(comments_in("# guidelint-allowed x\n").is_empty());
        assert!(comments_in("goal \"# guidelint-allow x\"\n").is_empty());
        assert!(comments_in("goal \"a \\\" # guidelint-allow x\"\n").is_empty());
        assert_eq!(comments_in("goal \"a\" # guidelint-allow x\n").len(), 1);
    }

    /// The scanner as it was before it jumped over line ends: one byte at a time, tracking
    /// where each line starts.
    fn comments_byte_by_byte(source: &str) -> Vec<Comment<'_>> {
        let bytes = source.as_bytes();
        // A leading byte-order mark is no part of the first line (SPEC §1).
        let bom = byte_order_mark_len(source);
        let (mut out, mut i, mut line_start, mut in_string) = (Vec::new(), bom, bom, false);
        while i < bytes.len() {
            match (in_string, bytes[i]) {
                (true, b'\\') => i += 1,
                (_, b'"') => in_string = !in_string,
                (_, b'\n') => line_start = i + 1,
                (false, b'#') => {
                    let end = memchr::memchr(b'\n', &bytes[i..]).map_or(source.len(), |n| i + n);
                    let text_end = end - usize::from(source[..end].ends_with('\r'));
                    let own_line = source[line_start..i].trim().is_empty();
                    out.extend(
                        parse_comment(source, Span::new(i, text_end))
                            .map(|c| Comment { own_line, ..c }),
                    );
                    i = end;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        out
    }

    /// What a comment covers, straight from SPEC §11.8 with a line index: the outermost items
    /// (those inside no other one) starting on the first code line after an own-line comment,
    /// or on a trailing comment's line, else the deepest item that starts before the trailing
    /// comment and reaches its line.
    fn covered_line_by_line(source: &str, items: &[Item], comment: &Comment<'_>) -> Vec<Item> {
        let lines = LineIndex::new(source);
        let outermost_on = |line: usize| {
            let on_line: Vec<&Item> = items
                .iter()
                .filter(|i| lines.line_of(i.span.start) == line)
                .collect();
            let mut outermost: Vec<Item> = on_line
                .iter()
                .filter(|i| {
                    !on_line.iter().any(|o| {
                        o.depth < i.depth
                            && o.span.start <= i.span.start
                            && i.span.end <= o.span.end
                    })
                })
                .map(|&&i| i)
                .collect();
            outermost.sort_by_key(|i| i.span.start);
            outermost
        };
        let line = lines.line_of(comment.span.start);
        if !comment.own_line {
            let outermost = outermost_on(line);
            if !outermost.is_empty() {
                return outermost;
            }
            let line_start = lines.line_start(line).unwrap_or(0);
            return items
                .iter()
                .filter(|i| i.span.start <= comment.span.start && i.span.end > line_start)
                .max_by_key(|i| i.depth.min(2))
                .copied()
                .into_iter()
                .collect();
        }
        (line + 1..)
            .map_while(|n| Some((n, lines.line_start(n)?)))
            .find(|&(n, start)| {
                let end = lines.line_start(n + 1).unwrap_or(source.len());
                let text = source[start..end].trim();
                !text.is_empty() && !text.starts_with('#')
            })
            .map(|(n, _)| outermost_on(n))
            .unwrap_or_default()
    }

    #[test]
    fn comments_and_coverage_agree_with_the_line_by_line_versions() {
        let base = wrap(
            "  rule \"A\" {\n    block tiktok\n\n    because \"a # b \\\" c\"\n  }\r\n  rule \"B\" { allow hr to post } rule \"C\" { block xing }\n  rule \"D\" {\n    block x } rule \"E\" { block y\n  }\n  goal \"x\ny\"\n",
        );
        let lines: Vec<&str> = base.split_inclusive('\n').collect();
        let comment = "# guidelint-allow blanket-block: r";
        let mut sources = vec![
            base.clone(),
            format!("{base}  {comment}"),
            format!("{comment}\n\n{base}"),
            format!("\u{feff}  {comment}\r\n{base}"),
            format!("\u{feff}{base}"),
            format!(
                "\u{feff}{}",
                base.replacen('\n', &format!(" {comment}\n"), 1)
            ),
        ];
        for k in 0..=lines.len() {
            let (before, after) = (lines[..k].concat(), lines[k..].concat());
            sources.push(format!("{before}  {comment}\n{after}"));
            sources.push(format!(
                "{before}{comment}\n\n  # note\n  {comment}\n{after}"
            ));
            if let Some(line) = lines.get(k) {
                let trailing = line.trim_end().to_owned() + " " + comment + "\n";
                sources.push(format!("{before}{trailing}{}", lines[k + 1..].concat()));
            }
        }
        let mut checked = 0;
        for source in &sources {
            let found = comments_in(source);
            assert_eq!(found, comments_byte_by_byte(source), "{source}");
            let Ok(tree) = crate::syntax::parse(source) else {
                continue;
            };
            // The comments the parser noted are the ones the scanner finds.
            assert_eq!(comments(source, &tree.comments), found, "{source}");
            let items = items(&tree);
            let mut index = Coverage::new(source, items.clone());
            for c in &found {
                assert_eq!(
                    index.covered(c),
                    covered_line_by_line(source, &items, c),
                    "{source}\n{c:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 3 * lines.len(), "{checked}");
    }
}
