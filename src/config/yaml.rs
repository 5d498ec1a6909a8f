//! Reading `.guidelint.yaml`: the only file of the crate that uses serde_yaml.
//!
//! Every error points at a line and column of the YAML file. serde_yaml attaches the position
//! of the YAML node being deserialized to any error raised while that node is visited, so every
//! check runs *inside* a visitor (`visit_str`, `visit_map`, …) of the offending node rather than
//! after deserialization:
//!
//! 1. The text is read for its outline ([`super::outline`]: YAML syntax, one document, no key
//!    twice, the alias repetition limit, an empty file).
//! 2. Pass one deserializes the typed structure: unknown keys, wrong types, unknown values,
//!    invalid globs and regexes, malformed terms and rule names.
//! 3. From that result the checks that need the whole file are prepared (the extended
//!    vocabulary, the custom rule names), put in a thread-local, and pass two deserializes again:
//!    now rule names under `rules:`, alias targets and `match` values are checked against the
//!    whole file, and `match` values resolve to canonical terms.
//!
//! Every error found is an [`ErrorKind`]; what it says, in every language, is written in
//! [`super::text`]. An error carries the file's own `lang:` as far as the file can be read
//! ([`written_lang`]), so that the command line can show it in the language of the run.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

use regex::{Regex, RegexBuilder};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::error::{ConfigError, Spot};
use super::outline::{self, Outline, Problem};
use super::text::{ErrorKind, Found, PatternMistake, RegexProblem, Scalar};
use super::{FailOn, Level};
use crate::finding::Severity;
use crate::lang::Lang;
use crate::rules;
use crate::rules::custom::{CustomRule, Matcher};
use crate::semantics::{Category, Vocabulary};
use crate::syntax::ast::Modality;

/// What a visitor that failed gives serde to carry (the error itself waits in [`FAILED`]).
const SEP: char = '\u{1f}';

/// Compiled regexes may use at most this much memory (the regex crate's `size_limit`).
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// Longer patterns are rejected before they are parsed.
pub const REGEX_MAX_LEN: usize = 4096;

thread_local! {
    /// The error the last visitor failed with. serde carries only a message, and serde_yaml
    /// adds the value's position and path to it: the error waits here, in words for every
    /// language, while serde carries [`SEP`].
    static FAILED: RefCell<Option<ErrorKind>> = const { RefCell::new(None) };
}

/// An error raised inside a visitor.
fn fail<E: de::Error>(what: ErrorKind) -> E {
    FAILED.with(|f| *f.borrow_mut() = Some(what));
    E::custom(SEP)
}

/// The error [`fail`] left, if any.
fn take_failed() -> Option<ErrorKind> {
    FAILED.with(|f| f.borrow_mut().take())
}

// ---- the result -----------------------------------------------------------------------------

/// The parsed, validated file (paths not yet resolved).
#[derive(Debug, Default)]
pub struct Parsed {
    pub fail_on: Option<FailOn>,
    pub levels: Vec<(String, Level)>,
    pub exclude: Vec<ExcludeGlob>,
    pub max_file_size: Option<u64>,
    pub lang: Option<Lang>,
    pub vocabulary: Vocabulary,
    pub custom_rules: Vec<CustomRule>,
}

/// Parses and validates the YAML text of the file called `name`. An error carries the file's
/// `lang:` as far as it can be read ([`written_lang`]).
pub fn parse(name: &str, text: &str) -> Result<Parsed, ConfigError> {
    take_failed();
    let text = lone_crs_as_newlines(text);
    parse_checked(name, &text).map_err(|e| e.with_written_lang(written_lang(&text)))
}

/// The text with each carriage return that is not followed by a line feed (old Mac line ends)
/// written as a line feed. YAML reads a lone CR as a line break; positions and snippets count
/// lines by line feeds, so they agree with YAML only once it is one. Byte for byte the same
/// length, so every offset stays where it was; `\r\n` is left alone.
fn lone_crs_as_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return std::borrow::Cow::Borrowed(text);
    }
    let replaced: String = text
        .char_indices()
        .map(|(i, c)| if c == '\r' && lone(i) { '\n' } else { c })
        .collect();
    std::borrow::Cow::Owned(replaced)
}

fn parse_checked(name: &str, text: &str) -> Result<Parsed, ConfigError> {
    let located = |e: serde_yaml::Error| from_serde(name, text, &e);
    match outline::read(text) {
        Ok(Outline::Empty) => return Ok(Parsed::default()),
        Ok(Outline::Mapping) => {}
        Ok(Outline::Other) => {
            let at = first_content(text);
            return Err(ConfigError::at(
                name,
                text,
                at,
                token_len(text, at),
                &ErrorKind::NotAMapping,
            ));
        }
        Err(problem) => return Err(from_problem(name, text, problem)),
    }
    let first: RawConfig = serde_yaml::from_str(text).map_err(located)?;
    let (vocabulary, base) = build_vocabulary(first.vocabulary.as_ref());
    let names = first
        .custom_rules
        .iter()
        .flat_map(|l| l.0.iter())
        .map(|r| r.name.0.clone())
        .collect();
    let aliases = first
        .vocabulary
        .as_ref()
        .and_then(|v| v.aliases.as_ref())
        .map(|a| a.0.clone())
        .unwrap_or_default();
    let mut first_alias = HashMap::new();
    for (i, (alias, _)) in aliases.iter().enumerate() {
        first_alias.entry(alias.clone()).or_insert(i);
    }
    let checks = Rc::new(Checks {
        vocabulary,
        base,
        builtin: Vocabulary::builtin(),
        aliases,
        first_alias,
        custom_names: names,
        seen: RefCell::new(HashSet::new()),
        classified: RefCell::new(HashSet::new()),
    });
    let second: RawConfig = {
        let _guard = CheckGuard::set(checks.clone());
        serde_yaml::from_str(text).map_err(located)?
    };
    Ok(second.into_parsed(&checks))
}

/// Only the `lang:` of a configuration: every other key is skipped, whatever it holds.
#[derive(Deserialize)]
struct LangOnly {
    lang: Option<String>,
}

/// The `lang:` the YAML text sets, read as far as the text can be read, so that the errors
/// about the rest of the file can be in that language: the top-level `lang:` of the first
/// document; when the YAML cannot be read to the end (a syntax mistake), a line `lang: de`
/// (or `en`, unindented, quoted or not, with or without a comment) before the line of the
/// mistake. `None` when there is none, when it is no language guidelint speaks, or when it is
/// given twice.
pub fn written_lang(text: &str) -> Option<Lang> {
    let document = serde_yaml::Deserializer::from_str(text).next()?;
    match LangOnly::deserialize(document) {
        Ok(only) => only.lang.as_deref().and_then(Lang::parse),
        Err(error) => {
            // The lines before the one of the mistake (whose offset is never cut inside a
            // character here, whatever libyaml says).
            let at = error
                .location()
                .map_or(text.len(), |l| l.index().min(text.len()));
            let before = (0..=at)
                .rev()
                .find_map(|i| text.get(..i))
                .unwrap_or_default();
            let lines = before.rfind('\n').map_or("", |n| &before[..=n]);
            lang_lines(lines)
        }
    }
}

/// The language of the one unindented `lang:` line of `text` (none when there are two).
fn lang_lines(text: &str) -> Option<Lang> {
    let mut values = text.lines().filter_map(|line| line.strip_prefix("lang:"));
    let value = values.next()?;
    if values.next().is_some() {
        return None;
    }
    let value = match value.find(" #") {
        Some(comment) => &value[..comment],
        None => value,
    }
    .trim();
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|&q| value.strip_prefix(q).and_then(|v| v.strip_suffix(q)))
        .unwrap_or(value);
    Lang::parse(unquoted)
}

/// The byte offset of the first character that is not whitespace or part of a comment.
fn first_content(text: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            return offset + (line.len() - trimmed.len());
        }
        offset += line.len();
    }
    0
}

/// What the outline of the file shows wrong, as a located config error.
fn from_problem(name: &str, text: &str, problem: Problem) -> ConfigError {
    match problem {
        Problem::Yaml(error) => from_serde(name, text, &error),
        Problem::SecondDocument(at) => {
            let len = if text[at..].starts_with("---") {
                3
            } else {
                token_len(text, at)
            };
            ConfigError::at(name, text, at, len, &ErrorKind::SecondDocument)
        }
        Problem::KeyTwice { key, first, second } => ConfigError::at_spots(
            name,
            text,
            Spot::new(second, token_len(text, second)),
            &[Spot::new(first, token_len(text, first))],
            &ErrorKind::KeyTwice { key },
        ),
    }
}

/// A serde_yaml error as a located config error.
fn from_serde(name: &str, text: &str, error: &serde_yaml::Error) -> ConfigError {
    let raw = strip_positions(&error.to_string());
    let failed = take_failed();
    if raw.starts_with("control characters are not allowed") {
        // libyaml's reader gives the character's byte offset only in its message ("at position
        // 14", and not at all for offset 0), with the position 1:1; it stops at the first one,
        // which is found here instead.
        if let Some((offset, c)) = first_forbidden_char(text) {
            let what = ErrorKind::ControlCharInFile { code: u32::from(c) };
            return ConfigError::at(name, text, offset, c.len_utf8(), &what);
        }
    }
    if let Some(error) = cannot_start_a_token(name, text, &raw, error) {
        return error;
    }
    // A visitor's own error, or serde's and libyaml's in words.
    let (path, what) = match (raw.strip_suffix(SEP), failed) {
        (Some(path), Some(what)) => (path.strip_suffix(": ").unwrap_or(path), what),
        _ => describe_serde(&raw),
    };
    let offset = match error.location() {
        Some(location) => Some(location.index()),
        // The repetition limit has no position: point at the first alias.
        None if what == ErrorKind::RepetitionLimit => first_alias(text),
        None => None,
    };
    // A YAML mistake with only blank space after it is where the file ends (an unclosed quote
    // or bracket), a line past the last one shown. It is shown at the file's last character, so
    // the snippet has a marker there.
    let content_end = text.trim_end().len();
    let last = text[..content_end].chars().next_back();
    match offset {
        Some(offset)
            if offset >= content_end
                && last.is_some()
                && matches!(what, ErrorKind::Yaml { .. }) =>
        {
            let len = last.map_or(0, char::len_utf8);
            ConfigError::at(name, text, content_end - len, len, &what)
                .under(path)
                .at_file_end()
        }
        Some(offset) => {
            ConfigError::at(name, text, offset, token_len(text, offset), &what).under(path)
        }
        None => ConfigError::plain(&what).under(path).under(name),
    }
}

/// libyaml's errors for a character that cannot begin a YAML token, in words: most often a tab
/// used for indentation (YAML allows spaces only), else a character such as `@` or a backquote
/// that YAML reserves, at the start of a value that needs quotes.
fn cannot_start_a_token(
    name: &str,
    text: &str,
    raw: &str,
    error: &serde_yaml::Error,
) -> Option<ConfigError> {
    let offset = error.location()?.index();
    let found = text.get(offset..)?.chars().next()?;
    if found == '\t' && (raw.contains("cannot start any token") || raw.contains("tab")) {
        return Some(ConfigError::at(name, text, offset, 1, &ErrorKind::Tab));
    }
    if !raw.starts_with("found character that cannot start any token") {
        return None;
    }
    Some(ConfigError::at(
        name,
        text,
        offset,
        found.len_utf8(),
        &ErrorKind::CannotStartValue { found },
    ))
}

/// The first character libyaml refuses to read, with its byte offset: YAML allows tab, line
/// feed, carriage return and NEL, but no other control character, and no U+FFFE or U+FFFF.
fn first_forbidden_char(text: &str) -> Option<(usize, char)> {
    text.char_indices().find(|&(_, c)| {
        !matches!(c,
            '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{fffd}' | '\u{10000}'..)
    })
}

/// serde's and libyaml's own messages (after serde_yaml's `key.path: `, which is returned
/// apart), as the error they are.
fn describe_serde(message: &str) -> (&str, ErrorKind) {
    if let Some(wrong) = wrong_type(message) {
        return wrong;
    }
    let path_before = |at: usize| message[..at].strip_suffix(": ").unwrap_or(&message[..at]);
    if let Some(at) = message.find("unknown field `") {
        if let Some(what) = unknown_key(&message[at + "unknown field `".len()..]) {
            return (path_before(at), what);
        }
    }
    if let Some(at) = message.find("missing field `") {
        let rest = &message[at + "missing field `".len()..];
        if let Some(key) = rest.strip_suffix('`') {
            let key = key.to_owned();
            return (path_before(at), ErrorKind::MissingKey { key });
        }
    }
    let what = if message.contains("repetition limit") {
        ErrorKind::RepetitionLimit
    } else if message.contains("recursion limit") {
        ErrorKind::RecursionLimit
    } else {
        ErrorKind::Yaml {
            message: message.to_owned(),
        }
    };
    ("", what)
}

/// serde's "unknown field `KEY`, expected one of `a`, `b`" after its "unknown field `".
fn unknown_key(rest: &str) -> Option<ErrorKind> {
    let (key, allowed) = match rest.rfind("`, expected ") {
        Some(at) => {
            let list = &rest[at + "`, expected ".len()..];
            let list = list.strip_prefix("one of ").unwrap_or(list);
            let allowed = list.split('`').skip(1).step_by(2).map(str::to_owned);
            (&rest[..at], allowed.collect())
        }
        None => (rest.strip_suffix("`, there are no fields")?, Vec::new()),
    };
    Some(ErrorKind::UnknownKey {
        key: key.to_owned(),
        allowed,
    })
}

/// serde's "invalid type: FOUND, expected EXPECTED" (after serde_yaml's `key.path: `, which is
/// returned apart). Every visitor's `expecting` is written to read well after "this should be"
/// (and has German words in [`super::text::EXPECTED`]).
/// What a key of a section is, where serde says "field identifier".
const KEY_NAME: &str = "a key name, such as `fail-on`";

fn wrong_type(message: &str) -> Option<(&str, ErrorKind)> {
    let at = message.find("invalid type: ")?;
    let (path, rest) = message.split_at(at);
    let (found, expected) = rest["invalid type: ".len()..].rsplit_once(", expected ")?;
    let found = match found {
        "sequence" => Found::List,
        "map" => Found::Mapping,
        "unit value" | "unit" => Found::Empty,
        other => {
            if let Some(text) = other.strip_prefix("string ") {
                Found::Text(text.to_owned())
            } else if let Some(v) = other.strip_prefix("boolean ") {
                Found::Truth(v.to_owned())
            } else if let Some(n) = other
                .strip_prefix("integer ")
                .or_else(|| other.strip_prefix("floating point "))
            {
                Found::Number(
                    n.trim_end_matches(" as u128")
                        .trim_end_matches(" as i128")
                        .to_owned(),
                )
            } else {
                Found::Other(other.to_owned())
            }
        }
    };
    let path = path.strip_suffix(": ").unwrap_or(path);
    // serde's own words for the key of a section (`[a]: 1`), a name from inside the program.
    let expected = match expected {
        "field identifier" => KEY_NAME,
        other => other,
    };
    Some((
        path,
        ErrorKind::WrongType {
            expected: expected.to_owned(),
            found,
        },
    ))
}

/// Removes libyaml's and serde_yaml's ` at line L column C` (positions are shown as labels).
fn strip_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        let tail = &after[digits..];
        match tail.strip_prefix(" column ") {
            Some(col) if digits > 0 => {
                let d = col.chars().take_while(char::is_ascii_digit).count();
                rest = &col[d..];
            }
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first YAML alias (`*name`) in the text.
fn first_alias(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes[i] == b'*'
            && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'[' | b',' | b'\n' | b'{'))
            && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// The length of the YAML token that starts at `offset`: a quoted scalar with its quotes, a
/// flow collection with its brackets, or a plain scalar up to `: `, ` #`, the end of the line
/// (and, inside a flow collection, `,` `]` `}`).
pub(super) fn token_len(text: &str, offset: usize) -> usize {
    let Some(rest) = text.get(offset..) else {
        return 0;
    };
    let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let line = &rest[..line_end];
    let mut chars = line.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    match first {
        '"' | '\'' => {
            let mut escaped = false;
            for (i, c) in chars {
                if first == '"' && c == '\\' && !escaped {
                    escaped = true;
                    continue;
                }
                if c == first && !escaped {
                    return i + 1;
                }
                escaped = false;
            }
            line.len()
        }
        '[' | '{' => {
            let mut depth = 0usize;
            for (i, c) in line.char_indices() {
                match c {
                    '[' | '{' => depth += 1,
                    ']' | '}' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
            }
            line.len()
        }
        _ => {
            let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
            let prefix = &text[line_start..offset];
            let opened = prefix.matches(['[', '{']).count();
            let closed = prefix.matches([']', '}']).count();
            let in_flow = opened > closed;
            let bytes = line.as_bytes();
            let mut end = line.len();
            for (i, c) in line.char_indices() {
                let next = bytes.get(i + 1).copied();
                let stop = (c == ':' && matches!(next, None | Some(b' ' | b'\t')))
                    || (c == '#' && i > 0 && matches!(bytes[i - 1], b' ' | b'\t'))
                    || (in_flow && matches!(c, ',' | ']' | '}'));
                if stop {
                    end = i;
                    break;
                }
            }
            line[..end].trim_end().len().max(1)
        }
    }
}

// ---- checks that need the whole file ---------------------------------------------------------

/// What pass two checks against.
struct Checks {
    /// The built-in vocabulary with the file's terms and aliases.
    vocabulary: Vocabulary,
    /// The built-in vocabulary with the file's terms but not its aliases.
    base: Vocabulary,
    /// The built-in vocabulary alone.
    builtin: Vocabulary,
    /// The file's aliases and their targets (lowercase), in file order.
    aliases: Vec<(String, String)>,
    /// The number of each alias's first appearance in [`Checks::aliases`].
    first_alias: HashMap<String, usize>,
    /// Every custom rule name the file defines.
    custom_names: Vec<String>,
    /// Custom rule names seen so far (duplicates).
    seen: RefCell<HashSet<String>>,
    /// Words of the classed lists seen so far, with their [`Class`].
    classified: RefCell<HashSet<(String, Class)>>,
}

thread_local! {
    static CHECKS: RefCell<Option<Rc<Checks>>> = const { RefCell::new(None) };
}

/// The checks of pass two; `None` during pass one.
fn checks() -> Option<Rc<Checks>> {
    CHECKS.with(|c| c.borrow().clone())
}

/// Sets the checks for the duration of pass two.
struct CheckGuard;

impl CheckGuard {
    fn set(checks: Rc<Checks>) -> CheckGuard {
        CHECKS.with(|c| *c.borrow_mut() = Some(checks));
        CheckGuard
    }
}

impl Drop for CheckGuard {
    fn drop(&mut self) {
        CHECKS.with(|c| *c.borrow_mut() = None);
    }
}

/// Extends the built-in vocabulary with the file's terms, then its aliases. Aliases may point at
/// other aliases of the file in any order; an alias whose target is no term is left out here
/// (pass two reports it). Returns the vocabulary with and without the file's aliases.
fn build_vocabulary(raw: Option<&RawVocabulary>) -> (Vocabulary, Vocabulary) {
    let mut v = Vocabulary::builtin();
    let Some(raw) = raw else {
        return (v.clone(), v);
    };
    for (list, category) in [
        (&raw.platforms, Category::Platform),
        (&raw.audiences, Category::Audience),
        (&raw.contents, Category::Content),
        (&raw.times, Category::Time),
        (&raw.means, Category::Means),
        (&raw.consequences, Category::Consequence),
    ] {
        for term in words(list) {
            v.add_term(category, term);
        }
    }
    for term in words(&raw.listening_targets) {
        v.add_term(Category::MonitorTarget, term);
    }
    for term in words(&raw.two_way_purposes) {
        v.add_term(Category::Purpose, term);
    }
    for term in words(&raw.broad_audiences) {
        v.add_broad_audience(term);
    }
    for term in words(&raw.company_topics) {
        v.add_company_topic(term);
    }
    for term in words(&raw.surveillance_targets) {
        v.add_surveillance_target(term);
    }
    for term in words(&raw.broadcast_purposes) {
        v.add_broadcast_purpose(term);
    }
    let base = v.clone();
    let mut pending: Vec<&(String, String)> = raw.aliases.iter().flat_map(|a| &a.0).collect();
    loop {
        let before = pending.len();
        pending.retain(|(alias, target)| v.add_alias(alias, target).is_empty());
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    (v, base)
}

/// The words of a vocabulary list, if given.
fn words<T: AsRef<str>>(list: &Option<List<T>>) -> impl Iterator<Item = &str> {
    list.iter().flat_map(|l| l.0.iter().map(AsRef::as_ref))
}

// ---- the YAML structure ----------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "kebab-case",
    expecting = "a mapping of keys such as `fail-on`, `rules`, `vocabulary`"
)]
struct RawConfig {
    fail_on: Option<FailOnValue>,
    rules: Option<RuleLevels>,
    exclude: Option<List<GlobValue>>,
    max_file_size: Option<FileSize>,
    lang: Option<LangValue>,
    vocabulary: Option<RawVocabulary>,
    custom_rules: Option<List<RawCustomRule>>,
}

impl RawConfig {
    fn into_parsed(self, checks: &Checks) -> Parsed {
        let custom_rules = self
            .custom_rules
            .map(|l| l.0)
            .unwrap_or_default()
            .into_iter()
            .map(RawCustomRule::into_rule)
            .collect();
        Parsed {
            fail_on: self.fail_on.map(|f| f.0),
            levels: self.rules.map(|r| r.0).unwrap_or_default(),
            exclude: self
                .exclude
                .map(|e| e.0.into_iter().map(|g| g.0).collect())
                .unwrap_or_default(),
            max_file_size: self.max_file_size.map(|s| s.0),
            lang: self.lang.map(|l| l.0),
            vocabulary: checks.vocabulary.clone(),
            custom_rules,
        }
    }
}

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "kebab-case",
    expecting = "a mapping of word lists by category, such as `platforms: [intranet]`"
)]
struct RawVocabulary {
    platforms: Option<List<TermWord>>,
    audiences: Option<List<TermWord>>,
    broad_audiences: Option<List<TermWord>>,
    contents: Option<List<TermWord>>,
    company_topics: Option<List<TermWord>>,
    times: Option<List<TermWord>>,
    means: Option<List<TermWord>>,
    listening_targets: Option<List<ClassWord<LISTENING>>>,
    surveillance_targets: Option<List<ClassWord<SURVEILLANCE>>>,
    two_way_purposes: Option<List<ClassWord<TWO_WAY>>>,
    broadcast_purposes: Option<List<ClassWord<BROADCAST>>>,
    consequences: Option<List<TermWord>>,
    aliases: Option<Aliases>,
}

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    rename_all = "kebab-case",
    expecting = "a custom rule: a mapping with `name`, `message` and `match`"
)]
struct RawCustomRule {
    name: CustomName,
    severity: Option<SeverityValue>,
    message: Message,
    help: Option<Text>,
    #[serde(rename = "match")]
    matcher: MatchValue,
}

impl RawCustomRule {
    fn into_rule(self) -> CustomRule {
        let m = self.matcher.0;
        macro_rules! terms_of {
            ($field:expr) => {
                $field.map(|l| l.0.into_iter().map(|t| t.0).collect())
            };
        }
        CustomRule {
            name: self.name.0,
            severity: self.severity.map_or(Severity::Warning, |s| s.0),
            message: self.message.0,
            help: self.help.map(|h| h.0).filter(|h| !h.trim().is_empty()),
            matcher: Matcher {
                modality: m.modality.map(|l| l.0.into_iter().map(|m| m.0).collect()),
                action: terms_of!(m.action),
                platforms: terms_of!(m.platforms),
                audience: terms_of!(m.audience),
                objects: terms_of!(m.objects),
                about: terms_of!(m.about),
                during: terms_of!(m.during),
                using: terms_of!(m.using),
                targets: terms_of!(m.targets),
                approval: m.approval.map(|l| l.0.into_iter().map(|f| f.0).collect()),
                rationale: m.rationale.map(|l| l.0.into_iter().map(|f| f.0).collect()),
                text: m.text.map(|l| l.0.into_iter().map(|p| p.0).collect()),
            },
        }
    }
}

// Category indices into `Category::ALL` for `MatchTerm`.
const AUDIENCE: usize = 0;
const PLATFORM: usize = 1;
const ACTION: usize = 2;
const CONTENT: usize = 3;
const TIME: usize = 4;
const MEANS: usize = 5;
const MONITOR_TARGET: usize = 6;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a mapping such as `modality: block`")]
struct RawMatch {
    #[serde(default, deserialize_with = "present")]
    modality: Option<OneOrMany<ModalityValue>>,
    #[serde(default, deserialize_with = "present")]
    action: Option<OneOrMany<MatchTerm<ACTION>>>,
    #[serde(default, deserialize_with = "present")]
    platforms: Option<OneOrMany<MatchTerm<PLATFORM>>>,
    #[serde(default, deserialize_with = "present")]
    audience: Option<OneOrMany<MatchTerm<AUDIENCE>>>,
    #[serde(default, deserialize_with = "present")]
    objects: Option<OneOrMany<MatchTerm<CONTENT>>>,
    #[serde(default, deserialize_with = "present")]
    about: Option<OneOrMany<MatchTerm<CONTENT>>>,
    #[serde(default, deserialize_with = "present")]
    during: Option<OneOrMany<MatchTerm<TIME>>>,
    #[serde(default, deserialize_with = "present")]
    using: Option<OneOrMany<MatchTerm<MEANS>>>,
    #[serde(default, deserialize_with = "present")]
    targets: Option<OneOrMany<MatchTerm<MONITOR_TARGET>>>,
    #[serde(default, deserialize_with = "present")]
    approval: Option<OneOrMany<Flag>>,
    #[serde(default, deserialize_with = "present")]
    rationale: Option<OneOrMany<Flag>>,
    #[serde(default, deserialize_with = "present")]
    text: Option<OneOrMany<Pattern>>,
}

/// A key of `match` that is there: its value is read even when it is none (`platforms:` or
/// `modality: ~`), which [`OneOrMany`] refuses; a plain `Option` would take it for a key left
/// out, and the rule would match any statement.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

impl RawMatch {
    fn is_empty(&self) -> bool {
        self.modality.is_none()
            && self.action.is_none()
            && self.platforms.is_none()
            && self.audience.is_none()
            && self.objects.is_none()
            && self.about.is_none()
            && self.during.is_none()
            && self.using.is_none()
            && self.targets.is_none()
            && self.approval.is_none()
            && self.rationale.is_none()
            && self.text.is_none()
    }
}

// ---- values checked inside their visitors ------------------------------------------------------

/// A string checked by `check` inside `visit_str`, so that errors carry the value's position.
trait Checked: Sized {
    const EXPECTING: &'static str;
    fn check<E: de::Error>(value: &str) -> Result<Self, E>;
}

struct CheckedVisitor<T>(PhantomData<T>);

impl<T: Checked> Visitor<'_> for CheckedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::check(v)
    }

    // A number, truth value or nothing is no word (`exclude: [5]`, `platforms: [true]`): SPEC §8
    // makes wrong types errors, and the value would otherwise be read as the text it is written as.
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        Err(TextVisitor::not_text(v, Scalar::Truth))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Err(TextVisitor::not_text(v, Scalar::Number))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        Err(TextVisitor::not_text(v, Scalar::Number))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        Err(TextVisitor::not_text(v, Scalar::Number))
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        Err(TextVisitor::not_text("~", Scalar::Nothing))
    }
}

macro_rules! checked {
    ($($t:ident $(<$c:ident>)?),*) => {$(
        impl<'de $(, const $c: usize)?> Deserialize<'de> for $t $(<$c>)? {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(CheckedVisitor(PhantomData))
            }
        }
    )*};
}

checked!(
    TermWord,
    ClassWord<K>,
    FailOnValue,
    SeverityValue,
    ModalityValue,
    RuleName,
    CustomName,
    GlobValue,
    LangValue,
    Pattern,
    MatchTerm<C>
);

/// A word the file adds to the vocabulary: it must be a term of the language.
struct TermWord(String);

impl Checked for TermWord {
    const EXPECTING: &'static str = "a term such as `intranet`";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        check_term(v)?;
        Ok(TermWord(crate::semantics::vocab::lowercase(v)))
    }
}

impl AsRef<str> for TermWord {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// One of the word lists that sort a category in two: monitor targets are listening or
/// surveillance targets, purposes two-way or broadcast. An index into
/// [`super::text::CLASS_KEYS`]; the other class of the pair is `class ^ 1`.
type Class = usize;

const LISTENING: Class = 0;
const SURVEILLANCE: Class = 1;
const TWO_WAY: Class = 2;
const BROADCAST: Class = 3;

/// The built-in class of `word`, if it is a built-in term of the category of `class`.
fn builtin_class(builtin: &Vocabulary, class: Class, word: &str) -> Option<Class> {
    if class < TWO_WAY {
        let term = builtin.resolve(Category::MonitorTarget, word)?;
        Some(if builtin.is_surveillance_target(term) {
            SURVEILLANCE
        } else {
            LISTENING
        })
    } else {
        let term = builtin.resolve(Category::Purpose, word)?;
        Some(if builtin.is_broadcast_purpose(term) {
            BROADCAST
        } else {
            TWO_WAY
        })
    }
}

/// A word of the list of class `K`: a term, and never of the other class of its pair too (it
/// would silently count as the stricter one). Pass two compares it with the built-in terms and
/// the words of the other list seen before it.
struct ClassWord<const K: Class>(String);

impl<const K: Class> AsRef<str> for ClassWord<K> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<const K: Class> Checked for ClassWord<K> {
    const EXPECTING: &'static str = "a term such as `intranet`";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        let TermWord(word) = TermWord::check(v)?;
        let Some(checks) = checks() else {
            return Ok(ClassWord(word));
        };
        let other = K ^ 1;
        if builtin_class(&checks.builtin, K, &word) == Some(other) {
            return Err(fail(ErrorKind::BuiltInClass { word, class: K }));
        }
        let mut classified = checks.classified.borrow_mut();
        if classified.contains(&(word.clone(), other)) {
            return Err(fail(ErrorKind::ClassTwice { word, class: K }));
        }
        classified.insert((word.clone(), K));
        Ok(ClassWord(word))
    }
}

fn check_term<E: de::Error>(v: &str) -> Result<(), E> {
    if crate::syntax::is_term(v) {
        Ok(())
    } else {
        Err(fail(ErrorKind::NotATerm {
            value: v.to_owned(),
        }))
    }
}

/// `fail-on`: the lowest severity that fails the run.
struct FailOnValue(FailOn);

impl Checked for FailOnValue {
    const EXPECTING: &'static str = "error, warning, info or never";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        FailOn::parse(v).map(FailOnValue).ok_or_else(|| {
            fail(ErrorKind::UnknownFailOn {
                value: v.to_owned(),
            })
        })
    }
}

/// A custom rule's `severity`. Turning a rule off belongs under `rules:`, as for every rule.
struct SeverityValue(Severity);

impl Checked for SeverityValue {
    const EXPECTING: &'static str = "error, warning or info";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        if let Some(severity) = Severity::parse(v) {
            return Ok(SeverityValue(severity));
        }
        Err(fail(if v == "off" {
            ErrorKind::CustomSeverityOff
        } else {
            ErrorKind::UnknownCustomSeverity {
                value: v.to_owned(),
            }
        }))
    }
}

/// A `modality` of `match`, as written in `match` (`allow-only` for `allow only`).
struct ModalityValue(Modality);

/// The modalities by the name `match` gives them.
const MODALITIES: [(&str, Modality); 7] = [
    ("allow", Modality::Allow),
    ("allow-only", Modality::AllowOnly),
    ("encourage", Modality::Encourage),
    ("require", Modality::Require),
    ("forbid", Modality::Forbid),
    ("block", Modality::Block),
    ("monitor", Modality::Monitor),
];

impl Checked for ModalityValue {
    const EXPECTING: &'static str =
        "a modality: allow, allow-only, encourage, require, forbid, block or monitor";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        if let Some((_, modality)) = MODALITIES.iter().find(|(name, _)| *name == v) {
            return Ok(ModalityValue(*modality));
        }
        let names: Vec<&str> = MODALITIES.iter().map(|(name, _)| *name).collect();
        Err(fail(ErrorKind::UnknownModality {
            value: v.to_owned(),
            close: closest(v, &names).map(str::to_owned),
        }))
    }
}

/// `approval` or `rationale` in `match`: `true` or `false`, not a word that means yes.
struct Flag(bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl V {
            fn not_a_flag<E: de::Error>(written: impl fmt::Display) -> E {
                fail(ErrorKind::NotAFlag {
                    value: written.to_string(),
                })
            }
        }
        impl Visitor<'_> for V {
            type Value = Flag;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true or false")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Flag, E> {
                Ok(Flag(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Flag, E> {
                Err(Self::not_a_flag(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Flag, E> {
                Err(Self::not_a_flag(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Flag, E> {
                Err(Self::not_a_flag(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Flag, E> {
                Err(Self::not_a_flag(v))
            }
        }
        d.deserialize_any(V)
    }
}

/// `max-file-size`: a whole number of bytes.
struct FileSize(u64);

impl<'de> Deserialize<'de> for FileSize {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl V {
            fn too_large<E: de::Error>() -> E {
                fail(ErrorKind::SizeTooLarge)
            }
        }
        impl Visitor<'_> for V {
            type Value = FileSize;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a size in bytes, such as `10485760` (10 MiB)")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FileSize, E> {
                Ok(FileSize(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FileSize, E> {
                u64::try_from(v)
                    .map(FileSize)
                    .map_err(|_| fail(ErrorKind::SizeNegative))
            }
            fn visit_u128<E: de::Error>(self, _: u128) -> Result<FileSize, E> {
                Err(Self::too_large())
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<FileSize, E> {
                if v < 0 {
                    return self.visit_i64(-1);
                }
                Err(Self::too_large())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<FileSize, E> {
                if v.fract() == 0.0 && v >= u64::MAX as f64 {
                    return Err(Self::too_large());
                }
                if v < 0.0 {
                    return self.visit_i64(-1);
                }
                if v.fract() == 0.0 {
                    // Whole (`1e6`), below 2^64 and not negative: exact as digits.
                    return Err(fail(ErrorKind::SizeNotDigits {
                        digits: format!("{v:.0}"),
                    }));
                }
                Err(fail(ErrorKind::SizeNotWhole {
                    value: v.to_string(),
                }))
            }
        }
        d.deserialize_any(V)
    }
}

/// A rule name under `rules:`: a built-in rule or a custom rule of the file.
struct RuleName(String);

impl Checked for RuleName {
    const EXPECTING: &'static str = "a rule name";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        if rules::find(v).is_some() {
            return Ok(RuleName(v.to_owned()));
        }
        let Some(checks) = checks() else {
            // Pass one: custom names are not known yet.
            return Ok(RuleName(v.to_owned()));
        };
        if checks.custom_names.iter().any(|n| n == v) {
            return Ok(RuleName(v.to_owned()));
        }
        let mut known: Vec<&str> = rules::REGISTRY.iter().map(|r| r.meta().name).collect();
        known.extend(checks.custom_names.iter().map(String::as_str));
        Err(fail(ErrorKind::UnknownRule {
            name: v.to_owned(),
            close: closest(v, &known).map(str::to_owned),
        }))
    }
}

fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 3.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

/// A custom rule's name: contains `/`, never a built-in's name, once per file.
struct CustomName(String);

impl Checked for CustomName {
    const EXPECTING: &'static str = "a rule name such as `acme/no-tiktok-block`";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        let name = v.to_owned();
        if rules::find(v).is_some() {
            return Err(fail(ErrorKind::CustomNameBuiltIn { name }));
        }
        if !v.contains('/') {
            return Err(fail(ErrorKind::CustomNameNoSlash { name }));
        }
        if v.split('/').any(str::is_empty) {
            return Err(fail(ErrorKind::CustomNameEmptyPart { name }));
        }
        let valid_part = |p: &str| {
            p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        };
        if !v.split('/').all(valid_part) {
            return Err(fail(ErrorKind::CustomNameChars { name }));
        }
        if let Some(checks) = checks() {
            if !checks.seen.borrow_mut().insert(v.to_owned()) {
                return Err(fail(ErrorKind::CustomNameTwice { name }));
            }
        }
        Ok(CustomName(name))
    }
}

/// An `exclude` glob.
struct GlobValue(ExcludeGlob);

/// An `exclude` glob as written by someone used to `.gitignore`: a leading `./` changes nothing
/// (paths are compared relative to the configuration's folder, and never start with `./`), and
/// a trailing `/` makes it match folders only.
#[derive(Debug)]
pub struct ExcludeGlob {
    pub glob: globset::Glob,
    /// The glob ended in `/`: it matches folders, never files.
    pub folders_only: bool,
}

impl Checked for GlobValue {
    const EXPECTING: &'static str = "a glob such as `archive/**`";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        let glob = v.to_owned();
        if v.starts_with('/') || v.get(1..3) == Some(":\\") || v.get(1..3) == Some(":/") {
            return Err(fail(ErrorKind::GlobAbsolute { glob }));
        }
        if v.starts_with('!') {
            return Err(fail(ErrorKind::GlobNegated { glob }));
        }
        if v.split('/').any(|part| part == "..") {
            return Err(fail(ErrorKind::GlobUpward { glob }));
        }
        let mut pattern = v;
        while let Some(rest) = pattern.strip_prefix("./") {
            pattern = rest.trim_start_matches('/');
        }
        let folders_only = pattern.len() > 1 && pattern.ends_with('/');
        let pattern = pattern.trim_end_matches('/');
        if pattern.is_empty() {
            return Err(fail(ErrorKind::GlobOwnFolder { glob }));
        }
        globset::GlobBuilder::new(pattern)
            .literal_separator(true)
            .build()
            .map(|built| {
                GlobValue(ExcludeGlob {
                    glob: built,
                    folders_only,
                })
            })
            .map_err(|e| {
                fail(ErrorKind::GlobInvalid {
                    glob,
                    error: e.kind().clone(),
                })
            })
    }
}

/// `lang`: a language guidelint speaks.
struct LangValue(Lang);

impl Checked for LangValue {
    const EXPECTING: &'static str = "a language code such as `en`";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == v)
            .map(LangValue)
            .ok_or_else(|| {
                fail(ErrorKind::UnknownLang {
                    value: v.to_owned(),
                })
            })
    }
}

/// A `text` regex, compiled with size limits (linear-time matching by the regex crate).
struct Pattern(Regex);

impl Checked for Pattern {
    const EXPECTING: &'static str = "a regular expression";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        if v.is_empty() {
            return Err(fail(ErrorKind::EmptyPattern));
        }
        if v.len() > REGEX_MAX_LEN {
            return Err(fail(ErrorKind::PatternTooLong { len: v.len() }));
        }
        RegexBuilder::new(v)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build()
            .map(Pattern)
            .map_err(|e| {
                let problem = match &e {
                    regex::Error::CompiledTooBig(limit) => RegexProblem::TooBig(*limit),
                    _ => regex_problem(v),
                };
                fail(ErrorKind::InvalidPattern { problem })
            })
    }
}

/// What is wrong with a pattern the regex crate refuses, with the character where the problem
/// is.
fn regex_problem(pattern: &str) -> RegexProblem {
    use regex_syntax::ast::ErrorKind as Kind;
    match regex_syntax::Parser::new().parse(pattern) {
        Ok(_) => RegexProblem::NotValid,
        Err(regex_syntax::Error::Parse(e)) => {
            let mistake = match e.kind() {
                Kind::GroupUnclosed => PatternMistake::GroupUnclosed,
                Kind::GroupUnopened => PatternMistake::GroupUnopened,
                Kind::ClassUnclosed => PatternMistake::ClassUnclosed,
                Kind::RepetitionMissing => PatternMistake::RepetitionMissing,
                Kind::RepetitionCountUnclosed
                | Kind::RepetitionCountDecimalEmpty
                | Kind::RepetitionCountInvalid => PatternMistake::RepetitionCount,
                Kind::EscapeUnrecognized => PatternMistake::EscapeUnrecognized,
                Kind::EscapeUnexpectedEof => PatternMistake::EscapeUnexpectedEof,
                Kind::ClassRangeInvalid => PatternMistake::ClassRangeInvalid,
                Kind::FlagUnrecognized => PatternMistake::FlagUnrecognized,
                Kind::UnsupportedLookAround => PatternMistake::UnsupportedLookAround,
                Kind::UnsupportedBackreference => PatternMistake::UnsupportedBackreference,
                other => PatternMistake::Other(other.to_string()),
            };
            RegexProblem::At(mistake, e.span().start.column)
        }
        Err(regex_syntax::Error::Translate(e)) => RegexProblem::At(
            PatternMistake::Other(e.kind().to_string()),
            e.span().start.column,
        ),
        Err(other) => RegexProblem::Other(other.to_string()),
    }
}

/// A `match` value: a canonical term of category `Category::ALL[C]` after resolution through the
/// file's vocabulary (pass two; pass one keeps the word).
struct MatchTerm<const C: usize>(String);

impl<const C: usize> Checked for MatchTerm<C> {
    const EXPECTING: &'static str = "a term";

    fn check<E: de::Error>(v: &str) -> Result<Self, E> {
        let Some(checks) = checks() else {
            return Ok(MatchTerm(v.to_owned()));
        };
        let category = Category::ALL[C];
        if let Some(canonical) = checks.vocabulary.resolve(category, v) {
            return Ok(MatchTerm(canonical.to_owned()));
        }
        Err(fail(ErrorKind::UnknownMatchTerm {
            value: v.to_owned(),
            category,
            suggestion: checks
                .vocabulary
                .suggestions(category, v)
                .into_iter()
                .next(),
            elsewhere: checks.vocabulary.categories_of(v),
        }))
    }
}

/// `rules:`: rule names with severities; a mandatory rule cannot be `off`.
struct RuleLevels(Vec<(String, Level)>);

impl<'de> Deserialize<'de> for RuleLevels {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RuleLevels;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping of rule names to error, warning, info or off")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RuleLevels, A::Error> {
                let mut out = Vec::new();
                while let Some(RuleName(name)) = map.next_key()? {
                    let level = map.next_value_seed(LevelSeed(&name))?;
                    out.push((name, level));
                }
                Ok(RuleLevels(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// The severity of the rule `.0`.
struct LevelSeed<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for LevelSeed<'_> {
    type Value = Level;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Level, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for LevelSeed<'_> {
    type Value = Level;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("error, warning, info or off")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Level, E> {
        let level = match v {
            "off" => Level::Off,
            // No value (`blanket-block:` or `~`): there is no severity to be unknown.
            "" | "~" | "null" | "Null" | "NULL" => {
                return Err(fail(ErrorKind::NoLevel {
                    rule: self.0.to_owned(),
                }))
            }
            other => match Severity::parse(other) {
                Some(s) => Level::On(s),
                None => {
                    return Err(fail(ErrorKind::UnknownLevel {
                        value: v.to_owned(),
                        rule: self.0.to_owned(),
                    }))
                }
            },
        };
        if level == Level::Off && rules::is_mandatory(self.0) {
            return Err(fail(ErrorKind::MandatoryOff {
                rule: self.0.to_owned(),
            }));
        }
        Ok(level)
    }
}

/// `aliases:`: alias → target term, checked against the whole file's vocabulary.
struct Aliases(Vec<(String, String)>);

impl<'de> Deserialize<'de> for Aliases {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Aliases;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping of aliases to terms, e.g. `mitarbeitende: employees`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Aliases, A::Error> {
                let mut out = Vec::new();
                while let Some(alias) = map.next_key_seed(AliasKey(out.len()))? {
                    let target = map.next_value_seed(AliasTarget(&alias))?;
                    out.push((alias, target));
                }
                Ok(Aliases(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// The alias number `.0` of the file: a term, and no word that already means something else
/// (checked at the alias, which is the word at fault).
struct AliasKey(usize);

impl<'de> DeserializeSeed<'de> for AliasKey {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for AliasKey {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an alias such as `mitarbeitende`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        let TermWord(alias) = TermWord::check(v)?;
        let Some(checks) = checks() else {
            return Ok(alias);
        };
        // The same alias in other capitals (`FB` and `fb`): terms compare without capitals, so
        // it is the same key given twice (exact repeats are found by the outline).
        if checks
            .first_alias
            .get(&alias)
            .is_some_and(|&first| first < self.0)
        {
            return Err(fail(ErrorKind::KeyTwice { key: v.to_owned() }));
        }
        let Some((_, target)) = checks.aliases.get(self.0) else {
            return Ok(alias);
        };
        for c in checks.vocabulary.categories_of(target) {
            let meant = checks.vocabulary.resolve(c, target);
            let Some(existing) = checks.base.resolve(c, &alias) else {
                continue;
            };
            if Some(existing) == meant {
                continue;
            }
            let meant = meant.unwrap_or(target).to_owned();
            return Err(fail(if existing == alias {
                ErrorKind::AliasIsTerm {
                    alias,
                    category: c,
                    meant,
                }
            } else {
                ErrorKind::AliasStandsFor {
                    existing: existing.to_owned(),
                    alias,
                    category: c,
                    meant,
                }
            }));
        }
        Ok(alias)
    }
}

/// Where following the file's aliases from one of them leads.
enum Chain {
    /// To a word that is no alias of the file.
    Ends(String),
    /// Back to an alias already passed: the aliases from the start to the repeated one.
    Circle(Vec<String>),
}

/// Follows the file's aliases from `alias`.
fn follow(alias: &str, aliases: &[(String, String)]) -> Chain {
    let mut path = vec![alias.to_owned()];
    loop {
        let current = &path[path.len() - 1];
        let Some((_, next)) = aliases.iter().find(|(a, _)| a == current) else {
            return Chain::Ends(path.pop().unwrap_or_default());
        };
        let seen = path.contains(next);
        path.push(next.clone());
        if seen {
            return Chain::Circle(path);
        }
    }
}

/// The target of the alias `.0`.
struct AliasTarget<'a>(&'a str);

impl<'de> DeserializeSeed<'de> for AliasTarget<'_> {
    type Value = String;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for AliasTarget<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a term")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        let alias = self.0;
        check_term(v)?;
        let target = crate::semantics::vocab::lowercase(v);
        let Some(checks) = checks() else {
            return Ok(target);
        };
        if !checks.vocabulary.categories_of(&target).is_empty() {
            return Ok(target);
        }
        if target == alias {
            return Err(fail(ErrorKind::AliasToItself {
                alias: alias.to_owned(),
            }));
        }
        match follow(alias, &checks.aliases) {
            Chain::Circle(path) if path.first() == path.last() => {
                return Err(fail(ErrorKind::AliasCircle { path }));
            }
            // Through other aliases into a circle, or to a word that is no term: reported at the
            // alias where the chain goes wrong.
            Chain::Circle(_) => return Ok(target),
            Chain::Ends(end) if end != target => return Ok(target),
            Chain::Ends(_) => {}
        }
        let mut suggestions: Vec<String> = Vec::new();
        for c in Category::ALL {
            for s in checks.vocabulary.suggestions(c, &target) {
                if !suggestions.contains(&s) {
                    suggestions.push(s);
                }
            }
        }
        suggestions.truncate(3);
        Err(fail(ErrorKind::AliasToNoTerm {
            alias: alias.to_owned(),
            target,
            suggestions,
        }))
    }
}

/// A `match` mapping: at least one key.
struct MatchValue(RawMatch);

impl<'de> Deserialize<'de> for MatchValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MatchValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping such as `modality: block`")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<MatchValue, A::Error> {
                let raw = RawMatch::deserialize(de::value::MapAccessDeserializer::new(map))?;
                if raw.is_empty() {
                    return Err(fail(ErrorKind::EmptyMatch));
                }
                Ok(MatchValue(raw))
            }
        }
        d.deserialize_map(V)
    }
}

/// A `match` value: a scalar or a list of them (a list means any of); never an empty list,
/// which could never hold. SPEC §8 allows the single value only here; everywhere else a list
/// is a [`List`].
struct OneOrMany<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or a list of values")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(de::value::StrDeserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                T::deserialize(de::value::BoolDeserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                T::deserialize(de::value::I64Deserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                T::deserialize(de::value::U64Deserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                T::deserialize(de::value::F64Deserializer::<E>::new(v)).map(|t| OneOrMany(vec![t]))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Err(fail(ErrorKind::MissingMatchValue))
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Err(fail(ErrorKind::MissingMatchValue))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                let values = elements(seq)?;
                if values.is_empty() {
                    return Err(fail(ErrorKind::EmptyMatchList));
                }
                Ok(OneOrMany(values))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A list: `exclude`, the word lists of `vocabulary` and `custom-rules`. An empty list means
/// none, as a key left out does. A single value or a mapping where a list belongs is a wrong
/// type, reported at that value.
struct List<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Err(fail(ErrorKind::NotAList {
                    value: v.to_owned(),
                }))
            }
            fn visit_map<A: MapAccess<'de>>(self, _map: A) -> Result<Self::Value, A::Error> {
                Err(fail(ErrorKind::MappingForList))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                elements(seq).map(List)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// The elements of a YAML sequence.
fn elements<'de, T: Deserialize<'de>, A: SeqAccess<'de>>(mut seq: A) -> Result<Vec<T>, A::Error> {
    let mut out = Vec::new();
    while let Some(t) = seq.next_element()? {
        out.push(t);
    }
    Ok(out)
}

/// Text written by the organisation (a custom rule's `help`): a YAML string. A number, `true`
/// or `false` is a wrong type, not text: serde would turn `help: 5` into `"5"` without a word.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor { message: false }).map(Text)
    }
}

/// A custom rule's `message`: text that is not empty.
struct Message(String);

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TextVisitor { message: true })
            .map(Message)
    }
}

/// Reads a YAML string; other scalars are wrong types, named in words. A final line break (of a
/// block scalar, `message: >`) is dropped; a control character but tab is an error, and so is a
/// line break inside a message, which is one line (SPEC §4; a help may have several). For a
/// `message`, text that is empty or only spaces is an error too. (Every check runs inside the
/// visitor, so that the error carries the value's position.)
struct TextVisitor {
    message: bool,
}

impl TextVisitor {
    fn not_text<E: de::Error>(written: impl fmt::Display, scalar: Scalar) -> E {
        fail(ErrorKind::NotText {
            value: written.to_string(),
            scalar,
        })
    }

    fn empty<E: de::Error>() -> E {
        fail(ErrorKind::EmptyMessage)
    }
}

impl Visitor<'_> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text, e.g. `\"TikTok is where our applicants are\"`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        let v = v.trim_end_matches(['\n', '\r']);
        if self.message && v.trim().is_empty() {
            return Err(Self::empty());
        }
        let allowed = |c: char| c == '\t' || (c == '\n' && !self.message);
        if let Some(c) = v.chars().find(|&c| c.is_control() && !allowed(c)) {
            return Err(fail(if c == '\n' {
                ErrorKind::MessageLineBreak
            } else {
                ErrorKind::ControlCharInText { code: u32::from(c) }
            }));
        }
        Ok(v.to_owned())
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<String, E> {
        Err(Self::not_text(v, Scalar::Truth))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Err(Self::not_text(v, Scalar::Number))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Err(Self::not_text(v, Scalar::Number))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
        Err(Self::not_text(v, Scalar::Number))
    }

    /// `message:` with nothing after it, or `~`: no text at all.
    fn visit_unit<E: de::Error>(self) -> Result<String, E> {
        if self.message {
            return Err(Self::empty());
        }
        Ok(String::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `first_forbidden_char` refuses exactly what libyaml's reader refuses, at the offset it
    /// names: at the edges of every range it allows.
    #[test]
    fn forbidden_characters_are_those_libyaml_refuses() {
        let edges = (0..=0xa0)
            .chain([
                0xd7ff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x10ffff,
            ])
            .filter_map(char::from_u32);
        for c in edges {
            let text = format!("key: ab{c}cd\n");
            let refused = serde_yaml::from_str::<serde_yaml::Value>(&text)
                .err()
                .map(|e| e.to_string())
                .filter(|m| m.starts_with("control characters are not allowed"));
            match first_forbidden_char(&text) {
                Some((offset, found)) => {
                    assert_eq!((offset, found), (7, c));
                    assert_eq!(
                        refused.as_deref(),
                        Some("control characters are not allowed at position 7"),
                        "U+{:04X}",
                        u32::from(c)
                    );
                }
                None => assert_eq!(refused, None, "U+{:04X}", u32::from(c)),
            }
        }
    }
}
