//! The vocabulary of SPEC §3: the terms of each category, their aliases, and the classes the
//! rules use (broad audiences, company speech topics, surveillance targets, …). The built-in
//! vocabulary can be extended by the configuration.

use rustc_hash::{FxHashMap, FxHashSet};

/// A category of terms: which words are allowed in a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Audience,
    Platform,
    Action,
    Content,
    Time,
    Means,
    MonitorTarget,
    Purpose,
    Consequence,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Audience,
        Category::Platform,
        Category::Action,
        Category::Content,
        Category::Time,
        Category::Means,
        Category::MonitorTarget,
        Category::Purpose,
        Category::Consequence,
    ];

    fn index(self) -> usize {
        self as usize
    }

    /// The keyword of the qualifier whose list this is (`during` for times, `using` for means,
    /// `on` for platforms, `about` for topics); `None` for lists no qualifier names. In this
    /// order a word of several lists is named.
    pub fn qualifier(self) -> Option<&'static str> {
        match self {
            Category::Time => Some("during"),
            Category::Means => Some("using"),
            Category::Platform => Some("on"),
            Category::Content => Some("about"),
            _ => None,
        }
    }

    /// The lists a qualifier names, in the order of [`Category::qualifier`].
    pub const QUALIFIED: [Category; 4] = [
        Category::Time,
        Category::Means,
        Category::Platform,
        Category::Content,
    ];
}

/// The built-in vocabulary: `(category, canonical term, aliases)`.
const BUILTIN: &[(Category, &str, &[&str])] = &[
    // audiences
    (Category::Audience, "everyone", &[]),
    (Category::Audience, "employees", &["staff", "all-employees"]),
    (Category::Audience, "managers", &[]),
    (Category::Audience, "executives", &[]),
    (Category::Audience, "interns", &[]),
    (Category::Audience, "apprentices", &[]),
    (Category::Audience, "contractors", &[]),
    (Category::Audience, "new-hires", &[]),
    (Category::Audience, "spokespeople", &[]),
    (Category::Audience, "hr", &[]),
    (Category::Audience, "marketing", &[]),
    (
        Category::Audience,
        "pr",
        &["communications", "corporate-communications"],
    ),
    (Category::Audience, "sales", &[]),
    (
        Category::Audience,
        "customer-service",
        &["service", "support"],
    ),
    (Category::Audience, "it", &[]),
    (Category::Audience, "legal", &[]),
    (Category::Audience, "works-council", &[]),
    (Category::Audience, "management", &[]),
    (Category::Audience, "product", &[]),
    (Category::Audience, "research", &[]),
    // platforms
    (Category::Platform, "facebook", &[]),
    (Category::Platform, "instagram", &[]),
    (Category::Platform, "twitter", &["x"]),
    (Category::Platform, "linkedin", &[]),
    (Category::Platform, "xing", &[]),
    (Category::Platform, "youtube", &[]),
    (Category::Platform, "tiktok", &[]),
    (Category::Platform, "mastodon", &[]),
    (Category::Platform, "bluesky", &[]),
    (Category::Platform, "threads", &[]),
    (Category::Platform, "whatsapp", &[]),
    (Category::Platform, "snapchat", &[]),
    (Category::Platform, "pinterest", &[]),
    (Category::Platform, "reddit", &[]),
    (Category::Platform, "kununu", &[]),
    (Category::Platform, "glassdoor", &[]),
    (Category::Platform, "blogs", &[]),
    (Category::Platform, "forums", &[]),
    (Category::Platform, "wikis", &[]),
    (
        Category::Platform,
        "any-platform",
        &["all-platforms", "social-media"],
    ),
    // actions
    (Category::Action, "access", &["use", "visit"]),
    (Category::Action, "post", &["publish", "write"]),
    (Category::Action, "comment", &[]),
    (Category::Action, "share", &[]),
    (Category::Action, "like", &[]),
    (Category::Action, "reply", &[]),
    (Category::Action, "follow", &[]),
    (Category::Action, "connect", &[]),
    (Category::Action, "mention", &[]),
    (Category::Action, "disclose", &[]),
    (Category::Action, "speak-for-company", &[]),
    // contents
    (Category::Content, "affiliation", &[]),
    (Category::Content, "employer", &["company"]),
    (Category::Content, "confidential-information", &[]),
    (Category::Content, "trade-secrets", &[]),
    (Category::Content, "customer-data", &[]),
    (Category::Content, "personal-data", &[]),
    (Category::Content, "financial-results", &[]),
    (Category::Content, "product-plans", &[]),
    (Category::Content, "internal-matters", &[]),
    (Category::Content, "company-topics", &[]),
    (Category::Content, "company-news", &[]),
    (Category::Content, "job-offers", &[]),
    (Category::Content, "press-releases", &[]),
    (Category::Content, "opinions", &[]),
    (Category::Content, "photos", &[]),
    // times
    (Category::Time, "work-hours", &["working-hours"]),
    (Category::Time, "breaks", &[]),
    (Category::Time, "free-time", &["leisure"]),
    // means
    (Category::Means, "company-devices", &[]),
    (Category::Means, "company-network", &[]),
    (Category::Means, "private-devices", &[]),
    (Category::Means, "private-accounts", &[]),
    (Category::Means, "company-accounts", &[]),
    // monitor targets
    (Category::MonitorTarget, "brand-mentions", &[]),
    (Category::MonitorTarget, "public-conversations", &[]),
    (Category::MonitorTarget, "competitors", &[]),
    (Category::MonitorTarget, "industry-topics", &[]),
    (Category::MonitorTarget, "customer-feedback", &[]),
    (Category::MonitorTarget, "employees", &[]),
    (Category::MonitorTarget, "employee-accounts", &[]),
    (Category::MonitorTarget, "private-accounts", &[]),
    (Category::MonitorTarget, "applicants", &[]),
    // purposes
    (Category::Purpose, "service", &[]),
    (Category::Purpose, "support", &[]),
    (Category::Purpose, "dialogue", &[]),
    (Category::Purpose, "community", &[]),
    (Category::Purpose, "feedback", &[]),
    (Category::Purpose, "recruiting", &[]),
    (Category::Purpose, "marketing", &[]),
    (Category::Purpose, "advertising", &[]),
    (Category::Purpose, "announcements", &[]),
    (Category::Purpose, "press", &[]),
    // consequences
    (Category::Consequence, "reminder", &[]),
    (Category::Consequence, "training", &[]),
    (Category::Consequence, "warning", &[]),
    (Category::Consequence, "formal-warning", &[]),
    (Category::Consequence, "dismissal", &[]),
    (Category::Consequence, "termination", &[]),
    (Category::Consequence, "legal-action", &[]),
];

const BROAD_AUDIENCES: &[&str] = &["everyone", "employees"];
const COMPANY_TOPICS: &[&str] = &["employer", "affiliation", "company-topics", "company-news"];
const SURVEILLANCE_TARGETS: &[&str] = &[
    "employees",
    "employee-accounts",
    "private-accounts",
    "applicants",
];
const BROADCAST_PURPOSES: &[&str] = &["marketing", "advertising", "announcements", "press"];
const SERVICE_PURPOSES: &[&str] = &["service", "support", "dialogue"];

/// The terms of one category: canonical terms in a stable order, and every spelling
/// (canonical or alias, lowercase) mapped to its canonical term.
#[derive(Clone, Debug, Default)]
struct Terms {
    canonical: Vec<String>,
    lookup: FxHashMap<String, String>,
    /// Every spelling of `lookup` of up to 16 bytes, again: see [`Short`].
    short: Short,
}

impl Terms {
    fn add(&mut self, term: &str) {
        let term = lowercase(term);
        if !self.lookup.contains_key(&term) {
            self.canonical.push(term.clone());
            self.short.insert(&term, &term);
            self.lookup.insert(term.clone(), term);
        }
    }

    fn add_alias(&mut self, alias: &str, canonical: &str) {
        let alias = lowercase(alias);
        self.short.insert(&alias, canonical);
        self.lookup.insert(alias, canonical.to_owned());
    }

    /// [`Vocabulary::resolve`] for a word the short table does not decide: longer than 16
    /// bytes, or one that lower-casing may change. Kept out of line, so that the short path is
    /// small.
    #[inline(never)]
    fn resolve_in_map(&self, word: &str) -> Option<&str> {
        let lookup = &self.lookup;
        // Most words are written as the vocabulary spells them, in lower case: an ASCII word is
        // looked up as it is, without a lower-cased copy. This is exact: every spelling was
        // lower-cased when it was added and has no ASCII upper-case letter, so a word that
        // matches needs no lower-casing, and only a word with an upper-case letter may match
        // once lower-cased.
        if word.is_ascii() {
            if let Some(canonical) = lookup.get(word) {
                return Some(canonical);
            }
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return None;
            }
        }
        lookup.get(&lowercase(word)).map(String::as_str)
    }
}

/// The spellings of up to 16 bytes (nearly all) in a table of their own, keyed by their bytes
/// as numbers: a word is looked up with a few loads, one multiplication and a compare of
/// numbers, where the hash map of strings hashed the word, probed and compared its bytes (about
/// 135 instructions a word, 5 % of a check).
#[derive(Clone, Debug, Default)]
struct Short {
    /// Open addressing with linear probing, a power of two in size and at most half full.
    slots: Vec<Option<(ShortKey, u32)>>,
    /// The canonical terms the slots point to (each once).
    values: Vec<String>,
    /// The place of each canonical term in `values` (a list of 80 000 terms was quadratic when
    /// `values` was searched for each).
    places: FxHashMap<String, u32>,
    len: usize,
}

/// A word of 1 to 16 bytes as numbers: its length, its first and its last eight bytes (four
/// bytes each when it is shorter than eight; its bytes one by one when shorter than four). The
/// two ends overlap or meet, so the key is the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ShortKey {
    head: u64,
    tail: u64,
    len: usize,
}

impl ShortKey {
    fn of(word: &[u8]) -> Option<ShortKey> {
        let len = word.len();
        let eight = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().expect("eight bytes"));
        let four = |bytes: &[u8]| u64::from(u32::from_le_bytes(bytes.try_into().expect("four")));
        let (head, tail) = match len {
            8..=16 => (eight(&word[..8]), eight(&word[len - 8..])),
            4..=7 => (four(&word[..4]), four(&word[len - 4..])),
            1..=3 => (
                u64::from(word[0]) | u64::from(word[len / 2]) << 8 | u64::from(word[len - 1]) << 16,
                0,
            ),
            _ => return None,
        };
        Some(ShortKey { head, tail, len })
    }

    /// Where the key's search starts in a table of `2^bits` slots.
    fn slot(&self, bits: u32) -> usize {
        let mixed = (self.head ^ self.tail.rotate_left(29) ^ (self.len as u64) << 56)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> (64 - bits)) as usize
    }
}

impl Short {
    /// The canonical term of `word` as written, if it is a spelling of up to 16 bytes.
    fn get(&self, key: ShortKey) -> Option<&str> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut at = key.slot(self.slots.len().trailing_zeros());
        loop {
            match &self.slots[at] {
                Some((k, value)) if *k == key => return Some(&self.values[*value as usize]),
                Some(_) => at = (at + 1) & mask,
                None => return None,
            }
        }
    }

    /// Maps `spelling` (lower case) to `canonical`, replacing what it mapped to; a spelling
    /// longer than 16 bytes is left to the hash map alone.
    fn insert(&mut self, spelling: &str, canonical: &str) {
        let Some(key) = ShortKey::of(spelling.as_bytes()) else {
            return;
        };
        let value = match self.places.get(canonical) {
            Some(&i) => i,
            None => {
                // Unreachable: a configuration (at most 16 MiB) holds far fewer than 2^32
                // terms; the run goes on rather than stop.
                let Ok(i) = u32::try_from(self.values.len()) else {
                    return;
                };
                self.values.push(canonical.to_owned());
                self.places.insert(canonical.to_owned(), i);
                i
            }
        };
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = key.slot(self.slots.len().trailing_zeros());
        loop {
            match &mut self.slots[at] {
                Some((k, v)) if *k == key => {
                    *v = value;
                    return;
                }
                Some(_) => at = (at + 1) & mask,
                slot @ None => {
                    *slot = Some((key, value));
                    self.len += 1;
                    return;
                }
            }
        }
    }

    /// Twice as many slots (16 at first), every entry placed again.
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(16);
        let old = std::mem::replace(&mut self.slots, vec![None; size]);
        let mask = size - 1;
        for (key, value) in old.into_iter().flatten() {
            let mut at = key.slot(size.trailing_zeros());
            while self.slots[at].is_some() {
                at = (at + 1) & mask;
            }
            self.slots[at] = Some((key, value));
        }
    }
}

/// The vocabulary in force for a run.
#[derive(Clone, Debug)]
pub struct Vocabulary {
    categories: Vec<Terms>,
    broad_audiences: FxHashSet<String>,
    company_topics: FxHashSet<String>,
    surveillance_targets: FxHashSet<String>,
    broadcast_purposes: FxHashSet<String>,
    suggested: Suggested,
}

/// The "did you mean" answers given so far in a run, per category and word as written. The same
/// misspelling comes back in file after file of a repository (a house word such as
/// `mitarbeitende`, a typo copied from draft to draft), and working out the answer compares it
/// with every spelling of the category. Emptied whenever the vocabulary changes; at most
/// [`Suggested::MAX`] answers are kept.
#[derive(Default)]
struct Suggested(std::sync::Mutex<FxHashMap<(Category, String), Vec<String>>>);

impl Suggested {
    const MAX: usize = 10_000;

    fn get(&self, category: Category, word: &str) -> Option<Vec<String>> {
        let map = self.0.lock().ok()?;
        map.get(&(category, word.to_owned())).cloned()
    }

    fn put(&self, category: Category, word: &str, suggestions: &[String]) {
        if let Ok(mut map) = self.0.lock() {
            if map.len() < Self::MAX {
                map.insert((category, word.to_owned()), suggestions.to_vec());
            }
        }
    }
}

/// A copy of the vocabulary starts without answers.
impl Clone for Suggested {
    fn clone(&self) -> Self {
        Suggested::default()
    }
}

impl std::fmt::Debug for Suggested {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Suggested")
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Vocabulary {
    /// The vocabulary of SPEC §3.
    pub fn builtin() -> Self {
        let mut categories = vec![Terms::default(); Category::ALL.len()];
        for (category, term, _) in BUILTIN {
            categories[category.index()].add(term);
        }
        // An alias resolves in every category where its target is a term (as a configured alias
        // does, SPEC §11.13): `monitor staff` monitors employees. Where the alias is a term of
        // its own (`service` is a purpose), the term stays.
        for (_, term, aliases) in BUILTIN {
            for alias in *aliases {
                for terms in &mut categories {
                    if terms.lookup.contains_key(*term) && !terms.lookup.contains_key(*alias) {
                        terms.add_alias(alias, term);
                    }
                }
            }
        }
        let set = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        Vocabulary {
            categories,
            broad_audiences: set(BROAD_AUDIENCES),
            company_topics: set(COMPANY_TOPICS),
            surveillance_targets: set(SURVEILLANCE_TARGETS),
            broadcast_purposes: set(BROADCAST_PURPOSES),
            suggested: Suggested::default(),
        }
    }

    /// The canonical term for `word` in `category`, if the category knows it (case-insensitive,
    /// aliases resolved).
    pub fn resolve(&self, category: Category, word: &str) -> Option<&str> {
        let terms = &self.categories[category.index()];
        // A word of up to 16 bytes as written: the short table has every such spelling, so a
        // word it lacks is unknown unless lower-casing changes it.
        if let Some(key) = ShortKey::of(word.as_bytes()) {
            if let Some(canonical) = terms.short.get(key) {
                return Some(canonical);
            }
            if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                return None;
            }
        }
        terms.resolve_in_map(word)
    }

    /// The canonical terms of a category, in a stable order.
    pub fn terms(&self, category: Category) -> &[String] {
        &self.categories[category.index()].canonical
    }

    /// The terms a help names as examples of `category` when no close spelling is found: every
    /// action (they are fixed, and a help lists them all); narrow topics and audiences first
    /// (`customer-data`, `interns`), never the broad ones or the company's own topics
    /// (`employer`, `everyone`), which a writer who takes the first would turn a ban into a gag
    /// rule or a blanket ban with; the first five terms of other lists.
    pub fn examples(&self, category: Category) -> Vec<String> {
        let narrow: &[&str] = match category {
            Category::Action => return self.terms(category).to_vec(),
            Category::Content => &[
                "customer-data",
                "trade-secrets",
                "confidential-information",
                "product-plans",
                "photos",
            ],
            Category::Audience => &["interns", "managers", "marketing", "pr", "hr"],
            _ => &[],
        };
        let mut examples: Vec<String> = narrow
            .iter()
            .filter(|t| self.knows(category, t))
            .map(|t| t.to_string())
            .collect();
        if examples.is_empty() {
            examples = self.terms(category).iter().take(5).cloned().collect();
        }
        examples
    }

    /// Whether `term` is a canonical term or alias of `category`.
    pub fn knows(&self, category: Category, word: &str) -> bool {
        self.resolve(category, word).is_some()
    }

    /// Up to three spellings of `category` close to `word`, best first (canonical terms).
    pub fn suggestions(&self, category: Category, word: &str) -> Vec<String> {
        if let Some(known) = self.suggested.get(category, word) {
            return known;
        }
        let found = self.close_spellings(category, word);
        self.suggested.put(category, word, &found);
        found
    }

    /// [`Vocabulary::suggestions`], worked out.
    fn close_spellings(&self, category: Category, word: &str) -> Vec<String> {
        let word = lowercase(word);
        let length = word.chars().count();
        let max_distance = max_distance(length);
        let counts = LetterCounts::of(&word);
        let scored: Vec<(f64, &String)> = self.categories[category.index()]
            .lookup
            .iter()
            .filter_map(|(spelling, canonical)| {
                let spelling_length = spelling.chars().count();
                // The edit distance is at least the difference in length and at least the
                // letters of the longer word that the other lacks; only where both bounds
                // allow it is the (costly) distance computed.
                let common = counts.common(spelling);
                let may_be_near = length.abs_diff(spelling_length) <= max_distance
                    && common.is_none_or(|c| length.max(spelling_length) - c <= max_distance);
                if !may_be_near {
                    return None;
                }
                let distance = strsim::damerau_levenshtein(&word, spelling);
                let score = strsim::jaro_winkler(&word, spelling);
                let close = is_typo(distance, max_distance, score);
                close.then_some((score, canonical))
            })
            .collect();
        best_three(scored)
    }

    /// The other categories in which `word` is a term.
    pub fn categories_of(&self, word: &str) -> Vec<Category> {
        Category::ALL
            .into_iter()
            .filter(|&c| self.knows(c, word))
            .collect()
    }

    /// `everyone`, `employees` and configured broad audiences.
    pub fn is_broad_audience(&self, term: &str) -> bool {
        self.broad_audiences.contains(term)
    }

    /// `employer`, `affiliation`, `company-topics`, `company-news` and configured ones.
    pub fn is_company_topic(&self, term: &str) -> bool {
        self.company_topics.contains(term)
    }

    /// Monitor targets that are people or their accounts rather than public conversation.
    pub fn is_surveillance_target(&self, term: &str) -> bool {
        self.surveillance_targets.contains(term)
    }

    /// Purposes that only send (`marketing`, `advertising`, …).
    pub fn is_broadcast_purpose(&self, term: &str) -> bool {
        self.broadcast_purposes.contains(term)
    }

    /// `service`, `support` and `dialogue`: the purposes that promise answers.
    pub fn is_service_purpose(&self, term: &str) -> bool {
        SERVICE_PURPOSES.contains(&term)
    }

    // --- extension by the configuration -------------------------------------------------

    /// Adds a term to a category.
    pub fn add_term(&mut self, category: Category, term: &str) {
        self.categories[category.index()].add(term);
        self.suggested = Suggested::default();
    }

    /// Adds an audience that counts as broad.
    pub fn add_broad_audience(&mut self, term: &str) {
        self.add_term(Category::Audience, term);
        self.broad_audiences.insert(lowercase(term));
    }

    /// Adds a content that counts as a company speech topic.
    pub fn add_company_topic(&mut self, term: &str) {
        self.add_term(Category::Content, term);
        self.company_topics.insert(lowercase(term));
    }

    /// Adds a monitor target that counts as surveillance.
    pub fn add_surveillance_target(&mut self, term: &str) {
        self.add_term(Category::MonitorTarget, term);
        self.surveillance_targets.insert(lowercase(term));
    }

    /// Adds a purpose that only sends.
    pub fn add_broadcast_purpose(&mut self, term: &str) {
        self.add_term(Category::Purpose, term);
        self.broadcast_purposes.insert(lowercase(term));
    }

    /// Makes `alias` resolve to `target` in every category where `target` exists. Returns the
    /// categories it was added to (empty: `target` is no term at all).
    pub fn add_alias(&mut self, alias: &str, target: &str) -> Vec<Category> {
        self.suggested = Suggested::default();
        let mut added = Vec::new();
        for category in Category::ALL {
            if let Some(canonical) = self.resolve(category, target).map(str::to_owned) {
                self.categories[category.index()].add_alias(alias, &canonical);
                added.push(category);
            }
        }
        added
    }
}

/// How many edits a word of `length` letters may be away from a term to be taken for its typo.
/// Two edits turn any word of two letters into any other, and a short word two edits away is
/// another word (`give` and `like`, `make` and `like`): a word of up to five letters may be one
/// edit away (`acces`, `pots`, `shrae`), longer ones two, or a quarter of their letters.
fn max_distance(length: usize) -> usize {
    if length <= 5 {
        1
    } else {
        2.max(length / 4)
    }
}

/// Whether a word `distance` edits and `score` (Jaro-Winkler) away from a spelling is taken for
/// its typo. One edit is a typo (`acces`, `employes`); two or more, where the word is long enough
/// for them, only when the words are alike as a whole (`facbok`), not when they are other words
/// with letters in common (`contact` and `connect`, `repost` and `post`). A word that only starts
/// like a term is no typo of it either (`customers` and `customer-data`, `salaries` and
/// `sales`): the help would change what the statement says.
fn is_typo(distance: usize, max_distance: usize, score: f64) -> bool {
    distance <= max_distance && (distance <= 1 || score >= 0.9)
}

/// The three best distinct canonical terms of scored spellings: highest score first, then in
/// alphabetical order.
fn best_three(mut scored: Vec<(f64, &String)>) -> Vec<String> {
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let mut out: Vec<String> = Vec::new();
    for (_, canonical) in scored {
        if !out.contains(canonical) {
            out.push(canonical.clone());
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

/// How often each byte occurs in an ASCII word, to bound how alike two words can be before
/// comparing them letter by letter (`None` for other words: no bound).
struct LetterCounts(Option<[u8; 128]>);

impl LetterCounts {
    fn of(word: &str) -> LetterCounts {
        if !word.is_ascii() || word.len() > usize::from(u8::MAX) {
            return LetterCounts(None);
        }
        let mut counts = [0u8; 128];
        for b in word.bytes() {
            counts[usize::from(b)] += 1;
        }
        LetterCounts(Some(counts))
    }

    /// How many letters `other` has in common with the word, each letter counted as often as it
    /// occurs in both (`None` when either word is not ASCII).
    fn common(&self, other: &str) -> Option<usize> {
        let counts = self.0.as_ref()?;
        if !other.is_ascii() {
            return None;
        }
        let mut left = *counts;
        let mut common = 0;
        for b in other.bytes() {
            let n = &mut left[usize::from(b)];
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
        Some(common)
    }
}

/// German words HR drafts use for terms of the vocabulary, lower-case, with the term each
/// translates exactly (a word may translate into terms of several lists: the list of the
/// position picks). Only exact translations: the help offers them as an alias too, and a loose
/// one copied into the configuration would change what the guideline says.
const GERMAN_TERMS: &[(&str, &str)] = &[
    // audiences
    ("alle", "everyone"),
    ("jeder", "everyone"),
    ("jede", "everyone"),
    ("mitarbeiter", "employees"),
    ("mitarbeitende", "employees"),
    ("mitarbeiterinnen", "employees"),
    ("beschäftigte", "employees"),
    ("angestellte", "employees"),
    ("belegschaft", "employees"),
    ("führungskräfte", "managers"),
    ("vorgesetzte", "managers"),
    ("kollegen", "employees"),
    ("kolleginnen", "employees"),
    ("praktikanten", "interns"),
    ("praktikantinnen", "interns"),
    ("auszubildende", "apprentices"),
    ("azubis", "apprentices"),
    ("pressesprecher", "spokespeople"),
    ("sprecher", "spokespeople"),
    ("personalabteilung", "hr"),
    ("personal", "hr"),
    ("personalwesen", "hr"),
    ("it-abteilung", "it"),
    ("marketingabteilung", "marketing"),
    ("pressestelle", "pr"),
    ("unternehmenskommunikation", "pr"),
    ("öffentlichkeitsarbeit", "pr"),
    ("presseabteilung", "pr"),
    ("kommunikation", "pr"),
    ("kommunikationsabteilung", "pr"),
    ("vertrieb", "sales"),
    ("kundenservice", "customer-service"),
    ("kundendienst", "customer-service"),
    ("rechtsabteilung", "legal"),
    ("betriebsrat", "works-council"),
    ("geschäftsführung", "management"),
    ("geschäftsleitung", "management"),
    ("forschung", "research"),
    // actions
    ("nutzen", "access"),
    ("besuchen", "access"),
    ("posten", "post"),
    ("veröffentlichen", "post"),
    ("kommentieren", "comment"),
    ("teilen", "share"),
    ("liken", "like"),
    ("antworten", "reply"),
    ("folgen", "follow"),
    ("vernetzen", "connect"),
    ("erwähnen", "mention"),
    ("offenlegen", "disclose"),
    ("preisgeben", "disclose"),
    ("verraten", "disclose"),
    ("verwenden", "access"),
    ("benutzen", "access"),
    ("aufrufen", "access"),
    ("zugreifen", "access"),
    ("schreiben", "post"),
    ("hochladen", "post"),
    ("weitergeben", "share"),
    ("weiterleiten", "share"),
    ("verbreiten", "share"),
    ("beantworten", "reply"),
    // contents
    ("arbeitgeber", "employer"),
    ("unternehmen", "employer"),
    ("firma", "employer"),
    ("zugehörigkeit", "affiliation"),
    ("firmenzugehörigkeit", "affiliation"),
    ("betriebsinterna", "internal-matters"),
    ("firmeninterna", "internal-matters"),
    ("produktpläne", "product-plans"),
    ("unternehmensnachrichten", "company-news"),
    ("firmennachrichten", "company-news"),
    ("vertrauliche-informationen", "confidential-information"),
    ("betriebsgeheimnisse", "trade-secrets"),
    ("betriebsgeheimnis", "trade-secrets"),
    ("geschäftsgeheimnis", "trade-secrets"),
    ("geschäftsgeheimnisse", "trade-secrets"),
    ("kundendaten", "customer-data"),
    ("personenbezogene-daten", "personal-data"),
    ("finanzergebnisse", "financial-results"),
    ("geschäftszahlen", "financial-results"),
    ("interna", "internal-matters"),
    ("stellenangebote", "job-offers"),
    ("stellenanzeigen", "job-offers"),
    ("stellenausschreibungen", "job-offers"),
    ("pressemitteilungen", "press-releases"),
    ("meinungen", "opinions"),
    ("meinung", "opinions"),
    ("fotos", "photos"),
    ("bilder", "photos"),
    // times
    ("arbeitszeit", "work-hours"),
    ("arbeitszeiten", "work-hours"),
    ("dienstzeit", "work-hours"),
    ("mittagspause", "breaks"),
    ("pausen", "breaks"),
    ("pause", "breaks"),
    ("freizeit", "free-time"),
    // platforms
    ("soziale-medien", "any-platform"),
    ("foren", "forums"),
    ("forum", "forums"),
    ("soziale-netzwerke", "any-platform"),
    // means
    ("firmengeräte", "company-devices"),
    ("dienstgeräte", "company-devices"),
    ("dienstliche-geräte", "company-devices"),
    ("diensthandy", "company-devices"),
    ("diensthandys", "company-devices"),
    ("firmenhandy", "company-devices"),
    ("firmenhandys", "company-devices"),
    ("firmennetz", "company-network"),
    ("firmennetzwerk", "company-network"),
    ("private-geräte", "private-devices"),
    ("privatgeräte", "private-devices"),
    ("private-konten", "private-accounts"),
    ("firmenkonten", "company-accounts"),
    // monitor targets
    ("markenerwähnungen", "brand-mentions"),
    ("wettbewerber", "competitors"),
    ("konkurrenz", "competitors"),
    ("kundenfeedback", "customer-feedback"),
    ("bewerber", "applicants"),
    ("bewerberinnen", "applicants"),
    // purposes
    ("kundenservice", "service"),
    ("gemeinschaft", "community"),
    ("rückmeldungen", "feedback"),
    ("personalgewinnung", "recruiting"),
    ("werbung", "advertising"),
    ("ankündigungen", "announcements"),
    ("presse", "press"),
    // consequences
    ("erinnerung", "reminder"),
    ("schulung", "training"),
    ("ermahnung", "warning"),
    ("verwarnung", "warning"),
    ("abmahnung", "formal-warning"),
    ("kündigung", "dismissal"),
    ("entlassung", "dismissal"),
    ("rechtliche-schritte", "legal-action"),
];

impl Vocabulary {
    /// The term of `category` that a German `word` translates exactly, if it is one of the
    /// words German drafts commonly use.
    pub fn german_term(&self, category: Category, word: &str) -> Option<&'static str> {
        let lower = lowercase(word);
        GERMAN_TERMS
            .iter()
            .find(|&&(german, term)| german == lower && self.knows(category, term))
            .map(|&(_, term)| term)
    }

    /// The term a German word written in a gender form translates (`Mitarbeiter*innen`,
    /// `Kolleg:innen`, `Praktikant/innen`), from the word before the mark (`Mitarbeiter`,
    /// `Kolleg`): the word itself, with `innen`, or with `en` (`Praktikanten`), in any list.
    pub fn german_gendered_term(&self, stem: &str) -> Option<&'static str> {
        let lower = lowercase(stem);
        [lower.clone(), format!("{lower}innen"), format!("{lower}en")]
            .iter()
            .find_map(|word| {
                Category::ALL
                    .into_iter()
                    .find_map(|category| self.german_term(category, word))
            })
    }
}

pub fn lowercase(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every German word translates into a term of the built-in vocabulary, is no term itself,
    /// and is looked up in the list of the position, case-insensitively.
    #[test]
    fn german_words_translate_into_terms() {
        let v = Vocabulary::builtin();
        for &(german, term) in GERMAN_TERMS {
            assert_eq!(german, lowercase(german));
            assert!(Category::ALL.iter().any(|&c| v.knows(c, term)), "{term}");
            assert!(v.categories_of(german).is_empty(), "{german} is a term");
        }
        assert_eq!(
            v.german_term(Category::Audience, "Mitarbeiter"),
            Some("employees")
        );
        assert_eq!(
            v.german_term(Category::Audience, "Kundenservice"),
            Some("customer-service")
        );
        assert_eq!(
            v.german_term(Category::Purpose, "Kundenservice"),
            Some("service")
        );
        // Found by a blind review: words a German draft used that had no translation.
        assert_eq!(
            v.german_term(Category::Audience, "Öffentlichkeitsarbeit"),
            Some("pr")
        );
        assert_eq!(
            v.german_term(Category::Time, "Mittagspause"),
            Some("breaks")
        );
        assert_eq!(v.german_term(Category::Platform, "Mitarbeiter"), None);
        assert_eq!(v.german_term(Category::Audience, "feierabend"), None);
    }

    /// The suggestions without the bounds that skip words: what `suggestions` must equal.
    fn suggestions_compared_with_every_word(
        v: &Vocabulary,
        category: Category,
        word: &str,
    ) -> Vec<String> {
        let word = lowercase(word);
        let length = word.chars().count();
        let max_distance = max_distance(length);
        let scored: Vec<(f64, &String)> = v.categories[category.index()]
            .lookup
            .iter()
            .filter_map(|(spelling, canonical)| {
                let score = strsim::jaro_winkler(&word, spelling);
                let distance = strsim::damerau_levenshtein(&word, spelling);
                let close = is_typo(distance, max_distance, score);
                close.then_some((score, canonical))
            })
            .collect();
        best_three(scored)
    }

    #[test]
    fn skipping_far_words_does_not_change_the_suggestions() {
        let v = Vocabulary::default();
        let mut words: Vec<String> = Vec::new();
        for category in Category::ALL {
            for spelling in v.categories[category.index()].lookup.keys() {
                words.push(spelling.clone());
                // Misspellings: a letter dropped, doubled, swapped, replaced; a suffix.
                let chars: Vec<char> = spelling.chars().collect();
                for i in 0..chars.len() {
                    let mut dropped = chars.clone();
                    dropped.remove(i);
                    words.push(dropped.iter().collect());
                    let mut doubled = chars.clone();
                    doubled.insert(i, chars[i]);
                    words.push(doubled.iter().collect());
                    let mut replaced = chars.clone();
                    replaced[i] = 'x';
                    words.push(replaced.iter().collect());
                    if i + 1 < chars.len() {
                        let mut swapped = chars.clone();
                        swapped.swap(i, i + 1);
                        words.push(swapped.iter().collect());
                    }
                }
                words.push(format!("{spelling}en"));
                words.push(format!("{spelling}-team"));
            }
        }
        words.extend(
            [
                "",
                "a",
                "x",
                "mitarbeitende",
                "Führungskräfte",
                "ünd",
                "linkdin",
                "fb",
                "zz-top",
            ]
            .map(String::from),
        );
        let mut compared = 0;
        for category in Category::ALL {
            for word in &words {
                assert_eq!(
                    v.suggestions(category, word),
                    suggestions_compared_with_every_word(&v, category, word),
                    "{word:?} as {category:?}"
                );
                compared += 1;
            }
        }
        assert!(compared > 1000, "{compared}");
    }

    #[test]
    fn resolves_case_insensitively_with_aliases() {
        let v = Vocabulary::builtin();
        assert_eq!(v.resolve(Category::Audience, "Staff"), Some("employees"));
        assert_eq!(v.resolve(Category::Platform, "X"), Some("twitter"));
        assert_eq!(
            v.resolve(Category::Platform, "social-media"),
            Some("any-platform")
        );
        assert_eq!(v.resolve(Category::Action, "publish"), Some("post"));
        assert_eq!(v.resolve(Category::Content, "company"), Some("employer"));
        assert_eq!(v.resolve(Category::Time, "leisure"), Some("free-time"));
        assert_eq!(v.resolve(Category::Audience, "facebook"), None);
    }

    /// A built-in alias resolves wherever its target is a term, as a configured one does; a
    /// term of the category wins over an alias from another.
    #[test]
    fn built_in_aliases_resolve_wherever_their_target_is_a_term() {
        let v = Vocabulary::builtin();
        assert_eq!(
            v.resolve(Category::MonitorTarget, "staff"),
            Some("employees")
        );
        assert_eq!(
            v.resolve(Category::MonitorTarget, "all-employees"),
            Some("employees")
        );
        // `service` and `support` are purposes of their own, and customer-service is none.
        assert_eq!(v.resolve(Category::Purpose, "service"), Some("service"));
        assert_eq!(v.resolve(Category::Purpose, "support"), Some("support"));
        assert_eq!(
            v.resolve(Category::Audience, "service"),
            Some("customer-service")
        );
        // Aliases stay out of categories without their target.
        assert_eq!(v.resolve(Category::Audience, "x"), None);
        assert_eq!(v.resolve(Category::Platform, "staff"), None);
    }

    /// The lookup without a lower-cased copy must find what a lookup of the lower-cased word
    /// finds, however the word is written.
    #[test]
    fn words_resolve_as_their_lower_case() {
        let mut v = Vocabulary::builtin();
        v.add_alias("Mitarbeitende", "employees");
        v.add_term(Category::Audience, "Führungskräfte");
        let capitalized = |word: &str| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        };
        for category in Category::ALL {
            let lookup = &v.categories[category.index()].lookup;
            let mut words: Vec<String> = vec!["".into(), "x-".into(), "Ä".into()];
            for spelling in lookup.keys() {
                words.extend([
                    spelling.clone(),
                    spelling.to_uppercase(),
                    capitalized(spelling),
                ]);
            }
            for word in &words {
                let expected = lookup.get(&lowercase(word)).map(String::as_str);
                assert_eq!(v.resolve(category, word), expected, "{word:?}");
            }
        }
    }

    /// The short key is the word: words of every length up to 16 that differ in any one byte
    /// get different keys, and the same word the same key.
    #[test]
    fn short_keys_are_the_words() {
        for len in 1..=16 {
            let word: Vec<u8> = (0..len).map(|i| b'a' + i as u8).collect();
            let key = ShortKey::of(&word).expect("up to 16 bytes");
            assert_eq!(Some(key), ShortKey::of(&word.clone()));
            for at in 0..len {
                let mut other = word.clone();
                other[at] = b'z';
                assert_ne!(Some(key), ShortKey::of(&other), "{len} bytes, byte {at}");
            }
            let longer: Vec<u8> = word.iter().copied().chain([b'a']).collect();
            assert_ne!(Some(key), ShortKey::of(&longer), "{len} bytes and one more");
        }
        assert_eq!(ShortKey::of(b""), None);
        assert_eq!(ShortKey::of(&[b'a'; 17]), None);
    }

    /// The short table agrees with the hash map: after many terms (it grows), after an alias
    /// that moves a spelling to another term, for words of 16 and 17 bytes and unknown words.
    #[test]
    fn the_short_table_agrees_with_the_map() {
        let mut v = Vocabulary::builtin();
        for i in 0..500 {
            v.add_term(Category::Audience, &format!("team-{i}"));
        }
        v.add_term(Category::Audience, "sixteen-bytes-xx");
        v.add_term(Category::Audience, "seventeen-bytes-x");
        // `staff` was an alias of `employees`; now it names `managers`.
        v.add_alias("staff", "managers");
        for category in Category::ALL {
            let lookup = &v.categories[category.index()].lookup;
            let mut words: Vec<String> = lookup.keys().cloned().collect();
            words.extend(
                [
                    "team-500",
                    "sixteen-bytes-xy",
                    "seventeen-bytes-y",
                    "a",
                    "zz",
                ]
                .map(String::from),
            );
            for word in &words {
                let expected = lookup.get(word).map(String::as_str);
                assert_eq!(v.resolve(category, word), expected, "{category:?} {word:?}");
            }
        }
        assert_eq!(v.resolve(Category::Audience, "staff"), Some("managers"));
        assert_eq!(v.resolve(Category::Audience, "team-499"), Some("team-499"));
        assert_eq!(
            v.resolve(Category::Audience, "seventeen-bytes-x"),
            Some("seventeen-bytes-x")
        );
    }

    #[test]
    fn the_same_word_in_two_categories() {
        let v = Vocabulary::builtin();
        assert_eq!(
            v.resolve(Category::Audience, "service"),
            Some("customer-service")
        );
        assert_eq!(v.resolve(Category::Purpose, "service"), Some("service"));
        assert!(v.is_surveillance_target("employees"));
        assert_eq!(
            v.categories_of("private-accounts"),
            vec![Category::Means, Category::MonitorTarget]
        );
    }

    /// Suggestions given from memory are the ones worked out, and a change to the vocabulary
    /// forgets them.
    #[test]
    fn remembered_suggestions_are_the_suggestions() {
        let mut v = Vocabulary::builtin();
        let first = v.suggestions(Category::Audience, "employes");
        assert_eq!(first, v.close_spellings(Category::Audience, "employes"));
        assert_eq!(v.suggestions(Category::Audience, "employes"), first);
        assert_eq!(v.clone().suggestions(Category::Audience, "employes"), first);
        v.add_term(Category::Audience, "employers");
        let after = v.suggestions(Category::Audience, "employes");
        assert_eq!(after, v.close_spellings(Category::Audience, "employes"));
        assert!(after.iter().any(|s| s == "employers"), "{after:?}");
        v.add_alias("employes", "managers");
        assert_eq!(v.resolve(Category::Audience, "employes"), Some("managers"));
    }

    #[test]
    fn suggestions_come_from_the_category() {
        let v = Vocabulary::builtin();
        assert_eq!(
            v.suggestions(Category::Audience, "employes")[0],
            "employees"
        );
        assert_eq!(v.suggestions(Category::Platform, "facebok")[0], "facebook");
        assert!(v.suggestions(Category::Platform, "zzzzzzzz").is_empty());
    }

    /// Two edits turn any two-letter word into any other: `xx` is not close to `hr`.
    #[test]
    fn short_words_are_close_only_one_edit_away() {
        let v = Vocabulary::builtin();
        assert!(v.suggestions(Category::Audience, "xx").is_empty());
        assert_eq!(v.suggestions(Category::Audience, "hrr")[0], "hr");
        assert_eq!(v.suggestions(Category::Platform, "xx")[0], "twitter");
    }

    /// A blind review: `give` was "did you mean `like`?", and applied, the statement banned
    /// something else. Only a likely typo is suggested.
    #[test]
    fn other_words_are_no_typos() {
        let v = Vocabulary::builtin();
        for (category, word) in [
            (Category::Action, "give"),
            (Category::Action, "make"),
            (Category::Action, "link"),
            (Category::Action, "repost"),
            (Category::Action, "contact"),
            (Category::Content, "customers"),
            (Category::Content, "products"),
            (Category::Content, "companies"),
            (Category::Content, "pots"),
            (Category::Audience, "salaries"),
            (Category::Audience, "quit"),
            (Category::Platform, "block"),
        ] {
            assert!(
                v.suggestions(category, word).is_empty(),
                "{word}: {:?}",
                v.suggestions(category, word)
            );
        }
        for (category, word, meant) in [
            (Category::Action, "acess", "access"),
            (Category::Action, "acces", "access"),
            (Category::Action, "pots", "post"),
            (Category::Action, "shrae", "share"),
            (Category::Action, "liek", "like"),
            (Category::Action, "mentoin", "mention"),
            (Category::Platform, "facebok", "facebook"),
            (Category::Platform, "facbok", "facebook"),
            (Category::Platform, "tiktk", "tiktok"),
            (Category::Audience, "employes", "employees"),
            (Category::Audience, "marketng", "marketing"),
            (Category::Content, "photo", "photos"),
            (Category::Content, "opinons", "opinions"),
        ] {
            assert_eq!(v.suggestions(category, word)[..1], [meant], "{word}");
        }
    }

    #[test]
    fn extension() {
        let mut v = Vocabulary::builtin();
        v.add_broad_audience("Belegschaft");
        assert!(v.is_broad_audience("belegschaft"));
        assert_eq!(
            v.resolve(Category::Audience, "belegschaft"),
            Some("belegschaft")
        );
        assert_eq!(
            v.add_alias("mitarbeitende", "employees"),
            vec![Category::Audience, Category::MonitorTarget]
        );
        assert_eq!(
            v.resolve(Category::Audience, "Mitarbeitende"),
            Some("employees")
        );
        assert!(v.add_alias("nix", "nothing").is_empty());
    }
}
