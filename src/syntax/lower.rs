//! pest parsing and the lowering of pest pairs into the typed AST. The only file that sees pest.

use std::borrow::Cow;
use std::num::NonZeroUsize;
use std::sync::{Mutex, PoisonError};

use pest::error::{ErrorVariant, InputLocation};
use pest::iterators::Pair;
use pest::Parser;

use super::ast::*;
use super::expected::{describe, Expected, TermKind};
use super::{AllowOnlyRewrite, Found, Scope, SyntaxError, SyntaxErrorKind};
use crate::span::Span;

#[derive(pest_derive::Parser)]
#[grammar = "grammar/guideline.pest"]
struct GuidelineParser;

/// pest's budget of rule calls per byte of input. The most call-hungry input measured, a list of
/// one-letter terms (`owner a,a,a,…`: every term tries all 35 keywords first), needs 64.5 calls
/// per byte; the other shapes measured need at most 35, fuzzed inputs about 8 (see
/// docs/robustness.md and `fuzz/tools/call_budget.rs`). The budget is six times the worst, so
/// no valid file trips it, while an input that made the parser backtrack without end would.
pub const CALLS_PER_BYTE: usize = 400;

/// The call budget covers inputs of at least this size (the default `max-file-size`), so in a
/// normal run the process-wide limit is set once, on the first parse.
/// (A test keeps the two equal; syntax does not depend on the configuration.)
pub(super) const BUDGETED_INPUT: usize = 10 * 1024 * 1024;

/// The process-wide call limit this module has set (0: none yet). `pest::set_call_limit` is one
/// setting for the whole process, captured when a parse starts; it only ever grows here, so a
/// parse running on another thread keeps a budget that covers its own input.
static CALL_LIMIT: Mutex<usize> = Mutex::new(0);

/// Makes sure pest's call limit covers an input of `len` bytes.
fn ensure_call_limit(len: usize) {
    let needed = len.max(BUDGETED_INPUT).saturating_mul(CALLS_PER_BYTE);
    let mut current = CALL_LIMIT.lock().unwrap_or_else(PoisonError::into_inner);
    if needed > *current {
        *current = needed;
        pest::set_call_limit(NonZeroUsize::new(needed));
    }
}

/// Replaces pest's call limit for the rest of the process; [`parse`] no longer adjusts it. For
/// measuring the budget (`fuzz/tools/call_budget.rs`) and for a test in a child process only.
#[doc(hidden)]
pub fn override_call_limit(limit: Option<NonZeroUsize>) {
    let mut current = CALL_LIMIT.lock().unwrap_or_else(PoisonError::into_inner);
    *current = usize::MAX;
    pest::set_call_limit(limit);
}

/// Parses a whole guideline file. On failure, the error is the first problem in the file.
pub fn parse(source: &str) -> Result<Guideline<'_>, SyntaxError> {
    ensure_call_limit(source.len());
    let mut pairs =
        GuidelineParser::parse(Rule::file, source).map_err(|e| from_pest(source, 0, e))?;
    let file = pairs.next().ok_or_else(|| internal(source))?;
    let guideline = file
        .into_inner()
        .find(|p| p.as_rule() == Rule::guideline)
        .ok_or_else(|| internal(source))?;
    let mut lowerer = Lowerer {
        source,
        errors: Vec::new(),
        except_keyword: None,
        terms: Vec::new(),
        channel_items: Vec::new(),
        rule_items: Vec::new(),
    };
    let mut tree = lowerer.guideline(guideline);
    tree.terms = lowerer.terms;
    tree.channel_items = lowerer.channel_items;
    tree.rule_items = lowerer.rule_items;
    match lowerer.errors.into_iter().min_by_key(|e| e.span.start) {
        Some(first) => Err(first),
        None => {
            tree.comments = super::comments::comment_spans(source);
            Ok(tree)
        }
    }
}

/// The syntax error [`parse`] would report, looked for from `resume` on: the start of an item
/// of the guideline, where every item before was read without doubt (by the fast parser). pest's
/// first error cannot lie before the item after it (see `fast::GaveUp`), so this is the error of
/// the whole file, found without reading the items before `resume` again. `None` when the rest
/// parses: then the problem is one the lowering finds, and only [`parse`] can tell it.
pub fn first_error_from(source: &str, resume: usize) -> Option<SyntaxError> {
    let rest = source.get(resume..)?;
    ensure_call_limit(source.len());
    GuidelineParser::parse(Rule::tail, rest)
        .err()
        .map(|e| from_pest(source, resume, e))
}

/// Whether `word` is exactly one term of the language (letters first, then letters, digits and
/// `-`; not a keyword). The configuration checks the words it adds with it.
pub fn is_term(word: &str) -> bool {
    ensure_call_limit(word.len());
    GuidelineParser::parse(Rule::term, word)
        .ok()
        .and_then(|mut pairs| pairs.next())
        .is_some_and(|pair| pair.as_span().end() == word.len())
}

/// The grammar guarantees a `file` pair with a `guideline` inside; should that ever not hold,
/// report it as a syntax problem rather than panic.
fn internal(source: &str) -> SyntaxError {
    SyntaxError {
        span: Span::new(0, source.len().min(1)),
        kind: SyntaxErrorKind::TooComplex,
    }
}

/// The span of a pair from its first to its last token. pest lets a rule that ends in a
/// repetition (`qualifier*`) swallow the whitespace before the failed attempt; the span ends at
/// the end of the last inner token instead.
fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let start = pair.as_span().start();
    let mut last = pair.clone();
    while let Some(child) = last.clone().into_inner().next_back() {
        last = child;
    }
    Span::new(start, last.as_span().end().max(start))
}

struct Lowerer<'s> {
    source: &'s str,
    errors: Vec<SyntaxError>,
    /// The `except` keyword of the statement being lowered, for the `allow only … except` error.
    except_keyword: Option<Span>,
    /// The terms of the lists lowered so far ([`Guideline::terms`]).
    terms: Vec<Term<'s>>,
    /// The items of the channels lowered so far ([`Guideline::channel_items`]).
    channel_items: Vec<ChannelItem<'s>>,
    /// The items of the rule blocks lowered so far ([`Guideline::rule_items`]).
    rule_items: Vec<RuleItem<'s>>,
}

impl<'s> Lowerer<'s> {
    fn repeated(&mut self, keyword: &Pair<'_, Rule>, clause: &'static str, scope: Scope) {
        self.errors.push(SyntaxError {
            span: span_of(keyword),
            kind: SyntaxErrorKind::Repeated { clause, scope },
        });
    }

    fn guideline(&mut self, pair: Pair<'s, Rule>) -> Guideline<'s> {
        let span = span_of(&pair);
        let mut keyword = Span::default();
        let mut name = None;
        let mut items = Vec::new();
        let mut seen_version = false;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_guideline => keyword = span_of(&p),
                Rule::string => name = Some(self.text(p)),
                Rule::item => {
                    if let Some(item) = self.item(p, &mut seen_version) {
                        items.push(item);
                    }
                }
                _ => {}
            }
        }
        let name = name.unwrap_or(Text {
            value: Cow::Borrowed(""),
            span: keyword,
        });
        // The comments (outside this pair), terms and nested items are filled in by `parse`.
        Guideline::new(span, keyword.to(name.span), name, items)
    }

    fn item(&mut self, pair: Pair<'s, Rule>, seen_version: &mut bool) -> Option<Item<'s>> {
        let inner = pair.into_inner().next()?;
        Some(match inner.as_rule() {
            Rule::version => {
                if *seen_version {
                    let kw = inner.clone().into_inner().next()?;
                    self.repeated(&kw, "version", Scope::Guideline);
                }
                *seen_version = true;
                Item::Version(self.text_clause(inner))
            }
            Rule::owner => Item::Owner(self.term_clause(inner)),
            Rule::audience => Item::Audience(self.term_clause(inner)),
            Rule::contact => Item::Contact(self.text_clause(inner)),
            Rule::goal => Item::Goal(self.text_clause(inner)),
            Rule::channel => Item::Channel(self.channel(inner)),
            Rule::rule_block => Item::Rule(self.rule_block(inner)),
            _ => return None,
        })
    }

    fn text_clause(&mut self, pair: Pair<'s, Rule>) -> TextClause<'s> {
        let span = span_of(&pair);
        let text = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::string)
            .map(|p| self.text(p))
            .unwrap_or(Text {
                value: Cow::Borrowed(""),
                span,
            });
        TextClause { span, text }
    }

    fn term_clause(&mut self, pair: Pair<'s, Rule>) -> TermClause<'s> {
        let span = span_of(&pair);
        let terms = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::terms)
            .map(|p| self.terms(p))
            .unwrap_or_else(|| self.no_terms(span));
        TermClause { span, terms }
    }

    fn text(&mut self, pair: Pair<'s, Rule>) -> Text<'s> {
        let span = span_of(&pair);
        let body = pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::string_body)
            .map(|p| p.as_str())
            .unwrap_or("");
        Text {
            value: unescape(body),
            span,
        }
    }

    fn channel(&mut self, pair: Pair<'s, Rule>) -> Channel<'s> {
        let span = span_of(&pair);
        let mut keyword = Span::default();
        let mut platform = None;
        let mut handle = None;
        let first = self.channel_items.len();
        let (mut respond, mut staffed, mut replies) = (false, false, false);
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_channel => keyword = span_of(&p),
                Rule::term => platform = Some(term(p)),
                Rule::string => handle = Some(self.text(p)),
                Rule::channel_item => {
                    let Some(inner) = p.into_inner().next() else {
                        continue;
                    };
                    let kw = inner.clone().into_inner().next();
                    let item = match inner.as_rule() {
                        Rule::purpose => ChannelItem::Purpose(self.term_clause(inner)),
                        Rule::respond => {
                            if let (true, Some(kw)) = (respond, &kw) {
                                self.repeated(kw, "respond within", Scope::Channel);
                            }
                            respond = true;
                            ChannelItem::Respond(self.respond(inner))
                        }
                        Rule::staffed => {
                            if let (true, Some(kw)) = (staffed, &kw) {
                                self.repeated(kw, "staffed by", Scope::Channel);
                            }
                            staffed = true;
                            ChannelItem::StaffedBy(self.term_clause(inner))
                        }
                        Rule::replies => {
                            if let (true, Some(kw)) = (replies, &kw) {
                                self.repeated(kw, "replies", Scope::Channel);
                            }
                            replies = true;
                            let clause_span = span_of(&inner);
                            let on = inner.into_inner().any(|p| p.as_rule() == Rule::kw_on);
                            ChannelItem::Replies(RepliesClause {
                                span: clause_span,
                                on,
                            })
                        }
                        _ => continue,
                    };
                    self.channel_items.push(item);
                }
                _ => {}
            }
        }
        let platform = platform.unwrap_or(Term {
            text: "",
            span: keyword,
        });
        let header_end = handle.as_ref().map_or(platform.span, |h: &Text| h.span);
        Channel {
            span,
            header: keyword.to(header_end),
            platform,
            handle,
            items: first..self.channel_items.len(),
        }
    }

    fn respond(&mut self, pair: Pair<'_, Rule>) -> RespondClause {
        let span = span_of(&pair);
        let within = match pair.into_inner().find(|p| p.as_rule() == Rule::duration) {
            Some(d) => Duration {
                minutes: duration_minutes(d.as_str()),
                span: span_of(&d),
            },
            None => Duration { minutes: 0, span },
        };
        RespondClause { span, within }
    }

    fn rule_block(&mut self, pair: Pair<'s, Rule>) -> RuleBlock<'s> {
        let span = span_of(&pair);
        let mut keyword = Span::default();
        let mut name = None;
        let first = self.rule_items.len();
        let (mut because, mut consequence) = (false, false);
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::kw_rule => keyword = span_of(&p),
                Rule::string => name = Some(self.text(p)),
                Rule::rule_item => {
                    let Some(inner) = p.into_inner().next() else {
                        continue;
                    };
                    match inner.as_rule() {
                        Rule::statement => {
                            if let Some(s) = self.statement(inner) {
                                self.rule_items.push(RuleItem::Statement(s));
                            }
                        }
                        Rule::because => {
                            if because {
                                if let Some(kw) = inner.clone().into_inner().next() {
                                    self.repeated(&kw, "because", Scope::RuleBlock);
                                }
                            }
                            because = true;
                            let clause = self.text_clause(inner);
                            self.rule_items.push(RuleItem::Because(clause));
                        }
                        Rule::consequence => {
                            if consequence {
                                if let Some(kw) = inner.clone().into_inner().next() {
                                    self.repeated(&kw, "consequence", Scope::RuleBlock);
                                }
                            }
                            consequence = true;
                            let clause = self.term_clause(inner);
                            self.rule_items.push(RuleItem::Consequence(clause));
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        let name = name.unwrap_or(Text {
            value: Cow::Borrowed(""),
            span: keyword,
        });
        RuleBlock {
            span,
            header: keyword.to(name.span),
            name,
            items: first..self.rule_items.len(),
        }
    }

    fn statement(&mut self, pair: Pair<'s, Rule>) -> Option<Statement<'s>> {
        let inner = pair.into_inner().next()?;
        let span = span_of(&inner);
        let rule = inner.as_rule();
        let mut modality = Modality::Allow;
        let mut who = None;
        let mut action = None;
        let mut objects = None;
        let mut list = None;
        let mut qualifiers = Qualifiers::default();
        for p in inner.into_inner() {
            match p.as_rule() {
                Rule::modality => {
                    let keywords: Vec<Rule> = p.into_inner().map(|k| k.as_rule()).collect();
                    modality = match keywords.as_slice() {
                        [Rule::kw_allow, Rule::kw_only] => Modality::AllowOnly,
                        [Rule::kw_allow] => Modality::Allow,
                        [Rule::kw_encourage] => Modality::Encourage,
                        [Rule::kw_require] => Modality::Require,
                        _ => Modality::Forbid,
                    };
                }
                Rule::kw_block => modality = Modality::Block,
                Rule::kw_monitor => modality = Modality::Monitor,
                Rule::who => who = Some(self.who(p)),
                Rule::terms => list = Some(self.terms(p)),
                Rule::action => {
                    for a in p.into_inner() {
                        match a.as_rule() {
                            Rule::term => action = Some(term(a)),
                            Rule::objects => {
                                objects = a.into_inner().next().map(|p| self.terms(p));
                            }
                            _ => {}
                        }
                    }
                }
                Rule::qualifier => self.qualifier(p, &mut qualifiers),
                _ => {}
            }
        }
        if modality == Modality::AllowOnly {
            if let Some(Who {
                terms,
                except: Some(except),
            }) = &who
            {
                let keyword = self.except_keyword.take();
                let rewrite = keyword.and_then(|keyword| {
                    self.allow_only_rewrite(span, terms.span, keyword, except.span)
                });
                self.errors.push(SyntaxError {
                    span: keyword.unwrap_or(span),
                    kind: SyntaxErrorKind::ExceptAfterAllowOnly { rewrite },
                });
            }
        }
        self.except_keyword = None;
        let body = match rule {
            Rule::permission => StatementBody::Permission {
                who: who?,
                action: action?,
                objects,
            },
            Rule::block_stmt => StatementBody::Block {
                platforms: list?,
                who,
            },
            Rule::monitor_stmt => StatementBody::Monitor { targets: list? },
            _ => return None,
        };
        Some(Statement {
            span,
            modality,
            body,
            qualifiers,
        })
    }

    /// The `allow only` statement at `statement` as it reads without its except list (from the
    /// `except` keyword to the end of `except_list`), and its audience at `who`, each on one line;
    /// `None` when the statement holds a comment or is too long to show in a help.
    fn allow_only_rewrite(
        &self,
        statement: Span,
        who: Span,
        keyword: Span,
        except_list: Span,
    ) -> Option<AllowOnlyRewrite> {
        const LONGEST: usize = 100;
        let text = |from: usize, to: usize| self.source.get(from..to);
        let (before, after) = (
            text(statement.start, keyword.start)?,
            text(except_list.end, statement.end)?,
        );
        if before.contains('#') || after.contains('#') {
            return None;
        }
        let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let statement = one_line(&format!("{before} {after}"));
        (statement.chars().count() <= LONGEST).then(|| AllowOnlyRewrite {
            statement,
            who: one_line(text(who.start, who.end).unwrap_or_default()),
        })
    }

    fn who(&mut self, pair: Pair<'s, Rule>) -> Who<'s> {
        let span = span_of(&pair);
        let mut list = None;
        let mut except = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::terms => list = Some(self.terms(p)),
                Rule::except => {
                    for e in p.into_inner() {
                        match e.as_rule() {
                            Rule::kw_except => self.except_keyword = Some(span_of(&e)),
                            Rule::terms => except = Some(self.terms(e)),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        Who {
            terms: list.unwrap_or_else(|| self.no_terms(span)),
            except,
        }
    }

    /// A list of terms, its terms added to the tree's.
    fn terms(&mut self, pair: Pair<'s, Rule>) -> TermList<'s> {
        let span = span_of(&pair);
        let start = self.terms.len();
        self.terms.extend(
            pair.into_inner()
                .filter(|p| p.as_rule() == Rule::term)
                .map(term),
        );
        TermList::new(start..self.terms.len(), span)
    }

    /// An empty list at `span`, where a list is missing.
    fn no_terms(&self, span: Span) -> TermList<'s> {
        TermList::new(self.terms.len()..self.terms.len(), span)
    }

    fn qualifier(&mut self, pair: Pair<'s, Rule>, q: &mut Qualifiers<'s>) {
        let Some(inner) = pair.into_inner().next() else {
            return;
        };
        let rule = inner.as_rule();
        let span = span_of(&inner);
        let mut parts = inner.into_inner();
        let Some(kw) = parts.next() else { return };
        let list = parts
            .find(|p| p.as_rule() == Rule::terms)
            .map(|p| self.terms(p));
        let Some(list) = list else { return };
        let (slot, name) = match rule {
            Rule::on_q => (&mut q.on, "on"),
            Rule::about_q => (&mut q.about, "about"),
            Rule::during_q => (&mut q.during, "during"),
            Rule::using_q => (&mut q.using, "using"),
            Rule::approval_q => {
                let written = |with: bool| {
                    if with {
                        "with approval"
                    } else {
                        "without approval"
                    }
                };
                if let Some(first) = &q.approval {
                    self.errors.push(SyntaxError {
                        span: span_of(&kw),
                        kind: SyntaxErrorKind::SecondApproval {
                            first: written(first.with),
                            second: written(kw.as_rule() == Rule::kw_with),
                        },
                    });
                } else {
                    q.approval = Some(Approval {
                        span,
                        with: kw.as_rule() == Rule::kw_with,
                        by: list,
                    });
                }
                return;
            }
            _ => return,
        };
        if slot.is_some() {
            self.repeated(&kw, name, Scope::Statement);
        } else {
            *slot = Some(list);
        }
    }
}

fn term<'s>(pair: Pair<'s, Rule>) -> Term<'s> {
    Term {
        text: pair.as_str(),
        span: span_of(&pair),
    }
}

/// Decodes `\"`, `\\`, `\n` and `\t` (the grammar admits no other escape), and reads a CR LF
/// inside the string as a line feed (SPEC §1: lines end with LF or CR LF).
pub(super) fn unescape(body: &str) -> Cow<'_, str> {
    if !body.contains('\\') && !body.contains("\r\n") {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        // A line break inside the string is a line feed, however the file ends its lines.
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    Cow::Owned(out)
}

/// `30min`, `4h`, `2d` in minutes, at most `u64::MAX` (see [`Duration::minutes`]).
fn duration_minutes(text: &str) -> u64 {
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let minutes_per_unit = match &text[digits_end..] {
        "min" => 1,
        "h" => 60,
        // `d`, the only other unit the grammar reads.
        _ => 24 * 60,
    };
    Duration::saturating_minutes(&text[..digits_end], minutes_per_unit)
}

/// The syntax error of pest's `err`, from a parse of `source[offset..]`.
fn from_pest(source: &str, offset: usize, err: pest::error::Error<Rule>) -> SyntaxError {
    let pos = match err.location {
        InputLocation::Pos(p) => offset + p,
        InputLocation::Span((s, _)) => offset + s,
    }
    .min(source.len());
    let positives = match err.variant {
        ErrorVariant::ParsingError { positives, .. } => positives,
        ErrorVariant::CustomError { .. } => {
            return SyntaxError {
                span: token_at(source, pos),
                kind: SyntaxErrorKind::TooComplex,
            }
        }
    };
    let mut expected: Vec<Expected> = positives.into_iter().filter_map(describe).collect();
    if expected.contains(&Expected::Term(TermKind::Any)) {
        let kind = super::context::term_kind_at(source, pos);
        for e in &mut expected {
            if *e == Expected::Term(TermKind::Any) {
                *e = Expected::Term(kind);
            }
        }
    }
    expected.sort();
    expected.dedup();
    let span = token_at(source, pos);
    if expected.contains(&Expected::ClosingQuote) {
        if pos >= source.len() {
            return SyntaxError {
                span,
                kind: SyntaxErrorKind::UnclosedString {
                    opening: super::context::unclosed_string_quote(source),
                },
            };
        }
        if source[pos..].starts_with('\\') {
            // A line break after the backslash is not part of the escape (the same for LF and
            // CR LF, and the message stays on one line).
            let escape: String = source[pos..]
                .chars()
                .take(2)
                .take_while(|&c| c != '\n' && c != '\r')
                .collect();
            // The span is the `\` (SPEC §11.7: one character where no token is); the message
            // names the escape as written.
            return SyntaxError {
                span: Span::new(pos, pos + 1),
                kind: SyntaxErrorKind::InvalidEscape { escape },
            };
        }
    }
    let found = if span.is_empty() {
        Found::EndOfFile
    } else {
        Found::Token(found_at(source, span))
    };
    SyntaxError {
        span,
        kind: SyntaxErrorKind::Expected { expected, found },
    }
}

/// The token that starts at `pos` (SPEC §11.7: "the first unexpected token, one character if it
/// is not a token"): a term or keyword, a duration, a string (which may run over lines) or
/// punctuation; anything else is its first character (`_` of `_foo`, `2` of `24hours`, `"` of a
/// string that is never closed). Zero-width at the end of the file.
fn token_at(source: &str, pos: usize) -> Span {
    let rest = &source[pos..];
    let Some(first) = rest.chars().next() else {
        return Span::new(pos, pos);
    };
    let len = if pest::unicode::ALPHABETIC(first) {
        rest.find(|c: char| !super::fast::is_ident_char(c))
            .unwrap_or(rest.len())
    } else if first.is_ascii_digit() {
        duration_len(rest).unwrap_or(1)
    } else if first == '"' {
        string_len(rest).unwrap_or(1)
    } else {
        first.len_utf8()
    };
    Span::new(pos, pos + len)
}

/// What a syntax error names as found at `token`: the token, or, where a word that is no token
/// starts there (`24hours`, `_foo`, `-x`), that word, as the reader sees it.
fn found_at(source: &str, token: Span) -> String {
    let rest = &source[token.start..];
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let word_len = if rest
        .chars()
        .next()
        .is_some_and(|c| is_word(c) && !pest::unicode::ALPHABETIC(c))
    {
        rest.find(|c: char| !is_word(c)).unwrap_or(rest.len())
    } else {
        0
    };
    rest[..word_len.max(token.len())].to_owned()
}

/// Length of the duration at the start of `rest` (`ASCII_DIGIT+ ~ ("min" | "h" | "d") ~
/// !ident_char`), if there is one.
fn duration_len(rest: &str) -> Option<usize> {
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let after = &rest[digits..];
    let unit = ["min", "h", "d"]
        .into_iter()
        .find(|unit| after.starts_with(unit))?;
    let end = digits + unit.len();
    match rest[end..].chars().next() {
        Some(c) if super::fast::is_ident_char(c) => None,
        _ => Some(end),
    }
}

/// Length of the string at the start of `rest`, which may run over lines, if it is closed and
/// holds only the escapes SPEC §1 allows.
fn string_len(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some(i + 1),
            '\\' => match chars.next() {
                Some((_, '"' | '\\' | 'n' | 't')) => {}
                _ => return None,
            },
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pest_limits_become_too_complex() {
        // pest reports its call limit and its stack guard as a custom error.
        let source = "guideline \"g\" { rule \"r\" {} }";
        for message in ["call limit reached", "stack limit reached"] {
            let error = pest::error::Error::<Rule>::new_from_pos(
                ErrorVariant::CustomError {
                    message: message.to_owned(),
                },
                pest::Position::new(source, 16).unwrap(),
            );
            let e = from_pest(source, 0, error);
            assert_eq!(e.kind, SyntaxErrorKind::TooComplex);
            assert_eq!(e.span, Span::new(16, 20));
        }
        // At the end of the file the span is zero-width there.
        let error = pest::error::Error::<Rule>::new_from_pos(
            ErrorVariant::CustomError {
                message: "call limit reached".to_owned(),
            },
            pest::Position::new(source, source.len()).unwrap(),
        );
        assert_eq!(
            from_pest(source, 0, error).span,
            Span::new(source.len(), source.len())
        );
    }

    #[test]
    fn the_call_budget_covers_the_default_size_limit() {
        assert_eq!(BUDGETED_INPUT as u64, crate::config::DEFAULT_MAX_FILE_SIZE);
    }

    #[test]
    fn durations() {
        assert_eq!(duration_minutes("30min"), 30);
        assert_eq!(duration_minutes("4h"), 240);
        assert_eq!(duration_minutes("2d"), 2880);
        assert_eq!(duration_minutes("007h"), 420);
        // Too large to count: the largest count, a very long time.
        assert_eq!(duration_minutes("99999999999999999999d"), u64::MAX);
        assert_eq!(duration_minutes("18446744073709551615d"), u64::MAX);
        assert_eq!(duration_minutes("18446744073709551615min"), u64::MAX);
        assert_eq!(duration_minutes("18446744073709551616min"), u64::MAX);
        assert_eq!(duration_minutes("18446744073709551614min"), u64::MAX - 1);
    }

    #[test]
    fn escapes() {
        assert_eq!(unescape(r#"a\"b\\c\nd\te"#), "a\"b\\c\nd\te");
        assert_eq!(unescape("plain"), "plain");
    }

    #[test]
    fn tokens() {
        assert_eq!(token_at("to access", 3), Span::new(3, 9));
        assert_eq!(token_at("x \"ab\" y", 2), Span::new(2, 6));
        assert_eq!(token_at("{}", 1), Span::new(1, 2));
        assert_eq!(token_at("ä€", 2), Span::new(2, 5));
        assert_eq!(token_at("ab", 2), Span::new(2, 2));
        // Terms end where pest's `ident_char` ends: not at a digit, `-` or a letter of any
        // script, but at `_`.
        assert_eq!(token_at("face_book", 0), Span::new(0, 4));
        assert_eq!(token_at("x stra\u{df}e-2 y", 2), Span::new(2, 11));
        // Durations, with the unit at a word boundary.
        assert_eq!(token_at("24h }", 0), Span::new(0, 3));
        assert_eq!(token_at("30min", 0), Span::new(0, 5));
        assert_eq!(token_at("2d,", 0), Span::new(0, 2));
        // Not tokens: one character.
        for text in [
            "24hours", "4hx", "12", "4chan", "4H", "_foo", "-x", "@x", ";",
        ] {
            assert_eq!(token_at(text, 0), Span::new(0, 1), "{text}");
        }
        // A string may run over lines; one never closed, or with an escape SPEC §1 does not
        // know, is no token.
        assert_eq!(token_at("x \"h\nr\" y", 2), Span::new(2, 7));
        assert_eq!(token_at(r#""a\"b" y"#, 0), Span::new(0, 6));
        assert_eq!(token_at(r#""a\qb" y"#, 0), Span::new(0, 1));
        assert_eq!(token_at("\"open", 0), Span::new(0, 1));
    }

    #[test]
    fn found_names_the_word_a_character_begins() {
        let found = |text: &str| found_at(text, token_at(text, 0));
        assert_eq!(found("24hours }"), "24hours");
        assert_eq!(found("_foo }"), "_foo");
        assert_eq!(found("-x"), "-x");
        assert_eq!(found("access x"), "access");
        assert_eq!(found("face_book"), "face");
        assert_eq!(found("; x"), ";");
        assert_eq!(found("\"h\nr\" x"), "\"h\nr\"");
        assert_eq!(found("@x"), "@");
    }
}
