//! Every word clap prints in help, in the user's language. The derive types
//! of [`super`] stay the one description of the arguments; their texts are
//! replaced here, on the built `clap::Command`, by catalog messages whose keys
//! follow the command path and the argument id: `cli-score-about`,
//! `cli-score-arg-min-responses`, or `cli-arg-ID` for an argument several
//! commands share with the same meaning (the data options of `score`,
//! `report` and `check`). clap writes some words itself ("Usage",
//! "Arguments", "[possible values: …]", "Print help"): those are turned off
//! or replaced, so that nothing English is left in French help.

use std::collections::BTreeSet;

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::i18n::{self, Lang};
use crate::tr;

/// The command line with its help in the current language, built: ready to
/// parse.
pub fn command() -> Command {
    command_with(|c| c)
}

/// [`command`], changed by `adjust` before it is built (a démarche makes
/// some arguments optional).
pub fn command_with(adjust: impl FnOnce(Command) -> Command) -> Command {
    let mut command = adjust(localize(super::Cli::command(), ""));
    command.build();
    with_help_subcommand(command)
}

/// The key of `what` for the command at `path` (`""` for the program,
/// `grids-show` for `utilsoc grids show`). Every key built at run time goes
/// through here, so that tests/catalogs.rs knows them by one prefix.
fn key(path: &str, what: &str) -> String {
    if path.is_empty() {
        format!("cli-{what}")
    } else {
        format!("cli-{path}-{what}")
    }
}

/// The key of the help of argument `id` of the command at `path`: its own,
/// else the one shared by every command with this argument.
fn arg_key(path: &str, id: &str) -> String {
    let what = format!("arg-{}", id.replace('_', "-"));
    let own = key(path, &what);
    if i18n::has_message(Lang::En, &own) {
        own
    } else {
        key("", &what)
    }
}

/// The key of a value name shown in help (`<FILE>`), when it is a word
/// rather than a letter (`<N>`) or a shape (`<A,B>`).
fn value_name_key(name: &str) -> Option<String> {
    (name.chars().count() > 1 && name.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| key("", &format!("value-{}", name.to_ascii_lowercase())))
}

/// The display order of the global options, after every other option of a
/// command; help and version come last.
const LAST: usize = 1000;

fn message(key: &str) -> String {
    i18n::message(key, &[])
}

/// A section heading: clap writes a colon right after it, which French
/// typography parts from the word by a non-breaking space.
fn heading(text: String) -> String {
    match i18n::lang() {
        Lang::Fr => format!("{text}\u{a0}"),
        Lang::En => text,
    }
}

/// Translates the value name of a heading given in the derive types
/// (`next_help_heading = "data"`), and the default ones.
fn heading_of(arg: &Arg) -> String {
    heading(message(&heading_key(arg)))
}

fn heading_key(arg: &Arg) -> String {
    let what = match arg.get_help_heading() {
        Some(custom) => format!("heading-{custom}"),
        None if arg.is_positional() => "heading-arguments".to_owned(),
        None => "heading-options".to_owned(),
    };
    key("", &what)
}

fn localize(mut command: Command, path: &str) -> Command {
    command = if path.is_empty() {
        // `--help` shows the long description instead of the short one.
        let about = message(&key(path, "about"));
        let long_about = format!("{about}\n\n{}", message(&key(path, "long-about")));
        command.about(about).long_about(long_about)
    } else {
        command.about(message(&key(path, "about"))).long_about(None)
    };
    let usage = *command.get_styles().get_usage();
    command = command
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr!("cli-usage-heading")
        ))
        .subcommand_help_heading(heading(tr!("cli-heading-commands")))
        .subcommand_value_name(tr!("cli-value-command"))
        .disable_help_flag(true)
        .disable_version_flag(true);

    // `mut_arg` moves the argument last: going through positionals first
    // keeps their section above the options, as clap lays it out by default.
    let mut ids: Vec<(bool, String)> = command
        .get_arguments()
        .map(|a| (!a.is_positional(), a.get_id().to_string()))
        .collect();
    ids.sort_by_key(|(option, _)| *option);
    for (_, id) in ids {
        command = command.mut_arg(&id, |arg| localize_arg(arg, path));
    }

    let long_help = command.get_long_about().is_some();
    let options = heading(tr!("cli-heading-options"));
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(LAST + 1)
        .help_heading(options.clone());
    command = command.arg(if long_help {
        help.help(tr!("cli-help-short"))
            .long_help(tr!("cli-help-long"))
    } else {
        help.help(tr!("cli-help"))
    });
    command = command.arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(tr!("cli-version"))
            .display_order(LAST + 2)
            .help_heading(options),
    );

    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |c| localize(c, &sub_path));
    }
    command
}

fn localize_arg(mut arg: Arg, path: &str) -> Arg {
    let mut help = message(&arg_key(path, arg.get_id().as_str()));
    if arg.get_action().takes_values() {
        let values: Vec<String> = arg
            .get_value_parser()
            .possible_values()
            .map(|values| {
                values
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        if !values.is_empty() && !arg.is_hide_possible_values_set() {
            help.push(' ');
            help.push_str(&tr!("cli-possible-values", values = values.join(", ")));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !arg.is_hide_default_value_set() {
            help.push(' ');
            help.push_str(&tr!("cli-default-value", value = defaults.join(", ")));
        }
        let names: Vec<String> = value_names(&arg)
            .into_iter()
            .map(|name| value_name_key(&name).map_or(name, |key| message(&key)))
            .collect();
        // clap would add these in English: they are in `help` already.
        arg = arg
            .value_names(names)
            .hide_possible_values(true)
            .hide_default_value(true);
    }
    if arg.is_global_set() {
        // Given to every subcommand: after the subcommand's own options.
        arg = arg.display_order(LAST);
    }
    let heading = heading_of(&arg);
    arg.help(help).help_heading(heading)
}

/// The names clap shows for the values of `arg`: those the derive types
/// give, else its id in capitals, as clap does.
fn value_names(arg: &Arg) -> Vec<String> {
    match arg.get_value_names() {
        Some(names) if !names.is_empty() => names.iter().map(|n| n.to_string()).collect(),
        _ => vec![arg.get_id().as_str().to_ascii_uppercase()],
    }
}

/// clap adds the `help` subcommand when it builds the command: only then can
/// its description be set.
fn with_help_subcommand(mut command: Command) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |c| {
            if c.get_name() == "help" {
                c.about(tr!("cli-help-about"))
            } else {
                with_help_subcommand(c)
            }
        });
    }
    command
}

/// Every key the help can ask for, for tests/catalogs.rs: the description of
/// every command and of every argument, and every value name that is a word.
pub fn message_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    collect_keys(&super::Cli::command(), "", &mut keys);
    keys
}

fn collect_keys(command: &Command, path: &str, keys: &mut BTreeSet<String>) {
    keys.insert(key(path, "about"));
    if path.is_empty() {
        keys.insert(key(path, "long-about"));
    }
    for arg in command.get_arguments() {
        keys.insert(arg_key(path, arg.get_id().as_str()));
        keys.insert(heading_key(arg));
        if arg.get_action().takes_values() {
            keys.extend(value_names(arg).iter().filter_map(|n| value_name_key(n)));
        }
    }
    for sub in command.get_subcommands() {
        let sub_path = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        collect_keys(sub, &sub_path, keys);
    }
}
