//! guidelint: a linter for company social-media guidelines written in the Guideline language.
//!
//! The library is pure: [`check_source`] lints one source text with a [`Config`] and returns a
//! [`FileReport`]; nothing here prints or touches the file system except [`read_file`], which
//! turns a path into a report. The command line lives in [`cli`].
//!
//! ```
//! let report = guidelint::check_source(
//!     "draft.guideline",
//!     "guideline \"Draft\" { rule \"Closed\" { block facebook } }",
//!     &guidelint::Config::default(),
//! );
//! assert!(report.findings.iter().any(|f| f.rule == "unknown-term") == false);
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod config;
pub mod discover;
pub mod finding;
pub mod lang;
pub mod report;
pub mod rules;
pub mod run;
pub mod score;
pub mod search;
pub mod semantics;
pub mod span;
pub mod starter;
pub mod suppress;
pub mod syntax;

use std::io::Read;
use std::path::Path;

pub use config::Config;
pub use finding::{Finding, RuleCategory, Severity};
pub use lang::Lang;
pub use score::Verdict;

use config::Level;
use rules::unreadable_file::Reason;

/// The result of checking one file.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// As given or found, with `/` separators.
    pub path: String,
    /// The text that was checked (empty when the file could not be read).
    pub source: String,
    /// Sorted by span start, then rule name; suppressed findings included.
    pub findings: Vec<Finding>,
    pub score: Option<u32>,
    pub verdict: Verdict,
}

impl FileReport {
    /// Unsuppressed findings at or above the threshold (for the exit status).
    pub fn fails(&self, threshold: Option<Severity>) -> bool {
        let Some(threshold) = threshold else {
            return false;
        };
        self.findings
            .iter()
            .any(|f| !f.is_suppressed() && f.severity >= threshold)
    }
}

/// Lints one source text: parse, resolve, run the rules, apply the configured severities, apply
/// suppressions, then sort and score.
pub fn check_source(path: &str, source: &str, config: &Config) -> FileReport {
    finish(path, source.to_owned(), findings(source, config))
}

/// [`check_source`] for a source the report may keep without a copy.
fn check_owned(path: &str, source: String, config: &Config) -> FileReport {
    let findings = findings(&source, config);
    finish(path, source, findings)
}

/// The findings of one file, in no particular order.
fn findings(source: &str, config: &Config) -> Vec<Finding> {
    let lang = config.lang;
    let tree = match syntax::parse(source) {
        Ok(tree) => tree,
        Err(error) => {
            // One syntax error per file is enough: no other rule runs.
            let mut findings = vec![rules::syntax_error::finding(
                &error,
                source,
                &config.vocabulary,
                lang,
            )];
            apply_levels(&mut findings, config);
            return findings;
        }
    };
    // The model's term lists: a few bytes of them for every two bytes of source at most, as a rule.
    let arena = bumpalo::Bump::with_capacity(source.len() / 2);
    let (model, unknown) = semantics::understand(&tree, &config.vocabulary, &arena);
    // Room for the findings at once (a finding is large; a dense draft has one per 200 bytes or
    // so), rather than copies of them as the vector doubles; a large file's grow as they come.
    let room = unknown.len() + (source.len() / 128).min(1024);
    let mut findings: Vec<Finding> = Vec::with_capacity(room);
    findings.extend(
        unknown
            .iter()
            .map(|u| rules::unknown_term::finding(u, source, lang)),
    );
    let cx = rules::Context {
        model: &model,
        vocab: &config.vocabulary,
        source,
        lang,
    };
    for rule in rules::REGISTRY {
        let meta = rule.meta();
        if rule.checks_model() && config.level(meta.name, meta.default_severity) != Level::Off {
            rule.check(&cx, &mut findings);
        }
    }
    rules::custom::check(&cx, &config.custom_rules, &mut findings);
    apply_levels(&mut findings, config);
    let status = |name: &str| rule_status(name, config);
    let custom: Vec<&str> = config
        .custom_rules
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    let mut about_comments = suppress::apply(source, &tree, &mut findings, &status, &custom, lang);
    apply_levels(&mut about_comments, config);
    findings.append(&mut about_comments);
    findings
}

/// Reads and lints one file: unreadable, non-UTF-8 and oversized files become an
/// `unreadable-file` finding; a leading byte-order mark is kept (the grammar skips it).
pub fn check_path(path: &Path, display: &str, config: &Config) -> FileReport {
    check_read(display, read_file(path, config.max_file_size), config)
}

/// [`check_path`] for a file that the directory walk saw as a regular file (see
/// [`read_walked_file`]).
pub fn check_walked_file(path: &Path, display: &str, config: &Config) -> FileReport {
    check_read(
        display,
        read_walked_file(path, config.max_file_size),
        config,
    )
}

fn check_read(display: &str, read: Result<String, Reason>, config: &Config) -> FileReport {
    match read {
        Ok(source) => check_owned(display, source, config),
        Err(reason) => unreadable(display, &reason, config),
    }
}

/// Lints bytes that were read elsewhere (standard input). Input over the size limit need only
/// be read to one byte past it: its size is not named, only that it is over the limit.
pub fn check_bytes(display: &str, bytes: Vec<u8>, config: &Config) -> FileReport {
    if bytes.len() as u64 > config.max_file_size {
        return unreadable(
            display,
            &Reason::TooLarge {
                size: None,
                limit: config.max_file_size,
            },
            config,
        );
    }
    match String::from_utf8(bytes) {
        Ok(source) => check_owned(display, source, config),
        Err(e) => unreadable(
            display,
            &Reason::not_utf8(e.as_bytes(), e.utf8_error().valid_up_to()),
            config,
        ),
    }
}

/// A report for a file that could not be read.
pub fn unreadable(display: &str, reason: &Reason, config: &Config) -> FileReport {
    let mut findings = vec![rules::unreadable_file::finding(reason, config.lang)];
    apply_levels(&mut findings, config);
    finish(display, String::new(), findings)
}

/// Reads a file named on the command line, of at most `limit` bytes, as UTF-8. The path is asked
/// what it is before anything is opened. A regular file is read; so is a FIFO or a character
/// device (`<(git show main:policy.guideline)`, `/dev/stdin`), as `cat` reads them: whoever names
/// a pipe means it, and opening one waits for its writer. Those have no size to go by, so they
/// are read to one byte past the limit: `/dev/zero` ends as too large, never as an endless read.
/// Anything else (a socket, a block device) is not a regular file and is not opened.
pub fn read_file(path: &Path, limit: u64) -> Result<String, Reason> {
    let io = Reason::from;
    let meta = std::fs::metadata(path).map_err(io)?;
    let size = if meta.is_file() {
        meta.len()
    } else if is_stream(&meta.file_type()) {
        0
    } else {
        return Err(Reason::NotAFile);
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // Asked before opening: another file may be in its place by now, so it is read to its end
    // (within the limit).
    read_opened(file, size, limit, false)
}

/// Whether a file of this type is a stream that can be read as a file is: a FIFO or a character
/// device.
fn is_stream(file_type: &std::fs::FileType) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        file_type.is_fifo() || file_type.is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = file_type;
        false
    }
}

/// [`read_file`] for a file that the directory walk saw as a regular file: opened first and
/// asked what it is through its descriptor, which spares the kernel a second walk of the path
/// (10 000 `stat` calls for 10 000 files). On Unix it is opened without blocking, so should a
/// FIFO have taken the file's place since the walk, the run still does not wait for a writer
/// (reading a regular file is the same either way). Elsewhere, where opening a directory fails,
/// it is read as [`read_file`] reads.
pub fn read_walked_file(path: &Path, limit: u64) -> Result<String, Reason> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let io = Reason::from;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
            .map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if !meta.is_file() {
            return Err(Reason::NotAFile);
        }
        // The size is the opened file's own: it is read as large as that (see `read_opened`).
        read_opened(file, meta.len(), limit, true)
    }
    #[cfg(not(unix))]
    read_file(path, limit)
}

/// Reads an opened file of `size` bytes (0 for a FIFO or a device), at most `limit`, as UTF-8.
///
/// With `own_size` (`size` is what the opened file's descriptor said), a file is read as large
/// as that: one `read` for most files, where reading to the end takes a second one that returns
/// nothing (10 000 of the 60 000 system calls of a check of 10 000 files). A file that grows
/// meanwhile is read as it was; one that says it is empty (as files of `/proc` do) is read to
/// its end. Otherwise, and for those, reading goes one byte past the limit, so a file that grew
/// after `metadata` is still caught; its true size is then unknown.
fn read_opened(
    file: std::fs::File,
    size: u64,
    limit: u64,
    own_size: bool,
) -> Result<String, Reason> {
    if size > limit {
        return Err(Reason::TooLarge {
            size: Some(size),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    let most = if own_size && size > 0 {
        size
    } else {
        // One byte past the limit; at the largest limit (`u64::MAX`) that is the limit itself,
        // which no file reaches.
        limit.saturating_add(1)
    };
    file.take(most)
        .read_to_end(&mut bytes)
        .map_err(Reason::from)?;
    if bytes.len() as u64 > limit {
        // Reading stopped one byte past the limit: how large the file is, is not known.
        return Err(Reason::TooLarge { size: None, limit });
    }
    String::from_utf8(bytes)
        .map_err(|e| Reason::not_utf8(e.as_bytes(), e.utf8_error().valid_up_to()))
}

/// How a rule name in a suppression comment is known.
fn rule_status(name: &str, config: &Config) -> suppress::NameStatus {
    let default = match rules::find(name) {
        Some(rule) => rule.meta().default_severity,
        None => match config.custom_rule(name) {
            Some(custom) => custom.severity,
            None => return suppress::NameStatus::Unknown,
        },
    };
    match config.level(name, default) {
        Level::Off => suppress::NameStatus::Off,
        Level::On(_) => suppress::NameStatus::Active,
    }
}

/// Applies the configured severities; drops findings of rules turned off.
fn apply_levels(findings: &mut Vec<Finding>, config: &Config) {
    findings.retain_mut(|f| match config.level(&f.rule, f.severity) {
        Level::Off => rules::is_mandatory(&f.rule),
        Level::On(severity) => {
            f.severity = severity;
            true
        }
    });
}

fn finish(path: &str, source: String, findings: Vec<Finding>) -> FileReport {
    let findings = sorted(findings);
    let (score, verdict) = score::assess(&findings);
    FileReport {
        path: path.to_owned(),
        source,
        findings,
        score,
        verdict,
    }
}

/// `findings` in report order: [`Finding::sort_key`], a stable sort. Comparing two findings by
/// their keys was most of the time of a sort (an `Option` to look into, then rule names compared
/// byte by byte wherever two findings start at one place); here each finding's key is worked out
/// once, as numbers (its start, and its rule name's first 16 bytes), and the names themselves are
/// compared only where those are equal. Then each finding is moved once into place.
fn sorted(findings: Vec<Finding>) -> Vec<Finding> {
    if findings.len() < 2 {
        return findings;
    }
    let mut keys: Vec<(usize, u128, usize)> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| (f.span.map_or(0, |s| s.start + 1), name_prefix(&f.rule), i))
        .collect();
    keys.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| findings[a.2].rule.cmp(&findings[b.2].rule))
            .then(a.2.cmp(&b.2))
    });
    let mut slots: Vec<Option<Finding>> = findings.into_iter().map(Some).collect();
    keys.into_iter()
        .map(|(_, _, i)| slots[i].take().expect("each index is in the keys once"))
        .collect()
}

/// The first 16 bytes of `name` as a number, in the order of the names: where two numbers
/// differ, the names differ the same way (a shorter name is filled with zero bytes, which no name
/// contains).
fn name_prefix(name: &str) -> u128 {
    let mut bytes = [0; 16];
    let n = name.len().min(16);
    bytes[..n].copy_from_slice(&name.as_bytes()[..n]);
    u128::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(text: &str) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, text.as_bytes()).unwrap();
        file
    }

    /// The findings come out as a stable sort by `sort_key` puts them: file-level ones first,
    /// ties at one start broken by rule names (also names alike in their first 16 bytes and names
    /// that are prefixes of others), equal keys kept in the order they came in.
    #[test]
    fn findings_are_sorted_as_by_their_keys() {
        let rules = [
            "gag-rule",
            "blanket-block",
            "missing-rationale",
            "missing-rationale-x",
            "custom/a-very-long-name-1",
            "custom/a-very-long-name-2",
            "custom/a-very-long-name",
        ];
        let mut state = 7u64;
        let mut next = |n: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) % n
        };
        for count in [0, 1, 2, 5, 20, 21, 60, 300] {
            let findings: Vec<Finding> = (0..count)
                .map(|i| {
                    let rule = rules[next(rules.len() as u64) as usize];
                    let start = next(6) as usize;
                    Finding {
                        rule: rule.into(),
                        category: finding::RuleCategory::Custom,
                        severity: Severity::Warning,
                        span: (start > 0).then(|| span::Span::new(start, start + 1)),
                        label: "".into(),
                        // Which finding this was, to see that equal keys keep their order.
                        message: i.to_string(),
                        help: None,
                        related: Vec::new(),
                        suppressed: None,
                    }
                })
                .collect();
            let mut expected = findings.clone();
            expected.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            let got = sorted(findings);
            let order = |v: &[Finding]| v.iter().map(|f| f.message.clone()).collect::<Vec<_>>();
            assert_eq!(order(&got), order(&expected), "{count} findings");
        }
    }

    /// `read_opened` on a file holding `text`, told `size` (as its own size or not).
    fn read(text: &str, size: u64, limit: u64, own_size: bool) -> Result<String, Reason> {
        let file = written(text);
        read_opened(
            std::fs::File::open(file.path()).unwrap(),
            size,
            limit,
            own_size,
        )
    }

    /// A walked file is read whole, however many reads it takes; as large as its descriptor said
    /// when it grew since; to its end when it said it was empty; and the limit holds either way.
    #[test]
    fn walked_files_are_read_as_large_as_they_said() {
        let text = "guideline \"x\" {}\n".repeat(5000);
        assert_eq!(
            read_walked_file(written(&text).path(), 1 << 20).unwrap(),
            text
        );
        assert_eq!(read_walked_file(written("").path(), 10).unwrap(), "");

        // Grown since its size was asked: read as it was.
        assert_eq!(read("abcdef", 3, 10, true).unwrap(), "abc");
        // Said it was empty (as `/proc` files do): read to its end, within the limit.
        assert_eq!(read("abcdef", 0, 10, true).unwrap(), "abcdef");
        // Read to one byte past the limit: the size is not known (not 5, what was read).
        let too_large = |r| {
            matches!(
                r,
                Err(Reason::TooLarge {
                    size: None,
                    limit: 4
                })
            )
        };
        assert!(too_large(read("abcdef", 0, 4, true)));
        // Not its own size: read to its end, within the limit.
        assert_eq!(read("abcdef", 3, 10, false).unwrap(), "abcdef");
        assert!(too_large(read("abcdef", 3, 4, false)));
        // The largest limit is one byte past nothing: the file is read, not taken as empty.
        assert_eq!(read("abcdef", 0, u64::MAX, true).unwrap(), "abcdef");
        assert_eq!(read("abcdef", 6, u64::MAX, false).unwrap(), "abcdef");
        assert_eq!(read("abcdef", 0, u64::MAX, false).unwrap(), "abcdef");
        // A size over the limit is known before reading.
        assert_eq!(
            read("abcdef", 6, 4, false),
            Err(Reason::TooLarge {
                size: Some(6),
                limit: 4
            })
        );
    }
}
