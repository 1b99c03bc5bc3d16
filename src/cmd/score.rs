//! `utilsoc score`: batch scoring of survey data, for consultants' scripts.

use std::io;
use std::path::Path;

use anyhow::{Result, bail};

use super::Ui;
use super::data::score_inputs;
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::report::scores::{self, CsvStyle};
use crate::{exit, output, tr};

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
    let to = args.output.as_deref().filter(|p| !output::is_stdout(p));
    let format = match (args.format, to) {
        (Some(format), _) => format,
        (None, Some(path)) => match format_of(path) {
            Some(format) => format,
            None => bail!(tr!(
                "score-unknown-extension",
                path = path.display().to_string()
            )),
        },
        (None, None) if args.excel => ScoreFormat::Csv,
        (None, None) => ScoreFormat::Table,
    };
    let Some(scored) = score_inputs(&args.scoring, ui, false)? else {
        return Ok(exit::INVALID);
    };
    let (grid, cards) = (&scored.grid, &scored.cards);
    let (divergences, by_role) = (&scored.divergences, scored.by_role);
    let style = CsvStyle { excel: args.excel };
    // CSV and JSON are written as they are made: straight to standard
    // output, where thousands of groups never sit in memory as text.
    if args.output.is_none() {
        let out = io::BufWriter::new(io::stdout().lock());
        match format {
            ScoreFormat::Table => {}
            ScoreFormat::Csv => {
                scores::csv(out, grid, cards, divergences, &style)?;
                return Ok(exit::SUCCESS);
            }
            ScoreFormat::Json => {
                scores::json(out, grid, cards, divergences, by_role).map_err(io::Error::from)?;
                return Ok(exit::SUCCESS);
            }
        }
    }
    let bytes = match format {
        ScoreFormat::Table => scores::table(grid, cards, super::table_width()).into_bytes(),
        ScoreFormat::Csv => {
            let mut bytes = Vec::new();
            scores::csv(&mut bytes, grid, cards, divergences, &style)?;
            bytes
        }
        ScoreFormat::Json => {
            let mut bytes = Vec::new();
            scores::json(&mut bytes, grid, cards, divergences, by_role)?;
            bytes
        }
    };
    output::emit(args.output.as_deref(), &bytes)?;
    Ok(exit::SUCCESS)
}
