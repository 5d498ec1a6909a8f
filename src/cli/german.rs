//! The command line's own help in German: `guidelint --lang de --help`, or `--help` with a
//! German locale. clap's derive takes its texts from the doc comments in `cli.rs` (English);
//! here the same command is given German texts, headings and examples before it parses.
//!
//! The configuration's `lang:` cannot count here, as the configuration is read after the command
//! line. clap's error messages for a mistyped command line ("unexpected argument …") are put into
//! German by [`error`] from what clap knows about the error; kinds it does not know stay English.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::lang::Lang;

/// The language of `--help`: `--lang` wherever it stands on the command line, else the locale.
pub fn help_lang(args: &[OsString]) -> Lang {
    let mut value = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            value = args.next();
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            value = Some(v);
        }
    }
    match value {
        Some("de") => Lang::De,
        Some("en") => Lang::En,
        _ => Lang::from_env(),
    }
}

/// The command whose options a command line gives (`check` in `guidelint --lang de check
/// --formt`): the first argument that is not the global `--lang` with its value, if it names a
/// command of `command` that has a `--help`. `None` when an option or anything else comes
/// first: a mistake there is one of the program's own options or in the command's name.
pub fn command_named<'a>(args: &'a [OsString], command: &Command) -> Option<&'a str> {
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_str()?;
        if arg == "--lang" {
            args.next();
        } else if !arg.starts_with("--lang=") {
            // `help` has no `--help` of its own.
            return command
                .get_subcommands()
                .any(|c| c.get_name() == arg && arg != HELP)
                .then_some(arg);
        }
    }
    None
}

/// Where to read more after a mistake: the German help of the command the mistake is in
/// (`guidelint check --help --lang de`), or of the program.
fn more(command: Option<&str>) -> String {
    match command {
        Some(name) => format!("`guidelint {name} --help --lang de`"),
        None => "`guidelint --help --lang de`".to_owned(),
    }
}

/// clap's error for a mistyped command line in German, or `None` for kinds this does not know
/// (clap's English message is shown then) and for help and version output. `command` is the
/// command the mistake is in ([`command_named`]); the last line points at its help, as clap's
/// English "try '--help'" points at the help of the command it was typed after.
pub fn error(e: &clap::Error, command: Option<&str>) -> Option<String> {
    let text = |kind: ContextKind| match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let list = |kind: ContextKind| match e.get(kind)? {
        ContextValue::Strings(list) => Some(list.clone()),
        ContextValue::StyledStrs(list) => Some(list.iter().map(ToString::to_string).collect()),
        ContextValue::String(s) => Some(vec![s.clone()]),
        ContextValue::StyledStr(s) => Some(vec![s.to_string()]),
        _ => None,
    };
    let quoted = |items: &[String]| Lang::De.join_or(&crate::lang::ticked(items));
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let mut message = match e.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => format!("unbekannte Option `{arg}`"),
        ErrorKind::UnknownArgument => format!("unerwartetes Argument `{arg}`"),
        ErrorKind::InvalidSubcommand => format!(
            "unbekannter Befehl `{}`",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let mut m = if value.is_empty() {
                format!("`{arg}` braucht einen Wert")
            } else {
                format!("`{value}` ist kein gültiger Wert für `{arg}`")
            };
            if let Some(valid) = list(ContextKind::ValidValue) {
                m.push_str(&format!("\n  möglich sind: {}", quoted(&valid)));
            }
            m
        }
        ErrorKind::ValueValidation => format!(
            "`{}` ist kein gültiger Wert für `{arg}`",
            text(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = list(ContextKind::InvalidArg).unwrap_or_default();
            // `explain`'s rule is the only required argument; it is named in words.
            if missing == ["<REGEL>"] {
                "Es fehlt der Name einer Regel (`<REGEL>`)".to_owned()
            } else {
                format!("Es fehlt: {}", quoted(&missing))
            }
        }
        ErrorKind::MissingSubcommand => "Es fehlt ein Befehl, zum Beispiel `check`".to_owned(),
        ErrorKind::ArgumentConflict => match text(ContextKind::PriorArg) {
            Some(prior) => {
                format!("`{arg}` und `{prior}` können nicht zusammen angegeben werden")
            }
            None => format!("`{arg}` kann hier nicht angegeben werden"),
        },
        ErrorKind::TooManyValues => format!(
            "zu viele Werte für `{arg}`: `{}`",
            text(ContextKind::InvalidValue).unwrap_or_default()
        ),
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("`{arg}` hat nicht die richtige Zahl von Werten")
        }
        // Help and version output, and kinds that cannot happen with this command line.
        _ => return None,
    };
    let suggestions: Vec<String> = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .filter_map(list)
    .flatten()
    .collect();
    if !suggestions.is_empty() {
        message.push_str(&format!(
            "\n\n  Tipp: Meinten Sie {}?",
            quoted(&suggestions)
        ));
    }
    // Tips in words: ours are German already (`junit` for `--format xml`); clap's own for a
    // value that looks like an option is put into German.
    for tip in list(ContextKind::Suggested).unwrap_or_default() {
        message.push_str(&format!("\n\n  Tipp: {}", german_tip(&tip)));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        message.push_str(&format!("\n\nAufruf: {usage}"));
    }
    Some(format!(
        "Fehler: {message}\n\nMehr dazu: {}\n",
        more(command)
    ))
}

/// clap's tip for a value that looks like an option ("to pass '--x' as a value, use '-- --x'")
/// in German; any other tip as it is.
fn german_tip(tip: &str) -> String {
    let parts = tip
        .strip_prefix("to pass '")
        .and_then(|rest| rest.split_once("' as a value, use '"))
        .and_then(|(value, rest)| Some((value, rest.strip_suffix('\'')?)));
    match parts {
        Some((value, written)) => {
            format!("Wenn Sie `{value}` als Wert meinen, schreiben Sie `{written}`")
        }
        None => tip.to_owned(),
    }
}

const TEMPLATE: &str = "\
{before-help}{about-with-newline}
Aufruf: {usage}

{all-args}{after-help}";

const OPTIONS: &str = "Optionen";
const ARGUMENTS: &str = "Argumente";

const MAIN_EXAMPLES: &str = "\
Beispiele:
  guidelint check examples                 die mitgelieferten Beispiele prüfen
  guidelint rules                          alle Regeln auflisten
  guidelint explain blanket-block          warum es eine Regel gibt, mit den Belegen
  guidelint init                           eine Start-Richtlinie und eine Konfiguration anlegen

Rückgabewert: 0 keine Meldung ab --fail-on, 1 mindestens eine, 2 der Aufruf selbst ist gescheitert.";

const CHECK_EXAMPLES: &str = "\
Beispiele:
  guidelint check                          alle .guideline-Dateien hier und darunter prüfen
  guidelint check entwuerfe/social-media.guideline
  guidelint check --format json . > bericht.json
  guidelint check --fail-on warning        auch bei Warnungen fehlschlagen (für CI)
  cat entwurf.guideline | guidelint check - --stdin-filename entwurf.guideline";

/// `-h`/`--help` and `-V`/`--version` of our own, so that they have German texts too.
fn help_and_version(command: Command, version: bool) -> Command {
    let command = command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help("Hilfe anzeigen")
            .help_heading(OPTIONS),
    );
    if !version {
        return command;
    }
    command.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help("Version anzeigen")
            .help_heading(OPTIONS),
    )
}

fn option(arg: Arg, help: &'static str) -> Arg {
    arg.help(help).help_heading(OPTIONS)
}

/// An option with values: clap's `[default: …]` and `[possible values: …]` are English, so the
/// German help names them itself.
fn choice(arg: Arg, help: &'static str) -> Arg {
    option(arg, help)
        .hide_default_value(true)
        .hide_possible_values(true)
}

fn argument(arg: Arg, help: &'static str) -> Arg {
    arg.help(help).help_heading(ARGUMENTS)
}

/// The configuration options `check`, `explain` and `rules` share.
fn config_options(command: Command) -> Command {
    command
        .mut_arg("config", |a| {
            option(
                a.value_name("DATEI"),
                "Diese Konfigurationsdatei verwenden, statt von hier aus aufwärts nach \
                 `.guidelint.yaml` / `.guidelint.yml` zu suchen",
            )
        })
        .mut_arg("no_config", |a| {
            option(
                a,
                "Keine `.guidelint.yaml` suchen; die Voreinstellungen gelten",
            )
        })
}

/// Every subcommand: the German template and help flag (the global `--lang` comes from the
/// top-level command, German text included).
fn sub(command: Command) -> Command {
    help_and_version(command.help_template(TEMPLATE), false)
}

/// The name of the German command's own `help` subcommand.
pub const HELP: &str = "help";

/// The answer to `guidelint help [BEFEHL]` in German: the help of the command (or of the whole
/// program), as `--help` gives it; `None` for a command that does not exist.
pub fn help_for(mut command: Command, name: Option<&str>) -> Option<String> {
    let mut target = match name {
        Some(name) => command.find_subcommand_mut(name)?.clone(),
        None => command,
    };
    Some(target.render_long_help().to_string())
}

/// The command of `cli.rs` with German texts.
pub fn german(command: Command) -> Command {
    let command = help_and_version(command, true)
        .about("guidelint: ein Prüfwerkzeug für Social-Media-Richtlinien von Unternehmen")
        .long_about(
            "guidelint: ein Prüfwerkzeug für Social-Media-Richtlinien von Unternehmen.\n\n\
             Es liest Richtlinien in der Guideline-Sprache (*.guideline), findet Regeln nach dem \
             Muster „Law & Order“ wie pauschale Sperren von Plattformen, die Freigabe jedes \
             Beitrags oder die Überwachung von Beschäftigten, und sagt, warum (mit den Belegen) \
             und was stattdessen in die Richtlinie gehört.",
        )
        .after_help(MAIN_EXAMPLES)
        .help_template(TEMPLATE)
        .subcommand_help_heading("Befehle")
        .subcommand_value_name("BEFEHL")
        .override_usage("guidelint [OPTIONEN] <BEFEHL>")
        // clap's `help` subcommand has an English text; ours is answered by `help_for`.
        .disable_help_subcommand(true)
        .subcommand(
            Command::new(HELP)
                .about("Diese Hilfe oder die Hilfe eines Befehls anzeigen")
                .override_usage("guidelint help [BEFEHL]")
                .help_template(TEMPLATE)
                .disable_help_flag(true)
                .arg(
                    Arg::new("command")
                        .value_name("BEFEHL")
                        .help("Der Befehl, dessen Hilfe angezeigt wird")
                        .help_heading(ARGUMENTS),
                ),
        )
        .mut_arg("lang", |a| {
            choice(
                a.value_name("SPRACHE"),
                "Die Sprache der Meldungen, Hinweise und Erklärungen: de oder en \
                 [Voreinstellung: `lang` aus der Konfiguration, sonst Deutsch, wenn LC_ALL, \
                 LC_MESSAGES oder LANG mit `de` beginnt, sonst Englisch]",
            )
        });
    command
        .mut_subcommand("check", |c| {
            config_options(sub(c))
                .about("Richtlinien prüfen: Dateien und Ordner")
                .override_usage("guidelint check [OPTIONEN] [PFAD]...")
                .after_help(CHECK_EXAMPLES)
                .mut_arg("paths", |a| {
                    argument(
                        a,
                        "Zu prüfende Dateien oder Ordner; `-` liest die Standardeingabe \
                         [Voreinstellung: .]",
                    )
                })
                .mut_arg("paths", |a| a.value_name("PFAD"))
                .mut_arg("format", |a| {
                    choice(
                        a,
                        "Ausgabeformat: human, json, sarif, github, junit oder html \
                         [Voreinstellung: human]",
                    )
                })
                .mut_arg("fail_on", |a| {
                    choice(
                        a.value_name("SCHWEREGRAD"),
                        "Der niedrigste Schweregrad, bei dem die Prüfung fehlschlägt: error, \
                         warning, info oder never (hat Vorrang vor der Konfiguration)",
                    )
                })
                .mut_arg("color", |a| {
                    choice(
                        a.value_name("WANN"),
                        "Wann Farben verwendet werden: auto, always oder never (bei `auto` schaltet \
                         NO_COLOR sie aus, CLICOLOR_FORCE ein, CLICOLOR=0 aus, in dieser \
                         Reihenfolge; sonst Farben im Terminal) [Voreinstellung: auto]",
                    )
                })
                .mut_arg("stdin_filename", |a| {
                    option(
                        a,
                        "Der Dateiname, unter dem die Standardeingabe (`-`) erscheint",
                    )
                })
                .mut_arg("force_exclude", |a| {
                    option(
                        a,
                        "Die `exclude`-Muster der Konfiguration auch auf die angegebenen Pfade \
                         (und auf --stdin-filename) anwenden, nicht nur auf das, was beim \
                         Durchsuchen von Ordnern gefunden wird: für pre-commit und \
                         Editoren, die Dateien einzeln angeben",
                    )
                })
                .mut_arg("show_suppressed", |a| {
                    option(a, "Auch unterdrückte Meldungen zeigen")
                })
                .mut_arg("quiet", |a| {
                    option(a, "Nur die Meldungen, keine Zusammenfassung")
                })
                .mut_arg("statistics", |a| {
                    option(a, "Zeigen, wie oft jede Regel angeschlagen hat")
                })
                .mut_arg("threads", |a| a.help_heading(OPTIONS))
        })
        .mut_subcommand("explain", |c| {
            config_options(sub(c))
                .about(
                    "Eine Regel erklären: was sie findet, warum (mit den Belegen), ein schlechtes \
                     und ein gutes Beispiel",
                )
                .override_usage("guidelint explain [OPTIONEN] <REGEL>")
                .mut_arg("rule", |a| {
                    argument(
                        a.value_name("REGEL"),
                        "Der Name der Regel, z. B. blanket-block oder eine eigene Regel wie \
                         acme/no-tiktok-block (Groß- und Kleinschreibung spielt keine Rolle; auch als Code aus \
                         der Ausgabe von check, guidelint::blanket-block)",
                    )
                })
        })
        .mut_subcommand("rules", |c| {
            config_options(sub(c))
                .about(
                    "Alle Regeln auflisten (auch die eigenen der Konfiguration), mit Kategorie, \
                     voreingestelltem Schweregrad und Zusammenfassung",
                )
                .override_usage("guidelint rules [OPTIONEN]")
                .mut_arg("format", |a| {
                    choice(a, "Ausgabeformat: human oder json [Voreinstellung: human]")
                })
        })
        .mut_subcommand("init", |c| {
            sub(c)
                .about(
                    "Eine Start-Konfiguration `.guidelint.yaml` und eine Start-Richtlinie \
                     `social-media.guideline` anlegen (überschreibt nie)",
                )
                .override_usage("guidelint init [OPTIONEN] [ORDNER]")
                .mut_arg("dir", |a| {
                    argument(
                        a.value_name("ORDNER").hide_default_value(true),
                        "Der Ordner, in dem die Dateien angelegt werden [Voreinstellung: .]",
                    )
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    /// clap's own consistency checks, for the English command and for its German version (a
    /// `mut_arg` naming an argument that does not exist would fail here).
    #[test]
    fn both_commands_pass_claps_checks() {
        use clap::CommandFactory;
        super::super::Cli::command().debug_assert();
        german(super::super::Cli::command()).debug_assert();
    }

    #[test]
    fn the_help_subcommand_answers_in_german() {
        use clap::CommandFactory;
        let command = german(super::super::Cli::command());
        let check = help_for(command.clone(), Some("check")).unwrap();
        assert!(check.contains("Aufruf: guidelint check"), "{check}");
        let all = help_for(command.clone(), None).unwrap();
        assert!(all.contains("Befehle:") && all.contains("help "), "{all}");
        assert_eq!(help_for(command, Some("frobnicate")), None);
    }

    /// A mistake after a command points at that command's help; one before it, or in its name,
    /// at the program's.
    #[test]
    fn mistakes_point_at_the_help_of_their_command() {
        use clap::CommandFactory;
        let command = german(super::super::Cli::command());
        let named = |list: &[&str]| command_named(&args(list), &command).map(str::to_owned);
        assert_eq!(named(&["g", "check", "--formt"]), Some("check".into()));
        assert_eq!(
            named(&["g", "--lang", "de", "explain", "--x"]),
            Some("explain".into())
        );
        assert_eq!(
            named(&["g", "--lang=de", "rules", "a"]),
            Some("rules".into())
        );
        assert_eq!(named(&["g", "--bogus", "check"]), None);
        assert_eq!(named(&["g", "--lang", "de", "pruefen"]), None);
        assert_eq!(named(&["g", "help", "--x"]), None);
        assert_eq!(named(&["g", "--lang", "de"]), None);
        assert_eq!(more(Some("check")), "`guidelint check --help --lang de`");
        assert_eq!(more(None), "`guidelint --help --lang de`");
    }

    #[test]
    fn the_help_language_comes_from_lang_anywhere() {
        assert_eq!(help_lang(&args(&["g", "--lang", "de", "--help"])), Lang::De);
        assert_eq!(
            help_lang(&args(&["g", "check", "--help", "--lang=de"])),
            Lang::De
        );
        assert_eq!(
            help_lang(&args(&["g", "--lang", "de", "--lang", "en"])),
            Lang::En
        );
        // After `--` it is a path, not an option.
        assert_eq!(
            help_lang(&args(&["g", "check", "--lang", "en", "--", "--lang=de"])),
            Lang::En
        );
    }
}
