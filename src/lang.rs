//! The languages guidelint speaks, and the few words shared by every rule's texts.

use std::borrow::Cow;

/// A language for messages, help and explanations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language with this code: `en` or `de`.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language the environment asks for: German when the locale (`LC_ALL`, else
    /// `LC_MESSAGES`, else `LANG`; the first one that is set and not empty) is a German one
    /// such as `de_DE.UTF-8`, English otherwise.
    pub fn from_env() -> Lang {
        let var = |name: &str| std::env::var(name).ok();
        Lang::from_locale(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }

    /// [`Lang::from_env`] on given values of `LC_ALL`, `LC_MESSAGES` and `LANG`.
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        let locale = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .unwrap_or("");
        let lower = locale.to_ascii_lowercase();
        let german = lower
            .strip_prefix("de")
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()));
        if german {
            Lang::De
        } else {
            Lang::En
        }
    }

    /// `a`, `a and b`, `a, b and c` (German: `a, b und c`).
    pub fn join<S: AsRef<str>>(self, items: &[S]) -> String {
        join_with(items, self.and(), "")
    }

    /// [`Lang::join`] with each item in backticks, as code: `` `a` and `b` ``.
    pub fn join_ticked<S: AsRef<str>>(self, items: &[S]) -> String {
        join_with(items, self.and(), "`")
    }

    /// `a`, `a or b`, `a, b or c` (German: `a, b oder c`).
    pub fn join_or<S: AsRef<str>>(self, items: &[S]) -> String {
        join_with(items, self.or(), "")
    }

    /// [`Lang::join_or`] with each item in backticks, as code: `` `a` or `b` ``.
    pub fn join_or_ticked<S: AsRef<str>>(self, items: &[S]) -> String {
        join_with(items, self.or(), "`")
    }

    /// The headings over a rule's two examples, as `guidelint explain` and the SARIF rule help
    /// show them: the draft that is flagged, then the better one.
    pub fn example_headings(self) -> (&'static str, &'static str) {
        match self {
            Lang::En => ("Flagged:", "Better:"),
            Lang::De => ("Wird gemeldet:", "Besser:"),
        }
    }

    fn and(self) -> &'static str {
        match self {
            Lang::En => "and",
            Lang::De => "und",
        }
    }

    fn or(self) -> &'static str {
        match self {
            Lang::En => "or",
            Lang::De => "oder",
        }
    }
}

/// `a`, `a WORD b`, `a, b WORD c`, each item between two `quote`s, in a string of the right
/// size (these lists are in most messages).
fn join_with<S: AsRef<str>>(items: &[S], word: &str, quote: &str) -> String {
    let mut out = String::new();
    push_joined(&mut out, items, word, quote);
    out
}

/// Appends what [`join_with`] returns to `out`, without an intermediate string. Room for the
/// whole list is made at once (at most two bytes more than it takes), not by doubling as it grows.
pub(crate) fn push_joined<S: AsRef<str>>(out: &mut String, items: &[S], word: &str, quote: &str) {
    let len = items
        .iter()
        .map(|item| item.as_ref().len() + 2 * quote.len() + 2)
        .sum::<usize>()
        + word.len();
    out.reserve(len);
    for (i, item) in items.iter().enumerate() {
        if i + 1 == items.len() && i > 0 {
            out.push(' ');
            out.push_str(word);
            out.push(' ');
        } else if i > 0 {
            out.push_str(", ");
        }
        out.push_str(quote);
        out.push_str(item.as_ref());
        out.push_str(quote);
    }
}

/// `text` with control characters escaped (`\n` → `\\n`, ESC → `\\u{1b}`), and the
/// characters that turn the direction of text ([`is_bidi_control`]): a file name, a name from a
/// comment or a configuration value shown on a terminal cannot move, colour or reorder it.
pub fn printable(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| c.is_control() || is_bidi_control(c);
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The invisible characters that change the order in which a terminal or editor shows the text
/// around them (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069): text written with
/// them reads differently from what it is ("Trojan Source", CVE-2021-42574), so guidelint names
/// or escapes them wherever it repeats text.
pub fn is_bidi_control(c: char) -> bool {
    // Most characters are below the first of them: one comparison.
    c >= '\u{061C}'
        && matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// The picture shown for a control character where it cannot be escaped in place (a source
/// line, whose columns must stay): U+2400 to U+2421 for C0 controls and DEL (`␀`, `␛`, `␡`), `�`
/// for C1 controls; `None` for any other character.
pub fn control_picture(c: char) -> Option<char> {
    match c {
        '\0'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)),
        '\u{7f}' => Some('\u{2421}'),
        c if c.is_control() => Some(char::REPLACEMENT_CHARACTER),
        _ => None,
    }
}

/// Each item in backticks, as code: `` `a` ``.
pub fn ticked<S: AsRef<str>>(items: &[S]) -> Vec<String> {
    items.iter().map(|s| format!("`{}`", s.as_ref())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_what_moves_colours_or_reorders_text() {
        assert!(matches!(printable("a/ä b.guideline"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}[31m\n"), "a\\u{1b}[31m\\n");
        assert_eq!(printable("x\u{202e}enilediug.y"), "x\\u{202e}enilediug.y");
        for c in ['\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{2069}'] {
            assert!(is_bidi_control(c), "{c:?}");
        }
        for c in ['a', 'ä', '\u{200d}', '\u{2070}', '\u{2029}', 'ع'] {
            assert!(!is_bidi_control(c), "{c:?}");
        }
    }

    #[test]
    fn joins_lists_in_prose() {
        assert_eq!(Lang::En.join::<&str>(&[]), "");
        assert_eq!(Lang::En.join(&["a"]), "a");
        assert_eq!(Lang::En.join(&["a", "b"]), "a and b");
        assert_eq!(Lang::En.join(&["a", "b", "c"]), "a, b and c");
        assert_eq!(Lang::En.join_or(&["a", "b", "c"]), "a, b or c");
        assert_eq!(Lang::De.join::<&str>(&[]), "");
        assert_eq!(Lang::De.join(&["a"]), "a");
        assert_eq!(Lang::De.join(&["a", "b"]), "a und b");
        assert_eq!(Lang::De.join(&["a", "b", "c"]), "a, b und c");
        assert_eq!(Lang::De.join_or(&["a", "b", "c"]), "a, b oder c");
        for items in [
            &[][..],
            &["a"],
            &["a", "b"],
            &["a", "b", "c"],
            &["ä", "", "c", "d"],
        ] {
            for lang in Lang::ALL {
                assert_eq!(lang.join_ticked(items), lang.join(&ticked(items)));
                assert_eq!(lang.join_or_ticked(items), lang.join_or(&ticked(items)));
            }
        }
    }

    #[test]
    fn parses_codes() {
        assert_eq!(Lang::parse("de"), Some(Lang::De));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
    }

    #[test]
    fn picks_the_language_from_the_locale() {
        let de = Lang::De;
        let en = Lang::En;
        assert_eq!(Lang::from_locale(None, None, None), en);
        assert_eq!(Lang::from_locale(None, None, Some("de_DE.UTF-8")), de);
        assert_eq!(Lang::from_locale(None, None, Some("de")), de);
        assert_eq!(Lang::from_locale(None, None, Some("de_AT")), de);
        assert_eq!(Lang::from_locale(None, None, Some("de-CH")), de);
        assert_eq!(Lang::from_locale(None, None, Some("en_US.UTF-8")), en);
        assert_eq!(Lang::from_locale(None, None, Some("C")), en);
        assert_eq!(Lang::from_locale(None, None, Some("default")), en);
        // LC_ALL wins over LC_MESSAGES, which wins over LANG; empty values are skipped.
        assert_eq!(
            Lang::from_locale(Some("C"), Some("de_DE"), Some("de_DE")),
            en
        );
        assert_eq!(Lang::from_locale(None, Some("de_DE"), Some("en_US")), de);
        assert_eq!(
            Lang::from_locale(Some(""), Some("en_GB"), Some("de_DE")),
            en
        );
        assert_eq!(Lang::from_locale(Some(""), Some(""), Some("de_DE")), de);
    }
}
