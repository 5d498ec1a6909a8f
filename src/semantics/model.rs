//! The understood model of a guideline: every term resolved to its canonical form, `block` and
//! `allow only` desugared (SPEC §3), statements with unknown terms marked not understood.
//!
//! Resolved terms are the vocabulary's canonical spellings, borrowed from it (`&'v str`): the
//! model lives no longer than the [`Vocabulary`] it was resolved against, and resolving allocates
//! no string per term. The lists of terms ([`List`]) are kept in an arena made for the file
//! ([`Bump`]), which the model borrows as well: a file has a hundred lists or so, and each was
//! an allocation of its own, and a free.

use bumpalo::Bump;

use super::vocab::{Category, Vocabulary};
use crate::span::Span;
use crate::syntax::ast::{self, Modality};

/// A term that is unknown in its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownTerm {
    pub span: Span,
    /// As written.
    pub word: String,
    /// The category the position expects.
    pub expected: Category,
    /// Close terms of the expected category, best first.
    pub suggestions: Vec<String>,
    /// Other categories in which the word is a term.
    pub elsewhere: Vec<Category>,
    /// A few known terms of the expected category (every action), narrow ones first, for the
    /// help when nothing is close ([`Vocabulary::examples`]).
    pub known: Vec<String>,
    /// The term of the expected list the word translates, when it is a German word for one.
    pub german_for: Option<&'static str>,
    /// Whether the term stands in a statement, where qualifiers (`on`, `about`, `during`,
    /// `using`) may name it.
    pub in_statement: bool,
}

/// A list in the arena of the file (see the module's documentation).
pub type InArena<'v, T> = bumpalo::collections::Vec<'v, T>;

/// Canonical terms: a slice in the arena of the file (or a fixed one, such as `everyone` for a
/// `block` without `for`). Two words wide, without a drop: a statement has nine of them, and
/// statements are moved and dropped by the thousand.
pub type List<'v> = &'v [&'v str];

/// A clause of terms after resolution; unknown terms are dropped.
#[derive(Clone, Debug)]
pub struct Terms<'v> {
    pub span: Span,
    pub terms: List<'v>,
    /// False when the clause had an unknown term.
    pub complete: bool,
}

impl Terms<'_> {
    pub fn contains(&self, term: &str) -> bool {
        self.terms.contains(&term)
    }
}

/// The whole guideline, understood.
#[derive(Clone, Debug)]
pub struct Model<'v> {
    pub name: &'v str,
    /// `guideline "Name"`.
    pub header: Span,
    pub owners: InArena<'v, Terms<'v>>,
    pub audiences: InArena<'v, Terms<'v>>,
    pub contacts: InArena<'v, Span>,
    pub goals: InArena<'v, Span>,
    pub channels: InArena<'v, Channel<'v>>,
    pub rules: InArena<'v, RuleBlock<'v>>,
}

impl<'v> Model<'v> {
    /// Every statement of every rule block, implied ones included, in source order.
    pub fn statements(&self) -> impl Iterator<Item = &Statement<'v>> {
        self.rules.iter().flat_map(|r| r.statements.iter())
    }
}

#[derive(Clone, Debug)]
pub struct Channel<'v> {
    pub span: Span,
    /// `channel PLATFORM ["handle"]`.
    pub header: Span,
    /// `None` when the platform is unknown.
    pub platform: Option<&'v str>,
    pub handle: Option<&'v str>,
    pub purposes: InArena<'v, Terms<'v>>,
    /// `respond within`, in minutes.
    pub respond_within: Option<u64>,
    /// Where that duration is written (`48h`): messages quote it as written.
    pub respond_duration: Option<Span>,
    pub staffed_by: Option<Terms<'v>>,
    /// `replies on` (true) / `replies off` (false).
    pub replies: Option<bool>,
}

impl<'v> Channel<'v> {
    /// All purpose terms of all `purpose` clauses.
    pub fn purpose_terms(&self) -> impl Iterator<Item = &'v str> + '_ {
        self.purposes.iter().flat_map(|p| p.terms.iter().copied())
    }
}

#[derive(Clone, Debug)]
pub struct RuleBlock<'v> {
    pub span: Span,
    /// `rule "Name"`.
    pub header: Span,
    pub name: &'v str,
    pub because: Option<Span>,
    pub consequence: Option<Terms<'v>>,
    /// Statements in source order; an `allow only` is followed by its implied forbid.
    pub statements: InArena<'v, Statement<'v>>,
}

/// What a statement does, after desugaring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    Allow,
    Encourage,
    Require,
    Forbid,
    Monitor,
}

/// An approval qualifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Approval<'v> {
    /// `with approval by` (true) or `without approval by` (false).
    pub with: bool,
    pub by: List<'v>,
}

/// One statement, understood. `block P for W Q` is `forbid W to access P Q`; `allow only W to A Q`
/// is an allow plus an implied `forbid everyone except W to A Q` at the same span.
#[derive(Clone, Debug)]
pub struct Statement<'v> {
    pub span: Span,
    /// The keyword as written (`block`, `allow only`, …).
    pub modality: Modality,
    pub effect: Effect,
    /// True for the forbid implied by `allow only`.
    pub implied: bool,
    /// False when the statement has an unknown term: rules then ignore it.
    pub understood: bool,
    /// Index of the rule block in [`Model::rules`].
    pub rule: usize,
    pub who: List<'v>,
    pub except: List<'v>,
    /// The action (`access` for a block); `None` for `monitor`.
    pub action: Option<&'v str>,
    /// Objects that are contents (for `access` the objects are platforms and are in `platforms`).
    pub objects: List<'v>,
    /// The `on` list joined with the objects of `access` / the platforms of `block`;
    /// `None` when the statement names no platform (= any).
    pub platforms: Option<List<'v>>,
    pub about: Option<List<'v>>,
    pub during: Option<List<'v>>,
    pub using: Option<List<'v>>,
    pub approval: Option<Approval<'v>>,
    /// The targets of `monitor`.
    pub targets: List<'v>,
}

impl<'v> Statement<'v> {
    /// The `who` list contains a broad audience.
    pub fn has_broad_audience(&self, vocab: &Vocabulary) -> bool {
        self.who.iter().any(|w| vocab.is_broad_audience(w))
    }

    /// Objects and `about` topics together; empty means "everything".
    pub fn topics(&self) -> Vec<&'v str> {
        let mut topics: Vec<&'v str> = self.objects.to_vec();
        if let Some(about) = &self.about {
            for &t in *about {
                if !topics.contains(&t) {
                    topics.push(t);
                }
            }
        }
        topics
    }

    /// `using company-accounts`, or the action `speak-for-company`.
    pub fn is_official_use(&self) -> bool {
        self.action == Some("speak-for-company")
            || self
                .using
                .as_ref()
                .is_some_and(|u| u.contains(&"company-accounts"))
    }

    pub fn is_posting_action(&self) -> bool {
        matches!(
            self.action,
            Some("post" | "comment" | "share" | "reply" | "mention" | "like")
        )
    }
}

/// Resolves a parsed guideline against the vocabulary; the term lists go into `arena`.
pub fn understand<'v>(
    tree: &ast::Guideline,
    vocab: &'v Vocabulary,
    arena: &'v Bump,
) -> (Model<'v>, Vec<UnknownTerm>) {
    let mut r = Resolver {
        vocab,
        arena,
        terms: &tree.terms,
        unknown: Vec::new(),
        in_statement: false,
        departments: false,
    };
    // Rule blocks and statements are large: room for all of them at once rather than copies
    // as the lists double.
    let count = |wanted: fn(&ast::Item) -> bool| tree.items.iter().filter(|i| wanted(i)).count();
    let mut model = Model {
        name: arena.alloc_str(&tree.name.value),
        header: tree.header,
        owners: InArena::new_in(arena),
        audiences: InArena::new_in(arena),
        contacts: InArena::new_in(arena),
        goals: InArena::new_in(arena),
        rules: InArena::with_capacity_in(count(|i| matches!(i, ast::Item::Rule(_))), arena),
        channels: InArena::with_capacity_in(count(|i| matches!(i, ast::Item::Channel(_))), arena),
    };
    for item in &tree.items {
        match item {
            ast::Item::Version(_) => {}
            ast::Item::Owner(c) => {
                let owners = r.naming_departments(|r| r.clause(c, Category::Audience));
                model.owners.push(owners);
            }
            ast::Item::Audience(c) => model.audiences.push(r.clause(c, Category::Audience)),
            ast::Item::Contact(c) => model.contacts.push(c.span),
            ast::Item::Goal(c) => model.goals.push(c.span),
            ast::Item::Channel(c) => {
                let channel = r.channel(c, tree.channel_items_of(c));
                model.channels.push(channel);
            }
            ast::Item::Rule(b) => {
                let index = model.rules.len();
                let block = r.rule_block(b, tree.rule_items_of(b), index);
                model.rules.push(block);
            }
        }
    }
    (model, r.unknown)
}

/// Departments a help shows as examples where departments are named.
const DEPARTMENTS: [&str; 5] = ["hr", "pr", "marketing", "sales", "customer-service"];

struct Resolver<'v, 't> {
    vocab: &'v Vocabulary,
    arena: &'v Bump,
    /// The terms of the tree's lists ([`ast::Guideline::terms`]).
    terms: &'t [ast::Term<'t>],
    unknown: Vec<UnknownTerm>,
    /// Whether a statement is being resolved.
    in_statement: bool,
    /// Whether the list being resolved names departments (`owner`, `staffed by`, `approval
    /// by`): its help shows departments, not `everyone`.
    departments: bool,
}

impl<'v> Resolver<'v, '_> {
    /// Resolves a term to its canonical spelling in the vocabulary; an unknown one is reported
    /// and gives `None`.
    fn term(&mut self, term: &ast::Term, category: Category) -> Option<&'v str> {
        let canonical = self.vocab.resolve(category, term.text);
        if canonical.is_none() {
            self.unknown(term, category);
        }
        canonical
    }

    /// Notes an unknown term, with what the help says about it. Out of line: one term in a
    /// hundred is unknown, and the small [`Resolver::term`] is what every term goes through.
    #[cold]
    #[inline(never)]
    fn unknown(&mut self, term: &ast::Term, category: Category) {
        let elsewhere = self
            .vocab
            .categories_of(term.text)
            .into_iter()
            .filter(|&c| c != category)
            .collect();
        self.unknown.push(UnknownTerm {
            span: term.span,
            word: term.text.to_owned(),
            expected: category,
            suggestions: self.vocab.suggestions(category, term.text),
            german_for: self.vocab.german_term(category, term.text),
            elsewhere,
            known: if self.departments {
                DEPARTMENTS
                    .iter()
                    .filter(|d| self.vocab.knows(category, d))
                    .map(|d| d.to_string())
                    .collect()
            } else {
                self.vocab.examples(category)
            },
            in_statement: self.in_statement,
        });
    }

    /// Resolves a list; the flag is false when a term was unknown.
    fn list(&mut self, list: &ast::TermList, category: Category) -> (List<'v>, bool) {
        let terms = &self.terms[list.terms.clone()];
        // Most lists have one term: put it in the arena without a growable vector.
        if let [t] = terms {
            return match self.term(t, category) {
                Some(c) => (std::slice::from_ref(self.arena.alloc(c)), true),
                None => (&[], false),
            };
        }
        let mut out = InArena::with_capacity_in(terms.len(), self.arena);
        let mut complete = true;
        for t in terms {
            match self.term(t, category) {
                Some(c) => {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                None => complete = false,
            }
        }
        (out.into_bump_slice(), complete)
    }

    fn clause(&mut self, clause: &ast::TermClause, category: Category) -> Terms<'v> {
        let (terms, complete) = self.list(&clause.terms, category);
        Terms {
            span: clause.span,
            terms,
            complete,
        }
    }

    /// The channel `c`, whose items are `items`.
    fn channel(&mut self, c: &ast::Channel, items: &[ast::ChannelItem]) -> Channel<'v> {
        let platform = self.term(&c.platform, Category::Platform);
        let mut channel = Channel {
            span: c.span,
            header: c.header,
            platform,
            handle: c.handle.as_ref().map(|h| &*self.arena.alloc_str(&h.value)),
            purposes: InArena::new_in(self.arena),
            respond_within: None,
            respond_duration: None,
            staffed_by: None,
            replies: None,
        };
        for item in items {
            match item {
                ast::ChannelItem::Purpose(p) => {
                    let purposes = self.clause(p, Category::Purpose);
                    channel.purposes.push(purposes);
                }
                ast::ChannelItem::Respond(r) => {
                    channel.respond_within = Some(r.within.minutes);
                    channel.respond_duration = Some(r.within.span);
                }
                ast::ChannelItem::StaffedBy(s) => {
                    channel.staffed_by =
                        Some(self.naming_departments(|r| r.clause(s, Category::Audience)));
                }
                ast::ChannelItem::Replies(r) => channel.replies = Some(r.on),
            }
        }
        channel
    }

    /// The rule block `b`, whose items are `items`, the `index`th of the file.
    fn rule_block(
        &mut self,
        b: &ast::RuleBlock,
        items: &[ast::RuleItem],
        index: usize,
    ) -> RuleBlock<'v> {
        let mut block = RuleBlock {
            span: b.span,
            header: b.header,
            name: self.arena.alloc_str(&b.name.value),
            because: None,
            consequence: None,
            // An `allow only` gives two statements.
            statements: InArena::with_capacity_in(
                items
                    .iter()
                    .map(|item| match item {
                        ast::RuleItem::Statement(s) if s.modality == Modality::AllowOnly => 2,
                        ast::RuleItem::Statement(_) => 1,
                        _ => 0,
                    })
                    .sum(),
                self.arena,
            ),
        };
        for item in items {
            match item {
                ast::RuleItem::Because(c) => block.because = Some(c.span),
                ast::RuleItem::Consequence(c) => {
                    block.consequence = Some(self.clause(c, Category::Consequence))
                }
                ast::RuleItem::Statement(s) => {
                    let statement = self.statement(s, index);
                    // SPEC §3: every `allow only W` implies `forbid everyone except W`, even
                    // `allow only everyone` (read as the same statement written out, whose
                    // audience is broad: an except list does not make it narrow).
                    if s.modality == Modality::AllowOnly {
                        let implied = implied_forbid(&statement);
                        block.statements.push(statement);
                        block.statements.push(implied);
                    } else {
                        block.statements.push(statement);
                    }
                }
            }
        }
        block
    }

    fn optional(
        &mut self,
        list: &Option<ast::TermList>,
        category: Category,
        complete: &mut bool,
    ) -> Option<List<'v>> {
        list.as_ref().map(|l| {
            let (terms, ok) = self.list(l, category);
            *complete &= ok;
            terms
        })
    }

    /// `resolve`, for a list that names departments (`owner`, `staffed by`, `approval by`).
    fn naming_departments<T>(&mut self, resolve: impl FnOnce(&mut Self) -> T) -> T {
        self.departments = true;
        let resolved = resolve(self);
        self.departments = false;
        resolved
    }

    fn statement(&mut self, s: &ast::Statement, rule: usize) -> Statement<'v> {
        self.in_statement = true;
        let statement = self.statement_body(s, rule);
        self.in_statement = false;
        statement
    }

    fn statement_body(&mut self, s: &ast::Statement, rule: usize) -> Statement<'v> {
        let mut complete = true;
        let q = &s.qualifiers;
        let mut platforms = self.optional(&q.on, Category::Platform, &mut complete);
        let about = self.optional(&q.about, Category::Content, &mut complete);
        let during = self.optional(&q.during, Category::Time, &mut complete);
        let using = self.optional(&q.using, Category::Means, &mut complete);
        let approval = q.approval.as_ref().map(|a| {
            let (by, ok) = self.naming_departments(|r| r.list(&a.by, Category::Audience));
            complete &= ok;
            Approval { with: a.with, by }
        });
        let mut statement = Statement {
            span: s.span,
            modality: s.modality,
            effect: Effect::Forbid,
            implied: false,
            understood: true,
            rule,
            who: &[],
            except: &[],
            action: None,
            objects: &[],
            platforms: None,
            about,
            during,
            using,
            approval,
            targets: &[],
        };
        match &s.body {
            ast::StatementBody::Permission {
                who,
                action,
                objects,
            } => {
                statement.effect = match s.modality {
                    Modality::Allow | Modality::AllowOnly => Effect::Allow,
                    Modality::Encourage => Effect::Encourage,
                    Modality::Require => Effect::Require,
                    _ => Effect::Forbid,
                };
                self.who(who, &mut statement, &mut complete);
                let verb = self.term(action, Category::Action);
                complete &= verb.is_some();
                // The objects of an unknown verb are not checked: what they should be depends
                // on the verb (`acess facebook` is one mistake, not two).
                if let Some(objects) = objects.as_ref().filter(|_| verb.is_some()) {
                    if verb == Some("access") {
                        let (accessed, ok) = self.list(objects, Category::Platform);
                        complete &= ok;
                        platforms = Some(before(accessed, platforms, self.arena));
                    } else {
                        let (contents, ok) = self.list(objects, Category::Content);
                        complete &= ok;
                        statement.objects = contents;
                    }
                }
                statement.action = verb;
            }
            ast::StatementBody::Block { platforms: p, who } => {
                statement.effect = Effect::Forbid;
                let (blocked, ok) = self.list(p, Category::Platform);
                complete &= ok;
                platforms = Some(before(blocked, platforms, self.arena));
                match who {
                    Some(who) => self.who(who, &mut statement, &mut complete),
                    None => statement.who = &["everyone"],
                }
                statement.action = Some("access");
            }
            ast::StatementBody::Monitor { targets } => {
                statement.effect = Effect::Monitor;
                let (targets, ok) = self.list(targets, Category::MonitorTarget);
                complete &= ok;
                statement.targets = targets;
            }
        }
        statement.platforms = platforms;
        statement.understood = complete;
        statement
    }

    fn who(&mut self, who: &ast::Who, statement: &mut Statement<'v>, complete: &mut bool) {
        let (terms, ok) = self.list(&who.terms, Category::Audience);
        *complete &= ok;
        statement.who = terms;
        if let Some(except) = &who.except {
            let (terms, ok) = self.list(except, Category::Audience);
            *complete &= ok;
            statement.except = terms;
        }
    }
}

/// The platforms a statement names in its body (`access facebook`, `block tiktok`) followed by
/// those of its `on` qualifier, without duplicates: in the order they are written.
fn before<'v>(body: List<'v>, on: Option<List<'v>>, arena: &'v Bump) -> List<'v> {
    let Some(on) = on else {
        return body;
    };
    let mut joined = InArena::with_capacity_in(body.len() + on.len(), arena);
    joined.extend_from_slice(body);
    for &term in on {
        if !joined.contains(&term) {
            joined.push(term);
        }
    }
    joined.into_bump_slice()
}

/// `allow only W to A Q` implies `forbid everyone except W to A Q` (without approval).
fn implied_forbid<'v>(allow: &Statement<'v>) -> Statement<'v> {
    Statement {
        effect: Effect::Forbid,
        implied: true,
        who: &["everyone"],
        except: allow.who,
        approval: None,
        ..allow.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn model(src: &str) -> (Model<'static>, Vec<UnknownTerm>) {
        let tree = parse(src).expect("parses");
        // One shared vocabulary and an arena that is never freed, so that the model's borrowed
        // terms outlive this helper.
        static VOCAB: std::sync::OnceLock<Vocabulary> = std::sync::OnceLock::new();
        let arena = Box::leak(Box::new(Bump::new()));
        understand(&tree, VOCAB.get_or_init(Vocabulary::builtin), arena)
    }

    #[test]
    fn block_is_a_forbid_to_access() {
        let (m, unknown) = model(
            r#"guideline "g" { rule "r" { block Facebook, x for staff except pr using company-network } }"#,
        );
        assert!(unknown.is_empty());
        let s = &m.rules[0].statements[0];
        assert_eq!(s.effect, Effect::Forbid);
        assert_eq!(s.action, Some("access"));
        assert_eq!(s.who, ["employees"]);
        assert_eq!(s.except, ["pr"]);
        assert_eq!(s.platforms, Some(&["facebook", "twitter"][..]));
        assert_eq!(s.using, Some(&["company-network"][..]));
    }

    #[test]
    fn block_defaults_to_everyone() {
        let (m, _) = model(r#"guideline "g" { rule "r" { block tiktok } }"#);
        assert_eq!(m.rules[0].statements[0].who, ["everyone"]);
    }

    #[test]
    fn access_objects_are_platforms() {
        let (m, unknown) =
            model(r#"guideline "g" { rule "r" { allow employees to use facebook on xing } }"#);
        assert!(unknown.is_empty());
        let s = &m.rules[0].statements[0];
        assert_eq!(s.action, Some("access"));
        assert!(s.objects.is_empty());
        // As written: the accessed platforms, then those of `on`.
        assert_eq!(s.platforms.as_ref().unwrap(), &["facebook", "xing"]);
    }

    #[test]
    fn allow_only_implies_a_forbid() {
        let (m, _) = model(
            r#"guideline "g" { rule "r" { allow only marketing to access facebook during breaks with approval by pr } }"#,
        );
        let [allow, forbid] = &m.rules[0].statements[..] else {
            panic!("two statements")
        };
        assert_eq!(allow.effect, Effect::Allow);
        assert!(!allow.implied);
        assert_eq!(forbid.effect, Effect::Forbid);
        assert!(forbid.implied);
        assert_eq!(forbid.span, allow.span);
        assert_eq!(forbid.who, ["everyone"]);
        assert_eq!(forbid.except, ["marketing"]);
        assert_eq!(forbid.during, allow.during);
        assert!(forbid.approval.is_none());
        assert!(allow.approval.is_some());
    }

    /// `allow only everyone` implies its forbid like any `allow only` (SPEC §3): `forbid
    /// everyone except everyone`, which the rules read as the same statement written out.
    #[test]
    fn allow_only_everyone_implies_its_forbid_too() {
        let (m, _) = model(
            r#"guideline "g" { rule "r" { allow only everyone, interns to access facebook } }"#,
        );
        let [allow, forbid] = &m.rules[0].statements[..] else {
            panic!("the allow and its forbid")
        };
        assert_eq!(allow.effect, Effect::Allow);
        assert_eq!(allow.modality, Modality::AllowOnly);
        assert_eq!(forbid.effect, Effect::Forbid);
        assert!(forbid.implied);
        assert_eq!(forbid.who, ["everyone"]);
        assert_eq!(forbid.except, ["everyone", "interns"]);
    }

    /// `acess facebook` is one mistake: the objects of an unknown verb are not resolved.
    #[test]
    fn objects_of_an_unknown_verb_are_not_checked() {
        let (m, unknown) =
            model(r#"guideline "g" { rule "r" { allow employees to acess facebook } }"#);
        assert_eq!(unknown.len(), 1, "{unknown:?}");
        assert_eq!(unknown[0].word, "acess");
        assert!(!m.rules[0].statements[0].understood);
    }

    #[test]
    fn unknown_terms_are_reported_and_mark_the_statement() {
        let (m, unknown) = model(
            r#"guideline "g" { owner hr, foo rule "r" { allow employes to access facebok } }"#,
        );
        assert_eq!(unknown.len(), 3);
        assert_eq!(unknown[1].word, "employes");
        assert_eq!(unknown[1].suggestions[0], "employees");
        assert!(!m.rules[0].statements[0].understood);
        assert!(!m.owners[0].complete);
        assert_eq!(m.owners[0].terms, ["hr"]);
        // Only the terms of statements may be named by a qualifier instead.
        let in_statement: Vec<bool> = unknown.iter().map(|u| u.in_statement).collect();
        assert_eq!(in_statement, [false, true, true]);
        // Where departments are named, the help's examples are departments.
        let (_, unknown) = model(r#"guideline "g" { owner foo }"#);
        assert_eq!(
            unknown[0].known,
            ["hr", "pr", "marketing", "sales", "customer-service"]
        );
        // Elsewhere, narrow terms first: a writer who takes the first must not widen a ban
        // (a blind review saw `affiliation`, `employer` and `everyone`, `employees` lead).
        let (_, unknown) =
            model(r#"guideline "g" { rule "r" { forbid journalists to post anything } }"#);
        assert_eq!(
            unknown[0].known,
            ["interns", "managers", "marketing", "pr", "hr"]
        );
        assert_eq!(
            unknown[1].known,
            [
                "customer-data",
                "trade-secrets",
                "confidential-information",
                "product-plans",
                "photos"
            ]
        );
        // Actions are fixed: all of them.
        let (_, unknown) =
            model(r#"guideline "g" { rule "r" { forbid employees to give advice } }"#);
        assert_eq!(unknown[0].known.len(), 11);
        assert_eq!(unknown[0].known[10], "speak-for-company");
        // A German word for a term of the position is known as such.
        let (_, unknown) = model(r#"guideline "g" { owner personalabteilung }"#);
        assert_eq!(unknown[0].german_for, Some("hr"));
    }

    #[test]
    fn a_term_of_another_category_says_so() {
        let (_, unknown) = model(r#"guideline "g" { rule "r" { block facebook for linkedin } }"#);
        assert_eq!(unknown[0].expected, Category::Audience);
        assert_eq!(unknown[0].elsewhere, [Category::Platform]);
    }

    #[test]
    fn topics_and_official_use() {
        let (m, _) = model(
            r#"guideline "g" { rule "r" { forbid employees to post opinions about employer, opinions using company-accounts } }"#,
        );
        let s = &m.rules[0].statements[0];
        assert_eq!(s.topics(), ["opinions", "employer"]);
        assert!(s.is_official_use());
        assert!(s.is_posting_action());
    }
}
