//! The command line: the only module that prints, picks an output format or decides the exit
//! status.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{Config, FailOn};
use crate::discover::{self, NoExclude};
use crate::lang::Lang;
use crate::report::{self, human};
use crate::rules::{self, Rule};
use crate::FileReport;

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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check guideline files and directories
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
    /// Explain a rule: what it flags, why (with the evidence), a bad and a good example
    Explain {
        /// The rule's name, e.g. blanket-block
        rule: String,
    },
    /// List every rule with its category, default severity and summary
    Rules {
        /// Output format
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
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

    /// Do not look for a .guidelint.yaml
    #[arg(long)]
    pub no_config: bool,

    /// The lowest severity that makes the run fail (overrides the configuration)
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,

    /// When to use colours (NO_COLOR is honoured with `auto`)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// The file name to report for standard input (`-`)
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,

    /// Also list suppressed findings
    #[arg(long)]
    pub show_suppressed: bool,

    /// Only diagnostics, no summary
    #[arg(long, short)]
    pub quiet: bool,

    /// Show how often each rule fired
    #[arg(long)]
    pub statistics: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
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
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A failed run: the message goes to standard error and the exit status is 2.
#[derive(Debug)]
pub struct RunError(pub String);

/// Runs a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Explain { rule } => explain(&rule),
        Command::Rules { format } => list_rules(format),
        Command::Init { dir } => init(&dir),
    };
    match result {
        Ok(code) => code,
        Err(RunError(message)) => {
            let _ = writeln!(io::stderr(), "error: {message}");
            ExitCode::from(2)
        }
    }
}

fn check(args: CheckArgs) -> Result<ExitCode, RunError> {
    let mut config = Config::default();
    if let Some(fail_on) = args.fail_on {
        config.fail_on = fail_on.into();
    }
    let _ = args.no_config;
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
        .filter(|p| **p != stdin_marker && std::fs::symlink_metadata(p).is_err())
        .map(|p| discover::display(p))
        .collect();
    if !missing.is_empty() {
        return Err(RunError(format!(
            "{} not found: {}",
            if missing.len() == 1 { "path" } else { "paths" },
            missing.join(", ")
        )));
    }
    if paths.iter().filter(|p| **p == stdin_marker).count() > 1 {
        return Err(RunError(
            "standard input (`-`) can be named only once".to_owned(),
        ));
    }

    let mut reports: Vec<FileReport> = Vec::new();
    let mut stdin_read = false;
    for path in &paths {
        if *path == stdin_marker {
            if !stdin_read {
                stdin_read = true;
                let mut bytes = Vec::new();
                io::stdin()
                    .take(config.max_file_size + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| RunError(format!("cannot read standard input: {e}")))?;
                let name = args.stdin_filename.as_deref().unwrap_or("<stdin>");
                reports.push(crate::check_bytes(name, bytes, &config));
            }
            continue;
        }
        let found = discover::discover(std::slice::from_ref(path), &NoExclude);
        if found.targets.is_empty() && found.problems.is_empty() {
            let _ = writeln!(
                io::stderr(),
                "warning: no .guideline files found in {}",
                discover::display(path)
            );
        }
        for problem in &found.problems {
            reports.push(crate::unreadable(
                &problem.display,
                &rules::unreadable_file::Reason::Io(problem.message.clone()),
                &config,
            ));
        }
        for target in &found.targets {
            let shown = match target.display.strip_prefix("./") {
                Some(rest) if implicit => rest,
                _ => &target.display,
            };
            reports.push(crate::check_path(&target.path, shown, &config));
        }
    }
    reports.sort_by(|a, b| a.path.cmp(&b.path));

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match args.format {
        Format::Json => report::json::write(&reports, &mut out),
        Format::Html => report::html::write(&reports, config.lang, &mut out),
        Format::Human => {
            let style = human::Style {
                color: use_color(args.color),
                width: terminal_width(),
                show_suppressed: args.show_suppressed,
                quiet: args.quiet,
                statistics: args.statistics,
            };
            reports
                .iter()
                .try_for_each(|r| human::write_file(r, &style, &mut out))
                .and_then(|()| human::write_summary(&reports, &style, &mut out))
        }
    }
    .and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(RunError(format!("cannot write the report: {e}")));
        }
    }
    let threshold = config.fail_on.threshold();
    let failed = reports.iter().any(|r| r.fails(threshold));
    Ok(ExitCode::from(u8::from(failed)))
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
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

fn explain(name: &str) -> Result<ExitCode, RunError> {
    let Some(rule) = rules::find(name) else {
        let names: Vec<&str> = rules::REGISTRY.iter().map(|r| r.meta().name).collect();
        let close: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| strsim::damerau_levenshtein(n, name) <= 3)
            .collect();
        let hint = if close.is_empty() {
            "`guidelint rules` lists every rule".to_owned()
        } else {
            format!("did you mean {}?", Lang::En.join_or(&close))
        };
        return Err(RunError(format!("there is no rule `{name}`; {hint}")));
    };
    let text = explanation(rule, Lang::En);
    write_stdout(&text)
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
    format!(
        "{name} ({category}, {severity} by default)\n\n{summary}\n\n{explanation}\n\nFlagged:\n\n{bad}\n\nBetter:\n\n{good}\n",
        name = meta.name,
        category = meta.category,
        severity = meta.default_severity,
        summary = doc.summary,
        explanation = doc.explanation,
        bad = indent(doc.bad),
        good = indent(doc.good),
    )
}

fn list_rules(format: ListFormat) -> Result<ExitCode, RunError> {
    let text = match format {
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = rules::REGISTRY
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "name": m.name,
                        "category": m.category.as_str(),
                        "severity": m.default_severity.as_str(),
                        "summary": r.doc(Lang::En).summary,
                    })
                })
                .collect();
            let mut text =
                serde_json::to_string_pretty(&list).map_err(|e| RunError(e.to_string()))?;
            text.push('\n');
            text
        }
        ListFormat::Human => {
            let width = rules::REGISTRY
                .iter()
                .map(|r| r.meta().name.len())
                .max()
                .unwrap_or(0);
            let mut text = String::new();
            for r in rules::REGISTRY {
                let m = r.meta();
                text.push_str(&format!(
                    "{:<width$}  {:<13}  {:<7}  {}\n",
                    m.name,
                    m.category.as_str(),
                    m.default_severity.as_str(),
                    r.doc(Lang::En).summary
                ));
            }
            text
        }
    };
    write_stdout(&text)
}

fn init(dir: &std::path::Path) -> Result<ExitCode, RunError> {
    use crate::starter;
    if !dir.is_dir() {
        return Err(RunError(format!(
            "{} is not a directory",
            discover::display(dir)
        )));
    }
    let files = [
        (dir.join(starter::CONFIG_NAME), starter::CONFIG),
        (dir.join(starter::GUIDELINE_NAME), starter::GUIDELINE),
    ];
    let existing: Vec<String> = files
        .iter()
        .filter(|(path, _)| std::fs::symlink_metadata(path).is_ok())
        .map(|(path, _)| discover::display(path))
        .collect();
    if !existing.is_empty() {
        return Err(RunError(format!(
            "{} already {}; guidelint init never overwrites files",
            existing.join(" and "),
            if existing.len() == 1 {
                "exists"
            } else {
                "exist"
            }
        )));
    }
    for (path, text) in &files {
        // `create_new` refuses to replace a file that appeared in the meantime.
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(e) = written {
            return Err(RunError(format!(
                "cannot write {}: {e}",
                discover::display(path)
            )));
        }
    }
    write_stdout(&format!(
        "Wrote {} and {}. Next: edit the guideline, then run `guidelint check`.\n",
        discover::display(&files[0].0),
        discover::display(&files[1].0)
    ))
}

fn write_stdout(text: &str) -> Result<ExitCode, RunError> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(RunError(format!("cannot write: {e}"))),
    }
}
