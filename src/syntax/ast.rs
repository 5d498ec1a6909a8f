//! The typed syntax tree of a guideline file. Every node carries its byte [`Span`]; terms are
//! kept as written (resolution to canonical vocabulary happens in `semantics`).

use crate::span::Span;

/// A whole guideline file.
#[derive(Clone, Debug)]
pub struct Guideline {
    /// From `guideline` to the closing `}`.
    pub span: Span,
    /// `guideline "Name"`.
    pub header: Span,
    pub name: Text,
    pub items: Vec<Item>,
}

/// A string literal with escapes decoded.
#[derive(Clone, Debug)]
pub struct Text {
    pub value: String,
    pub span: Span,
}

/// A term as written in the source.
#[derive(Clone, Debug)]
pub struct Term {
    pub text: String,
    pub span: Span,
}

/// A non-empty list of terms (`a, b and c`).
#[derive(Clone, Debug)]
pub struct TermList {
    pub terms: Vec<Term>,
    pub span: Span,
}

/// Something that stands directly inside the guideline.
#[derive(Clone, Debug)]
pub enum Item {
    Version(TextClause),
    Owner(TermClause),
    Audience(TermClause),
    Contact(TextClause),
    Goal(TextClause),
    Channel(Channel),
    Rule(RuleBlock),
}

impl Item {
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
pub struct TextClause {
    pub span: Span,
    pub text: Text,
}

/// A keyword followed by terms (`owner hr, sales`, `consequence warning`).
#[derive(Clone, Debug)]
pub struct TermClause {
    pub span: Span,
    pub terms: TermList,
}

/// `channel PLATFORM ["handle"] { … }`.
#[derive(Clone, Debug)]
pub struct Channel {
    pub span: Span,
    /// From `channel` to the end of the handle (or the platform when there is none).
    pub header: Span,
    pub platform: Term,
    pub handle: Option<Text>,
    pub items: Vec<ChannelItem>,
}

#[derive(Clone, Debug)]
pub enum ChannelItem {
    Purpose(TermClause),
    Respond(RespondClause),
    StaffedBy(TermClause),
    Replies(RepliesClause),
}

impl ChannelItem {
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
    pub minutes: u64,
    pub span: Span,
}

/// `replies on` / `replies off`.
#[derive(Clone, Debug)]
pub struct RepliesClause {
    pub span: Span,
    pub on: bool,
}

/// `rule "Name" { … }`.
#[derive(Clone, Debug)]
pub struct RuleBlock {
    pub span: Span,
    /// `rule "Name"`.
    pub header: Span,
    pub name: Text,
    pub items: Vec<RuleItem>,
}

// Statements are by far the most common rule item; boxing them would cost an allocation each.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum RuleItem {
    Statement(Statement),
    Because(TextClause),
    Consequence(TermClause),
}

impl RuleItem {
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
pub struct Statement {
    pub span: Span,
    pub modality: Modality,
    pub body: StatementBody,
    pub qualifiers: Qualifiers,
}

#[derive(Clone, Debug)]
pub enum StatementBody {
    /// `allow [only] | encourage | require | forbid  WHO to ACTION [OBJECTS]`.
    Permission {
        who: Who,
        action: Term,
        objects: Option<TermList>,
    },
    /// `block PLATFORMS [for WHO]`.
    Block {
        platforms: TermList,
        who: Option<Who>,
    },
    /// `monitor TARGETS`.
    Monitor { targets: TermList },
}

/// `TERMS [except TERMS]`.
#[derive(Clone, Debug)]
pub struct Who {
    pub terms: TermList,
    pub except: Option<TermList>,
}

/// The qualifiers of a statement; each kind at most once.
#[derive(Clone, Debug, Default)]
pub struct Qualifiers {
    pub on: Option<TermList>,
    pub about: Option<TermList>,
    pub during: Option<TermList>,
    pub using: Option<TermList>,
    pub approval: Option<Approval>,
}

/// `with approval by TERMS` (required) or `without approval by TERMS`.
#[derive(Clone, Debug)]
pub struct Approval {
    pub span: Span,
    /// `with approval by`: true; `without approval by`: false.
    pub with: bool,
    pub by: TermList,
}
