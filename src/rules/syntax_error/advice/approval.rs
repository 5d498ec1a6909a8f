//! Approvals written as in a sentence or as conditions (`only with approval of PR`, `unless
//! approved by pr`), which keep the statement's meaning.

use super::*;

/// Where an approval qualifier misses what follows `approval`, or `approval` stands without
/// `with` or `without` before it: the qualifier as written (`with approval`, `without
/// approval`), or `None` for a lone `approval`.
pub(super) enum Approval<'s> {
    WithoutBy(&'s str),
    Alone,
}

pub(super) fn approval<'s>(
    error: &SyntaxError,
    source: &'s str,
    line: Option<&LinePieces<'s>>,
) -> Option<Approval<'s>> {
    let SyntaxErrorKind::Expected { expected, found } = &error.kind else {
        return None;
    };
    if expected.contains(&Expected::Keyword("by")) {
        let before = source.get(..error.span.start)?.trim_end();
        let cut = before.len().checked_sub("approval".len())?;
        let word = before.get(cut..)?;
        let qualifier = before[..cut].trim_end();
        let start = qualifier
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let with = &qualifier[start..];
        let separated = qualifier.len() < cut;
        return (word.eq_ignore_ascii_case("approval")
            && separated
            && (with.eq_ignore_ascii_case("with") || with.eq_ignore_ascii_case("without")))
        .then(|| Approval::WithoutBy(&source[start..before.len()]));
    }
    // After `with`, `without` or a German word for a keyword (`ohne approval`), it is not
    // alone.
    let alone = matches!(found, Found::Token(word) if word.eq_ignore_ascii_case("approval"))
        && !line.is_some_and(|l| {
            l.word(-1).is_some_and(|w| {
                w.eq_ignore_ascii_case("with") || w.eq_ignore_ascii_case("without")
            }) || german_keyword_before(l).is_some()
        });
    alone.then_some(Approval::Alone)
}

/// A condition on an approval written as in a sentence (`unless approved by pr`, `if approved
/// by pr`, `only with approval of PR`): as written, and as the approval qualifier (`without
/// approval by pr`, `with approval by pr`). Which qualifier depends on the statement's keyword
/// too (see [`approval_qualifier`]): after a `forbid`, `only with approval` means that posting
/// is forbidden without it (audit 20, P1). Where no department follows, only a condition
/// whose word is no qualifier's (`unless approved`, `only with approval`) is put right, as
/// `without approval`; `by …` is told next.
pub(super) fn approval_condition(
    line: &LinePieces,
    source: &str,
    vocab: &Vocabulary,
) -> Option<(String, String)> {
    let is_opener = |word: &str| {
        APPROVAL_OPENERS
            .iter()
            .any(|opener| word.eq_ignore_ascii_case(opener))
    };
    let is_only =
        |word: &str| word.eq_ignore_ascii_case("only") || word.eq_ignore_ascii_case("nur");
    // The words from a condition or `with`/`without` on, around the unexpected one; an `only`
    // just before it belongs to it (the unexpected word when the condition follows it).
    let first = (-2..=1).find(|&by| {
        line.word(by).is_some_and(is_opener) && (by < 1 || line.word(0).is_some_and(is_only))
    })?;
    let opener = line.word(first)?;
    let only = line.word(first - 1).is_some_and(is_only);
    let start = if only { first - 1 } else { first };
    let forbids = statement_forbids(source, line.pieces[line.found].0);
    let qualifier = approval_qualifier(opener, only, forbids)?;
    // Then up to two words before the approval (`the`, `prior`, `written`), the approval, a
    // link (`of`, `from`, `by`) if any, an article, who approves (a department of the
    // vocabulary, or a German word for one), and a word for a unit (`department`) if any.
    let is_approval = |word: &str| {
        let word = crate::semantics::vocab::lowercase(word);
        ["approv", "freigabe", "freigegeben", "genehmig"]
            .iter()
            .any(|stem| word.starts_with(stem))
    };
    let at = (first + 1..=first + 3).find(|&at| line.word(at).is_some_and(is_approval))?;
    let words_from = |to: isize| {
        (start..=to)
            .filter_map(|i| line.word(i))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // `if no approval is given`, `falls keine Freigabe vorliegt`: a condition on the approval's
    // absence, which only a ban can say (forbidden without it).
    let negated = (first + 1..at).any(|i| {
        line.word(i).is_some_and(|w| {
            ["no", "not", "keine", "kein", "nicht"]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n))
        })
    });
    if negated && qualifier != "without" {
        return None;
    }
    let department = approver(line, at + 1, vocab);
    let (written, meant) = match department {
        Some((who, last)) => (words_from(last), format!("{qualifier} approval by {who}")),
        // `with approval` and `without approval` alone are told to add `by …` elsewhere.
        None if only
            || !(opener.eq_ignore_ascii_case("with") || opener.eq_ignore_ascii_case("without")) =>
        {
            // The rest of the condition goes with it (`falls keine Freigabe vorliegt`,
            // `unless approval is given`): a verb left behind would be read as the approver.
            let mut last = at;
            while line.word(last + 1).is_some_and(|w| {
                !w.starts_with(['}', '#']) && is_word(w.trim_end_matches(['.', ',', ';']))
            }) {
                last += 1;
            }
            let written = words_from(last);
            let written = written.trim_end_matches(['.', ',', ';']).to_owned();
            (written, format!("{qualifier} approval"))
        }
        None => return None,
    };
    // Already as the language writes it: nothing to advise here.
    (crate::semantics::vocab::lowercase(&written) != meant).then_some((written, meant))
}

/// Who approves, from the word `from` on the line (after an approval): a link (`of`, `from`,
/// `by`) if any, an article, a department of the vocabulary (or a German word for one), and a
/// word for a unit (`department`, `team`) if any. The department as a term, and where its
/// words end on the line.
pub(super) fn approver(
    line: &LinePieces,
    from: isize,
    vocab: &Vocabulary,
) -> Option<(String, isize)> {
    let mut at = from;
    let link = crate::semantics::vocab::lowercase(line.word(at)?);
    if matches!(
        link.as_str(),
        "of" | "from" | "by" | "through" | "durch" | "von" | "vom" | "der" | "des"
    ) {
        at += 1;
    }
    if line
        .word(at)
        .is_some_and(|w| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a)))
    {
        at += 1;
    }
    let who = line.word(at)?.trim_end_matches(['.', ',', ';']);
    let term = if vocab.knows(Category::Audience, who) {
        crate::semantics::vocab::lowercase(who)
    } else {
        vocab.german_term(Category::Audience, who)?.to_owned()
    };
    let unit = line.word(at + 1).is_some_and(|w| {
        matches!(
            crate::semantics::vocab::lowercase(w.trim_end_matches(['.', ',', ';'])).as_str(),
            "department" | "team" | "division" | "unit" | "abteilung"
        )
    });
    Some((term, if unit { at + 1 } else { at }))
}

/// Words that open an approval written as in a sentence: conditions, and the qualifiers'
/// own words.
pub(super) const APPROVAL_OPENERS: &[&str] = &[
    "unless", "except", "without", "ohne", "außer", "ausser", "if", "when", "once", "after",
    "before", "with", "mit", "nach", "vor", "wenn", "falls",
];

/// The approval qualifier (`with` or `without`) that a condition on an approval (`opener`,
/// with an `only` before it or not) means in a statement that forbids (`Some(true)`: `forbid`,
/// `block`), that does not (`Some(false)`), or whose keyword is not known (`None`).
///
/// `unless`, `except` and `without` say `without`. A condition for doing something (`only
/// with`, `only if`, `after`, `once`, `before`) says, after a `forbid`, that it is forbidden
/// `without` the approval; written literally as `with approval` it would forbid what was
/// approved, the opposite. So does a bare `with`, `if` or `when` after a `forbid` (`forbid …
/// with approval of PR`, `mit Freigabe durch pr`): forbidding what was approved is no rule
/// anybody writes (a blind review found the literal rewrite passing without a finding). After
/// `allow`, `encourage` or `require` it says `with`. `None` where it cannot be told: `before`
/// after an `allow`, or a condition in a statement whose keyword is not known.
pub(super) fn approval_qualifier(
    opener: &str,
    only: bool,
    forbids: Option<bool>,
) -> Option<&'static str> {
    let opener = crate::semantics::vocab::lowercase(opener);
    let opener = opener.as_str();
    if matches!(
        opener,
        "unless" | "except" | "without" | "ohne" | "außer" | "ausser"
    ) {
        return Some("without");
    }
    let before = matches!(opener, "before" | "vor");
    let condition = only || before || matches!(opener, "after" | "once" | "nach");
    match forbids {
        Some(true) => Some("without"),
        Some(false) if before => None,
        None if condition => None,
        _ => Some("with"),
    }
}

/// Whether the statement that the source before `at` is in forbids: `Some(true)` for a
/// `forbid` or `block` (or a German word for one), `Some(false)` for another statement,
/// `None` when its keyword is not found before a brace, a text in quotes or a rule item.
pub(super) fn statement_forbids(source: &str, at: usize) -> Option<bool> {
    for line in source.get(..at)?.rsplit('\n') {
        let code = line.split('#').next().unwrap_or_default();
        for word in code.split_whitespace().rev() {
            if word.contains(['{', '}', '"']) {
                return None;
            }
            let lower = crate::semantics::vocab::lowercase(word);
            let keyword = GERMAN_KEYWORDS
                .iter()
                .find(|(german, _)| *german == lower)
                .map_or(lower.as_str(), |&(_, keyword)| keyword);
            match keyword {
                "forbid" | "block" => return Some(true),
                "allow" | "encourage" | "require" | "monitor" => return Some(false),
                "because" | "consequence" => return None,
                _ => {}
            }
        }
    }
    None
}
