//! `utilsoc grids`: the grids embedded in the binary.

use anyhow::{Result, bail};

use super::{Ui, builtin_grid, load_grid, table_width};
use crate::cli::{GridsAction, GridsArgs};
use crate::exit::{self, Exit};
use crate::grid::builtin;
use crate::report::grid_table;
use crate::{output, tr};

pub fn run(args: GridsArgs, ui: &Ui) -> exit::Result<Exit> {
    match args.action.unwrap_or(GridsAction::List) {
        GridsAction::List => {
            let grids: Vec<_> = builtin::BUILTINS
                .iter()
                .map(builtin_grid)
                .collect::<Result<_>>()?;
            let width = table_width();
            let text = grid_table::grid_list(&grids, Some(width));
            let next = next_step(&tr!("grids-list-next"), "utilsoc grids show ID", width);
            output::emit(None, format!("{text}\n{next}\n").as_bytes())?;
        }
        GridsAction::Show { grid } => {
            let loaded = load_grid(&grid, ui)?;
            let width = table_width();
            let text = grid_table::grid_tree(&loaded, Some(width));
            let command = format!("utilsoc evaluate --grid {}", shell_word(&grid));
            let next = next_step(&tr!("grids-show-next"), &command, width);
            output::emit(None, format!("{text}\n{next}\n").as_bytes())?;
        }
        GridsAction::Export { id, output: path } => export(&id, path.as_deref())?,
    }
    Ok(Exit::Success)
}

/// What to do next, under a table: a sentence wrapped on words to the
/// table's width, then the command on a line of its own, whole, to copy.
fn next_step(text: &str, command: &str, width: u16) -> String {
    let options = textwrap::Options::new(usize::from(width))
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let command = crate::text::clean(command);
    format!("{}\n  {command}", textwrap::fill(text, options))
}

/// `arg` as a shell reads it back: quoted when it holds anything but
/// letters, digits and `._/-`.
fn shell_word(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "._/-".contains(c))
    {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

fn export(id: &str, path: Option<&std::path::Path>) -> Result<()> {
    let Some(b) = builtin::find(id) else {
        let ids: Vec<&str> = builtin::BUILTINS.iter().map(|b| b.id).collect();
        bail!(tr!(
            "error-unknown-grid",
            id = id,
            available = ids.join(", ")
        ));
    };
    output::emit(path, b.source.as_bytes())?;
    Ok(())
}
