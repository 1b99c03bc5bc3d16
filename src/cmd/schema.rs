//! `utilsoc schema`: the JSON Schema of the grid format.

use anyhow::Result;

use crate::cli::SchemaArgs;
use crate::exit::Exit;
use crate::{grid, output};

pub fn run(args: &SchemaArgs) -> Result<Exit> {
    let mut text = serde_json::to_string_pretty(&grid::schema::schema())?;
    text.push('\n');
    output::emit(args.output.as_deref(), text.as_bytes())?;
    Ok(Exit::Success)
}
