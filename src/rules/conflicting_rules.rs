//! `conflicting-rules`: a statement that allows, encourages or requires something (A) and one that
//! forbids it (B, `block` and the forbid implied by `allow only` included), both understood,
//! neither with an approval qualifier, with overlapping audiences, the same action, overlapping
//! platforms, overlapping objects and `about` topics, and identical `during` and `using` sets.
//!
//! Statements are bucketed by action, `during` set and `using` set (which must be equal); only
//! buckets with both a forbid and something else are searched. Inside a bucket a forbid takes its
//! candidates from the allowing statements indexed by platform or by audience, whichever is more
//! selective (a bucket with few allowing statements is scanned instead, in the same order), so a
//! large file does not compare every statement with every other.

use std::borrow::Cow;
use std::cmp::Ordering;

use rustc_hash::FxHashMap;

use super::{snippets, Context, Doc, Meta, Rule};
use crate::finding::{Finding, Related, RuleCategory, Severity};
use crate::lang::Lang;
use crate::semantics::{Effect, Model, Statement, Vocabulary};
use crate::span::Span;
use crate::syntax::ast::Modality;

pub struct ConflictingRules;

static META: Meta = Meta {
    name: "conflicting-rules",
    category: RuleCategory::Correctness,
    default_severity: Severity::Error,
};

/// The broad platform term.
const ANY_PLATFORM: &str = "any-platform";

/// At most this many conflicting pairs are reported per file, and at most this many pairs of
/// statements are compared: a hostile file of thousands of alternating `allow` and `forbid`
/// statements has millions of conflicting pairs (84 KB gave a million findings and 800 MB of
/// JSON). Where a limit is reached, one more finding says that guidelint stopped there.
const LIMITS: Limits = Limits {
    pairs: 1000,
    comparisons: 20_000_000,
    scan_permits: 16,
};

#[derive(Clone, Copy)]
struct Limits {
    pairs: usize,
    comparisons: usize,
    /// A bucket with at most this many allowing statements is scanned for every forbid rather
    /// than indexed (not a limit of the search: both find the same pairs in the same order).
    scan_permits: usize,
}

/// The longest quotation of a statement in a message, in characters.
const QUOTE_CHARS: usize = 60;

impl Rule for ConflictingRules {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn doc(&self, lang: Lang) -> &'static Doc {
        match lang {
            Lang::En => &EN,
            Lang::De => &DE,
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let (found, stopped_at) = conflicts(cx.model, cx.vocab, LIMITS);
        if let Some(at) = stopped_at {
            let (message, label, help) = match cx.lang {
                Lang::En => (
                    format!(
                        "guidelint stopped looking for conflicting rules here: this file has too \
                         many conflicting or similar statements (at most {} conflicts are reported \
                         per file)",
                        LIMITS.pairs
                    ),
                    "stopped here".to_owned(),
                    "resolve the conflicts reported before this one, then check again".to_owned(),
                ),
                Lang::De => (
                    format!(
                        "guidelint hat hier aufgehört, nach widersprüchlichen Regeln zu suchen: \
                         Diese Datei enthält zu viele widersprüchliche oder ähnliche Anweisungen \
                         (je Datei werden höchstens {} Widersprüche gemeldet)",
                        LIMITS.pairs
                    ),
                    "hier aufgehört".to_owned(),
                    "Lösen Sie zuerst die davor gemeldeten Widersprüche auf und prüfen Sie dann erneut"
                        .to_owned(),
                ),
            };
            out.push(cx.finding(self, at.span, message, label, help));
        }
        if found.is_empty() {
            return;
        }
        let earlier_starts: Vec<usize> = found.iter().map(|c| c.ordered().0.span.start).collect();
        let earlier_lines = super::line_numbers(cx.source, &earlier_starts);
        for (c, earlier_line) in found.iter().zip(earlier_lines) {
            let (earlier, later) = c.ordered();
            let t = texts(cx, c, earlier_line);
            let mut finding = cx.finding(self, later.span, t.message, t.label, t.help);
            finding.related.push(Related {
                span: earlier.span,
                message: t.related,
            });
            out.push(finding);
        }
    }
}

/// A pair of contradicting statements.
struct Conflict<'m> {
    /// The statement that allows, encourages or requires.
    permit: &'m Statement<'m>,
    /// The statement that forbids (possibly implied by `allow only`).
    forbid: &'m Statement<'m>,
}

impl<'m> Conflict<'m> {
    /// `(earlier, later)` by span start.
    fn ordered(&self) -> (&'m Statement<'m>, &'m Statement<'m>) {
        if self.permit.span.start < self.forbid.span.start {
            (self.permit, self.forbid)
        } else {
            (self.forbid, self.permit)
        }
    }

    /// Sort key: the later span, then the earlier span, then which one allows.
    fn key(&self) -> (Span, Span, Span) {
        let (earlier, later) = self.ordered();
        (later.span, earlier.span, self.permit.span)
    }
}

/// A statement taking part in the search, with what the comparison needs precomputed.
struct Entry<'m> {
    s: &'m Statement<'m>,
    broad: bool,
    /// No platform named, or `any-platform`.
    any_platform: bool,
}

impl<'m> Entry<'m> {
    fn new(s: &'m Statement<'m>, vocab: &Vocabulary) -> Self {
        Entry {
            s,
            broad: s.has_broad_audience(vocab),
            any_platform: s
                .platforms
                .as_ref()
                .is_none_or(|p| p.contains(&ANY_PLATFORM)),
        }
    }

    fn platforms(&self) -> &'m [&'m str] {
        self.s.platforms.unwrap_or_default()
    }
}

/// The first eight bytes of `text` as a big-endian number, padded with zeros. Numbers compare
/// like the texts where they differ: if `sort_prefix(a) < sort_prefix(b)` then `a < b` (at the
/// first differing byte either both texts have a byte, or `a` has ended and is a prefix of `b`),
/// so comparing the numbers before the texts keeps the order of the texts alone.
fn sort_prefix(text: &str) -> u64 {
    let mut bytes = [0; 8];
    let n = text.len().min(8);
    bytes[..n].copy_from_slice(&text.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

/// A `during` or `using` list as a set (absent = empty): the list itself when it is sorted
/// without repeats already (as a list of one term always is), otherwise a sorted copy.
fn as_set<'a, 'v>(list: Option<&'a [&'v str]>) -> Cow<'a, [&'v str]> {
    let Some(list) = list else {
        return Cow::Borrowed(&[]);
    };
    if list.windows(2).all(|w| w[0] < w[1]) {
        return Cow::Borrowed(list);
    }
    let mut set = list.to_vec();
    set.sort_unstable();
    set.dedup();
    Cow::Owned(set)
}

/// Whether two terms are the same: usually the same text of the vocabulary, which is found
/// without comparing the texts.
fn same(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

/// Whether two lists have the same terms in the same order (see [`same`]).
fn same_terms(a: &[&str], b: &[&str]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
}

/// Whether statements have both a forbid and something else (a bucket without both has no
/// conflict).
fn mixed<'m>(mut statements: impl Iterator<Item = &'m Statement<'m>> + Clone) -> bool {
    statements.clone().any(|s| s.effect == Effect::Forbid)
        && statements.any(|s| s.effect != Effect::Forbid)
}

/// Every conflicting pair, one per pair of source statements, ordered by the later statement;
/// and the statement where the search stopped if it reached one of the `limits`. The search
/// order is deterministic, so the same file always gives the same pairs.
fn conflicts<'m>(
    model: &'m Model<'m>,
    vocab: &Vocabulary,
    limits: Limits,
) -> (Vec<Conflict<'m>>, Option<&'m Statement<'m>>) {
    // Buckets by sorting rather than hashing: a file has a few dozen statements. They are
    // sorted by `(action, during, using)` in two steps: by action first, where the action's
    // first bytes make most comparisons one comparison of numbers (see `sort_prefix`) and equal
    // actions are mostly the same text (see `same`); then, only for the actions with both a
    // forbid and something else and only when their `during` and `using` sets differ, by those
    // sets. The sorts are stable, so a bucket keeps its statements in the model's order (as the
    // search always visited them), and buckets come in key order.
    // Room for every statement at once (the iterator cannot say how many there are).
    let mut by_action: Vec<(u64, &'m str, &'m Statement<'m>)> =
        Vec::with_capacity(model.rules.iter().map(|r| r.statements.len()).sum());
    by_action.extend(
        model
            .statements()
            .filter(|s| s.understood && s.approval.is_none() && s.effect != Effect::Monitor)
            .filter_map(|s| {
                let action = s.action?;
                Some((sort_prefix(action), action, s))
            }),
    );
    by_action.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| {
            if same(a.1, b.1) {
                Ordering::Equal
            } else {
                a.1.cmp(b.1)
            }
        })
    });

    let mut search = Search {
        limits,
        found: Vec::new(),
        comparisons: 0,
        stamp: Vec::new(),
        candidates: Vec::new(),
    };
    let mut stopped_at = None;
    // Reused for every action and bucket.
    type Keyed<'m> = (Cow<'m, [&'m str]>, Cow<'m, [&'m str]>, &'m Statement<'m>);
    let mut keyed: Vec<Keyed<'m>> = Vec::new();
    let (mut permits, mut forbids) = (Vec::new(), Vec::new());
    let same_sets = |a: &Keyed, b: &Keyed| same_terms(&a.0, &b.0) && same_terms(&a.1, &b.1);
    'buckets: for action in by_action.chunk_by(|a, b| a.0 == b.0 && same(a.1, b.1)) {
        if !mixed(action.iter().map(|&(_, _, s)| s)) {
            continue;
        }
        keyed.clear();
        keyed.extend(
            action
                .iter()
                .map(|&(_, _, s)| (as_set(s.during), as_set(s.using), s)),
        );
        if !keyed.windows(2).all(|w| same_sets(&w[0], &w[1])) {
            keyed.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        }
        for bucket in keyed.chunk_by(same_sets) {
            if !mixed(bucket.iter().map(|&(_, _, s)| s)) {
                continue;
            }
            permits.clear();
            forbids.clear();
            for &(_, _, s) in bucket {
                let entry = Entry::new(s, vocab);
                if s.effect == Effect::Forbid {
                    forbids.push(entry);
                } else {
                    permits.push(entry);
                }
            }
            if let Some(at) = search.bucket(&permits, &forbids) {
                stopped_at = Some(at);
                break 'buckets;
            }
        }
    }

    // One finding per pair of source statements: two `allow only` statements contradict each
    // other twice (each one's allow against the other's implied forbid).
    // Sorted by the pair first, so the two of a pair are neighbours.
    let mut found = search.found;
    found.sort_by_key(Conflict::key);
    found.dedup_by_key(|c| {
        let (earlier, later) = c.ordered();
        (earlier.span, later.span)
    });
    if found.len() > limits.pairs {
        found.truncate(limits.pairs);
        if stopped_at.is_none() {
            stopped_at = found.last().map(|c| c.ordered().1);
        }
    }
    (found, stopped_at)
}

/// The search through the buckets, with buffers reused from bucket to bucket.
struct Search<'m> {
    limits: Limits,
    /// The pairs found so far, in the order found.
    found: Vec<Conflict<'m>>,
    comparisons: usize,
    /// `stamp[i] == n` when permit `i` of the bucket is already a candidate for forbid `n - 1`.
    stamp: Vec<usize>,
    candidates: Vec<usize>,
}

impl<'m> Search<'m> {
    /// Compares the forbids of one bucket with its allowing statements; the forbid where a
    /// limit was reached, if one was.
    fn bucket(
        &mut self,
        permits: &[Entry<'m>],
        forbids: &[Entry<'m>],
    ) -> Option<&'m Statement<'m>> {
        // Two `allow only` statements give the same pair twice; deduplicated by `conflicts`.
        let max_found = self.limits.pairs.saturating_mul(2);
        // Allowing statements by platform and by audience; a forbid takes its candidates from
        // the more selective of the two. A few of them are scanned for every forbid instead,
        // which finds the same candidates in the same order (see `scan`) without building
        // hash maps.
        let indexes = (permits.len() > self.limits.scan_permits).then(|| {
            (
                TermIndex::new(permits, platform_key),
                TermIndex::new(permits, audience_key),
            )
        });
        self.stamp.clear();
        self.stamp.resize(permits.len(), 0);
        for (n, f) in forbids.iter().enumerate() {
            self.collect_candidates(permits, indexes.as_ref(), n, f);
            let candidates = &self.candidates;
            self.comparisons += candidates.len();
            if self.comparisons > self.limits.comparisons || self.found.len() >= max_found {
                return Some(f.s);
            }
            for &i in candidates {
                let p = &permits[i];
                if p.s.span != f.s.span && overlap(p, f) {
                    self.found.push(Conflict {
                        permit: p.s,
                        forbid: f.s,
                    });
                }
            }
        }
        None
    }

    /// Sets `candidates` to the allowing statements that forbid `n` of a bucket may conflict
    /// with, each once: from the `indexes` (by platform, by audience) when there are some,
    /// otherwise by scanning `permits`. Either way in the same order.
    fn collect_candidates(
        &mut self,
        permits: &[Entry<'m>],
        indexes: Option<&(TermIndex<'m>, TermIndex<'m>)>,
        n: usize,
        f: &Entry<'m>,
    ) {
        let (stamp, candidates) = (&mut self.stamp, &mut self.candidates);
        candidates.clear();
        let mut add = |i: usize| {
            if stamp[i] != n + 1 {
                stamp[i] = n + 1;
                candidates.push(i);
            }
        };
        let platforms = (!f.any_platform).then(|| f.platforms());
        let audiences = (!f.broad).then_some(f.s.who);
        match indexes {
            Some((by_platform, by_audience)) => {
                let platforms = platforms.map(|terms| by_platform.lists(terms));
                let audiences = audiences.map(|terms| by_audience.lists(terms));
                let lists = match (platforms, audiences) {
                    (None, None) => None,
                    (Some(l), None) | (None, Some(l)) => Some(l),
                    (Some(a), Some(b)) => Some(if size(&a) <= size(&b) { a } else { b }),
                };
                match lists {
                    None => (0..permits.len()).for_each(add),
                    Some(lists) => lists.into_iter().flatten().for_each(|&i| add(i)),
                }
            }
            None => {
                let side = match (platforms, audiences) {
                    (None, None) => None,
                    (Some(terms), None) => Some((platform_key as Key<'m>, terms)),
                    (None, Some(terms)) => Some((audience_key as Key<'m>, terms)),
                    (Some(a), Some(b)) => {
                        let size = |key: Key<'m>, terms| {
                            let mut n = 0;
                            scan(permits, key, terms, |_| n += 1);
                            n
                        };
                        Some(if size(platform_key, a) <= size(audience_key, b) {
                            (platform_key as Key<'m>, a)
                        } else {
                            (audience_key as Key<'m>, b)
                        })
                    }
                };
                match side {
                    None => (0..permits.len()).for_each(add),
                    Some((key, terms)) => scan(permits, key, terms, add),
                }
            }
        }
    }
}

/// For an entry, whether it matches every term, and otherwise its terms.
type Key<'m> = fn(&Entry<'m>) -> (bool, &'m [&'m str]);

/// [`Key`] by platform.
fn platform_key<'m>(e: &Entry<'m>) -> (bool, &'m [&'m str]) {
    (e.any_platform, e.platforms())
}

/// [`Key`] by audience.
fn audience_key<'m>(e: &Entry<'m>) -> (bool, &'m [&'m str]) {
    (e.broad, e.s.who)
}

/// Allowing statements by term, with those that match every term kept apart.
struct TermIndex<'m> {
    everything: Vec<usize>,
    by_term: FxHashMap<&'m str, Vec<usize>>,
}

impl<'m> TermIndex<'m> {
    fn new(entries: &[Entry<'m>], key: Key<'m>) -> Self {
        let mut index = TermIndex {
            everything: Vec::new(),
            by_term: FxHashMap::default(),
        };
        for (i, entry) in entries.iter().enumerate() {
            match key(entry) {
                (true, _) => index.everything.push(i),
                (false, terms) => {
                    for &term in terms {
                        index.by_term.entry(term).or_default().push(i);
                    }
                }
            }
        }
        index
    }

    /// The lists of entries that may share a term with `terms` (with repeats).
    fn lists(&self, terms: &[&str]) -> Vec<&[usize]> {
        let mut lists = vec![self.everything.as_slice()];
        lists.extend(
            terms
                .iter()
                .filter_map(|t| self.by_term.get(*t).map(Vec::as_slice)),
        );
        lists
    }
}

/// The number of entries in index lists (counting repeats).
fn size(lists: &[&[usize]]) -> usize {
    lists.iter().map(|l| l.len()).sum()
}

/// Visits what the [`TermIndex`] of `entries` by `key` lists for `terms`, in the same order and
/// with the same repeats, by scanning the entries: those that match every term, then for each
/// of `terms` the entries with that term, once for each time they name it.
fn scan<'m>(entries: &[Entry<'m>], key: Key<'m>, terms: &[&str], mut visit: impl FnMut(usize)) {
    for (i, entry) in entries.iter().enumerate() {
        if key(entry).0 {
            visit(i);
        }
    }
    for term in terms {
        for (i, entry) in entries.iter().enumerate() {
            if let (false, own) = key(entry) {
                own.iter().filter(|t| *t == term).for_each(|_| visit(i));
            }
        }
    }
}

/// Whether the audiences, platforms and topics of two statements overlap (SPEC §4). The action
/// and the `during` and `using` sets are compared by the bucketing.
fn overlap(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    audiences_overlap(a, b) && platforms_overlap(a, b) && topics_overlap(a, b)
}

/// Either side is broad or they share a term, unless every term of one side is in the other
/// side's `except` list.
fn audiences_overlap(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    let excluded = |x: &Statement, y: &Statement| x.who.iter().all(|w| y.except.contains(w));
    if excluded(a.s, b.s) || excluded(b.s, a.s) {
        return false;
    }
    a.broad || b.broad || a.s.who.iter().any(|w| b.s.who.contains(w))
}

/// Either side names no platform or `any-platform`, or they share one.
fn platforms_overlap(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    a.any_platform || b.any_platform || a.platforms().iter().any(|p| b.platforms().contains(p))
}

/// Either side has no objects and topics (= everything), or they share one.
///
/// Reads the terms in place ([`super::topic_terms`]) rather than collecting
/// [`Statement::topics`] for every statement of every mixed bucket.
fn topics_overlap(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    let (mut a_topics, b_topics) = (super::topic_terms(a.s), super::topic_terms(b.s));
    a_topics.clone().next().is_none()
        || b_topics.clone().next().is_none()
        || a_topics.any(|t| b_topics.clone().any(|u| u == t))
}

/// The terms both statements cover in a list where empty means "everything": the shared terms,
/// or the specific side's terms when the other covers everything; empty when both do.
fn common<'a>(a: &[&'a str], a_all: bool, b: &[&'a str], b_all: bool) -> Vec<&'a str> {
    match (a_all, b_all) {
        (true, true) => Vec::new(),
        (true, false) => b.to_vec(),
        (false, true) => a.to_vec(),
        (false, false) => a.iter().copied().filter(|t| b.contains(t)).collect(),
    }
}

/// Collapses whitespace and shortens a source excerpt to at most `max` characters; a control
/// character (in a comment inside a statement, say) is shown escaped (`\u{1b}`), so that none
/// reaches a terminal.
pub(super) fn one_line(text: &str, max: usize) -> String {
    if let Some(line) = one_line_simple(text, max) {
        return line;
    }
    let line = one_line_of_any(text, max);
    match crate::lang::printable(&line) {
        std::borrow::Cow::Borrowed(_) => line,
        std::borrow::Cow::Owned(shown) => shown,
    }
}

/// [`one_line`] for any text (the common one is quoted by [`one_line_simple`]).
fn one_line_of_any(text: &str, max: usize) -> String {
    // Only as many characters as the quotation needs are read: a statement may be a megabyte
    // long, and one may be quoted by a thousand findings. `line` is the words joined by single
    // spaces (`count` characters); the loops stop once it holds more than `max` characters,
    // which is all the shortened form below needs. Words are copied whole, not character by
    // character, and ASCII is classified without decoding (see `char_at`).
    let mut line = String::with_capacity(text.len().min(4 * (max + 2)));
    let mut count = 0;
    let mut at = 0;
    while at < text.len() && count <= max {
        let (width, space) = char_at(text, at);
        if space {
            at += width;
            continue;
        }
        if !line.is_empty() {
            line.push(' ');
            count += 1;
        }
        let start = at;
        while at < text.len() && count <= max {
            // ASCII letters are one character each: a run of them is measured in one tight
            // scan, up to as many as the line still has room for.
            let room = (max + 1 - count).min(text.len() - at);
            let run = text.as_bytes()[at..at + room]
                .iter()
                .position(|&b| ENDS_ASCII_RUN[usize::from(b)])
                .unwrap_or(room);
            at += run;
            count += run;
            if run == room {
                break;
            }
            let (width, space) = char_at(text, at);
            if space {
                break;
            }
            at += width;
            count += 1;
        }
        line.push_str(&text[start..at]);
    }
    if count <= max {
        return line;
    }
    // The first `max - 1` characters: as many bytes when they are all ASCII.
    let keep = if line.len() == count {
        max.saturating_sub(1)
    } else {
        line.char_indices()
            .nth(max.saturating_sub(1))
            .map_or(line.len(), |(at, _)| at)
    };
    line.truncate(whole_words(&line, keep));
    line.push('…');
    line
}

/// How much of a quotation to keep when it is cut after `keep` bytes: no spaces at the end, and
/// no word cut in half (`free-ti…`) when the cut falls inside one — then the quotation ends
/// with the word before, if that keeps at least half of it.
fn whole_words(line: &str, keep: usize) -> usize {
    let kept = line[..keep].trim_end();
    if kept.len() < keep || line.as_bytes().get(keep).is_none_or(|&b| b == b' ') {
        return kept.len();
    }
    match kept.rfind(' ') {
        Some(space) if space >= keep / 2 => kept[..space].trim_end().len(),
        _ => kept.len(),
    }
}

/// [`one_line`] for the common quotation: as far as it reaches (`max + 1` bytes), the text is
/// printable ASCII words with single spaces between them, and neither starts nor ends with a
/// space there. Then the quotation is those bytes as they are; `None` for any other text.
fn one_line_simple(text: &str, max: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let head = &bytes[..bytes.len().min(max + 1)];
    // A space before the first byte counts as a space: the text may not start with one.
    let mut after_space = true;
    // Eight bytes at a time (see `simple_chunk`), then one by one.
    let mut chunks = head.chunks_exact(8);
    for chunk in &mut chunks {
        let chunk = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        after_space = simple_chunk(chunk, after_space)?;
    }
    for &b in chunks.remainder() {
        let space = b == b' ';
        if !(b' '..=b'~').contains(&b) || (space && after_space) {
            return None;
        }
        after_space = space;
    }
    if after_space && !head.is_empty() {
        return None;
    }
    if bytes.len() <= max {
        return Some(text.to_owned());
    }
    // Longer than the quotation, which has more than `max` characters (the last one is no
    // space): the first `max - 1` in whole words, and `…`.
    let kept = &text[..whole_words(text, max.saturating_sub(1))];
    let mut line = String::with_capacity(kept.len() + '…'.len_utf8());
    line.push_str(kept);
    line.push('…');
    Some(line)
}

/// For eight bytes of a quotation (the first in the lowest byte of `chunk`) after a space or
/// not: whether the last of them is a space, or `None` if one of them is no printable ASCII or
/// a space after a space. What the byte-by-byte loop of [`one_line_simple`] says, for eight
/// bytes at once; no sum below carries from one byte into the next.
fn simple_chunk(chunk: u64, after_space: bool) -> Option<bool> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = chunk & !HIGH;
    // The high bit of a byte is set when it is 0x80 or more, when its low seven bits are 0x7f
    // (`low + 1` reaches 0x80) and when they are below 0x20 (`low + 0x60` stays below 0x80).
    let unprintable = (chunk | (low + ONES) | !(low + 0x60 * ONES)) & HIGH;
    // The high bit of a byte is set when it is a space: when it is zero after `^ 0x20`, that is
    // when neither its high bit nor `its low seven bits + 0x7f` reaches 0x80.
    let other = chunk ^ (0x20 * ONES);
    let spaces = !(other | ((other & !HIGH) + 0x7f * ONES)) & HIGH;
    // The bytes after a space: the flags moved up a byte, the first one after `after_space`.
    let after = (spaces << 8) | if after_space { 0x80 } else { 0 };
    if unprintable != 0 || spaces & after != 0 {
        return None;
    }
    Some(spaces >> 63 != 0)
}

/// The bytes that end a run of one-byte characters that are not whitespace: ASCII whitespace
/// (what `char::is_whitespace` says of ASCII: space and `\t` to `\r`) and every byte of a
/// longer character, which `char_at` then decodes.
const ENDS_ASCII_RUN: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = matches!(byte, 0x09..=0x0d | 0x20 | 0x80..);
        byte += 1;
    }
    table
};

/// The length in bytes of the character at byte `at` of `text`, and whether it is whitespace
/// in the sense of `char::is_whitespace` (as `str::split_whitespace` splits). An ASCII byte is
/// a whole character and is classified as it is; only other characters are decoded.
fn char_at(text: &str, at: usize) -> (usize, bool) {
    let byte = text.as_bytes()[at];
    if byte.is_ascii() {
        return (1, char::from(byte).is_whitespace());
    }
    let c = text[at..]
        .chars()
        .next()
        .expect("`at` is a character boundary below the end");
    (c.len_utf8(), c.is_whitespace())
}

/// A statement written out in the Guideline language, with canonical terms.
struct Render<'a> {
    modality: Modality,
    who: Vec<&'a str>,
    except: Vec<&'a str>,
    s: &'a Statement<'a>,
    /// Extra qualifiers written after the statement's own (`during work-hours`).
    extra: Option<&'a str>,
}

impl<'a> Render<'a> {
    /// The statement as written; an implied forbid is written as its `allow only`, approval
    /// qualifier included.
    fn of(model: &'a Model<'a>, s: &'a Statement<'a>) -> Self {
        let s = if s.implied {
            model.rules[s.rule]
                .statements
                .iter()
                .find(|source| source.span == s.span && !source.implied)
                .unwrap_or(s)
        } else {
            s
        };
        Render {
            modality: if s.implied {
                Modality::Forbid
            } else {
                s.modality
            },
            who: s.who.to_vec(),
            except: s.except.to_vec(),
            s,
            extra: None,
        }
    }

    /// The Guideline code (its lists are written with `and` whatever the language of the prose).
    fn write(&self) -> String {
        let s = self.s;
        let mut out = String::with_capacity(128);
        out.push_str(self.modality.keyword());
        let who = |out: &mut String| {
            out.push(' ');
            snippets::push_list(out, &self.who);
            if !self.except.is_empty() {
                out.push_str(" except ");
                snippets::push_list(out, &self.except);
            }
        };
        let platforms = s.platforms.unwrap_or_default();
        let access = s.action == Some("access");
        if self.modality == Modality::Block {
            out.push(' ');
            snippets::push_list(&mut out, platforms);
            out.push_str(" for");
            who(&mut out);
        } else {
            who(&mut out);
            out.push_str(" to ");
            out.push_str(s.action.unwrap_or_default());
            if access && !platforms.is_empty() {
                out.push(' ');
                snippets::push_list(&mut out, platforms);
            } else if !s.objects.is_empty() {
                out.push(' ');
                snippets::push_list(&mut out, s.objects);
            }
            if !access && !platforms.is_empty() {
                out.push_str(" on ");
                snippets::push_list(&mut out, platforms);
            }
        }
        for (keyword, list) in [
            ("about", &s.about),
            ("during", &s.during),
            ("using", &s.using),
        ] {
            if let Some(list) = list {
                out.push(' ');
                out.push_str(keyword);
                out.push(' ');
                snippets::push_list(&mut out, list);
            }
        }
        if let Some(a) = &s.approval {
            out.push_str(if a.with { " with" } else { " without" });
            out.push_str(" approval by ");
            snippets::push_list(&mut out, a.by);
        }
        if let Some(extra) = self.extra {
            out.push(' ');
            out.push_str(extra);
        }
        out
    }
}

/// Adds terms to a list, without duplicates.
fn with_terms<'a>(list: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    let mut out = list.to_vec();
    for t in extra {
        if !out.contains(t) {
            out.push(t);
        }
    }
    out
}

/// Topics a general permission is typically meant for, in the order the help suggests them.
const OPEN_TOPICS: [&str; 4] = ["employer", "company-news", "job-offers", "opinions"];

/// The rewrite the help suggests: when one side has a narrow audience and the other a broad
/// one, the narrow audience becomes an exception of the broad statement; otherwise one statement
/// gets a `using` or `during` of its own so that the two no longer meet, unless it is a broad
/// access ban or a gag, which no such limit makes acceptable: then the help asks to choose.
enum Rewrite<'m> {
    /// `(narrow audience terms, rewritten broad statement)`.
    Except(Vec<&'m str>, String),
    /// The forbidding statement, limited.
    Limit(String),
    /// The permission about other topics: a general permission and a ban on some topics
    /// (`encourage employees to post`, `forbid employees to post about product-plans`).
    Topics(String),
    /// Nothing to limit: both already say when and with what.
    Choose,
    /// An `allow only` for the narrow audience and a broad forbid that the except form would
    /// leave a gag or a blanket block (`forbid employees except pr to post`): the `allow only`
    /// already says it alone.
    KeepOnly(Vec<&'m str>),
}

/// `p_broad` and `f_broad`: whether the permit's and the forbid's audiences are broad.
fn rewrite<'m>(cx: &Context<'_>, c: &Conflict<'m>, p_broad: bool, f_broad: bool) -> Rewrite<'m> {
    let (p, f) = (c.permit, c.forbid);
    if p_broad != f_broad {
        let (narrow, broad) = if p_broad { (f, p) } else { (p, f) };
        let mut render = Render::of(cx.model, broad);
        if !p_broad
            && render.modality != Modality::AllowOnly
            && (super::blanket_block::access_ban(f, cx.vocab).is_some()
                || super::gag_rule::silences(f, cx.vocab))
        {
            // The forbid with the permit's audience as its exception would still be a finding
            // of its own, a blanket block or a gag (edit 16, item 6).
            return if Render::of(cx.model, p).modality == Modality::AllowOnly {
                Rewrite::KeepOnly(p.who.to_vec())
            } else {
                Rewrite::Choose
            };
        }
        if render.modality == Modality::AllowOnly {
            if p_broad {
                // `allow only W …` and a forbid for some of W: W with an exception cannot be
                // said with `only` (the except list is implied), and joining them to W would
                // grant them what the forbid denies.
                return Rewrite::Choose;
            }
            // `allow only W …` and a permission for others: they join W.
            render.who = with_terms(&render.who, narrow.who);
        } else {
            render.except = with_terms(&render.except, narrow.who);
        }
        let rendered = render.write();
        return Rewrite::Except(narrow.who.to_vec(), rendered);
    }
    // A broad access ban stays a finding of its own however it is limited (`blanket-block`,
    // or `work-time-ban` during work hours), and so does a gag on company topics (`gag-rule`):
    // suggesting a limited one would contradict those rules.
    if super::blanket_block::access_ban(f, cx.vocab).is_some()
        || super::gag_rule::silences(f, cx.vocab)
    {
        return Rewrite::Choose;
    }
    // A ban on some topics protects them wherever they are said: limited to a device or a time
    // it would open them everywhere else. If the permission is general, it can name the topics
    // it is meant for instead.
    let f_topics = f.topics();
    if !f_topics.is_empty() {
        if p.action == Some("access") || !p.topics().is_empty() {
            return Rewrite::Choose;
        }
        let about: Vec<&str> = OPEN_TOPICS
            .iter()
            .copied()
            .filter(|t| !f_topics.contains(t))
            .take(2)
            .collect();
        let mut rendered = Render::of(cx.model, p).write();
        rendered.push_str(" about ");
        snippets::push_list(&mut rendered, &about);
        return Rewrite::Topics(rendered);
    }
    // A device or a time limits using platforms and posting, not what may be said
    // (`disclose affiliation using company-devices` makes no sense).
    if f.action != Some("access") && !f.is_posting_action() {
        return Rewrite::Choose;
    }
    let mut render = Render::of(cx.model, f);
    render.extra = if f.using.is_none() {
        Some("using company-devices")
    } else if f.during.is_none() {
        Some("during work-hours")
    } else {
        None
    };
    match render.extra {
        Some(_) => Rewrite::Limit(render.write()),
        None => Rewrite::Choose,
    }
}

// ---- texts ---------------------------------------------------------------------------------

struct Texts {
    message: String,
    label: String,
    related: String,
    help: String,
}

fn texts(cx: &Context<'_>, c: &Conflict<'_>, earlier_line: usize) -> Texts {
    // Every text is built with `concat` (one allocation of the right size) rather than
    // `format!`: a file with many conflicts builds four texts per pair.
    let (earlier, later) = c.ordered();
    let quote = |s: &Statement| one_line(&cx.source[s.span.range()], QUOTE_CHARS);
    let (p, f) = (
        Entry::new(c.permit, cx.vocab),
        Entry::new(c.forbid, cx.vocab),
    );
    let platforms = common(p.platforms(), p.any_platform, f.platforms(), f.any_platform);
    let (p_topics, f_topics) = (c.permit.topics(), c.forbid.topics());
    let topics = common(
        &p_topics,
        p_topics.is_empty(),
        &f_topics,
        f_topics.is_empty(),
    );
    let access = c.forbid.action == Some("access");
    let rewrite = rewrite(cx, c, p.broad, f.broad);
    let line = earlier_line.to_string();
    match cx.lang {
        Lang::En => {
            let verb = |s: &Statement| match s.effect {
                Effect::Allow => "allows",
                Effect::Encourage => "encourages",
                Effect::Require => "requires",
                Effect::Forbid | Effect::Monitor => "forbids",
            };
            let scope = match (topics.is_empty(), platforms.is_empty()) {
                (true, true) if access => "`any-platform`".to_owned(),
                (true, true) => "every topic on `any-platform`".to_owned(),
                (true, false) => Lang::En.join_ticked(&platforms),
                (false, true) => Lang::En.join_ticked(&topics),
                (false, false) => [
                    Lang::En.join_ticked(&topics),
                    Lang::En.join_ticked(&platforms),
                ]
                .join(" on "),
            };
            let action = c.forbid.action.unwrap_or_default();
            let label = if later.implied {
                [
                    "this `allow only` forbids everyone else to ",
                    action,
                    " what line ",
                    &line,
                    " ",
                    verb(earlier),
                ]
                .concat()
            } else {
                [
                    "this ",
                    verb(later),
                    " what line ",
                    &line,
                    " ",
                    verb(earlier),
                ]
                .concat()
            };
            let related = if earlier.implied {
                "this `allow only` forbids it for everyone else".to_owned()
            } else {
                ["this ", verb(earlier), " it"].concat()
            };
            let help = match rewrite {
                Rewrite::Except(narrow, rendered) => [
                    "decide which statement holds; if ",
                    &Lang::En.join(&narrow),
                    " should be the exception, say so in one statement: `",
                    &rendered,
                    "`",
                ]
                .concat(),
                Rewrite::Limit(rendered) => [
                    "decide which statement holds and remove the other, or say where each one \
                     applies, e.g. `",
                    &rendered,
                    "`",
                ]
                .concat(),
                Rewrite::Topics(rendered) => [
                    "decide which statement holds; if `",
                    &quote(c.permit),
                    "` is meant for other topics, name them, e.g. `",
                    &rendered,
                    "`",
                ]
                .concat(),
                Rewrite::Choose => {
                    "decide which statement holds and remove the other one".to_owned()
                }
                Rewrite::KeepOnly(narrow) => [
                    "decide which statement holds and remove the other one; if only ",
                    &Lang::En.join_ticked(&narrow),
                    " may do this, the `allow only` says so alone: keep it and say why in a \
                     `because`",
                ]
                .concat(),
            };
            Texts {
                message: [
                    "`",
                    &quote(earlier),
                    "` (line ",
                    &line,
                    ") and `",
                    &quote(later),
                    "` contradict each other for ",
                    &scope,
                ]
                .concat(),
                label,
                related,
                help,
            }
        }
        Lang::De => {
            let verb = |s: &Statement| match s.effect {
                Effect::Allow => "erlaubt",
                Effect::Encourage => "fördert",
                Effect::Require => "verlangt",
                Effect::Forbid | Effect::Monitor => "verbietet",
            };
            let scope = match (topics.is_empty(), platforms.is_empty()) {
                (true, true) if access => "`any-platform`".to_owned(),
                (true, true) => "allen Themen auf `any-platform`".to_owned(),
                (true, false) => Lang::De.join_ticked(&platforms),
                (false, true) => Lang::De.join_ticked(&topics),
                (false, false) => [
                    Lang::De.join_ticked(&topics),
                    Lang::De.join_ticked(&platforms),
                ]
                .join(" auf "),
            };
            let label = if later.implied {
                [
                    "dieses `allow only` verbietet allen anderen, was Zeile ",
                    &line,
                    " ",
                    verb(earlier),
                ]
                .concat()
            } else {
                [
                    "diese Anweisung ",
                    verb(later),
                    ", was Zeile ",
                    &line,
                    " ",
                    verb(earlier),
                ]
                .concat()
            };
            let related = if earlier.implied {
                "dieses `allow only` verbietet es allen anderen".to_owned()
            } else {
                ["diese Anweisung ", verb(earlier), " es"].concat()
            };
            let help = match rewrite {
                Rewrite::Except(narrow, rendered) => [
                    "Entscheiden Sie, welche Anweisung gilt; ",
                    if narrow.len() == 1 { "soll" } else { "sollen" },
                    " ",
                    &Lang::De.join_ticked(&narrow),
                    " die Ausnahme sein, sagen Sie das in einer einzigen Anweisung: `",
                    &rendered,
                    "`",
                ]
                .concat(),
                Rewrite::Limit(rendered) => [
                    "Entscheiden Sie, welche Anweisung gilt, und entfernen Sie die andere, oder \
                     sagen Sie, wo welche gilt, zum Beispiel `",
                    &rendered,
                    "`",
                ]
                .concat(),
                Rewrite::Topics(rendered) => [
                    "Entscheiden Sie, welche Anweisung gilt; ist `",
                    &quote(c.permit),
                    "` für andere Themen gemeint, nennen Sie diese, zum Beispiel `",
                    &rendered,
                    "`",
                ]
                .concat(),
                Rewrite::Choose => {
                    "Entscheiden Sie, welche Anweisung gilt, und entfernen Sie die andere"
                        .to_owned()
                }
                Rewrite::KeepOnly(narrow) => [
                    "Entscheiden Sie, welche Anweisung gilt, und entfernen Sie die andere; ",
                    if narrow.len() == 1 { "darf" } else { "dürfen" },
                    " nur ",
                    &Lang::De.join_ticked(&narrow),
                    " das tun, sagt das `allow only` das allein: Behalten Sie es und begründen \
                     Sie es mit `because`",
                ]
                .concat(),
            };
            Texts {
                message: [
                    "`",
                    &quote(earlier),
                    "` (Zeile ",
                    &line,
                    ") und `",
                    &quote(later),
                    "` widersprechen sich bei ",
                    &scope,
                ]
                .concat(),
                label,
                related,
                help,
            }
        }
    }
}

static EN: Doc = Doc {
    summary: "Two statements allow and forbid the same thing",
    explanation: "\
A guideline contradicts itself when one statement allows, encourages or requires something and \
another forbids it: the same people, the same action, the same platforms and topics, at the same \
times and with the same means. Readers cannot know which one counts, and each can quote the \
statement that suits them. A `block` counts as a forbid to access, and `allow only` forbids \
everyone else.

Statements do not contradict each other when they apply to different people (`managers` and \
`interns`, or an `except` list that leaves the other audience out), to different platforms or \
topics, at different times (`during`), with different means (`using`), or when one of them asks \
for approval.",
    bad: "guideline \"Social media\" {\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n  rule \"Recruiting sites\" {\n    block xing for everyone\n    because \"Headhunters\"\n  }\n}\n",
    good: "guideline \"Social media\" {\n  owner hr, customer-service and sales\n  contact \"social@acme.example\"\n  goal \"Customers find us where they talk about us\"\n\n  channel twitter \"@acme_help\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Access\" {\n    allow employees to access any-platform\n  }\n  rule \"Recruiting sites\" {\n    encourage employees to share job-offers on xing\n    because \"Our colleagues are our best recruiters\"\n  }\n}\n",
};

static DE: Doc = Doc {
    summary: "Zwei Anweisungen erlauben und verbieten dasselbe",
    explanation: "\
Eine Richtlinie widerspricht sich, wenn eine Anweisung etwas erlaubt, fördert oder verlangt und \
eine andere es verbietet: dieselben Menschen, dieselbe Aktion, dieselben Plattformen und Themen, \
in denselben Zeiträumen und mit denselben Mitteln (Geräte, Netze oder Konten). Wer sie liest, kann nicht wissen, welche gilt, und \
jede Seite kann sich auf die Anweisung berufen, die ihr passt. Ein `block` zählt als Verbot des \
Zugangs, und `allow only` verbietet es allen anderen.

Anweisungen widersprechen sich nicht, wenn sie für verschiedene Menschen gelten (`managers` und \
`interns` oder eine `except`-Liste, die die andere Zielgruppe ausnimmt), für verschiedene \
Plattformen oder Themen, in verschiedenen Zeiträumen (`during`), mit verschiedenen Mitteln (`using`) \
oder wenn eine von ihnen eine Freigabe vorsieht.",
    bad: "guideline \"Social Media\" {\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n  rule \"Karriereportale\" {\n    block xing for everyone\n    because \"Abwerbung\"\n  }\n}\n",
    good: "guideline \"Social Media\" {\n  owner hr, customer-service and sales\n  contact \"social-media@beispiel.example\"\n  goal \"Unsere Kundschaft findet uns dort, wo sie über uns spricht\"\n\n  channel twitter \"@beispiel_hilfe\" {\n    purpose service\n    respond within 4h\n    staffed by customer-service\n  }\n\n  rule \"Zugang\" {\n    allow employees to access any-platform\n  }\n  rule \"Karriereportale\" {\n    encourage employees to share job-offers on xing\n    because \"Unsere Kolleginnen und Kollegen sind unsere besten Anwerber\"\n  }\n}\n",
};

#[cfg(test)]
mod tests {
    use crate::rules::testing::fired;

    /// A guideline with one rule block per statement.
    fn guideline(statements: &[&str]) -> String {
        let mut src = String::from("guideline \"G\" {\n");
        for (i, s) in statements.iter().enumerate() {
            src.push_str(&format!("  rule \"R{i}\" {{\n    {s}\n  }}\n"));
        }
        src.push_str("}\n");
        src
    }

    fn count(statements: &[&str]) -> usize {
        fired(&guideline(statements), "conflicting-rules").len()
    }

    /// Found by the hostile-input work (issue 7): thousands of alternating `allow` and `forbid`
    /// statements made millions of findings. At most 1000 pairs, then one "stopped here".
    #[test]
    fn a_flood_of_conflicts_is_cut_off_with_a_note() {
        let statements: Vec<&str> = (0..400)
            .map(|i| {
                if i % 2 == 0 {
                    "allow employees to post"
                } else {
                    "forbid employees to post"
                }
            })
            .collect();
        let src = guideline(&statements);
        let found = fired(&src, "conflicting-rules");
        // 200 × 200 = 40 000 pairs in the file.
        assert_eq!(found.len(), super::LIMITS.pairs + 1);
        let notes: Vec<_> = found
            .iter()
            .filter(|f| f.message.starts_with("guidelint stopped looking"))
            .collect();
        assert_eq!(notes.len(), 1);
        // The same file gives the same findings.
        assert_eq!(found, fired(&src, "conflicting-rules"));
    }

    #[test]
    fn the_comparison_budget_stops_the_search() {
        let statements: Vec<String> = (0..60)
            .map(|i| {
                let platform = ["facebook", "xing", "linkedin"][i % 3];
                if i % 2 == 0 {
                    format!("allow employees to post on {platform}")
                } else {
                    "forbid employees to post on any-platform about company-topics".to_owned()
                }
            })
            .collect();
        let statements: Vec<&str> = statements.iter().map(String::as_str).collect();
        let src = guideline(&statements);
        let model_src = src.clone();
        let tree = crate::syntax::parse(&model_src).unwrap();
        let vocab = crate::semantics::Vocabulary::builtin();
        let arena = bumpalo::Bump::new();
        let (model, unknown) = crate::semantics::understand(&tree, &vocab, &arena);
        assert!(unknown.is_empty());
        let limits = super::Limits {
            pairs: 1000,
            comparisons: 100,
            ..super::LIMITS
        };
        let (found, stopped) = super::conflicts(&model, &vocab, limits);
        assert!(stopped.is_some());
        assert!(!found.is_empty());
        let (all, none) = super::conflicts(&model, &vocab, super::LIMITS);
        assert!(none.is_none());
        assert!(all.len() > found.len());
    }

    #[test]
    fn fires_at_the_later_statement_with_the_earlier_related() {
        let src = guideline(&[
            "allow employees to access any-platform",
            "block xing for everyone",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(&src[f.span.unwrap().range()], "block xing for everyone");
        assert_eq!(f.related.len(), 1);
        assert_eq!(
            &src[f.related[0].span.range()],
            "allow employees to access any-platform"
        );
        assert_eq!(
            f.message,
            "`allow employees to access any-platform` (line 3) and `block xing for everyone` contradict each other for `xing`"
        );
        assert_eq!(f.severity, crate::Severity::Error);
        // Limited, the block would still be a blanket block: the help asks to choose.
        assert_eq!(
            f.help.as_deref(),
            Some("decide which statement holds and remove the other one")
        );
    }

    /// A broad forbid against an `allow only` is not told to take the narrow audience as its
    /// exception: `forbid employees except pr to post` is a gag rule of its own (edit 16,
    /// item 6). A broad permission still gets its except form.
    #[test]
    fn a_gag_is_not_suggested_as_the_way_out() {
        let src = guideline(&[
            "allow only pr to post about company-news",
            "forbid employees to post",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(
            found[0].help.as_deref(),
            Some(
                "decide which statement holds and remove the other one; if only `pr` may do \
                 this, the `allow only` says so alone: keep it and say why in a `because`"
            )
        );
        let de = crate::rules::testing::lint_in(&src, crate::Lang::De);
        let de = de.iter().find(|f| f.rule == "conflicting-rules").unwrap();
        assert!(
            de.help
                .as_deref()
                .unwrap()
                .contains("darf nur `pr` das tun"),
            "{de:?}"
        );
        // The except form that was suggested is itself a gag rule.
        let gag = fired(
            &guideline(&["forbid employees except pr to post"]),
            "gag-rule",
        );
        assert_eq!(gag.len(), 1);
        // And an access ban with an exception is still a blanket block.
        let src = guideline(&[
            "allow interns to access facebook",
            "block facebook for everyone",
        ]);
        assert_eq!(
            fired(&src, "conflicting-rules")[0].help.as_deref(),
            Some("decide which statement holds and remove the other one")
        );
        let src = guideline(&[
            "allow employees to access facebook",
            "forbid interns to access facebook",
        ]);
        let found = fired(&src, "conflicting-rules");
        let help = found[0].help.as_deref().unwrap();
        assert!(
            help.ends_with("`allow employees except interns to access facebook`"),
            "{help}"
        );
    }

    #[test]
    fn the_forbid_may_come_first() {
        let src = guideline(&[
            "forbid managers to disclose affiliation on xing",
            "require employees to disclose affiliation",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "require employees to disclose affiliation"
        );
        assert!(found[0].message.contains("for `affiliation` on `xing`"));
        // Managers are the narrow side: the help makes them an exception of the requirement.
        assert!(
            found[0]
                .help
                .as_deref()
                .unwrap()
                .contains("`require employees except managers to disclose affiliation`"),
            "{:?}",
            found[0].help
        );
    }

    #[test]
    fn require_against_forbid_conformance_15() {
        assert_eq!(
            count(&[
                "require employees to disclose affiliation",
                "forbid managers to disclose affiliation on xing",
            ]),
            1
        );
    }

    #[test]
    fn encourage_against_forbid() {
        assert_eq!(
            count(&[
                "encourage employees to share job-offers on linkedin",
                "forbid everyone to share on linkedin",
            ]),
            1
        );
    }

    #[test]
    fn different_during_sets_do_not_conflict() {
        assert_eq!(
            count(&[
                "allow employees to access facebook during breaks",
                "block facebook",
            ]),
            0
        );
        assert_eq!(
            count(&[
                "allow employees to access facebook during breaks",
                "block facebook during breaks, work-hours",
            ]),
            0
        );
    }

    #[test]
    fn during_and_using_compare_as_sets() {
        assert_eq!(
            count(&[
                "allow employees to access facebook during breaks and free-time using private-devices",
                "block facebook during leisure, breaks using private-devices",
            ]),
            1
        );
    }

    #[test]
    fn different_using_sets_do_not_conflict() {
        assert_eq!(
            count(&[
                "allow employees to access any-platform using private-devices",
                "block any-platform using company-devices",
            ]),
            0
        );
        assert_eq!(
            count(&[
                "allow employees to access any-platform",
                "block any-platform using company-devices",
            ]),
            0
        );
    }

    #[test]
    fn an_except_list_that_excludes_the_audience() {
        assert_eq!(
            count(&[
                "allow marketing to access facebook",
                "block facebook for everyone except marketing",
            ]),
            0
        );
        assert_eq!(
            count(&[
                "allow employees except interns to post on tiktok",
                "forbid interns to post on tiktok",
            ]),
            0
        );
        // An except list that leaves part of the audience in still conflicts.
        assert_eq!(
            count(&[
                "allow marketing, sales to access facebook",
                "block facebook for everyone except marketing",
            ]),
            1
        );
    }

    #[test]
    fn approval_qualifiers_take_a_statement_out() {
        assert_eq!(
            count(&[
                "allow employees to comment on linkedin with approval by managers",
                "forbid employees to comment on linkedin",
            ]),
            0
        );
        assert_eq!(
            count(&[
                "allow employees to post",
                "forbid employees to post without approval by pr",
            ]),
            0
        );
    }

    #[test]
    fn disjoint_platforms_do_not_conflict() {
        assert_eq!(
            count(&[
                "allow employees to access facebook, linkedin",
                "block xing, tiktok",
            ]),
            0
        );
        assert_eq!(
            count(&[
                "allow employees to access facebook, linkedin",
                "block tiktok, linkedin",
            ]),
            1
        );
    }

    #[test]
    fn any_platform_overlaps_everything() {
        assert_eq!(
            count(&[
                "allow employees to post on xing",
                "forbid everyone to post on social-media"
            ]),
            1
        );
    }

    #[test]
    fn narrow_audiences_without_a_shared_term() {
        assert_eq!(
            count(&[
                "allow managers to post on linkedin",
                "forbid interns to post on linkedin",
            ]),
            0
        );
        assert_eq!(
            count(&[
                "allow managers, sales to post on linkedin",
                "forbid interns and sales to post on linkedin",
            ]),
            1
        );
    }

    #[test]
    fn objects_and_about_topics_overlap_together() {
        assert_eq!(
            count(&[
                "allow employees to post job-offers",
                "forbid everyone to post about job-offers",
            ]),
            1
        );
        assert_eq!(
            count(&[
                "require employees to disclose affiliation about company-topics",
                "forbid everyone to disclose trade-secrets, customer-data",
            ]),
            0
        );
        // No objects means everything.
        assert_eq!(
            count(&["allow employees to post", "forbid everyone to post photos"]),
            1
        );
    }

    #[test]
    fn different_actions_do_not_conflict() {
        assert_eq!(count(&["allow employees to post on xing", "block xing"]), 0);
    }

    #[test]
    fn same_effects_do_not_conflict() {
        assert_eq!(count(&["block xing", "forbid employees to access xing"]), 0);
        assert_eq!(
            count(&["allow employees to post", "encourage employees to post"]),
            0
        );
        assert_eq!(count(&["monitor brand-mentions", "block xing"]), 0);
    }

    #[test]
    fn allow_only_does_not_conflict_with_its_own_forbid() {
        assert_eq!(
            count(&["allow only marketing to access facebook, instagram"]),
            0
        );
        assert_eq!(count(&["allow only everyone to access facebook"]), 0);
    }

    #[test]
    fn allow_only_forbids_everyone_else() {
        let src = guideline(&[
            "allow only pr to speak-for-company",
            "allow sales to speak-for-company on linkedin",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(
            &src[f.span.unwrap().range()],
            "allow sales to speak-for-company on linkedin"
        );
        assert_eq!(
            &src[f.related[0].span.range()],
            "allow only pr to speak-for-company"
        );
        assert!(f.related[0].message.contains("allow only"));
        assert!(
            f.help
                .as_deref()
                .unwrap()
                .contains("`allow only pr and sales to speak-for-company`"),
            "{:?}",
            f.help
        );
        let src = guideline(&[
            "allow only pr to post on linkedin with approval by legal",
            "allow sales to post on linkedin",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert!(
            found[0]
                .help
                .as_deref()
                .unwrap()
                .contains("`allow only pr and sales to post on linkedin with approval by legal`"),
            "{:?}",
            f.help
        );
    }

    /// A forbid for some of an `allow only`'s own audience: joining them to the audience would
    /// grant them what the forbid denies, and `allow only W except …` cannot be written, so the
    /// help asks to decide (audit 14).
    #[test]
    fn a_forbid_inside_an_allow_only_is_not_joined_to_it() {
        for allow in [
            "allow only employees to post",
            "allow only everyone to post",
        ] {
            let src = guideline(&[allow, "forbid managers to post"]);
            let found = fired(&src, "conflicting-rules");
            assert_eq!(found.len(), 1, "{allow}");
            let help = found[0].help.as_deref().unwrap();
            assert_eq!(
                help, "decide which statement holds and remove the other one",
                "{allow}"
            );
        }
    }

    #[test]
    fn the_implied_forbid_is_reported_at_its_source() {
        let src = guideline(&[
            "allow employees to access facebook",
            "allow only marketing to access facebook",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "allow only marketing to access facebook"
        );
        assert!(found[0].label.contains("allow only"));
    }

    #[test]
    fn two_allow_only_statements_are_one_pair() {
        let src = guideline(&[
            "allow only marketing to access facebook",
            "allow only pr to access facebook",
        ]);
        assert_eq!(fired(&src, "conflicting-rules").len(), 1);
    }

    #[test]
    fn statements_in_one_block_conflict_too() {
        let src = "guideline \"G\" { rule \"R\" { allow employees to post block facebook forbid everyone to post } }";
        let found = fired(src, "conflicting-rules");
        assert_eq!(found.len(), 1);
        assert_eq!(
            &src[found[0].span.unwrap().range()],
            "forbid everyone to post"
        );
        assert!(found[0]
            .message
            .ends_with("contradict each other for every topic on `any-platform`"));
    }

    /// The scope names the canonical `any-platform` (SPEC §3), in both languages.
    #[test]
    fn the_scope_says_any_platform() {
        let src = guideline(&[
            "allow employees to access any-platform",
            "forbid everyone to access",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert!(
            found[0]
                .message
                .ends_with("contradict each other for `any-platform`"),
            "{}",
            found[0].message
        );
        let de = crate::rules::testing::lint_in(&src, crate::Lang::De);
        let de = de.iter().find(|f| f.rule == "conflicting-rules").unwrap();
        assert!(
            de.message
                .ends_with("widersprechen sich bei `any-platform`"),
            "{}",
            de.message
        );
    }

    #[test]
    fn one_finding_per_pair_in_order() {
        let src = guideline(&[
            "allow employees to access any-platform",
            "allow managers to access xing",
            "block xing",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(found.len(), 2);
        assert!(found
            .iter()
            .all(|f| &src[f.span.unwrap().range()] == "block xing"));
        assert!(found[0].related[0].span.start < found[1].related[0].span.start);
    }

    #[test]
    fn statements_that_are_not_understood_are_ignored() {
        assert_eq!(
            count(&["allow employes to access any-platform", "block xing"]),
            0
        );
    }

    /// A ban on some topics is not limited to a device or a time (that would open the topics
    /// everywhere else): a general permission is told to name its own topics, which, followed,
    /// leaves no conflict and no law-and-order finding; a permission with topics of its own is
    /// told to choose.
    #[test]
    fn a_ban_on_topics_is_never_limited() {
        let src = guideline(&[
            "encourage employees to post",
            "forbid employees to post about product-plans",
        ]);
        let found = fired(&src, "conflicting-rules");
        let help = found[0].help.as_deref().unwrap();
        let named = "encourage employees to post about employer and company-news";
        assert_eq!(
            help,
            format!(
                "decide which statement holds; if `encourage employees to post` is meant for \
                 other topics, name them, e.g. `{named}`"
            )
        );
        let fixed = src.replace("encourage employees to post", named);
        let left: Vec<_> = crate::rules::testing::lint(&fixed)
            .into_iter()
            .filter(|f| f.category == crate::finding::RuleCategory::LawAndOrder)
            .collect();
        assert!(left.is_empty(), "{left:?}");
        // The topics suggested are not those of the ban.
        let src = guideline(&[
            "allow interns to post",
            "forbid interns to post about employer",
        ]);
        let help = fired(&src, "conflicting-rules")[0].help.clone().unwrap();
        assert!(
            help.contains("`allow interns to post about company-news and job-offers`"),
            "{help}"
        );

        for pair in [
            [
                "allow employees to post photos",
                "forbid everyone to post photos on instagram",
            ],
            [
                "allow interns to post about product-plans",
                "forbid interns to post about product-plans",
            ],
        ] {
            let src = guideline(&pair);
            let found = fired(&src, "conflicting-rules");
            assert_eq!(found.len(), 1, "{pair:?}");
            for f in found {
                assert_eq!(
                    f.help.as_deref(),
                    Some("decide which statement holds and remove the other one"),
                    "{pair:?}"
                );
            }
        }
    }

    /// A ban on everything the permission covers, between narrow audiences, may be limited.
    #[test]
    fn help_limits_a_ban_without_topics() {
        let src = guideline(&["allow interns to post", "forbid interns to post on tiktok"]);
        let found = fired(&src, "conflicting-rules");
        let help = found[0].help.as_deref().unwrap();
        let limited = "forbid interns to post on tiktok using company-devices";
        assert!(help.contains(&format!("`{limited}`")), "{help}");
        let fixed = src.replace("forbid interns to post on tiktok", limited);
        let left: Vec<_> = crate::rules::testing::lint(&fixed)
            .into_iter()
            .filter(|f| f.category == crate::finding::RuleCategory::LawAndOrder)
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    /// A broad access ban or a gag stays a finding however it is limited: the help asks to
    /// choose instead of suggesting one.
    #[test]
    fn help_chooses_when_a_limit_would_leave_a_ban_or_a_gag() {
        for pair in [
            ["allow employees to access any-platform", "block xing"],
            [
                "require employees to disclose affiliation",
                "forbid everyone to disclose affiliation on xing",
            ],
        ] {
            let found = fired(&guideline(&pair), "conflicting-rules");
            assert_eq!(
                found[0].help.as_deref(),
                Some("decide which statement holds and remove the other one"),
                "{pair:?}"
            );
        }
    }

    #[test]
    fn ascii_runs_end_where_char_at_says() {
        for byte in 0..=u8::MAX {
            assert_eq!(
                super::ENDS_ASCII_RUN[usize::from(byte)],
                !byte.is_ascii() || char::from(byte).is_whitespace(),
                "{byte:#x}"
            );
        }
    }

    /// A quotation shows a control character escaped: none reaches a terminal.
    #[test]
    fn quotations_escape_control_characters() {
        let quoted = super::one_line("block x # a\u{1b}[31m note\n  for everyone", 60);
        assert_eq!(quoted, "block x # a\\u{1b}[31m note for everyone");
        let src = guideline(&[
            "allow employees to access any-platform",
            "block xing # \u{7}\u{1b}[2J\n      for everyone",
        ]);
        for f in fired(&src, "conflicting-rules") {
            assert!(!f.message.chars().any(char::is_control), "{:?}", f.message);
        }
    }

    /// `one_line` reads only what it quotes (a statement may be a megabyte long) and says the
    /// same as joining every word first.
    #[test]
    fn quotes_read_only_what_they_need() {
        let joined = |text: &str, max: usize| {
            let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if line.chars().count() <= max {
                return line;
            }
            let mut short: String = line.chars().take(max.saturating_sub(1)).collect();
            let cut_in_a_word = !short.ends_with(' ')
                && line[short.len()..].chars().next().is_some_and(|c| c != ' ');
            let half = short.len() / 2;
            short.truncate(short.trim_end().len());
            if cut_in_a_word {
                if let Some(space) = short.rfind(' ').filter(|&space| space >= half) {
                    short.truncate(short[..space].trim_end().len());
                }
            }
            short.push('…');
            short
        };
        let long = "allow employees\n to post on ".to_owned() + &"facebook, xing ".repeat(50_000);
        for text in [
            "",
            "  a  ",
            "allow  employees\n\tto post",
            "äöü ßß € 🙂 x",
            "a\u{a0}b\u{3000}c\u{2028}d\u{b}e\u{c}f\u{85}g \u{200b}h",
            "a123456789 b123456789 c123456789 d123456789 e123456789 f12345678 g",
            "a123456789 b123456789 c123456789 d123456789 e123456789 f123456789",
            "ää ää ää ää ää ää ää ää ää ää ää ää ää ää ää ää ää ää ää ää äää",
            "äääää äääää äääää äääää äääää äääää äääää äääää äääää äääää ä",
            &"x".repeat(200),
            &long,
        ] {
            for max in [0, 1, 2, 3, 5, 59, 60, 61, 62] {
                assert_eq!(
                    super::one_line(text, max),
                    joined(text, max),
                    "{max} {text:.40}"
                );
            }
        }
        // Texts of words, single and double spaces, line breaks and letters beyond ASCII,
        // around the length of the quotation, with the shortcut for simple texts both taken
        // and not.
        let mut seed = 7u64;
        let alphabet = ["a", "b", " ", " ", "  ", "\n", "ä", "~", "!"];
        for _ in 0..20_000 {
            let mut text = String::new();
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let len = (seed >> 33) as usize % 14;
            for _ in 0..len {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            for max in 0..=len + 2 {
                assert_eq!(
                    super::one_line(&text, max),
                    joined(&text, max),
                    "{max} {text:?}"
                );
            }
        }
    }

    /// `simple_chunk` says what the byte-by-byte loop says, for bytes around every boundary it
    /// tests.
    #[test]
    fn eight_bytes_at_once_are_read_as_one_by_one() {
        let one_by_one = |bytes: [u8; 8], mut after_space: bool| {
            for b in bytes {
                let space = b == b' ';
                if !(b' '..=b'~').contains(&b) || (space && after_space) {
                    return None;
                }
                after_space = space;
            }
            Some(after_space)
        };
        let interesting = [
            0x00, 0x09, 0x0a, 0x1f, b' ', b'!', b'a', b'~', 0x7f, 0x80, 0x9f, 0xa0, 0xc3, 0xe0,
            0xff,
        ];
        let mut seed = 11u64;
        let mut simple = 0;
        for round in 0..200_000 {
            let mut bytes = [0u8; 8];
            for b in &mut bytes {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let r = (seed >> 33) as usize;
                // Mostly letters and spaces, so that many chunks pass.
                *b = match r % 8 {
                    0..=3 => b'a' + (r / 8 % 26) as u8,
                    4 | 5 => b' ',
                    6 => interesting[r / 8 % interesting.len()],
                    _ => (r / 8) as u8,
                };
            }
            let after_space = round % 3 == 0;
            let wanted = one_by_one(bytes, after_space);
            simple += usize::from(wanted.is_some());
            assert_eq!(
                super::simple_chunk(u64::from_le_bytes(bytes), after_space),
                wanted,
                "{bytes:x?} {after_space}"
            );
        }
        assert!(simple > 10_000, "{simple}");
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let mut bytes = *b"ab cd ef";
                bytes[at] = byte;
                for after_space in [false, true] {
                    assert_eq!(
                        super::simple_chunk(u64::from_le_bytes(bytes), after_space),
                        one_by_one(bytes, after_space),
                        "{bytes:x?} {after_space}"
                    );
                }
            }
        }
    }

    /// What may be said is not limited by a device or a time: no `using company-devices` for
    /// a conflict about disclosing.
    #[test]
    fn speech_other_than_posting_is_not_limited_by_devices() {
        let src = guideline(&[
            "require interns to disclose affiliation",
            "forbid interns to disclose affiliation",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(
            found[0].help.as_deref(),
            Some("decide which statement holds and remove the other one")
        );
        let src = guideline(&["allow interns to post", "forbid interns to post"]);
        let help = fired(&src, "conflicting-rules")[0].help.clone().unwrap();
        assert!(help.contains("using company-devices"), "{help}");
    }

    /// A quotation that must be cut ends with a whole word.
    #[test]
    fn quotes_are_cut_between_words() {
        let text = "allow employees to access youtube during breaks and free-time";
        assert_eq!(
            super::one_line(text, 58),
            "allow employees to access youtube during breaks and…"
        );
        assert_eq!(
            super::one_line(&text.replace("breaks", "pausen-ä"), 60),
            "allow employees to access youtube during pausen-ä and…"
        );
        // One long word is cut where it must be.
        assert_eq!(super::one_line(&"x".repeat(70), 5), "xxxx…");
    }

    #[test]
    fn quotes_are_one_line_and_short() {
        let src = guideline(&[
            "allow employees\n      to access facebook, instagram, twitter, linkedin, xing, youtube and tiktok",
            "block tiktok",
        ]);
        let found = fired(&src, "conflicting-rules");
        assert_eq!(found.len(), 1);
        let m = &found[0].message;
        assert!(!m.contains('\n'));
        assert!(m.contains("…` (line 3)"), "{m}");
    }

    #[test]
    fn the_indexes_find_what_all_pairs_find() {
        use super::{as_set, conflicts, overlap, Entry};
        use crate::semantics::{understand, Effect, Vocabulary};
        use std::collections::BTreeSet;

        let who = [
            "everyone",
            "employees",
            "managers",
            "interns",
            "sales",
            "pr",
            "pr, sales and pr",
        ];
        let verbs = ["post", "access", "share"];
        let platforms = [
            "",
            " on xing",
            " on facebook, xing",
            " on any-platform",
            " on tiktok",
            " on xing, facebook, xing",
        ];
        let quals = [
            "",
            " during breaks",
            " using company-devices",
            " about photos",
        ];
        let kinds = ["allow", "forbid", "require", "allow only", "block"];
        let mut seed: u64 = 7;
        let mut pick = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut statements = Vec::new();
        for _ in 0..300 {
            let w = who[pick(who.len())];
            let kind = kinds[pick(kinds.len())];
            let q = quals[pick(quals.len())];
            let statement = if kind == "block" {
                let p = ["xing", "facebook", "any-platform"][pick(3)];
                let except = ["", " except managers", " except interns, sales"][pick(3)];
                format!("block {p} for {w}{except}{q}")
            } else {
                let except = if kind == "allow only" {
                    ""
                } else {
                    ["", " except managers", " except pr"][pick(3)]
                };
                let v = verbs[pick(verbs.len())];
                let p = platforms[pick(platforms.len())];
                format!("{kind} {w}{except} to {v}{p}{q}")
            };
            statements.push(statement);
        }
        let src = guideline(&statements.iter().map(String::as_str).collect::<Vec<_>>());
        let vocab = Vocabulary::builtin();
        let arena = bumpalo::Bump::new();
        let (model, unknown) = understand(&crate::syntax::parse(&src).unwrap(), &vocab, &arena);
        assert!(unknown.is_empty());

        let pairs = |found: Vec<super::Conflict<'_>>| -> BTreeSet<(usize, usize)> {
            found
                .iter()
                .map(|c| {
                    let (e, l) = c.ordered();
                    (e.span.start, l.span.start)
                })
                .collect()
        };
        let unlimited = super::Limits {
            pairs: usize::MAX,
            comparisons: usize::MAX,
            ..super::LIMITS
        };
        let fast = pairs(conflicts(&model, &vocab, unlimited).0);

        let all: Vec<_> = model
            .statements()
            .filter(|s| s.understood && s.approval.is_none() && s.action.is_some())
            .collect();
        let mut naive = BTreeSet::new();
        for a in &all {
            for b in &all {
                let permits = matches!(
                    a.effect,
                    Effect::Allow | Effect::Encourage | Effect::Require
                );
                if permits
                    && b.effect == Effect::Forbid
                    && a.span != b.span
                    && a.action == b.action
                    && as_set(a.during) == as_set(b.during)
                    && as_set(a.using) == as_set(b.using)
                    && overlap(&Entry::new(a, &vocab), &Entry::new(b, &vocab))
                {
                    let (e, l) = if a.span.start < b.span.start {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    naive.insert((e.span.start, l.span.start));
                }
            }
        }
        assert!(naive.len() > 20, "the sample should conflict often");
        assert_eq!(fast, naive);

        // Scanning the allowing statements of a bucket finds the same candidates in the same
        // order as the indexes, so the pairs come in the same order and a limit stops the
        // search at the same forbid.
        let search = |limits: super::Limits| {
            let (found, stopped) = conflicts(&model, &vocab, limits);
            let found: Vec<_> = found
                .iter()
                .map(|c| (c.permit.span, c.forbid.span, c.forbid.implied))
                .collect();
            (found, stopped.map(|s| (s.span, s.implied)))
        };
        for (pairs, comparisons) in [
            (usize::MAX, usize::MAX),
            (3, usize::MAX),
            (40, usize::MAX),
            (usize::MAX, 10),
            (usize::MAX, 100),
            (usize::MAX, 500),
        ] {
            let limits = |scan_permits| super::Limits {
                pairs,
                comparisons,
                scan_permits,
            };
            let indexed = search(limits(0));
            assert_eq!(indexed, search(limits(usize::MAX)), "{pairs} {comparisons}");
            assert_eq!(indexed, search(limits(8)), "{pairs} {comparisons}");
        }

        // And forbid by forbid, also with terms named twice: scanning gives each forbid the
        // candidates the indexes give, in the same order.
        use super::{audience_key, platform_key, Search, TermIndex};
        let mut doubled: Vec<crate::semantics::Statement> = model.statements().cloned().collect();
        fn twice<'a>(terms: &[&'a str]) -> &'a [&'a str] {
            let mut terms = terms.to_vec();
            terms.extend(terms.first().copied());
            terms.leak()
        }
        for (i, s) in doubled.iter_mut().enumerate() {
            if i % 3 == 0 && !s.who.is_empty() {
                s.who = twice(s.who);
            }
            if let (0, Some(p)) = (i % 5, s.platforms) {
                s.platforms = Some(twice(p));
            }
        }
        let mut checked = 0;
        for statements in [
            model.statements().collect::<Vec<_>>(),
            doubled.iter().collect(),
        ] {
            let mut search = Search {
                limits: super::LIMITS,
                found: Vec::new(),
                comparisons: 0,
                stamp: Vec::new(),
                candidates: Vec::new(),
            };
            for start in (0..statements.len()).step_by(5) {
                let window = &statements[start..statements.len().min(start + 2 + start % 31)];
                let entries = |forbid: bool| -> Vec<Entry<'_>> {
                    window
                        .iter()
                        .filter(|s| (s.effect == Effect::Forbid) == forbid)
                        .map(|s| Entry::new(s, &vocab))
                        .collect()
                };
                let (permits, forbids) = (entries(false), entries(true));
                let indexes = (
                    TermIndex::new(&permits, platform_key),
                    TermIndex::new(&permits, audience_key),
                );
                search.stamp = vec![0; permits.len()];
                for (n, f) in forbids.iter().enumerate() {
                    search.collect_candidates(&permits, Some(&indexes), n, f);
                    let indexed = search.candidates.clone();
                    search.stamp.fill(0);
                    search.collect_candidates(&permits, None, n, f);
                    assert_eq!(indexed, search.candidates, "{:?}", f.s);
                    checked += indexed.len();
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn ten_thousand_rules_stay_fast() {
        let platforms = ["facebook", "xing", "linkedin", "tiktok", "youtube"];
        let mut statements = Vec::new();
        for i in 0..5000 {
            let p = platforms[i % platforms.len()];
            statements.push(format!("allow managers to post photos on {p}"));
            statements.push(format!("forbid interns to post photos on {p}"));
        }
        let refs: Vec<&str> = statements.iter().map(String::as_str).collect();
        let start = std::time::Instant::now();
        assert_eq!(count(&refs), 0);
        // Generous for debug builds on a shared machine; the release target is well under 1 s.
        assert!(start.elapsed().as_secs() < 20);
    }

    #[test]
    fn bad_example_fires_and_good_example_is_quiet() {
        let doc = crate::rules::find("conflicting-rules")
            .unwrap()
            .doc(crate::Lang::En);
        assert!(!fired(doc.bad, "conflicting-rules").is_empty(), "bad");
        assert!(fired(doc.good, "conflicting-rules").is_empty(), "good");
        for example in [doc.bad, doc.good] {
            let all = crate::rules::testing::lint(example);
            assert!(all
                .iter()
                .all(|f| f.rule != "syntax-error" && f.rule != "unknown-term"));
        }
    }

    #[test]
    fn german_help_keeps_the_guideline_code_intact() {
        // (With an access ban, the except form would be a blanket block and is not
        // suggested.)
        let src = "guideline \"G\" {\n  rule \"A\" {\n    allow interns and apprentices to post photos\n  }\n  rule \"B\" {\n    forbid everyone to post photos\n  }\n}\n";
        let found: Vec<_> = crate::rules::testing::lint_in(src, crate::Lang::De)
            .into_iter()
            .filter(|f| f.rule == "conflicting-rules")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "`allow interns and apprentices to post photos` (Zeile 3) und `forbid everyone to \
             post photos` widersprechen sich bei `photos`"
        );
        let help = found[0].help.as_deref().unwrap();
        assert!(
            help.contains("sollen `interns` und `apprentices` die Ausnahme sein"),
            "{help}"
        );
        assert!(
            help.ends_with("`forbid everyone except interns and apprentices to post photos`"),
            "{help}"
        );
        let suggested = help.rsplit('`').nth(1).unwrap();
        let src = format!("guideline \"G\" {{\n  rule \"B\" {{\n    {suggested}\n  }}\n}}\n");
        let flagged: Vec<_> = crate::rules::testing::lint(&src)
            .into_iter()
            .filter(|f| {
                ["syntax-error", "unknown-term", "gag-rule", "blanket-block"].contains(&&*f.rule)
            })
            .collect();
        assert!(flagged.is_empty(), "{flagged:?}");
        assert_eq!(found[0].related[0].message, "diese Anweisung erlaubt es");
    }
}
