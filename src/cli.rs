//! The command line: the only module that prints, picks an output format or decides the exit
//! status.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::config::{Config, ConfigError, FailOn};
use crate::discover::{self, Exclude, NoExclude};
use crate::finding::{RuleCategory, Severity};
use crate::lang::Lang;
use crate::report::{self, human};
use crate::rules::{self, Rule};
use crate::run::{self, Input, Stream};

mod german;

/// Parses the process's command line. `--help` is German when `--lang de` is given or the locale
/// is German (`cli/german.rs`); errors and help end the process as clap does.
pub fn parse_args() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut command = Cli::command();
    let help_lang = german::help_lang(&args);
    let german = help_lang == Lang::De;
    if german {
        command = german::german(command);
    }
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(mut e) => {
            xml_means_junit(&mut e, help_lang);
            let named = german::command_named(&args, &command);
            match german::error(&e, named).filter(|_| german) {
                Some(text) => {
                    let _ = io::stderr().lock().write_all(text.as_bytes());
                    std::process::exit(2);
                }
                None => e.exit(),
            }
        }
    };
    if let Some((german::HELP, help)) = matches.subcommand() {
        let name = help.get_one::<String>("command").map(String::as_str);
        let code = match german::help_for(command, name) {
            Some(text) => {
                // A closed pipe (`| head`) is no failure for help text.
                let _ = io::stdout().lock().write_all(text.as_bytes());
                0
            }
            None => {
                let message = format!(
                    "{}: {}\n",
                    Text::Error.text(Lang::De),
                    Text::UnknownCommand(name.unwrap_or_default()).text(Lang::De)
                );
                let _ = io::stderr().lock().write_all(message.as_bytes());
                2
            }
        };
        std::process::exit(code);
    }
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// `--format xml` asks for XML: the spelling closest to it (`html`) is not what someone wiring CI
/// wants, the JUnit XML report is. clap's suggestion gives way to a tip naming `junit`.
fn xml_means_junit(error: &mut clap::Error, lang: Lang) {
    use clap::builder::StyledStr;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let asks_xml = matches!(
        error.get(ContextKind::InvalidValue),
        Some(ContextValue::String(value)) if value.eq_ignore_ascii_case("xml")
    );
    let takes_junit = matches!(
        error.get(ContextKind::ValidValue),
        Some(ContextValue::Strings(values)) if values.iter().any(|v| v == "junit")
    );
    if error.kind() != ErrorKind::InvalidValue || !asks_xml || !takes_junit {
        return;
    }
    let tip = match lang {
        Lang::En => "`--format junit` writes JUnit XML, the test report CI systems read",
        Lang::De => "`--format junit` schreibt JUnit-XML, den Testbericht, den CI-Systeme lesen",
    };
    error.remove(ContextKind::SuggestedValue);
    error.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![StyledStr::from(tip)]),
    );
}

const CHECK_EXAMPLES: &str = "\
Examples:
  guidelint check                          check every .guideline file below the current directory
  guidelint check drafts/social-media.guideline
  guidelint check --format json . > report.json
  guidelint check --fail-on warning        fail on warnings too (for CI)
  cat draft.guideline | guidelint check - --stdin-filename draft.guideline";

const MAIN_EXAMPLES: &str = "\
Examples:
  guidelint check examples                 check the bundled examples
  guidelint rules                          list every rule
  guidelint explain blanket-block          why a rule exists, with the evidence
  guidelint init                           write a starter guideline and configuration

Exit status: 0 no finding at or above --fail-on, 1 there is one, 2 the run itself failed.";

/// guidelint: a linter for company social-media guidelines.
///
/// It reads guidelines written in the Guideline language (*.guideline), flags "law and order"
/// rules such as blanket platform blocks, pre-approval of every post or surveillance of employees,
/// and says why, with the evidence, and what to write instead.
#[derive(Debug, Parser)]
#[command(name = "guidelint", version, after_help = MAIN_EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// The language of messages, help and explanations [default: the configuration's `lang`, else
    /// German when LC_ALL, LC_MESSAGES or LANG starts with `de`, else English]
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check guideline files and directories
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// Explain a rule: what it flags, why (with the evidence), a bad and a good example
    Explain {
        /// The rule's name, e.g. blanket-block or a custom rule such as acme/no-tiktok-block (any
        /// case; also as the code in check's output, guidelint::blanket-block)
        rule: String,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// List every rule (custom rules of the configuration included) with its category, default
    /// severity and summary
    Rules {
        /// Output format
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Write a starter .guidelint.yaml and social-media.guideline (never overwrites)
    Init {
        /// The directory to write into
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input [default: .]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    #[command(flatten)]
    pub config: ConfigArgs,

    /// The lowest severity that makes the run fail (overrides the configuration)
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,

    /// When to use colours (with `auto`: NO_COLOR turns them off, CLICOLOR_FORCE on, CLICOLOR=0
    /// off, in this order; else colours on a terminal)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The file name to report for standard input (`-`)
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,

    /// Apply the configuration's `exclude` globs to the paths named too (and to
    /// --stdin-filename), not only to what a directory walk finds: for pre-commit and editors,
    /// which name files one by one
    #[arg(long)]
    pub force_exclude: bool,

    /// Also list suppressed findings
    #[arg(long)]
    pub show_suppressed: bool,

    /// Only diagnostics, no summary
    #[arg(long, short)]
    pub quiet: bool,

    /// Show how often each rule fired
    #[arg(long)]
    pub statistics: bool,

    /// Worker threads (0: one per core, or RAYON_NUM_THREADS); the output does not depend on it
    #[arg(long, value_name = "N", default_value_t = 0, hide = true)]
    pub threads: usize,
}

/// Which configuration file is used.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Use this configuration file instead of looking for .guidelint.yaml / .guidelint.yml
    /// upwards from the current directory
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,

    /// Do not look for a .guidelint.yaml; use the defaults
    #[arg(long)]
    pub no_config: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
    Html,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    Error,
    Warning,
    Info,
    Never,
}

impl From<FailOnArg> for FailOn {
    fn from(value: FailOnArg) -> Self {
        match value {
            FailOnArg::Error => FailOn::Error,
            FailOnArg::Warning => FailOn::Warning,
            FailOnArg::Info => FailOn::Info,
            FailOnArg::Never => FailOn::Never,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    De,
    En,
}

impl From<LangArg> for Lang {
    fn from(value: LangArg) -> Self {
        match value {
            LangArg::De => Lang::De,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A failed run: the message goes to standard error and the exit status is 2.
#[derive(Debug)]
pub struct RunError(pub String);

/// The configuration in force: `--config FILE`, none with `--no-config`, or the first
/// `.guidelint.yaml` / `.guidelint.yml` found walking up from the current directory. An invalid
/// file is reported on standard error as a miette report (the `Err` holds the exit code).
fn load_config(
    args: &ConfigArgs,
    color: ColorChoice,
    lang_flag: Option<Lang>,
) -> Result<Config, ExitCode> {
    let mut config = read_config(args, color, lang_flag)?;
    // `Config::lang` is the one place a run takes its language from.
    config.lang = language(lang_flag, config.configured_lang);
    Ok(config)
}

fn read_config(
    args: &ConfigArgs,
    color: ColorChoice,
    lang_flag: Option<Lang>,
) -> Result<Config, ExitCode> {
    if args.no_config {
        return Ok(Config::default());
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let path = match &args.config {
        Some(path) => Some(path.clone()),
        None => crate::config::find(&cwd).map(|found| {
            // Shown relative to the current directory when it is below it.
            found
                .strip_prefix(&cwd)
                .map(std::path::Path::to_path_buf)
                .unwrap_or(found)
        }),
    };
    match path {
        None => Ok(Config::default()),
        Some(path) => Config::load(&path, &cwd).map_err(|e| {
            // In the language of the rest of the run: the file's own `lang:` counts as far as
            // the file could be read.
            let lang = language(lang_flag, e.written_lang());
            report_config_error(&e.in_lang(lang), color)
        }),
    }
}

/// Writes a configuration error to standard error, in its language; the run fails with exit
/// status 2.
fn report_config_error(error: &ConfigError, color: ColorChoice) -> ExitCode {
    let lang = error.lang();
    let colored = use_color(color, io::stderr().is_terminal());
    let text = match error.render(colored, terminal_width()) {
        // miette writes `help:` before the help: the word the findings have (`Tipp:`).
        Ok(text) => human::relabel_help(&text, human::help_label(lang)),
        Err(_) => format!("{}: {error}\n", Text::Error.text(lang)),
    };
    let _ = write!(io::stderr(), "{text}");
    ExitCode::from(2)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let flag = cli.lang.map(Lang::from);
    // The language of messages before a configuration is read (and for `init`).
    let mut lang = language(flag, None);
    let result = match cli.command {
        Command::Check(args) => match load_config(&args.config, args.color, flag) {
            Ok(config) => {
                lang = config.lang;
                check(args, config)
            }
            Err(code) => return code,
        },
        Command::Explain { rule, config } => match load_config(&config, ColorChoice::Auto, flag) {
            Ok(config) => {
                lang = config.lang;
                explain(&rule, &config)
            }
            Err(code) => return code,
        },
        Command::Rules { format, config } => match load_config(&config, ColorChoice::Auto, flag) {
            Ok(config) => {
                lang = config.lang;
                list_rules(format, &config)
            }
            Err(code) => return code,
        },
        Command::Init { dir } => init(&dir, lang),
    };
    match result {
        Ok(code) => code,
        Err(RunError(message)) => {
            let _ = writeln!(io::stderr(), "{}: {message}", Text::Error.text(lang));
            ExitCode::from(2)
        }
    }
}

/// The language of a run: `--lang`, else the configuration's, else the environment's. (For an
/// invalid configuration, "the configuration's" is its `lang:` as far as it could be read:
/// [`ConfigError::written_lang`].)
pub fn language(flag: Option<Lang>, configured: Option<Lang>) -> Lang {
    flag.or(configured).unwrap_or_else(Lang::from_env)
}

fn check(args: CheckArgs, mut config: Config) -> Result<ExitCode, RunError> {
    let lang = config.lang;
    // The command line overrides the file.
    if let Some(fail_on) = args.fail_on {
        config.fail_on = fail_on.into();
    }
    let exclude: &(dyn Exclude + Sync) = match &config.exclude {
        Some(globs) => globs,
        None => &NoExclude,
    };
    // With no path the current directory is walked and paths are shown without `./`.
    let implicit = args.paths.is_empty();
    let paths = if implicit {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let stdin_marker = PathBuf::from("-");
    let missing: Vec<String> = paths
        .iter()
        .filter(|p| **p != stdin_marker && !exists(p))
        .map(|p| discover::display(p))
        .collect();
    if !missing.is_empty() {
        return Err(RunError(Text::NotFound(&missing).text(lang)));
    }
    let stdin_named = paths.iter().filter(|p| **p == stdin_marker).count();
    if stdin_named > 1 {
        return Err(RunError(Text::StdinTwice.text(lang)));
    }
    if stdin_named == 0 && args.stdin_filename.is_some() {
        warn(&Text::StdinFilenameUnused, lang);
    }
    warn_unused_flags(&args, lang);

    // Discovery too runs on the pool: directories are walked in parallel.
    let failed = run::with_threads(args.threads, || {
        let inputs = inputs(&paths, implicit, exclude, &args, &config)?;
        report_run(inputs, &args, &config)
    })?;
    Ok(ExitCode::from(u8::from(failed)))
}

/// Whether a path named on the command line names something, be it only a broken symbolic link.
/// Trailing slashes do not count: `link/` names the link `link` as `link` does, so a broken link
/// is reported as an unreadable file either way, not as a path that does not exist.
fn exists(path: &std::path::Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
        || std::fs::symlink_metadata(path.components().as_path()).is_ok()
}

/// Writes a warning to standard error (a closed standard error is no reason to stop).
fn warn(text: &Text<'_>, lang: Lang) {
    let _ = writeln!(
        io::stderr(),
        "{}: {}",
        Text::Warning.text(lang),
        text.text(lang)
    );
}

/// Warns about `--statistics` and `--show-suppressed` where the output format has no place for
/// them, as about `--stdin-filename` without `-`: a flag is not silently ignored. Only the human
/// output counts findings per rule; JSON, SARIF and HTML list suppressed findings always, GitHub
/// annotations and JUnit never.
fn warn_unused_flags(args: &CheckArgs, lang: Lang) {
    let format = args.format;
    let Some(name) = format.to_possible_value() else {
        return;
    };
    if args.statistics && format != Format::Human {
        warn(&Text::StatisticsUnused(name.get_name()), lang);
    }
    if args.show_suppressed && matches!(format, Format::Github | Format::Junit) {
        warn(&Text::ShowSuppressedUnused(name.get_name()), lang);
    }
}

/// Warns that the directory `path` holds no file to check: none at all, or only files the
/// configuration's `exclude` globs leave out (then it says how many, and which configuration).
fn warn_nothing_to_check(path: &std::path::Path, config: &Config) {
    let shown = discover::display(path);
    // Only now is the directory walked again without the globs, to count what they left out.
    let excluded = match (&config.exclude, &config.path) {
        (Some(_), Some(config_file)) => {
            let count = discover::discover(std::slice::from_ref(&path.to_path_buf()), &NoExclude)
                .targets
                .len();
            (count > 0).then_some((count, config_file.as_str()))
        }
        _ => None,
    };
    let text = match excluded {
        Some((count, config_file)) => Text::AllExcluded {
            path: &shown,
            count,
            config_file,
        },
        None => Text::NoFiles(&shown),
    };
    warn(&text, config.lang);
}

/// What to check, in report order (checking and output happen in `run`): standard input once,
/// the files named, and the files found in the directories named.
fn inputs(
    paths: &[PathBuf],
    implicit: bool,
    exclude: &(dyn Exclude + Sync),
    args: &CheckArgs,
    config: &Config,
) -> Result<Vec<Input>, RunError> {
    let lang = config.lang;
    let stdin_marker = PathBuf::from("-");
    let mut inputs: Vec<Input> = Vec::new();
    let mut stdin_read = false;
    // An editor may pipe a file excluded by the configuration, named with `--stdin-filename`.
    let stdin_excluded = args.force_exclude
        && args
            .stdin_filename
            .as_deref()
            .is_some_and(|name| discover::force_excluded(name.as_ref(), exclude));
    // With several paths named, a file may be named twice (`a.guideline ./a.guideline`) or named
    // and found again in a directory named: it is checked and counted once, as first found.
    let mut seen = (paths.len() > 1).then(std::collections::HashSet::new);
    // Standard input read under the name of a file also named or found (an editor pipes what it
    // has not saved yet) stands for that file: the file itself is left out with a warning, so no
    // report holds two results for one path. (Only with several paths can there be one.)
    let stdin_file = args
        .stdin_filename
        .as_deref()
        .filter(|_| seen.is_some() && !stdin_excluded && paths.contains(&stdin_marker))
        .map(|name| (name, discover::identity(name.as_ref())));
    let mut stdin_file_warned = false;
    for path in paths {
        if *path == stdin_marker {
            if !stdin_read && !stdin_excluded {
                stdin_read = true;
                let mut bytes = Vec::new();
                io::stdin()
                    .take(config.max_file_size.saturating_add(1))
                    .read_to_end(&mut bytes)
                    .map_err(|e| RunError(Text::StdinUnreadable(&e).text(lang)))?;
                let name = args.stdin_filename.as_deref().unwrap_or("<stdin>");
                inputs.push(Input::Bytes {
                    display: name.to_owned(),
                    bytes,
                });
            }
            continue;
        }
        let found = if args.force_exclude && discover::force_excluded(path, exclude) {
            discover::Discovery::default()
        } else {
            discover::discover(std::slice::from_ref(path), exclude)
        };
        // A file named and left out by `--force-exclude` goes without a word: pre-commit names
        // every file staged, excluded or not. A directory that gives nothing says so.
        if found.targets.is_empty() && found.problems.is_empty() && path.is_dir() {
            warn_nothing_to_check(path, config);
        }
        inputs.reserve(found.problems.len() + found.targets.len());
        for problem in found.problems {
            inputs.push(Input::Unreadable {
                display: problem.display,
                message: problem.message,
            });
        }
        for target in found.targets {
            if let Some(seen) = &mut seen {
                let identity = discover::identity(&target.path);
                if let Some((name, stdin_identity)) = &stdin_file {
                    if identity == *stdin_identity {
                        if !std::mem::replace(&mut stdin_file_warned, true) {
                            let name = crate::lang::printable(name);
                            warn(&Text::StdinStandsForFile(&name), lang);
                        }
                        continue;
                    }
                }
                if !seen.insert(identity) {
                    continue;
                }
            }
            let mut display = target.display;
            if implicit && display.starts_with("./") {
                display.drain(..2);
            }
            inputs.push(Input::Path {
                path: target.path,
                display,
                origin: target.origin,
            });
        }
    }
    run::sort(&mut inputs);
    Ok(inputs)
}

/// Checks the inputs and writes the report; whether the run fails.
fn report_run(inputs: Vec<Input>, args: &CheckArgs, config: &Config) -> Result<bool, RunError> {
    let lang = config.lang;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let streamed: Option<Box<dyn Stream>> = match args.format {
        Format::Json => Some(Box::new(report::json::JsonStream)),
        Format::Github => Some(Box::new(report::github::GithubStream { lang })),
        Format::Sarif => match report::sarif::SarifStream::new(config) {
            Ok(sarif) => Some(Box::new(sarif)),
            Err(e) => return Err(RunError(Text::CannotWriteReport(&e).text(lang))),
        },
        Format::Human => Some(Box::new(human::HumanStream {
            style: human::Style {
                color: use_color(args.color, io::stdout().is_terminal()),
                width: terminal_width(),
                show_suppressed: args.show_suppressed,
                quiet: args.quiet,
                statistics: args.statistics,
                lang,
            },
        })),
        Format::Junit | Format::Html => None,
    };
    let run = match streamed {
        Some(format) => run::stream(inputs, config, &*format, &mut out),
        // These documents open with run-wide totals: each file's part waits in a temporary file.
        None => match args.format {
            Format::Junit => run::spool(
                inputs,
                config,
                &report::junit::JunitDocument { config },
                &mut out,
            ),
            _ => run::spool(
                inputs,
                config,
                &report::html::HtmlDocument { lang },
                &mut out,
            ),
        },
    };
    let (written, failed) = match run {
        Ok(summary) => (Ok(()), summary.failed()),
        Err(e) => (Err(e), true),
    };
    if let Err(e) = written.and_then(|()| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(RunError(Text::CannotWriteReport(&e).text(lang)));
        }
    }
    Ok(failed)
}

/// Whether to write colour to a stream that is or is not a terminal, from `--color` and the
/// environment (see [`color_from`]).
fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    color_from(choice, |name| std::env::var_os(name), terminal)
}

/// Whether to colour, first rule that applies: `--color always` or `never`; with `auto`,
/// `NO_COLOR` set and not empty turns colour off (no-color.org), `CLICOLOR_FORCE` set and not
/// `0` turns it on even when not on a terminal, `CLICOLOR=0` turns it off (bixense.com/clicolors);
/// otherwise colour only on a terminal. `env` reads an environment variable.
fn color_from(
    choice: ColorChoice,
    env: impl Fn(&str) -> Option<std::ffi::OsString>,
    terminal: bool,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if env("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else if env("CLICOLOR").is_some_and(|v| v == "0") {
                false
            } else {
                terminal
            }
        }
    }
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .unwrap_or(100)
}

fn explain(name: &str, config: &Config) -> Result<ExitCode, RunError> {
    let lang = config.lang;
    let wanted = rule_name(name);
    if let Some(custom) = config.custom_rule(&wanted) {
        let text = rules::custom::explanation(custom, config.path.as_deref(), lang);
        return write_stdout(&text, lang);
    }
    let Some(rule) = rules::find(&wanted) else {
        let names = rules::REGISTRY
            .iter()
            .map(|r| r.meta().name)
            .chain(config.custom_rules.iter().map(|r| r.name.as_str()));
        let close = rules::similar_names(&wanted, names);
        return Err(RunError(
            Text::NoSuchRule {
                name: &crate::lang::printable(name),
                close: &close,
            }
            .text(lang),
        ));
    };
    let text = explanation(rule, lang);
    write_stdout(&text, lang)
}

/// The rule a name given to `explain` means: the code human output shows
/// (`guidelint::gag-rule`) names the rule too, and case does not matter (rule names are
/// lowercase).
fn rule_name(name: &str) -> String {
    const CODE: &str = "guidelint::";
    let name = name.trim();
    let name = match name.get(..CODE.len()) {
        Some(prefix) if prefix.eq_ignore_ascii_case(CODE) => &name[CODE.len()..],
        _ => name,
    };
    name.to_lowercase()
}

/// The text of `guidelint explain RULE`.
pub fn explanation(rule: &dyn Rule, lang: Lang) -> String {
    let meta = rule.meta();
    let doc = rule.doc(lang);
    let indent = |text: &str| {
        text.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let by_default = match lang {
        Lang::En => format!("{} by default", meta.default_severity.name(lang)),
        Lang::De => format!("standardmäßig {}", meta.default_severity.name(lang)),
    };
    let (flagged, better) = lang.example_headings();
    let mut text = format!(
        "{name} ({category}, {by_default})\n\n{summary}\n\n{explanation}\n\n{flagged}\n\n{bad}\n\n{better}\n\n{good}\n",
        name = meta.name,
        category = meta.category.name(lang),
        summary = doc.summary,
        explanation = doc.explanation,
        bad = indent(doc.bad),
        good = indent(doc.good),
    );
    let sources = rules::sources::cited(doc.explanation, lang);
    if !sources.is_empty() {
        text.push('\n');
        text.push_str(rules::sources::heading(lang));
        text.push('\n');
        for (label, what) in sources {
            text.push_str(&format!("  {label}: {what}\n"));
        }
    }
    text
}

fn list_rules(format: ListFormat, config: &Config) -> Result<ExitCode, RunError> {
    let lang = config.lang;
    // (name, category, default severity, summary): built-in rules, then custom ones. JSON keeps
    // the machine names; the table speaks the run's language.
    type Row<'a> = (&'a str, RuleCategory, Severity, &'a str);
    let mut rows: Vec<Row<'_>> = rules::REGISTRY
        .iter()
        .map(|r| {
            let m = r.meta();
            (m.name, m.category, m.default_severity, r.doc(lang).summary)
        })
        .collect();
    rows.extend(config.custom_rules.iter().map(|r| {
        (
            r.name.as_str(),
            RuleCategory::Custom,
            r.severity,
            r.message.as_str(),
        )
    }));
    let text = match format {
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = rows
                .iter()
                .map(|(name, category, severity, summary)| {
                    serde_json::json!({
                        "name": name,
                        "category": category.as_str(),
                        "severity": severity.as_str(),
                        "summary": summary,
                    })
                })
                .collect();
            let mut text =
                serde_json::to_string_pretty(&list).map_err(|e| RunError(e.to_string()))?;
            text.push('\n');
            text
        }
        ListFormat::Human => {
            let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
            let mut text = String::new();
            for (name, category, severity, summary) in &rows {
                text.push_str(&format!(
                    "{name:<width$}  {:<13}  {:<7}  {summary}\n",
                    category.name(lang),
                    severity.name(lang),
                ));
            }
            text
        }
    };
    write_stdout(&text, lang)
}

fn init(dir: &std::path::Path, lang: Lang) -> Result<ExitCode, RunError> {
    use crate::starter;
    if !dir.is_dir() {
        return Err(RunError(
            Text::NotADirectory(&discover::display(dir)).text(lang),
        ));
    }
    let (config, guideline) = starter::files(lang);
    let files = [
        (dir.join(starter::CONFIG_NAME), config),
        (dir.join(starter::GUIDELINE_NAME), guideline),
    ];
    let existing: Vec<String> = files
        .iter()
        .filter(|(path, _)| std::fs::symlink_metadata(path).is_ok())
        .map(|(path, _)| discover::display(path))
        .collect();
    if !existing.is_empty() {
        return Err(RunError(Text::AlreadyExists(&existing).text(lang)));
    }
    for (path, text) in &files {
        // `create_new` refuses to replace a file that appeared in the meantime.
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(e) = written {
            return Err(RunError(
                Text::CannotWriteFile(&discover::display(path), &e).text(lang),
            ));
        }
    }
    let wrote = Text::Wrote(
        &discover::display(&files[0].0),
        &discover::display(&files[1].0),
    );
    write_stdout(&wrote.text(lang), lang)
}

fn write_stdout(text: &str, lang: Lang) -> Result<ExitCode, RunError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(RunError(Text::CannotWrite(&e).text(lang))),
    }
}

// ---- texts ---------------------------------------------------------------------------------

/// The command line's own messages (clap's usage and argument errors stay English).
enum Text<'a> {
    /// The prefix of a failed run's message.
    Error,
    /// The prefix of a warning on standard error.
    Warning,
    NotFound(&'a [String]),
    StdinTwice,
    StdinUnreadable(&'a io::Error),
    NoFiles(&'a str),
    /// Every `.guideline` file of a directory named is left out by the `exclude` globs.
    AllExcluded {
        path: &'a str,
        count: usize,
        config_file: &'a str,
    },
    /// `--stdin-filename` without `-` among the paths.
    StdinFilenameUnused,
    /// `--statistics` with an output format other than human (its name).
    StatisticsUnused(&'a str),
    /// `--show-suppressed` with an output format that never lists suppressed findings.
    ShowSuppressedUnused(&'a str),
    /// The name given with `--stdin-filename` is also a file named or found: standard input
    /// stands for it.
    StdinStandsForFile(&'a str),
    CannotWriteReport(&'a io::Error),
    NoSuchRule {
        name: &'a str,
        close: &'a [&'a str],
    },
    NotADirectory(&'a str),
    AlreadyExists(&'a [String]),
    CannotWriteFile(&'a str, &'a io::Error),
    Wrote(&'a str, &'a str),
    CannotWrite(&'a io::Error),
    /// `guidelint help NAME` for a command that does not exist.
    UnknownCommand(&'a str),
}

impl Text<'_> {
    fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::De => self.german(),
        }
    }

    fn english(&self) -> String {
        match self {
            Text::Error => "error".to_owned(),
            Text::Warning => "warning".to_owned(),
            Text::NotFound(missing) => format!(
                "{} not found: {}",
                if missing.len() == 1 { "path" } else { "paths" },
                missing.join(", ")
            ),
            Text::StdinTwice => "standard input (`-`) can be named only once".to_owned(),
            Text::StdinUnreadable(e) => format!("cannot read standard input: {e}"),
            Text::NoFiles(path) => format!("no .guideline files found in {path}"),
            Text::AllExcluded {
                path,
                count,
                config_file,
            } => format!(
                "no .guideline files to check in {path}: {count} {} left out by the `exclude` globs of {config_file}",
                if *count == 1 { "file is" } else { "files are" }
            ),
            Text::StdinFilenameUnused => "--stdin-filename only names what is read from standard input with `-`, and no `-` is among the paths: the name is not used".to_owned(),
            Text::StatisticsUnused(format) => format!("--statistics only counts findings per rule in the human output, not with `--format {format}`: the flag is not used"),
            Text::ShowSuppressedUnused(format) => format!("--show-suppressed only adds suppressed findings to the human output (json, sarif and html always list them), not to `--format {format}`: the flag is not used"),
            Text::StdinStandsForFile(name) => format!("--stdin-filename names standard input {name}, which is also a file named or found: it is checked once, as read from standard input, and the file itself is not checked"),
            Text::CannotWriteReport(e) => format!("cannot write the report: {e}"),
            Text::NoSuchRule { name, close } => {
                let hint = if close.is_empty() {
                    "`guidelint rules` lists every rule".to_owned()
                } else {
                    format!("did you mean {}?", Lang::En.join_or(close))
                };
                format!("there is no rule `{name}`; {hint}")
            }
            Text::NotADirectory(dir) => format!("{dir} is not a directory"),
            Text::AlreadyExists(existing) => format!(
                "{} already {}; guidelint init never overwrites files",
                existing.join(" and "),
                if existing.len() == 1 { "exists" } else { "exist" }
            ),
            Text::CannotWriteFile(path, e) => format!("cannot write {path}: {e}"),
            Text::Wrote(config, guideline) => format!(
                "Wrote {config} and {guideline}. Next: edit the guideline, then run `guidelint check`.\n"
            ),
            Text::CannotWrite(e) => format!("cannot write: {e}"),
            Text::UnknownCommand(name) => {
                format!("there is no command `{name}`; `guidelint --help` lists them")
            }
        }
    }

    fn german(&self) -> String {
        match self {
            Text::Error => "Fehler".to_owned(),
            Text::Warning => "Warnung".to_owned(),
            Text::NotFound(missing) => format!(
                "{} nicht gefunden: {}",
                if missing.len() == 1 { "Pfad" } else { "Pfade" },
                missing.join(", ")
            ),
            Text::StdinTwice => "Die Standardeingabe (`-`) kann nur einmal angegeben werden".to_owned(),
            Text::StdinUnreadable(e) => format!("Die Standardeingabe kann nicht gelesen werden: {e}"),
            Text::NoFiles(path) => format!("In {path} wurden keine .guideline-Dateien gefunden"),
            Text::AllExcluded {
                path,
                count,
                config_file,
            } => format!(
                "In {path} ist keine .guideline-Datei zu prüfen: {count} {} durch die `exclude`-Muster von {config_file} ausgelassen",
                if *count == 1 { "Datei wird" } else { "Dateien werden" }
            ),
            Text::StdinFilenameUnused => "--stdin-filename benennt nur, was mit `-` von der Standardeingabe gelesen wird, und unter den Pfaden ist kein `-`: Der Name wird nicht verwendet".to_owned(),
            Text::StatisticsUnused(format) => format!("--statistics zählt die Meldungen je Regel nur in der Ausgabe für Menschen, nicht mit `--format {format}`: Die Option wird nicht verwendet"),
            Text::ShowSuppressedUnused(format) => format!("--show-suppressed fügt unterdrückte Meldungen nur der Ausgabe für Menschen hinzu (json, sarif und html enthalten sie immer), nicht der von `--format {format}`: Die Option wird nicht verwendet"),
            Text::StdinStandsForFile(name) => format!("--stdin-filename nennt die Standardeingabe {name}, und so heißt auch eine angegebene oder gefundene Datei: Geprüft wird einmal, was von der Standardeingabe gelesen wird, die Datei selbst nicht"),
            Text::CannotWriteReport(e) => format!("Der Bericht kann nicht geschrieben werden: {e}"),
            Text::NoSuchRule { name, close } => {
                let hint = if close.is_empty() {
                    // `--lang de`: the list in the language of this message.
                    "`guidelint rules --lang de` listet alle Regeln auf".to_owned()
                } else {
                    format!("Meinten Sie {}?", Lang::De.join_or_ticked(close))
                };
                format!("Es gibt keine Regel `{name}`. {hint}")
            }
            Text::NotADirectory(dir) => format!("{dir} ist kein Ordner"),
            Text::AlreadyExists(existing) => format!(
                "{} {} bereits; guidelint init überschreibt nie vorhandene Dateien",
                existing.join(" und "),
                if existing.len() == 1 { "existiert" } else { "existieren" }
            ),
            Text::CannotWriteFile(path, e) => format!("{path} kann nicht geschrieben werden: {e}"),
            Text::Wrote(config, guideline) => format!(
                "{config} und {guideline} angelegt. Als Nächstes: Passen Sie die Richtlinie an und rufen Sie dann `guidelint check` auf.\n"
            ),
            Text::CannotWrite(e) => format!("Die Ausgabe kann nicht geschrieben werden: {e}"),
            Text::UnknownCommand(name) => {
                format!("Einen Befehl `{name}` gibt es nicht; `guidelint --help --lang de` listet alle auf")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`color_from`] with the given environment.
    fn color(choice: ColorChoice, vars: &[(&str, &str)], terminal: bool) -> bool {
        let env = |name: &str| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| std::ffi::OsString::from(v))
        };
        color_from(choice, env, terminal)
    }

    #[test]
    fn colour_follows_the_flag_then_no_color_then_clicolor() {
        use ColorChoice::{Always, Auto, Never};
        // auto: a terminal decides when nothing is set.
        assert!(color(Auto, &[], true));
        assert!(!color(Auto, &[], false));
        // NO_COLOR (not empty) turns colour off, also over CLICOLOR_FORCE.
        assert!(!color(Auto, &[("NO_COLOR", "1")], true));
        assert!(color(Auto, &[("NO_COLOR", "")], true));
        assert!(!color(
            Auto,
            &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
            false
        ));
        // CLICOLOR_FORCE set and not `0` forces colour, also over CLICOLOR=0.
        assert!(color(Auto, &[("CLICOLOR_FORCE", "1")], false));
        assert!(color(Auto, &[("CLICOLOR_FORCE", "yes")], false));
        assert!(color(Auto, &[("CLICOLOR_FORCE", "")], false));
        assert!(!color(Auto, &[("CLICOLOR_FORCE", "0")], false));
        assert!(color(
            Auto,
            &[("CLICOLOR_FORCE", "1"), ("CLICOLOR", "0")],
            false
        ));
        // CLICOLOR=0 turns colour off on a terminal; another value changes nothing.
        assert!(!color(Auto, &[("CLICOLOR", "0")], true));
        assert!(color(Auto, &[("CLICOLOR", "1")], true));
        assert!(!color(Auto, &[("CLICOLOR", "1")], false));
        // --color always and never win over everything.
        let all = [("NO_COLOR", "1"), ("CLICOLOR", "0")];
        assert!(color(Always, &all, false));
        assert!(!color(Never, &[("CLICOLOR_FORCE", "1")], true));
    }
}
