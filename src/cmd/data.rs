//! Reading survey data for `score` and `check --grid`: inputs, progress on a
//! terminal, and how problems are shown.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use anyhow::Result;

use super::{Invalid, Ui};
use crate::cli::{ByArg, DataArgs, ScoringArgs};
use crate::diag::Code;
use crate::grid::Grid;
use crate::input::{DataReport, Problem, ReadError, ReadOptions, read_one};
use crate::score::Tally;
use crate::score::{Divergence, Scorecard, divergences};
use crate::text::clean;
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
            },
            lenient: args.lenient,
        }
    }
}

/// A positive number from a hidden environment variable: tests set the
/// chunk size and thread count to prove that results do not depend on them.
fn knob(name: &str) -> Option<usize> {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|&n| n > 0)
}

/// Streams every input into `tally`, as one data set. A file that is not
/// survey data stops the run (exit 1).
pub fn read_inputs(
    inputs: &[PathBuf],
    tally: &mut Tally<'_>,
    options: &DataOptions,
    ui: &Ui,
) -> Result<DataReport> {
    let mut report = DataReport::default();
    let mut read = options.read.clone();
    let progress = Progress::start(ui);
    read.progress = progress.as_ref().map(|p| Arc::clone(&p.rows));
    for (rank, path) in inputs.iter().enumerate() {
        tally.set_source(u32::try_from(rank).unwrap_or(u32::MAX));
        match read_one(path, tally, &read, &mut report) {
            Ok(()) => {}
            Err(ReadError::Data(problem)) => return Err(Invalid(problem_line(&problem)).into()),
            Err(ReadError::Io(e)) => return Err(e),
        }
    }
    drop(progress);
    Ok(report)
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

/// `file:line:field: message (expected …)`; problems with a whole file are
/// their message alone, which names the file.
pub fn problem_line(problem: &Problem) -> String {
    let mut line = String::new();
    if problem.line > 0 {
        line.push_str(&format!("{}:{}", problem.file, problem.line));
        if let Some(field) = problem.field {
            line.push_str(&format!(":{field}"));
        }
        line.push_str(": ");
    }
    line.push_str(&problem.message);
    if let Some(expected) = &problem.expected {
        line.push_str(&format!(
            " ({})",
            tr!("data-expected", expected = expected.as_str())
        ));
    }
    if let Some(note) = &problem.note {
        line.push_str(&format!(" ({note})"));
    }
    line
}

/// Warnings, then problems, on stderr. Returns whether the run must stop.
pub fn show(report: &DataReport, options: &DataOptions, ui: &Ui) -> Result<bool> {
    let mut err = io::stderr().lock();
    if !ui.quiet {
        for warning in &report.warnings {
            writeln!(
                err,
                "{}: {}",
                tr!("warning-prefix"),
                clean(&warning.message)
            )?;
        }
    }
    if report.problem_count == 0 {
        return Ok(false);
    }
    let prefix = if options.lenient {
        tr!("warning-prefix")
    } else {
        tr!("error-prefix")
    };
    for problem in &report.problems {
        // Problems quote cells, which must not drive the terminal.
        writeln!(err, "{prefix}: {}", clean(&problem_line(problem)))?;
    }
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
        if report
            .problems
            .iter()
            .any(|p| p.code != Code::UnknownColumn)
        {
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
}

/// Loads the grid, reads every input and scores it; `None` when the data has
/// problems (they are shown, and the command exits with 1).
pub fn score_inputs(args: &ScoringArgs, ui: &Ui, keep_texts: bool) -> Result<Option<Scored>> {
    let options = DataOptions::from_args(&args.data);
    let by_role = args.by == Some(ByArg::Role);
    let grid = super::load_grid(&args.grid)?;
    let mut tally = Tally::new(&grid, by_role);
    if keep_texts {
        tally.keep_texts();
    }
    let report = read_inputs(&args.inputs, &mut tally, &options, ui)?;
    if show(&report, &options, ui)? {
        return Ok(None);
    }
    let roles = tally.roles();
    let cards = tally.finish();
    let divergences = if by_role {
        divergences(&cards)
    } else {
        Vec::new()
    };
    Ok(Some(Scored {
        grid,
        cards,
        divergences,
        roles,
        by_role,
    }))
}
