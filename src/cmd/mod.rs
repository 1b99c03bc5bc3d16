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

use std::io::{self, Read, Write};
use std::path::Path;

use anyhow::{Context, Result, anyhow};

use crate::cli::Command;
use crate::exit::{self, Exit};
use crate::grid::{self, Grid, builtin};
use crate::terminal::{self, Stream};
use crate::tr;

/// How to talk to the user, decided once from the global options.
#[derive(Debug, Clone)]
pub struct Ui {
    /// Colour on standard output (results, `check` findings).
    pub color_out: bool,
    /// Colour on standard error (data problems, prompts).
    pub color_err: bool,
    pub quiet: bool,
}

/// Runs one subcommand and returns how the run ends.
pub fn run(command: Command, ui: &Ui) -> exit::Result<Exit> {
    match command {
        Command::Check(args) => check::run(args, ui),
        Command::Grids(args) => grids::run(args, ui),
        Command::Score(args) => score::run(args, ui),
        Command::Evaluate(args) => evaluate::run(args, ui),
        Command::Report(args) => report::run(args, ui),
        Command::Template(args) => template::run(&args, ui),
        Command::Schema(args) => Ok(schema::run(&args)?),
        Command::Completions { shell } => {
            let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command, "utilsoc", &mut out);
            crate::output::emit(None, &out)?;
            Ok(Exit::Success)
        }
        Command::Man => {
            let command = <crate::cli::Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_mangen::Man::new(command).render(&mut out)?;
            crate::output::emit(None, &out)?;
            Ok(Exit::Success)
        }
    }
}

/// The width tables on standard output are laid out for.
pub fn table_width() -> u16 {
    terminal::width(Stream::Stdout)
}

/// An input over the size limit of its kind: refused whole, never cut short
/// (a cut evaluation file would silently lose its last answers).
#[derive(Debug)]
pub struct TooLarge {
    pub name: String,
    /// The file's size, when it is known (not for standard input).
    pub size: Option<u64>,
    pub limit: usize,
}

impl TooLarge {
    /// The message, naming the file, its size and the limit.
    pub fn message(&self) -> String {
        let limit = mib(self.limit as u64);
        match self.size {
            Some(size) => tr!(
                "error-too-large",
                path = self.name.as_str(),
                size = mib(size),
                bytes = size.to_string(),
                limit = limit
            ),
            None => tr!(
                "error-too-large-stream",
                path = self.name.as_str(),
                limit = limit
            ),
        }
    }
}

/// A size in mebibytes, as people read it (`4.2 MiB`, `16 MiB`).
fn mib(bytes: u64) -> String {
    // Rounded down, so that a file just over a limit never reads as equal to it.
    crate::number::local((bytes as f64 / (1024.0 * 1024.0) * 10.0).floor() / 10.0)
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for TooLarge {}

/// Reads a whole input file (`-` is standard input). More than `limit` bytes is
/// a [`TooLarge`] error: the input is never silently cut.
pub fn read_input(path: &Path, limit: usize) -> Result<Vec<u8>> {
    let display = display_name(path);
    let mut bytes = Vec::new();
    let cap = limit as u64 + 1;
    let stdin = path.as_os_str() == "-";
    let result = if stdin {
        io::stdin().lock().take(cap).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes))
    };
    result.map_err(|e| crate::output::FileError::read(path, e))?;
    if bytes.len() > limit {
        let size = if stdin {
            None
        } else {
            std::fs::metadata(path).ok().map(|m| m.len())
        };
        return Err(TooLarge {
            name: display,
            size,
            limit,
        }
        .into());
    }
    Ok(bytes)
}

/// The name a file goes by in messages.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Whether a `--grid` argument names a file rather than a built-in grid:
/// it has a directory separator, starts with a dot or ends in `.toml`.
fn looks_like_path(arg: &str) -> bool {
    arg.contains('/')
        || arg.contains(std::path::MAIN_SEPARATOR)
        || arg.starts_with('.')
        || arg.ends_with(".toml")
}

/// The grid `arg` names: a grid file when the argument looks like a path,
/// else a built-in grid id, else a file of that name. A built-in id wins over
/// a file or folder of the same name in the current directory (a folder
/// named after a grid is common), with a note saying how to pick the file.
/// Findings in a grid file are shown on standard error, as data problems are.
pub fn load_grid(arg: &str, ui: &Ui) -> exit::Result<Grid> {
    let path = Path::new(arg);
    if !looks_like_path(arg) {
        if let Some(b) = builtin::find(arg) {
            if path.exists() && !ui.quiet {
                writeln!(
                    io::stderr(),
                    "{}: {}",
                    tr!("note-prefix"),
                    tr!("grid-builtin-over-file", id = arg)
                )?;
            }
            return Ok(builtin_grid(b)?);
        }
        if !path.exists() {
            let ids: Vec<&str> = builtin::BUILTINS.iter().map(|b| b.id).collect();
            let mut message = tr!("error-unknown-grid", id = arg, available = ids.join(", "));
            if let Some(s) = crate::diag::did_you_mean(arg, ids.iter().copied()) {
                message.push_str(&format!(" ({})", tr!("did-you-mean", suggestion = s)));
            }
            return Err(anyhow!(message).into());
        }
    }
    let bytes = read_input(path, grid::MAX_GRID_BYTES)?;
    let (grid, report) = grid::load(&display_name(path), &bytes);
    match grid {
        Some(grid) => Ok(grid),
        None => {
            let mut err = io::stderr().lock();
            crate::diag::render::human_findings(&mut err, &[report], ui.color_err)?;
            Err(exit::Error::invalid(anyhow!(tr!(
                "error-invalid-grid",
                path = arg
            ))))
        }
    }
}

/// A built-in grid, which its tests prove valid.
pub fn builtin_grid(b: &builtin::Builtin) -> Result<Grid> {
    b.grid()
        .with_context(|| tr!("error-invalid-builtin", id = b.id))
}
