//! `utilsoc check`: validate grid files for people and CI pipelines. Every file
//! is read and every finding collected before anything is printed.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::data::{self, DataOptions};
use super::{TooLarge, Ui, display_name, load_grid, read_input};
use crate::cli::{CheckArgs, CheckFormat};
use crate::diag::render::{self, Totals};
use crate::diag::{Code, FileReport, Finding, Severity, did_you_mean};
use crate::exit::{self, Exit};
use crate::grid::Grid;
use crate::grid::{self, builtin};
use crate::input::{DataReport, ReadError, read_one};
use crate::score::Tally;
use crate::text::clean;
use crate::tr;

/// What `check` runs with, free of clap.
struct Options {
    files: Vec<PathBuf>,
    grid: Option<String>,
    data: DataOptions,
    builtin: bool,
    format: CheckFormat,
    deny_warnings: bool,
}

pub fn run(args: CheckArgs, ui: &Ui) -> exit::Result<Exit> {
    if let Some(code) = &args.explain {
        return Ok(explain(code)?);
    }
    let options = Options {
        files: args.files,
        grid: args.grid,
        data: DataOptions::from_args(&args.data),
        builtin: args.builtin,
        format: args.format,
        deny_warnings: args.deny_warnings,
    };
    let mut reports = Vec::new();
    let mut unreadable = false;
    if options.files.is_empty() && !options.builtin {
        unreadable = check_demarche(&options, &args.data, ui, &mut reports)?;
    } else if let Some(grid) = &options.grid {
        let grid = load_grid(grid, ui)?;
        for path in &options.files {
            match check_data(&grid, path, &options.data) {
                Ok(report) => reports.push(report),
                Err(e) => {
                    unreadable = true;
                    writeln!(
                        io::stderr(),
                        "{}: {}",
                        tr!("error-prefix"),
                        clean(&format!("{e:#}"))
                    )?;
                }
            }
        }
    }
    for path in options.files.iter().filter(|_| options.grid.is_none()) {
        match read_input(path, grid::MAX_GRID_BYTES) {
            Ok(bytes) => reports.push(grid::load(&display_name(path), &bytes).1),
            Err(e) => match e.downcast::<TooLarge>() {
                Ok(large) => reports.push(too_large(&large)),
                Err(e) => {
                    unreadable = true;
                    writeln!(
                        io::stderr(),
                        "{}: {}",
                        tr!("error-prefix"),
                        clean(&format!("{e:#}"))
                    )?;
                }
            },
        }
    }
    if options.builtin {
        for b in builtin::BUILTINS {
            reports.push(grid::load(&b.file_name(), b.source.as_bytes()).1);
        }
    }
    // Rendered whole, then written: a failing standard output (a full disk)
    // is then named as such.
    let mut out = Vec::new();
    match options.format {
        CheckFormat::Human => {
            if ui.quiet {
                for report in &mut reports {
                    report
                        .findings
                        .retain(|f| f.severity == crate::diag::Severity::Error);
                }
            }
            render::human_findings(&mut out, &reports, ui.color_out)?;
            if !ui.quiet {
                render::human_summary(&mut out, &reports)?;
            }
        }
        CheckFormat::Json => render::json(&mut out, &reports)?,
        CheckFormat::Github => render::github(&mut out, &reports)?,
    }
    crate::output::emit(None, &out)?;
    let totals = Totals::of(&reports);
    Ok(if unreadable {
        Exit::Failure
    } else if totals.errors > 0 || (options.deny_warnings && totals.warnings > 0) {
        Exit::Invalid
    } else {
        Exit::Success
    })
}

/// `check` with no file, in a démarche: its file, its grid, then every
/// source (with its own import options) and evaluation file against the
/// grid. Returns whether a file could not be read.
fn check_demarche(
    options: &Options,
    args: &crate::cli::DataArgs,
    ui: &Ui,
    reports: &mut Vec<FileReport>,
) -> exit::Result<bool> {
    let Some(file) = super::demarche::find_here(ui) else {
        return Err(anyhow::anyhow!(tr!("demarche-none")).into());
    };
    let (found, mut report) = super::demarche::load_report(&file)?;
    let Some(d) = found else {
        reports.push(report);
        return Ok(false);
    };
    super::demarche::say_used(&d, ui)?;
    let grid_arg = options.grid.clone().unwrap_or_else(|| d.grid_arg());
    let grid = if super::looks_like_path(&grid_arg) {
        let path = Path::new(&grid_arg);
        let bytes = read_input(path, grid::MAX_GRID_BYTES)?;
        let (grid, grid_report) = grid::load(&display_name(path), &bytes);
        reports.push(grid_report);
        grid
    } else {
        Some(load_grid(&grid_arg, ui)?)
    };
    let Some(grid) = grid else {
        reports.insert(0, report);
        return Ok(false);
    };
    // The same checks as `score` makes of the targets before using them.
    let findings = crate::score::targets::locate(&grid, &report.text, &d.targets);
    report.findings.extend(findings);
    report
        .findings
        .extend(crate::demarche::lint::roles(&grid, &report.text));
    report.sort();
    reports.insert(0, report);
    let data_folder = super::demarche::shown(&d.dir.join(&d.folders.data));
    for path in crate::demarche::lint::stray_files(&d) {
        reports.push(FileReport {
            name: super::demarche::shown(&path),
            text: String::new(),
            findings: vec![crate::demarche::lint::stray_finding(&path, &data_folder)],
            unlisted: 0,
        });
    }
    let mut base = options.data.clone();
    base.read.columns.action_aliases = std::sync::Arc::new(d.action_aliases());
    let mut files: Vec<(PathBuf, DataOptions)> = d
        .source_files()
        .into_iter()
        .map(|(path, source)| (path, base.for_source(args, source)))
        .collect();
    files.extend(d.evaluation_files().into_iter().map(|p| (p, base.clone())));
    let mut unreadable = false;
    // The actions the data names, for the judgement's: only when every file
    // read whole, else an action could be missing for want of its file.
    let mut actions: Option<Vec<String>> = Some(d.actions.iter().map(|a| a.id.clone()).collect());
    for (path, how) in &files {
        match check_data_actions(&grid, path, how) {
            Ok((report, found)) => {
                if report
                    .findings
                    .iter()
                    .any(|f| f.severity == Severity::Error)
                {
                    actions = None;
                }
                if let Some(known) = &mut actions {
                    known.extend(found);
                }
                reports.push(report);
            }
            Err(e) => {
                unreadable = true;
                actions = None;
                writeln!(
                    io::stderr(),
                    "{}: {}",
                    tr!("error-prefix"),
                    clean(&format!("{e:#}"))
                )?;
            }
        }
    }
    // The group's judgement, when there is one: what `judge` and `report`
    // would refuse or pass over.
    let judgement = d.judgement_file();
    if judgement.is_file() {
        let bytes = read_input(&judgement, crate::judgement::MAX_BYTES)?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let actions = actions.filter(|a| !a.is_empty());
        let findings = crate::judgement::check::check(&grid, &text, actions.as_deref());
        let mut report = FileReport {
            name: super::demarche::shown(&judgement),
            text,
            findings,
            unlisted: 0,
        };
        report.sort();
        reports.push(report);
    }
    Ok(unreadable)
}

/// Reads a data file against `grid` without scoring it: every problem becomes
/// a finding.
fn check_data(grid: &Grid, path: &Path, options: &DataOptions) -> Result<FileReport> {
    check_data_actions(grid, path, options).map(|(report, _)| report)
}

/// [`check_data`], and the actions the file names.
fn check_data_actions(
    grid: &Grid,
    path: &Path,
    options: &DataOptions,
) -> Result<(FileReport, Vec<String>)> {
    let mut tally = Tally::new(grid, false);
    let mut read = DataReport::default();
    let mut fatal = None;
    let how = crate::input::ReadOptions {
        flag_contacts: true,
        ..options.read.clone()
    };
    match read_one(path, &mut tally, &how, &mut read) {
        Ok(()) => {}
        Err(ReadError::Data(problem)) => fatal = Some(problem),
        Err(ReadError::Io(e)) => return Err(e),
    }
    let hidden_contacts = keep_first_contacts(&mut read.warnings);
    // Cells that do not fit are errors, or only warnings with --lenient.
    let severity = if options.lenient {
        Severity::Warning
    } else {
        Severity::Error
    };
    let name = display_name(path);
    let found = (fatal.iter().map(|p| (p, Severity::Error)))
        .chain(read.warnings.iter().map(|p| (p, Severity::Warning)))
        .chain(read.problems.iter().map(|p| (p, severity)));
    let mut report = data::file_reports(&[path.to_owned()], found)
        .into_iter()
        .next()
        .unwrap_or(FileReport {
            name,
            text: String::new(),
            findings: Vec::new(),
            unlisted: 0,
        });
    let hidden = (read.problem_count - read.problems.len() as u64) as usize;
    if hidden > 0
        && let Some(last) = report.findings.last_mut()
    {
        last.notes.push(tr!("data-more-problems", count = hidden));
    }
    if severity == Severity::Error {
        report.unlisted = hidden;
    }
    if hidden_contacts > 0
        && let Some(last) = (report.findings.iter_mut()).rfind(|f| f.code == Code::ContactInAnswer)
    {
        last.notes
            .push(tr!("data-contact-more", count = hidden_contacts));
    }
    let mut actions: Vec<String> = tally.finish().into_iter().map(|c| c.key.action).collect();
    actions.dedup();
    Ok((report, actions))
}

/// Contact warnings shown per file: the first few, in line order, say what to
/// look for; the rest are counted.
const CONTACTS_SHOWN: usize = 5;

/// Keeps the first [`CONTACTS_SHOWN`] contact warnings of `warnings` (readers
/// on several threads add theirs in any order) and returns how many it left out.
fn keep_first_contacts(warnings: &mut Vec<crate::input::Problem>) -> usize {
    let (mut contacts, others): (Vec<_>, Vec<_>) = std::mem::take(warnings)
        .into_iter()
        .partition(|w| w.code == Code::ContactInAnswer);
    contacts.sort_by_key(|w| (w.line, w.field));
    let hidden = contacts.len().saturating_sub(CONTACTS_SHOWN);
    contacts.truncate(CONTACTS_SHOWN);
    *warnings = others;
    warnings.extend(contacts);
    hidden
}

fn too_large(large: &TooLarge) -> FileReport {
    FileReport {
        name: large.name.clone(),
        text: String::new(),
        unlisted: 0,
        findings: vec![Finding::new(Code::FileTooLarge, large.message()).at(0..0, String::new())],
    }
}

fn explain(name: &str) -> Result<Exit> {
    let Some(code) = Code::parse(name) else {
        let codes = Code::ALL.iter().map(|c| c.as_str());
        let mut message = tr!("error-unknown-code", code = name);
        if let Some(s) = did_you_mean(name, codes) {
            message.push_str(&format!(" ({})", tr!("did-you-mean", suggestion = s)));
        }
        bail!(message);
    };
    let mut out = Vec::new();
    writeln!(
        out,
        "{} ({})\n\n{}",
        code.as_str(),
        crate::i18n::message(&format!("severity-{}", code.severity().as_str()), &[]),
        code.explanation().trim_end()
    )?;
    crate::output::emit(None, &out)?;
    Ok(Exit::Success)
}
