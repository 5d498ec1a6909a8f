//! Guideline-language snippets rebuilt from the understood model (canonical terms), for the
//! messages and help of the law-and-order rules. The keywords of the Guideline language are the
//! same whatever language the prose is in, so nothing here needs translating: the rules' texts
//! put these snippets into their sentences.

use std::borrow::Cow;

use crate::semantics::model::{Channel, Statement};
use crate::span::Span;

/// A term list as the Guideline language writes it: `a`, `a and b`, `a, b and c`.
pub fn list<S: AsRef<str>>(terms: &[S]) -> String {
    let mut out =
        String::with_capacity(terms.iter().map(|t| t.as_ref().len() + 2).sum::<usize>() + 3);
    push_list(&mut out, terms);
    out
}

/// Appends [`list`] to `out`.
pub fn push_list<S: AsRef<str>>(out: &mut String, terms: &[S]) {
    crate::lang::push_joined(out, terms, "and", "");
}

/// `W [except E]`.
pub fn who(s: &Statement) -> String {
    if s.except.is_empty() {
        list(s.who)
    } else {
        let mut out = String::with_capacity(64);
        push_list(&mut out, s.who);
        out.push_str(" except ");
        push_list(&mut out, s.except);
        out
    }
}

/// The platforms a statement names, `any-platform` when it names none.
pub fn platforms(s: &Statement) -> String {
    let mut out = String::new();
    push_platforms(&mut out, s);
    out
}

/// Appends [`platforms`] to `out`.
fn push_platforms(out: &mut String, s: &Statement) {
    match &s.platforms {
        Some(p) if !p.is_empty() => push_list(out, p),
        _ => out.push_str("any-platform"),
    }
}

/// The action with its objects and topics: `access facebook and xing`,
/// `post opinions about employer on linkedin`.
pub fn action(s: &Statement) -> String {
    let verb = s.action.unwrap_or_default();
    // Room for the verb and its lists at once, not a copy as each list is added.
    let mut out = String::with_capacity(96);
    out.push_str(verb);
    if verb == "access" {
        out.push(' ');
        push_platforms(&mut out, s);
        push(&mut out, "about", s.about);
    } else {
        if !s.objects.is_empty() {
            out.push(' ');
            push_list(&mut out, s.objects);
        }
        push(&mut out, "about", s.about);
        push(&mut out, "on", s.platforms);
    }
    out
}

/// [`action`] with only the objects and `about` topics that `keep` keeps: the part of a
/// statement a rewrite allows (`disclose employer` of `disclose customer-data and employer`).
pub fn action_keeping(s: &Statement, keep: impl Fn(&str) -> bool) -> String {
    let verb = s.action.unwrap_or_default();
    if verb == "access" {
        return action(s);
    }
    let objects: Vec<&str> = s.objects.iter().copied().filter(|t| keep(t)).collect();
    let about: Vec<&str> = s
        .about
        .into_iter()
        .flatten()
        .copied()
        .filter(|t| keep(t))
        .collect();
    let mut out = String::with_capacity(96);
    out.push_str(verb);
    if !objects.is_empty() {
        out.push(' ');
        push_list(&mut out, &objects);
    }
    push(&mut out, "about", Some(&about));
    push(&mut out, "on", s.platforms);
    out
}

/// The `using` and `during` qualifiers, each with a leading space: ` using company-network`.
pub fn circumstances(s: &Statement) -> String {
    let mut out = String::new();
    push_circumstances(&mut out, s);
    out
}

/// `action` followed by [`circumstances`], in one string.
pub fn with_circumstances(action: &str, s: &Statement) -> String {
    let mut out = String::with_capacity(action.len() + 64);
    out.push_str(action);
    push_circumstances(&mut out, s);
    out
}

/// Appends [`circumstances`] to `out`.
fn push_circumstances(out: &mut String, s: &Statement) {
    push(out, "using", s.using);
    push(out, "during", s.during);
}

/// `channel PLATFORM ["handle"]` as written in canonical terms; the source text of the header
/// on one line when the platform is unknown.
pub fn channel(c: &Channel, source: &str) -> String {
    match c.platform {
        Some(platform) => match &c.handle {
            Some(handle) => ["channel ", platform, " \"", &escaped(handle), "\""].concat(),
            None => ["channel ", platform].concat(),
        },
        None => super::conflicting_rules::one_line(
            source.get(c.header.range()).unwrap_or("channel"),
            HEADER_CHARS,
        ),
    }
}

/// The most characters of a header quoted from the source.
const HEADER_CHARS: usize = 60;

/// A name or handle of the guideline (a decoded string) as the language writes it between
/// quotes: `"`, `\`, line breaks and tabs escaped (`\"`, `\\`, `\n`, `\t`), any other control
/// character and any character that turns the direction of text
/// ([`crate::lang::is_bidi_control`]) as `\u{…}`. A message is one line (SPEC §4), and a name
/// may span lines.
pub fn escaped(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() || crate::lang::is_bidi_control(c);
    if !text.chars().any(|c| hidden(c) || c == '"' || c == '\\') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A duration in the language's units: `30min`, `4h`, `2d`.
pub fn duration(minutes: u64) -> String {
    if minutes > 0 && minutes % (24 * 60) == 0 {
        format!("{}d", minutes / (24 * 60))
    } else if minutes > 0 && minutes % 60 == 0 {
        format!("{}h", minutes / 60)
    } else {
        format!("{minutes}min")
    }
}

/// Whether `span` is seen for the first time (an `allow only` and its implied forbid share one).
pub fn first_time(seen: &mut Vec<Span>, span: Span) -> bool {
    if seen.contains(&span) {
        false
    } else {
        seen.push(span);
        true
    }
}

fn push(out: &mut String, keyword: &str, terms: Option<&[&str]>) {
    if let Some(terms) = terms.filter(|t| !t.is_empty()) {
        out.push(' ');
        out.push_str(keyword);
        out.push(' ');
        push_list(out, terms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names and handles are shown as the language writes them, so a message stays one line.
    #[test]
    fn names_are_escaped_onto_one_line() {
        assert!(matches!(
            escaped("Zugang für alle"),
            Cow::Borrowed("Zugang für alle")
        ));
        assert_eq!(escaped("Sperre\n  für alle"), "Sperre\\n  für alle");
        assert_eq!(escaped("a\tb \"q\" c\\d"), "a\\tb \\\"q\\\" c\\\\d");
        assert_eq!(escaped("x\ry\u{7}"), "x\\u{d}y\\u{7}");
        // Characters that turn the direction of text would show the name reordered.
        assert_eq!(escaped("a\u{202e}b\u{2066}c"), "a\\u{202e}b\\u{2066}c");
        assert!(matches!(escaped("عربى"), Cow::Borrowed("عربى")));
    }

    /// Every message that names a rule block or a channel handle is one line, however the name
    /// is written.
    #[test]
    fn messages_with_names_are_one_line() {
        let source = "guideline \"G\" {\n  channel youtube \"a\tb\" { purpose press }\n  \
                      rule \"Sperre\n  für alle\" { block facebook consequence warning }\n  \
                      rule \"Esc\\nape\" { forbid everyone to post about employer }\n}\n";
        let findings = crate::rules::testing::lint(source);
        let named: Vec<&str> = findings
            .iter()
            .map(|f| f.message.as_str())
            .filter(|m| m.contains("rule \"") || m.contains("channel youtube"))
            .collect();
        assert_eq!(named.len(), 3, "{named:?}");
        for message in named {
            assert!(!message.chars().any(char::is_control), "{message:?}");
        }
    }

    #[test]
    fn lists_and_durations() {
        assert_eq!(list::<&str>(&[]), "");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(duration(30), "30min");
        assert_eq!(duration(240), "4h");
        assert_eq!(duration(2880), "2d");
        assert_eq!(duration(1500), "25h");
        assert_eq!(duration(90), "90min");
    }
}
