//! Possessives where a term goes (`the company's trade secrets`, `employees’ private
//! accounts`, `competitors' products`) and the organisation named before a term as its owner
//! (`the company trade secrets`): one term, never the words alone, which would say more.

use super::*;

/// Topics that are the organisation's own by what they are: `the company's trade secrets` are
/// `trade-secrets`. Not `photos` or `opinions`, which the company's are only some of (`company
/// photos` is no ban of every photo, a blind review).
const OWN_BY_NATURE: &[&str] = &[
    "trade-secrets",
    "confidential-information",
    "internal-matters",
    "customer-data",
    "financial-results",
    "product-plans",
    "company-news",
    "company-topics",
    "press-releases",
    "job-offers",
];

/// A possessive apostrophe after a word where a term goes (`the company's trade secrets`,
/// `employees' private accounts`, typographic `’` too): the words from the possessor (and an
/// article before it) to the end of the term, and the term that says them. The organisation's
/// own possessive is left out (`trade-secrets`); a possessor that joins the words into a term
/// is kept in it (`customers' data`: `customer-data`); people's own devices or accounts are
/// theirs (`employees' private accounts`: `private-accounts`); anything else is a term of one's
/// own (`competitors' products`: `competitors-products`), never the words alone, which would
/// say more.
pub(super) fn possessive(
    error: &SyntaxError,
    source: &str,
    vocab: &Vocabulary,
) -> Option<Advice<'static>> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return None;
    };
    // The apostrophe: the unexpected character, or right after the unexpected word
    // (`the company's`, where `the` was read as a term and `company` was not expected).
    let found_at = error.span.start;
    let at = if token.starts_with(['\'', '\u{2019}']) {
        found_at
    } else {
        let word_len = source
            .get(found_at..)?
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
            .map(|(i, _)| i)?;
        let at = found_at + word_len;
        if word_len == 0 || !source[at..].starts_with(['\'', '\u{2019}']) {
            return own_modifier(error, source, vocab);
        }
        at
    };
    let token = &source[at..];
    let before = source.get(..at)?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
        .last()
        .map(|(i, _)| i)?;
    let possessor = &before[start..];
    if !possessor.starts_with(char::is_alphabetic) {
        return None;
    }
    // After the apostrophe: an `s` or nothing, then the words of the line.
    let mark = token.chars().next()?.len_utf8();
    let rest = source.get(at + mark..)?;
    let s_after = usize::from(rest.starts_with(['s', 'S']));
    let rest = &rest[s_after..];
    // The possessor with its article and mark, as written (`the company's`).
    let possessed_end = at + mark + s_after;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let line_rest = rest.split('\n').next().unwrap_or_default();
    let words: Vec<&str> = line_rest
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .map_while(|w| {
            let w = w.trim_end_matches(['.', ',', ';']);
            (is_word(w) && !crate::syntax::is_keyword(w)).then_some(w)
        })
        .take(3)
        .collect();
    if words.is_empty() {
        return None;
    }
    // An article before the possessor goes with it (`the company's`).
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let head = before[line_start..start].trim_end();
    let article = head
        .rsplit([' ', '\t'])
        .next()
        .filter(|w| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a)));
    let from = article.map_or(start, |a| line_start + head.len() - a.len());
    let written_to = |k: usize| [&source[from..possessed_end], " ", &words[..k].join(" ")].concat();
    let known = |joined: &str| {
        Category::ALL
            .into_iter()
            .find_map(|c| vocab.resolve(c, joined).map(|t| (c, t.to_owned())))
    };
    let lower = |ws: &[&str]| crate::semantics::vocab::lowercase(&ws.join("-"));
    let stem = possessor.strip_suffix(['s', 'S']).unwrap_or(possessor);
    let company = vocab
        .resolve(Category::Content, possessor)
        .is_some_and(|t| t == "employer");
    for k in (1..=words.len()).rev() {
        let owned = lower(&words[..k]);
        if company {
            if let Some((_, term)) =
                known(&owned).filter(|(_, t)| OWN_BY_NATURE.contains(&t.as_str()))
            {
                return Some(Advice::Possessive {
                    written: written_to(k),
                    meant: term,
                    own: false,
                });
            }
            continue;
        }
        for joined in [lower(&[stem, &owned]), lower(&[possessor, &owned])] {
            if known(&joined).is_some() {
                return Some(Advice::Possessive {
                    written: written_to(k),
                    meant: joined,
                    own: false,
                });
            }
        }
        let people = vocab.knows(Category::Audience, possessor);
        if let Some((Category::Means | Category::MonitorTarget, term)) = known(&owned) {
            if people {
                return Some(Advice::Possessive {
                    written: written_to(k),
                    meant: term,
                    own: false,
                });
            }
        }
    }
    // A term of one's own: the possessor with up to two words after it (`company-photos`).
    let k = words.len().min(2);
    Some(Advice::Possessive {
        written: written_to(k),
        meant: lower(&[&[possessor][..], &words[..k]].concat()),
        own: true,
    })
}

/// The organisation before a term as its owner, without an apostrophe, where a list of terms
/// goes (`disclose the company trade secrets`, `company trade-secrets`): the words from an
/// article before it to the end of the term, and the term. Not a list of two (`company,
/// trade-secrets` would add the company to what is banned, a blind review).
pub(super) fn own_modifier(
    error: &SyntaxError,
    source: &str,
    vocab: &Vocabulary,
) -> Option<Advice<'static>> {
    if !list_goes_on(error)
        && !matches!(&error.kind, SyntaxErrorKind::Expected { expected, .. } if expected.iter().any(|e| matches!(e, Expected::Term(_))))
    {
        return None;
    }
    let line = LinePieces::of(error, source)?;
    let company = |w: &str| {
        vocab
            .resolve(Category::Content, w)
            .is_some_and(|t| t == "employer")
    };
    // The organisation is the unexpected word, or the word before it.
    let owner = [0, -1]
        .into_iter()
        .find(|&by| line.word(by).is_some_and(company) && line.word(by + 1).is_some())?;
    let words: Vec<&str> = (owner + 1..=owner + 3)
        .map_while(|by| line.word(by))
        .map_while(|w| {
            let w = w.trim_end_matches(['.', ',', ';']);
            (is_word(w) && !crate::syntax::is_keyword(w)).then_some(w)
        })
        .collect();
    let Some((k, meant)) = (1..=words.len()).rev().find_map(|k| {
        let joined = crate::semantics::vocab::lowercase(&words[..k].join("-"));
        vocab
            .resolve(Category::Content, &joined)
            .filter(|t| OWN_BY_NATURE.contains(t))
            .map(|t| (k, t.to_owned()))
    }) else {
        // The company's photos, products, opinions: a term of one's own (`company-photos`),
        // never the word alone (a ban of every photo) nor a list (`company, photos`).
        let after = words.first().filter(|w| !sentence_word(w))?;
        let owner_word = line.word(owner)?;
        let written = [owner_word, " ", after].concat();
        let joined = crate::semantics::vocab::lowercase(&written.replace(' ', "-"));
        // A term of the vocabulary written apart (`company devices`) has its own help.
        if in_vocabulary(vocab, &joined) {
            return None;
        }
        return Some(Advice::UnknownJoinedTerm {
            joined,
            written,
            kind: TermKind::Content,
        });
    };
    let is_article = |w: &str| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a));
    let first = if line.word(owner - 1).is_some_and(is_article) {
        owner - 1
    } else {
        owner
    };
    let written = (first..=owner + k as isize)
        .filter_map(|by| line.word(by))
        .collect::<Vec<_>>()
        .join(" ");
    Some(Advice::OwnModifier {
        written: written.trim_end_matches(['.', ',', ';']).to_owned(),
        meant,
    })
}
