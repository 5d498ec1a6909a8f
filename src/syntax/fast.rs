//! The fast path: a hand-written recognizer for `grammar/guideline.pest` that builds the same
//! AST as pest and [`super::lower`], for files without a syntax error.
//!
//! pest stays the grammar of record and the only source of syntax errors: this parser answers
//! `None` at the first thing it does not accept — a syntax error, a clause that is repeated, an
//! `except` after `allow only` — and [`super::parse`] then parses the file again with pest,
//! which finds and describes the problem. Profiling showed pest costing about
//! 620 instructions per byte, two thirds of a whole `check`; this parser needs a small fraction.
//!
//! Each function below is the PEG rule of the same name, transliterated: a sequence fails as a
//! whole, a choice takes the first alternative that matches, `?` and `*` give back what a failed
//! attempt consumed, and whitespace and comments are skipped between any two tokens (pest's
//! implicit `WHITESPACE`/`COMMENT` in non-atomic rules). Spans are what `span_of` makes of
//! pest's pairs: from the first token of a rule to the end of its last token.
//!
//! That the two agree is tested, not assumed: `tests.rs` compares both on every construct, the
//! examples, the conformance cases and generated corpora, a proptest compares them on random
//! guidelines, and the fuzz target `parse` compares them on arbitrary bytes.

use std::borrow::Cow;

use super::ast::*;
use crate::span::Span;

/// Parses `source` if it is a guideline without any syntax error; otherwise gives up, and then
/// pest must be asked what is wrong.
pub(super) fn parse(source: &str) -> Result<Guideline<'_>, GaveUp> {
    let mut p = Parser::new(source);
    let gave_up = |p: &Parser<'_>| GaveUp {
        resume: p.item_starts.0,
    };
    p.skip();
    if p.rest().starts_with('\u{FEFF}') {
        p.pos += '\u{FEFF}'.len_utf8();
        p.skip();
    }
    let Some(mut guideline) = p.guideline() else {
        return Err(gave_up(&p));
    };
    p.skip();
    if p.pos != p.bytes.len() {
        return Err(gave_up(&p));
    }
    guideline.comments = p.comments;
    guideline.terms = p.all_terms;
    guideline.channel_items = p.channel_items;
    guideline.rule_items = p.rule_items;
    Ok(guideline)
}

/// Where the fast parser gave up: pest need only look for the file's first syntax error from
/// `resume` on (`lower::first_error_from`); 0 when it must read the whole file.
///
/// `resume` is the start of the item before the one the parser gave up in (or at: the token
/// after the last item, which is no item). Every item before was read without doubt, as pest
/// reads it, and what pest tries while reading an item lies inside it or, for a list at its end
/// (`owner a, b`), at the first token after it, where the next item starts. The error, the
/// furthest place pest tried, is at or after the start of the item given up in; so nothing pest
/// tries before `resume` can be part of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct GaveUp {
    pub resume: usize,
}

/// Appends a stretch of a string's source that holds no escape, with each CR LF read as a line
/// feed: a line break inside a string is one, however the file ends its lines (as
/// `lower::unescape` reads it). `crlf`: whether the string has a CR LF at all.
fn push_source(out: &mut String, piece: &str, crlf: bool) {
    if crlf {
        out.push_str(&piece.replace("\r\n", "\n"));
    } else {
        out.push_str(piece);
    }
}

/// Defines [`Keyword`], [`KEYWORDS`] and [`ALL_KEYWORDS`] from one list.
macro_rules! keywords {
    ($($name:ident $text:literal,)*) => {
        /// A keyword of the language, in one byte: the parser compares these as integers.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        enum Keyword {
            $($name,)*
        }

        /// The keywords of the language, lower case and sorted. A word (a maximal run of term
        /// characters) is a keyword when it equals one of these, ignoring ASCII case, as pest's
        /// `^"…" ~ !ident_char` decides. `every_keyword_and_only_keywords_are_reserved` in
        /// `tests.rs` checks this list and [`keyword`] against the grammar.
        pub(super) const KEYWORDS: [&str; 35] = [$($text,)*];

        /// Every [`Keyword`], in the order of [`KEYWORDS`].
        const ALL_KEYWORDS: [Keyword; 35] = [$(Keyword::$name,)*];
    };
}

/// Short for the parser's many keyword checks.
use Keyword as K;

keywords! {
    About "about",
    Allow "allow",
    And "and",
    Approval "approval",
    Audience "audience",
    Because "because",
    Block "block",
    By "by",
    Channel "channel",
    Consequence "consequence",
    Contact "contact",
    During "during",
    Encourage "encourage",
    Except "except",
    For "for",
    Forbid "forbid",
    Goal "goal",
    Guideline "guideline",
    Monitor "monitor",
    Off "off",
    On "on",
    Only "only",
    Owner "owner",
    Purpose "purpose",
    Replies "replies",
    Require "require",
    Respond "respond",
    Rule "rule",
    Staffed "staffed",
    To "to",
    Using "using",
    Version "version",
    With "with",
    Within "within",
    Without "without",
}

/// A word as the grammar sees it: a keyword, a term (a word that starts with a letter and is
/// no keyword), or something else (no word at all, or one that cannot start a term).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    Keyword(Keyword),
    Term,
    Other,
}

struct Parser<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    /// The last [`Parser::skip`], from where to where: a failed alternative gives back what it
    /// read, so the same whitespace is skipped again by the next alternative (`terms` alone
    /// skips the gap after each list up to four times).
    skipped: (usize, usize),
    /// The last word looked at: a choice looks at the same word once per alternative.
    peeked: (Span, Word),
    /// The comments skipped so far, in order (a gap skipped again adds none).
    comments: Vec<Span>,
    /// The terms of the lists read so far ([`Guideline::terms`]).
    all_terms: Vec<Term<'s>>,
    /// The items of the channels read so far ([`Guideline::channel_items`]).
    channel_items: Vec<ChannelItem<'s>>,
    /// The items of the rule blocks read so far ([`Guideline::rule_items`]).
    rule_items: Vec<RuleItem<'s>>,
    /// Where the guideline's items before the last one begun start: the one before it, and
    /// the last one (or the token after the items, when it is none); 0 while there is none.
    /// See [`GaveUp`].
    item_starts: (usize, usize),
}

/// `ident_char = ASCII_ALPHANUMERIC | "-" | ALPHABETIC | DECIMAL_NUMBER`, with pest's own Unicode
/// tables for everything beyond ASCII (so both parsers agree on every Unicode version question).
pub(super) fn is_ident_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-'
    } else {
        pest::unicode::ALPHABETIC(c) || pest::unicode::DECIMAL_NUMBER(c)
    }
}

/// The ASCII bytes that are term characters (`ASCII_ALPHANUMERIC | "-"`), as a table, for the
/// words [`Parser::word_at`] leaves to a scan byte by byte.
static ASCII_TERM_CHAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'-';
        b += 1;
    }
    table
};

/// The longest keyword ("consequence").
const MAX_KEYWORD_LEN: usize = 11;

/// A word of at most 16 bytes as one number: its bytes, each with bit 5 set, little-endian,
/// zero beyond the word. Bit 5 lower-cases an ASCII letter and leaves digits and `-` as they
/// are, and the bytes of a character beyond ASCII stay beyond ASCII. So two words (runs of term
/// characters) have the same key exactly when they are equal ignoring ASCII case, and a word
/// with a character beyond ASCII has no keyword's key.
const fn key_of(word: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < word.len() {
        key |= ((word[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    key
}

/// The slot of a key in [`KEYWORD_TABLE`]: a multiplicative hash of its first eight bytes
/// (where any two keywords differ). The multiplier was found by trying random ones until the 35
/// keywords fell into 35 different slots of 64; building the table checks that they do.
const fn slot_of(key: u128) -> usize {
    ((key as u64).wrapping_mul(0xab5f_bedf_15d6_2b43) >> 58) as usize
}

/// The keywords' keys by their [`slot_of`], and the keyword in each slot. A free slot holds the
/// key 0, which is no word's, and `About`.
static KEYWORD_TABLE: ([u128; 64], [Keyword; 64]) = {
    let mut keys = [0u128; 64];
    let mut keywords = [Keyword::About; 64];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let key = key_of(KEYWORDS[i].as_bytes());
        let slot = slot_of(key);
        assert!(
            keys[slot] == 0,
            "two keywords share a slot: find another multiplier"
        );
        keys[slot] = key;
        keywords[slot] = ALL_KEYWORDS[i];
        i += 1;
    }
    (keys, keywords)
};

/// The keyword `word` is, ignoring ASCII case (as pest's `^"…" ~ !ident_char` decides), if any.
fn keyword(word: &[u8]) -> Option<Keyword> {
    if (2..=MAX_KEYWORD_LEN).contains(&word.len()) {
        keyword_of_key(key_of(word))
    } else {
        None
    }
}

/// The keyword with this [`key_of`], if any.
fn keyword_of_key(key: u128) -> Option<Keyword> {
    let slot = slot_of(key);
    (KEYWORD_TABLE.0[slot] == key).then_some(KEYWORD_TABLE.1[slot])
}

/// The byte 1 eight times: `ONES * b` is the byte `b` eight times.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// Bit 7 of each of eight bytes.
const HIGH_BITS: u64 = ONES * 0x80;

/// For each of eight bytes, bit 7 set when the byte is an ASCII term character
/// (`ASCII_ALPHANUMERIC | "-"`, as [`ASCII_TERM_CHAR`]), and every other bit clear. Each range
/// test adds to the low seven bits of each byte a number that carries into bit 7 exactly when
/// the byte is at least the bound; the sums stay below 256, so no byte carries into the next.
fn term_bytes(x: u64) -> u64 {
    let at_least = |v: u64, bound: u8| v + ONES * (0x80 - u64::from(bound));
    let ascii = !x & HIGH_BITS;
    let low = x & !HIGH_BITS;
    let lower = low | (ONES * 0x20);
    let letter = at_least(lower, b'a') & !at_least(lower, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    // Bit 7 of `(low ^ '-') + 0x7f` is set unless the byte is `-`.
    let dash = !((low ^ (ONES * u64::from(b'-'))) + (ONES * 0x7f));
    (letter | digit | dash) & ascii
}

/// Bit 5 of each of 16 bytes, the one that lower-cases an ASCII letter.
const CASE_BITS: u128 = u128::from_le_bytes([0x20; 16]);

/// The bytes of a word of `n` bytes in a 16-byte number read where it starts: [`key_of`] the
/// word is the number with [`CASE_BITS`] set, masked by `KEY_MASKS[n]`.
static KEY_MASKS: [u128; MAX_KEYWORD_LEN + 1] = {
    let mut masks = [0; MAX_KEYWORD_LEN + 1];
    let mut n = 1;
    while n <= MAX_KEYWORD_LEN {
        masks[n] = (1 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

impl<'s> Parser<'s> {
    fn new(source: &'s str) -> Self {
        Parser {
            src: source,
            bytes: source.as_bytes(),
            pos: 0,
            skipped: (usize::MAX, usize::MAX),
            peeked: (Span::new(usize::MAX, usize::MAX), Word::Other),
            comments: Vec::new(),
            // About one term in 16 bytes of a guideline.
            all_terms: Vec::with_capacity(source.len() / 16),
            // Room for a channel item per 256 bytes and a rule item per 100 (guidelines have about
            // one in 500 and one in 130); capped: a large file's grow as they come.
            channel_items: Vec::with_capacity((source.len() / 256).min(1024)),
            rule_items: Vec::with_capacity((source.len() / 100).min(4096)),
            item_starts: (0, 0),
        }
    }

    fn rest(&self) -> &'s str {
        &self.src[self.pos..]
    }

    /// `(WHITESPACE | COMMENT)*`.
    fn skip(&mut self) {
        if self.pos == self.skipped.0 {
            self.pos = self.skipped.1;
            return;
        }
        let from = self.pos;
        let mut pos = from;
        while let Some(&b) = self.bytes.get(pos) {
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => pos += 1,
                // A comment runs to the end of its line (the newline is whitespace).
                b'#' => pos = self.comment(pos),
                _ => break,
            }
        }
        self.pos = pos;
        self.skipped = (from, pos);
    }

    /// Skips the comment that starts at `start` (a `#`) up to its line break, and notes it.
    /// Kept out of [`Parser::skip`], which is inlined where whitespace is skipped.
    #[inline(never)]
    fn comment(&mut self, start: usize) -> usize {
        let end = match crate::search::find(b'\n', &self.bytes[start..]) {
            Some(i) => start + i,
            None => self.bytes.len(),
        };
        // Gaps are skipped from left to right, some more than once.
        if self.comments.last().is_none_or(|c| c.start < start) {
            self.comments
                .push(super::comments::comment_at(self.bytes, start, end));
        }
        end
    }

    /// The length of the run of term characters at `pos` (0 when there is none).
    fn word_len(&self, pos: usize) -> usize {
        let mut len = 0;
        loop {
            let rest = &self.bytes[pos + len..];
            let Some(n) = rest.iter().position(|&b| !ASCII_TERM_CHAR[usize::from(b)]) else {
                return len + rest.len();
            };
            len += n;
            if rest[n].is_ascii() {
                return len;
            }
            match self.src[pos + len..].chars().next() {
                Some(c) if is_ident_char(c) => len += c.len_utf8(),
                _ => return len,
            }
        }
    }

    /// Skips, then looks at the word that starts there without consuming it.
    #[inline]
    fn peek_word(&mut self) -> (Span, Word) {
        self.skip();
        if self.peeked.0.start != self.pos {
            self.peeked = self.word_at(self.pos);
        }
        self.peeked
    }

    /// The word at `pos` (empty when there is none) and what it is. Out of line, so that
    /// [`Parser::peek_word`], whose looks mostly find the word already read, stays small.
    ///
    /// Most words are ASCII and shorter than 16 bytes, and most are not at the very end of the
    /// file: then 16 bytes read at once give the word's length and its keyword's key, with no
    /// loop; every other word goes to [`Parser::word_at_slowly`].
    #[inline(never)]
    fn word_at(&self, pos: usize) -> (Span, Word) {
        if let Some(chunk) = self.bytes[pos..].first_chunk::<16>() {
            let (first, second) = chunk.split_at(8);
            let eight = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().unwrap());
            // Bit 7 of each byte that ends the word: in the first eight bytes, else the next.
            let mut stops = !term_bytes(eight(first)) & HIGH_BITS;
            let mut len = 0;
            if stops == 0 {
                stops = !term_bytes(eight(second)) & HIGH_BITS;
                len = 8;
            }
            // (No stop at all: a word of 16 bytes or more, read slowly.)
            if stops != 0 {
                len += stops.trailing_zeros() as usize / 8;
                if chunk[len].is_ascii() {
                    let word = if !chunk[0].is_ascii_alphabetic() {
                        Word::Other
                    } else if len > MAX_KEYWORD_LEN {
                        Word::Term
                    } else {
                        let key = (u128::from_le_bytes(*chunk) | CASE_BITS) & KEY_MASKS[len];
                        keyword_of_key(key).map_or(Word::Term, Word::Keyword)
                    };
                    return (Span::new(pos, pos + len), word);
                }
            }
        }
        self.word_at_slowly(pos)
    }

    /// [`Parser::word_at`] for any word.
    #[cold]
    #[inline(never)]
    fn word_at_slowly(&self, pos: usize) -> (Span, Word) {
        let len = self.word_len(pos);
        let span = Span::new(pos, pos + len);
        let word = match self.bytes.get(pos) {
            None => Word::Other,
            // `term` starts with `ALPHABETIC`; every keyword starts with a letter.
            Some(b) if b.is_ascii() => {
                if !b.is_ascii_alphabetic() {
                    Word::Other
                } else {
                    keyword(&self.bytes[span.range()]).map_or(Word::Term, Word::Keyword)
                }
            }
            // Beyond ASCII, pest's table decides (and no keyword has such a character).
            Some(_) => match self.src[pos..].chars().next() {
                Some(c) if pest::unicode::ALPHABETIC(c) => Word::Term,
                _ => Word::Other,
            },
        };
        (span, word)
    }

    /// A keyword rule `kw_X`: skips, then consumes the keyword if the next word is it.
    fn kw(&mut self, wanted: Keyword) -> Option<Span> {
        let start = self.pos;
        let (span, word) = self.peek_word();
        if word == Word::Keyword(wanted) {
            self.pos = span.end;
            Some(span)
        } else {
            self.pos = start;
            None
        }
    }

    /// A punctuation rule (`{`, `}`, `,`).
    fn punct(&mut self, c: u8) -> Option<Span> {
        let start = self.pos;
        self.skip();
        if self.bytes.get(self.pos) == Some(&c) {
            self.pos += 1;
            Some(Span::new(self.pos - 1, self.pos))
        } else {
            self.pos = start;
            None
        }
    }

    /// `term = @{ !keyword ~ ALPHABETIC ~ ident_char* }`. Always inlined (into `terms`,
    /// mostly): as a call it cost a good part of what it does, 40 000 times per 200 files.
    #[inline(always)]
    fn term(&mut self) -> Option<Term<'s>> {
        let start = self.pos;
        let (span, word) = self.peek_word();
        if word == Word::Term {
            self.pos = span.end;
            Some(Term {
                text: &self.src[span.range()],
                span,
            })
        } else {
            self.pos = start;
            None
        }
    }

    /// `terms = { term ~ (comma ~ term)* ~ (comma? ~ kw_and ~ term)? }`.
    fn terms(&mut self) -> Option<TermList<'s>> {
        let first = self.term()?;
        let start = self.all_terms.len();
        self.all_terms.push(first);
        loop {
            let before = self.pos;
            if self.punct(b',').is_some() {
                if let Some(t) = self.term() {
                    self.all_terms.push(t);
                    continue;
                }
            }
            self.pos = before;
            break;
        }
        let before = self.pos;
        self.punct(b',');
        match self.kw(K::And).and_then(|_| self.term()) {
            Some(t) => self.all_terms.push(t),
            None => self.pos = before,
        }
        let last = self.all_terms[self.all_terms.len() - 1].span;
        Some(TermList::new(
            start..self.all_terms.len(),
            first.span.to(last),
        ))
    }

    /// `string = ${ "\"" ~ string_body ~ string_end }` with the escapes decoded.
    fn string(&mut self) -> Option<Text<'s>> {
        let start = self.pos;
        self.skip();
        if self.bytes.get(self.pos) != Some(&b'"') {
            self.pos = start;
            return None;
        }
        let open = self.pos;
        let body_start = open + 1;
        let mut i = body_start;
        // With an escape, the decoded text so far and where the source was copied up to.
        let mut decoded: Option<(String, usize)> = None;
        // Whether a line break inside the string is a CR LF, to be read as a line feed.
        let mut crlf = false;
        // Only `"` and `\` mean anything inside a string, and a CR of a CR LF: jump from one to
        // the next.
        loop {
            let Some(found) = crate::search::find3(b'"', b'\\', b'\r', &self.bytes[i..]) else {
                self.pos = start;
                return None;
            };
            i += found;
            match self.bytes[i] {
                b'"' => break,
                b'\r' => {
                    crlf |= self.bytes.get(i + 1) == Some(&b'\n');
                    i += 1;
                    continue;
                }
                _ => {}
            }
            // The same decoding as `lower::unescape` on pest's path.
            let c = match self.bytes.get(i + 1) {
                Some(b'n') => '\n',
                Some(b't') => '\t',
                Some(&b @ (b'"' | b'\\')) => char::from(b),
                _ => {
                    self.pos = start;
                    return None;
                }
            };
            let (out, copied) = decoded.get_or_insert_with(|| (String::new(), body_start));
            push_source(out, &self.src[*copied..i], crlf);
            out.push(c);
            i += 2;
            *copied = i;
        }
        self.pos = i + 1;
        let value = match decoded {
            None => {
                let body = &self.src[body_start..i];
                if crlf {
                    Cow::Owned(body.replace("\r\n", "\n"))
                } else {
                    Cow::Borrowed(body)
                }
            }
            Some((mut out, copied)) => {
                push_source(&mut out, &self.src[copied..i], crlf);
                Cow::Owned(out)
            }
        };
        Some(Text {
            value,
            span: Span::new(open, self.pos),
        })
    }

    /// `duration = @{ ASCII_DIGIT+ ~ ("min" | "h" | "d") ~ !ident_char }`, in minutes (at most
    /// `u64::MAX`, as on pest's path).
    fn duration(&mut self) -> Option<Duration> {
        let start = self.pos;
        self.skip();
        let from = self.pos;
        let digits = self.bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let unit_at = from + digits;
        let rest = &self.src[unit_at..];
        let (unit_len, factor) = if rest.starts_with("min") {
            (3, 1)
        } else if rest.starts_with('h') {
            (1, 60)
        } else if rest.starts_with('d') {
            (1, 24 * 60)
        } else {
            (0, 0)
        };
        let end = unit_at + unit_len;
        let bounded = !self.src[end..].chars().next().is_some_and(is_ident_char);
        if digits == 0 || unit_len == 0 || !bounded {
            self.pos = start;
            return None;
        }
        let minutes = Duration::saturating_minutes(&self.src[from..unit_at], factor);
        self.pos = end;
        Some(Duration {
            minutes,
            span: Span::new(from, end),
        })
    }

    /// `guideline = { kw_guideline ~ string ~ lbrace ~ item* ~ rbrace }`.
    fn guideline(&mut self) -> Option<Guideline<'s>> {
        let keyword = self.kw(K::Guideline)?;
        let name = self.string()?;
        self.punct(b'{')?;
        // Room for the header clauses, channels and rules of a typical file (about 20 items,
        // which took four allocations growing from nothing).
        let mut items = Vec::with_capacity(16);
        let mut seen_version = false;
        loop {
            let (next, word) = self.peek_word();
            self.item_starts = (self.item_starts.1, next.start);
            let item = match word {
                Word::Keyword(K::Rule) => Item::Rule(self.rule_block()?),
                Word::Keyword(K::Channel) => Item::Channel(self.channel()?),
                Word::Keyword(K::Owner) => Item::Owner(self.term_clause(K::Owner)?),
                Word::Keyword(K::Audience) => Item::Audience(self.term_clause(K::Audience)?),
                Word::Keyword(K::Contact) => Item::Contact(self.text_clause(K::Contact)?),
                Word::Keyword(K::Goal) => Item::Goal(self.text_clause(K::Goal)?),
                Word::Keyword(K::Version) if !seen_version => {
                    seen_version = true;
                    Item::Version(self.text_clause(K::Version)?)
                }
                _ => break,
            };
            items.push(item);
        }
        let close = self.punct(b'}')?;
        // The comments, terms and nested items are filled in by `parse`.
        Some(Guideline::new(
            keyword.to(close),
            keyword.to(name.span),
            name,
            items,
        ))
    }

    /// `KEYWORD ~ string` (`version`, `contact`, `goal`, `because`).
    fn text_clause(&mut self, kw: Keyword) -> Option<TextClause<'s>> {
        let keyword = self.kw(kw)?;
        let text = self.string()?;
        Some(TextClause {
            span: keyword.to(text.span),
            text,
        })
    }

    /// `KEYWORD ~ terms` (`owner`, `audience`, `purpose`, `consequence`), and `staffed by`.
    fn term_clause(&mut self, kw: Keyword) -> Option<TermClause<'s>> {
        let keyword = self.kw(kw)?;
        if kw == K::Staffed {
            self.kw(K::By)?;
        }
        let terms = self.terms()?;
        Some(TermClause {
            span: keyword.to(terms.span),
            terms,
        })
    }

    /// `channel = { kw_channel ~ term ~ string? ~ lbrace ~ channel_item* ~ rbrace }`.
    fn channel(&mut self) -> Option<Channel<'s>> {
        let keyword = self.kw(K::Channel)?;
        let platform = self.term()?;
        let handle = self.string();
        self.punct(b'{')?;
        let first = self.channel_items.len();
        let (mut respond, mut staffed, mut replies) = (false, false, false);
        loop {
            let (_, word) = self.peek_word();
            let item = match word {
                Word::Keyword(K::Purpose) => ChannelItem::Purpose(self.term_clause(K::Purpose)?),
                Word::Keyword(K::Respond) if !respond => {
                    respond = true;
                    let kw = self.kw(K::Respond)?;
                    self.kw(K::Within)?;
                    let within = self.duration()?;
                    ChannelItem::Respond(RespondClause {
                        span: kw.to(within.span),
                        within,
                    })
                }
                Word::Keyword(K::Staffed) if !staffed => {
                    staffed = true;
                    ChannelItem::StaffedBy(self.term_clause(K::Staffed)?)
                }
                Word::Keyword(K::Replies) if !replies => {
                    replies = true;
                    let kw = self.kw(K::Replies)?;
                    let (value, on) = match self.kw(K::On) {
                        Some(span) => (span, true),
                        None => (self.kw(K::Off)?, false),
                    };
                    ChannelItem::Replies(RepliesClause {
                        span: kw.to(value),
                        on,
                    })
                }
                _ => break,
            };
            self.channel_items.push(item);
        }
        let close = self.punct(b'}')?;
        let header_end = handle.as_ref().map_or(platform.span, |h| h.span);
        Some(Channel {
            span: keyword.to(close),
            header: keyword.to(header_end),
            platform,
            handle,
            items: first..self.channel_items.len(),
        })
    }

    /// `rule_block = { kw_rule ~ string ~ lbrace ~ rule_item* ~ rbrace }`.
    fn rule_block(&mut self) -> Option<RuleBlock<'s>> {
        let keyword = self.kw(K::Rule)?;
        let name = self.string()?;
        self.punct(b'{')?;
        // The file's rule items, taken while this block's are read (a statement reads its
        // qualifiers into itself, in place, while the parser reads on). Should the block fail,
        // so does the whole parse, and the vector is not needed any more.
        let mut items = std::mem::take(&mut self.rule_items);
        let first = items.len();
        let (mut because, mut consequence) = (false, false);
        loop {
            let (_, word) = self.peek_word();
            let item = match word {
                Word::Keyword(K::Because) if !because => {
                    because = true;
                    RuleItem::Because(self.text_clause(K::Because)?)
                }
                Word::Keyword(K::Consequence) if !consequence => {
                    consequence = true;
                    RuleItem::Consequence(self.term_clause(K::Consequence)?)
                }
                Word::Keyword(
                    K::Forbid | K::Allow | K::Encourage | K::Require | K::Block | K::Monitor,
                ) => {
                    self.statement(&mut items)?;
                    continue;
                }
                _ => break,
            };
            items.push(item);
        }
        let close = self.punct(b'}')?;
        let block = RuleBlock {
            span: keyword.to(close),
            header: keyword.to(name.span),
            name,
            items: first..items.len(),
        };
        self.rule_items = items;
        Some(block)
    }

    /// `statement = { permission | block_stmt | monitor_stmt }`, pushed onto `items`.
    fn statement(&mut self, items: &mut Vec<RuleItem<'s>>) -> Option<()> {
        let (first, word) = self.peek_word();
        let (modality, body, end) = match word {
            Word::Keyword(K::Block) => {
                self.pos = first.end;
                let platforms = self.terms()?;
                let mut end = platforms.span;
                let before = self.pos;
                let who = match self.kw(K::For).and_then(|_| self.who()) {
                    Some(who) => {
                        end = who_end(&who);
                        Some(who)
                    }
                    None => {
                        self.pos = before;
                        None
                    }
                };
                (
                    Modality::Block,
                    StatementBody::Block { platforms, who },
                    end,
                )
            }
            Word::Keyword(K::Monitor) => {
                self.pos = first.end;
                let targets = self.terms()?;
                let end = targets.span;
                (Modality::Monitor, StatementBody::Monitor { targets }, end)
            }
            _ => {
                let modality = self.modality()?;
                let who = self.who()?;
                self.kw(K::To)?;
                let action = self.term()?;
                let before = self.pos;
                let objects = self.terms();
                if objects.is_none() {
                    self.pos = before;
                }
                if modality == Modality::AllowOnly && who.except.is_some() {
                    return None;
                }
                let end = objects.as_ref().map_or(action.span, |o| o.span);
                let body = StatementBody::Permission {
                    who,
                    action,
                    objects,
                };
                (modality, body, end)
            }
        };
        // The qualifiers are read into the statement in its place: a statement is about 400
        // bytes, and each move of one was a copy.
        items.push(RuleItem::Statement(Statement {
            span: first.to(end),
            modality,
            body,
            qualifiers: Qualifiers::default(),
        }));
        let Some(RuleItem::Statement(statement)) = items.last_mut() else {
            unreachable!("the statement was just pushed")
        };
        while let Some(last) = self.qualifier(&mut statement.qualifiers)? {
            statement.span = first.to(last);
        }
        Some(())
    }

    /// `modality = { kw_forbid | kw_allow ~ kw_only? | kw_encourage | kw_require }`.
    fn modality(&mut self) -> Option<Modality> {
        let (span, word) = self.peek_word();
        let modality = match word {
            Word::Keyword(K::Forbid) => Modality::Forbid,
            Word::Keyword(K::Encourage) => Modality::Encourage,
            Word::Keyword(K::Require) => Modality::Require,
            Word::Keyword(K::Allow) => {
                self.pos = span.end;
                return Some(match self.kw(K::Only) {
                    Some(_) => Modality::AllowOnly,
                    None => Modality::Allow,
                });
            }
            _ => return None,
        };
        self.pos = span.end;
        Some(modality)
    }

    /// `who = { terms ~ except? }`, `except = { kw_except ~ terms }`. Always inlined, into the
    /// two kinds of statement that have one.
    #[inline(always)]
    fn who(&mut self) -> Option<Who<'s>> {
        let terms = self.terms()?;
        let before = self.pos;
        let except = self.kw(K::Except).and_then(|_| self.terms());
        if except.is_none() {
            self.pos = before;
        }
        Some(Who { terms, except })
    }

    /// One `qualifier`: `Some(Some(end))` when one was read, `Some(None)` when there is none
    /// here (nothing consumed), `None` when a qualifier of that kind was already given (a
    /// syntax error pest will describe).
    fn qualifier(&mut self, q: &mut Qualifiers<'s>) -> Option<Option<Span>> {
        let start = self.pos;
        let (first, word) = self.peek_word();
        let Word::Keyword(kw) = word else {
            self.pos = start;
            return Some(None);
        };
        let slot = match kw {
            K::On => &mut q.on,
            K::About => &mut q.about,
            K::During => &mut q.during,
            K::Using => &mut q.using,
            K::With | K::Without => {
                self.pos = first.end;
                let by = self
                    .kw(K::Approval)
                    .and_then(|_| self.kw(K::By))
                    .and_then(|_| self.terms());
                let Some(by) = by else {
                    self.pos = start;
                    return Some(None);
                };
                if q.approval.is_some() {
                    return None;
                }
                let span = first.to(by.span);
                q.approval = Some(Approval {
                    span,
                    with: kw == K::With,
                    by,
                });
                return Some(Some(span));
            }
            _ => {
                self.pos = start;
                return Some(None);
            }
        };
        self.pos = first.end;
        let Some(list) = self.terms() else {
            self.pos = start;
            return Some(None);
        };
        if slot.is_some() {
            return None;
        }
        let end = list.span;
        *slot = Some(list);
        Some(Some(end))
    }
}

/// The last token of a `who`: its except list or its terms.
fn who_end(who: &Who<'_>) -> Span {
    who.except.as_ref().map_or(who.terms.span, |e| e.span)
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn wrap(statement: &str) -> String {
        format!("guideline \"g\" {{ rule \"r\" {{ {statement} }} }}")
    }

    /// The keywords an expected thing may start with are keywords of the language (a typo
    /// there would make "did you mean" suggest a word the grammar rejects).
    #[test]
    fn expected_keywords_are_keywords() {
        use crate::syntax::Expected;
        for expected in [
            Expected::Item,
            Expected::Statement,
            Expected::RuleItem,
            Expected::ChannelItem,
            Expected::Qualifier,
        ] {
            for k in expected.keywords() {
                assert!(super::keyword(k.as_bytes()).is_some(), "{expected:?}: {k}");
            }
        }
    }

    /// Everything pest accepts but the lowering rejects makes the fast path give up, so that
    /// pest and the lowering describe the problem.
    #[test]
    fn gives_up_where_the_lowering_finds_a_problem() {
        for statement in [
            "allow employees to post on facebook on twitter",
            "allow employees to post with approval by pr without approval by legal",
            "allow only employees except interns to access facebook",
            "because \"a\" because \"b\"",
            "consequence warning consequence dismissal",
        ] {
            assert!(parse(&wrap(statement)).is_err(), "{statement}");
        }
        let twice = "guideline \"g\" { version \"1\" version \"2\" }";
        assert!(parse(twice).is_err());
        let repeated = "guideline \"g\" { channel x { replies on replies off } }";
        assert!(parse(repeated).is_err());
    }

    /// A failed optional part gives back what it consumed, as in the PEG: `, and` without a
    /// term after it, `with approval` without `by`, `block x for` without anyone.
    #[test]
    fn failed_attempts_give_back_what_they_read() {
        // Each is a syntax error, found by pest after the fast path gave up...
        for statement in [
            "allow employees, and to post",
            "allow employees to post with approval",
            "block tiktok for",
        ] {
            assert!(parse(&wrap(statement)).is_err(), "{statement}");
        }
        // ...while the complete forms are read.
        for statement in [
            "allow employees, interns, and managers to post",
            "allow employees to post with approval by pr",
            "block tiktok for interns except mentors",
        ] {
            assert!(parse(&wrap(statement)).is_ok(), "{statement}");
        }
    }

    /// Strings with escapes are decoded here as `lower::unescape` decodes them for pest.
    #[test]
    fn strings_decode_as_on_pests_path() {
        for body in [
            r"plain",
            r#"\"quoted\""#,
            r"a\\b",
            r"\n\t",
            r"ä\nö\t",
            r"\\",
            r#"\""#,
            r#"one \"two\" three \\ four\n"#,
        ] {
            let src = format!("guideline \"{body}\" {{}}");
            assert!(parse(&src).is_ok(), "{src}");
            assert_eq!(crate::syntax::parsers_disagree(&src), None, "{src}");
        }
    }

    /// The eight-byte test agrees with the table for every byte in every position, whatever
    /// its neighbours.
    #[test]
    fn term_bytes_agree_with_the_table() {
        use super::{term_bytes, ASCII_TERM_CHAR};
        for b in 0..=255u8 {
            for i in 0..8 {
                for fill in [
                    0u8, b'a', b'z', b'-', b'0', b'9', b'Z', 0x7f, 0x80, 0xff, b' ',
                ] {
                    let mut bytes = [fill; 8];
                    bytes[i] = b;
                    let got = term_bytes(u64::from_le_bytes(bytes)).to_le_bytes();
                    for (j, &byte) in bytes.iter().enumerate() {
                        let want = if ASCII_TERM_CHAR[usize::from(byte)] {
                            0x80
                        } else {
                            0
                        };
                        assert_eq!(got[j], want, "{bytes:?} at {j}");
                    }
                }
            }
        }
    }

    /// `keyword` against the list, and `word_at` against `word_at_slowly`, word by word: every
    /// keyword in three cases, words one byte away from a keyword, and each followed by
    /// nothing, by a few bytes or by many, so that both ways of reading a word are taken.
    #[test]
    fn keywords_and_terms() {
        use super::{keyword, Keyword, Parser, Word, ALL_KEYWORDS, KEYWORDS};
        let reference = |word: &str| {
            (KEYWORDS.iter())
                .position(|k| k.eq_ignore_ascii_case(word))
                .map(|i| ALL_KEYWORDS[i])
        };
        let check = |word: &str| {
            assert_eq!(keyword(word.as_bytes()), reference(word), "{word:?}");
            for after in [
                "",
                " {",
                "ä",
                "-a",
                ",and many more words after it",
                "ü and more after it",
            ] {
                let src = format!("{word}{after}");
                let p = Parser::new(&src);
                let (span, found) = p.word_at(0);
                assert_eq!((span, found), p.word_at_slowly(0), "{src:?}");
                if span.len() == word.len() && found != Word::Other {
                    let expected = reference(word).map_or(Word::Term, Word::Keyword);
                    assert_eq!(found, expected, "{src:?}");
                }
            }
        };
        for (k, text) in ALL_KEYWORDS.iter().zip(KEYWORDS) {
            assert_eq!(format!("{k:?}").to_lowercase(), text);
            for word in [
                text.to_string(),
                text.to_uppercase(),
                text[..1].to_uppercase() + &text[1..],
            ] {
                check(&word);
                for i in 0..=word.len() {
                    for c in ["a", "s", "-", "0", "ä", " "] {
                        check(&format!("{}{c}{}", &word[..i], &word[i..]));
                    }
                    if i < word.len() {
                        check(&format!("{}{}", &word[..i], &word[i + 1..]));
                        check(&format!("{}x{}", &word[..i], &word[i + 1..]));
                    }
                }
            }
        }
        for word in [
            "",
            "a",
            "b",
            "to2",
            "2to",
            "-to",
            "ändern",
            "Ärger",
            "consequences",
            "WITHIN",
            "withins",
            "a-very-long-term-indeed",
            "fifteen-letters",
            "sixteen-letters-",
            "{",
            "\"x\"",
            "#",
        ] {
            check(word);
        }
        assert_eq!(keyword(b"WITHIN"), Some(Keyword::Within));
        let src = wrap("monitor brand-mentions2, ärger and x");
        let tree = parse(&src).unwrap();
        assert_eq!(tree.items.len(), 1);
    }
}
