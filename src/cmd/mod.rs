//! The command layer: one module per subcommand, each with the same shape (turn
//! arguments into plain options, load inputs, call the core, render, return an
//! exit code). Shared input handling lives here.

pub mod adapt;
pub mod check;
pub mod data;
pub mod demarche;
pub mod evaluate;
pub mod grids;
pub mod init;
pub mod judge;
pub mod report;
pub mod schema;
pub mod score;
pub mod template;

use std::io::{self, Write};
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
    /// `--no-demarche`: the `utilsoc.toml` around is not read.
    pub no_demarche: bool,
}

impl Ui {
    fn with_demarche(&self, ignored: bool) -> Ui {
        Ui {
            no_demarche: ignored,
            ..self.clone()
        }
    }
}

/// Runs one subcommand and returns how the run ends.
pub fn run(command: Command, ui: &Ui) -> exit::Result<Exit> {
    match command {
        Command::Check(args) => {
            let ui = ui.with_demarche(args.no_demarche);
            check::run(args, &ui)
        }
        Command::Grids(args) => grids::run(args, ui),
        Command::Score(args) => {
            let ui = ui.with_demarche(args.scoring.no_demarche);
            score::run(args, &ui)
        }
        Command::Evaluate(args) => {
            let ui = ui.with_demarche(args.no_demarche);
            evaluate::run(args, &ui)
        }
        Command::Report(args) => {
            let ui = ui.with_demarche(args.scoring.no_demarche);
            report::run(args, &ui)
        }
        Command::Template(args) => template::run(&args, ui),
        Command::Init(args) => init::run(args, ui),
        Command::Judge(args) => {
            let ui = ui.with_demarche(args.scoring.no_demarche);
            judge::run(args, &ui)
        }
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

/// The output format: the one asked for, else the one the `-o` file's
/// extension names (`by_extension`, lowercase), else `default`. An extension
/// that names none is an error (`unknown` is its message key), rather than a
/// guess the user did not see.
pub fn output_format<F: Copy>(
    asked: Option<F>,
    to: Option<&Path>,
    by_extension: &[(&str, F)],
    unknown: &str,
    default: F,
) -> exit::Result<F> {
    let path = match (asked, to) {
        (Some(format), _) => return Ok(format),
        (None, None) => return Ok(default),
        (None, Some(path)) => path,
    };
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    by_extension
        .iter()
        .find(|(e, _)| Some(*e) == extension.as_deref())
        .map(|&(_, format)| format)
        .ok_or_else(|| {
            anyhow!(crate::i18n::message(
                unknown,
                &[("path", path.display().to_string().into())]
            ))
            .into()
        })
}

/// The width tables on standard output are laid out for.
pub fn table_width() -> u16 {
    terminal::width(Stream::Stdout)
}

// Whole-file reading lives in `input`, which decides what an input is.
pub use crate::input::file::{TooLarge, display_name, read_input};

/// Whether a `--grid` argument names a file rather than a built-in grid:
/// it has a directory separator, starts with a dot or ends in `.toml`.
pub(crate) fn looks_like_path(arg: &str) -> bool {
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

/// Says on standard error, unless `-q`, what was written where: `message`
/// wrapped on words to the width of standard error (a path or an address
/// longer than the line stays whole on its own line).
pub fn say_written(ui: &Ui, message: &str) -> io::Result<()> {
    if ui.quiet {
        return Ok(());
    }
    let width = usize::from(terminal::width(Stream::Stderr));
    let options = textwrap::Options::new(width)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    writeln!(io::stderr(), "{}", textwrap::fill(message, options))
}

/// The `file://` address a browser opens `path` at: absolute, separators as
/// `/`, and every byte but letters, digits and `/-_.~` percent-encoded.
pub fn file_url(path: &Path) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    const KEPT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let text = absolute.to_string_lossy().replace('\\', "/");
    let encoded = utf8_percent_encode(&text, KEPT).to_string();
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        // A drive letter (`C:/…`) keeps its colon.
        format!("file:///{}", encoded.replacen("%3A", ":", 1))
    }
}

#[cfg(test)]
mod written_tests {
    use super::*;

    #[test]
    fn a_file_address_is_absolute_and_encoded() {
        let url = file_url(Path::new("/tmp/sorties/rapport été #1.html"));
        assert_eq!(
            url,
            "file:///tmp/sorties/rapport%20%C3%A9t%C3%A9%20%231.html"
        );
        let relative = file_url(Path::new("rapport.html"));
        assert!(relative.starts_with("file:///"), "{relative}");
        assert!(relative.ends_with("/rapport.html"), "{relative}");
    }
}
