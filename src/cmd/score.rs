//! `utilsoc score`: batch scoring of survey data, for consultants' scripts.

use std::io;

use super::Ui;
use super::data::score_inputs;
use crate::cli::ScoringArgs;
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::exit::{self, Exit};
use crate::report::scores::{self, CsvStyle, TableOptions};
use crate::score::{Guards, apply_guards};
use crate::{output, tr};

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
    let guards = guards(&args.scoring, Guards::default());
    apply_guards(&mut scored.cards, guards);
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
            let options = TableOptions {
                width: super::table_width(),
                color: ui.color_out,
                distributions: args.distributions,
                by_role,
                guards,
            };
            out.write_all(scores::table_with(grid, cards, divergences, &options).as_bytes())
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
    if let Some(path) = to {
        let message = tr!("score-written", path = path.display().to_string());
        super::say_written(ui, &message)?;
    }
    Ok(Exit::Success)
}

/// The guards asked for, each threshold the command's default when not
/// given (`score`: none; `report`: see docs/report.md).
pub(super) fn guards(args: &ScoringArgs, default: Guards) -> Guards {
    Guards {
        min_responses: args.min_responses.unwrap_or(default.min_responses),
        min_coverage: args.min_coverage.unwrap_or(default.min_coverage),
    }
}

/// The agreed targets of `--targets FILE`, checked against `grid`; their
/// problems are shown located in the file, as a grid's are.
pub(super) fn load_targets(
    path: &std::path::Path,
    grid: &crate::grid::Grid,
    ui: &Ui,
) -> exit::Result<Vec<crate::score::targets::AgreedTarget>> {
    use crate::input::file::{display_name, read_input};
    let bytes = read_input(path, crate::grid::MAX_GRID_BYTES)?;
    let name = display_name(path);
    let (targets, report) = crate::score::targets::read(&name, &bytes, grid);
    if !report.findings.is_empty() {
        let mut err = io::stderr().lock();
        crate::diag::render::human_findings(&mut err, &[report], ui.color_err)?;
    }
    targets.ok_or_else(|| {
        exit::Error::invalid(anyhow::anyhow!(tr!("error-invalid-targets", path = name)))
    })
}
