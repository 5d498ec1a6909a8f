//! What the grammar expected, as language-neutral data. Every grammar rule maps to one entry by
//! an exhaustive match, so a grammar rule without a description does not compile.

use super::lower::Rule;

/// Something the parser expected at an error position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Expected {
    /// A keyword of the language, as written (`to`, `except`, `guideline`).
    Keyword(&'static str),
    /// Anything that may stand inside a guideline (`owner`, `channel`, `rule`, …).
    Item,
    /// A statement (`allow`, `forbid`, `block`, …).
    Statement,
    /// Anything that may stand inside a rule block: a statement, `because` or `consequence`.
    RuleItem,
    /// Anything that may stand inside a channel block.
    ChannelItem,
    /// A qualifier of a statement (`on`, `about`, `during`, `using`, approval).
    Qualifier,
    /// A term (a word of the vocabulary) of the kind the position takes.
    Term(TermKind),
    /// A string in double quotes.
    String,
    /// The closing `"` of a string.
    ClosingQuote,
    /// A duration like `4h`.
    Duration,
    OpenBrace,
    CloseBrace,
    Comma,
    EndOfFile,
}

/// What may start a rule block's item: the statements' keywords first (`allow only` starts
/// with `allow`), then `because` and `consequence`.
const RULE_ITEM_KEYWORDS: [&str; 8] = [
    "allow",
    "encourage",
    "require",
    "forbid",
    "block",
    "monitor",
    "because",
    "consequence",
];

impl Expected {
    /// The keywords that may start what this stands for (a keyword stands for itself), for
    /// guessing which one a mistyped word meant; none for terms, strings and signs.
    pub fn keywords(&self) -> &[&'static str] {
        match self {
            Expected::Keyword(k) => std::slice::from_ref(k),
            Expected::Item => &[
                "version", "owner", "audience", "contact", "goal", "channel", "rule",
            ],
            Expected::Statement => &RULE_ITEM_KEYWORDS[..6],
            Expected::RuleItem => &RULE_ITEM_KEYWORDS,
            Expected::ChannelItem => &["purpose", "respond", "staffed", "replies"],
            Expected::Qualifier => &["on", "about", "during", "using", "with", "without"],
            _ => &[],
        }
    }
}

/// Which kind of word a term position takes: the categories of SPEC §3 as the keyword that opens
/// the list tells them (`consequence` takes consequences, `on` platforms, `to` an action, …), so
/// that an error can give examples that fit. Owners, staff and approvers are departments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TermKind {
    /// After `audience`, `allow`, `forbid`, …, `except`, `block … for`.
    Audience,
    /// After `owner`, `staffed by`, `approval by`.
    Department,
    /// After `channel`, `block`, `on`, and the objects of `access`.
    Platform,
    /// The verb after `to`.
    Action,
    /// After `about`, and the objects of every action but `access`.
    Content,
    /// After `during`.
    Time,
    /// After `using`.
    Means,
    /// After `monitor`.
    MonitorTarget,
    /// After `purpose`.
    Purpose,
    /// After `consequence`.
    Consequence,
    /// Where the words before do not tell.
    Any,
}

/// The description of a grammar rule, or `None` for rules that are never reported on their own.
pub(super) fn describe(rule: Rule) -> Option<Expected> {
    use Expected as E;
    Some(match rule {
        Rule::file => E::Keyword("guideline"),
        Rule::guideline | Rule::kw_guideline => E::Keyword("guideline"),
        Rule::item => E::Item,
        Rule::version | Rule::kw_version => E::Keyword("version"),
        Rule::owner | Rule::kw_owner => E::Keyword("owner"),
        Rule::audience | Rule::kw_audience => E::Keyword("audience"),
        Rule::contact | Rule::kw_contact => E::Keyword("contact"),
        Rule::goal | Rule::kw_goal => E::Keyword("goal"),
        Rule::channel | Rule::kw_channel => E::Keyword("channel"),
        Rule::channel_item => E::ChannelItem,
        Rule::purpose | Rule::kw_purpose => E::Keyword("purpose"),
        Rule::respond | Rule::kw_respond => E::Keyword("respond"),
        Rule::kw_within => E::Keyword("within"),
        Rule::staffed | Rule::kw_staffed => E::Keyword("staffed"),
        Rule::kw_by => E::Keyword("by"),
        Rule::replies | Rule::kw_replies => E::Keyword("replies"),
        Rule::kw_on => E::Keyword("on"),
        Rule::kw_off => E::Keyword("off"),
        Rule::rule_block | Rule::kw_rule => E::Keyword("rule"),
        Rule::rule_item => E::RuleItem,
        Rule::because | Rule::kw_because => E::Keyword("because"),
        Rule::consequence | Rule::kw_consequence => E::Keyword("consequence"),
        Rule::statement | Rule::permission | Rule::modality => E::Statement,
        Rule::block_stmt | Rule::kw_block => E::Keyword("block"),
        Rule::monitor_stmt | Rule::kw_monitor => E::Keyword("monitor"),
        Rule::kw_allow => E::Keyword("allow"),
        Rule::kw_only => E::Keyword("only"),
        Rule::kw_encourage => E::Keyword("encourage"),
        Rule::kw_require => E::Keyword("require"),
        Rule::kw_forbid => E::Keyword("forbid"),
        // The kind of term is told by the words before the error (`context::term_kind_at`).
        Rule::who | Rule::terms | Rule::term | Rule::objects => E::Term(TermKind::Any),
        Rule::except | Rule::kw_except => E::Keyword("except"),
        Rule::kw_to => E::Keyword("to"),
        Rule::kw_for => E::Keyword("for"),
        Rule::action => E::Term(TermKind::Action),
        Rule::qualifier => E::Qualifier,
        Rule::on_q => E::Keyword("on"),
        Rule::about_q | Rule::kw_about => E::Keyword("about"),
        Rule::during_q | Rule::kw_during => E::Keyword("during"),
        Rule::using_q | Rule::kw_using => E::Keyword("using"),
        Rule::approval_q => E::Qualifier,
        Rule::kw_with => E::Keyword("with"),
        Rule::kw_without => E::Keyword("without"),
        Rule::kw_approval => E::Keyword("approval"),
        Rule::kw_and => E::Keyword("and"),
        Rule::string | Rule::string_body => E::String,
        Rule::string_end => E::ClosingQuote,
        Rule::duration => E::Duration,
        Rule::lbrace => E::OpenBrace,
        Rule::rbrace => E::CloseBrace,
        Rule::comma => E::Comma,
        Rule::keyword | Rule::WHITESPACE | Rule::COMMENT | Rule::ident_char => return None,
        // Starts before any error it is parsed for (see `lower::first_error_from`).
        Rule::tail => return None,
        Rule::EOI => E::EndOfFile,
    })
}
