//! A deterministic corpus of realistic guideline drafts, for benchmarks and differential tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --seed 42 --files 10000 --size-kb 5 OUT_DIR
//! cargo run --release --example gen_corpus -- --seed 7 --files 1 --rules 10000 OUT_DIR
//! ```
//!
//! The same seed and options always write the same bytes (a hand-written PRNG, no dependency).
//! Files mix open drafts and law-and-order drafts, German and English strings and comments,
//! suppressions, channels and every statement form, with a few unknown terms (typos) and, with
//! `--broken PERCENT` (default 1), a few syntax errors.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut seed = 42u64;
    let mut files = 100usize;
    let mut size_kb = 5usize;
    let mut rules: Option<usize> = None;
    let mut broken = 1u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or_else(|| {
                    eprintln!("{name} needs a number");
                    std::process::exit(2)
                })
        };
        match arg.as_str() {
            "--seed" => seed = value("--seed"),
            "--files" => files = value("--files") as usize,
            "--size-kb" => size_kb = value("--size-kb") as usize,
            "--rules" => rules = Some(value("--rules") as usize),
            "--broken" => broken = value("--broken"),
            "-h" | "--help" => {
                println!(
                    "usage: gen_corpus [--seed N] [--files N] [--size-kb N] [--rules N] [--broken PERCENT] OUT_DIR"
                );
                return ExitCode::SUCCESS;
            }
            other if !other.starts_with('-') => out = Some(PathBuf::from(other)),
            other => {
                eprintln!("unknown option {other}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("usage: gen_corpus [--seed N] [--files N] [--size-kb N] [--rules N] OUT_DIR");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::from(2);
    }
    let mut total = 0usize;
    let width = files.saturating_sub(1).to_string().len();
    for i in 0..files {
        // Each file has its own stream, so file i is the same whatever --files says.
        let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let limit = match rules {
            Some(n) => Limit::Rules(n),
            None => Limit::Bytes(size_kb * 1024),
        };
        let is_broken = rng.below(100) < broken;
        let text = guideline(&mut rng, limit, is_broken);
        // Spread the files over directories of 100, as a real repository would.
        let dir = out.join(format!("d{:03}", i / 100));
        let path = dir.join(format!("draft-{i:0width$}.guideline"));
        let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &text));
        if let Err(e) = written {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        total += text.len();
    }
    eprintln!(
        "wrote {files} files, {total} bytes ({:.1} MB) to {}",
        total as f64 / 1e6,
        out.display()
    );
    ExitCode::SUCCESS
}

/// xorshift64* seeded through splitmix64: small, fast and good enough for test data.
pub struct Rng {
    state: u64,
    /// Statements name specific audiences, platforms and objects (the large-file mode: a
    /// merged policy of many departments rather than one draft said over and over).
    specific: bool,
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng {
            state: (z ^ (z >> 31)) | 1,
            specific: false,
        }
    }

    fn next(&mut self) -> u64 {
        let mut x = self.state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.state = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    /// One to `max` distinct items.
    fn some<'a>(&mut self, items: &[&'a str], max: usize) -> Vec<&'a str> {
        let n = 1 + self.below(max as u64) as usize;
        let mut out: Vec<&str> = Vec::new();
        for _ in 0..n * 2 {
            let t = self.pick(items);
            if !out.contains(&t) {
                out.push(t);
            }
            if out.len() == n {
                break;
            }
        }
        out
    }
}

/// How long a file gets.
pub enum Limit {
    /// At least this many bytes.
    Bytes(usize),
    /// Exactly this many rule blocks.
    Rules(usize),
}

const BROAD: &[&str] = &["everyone", "employees", "staff", "all-employees"];
const GROUPS: &[&str] = &[
    "managers",
    "executives",
    "interns",
    "apprentices",
    "contractors",
    "new-hires",
    "spokespeople",
    "hr",
    "marketing",
    "pr",
    "communications",
    "sales",
    "customer-service",
    "support",
    "it",
    "legal",
    "works-council",
    "management",
    "product",
    "research",
];
const PLATFORMS: &[&str] = &[
    "facebook",
    "instagram",
    "twitter",
    "x",
    "linkedin",
    "xing",
    "youtube",
    "tiktok",
    "mastodon",
    "bluesky",
    "threads",
    "whatsapp",
    "snapchat",
    "pinterest",
    "reddit",
    "kununu",
    "glassdoor",
    "blogs",
    "forums",
    "wikis",
    "any-platform",
    "social-media",
];
const POSTING: &[&str] = &[
    "post", "publish", "write", "comment", "share", "like", "reply", "mention",
];
const OTHER_ACTIONS: &[&str] = &["follow", "connect", "disclose", "speak-for-company"];
const CONTENTS: &[&str] = &[
    "affiliation",
    "employer",
    "company",
    "confidential-information",
    "trade-secrets",
    "customer-data",
    "personal-data",
    "financial-results",
    "product-plans",
    "internal-matters",
    "company-topics",
    "company-news",
    "job-offers",
    "press-releases",
    "opinions",
    "photos",
];
const PUBLIC: &[&str] = &[
    "affiliation",
    "employer",
    "company-topics",
    "company-news",
    "job-offers",
    "press-releases",
    "opinions",
    "photos",
];
const SECRETS: &[&str] = &[
    "trade-secrets",
    "customer-data",
    "personal-data",
    "financial-results",
    "product-plans",
];
const TIMES: &[&str] = &[
    "work-hours",
    "working-hours",
    "breaks",
    "free-time",
    "leisure",
];
const MEANS: &[&str] = &[
    "company-devices",
    "company-network",
    "private-devices",
    "private-accounts",
    "company-accounts",
];
const LISTENING: &[&str] = &[
    "brand-mentions",
    "public-conversations",
    "competitors",
    "industry-topics",
    "customer-feedback",
];
const SURVEILLANCE: &[&str] = &[
    "employees",
    "employee-accounts",
    "private-accounts",
    "applicants",
];
const TWO_WAY: &[&str] = &[
    "service",
    "support",
    "dialogue",
    "community",
    "feedback",
    "recruiting",
];
const BROADCAST: &[&str] = &["marketing", "advertising", "announcements", "press"];
const CONSEQUENCES: &[&str] = &[
    "reminder",
    "training",
    "warning",
    "formal-warning",
    "dismissal",
    "termination",
    "legal-action",
];
const TYPOS: &[&str] = &[
    "facebok",
    "employes",
    "linkdin",
    "mitarbeitende",
    "praktikanten",
    "werktage",
    "intranet",
];
const RULES: &[&str] = &[
    "blanket-block",
    "work-time-ban",
    "pre-approval",
    "gag-rule",
    "employee-surveillance",
    "threat-without-reason",
    "one-way-channel",
    "window-dressing",
    "missing-rationale",
    "conflicting-rules",
];

const COMPANIES: &[&str] = &[
    "Muster GmbH",
    "Beispiel AG",
    "Northwind Traders",
    "Schmidt & Söhne KG",
    "Bäckerei Größer",
    "Stadtwerke Überlingen",
    "Contoso Deutschland",
    "Müller Logistik",
];
const WORDS_DE: &[&str] = &[
    "Mitarbeitende",
    "Kundinnen",
    "Kunden",
    "sprechen",
    "offen",
    "über",
    "unsere",
    "Arbeit",
    "im",
    "Social",
    "Web",
    "wir",
    "vertrauen",
    "euch",
    "Gesprächspartner",
    "wahrgenommen",
    "Betriebsgeheimnisse",
    "schützen",
    "gemeinsam",
    "Fragen",
    "beantwortet",
    "die",
    "Pressestelle",
    "schnell",
    "und",
    "persönlich",
    "Dialog",
    "auf",
    "Augenhöhe",
    "Datenschutz",
    "gilt",
    "für",
    "alle",
    "Kanäle",
    "Erfahrungen",
    "teilen",
    "ausdrücklich",
    "erwünscht",
    "Zuständigkeit",
    "Freigabe",
    "Verantwortung",
    "Öffentlichkeit",
    "Größe",
    "Maßnahmen",
];
const WORDS_EN: &[&str] = &[
    "employees",
    "speak",
    "openly",
    "about",
    "their",
    "work",
    "we",
    "trust",
    "you",
    "customers",
    "reach",
    "us",
    "where",
    "they",
    "talk",
    "questions",
    "answered",
    "quickly",
    "by",
    "people",
    "not",
    "bots",
    "privacy",
    "matters",
    "share",
    "what",
    "you",
    "learn",
];

fn sentence(rng: &mut Rng, german: bool) -> String {
    let words = if german { WORDS_DE } else { WORDS_EN };
    let n = 4 + rng.below(10) as usize;
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        let w = rng.pick(words);
        if i == 0 {
            let mut c = w.chars();
            if let Some(first) = c.next() {
                s.extend(first.to_uppercase());
                s.push_str(c.as_str());
            }
        } else {
            s.push_str(w);
        }
    }
    s.push('.');
    s
}

/// A string literal body, with the occasional escape.
fn string(rng: &mut Rng, german: bool) -> String {
    let mut s = sentence(rng, german);
    if rng.chance(10) {
        s = format!("\\\"{s}\\\"");
    }
    if rng.chance(5) {
        s.push_str("\\nZweite Zeile\\t(eingerückt)");
    }
    s
}

/// A keyword, now and then written in capitals as drafts from Word sometimes are.
fn kw(rng: &mut Rng, word: &str) -> String {
    match rng.below(50) {
        0 => word.to_uppercase(),
        1 => {
            let mut c = word.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
        _ => word.to_owned(),
    }
}

/// `a`, `a, b`, `a and b`, `a, b, and c`, with a typo now and then.
fn terms(rng: &mut Rng, list: &[&str], max: usize) -> String {
    let mut words = rng.some(list, max);
    if rng.chance(1) {
        words[0] = rng.pick(TYPOS);
    }
    let n = words.len();
    let mut s = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            if i == n - 1 && rng.chance(60) {
                s.push_str(if rng.chance(30) { ", and " } else { " and " });
            } else {
                s.push_str(", ");
            }
        }
        s.push_str(w);
    }
    s
}

fn comment(rng: &mut Rng, german: bool, indent: &str, out: &mut String) {
    let _ = writeln!(out, "{indent}# {}", sentence(rng, german));
}

fn suppression(rng: &mut Rng, indent: &str, out: &mut String) {
    let rule = rng.pick(RULES);
    if rng.chance(20) {
        let _ = writeln!(out, "{indent}# guidelint-allow {rule}");
    } else {
        let _ = writeln!(
            out,
            "{indent}# guidelint-allow {rule}: vom Betriebsrat so beschlossen (Protokoll {})",
            rng.below(1000)
        );
    }
}

fn qualifiers(rng: &mut Rng, strict: bool, out: &mut String) {
    if rng.chance(35) {
        let _ = write!(out, " {} {}", kw(rng, "on"), terms(rng, PLATFORMS, 3));
    }
    if rng.chance(25) {
        let _ = write!(out, " {} {}", kw(rng, "about"), terms(rng, CONTENTS, 2));
    }
    if rng.chance(if strict { 35 } else { 15 }) {
        let _ = write!(out, " {} {}", kw(rng, "during"), terms(rng, TIMES, 2));
    }
    if rng.chance(20) {
        let _ = write!(out, " {} {}", kw(rng, "using"), terms(rng, MEANS, 2));
    }
    if rng.chance(if strict { 30 } else { 8 }) {
        let with = if rng.chance(50) { "with" } else { "without" };
        let _ = write!(
            out,
            " {} {} {} {}",
            kw(rng, with),
            kw(rng, "approval"),
            kw(rng, "by"),
            terms(rng, &["pr", "legal", "management", "hr"], 2)
        );
    }
}

fn who(rng: &mut Rng, strict: bool) -> String {
    let mut s = if !rng.specific && rng.chance(if strict { 70 } else { 40 }) {
        rng.pick(BROAD).to_owned()
    } else {
        terms(rng, GROUPS, 3)
    };
    if rng.chance(12) {
        s.push_str(" except ");
        s.push_str(&terms(rng, GROUPS, 2));
    }
    s
}

fn statement(rng: &mut Rng, strict: bool, out: &mut String) {
    let roll = rng.below(100);
    if !strict && roll < 30 {
        // What open guidelines forbid: specific secrets, not speech as such.
        let _ = write!(
            out,
            "{} {} {} disclose {}",
            kw(rng, "forbid"),
            rng.pick(BROAD),
            kw(rng, "to"),
            terms(rng, SECRETS, 2)
        );
        qualifiers(rng, strict, out);
        return;
    }
    let restrictive = if strict { 65 } else { 0 };
    if strict && roll < 10 {
        let _ = write!(out, "{} {}", kw(rng, "block"), terms(rng, PLATFORMS, 4));
        if rng.specific || rng.chance(60) {
            let _ = write!(out, " {} {}", kw(rng, "for"), who(rng, strict));
        }
        qualifiers(rng, strict, out);
        return;
    }
    if roll < 16 {
        let targets = if strict && rng.chance(50) {
            SURVEILLANCE
        } else {
            LISTENING
        };
        let _ = write!(out, "{} {}", kw(rng, "monitor"), terms(rng, targets, 3));
        qualifiers(rng, strict, out);
        return;
    }
    let modality = if roll < 16 + restrictive {
        "forbid"
    } else {
        match rng.below(if rng.specific { 4 } else { 5 }) {
            0 | 1 => "allow",
            2 => "encourage",
            3 => "require",
            _ => "allow only",
        }
    };
    let modality = match modality {
        "allow only" => format!("{} {}", kw(rng, "allow"), kw(rng, "only")),
        m => kw(rng, m),
    };
    let who = if modality.eq_ignore_ascii_case("allow only") {
        terms(rng, GROUPS, 2)
    } else {
        who(rng, strict)
    };
    let _ = write!(out, "{modality} {who} {} ", kw(rng, "to"));
    // What guidelines allow or encourage is what may be said; what they forbid is anything.
    let objects = if modality.eq_ignore_ascii_case("forbid") {
        CONTENTS
    } else {
        PUBLIC
    };
    match rng.below(10) {
        0..=2 => {
            let _ = write!(out, "access");
            if rng.specific {
                let _ = write!(out, " {}", terms(rng, &PLATFORMS[..20], 2));
            } else if rng.chance(70) {
                let _ = write!(out, " {}", terms(rng, PLATFORMS, 3));
            }
        }
        3..=7 => {
            let _ = write!(out, "{}", rng.pick(POSTING));
            if rng.specific || rng.chance(60) {
                let _ = write!(out, " {}", terms(rng, objects, 3));
            }
        }
        _ => {
            let _ = write!(out, "{}", rng.pick(OTHER_ACTIONS));
            if rng.specific || rng.chance(60) {
                let _ = write!(out, " {}", terms(rng, objects, 2));
            }
        }
    }
    qualifiers(rng, strict, out);
}

fn channel(rng: &mut Rng, strict: bool, german: bool, out: &mut String) {
    let platform = rng.pick(&PLATFORMS[..20]);
    let _ = write!(out, "  {} {platform}", kw(rng, "channel"));
    if rng.chance(70) {
        let company = rng.pick(COMPANIES);
        let _ = write!(
            out,
            " \"@{} {}\"",
            company,
            if german { "hilft" } else { "help" }
        );
    }
    out.push_str(" {\n");
    let purposes = if strict && rng.chance(60) {
        BROADCAST
    } else {
        TWO_WAY
    };
    let _ = writeln!(
        out,
        "    {} {}",
        kw(rng, "purpose"),
        terms(rng, purposes, 2)
    );
    if rng.chance(70) {
        let (n, unit) = match rng.below(3) {
            0 => (15 + rng.below(90), "min"),
            1 => (1 + rng.below(48), "h"),
            _ => (1 + rng.below(3), "d"),
        };
        let _ = writeln!(
            out,
            "    {} {} {n}{unit}",
            kw(rng, "respond"),
            kw(rng, "within")
        );
    }
    if rng.chance(70) {
        let _ = writeln!(
            out,
            "    {} {} {}",
            kw(rng, "staffed"),
            kw(rng, "by"),
            terms(rng, GROUPS, 2)
        );
    }
    if rng.chance(30) {
        let onoff = if strict { "off" } else { "on" };
        let _ = writeln!(out, "    {} {onoff}", kw(rng, "replies"));
    }
    out.push_str("  }\n\n");
}

fn rule_block(rng: &mut Rng, n: usize, strict: bool, german: bool, out: &mut String) {
    if rng.chance(8) {
        suppression(rng, "  ", out);
    } else if rng.chance(20) {
        comment(rng, german, "  ", out);
    }
    let names_de = [
        "Zugang",
        "Freigabe",
        "Vertraulichkeit",
        "Transparenz",
        "Arbeitszeit",
        "Zuhören",
        "Schweigepflicht",
        "Offizielle Äußerungen",
    ];
    let names_en = [
        "Access",
        "Approval",
        "Confidentiality",
        "Transparency",
        "Working time",
        "Listening",
        "Official statements",
    ];
    let base = if german {
        rng.pick(&names_de)
    } else {
        rng.pick(&names_en)
    };
    // Mostly unique names; now and then a duplicate (`duplicate-rule`).
    let name = if rng.chance(3) {
        base.to_owned()
    } else {
        format!("{base} {n}")
    };
    let _ = writeln!(out, "  {} \"{name}\" {{", kw(rng, "rule"));
    for _ in 0..1 + rng.below(3) {
        if rng.chance(6) {
            suppression(rng, "    ", out);
        } else if rng.chance(10) {
            comment(rng, german, "    ", out);
        }
        out.push_str("    ");
        statement(rng, strict, out);
        if rng.chance(4) {
            let _ = write!(
                out,
                "  # guidelint-allow {}: {}",
                rng.pick(RULES),
                sentence(rng, german)
            );
        }
        out.push('\n');
    }
    if rng.chance(if strict { 30 } else { 70 }) {
        let _ = writeln!(
            out,
            "    {} \"{}\"",
            kw(rng, "because"),
            string(rng, german)
        );
    }
    if rng.chance(if strict { 50 } else { 10 }) {
        let _ = writeln!(
            out,
            "    {} {}",
            kw(rng, "consequence"),
            terms(rng, CONSEQUENCES, 2)
        );
    }
    out.push_str("  }\n\n");
}

/// Breaks a valid file in one of the ways drafts are broken.
fn break_it(rng: &mut Rng, text: &mut String) {
    let candidates = [" to ", " by ", "}\n\n", "\""];
    let needle = rng.pick(&candidates);
    let positions: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    if positions.is_empty() {
        text.push_str("rule");
        return;
    }
    let at = positions[rng.below(positions.len() as u64) as usize];
    text.replace_range(at..at + needle.len(), " ");
}

/// One guideline file of about `limit`; `broken` puts one syntax error into it.
pub fn guideline(rng: &mut Rng, limit: Limit, broken: bool) -> String {
    rng.specific = matches!(limit, Limit::Rules(_));
    let strict = rng.chance(45);
    let german = rng.chance(70);
    let crlf = rng.chance(5);
    let mut out = String::new();
    if rng.chance(2) {
        out.push('\u{FEFF}');
    }
    let kind = if strict {
        "Law-and-order-Entwurf"
    } else {
        "Offener Entwurf"
    };
    let _ = writeln!(out, "# {kind}: {}", sentence(rng, german));
    let company = rng.pick(COMPANIES);
    let title = if german {
        format!("Social-Media-Leitfaden der {company}")
    } else {
        format!("Social media at {company}")
    };
    if rng.chance(3) {
        let _ = writeln!(
            out,
            "# guidelint-allow missing-goals: Ziele folgen in Version 2"
        );
    }
    let _ = writeln!(out, "{} \"{title}\" {{", kw(rng, "guideline"));
    let _ = writeln!(
        out,
        "  {} \"{}.{}\"",
        kw(rng, "version"),
        rng.below(4),
        rng.below(10)
    );
    if rng.chance(85) {
        let owners: &[&str] = if strict {
            &["pr", "marketing", "communications"]
        } else {
            GROUPS
        };
        let _ = writeln!(out, "  {} {}", kw(rng, "owner"), terms(rng, owners, 3));
    }
    let _ = writeln!(out, "  {} {}", kw(rng, "audience"), terms(rng, BROAD, 1));
    if rng.chance(if strict { 50 } else { 90 }) {
        let _ = writeln!(
            out,
            "  {} \"social-media@beispiel.example\"",
            kw(rng, "contact")
        );
    }
    if rng.chance(if strict { 30 } else { 90 }) {
        for _ in 0..1 + rng.below(2) {
            let _ = writeln!(out, "  {} \"{}\"", kw(rng, "goal"), string(rng, german));
        }
    }
    out.push('\n');
    for _ in 0..rng.below(3) {
        channel(rng, strict, german, &mut out);
    }
    let mut n = 0usize;
    loop {
        let done = match limit {
            Limit::Bytes(b) => out.len() + 2 >= b,
            Limit::Rules(r) => n >= r,
        };
        if done {
            break;
        }
        n += 1;
        rule_block(rng, n, strict, german, &mut out);
        if matches!(limit, Limit::Bytes(_)) && rng.chance(3) {
            channel(rng, strict, german, &mut out);
        }
    }
    out.push_str("}\n");
    if broken {
        break_it(rng, &mut out);
    }
    if crlf {
        out = out.replace('\n', "\r\n");
    }
    out
}
