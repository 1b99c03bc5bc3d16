//! `utilsoc judge`: the group's judgement, in the terminal. It reads what
//! `report` reads (the démarche's data, or a grid and files), shows each
//! criterion's figures with the report's guards, and records the group's
//! appreciations and action plan in one judgement file: saved after every
//! answer, one session at a time (the evaluation's lock), resumed where it
//! stopped.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::anyhow;

use super::Ui;
use super::data::score_inputs;
use crate::cli::{ByArg, JudgeArgs};
use crate::demarche::Demarche;
use crate::exit::{self, Exit};
use crate::grid::Grid;
use crate::interactive::TermPrompter;
use crate::interactive::judge::{self, Outcome, Setting, Subject};
use crate::interactive::prompter::TooSmall;
use crate::judgement::{self, Judgement};
use crate::score::{Scorecard, Series, apply_guards};
use crate::{output, tr};

/// What Ctrl-C must know: what the file holds, the lock file to remove, and
/// how to go on.
#[derive(Debug, Default)]
struct Shared {
    holds: String,
    lock_file: Option<PathBuf>,
    width: usize,
}

impl Shared {
    fn interrupted(&self) -> String {
        let said = tr!("judge-interrupted", saved = self.holds.as_str());
        judge::screen::wrap(&said, self.width, "", "").join("\n")
    }
}

type State = Arc<Mutex<Shared>>;

fn shared(state: &State) -> std::sync::MutexGuard<'_, Shared> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// "3 of 12 criteria judged, 1 step in the plan, saved in FILE. To go on: …",
/// counting the criteria of this session only (`--only` leaves others out).
fn holds(path: &Path, setting: &Setting<'_>, judgement: &Judgement, again: &str) -> String {
    let (done, total) = judge::progress(setting, judgement);
    tr!(
        "judge-holds",
        done = done,
        total = total,
        steps = judgement.plan.len(),
        path = path.display().to_string(),
        again = again
    )
}

pub fn run(mut args: JudgeArgs, ui: &Ui) -> exit::Result<Exit> {
    // The démarche `report` would read: the one around, unless both a grid
    // and files are given.
    let scoring = &args.scoring;
    let demarche: Option<Demarche> = if scoring.grid.is_none() || scoring.inputs.is_empty() {
        super::demarche::find_here(ui)
            .and_then(|file| super::demarche::load_report(&file).ok())
            .and_then(|(d, _)| d)
    } else {
        None
    };
    let path = match (&args.file, &demarche) {
        (Some(file), _) => file.clone(),
        (None, Some(d)) => d.judgement_file(),
        (None, None) => here_file(),
    };
    let name = path.display().to_string();
    // An unreadable file is said before anything else, and left untouched.
    let existing = read(&path)?;
    // So is a file recorded on another grid, before the data is read.
    let grid_arg = (scoring.grid.clone()).or_else(|| demarche.as_ref().map(Demarche::grid_arg));
    if let (Some(j), Some(arg)) = (&existing, grid_arg) {
        same_grid(j, &super::load_grid(&arg, ui)?, &name)?;
    }
    // dialoguer checks stderr only, and reads /dev/tty when stdin is piped.
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        return Err(anyhow!(tr!("judge-no-terminal", path = name.as_str())).into());
    }
    // The divergences between roles are part of what the group sees.
    args.scoring.by = Some(ByArg::Role);
    let Some(mut scored) = score_inputs(&args.scoring, ui, true)? else {
        return Ok(Exit::Invalid);
    };
    let guards = super::score::guards(&args.scoring, super::report::REPORT_GUARDS);
    apply_guards(&mut scored.cards, guards);
    scored.show_role_labels();
    let grid = &scored.grid;
    let mut judgement = match existing {
        Some(j) => {
            compare_grid(&j, grid, &name)?;
            j
        }
        None => Judgement::new(grid, today()),
    };
    let cards = chosen(&scored.cards, &args)?;
    let subjects: Vec<Subject<'_>> = cards
        .iter()
        .map(|card| Subject {
            card,
            divergences: scored
                .divergences
                .iter()
                .filter(|d| d.action == card.key.action && d.period == card.key.period)
                .collect(),
        })
        .collect();
    let mut actions: Vec<String> = match &demarche {
        Some(d) if !d.actions.is_empty() => d.actions.iter().map(|a| a.id.clone()).collect(),
        _ => Vec::new(),
    };
    if actions.is_empty() {
        for card in &scored.cards {
            if !actions.contains(&card.key.action) {
                actions.push(card.key.action.clone());
            }
        }
    }
    let setting = Setting {
        grid,
        subjects,
        guards,
        actions,
        review: args.review,
    };
    let again = if demarche.is_some() && args.file.is_none() && args.only.is_empty() {
        "utilsoc judge".to_owned()
    } else {
        tr!("judge-same-command")
    };
    let state: State = Arc::new(Mutex::new(Shared {
        holds: if path.exists() {
            holds(&path, &setting, &judgement, &again)
        } else {
            tr!("evaluate-saved-nothing")
        },
        lock_file: None,
        width: usize::from(crate::terminal::width(crate::terminal::Stream::Stderr)),
    }));
    output::on_signal(Box::new(interrupt_hook(Arc::clone(&state))));
    let mut prompter = TermPrompter::new(ui.color_err);
    prompter.check_size()?;
    // The second session is told who judges, when the file says it.
    let lock = super::evaluate::take_lock(&path, judgement.participants.clone(), &mut prompter)?;
    shared(&state).lock_file = Some(lock.path().to_owned());
    // What another session saved after this one read the file.
    if let Some(j) = read(&path)? {
        judgement = j;
    }
    output::sweep_stale_temps(
        output::link_target(&path)
            .parent()
            .unwrap_or(Path::new(".")),
    );
    let mut saver = |j: &Judgement| -> io::Result<()> {
        let mut stamped = j.clone();
        stamped.grid = crate::evaluation::stamp(grid);
        stamped.updated = Some(now());
        save(&path, &stamped).map_err(|e| io::Error::other(format!("{e:#}")))?;
        shared(&state).holds = holds(&path, &setting, &stamped, &again);
        Ok(())
    };
    let result = session(&setting, &mut judgement, &mut prompter, &mut saver, &name);
    let said = shared(&state).holds.clone();
    drop(lock);
    match result {
        Ok(Outcome::Finished) => {
            let (done, total) = judge::progress(&setting, &judgement);
            let message = tr!(
                "judge-finished",
                done = done,
                total = total,
                steps = judgement.plan.len(),
                path = name.as_str()
            );
            writeln!(io::stderr(), "{}", wrap(&message))?;
            Ok(Exit::Success)
        }
        Ok(Outcome::Stopped) => {
            writeln!(
                io::stderr(),
                "{}",
                wrap(&tr!("judge-stopped", saved = said))
            )?;
            Ok(Exit::Success)
        }
        Ok(Outcome::Unsaved) => {
            writeln!(
                io::stderr(),
                "{}",
                wrap(&tr!("judge-unsaved", saved = said))
            )?;
            Ok(Exit::Failure)
        }
        Err(e) if super::evaluate::is_interrupted(&e) => {
            let _ = writeln!(io::stderr());
            let _ = writeln!(io::stderr(), "{}", shared(&state).interrupted());
            Ok(Exit::INTERRUPTED)
        }
        Err(e) => match TooSmall::find(&e) {
            Some(small) => Err(anyhow!("{small}\n{said}").into()),
            None => Err(e.into()),
        },
    }
}

/// Asks who judges on a new file, then walks.
fn session(
    setting: &Setting<'_>,
    judgement: &mut Judgement,
    prompter: &mut TermPrompter,
    saver: &mut dyn FnMut(&Judgement) -> io::Result<()>,
    name: &str,
) -> anyhow::Result<Outcome> {
    use crate::interactive::Prompter;
    let lang = crate::i18n::lang();
    judge::say(
        prompter,
        &tr!(
            "judge-welcome",
            title = setting.grid.title.get(lang),
            path = name
        ),
        "",
    )?;
    if judgement.appreciations.is_empty() && judgement.plan.is_empty() || setting.review {
        let typed = prompter.input(
            &tr!("judge-ask-participants"),
            judgement.participants.as_deref().unwrap_or(""),
        )?;
        let typed = typed.trim();
        let participants = (!typed.is_empty()).then(|| typed.to_owned());
        if participants != judgement.participants || !Path::new(name).exists() {
            judgement.participants = participants;
            saver(judgement)?;
        }
    }
    Ok(judge::walk(setting, judgement, prompter, saver)?)
}

fn wrap(text: &str) -> String {
    let width = usize::from(crate::terminal::width(crate::terminal::Stream::Stderr));
    judge::screen::wrap(text, width, "", "").join("\n")
}

/// Removes the lock file and says what the file holds, when Ctrl-C arrives
/// outside a prompt's raw mode (as SIGINT).
fn interrupt_hook(state: State) -> impl Fn() + Send + Sync + 'static {
    move || {
        let state = shared(&state);
        if let Some(lock_file) = &state.lock_file {
            let _ = std::fs::remove_file(lock_file);
        }
        let _ = dialoguer::console::Term::stderr().show_cursor();
        let _ = writeln!(io::stderr(), "\n{}", state.interrupted());
    }
}

/// Outside a démarche: the judgement file of the current folder, in either
/// language, else one named in the user's.
fn here_file() -> PathBuf {
    ["jugement.toml", "judgement.toml"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .unwrap_or_else(|| PathBuf::from(tr!("judgement-file")))
}

/// The judgement file at `path`, if there is one; an unreadable one is an
/// error naming the file, the line and what is wrong (exit 2).
pub fn read(path: &Path) -> exit::Result<Option<Judgement>> {
    if !path.exists() {
        return Ok(None);
    }
    let name = path.display().to_string();
    let bytes = super::read_input(path, judgement::MAX_BYTES)?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| anyhow!(tr!("judge-not-utf8", path = name.as_str())))?;
    match Judgement::parse(text) {
        Ok(j) if j.format == judgement::FORMAT => Ok(Some(j)),
        Ok(j) => Err(anyhow!(tr!(
            "judge-format",
            path = name.as_str(),
            format = u64::from(j.format),
            expected = u64::from(judgement::FORMAT)
        ))
        .into()),
        Err((line, detail)) => Err(anyhow!(tr!(
            "judge-unreadable",
            path = name.as_str(),
            line = line,
            detail = crate::text::clean(&detail).into_owned()
        ))
        .into()),
    }
}

/// A judgement recorded on another grid is refused.
fn same_grid(j: &Judgement, grid: &Grid, name: &str) -> exit::Result<()> {
    if j.grid.id != grid.id {
        return Err(anyhow!(tr!(
            "judge-wrong-grid",
            path = name,
            recorded = j.grid.id.as_str(),
            grid = grid.id.as_str()
        ))
        .into());
    }
    Ok(())
}

/// The same grid changed since is said, and the file goes on (the next
/// save records the current grid).
fn compare_grid(j: &Judgement, grid: &Grid, name: &str) -> exit::Result<()> {
    same_grid(j, grid, name)?;
    // A hand-written file may leave the hash empty: nothing to compare.
    let message = if j.grid.version != grid.version {
        tr!(
            "judge-grid-changed",
            path = name,
            recorded = j.grid.version.as_str(),
            version = grid.version.as_str()
        )
    } else if !j.grid.hash.is_empty() && j.grid.hash != grid.hash {
        tr!(
            "judge-grid-edited",
            path = name,
            version = grid.version.as_str()
        )
    } else {
        return Ok(());
    };
    writeln!(
        io::stderr(),
        "{}",
        wrap(&format!("{}: {message}", tr!("warning-prefix")))
    )?;
    Ok(())
}

/// The pooled cards judged: every action and period of the data, or those
/// `--only` and `--only-period` name (an action by its name in the data).
fn chosen<'c>(cards: &'c [Scorecard], args: &JudgeArgs) -> exit::Result<Vec<&'c Scorecard>> {
    let all: Vec<&Scorecard> = cards
        .iter()
        .filter(|c| c.key.series == Series::All)
        .collect();
    let mut names: Vec<&str> = Vec::new();
    for card in &all {
        if !names.contains(&card.key.action.as_str()) {
            names.push(&card.key.action);
        }
    }
    for only in &args.only {
        if !names.contains(&only.as_str()) {
            return Err(anyhow!(tr!(
                "judge-unknown-action",
                action = only.as_str(),
                actions = names.join(", ")
            ))
            .into());
        }
    }
    let picked: Vec<&Scorecard> = all
        .into_iter()
        .filter(|c| args.only.is_empty() || args.only.contains(&c.key.action))
        .filter(|c| {
            args.only_period
                .as_deref()
                .is_none_or(|p| c.key.period.as_deref() == Some(p))
        })
        .collect();
    if picked.is_empty() {
        return Err(anyhow!(tr!("judge-nothing")).into());
    }
    Ok(picked)
}

fn save(path: &Path, judgement: &Judgement) -> anyhow::Result<()> {
    let text = judgement.to_toml()?;
    Ok(output::write_atomic(path, text.as_bytes())?)
}

fn now() -> String {
    jiff::ZonedDateTime::now()
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

fn today() -> String {
    jiff::ZonedDateTime::now().date().to_string()
}
