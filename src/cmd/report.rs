//! `utilsoc report`: the document for a board or a funder, in HTML or Markdown.

use std::path::Path;

use anyhow::anyhow;

use super::Ui;
use super::data::score_inputs;
use crate::cli::{ReportArgs, ReportFormat};
use crate::exit::{self, Exit};
use crate::report::document::{self, Inputs};
use crate::score::{Guards, apply_guards};
use crate::{output, tr};

/// A document a board or a funder reads flags what rests on too little by
/// default: under 5 respondents a share is one person's answer and their
/// anonymity is at risk; under half its indicators a score does not
/// represent its domain or criterion.
pub(super) const REPORT_GUARDS: Guards = Guards {
    min_responses: 5,
    min_coverage: 0.5,
};

pub fn run(mut args: ReportArgs, ui: &Ui) -> exit::Result<Exit> {
    let scoring = &args.scoring;
    if args.output.is_none()
        && (scoring.grid.is_none() || scoring.inputs.is_empty())
        && let Some(d) = super::demarche::current(ui)?
    {
        // In a démarche the report goes into its reports folder.
        let folder = d.reports_dir();
        std::fs::create_dir_all(&folder).map_err(|e| {
            anyhow!(tr!(
                "init-cannot-create",
                path = folder.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let name = match args.format {
            Some(ReportFormat::Markdown) => tr!("demarche-report-markdown"),
            _ => tr!("demarche-report-html"),
        };
        args.output = Some(folder.join(name));
    }
    let to = args.output.as_deref().filter(|p| !output::is_stdout(p));
    let format = super::output_format(
        args.format,
        to,
        &[
            ("html", ReportFormat::Html),
            ("htm", ReportFormat::Html),
            ("md", ReportFormat::Markdown),
            ("markdown", ReportFormat::Markdown),
        ],
        "report-unknown-extension",
        ReportFormat::Html,
    )?;
    // `-o -` too: the charts cannot go to standard output.
    if format == ReportFormat::Markdown && to.is_none() {
        return Err(anyhow!(tr!("report-markdown-needs-output")).into());
    }
    let Some(mut scored) = score_inputs(&args.scoring, ui, true)? else {
        return Ok(Exit::Invalid);
    };
    let guards = super::score::guards(&args.scoring, REPORT_GUARDS);
    apply_guards(&mut scored.cards, guards);
    scored.show_role_labels();
    let blocks = document::build(&Inputs {
        grid: &scored.grid,
        cards: &scored.cards,
        divergences: &scored.divergences,
        by_role: scored.by_role,
        roles: scored.roles,
        guards,
        date: report_date(),
    });
    match format {
        ReportFormat::Html => {
            output::emit(args.output.as_deref(), document::html(&blocks).as_bytes())?;
            if let Some(path) = to {
                let message = tr!(
                    "report-written-html",
                    path = path.display().to_string(),
                    url = super::file_url(path)
                );
                super::say_written(ui, &message)?;
            }
        }
        ReportFormat::Markdown => {
            let path = to.unwrap_or(Path::new("report.md"));
            // The charts go beside the document itself, where its relative
            // links lead, and are named after it, even when `-o` is a symlink
            // to another file.
            let target = output::link_target(path);
            let stem = target
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("report");
            let (text, files) = document::markdown(&blocks, stem);
            let dir = target.parent().unwrap_or(Path::new(""));
            let charts: Vec<_> = files
                .iter()
                .map(|(name, svg)| (dir.join(name), svg.as_bytes()))
                .collect();
            // One set, charts first: the document never points at a chart
            // not yet there, and a failure replaces none of them.
            let mut set: Vec<(&Path, &[u8])> =
                charts.iter().map(|(p, b)| (p.as_path(), *b)).collect();
            set.push((path, text.as_bytes()));
            output::write_set(&set)?;
            // Absolute: `.` or an empty folder would name nothing.
            let folder = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
            let message = tr!(
                "report-written-markdown",
                path = path.display().to_string(),
                charts = charts.len(),
                folder = folder.display().to_string()
            );
            super::say_written(ui, &message)?;
        }
    }
    Ok(Exit::Success)
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
