//! `utilsoc template`: a blank CSV to fill in, or a printable questionnaire.

use super::{Ui, load_grid};
use crate::cli::{TemplateArgs, TemplateFormat};
use crate::exit::{self, Exit};
use crate::output;
use crate::report::template;

pub fn run(args: &TemplateArgs, ui: &Ui) -> exit::Result<Exit> {
    let grid = load_grid(&args.grid, ui)?;
    let actions: Vec<String> = args
        .actions
        .iter()
        .flat_map(|a| a.split(','))
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    let bytes = match args.format {
        TemplateFormat::Csv => template::csv(&grid, &actions, args.excel)?,
        TemplateFormat::Markdown => template::markdown(&grid, args.all).into_bytes(),
    };
    output::emit(args.output.as_deref(), &bytes)?;
    Ok(Exit::Success)
}
