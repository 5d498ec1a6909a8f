//! A statement written as a sentence (`Employees must not …`, `Do not …`): the statements it
//! says, in the language's words.

use super::*;

/// Whether the error stands where a statement may begin (in a rule block), the place of a
/// statement written as a sentence.
pub(super) fn at_statement(error: &SyntaxError) -> bool {
    let SyntaxErrorKind::Expected { expected, .. } = &error.kind else {
        return false;
    };
    expected.contains(&Expected::Statement) || expected.contains(&Expected::RuleItem)
}

/// The words after a sentence's keyword and who, as the rest of a statement (`post photos`,
/// without the full stop), when they start with a word that can be an action: not a keyword
/// (`Managers may block facebook` is no permission to an action).
fn action_and_rest(words: &[&str]) -> Option<String> {
    let rest = words.join(" ");
    let rest = rest.trim_end_matches(['.', ';', '!']);
    let action = rest
        .split(' ')
        .next()
        .unwrap_or_default()
        .trim_end_matches(',');
    (!rest.is_empty() && is_word(action) && !crate::syntax::is_keyword(action))
        .then(|| rest.to_owned())
}

/// A statement written as a sentence (`Employees must not disclose trade-secrets.`): as written
/// (the line from the unexpected word on), and as a statement (`forbid employees to disclose
/// trade-secrets`). The modal verb decides: `must not`, `may not` forbid, `must` requires, `may`
/// and `can` allow, `should` encourages.
pub(super) fn prose_statement<'s>(
    error: &SyntaxError,
    line: &LinePieces<'s>,
    vocab: &Vocabulary,
) -> Option<(String, String)> {
    if !at_statement(error) {
        return None;
    }
    let mut words: Vec<&str> = line.pieces[line.found..].iter().map(|&(_, w)| w).collect();
    // The sentence as written, for the help to quote.
    let written = words.join(" ");
    // `under no circumstances`, `in no case`, `at no time`: a louder "not".
    let mut at = 0;
    while at + 3 <= words.len() {
        let idiom = words[at + 1].eq_ignore_ascii_case("no")
            && matches!(
                (
                    words[at].to_ascii_lowercase().as_str(),
                    words[at + 2]
                        .trim_end_matches(',')
                        .to_ascii_lowercase()
                        .as_str()
                ),
                ("under", "circumstances")
                    | ("in", "case" | "event")
                    | ("at", "time")
                    | ("by", "means")
                    | ("on", "account")
            );
        if idiom {
            words.splice(at..at + 3, ["not"]);
        }
        at += 1;
    }
    // `Under no circumstances may staff disclose …`: the "not" first, then the modal verb and
    // who; said in the usual order (`staff may not disclose …`).
    if words.first() == Some(&"not")
        && words.get(1).is_some_and(|w| {
            ["may", "must", "can", "shall", "should"]
                .iter()
                .any(|m| w.eq_ignore_ascii_case(m))
        })
        && words.len() > 3
    {
        let (not, modal, who) = (words[0], words[1], words[2]);
        words.splice(0..3, [who, modal, not]);
    }
    if words.first() == Some(&"not") {
        return None;
    }
    let lower: Vec<String> = words
        .iter()
        .map(|w| crate::semantics::vocab::lowercase(w))
        .collect();
    // `Please …`: a request, which encourages, unless it asks not to.
    let please = usize::from(
        lower
            .first()
            .is_some_and(|w| ["please", "kindly"].contains(&w.trim_end_matches(','))),
    );
    // `Do not post …`, `Never post …`: addressed to the reader, the employees.
    let imperative = match (
        lower.get(please).map(String::as_str),
        lower.get(please + 1).map(String::as_str),
    ) {
        (Some("do"), Some("not")) => Some(("forbid", please + 2)),
        (Some("don't" | "never"), _) => Some(("forbid", please + 1)),
        (Some(action), _)
            if please == 1 && vocab.knows(Category::Action, action.trim_end_matches(',')) =>
        {
            Some(("encourage", please))
        }
        _ => None,
    };
    if let Some((keyword, skip)) = imperative {
        let rest = action_and_rest(&words[skip..])?;
        return Some((written, format!("{keyword} employees to {rest}")));
    }
    // `It is not permitted to …`, `It is forbidden to …`: for the employees.
    if let Some(statement) = impersonal_sentence(&words, &lower) {
        return Some((written, statement));
    }
    // `Photos of colleagues must not be posted.`: a passive, for the employees.
    if let Some(statement) = passive_sentence(&words, &lower) {
        return Some((written, statement));
    }
    // `Posting on tiktok is not allowed.`: an action named as a noun, then the verdict.
    if let Some(statement) = verdict_sentence(&words, &lower) {
        return Some((written, statement));
    }
    // `Only PR may post …`, `No one except PR may post …`: a permission for those named
    // alone.
    let first_two = (
        lower.first().map(String::as_str),
        lower.get(1).map(String::as_str),
        lower.get(2).map(String::as_str),
    );
    let (only, words, lower) = match first_two {
        (Some("only" | "nur"), ..) => (true, &words[1..], &lower[1..]),
        (Some("no"), Some("one"), Some("except" | "but")) => (true, &words[3..], &lower[3..]),
        (Some("nobody" | "niemand"), Some("except" | "but" | "außer" | "ausser"), _) => {
            (true, &words[2..], &lower[2..])
        }
        _ => (false, &words[..], &lower[..]),
    };
    // `Nobody may …`, `No one must …`, `No employee may …`: forbidden to everyone (or to those
    // named after `no`).
    let nobody = match (
        lower.first().map(String::as_str),
        lower.get(1).map(String::as_str),
    ) {
        (Some("nobody" | "noone"), _) => Some(("everyone", 1)),
        (Some("no"), Some("one")) => Some(("everyone", 2)),
        (Some("no"), Some(who)) if who.starts_with("employee") => Some(("employees", 2)),
        _ => None,
    };
    if let Some((who, len)) = nobody.filter(|_| !only) {
        let modal = lower.get(len).map(String::as_str);
        if !matches!(modal, Some("may" | "can" | "must" | "shall" | "should")) {
            return None;
        }
        let rest = action_and_rest(&words[len + 1..])?;
        return Some((written, format!("forbid {who} to {rest}")));
    }
    if words.is_empty() {
        return None;
    }
    // `the PR department may …`: who, without an article before it or a unit after it.
    let is_article = |w: &str| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a));
    let is_unit = |w: &str| ["department", "team", "abteilung"].contains(&w);
    let lead = usize::from(lower.first().is_some_and(|w| is_article(w)));
    let unit = usize::from(lower.get(lead + 1).is_some_and(|w| is_unit(w)));
    let (words, lower): (Vec<&str>, Vec<String>) = (
        words[lead..=lead.min(words.len().saturating_sub(1))]
            .iter()
            .chain(words.get(lead + 1 + unit..).unwrap_or_default())
            .copied()
            .collect(),
        lower[lead..=lead.min(lower.len().saturating_sub(1))]
            .iter()
            .chain(lower.get(lead + 1 + unit..).unwrap_or_default())
            .cloned()
            .collect(),
    );
    let who = words.first().filter(|w| is_word(w))?;
    let phrase = |at: usize| lower.get(at).map_or("", String::as_str);
    let (keyword, modal_len) = match (phrase(1), phrase(2), phrase(3), phrase(4)) {
        ("must" | "may" | "shall" | "should" | "can", "not" | "never", ..) => ("forbid", 2),
        ("mustn't" | "cannot" | "can't" | "shouldn't", ..) => ("forbid", 1),
        ("are" | "is", "not", "allowed" | "permitted", "to") => ("forbid", 4),
        ("are" | "is", "forbidden" | "prohibited" | "banned", "to", _) => ("forbid", 3),
        ("are" | "is", "forbidden" | "prohibited" | "banned" | "barred", "from", _) => {
            ("forbid", 3)
        }
        ("are" | "is", "allowed" | "permitted" | "free", "to", _) => ("allow", 3),
        ("are" | "is", "encouraged" | "invited", "to", _) => ("encourage", 3),
        ("are" | "is", "required" | "obliged", "to", _) => ("require", 3),
        ("must" | "shall", ..) => ("require", 1),
        ("may" | "can", ..) => ("allow", 1),
        ("should", ..) => ("encourage", 1),
        _ => return None,
    };
    let keyword = match (only, keyword) {
        (true, "allow") => "allow only",
        (true, _) => return None,
        (false, keyword) => keyword,
    };
    // `may only post …` limits what may be done, which no statement says by itself: no
    // rewrite (one without `only` would drop the limit).
    // But `may only post with approval by pr` (or `must only …`) is a permission with an
    // approval: the qualifier says the `only`.
    let mut rest_words = &words[1 + modal_len..];
    let mut keyword = keyword;
    if rest_words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("only"))
    {
        let approved = rest_words
            .windows(2)
            .any(|w| w[0].eq_ignore_ascii_case("with") && w[1].eq_ignore_ascii_case("approval"));
        if !approved || !matches!(keyword, "allow" | "require") {
            return None;
        }
        rest_words = &rest_words[1..];
        keyword = "allow";
    }
    // `are prohibited from posting …`: the verb of the gerund.
    let from = matches!(
        (phrase(1), phrase(2), phrase(3)),
        (
            "are" | "is",
            "forbidden" | "prohibited" | "banned" | "barred",
            "from"
        )
    );
    let gerund = if from {
        let (first, others) = rest_words.split_first()?;
        [verb_of_gerund(first)?, " ", &others.join(" ")].concat()
    } else {
        rest_words.join(" ")
    };
    let rest = action_and_rest(&[gerund.trim_end()])?;
    let rest = rest.as_str();
    // `may use Instagram only during breaks`: allowed then and forbidden otherwise, a forbid
    // with an exception of its own; an `only` that limits anything else is no statement (left
    // out, it would allow more and ban nothing).
    let approval_after = |at: usize| {
        rest.split(' ')
            .skip(at + 1)
            .take(3)
            .any(|w| w.to_ascii_lowercase().starts_with("approv"))
    };
    if let Some(at) = rest
        .split(' ')
        .position(|w| w.eq_ignore_ascii_case("only"))
        .filter(|&at| at > 0 && !approval_after(at))
    {
        if keyword != "allow" {
            return None;
        }
        let words: Vec<&str> = rest.split(' ').collect();
        let except = [&words[..at], &["except"][..], &words[at + 1..]]
            .concat()
            .join(" ");
        let who = crate::semantics::vocab::lowercase(who);
        let statement = format!("forbid {who} to {except}");
        let (without, _) = without_example(&statement);
        return tidied(without, vocab)
            .exception
            .then_some((written, statement));
    }
    let who = crate::semantics::vocab::lowercase(who);
    Some((written, format!("{keyword} {who} to {rest}")))
}

/// A sentence's statement cut before an abbreviation that brings an example or "and so on"
/// (`about claims, e.g. accident photos`), and the words from the abbreviation on.
pub(super) fn without_example(statement: &str) -> (String, Option<&str>) {
    let at = statement.split(' ').position(|w| {
        let w = w.trim_end_matches(',').to_ascii_lowercase();
        [
            "e.g.", "eg.", "i.e.", "etc.", "etc", "z.b.", "usw.", "u.a.", "bzw.", "incl.", "inkl.",
        ]
        .contains(&w.as_str())
    });
    match at {
        Some(at) if at > 0 => {
            let start: usize = statement.split(' ').take(at).map(|w| w.len() + 1).sum();
            let kept = statement[..start].trim_end().trim_end_matches(',');
            (kept.to_owned(), Some(&statement[start..]))
        }
        _ => (statement.to_owned(), None),
    }
}

/// The statements a sentence says, and the words left out of them. With `exception`, the
/// second statement is the first one's exception (`may not use Facebook except during breaks`).
#[derive(Debug)]
pub(super) struct Tidied {
    pub(super) statements: Vec<String>,
    pub(super) left_out: Option<String>,
    pub(super) exception: bool,
}

/// The statement suggested for a sentence with the repairs the finders above know for its
/// words, so that the suggestion is no syntax error of its own (edit 16, item 1; a blind
/// review): articles and possessives left out (`about the company`), the words of a term written
/// apart joined with hyphens (`trade secrets`), `or` in a list as `and`, `in` before a time as
/// `during`, `approval of` as `approval by`, `that they work for us` as `affiliation`, one
/// statement for each action (`to like and share photos`), and words the language has no
/// terms for left out at the end (`photos of colleagues`), named in the help. Kept as it was
/// when only that one reads.
pub(super) fn tidied(statement: String, vocab: &Vocabulary) -> Tidied {
    let is_article = |w: &&str| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a));
    let mut words: Vec<&str> = statement.split(' ').filter(|w| !is_article(w)).collect();
    // `disclose that they work for us`: their affiliation.
    if let Some(at) = words.windows(4).position(|w| {
        w[0].eq_ignore_ascii_case("that")
            && ["they", "you", "he", "she", "we"]
                .iter()
                .any(|p| w[1].eq_ignore_ascii_case(p))
            && ["work", "works"]
                .iter()
                .any(|v| w[2].eq_ignore_ascii_case(v))
            && w[3].eq_ignore_ascii_case("for")
    }) {
        words.truncate(at);
        words.push("affiliation");
    }
    // The organisation itself (`company`, `employer`), as a topic.
    let company = |w: &str| {
        vocab
            .resolve(Category::Content, w.trim_end_matches(['.', ',']))
            .is_some_and(|t| t == "employer")
    };
    // `the company's trade secrets`: the organisation's own, as every term of the language
    // is (the article went with the others). Other possessives stay, and the statement does
    // not read (`competitors' products` is no topic of the language).
    words.retain(|w| {
        let stem = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .or_else(|| w.strip_suffix(['\'', '\u{2019}']));
        !stem.is_some_and(company)
    });
    // `connect with patients`: whom one connects with are the objects.
    if let Some(at) = words
        .windows(2)
        .position(|w| w[0].eq_ignore_ascii_case("connect") && w[1].eq_ignore_ascii_case("with"))
    {
        words.remove(at + 1);
    }
    if let Some(at) = words.windows(5).position(|w| {
        ["speak", "post", "comment"]
            .iter()
            .any(|v| w[0].eq_ignore_ascii_case(v))
            && ((w[1].eq_ignore_ascii_case("on") && w[2].eq_ignore_ascii_case("behalf"))
                || (w[1].eq_ignore_ascii_case("in") && w[2].eq_ignore_ascii_case("name")))
            && w[3].eq_ignore_ascii_case("of")
            // The organisation, by its word (`company`) or by its kind, a singular noun
            // the vocabulary does not know (`the hospital`, `the bank`).
            && (company(w[4])
                || (!in_vocabulary(vocab, w[4].trim_end_matches(['.', ',']))
                    && is_word(w[4].trim_end_matches(['.', ',']))
                    && !w[4].trim_end_matches(['.', ',']).ends_with(['s', 'S'])))
    }) {
        words.splice(at..at + 5, ["speak-for-company"]);
    }
    // `at all times`, `always`: what a statement says without a time; `at work`: during work
    // hours; `outside working hours`: in free time.
    let mut i = 0;
    while i < words.len() {
        let lower = |k: usize| {
            words
                .get(i + k)
                .map(|w| w.trim_end_matches(['.', ',']).to_ascii_lowercase())
        };
        match (
            lower(0).as_deref(),
            lower(1).as_deref(),
            lower(2).as_deref(),
        ) {
            (Some("at"), Some("all"), Some("times")) => {
                words.drain(i..i + 3);
            }
            (Some("always"), ..) if i > 0 => {
                words.remove(i);
            }
            (Some("at"), Some("work"), _) => {
                words.splice(i..i + 2, ["during", "work-hours"]);
                i += 2;
            }
            (Some("outside"), Some("working" | "work"), Some("hours")) => {
                words.splice(i..i + 3, ["during", "free-time"]);
                i += 2;
            }
            (Some("outside"), Some("working-hours" | "work-hours"), _) => {
                words.splice(i..i + 2, ["during", "free-time"]);
                i += 2;
            }
            _ => i += 1,
        }
    }
    let mut kept: Vec<String> = Vec::with_capacity(words.len());
    let mut at = 0;
    'words: while at < words.len() {
        for size in [4, 3, 2] {
            let Some(window) = words.get(at..at + size) else {
                continue;
            };
            // A keyword may stand inside a term (`speak for company`), not at its edges. The
            // last word may end a list item (`customer data, trade secrets`).
            let last = window[size - 1].strip_suffix(',');
            let mut parts = window.to_vec();
            parts[size - 1] = last.unwrap_or(window[size - 1]);
            let edges = [parts[0], parts[size - 1]];
            if parts.iter().all(|w| is_word(w))
                && !edges.iter().any(|w| crate::syntax::is_keyword(w))
            {
                let mut joined = crate::semantics::vocab::lowercase(&parts.join("-"));
                if in_vocabulary(vocab, &joined) {
                    if last.is_some() {
                        joined.push(',');
                    }
                    kept.push(joined);
                    at += size;
                    continue 'words;
                }
            }
        }
        kept.push(words[at].to_owned());
        at += 1;
    }
    // The words of a sentence the language says with its own.
    for i in 1..kept.len() {
        let next_is_time = kept
            .get(i + 1)
            .is_some_and(|w| vocab.knows(Category::Time, w.trim_end_matches(',')));
        let after_approval = kept[i - 1].eq_ignore_ascii_case("approval");
        let word = kept[i].to_ascii_lowercase();
        // A preposition before a term says the qualifier of the term's list: `on
        // company-devices` is a means, `on financial-results` a topic.
        let next = kept.get(i + 1).map(|w| w.trim_end_matches(['.', ',']));
        let next_is = |category| next.is_some_and(|w| vocab.knows(category, w));
        let meant = match word.as_str() {
            "or" | "and/or" => "and",
            "in" if next_is_time => "during",
            "of" | "from" if after_approval => "by",
            "on" | "in" | "via" | "through" | "with"
                if next_is(Category::Means) && !next_is(Category::Platform) =>
            {
                "using"
            }
            "on" | "regarding" | "concerning"
                if next_is(Category::Content) && !next_is(Category::Platform) =>
            {
                "about"
            }
            _ => continue,
        };
        kept[i] = meant.to_owned();
    }
    // `only with approval`, `after approval`, `unless approved by`: a condition, which a
    // forbid says with `without` (forbidden unless approved) and the others with `with` (a
    // forbid of what was approved is no rule anybody means).
    let forbids = kept
        .first()
        .is_some_and(|k| k.eq_ignore_ascii_case("forbid"));
    let mut i = 0;
    while i + 1 < kept.len() {
        let approval = kept[i + 1].to_ascii_lowercase().starts_with("approv");
        let opener = kept[i].to_ascii_lowercase();
        let qualifier = match opener.as_str() {
            "unless" | "without" => Some("without"),
            "with" | "after" | "once" | "if" | "when" if forbids => Some("without"),
            "with" | "after" | "once" | "if" | "when" => Some("with"),
            _ => None,
        };
        if let Some(qualifier) = qualifier.filter(|_| approval) {
            kept[i] = qualifier.to_owned();
            kept[i + 1] = "approval".to_owned();
            if i > 0 && kept[i - 1].eq_ignore_ascii_case("only") {
                kept.remove(i - 1);
                i -= 1;
            }
        }
        i += 1;
    }
    // `the PR department`: the term names it already.
    let mut i = 1;
    while i < kept.len() {
        let unit = ["department", "departments", "team", "abteilung"]
            .iter()
            .any(|u| kept[i].eq_ignore_ascii_case(u));
        if unit && is_word(&kept[i - 1]) && !crate::syntax::is_keyword(&kept[i - 1]) {
            kept.remove(i);
        } else {
            i += 1;
        }
    }
    let tidy = kept.join(" ");
    let reads = statement_reads;
    // `except during breaks`: the exception as a statement of its own.
    if let Some(statements) = sentence_exception(&kept, reads) {
        return Tidied {
            statements,
            left_out: None,
            exception: true,
        };
    }
    // One statement for each action: `to like and share photos`.
    let to = kept.iter().position(|w| w.eq_ignore_ascii_case("to"));
    let (head, actions, rest) = match to {
        Some(to) if to + 1 < kept.len() => {
            let mut actions = vec![kept[to + 1].trim_end_matches(',').to_owned()];
            let mut next = to + 2;
            let mut separated = kept[to + 1].ends_with(',');
            while let Some(word) = kept.get(next) {
                if word == "," || word.eq_ignore_ascii_case("and") {
                    separated = true;
                    next += 1;
                    continue;
                }
                let action = word.trim_end_matches(',');
                if !(separated && vocab.knows(Category::Action, action)) {
                    break;
                }
                actions.push(action.to_owned());
                separated = word.ends_with(',');
                next += 1;
            }
            // A list that went on past the actions (`to like and share`, then its objects)
            // starts the rest; a last `and` with nothing after it belongs to no action.
            let rest_start = if actions.len() > 1 { next } else { to + 2 };
            (
                kept[..=to].join(" "),
                actions,
                kept[rest_start.min(kept.len())..].to_vec(),
            )
        }
        _ => return kept_or_written(tidy, statement, reads),
    };
    if actions.len() == 1 && reads(&tidy) {
        return Tidied {
            statements: vec![tidy],
            left_out: None,
            exception: false,
        };
    }
    // A phrase in the middle the language has no qualifier for (`in public`): left out where
    // it stands, the qualifiers after it kept.
    if let Some((statement, left_out)) = without_stray_phrases(&tidy).filter(|_| actions.len() == 1)
    {
        return Tidied {
            statements: vec![statement],
            left_out: Some(left_out),
            exception: false,
        };
    }
    // The rest as far as it reads, the words after it left out (at least the action stays).
    let build = |action: &str, rest: &[String]| {
        let mut statement = [head.as_str(), " ", action].concat();
        for word in rest {
            statement.extend([" ", word.as_str()]);
        }
        statement
    };
    // Not the action alone for an action with words after it: that would say "anything".
    let Some(keep) = (0..=rest.len())
        .rev()
        // Where the kept words end in a word of a sentence (`photos of`), that goes too.
        .filter(|&n| {
            n == 0
                || ![
                    "of", "for", "from", "by", "at", "in", "that", "who", "which", "when",
                ]
                .iter()
                .any(|w| rest[n - 1].eq_ignore_ascii_case(w))
        })
        .find(|&n| actions.iter().all(|a| reads(&build(a, &rest[..n]))))
        .filter(|&n| n > 0 || rest.is_empty())
    else {
        return kept_or_written(tidy, statement, reads);
    };
    let left_out = rest[keep..].join(" ");
    Tidied {
        statements: actions.iter().map(|a| build(a, &rest[..keep])).collect(),
        left_out: (!left_out.is_empty()).then_some(left_out),
        exception: false,
    }
}

/// A guideline with one rule around a statement, for the suggestions to be parsed in: the
/// text before the statement, and after it.
const IN_A_RULE: (&str, &str) = ("guideline \"g\" {\n  rule \"r\" {\n    ", "\n  }\n}\n");

/// Whether a statement reads: a rule block with it alone parses.
pub(super) fn statement_reads(statement: &str) -> bool {
    crate::syntax::parse(&[IN_A_RULE.0, statement, IN_A_RULE.1].concat()).is_ok()
}

/// `forbid employees to use Facebook except during breaks` (the words of a sentence's
/// statement): the statement without the exception, and the exception as a statement of its
/// own with the opposite keyword (`allow employees to use Facebook during breaks`), when the
/// `except` is followed by a qualifier the statement does not have yet and both read.
pub(super) fn sentence_exception(
    kept: &[String],
    reads: impl Fn(&str) -> bool,
) -> Option<Vec<String>> {
    let at = kept.iter().position(|w| w.eq_ignore_ascii_case("except"))?;
    let qualifier = kept.get(at + 1)?;
    // Only a time or a means: an exception of platforms or topics would be a statement that
    // overlaps the first one in everything else, a `conflicting-rules` error (SPEC §5).
    if !["during", "using"]
        .iter()
        .any(|q| qualifier.eq_ignore_ascii_case(q))
        || kept[..at].iter().any(|w| w.eq_ignore_ascii_case(qualifier))
    {
        return None;
    }
    let opposite = match kept.first()?.to_ascii_lowercase().as_str() {
        "forbid" => "allow",
        "allow" if !kept.get(1).is_some_and(|w| w.eq_ignore_ascii_case("only")) => "forbid",
        _ => return None,
    };
    // The qualifier's list runs to the next qualifier or the end.
    let end = (at + 2..kept.len())
        .find(|&i| is_qualifier(&kept[i]))
        .unwrap_or(kept.len());
    let without: Vec<&str> = kept[..at]
        .iter()
        .chain(&kept[end..])
        .map(String::as_str)
        .collect();
    let exception: Vec<&str> = std::iter::once(opposite)
        .chain(kept[1..at].iter().map(String::as_str))
        .chain(kept[at + 1..].iter().map(String::as_str))
        .collect();
    let (without, exception) = (without.join(" "), exception.join(" "));
    (reads(&without) && reads(&exception)).then(|| vec![without, exception])
}

/// The tidied statement, or the statement as written when only that one reads; when neither
/// does, the tidied one with the words the language has no place for left out wherever they
/// stand (`post in public on LinkedIn`: `post on LinkedIn`, without `in public`).
pub(super) fn kept_or_written(
    tidy: String,
    statement: String,
    reads: impl Fn(&str) -> bool,
) -> Tidied {
    if tidy != statement && !reads(&tidy) && reads(&statement) {
        return Tidied {
            statements: vec![statement],
            left_out: None,
            exception: false,
        };
    }
    let stray = (!reads(&tidy))
        .then(|| without_stray_phrases(&tidy))
        .flatten();
    let (statement, left_out) = match stray {
        Some((statement, left_out)) => (statement, Some(left_out)),
        None => (tidy, None),
    };
    Tidied {
        statements: vec![statement],
        left_out,
        exception: false,
    }
}

/// Small words that open a phrase of a sentence the language has no qualifier for (`in
/// public`, `at work`, `from home`).
const PHRASE_WORDS: &[&str] = &[
    "in",
    "at",
    "from",
    "for",
    "of",
    "to",
    "via",
    "through",
    "outside",
    "inside",
    "into",
    "under",
    "within",
    "when",
    "while",
    "if",
    "as",
    "whenever",
    "where",
    "public",
    "publicly",
    "privately",
];

/// A statement that does not read, with the phrases that stop it left out: where the parser
/// stops, the phrase from the small word that opens it (`in public`) to the next keyword; at
/// most four times, and never the action. The statement and the words left out, when it then
/// reads.
fn without_stray_phrases(statement: &str) -> Option<(String, String)> {
    let mut words: Vec<String> = statement.split(' ').map(str::to_owned).collect();
    let to = words.iter().position(|w| w.eq_ignore_ascii_case("to"))?;
    let mut left_out: Vec<String> = Vec::new();
    for _ in 0..4 {
        let text = words.join(" ");
        let source = [IN_A_RULE.0, text.as_str(), IN_A_RULE.1].concat();
        let Err(error) = crate::syntax::parse(&source) else {
            return (!left_out.is_empty()).then(|| (text, left_out.join(" ")));
        };
        // The word the parser stopped at (the line's end: after the last word).
        let at = error.span.start.checked_sub(IN_A_RULE.0.len())?;
        let mut offset = 0;
        let stopped = words
            .iter()
            .position(|w| {
                offset += w.len() + 1;
                offset > at
            })
            .unwrap_or(words.len());
        // Back over the words of the phrase to the small word that opens it.
        let is_keyword = |w: &str| crate::syntax::is_keyword(w.trim_end_matches(','));
        let opens_phrase = |w: &String| PHRASE_WORDS.contains(&w.to_ascii_lowercase().as_str());
        let mut start = stopped;
        while start > to + 2
            && !words.get(start).is_some_and(opens_phrase)
            && !is_keyword(&words[start - 1])
        {
            start -= 1;
        }
        // Never the words right after the action: without them it would say "anything".
        if start <= to + 2 || !words.get(start).is_some_and(opens_phrase) {
            return None;
        }
        let end = (start + 1..words.len())
            .find(|&i| is_keyword(&words[i]))
            .unwrap_or(words.len());
        left_out.extend(words.drain(start..end));
    }
    None
}

/// The verb of a gerund (`posting`: `post`), for the actions and their aliases.
pub(super) fn verb_of_gerund(gerund: &str) -> Option<&'static str> {
    let verb = match gerund.to_ascii_lowercase().as_str() {
        "posting" => "post",
        "publishing" => "publish",
        "writing" => "write",
        "sharing" => "share",
        "commenting" => "comment",
        "liking" => "like",
        "replying" => "reply",
        "following" => "follow",
        "connecting" => "connect",
        "mentioning" => "mention",
        "disclosing" => "disclose",
        "accessing" => "access",
        "using" => "use",
        "visiting" => "visit",
        "speaking" => "speak",
        _ => return None,
    };
    Some(verb)
}

/// `It is not permitted to disclose trade secrets.`, `It is forbidden to …`, `It is encouraged
/// to …`: as a statement for employees.
fn impersonal_sentence(words: &[&str], lower: &[String]) -> Option<String> {
    let phrase = |at: usize| lower.get(at).map_or("", String::as_str);
    if (phrase(0), phrase(1)) != ("it", "is") {
        return None;
    }
    let (keyword, len) = match (phrase(2), phrase(3), phrase(4)) {
        ("not", "allowed" | "permitted", "to") => ("forbid", 5),
        ("forbidden" | "prohibited" | "banned", "to", _) => ("forbid", 4),
        ("allowed" | "permitted", "to", _) => ("allow", 4),
        ("encouraged" | "welcome", "to", _) => ("encourage", 4),
        ("required" | "mandatory", "to", _) => ("require", 4),
        _ => return None,
    };
    let rest = action_and_rest(words.get(len..)?)?;
    Some(format!("{keyword} employees to {rest}"))
}

/// `Photos of colleagues must not be posted.`, `Trade-secrets may not be disclosed on any
/// platform.`: a passive, as a statement for employees with what is done as its object.
fn passive_sentence(words: &[&str], lower: &[String]) -> Option<String> {
    let modal = lower
        .iter()
        .position(|w| ["must", "may", "can", "should", "shall"].contains(&w.as_str()))?;
    let not = usize::from(
        lower
            .get(modal + 1)
            .is_some_and(|w| w == "not" || w == "never"),
    );
    if lower.get(modal + 1 + not).map(String::as_str) != Some("be") || modal == 0 {
        return None;
    }
    let participle = lower
        .get(modal + 2 + not)?
        .trim_end_matches(['.', ';', '!', ',']);
    let verb = match participle {
        "posted" => "post",
        "published" => "publish",
        "shared" => "share",
        "disclosed" => "disclose",
        "mentioned" => "mention",
        "liked" => "like",
        "used" => "use",
        "accessed" => "access",
        "visited" => "visit",
        "followed" => "follow",
        _ => return None,
    };
    let keyword = match (lower[modal].as_str(), not) {
        (_, 1) => "forbid",
        ("must" | "shall", _) => "require",
        ("should", _) => "encourage",
        _ => "allow",
    };
    // The sentence's first word has its capital for being first (`Photos of …`), unless it is
    // written in capitals throughout (`PR`).
    let mut object = words[..modal].join(" ");
    let first = words[0];
    if !first.chars().skip(1).any(char::is_uppercase) {
        object = [lower[0].as_str(), &object[first.len()..]].concat();
    }
    let after = words[modal + 3 + not..].join(" ");
    let after = after.trim_end_matches(['.', ';', '!']);
    let statement = [keyword, " employees to ", verb, " ", &object]
        .concat()
        .trim_end()
        .to_owned();
    let statement = if after.is_empty() {
        statement
    } else {
        [statement.as_str(), " ", after].concat()
    };
    Some(statement)
}

/// `Posting on tiktok is not allowed.`, `Sharing job-offers is welcome`: as a statement for
/// employees (`forbid employees to post on tiktok`).
fn verdict_sentence(words: &[&str], lower: &[String]) -> Option<String> {
    // `The use of Facebook …`: an article, a noun for the action and `of` before what is done.
    let article = usize::from(lower.first()? == "the");
    let noun = lower.get(article)?.as_str();
    let (action, start) = match (noun, lower.get(article + 1).map(String::as_str)) {
        ("use" | "usage", Some("of")) => ("access", article + 2),
        ("publication" | "publishing", Some("of")) => ("post", article + 2),
        ("disclosure", Some("of")) => ("disclose", article + 2),
        ("sharing", Some("of")) => ("share", article + 2),
        _ if article == 1 => return None,
        ("posting" | "publishing", _) => ("post", 1),
        ("sharing", _) => ("share", 1),
        ("commenting", _) => ("comment", 1),
        ("liking", _) => ("like", 1),
        ("replying", _) => ("reply", 1),
        ("following", _) => ("follow", 1),
        ("mentioning", _) => ("mention", 1),
        ("disclosing", _) => ("disclose", 1),
        ("accessing" | "using" | "visiting", _) => ("access", 1),
        _ => return None,
    };
    let text: Vec<&str> = lower.iter().map(String::as_str).collect();
    let text: Vec<&str> = text
        .iter()
        .map(|w| w.trim_end_matches(['.', '!', ';']))
        .collect();
    let verdicts: [(&[&str], &str); 9] = [
        (&["is", "not", "allowed"], "forbid"),
        (&["is", "not", "permitted"], "forbid"),
        (&["is", "forbidden"], "forbid"),
        (&["is", "prohibited"], "forbid"),
        (&["is", "banned"], "forbid"),
        (&["is", "allowed"], "allow"),
        (&["is", "permitted"], "allow"),
        (&["is", "welcome"], "encourage"),
        (&["is", "encouraged"], "encourage"),
    ];
    let (at, keyword) = verdicts.iter().find_map(|(phrase, keyword)| {
        text.windows(phrase.len())
            .position(|w| w == *phrase)
            .filter(|&at| at >= start && at + phrase.len() == text.len())
            .map(|at| (at, *keyword))
    })?;
    let object = words[start..at].join(" ");
    let statement = if object.is_empty() {
        format!("{keyword} employees to {action}")
    } else {
        format!("{keyword} employees to {action} {object}")
    };
    Some(statement)
}
