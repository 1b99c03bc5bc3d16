//! `utilsoc score`: batch scoring of survey data, for consultants' scripts.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::data::{DataOptions, read_inputs, show};
use super::{Ui, load_grid};
use crate::cli::{ByArg, ScoreArgs, ScoreFormat};
use crate::report::scores::{self, CsvStyle};
use crate::score::{Tally, divergences};
use crate::{exit, output, tr};

/// What `score` runs with, free of clap.
struct Options {
    grid: String,
    inputs: Vec<PathBuf>,
    by_role: bool,
    format: ScoreFormat,
    output: Option<PathBuf>,
    excel: bool,
    data: DataOptions,
}

/// The format an output file's extension asks for.
fn format_of(path: &Path) -> Option<ScoreFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "csv" => Some(ScoreFormat::Csv),
        "json" => Some(ScoreFormat::Json),
        "txt" => Some(ScoreFormat::Table),
        _ => None,
    }
}

pub fn run(args: ScoreArgs, ui: &Ui) -> Result<u8> {
    let inferred = match (&args.format, &args.output) {
        (None, Some(path)) => match format_of(path) {
            Some(format) => Some(format),
            None => bail!(tr!(
                "score-unknown-extension",
                path = path.display().to_string()
            )),
        },
        _ => None,
    };
    let options = Options {
        format: args.format.or(inferred).unwrap_or(if args.excel {
            ScoreFormat::Csv
        } else {
            ScoreFormat::Table
        }),
        grid: args.grid,
        inputs: args.inputs,
        by_role: args.by == Some(ByArg::Role),
        output: args.output,
        excel: args.excel,
        data: DataOptions::from_args(&args.data),
    };
    let grid = load_grid(&options.grid)?;
    let mut tally = Tally::new(&grid, options.by_role);
    let report = read_inputs(&options.inputs, &mut tally, &options.data, ui)?;
    if show(&report, &options.data, ui)? {
        return Ok(exit::INVALID);
    }
    let cards = tally.finish();
    let divergences = if options.by_role {
        divergences(&cards)
    } else {
        Vec::new()
    };
    let bytes = match options.format {
        ScoreFormat::Table => scores::table(&grid, &cards, super::table_width()).into_bytes(),
        ScoreFormat::Csv => scores::csv(
            &grid,
            &cards,
            &divergences,
            &CsvStyle {
                excel: options.excel,
            },
        )?,
        ScoreFormat::Json => {
            let mut text = serde_json::to_string_pretty(&scores::json(
                &grid,
                &cards,
                &divergences,
                options.by_role,
            ))?;
            text.push('\n');
            text.into_bytes()
        }
    };
    output::emit(options.output.as_deref(), &bytes)?;
    Ok(exit::SUCCESS)
}
