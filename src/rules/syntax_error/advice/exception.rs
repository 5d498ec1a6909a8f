//! `except` where a list has no exceptions (`during work-hours except breaks`, `on any-platform
//! except linkedin`): the exception as a statement of its own, or the terms meant.

use super::*;

/// `block facebook except for marketing`: a block's `except` comes after whom it is for. As
/// written, and with `for everyone` before the exception. The statement may share its line
/// with the braces around it (`rule "a" { block facebook except for marketing }`).
pub(super) fn block_exception(line: &LinePieces) -> Option<(String, String)> {
    let found = line.word(0)?;
    if !found.eq_ignore_ascii_case("except") {
        return None;
    }
    let words: Vec<&str> = line.pieces.iter().map(|&(_, w)| w).collect();
    let is_code = |w: &&str| !w.contains(['{', '}', '#']);
    let start = (0..line.found)
        .rev()
        .find(|&i| words[i].eq_ignore_ascii_case("block"))?;
    if !words[start..line.found].iter().all(is_code) {
        return None;
    }
    let blocked = words[start..line.found].join(" ");
    let after: Vec<&str> = words[line.found + 1..]
        .iter()
        .copied()
        .take_while(is_code)
        .collect();
    let mut rest = &after[..];
    if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("for")) {
        rest = &rest[1..];
    }
    if rest.is_empty() {
        return None;
    }
    Some((
        format!("{blocked} {found} {}", after.join(" ")),
        format!("{blocked} for everyone except {}", rest.join(" ")),
    ))
}

/// `during work-hours except breaks` (the `except` found): the exception to a time, which the
/// language says in a statement of its own. With the statement as written without the
/// exception and the exception as a statement (an `allow` for a `forbid` or a `block`, a
/// `forbid` for an `allow`), when the whole statement stands on the line; `None` inside when
/// they cannot be built. `None` when the `except` does not follow a `during` list.
pub(super) fn time_exception(
    line: &LinePieces,
    source: &str,
    vocab: &Vocabulary,
) -> Option<Option<Exception<'static>>> {
    if !line.word(0)?.eq_ignore_ascii_case("except") {
        return None;
    }
    let words: Vec<&str> = line.pieces.iter().map(|&(_, w)| w).collect();
    // The `during` whose list runs up to the `except`.
    let during = (0..line.found)
        .rev()
        .take_while(|&i| i + 1 == line.found || is_list_word(words[i + 1]))
        .find(|&i| words[i].eq_ignore_ascii_case("during"))
        .filter(|&i| i + 1 < line.found)?;
    Some(exception_statements(
        line,
        source,
        &words,
        during,
        Category::Time,
        vocab,
    ))
}

/// The English plural of a list's terms, for the exceptions to it.
pub(super) fn english_plural(category: Category) -> &'static str {
    match category {
        Category::Platform => "platforms",
        Category::Means => "means (devices, networks or accounts)",
        Category::MonitorTarget => "monitor targets",
        _ => "topics",
    }
}

/// The German plural of a list's terms (nominative, dative), for the exceptions to it.
pub(super) fn german_plural(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::Platform => ("Plattformen", "Plattformen"),
        Category::Means => (
            "Mittel (Geräte, Netze oder Konten)",
            "Mitteln (Geräten, Netzen oder Konten)",
        ),
        Category::MonitorTarget => ("Beobachtungsziele", "Beobachtungszielen"),
        _ => ("Themen", "Themen"),
    }
}

/// The statement keywords, which start a statement and end a list looked back over.
pub(super) const STATEMENT_KEYWORDS: [&str; 6] = [
    "allow",
    "forbid",
    "block",
    "encourage",
    "require",
    "monitor",
];

/// What [`exception_statements`] builds.
pub(super) enum Exception<'s> {
    /// The statement without its exception, and the exception as a statement.
    Built(String, String),
    /// An excepted word the list does not know: an [`Advice::UnknownException`].
    Unknown(Advice<'s>),
}

/// The statement as written without its exception, and the exception as a statement of its own
/// (an `allow` for a `forbid` or a `block`, a `forbid` for an `allow`), for an `except` (the
/// word found) that follows a list: `keyword` is the index of the word the list follows (its
/// qualifier's keyword such as `during`, or the action of the objects), and `category` what
/// its terms are. Each excepted word is one of its terms as written, or the term a German word
/// stands for (`Pause`: `breaks`); one that is neither is named instead (audit 20, P6: `except
/// lunch` was copied into `allow … during lunch`, an unknown term). `None` when the whole
/// statement is not on the line, or the statements do not parse.
pub(super) fn exception_statements<'s>(
    line: &LinePieces,
    source: &str,
    words: &[&str],
    keyword: usize,
    category: Category,
    vocab: &Vocabulary,
) -> Option<Exception<'s>> {
    let is_code = |w: &str| !w.contains(['{', '}', '#', '"']);
    let start = (0..keyword).rev().find(|&i| {
        STATEMENT_KEYWORDS
            .iter()
            .any(|k| words[i].eq_ignore_ascii_case(k))
    })?;
    if !words[start..line.found].iter().all(|w| is_code(w)) {
        return None;
    }
    // The exception's terms, then the statement's other qualifiers, up to the end of its code.
    let after: Vec<&str> = words[line.found + 1..]
        .iter()
        .copied()
        .take_while(|w| is_code(w))
        .collect();
    // `except for breaks`, as in a sentence.
    let skip = usize::from(after.first().is_some_and(|w| w.eq_ignore_ascii_case("for")));
    let excepted = after[skip..]
        .iter()
        .take_while(|w| !is_qualifier(w))
        .count();
    if excepted == 0 {
        return None;
    }
    let more = after[skip + excepted..].join(" ");
    // Each excepted term as the list knows it; `or` between them is the list's `and`.
    let mut terms = Vec::with_capacity(excepted);
    let mut unknown = None;
    for &word in &after[skip..skip + excepted] {
        let (bare, comma) = match word.strip_suffix(',') {
            Some(bare) => (bare, ","),
            None => (word, ""),
        };
        let bare = bare.trim_end_matches(['.', ';', '!']);
        let lower = crate::semantics::vocab::lowercase(bare);
        if bare.is_empty() || lower == "and" {
            terms.push(word.to_owned());
        } else if matches!(lower.as_str(), "or" | "und" | "oder") {
            terms.push("and".to_owned());
        } else if vocab.knows(category, bare) {
            terms.push(format!("{bare}{comma}"));
        } else if let Some(term) = vocab.german_term(category, bare) {
            terms.push(format!("{term}{comma}"));
        } else {
            unknown.get_or_insert(bare);
            terms.push(word.to_owned());
        }
    }
    let excepted = terms.join(" ");
    // The whole statement is on the line: the code on it ends before a `}` or `#`, or the line
    // is followed by something else than more of the statement.
    let last = line.found + after.len();
    let line_end = source[line.pieces[last].0..]
        .find('\n')
        .map_or(source.len(), |i| line.pieces[last].0 + i);
    let ends_here = match line.pieces.get(last + 1) {
        Some((_, next)) => !next.starts_with('#') || ends_statement(&source[line_end..]),
        None => ends_statement(&source[line_end..]),
    };
    if !ends_here {
        return None;
    }
    let join = |parts: &[&str]| {
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let written = words[start..line.found].join(" ");
    // What stands between the statement's keyword and the list, the list's keyword included.
    let before_list = words[start + 1..=keyword].join(" ");
    let modality = words[start].to_ascii_lowercase();
    let exception = match modality.as_str() {
        "forbid" => join(&["allow", &before_list, &excepted, &more]),
        "allow" if !words[start + 1].eq_ignore_ascii_case("only") => {
            join(&["forbid", &before_list, &excepted, &more])
        }
        "block" if keyword > start + 1 => {
            // `block PLATFORMS [for WHO] QUALIFIERS`: `allow WHO to access PLATFORMS QUALIFIERS`.
            let before = &words[start + 1..keyword];
            let platforms = before
                .iter()
                .take_while(|w| !w.eq_ignore_ascii_case("for") && !is_qualifier(w))
                .count();
            let rest = &before[platforms..];
            let (who, qualifiers) = match rest.first() {
                Some(w) if w.eq_ignore_ascii_case("for") => {
                    let n = rest[1..].iter().take_while(|w| !is_qualifier(w)).count();
                    (rest[1..=n].join(" "), &rest[1 + n..])
                }
                _ => ("everyone".to_owned(), rest),
            };
            join(&[
                "allow",
                &who,
                "to access",
                &before[..platforms].join(" "),
                &qualifiers.join(" "),
                words[keyword],
                &excepted,
                &more,
            ])
        }
        _ => return None,
    };
    let without = join(&[&written, &more]);
    if let Some(word) = unknown {
        // The list's terms when it has a few, else those spelled close to the word.
        let all = vocab.terms(category);
        let few = all.len() <= 6;
        let known = if few {
            all.to_vec()
        } else {
            vocab.suggestions(category, word)
        };
        return parses_as_statement(&without).then(|| {
            Exception::Unknown(Advice::UnknownException {
                category,
                word: word.to_owned(),
                without,
                known,
                few,
            })
        });
    }
    (parses_as_statement(&without) && parses_as_statement(&exception))
        .then_some(Exception::Built(without, exception))
}

/// Whether `word` is a qualifier's keyword (`on`, `about`, `during`, `using`, `with`, `without`).
pub(super) fn is_qualifier(word: &str) -> bool {
    Expected::Qualifier
        .keywords()
        .iter()
        .any(|k| word.eq_ignore_ascii_case(k))
}

/// Whether `word` is a keyword that takes a list of terms after it: a qualifier's (`on`,
/// `during`, …), or one of the words of a statement's frame (`to`, `for`, `except`, `by`, …).
pub(super) fn is_keyword(word: &str) -> bool {
    is_qualifier(word)
        || STATEMENT_KEYWORDS
            .iter()
            .chain(&["to", "for", "except", "by", "approval", "only"])
            .any(|k| word.eq_ignore_ascii_case(k))
}

/// A term of a list, or what separates them (`,`, `and`, a term with its comma); no keyword.
pub(super) fn is_list_word(word: &str) -> bool {
    let term = word.trim_end_matches(',');
    word == "," || (is_word(term) && !is_keyword(term))
}

/// `on any-platform except linkedin`, `about company-topics except press-releases` (the
/// `except` found): an exception to a list that has none. Only whom a statement is for takes
/// one; a time's exception has its own advice ([`time_exception`]), and so has a `block`'s
/// audience written after its exception ([`block_exception`]).
pub(super) fn list_exception<'s>(
    line: &LinePieces<'s>,
    source: &str,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    if !line.word(0)?.eq_ignore_ascii_case("except") {
        return None;
    }
    let words: Vec<&str> = line.pieces.iter().map(|&(_, w)| w).collect();
    // The keyword before the list that runs up to the `except`.
    let before = (0..line.found)
        .rev()
        .find(|&i| !is_list_word(words[i]))
        .filter(|&i| i + 1 < line.found)?;
    let found = words[before].to_ascii_lowercase();
    // The list's keyword (for objects, their action) and what its terms are.
    let (keyword, category) = match found.as_str() {
        "on" | "block" => (before, Category::Platform),
        "about" => (before, Category::Content),
        "using" => (before, Category::Means),
        "monitor" => (before, Category::MonitorTarget),
        // `to ACTION OBJECTS`: objects follow the action.
        "to" if before + 2 < line.found => {
            let action = vocab.resolve(Category::Action, words[before + 1]);
            let category = if action == Some("access") {
                Category::Platform
            } else {
                Category::Content
            };
            (before + 1, category)
        }
        _ => return None,
    };
    // What is excepted: up to a keyword or the end of the code, `for` of a sentence left out.
    let after = &words[line.found + 1..];
    let skip = usize::from(after.first().is_some_and(|w| w.eq_ignore_ascii_case("for")));
    let excepted: Vec<&str> = after[skip..]
        .iter()
        .copied()
        .take_while(|w| is_list_word(w))
        .collect();
    let excepted_terms: Vec<&str> = excepted
        .iter()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .collect();
    if excepted_terms.is_empty() {
        return None;
    }
    // A `block`'s audience written after its exception (`block facebook except for
    // marketing`) has its own advice.
    if found == "block"
        && !excepted_terms
            .iter()
            .all(|w| vocab.knows(Category::Platform, w))
    {
        return None;
    }
    let list = &words[keyword + 1..line.found];
    // As written, with a `for` after the `except`.
    let written = [&words[keyword..=line.found + skip], &excepted[..]]
        .concat()
        .join(" ");
    // People after `except` (`about company-news except marketing and pr`): the exception of
    // whom the statement is for, written after them (left out, a ban would cover them too).
    let to = words[..line.found]
        .iter()
        .position(|w| w.eq_ignore_ascii_case("to"));
    let people = excepted_terms
        .iter()
        .all(|w| vocab.knows(Category::Audience, w));
    if let Some(to) = to.filter(|&to| {
        people
            && to > 1
            && !words[1..to]
                .iter()
                .any(|w| w.eq_ignore_ascii_case("except"))
            && !words[1].eq_ignore_ascii_case("only")
    }) {
        let meant = [
            &words[..to],
            &["except"][..],
            &excepted[..],
            &words[to..line.found],
        ]
        .concat()
        .join(" ");
        let written = [&words[..=line.found + skip], &excepted[..]]
            .concat()
            .join(" ");
        return Some(Advice::PeopleException { written, meant });
    }
    if category == Category::Platform {
        // Only platforms are left out of a list of platforms: a word of another list or one
        // the vocabulary does not know (`except lunch`) may be a time, and dropping it would
        // widen a ban (a blind review).
        if !excepted_terms
            .iter()
            .all(|w| vocab.knows(Category::Platform, w))
        {
            return None;
        }
        let resolved = |w: &str| vocab.resolve(Category::Platform, w.trim_end_matches(','));
        let left_out: Vec<&str> = excepted_terms.iter().filter_map(|w| resolved(w)).collect();
        let broad = list.iter().any(|w| resolved(w) == Some("any-platform"));
        // The platforms of the list but the excepted ones; for `any-platform`, three examples.
        let platforms: Vec<&str> = if broad {
            vocab
                .terms(Category::Platform)
                .iter()
                .map(String::as_str)
                .filter(|t| *t != "any-platform" && !left_out.contains(t))
                .take(3)
                .collect()
        } else {
            list.iter()
                .map(|w| w.trim_end_matches(','))
                .filter(|w| {
                    !w.is_empty()
                        && !w.eq_ignore_ascii_case("and")
                        && resolved(w).is_none_or(|t| !left_out.contains(&t))
                })
                .collect()
        };
        if platforms.is_empty() {
            return None;
        }
        let meant = format!("{} {}", words[keyword], Lang::En.join(&platforms));
        return Some(Advice::PlatformException {
            written,
            meant,
            examples: broad,
        });
    }
    let statements = match exception_statements(line, source, &words, keyword, category, vocab) {
        Some(Exception::Built(without, exception)) => Some((without, exception)),
        Some(Exception::Unknown(unknown)) => return Some(unknown),
        None => None,
    };
    Some(Advice::ListException {
        category,
        except: [&words[line.found..=line.found + skip], &excepted[..]]
            .concat()
            .join(" "),
        statements,
    })
}
