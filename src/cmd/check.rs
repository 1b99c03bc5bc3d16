//! `utilsoc check`: validate grid files for people and CI pipelines. Every file
//! is read and every finding collected before anything is printed.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::data::DataOptions;
use super::{TooLarge, Ui, display_name, load_grid, read_input};
use crate::cli::{CheckArgs, CheckFormat};
use crate::diag::render::{self, Totals};
use crate::diag::{Code, FileReport, Finding, Severity, did_you_mean};
use crate::grid::Grid;
use crate::grid::{self, builtin};
use crate::input::{DataReport, Problem, ReadError, read_one};
use crate::score::Tally;
use crate::text::clean;
use crate::{exit, tr};

/// What `check` runs with, free of clap.
struct Options {
    files: Vec<PathBuf>,
    grid: Option<String>,
    data: DataOptions,
    builtin: bool,
    format: CheckFormat,
    deny_warnings: bool,
}

pub fn run(args: CheckArgs, ui: &Ui) -> Result<u8> {
    if let Some(code) = &args.explain {
        return explain(code);
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
    if let Some(grid) = &options.grid {
        let grid = load_grid(grid)?;
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
            render::human_findings(&mut out, &reports, ui.color)?;
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
        exit::FAILURE
    } else if totals.errors > 0 || (options.deny_warnings && totals.warnings > 0) {
        exit::INVALID
    } else {
        exit::SUCCESS
    })
}

/// Reads a data file against `grid` without scoring it: every problem becomes
/// a finding.
fn check_data(grid: &Grid, path: &Path, options: &DataOptions) -> Result<FileReport> {
    let mut tally = Tally::new(grid, false);
    let mut data = DataReport::default();
    let mut findings = Vec::new();
    match read_one(path, &mut tally, &options.read, &mut data) {
        Ok(()) => {}
        Err(ReadError::Data(problem)) => findings.push(problem_finding(&problem, Severity::Error)),
        Err(ReadError::Io(e)) => return Err(e),
    }
    findings.extend(
        data.warnings
            .iter()
            .map(|p| problem_finding(p, Severity::Warning)),
    );
    // Cells that do not fit are errors, or only warnings with --lenient.
    let severity = if options.lenient {
        Severity::Warning
    } else {
        Severity::Error
    };
    findings.extend(data.problems.iter().map(|p| problem_finding(p, severity)));
    let hidden = (data.problem_count - data.problems.len() as u64) as usize;
    if hidden > 0
        && let Some(last) = findings.last_mut()
    {
        last.notes.push(tr!("data-more-problems", count = hidden));
    }
    findings.sort_by_key(|f| f.place.map_or(0, |p| p.0));
    Ok(FileReport {
        name: display_name(path),
        text: String::new(),
        findings,
        unlisted: if severity == Severity::Error {
            hidden
        } else {
            0
        },
    })
}

fn problem_finding(problem: &Problem, severity: Severity) -> Finding {
    let mut finding = Finding::new(problem.code, problem.message.clone());
    finding.severity = severity;
    if problem.line > 0 {
        finding.place = Some((problem.line, problem.field.unwrap_or(1)));
    }
    if let Some(expected) = &problem.expected {
        finding = finding.note(tr!("data-expected", expected = expected.as_str()));
    }
    if let Some(note) = &problem.note {
        finding = finding.note(note.to_string());
    }
    finding
}

fn too_large(large: &TooLarge) -> FileReport {
    FileReport {
        name: large.name.clone(),
        text: String::new(),
        unlisted: 0,
        findings: vec![Finding::new(Code::FileTooLarge, large.message()).at(0..0, String::new())],
    }
}

fn explain(name: &str) -> Result<u8> {
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
    Ok(exit::SUCCESS)
}
