//! The command layer: one module per subcommand, each with the same shape (turn
//! arguments into plain options, load inputs, call the core, render, return an
//! exit code). Shared input handling lives here.

pub mod check;
pub mod data;
pub mod evaluate;
pub mod grids;
pub mod report;
pub mod schema;
pub mod score;
pub mod template;

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::cli::Command;
use crate::grid::{self, Grid, builtin};
use crate::tr;

/// How to talk to the user, decided once from the global options.
#[derive(Debug, Clone)]
pub struct Ui {
    pub color: bool,
    pub quiet: bool,
}

/// Runs one subcommand and returns its exit code.
pub fn run(command: Command, ui: &Ui) -> Result<u8> {
    match command {
        Command::Check(args) => check::run(args, ui),
        Command::Grids(args) => grids::run(args, ui),
        Command::Score(args) => score::run(args, ui),
        Command::Evaluate(args) => evaluate::run(args, ui),
        Command::Report(args) => report::run(args, ui),
        Command::Template(args) => template::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Completions { shell } => {
            let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command, "utilsoc", &mut out);
            crate::output::emit(None, &out)?;
            Ok(crate::exit::SUCCESS)
        }
        Command::Man => {
            let command = <crate::cli::Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_mangen::Man::new(command).render(&mut out)?;
            crate::output::emit(None, &out)?;
            Ok(crate::exit::SUCCESS)
        }
    }
}

/// The width tables are laid out for: the terminal's, or 100 columns when
/// output goes to a pipe or a file, so that it does not depend on where it is read.
pub fn table_width() -> u16 {
    if std::io::stdout().is_terminal() {
        comfy_table::Table::new().width().unwrap_or(100)
    } else {
        100
    }
}

/// The inputs were read and are invalid: the command fails with exit code 1
/// rather than 2.
#[derive(Debug)]
pub struct Invalid(pub String);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Invalid {}

// Whole-file reading moved to `input`, which decides what an input is.
pub use crate::input::file::{TooLarge, display_name, read_input};

/// The grid `arg` names: a grid file when such a file exists (or the argument
/// looks like a path), else a built-in grid id. Findings in a grid file are
/// returned as an error listing them.
pub fn load_grid(arg: &str) -> Result<Grid> {
    let path = Path::new(arg);
    if path.exists() || arg.ends_with(".toml") || arg.contains(std::path::MAIN_SEPARATOR) {
        let bytes = read_input(path, grid::MAX_GRID_BYTES)?;
        let (grid, report) = grid::load(&display_name(path), &bytes);
        return match grid {
            Some(grid) => Ok(grid),
            None => {
                let mut rendered = Vec::new();
                crate::diag::render::human(&mut rendered, &[report], false)?;
                Err(Invalid(format!(
                    "{}\n{}",
                    tr!("error-invalid-grid", path = arg),
                    String::from_utf8_lossy(&rendered).trim_end()
                ))
                .into())
            }
        };
    }
    match builtin::find(arg) {
        Some(b) => b
            .grid()
            .with_context(|| tr!("error-invalid-builtin", id = arg)),
        None => {
            let ids: Vec<&str> = builtin::BUILTINS.iter().map(|b| b.id).collect();
            let mut message = tr!("error-unknown-grid", id = arg, available = ids.join(", "));
            if let Some(s) = crate::diag::did_you_mean(arg, ids.iter().copied()) {
                message.push_str(&format!(" ({})", tr!("did-you-mean", suggestion = s)));
            }
            bail!(message)
        }
    }
}
