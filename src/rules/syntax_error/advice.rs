//! What the writer of a syntax error probably meant, read from the words around it: HR drafts
//! write the language the way they write sentences (`customer service`, `in breaks`, `Employees
//! must not …`, `„…“` from a word processor). Each finder below recognises one such habit and
//! gives an [`Advice`]; [`advice`] asks them, the most specific first, and [`Advice::text`] puts
//! the answer into words, in every language in one place. The finders of larger habits
//! live in their own files: sentences ([`sentence`]), approvals written as conditions
//! ([`approval`](mod@approval)), exceptions to lists that take none ([`exception`]), other
//! conditions and times said in words ([`condition`](mod@condition)) and possessives
//! ([`possessive`](mod@possessive)).

use crate::lang::Lang;
use crate::semantics::vocab::{Category, Vocabulary};
use crate::syntax::{Expected, Found, Scope, SyntaxError, SyntaxErrorKind, TermKind};

mod approval;
mod condition;
mod exception;
mod german_sentence;
mod possessive;
mod sentence;

use approval::*;
use condition::*;
use exception::*;
use german_sentence::*;
use possessive::*;
use sentence::*;

/// What the writer probably meant, with the words it is told in.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Advice<'s> {
    /// A text in quotes that ran on from `line` (found by the caller, which also labels it).
    RunawayText { line: usize },
    /// A character from a word processor or web page.
    Odd(OddCharacter),
    /// `customer service` for `customer-service`.
    SpacedTerm { written: &'s str, term: String },
    /// `only` away from `allow`.
    MisplacedOnly,
    /// A statement among a guideline's clauses.
    StatementOutsideRule { keyword: &'s str },
    /// `block facebook except for marketing`.
    BlockException { written: String, meant: String },
    /// `unless approved by pr`.
    ApprovalCondition { written: String, meant: String },
    /// `staffed customer-service`, `respond in`, `replies yes`.
    MissingKeyword { written: String, meant: String },
    /// `Employees must not …`: the sentence as written, the statements it says (one for each
    /// action), and the words the language has none for, left out of them.
    Sentence {
        written: String,
        statements: Vec<String>,
        left_out: Option<String>,
        exception: bool,
    },
    /// `2 hours`.
    SpelledDuration { written: &'s str, duration: String },
    /// `in breaks`, `via company-devices`.
    Preposition { written: String, meant: String },
    /// `allow the employees`.
    Article {
        article: &'s str,
        written: String,
        meant: String,
    },
    /// `owner hr customer-service`: terms of one list without a comma between them.
    TermsWithoutComma { written: String, meant: String },
    /// `hr department`, `pr team`: a word for a unit after the term that names it.
    UnitWord { unit: &'s str, term: &'s str },
    /// `access to photos`: `to` between an action and its object; `post to facebook`, where the
    /// object is a platform, which is named with `on` (`platform`).
    ToBeforeObject {
        written: String,
        meant: String,
        platform: bool,
    },
    /// `facebook, instagram or tiktok` (or `oder`): the word as written.
    OrInList { or: &'s str },
    /// `with approval` without `by …`.
    ApprovalWithoutBy { written: &'s str },
    /// `forbid … with approval` without `by`: after a `forbid`, the approval that lets one do
    /// it is `without approval by …`; `with approval` written as it is would forbid what was
    /// approved. The words as written.
    ForbidWithApproval { written: &'s str },
    /// `approval` without `with` or `without`.
    ApprovalAlone,
    /// `goal Be helpful`.
    UnquotedText { written: &'s str, quoted: String },
    /// `.`, `;`, `:` or `!` where the language takes none.
    StrayPunctuation { mark: &'s str },
    /// `;` between the terms of a list.
    SemicolonInList,
    /// A bullet or a number before a statement (`- forbid …`, `1. forbid …`), as written.
    Bullet { mark: &'s str },
    /// `//` where a comment starts with `#`.
    SlashComment,
    /// Lines ended with a carriage return alone (as old Mac programs saved text), which is no
    /// line break (SPEC §1): a comment runs on over the lines after it.
    CarriageReturnLines,
    /// The same qualifier twice in a statement, on one line: both lists joined.
    JoinedQualifier { written: String, meant: String },
    /// The same qualifier twice, the second with terms of another qualifier the statement does
    /// not have (`on facebook on work-hours`): that qualifier's keyword for the second.
    OtherQualifier { written: String, meant: String },
    /// A remark in parentheses.
    Parenthesis,
    /// `channel twitter, instagram`: a channel has one platform.
    ChannelPlatforms,
    /// `hr and sales and it`: `and` before another item than the last.
    SecondAnd { written: String, meant: String },
    /// `hr/it`: a slash between the items of a list.
    SlashInList { written: String, meant: String },
    /// `marketing & sales`: `&` between the items of a list; the list as written and with `and`.
    AmpersandInList { written: String, meant: String },
    /// An abbreviation in a statement (`z.B. linkedin`, `trade-secrets etc.`, `facebook bzw.
    /// linkedin`), as written; what it says; the kind of term the list it stands in takes; the
    /// statement with the abbreviation and what follows it as a comment, when that parses.
    Abbreviation {
        written: &'s str,
        says: Abbreviated,
        kind: TermKind,
        statement: Option<String>,
    },
    /// `owner hr, sales,`: a comma after the last item.
    TrailingComma,
    /// `because }`: a keyword that takes a text, with none after it.
    TextAfter { keyword: &'static str },
    /// `guideline "X"` with no `{` after it.
    MissingOpenBrace { written: String, meant: String },
    /// `channel "Twitter"`: the account name where the platform goes; the header with the
    /// platform, when the name is one (`channel twitter "Twitter"`).
    ChannelName {
        written: String,
        meant: Option<String>,
    },
    /// `to like and share press-releases`: two actions in one statement, whose statement can be
    /// read to its end: one statement for each action, in full.
    EachAction { statements: Vec<String> },
    /// `during work-hours except breaks`: an exception to a time. The statement without it and
    /// the exception as a statement of its own, when they can be built from the line.
    TimeException {
        statements: Option<(String, String)>,
    },
    /// `on private devices`: a term written apart after the keyword of another qualifier's
    /// list. The keyword and the words as written, the term, and its qualifier's keyword.
    SpacedTermElsewhere {
        written: String,
        term: String,
        qualifier: &'static str,
    },
    /// `research results`, `written warning`: two words where a term goes, which joined are no
    /// term either. The words as written, joined with a hyphen, and the kind of term the
    /// position takes.
    UnknownJoinedTerm {
        written: String,
        joined: String,
        kind: TermKind,
    },
    /// `at all times`, `zu jeder Zeit`: what a statement without `during` says; left out.
    AllTimes { written: String },
    /// `rule "b" {` (or another clause of the guideline) inside a `rule` or `channel` block:
    /// the block before it was not closed. The keyword found, and the block's.
    UnclosedBlock {
        found: &'static str,
        block: &'static str,
    },
    /// `about company-news except marketing and pr`: people excepted after the objects; the
    /// statement as written, and with the exception after whom it is for.
    PeopleException { written: String, meant: String },
    /// `on any-platform except linkedin`: an exception to a list of platforms, which has none.
    /// The list with its exception as written, and the list of the platforms meant (`on
    /// facebook, instagram and xing`); for `any-platform`, the platforms are `examples`.
    PlatformException {
        written: String,
        meant: String,
        examples: bool,
    },
    /// `about company-topics except press-releases`: an exception to a list of topics, means or
    /// monitor targets, which has none. The exception as written (`except press-releases`); the
    /// statement without it and the exception as a statement of its own, when they can be built.
    ListException {
        category: Category,
        except: String,
        statements: Option<(String, String)>,
    },
    /// `during work-hours except lunch`, `about company-topics except gossip`: an exception to a
    /// time, topics or means that is a statement of its own, but names a `word` the list does
    /// not know. The statement `without` the exception; the list's terms when it has a `few`,
    /// else those spelled close to the word (maybe none).
    UnknownException {
        category: Category,
        word: String,
        without: String,
        known: Vec<String>,
        few: bool,
    },
    /// `to comment, share`: two actions in one statement.
    SecondAction {
        action: &'s str,
        /// The statement up to its `to`, as written on the line (`allow employees to`), or a
        /// stand-in when it does not start there.
        head: &'s str,
    },
    /// A German keyword read as a term just before the error (`allow nur pr`).
    GermanKeywordBefore {
        german: &'s str,
        keyword: &'static str,
    },
    /// The unexpected word is a keyword mistyped, or in German.
    Keyword { meant: &'static str, how: Meant<'s> },
    /// A German word for a term in a gender form (`Mitarbeiter*innen`, `Kolleg:innen`): the
    /// form as written, the term, and the same word with a capital I (`MitarbeiterInnen`),
    /// which the language reads as one word and an alias can keep.
    GenderedWord {
        written: &'s str,
        term: &'static str,
        joined: String,
    },
    /// A sentence where a statement goes that no reader of sentences could turn into
    /// statements (`Staff must always be polite online.`).
    UnreadSentence,
    /// A statement without its keyword (`employees to post about politics`): the statement
    /// as written.
    KeywordFirst { written: String },
    /// A condition in a statement (`…, if they disclose affiliation`): the clause as written,
    /// the qualifier that says it when one does (`when they are on duty`: `during work-hours`),
    /// and whether the statement bans or requires (left out, the condition would widen it).
    Condition {
        written: String,
        meant: Option<String>,
        bans: bool,
    },
    /// A possessive (`the company's trade secrets`, `employees' private accounts`, `customers'
    /// data`): as written, and the term that says it; `own` when that is a term of the
    /// organisation's own to add to the vocabulary (`competitors' products`:
    /// `competitors-products`).
    Possessive {
        written: String,
        meant: String,
        own: bool,
    },
    /// The organisation named before a term as its owner, without an apostrophe (`the company
    /// trade secrets`): as written, and the term.
    OwnModifier { written: String, meant: String },
    /// `only` after another keyword than `allow` (`forbid only interns to …`): the keyword.
    OnlyAfter { keyword: String },
    /// `allow … only during breaks`, `… only using private-devices`: allowed then (or so) and
    /// forbidden otherwise, two statements. As written, the ban, and the permission.
    OnlyPair {
        written: String,
        forbid: String,
        allow: String,
    },
    /// `because` or `consequence` among a guideline's clauses, outside any rule block.
    RuleClauseOutside { keyword: &'s str },
    /// A second text in quotes after a clause that takes one (`goal "Be open" "Be helpful"`):
    /// the clause's keyword, and whether the clause may be repeated.
    SecondText {
        keyword: &'static str,
        repeatable: bool,
    },
}

/// The advice for `error`, if the words around it tell what was meant: the most specific
/// finder that recognises them wins.
pub(super) fn advice<'s>(
    error: &'s SyntaxError,
    source: &'s str,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    if comment_runs_over_carriage_returns(error, source) {
        return Some(Advice::CarriageReturnLines);
    }
    if let Some(advice) = gendered_word(error, source, vocab) {
        return Some(advice);
    }
    if let Some(advice) = joined_qualifier(error, source, vocab) {
        return Some(advice);
    }
    if let Some(advice) = unclosed_block(error) {
        return Some(advice);
    }
    if let Some(written) = LinePieces::of(error, source).and_then(|line| all_times(&line)) {
        return Some(Advice::AllTimes { written });
    }
    if let Some(advice) = possessive(error, source, vocab) {
        return Some(advice);
    }
    // `facebook and/or tiktok`: a list is joined with `and`.
    if matches!(&error.kind, SyntaxErrorKind::Expected { found: Found::Token(t), .. } if t.starts_with('/'))
        && source[..error.span.start]
            .get(error.span.start.saturating_sub(3)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("and"))
        && source[error.span.start + 1..]
            .get(..2)
            .is_some_and(|w| w.eq_ignore_ascii_case("or"))
    {
        return Some(Advice::OrInList { or: "and/or" });
    }
    let line = LinePieces::of(error, source);
    let odd = match &error.kind {
        SyntaxErrorKind::Expected {
            found: Found::Token(token),
            ..
        } => OddCharacter::starting(token),
        SyntaxErrorKind::UnclosedString {
            opening: Some(opening),
        } => typographic_close(source, *opening).map(OddCharacter::closing),
        _ => None,
    };
    if let Some(odd) = odd {
        let at = error.span.start;
        let first_on_line = source[..at]
            .rsplit('\n')
            .next()
            .is_some_and(|before| before.trim().is_empty());
        if let Some(mark) = bullet(&source[at..]).filter(|_| first_on_line) {
            return Some(Advice::Bullet { mark });
        }
        return Some(Advice::Odd(odd));
    }
    if let Some(advice) = line.as_ref().and_then(|line| channel_name(line, vocab)) {
        return Some(advice);
    }
    if let Some(advice) = list_mistake(error, source, line.as_ref(), vocab) {
        return Some(advice);
    }
    if let Some(advice) = abbreviation(error, source) {
        return Some(advice);
    }
    let on_line = line.as_ref().and_then(|line| {
        let at_term = after_or_at_term(error);
        // A German sentence is read as a whole first: its words would otherwise meet the
        // finders of single habits (`Ohne Freigabe der Pressestelle darf niemand …` is no
        // approval written as a condition alone).
        let german = german_sentence(error, line, vocab).map(
            |(written, statements, left_out, exception)| Advice::Sentence {
                written,
                statements,
                left_out,
                exception,
            },
        );
        if german.is_some() {
            return german;
        }
        // `purpose customer service`: the purpose is the last word (`customer-service` is the
        // department).
        if let Some((written, meant)) = purpose_in_words(line, source, vocab) {
            return Some(Advice::MissingKeyword { written, meant });
        }
        // `in their free time`, `at work`, `nach Feierabend`: a time said in words.
        if let Some((written, meant)) = time_phrase(line, vocab) {
            return Some(Advice::Preposition { written, meant });
        }
        let prose = prose_statement(error, line, vocab);
        spaced_term(line, source, vocab)
            // Where a text in quotes is expected, only a name written apart is one
            // (`channel linked in "…"`), not words of a sentence (`because Customer data …`).
            .filter(|(_, term)| at_term || !term.contains('-'))
            // A sentence that starts with a term written apart (`Customer data must never be
            // shared.`) gets its statement, which joins the term too.
            .filter(|_| prose.is_none())
            .map(|(written, term)| (with_all_before(line, source, vocab, written, &term), term))
            .map(
                |(written, term)| match other_qualifier(line, source, vocab, written, &term) {
                    Some((written, qualifier)) => Advice::SpacedTermElsewhere {
                        written,
                        term,
                        qualifier,
                    },
                    None => Advice::SpacedTerm { written, term },
                },
            )
            .or_else(|| {
                // `only with approval by pr`: the approval qualifier says the `only`.
                line.word(0)
                    .is_some_and(|w| {
                        w.eq_ignore_ascii_case("only") || w.eq_ignore_ascii_case("nur")
                    })
                    .then(|| approval_condition(line, source, vocab))
                    .flatten()
                    .map(|(written, meant)| Advice::ApprovalCondition { written, meant })
            })
            .or_else(|| only_elsewhere(line))
            .or_else(|| except_time(line))
            .or_else(|| misplaced_only(line).then_some(Advice::MisplacedOnly))
            .or_else(|| {
                statement_outside_rule(error, line)
                    .map(|keyword| Advice::StatementOutsideRule { keyword })
            })
            .or_else(|| {
                rule_clause_outside(error, line)
                    .map(|keyword| Advice::RuleClauseOutside { keyword })
            })
            .or_else(|| {
                time_exception(line, source, vocab).map(|exception| match exception {
                    Some(Exception::Built(without, exception)) => Advice::TimeException {
                        statements: Some((without, exception)),
                    },
                    Some(Exception::Unknown(unknown)) => unknown,
                    None => Advice::TimeException { statements: None },
                })
            })
            .or_else(|| list_exception(line, source, vocab))
            .or_else(|| {
                block_exception(line)
                    .map(|(written, meant)| Advice::BlockException { written, meant })
            })
            .or_else(|| {
                approval_condition(line, source, vocab)
                    .map(|(written, meant)| Advice::ApprovalCondition { written, meant })
            })
            .or_else(|| {
                missing_keyword(error, line, vocab)
                    .map(|(written, meant)| Advice::MissingKeyword { written, meant })
            })
            .or_else(|| {
                keyword_first(error, line, vocab).map(|written| Advice::KeywordFirst { written })
            })
            .or_else(|| {
                prose.clone().and_then(|(written, statement)| {
                    // An example or "and so on" after an abbreviation is left out and named.
                    let (statement, example) = without_example(&statement);
                    let Tidied {
                        statements,
                        mut left_out,
                        exception,
                    } = tidied(statement, vocab);
                    // A ban, a duty or an `allow only` (which bans it to everyone else) says no
                    // more than the sentence: words that may have narrowed it are not left out
                    // (`Do not post photos of colleagues` is no ban of all photos).
                    let bans = statements.first().is_some_and(|s| {
                        s.starts_with("forbid ")
                            || s.starts_with("require ")
                            || s.starts_with("allow only ")
                    });
                    if bans && left_out.is_some() {
                        return None;
                    }
                    // A suggestion is a statement: one that does not read (a possessive,
                    // `competitors' products`; punctuation in the sentence) is none.
                    if !statements.iter().all(|s| statement_reads(s)) {
                        return None;
                    }
                    if let Some(example) = example {
                        left_out = Some(match left_out {
                            Some(words) => [words.as_str(), " ", example].concat(),
                            None => example.to_owned(),
                        });
                    }
                    Some(Advice::Sentence {
                        written,
                        statements,
                        left_out,
                        exception,
                    })
                })
            })
            .or_else(|| {
                spelled_duration(error, source, line)
                    .map(|(written, duration)| Advice::SpelledDuration { written, duration })
            })
            .or_else(|| {
                preposition(error, line, vocab)
                    .map(|(written, meant)| Advice::Preposition { written, meant })
            })
            .or_else(|| {
                article(line)
                    .filter(|_| at_term)
                    .map(|(article, written, meant)| Advice::Article {
                        article,
                        written,
                        meant,
                    })
            })
            .or_else(|| {
                terms_without_comma(error, line, vocab)
                    .map(|(written, meant)| Advice::TermsWithoutComma { written, meant })
            })
            .or_else(|| unit_word(line, vocab).map(|(unit, term)| Advice::UnitWord { unit, term }))
            .or_else(|| {
                to_before_object(line, vocab).map(|(written, meant, platform)| {
                    Advice::ToBeforeObject {
                        written,
                        meant,
                        platform,
                    }
                })
            })
            .or_else(|| {
                or_in_list(error, line).then(|| Advice::OrInList {
                    or: line.word(0).unwrap_or("or"),
                })
            })
    });
    on_line
        .or_else(|| match approval(error, source, line.as_ref()) {
            Some(Approval::WithoutBy(written))
                if written
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case("with "))
                    && statement_forbids(source, error.span.start) == Some(true) =>
            {
                Some(Advice::ForbidWithApproval { written })
            }
            Some(Approval::WithoutBy(written)) => Some(Advice::ApprovalWithoutBy { written }),
            Some(Approval::Alone) => Some(Advice::ApprovalAlone),
            None => None,
        })
        .or_else(|| second_platform(error, source, vocab).then_some(Advice::ChannelPlatforms))
        .or_else(|| second_text(error, source))
        .or_else(|| {
            unquoted_text(error, source)
                .map(|(written, quoted)| Advice::UnquotedText { written, quoted })
        })
        .or_else(|| text_after(error, source).map(|keyword| Advice::TextAfter { keyword }))
        .or_else(|| punctuation(error, source))
        .or_else(|| stray_punctuation(error).map(|mark| Advice::StrayPunctuation { mark }))
        .or_else(|| second_action(error, source, vocab))
        .or_else(|| {
            line.as_ref()
                .and_then(german_keyword_before)
                .map(|(german, keyword)| Advice::GermanKeywordBefore { german, keyword })
        })
        .or_else(|| keyword_meant(error).map(|(meant, how)| Advice::Keyword { meant, how }))
        .or_else(|| {
            line.as_ref()
                .and_then(|line| condition(line, vocab))
                .map(|(written, meant, bans)| Advice::Condition {
                    written,
                    meant,
                    bans,
                })
        })
        .or_else(|| {
            line.as_ref()
                .and_then(|line| unknown_joined_term(error, line, source, vocab))
        })
        .or_else(|| {
            line.as_ref()
                .is_some_and(|line| unread_sentence(error, line))
                .then_some(Advice::UnreadSentence)
        })
}

/// A statement without its keyword where one goes (`employees to post about politics`,
/// `pr and marketing to speak-for-company`): who, then `to` and a word after it; the words
/// from who on, up to the end of the line or a `}` or `#` on it.
fn keyword_first(error: &SyntaxError, line: &LinePieces, vocab: &Vocabulary) -> Option<String> {
    if !at_statement(error) || !line.starts_item() {
        return None;
    }
    let words = line.code_from(line.found);
    let to = words.iter().position(|w| w.eq_ignore_ascii_case("to"))?;
    // Who comes first (`except to …` is no audience).
    let first_is_who = words
        .first()
        .is_some_and(|w| vocab.knows(Category::Audience, w.trim_end_matches(',')));
    let who_only = first_is_who
        && words[..to].iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.eq_ignore_ascii_case("and")
                || w.eq_ignore_ascii_case("except")
                || vocab.knows(Category::Audience, w)
        });
    (to > 0 && to + 1 < words.len() && who_only && is_word(words[to + 1])).then(|| words.join(" "))
}

/// Whether the line from the unexpected word on is a sentence where a statement goes: at
/// least four words from the start of the line (or right after a `{`), the first no keyword,
/// that end with a full stop or hold a modal verb (`must`, `may`, `dürfen`, …).
fn unread_sentence(error: &SyntaxError, line: &LinePieces) -> bool {
    const VERBS: &[&str] = &[
        "must",
        "may",
        "should",
        "shall",
        "can",
        "cannot",
        "mustn't",
        "shouldn't",
        "can't",
        "don't",
        "never",
        "please",
        "will",
        "darf",
        "dürfen",
        "muss",
        "müssen",
        "soll",
        "sollen",
        "sollte",
        "sollten",
        "kann",
        "können",
        "bitte",
        "wird",
        "werden",
        "ist",
        "sind",
    ];
    let words = line.code_from(line.found);
    let Some(first) = words.first() else {
        return false;
    };
    at_statement(error)
        && line.starts_item()
        && words.len() >= 4
        && first.starts_with(char::is_alphabetic)
        // A keyword that starts a statement or rule item is no sentence's first word; others
        // may be (`Only PR may speak …`, `For questions …`).
        && !Expected::RuleItem.keywords().contains(
            &crate::semantics::vocab::lowercase(
                first.trim_end_matches(|c: char| !c.is_alphanumeric()),
            )
            .as_str(),
        )
        && (words.last().is_some_and(|w| w.ends_with(['.', '!']))
            || words.iter().any(|w| {
                let w = crate::semantics::vocab::lowercase(w);
                VERBS.contains(&w.trim_end_matches([',', '.']))
            }))
}

impl Advice<'_> {
    /// The help in `lang`.
    pub(super) fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::De => self.german(),
        }
    }

    fn english(&self) -> String {
        match self {
            Advice::RunawayText { line } => format!(
                "a text in quotes ends at the next `\"`: if the text that starts on line {line} \
                 should end there, close it with `\"` on that line"
            ),
            Advice::Odd(odd) => odd.english_help(),
            Advice::SpacedTerm { written, term } if !term.contains('-') => {
                format!("this name is written as one word: write `{term}` for `{written}`")
            }
            Advice::SpacedTerm { written, term } => format!(
                "a term of several words is written with hyphens: write `{term}` for `{written}`"
            ),
            Advice::MisplacedOnly => "`only` stands right after `allow` and limits who may do \
                                      something (`allow only pr to post`); to allow one \
                                      platform, name it without `only` (`allow employees to \
                                      access linkedin`)"
                .to_owned(),
            Advice::StatementOutsideRule { keyword } => format!(
                "a statement such as `{keyword} …` stands in a rule block: write `rule \"Name\" \
                 {{` on the line before it and `}}` after it"
            ),
            Advice::BlockException { written, meant } => format!(
                "a `block` names whom it is for, then the exceptions: write `{meant}` for \
                 `{written}`"
            ),
            Advice::ApprovalCondition { written, meant } => {
                let mut help = format!(
                    "an approval is a qualifier of the statement: write `{meant}` for `{written}`"
                );
                if let Some(who) = meant.strip_prefix("without approval by ") {
                    help.push_str(&format!(" (forbidden unless {who} approves)"));
                } else if !meant.contains(" by ") {
                    help.push_str(&format!(
                        ", then `by` and the department that approves, e.g. `{meant} by pr`"
                    ));
                }
                help
            }
            Advice::MissingKeyword { written, meant } => {
                format!("write `{meant}` for `{written}`")
            }
            Advice::Sentence {
                written,
                statements,
                left_out,
                exception,
            } => {
                let mut help = String::from(
                    "a statement starts with what it does (`allow`, `encourage`, `require`, \
                     `forbid`)",
                );
                if *exception {
                    help.push_str(", and an exception is a statement of its own");
                } else if statements.len() > 1 {
                    help.push_str(" and has one action");
                }
                help.extend([
                    ": write ",
                    &Lang::En.join_ticked(statements),
                    " for `",
                    written,
                    "`",
                ]);
                if let Some(words) = left_out {
                    help.extend([
                        " (the language has no words for `",
                        words,
                        "`: say it in the rule's `because`)",
                    ]);
                }
                help
            }
            Advice::SpelledDuration { written, duration } => format!(
                "a duration is a number with `min`, `h` or `d` right after it: write \
                 `{duration}` for `{written}`"
            ),
            Advice::Preposition { written, meant } => format!(
                "a statement names a time with `during`, a means with `using`, a platform with \
                 `on` and a topic with `about`: write `{meant}` for `{written}`"
            ),
            Advice::Article {
                article,
                written,
                meant,
            } => format!(
                "leave out `{article}`: terms stand without articles, write `{meant}` for \
                 `{written}`"
            ),
            Advice::OrInList { or } => format!(
                "a list is written with `,` and `and`, never with `or`: write `and` for `{or}`"
            ),
            Advice::ApprovalWithoutBy { written } => format!(
                "say who approves: write `by` and a department after `{written}`, e.g. \
                 `{written} by pr`"
            ),
            Advice::ForbidWithApproval { written } => format!(
                "say who approves, and after `forbid` write `without`: `without approval by pr` \
                 forbids it unless pr approves (`{written} by pr` would forbid what pr approved); \
                 e.g. write `without approval by pr` for `{written}`"
            ),
            Advice::ApprovalAlone => "an approval is a qualifier of a statement and names who \
                                      approves: `with approval by pr` (allowed with approval) or \
                                      `without approval by pr` (forbidden without it), e.g. \
                                      `forbid employees to post about product-plans without \
                                      approval by pr`"
                .to_owned(),
            Advice::UnquotedText { written, quoted } => {
                format!("write the text in double quotes: `{quoted}` for `{written}`")
            }
            Advice::StrayPunctuation { mark: ":" } => "leave out the `:`: what a clause names \
                                                       follows its keyword directly, as in \
                                                       `owner hr`"
                .to_owned(),
            Advice::StrayPunctuation { mark } => format!(
                "leave out the `{mark}`: statements and clauses end at the end of the line, \
                 without punctuation"
            ),
            Advice::EachAction { statements } => format!(
                "a statement has one action: write a statement for each, {}",
                Lang::En.join_ticked(statements)
            ),
            Advice::TimeException {
                statements: Some((without, exception)),
            } => format!(
                "an exception to a time is a statement of its own: write `{without}` and \
                 `{exception}`"
            ),
            Advice::AllTimes { written } => {
                format!("a statement without `during` holds at all times: leave out `{written}`")
            }
            Advice::UnknownJoinedTerm {
                written,
                joined,
                kind,
            } => {
                // The term of one's own first: a known term in its place would mostly say
                // more (`photos` for `photos of pupils`, a blind review), or something else.
                let keys = vocabulary_keys(*kind);
                if keys.is_empty() {
                    return format!(
                        "a term of several words is written with hyphens, and `{joined}` is not \
                         one guidelint knows: for `{written}` use {}",
                        super::term_phrase(*kind, Lang::En)
                    );
                }
                [
                    "a term of several words is written with hyphens, and `",
                    joined,
                    "` is not one guidelint knows yet: write `",
                    joined,
                    "` for `",
                    written,
                    "` and add it to ",
                    &Lang::En.join_or(&keys.iter().map(|k| format!("`{k}:`")).collect::<Vec<_>>()),
                    " in the `vocabulary:` section of `.guidelint.yaml`; use ",
                    &super::term_phrase(*kind, Lang::En),
                    " only if it means the same",
                ]
                .concat()
            }
            Advice::SpacedTermElsewhere {
                written,
                term,
                qualifier,
            } => format!(
                "a term of several words is written with hyphens, and `{term}` is named with \
                 `{qualifier}`: write `{qualifier} {term}` for `{written}`"
            ),
            Advice::UnclosedBlock { found, block } => format!(
                "the `{block}` block before this `{found}` is not closed: write `}}` on the line \
                 before `{found}`"
            ),
            Advice::PlatformException {
                written,
                meant,
                examples: true,
            } => format!(
                "a list of platforms has no exceptions: instead of `{written}`, name only the \
                 platforms you mean, such as `{meant}`"
            ),
            Advice::PlatformException {
                written,
                meant,
                examples: false,
            } => format!("a list of platforms has no exceptions: write `{meant}` for `{written}`"),
            Advice::ListException {
                category,
                statements: Some((without, exception)),
                ..
            } => format!(
                "an exception to a list of {} is a statement of its own: write `{without}` and \
                 `{exception}`",
                english_plural(*category)
            ),
            Advice::ListException {
                category: Category::Content,
                except,
                statements: None,
            } => format!(
                "an exception to a list of topics is a statement of its own: leave out \
                 `{except}` and, where it is needed, write the exception as a second statement"
            ),
            Advice::ListException {
                category,
                except,
                statements: None,
            } => {
                let plural = english_plural(*category);
                format!(
                    "a list of {plural} has no exceptions: leave out `{except}` and name only the \
                     {plural} you mean"
                )
            }
            Advice::TimeException { statements: None } => "an exception to a time is a \
                                                           statement of its own: name the time \
                                                           with `during` and the exception in \
                                                           a second statement, e.g. `forbid \
                                                           employees to access any-platform \
                                                           during work-hours` and `allow \
                                                           employees to access any-platform \
                                                           during breaks`"
                .to_owned(),
            Advice::SecondAction { action, head } => format!(
                "a statement has one action: write a statement for each, e.g. `{head} {action} \
                 …` and another one for the next action"
            ),
            Advice::UnknownException {
                category,
                word,
                without,
                known,
                few,
            } => {
                let (list, one) = match category {
                    Category::Time => ("a time".to_owned(), "time"),
                    Category::Means => ("a list of means".to_owned(), "device, network or account"),
                    _ => (format!("a list of {}", english_plural(*category)), "topic"),
                };
                let known = match (few, known.is_empty()) {
                    (_, true) => String::new(),
                    (true, false) => format!(" (it knows {})", Lang::En.join_ticked(known)),
                    (false, false) => {
                        format!(" (did you mean {}?)", Lang::En.join_or_ticked(known))
                    }
                };
                format!(
                    "an exception to {list} is a statement of its own, but `{word}` is not a {one} \
                     guidelint knows{known}: write `{without}` and, where it is needed, the \
                     exception as a second statement with a {one} guidelint knows"
                )
            }
            Advice::SemicolonInList => "the terms of a list are separated by `,` (and the last \
                                        one by `and`): write `,` for `;`"
                .to_owned(),
            Advice::TermsWithoutComma { written, meant } => format!(
                "the terms of a list are separated by `,` (and the last one by `and`): write \
                 `{meant}` for `{written}`"
            ),
            Advice::ToBeforeObject {
                written,
                meant,
                platform: true,
            } => format!("a platform is named with `on`: write `{meant}` for `{written}`"),
            Advice::ToBeforeObject { written, meant, .. } => format!(
                "what an action applies to follows it directly: write `{meant}` for `{written}`"
            ),
            Advice::UnitWord { unit, term } => format!(
                "leave out `{unit}`: `{term}` already names it (write `{term}` for `{term} {unit}`)"
            ),
            Advice::Bullet { mark } => format!(
                "leave out `{mark}`: each statement stands on a line of its own, without a bullet \
                 or number"
            ),
            Advice::SlashComment => "a comment starts with `#`: write `#` for `//`".to_owned(),
            Advice::CarriageReturnLines => "the lines of this file end with a carriage return \
                                            alone (as old Mac programs saved text), which is no \
                                            line break here, so a comment (`#`) runs on over the \
                                            lines after it: save the file with ordinary line \
                                            ends (LF, or CR LF as Windows writes them)"
                .to_owned(),
            Advice::JoinedQualifier { written, meant } => format!(
                "a statement takes each qualifier once: join both lists, write `{meant}` for \
                 `{written}`"
            ),
            Advice::OtherQualifier { written, meant } => {
                format!("each qualifier names its own list: write `{meant}` for `{written}`")
            }
            Advice::Parenthesis => "a remark in parentheses is not part of the language: put it \
                                    in a comment after `#`, at the end of the line"
                .to_owned(),
            Advice::ChannelName {
                written,
                meant: Some(meant),
            } => format!(
                "a channel starts with its platform, then the account name in quotes: write \
                 `{meant}` for `{written}`"
            ),
            Advice::ChannelName { .. } => "a channel starts with its platform, then the account \
                                           name in quotes, as in `channel twitter \"@acme_help\"`"
                .to_owned(),
            Advice::SecondAnd { written, meant } => format!(
                "a list takes `and` only before its last item: write `{meant}` for `{written}`"
            ),
            Advice::SlashInList { written, meant } => format!(
                "separate the items of a list with `,` or `and`: write `{meant}` for `{written}`"
            ),
            Advice::AmpersandInList { written, meant } => format!(
                "a list is written with `,` and `and`, not with `&`: write `{meant}` for \
                 `{written}`"
            ),
            Advice::Abbreviation {
                written,
                says: Abbreviated::Or,
                ..
            } => format!(
                "`{written}` cannot stand in a statement: a list is written with `,` and `and`, \
                 write `and` for `{written}`"
            ),
            Advice::Abbreviation {
                written,
                says: Abbreviated::Including,
                ..
            } => format!(
                "`{written}` (including) cannot stand in a statement: a list is written with `,` \
                 and `and`, write `and` for `{written}`"
            ),
            // No statement with the remark as a comment is offered: pasted, it would hold
            // without the condition the remark names (`… # ggf. mit Freigabe`).
            Advice::Abbreviation {
                written,
                says: Abbreviated::Maybe,
                ..
            } => format!(
                "`{written}` (if need be) cannot stand in a statement: a statement holds exactly \
                 as written, so say when it holds with a qualifier such as `during` or `without \
                 approval by`, or put the remark in a comment after `#`, at the end of the line"
            ),
            Advice::Abbreviation {
                written,
                says,
                kind,
                statement,
            } => {
                let terms = plural_terms(*kind, Lang::En);
                let (why, name, remark) = match says {
                    Abbreviated::Example => (
                        " (for example)",
                        format!("name the {terms} the rule is about"),
                        "the example",
                    ),
                    _ => (
                        "",
                        format!(
                            "a list has no \"and so on\", so name every one of the {terms} the \
                             rule is about"
                        ),
                        "the remark",
                    ),
                };
                let comment = match statement {
                    Some(statement) => format!("as in `{statement}`"),
                    None => "at the end of the line".to_owned(),
                };
                format!(
                    "`{written}`{why} cannot stand in a statement: {name}, or put {remark} in a \
                     comment after `#`, {comment}"
                )
            }
            Advice::TrailingComma => "remove the `,` after the last item of the list".to_owned(),
            Advice::TextAfter { keyword: "because" } => {
                "`because` needs the reason in double quotes after it: what the rule protects \
                  or prevents, in one sentence"
                    .to_owned()
            }
            Advice::TextAfter { keyword: "goal" } => "`goal` needs its text in double quotes \
                                                      after it, e.g. `goal \"Be a helpful voice \
                                                      in conversations about our products\"`"
                .to_owned(),
            Advice::TextAfter { keyword } => format!(
                "`{keyword}` needs its text in double quotes after it, e.g. `contact \
                 \"social-media@acme.example\"`"
            ),
            Advice::MissingOpenBrace { written, meant } => {
                format!("a block opens with `{{` after its name: write `{meant}` for `{written}`")
            }
            Advice::ChannelPlatforms => "a channel names only one platform: write a `channel` \
                                         block for each"
                .to_owned(),
            Advice::GermanKeywordBefore {
                german: word,
                keyword: meant,
            }
            | Advice::Keyword {
                meant,
                how: Meant::German(word),
            } => format!("the keywords of the language are English: write `{meant}` for `{word}`"),
            Advice::Keyword {
                meant,
                how: Meant::Typo,
            } => format!("did you mean `{meant}`?"),
            Advice::KeywordFirst { written } => format!(
                "a statement names what it does first: write `allow`, `encourage`, `require` \
                 or `forbid` before `{written}`"
            ),
            Advice::Possessive {
                written,
                meant,
                own,
            } => {
                let mut help =
                    format!("the language has no possessive `'s`: write `{meant}` for `{written}`");
                if *own {
                    help.push_str(
                        " and add it to `contents:` in the `vocabulary:` section of \
                         `.guidelint.yaml`",
                    );
                }
                help
            }
            Advice::OnlyAfter { keyword } => format!(
                "`only` stands only after `allow` (`allow only pr to post`); a `{keyword}` names \
                 whom it is for without it: write `{keyword}` for `{keyword} only`"
            ),
            Advice::OnlyPair {
                written,
                forbid,
                allow,
            } => format!(
                "`{written}` allows it then and forbids it otherwise, which is two statements: \
                 write `{forbid}` and `{allow}`"
            ),
            Advice::PeopleException { written, meant } => format!(
                "an exception of people follows whom the statement is for: write `{meant}` for \
                 `{written}`"
            ),
            Advice::OwnModifier { written, meant } => format!(
                "a term means the organisation's own already: write `{meant}` for `{written}`"
            ),
            Advice::RuleClauseOutside { keyword } => format!(
                "`{keyword}` belongs to a rule: write it inside the rule block, before the `}}` \
                 that closes it"
            ),
            Advice::SecondText {
                keyword,
                repeatable: true,
            } => format!(
                "`{keyword}` takes one text in quotes: for a second one, write `{keyword}` again \
                 before it, best on a line of its own"
            ),
            Advice::SecondText {
                keyword,
                repeatable: false,
            } => format!("`{keyword}` takes one text in quotes, once: join the two texts into one"),
            Advice::Condition {
                written,
                meant: Some(meant),
                ..
            } => format!(
                "a statement cannot say `if` or `when`, but a qualifier says this condition: \
                 write `{meant}` for `{written}`"
            ),
            Advice::Condition {
                written,
                meant: None,
                bans: true,
            } => format!(
                "a statement cannot say when it applies, and without `{written}` the rule would \
                 hold always: name what it is about with a term of your own (add it under \
                 `contents:` in the `vocabulary:` section of `.guidelint.yaml`), and give the \
                 condition in the rule's `because`"
            ),
            Advice::Condition {
                written,
                meant: None,
                bans: false,
            } => format!(
                "a statement cannot say when it applies: write it without `{written}` (the \
                 permission then holds always), and say that part in a statement of its own or \
                 in the rule's `because`"
            ),
            // No statement ready to paste as an example: one would say more than the
            // sentence (`forbid employees to post photos` for `Do not post photos of
            // colleagues.`, a blind review).
            Advice::UnreadSentence => "guidelint cannot read this sentence as a statement: \
                                       write what the rule allows, encourages, requires or \
                                       forbids as statements (`forbid WHO to ACTION …`), name \
                                       what the language has no word for with a term of your \
                                       own (e.g. `photos-of-colleagues`, added under \
                                       `contents:` in the `vocabulary:` section of \
                                       `.guidelint.yaml`), and keep the sentence as the reason \
                                       in the rule's `because \"…\"`"
                .to_owned(),
            Advice::GenderedWord {
                written,
                term,
                joined,
            } => format!(
                "`{written}` is German, and the terms of the language are English: write \
                 `{term}` for `{written}`, or keep the German word as `{joined}` with the line \
                 `{}: {term}` under `aliases:` in the `vocabulary:` section of `.guidelint.yaml`",
                crate::semantics::vocab::lowercase(joined)
            ),
        }
    }

    fn german(&self) -> String {
        match self {
            Advice::RunawayText { line } => format!(
                "Ein Text in Anführungszeichen endet erst beim nächsten `\"`: Soll der Text, der \
                 in Zeile {line} beginnt, dort enden, schließen Sie ihn in dieser Zeile mit `\"`"
            ),
            Advice::Odd(odd) => odd.german_help(),
            Advice::SpacedTerm { written, term } if !term.contains('-') => format!(
                "Dieser Name wird in einem Wort geschrieben: Schreiben Sie `{term}` statt \
                 `{written}`"
            ),
            Advice::SpacedTerm { written, term } => format!(
                "Ein Begriff aus mehreren Wörtern wird mit Bindestrichen geschrieben: Schreiben \
                 Sie `{term}` statt `{written}`"
            ),
            Advice::MisplacedOnly => {
                "Das Wort `only` steht direkt nach `allow` und beschränkt, wer etwas \
                                      darf (`allow only pr to post`); um eine Plattform zu \
                                      erlauben, nennen Sie sie ohne `only` (`allow employees to \
                                      access linkedin`)"
                    .to_owned()
            }
            Advice::StatementOutsideRule { keyword } => format!(
                "Eine Anweisung wie `{keyword} …` steht in einem Regelblock: Schreiben Sie \
                 `rule \"Name\" {{` in die Zeile davor und `}}` danach"
            ),
            Advice::BlockException { written, meant } => format!(
                "Ein `block` nennt erst, für wen er gilt, dann die Ausnahmen: Schreiben Sie \
                 `{meant}` statt `{written}`"
            ),
            Advice::ApprovalCondition { written, meant } => {
                let mut help = format!(
                    "Eine Freigabe ist ein Zusatz der Anweisung: Schreiben Sie `{meant}` statt \
                     `{written}`"
                );
                if let Some(who) = meant.strip_prefix("without approval by ") {
                    help.push_str(&format!(" (verboten, solange {who} es nicht freigibt)"));
                } else if !meant.contains(" by ") {
                    help.push_str(&format!(
                        ", dann `by` und die Abteilung, die freigibt, zum Beispiel `{meant} by pr`"
                    ));
                }
                help
            }
            Advice::MissingKeyword { written, meant } => {
                format!("Schreiben Sie `{meant}` statt `{written}`")
            }
            Advice::Sentence {
                written,
                statements,
                left_out,
                exception,
            } => {
                let mut help = String::from(
                    "Eine Anweisung beginnt mit dem, was sie tut (`allow`, `encourage`, \
                     `require`, `forbid`)",
                );
                if *exception {
                    help.push_str(", und eine Ausnahme ist eine eigene Anweisung");
                } else if statements.len() > 1 {
                    help.push_str(", und hat nur eine Aktion");
                }
                help.extend([
                    ": Schreiben Sie ",
                    &Lang::De.join_ticked(statements),
                    " statt `",
                    written,
                    "`",
                ]);
                if let Some(words) = left_out {
                    help.extend([
                        " (für `",
                        words,
                        "` hat die Sprache keine Wörter: Sagen Sie es im `because` der Regel)",
                    ]);
                }
                help
            }
            Advice::SpelledDuration { written, duration } => format!(
                "Eine Dauer ist eine Zahl mit `min`, `h` oder `d` direkt dahinter: Schreiben Sie \
                 `{duration}` statt `{written}`"
            ),
            Advice::Preposition { written, meant } => format!(
                "Eine Anweisung nennt einen Zeitraum mit `during`, ein Mittel mit `using`, eine \
                 Plattform mit `on` und ein Thema mit `about`: Schreiben Sie `{meant}` statt \
                 `{written}`"
            ),
            Advice::Article {
                article,
                written,
                meant,
            } => format!(
                "Lassen Sie `{article}` weg: Begriffe stehen ohne Artikel, schreiben Sie \
                 `{meant}` statt `{written}`"
            ),
            Advice::OrInList { or } => format!(
                "Eine Liste wird mit `,` und `and` geschrieben, nie mit `or`: Schreiben Sie \
                 `and` statt `{or}`"
            ),
            Advice::ApprovalWithoutBy { written } => format!(
                "Nennen Sie, wer freigibt: Schreiben Sie nach `{written}` ein `by` und eine \
                 Abteilung, zum Beispiel `{written} by pr`"
            ),
            Advice::ForbidWithApproval { written } => format!(
                "Nennen Sie, wer freigibt, und schreiben Sie nach `forbid` `without`: `without \
                 approval by pr` verbietet es, solange pr es nicht freigibt (`{written} by pr` \
                 würde verbieten, was pr freigegeben hat); Schreiben Sie zum Beispiel `without \
                 approval by pr` statt `{written}`"
            ),
            Advice::ApprovalAlone => "Eine Freigabe ist ein Zusatz einer Anweisung und nennt, \
                                      wer freigibt: `with approval by pr` (mit Freigabe erlaubt) \
                                      oder `without approval by pr` (ohne Freigabe verboten), \
                                      zum Beispiel `forbid employees to post about \
                                      product-plans without approval by pr`"
                .to_owned(),
            Advice::UnquotedText { written, quoted } => format!(
                "Schreiben Sie den Text in doppelten Anführungszeichen: `{quoted}` statt \
                 `{written}`"
            ),
            Advice::StrayPunctuation { mark: ":" } => "Lassen Sie `:` weg: Was eine Angabe \
                                                       nennt, folgt direkt auf ihr \
                                                       Schlüsselwort, wie in `owner hr`"
                .to_owned(),
            Advice::StrayPunctuation { mark } => format!(
                "Lassen Sie `{mark}` weg: Anweisungen und Angaben enden am Zeilenende, ohne \
                 Satzzeichen"
            ),
            Advice::EachAction { statements } => format!(
                "Eine Anweisung hat nur eine Aktion: Schreiben Sie für jede Aktion eine eigene \
                 Anweisung, {}",
                Lang::De.join_ticked(statements)
            ),
            Advice::TimeException {
                statements: Some((without, exception)),
            } => format!(
                "Eine Ausnahme von einem Zeitraum ist eine eigene Anweisung: Schreiben Sie \
                 `{without}` und `{exception}`"
            ),
            Advice::AllTimes { written } => {
                format!("Eine Anweisung ohne `during` gilt jederzeit: Lassen Sie `{written}` weg")
            }
            Advice::UnknownJoinedTerm {
                written,
                joined,
                kind,
            } => {
                let keys = vocabulary_keys(*kind);
                if keys.is_empty() {
                    return format!(
                        "Ein Begriff aus mehreren Wörtern wird mit Bindestrichen geschrieben, und \
                         `{joined}` kennt guidelint nicht: Nehmen Sie für `{written}` {}",
                        super::term_phrase(*kind, Lang::De)
                    );
                }
                [
                    "Ein Begriff aus mehreren Wörtern wird mit Bindestrichen geschrieben, und `",
                    joined,
                    "` kennt guidelint noch nicht: Schreiben Sie `",
                    joined,
                    "` statt `",
                    written,
                    "` und tragen Sie den Begriff unter ",
                    &Lang::De.join_or(&keys.iter().map(|k| format!("`{k}:`")).collect::<Vec<_>>()),
                    " im Abschnitt `vocabulary:` der `.guidelint.yaml` ein; nehmen Sie ",
                    &super::term_phrase(*kind, Lang::De),
                    " nur, wenn damit dasselbe gemeint ist",
                ]
                .concat()
            }
            Advice::SpacedTermElsewhere {
                written,
                term,
                qualifier,
            } => format!(
                "Ein Begriff aus mehreren Wörtern wird mit Bindestrichen geschrieben, und \
                 `{term}` wird mit `{qualifier}` genannt: Schreiben Sie `{qualifier} {term}` \
                 statt `{written}`"
            ),
            Advice::UnclosedBlock { found, block } => format!(
                "Der `{block}`-Block vor diesem `{found}` ist nicht geschlossen: Schreiben Sie \
                 `}}` in die Zeile vor `{found}`"
            ),
            Advice::PlatformException {
                written,
                meant,
                examples: true,
            } => format!(
                "Eine Liste von Plattformen hat keine Ausnahmen: Nennen Sie statt `{written}` nur \
                 die gemeinten Plattformen, zum Beispiel `{meant}`"
            ),
            Advice::PlatformException {
                written,
                meant,
                examples: false,
            } => format!(
                "Eine Liste von Plattformen hat keine Ausnahmen: Schreiben Sie `{meant}` statt \
                 `{written}`"
            ),
            Advice::ListException {
                category,
                statements: Some((without, exception)),
                ..
            } => format!(
                "Eine Ausnahme von einer Liste von {} ist eine eigene Anweisung: Schreiben Sie \
                 `{without}` und `{exception}`",
                german_plural(*category).1
            ),
            Advice::ListException {
                category: Category::Content,
                except,
                statements: None,
            } => format!(
                "Eine Ausnahme von einer Liste von Themen ist eine eigene Anweisung: Lassen Sie \
                 `{except}` weg und schreiben Sie die Ausnahme, wo sie nötig ist, als zweite \
                 Anweisung"
            ),
            Advice::ListException {
                category,
                except,
                statements: None,
            } => {
                let (plural, dative) = german_plural(*category);
                format!(
                    "Eine Liste von {dative} hat keine Ausnahmen: Lassen Sie `{except}` weg und \
                     nennen Sie nur die gemeinten {plural}"
                )
            }
            Advice::TimeException { statements: None } => "Eine Ausnahme von einem Zeitraum \
                                                           ist eine eigene Anweisung: Nennen \
                                                           Sie den Zeitraum mit `during` und \
                                                           die Ausnahme in einer zweiten \
                                                           Anweisung, zum Beispiel `forbid \
                                                           employees to access any-platform \
                                                           during work-hours` und `allow \
                                                           employees to access any-platform \
                                                           during breaks`"
                .to_owned(),
            Advice::SecondAction { action, head } => format!(
                "Eine Anweisung hat nur eine Aktion: Schreiben Sie für jede Aktion eine eigene \
                 Anweisung, zum Beispiel `{head} {action} …` und eine weitere für die nächste \
                 Aktion"
            ),
            Advice::UnknownException {
                category,
                word,
                without,
                known,
                few,
            } => {
                let (list, nominative, dative) = match category {
                    Category::Time => (
                        "einem Zeitraum".to_owned(),
                        "kein bekannter Zeitraum",
                        "einem bekannten Zeitraum",
                    ),
                    Category::Means => (
                        format!("einer Liste von {}", german_plural(*category).1),
                        "kein bekanntes Gerät, Netz oder Konto",
                        "einem bekannten Gerät, Netz oder Konto",
                    ),
                    _ => (
                        format!("einer Liste von {}", german_plural(*category).1),
                        "kein bekanntes Thema",
                        "einem bekannten Thema",
                    ),
                };
                let known = match (few, known.is_empty()) {
                    (_, true) => String::new(),
                    (true, false) => format!(" (bekannt sind {})", Lang::De.join_ticked(known)),
                    (false, false) => {
                        format!(" (meinten Sie {}?)", Lang::De.join_or_ticked(known))
                    }
                };
                format!(
                    "Eine Ausnahme von {list} ist eine eigene Anweisung, aber `{word}` ist \
                     {nominative}{known}: Schreiben Sie `{without}` und, wo nötig, die Ausnahme \
                     als zweite Anweisung mit {dative}"
                )
            }
            Advice::SemicolonInList => "Die Begriffe einer Liste werden mit `,` getrennt (der \
                                        letzte mit `and`): Schreiben Sie `,` statt `;`"
                .to_owned(),
            Advice::TermsWithoutComma { written, meant } => format!(
                "Die Begriffe einer Liste werden mit `,` getrennt (der letzte mit `and`): \
                 Schreiben Sie `{meant}` statt `{written}`"
            ),
            Advice::ToBeforeObject {
                written,
                meant,
                platform: true,
            } => format!(
                "Eine Plattform wird mit `on` genannt: Schreiben Sie `{meant}` statt `{written}`"
            ),
            Advice::ToBeforeObject { written, meant, .. } => format!(
                "Worauf sich eine Aktion bezieht, folgt direkt auf sie: Schreiben Sie `{meant}` \
                 statt `{written}`"
            ),
            Advice::UnitWord { unit, term } => format!(
                "Lassen Sie `{unit}` weg: `{term}` nennt sie schon (schreiben Sie `{term}` statt \
                 `{term} {unit}`)"
            ),
            Advice::Bullet { mark } => format!(
                "Lassen Sie `{mark}` weg: Jede Anweisung steht in einer eigenen Zeile, ohne \
                 Aufzählungspunkt oder Nummer"
            ),
            Advice::SlashComment => {
                "Ein Kommentar beginnt mit `#`: Schreiben Sie `#` statt `//`".to_owned()
            }
            Advice::CarriageReturnLines => "Die Zeilen dieser Datei enden mit einem einzelnen \
                                            Wagenrücklauf (CR, wie alte Mac-Programme Text \
                                            speicherten); das ist hier kein Zeilenumbruch, daher \
                                            läuft ein Kommentar (`#`) über die folgenden Zeilen \
                                            weiter: Speichern Sie die Datei mit üblichen \
                                            Zeilenenden (LF, oder CR LF wie unter Windows)"
                .to_owned(),
            Advice::JoinedQualifier { written, meant } => format!(
                "Eine Anweisung nimmt jeden Zusatz nur einmal: Fassen Sie beide Listen \
                 zusammen, schreiben Sie `{meant}` statt `{written}`"
            ),
            Advice::OtherQualifier { written, meant } => format!(
                "Jeder Zusatz nennt seine eigene Liste: Schreiben Sie `{meant}` statt `{written}`"
            ),
            Advice::Parenthesis => "Eine Bemerkung in Klammern gehört nicht zur Sprache: \
                                    Schreiben Sie sie als Kommentar nach `#` ans Zeilenende"
                .to_owned(),
            Advice::ChannelName {
                written,
                meant: Some(meant),
            } => format!(
                "Ein Kanal beginnt mit seiner Plattform, dann folgt der Kontoname in \
                 Anführungszeichen: Schreiben Sie `{meant}` statt `{written}`"
            ),
            Advice::ChannelName { .. } => "Ein Kanal beginnt mit seiner Plattform, dann folgt \
                                           der Kontoname in Anführungszeichen, wie in `channel \
                                           twitter \"@acme_help\"`"
                .to_owned(),
            Advice::SecondAnd { written, meant } => format!(
                "Eine Liste hat `and` nur vor ihrem letzten Eintrag: Schreiben Sie `{meant}` \
                 statt `{written}`"
            ),
            Advice::SlashInList { written, meant } => format!(
                "Trennen Sie die Einträge einer Liste mit `,` oder `and`: Schreiben Sie \
                 `{meant}` statt `{written}`"
            ),
            Advice::AmpersandInList { written, meant } => format!(
                "Eine Liste wird mit `,` und `and` geschrieben, nicht mit `&`: Schreiben Sie \
                 `{meant}` statt `{written}`"
            ),
            Advice::Abbreviation {
                written,
                says: Abbreviated::Or,
                ..
            } => format!(
                "Die Abkürzung `{written}` kann nicht in einer Anweisung stehen: Eine Liste wird \
                 mit `,` und `and` geschrieben, schreiben Sie `and` statt `{written}`"
            ),
            Advice::Abbreviation {
                written,
                says: Abbreviated::Including,
                ..
            } => format!(
                "Die Abkürzung `{written}` (inklusive) kann nicht in einer Anweisung stehen: Eine \
                 Liste wird mit `,` und `and` geschrieben, schreiben Sie `and` statt `{written}`"
            ),
            Advice::Abbreviation {
                written,
                says: Abbreviated::Maybe,
                ..
            } => format!(
                "Die Abkürzung `{written}` (gegebenenfalls) kann nicht in einer Anweisung stehen: \
                 Eine Anweisung gilt genau so, wie sie dasteht. Nennen Sie mit einem Zusatz wie \
                 `during` oder `without approval by`, wann sie gilt, oder schreiben Sie die \
                 Bemerkung in einen Kommentar nach `#`, am Ende der Zeile"
            ),
            Advice::Abbreviation {
                written,
                says,
                kind,
                statement,
            } => {
                let terms = plural_terms(*kind, Lang::De);
                let (why, name, remark) = match says {
                    Abbreviated::Example => (
                        " (zum Beispiel)",
                        format!("Nennen Sie die {terms}, um die es in der Regel geht"),
                        "das Beispiel",
                    ),
                    _ => (
                        "",
                        format!(
                            "Eine Liste kennt kein „und so weiter“, nennen Sie also alle {terms}, \
                             um die es in der Regel geht"
                        ),
                        "die Bemerkung",
                    ),
                };
                let comment = match statement {
                    Some(statement) => format!("etwa `{statement}`"),
                    None => "am Ende der Zeile".to_owned(),
                };
                format!(
                    "Die Abkürzung `{written}`{why} kann nicht in einer Anweisung stehen: {name}, \
                     oder schreiben Sie {remark} in einen Kommentar nach `#`, {comment}"
                )
            }
            Advice::TrailingComma => {
                "Entfernen Sie das `,` nach dem letzten Eintrag der Liste".to_owned()
            }
            Advice::TextAfter { keyword: "because" } => {
                "Nach `because` steht die Begründung in doppelten Anführungszeichen: was die \
                  Regel schützt oder verhindert, in einem Satz"
                    .to_owned()
            }
            Advice::TextAfter { keyword: "goal" } => "Nach `goal` steht der Text in doppelten \
                                                      Anführungszeichen, zum Beispiel `goal \
                                                      \"Eine hilfreiche Stimme in Gesprächen \
                                                      über unsere Produkte sein\"`"
                .to_owned(),
            Advice::TextAfter { keyword } => format!(
                "Nach `{keyword}` steht der Text in doppelten Anführungszeichen, zum Beispiel \
                 `contact \"social-media@acme.example\"`"
            ),
            Advice::MissingOpenBrace { written, meant } => format!(
                "Ein Block beginnt mit `{{` nach seinem Namen: Schreiben Sie `{meant}` statt \
                 `{written}`"
            ),
            Advice::ChannelPlatforms => "Ein Kanal nennt nur eine Plattform: Schreiben Sie für \
                                         jede einen eigenen `channel`-Block"
                .to_owned(),
            Advice::GermanKeywordBefore {
                german: word,
                keyword: meant,
            }
            | Advice::Keyword {
                meant,
                how: Meant::German(word),
            } => format!(
                "Die Schlüsselwörter der Sprache sind englisch: Schreiben Sie `{meant}` statt \
                 `{word}`"
            ),
            Advice::Keyword {
                meant,
                how: Meant::Typo,
            } => format!("Meinten Sie `{meant}`?"),
            Advice::KeywordFirst { written } => format!(
                "Eine Anweisung beginnt mit dem, was sie tut: Schreiben Sie `allow` (erlauben), \
                 `encourage` (ermutigen), `require` (verlangen) oder `forbid` (verbieten) vor \
                 `{written}`"
            ),
            Advice::Possessive {
                written,
                meant,
                own,
            } => {
                let mut help = format!(
                    "Die Sprache kennt keinen Genitiv mit Apostroph: Schreiben Sie `{meant}` \
                     statt `{written}`"
                );
                if *own {
                    help.push_str(
                        " und tragen Sie den Begriff unter `contents:` im Abschnitt \
                         `vocabulary:` der `.guidelint.yaml` ein",
                    );
                }
                help
            }
            Advice::OnlyAfter { keyword } => format!(
                "Das Wort `only` steht nur nach `allow` (`allow only pr to post`); ein \
                 `{keyword}` nennt ohne es, für wen er gilt: Schreiben Sie `{keyword}` statt \
                 `{keyword} only`"
            ),
            Advice::OnlyPair {
                written,
                forbid,
                allow,
            } => format!(
                "Die Angabe `{written}` erlaubt es dann und verbietet es sonst, das sind zwei Anweisungen: \
                 Schreiben Sie `{forbid}` und `{allow}`"
            ),
            Advice::PeopleException { written, meant } => format!(
                "Eine Ausnahme von Personen steht nach der Zielgruppe der Anweisung: Schreiben \
                 Sie `{meant}` statt `{written}`"
            ),
            Advice::OwnModifier { written, meant } => format!(
                "Ein Begriff meint schon das Eigene der Organisation: Schreiben Sie `{meant}` \
                 statt `{written}`"
            ),
            Advice::RuleClauseOutside { keyword } => format!(
                "Die Klausel `{keyword}` gehört zu einer Regel: Schreiben Sie sie in den \
                 Regelblock, vor die `}}`, die ihn schließt"
            ),
            Advice::SecondText {
                keyword,
                repeatable: true,
            } => format!(
                "Die Klausel `{keyword}` nimmt einen Text in Anführungszeichen: Für einen zweiten schreiben \
                 Sie `{keyword}` noch einmal davor, am besten in einer eigenen Zeile"
            ),
            Advice::SecondText {
                keyword,
                repeatable: false,
            } => format!(
                "Die Klausel `{keyword}` nimmt einen Text in Anführungszeichen, und nur einmal: Fassen Sie \
                 die beiden Texte zu einem zusammen"
            ),
            Advice::Condition {
                written,
                meant: Some(meant),
                ..
            } => format!(
                "Eine Anweisung kennt kein `wenn`, aber diese Bedingung sagt eine Angabe: \
                 Schreiben Sie `{meant}` statt `{written}`"
            ),
            Advice::Condition {
                written,
                meant: None,
                bans: true,
            } => format!(
                "Eine Anweisung kennt keine Bedingungen, und ohne `{written}` gälte die Regel \
                 immer: Benennen Sie, worum es geht, mit einem eigenen Begriff (unter \
                 `contents:` im Abschnitt `vocabulary:` der `.guidelint.yaml`) und nennen Sie \
                 die Bedingung im `because` der Regel"
            ),
            Advice::Condition {
                written,
                meant: None,
                bans: false,
            } => format!(
                "Eine Anweisung kennt keine Bedingungen: Schreiben Sie sie ohne `{written}` (die \
                 Erlaubnis gilt dann immer) und sagen Sie diesen Teil in einer eigenen Anweisung \
                 oder im `because` der Regel"
            ),
            Advice::UnreadSentence => "Diesen Satz kann guidelint nicht als Anweisung lesen: \
                                       Schreiben Sie, was die Regel erlaubt, fördert, verlangt \
                                       oder verbietet, als Anweisungen (`forbid WER to AKTION \
                                       …`), benennen Sie, wofür die Sprache kein Wort hat, mit \
                                       einem eigenen Begriff (z. B. `fotos-von-patienten`, \
                                       eingetragen unter `contents:` im Abschnitt \
                                       `vocabulary:` der `.guidelint.yaml`), und behalten Sie \
                                       den Satz als Begründung im `because \"…\"` der Regel"
                .to_owned(),
            Advice::GenderedWord {
                written,
                term,
                joined,
            } => format!(
                "Das Wort `{written}` ist deutsch, die Begriffe der Sprache sind englisch: \
                 Schreiben Sie \
                 `{term}` statt `{written}`, oder behalten Sie das deutsche Wort als `{joined}` \
                 mit der Zeile `{}: {term}` unter `aliases:` im Abschnitt `vocabulary:` der \
                 `.guidelint.yaml`",
                crate::semantics::vocab::lowercase(joined)
            ),
        }
    }
}

/// Two terms of one list of the vocabulary with only a space between them, where the list may
/// go on (`owner hr customer-service`, `on facebook instagram`): as written, and with a comma.
fn terms_without_comma(
    error: &SyntaxError,
    line: &LinePieces,
    vocab: &Vocabulary,
) -> Option<(String, String)> {
    let found = line.word(0)?;
    let before = line.word(-1)?;
    // `company photos` is no list of the company and photos (a ban of both would be a gag).
    if vocab
        .resolve(Category::Content, before)
        .is_some_and(|t| t == "employer")
    {
        return None;
    }
    let shared = Category::ALL
        .into_iter()
        .any(|c| vocab.knows(c, found) && vocab.knows(c, before));
    (list_goes_on(error) && is_word(found) && is_word(before) && shared)
        .then(|| (format!("{before} {found}"), format!("{before}, {found}")))
}

/// A word for a unit after an audience term (`hr department`, `marketing team`, `IT-Abteilung`
/// written apart): the word, and the term that already names the unit.
fn unit_word<'s>(line: &LinePieces<'s>, vocab: &Vocabulary) -> Option<(&'s str, &'s str)> {
    let unit = line.word(0)?;
    let term = line.word(-1)?;
    let bare = unit.trim_end_matches(['.', ',', ';']);
    let lower = crate::semantics::vocab::lowercase(bare);
    (matches!(
        lower.as_str(),
        "department" | "departments" | "team" | "teams" | "division" | "unit" | "abteilung"
    ) && vocab.knows(Category::Audience, term))
    .then_some((bare, term))
}

/// `to` between an action and what it acts on (`access to facebook`): as written, and
/// without `to`.
fn to_before_object(line: &LinePieces, vocab: &Vocabulary) -> Option<(String, String, bool)> {
    let to = line.word(0)?;
    let action = line.word(-1)?;
    let object = line.word(1)?;
    (to.eq_ignore_ascii_case("to") && vocab.knows(Category::Action, action) && is_word(object))
        .then(|| {
            // `access` takes platforms as its objects (`access facebook`); any other action
            // names a platform with `on` (`post on facebook`).
            let platform = vocab.knows(Category::Platform, object)
                && vocab.resolve(Category::Action, action) != Some("access");
            let meant = if platform {
                format!("{action} on {object}")
            } else {
                format!("{action} {object}")
            };
            (format!("{action} {to} {object}"), meant, platform)
        })
}

/// The mistakes of lists and headers that the general help does not name (edit 16, item 11):
/// a second `and` (`hr and sales and it`), a slash (`hr/it`), a comma after the last item
/// (`hr, sales,`), a header without its `{`.
fn list_mistake<'s>(
    error: &SyntaxError,
    source: &str,
    line: Option<&LinePieces>,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    let SyntaxErrorKind::Expected { expected, found } = &error.kind else {
        return None;
    };
    let at = error.span.start;
    let before = source.get(..at)?.trim_end();
    if let Some(line) = line.filter(|l| l.word(0).is_some_and(|w| w.eq_ignore_ascii_case("and"))) {
        let mut start = (0..line.found)
            .rev()
            .take_while(|&i| is_list_piece(line.pieces[i].1))
            .last()?;
        // After `to`, the list's first word is the action, no item of the list of its objects
        // (`to disclose trade-secrets and customer-data and photos`); with the `and` right after
        // it, the list is of actions (`to like and share and comment press-releases`), which
        // are told to be a statement each (audit 20, P2).
        if start > 0 && line.pieces[start - 1].1.eq_ignore_ascii_case("to") {
            if start + 1 == line.found {
                return None;
            }
            start += 1;
        }
        let end = line.found + 1 + second_list_pieces(&line.pieces[line.found + 1..]);
        let pieces = &line.pieces[start..end];
        let ands = pieces
            .iter()
            .filter(|(_, w)| w.eq_ignore_ascii_case("and"))
            .count();
        let terms: Vec<&str> = pieces
            .iter()
            .flat_map(|(_, w)| w.split(','))
            .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
            .collect();
        if ands >= 2 && terms.len() >= 3 && terms.iter().all(|t| in_vocabulary(vocab, t)) {
            let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
            return Some(Advice::SecondAnd {
                written: source[first.0..last.0 + last.1.len()].to_owned(),
                meant: Lang::En.join(&terms),
            });
        }
    }
    if matches!(found, Found::Token(t) if t.starts_with('/')) || source[at..].starts_with('/') {
        let word_before = before
            .rsplit([' ', '\t', ',', '\n'])
            .next()
            .filter(|w| is_word(w) && in_vocabulary(vocab, w));
        let after = &source[at + 1..];
        let word_after = after
            .split([' ', '\t', ',', '\n', '\r', '}'])
            .next()
            .filter(|w| is_word(w) && in_vocabulary(vocab, w));
        if let (Some(b), Some(a)) = (word_before, word_after) {
            if source[..at].ends_with(b) {
                return Some(Advice::SlashInList {
                    written: format!("{b}/{a}"),
                    meant: format!("{b} and {a}"),
                });
            }
        }
    }
    if source[at..].starts_with('&') {
        if let Some((written, meant)) = ampersand_list(source, at, vocab) {
            return Some(Advice::AmpersandInList { written, meant });
        }
    }
    if expected.iter().any(|e| matches!(e, Expected::Term(_))) && before.ends_with(',') {
        return Some(Advice::TrailingComma);
    }
    if expected.as_slice() == [Expected::OpenBrace] {
        let header = before.rsplit('\n').next()?.trim();
        let keyword = header.split(' ').next()?;
        if ["guideline", "rule", "channel"].contains(&keyword) && !header.contains('{') {
            return Some(Advice::MissingOpenBrace {
                written: header.to_owned(),
                meant: format!("{header} {{"),
            });
        }
    }
    None
}

/// What an abbreviation says.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub(super) enum Abbreviated {
    /// `z.B.`, `e.g.`, `bspw.`, `i.e.`, `d.h.`: an example or a remark follows.
    Example,
    /// `etc.`, `usw.`, `u.a.`, `u.v.m.`, `o.ä.`: there is more than the list names.
    More,
    /// `bzw.`: or.
    Or,
    /// `inkl.`, `einschl.`: including, a list that goes on.
    Including,
    /// `ggf.`, `evtl.`: if need be, a condition left unsaid.
    Maybe,
}

/// The abbreviations of sentences (without their full stops, lower-case), what they say, and
/// whether they are one only with a full stop (`e.g.`, but not `eg`).
const ABBREVIATIONS: &[(&str, Abbreviated, bool)] = &[
    ("zb", Abbreviated::Example, false),
    ("eg", Abbreviated::Example, true),
    ("bspw", Abbreviated::Example, false),
    ("ie", Abbreviated::Example, true),
    ("dh", Abbreviated::Example, true),
    ("etc", Abbreviated::More, false),
    ("usw", Abbreviated::More, false),
    ("ua", Abbreviated::More, true),
    ("uvm", Abbreviated::More, false),
    ("oä", Abbreviated::More, true),
    ("uä", Abbreviated::More, true),
    ("bzw", Abbreviated::Or, false),
    ("inkl", Abbreviated::Including, false),
    ("einschl", Abbreviated::Including, false),
    ("ggf", Abbreviated::Maybe, false),
    ("evtl", Abbreviated::Maybe, false),
];

/// An abbreviation at the error or just before it on its line (`social-media, z.B. linkedin`:
/// the `.` found; `zB linkedin`: `linkedin` found; `z. B.` in two pieces). Not in parentheses,
/// which have their own help.
fn abbreviation<'s>(error: &SyntaxError, source: &'s str) -> Option<Advice<'s>> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return None;
    };
    if token.starts_with('(') {
        return None;
    }
    let at = error.span.start;
    let line_start = source.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    let line = &source[line_start..line_end];
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut offset = line_start;
    for piece in line.split([' ', '\t', '\r']) {
        if !piece.is_empty() {
            pieces.push((offset, piece));
        }
        offset += piece.len() + 1;
    }
    let here = pieces
        .iter()
        .position(|&(start, piece)| (start..start + piece.len()).contains(&at))?;
    // The pieces from `first` to `last` as one abbreviation: the written text without a comma
    // after it, and what it says.
    let read = |first: usize, last: usize| -> Option<(usize, usize, Abbreviated)> {
        let (start, _) = *pieces.get(first)?;
        let (end_start, end_piece) = *pieces.get(last)?;
        let written = source[start..end_start + end_piece.len()].trim_end_matches([',', ';', ':']);
        if written.contains(['(', ')']) {
            return None;
        }
        let bare: String = written
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '.')
            .collect::<String>()
            .to_lowercase();
        let dotted = written.contains('.');
        ABBREVIATIONS
            .iter()
            .find(|&&(abbr, _, needs_dot)| bare == abbr && (dotted || !needs_dot))
            .map(|&(_, says, _)| (start, start + written.len(), says))
    };
    let candidates = [
        (Some(here), Some(here)),
        (Some(here), here.checked_add(1)),
        (here.checked_sub(1), here.checked_sub(1)),
        (here.checked_sub(1), Some(here)),
    ];
    let (start, end, says) = candidates.into_iter().find_map(|(first, last)| {
        let (first, last) = (first?, last?);
        // Two pieces only as a letter with a full stop each (`z. B.`).
        if first != last && pieces.get(first..=last)?.iter().any(|&(_, p)| p.len() > 3) {
            return None;
        }
        read(first, last)
    })?;
    let written = &source[start..end];
    let kind = crate::syntax::term_kind_at(source, start);
    // The statement before the abbreviation, and the abbreviation with what follows it as a
    // comment, where that is all terms (a qualifier after it stays in the statement, and is
    // not moved into a comment).
    let before = source[line_start..start]
        .trim()
        .trim_end_matches(',')
        .trim_end();
    let after = source[end..line_end].trim();
    let rest_is_terms = after
        .split([' ', '\t', ','])
        .filter(|w| !w.is_empty())
        .all(|w| is_word(w.trim_end_matches('.')) && !crate::syntax::is_keyword(w));
    let statement = (!matches!(says, Abbreviated::Or | Abbreviated::Including)
        && rest_is_terms
        && !after.contains(['#', '{', '}', '"'])
        && parses_as_statement(before))
    .then(|| format!("{before} # {}", source[start..line_end].trim_end()));
    Some(Advice::Abbreviation {
        written,
        says,
        kind,
        statement,
    })
}

/// The plural of the terms a kind of position takes, for a help that asks to name them.
fn plural_terms(kind: TermKind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::En, TermKind::Audience) => "audiences",
        (Lang::En, TermKind::Department) => "departments",
        (Lang::En, TermKind::Platform) => "platforms",
        (Lang::En, TermKind::Content) => "topics",
        (Lang::En, TermKind::Time) => "times",
        (Lang::En, TermKind::Means) => "means",
        (Lang::En, TermKind::MonitorTarget) => "monitor targets",
        (Lang::En, TermKind::Purpose) => "purposes",
        (Lang::En, TermKind::Consequence) => "consequences",
        (Lang::En, TermKind::Action | TermKind::Any) => "terms",
        (Lang::De, TermKind::Audience) => "Zielgruppen",
        (Lang::De, TermKind::Department) => "Abteilungen",
        (Lang::De, TermKind::Platform) => "Plattformen",
        (Lang::De, TermKind::Content) => "Themen",
        (Lang::De, TermKind::Time) => "Zeiträume",
        (Lang::De, TermKind::Means) => "Mittel",
        (Lang::De, TermKind::MonitorTarget) => "Beobachtungsziele",
        (Lang::De, TermKind::Purpose) => "Zwecke",
        (Lang::De, TermKind::Consequence) => "Konsequenzen",
        (Lang::De, TermKind::Action | TermKind::Any) => "Begriffe",
    }
}

/// The list around an `&` at `at` (`marketing & sales`, `facebook, instagram & tiktok`): its
/// terms joined by `,`, `and` or `&` on the line, as written and joined with `,` and `and`.
/// Terms are words that are no keywords; where an `&` stands between two words without spaces
/// (`r&d`), they are terms of the vocabulary.
fn ampersand_list(source: &str, at: usize, vocab: &Vocabulary) -> Option<(String, String)> {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    // The line in words and single marks, each with its offset.
    let mut tokens: Vec<(usize, &str)> = Vec::new();
    let line = &source[line_start..line_end];
    let mut rest = line.char_indices().peekable();
    while let Some((i, c)) = rest.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = rest.peek() {
                if !(d.is_alphanumeric() || d == '-') {
                    break;
                }
                end = j + d.len_utf8();
                rest.next();
            }
        }
        tokens.push((line_start + i, &source[line_start + i..line_start + end]));
    }
    let amp = tokens.iter().position(|&(start, _)| start == at)?;
    let is_term = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|&(_, w)| is_word(w) && !crate::syntax::is_keyword(w))
    };
    let is_separator = |i: usize| matches!(tokens.get(i), Some(&(_, w)) if matches!(w, "," | "&") || w.eq_ignore_ascii_case("and"));
    if amp == 0 || !is_term(amp - 1) || !is_term(amp + 1) {
        return None;
    }
    let mut first = amp - 1;
    while first >= 2 && is_separator(first - 1) && is_term(first - 2) {
        first -= 2;
    }
    let mut last = amp + 1;
    while is_separator(last + 1) && is_term(last + 2) {
        last += 2;
    }
    let terms: Vec<&str> = (first..=last).step_by(2).map(|i| tokens[i].1).collect();
    // `&` right between two words: a name such as `r&d` rather than a list, unless both are
    // terms.
    let closed_up = (first + 1..last).step_by(2).any(|i| {
        let (start, mark) = tokens[i];
        mark == "&"
            && (tokens[i - 1].0 + tokens[i - 1].1.len() == start || start + 1 == tokens[i + 1].0)
    });
    if closed_up && !terms.iter().all(|t| in_vocabulary(vocab, t)) {
        return None;
    }
    let (end_start, end_word) = tokens[last];
    Some((
        source[tokens[first].0..end_start + end_word.len()].to_owned(),
        Lang::En.join(&terms),
    ))
}

/// The keyword before a text that is missing, where no words follow it to be quoted
/// (`because }`; edit 16, item 3).
fn text_after(error: &SyntaxError, source: &str) -> Option<&'static str> {
    let SyntaxErrorKind::Expected { expected, found } = &error.kind else {
        return None;
    };
    if !expected.contains(&Expected::String) {
        return None;
    }
    if matches!(found, Found::Token(t) if t.starts_with(char::is_alphanumeric)) {
        return None;
    }
    let before = source.get(..error.span.start)?.trim_end();
    ["because", "goal", "contact"]
        .into_iter()
        .find(|k| before.ends_with(k))
}

/// `channel "Twitter"`: a channel starts with its one platform, then the account name in
/// quotes (a list of platforms was told before; edit 16, item 10).
fn channel_name<'s>(line: &LinePieces<'s>, vocab: &Vocabulary) -> Option<Advice<'s>> {
    let keyword = line.word(-1)?;
    let name = line.word(0)?;
    // `channel "Twitter"`, or `channel {` without a platform.
    if !keyword.eq_ignore_ascii_case("channel") || !(name.starts_with('"') || name == "{") {
        return None;
    }
    let inner = name
        .strip_prefix('"')
        .and_then(|n| n.strip_suffix('"'))
        .map(|n| crate::semantics::vocab::lowercase(n.trim_start_matches('@')));
    let meant = inner
        .and_then(|n| vocab.resolve(Category::Platform, &n).map(str::to_owned))
        .filter(|p| p != "any-platform")
        .map(|platform| format!("{keyword} {platform} {name}"));
    Some(Advice::ChannelName {
        written: format!("{keyword} {name}"),
        meant,
    })
}

/// `only` where it is not right after `allow` (`allow employees to access only linkedin`).
/// `only` where the language cannot say it, with the statement that says it: after `forbid`,
/// `require` or `encourage` (`forbid only interns to …`: the keyword alone); in an `allow`
/// before (or after) a time or a means (`… only during breaks`, `… during breaks only`): the
/// ban and the permission it means, which do not conflict (their `during` or `using` differ).
/// Dropping the `only` there would allow without banning the rest (a blind review).
fn only_elsewhere(line: &LinePieces) -> Option<Advice<'static>> {
    if !line.word(0)?.eq_ignore_ascii_case("only") {
        return None;
    }
    let words = line.code_from(0);
    let keyword = line.statement_keyword()?;
    if line.found == 1 && ["forbid", "require", "encourage"].contains(&keyword.as_str()) {
        return Some(Advice::OnlyAfter { keyword });
    }
    if keyword != "allow" || line.found < 2 {
        return None;
    }
    let at = line.found;
    let limits = |w: &str| w.eq_ignore_ascii_case("during") || w.eq_ignore_ascii_case("using");
    // `only during breaks`, or `during breaks only` (the qualifier's keyword before `only`).
    let (qualifier, written) = if words.get(at + 1).is_some_and(|w| limits(w)) {
        (at + 1, words[at..list_end(&words, at + 2)].join(" "))
    } else if at + 1 == words.len() {
        let q = (1..at).rev().find(|&i| limits(words[i]))?;
        (q, words[q..=at].join(" "))
    } else {
        return None;
    };
    let without_only: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != at)
        .map(|(_, w)| *w)
        .collect();
    let allow = without_only.join(" ");
    // (An `only` after the qualifier is the line's last word: the list ends there anyway.)
    let limited_end = list_end(&words, qualifier + 1);
    let forbid: Vec<&str> = std::iter::once("forbid")
        .chain(
            words[1..]
                .iter()
                .enumerate()
                .filter(|&(i, _)| {
                    let i = i + 1;
                    i != at && !(qualifier..limited_end).contains(&i)
                })
                .map(|(_, w)| *w),
        )
        .collect();
    let forbid = forbid.join(" ");
    (statement_reads(&allow) && statement_reads(&forbid)).then_some(Advice::OnlyPair {
        written,
        forbid,
        allow,
    })
}

/// `except during breaks`, `except using private-devices` in a `forbid` or `block` (anywhere
/// after its keyword): allowed then (or so) and forbidden otherwise, the ban without the
/// exception and a permission with it (a blind review: two helps sent `block facebook for
/// employees except breaks` and `… except during breaks` to each other).
fn except_time(line: &LinePieces) -> Option<Advice<'static>> {
    let limits = |w: &str| w.eq_ignore_ascii_case("during") || w.eq_ignore_ascii_case("using");
    let except = match line.word(0)? {
        w if w.eq_ignore_ascii_case("except") => line.found,
        w if limits(w)
            && line
                .word(-1)
                .is_some_and(|b| b.eq_ignore_ascii_case("except")) =>
        {
            line.found - 1
        }
        _ => return None,
    };
    let words = line.code_from(0);
    if !words.get(except + 1).is_some_and(|w| limits(w)) {
        return None;
    }
    let keyword = line.statement_keyword()?;
    // The exception's words: its qualifier and the terms up to the next keyword.
    let end = list_end(&words, except + 2);
    let exception = words[except + 1..end].join(" ");
    let rest: Vec<&str> = words[..except]
        .iter()
        .chain(&words[end..])
        .copied()
        .collect();
    let ban = rest.join(" ");
    let allow = match keyword.as_str() {
        "forbid" => {
            let to = rest.iter().position(|w| w.eq_ignore_ascii_case("to"))?;
            // Those excepted from the ban are allowed already; the permission is for the rest.
            let who_end = rest[..to]
                .iter()
                .position(|w| w.eq_ignore_ascii_case("except"))
                .unwrap_or(to);
            [
                &["allow"][..],
                &rest[1..who_end],
                &rest[to..],
                &[exception.as_str()][..],
            ]
            .concat()
            .join(" ")
        }
        "block" => {
            // `block P [for W] Q`: `allow W to access P Q`, W being everyone when not named.
            let for_at = rest.iter().position(|w| w.eq_ignore_ascii_case("for"));
            let platforms_end = list_end(&rest, 1);
            let (who, after_who) = match for_at {
                Some(f) => {
                    let who_end = list_end(&rest, f + 1);
                    (rest[f + 1..who_end].join(" "), who_end)
                }
                None => ("everyone".to_owned(), platforms_end),
            };
            let qualifiers = rest[after_who.max(platforms_end)..].join(" ");
            let mut allow = format!("allow {who} to access {}", rest[1..platforms_end].join(" "));
            for part in [qualifiers.as_str(), exception.as_str()] {
                if !part.is_empty() {
                    allow.push(' ');
                    allow.push_str(part);
                }
            }
            allow
        }
        _ => return None,
    };
    (statement_reads(&ban) && statement_reads(&allow)).then(|| Advice::OnlyPair {
        written: ["except ", &exception].concat(),
        forbid: ban,
        allow,
    })
}

/// Where a list of terms that starts at `from` ends: at the next keyword but `and`, or at the
/// end of `words`.
fn list_end(words: &[&str], from: usize) -> usize {
    (from..words.len())
        .find(|&i| crate::syntax::is_keyword(words[i]) && !words[i].eq_ignore_ascii_case("and"))
        .unwrap_or(words.len())
}

fn misplaced_only(line: &LinePieces) -> bool {
    // First on its line, it opens a sentence (`Only PR may …`).
    line.found > 0
        && line.word(0).is_some_and(|w| w.eq_ignore_ascii_case("only"))
        && line
            .pieces
            .first()
            .is_some_and(|&(_, w)| !w.eq_ignore_ascii_case("allow") || line.found > 1)
}

/// A character that word processors, web pages and keyboards put into text, which looks like
/// (or is invisible next to) what the language wants, and which the reader cannot tell from the
/// message unless it is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct OddCharacter {
    c: char,
    kind: OddKind,
    /// Whether it stands where a text was meant to end (`goal "Unser Ziel“`).
    closes: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OddKind {
    /// `“`, `”`, `„`, `«`, … where a plain `"` belongs.
    Quote,
    /// A space that is no plain space (no-break, narrow, …).
    Space,
    /// A character that takes no room (zero-width space, byte order mark, …).
    Invisible,
    /// `–`, `—`, `‐`, … where a plain `-` belongs.
    Dash,
    /// A control character (ESC, NUL, DEL, …), which no editor shows.
    Control,
    /// An accent stored apart from the letter before it (`e` and U+0301 for `é`), as some
    /// programs (often on a Mac) save text: the grammar takes letters, not loose accents.
    Accent,
}

impl OddCharacter {
    /// The odd character `text` starts with, if any.
    pub(super) fn starting(text: &str) -> Option<Self> {
        let c = text.chars().next()?;
        let kind = match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '″' => {
                OddKind::Quote
            }
            '\u{200B}'..='\u{200D}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{180E}'
            | '\u{FFF9}'..='\u{FFFB}' => OddKind::Invisible,
            c if crate::lang::is_bidi_control(c) => OddKind::Invisible,
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => OddKind::Dash,
            c if c.is_whitespace() && c != ' ' && c != '\t' => OddKind::Space,
            c if c.is_control() => OddKind::Control,
            '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}' => OddKind::Accent,
            _ => return None,
        };
        Some(OddCharacter {
            c,
            kind,
            closes: false,
        })
    }

    pub(super) fn closing(self) -> Self {
        OddCharacter {
            closes: true,
            ..self
        }
    }

    fn code(self) -> String {
        format!("U+{:04X}", u32::from(self.c))
    }

    /// As the message names it.
    pub(super) fn english(self) -> String {
        match self.kind {
            OddKind::Quote => format!("the typographic quotation mark `{}`", self.c),
            OddKind::Space if self.c == '\u{00A0}' => format!("a no-break space ({})", self.code()),
            OddKind::Space => format!("a special space ({})", self.code()),
            OddKind::Invisible => format!("an invisible character ({})", self.code()),
            OddKind::Dash => format!("the dash `{}`", self.c),
            OddKind::Control => format!("a control character ({})", self.code()),
            OddKind::Accent => format!("an accent apart from its letter ({})", self.code()),
        }
    }

    pub(super) fn german(self) -> String {
        match self.kind {
            OddKind::Quote => format!("das typografische Anführungszeichen `{}`", self.c),
            OddKind::Space if self.c == '\u{00A0}' => {
                format!("ein geschütztes Leerzeichen ({})", self.code())
            }
            OddKind::Space => format!("ein besonderes Leerzeichen ({})", self.code()),
            OddKind::Invisible => format!("ein unsichtbares Zeichen ({})", self.code()),
            OddKind::Dash => format!("der Strich `{}`", self.c),
            OddKind::Control => format!("ein Steuerzeichen ({})", self.code()),
            OddKind::Accent => format!("ein Akzent ohne seinen Buchstaben ({})", self.code()),
        }
    }

    fn english_help(self) -> String {
        let c = self.c;
        match self.kind {
            OddKind::Quote if self.closes => format!(
                "`{c}` does not end a text: end it with a plain double quote `\"` (word \
                 processors replace it)"
            ),
            OddKind::Quote => format!(
                "texts are enclosed in plain double quotes `\"`, not in typographic ones like \
                 `{c}`: type `\"` in a plain text editor (word processors replace it)"
            ),
            OddKind::Space => "replace it with a plain space: it looks the same, \
                                           but word processors and web pages insert it where \
                                           the language takes a plain one"
                .to_owned(),
            OddKind::Invisible => "delete the invisible character at this place: it \
                                               usually comes with text copied from a web page \
                                               or a word processor"
                .to_owned(),
            OddKind::Dash => {
                format!("terms are joined with a plain hyphen `-`, not with a dash like `{c}`")
            }
            OddKind::Control => "delete the control character at this place: no editor shows \
                                 it, and it usually comes from copying out of another program"
                .to_owned(),
            OddKind::Accent => "type the letter before it again, with its accent, as one \
                                character: the accent is stored apart from its letter, as some \
                                programs (often on a Mac) save text"
                .to_owned(),
        }
    }

    fn german_help(self) -> String {
        let c = self.c;
        match self.kind {
            OddKind::Quote if self.closes => format!(
                "Das Zeichen `{c}` beendet keinen Text: Beenden Sie ihn mit einem geraden \
                 Anführungszeichen `\"` (Textverarbeitungen ersetzen es)"
            ),
            OddKind::Quote => format!(
                "Texte stehen zwischen geraden Anführungszeichen `\"`, nicht zwischen \
                 typografischen wie `{c}`: Tippen Sie `\"` in einem einfachen Texteditor \
                 (Textverarbeitungen ersetzen es)"
            ),
            OddKind::Space => "Ersetzen Sie es durch ein normales Leerzeichen: Es \
                                           sieht gleich aus, aber Textverarbeitungen und \
                                           Webseiten fügen es ein, wo die Sprache ein normales \
                                           erwartet"
                .to_owned(),
            OddKind::Invisible => "Löschen Sie das unsichtbare Zeichen an dieser \
                                               Stelle: Es kommt meist mit Text, der aus einer \
                                               Webseite oder Textverarbeitung kopiert wurde"
                .to_owned(),
            OddKind::Dash => format!(
                "Begriffe werden mit einem einfachen Bindestrich `-` verbunden, nicht mit einem \
                 Strich wie `{c}`"
            ),
            OddKind::Control => "Löschen Sie das Steuerzeichen an dieser Stelle: Kein Editor \
                                 zeigt es an, und es kommt meist beim Kopieren aus einem anderen \
                                 Programm in die Datei"
                .to_owned(),
            OddKind::Accent => "Tippen Sie den Buchstaben davor noch einmal mit seinem Akzent, \
                                als ein Zeichen: Der Akzent ist getrennt von seinem Buchstaben \
                                gespeichert, wie manche Programme (oft auf dem Mac) Text sichern"
                .to_owned(),
        }
    }
}

/// Whether a comment on the error's line runs past a carriage return that no line feed follows
/// before the error: the writer saw a line break there (old Mac line ends), the grammar did
/// not, and the comment took the lines after it (`# Entwurf\rguideline "…" {\r…`).
fn comment_runs_over_carriage_returns(error: &SyntaxError, source: &str) -> bool {
    let bytes = source.as_bytes();
    let line_start = source[..error.span.start].rfind('\n').map_or(0, |n| n + 1);
    source[line_start..error.span.start]
        .find('#')
        .is_some_and(|comment| {
            (line_start + comment..error.span.start)
                .any(|i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        })
}

/// A string opened with `"` on a line that has a typographic quotation mark after it, which
/// the writer meant to close it (`goal "Unser Ziel“`): that mark.
pub(super) fn typographic_close(source: &str, opening: crate::span::Span) -> Option<OddCharacter> {
    let after = source.get(opening.end..)?;
    let line = &after[..after.find('\n').unwrap_or(after.len())];
    line.char_indices()
        .filter_map(|(i, _)| OddCharacter::starting(&line[i..]))
        .find(|odd| odd.kind == OddKind::Quote)
}

/// How a written word was taken for a keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Meant<'e> {
    /// A slip of the keyboard (`chanel`).
    Typo,
    /// The German word for it (`verbieten`), as written.
    German(&'e str),
}

/// The keyword an unexpected word probably stands for, among those the position takes: one
/// edit away (two for longer words), or its German translation. `None` when nothing is close
/// or the word is no word.
fn keyword_meant(error: &SyntaxError) -> Option<(&'static str, Meant<'_>)> {
    let SyntaxErrorKind::Expected {
        expected,
        found: Found::Token(word),
    } = &error.kind
    else {
        return None;
    };
    if !word.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let lower = crate::semantics::vocab::lowercase(word);
    let candidates: Vec<&'static str> = expected
        .iter()
        .flat_map(|e| e.keywords().iter().copied())
        .collect();
    if let Some(&(_, keyword)) = GERMAN_KEYWORDS
        .iter()
        .find(|(german, keyword)| *german == lower && candidates.contains(keyword))
    {
        return Some((keyword, Meant::German(word)));
    }
    // Short keywords (`on`, `to`) are one edit from too many words to guess.
    let most = if lower.chars().count() >= 7 { 2 } else { 1 };
    candidates
        .into_iter()
        .filter(|k| k.len() >= 4 && *k != lower)
        .map(|k| (strsim::damerau_levenshtein(&lower, k), k))
        .filter(|&(distance, _)| distance <= most)
        .min()
        .map(|(_, k)| (k, Meant::Typo))
}

/// A German keyword just before the unexpected word, read as a term (`allow nur pr`, `hr und
/// sales`, `forbid employees to post weil "…"`): as written, and the keyword it stands for.
fn german_keyword_before<'s>(line: &LinePieces<'s>) -> Option<(&'s str, &'static str)> {
    let before = line.word(-1)?;
    let lower = crate::semantics::vocab::lowercase(before);
    GERMAN_KEYWORDS
        .iter()
        .find(|(german, _)| *german == lower)
        .map(|&(_, keyword)| (before, keyword))
}

/// German words HR drafts use where the language takes a keyword.
const GERMAN_KEYWORDS: &[(&str, &str)] = &[
    ("erlauben", "allow"),
    ("erlaubt", "allow"),
    ("ermutigen", "encourage"),
    ("verlangen", "require"),
    ("verbieten", "forbid"),
    ("verboten", "forbid"),
    ("sperren", "block"),
    ("überwachen", "monitor"),
    ("weil", "because"),
    ("begründung", "because"),
    ("konsequenz", "consequence"),
    ("folge", "consequence"),
    ("und", "and"),
    ("für", "for"),
    ("auf", "on"),
    ("über", "about"),
    ("während", "during"),
    ("mit", "using"),
    ("außer", "except"),
    ("sowie", "and"),
    ("zu", "to"),
    ("kanal", "channel"),
    ("regel", "rule"),
    ("ziel", "goal"),
    ("kontakt", "contact"),
    ("zweck", "purpose"),
    ("zielgruppe", "audience"),
    ("verantwortlich", "owner"),
    ("eigentümer", "owner"),
    ("inhaber", "owner"),
    ("richtlinie", "guideline"),
    ("leitfaden", "guideline"),
    ("erlaube", "allow"),
    ("verbiete", "forbid"),
    ("verbot", "forbid"),
    ("fördern", "encourage"),
    ("fordern", "require"),
    ("sperre", "block"),
    ("überwache", "monitor"),
    ("ohne", "without"),
    ("nur", "only"),
    ("ausser", "except"),
    ("innerhalb", "within"),
    ("freigabe", "approval"),
    ("durch", "by"),
];

/// The line of an unexpected word, in pieces between spaces and tabs: each with its offset in
/// the source, and which one is the unexpected word. `None` when no word was found.
struct LinePieces<'s> {
    pieces: Vec<(usize, &'s str)>,
    found: usize,
}

impl<'s> LinePieces<'s> {
    fn of(error: &SyntaxError, source: &'s str) -> Option<Self> {
        let SyntaxErrorKind::Expected {
            found: Found::Token(_),
            ..
        } = &error.kind
        else {
            return None;
        };
        Self::around(source, error.span.start)
    }

    /// The line of `source` around `at`, the piece that starts at `at` being the one found.
    fn around(source: &'s str, at: usize) -> Option<Self> {
        let line_start = source.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
        let mut pieces = Vec::new();
        let mut offset = line_start;
        for piece in source[line_start..line_end].split([' ', '\t', '\r']) {
            if !piece.is_empty() {
                pieces.push((offset, piece));
            }
            offset += piece.len() + 1;
        }
        let found = pieces.iter().position(|&(start, _)| start == at)?;
        Some(LinePieces { pieces, found })
    }

    /// The piece `by` places after the unexpected word (before it when negative).
    fn word(&self, by: isize) -> Option<&'s str> {
        let at = self.found.checked_add_signed(by)?;
        self.pieces.get(at).map(|&(_, piece)| piece)
    }

    /// The pieces from the `start`th on, up to a `}` or `#` (the code of the line).
    fn code_from(&self, start: usize) -> Vec<&'s str> {
        self.pieces
            .get(start..)
            .unwrap_or_default()
            .iter()
            .map(|&(_, w)| w)
            .take_while(|w| !w.starts_with(['}', '#']))
            .collect()
    }

    /// Whether the unexpected word starts an item: first on its line, or right after a `{`.
    fn starts_item(&self) -> bool {
        self.found == 0 || self.word(-1).is_some_and(|w| w.ends_with('{'))
    }

    /// The keyword of the statement the line starts with (`forbid`), lower-cased.
    fn statement_keyword(&self) -> Option<String> {
        let first = self.pieces.first()?.1.to_ascii_lowercase();
        Expected::Statement
            .keywords()
            .contains(&first.as_str())
            .then_some(first)
    }
}

/// A German word for a term written in a gender form, its mark found (`Mitarbeiter*innen`,
/// `Mitarbeiter:innen`, `Mitarbeiter/innen`, `Mitarbeiter_innen`, `Kolleg*in`): the word ends
/// right before the mark, and `innen` or `in` follows it directly, then no letter.
fn gendered_word<'s>(
    error: &SyntaxError,
    source: &'s str,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(_),
        ..
    } = &error.kind
    else {
        return None;
    };
    let at = error.span.start;
    let rest = source.get(at..)?;
    let after_mark = rest.strip_prefix(['*', ':', '/', '_'])?;
    let ending = ["innen", "in"].into_iter().find(|ending| {
        after_mark
            .get(..ending.len())
            .is_some_and(|e| e.eq_ignore_ascii_case(ending))
            && !after_mark[ending.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
    })?;
    let before = &source[..at];
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let stem = &before[start..];
    let term = vocab.german_gendered_term(stem)?;
    Some(Advice::GenderedWord {
        written: &source[start..at + 1 + ending.len()],
        term,
        joined: format!("{stem}Innen"),
    })
}

/// Whether a piece of a line is a word: a letter, then letters, digits and hyphens.
fn is_word(piece: &str) -> bool {
    piece.starts_with(char::is_alphabetic) && piece.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// Whether `word` is a term or alias of the vocabulary, in any list.
fn in_vocabulary(vocab: &Vocabulary, word: &str) -> bool {
    Category::ALL.into_iter().any(|c| vocab.knows(c, word))
}

/// A term of several words written with spaces, as in a sentence (`customer service`, `speak
/// for company`): two or three words on the line of the unexpected word, that word among them,
/// apart by spaces or tabs only, that joined with hyphens are a term or alias of the vocabulary
/// (in any list). The words as written and the joined term, lower-cased; three words before two.
/// Where no words join into a term, words that join into a close spelling of a term of the
/// list the position takes, in the other number or slightly off (`trade secret`, `customer
/// datas`): see [`close_joined_term`].
fn spaced_term<'s>(
    line: &LinePieces<'s>,
    source: &'s str,
    vocab: &Vocabulary,
) -> Option<(&'s str, String)> {
    // A sentence's punctuation after the last word is no part of it (`trade secrets.`).
    let bare = |piece: &'s str| piece.trim_end_matches(['.', ',', ';', ':', '!']);
    let is_article = |word: &str| ARTICLES.iter().any(|a| word.eq_ignore_ascii_case(a));
    let mut close: Option<(&'s str, String)> = None;
    // The list of each position asked for (a scan of the file each): windows share starts.
    let mut kinds: Vec<(usize, TermKind)> = Vec::new();
    let mut kind_at = |start: usize| match kinds.iter().find(|&&(s, _)| s == start) {
        Some(&(_, kind)) => kind,
        None => {
            let kind = crate::syntax::term_kind_at(source, start);
            kinds.push((start, kind));
            kind
        }
    };
    for size in [4, 3, 2] {
        for first in line.found.saturating_sub(size - 1)..=line.found {
            let Some(window) = line.pieces.get(first..first + size) else {
                continue;
            };
            let words: Vec<&str> = window.iter().map(|&(_, w)| bare(w)).collect();
            // Inner pieces with punctuation of their own do not belong together, and an
            // article stands inside a term written as a sentence (`speak for the company`),
            // not at its edges.
            if !words.iter().all(|w| is_word(w))
                || window[..size - 1].iter().any(|&(_, w)| bare(w) != w)
                || is_article(words[0])
                || is_article(words[size - 1])
            {
                continue;
            }
            let kept: Vec<&str> = words.iter().copied().filter(|w| !is_article(w)).collect();
            let (start, _) = window[0];
            let (last, _) = window[size - 1];
            let written = &source[start..last + words[size - 1].len()];
            // Joined with hyphens, or closed up for a name written apart (`linked in`, `you
            // tube`).
            let hyphenated = crate::semantics::vocab::lowercase(&kept.join("-"));
            let closed = crate::semantics::vocab::lowercase(&kept.concat());
            let candidates = [Some(hyphenated), (kept.len() == 2).then_some(closed)];
            // Only words that join into some term are worth the scan of the file that tells
            // the list of the position.
            let mut known = candidates
                .into_iter()
                .flatten()
                .filter(|t| in_vocabulary(vocab, t));
            let Some(first_known) = known.next() else {
                if close.is_none() && kept.len() == size {
                    close = close_joined_term(&kept, vocab, || kind_at(start))
                        .map(|term| (written, term));
                }
                continue;
            };
            // The list of the position, when the words before tell it: a term of another list
            // is no answer (`purpose customer service` does not mean the audience). In a
            // statement, a term of a list that a qualifier names is an answer too (`on company
            // devices`: `company-devices`, which unknown-term then points to `using`).
            let kind = kind_at(start);
            let in_statement = matches!(
                kind,
                TermKind::Audience
                    | TermKind::Platform
                    | TermKind::Content
                    | TermKind::Time
                    | TermKind::Means
            );
            let qualified = |term: &str| Category::QUALIFIED.iter().any(|&c| vocab.knows(c, term));
            let fits = |term: &str| match category_of(kind) {
                Some(category) => vocab.knows(category, term) || (in_statement && qualified(term)),
                None => true,
            };
            if let Some(term) = std::iter::once(first_known).chain(known).find(|t| fits(t)) {
                return Some((written, term));
            }
        }
    }
    close
}

/// A term of the list the position takes (`kind`, when the words before tell it) that
/// `words`, written apart and joined with hyphens, are a close spelling of: one of the
/// vocabulary's suggestions for the joined words, with as many words as written, one of them
/// as written and each other one letter away (`trade secret`, `job offer`, `customer datas`).
/// Keywords are no part of a term, and words far from a term are not joined (`business
/// secrets`).
fn close_joined_term(
    words: &[&str],
    vocab: &Vocabulary,
    kind: impl FnOnce() -> TermKind,
) -> Option<String> {
    if words.iter().any(|w| crate::syntax::is_keyword(w)) {
        return None;
    }
    // Only words of which one is a part of a term of as many parts are worth the scan of the
    // file that tells the list of the position (most windows of an error's line are not).
    let has_part = Category::ALL.iter().any(|&c| {
        vocab.terms(c).iter().any(|term| {
            term.split('-').count() == words.len()
                && term
                    .split('-')
                    .any(|part| words.iter().any(|w| part.eq_ignore_ascii_case(w)))
        })
    });
    if !has_part {
        return None;
    }
    let category = category_of(kind())?;
    let words: Vec<String> = words
        .iter()
        .map(|w| crate::semantics::vocab::lowercase(w))
        .collect();
    vocab
        .suggestions(category, &words.join("-"))
        .into_iter()
        .find(|term| {
            let parts: Vec<&str> = term.split('-').collect();
            parts.len() == words.len()
                && parts.iter().zip(&words).any(|(p, w)| p == w)
                && parts
                    .iter()
                    .zip(&words)
                    .all(|(p, w)| strsim::damerau_levenshtein(p, w) <= 1)
        })
}

/// The list of the vocabulary a kind of term position takes (`None` where the words before
/// do not tell).
fn category_of(kind: TermKind) -> Option<Category> {
    Some(match kind {
        TermKind::Audience | TermKind::Department => Category::Audience,
        TermKind::Platform => Category::Platform,
        TermKind::Action => Category::Action,
        TermKind::Content => Category::Content,
        TermKind::Time => Category::Time,
        TermKind::Means => Category::Means,
        TermKind::MonitorTarget => Category::MonitorTarget,
        TermKind::Purpose => Category::Purpose,
        TermKind::Consequence => Category::Consequence,
        TermKind::Any => return None,
    })
}

/// Whether a term may stand at the error or just before it: anywhere but where a text in quotes
/// is expected (`because Customer data`).
fn after_or_at_term(error: &SyntaxError) -> bool {
    matches!(&error.kind, SyntaxErrorKind::Expected { expected, .. }
        if !expected.contains(&Expected::String))
}

/// Whether the position takes the next item of a list (`,` or `and`).
fn list_goes_on(error: &SyntaxError) -> bool {
    matches!(&error.kind, SyntaxErrorKind::Expected { expected, .. }
        if expected.iter().any(|e| *e == Expected::Comma || *e == Expected::Keyword("and")))
}

/// `or` after a term where a list may go on (`on facebook, instagram or tiktok`): lists are
/// joined with `,` and `and`.
fn or_in_list(error: &SyntaxError, line: &LinePieces) -> bool {
    line.word(0)
        .is_some_and(|w| w.eq_ignore_ascii_case("or") || w.eq_ignore_ascii_case("oder"))
        && line
            .word(-1)
            .is_some_and(|w| is_word(w.trim_end_matches(',')))
        && list_goes_on(error)
}

/// Articles and possessives that English and German sentences put before a noun, and that the
/// language does without (`allow the employees`, `about our products`).
const ARTICLES: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "your", "his", "her", "der", "die", "das", "den",
    "dem", "des", "ein", "eine", "einen", "einer", "einem", "eines", "unsere", "unser", "unseren",
    "unserer", "unserem", "unseres", "ihre", "ihr", "ihrer", "ihren", "ihrem", "ihres", "sein",
    "seine", "seiner", "seinen", "seinem", "seines", "deren", "dessen",
];

/// An article before the unexpected word, read as a term (`allow the employees`): the article,
/// and the words as written with it and without it (with the word before it on the line, if
/// any).
fn article<'s>(line: &LinePieces<'s>) -> Option<(&'s str, String, String)> {
    let word = line.word(0)?;
    let article = line.word(-1)?;
    if !is_word(word) || !ARTICLES.iter().any(|a| article.eq_ignore_ascii_case(a)) {
        return None;
    }
    Some(match line.word(-2) {
        Some(before) => (
            article,
            format!("{before} {article} {word}"),
            format!("{before} {word}"),
        ),
        None => (article, format!("{article} {word}"), word.to_owned()),
    })
}

/// Text where a text in quotes is expected (`goal Be helpful`, `rule Access {`): the line from
/// the unexpected word on, and as it reads with the text in quotes. `None` when the text has a
/// quote of its own, or no text follows on the line.
fn unquoted_text<'s>(error: &SyntaxError, source: &'s str) -> Option<(&'s str, String)> {
    let SyntaxErrorKind::Expected {
        expected,
        found: Found::Token(_),
    } = &error.kind
    else {
        return None;
    };
    if !expected.contains(&Expected::String) {
        return None;
    }
    let at = error.span.start;
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    // The text ends at a brace or a comment on its line: `rule Access { allow … }` quotes
    // `Access`, not the block after it, and `because }` quotes nothing (edit 16, item 3).
    let cut = source[at..line_end]
        .find(['{', '}', '#'])
        .map_or(line_end, |i| at + i);
    let opens = source[cut..line_end].starts_with('{');
    let text = source[at..cut].trim_end();
    let written = if opens {
        source[at..=cut].trim_end()
    } else {
        text
    };
    // `guideline Name {`, `rule Name {`, `channel x Name {`: the brace opens the block.
    let brace = if opens { " {" } else { "" };
    // `contact: hr@acme.example`: the colon of a form goes, as for a clause's keyword.
    let text = text.strip_prefix([':', '=']).map_or(text, str::trim_start);
    // Single quotes (`'hr@acme.example'`) become the double ones.
    let text = ['\'', '‘']
        .iter()
        .find_map(|&q| {
            text.strip_prefix(q)
                .and_then(|t| t.strip_suffix(['\'', '’']))
        })
        .unwrap_or(text);
    if text.is_empty() || text.contains('"') || text.chars().count() > 200 {
        return None;
    }
    Some((written, format!("\"{text}\"{brace}")))
}

/// A duration written as in a sentence (`2 hours`, `24 h`, `3 Tage`, `1 week`): as written, and
/// as the language writes it (`2h`, `24h`, `3d`, `7d`).
fn spelled_duration<'s>(
    error: &SyntaxError,
    source: &'s str,
    line: &LinePieces<'s>,
) -> Option<(&'s str, String)> {
    let SyntaxErrorKind::Expected { expected, .. } = &error.kind else {
        return None;
    };
    if !expected.contains(&Expected::Duration) {
        return None;
    }
    let first = line.word(0)?;
    // A number in words (`one day`, `zwei Stunden`) is a number and its unit after it.
    if let Some(number) = number_word(first) {
        return spelled_unit(source, line, number, None, 1);
    }
    let digits = first.bytes().take_while(u8::is_ascii_digit).count();
    let number: u64 = first[..digits].parse().ok()?;
    // A fraction (`1.5h`, `1,5 Stunden`): its digits after the point or comma.
    let fraction = first[digits..]
        .strip_prefix(['.', ','])
        .map(|rest| &rest[..rest.bytes().take_while(u8::is_ascii_digit).count()])
        .filter(|f| !f.is_empty());
    let digits = fraction.map_or(digits, |f| digits + 1 + f.len());
    // The unit is written with the number (`24hours`) or after it (`24 hours`).
    if digits < first.len() {
        let unit = &first[digits..];
        let end = line.pieces[line.found].0 + first.len();
        return duration_of(source, line, number, fraction, unit, end);
    }
    spelled_unit(source, line, number, fraction, 1)
}

/// A number in words, up to twelve and the day's hours (`one`, `zwei`, `twenty-four`).
fn number_word(word: &str) -> Option<u64> {
    const WORDS: &[(&[&str], u64)] = &[
        (
            &["a", "an", "one", "ein", "eine", "einen", "einem", "einer"],
            1,
        ),
        (&["two", "zwei"], 2),
        (&["three", "drei"], 3),
        (&["four", "vier"], 4),
        (&["five", "fünf"], 5),
        (&["six", "sechs"], 6),
        (&["seven", "sieben"], 7),
        (&["eight", "acht"], 8),
        (&["nine", "neun"], 9),
        (&["ten", "zehn"], 10),
        (&["twelve", "zwölf"], 12),
        (&["twenty-four", "vierundzwanzig"], 24),
        (&["forty-eight", "achtundvierzig"], 48),
    ];
    let lower = crate::semantics::vocab::lowercase(word);
    WORDS
        .iter()
        .find(|(words, _)| words.contains(&lower.as_str()))
        .map(|&(_, n)| n)
}

/// The unit written `at` pieces after the number (a day's kind before it left out: `one
/// business day`, `zwei Werktage` are days), and the duration they make.
fn spelled_unit<'s>(
    source: &'s str,
    line: &LinePieces<'s>,
    number: u64,
    fraction: Option<&str>,
    at: isize,
) -> Option<(&'s str, String)> {
    let mut at = at;
    let word = line.word(at)?;
    if ["business", "working", "work", "calendar"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
    {
        at += 1;
    }
    let unit = line.word(at)?;
    let end = line.pieces[line.found.checked_add_signed(at)?].0 + unit.len();
    // `Werktag`, `Arbeitstage`: days.
    let unit = match crate::semantics::vocab::lowercase(unit).as_str() {
        "werktag" | "werktage" | "werktagen" | "arbeitstag" | "arbeitstage" | "arbeitstagen" => {
            "tage"
        }
        _ => unit,
    };
    duration_of(source, line, number, fraction, unit, end)
}

/// `number[.fraction] unit` as written from the unexpected word to `end`, and as a duration.
fn duration_of<'s>(
    source: &'s str,
    line: &LinePieces<'s>,
    number: u64,
    fraction: Option<&str>,
    unit: &str,
    end: usize,
) -> Option<(&'s str, String)> {
    let unit = crate::semantics::vocab::lowercase(unit.trim_end_matches(['.', ',']));
    let (number, unit) = match unit.as_str() {
        "m" | "min" | "mins" | "minute" | "minutes" | "minute(s)" | "minuten" => (number, "min"),
        "h" | "hr" | "hrs" | "hour" | "hours" | "hour(s)" | "std" | "stunde" | "stunden" => {
            (number, "h")
        }
        "d" | "day" | "days" | "day(s)" | "tag" | "tage" | "tagen" => (number, "d"),
        "w" | "week" | "weeks" | "woche" | "wochen" => (number, "w"),
        _ => return None,
    };
    let (number, unit) = match (fraction, unit) {
        (Some(fraction), _) => whole_duration(number, fraction, unit)?,
        (None, "w") => (number.checked_mul(7)?, "d"),
        (None, _) => (number, unit),
    };
    let start = line.pieces[line.found].0;
    Some((&source[start..end], format!("{number}{unit}")))
}

/// `number.fraction unit` (`1.5h`, `1.5w`) as a whole number of the
/// largest unit that says it exactly (`90min`, `36h`), `None` when no whole number of minutes
/// does.
fn whole_duration(number: u64, fraction: &str, unit: &str) -> Option<(u64, &'static str)> {
    let scale = 10u64.checked_pow(u32::try_from(fraction.len()).ok()?)?;
    let per_unit: u64 = match unit {
        "min" => 1,
        "h" => 60,
        "d" => 24 * 60,
        _ => 7 * 24 * 60,
    };
    // In minutes, times `scale`: exact as long as it divides.
    let scaled = number
        .checked_mul(scale)?
        .checked_add(fraction.parse().ok()?)?
        .checked_mul(per_unit)?;
    if scaled % scale != 0 {
        return None;
    }
    let minutes = scaled / scale;
    Some(if minutes % (24 * 60) == 0 && matches!(unit, "d" | "w") {
        (minutes / (24 * 60), "d")
    } else if minutes % 60 == 0 {
        (minutes / 60, "h")
    } else {
        (minutes, "min")
    })
}

/// Punctuation with a meaning of its own in a sentence: `;` between the terms of a list, a
/// remark in parentheses, a second platform after a channel's.
fn punctuation<'s>(error: &SyntaxError, source: &'s str) -> Option<Advice<'s>> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return None;
    };
    let before = source.get(..error.span.start)?;
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let after_word = line
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == '-');
    let bullet_first = line
        .trim()
        .is_empty()
        .then(|| bullet(&source[error.span.start..]))
        .flatten();
    match token.as_str() {
        // Between terms, not at the end of the line (there it is stray punctuation).
        ";" if after_word && list_goes_on(error) && term_follows(&source[error.span.end..]) => {
            Some(Advice::SemicolonInList)
        }
        _ if source[error.span.start..].starts_with("//") => Some(Advice::SlashComment),
        _ if bullet_first.is_some() => bullet_first.map(|mark| Advice::Bullet { mark }),
        t if t.starts_with('(') => Some(Advice::Parenthesis),
        _ => None,
    }
}

/// Whether a word that may be a term follows on the line of `rest` (after spaces).
fn term_follows(rest: &str) -> bool {
    rest.trim_start_matches([' ', '\t'])
        .starts_with(char::is_alphabetic)
}

/// A second platform right after a channel's (`channel facebook, instagram {`, `channel
/// facebook and instagram {`, `channel twitter instagram {`): a channel has one.
fn second_platform(error: &SyntaxError, source: &str, vocab: &Vocabulary) -> bool {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return false;
    };
    let Some(before) = source.get(..error.span.start) else {
        return false;
    };
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let words: Vec<&str> = line.split_whitespace().collect();
    let [keyword, platform] = words.as_slice() else {
        return false;
    };
    let second = match token.as_str() {
        "," | "&" => true,
        t if t.eq_ignore_ascii_case("and") || t.eq_ignore_ascii_case("und") => true,
        t => vocab.knows(Category::Platform, t),
    };
    keyword.eq_ignore_ascii_case("channel") && vocab.knows(Category::Platform, platform) && second
}

/// The bullet or number of a list item that `rest` (a line from its first piece on) starts
/// with: `-`, `*`, `•`, `–`, `1.`, `2)`, `a)`, followed by a space.
fn bullet(rest: &str) -> Option<&str> {
    let mark = rest.split([' ', '\t']).next().unwrap_or_default();
    let numbered = mark
        .strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        || mark
            .strip_suffix(')')
            .is_some_and(|n| n.len() == 1 && n.bytes().all(|b| b.is_ascii_alphabetic()));
    ((matches!(mark, "-" | "*" | "•" | "–") || numbered) && rest.len() > mark.len()).then_some(mark)
}

/// A qualifier given twice in a statement, both on the line of the second
/// (`during work-hours during breaks`): as written from the first, and with both lists joined
/// (`during work-hours and breaks`).
fn joined_qualifier<'s>(
    error: &SyntaxError,
    source: &str,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    let SyntaxErrorKind::Repeated {
        clause,
        scope: Scope::Statement,
    } = &error.kind
    else {
        return None;
    };
    if !matches!(*clause, "on" | "about" | "during" | "using") {
        return None;
    }
    let LinePieces {
        pieces,
        found: second,
    } = LinePieces::around(source, error.span.start)?;
    let first = pieces[..second]
        .iter()
        .rposition(|&(_, w)| w.eq_ignore_ascii_case(clause))?;
    // The terms after a qualifier's keyword, up to what is no term, comma or `and`.
    let list = |from: usize| -> Vec<&str> {
        pieces[from + 1..]
            .iter()
            .map(|&(_, w)| w)
            .take_while(|w| is_list_piece(w))
            .flat_map(|w| w.split(','))
            .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
            .collect()
    };
    let first_list = list(first);
    let second_list = list(second);
    if first_list.is_empty() || second_list.is_empty() {
        return None;
    }
    // The second list's terms all of another qualifier's list, and none of this one's: they
    // go under that qualifier, if the statement does not have it yet (joined, a time would
    // stand among the platforms; edit 16, item 5).
    let own = Category::QUALIFIED
        .into_iter()
        .find(|c| c.qualifier() == Some(*clause));
    let other = Category::QUALIFIED
        .into_iter()
        .find(|&c| Some(c) != own && second_list.iter().all(|t| vocab.knows(c, t)));
    if let (Some(own), Some(other)) = (own, other) {
        if !second_list.iter().any(|t| vocab.knows(own, t)) {
            let keyword = other.qualifier()?;
            if pieces.iter().any(|&(_, w)| w.eq_ignore_ascii_case(keyword)) {
                return None;
            }
            let start = pieces[second].0;
            let (last, word) = pieces[second + second_list_pieces(&pieces[second + 1..])];
            let written = source[start..last + word.len()].to_owned();
            let meant = format!("{keyword}{}", &written[pieces[second].1.len()..]);
            return Some(Advice::OtherQualifier { written, meant });
        }
    }
    let mut terms: Vec<String> = Vec::new();
    for term in first_list.iter().chain(&second_list) {
        let term = crate::semantics::vocab::lowercase(term);
        if !terms.contains(&term) {
            terms.push(term);
        }
    }
    let end = {
        let (start, word) = pieces[second + second_list_pieces(&pieces[second + 1..])];
        start + word.len()
    };
    let written = source[pieces[first].0..end].to_owned();
    let meant = format!("{clause} {}", Lang::En.join(&terms));
    Some(Advice::JoinedQualifier { written, meant })
}

/// How many pieces after a qualifier's keyword its list takes.
fn second_list_pieces(pieces: &[(usize, &str)]) -> usize {
    pieces
        .iter()
        .take_while(|&&(_, w)| is_list_piece(w))
        .count()
}

/// Whether a piece of a line belongs to a list of terms: `and`, or terms and commas.
fn is_list_piece(piece: &str) -> bool {
    piece.eq_ignore_ascii_case("and")
        || (!crate::syntax::is_keyword(piece)
            && piece.split(',').all(|p| p.is_empty() || is_word(p))
            && piece != ",")
}

/// Punctuation that sentences end with or put after a label (`trade-secrets.`, `owner: hr`),
/// found where the language takes none.
fn stray_punctuation(error: &SyntaxError) -> Option<&str> {
    match &error.kind {
        SyntaxErrorKind::Expected {
            found: Found::Token(token),
            ..
        } if matches!(token.as_str(), "." | ";" | ":" | "!") => Some(token),
        _ => None,
    }
}

/// Words that stand where a keyword of two words wants its second one (`respond in`, `approval
/// from`): replaced by it, where any other word gets the keyword put before it (`staffed
/// customer-service`).
const WRONG_LINKS: &[&str] = &[
    "in",
    "from",
    "at",
    "of",
    "to",
    "for",
    "with",
    "after",
    "before",
    "von",
    "durch",
    "bis",
    "nach",
    "innerhalb",
];

/// A keyword the position wants, missing or replaced by another word (`staffed
/// customer-service`, `respond in 4h`, `replies yes`, `without pr approval`): the words as
/// written and as they should be.
fn missing_keyword(
    error: &SyntaxError,
    line: &LinePieces,
    vocab: &Vocabulary,
) -> Option<(String, String)> {
    let SyntaxErrorKind::Expected { expected, .. } = &error.kind else {
        return None;
    };
    // `forbid employees post about politics`: the `to` before the action is missing (where
    // `to` is one of several things the position takes, with `,`, `and` or `except`).
    if expected.contains(&Expected::Keyword("to")) {
        let found = line.word(0).filter(|w| is_word(w))?;
        let before = line.word(-1)?;
        if vocab.knows(Category::Action, found) && !crate::syntax::is_keyword(found) {
            return Some((format!("{before} {found}"), format!("{before} to {found}")));
        }
        // `forbid employees from posting …`: the verb of the gerund, after `to`.
        if found.eq_ignore_ascii_case("from") {
            let gerund = line.word(1)?;
            let verb = verb_of_gerund(gerund).filter(|v| vocab.knows(Category::Action, v))?;
            return Some((
                format!("{before} from {gerund}"),
                format!("{before} to {verb}"),
            ));
        }
    }
    let keywords: Vec<&str> = expected
        .iter()
        .map(|e| match e {
            Expected::Keyword(k) => Some(*k),
            _ => None,
        })
        .collect::<Option<_>>()?;
    // A mistyped or German keyword is told as such.
    if keyword_meant(error).is_some() {
        return None;
    }
    // A keyword found is the next clause (`without approval` before `because` on the next
    // line): something is missing, not misspelt.
    let found = line
        .word(0)
        .filter(|w| is_word(w) && !crate::syntax::is_keyword(w))?;
    let lower = crate::semantics::vocab::lowercase(found);
    let before = line.word(-1);
    let with_before = |text: String| match before {
        Some(b) => format!("{b} {text}"),
        None => text,
    };
    let written = with_before(found.to_owned());
    match keywords.as_slice() {
        ["off", "on"] | ["on", "off"] => {
            let meant = match lower.as_str() {
                "yes" | "true" | "ja" | "an" | "enabled" => "on",
                "no" | "false" | "nein" | "aus" | "disabled" => "off",
                _ => return None,
            };
            Some((written, with_before(meant.to_owned())))
        }
        ["approval"]
            if line
                .word(1)
                .is_some_and(|w| w.eq_ignore_ascii_case("approval"))
                && vocab.knows(Category::Audience, found) =>
        {
            // `without pr approval`: who approves goes after `approval by`.
            Some((
                format!("{written} {}", line.word(1)?),
                with_before(format!("approval by {found}")),
            ))
        }
        // `with company-devices` is a means named with the wrong word (see `preposition`).
        ["approval"] => None,
        [keyword] if WRONG_LINKS.contains(&lower.as_str()) => {
            Some((written, with_before((*keyword).to_owned())))
        }
        [keyword] => Some((written, with_before(format!("{keyword} {found}")))),
        _ => None,
    }
}

/// A statement where a guideline's clauses stand (`forbid employees to post` outside any
/// `rule`): its keyword.
fn statement_outside_rule<'s>(error: &SyntaxError, line: &LinePieces<'s>) -> Option<&'s str> {
    let SyntaxErrorKind::Expected { expected, .. } = &error.kind else {
        return None;
    };
    let word = line.word(0)?;
    let lower = crate::semantics::vocab::lowercase(word);
    (expected.contains(&Expected::Item) && Expected::Statement.keywords().contains(&lower.as_str()))
        .then_some(word)
}

/// `because` or `consequence` where a guideline's clauses stand (after the rule block's `}`):
/// the keyword as written.
fn rule_clause_outside<'s>(error: &SyntaxError, line: &LinePieces<'s>) -> Option<&'s str> {
    let SyntaxErrorKind::Expected { expected, .. } = &error.kind else {
        return None;
    };
    let word = line.word(0)?;
    (expected.contains(&Expected::Item)
        && ["because", "consequence"]
            .iter()
            .any(|k| word.eq_ignore_ascii_case(k)))
    .then_some(word)
}

/// A text in quotes found right after the text of a clause that takes one (`goal "Be open"
/// "Be helpful"`): the clause's keyword, and whether it may be repeated (SPEC §11.3).
fn second_text(error: &SyntaxError, source: &str) -> Option<Advice<'static>> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return None;
    };
    if !token.starts_with('"') {
        return None;
    }
    let before = source.get(..error.span.start)?.trim_end();
    let text = before.strip_suffix('"')?;
    // The keyword before the first text, on the line where that text starts.
    // Its opening quote: the last one not escaped by a backslash (`"Wir sagen \"Hallo\""`).
    let escaped = |at: usize| text[..at].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1;
    let opening = text
        .rmatch_indices('"')
        .map(|(at, _)| at)
        .find(|&at| !escaped(at))?;
    let keyword = text[..opening]
        .trim_end()
        .rsplit([' ', '\t', '\n', '{'])
        .next()?;
    let lower = keyword.to_ascii_lowercase();
    let (keyword, repeatable) = match lower.as_str() {
        "goal" => ("goal", true),
        "contact" => ("contact", true),
        "because" => ("because", false),
        "version" => ("version", false),
        _ => return None,
    };
    Some(Advice::SecondText {
        keyword,
        repeatable,
    })
}

/// English (and German) prepositions HR drafts use where the language takes a qualifier.
const PREPOSITIONS: &[&str] = &[
    "for",
    "in",
    "at",
    "via",
    "through",
    "from",
    "with",
    "regarding",
    "concerning",
    "im",
    "bei",
    "per",
    "über",
    "mit",
    "auf",
    "während",
    "zur",
];

/// A preposition before a term where a qualifier may stand (`in breaks`, `via company-devices`,
/// `with company-devices`): the qualifier the term's list takes, and the words as written and
/// as they should be. The term decides: a time takes `during`, a means `using`, a platform `on`,
/// a topic `about`. An article or possessive may stand between (`in der Pause`, `während ihrer
/// Freizeit`, `during their breaks`), and the term may be a German word for it (`Pause`:
/// `breaks`), so that one help gives the whole qualifier (`during breaks`); a qualifier's own
/// keyword counts as a preposition then (`during der Freizeit`).
fn preposition<'s>(
    error: &SyntaxError,
    line: &LinePieces<'s>,
    vocab: &Vocabulary,
) -> Option<(String, String)> {
    let SyntaxErrorKind::Expected { expected, .. } = &error.kind else {
        return None;
    };
    let lower = crate::semantics::vocab::lowercase;
    let is_preposition = |word: &str| PREPOSITIONS.contains(&lower(word).as_str());
    let is_article = |word: &str| ARTICLES.iter().any(|a| lower(word) == *a);
    let is_qualifier = |word: &str| {
        Category::QUALIFIED
            .into_iter()
            .any(|c| c.qualifier() == Some(word))
    };
    // The term, and its list, as the vocabulary knows it or as a German word translates it.
    let term_of = |word: &str| {
        Category::QUALIFIED.into_iter().find_map(|category| {
            if vocab.knows(category, word) {
                Some((category, word.to_owned()))
            } else {
                vocab
                    .german_term(category, word)
                    .map(|term| (category, term.to_owned()))
            }
        })
    };
    let with_article = |from: isize| -> Option<(String, String)> {
        let preposition = line.word(from)?;
        let article = line.word(from + 1)?;
        let term = line.word(from + 2)?.trim_end_matches(',');
        if !(is_preposition(preposition) || is_qualifier(preposition))
            || !is_article(article)
            || !is_word(term)
        {
            return None;
        }
        let (category, meant) = term_of(term)?;
        let qualifier = category.qualifier()?;
        if preposition == qualifier && meant == term {
            // `during the breaks`: only the article is amiss, see [`article`].
            return None;
        }
        Some((
            format!("{preposition} {article} {term}"),
            format!("{qualifier} {meant}"),
        ))
    };
    if expected.contains(&Expected::Qualifier) || expected.contains(&Expected::Keyword("approval"))
    {
        // `in der Pause` found at `in`, at `der` (`in` read as a term), or at `Pause` (`during
        // ihrer` read as a qualifier with its term).
        if let Some(found) = (-2..=0).rev().find_map(with_article) {
            return Some(found);
        }
    }
    let (preposition, term) = if expected.contains(&Expected::Keyword("approval")) {
        // `with company-devices`: `with` started `with approval by`.
        (line.word(-1)?, line.word(0)?)
    } else if !expected.contains(&Expected::Qualifier) {
        return None;
    } else if line.word(0).is_some_and(is_preposition) {
        (line.word(0)?, line.word(1)?)
    } else {
        // `to post via company-devices`: the preposition was read as the action's object.
        (line.word(-1)?, line.word(0)?)
    };
    if !is_preposition(preposition) {
        return None;
    }
    let term = term.trim_end_matches(',');
    if !is_word(term) {
        return None;
    }
    let (category, meant) = term_of(term)?;
    Some((
        format!("{preposition} {term}"),
        format!("{} {meant}", category.qualifier()?),
    ))
}

/// The action before a `,` or `and` that stands where a statement's objects or qualifiers
/// would, or before an `or` read as its object: HR drafts often list actions (`to comment,
/// reply`, `to comment and share`, `to comment or share`), and a statement takes one. When the
/// statement can be read to its end, one statement for each action, in full ([`each_action`]);
/// otherwise the first action with the statement up to its `to` as written on its line, for the
/// example (a stand-in when the statement starts on a line before, or is long).
fn second_action<'s>(
    error: &SyntaxError,
    source: &'s str,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    let SyntaxErrorKind::Expected {
        found: Found::Token(token),
        ..
    } = &error.kind
    else {
        return None;
    };
    let mut before = source.get(..error.span.start)?.trim_end();
    // Where the list of actions goes on after the first: at its `,`, `and` or `or`.
    let mut list = error.span.start;
    if token != "," && !token.eq_ignore_ascii_case("and") {
        // `to comment or share`: `or` is no list word, so it was read as the first action's
        // object, and the second action is what was not expected.
        let or = before.get(before.len().checked_sub(3)?..)?;
        if !(or.get(1..)?.eq_ignore_ascii_case("or") && or.starts_with(char::is_whitespace)) {
            return None;
        }
        list = before.len() - 2;
        before = before[..list].trim_end();
    }
    // After the last character that is no part of a term (it may be wider than a byte).
    let action_start = before
        .char_indices()
        .rfind(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let action = &before[action_start..];
    let keyword = before[..action_start].trim_end();
    let to = keyword.get(keyword.len().checked_sub(2)?..)?;
    let separated = keyword[..keyword.len() - 2]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    if !(to.eq_ignore_ascii_case("to") && separated && !action.is_empty()) {
        return None;
    }
    // From the statement's first word, its modality, on the same line.
    let line = &keyword[keyword.rfind('\n').map_or(0, |i| i + 1)..];
    let is_modality = |word: &str| {
        ["allow", "forbid", "encourage", "require"]
            .iter()
            .any(|m| word.eq_ignore_ascii_case(m))
    };
    let start = line
        .match_indices(|c: char| c.is_alphabetic())
        .filter(|&(i, _)| i == 0 || line[..i].ends_with(|c: char| !c.is_alphanumeric() && c != '-'))
        .map(|(i, _)| i)
        .rfind(|&i| is_modality(line[i..].split_whitespace().next().unwrap_or_default()));
    let head = match start {
        Some(i) if line[i..].chars().count() <= 60 => &line[i..],
        _ => "forbid employees to",
    };
    if start.is_some_and(|i| &line[i..] == head) {
        if let Some(statements) = each_action(source, list, vocab, head, action) {
            return Some(Advice::EachAction { statements });
        }
    }
    Some(Advice::SecondAction { action, head })
}

/// The statements that `head first, second … rest` stands for, one for each action, each with
/// the rest of the statement (`encourage everyone to like and share press-releases`:
/// `encourage everyone to like press-releases` and `encourage everyone to share
/// press-releases`). The actions after the first are listed from `list`, at its `,`, `and` or
/// `or`. `None` where the rest cannot be read: an action the vocabulary does not know, a
/// statement that may go on on the next line, or a statement that would not parse.
fn each_action(
    source: &str,
    list: usize,
    vocab: &Vocabulary,
    head: &str,
    first: &str,
) -> Option<Vec<String>> {
    let (mut rest, after) = statement_rest(source, list)?;
    let mut actions = vec![first];
    loop {
        let mut separated = false;
        if let Some(after_comma) = rest.strip_prefix(',') {
            rest = after_comma.trim_start();
            separated = true;
        }
        let word = leading_word(rest);
        if ["and", "or"].iter().any(|w| word.eq_ignore_ascii_case(w)) {
            rest = rest[word.len()..].trim_start();
            separated = true;
            // `and/or`.
            if let Some(after_slash) = rest.strip_prefix('/') {
                let word = leading_word(after_slash);
                if ["and", "or"].iter().any(|w| word.eq_ignore_ascii_case(w)) {
                    rest = after_slash[word.len()..].trim_start();
                }
            }
        }
        if !separated {
            break;
        }
        let action = leading_word(rest);
        if !vocab.knows(Category::Action, action) {
            return None;
        }
        actions.push(action);
        rest = rest[action.len()..].trim_start();
    }
    if !(after.is_empty() || ends_statement(after)) {
        return None;
    }
    let statements: Vec<String> = actions
        .iter()
        .map(|action| {
            [
                head,
                " ",
                action,
                if rest.is_empty() { "" } else { " " },
                rest,
            ]
            .concat()
        })
        .collect();
    statements
        .iter()
        .all(|s| parses_as_statement(s))
        .then_some(statements)
}

/// The rest of a statement's line from `at`, up to a `}` or a comment, trimmed; with the text
/// after the line when it neither ends at a `}` nor is the end of the file (the statement may go
/// on there), else with nothing.
fn statement_rest(source: &str, at: usize) -> Option<(&str, &str)> {
    let line_end = source
        .get(at..)?
        .find('\n')
        .map_or(source.len(), |i| at + i);
    let text = &source[at..line_end];
    Some(match text.find(['}', '#']) {
        Some(i) if text.as_bytes()[i] == b'}' => (text[..i].trim(), ""),
        Some(i) => (text[..i].trim(), &source[line_end..]),
        None => (text.trim(), &source[line_end..]),
    })
}

/// Whether the text after a statement's line starts something else than more of the statement:
/// its first code (after blank lines and comments) closes the block or starts a rule item.
fn ends_statement(after: &str) -> bool {
    let code = after
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .unwrap_or("");
    let word = leading_word(code);
    code.is_empty()
        || code.starts_with('}')
        || Expected::RuleItem
            .keywords()
            .iter()
            .any(|k| word.eq_ignore_ascii_case(k))
}

/// The word `text` starts with: letters, digits and hyphens (empty when it starts otherwise).
fn leading_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(text.len());
    &text[..end]
}

/// Whether `statement` is a statement of the language: a help that offers one to paste must
/// offer one that parses.
fn parses_as_statement(statement: &str) -> bool {
    !statement.contains(['{', '}', '#', '"'])
        && crate::syntax::parse(&format!(
            "guideline \"g\" {{\n  rule \"r\" {{\n    {statement}\n  }}\n}}\n"
        ))
        .is_ok()
}

/// `all social media`: a word for "all" before a term that means all already (`any-platform`
/// and its aliases, the broad audiences) is part of what is replaced; left alone, it would be
/// read as a term of its own. `written` with it, or as it was.
fn with_all_before<'s>(
    line: &LinePieces<'s>,
    source: &'s str,
    vocab: &Vocabulary,
    written: &'s str,
    term: &str,
) -> &'s str {
    let broad = vocab.resolve(Category::Platform, term) == Some("any-platform")
        || vocab.is_broad_audience(vocab.resolve(Category::Audience, term).unwrap_or(""));
    let Some(start) = (written.as_ptr() as usize).checked_sub(source.as_ptr() as usize) else {
        return written;
    };
    let before = line
        .pieces
        .iter()
        .position(|&(offset, _)| offset == start)
        .and_then(|at| at.checked_sub(1))
        .map(|at| line.pieces[at]);
    match before {
        Some((all_at, all))
            if broad
                && ["all", "alle", "every", "any"]
                    .iter()
                    .any(|a| all.eq_ignore_ascii_case(a)) =>
        {
            &source[all_at..start + written.len()]
        }
        _ => written,
    }
}

/// For a term written apart (`written`, joined `term`) right after a qualifier's keyword whose
/// list the term is not in (`on private devices`: a means after `on`): the keyword with the
/// words as written, and the keyword of the term's own list, when the statement has no such
/// qualifier yet (a second one would be a syntax error).
fn other_qualifier(
    line: &LinePieces,
    source: &str,
    vocab: &Vocabulary,
    written: &str,
    term: &str,
) -> Option<(String, &'static str)> {
    let start = (written.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    let at = line
        .pieces
        .iter()
        .position(|&(offset, _)| offset == start)?;
    let (keyword_at, keyword) = *line.pieces.get(at.checked_sub(1)?)?;
    let own = Category::QUALIFIED.into_iter().find(|c| {
        c.qualifier()
            .is_some_and(|q| keyword.eq_ignore_ascii_case(q))
    })?;
    if vocab.knows(own, term) {
        return None;
    }
    let other = Category::QUALIFIED
        .into_iter()
        .find(|&c| vocab.knows(c, term))?
        .qualifier()?;
    if line
        .pieces
        .iter()
        .any(|&(_, w)| w.eq_ignore_ascii_case(other))
    {
        return None;
    }
    let end = start + written.len();
    Some((source[keyword_at..end].to_owned(), other))
}

/// `research results`, `written warning`, `Regulatory Affairs`: the unexpected word and the
/// word before it, both plain words, the one before no term of the list the position takes, where
/// a list could go on; joined with a hyphen they are no term either (else [`spaced_term`]
/// would have said so). Told to be joined and added to the vocabulary, or replaced by a term
/// the vocabulary knows.
fn unknown_joined_term<'s>(
    error: &SyntaxError,
    line: &LinePieces<'s>,
    source: &str,
    vocab: &Vocabulary,
) -> Option<Advice<'s>> {
    if !list_goes_on(error) {
        return None;
    }
    let (start, before) = *line.pieces.get(line.found.checked_sub(1)?)?;
    let found = line.word(0)?.trim_end_matches(['.', ',', ';']);
    // No keyword, no word of a sentence (`or`, German keywords have their own helps; `if
    // no`, `when they` are no term).
    let plain = |w: &str| is_word(w) && !crate::syntax::is_keyword(w) && !sentence_word(w);
    // An article or possessive after `of` is left out of the term (`photos of our patients`:
    // `photos-of-patients`); a German genitive keeps its article (`Fotos der Patienten`).
    let genitive = ["der", "des"].iter().any(|w| found.eq_ignore_ascii_case(w));
    if (genitive || ["of", "von"].iter().any(|w| found.eq_ignore_ascii_case(w))) && plain(before) {
        let is_article = |w: &str| ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a));
        let skip = isize::from(!genitive && line.word(1).is_some_and(is_article));
        let after = line.word(1 + skip)?.trim_end_matches(['.', ',', ';']);
        if !plain(after) || is_article(after) {
            return None;
        }
        let kind = crate::syntax::term_kind_at(source, start);
        if category_of(kind)? != Category::Content {
            return None;
        }
        let written = (-1..=1 + skip)
            .filter_map(|by| line.word(by))
            .collect::<Vec<_>>()
            .join(" ");
        let written = written.trim_end_matches(['.', ',', ';']).to_owned();
        let joined = crate::semantics::vocab::lowercase(&[before, found, after].join("-"));
        return (!in_vocabulary(vocab, &joined)).then_some(Advice::UnknownJoinedTerm {
            written,
            joined,
            kind,
        });
    }
    if !plain(before) || !plain(found) {
        return None;
    }
    let kind = crate::syntax::term_kind_at(source, start);
    let category = category_of(kind)?;
    // A known term after an unknown word (`written warning`) is taken with it: the word
    // before may change what it means.
    if vocab.knows(category, before) {
        return None;
    }
    let joined = crate::semantics::vocab::lowercase(&[before, found].join("-"));
    if in_vocabulary(vocab, &joined) {
        return None;
    }
    Some(Advice::UnknownJoinedTerm {
        written: [before, found].join(" "),
        joined,
        kind,
    })
}

/// A word of a sentence, no part of a term: a conjunction, pronoun, preposition or German
/// keyword (`if no`, `when they`, `in public`, `company mit`).
fn sentence_word(w: &str) -> bool {
    [
        "or",
        "oder",
        "und",
        "nor",
        "if",
        "when",
        "while",
        "unless",
        "no",
        "not",
        "they",
        "in",
        "at",
        "from",
        "for",
        "with",
        "via",
        "im",
        "am",
        "bei",
        "nach",
        "mit",
        "outside",
        "außerhalb",
        "ausserhalb",
        "we",
        "you",
        "it",
        "is",
        "are",
        "be",
        "that",
        "which",
        "who",
        "this",
        "these",
        "wenn",
        "falls",
        "sofern",
        "sie",
        "wir",
        "es",
        "ist",
        "sind",
        "nicht",
        "kein",
        "keine",
        "dass",
    ]
    .iter()
    .any(|k| w.eq_ignore_ascii_case(k))
        || GERMAN_KEYWORDS
            .iter()
            .any(|(german, _)| w.eq_ignore_ascii_case(german))
}

/// Where new words of a kind of term go in `.guidelint.yaml` (SPEC §8): one key, two, or none
/// (actions are fixed).
fn vocabulary_keys(kind: TermKind) -> &'static [&'static str] {
    match kind {
        TermKind::Audience | TermKind::Department => &["audiences"],
        TermKind::Platform => &["platforms"],
        TermKind::Content => &["contents"],
        TermKind::Time => &["times"],
        TermKind::Means => &["means"],
        TermKind::MonitorTarget => &["listening-targets", "surveillance-targets"],
        TermKind::Purpose => &["two-way-purposes", "broadcast-purposes"],
        TermKind::Consequence => &["consequences"],
        TermKind::Action | TermKind::Any => &[],
    }
}

/// Phrases for "always", which a statement without `during` says already.
const ALL_TIMES: &[&[&str]] = &[
    &["at", "all", "times"],
    &["at", "any", "time"],
    &["all", "the", "time"],
    &["around", "the", "clock"],
    &["zu", "jeder", "zeit"],
    &["rund", "um", "die", "uhr"],
];

/// `at all times` (or another phrase of [`ALL_TIMES`]) with the unexpected word among its
/// words: the phrase as written.
fn all_times(line: &LinePieces) -> Option<String> {
    let words: Vec<String> = line
        .pieces
        .iter()
        .map(|&(_, w)| crate::semantics::vocab::lowercase(w.trim_end_matches(['.', ',', ';', '!'])))
        .collect();
    ALL_TIMES.iter().find_map(|phrase| {
        let first = line.found.saturating_sub(phrase.len() - 1);
        (first..=line.found).find_map(|start| {
            let window = words.get(start..start + phrase.len())?;
            // As written, with a sentence's full stop after it (it goes too).
            (window.iter().zip(phrase.iter()).all(|(w, p)| w == p)).then(|| {
                line.pieces[start..start + phrase.len()]
                    .iter()
                    .map(|&(_, w)| w)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        })
    })
}

/// A clause of the guideline (`rule`, `channel`, `goal`, …) where a `rule` or `channel` block's
/// items or its `}` are expected: that block was not closed before it.
fn unclosed_block(error: &SyntaxError) -> Option<Advice<'static>> {
    let SyntaxErrorKind::Expected {
        expected,
        found: Found::Token(token),
    } = &error.kind
    else {
        return None;
    };
    let found = Expected::Item.keywords().iter().find(|k| *k == token)?;
    let block = if expected.contains(&Expected::RuleItem) {
        "rule"
    } else if expected.contains(&Expected::ChannelItem) {
        "channel"
    } else {
        return None;
    };
    Some(Advice::UnclosedBlock { found, block })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Which variant an advice is: a match without a wildcard, so that a new variant must be
    /// added to [`every_advice_is_said_in_both_languages`]'s examples.
    fn variant(advice: &Advice) -> usize {
        match advice {
            Advice::RunawayText { .. } => 0,
            Advice::Odd(_) => 1,
            Advice::SpacedTerm { .. } => 2,
            Advice::MisplacedOnly => 3,
            Advice::StatementOutsideRule { .. } => 4,
            Advice::BlockException { .. } => 5,
            Advice::ApprovalCondition { .. } => 6,
            Advice::MissingKeyword { .. } => 7,
            Advice::Sentence { .. } => 8,
            Advice::SpelledDuration { .. } => 9,
            Advice::Preposition { .. } => 10,
            Advice::Article { .. } => 11,
            Advice::OrInList { .. } => 12,
            Advice::ApprovalWithoutBy { .. } => 13,
            Advice::ForbidWithApproval { .. } => 47,
            Advice::ApprovalAlone => 14,
            Advice::UnquotedText { .. } => 15,
            Advice::StrayPunctuation { .. } => 16,
            Advice::SemicolonInList => 20,
            Advice::ChannelName { .. } => 31,
            Advice::SecondAnd { .. } => 32,
            Advice::SlashInList { .. } => 33,
            Advice::TrailingComma => 34,
            Advice::AmpersandInList { .. } => 41,
            Advice::Abbreviation { .. } => 42,
            Advice::TextAfter { .. } => 36,
            Advice::MissingOpenBrace { .. } => 35,
            Advice::OtherQualifier { .. } => 30,
            Advice::Parenthesis => 21,
            Advice::ChannelPlatforms => 22,
            Advice::Bullet { .. } => 23,
            Advice::SlashComment => 24,
            Advice::JoinedQualifier { .. } => 25,
            Advice::TermsWithoutComma { .. } => 26,
            Advice::ToBeforeObject { .. } => 27,
            Advice::UnitWord { .. } => 28,
            Advice::CarriageReturnLines => 29,
            Advice::SecondAction { .. } => 17,
            Advice::EachAction { .. } => 37,
            Advice::TimeException { .. } => 38,
            Advice::PlatformException { .. } => 39,
            Advice::ListException { .. } => 40,
            Advice::UnclosedBlock { .. } => 43,
            Advice::AllTimes { .. } => 45,
            Advice::SpacedTermElsewhere { .. } => 46,
            Advice::UnknownJoinedTerm { .. } => 49,
            Advice::UnknownException { .. } => 44,
            Advice::GermanKeywordBefore { .. } => 18,
            Advice::Keyword { .. } => 19,
            Advice::GenderedWord { .. } => 48,
            Advice::UnreadSentence => 50,
            Advice::KeywordFirst { .. } => 51,
            Advice::Condition { .. } => 52,
            Advice::RuleClauseOutside { .. } => 53,
            Advice::Possessive { .. } => 55,
            Advice::OwnModifier { .. } => 56,
            Advice::PeopleException { .. } => 57,
            Advice::OnlyAfter { .. } => 58,
            Advice::OnlyPair { .. } => 59,
            Advice::SecondText { .. } => 54,
        }
    }

    /// Every advice has an English and a different German text (a German help starts with a
    /// capital, as a sentence does), and the German keeps the words the German review chose ("Zeitraum", not "Zeit").
    #[test]
    fn every_advice_is_said_in_both_languages() {
        let s = String::new;
        let examples = [
            Advice::RunawayText { line: 3 },
            Advice::Odd(OddCharacter::starting("„").unwrap()),
            Advice::Odd(OddCharacter::starting("„").unwrap().closing()),
            Advice::Odd(OddCharacter::starting("\u{a0}").unwrap()),
            Advice::Odd(OddCharacter::starting("\u{200b}").unwrap()),
            Advice::Odd(OddCharacter::starting("–").unwrap()),
            Advice::Odd(OddCharacter::starting("\u{1b}").unwrap()),
            Advice::Odd(OddCharacter::starting("\u{301}").unwrap()),
            Advice::SpacedTerm {
                written: "customer service",
                term: "customer-service".into(),
            },
            Advice::MisplacedOnly,
            Advice::StatementOutsideRule { keyword: "forbid" },
            Advice::BlockException {
                written: s(),
                meant: s(),
            },
            Advice::ApprovalCondition {
                written: s(),
                meant: s(),
            },
            Advice::MissingKeyword {
                written: s(),
                meant: s(),
            },
            Advice::Sentence {
                written: s(),
                statements: vec![s()],
                left_out: None,
                exception: false,
            },
            Advice::Sentence {
                written: "Employees may not use Facebook except during breaks.".into(),
                statements: vec![
                    "forbid employees to use Facebook".into(),
                    "allow employees to use Facebook during breaks".into(),
                ],
                left_out: None,
                exception: true,
            },
            Advice::Sentence {
                written: "Do not like or share photos of colleagues".into(),
                statements: vec![
                    "forbid employees to like photos".into(),
                    "forbid employees to share photos".into(),
                ],
                left_out: Some("of colleagues".into()),
                exception: false,
            },
            Advice::SpelledDuration {
                written: "2 hours",
                duration: "2h".into(),
            },
            Advice::Preposition {
                written: s(),
                meant: s(),
            },
            Advice::Article {
                article: "the",
                written: s(),
                meant: s(),
            },
            Advice::OrInList { or: "oder" },
            Advice::ApprovalWithoutBy {
                written: "with approval",
            },
            Advice::ForbidWithApproval {
                written: "with approval",
            },
            Advice::ApprovalAlone,
            Advice::UnquotedText {
                written: "Be helpful",
                quoted: "\"Be helpful\"".into(),
            },
            Advice::StrayPunctuation { mark: ":" },
            Advice::StrayPunctuation { mark: "." },
            Advice::SecondAction {
                action: "comment",
                head: "allow employees to",
            },
            Advice::EachAction {
                statements: vec![
                    "allow employees to like".into(),
                    "allow employees to share".into(),
                ],
            },
            Advice::TimeException {
                statements: Some((
                    "forbid employees to post during work-hours".into(),
                    "allow employees to post during breaks".into(),
                )),
            },
            Advice::TimeException { statements: None },
            Advice::UnclosedBlock {
                found: "rule",
                block: "rule",
            },
            Advice::AllTimes {
                written: "at all times".into(),
            },
            Advice::UnknownJoinedTerm {
                written: "research results".into(),
                joined: "research-results".into(),
                kind: TermKind::Content,
            },
            Advice::UnknownJoinedTerm {
                written: "like it".into(),
                joined: "like-it".into(),
                kind: TermKind::Action,
            },
            Advice::SpacedTermElsewhere {
                written: "on private devices".into(),
                term: "private-devices".into(),
                qualifier: "using",
            },
            Advice::PlatformException {
                written: "on any-platform except linkedin".into(),
                meant: "on facebook, instagram and twitter".into(),
                examples: true,
            },
            Advice::PlatformException {
                written: "on facebook, linkedin except linkedin".into(),
                meant: "on facebook".into(),
                examples: false,
            },
            Advice::ListException {
                category: Category::Content,
                except: "except press-releases".into(),
                statements: Some((
                    "forbid employees to post about company-topics".into(),
                    "allow employees to post about press-releases".into(),
                )),
            },
            Advice::ListException {
                category: Category::Content,
                except: "except press-releases".into(),
                statements: None,
            },
            Advice::ListException {
                category: Category::Means,
                except: "except private-devices".into(),
                statements: None,
            },
            Advice::UnknownException {
                category: Category::Time,
                word: "lunch".into(),
                without: "forbid employees to post during work-hours".into(),
                known: vec!["work-hours".into(), "breaks".into(), "free-time".into()],
                few: true,
            },
            Advice::UnknownException {
                category: Category::Content,
                word: "gossip".into(),
                without: "forbid employees to post about company-topics".into(),
                known: vec!["opinions".into()],
                few: false,
            },
            Advice::UnknownException {
                category: Category::Means,
                word: "laptops".into(),
                without: "forbid employees to post using company-devices".into(),
                known: Vec::new(),
                few: false,
            },
            Advice::SemicolonInList,
            Advice::Parenthesis,
            Advice::ChannelPlatforms,
            Advice::ChannelName {
                written: "channel \"Twitter\"".into(),
                meant: Some("channel twitter \"Twitter\"".into()),
            },
            Advice::ChannelName {
                written: "channel \"Acme\"".into(),
                meant: None,
            },
            Advice::Bullet { mark: "1." },
            Advice::SecondAnd {
                written: "hr and sales and it".into(),
                meant: "hr, sales and it".into(),
            },
            Advice::SlashInList {
                written: "hr/it".into(),
                meant: "hr and it".into(),
            },
            Advice::TrailingComma,
            Advice::AmpersandInList {
                written: "marketing & sales".into(),
                meant: "marketing and sales".into(),
            },
            Advice::Abbreviation {
                written: "z.B.",
                says: Abbreviated::Example,
                kind: TermKind::Platform,
                statement: Some("allow employees to access any-platform # z.B. linkedin".into()),
            },
            Advice::Abbreviation {
                written: "etc.",
                says: Abbreviated::More,
                kind: TermKind::Content,
                statement: None,
            },
            Advice::Abbreviation {
                written: "bzw.",
                says: Abbreviated::Or,
                kind: TermKind::Platform,
                statement: None,
            },
            Advice::Abbreviation {
                written: "inkl.",
                says: Abbreviated::Including,
                kind: TermKind::Platform,
                statement: None,
            },
            Advice::Abbreviation {
                written: "ggf.",
                says: Abbreviated::Maybe,
                kind: TermKind::Content,
                statement: Some(
                    "forbid employees to post about financial-results # ggf. mit Freigabe".into(),
                ),
            },
            Advice::TextAfter { keyword: "because" },
            Advice::TextAfter { keyword: "goal" },
            Advice::TextAfter { keyword: "contact" },
            Advice::MissingOpenBrace {
                written: "guideline \"X\"".into(),
                meant: "guideline \"X\" {".into(),
            },
            Advice::SlashComment,
            Advice::CarriageReturnLines,
            Advice::TermsWithoutComma {
                written: "hr sales".into(),
                meant: "hr, sales".into(),
            },
            Advice::ToBeforeObject {
                written: "access to facebook".into(),
                meant: "access facebook".into(),
                platform: false,
            },
            Advice::ToBeforeObject {
                written: "post to facebook".into(),
                meant: "post on facebook".into(),
                platform: true,
            },
            Advice::UnitWord {
                unit: "department",
                term: "hr",
            },
            Advice::JoinedQualifier {
                written: "during work-hours during breaks".into(),
                meant: "during work-hours and breaks".into(),
            },
            Advice::OtherQualifier {
                written: "on work-hours".into(),
                meant: "during work-hours".into(),
            },
            Advice::GermanKeywordBefore {
                german: "nur",
                keyword: "only",
            },
            Advice::Keyword {
                meant: "forbid",
                how: Meant::German("verbieten"),
            },
            Advice::Keyword {
                meant: "channel",
                how: Meant::Typo,
            },
            Advice::GenderedWord {
                written: "Mitarbeiter*innen",
                term: "employees",
                joined: "MitarbeiterInnen".into(),
            },
            Advice::UnreadSentence,
            Advice::KeywordFirst {
                written: "employees to post".into(),
            },
            Advice::Condition {
                written: "if they disclose affiliation".into(),
                meant: None,
                bans: false,
            },
            Advice::Condition {
                written: "when photos are shared".into(),
                meant: None,
                bans: true,
            },
            Advice::Condition {
                written: "when they are on duty".into(),
                meant: Some("during work-hours".into()),
                bans: true,
            },
            Advice::RuleClauseOutside { keyword: "because" },
            Advice::Possessive {
                written: "competitors' products".into(),
                meant: "competitors-products".into(),
                own: true,
            },
            Advice::Possessive {
                written: "the company's trade secrets".into(),
                meant: "trade-secrets".into(),
                own: false,
            },
            Advice::OwnModifier {
                written: "the company trade secrets".into(),
                meant: "trade-secrets".into(),
            },
            Advice::PeopleException {
                written: "forbid employees to post except pr".into(),
                meant: "forbid employees except pr to post".into(),
            },
            Advice::OnlyAfter {
                keyword: "forbid".into(),
            },
            Advice::OnlyPair {
                written: "only during breaks".into(),
                forbid: "forbid employees to access facebook".into(),
                allow: "allow employees to access facebook during breaks".into(),
            },
            Advice::SecondText {
                keyword: "goal",
                repeatable: true,
            },
            Advice::SecondText {
                keyword: "because",
                repeatable: false,
            },
        ];
        let mut covered = [false; 60];
        for advice in &examples {
            covered[variant(advice)] = true;
            let (en, de) = (advice.text(Lang::En), advice.text(Lang::De));
            assert!(
                !en.is_empty() && de.starts_with(char::is_uppercase),
                "{advice:?}"
            );
            assert_ne!(en, de, "{advice:?}");
            for avoided in ["Zeiten", "eine Zeit ", "Service-Kanal"] {
                assert!(!de.contains(avoided), "{avoided:?} in {de}");
            }
        }
        assert!(covered.iter().all(|&c| c), "{covered:?}");
    }
}
