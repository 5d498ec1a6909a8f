//! Conditions and times said in words inside a statement (`…, if they disclose affiliation`,
//! `when they are on duty`, `in their free time`, `nach Feierabend`), and a purpose with a word
//! before it: the qualifier that says them where one does; a condition is never told to go
//! from a ban or a duty, which it would widen.

use super::*;

/// A condition in a statement (`allow employees to post about employer, if they disclose
/// affiliation`, `… wenn …`): a word that opens one at the unexpected word or right before it,
/// in a line that starts with a statement's keyword; the clause from that word to the end of
/// the line (or a `}` or `#` on it), without a full stop, with the comma before it; the
/// qualifier that says it, if one does ([`condition_qualifier`]); and whether the statement
/// bans or requires (`forbid`, `block`, `require`, `monitor`, `allow only`). An approval said as
/// a condition (`unless approved by pr`) has its own help.
pub(super) fn condition(
    line: &LinePieces,
    vocab: &Vocabulary,
) -> Option<(String, Option<String>, bool)> {
    const OPENERS: &[&str] = &[
        "if", "when", "whenever", "while", "provided", "unless", "wenn", "falls", "sofern",
        "solange", "sobald", "soweit",
    ];
    let keyword = line.statement_keyword()?;
    // A ban or a duty (an `allow only` bans it to everyone else): left out, a condition widens it.
    let bans = keyword != "encourage"
        && (keyword != "allow"
            || line
                .pieces
                .get(1)
                .is_some_and(|&(_, w)| w.eq_ignore_ascii_case("only")));
    let opener = [0, -1].into_iter().find(|&by| {
        line.word(by).is_some_and(|w| {
            let w = w.trim_start_matches(',');
            OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o))
        })
    })?;
    let start = line.found.checked_add_signed(opener)?;
    let words = line.code_from(start);
    if words.len() < 2
        || words.iter().skip(1).any(|w| {
            let w = w.to_ascii_lowercase();
            w.starts_with("approv") || w.starts_with("freigabe") || w.starts_with("genehmig")
        })
    {
        return None;
    }
    let clause = words.join(" ");
    let clause = clause.trim_end_matches(['.', ';', '!']);
    // The comma before the clause goes with it (`employer, if …`).
    let comma = start
        .checked_sub(1)
        .and_then(|i| line.pieces.get(i))
        .is_some_and(|&(_, w)| w.ends_with(','));
    let written = if comma {
        [", ", clause].concat()
    } else {
        clause.to_owned()
    };
    // `unless on a break`, `wenn sie nicht im Dienst sind`: the condition's opposite, which no
    // qualifier says (the positive one would invert the rule, a blind review).
    let negated = ["unless", "es", "außer", "ausser"]
        .iter()
        .any(|o| words[0].trim_start_matches(',').eq_ignore_ascii_case(o))
        || words.iter().skip(1).any(|w| {
            let w = w.to_ascii_lowercase();
            [
                "not", "no", "never", "nicht", "kein", "keine", "keinen", "nie",
            ]
            .contains(&w.as_str())
                || w.ends_with("n't")
        });
    let meant = (!negated)
        .then(|| condition_qualifier(&words[1..], vocab))
        .flatten();
    Some((written, meant, bans))
}

/// A purpose written with a word before it (`purpose customer service`, `customer support`):
/// the two words, and the purpose alone.
pub(super) fn purpose_in_words(
    line: &LinePieces,
    source: &str,
    vocab: &Vocabulary,
) -> Option<(String, String)> {
    let (start, before) = *line.pieces.get(line.found.checked_sub(1)?)?;
    let found = line.word(0)?.trim_end_matches(['.', ',', ';']);
    if crate::syntax::term_kind_at(source, start) != TermKind::Purpose
        || !is_word(before)
        || vocab.knows(Category::Purpose, before)
    {
        return None;
    }
    let purpose = vocab.resolve(Category::Purpose, found)?;
    Some((format!("{before} {found}"), purpose.to_owned()))
}

/// A time said in words after a statement (`in their free time`, `at work`, `outside working
/// hours`, `nach Feierabend`, `im Dienst`), from the unexpected word or the one before it: the
/// words as written (two to four), and the `during` qualifier that says them.
pub(super) fn time_phrase(line: &LinePieces, vocab: &Vocabulary) -> Option<(String, String)> {
    const OPENERS: &[&str] = &[
        "in",
        "at",
        "outside",
        "after",
        "im",
        "am",
        "nach",
        "außerhalb",
        "ausserhalb",
        "während",
        "waehrend",
    ];
    line.statement_keyword()?;
    let start = [-1, 0].into_iter().find(|&by| {
        by + isize::try_from(line.found).unwrap_or(0) > 0
            && line
                .word(by)
                .is_some_and(|w| OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o)))
    })?;
    let start = line.found.checked_add_signed(start)?;
    let mut words = line.code_from(start);
    words.truncate(4);
    let (k, meant) = (2..=words.len()).find_map(|k| {
        let meant = condition_qualifier(&words[..k], vocab)?;
        meant.starts_with("during ").then_some((k, meant))
    })?;
    // The noun that ends the phrase goes with it (`outside working hours`).
    let ends = |w: &str| {
        ["hours", "hour", "time", "times", "zeit", "stunden"]
            .iter()
            .any(|n| w.trim_end_matches(['.', ',', ';']).eq_ignore_ascii_case(n))
    };
    let k = if words.get(k).is_some_and(|w| ends(w)) {
        k + 1
    } else {
        k
    };
    let written = words[..k].join(" ");
    Some((written.trim_end_matches(['.', ',', ';']).to_owned(), meant))
}

/// The one qualifier that says a condition's words, if they say one: a time (`on duty`, `at
/// work`, `im Dienst`: `during work-hours`; `off duty`, `in their free time`: `during
/// free-time`; `in breaks`), a means after `using`, `with` or `on` (`when using company
/// devices`), a platform after `on` or `auf`, a topic after `about` or `über`. A term of a list
/// counts in English or German, written with spaces or hyphens.
pub(super) fn condition_qualifier(words: &[&str], vocab: &Vocabulary) -> Option<String> {
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            crate::semantics::vocab::lowercase(
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
            )
        })
        .collect();
    let pair = |a: &str, b: &str| lower.windows(2).any(|p| p[0] == a && p[1] == b);
    let any = |ws: &[&str]| lower.iter().any(|l| ws.contains(&l.as_str()));
    let mut found: Vec<String> = Vec::new();
    let mut add = |q: String| {
        if !found.contains(&q) {
            found.push(q);
        }
    };
    // Outside a time is another time: outside work is free time, outside anything else is no
    // time of the language (`outside breaks`, a blind review).
    let outside = any(&[
        "outside",
        "außerhalb",
        "ausserhalb",
        "except",
        "außer",
        "ausser",
    ]);
    let work = any(&[
        "duty",
        "dienst",
        "arbeitszeit",
        "work-hours",
        "working-hours",
        "work",
    ]) || pair("working", "hours");
    if pair("off", "duty")
        || pair("free", "time")
        || (outside && work)
        || any(&["freizeit", "feierabend", "free-time", "leisure"])
    {
        add("during free-time".to_owned());
    } else if outside {
        return None;
    } else if work {
        add("during work-hours".to_owned());
    }
    // Breaks as such, not a narrower one (`lunch`, `Mittagspause` would become all breaks).
    if any(&["break", "breaks", "pause", "pausen"]) {
        add("during breaks".to_owned());
    }
    // Terms after the word that says their qualifier, written with spaces or hyphens.
    for (at, word) in lower.iter().enumerate() {
        let lists: &[(Category, &str)] = match word.as_str() {
            "using" | "with" | "mit" => &[(Category::Means, "using")],
            "on" | "auf" => &[(Category::Means, "using"), (Category::Platform, "on")],
            "about" | "über" | "ueber" => &[(Category::Content, "about")],
            _ => continue,
        };
        let rest = lower.get(at + 1..).unwrap_or_default();
        // An article or possessive between (`on their company devices`) is no part of it.
        let skip = usize::from(rest.first().is_some_and(|w| ARTICLES.contains(&w.as_str())));
        let rest = rest.get(skip..).unwrap_or_default();
        'sizes: for size in [3, 2, 1] {
            let Some(window) = rest.get(..size) else {
                continue;
            };
            let joined = window.join("-");
            for &(category, qualifier) in lists {
                let term = vocab
                    .resolve(category, &joined)
                    .map(str::to_owned)
                    .or_else(|| vocab.german_term(category, &joined).map(str::to_owned));
                if let Some(term) = term {
                    add(format!("{qualifier} {term}"));
                    break 'sizes;
                }
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}
