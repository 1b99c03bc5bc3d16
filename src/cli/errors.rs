//! clap's usage errors in the user's language. clap phrases them in English
//! only, but it hands over what went wrong (an error kind and its context:
//! the argument, the value, the suggestions): the message is made again from
//! those, one line like every other error of utilsoc, then the usage line
//! and where to read more.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::tr;

/// The text of usage error `error`, without the `error:` prefix: the message
/// on its first line, then the usage line and the pointer to `--help`.
pub fn render(error: &Error) -> String {
    let mut text = message(error);
    if let Some(usage) = text_of(error, ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        text.push_str("\n\n");
        text.push_str(&tr!("cli-usage-heading"));
        text.push(' ');
        text.push_str(usage);
    }
    text.push_str("\n\n");
    text.push_str(&tr!("cli-error-more"));
    text
}

fn get(error: &Error, kind: ContextKind) -> Option<&ContextValue> {
    error.get(kind)
}

/// A context value as one text; a list comes joined with commas.
fn text_of(error: &Error, kind: ContextKind) -> Option<String> {
    Some(match get(error, kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    })
}

fn list_of(error: &Error, kind: ContextKind) -> Vec<String> {
    match get(error, kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(list)) => list.clone(),
        _ => Vec::new(),
    }
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `message (did you mean `x`?)` when clap has a suggestion: its best one,
/// which it lists last.
fn with_suggestion(message: String, error: &Error, kind: ContextKind) -> String {
    match list_of(error, kind).last() {
        Some(best) => format!("{message} ({})", tr!("did-you-mean", suggestion = best)),
        None => message,
    }
}

fn message(error: &Error) -> String {
    let arg = text_of(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = text_of(error, ContextKind::InvalidValue).unwrap_or_default();
    let count = |kind| match get(error, kind) {
        Some(ContextValue::Number(n)) => *n as i64,
        _ => 0,
    };
    match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let name = text_of(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            with_suggestion(
                tr!("cli-error-unknown-subcommand", name = name),
                error,
                ContextKind::SuggestedSubcommand,
            )
        }
        ErrorKind::UnknownArgument => {
            let message = tr!("cli-error-unexpected-argument", name = &arg);
            // clap suggests `-- -1` for what looks like a negative number.
            if arg.starts_with('-') && arg[1..].parse::<f64>().is_ok() {
                format!("{message} ({})", tr!("cli-error-tip-escape", value = &arg))
            } else {
                with_suggestion(message, error, ContextKind::SuggestedArg)
            }
        }
        ErrorKind::InvalidValue => {
            let valid = list_of(error, ContextKind::ValidValue);
            let message = if !valid.is_empty() {
                tr!(
                    "cli-error-invalid-value-among",
                    value = &value,
                    arg = &arg,
                    values = quoted(&valid)
                )
            } else if value.is_empty() {
                tr!("cli-error-empty-value", arg = &arg)
            } else {
                tr!("cli-error-invalid-value", value = &value, arg = &arg)
            };
            with_suggestion(message, error, ContextKind::SuggestedValue)
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            tr!(
                "cli-error-value-validation",
                value = &value,
                arg = &arg,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list_of(error, ContextKind::InvalidArg);
            tr!(
                "cli-error-missing-arguments",
                count = missing.len(),
                args = quoted(&missing)
            )
        }
        ErrorKind::MissingSubcommand => {
            let name = text_of(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            let valid = list_of(error, ContextKind::ValidSubcommand);
            tr!(
                "cli-error-missing-subcommand",
                name = name,
                commands = quoted(&valid)
            )
        }
        ErrorKind::ArgumentConflict => {
            let prior = list_of(error, ContextKind::PriorArg);
            if prior.is_empty() || prior.contains(&arg) {
                tr!("cli-error-repeated", arg = &arg)
            } else {
                tr!("cli-error-conflict", arg = &arg, other = quoted(&prior))
            }
        }
        ErrorKind::TooManyValues => {
            tr!("cli-error-too-many-values", value = &value, arg = &arg)
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = match count(ContextKind::MinValues) {
                0 => count(ContextKind::ExpectedNumValues),
                n => n,
            };
            tr!(
                "cli-error-number-of-values",
                arg = &arg,
                expected = expected,
                actual = count(ContextKind::ActualNumValues)
            )
        }
        ErrorKind::NoEquals => tr!("cli-error-no-equals", arg = &arg),
        ErrorKind::InvalidUtf8 => tr!("cli-error-invalid-utf8"),
        _ => tr!("cli-error-other"),
    }
}

#[cfg(test)]
mod tests {
    use clap::{Arg, Command};

    use super::*;

    /// The first line of the error `args` make, in English (the language
    /// unit tests run in).
    fn first_line(command: Command, args: &[&str]) -> (ErrorKind, String) {
        let error = command.try_get_matches_from(args).unwrap_err();
        let text = render(&error);
        (error.kind(), text.lines().next().unwrap().to_owned())
    }

    #[test]
    fn a_wrong_number_of_values_says_how_many() {
        let command = Command::new("t").arg(Arg::new("pair").long("pair").num_args(2));
        assert_eq!(
            first_line(command, &["t", "--pair", "a"]),
            (
                ErrorKind::WrongNumberOfValues,
                "`--pair <pair> <pair>` takes 2 values, 1 given".to_owned()
            )
        );
    }

    #[test]
    fn a_value_without_equals_says_where_it_goes() {
        let command = Command::new("t").arg(Arg::new("at").long("at").require_equals(true));
        assert_eq!(
            first_line(command, &["t", "--at", "x"]),
            (
                ErrorKind::NoEquals,
                "`--at=<at>` takes its value after `=`".to_owned()
            )
        );
    }

    #[test]
    fn every_line_has_the_usage_and_the_way_to_help() {
        let command = Command::new("t").arg(Arg::new("file").required(true));
        let error = command.try_get_matches_from(["t"]).unwrap_err();
        assert_eq!(
            render(&error),
            "a required argument is missing: `<file>`\n\nUsage: t <file>\n\n\
             For more information, try `--help`."
        );
    }
}
