//! utilsoc: evaluate the social utility (utilité sociale) of associations and
//! other social and solidarity economy organisations.
//!
//! The library holds everything; the binary only calls [`main`]. The core
//! modules (`grid`, `diag`, `text`) never print and never see clap types: the
//! command layer (`cli`, `cmd`) turns arguments into plain values, calls the core
//! and renders what comes back.

pub mod cli;
pub mod cmd;
pub mod diag;
pub mod evaluation;
pub mod exit;
pub mod grid;
pub mod i18n;
pub mod input;
pub mod interactive;
pub mod number;
pub mod output;
pub mod report;
pub mod score;
pub mod text;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, ColorArg, LangArg};
use crate::i18n::Lang;

/// Parses `args`, runs the command and turns the outcome into an exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return exit::code(if e.use_stderr() {
                exit::FAILURE
            } else {
                exit::SUCCESS
            });
        }
    };
    i18n::set_lang(match cli.lang {
        Some(LangArg::Fr) => Lang::Fr,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    });
    let ui = cmd::Ui {
        color: use_color(cli.color, io::stdout().is_terminal()),
        quiet: cli.quiet,
    };
    match cmd::run(cli.command, &ui) {
        Ok(code) => exit::code(code),
        Err(e) if is_broken_pipe(&e) => exit::code(exit::SUCCESS),
        Err(e) => {
            // Errors quote user values, which must not drive the terminal.
            let message = format!("{e:#}");
            let _ = writeln!(
                io::stderr(),
                "{}: {}",
                tr!("error-prefix"),
                text::clean(&message)
            );
            let invalid = e.downcast_ref::<cmd::Invalid>().is_some();
            exit::code(if invalid {
                exit::INVALID
            } else {
                exit::FAILURE
            })
        }
    }
}

/// Colour when asked, or when writing to a terminal and `NO_COLOR` is unset.
fn use_color(choice: ColorArg, terminal: bool) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
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
