//! `utilsoc score`: batch scoring of survey data, for consultants' scripts.

use std::io;

use super::Ui;
use super::data::score_inputs;
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::exit::{self, Exit};
use crate::output;
use crate::report::scores::{self, CsvStyle};

pub fn run(args: ScoreArgs, ui: &Ui) -> exit::Result<Exit> {
    let to = args.output.as_deref().filter(|p| !output::is_stdout(p));
    let default = if args.excel {
        ScoreFormat::Csv
    } else {
        ScoreFormat::Table
    };
    let format = super::output_format(
        args.format,
        to,
        &[
            ("csv", ScoreFormat::Csv),
            ("json", ScoreFormat::Json),
            ("txt", ScoreFormat::Table),
        ],
        "score-unknown-extension",
        default,
    )?;
    let Some(mut scored) = score_inputs(&args.scoring, ui, false)? else {
        return Ok(Exit::Invalid);
    };
    if format == ScoreFormat::Table {
        scored.show_role_labels();
    }
    let (grid, cards) = (&scored.grid, &scored.cards);
    let (divergences, by_role) = (&scored.divergences, scored.by_role);
    let style = CsvStyle { excel: args.excel };
    // CSV and JSON are written as they are made, to standard output or
    // into the file's temporary copy: thousands of groups never sit in
    // memory as text.
    output::emit_with(args.output.as_deref(), |out| match format {
        ScoreFormat::Table => {
            out.write_all(scores::table(grid, cards, super::table_width()).as_bytes())
        }
        ScoreFormat::Csv => scores::csv(&mut *out, grid, cards, divergences, &style).map_err(|e| {
            match e.downcast::<io::Error>() {
                Ok(io) => io,
                Err(e) => io::Error::other(format!("{e:#}")),
            }
        }),
        ScoreFormat::Json => {
            scores::json(&mut *out, grid, cards, divergences, by_role).map_err(io::Error::from)
        }
    })?;
    Ok(Exit::Success)
}
