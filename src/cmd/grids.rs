//! `utilsoc grids`: the grids embedded in the binary.

use std::io::IsTerminal;

use anyhow::{Result, bail};

use super::{Ui, load_grid};
use crate::cli::{GridsAction, GridsArgs};
use crate::grid::builtin;
use crate::report::grid_table;
use crate::{exit, output, tr};

/// Tables fill the terminal; elsewhere (pipes, files, tests) they have a fixed
/// width so that output does not depend on where it is read.
fn table_width() -> Option<u16> {
    if std::io::stdout().is_terminal() {
        None
    } else {
        Some(120)
    }
}

pub fn run(args: GridsArgs, _ui: &Ui) -> Result<u8> {
    match args.action.unwrap_or(GridsAction::List) {
        GridsAction::List => {
            let grids: Vec<_> = builtin::BUILTINS
                .iter()
                .map(|b| load_grid(b.id))
                .collect::<Result<_>>()?;
            let text = grid_table::grid_list(&grids, table_width());
            output::emit(None, format!("{text}\n").as_bytes())?;
        }
        GridsAction::Show { grid } => {
            let grid = load_grid(&grid)?;
            let text = grid_table::grid_tree(&grid, table_width());
            output::emit(None, format!("{text}\n").as_bytes())?;
        }
        GridsAction::Export { id, output: path } => {
            let Some(b) = builtin::find(&id) else {
                let ids: Vec<&str> = builtin::BUILTINS.iter().map(|b| b.id).collect();
                bail!(tr!(
                    "error-unknown-grid",
                    id = id.as_str(),
                    available = ids.join(", ")
                ));
            };
            output::emit(path.as_deref(), b.source.as_bytes())?;
        }
    }
    Ok(exit::SUCCESS)
}
