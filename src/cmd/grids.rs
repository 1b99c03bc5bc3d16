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
            let text = grid_table::grid_list(&grids, Some(table_width()));
            output::emit(None, format!("{text}\n").as_bytes())?;
        }
        GridsAction::Show { grid } => {
            let grid = load_grid(&grid, ui)?;
            let text = grid_table::grid_tree(&grid, Some(table_width()));
            output::emit(None, format!("{text}\n").as_bytes())?;
        }
        GridsAction::Export { id, output: path } => export(&id, path.as_deref())?,
    }
    Ok(Exit::Success)
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
