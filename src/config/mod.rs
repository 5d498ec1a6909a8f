//! The configuration in force for a run (SPEC §8): `.guidelint.yaml`, found by walking up from
//! the current directory or named with `--config`. Only the `yaml` module reads YAML; the rest of the
//! crate sees the plain [`Config`].

mod error;
mod outline;
mod text;
mod yaml;

use std::path::{Path, PathBuf};

use globset::{GlobSet, GlobSetBuilder};
use rustc_hash::FxHashMap;

pub use error::ConfigError;
pub use yaml::{REGEX_MAX_LEN, REGEX_SIZE_LIMIT};

use crate::discover::{without_dots, Exclude};
use crate::finding::Severity;
use crate::lang::Lang;
use crate::rules::custom::CustomRule;
use crate::rules::unreadable_file::Reason;
use crate::semantics::Vocabulary;
use text::ErrorKind;
use yaml::written_lang;

/// The names looked for in every directory, in this order.
pub const FILE_NAMES: [&str; 2] = [".guidelint.yaml", ".guidelint.yml"];

/// Configuration files larger than this are refused.
pub const MAX_CONFIG_SIZE: u64 = 16 * 1024 * 1024;

/// Default size limit for a guideline file (SPEC §4, `unreadable-file`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

/// The lowest severity that fails the run, or never.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn parse(text: &str) -> Option<FailOn> {
        match text {
            "error" => Some(FailOn::Error),
            "warning" => Some(FailOn::Warning),
            "info" => Some(FailOn::Info),
            "never" => Some(FailOn::Never),
            _ => None,
        }
    }

    /// The lowest severity that fails the run.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

/// A per-rule severity override.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

/// Everything that shapes a check, whatever its source.
#[derive(Clone, Debug)]
pub struct Config {
    pub fail_on: FailOn,
    /// Severity overrides by rule name.
    pub levels: FxHashMap<String, Level>,
    pub vocabulary: Vocabulary,
    pub max_file_size: u64,
    pub lang: Lang,
    /// The `lang:` of the configuration file, if it has one (the command line's `--lang` wins
    /// over it, and it wins over the environment).
    pub configured_lang: Option<Lang>,
    /// The `exclude` globs, applied to paths found by the walk.
    pub exclude: Option<Excludes>,
    /// The organisation's own rules, in file order.
    pub custom_rules: Vec<CustomRule>,
    /// The file this configuration was read from, as shown in messages.
    pub path: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            fail_on: FailOn::Error,
            levels: FxHashMap::default(),
            vocabulary: Vocabulary::builtin(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            lang: Lang::En,
            configured_lang: None,
            exclude: None,
            custom_rules: Vec::new(),
            path: None,
        }
    }
}

impl Config {
    /// The effective level of a rule with the given default.
    pub fn level(&self, rule: &str, default: Severity) -> Level {
        self.levels.get(rule).copied().unwrap_or(Level::On(default))
    }

    /// The custom rule called `name`.
    pub fn custom_rule(&self, name: &str) -> Option<&CustomRule> {
        self.custom_rules.iter().find(|r| r.name == name)
    }

    /// Reads a configuration file. `cwd` is the directory relative paths are resolved against
    /// (the current directory); `exclude` globs are relative to the file's directory.
    pub fn load(path: &Path, cwd: &Path) -> Result<Config, ConfigError> {
        let shown = crate::discover::display(path);
        // Why, in the words an unreadable guideline gets (never the system's "(os error 2)").
        let unreadable = |why: Reason| {
            ConfigError::plain(&ErrorKind::CannotRead {
                file: shown.clone(),
                why,
            })
        };
        let meta = std::fs::metadata(path).map_err(|e| unreadable(e.into()))?;
        if !meta.is_file() {
            return Err(unreadable(Reason::NotAFile));
        }
        if meta.len() > MAX_CONFIG_SIZE {
            return Err(ConfigError::plain(&ErrorKind::TooLarge {
                file: shown,
                size: meta.len(),
            }));
        }
        let bytes = std::fs::read(path).map_err(|e| unreadable(e.into()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid_up_to = e.utf8_error().valid_up_to();
            // The file's `lang:` still counts when it comes before the first byte that is not
            // UTF-8 (a file saved as Windows-1252 with an umlaut further down).
            let valid = e.as_bytes().get(..valid_up_to).unwrap_or_default();
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            unreadable(Reason::not_utf8(e.as_bytes(), valid_up_to)).with_written_lang(written_lang(
                valid.strip_prefix('\u{feff}').unwrap_or(valid),
            ))
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let base = without_dots(&cwd.join(path))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        Config::from_yaml(&shown, text, &base, cwd)
    }

    /// A configuration from YAML text; `name` is shown in errors, `base` is the directory the
    /// `exclude` globs are relative to, `cwd` the directory relative checked paths start from.
    pub fn from_yaml(
        name: &str,
        text: &str,
        base: &Path,
        cwd: &Path,
    ) -> Result<Config, ConfigError> {
        let parsed = yaml::parse(name, text)?;
        let mut config = Config {
            vocabulary: parsed.vocabulary,
            custom_rules: parsed.custom_rules,
            path: Some(name.to_owned()),
            ..Config::default()
        };
        if let Some(fail_on) = parsed.fail_on {
            config.fail_on = fail_on;
        }
        config.levels.extend(parsed.levels);
        if let Some(size) = parsed.max_file_size {
            config.max_file_size = size;
        }
        if let Some(lang) = parsed.lang {
            config.lang = lang;
            config.configured_lang = Some(lang);
        }
        if !parsed.exclude.is_empty() {
            let (mut any, mut folders) = (GlobSetBuilder::new(), GlobSetBuilder::new());
            for exclude in parsed.exclude {
                match exclude.folders_only {
                    true => folders.add(exclude.glob),
                    false => any.add(exclude.glob),
                };
            }
            // Every glob compiled on its own; a set of valid globs always builds.
            let written = config.configured_lang;
            let build = |set: GlobSetBuilder| {
                set.build().map_err(|e| {
                    ConfigError::plain(&ErrorKind::Excludes {
                        file: name.to_owned(),
                        error: e.to_string(),
                    })
                    .with_written_lang(written)
                })
            };
            config.exclude = Some(Excludes {
                base: without_dots(&cwd.join(base)),
                cwd: cwd.to_path_buf(),
                globs: build(any)?,
                folder_globs: build(folders)?,
            });
        }
        Ok(config)
    }
}

/// The first `.guidelint.yaml` or `.guidelint.yml` in `start` or one of its ancestors. The first
/// one there is wins, whatever it is: a broken symlink, a directory or a FIFO of that name is
/// found too (and then refused by [`Config::load`], which asks what it is before opening it, so
/// a FIFO does not block), never passed over for a parent's configuration or the defaults.
pub fn find(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|path| path.symlink_metadata().is_ok())
    })
}

/// The `exclude` globs of a configuration, relative to its directory.
#[derive(Clone, Debug)]
pub struct Excludes {
    /// The configuration file's directory, absolute.
    base: PathBuf,
    /// The current directory, for relative walk paths.
    cwd: PathBuf,
    /// Globs for files and folders.
    globs: GlobSet,
    /// Globs written with a trailing `/`, for folders only.
    folder_globs: GlobSet,
}

impl Excludes {
    /// The path relative to the configuration's directory, with `/` separators; `None` for a
    /// path outside it.
    fn relative(&self, path: &Path) -> Option<String> {
        let absolute = without_dots(&self.cwd.join(path));
        let relative = absolute.strip_prefix(&self.base).ok()?;
        let parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    }
}

impl Exclude for Excludes {
    fn excludes(&self, path: &Path, is_dir: bool) -> bool {
        self.relative(path).is_some_and(|rel| {
            !rel.is_empty()
                && (self.globs.is_match(rel.as_str())
                    || (is_dir && self.folder_globs.is_match(rel.as_str())))
        })
    }
}

#[cfg(test)]
mod tests;
