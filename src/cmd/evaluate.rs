//! `utilsoc evaluate`: the interactive autoévaluation of one action.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use super::{Invalid, Ui, load_grid};
use crate::cli::EvaluateArgs;
use crate::evaluation::{self, Evaluation};
use crate::grid::Grid;
use crate::input::DataReport;
use crate::interactive::{Outcome, Prompter, TermPrompter, walk};
use crate::report::scores;
use crate::score::Tally;
use crate::{exit, output, text, tr};

/// Exit code of a walk cut short by Ctrl-C (128 + SIGINT), as shells expect.
const INTERRUPTED: u8 = 130;

/// Roles offered when none is given (message keys).
const ROLES: [&str; 6] = [
    "role-staff",
    "role-volunteer",
    "role-participant",
    "role-board",
    "role-partner",
    "role-funder",
];

pub fn run(args: EvaluateArgs, ui: &Ui) -> Result<u8> {
    // dialoguer checks stderr only, and reads /dev/tty when stdin is piped:
    // without both, fail at once rather than hang or read a pipe.
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        bail!(tr!("evaluate-no-terminal"));
    }
    let grid = load_grid(&args.grid)?;
    // Ctrl-C outside a prompt's raw mode arrives as SIGINT: answers are
    // already saved, so say so, give the cursor back and leave.
    let message = tr!("evaluate-interrupted");
    output::on_signal(Box::new(move || {
        let _ = dialoguer::console::Term::stderr().show_cursor();
        let _ = writeln!(io::stderr(), "\n{message}");
    }));
    let mut prompter = TermPrompter::new(ui.color);
    match session(&grid, &args, &mut prompter) {
        Ok(code) => Ok(code),
        Err(e) if is_interrupted(&e) => {
            let _ = writeln!(io::stderr());
            let _ = writeln!(io::stderr(), "{}", tr!("evaluate-interrupted"));
            Ok(INTERRUPTED)
        }
        Err(e) => Err(e),
    }
}

fn is_interrupted(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::Interrupted)
    })
}

fn now() -> jiff::ZonedDateTime {
    jiff::ZonedDateTime::now()
}

fn session(grid: &Grid, args: &EvaluateArgs, prompter: &mut dyn Prompter) -> Result<u8> {
    let mut evaluation = match &args.output {
        Some(path) if path.exists() => resume(grid, path, args, prompter)?,
        _ => {
            let fresh = new_evaluation(grid, args, prompter)?;
            let path = args.output.clone().unwrap_or_else(|| default_path(&fresh));
            if path.exists() {
                resume(grid, &path, args, prompter)?.with_path(path)
            } else {
                prompter.line(&tr!("evaluate-new-file", path = path.display().to_string()))?;
                save(&path, &fresh.evaluation)?;
                fresh.with_path(path)
            }
        }
    };
    let path = evaluation.path.clone();
    output::sweep_stale_temps(
        output::link_target(&path)
            .parent()
            .unwrap_or(Path::new(".")),
    );
    let mut saver = |e: &Evaluation| -> io::Result<()> {
        let mut stamped = e.clone();
        stamped.grid = evaluation::stamp(grid);
        stamped.updated = Some(now().strftime("%Y-%m-%dT%H:%M:%S%:z").to_string());
        save(&path, &stamped).map_err(io::Error::other)
    };
    let outcome = walk(
        grid,
        &mut evaluation.evaluation,
        prompter,
        &mut saver,
        args.review,
    )?;
    // Record the current grid even when nothing changed in the walk.
    saver(&evaluation.evaluation)?;
    let display = path.display().to_string();
    match outcome {
        Outcome::Finished => prompter.line(&format!("\n{}", tr!("evaluate-finished")))?,
        Outcome::Quit => prompter.line(&format!(
            "\n{}",
            tr!("evaluate-saved-quit", path = display.as_str())
        ))?,
    }
    summary(grid, &evaluation.evaluation, &display)?;
    Ok(exit::SUCCESS)
}

/// An evaluation and the file it lives in.
struct Open {
    evaluation: Evaluation,
    path: PathBuf,
}

impl Open {
    fn with_path(mut self, path: PathBuf) -> Open {
        self.path = path;
        self
    }
}

fn resume(
    grid: &Grid,
    path: &Path,
    args: &EvaluateArgs,
    prompter: &mut dyn Prompter,
) -> Result<Open> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| output::FileError::read(path, e))?;
    let evaluation = Evaluation::parse(&name, &text).map_err(|p| Invalid(p.message))?;
    if evaluation.grid.id != grid.id {
        return Err(Invalid(tr!(
            "evaluation-wrong-grid",
            file = name.as_str(),
            recorded = evaluation.grid.id.as_str(),
            grid = grid.id.as_str()
        ))
        .into());
    }
    if let Some(action) = &args.action
        && *action != evaluation.action
    {
        return Err(Invalid(tr!(
            "evaluate-other-action",
            file = name.as_str(),
            recorded = evaluation.action.as_str(),
            action = action.as_str()
        ))
        .into());
    }
    if let Some(change) = evaluation::changes(&evaluation, grid) {
        prompter.line(&format!("{}: {change}", tr!("warning-prefix")))?;
    }
    let total = grid.indicators().count();
    let entries = || {
        grid.indicators()
            .filter_map(|(_, _, i)| evaluation.entry(&i.id))
    };
    let skipped = entries()
        .filter(|e| e.status == Some(evaluation::State::Missing))
        .count();
    let answered = entries()
        .filter(|e| e.is_answered() && e.status != Some(evaluation::State::Missing))
        .count();
    prompter.line(&tr!(
        "evaluate-resume",
        path = name.as_str(),
        action = evaluation.action.as_str(),
        answered = answered,
        skipped = skipped,
        total = total
    ))?;
    for line in progress_by_criterion(grid, &evaluation) {
        prompter.line(&format!("  {line}"))?;
    }
    Ok(Open {
        evaluation,
        path: path.to_owned(),
    })
}

/// "Domain › criterion: 2/3" lines, for the user to see where things stand.
pub fn progress_by_criterion(grid: &Grid, evaluation: &Evaluation) -> Vec<String> {
    let lang = crate::i18n::lang();
    let mut lines = Vec::new();
    for domain in &grid.domains {
        for criterion in &domain.criteria {
            let answered = criterion
                .indicators
                .iter()
                .filter(|i| {
                    evaluation
                        .entry(&i.id)
                        .is_some_and(evaluation::Entry::is_answered)
                })
                .count();
            lines.push(format!(
                "{} › {} — {answered}/{}",
                domain.label.get(lang),
                criterion.label.get(lang),
                criterion.indicators.len()
            ));
        }
    }
    lines
}

fn new_evaluation(grid: &Grid, args: &EvaluateArgs, prompter: &mut dyn Prompter) -> Result<Open> {
    let lang = crate::i18n::lang();
    prompter.line(&tr!("evaluate-welcome", title = grid.title.get(lang)))?;
    let action = match &args.action {
        Some(a) => a.clone(),
        None => loop {
            let typed = prompter.input(&tr!("evaluate-ask-action"), "")?;
            if !typed.trim().is_empty() {
                break typed.trim().to_owned();
            }
            prompter.line(&tr!("evaluate-action-required"))?;
        },
    };
    let period = match &args.period {
        Some(p) => Some(p.clone()),
        None => {
            let year = now().year().to_string();
            Some(
                prompter
                    .input(&tr!("evaluate-ask-period"), &year)?
                    .trim()
                    .to_owned(),
            )
            .filter(|p| !p.is_empty())
        }
    };
    let role = match &args.role {
        Some(r) => Some(r.clone()),
        None => {
            let mut items: Vec<String> =
                ROLES.iter().map(|k| crate::i18n::message(k, &[])).collect();
            items.push(tr!("role-other"));
            items.push(tr!("role-none"));
            match prompter.select(&tr!("evaluate-ask-role"), &items, 0)? {
                Some(i) if i < ROLES.len() => Some(items[i].clone()),
                Some(i) if i == ROLES.len() => Some(
                    prompter
                        .input(&tr!("evaluate-ask-role-other"), "")?
                        .trim()
                        .to_owned(),
                )
                .filter(|r| !r.is_empty()),
                _ => None,
            }
        }
    };
    let evaluator = match &args.evaluator {
        Some(e) => Some(e.clone()),
        None => Some(
            prompter
                .input(&tr!("evaluate-ask-evaluator"), "")?
                .trim()
                .to_owned(),
        )
        .filter(|e| !e.is_empty()),
    };
    let date = now().date().to_string();
    Ok(Open {
        evaluation: Evaluation::new(grid, action, period, role, evaluator, date),
        path: PathBuf::new(),
    })
}

/// `evaluation-<action>[-<period>][-<role>].toml` in the current directory.
fn default_path(open: &Open) -> PathBuf {
    let e = &open.evaluation;
    let mut name = format!("evaluation-{}", text::slugify(&e.action));
    for part in [&e.period, &e.role].into_iter().flatten() {
        let slug = text::slugify(part);
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug);
        }
    }
    PathBuf::from(format!("{name}.toml"))
}

fn save(path: &Path, evaluation: &Evaluation) -> Result<()> {
    let text = evaluation.to_toml()?;
    Ok(output::write_atomic(path, text.as_bytes())?)
}

/// The action's scores, as `score` shows them, and where the file is.
fn summary(grid: &Grid, evaluation: &Evaluation, path: &str) -> Result<()> {
    let mut tally = Tally::new(grid, false);
    let mut report = DataReport::default();
    evaluation::apply(path, evaluation, grid, &mut tally, &mut report)
        .map_err(|p| Invalid(p.message))?;
    let cards = tally.finish();
    let mut out = io::stdout().lock();
    write!(out, "{}", scores::table(grid, &cards, super::table_width()))?;
    writeln!(out, "{}", tr!("evaluate-file-is", path = path))?;
    Ok(())
}
