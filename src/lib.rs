//! utilsoc: evaluate the social utility (utilité sociale) of associations and
//! other social and solidarity economy organisations.
//!
//! The library holds everything; the binary only calls [`main`]. The core
//! modules (`grid`, `diag`, `text`) never print and never see clap types: the
//! command layer (`cli`, `cmd`) turns arguments into plain values, calls the core
//! and renders what comes back.

pub mod cli;
pub mod cmd;
pub mod demarche;
pub mod diag;
pub mod evaluation;
pub mod exit;
pub mod grid;
pub mod i18n;
pub mod input;
pub mod interactive;
pub mod judgement;
pub mod number;
pub mod output;
pub mod period;
pub mod report;
pub mod role;
pub mod score;
pub mod terminal;
pub mod text;

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use crate::cli::{ColorArg, LangArg};
use crate::exit::Exit;
use crate::i18n::Lang;
use crate::terminal::{ColorChoice, Stream};

/// Parses `args`, runs the command and turns the outcome into an exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    // Help and usage errors are printed while the line is read: the
    // language is decided before, the way `--lang` would decide it.
    i18n::set_lang(cli::lang_asked(&args).unwrap_or_else(Lang::from_env));
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e).into(),
    };
    i18n::set_lang(match cli.lang {
        Some(LangArg::Fr) => Lang::Fr,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    });
    let choice = match cli.color {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    };
    let ui = cmd::Ui {
        color_out: terminal::color(choice, Stream::Stdout),
        color_err: terminal::color(choice, Stream::Stderr),
        quiet: cli.quiet,
        // Each command that reads a démarche says whether to ignore it.
        no_demarche: false,
    };
    match cmd::run(cli.command, &ui) {
        Ok(exit) => exit.into(),
        Err(e) if is_broken_pipe(e.error()) => Exit::Success.into(),
        Err(e) => {
            // Errors quote user values, which must not drive the terminal.
            let message = format!("{:#}", e.error());
            let _ = writeln!(
                io::stderr(),
                "{}: {}",
                tr!("error-prefix"),
                text::clean(&message)
            );
            e.exit().into()
        }
    }
}

/// Prints what clap stopped at: help or the version on standard output, a
/// usage error on standard error, in the user's language and shaped like
/// every other error.
fn usage_error(e: &clap::Error) -> Exit {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            Exit::Success
        }
        // The help itself, on standard error: `utilsoc` alone.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            Exit::Failure
        }
        _ => {
            let message = format!("{}: {}", tr!("error-prefix"), cli::render_error(e));
            // The message quotes what the user typed, long values included: it
            // wraps on words, not wherever the terminal cuts it.
            let width = usize::from(terminal::width(Stream::Stderr));
            let wrapped: Vec<_> = text::clean(&message)
                .lines()
                .map(|line| textwrap::fill(line, width))
                .collect();
            let _ = writeln!(io::stderr(), "{}", wrapped.join("\n"));
            Exit::Failure
        }
    }
}

/// A reader of our output went away (`utilsoc … | head`): not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &io::Error| io.kind() == io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        cause.downcast_ref::<io::Error>().is_some_and(broken)
            || cause
                .downcast_ref::<output::FileError>()
                .is_some_and(|f| output::is_stdout(f.path()) && broken(f.io_error()))
    })
}
