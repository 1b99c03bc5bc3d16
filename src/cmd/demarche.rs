//! The démarche of the current folder or a parent, as the commands use it:
//! the grid and inputs it gives when the command line gives none, and the
//! one line saying which démarche is used.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::anyhow;

use super::Ui;
use super::data::{DataOptions, Input};
use crate::cli::DataArgs;
use crate::demarche::{self, Demarche};
use crate::exit;
use crate::grid::Grid;
use crate::tr;

/// The démarche found from the current folder, read; `None` outside one or
/// with `--no-demarche`. A file with errors shows its findings and stops.
pub fn current(ui: &Ui) -> exit::Result<Option<Demarche>> {
    match find_here(ui) {
        Some(file) => load(&file, ui).map(Some),
        None => Ok(None),
    }
}

/// The démarche file of the current folder or a parent, unless
/// `--no-demarche`.
pub fn find_here(ui: &Ui) -> Option<PathBuf> {
    if ui.no_demarche {
        return None;
    }
    std::env::current_dir()
        .ok()
        .and_then(|d| demarche::find(&d))
}

/// Reads the démarche file `file`: the démarche when it has no error, and
/// its findings.
pub fn load_report(file: &Path) -> exit::Result<(Option<Demarche>, crate::diag::FileReport)> {
    let bytes = super::read_input(file, demarche::MAX_BYTES)?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let dir = relative_dir(file.parent().unwrap_or(Path::new(".")));
    Ok(demarche::load(&shown(file), &dir, text))
}

/// Reads the démarche file `file`; its findings are shown on stderr.
pub fn load(file: &Path, ui: &Ui) -> exit::Result<Demarche> {
    let (found, report) = load_report(file)?;
    if !report.findings.is_empty() {
        let mut err = io::stderr().lock();
        crate::diag::render::human_findings(&mut err, &[report], ui.color_err)?;
    }
    found.ok_or_else(|| exit::Error::invalid(anyhow!(tr!("demarche-invalid", path = shown(file)))))
}

/// The démarche's folder from the current one (`""`, `..`, `../..`), so
/// that its files are named as the user would type them; else as found.
fn relative_dir(dir: &Path) -> PathBuf {
    let Ok(here) = std::env::current_dir() else {
        return dir.to_path_buf();
    };
    match here.strip_prefix(dir) {
        Ok(below) => below.components().map(|_| "..").collect(),
        Err(_) => dir.to_path_buf(),
    }
}

/// A path as the user knows it: relative to the current folder when under
/// it.
pub fn shown(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|d| path.strip_prefix(d).ok().map(Path::to_path_buf));
    match relative {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => path.display().to_string(),
    }
}

/// What a command reads: its grid and its inputs, from the command line or
/// from the démarche.
pub struct Used {
    pub grid: String,
    pub inputs: Vec<Input>,
    pub demarche: Option<Demarche>,
}

/// The grid and inputs of `score`, `report` or `check`: those given win;
/// the démarche gives the rest (every source with its own import options,
/// then the evaluation files), and its action aliases apply to every input.
pub fn resolve(
    grid: Option<&str>,
    inputs: &[PathBuf],
    args: &DataArgs,
    ui: &Ui,
) -> exit::Result<Used> {
    let base = DataOptions::from_args(args);
    let demarche = if grid.is_none() || inputs.is_empty() {
        current(ui)?
    } else {
        None
    };
    let Some(d) = demarche else {
        // clap requires both outside a démarche.
        let grid = grid.ok_or_else(|| anyhow!(tr!("demarche-none")))?;
        let inputs = inputs
            .iter()
            .map(|path| Input {
                path: path.clone(),
                options: base.clone(),
            })
            .collect();
        return Ok(Used {
            grid: grid.to_owned(),
            inputs,
            demarche: None,
        });
    };
    say_used(&d, ui)?;
    let mut base = base;
    base.read.columns.action_aliases = Arc::new(d.action_aliases());
    let inputs: Vec<Input> = if inputs.is_empty() {
        let mut all: Vec<Input> = d
            .source_files()
            .into_iter()
            .map(|(path, source)| Input {
                path,
                options: base.for_source(args, source),
            })
            .collect();
        all.extend(d.evaluation_files().into_iter().map(|path| Input {
            path,
            options: base.clone(),
        }));
        all
    } else {
        inputs
            .iter()
            .map(|path| Input {
                path: path.clone(),
                options: base.clone(),
            })
            .collect()
    };
    if inputs.is_empty() {
        return Err(anyhow!(tr!(
            "demarche-no-inputs",
            data = shown(&d.dir.join(&d.folders.data)),
            evaluations = shown(&d.evaluations_dir())
        ))
        .into());
    }
    Ok(Used {
        grid: grid.map_or_else(|| d.grid_arg(), str::to_owned),
        inputs,
        demarche: Some(d),
    })
}

/// The one line saying which démarche is used, unless `-q`.
pub fn say_used(d: &Demarche, ui: &Ui) -> io::Result<()> {
    if ui.quiet {
        return Ok(());
    }
    let file = shown(&d.dir.join(demarche::FILE_NAME));
    let name = if d.title.is_empty() {
        d.organisation.as_str()
    } else {
        d.title.as_str()
    };
    writeln!(
        io::stderr(),
        "{}: {}",
        tr!("note-prefix"),
        tr!(
            "demarche-used",
            title = crate::text::clean(name).into_owned(),
            path = file
        )
    )
}

/// Whether the démarche's agreed targets can be used with `grid` (an
/// indicator of it, a number, no tie, a target apart from its baseline: the
/// same checks as `--targets`); findings in the démarche's file are shown
/// when not.
pub fn targets_fit(d: &Demarche, grid: &Grid, ui: &Ui) -> exit::Result<bool> {
    if d.targets.is_empty() {
        return Ok(true);
    }
    let file = d.dir.join(demarche::FILE_NAME);
    let text =
        String::from_utf8_lossy(&super::read_input(&file, demarche::MAX_BYTES)?).into_owned();
    let findings = crate::score::targets::locate(grid, &text, &d.targets);
    if findings.is_empty() {
        return Ok(true);
    }
    let report = target_report(d, findings)?;
    let mut err = io::stderr().lock();
    crate::diag::render::human_findings(&mut err, &[report], ui.color_err)?;
    Ok(false)
}

/// The findings about targets as a report on the démarche's file.
pub fn target_report(
    d: &Demarche,
    findings: Vec<crate::diag::Finding>,
) -> exit::Result<crate::diag::FileReport> {
    let file = d.dir.join(demarche::FILE_NAME);
    let bytes = super::read_input(&file, demarche::MAX_BYTES)?;
    let mut report = crate::diag::FileReport {
        name: shown(&file),
        text: String::from_utf8_lossy(&bytes).into_owned(),
        findings,
        unlisted: 0,
    };
    report.sort();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Command;
    use crate::demarche::Source;
    use crate::period::PeriodBy;

    fn data_args(line: &[&str]) -> DataArgs {
        let args = ["utilsoc", "score", "--grid", "g", "x.csv"]
            .iter()
            .chain(line)
            .map(std::ffi::OsString::from);
        match crate::cli::parse(args).unwrap().command {
            Command::Score(score) => score.scoring.data,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_sources_options_apply_unless_the_command_line_gives_them() {
        let source = Source {
            path: "donnees/*.csv".into(),
            action_column: Some("Atelier".into()),
            period_from: Some("Date".into()),
            period_by: Some(PeriodBy::Semester),
            delimiter: Some(b';'),
            header_row: Some(2),
            ..Source::default()
        };
        let args = data_args(&[]);
        let own = DataOptions::from_args(&args).for_source(&args, &source);
        assert_eq!(own.read.columns.action_column.as_deref(), Some("Atelier"));
        assert_eq!(own.read.period_from.as_deref(), Some("Date"));
        assert_eq!(own.read.period_by, PeriodBy::Semester);
        assert_eq!(own.read.delimiter, Some(b';'));
        assert_eq!(own.read.columns.header_row, Some(2));
        // The command line wins, each option on its own.
        let args = data_args(&["--action-column", "Qui", "--period-from", "Horodateur"]);
        let own = DataOptions::from_args(&args).for_source(&args, &source);
        assert_eq!(own.read.columns.action_column.as_deref(), Some("Qui"));
        assert_eq!(own.read.period_from.as_deref(), Some("Horodateur"));
        assert_eq!(own.read.period_by, PeriodBy::Year);
        assert_eq!(own.read.delimiter, Some(b';'));
    }
}
