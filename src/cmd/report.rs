//! `utilsoc report`: the document for a board or a funder, in HTML or Markdown.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::data::{DataOptions, read_inputs, show};
use super::{Ui, load_grid};
use crate::cli::{ByArg, ReportArgs, ReportFormat};
use crate::report::document::{self, Inputs};
use crate::score::{Tally, divergences};
use crate::{exit, output, tr};

/// What `report` runs with, free of clap.
struct Options {
    grid: String,
    inputs: Vec<PathBuf>,
    by_role: bool,
    format: ReportFormat,
    output: Option<PathBuf>,
    data: DataOptions,
}

fn format_of(path: &Path) -> Option<ReportFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "html" | "htm" => Some(ReportFormat::Html),
        "md" | "markdown" => Some(ReportFormat::Markdown),
        _ => None,
    }
}

pub fn run(args: ReportArgs, ui: &Ui) -> Result<u8> {
    let format = match (args.format, args.output.as_deref()) {
        (Some(format), _) => format,
        (None, Some(path)) => match format_of(path) {
            Some(format) => format,
            None => bail!(tr!(
                "report-unknown-extension",
                path = path.display().to_string()
            )),
        },
        (None, None) => ReportFormat::Html,
    };
    if format == ReportFormat::Markdown && args.output.is_none() {
        bail!(tr!("report-markdown-needs-output"));
    }
    let options = Options {
        grid: args.grid,
        inputs: args.inputs,
        by_role: args.by == Some(ByArg::Role),
        format,
        output: args.output,
        data: DataOptions::from_args(&args.data),
    };
    let grid = load_grid(&options.grid)?;
    let mut tally = Tally::new(&grid, options.by_role);
    tally.keep_texts();
    let report = read_inputs(&options.inputs, &mut tally, &options.data, ui)?;
    if show(&report, &options.data, ui)? {
        return Ok(exit::INVALID);
    }
    let roles = tally.roles();
    let cards = tally.finish();
    let divergences = if options.by_role {
        divergences(&cards)
    } else {
        Vec::new()
    };
    let blocks = document::build(&Inputs {
        grid: &grid,
        cards: &cards,
        divergences: &divergences,
        by_role: options.by_role,
        roles,
        date: report_date(),
    });
    match options.format {
        ReportFormat::Html => output::emit(
            options.output.as_deref(),
            document::html(&blocks).as_bytes(),
        )?,
        ReportFormat::Markdown => {
            let path = options.output.as_deref().unwrap_or(Path::new("report.md"));
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("report");
            let (text, files) = document::markdown(&blocks, stem);
            let dir = path.parent().unwrap_or(Path::new(""));
            // Charts first: the Markdown never points at a file not yet there.
            for (name, svg) in files {
                output::write_atomic(&dir.join(name), svg.as_bytes())?;
            }
            output::write_atomic(path, text.as_bytes())?;
        }
    }
    Ok(exit::SUCCESS)
}

/// Today, or the day `SOURCE_DATE_EPOCH` says (reproducible documents).
fn report_date() -> String {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map_or_else(
            || jiff::ZonedDateTime::now().date().to_string(),
            |t| {
                t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date()
                    .to_string()
            },
        )
}
