//! Reading survey data for `score` and `check --grid`: inputs, progress on a
//! terminal, and how problems are shown.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Result;

use super::{Ui, display_name};
use crate::cli::{ByArg, DataArgs, DateFormatArg, PeriodByArg, ScoringArgs};
use crate::demarche::Source;
use crate::diag::{Code, FileReport, Finding, Severity};
use crate::evaluation;
use crate::grid::Grid;
use crate::input::dates::DayMonth;
use crate::input::{DataReport, Problem, ReadError, ReadOptions, read_one};
use crate::period::PeriodBy;
use crate::score::Tally;
use crate::score::{Divergence, Scorecard, divergences};
use crate::tr;

/// How data is read, free of clap.
#[derive(Clone, Debug)]
pub struct DataOptions {
    pub read: ReadOptions,
    pub lenient: bool,
}

impl DataOptions {
    pub fn from_args(args: &DataArgs) -> Self {
        DataOptions {
            read: ReadOptions {
                delimiter: args.delimiter,
                strict: args.strict,
                progress: None,
                chunk_bytes: knob("UTILSOC_CHUNK_BYTES"),
                workers: knob("UTILSOC_THREADS"),
                sheet: args.sheet.clone(),
                period_from: args.period_from.clone(),
                period_by: period_by(args.period_by),
                date_format: args.date_format.map(|f| match f {
                    DateFormatArg::Dmy => DayMonth::Dmy,
                    DateFormatArg::Mdy => DayMonth::Mdy,
                }),
                columns: crate::input::ColumnOptions {
                    action_column: args.action_column.clone(),
                    period_column: args.period_column.clone(),
                    role_column: args.role_column.clone(),
                    respondent_column: args.respondent_column.clone(),
                    action: args.action.clone(),
                    period: args.period.clone(),
                    role: args.role.clone(),
                    header_row: args.header_row.map(|n| n as usize),
                    action_aliases: Arc::default(),
                },
                // `check` turns it on for itself.
                flag_contacts: false,
            },
            lenient: args.lenient,
        }
    }

    /// The options of a démarche's source: its own import options, each
    /// overridden by the same option given on the command line (`args`).
    pub fn for_source(&self, args: &DataArgs, source: &Source) -> Self {
        let mut options = self.clone();
        let read = &mut options.read;
        let columns = &mut read.columns;
        let keep = |given: &mut Option<String>, own: &Option<String>| {
            if given.is_none() {
                given.clone_from(own);
            }
        };
        keep(&mut columns.action_column, &source.action_column);
        keep(&mut columns.period_column, &source.period_column);
        keep(&mut columns.role_column, &source.role_column);
        keep(&mut columns.respondent_column, &source.respondent_column);
        keep(&mut columns.action, &source.action);
        keep(&mut columns.period, &source.period);
        keep(&mut columns.role, &source.role);
        columns.header_row = columns.header_row.or(source.header_row);
        keep(&mut read.sheet, &source.sheet);
        read.delimiter = read.delimiter.or(source.delimiter);
        if args.period_from.is_none() {
            read.period_from.clone_from(&source.period_from);
            read.period_by = source.period_by.unwrap_or_default();
            read.date_format = source.date_format;
        }
        options
    }
}

fn period_by(arg: PeriodByArg) -> PeriodBy {
    match arg {
        PeriodByArg::Year => PeriodBy::Year,
        PeriodByArg::Semester => PeriodBy::Semester,
        PeriodByArg::Quarter => PeriodBy::Quarter,
        PeriodByArg::Month => PeriodBy::Month,
    }
}

/// One file to read, with its own options: a démarche's sources each have
/// theirs.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: PathBuf,
    pub options: DataOptions,
}

/// A positive number from a hidden environment variable: tests set the
/// chunk size and thread count to prove that results do not depend on them.
fn knob(name: &str) -> Option<usize> {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n| n > 0)
}

/// What reading the inputs found.
#[derive(Debug, Default)]
pub struct Read {
    pub report: DataReport,
    /// The problem that stopped the reading: a file that is not survey data.
    pub fatal: Option<Problem>,
}

/// Streams every input into `tally`, as one data set. A file that is not
/// survey data stops the reading, as [`Read::fatal`].
pub fn read_inputs(inputs: &[Input], tally: &mut Tally<'_>, ui: &Ui) -> Result<Read> {
    let mut read = Read::default();
    let progress = Progress::start(ui);
    for (rank, input) in inputs.iter().enumerate() {
        let mut how = input.options.read.clone();
        how.progress = progress.as_ref().map(|p| Arc::clone(&p.rows));
        tally.set_source(u32::try_from(rank).unwrap_or(u32::MAX));
        match read_one(&input.path, tally, &how, &mut read.report) {
            Ok(()) => {}
            Err(ReadError::Data(problem)) => {
                read.fatal = Some(problem);
                break;
            }
            Err(ReadError::Io(e)) => return Err(e),
        }
    }
    drop(progress);
    Ok(read)
}

/// A spinner with the row count on stderr, only when stderr is a terminal.
struct Progress {
    rows: Arc<AtomicU64>,
    done: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn start(ui: &Ui) -> Option<Progress> {
        if ui.quiet || !io::stderr().is_terminal() {
            return None;
        }
        let rows = Arc::new(AtomicU64::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let (r, d) = (Arc::clone(&rows), Arc::clone(&done));
        let thread = std::thread::spawn(move || {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {human_pos} {msg} ({per_sec})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.set_message(tr!("progress-rows"));
            while !d.load(Ordering::Relaxed) {
                bar.set_position(r.load(Ordering::Relaxed));
                bar.tick();
                std::thread::sleep(Duration::from_millis(100));
            }
            bar.finish_and_clear();
        });
        Some(Progress {
            rows,
            done,
            thread: Some(thread),
        })
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A data problem as a finding, located by line and column, printed by the
/// same renderers as grid findings.
pub fn finding(problem: &Problem, severity: Severity) -> Finding {
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

/// Data problems and warnings as one report per file, the files in the order
/// given (others after them), each file's findings by line then column: a
/// row's problems read left to right, whichever reader found them first.
/// Evaluation files are read again for their excerpts; CSV files, streamed
/// and possibly huge, are named by line and column only.
pub fn file_reports<'a>(
    files: &[PathBuf],
    found: impl IntoIterator<Item = (&'a Problem, Severity)>,
) -> Vec<FileReport> {
    let mut reports: Vec<FileReport> = files
        .iter()
        .map(|path| FileReport {
            name: display_name(path),
            text: String::new(),
            findings: Vec::new(),
            unlisted: 0,
        })
        .collect();
    for (problem, severity) in found {
        let at = match reports.iter().position(|r| r.name == problem.file) {
            Some(at) => at,
            None => {
                reports.push(FileReport {
                    name: problem.file.clone(),
                    text: String::new(),
                    findings: Vec::new(),
                    unlisted: 0,
                });
                reports.len() - 1
            }
        };
        reports[at].findings.push(finding(problem, severity));
    }
    for (report, path) in reports.iter_mut().zip(files) {
        if report.findings.iter().any(|f| f.place.is_some()) {
            report.text = evaluation_text(path).unwrap_or_default();
        }
    }
    for report in &mut reports {
        report.findings.sort_by_key(|f| f.place.unwrap_or((0, 0)));
    }
    reports.retain(|r| !r.findings.is_empty());
    reports
}

/// The text of an evaluation file (not standard input, read once already).
fn evaluation_text(path: &Path) -> Option<String> {
    if path.extension().is_none_or(|e| e != "toml") || path.as_os_str() == "-" {
        return None;
    }
    let bytes = super::read_input(path, evaluation::MAX_BYTES).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Warnings, then problems, on stderr, through the findings' renderer.
/// Returns whether the run must stop.
pub fn show(inputs: &[PathBuf], read: &Read, options: &DataOptions, ui: &Ui) -> Result<bool> {
    let report = &read.report;
    let severity = if options.lenient && read.fatal.is_none() {
        Severity::Warning
    } else {
        Severity::Error
    };
    let warnings = report
        .warnings
        .iter()
        .filter(|_| !ui.quiet)
        .map(|p| (p, Severity::Warning));
    let problems = report
        .problems
        .iter()
        .chain(&read.fatal)
        .map(|p| (p, severity));
    let reports = file_reports(inputs, warnings.chain(problems));
    let mut err = io::stderr().lock();
    crate::diag::render::human_findings(&mut err, &reports, ui.color_err)?;
    if read.fatal.is_some() {
        return Ok(true);
    }
    if report.problem_count == 0 {
        return Ok(false);
    }
    let prefix = if options.lenient {
        tr!("warning-prefix")
    } else {
        tr!("error-prefix")
    };
    let hidden = report.problem_count - report.problems.len() as u64;
    if hidden > 0 {
        writeln!(
            err,
            "{prefix}: {}",
            tr!("data-more-problems", count = hidden)
        )?;
    }
    if options.lenient {
        if !ui.quiet {
            writeln!(
                err,
                "{}: {}",
                tr!("warning-prefix"),
                tr!("data-lenient-summary", count = report.problem_count)
            )?;
        }
        Ok(false)
    } else {
        writeln!(
            err,
            "{}: {}",
            tr!("error-prefix"),
            tr!("data-strict-summary", count = report.problem_count)
        )?;
        if report.problems.iter().any(|p| {
            !matches!(
                p.code,
                Code::UnknownColumn | Code::FewIndicators | Code::UnknownRole
            )
        }) {
            writeln!(err, "{}", tr!("data-lenient-hint"))?;
        }
        Ok(true)
    }
}

/// Scores read from the inputs of `score` or `report`.
pub struct Scored {
    pub grid: Grid,
    pub cards: Vec<Scorecard>,
    pub divergences: Vec<Divergence>,
    /// Every role that answered, also when roles pool.
    pub roles: Vec<String>,
    pub by_role: bool,
    /// The démarche that gave the grid or the inputs, if one did.
    pub demarche: Option<crate::demarche::Demarche>,
}

impl Scored {
    /// Roles as people read them: a known role's label in the current
    /// language instead of its id (the grid's label when the grid names its
    /// roles), for tables and documents. CSV and JSON keep the ids, which do
    /// not change with the language.
    pub fn show_role_labels(&mut self) {
        let grid = &self.grid;
        let label = |role: &mut String| {
            let shown = crate::role::label_in(grid, role);
            if shown != role.as_str() {
                *role = shown.into_owned();
            }
        };
        for card in &mut self.cards {
            if let Some(role) = &mut card.key.role {
                label(role);
            }
        }
        self.roles.iter_mut().for_each(label);
        for divergence in &mut self.divergences {
            divergence.roles.iter_mut().for_each(|r| label(&mut r.role));
        }
    }
}

/// Loads the grid, reads every input and scores it; `None` when the data has
/// problems (they are shown, and the command exits with 1).
pub fn score_inputs(
    args: &ScoringArgs,
    ui: &Ui,
    keep_texts: bool,
) -> crate::exit::Result<Option<Scored>> {
    let options = DataOptions::from_args(&args.data);
    let by_role = args.by == Some(ByArg::Role);
    let used = super::demarche::resolve(args.grid.as_deref(), &args.inputs, &args.data, ui)?;
    let grid = super::load_grid(&used.grid, ui)?;
    if let Some(demarche) = &used.demarche
        && !super::demarche::targets_fit(demarche, &grid, ui)?
    {
        return Ok(None);
    }
    let mut tally = Tally::new(&grid, by_role);
    // `--targets` wins over the démarche's, like every option.
    if let Some(path) = &args.targets {
        tally = tally.with_targets(super::score::load_targets(path, &grid, ui)?);
    } else if let Some(demarche) = &used.demarche
        && !demarche.targets.is_empty()
    {
        tally = tally.with_targets(demarche.targets.clone());
    }
    if keep_texts {
        tally.keep_texts();
    }
    let read = read_inputs(&used.inputs, &mut tally, ui)?;
    let paths: Vec<PathBuf> = used.inputs.iter().map(|i| i.path.clone()).collect();
    if show(&paths, &read, &options, ui)? {
        return Ok(None);
    }
    let roles = tally.roles();
    let cards = tally.finish();
    let divergences = if by_role {
        divergences(&grid, &cards)
    } else {
        Vec::new()
    };
    Ok(Some(Scored {
        grid,
        cards,
        divergences,
        roles,
        by_role,
        demarche: used.demarche,
    }))
}
