//! The typed syntax tree of a guideline file. Every node carries its byte [`Span`]; terms are
//! kept as written (resolution to canonical vocabulary happens in `semantics`).
//!
//! The tree borrows its words from the source text (`'s`): a file has hundreds of terms, and
//! a copy of each was a noticeable share of a whole `check`.

use std::borrow::Cow;
use std::marker::PhantomData;
use std::ops::Range;

use crate::span::Span;

/// A whole guideline file.
#[derive(Clone, Debug)]
pub struct Guideline<'s> {
    /// From `guideline` to the closing `}`.
    pub span: Span,
    /// `guideline "Name"`.
    pub header: Span,
    pub name: Text<'s>,
    pub items: Vec<Item<'s>>,
    /// Every comment of the file, from its `#` to the end of its line (without the line break),
    /// in order: where the suppression comments are looked for.
    pub comments: Vec<Span>,
    /// The terms of every [`TermList`] of the file, list after list.
    pub terms: Vec<Term<'s>>,
    /// The items of every [`Channel`] of the file, channel after channel.
    pub channel_items: Vec<ChannelItem<'s>>,
    /// The items of every [`RuleBlock`] of the file, block after block. (A vector per block was
    /// a large allocation each: a statement is about 400 bytes.)
    pub rule_items: Vec<RuleItem<'s>>,
}

impl<'s> Guideline<'s> {
    /// A tree with these parts and, for now, no comments, terms or nested items (a parser
    /// fills them in once the whole file is read).
    pub(super) fn new(span: Span, header: Span, name: Text<'s>, items: Vec<Item<'s>>) -> Self {
        Guideline {
            span,
            header,
            name,
            items,
            comments: Vec::new(),
            terms: Vec::new(),
            channel_items: Vec::new(),
            rule_items: Vec::new(),
        }
    }

    /// The terms of `list`.
    pub fn terms_of(&self, list: &TermList<'s>) -> &[Term<'s>] {
        &self.terms[list.terms.clone()]
    }

    /// The items of `channel`.
    pub fn channel_items_of(&self, channel: &Channel<'s>) -> &[ChannelItem<'s>] {
        &self.channel_items[channel.items.clone()]
    }

    /// The items of `block`.
    pub fn rule_items_of(&self, block: &RuleBlock<'s>) -> &[RuleItem<'s>] {
        &self.rule_items[block.items.clone()]
    }
}

/// A string literal with escapes decoded: borrowed from the source unless it has an escape.
#[derive(Clone, Debug)]
pub struct Text<'s> {
    pub value: Cow<'s, str>,
    pub span: Span,
}

/// A term as written in the source.
#[derive(Clone, Copy, Debug)]
pub struct Term<'s> {
    pub text: &'s str,
    pub span: Span,
}

/// A non-empty list of terms (`a, b and c`): the terms are `Guideline::terms[list.terms]`
/// ([`Guideline::terms_of`]). One vector holds the terms of all the lists of a file: a vector
/// per list was a fifth of the allocations of a check.
#[derive(Clone, Debug)]
pub struct TermList<'s> {
    pub terms: Range<usize>,
    pub span: Span,
    /// The terms are the tree's, borrowed from the source.
    of: PhantomData<Term<'s>>,
}

impl TermList<'_> {
    /// The list of `Guideline::terms[terms]`, written at `span`.
    pub fn new(terms: Range<usize>, span: Span) -> Self {
        TermList {
            terms,
            span,
            of: PhantomData,
        }
    }
}

/// Something that stands directly inside the guideline.
#[derive(Clone, Debug)]
pub enum Item<'s> {
    Version(TextClause<'s>),
    Owner(TermClause<'s>),
    Audience(TermClause<'s>),
    Contact(TextClause<'s>),
    Goal(TextClause<'s>),
    Channel(Channel<'s>),
    Rule(RuleBlock<'s>),
}

impl Item<'_> {
    pub fn span(&self) -> Span {
        match self {
            Item::Version(c) | Item::Contact(c) | Item::Goal(c) => c.span,
            Item::Owner(c) | Item::Audience(c) => c.span,
            Item::Channel(c) => c.span,
            Item::Rule(r) => r.span,
        }
    }
}

/// A keyword followed by a string (`version "1.0"`, `because "…"`).
#[derive(Clone, Debug)]
pub struct TextClause<'s> {
    pub span: Span,
    pub text: Text<'s>,
}

/// A keyword followed by terms (`owner hr, sales`, `consequence warning`).
#[derive(Clone, Debug)]
pub struct TermClause<'s> {
    pub span: Span,
    pub terms: TermList<'s>,
}

/// `channel PLATFORM ["handle"] { … }`.
#[derive(Clone, Debug)]
pub struct Channel<'s> {
    pub span: Span,
    /// From `channel` to the end of the handle (or the platform when there is none).
    pub header: Span,
    pub platform: Term<'s>,
    pub handle: Option<Text<'s>>,
    /// Its items: `Guideline::channel_items[channel.items]` ([`Guideline::channel_items_of`]).
    pub items: Range<usize>,
}

#[derive(Clone, Debug)]
pub enum ChannelItem<'s> {
    Purpose(TermClause<'s>),
    Respond(RespondClause),
    StaffedBy(TermClause<'s>),
    Replies(RepliesClause),
}

impl ChannelItem<'_> {
    pub fn span(&self) -> Span {
        match self {
            ChannelItem::Purpose(c) | ChannelItem::StaffedBy(c) => c.span,
            ChannelItem::Respond(c) => c.span,
            ChannelItem::Replies(c) => c.span,
        }
    }
}

/// `respond within DURATION`.
#[derive(Clone, Debug)]
pub struct RespondClause {
    pub span: Span,
    pub within: Duration,
}

/// A duration, normalised to minutes.
#[derive(Clone, Copy, Debug)]
pub struct Duration {
    /// The minutes, at most `u64::MAX`: a duration too large to count is still a duration (SPEC
    /// §1 takes any integer), a very long time, so the count stops at the largest value. Its
    /// text as written is at `span`.
    pub minutes: u64,
    pub span: Span,
}

impl Duration {
    /// The minutes of `digits` (ASCII digits, as the grammar reads them) units of
    /// `minutes_per_unit` minutes each, saturating at `u64::MAX`. Both parsers count with it.
    pub(super) fn saturating_minutes(digits: &str, minutes_per_unit: u64) -> u64 {
        // The digits are all ASCII digits, so parsing fails only when the number does not fit.
        digits
            .parse::<u64>()
            .map_or(u64::MAX, |n| n.saturating_mul(minutes_per_unit))
    }
}

/// `replies on` / `replies off`.
#[derive(Clone, Debug)]
pub struct RepliesClause {
    pub span: Span,
    pub on: bool,
}

/// `rule "Name" { … }`.
#[derive(Clone, Debug)]
pub struct RuleBlock<'s> {
    pub span: Span,
    /// `rule "Name"`.
    pub header: Span,
    pub name: Text<'s>,
    /// Its items: `Guideline::rule_items[block.items]` ([`Guideline::rule_items_of`]).
    pub items: Range<usize>,
}

// Statements are by far the most common rule item; boxing them would cost an allocation each.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum RuleItem<'s> {
    Statement(Statement<'s>),
    Because(TextClause<'s>),
    Consequence(TermClause<'s>),
}

impl RuleItem<'_> {
    pub fn span(&self) -> Span {
        match self {
            RuleItem::Statement(s) => s.span,
            RuleItem::Because(c) => c.span,
            RuleItem::Consequence(c) => c.span,
        }
    }
}

/// The keyword that opens a statement, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modality {
    Allow,
    AllowOnly,
    Encourage,
    Require,
    Forbid,
    Block,
    Monitor,
}

impl Modality {
    /// The keyword(s) as written in the language, e.g. `allow only`.
    pub fn keyword(self) -> &'static str {
        match self {
            Modality::Allow => "allow",
            Modality::AllowOnly => "allow only",
            Modality::Encourage => "encourage",
            Modality::Require => "require",
            Modality::Forbid => "forbid",
            Modality::Block => "block",
            Modality::Monitor => "monitor",
        }
    }

    /// The name used in configuration (`allow-only`).
    pub fn config_name(self) -> &'static str {
        match self {
            Modality::AllowOnly => "allow-only",
            other => other.keyword(),
        }
    }

    pub const ALL: [Modality; 7] = [
        Modality::Allow,
        Modality::AllowOnly,
        Modality::Encourage,
        Modality::Require,
        Modality::Forbid,
        Modality::Block,
        Modality::Monitor,
    ];
}

/// One statement inside a rule block.
#[derive(Clone, Debug)]
pub struct Statement<'s> {
    pub span: Span,
    pub modality: Modality,
    pub body: StatementBody<'s>,
    pub qualifiers: Qualifiers<'s>,
}

#[derive(Clone, Debug)]
pub enum StatementBody<'s> {
    /// `allow [only] | encourage | require | forbid  WHO to ACTION [OBJECTS]`.
    Permission {
        who: Who<'s>,
        action: Term<'s>,
        objects: Option<TermList<'s>>,
    },
    /// `block PLATFORMS [for WHO]`.
    Block {
        platforms: TermList<'s>,
        who: Option<Who<'s>>,
    },
    /// `monitor TARGETS`.
    Monitor { targets: TermList<'s> },
}

/// `TERMS [except TERMS]`.
#[derive(Clone, Debug)]
pub struct Who<'s> {
    pub terms: TermList<'s>,
    pub except: Option<TermList<'s>>,
}

/// The qualifiers of a statement; each kind at most once.
#[derive(Clone, Debug, Default)]
pub struct Qualifiers<'s> {
    pub on: Option<TermList<'s>>,
    pub about: Option<TermList<'s>>,
    pub during: Option<TermList<'s>>,
    pub using: Option<TermList<'s>>,
    pub approval: Option<Approval<'s>>,
}

/// `with approval by TERMS` (required) or `without approval by TERMS`.
#[derive(Clone, Debug)]
pub struct Approval<'s> {
    pub span: Span,
    /// `with approval by`: true; `without approval by`: false.
    pub with: bool,
    pub by: TermList<'s>,
}
