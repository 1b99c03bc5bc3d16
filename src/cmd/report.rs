//! `utilsoc report`: the document for a board or a funder, in HTML or Markdown.

use std::io::Write;
use std::path::Path;

use anyhow::anyhow;

use super::Ui;
use super::data::score_inputs;
use crate::cli::{ReportArgs, ReportFormat};
use crate::exit::{self, Exit};
use crate::judgement::{self, Judgement};
use crate::report::document::{self, Context, Inputs};
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
    let mut reports_folder = None;
    if args.output.is_none()
        && (scoring.grid.is_none() || scoring.inputs.is_empty())
        && let Some(d) = super::demarche::current(ui)?
    {
        // In a démarche the report goes into its reports folder, made
        // once the report is ready: a run that fails leaves nothing.
        let folder = d.reports_dir();
        reports_folder = Some(folder.clone());
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
    // Read before anything is written: a judgement that cannot be used
    // stops the run with nothing written.
    let judgement_file = args.judgement.clone().or_else(|| {
        scored
            .demarche
            .as_ref()
            .map(crate::demarche::Demarche::judgement_file)
            .filter(|p| p.is_file())
    });
    let judgement = match &judgement_file {
        Some(path) => Some(read_judgement(path, &scored.grid)?),
        None => None,
    };
    let context = scored.demarche.as_ref().map(|d| Context {
        organisation: d.organisation.clone(),
        title: d.title.clone(),
    });
    let blocks = document::build(&Inputs {
        grid: &scored.grid,
        cards: &scored.cards,
        divergences: &scored.divergences,
        by_role: scored.by_role,
        roles: scored.roles,
        guards,
        date: report_date(),
        context,
        judgement: judgement.as_ref(),
    });
    if let Some(folder) = reports_folder {
        std::fs::create_dir_all(&folder).map_err(|e| {
            anyhow!(tr!(
                "init-cannot-create",
                path = folder.display().to_string(),
                error = e.to_string()
            ))
        })?;
    }
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

/// The judgement file at `path`, for `grid`. One that cannot be read or
/// parsed, of another format or about another grid is an error naming the
/// file (and the line); one recorded with another version of the same grid
/// is used, with a warning.
fn read_judgement(path: &Path, grid: &crate::grid::Grid) -> exit::Result<Judgement> {
    let shown = super::demarche::shown(path);
    let bytes = super::read_input(path, judgement::MAX_BYTES)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        anyhow!(tr!(
            "report-judgement-unreadable",
            path = shown.as_str(),
            error = e.to_string()
        ))
    })?;
    let found = Judgement::parse(text).map_err(|(line, error)| {
        anyhow!(if line > 0 {
            tr!(
                "report-judgement-invalid",
                path = shown.as_str(),
                line = line,
                error = error
            )
        } else {
            tr!(
                "report-judgement-invalid-noline",
                path = shown.as_str(),
                error = error
            )
        })
    })?;
    if found.format != judgement::FORMAT {
        return Err(anyhow!(tr!(
            "report-judgement-format",
            path = shown.as_str(),
            format = u64::from(found.format),
            expected = u64::from(judgement::FORMAT)
        ))
        .into());
    }
    if found.grid.id != grid.id {
        return Err(anyhow!(tr!(
            "report-judgement-other-grid",
            path = shown.as_str(),
            recorded = crate::text::clean(&found.grid.id).into_owned(),
            grid = grid.id.as_str()
        ))
        .into());
    }
    let warning = if found.grid.version != grid.version {
        Some(tr!(
            "report-judgement-other-version",
            path = shown.as_str(),
            recorded = crate::text::clean(&found.grid.version).into_owned(),
            grid = grid.id.as_str(),
            version = grid.version.as_str()
        ))
    } else if found.grid.hash != grid.hash {
        Some(tr!(
            "report-judgement-grid-changed",
            path = shown.as_str(),
            grid = grid.id.as_str()
        ))
    } else {
        None
    };
    // Shown even with `-q`: the report rests on it.
    if let Some(warning) = warning {
        writeln!(std::io::stderr(), "{}: {warning}", tr!("warning-prefix"))?;
    }
    Ok(found)
}
