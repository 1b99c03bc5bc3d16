//! `utilsoc evaluate`: the interactive autoévaluation of one action.
//!
//! One file per action, period, role and evaluator, open in one session at a
//! time (see `evaluation::lock`). Whatever ends the session (the end, quit,
//! Ctrl-C, a too small terminal, a failed save), the user is told exactly what
//! the file holds.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use anyhow::{Result, anyhow};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use super::{Ui, load_grid};
use crate::cli::EvaluateArgs;
use crate::evaluation::lock::{self, Holder, LockError, SessionLock};
use crate::evaluation::{self, Evaluation, EvaluationKind};
use crate::exit::{self, Exit};
use crate::grid::Grid;
use crate::input::DataReport;
use crate::interactive::prompter::TooSmall;
use crate::interactive::{Outcome, Prompter, TermPrompter, persist, roles, walk};
use crate::report::scores;
use crate::role::{self, ROLES};
use crate::score::Tally;
use crate::{output, text, tr};

mod screens;
use screens::{Ending, say};

/// What a signal handler needs to end the session honestly: what the file
/// holds (kept up to date after every save) and the lock file to remove.
#[derive(Debug, Default)]
struct Shared {
    holds: String,
    lock_file: Option<PathBuf>,
    /// The terminal's width, to wrap what Ctrl-C says on words.
    width: usize,
}

impl Shared {
    /// What Ctrl-C says, wrapped at the terminal's width.
    fn interrupted(&self) -> String {
        let said = tr!("evaluate-interrupted", saved = self.holds.as_str());
        screens::wrap(&said, self.width, "", "").join("\n")
    }
}

type State = Arc<Mutex<Shared>>;

fn update(state: &State, change: impl FnOnce(&mut Shared)) {
    change(&mut state.lock().unwrap_or_else(PoisonError::into_inner));
}

/// Records what the file at `path` holds, for an interruption.
fn saved(state: &State, path: &Path, evaluation: &Evaluation) {
    let holds = holds(path, Some(evaluation));
    update(state, |s| s.holds = holds);
}

/// "3 answers are saved in PATH", or that nothing was written.
fn holds(path: &Path, evaluation: Option<&Evaluation>) -> String {
    let Some(evaluation) = evaluation else {
        return tr!("evaluate-saved-nothing");
    };
    let count = evaluation
        .answers
        .iter()
        .filter(|e| e.is_answered())
        .count();
    tr!(
        "evaluate-saved-count",
        count = count,
        path = path.display().to_string()
    )
}

/// What Ctrl-C does outside a prompt's raw mode, where it arrives as SIGINT:
/// removes the lock file, says what the file holds, gives the cursor back.
fn interrupt_hook(state: State) -> impl Fn() + Send + Sync + 'static {
    move || {
        let state = state.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(lock_file) = &state.lock_file {
            let _ = std::fs::remove_file(lock_file);
        }
        let _ = dialoguer::console::Term::stderr().show_cursor();
        let _ = writeln!(io::stderr(), "\n{}", state.interrupted());
    }
}

pub fn run(args: EvaluateArgs, ui: &Ui) -> exit::Result<Exit> {
    // dialoguer checks stderr only, and reads /dev/tty when stdin is piped:
    // without both, fail at once rather than hang or read a pipe.
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        return Err(anyhow!(tr!("evaluate-no-terminal")).into());
    }
    let mut args = args;
    let demarche = if args.grid.is_none() || args.output.is_none() {
        super::demarche::current(ui)?
    } else {
        None
    };
    if let Some(d) = &demarche {
        super::demarche::say_used(d, ui)?;
        if args.grid.is_none() {
            args.grid = Some(d.grid_arg());
        }
    }
    let Some(grid_arg) = args.grid.clone() else {
        return Err(anyhow!(tr!("demarche-none")).into());
    };
    let grid = load_grid(&grid_arg, ui)?;
    let mut wanted = Wanted::from_args(&args, &grid)?;
    if let Some(d) = demarche.as_ref().filter(|_| args.output.is_none()) {
        // A new evaluation goes into the démarche's evaluations folder.
        let folder = d.evaluations_dir();
        std::fs::create_dir_all(&folder).map_err(|e| {
            anyhow!(tr!(
                "init-cannot-create",
                path = folder.display().to_string(),
                error = e.to_string()
            ))
        })?;
        wanted.folder = folder;
    }
    if let Some(d) = &demarche {
        // Of the grid's roles, those the démarche asks.
        let roles = if grid.roles.is_empty() {
            d.roles.clone()
        } else {
            crate::demarche::lint::offered_roles(d, &grid)
        };
        wanted.offered = Offered {
            actions: d.actions.iter().map(|a| a.id.clone()).collect(),
            periods: d.periods.clone(),
            roles,
        };
    }
    let state: State = Arc::new(Mutex::new(Shared {
        holds: holds(Path::new(""), None),
        lock_file: None,
        width: usize::from(crate::terminal::width(crate::terminal::Stream::Stderr)),
    }));
    output::on_signal(Box::new(interrupt_hook(Arc::clone(&state))));
    let mut prompter = TermPrompter::new(ui.color_err);
    prompter.check_size()?;
    // Lists are cut to the screen as it is at the start.
    let rows = usize::from(crate::terminal::height(crate::terminal::Stream::Stderr));
    let result = session(&grid, &args, wanted, &mut prompter, &state, rows);
    let shared = || state.lock().unwrap_or_else(PoisonError::into_inner);
    match result {
        Ok(code) => Ok(code),
        Err(e) if is_interrupted(e.error()) => {
            let _ = writeln!(io::stderr());
            let _ = writeln!(io::stderr(), "{}", shared().interrupted());
            Ok(Exit::INTERRUPTED)
        }
        // Said with what the file holds, which the user needs most.
        Err(e) => match TooSmall::find(e.error()) {
            Some(small) => Err(anyhow!("{small}\n{}", shared().holds).into()),
            None => Err(e),
        },
    }
}

pub(super) fn is_interrupted(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::Interrupted)
    })
}

fn now() -> jiff::ZonedDateTime {
    jiff::ZonedDateTime::now()
}

/// The context asked for: from the options, then from the prompts. Empty
/// values are none.
#[derive(Clone, Debug, Default)]
struct Wanted {
    action: Option<String>,
    period: Option<String>,
    role: Option<String>,
    evaluator: Option<String>,
    /// `--collective`: a group's consensual autoévaluation.
    collective: bool,
    /// Whether the prompts for what the options left out were asked.
    asked: bool,
    /// Where a new evaluation file goes: a démarche's evaluations folder,
    /// else the current one.
    folder: PathBuf,
    /// The démarche's actions, periods and roles, offered in menus.
    offered: Offered,
}

/// What a démarche lists, offered before free typing.
#[derive(Clone, Debug, Default)]
struct Offered {
    actions: Vec<String>,
    periods: Vec<String>,
    roles: Vec<String>,
}

/// One of `items`, or `None` for the last entry ("another one") or Esc.
fn pick_offered(
    prompter: &mut dyn Prompter,
    prompt: &str,
    items: &[String],
) -> Result<Option<String>> {
    let mut menu = items.to_vec();
    menu.push(tr!("evaluate-offered-other"));
    Ok(match prompter.select(prompt, &menu, 0)? {
        Some(i) if i < items.len() => Some(items[i].clone()),
        _ => None,
    })
}

impl Wanted {
    fn from_args(args: &EvaluateArgs, grid: &Grid) -> Result<Wanted> {
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let period = match given(&args.period) {
            Some(p) => Some(normalize_period(&p).ok_or_else(|| {
                anyhow::anyhow!("--period: {}", tr!("evaluate-period-invalid", value = p))
            })?),
            None => None,
        };
        // Stored as its id, whatever language or spelling it is typed in.
        let role = match given(&args.role) {
            Some(typed) if !grid.roles.is_empty() => match roles::find(grid, &typed) {
                Some(found) => Some(found.id.clone()),
                None => return Err(anyhow!(unknown_role(grid, &typed))),
            },
            Some(typed) => Some(role::id_of(&typed).into_owned()),
            None => None,
        };
        Ok(Wanted {
            action: given(&args.action),
            period,
            role,
            evaluator: given(&args.evaluator),
            collective: args.collective,
            asked: false,
            folder: PathBuf::new(),
            offered: Offered::default(),
        })
    }
}

/// `--role` naming none of the grid's roles, with the roles it has.
fn unknown_role(grid: &Grid, typed: &str) -> String {
    let lang = crate::i18n::lang();
    let known: Vec<String> = grid
        .roles
        .iter()
        .map(|r| format!("{} ({})", r.id, r.label.get(lang)))
        .collect();
    format!(
        "--role: {}",
        tr!(
            "evaluate-role-unknown",
            value = typed,
            roles = known.join(", ")
        )
    )
}

fn session(
    grid: &Grid,
    args: &EvaluateArgs,
    mut wanted: Wanted,
    prompter: &mut dyn Prompter,
    state: &State,
    rows: usize,
) -> exit::Result<Exit> {
    let lang = crate::i18n::lang();
    say(
        prompter,
        &tr!("evaluate-welcome", title = grid.title.get(lang)),
        "",
    )?;
    let mut chosen = args.output.clone();
    let (mut evaluation, path, _lock) = loop {
        let path = match chosen.take() {
            Some(path) => path,
            None => {
                ask_context(grid, &mut wanted, prompter)?;
                default_path(&wanted)
            }
        };
        let mut lock = take_lock(&path, wanted.evaluator.clone(), prompter)?;
        update(state, |s| s.lock_file = Some(lock.path().to_owned()));
        if !path.exists() {
            ask_context(grid, &mut wanted, prompter)?;
            let mut fresh = Evaluation::new(
                grid,
                wanted.action.clone().unwrap_or_default(),
                wanted.period.clone(),
                wanted.role.clone(),
                wanted.evaluator.clone(),
                now().date().to_string(),
            );
            if wanted.collective {
                fresh.kind = EvaluationKind::Collective;
            }
            save(&path, &fresh)?;
            say(
                prompter,
                &tr!("evaluate-new-file", path = path.display().to_string()),
                "",
            )?;
            saved(state, &path, &fresh);
            break (fresh, path, lock);
        }
        let evaluation = read(grid, &path)?;
        if wanted.evaluator.is_none() && evaluation.evaluator.is_some() {
            let _ = lock.write(&holder(evaluation.evaluator.clone()));
        }
        let differences = differences(&wanted, &evaluation);
        if !differences.is_empty() {
            match ask_other_context(grid, prompter, &path, &evaluation, &differences, &wanted)? {
                Choice::Continue => {}
                Choice::Other(other) => {
                    update(state, |s| s.lock_file = None);
                    drop(lock);
                    chosen = Some(other);
                    continue;
                }
                Choice::Quit => {
                    say(prompter, &tr!("evaluate-nothing-written"), "")?;
                    return Ok(Exit::Success);
                }
            }
        }
        show_resume(grid, &path, &evaluation, prompter, rows)?;
        saved(state, &path, &evaluation);
        break (evaluation, path, lock);
    };
    output::sweep_stale_temps(
        output::link_target(&path)
            .parent()
            .unwrap_or(Path::new(".")),
    );
    let display = path.display().to_string();
    let mut saver = |e: &Evaluation| -> io::Result<()> {
        let mut stamped = e.clone();
        stamped.grid = evaluation::stamp(grid);
        stamped.updated = Some(now().strftime("%Y-%m-%dT%H:%M:%S%:z").to_string());
        save(&path, &stamped).map_err(|e| io::Error::other(format!("{e:#}")))?;
        saved(state, &path, &stamped);
        Ok(())
    };
    // The role the file records, resolved when it was read, says what is asked.
    let asked = roles::asked_view(grid, evaluation.role.as_deref());
    let outcome = walk(&asked, &mut evaluation, prompter, &mut saver, args.review)?;
    if let Outcome::Unsaved(lines) = &outcome {
        prompter.line("")?;
        say(
            prompter,
            &tr!(
                "evaluate-unsaved",
                count = lines.len(),
                path = display.as_str()
            ),
            "",
        )?;
        for line in lines {
            say(prompter, line, "  ")?;
        }
        return Ok(Exit::Failure);
    }
    // Record the current grid even when nothing changed in the walk.
    if !persist(prompter, &mut saver, &evaluation)? {
        return Ok(Exit::Failure);
    }
    let ending = match outcome {
        Outcome::Finished => Ending::Finished,
        _ => Ending::Quit,
    };
    summary(&asked, &evaluation, &display)?;
    screens::end(
        prompter,
        &asked,
        &evaluation,
        ending,
        args.grid.as_deref().unwrap_or_default(),
        &display,
        rows,
    )?;
    Ok(Exit::Success)
}

fn holder(evaluator: Option<String>) -> Holder {
    Holder::this_process(
        evaluator,
        now().strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    )
}

/// The session's lock on `path`, or an error saying who holds it.
pub(crate) fn take_lock(
    path: &Path,
    evaluator: Option<String>,
    prompter: &mut dyn Prompter,
) -> Result<SessionLock> {
    let name = path.display().to_string();
    match lock::acquire(path, &holder(evaluator)) {
        Ok(taken) => {
            if let Some(stale) = taken.stale {
                say(
                    prompter,
                    &tr!(
                        "evaluate-lock-stale",
                        path = name.as_str(),
                        holder = describe_holder(&stale),
                        since = since(&stale)
                    ),
                    "",
                )?;
            }
            Ok(taken.lock)
        }
        Err(LockError::Held(holder)) => {
            let message = match holder {
                Some(h) => tr!(
                    "evaluate-locked",
                    path = name.as_str(),
                    holder = describe_holder(&h),
                    since = since(&h)
                ),
                None => tr!("evaluate-locked-unknown", path = name.as_str()),
            };
            Err(anyhow::anyhow!(message))
        }
        Err(LockError::Io(e)) => Err(anyhow::Error::new(e).context(tr!(
            "evaluate-lock-failed",
            path = lock::lock_path(path).display().to_string()
        ))),
    }
}

/// "Sam (camille@poste-accueil, process 4242)".
fn describe_holder(h: &Holder) -> String {
    let who = h
        .evaluator
        .clone()
        .unwrap_or_else(|| tr!("evaluate-lock-someone"));
    let at = match (&h.user, &h.host) {
        (Some(u), Some(host)) => format!("{u}@{host}, "),
        (Some(u), None) => format!("{u}, "),
        (None, Some(host)) => format!("{host}, "),
        (None, None) => String::new(),
    };
    format!(
        "{who} ({at}{})",
        tr!("evaluate-lock-process", pid = u64::from(h.pid))
    )
}

/// "2026-03-02 10:00" from an RFC 3339 time.
fn since(h: &Holder) -> String {
    match h.since.get(..16) {
        Some(minutes) => minutes.replacen('T', " ", 1),
        None => h.since.clone(),
    }
}

/// Asks what the options left out: the action (required), the period, the
/// role and the evaluator's name. Once only.
fn ask_context(grid: &Grid, wanted: &mut Wanted, prompter: &mut dyn Prompter) -> Result<()> {
    if wanted.asked {
        return Ok(());
    }
    wanted.asked = true;
    if wanted.action.is_none() && !wanted.offered.actions.is_empty() {
        let actions = wanted.offered.actions.clone();
        wanted.action = pick_offered(prompter, &tr!("evaluate-ask-action"), &actions)?;
    }
    if wanted.period.is_none() && !wanted.offered.periods.is_empty() {
        let periods = wanted.offered.periods.clone();
        wanted.period = pick_offered(prompter, &tr!("evaluate-ask-period"), &periods)?
            .and_then(|p| normalize_period(&p));
    }
    if wanted.action.is_none() {
        say(prompter, &tr!("evaluate-action-hint"), "")?;
        wanted.action = Some(loop {
            let typed = prompter.input(&tr!("evaluate-ask-action"), "")?;
            if !typed.trim().is_empty() {
                break typed.trim().to_owned();
            }
            say(prompter, &tr!("evaluate-action-required"), "")?;
        });
    }
    if wanted.period.is_none() {
        let default = default_period(now().date());
        say(prompter, &tr!("evaluate-period-hint"), "")?;
        wanted.period = Some(loop {
            let typed = prompter.input_default(&tr!("evaluate-ask-period"), &default)?;
            match normalize_period(&typed) {
                Some(period) => break period,
                None => say(
                    prompter,
                    &tr!("evaluate-period-invalid", value = typed.trim()),
                    "  ",
                )?,
            }
        });
    }
    if wanted.role.is_none() && !grid.roles.is_empty() {
        wanted.role = ask_grid_role(grid, &wanted.offered.roles, prompter)?;
    } else if wanted.role.is_none() && !wanted.offered.roles.is_empty() {
        // The démarche's roles, or none: the structure's figures.
        let roles = wanted.offered.roles.clone();
        let mut items = roles.clone();
        items.push(tr!("role-none"));
        wanted.role = match prompter.select(&tr!("evaluate-ask-role"), &items, 0)? {
            Some(i) if i < roles.len() => Some(role::id_of(&roles[i]).into_owned()),
            _ => None,
        };
    } else if wanted.role.is_none() {
        let mut items: Vec<String> = ROLES.iter().map(|r| r.label()).collect();
        items.push(tr!("role-other"));
        items.push(tr!("role-none"));
        wanted.role = match prompter.select(&tr!("evaluate-ask-role"), &items, 0)? {
            Some(i) if i < ROLES.len() => Some(ROLES[i].id.to_owned()),
            Some(i) if i == ROLES.len() => Some(
                role::id_of(&prompter.input(&tr!("evaluate-ask-role-other"), "")?).into_owned(),
            )
            .filter(|r| !r.is_empty()),
            _ => None,
        };
    }
    if wanted.evaluator.is_none() {
        wanted.evaluator = Some(
            prompter
                .input(&tr!("evaluate-ask-evaluator"), "")?
                .trim()
                .to_owned(),
        )
        .filter(|e| !e.is_empty());
    }
    Ok(())
}

/// One of the grid's roles (only those of `only`, the démarche's, when it
/// names some), or none: the structure's figures. No free-text role: the
/// grid says who answers.
fn ask_grid_role(
    grid: &Grid,
    only: &[String],
    prompter: &mut dyn Prompter,
) -> Result<Option<String>> {
    let lang = crate::i18n::lang();
    let width = prompter.width().saturating_sub(6);
    say(prompter, &tr!("evaluate-role-hint"), "")?;
    let offered: Vec<&crate::grid::model::Role> = grid
        .roles
        .iter()
        .filter(|r| only.is_empty() || only.contains(&r.id))
        .collect();
    let mut items: Vec<String> = offered
        .iter()
        .map(|r| {
            let item = match &r.description {
                Some(d) => format!("{} — {}", r.label.get(lang), d.get(lang)),
                None => r.label.get(lang).to_owned(),
            };
            screens::one_line(&item, width)
        })
        .collect();
    items.push(tr!("evaluate-role-structure"));
    Ok(
        match prompter.select(&tr!("evaluate-ask-role"), &items, 0)? {
            Some(i) if i < offered.len() => Some(offered[i].id.clone()),
            _ => None,
        },
    )
}

/// The period a bilan usually covers: the past year until June (the annual
/// report is written in the first half of the next year), the current one
/// from July.
fn default_period(today: jiff::civil::Date) -> String {
    if today.month() < 7 {
        (today.year() - 1).to_string()
    } else {
        today.year().to_string()
    }
}

/// A period in one of the accepted forms, written the one way: `2025`,
/// `2025-S1` (half-year), `2025-T2` (quarter), `2025-03` (month),
/// `2024-2025` (from one year to a later one). `None` for anything else.
fn normalize_period(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let year = |s: &str| {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
            .filter(|y| (1900..=2999).contains(y))
    };
    let (first, rest) = match typed.split_once('-') {
        Some((first, rest)) => (first, Some(rest)),
        None => (typed, None),
    };
    let start = year(first)?;
    let Some(rest) = rest else {
        return Some(typed.to_owned());
    };
    let upper = rest.to_ascii_uppercase();
    let ok = match upper.as_bytes() {
        [b'S', b'1' | b'2'] | [b'T', b'1'..=b'4'] => true,
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            (1..=12).contains(&rest.parse::<u8>().ok()?)
        }
        _ => year(rest).is_some_and(|end| end > start),
    };
    ok.then(|| format!("{first}-{upper}"))
}

/// One value the file records otherwise than asked.
struct Difference {
    field: &'static str,
    recorded: Option<String>,
    asked: String,
}

/// The context values asked for that the file records otherwise (compared
/// as Unicode NFC, so that an accent typed either way is the same).
fn differences(wanted: &Wanted, evaluation: &Evaluation) -> Vec<Difference> {
    let nfc = |s: &str| s.nfc().collect::<String>();
    [
        (
            "evaluate-field-action",
            &wanted.action,
            Some(&evaluation.action),
        ),
        (
            "evaluate-field-period",
            &wanted.period,
            evaluation.period.as_ref(),
        ),
        (
            "evaluate-field-role",
            &wanted.role,
            evaluation.role.as_ref(),
        ),
        (
            "evaluate-field-evaluator",
            &wanted.evaluator,
            evaluation.evaluator.as_ref(),
        ),
    ]
    .into_iter()
    .filter_map(|(field, asked, recorded)| {
        let asked = asked.as_ref()?;
        (recorded.map(|r| nfc(r)) != Some(nfc(asked))).then(|| Difference {
            field,
            recorded: recorded.cloned(),
            asked: asked.clone(),
        })
    })
    // Asked for only with `--collective`: without it, a collective file is
    // resumed as it is, and its context line says what it is.
    .chain(
        (wanted.collective && evaluation.kind != EvaluationKind::Collective).then(|| Difference {
            field: "evaluate-field-kind",
            recorded: Some(kind_name(evaluation.kind)),
            asked: kind_name(EvaluationKind::Collective),
        }),
    )
    .collect()
}

fn kind_name(kind: EvaluationKind) -> String {
    match kind {
        EvaluationKind::Individual => tr!("evaluate-kind-individual"),
        EvaluationKind::Collective => tr!("evaluate-kind-collective"),
    }
}

enum Choice {
    Continue,
    Other(PathBuf),
    Quit,
}

/// Says how the file differs from what was asked, and asks what to do.
fn ask_other_context(
    grid: &Grid,
    prompter: &mut dyn Prompter,
    path: &Path,
    evaluation: &Evaluation,
    differences: &[Difference],
    wanted: &Wanted,
) -> Result<Choice> {
    let name = path.display().to_string();
    say(
        prompter,
        &tr!("evaluate-other-context", path = name.as_str()),
        "",
    )?;
    for d in differences {
        let shown = |value: &str| {
            if d.field == "evaluate-field-role" {
                roles::label(grid, value).into_owned()
            } else {
                value.to_owned()
            }
        };
        let recorded = d.recorded.as_ref().map_or_else(
            || tr!("evaluate-field-none"),
            |r| tr!("evaluate-quoted", value = shown(r)),
        );
        say(
            prompter,
            &tr!(
                "evaluate-field-differs",
                field = crate::i18n::message(d.field, &[]),
                recorded = recorded,
                asked = tr!("evaluate-quoted", value = shown(&d.asked))
            ),
            "  ",
        )?;
    }
    let items = [
        tr!(
            "evaluate-other-continue",
            context = context_of(grid, evaluation)
        ),
        tr!("evaluate-other-file"),
        tr!("evaluate-other-quit"),
    ];
    Ok(
        match prompter.select(&tr!("evaluate-other-ask"), &items, 0)? {
            Some(0) => Choice::Continue,
            Some(1) => {
                // What the options asked for, under its own default name.
                let suggestion = if wanted.action.is_some() {
                    default_path(wanted).display().to_string()
                } else {
                    String::new()
                };
                loop {
                    let typed = if suggestion.is_empty() {
                        prompter.input(&tr!("evaluate-ask-file"), "")?
                    } else {
                        prompter.input_default(&tr!("evaluate-ask-file"), &suggestion)?
                    };
                    if !typed.trim().is_empty() {
                        break Choice::Other(PathBuf::from(typed.trim()));
                    }
                }
            }
            _ => Choice::Quit,
        },
    )
}

/// "Workshops, period 2025, role staff, by Sam", and whether it is a
/// collective autoévaluation.
fn context_of(grid: &Grid, e: &Evaluation) -> String {
    let mut parts = vec![e.action.clone()];
    if e.kind == EvaluationKind::Collective {
        parts.push(tr!("evaluate-context-collective"));
    }
    if let Some(p) = &e.period {
        parts.push(tr!("evaluate-context-period", period = p.as_str()));
    }
    if let Some(r) = &e.role {
        parts.push(tr!(
            "evaluate-context-role",
            role = roles::label(grid, r).as_ref()
        ));
    }
    if let Some(v) = &e.evaluator {
        parts.push(tr!("evaluate-context-evaluator", evaluator = v.as_str()));
    }
    parts.join(", ")
}

/// Reads the evaluation file at `path`, which must be of `grid`.
fn read(grid: &Grid, path: &Path) -> exit::Result<Evaluation> {
    let name = path.display().to_string();
    // The same limit as `score`: a file is read whole or refused, never cut.
    let bytes = super::read_input(path, evaluation::MAX_BYTES)?;
    let text = String::from_utf8_lossy(&bytes);
    let mut evaluation =
        Evaluation::parse(&name, &text).map_err(|p| exit::Error::invalid(anyhow!(p.message)))?;
    // Files written before roles had ids hold a label: the id from now on,
    // written back at the next save.
    // A grid's role recorded by its label or an alias is stored as its id too.
    evaluation.role = evaluation.role.map(|r| roles::id_of(grid, &r));
    if evaluation.grid.id != grid.id {
        return Err(exit::Error::invalid(anyhow!(tr!(
            "evaluation-wrong-grid",
            file = name.as_str(),
            recorded = evaluation.grid.id.as_str(),
            grid = grid.id.as_str()
        ))));
    }
    Ok(evaluation)
}

/// Whose file it is and where its answers stand: the summary first, then
/// the criteria not complete, as many as fit on the screen's `rows`.
fn show_resume(
    grid: &Grid,
    path: &Path,
    evaluation: &Evaluation,
    prompter: &mut dyn Prompter,
    rows: usize,
) -> Result<()> {
    let name = path.display().to_string();
    // What the file's role is asked: the rest is not theirs to answer, nor
    // new to them when the grid changed.
    let asked = roles::asked_view(grid, evaluation.role.as_deref());
    if let Some(change) = evaluation::changes(evaluation, &asked) {
        say(
            prompter,
            &format!("{}: {change}", tr!("warning-prefix")),
            "",
        )?;
    }
    let counts = screens::counts(&asked, evaluation);
    let summary = tr!(
        "evaluate-resume",
        path = name.as_str(),
        context = context_of(grid, evaluation),
        answered = counts.complete(),
        skipped = counts.skipped,
        total = counts.total
    );
    screens::resume(prompter, &asked, evaluation, &summary, rows)?;
    Ok(())
}

/// Slugs longer than this are cut: a file name must stay under the file
/// system's limit (255 bytes), and the hash keeps it distinct.
const SLUG_MAX: usize = 40;

/// `evaluation-ACTION[-PERIOD][-ROLE][-EVALUATOR][-collectif]-HASH.toml` in the current
/// directory (a démarche's evaluations folder). The slugs make it readable; HASH, the first 6 hex digits of the
/// SHA-256 of the exact (NFC) values, makes it distinct: "Fête" and "Fete",
/// or two names in a script that slugifies to nothing, never share a file.
fn default_path(wanted: &Wanted) -> PathBuf {
    let fields = [
        &wanted.action,
        &wanted.period,
        &wanted.role,
        &wanted.evaluator,
    ];
    let mut name = String::from("evaluation");
    let mut hasher = Sha256::new();
    for field in fields {
        let value = field.as_deref().unwrap_or_default();
        hasher.update(value.nfc().collect::<String>().as_bytes());
        // A separator no value holds, so that ("a", "bc") ≠ ("ab", "c").
        hasher.update([0x1f]);
        let mut slug = text::slugify(value);
        if slug.len() > SLUG_MAX {
            slug.truncate(SLUG_MAX);
            slug = slug.trim_end_matches('-').to_owned();
        }
        if !slug.is_empty() {
            name.push('-');
            name.push_str(&slug);
        }
    }
    // A group's file is named apart from the same people's own; individual
    // names (and their hash) stay as they always were.
    if wanted.collective {
        hasher.update(b"collective");
        name.push_str("-collectif");
    }
    let digest = hasher.finalize();
    let hash: String = digest[..3].iter().map(|b| format!("{b:02x}")).collect();
    wanted.folder.join(format!("{name}-{hash}.toml"))
}

fn save(path: &Path, evaluation: &Evaluation) -> Result<()> {
    let text = evaluation.to_toml()?;
    Ok(output::write_atomic(path, text.as_bytes())?)
}

/// The action's scores, as `score` shows them, and how to read them.
fn summary(grid: &Grid, evaluation: &Evaluation, path: &str) -> exit::Result<()> {
    let mut tally = Tally::new(grid, false);
    let mut report = DataReport::default();
    evaluation::apply(path, evaluation, grid, &mut tally, &mut report)
        .map_err(|p| exit::Error::invalid(anyhow!(p.message)))?;
    let cards = tally.finish();
    let mut out = io::stdout().lock();
    let width = super::table_width();
    // The table carries its own legend (how to read « 65 (5/10) »).
    write!(out, "{}", scores::table(grid, &cards, width))?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_read_in_the_accepted_forms_only() {
        for (typed, period) in [
            ("2025", "2025"),
            (" 2025 ", "2025"),
            ("2025-S1", "2025-S1"),
            ("2025-s2", "2025-S2"),
            ("2025-T4", "2025-T4"),
            ("2025-03", "2025-03"),
            ("2024-2025", "2024-2025"),
        ] {
            assert_eq!(normalize_period(typed).as_deref(), Some(period), "{typed}");
        }
        for typed in [
            "",
            "20262025",
            "25",
            "2025-S3",
            "2025-T5",
            "2025-13",
            "2025-00",
            "2025-2024",
            "2025-",
            "été 2025",
            "1850",
            "2025-3",
        ] {
            assert_eq!(normalize_period(typed), None, "{typed}");
        }
    }

    #[test]
    fn the_default_period_is_the_past_year_until_june() {
        let date = |m| jiff::civil::date(2026, m, 15);
        assert_eq!(default_period(date(1)), "2025");
        assert_eq!(default_period(date(6)), "2025");
        assert_eq!(default_period(date(7)), "2026");
        assert_eq!(default_period(date(12)), "2026");
    }

    fn wanted(action: &str, period: &str, role: &str, evaluator: &str) -> Wanted {
        let some = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
        Wanted {
            action: some(action),
            period: some(period),
            role: some(role),
            evaluator: some(evaluator),
            collective: false,
            asked: true,
            folder: PathBuf::new(),
            offered: Offered::default(),
        }
    }

    fn name(w: &Wanted) -> String {
        default_path(w).display().to_string()
    }

    #[test]
    fn default_names_are_distinct_per_context() {
        let fete = name(&wanted("Fête", "2025", "bénévole", "Marie"));
        assert!(
            fete.starts_with("evaluation-fete-2025-benevole-marie-") && fete.ends_with(".toml"),
            "{fete}"
        );
        // Stable from run to run, and the same however the accent is typed.
        assert_eq!(fete, name(&wanted("Fête", "2025", "bénévole", "Marie")));
        assert_eq!(
            fete,
            name(&wanted("Fe\u{302}te", "2025", "bénévole", "Marie"))
        );
        let others = [
            wanted("Fete", "2025", "bénévole", "Marie"),
            wanted("fete", "2025", "bénévole", "Marie"),
            wanted("Fête", "2025", "bénévole", "Paul"),
            wanted("Fête", "2025", "bénévole", ""),
            wanted("Fête", "2025", "", "Marie"),
            wanted("Fête", "2025-S1", "bénévole", "Marie"),
        ];
        let mut names: Vec<String> = others.iter().map(name).collect();
        names.push(fete);
        // Scripts that slugify to nothing, and parts that would join alike.
        names.push(name(&wanted("Праздник", "", "", "")));
        names.push(name(&wanted("Фестиваль", "", "", "")));
        names.push(name(&wanted("节日", "", "", "")));
        names.push(name(&wanted("a-b", "", "", "")));
        names.push(name(&wanted("a", "", "b", "")));
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count, "{names:#?}");
    }

    #[test]
    fn long_names_stay_under_the_file_system_limit() {
        let long = "Atelier ".repeat(100);
        let name = name(&wanted(&long, "2025", &long, &long));
        assert!(name.len() < 200, "{} bytes: {name}", name.len());
    }

    // The session with a grid that has roles, driven by the walk's scripted
    // prompter. The grid's roles are set on the loaded grid (see
    // `interactive::tests::grid_with_roles`): inhabitants and staff, `entraide`
    // asked of inhabitants only, `relations` in the staff's own words.

    use crate::interactive::tests::{LEVELS, Pick, Reply, Scripted, Type, grid_with_roles};

    fn args(output: &Path, role: Option<&str>, collective: bool) -> EvaluateArgs {
        EvaluateArgs {
            grid: Some("grid.toml".into()),
            action: Some("Accueil".into()),
            period: Some("2025".into()),
            role: role.map(str::to_owned),
            evaluator: Some("Sam".into()),
            output: Some(output.to_owned()),
            review: false,
            collective,
            no_demarche: false,
        }
    }

    /// Runs a session to its end; the prompter, to see what it was shown.
    fn run_session(
        grid: &Grid,
        args: &EvaluateArgs,
        script: impl IntoIterator<Item = Reply>,
    ) -> Scripted {
        let wanted = Wanted::from_args(args, grid).unwrap();
        let mut prompter = Scripted::new(script);
        let state: State = Arc::default();
        let code = session(grid, args, wanted, &mut prompter, &state, 24)
            .unwrap_or_else(|e| panic!("{:#}", e.error()));
        assert_eq!(code, Exit::Success);
        assert!(prompter.finished_script());
        prompter
    }

    /// Everything shown, its line ends and indents made single spaces: what
    /// a message says, wherever it was wrapped.
    fn said(prompter: &Scripted) -> String {
        prompter
            .shown
            .join(" ")
            .split_ascii_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn read_back(grid: &Grid, path: &Path) -> Evaluation {
        read(grid, path).unwrap_or_else(|e| panic!("{:#}", e.error()))
    }

    #[test]
    fn a_demarches_actions_and_periods_are_offered_before_typing() {
        let grid = grid_with_roles();
        let mut wanted = Wanted {
            offered: Offered {
                actions: vec!["couture".into(), "jardin".into()],
                periods: vec!["2025-S1".into(), "2025-S2".into()],
                roles: Vec::new(),
            },
            ..Wanted::default()
        };
        let script = [
            Pick(Some(1)), // jardin
            Pick(Some(2)), // another period: typed
            Type("2026"),
            Pick(Some(0)), // the grid's first role
            Type("Sam"),
        ];
        let mut prompter = Scripted::new(script);
        ask_context(&grid, &mut wanted, &mut prompter).unwrap();
        assert!(prompter.finished_script());
        assert_eq!(
            prompter.menus[0].0,
            ["couture", "jardin", "another one (type it)"]
        );
        assert_eq!(wanted.action.as_deref(), Some("jardin"));
        assert_eq!(wanted.period.as_deref(), Some("2026"));
        assert_eq!(wanted.evaluator.as_deref(), Some("Sam"));
    }

    #[test]
    fn in_a_demarche_only_its_roles_of_the_grid_are_offered() {
        let grid = grid_with_roles();
        let staff = grid.roles[1].id.clone();
        let d = crate::demarche::Demarche {
            roles: vec!["Staff".into(), "nobody we know".into()],
            ..Default::default()
        };
        let mut wanted = Wanted {
            action: Some("Accueil".into()),
            period: Some("2025".into()),
            offered: Offered {
                roles: crate::demarche::lint::offered_roles(&d, &grid),
                ..Offered::default()
            },
            ..Wanted::default()
        };
        let mut prompter = Scripted::new([Pick(Some(0)), Type("Sam")]);
        ask_context(&grid, &mut wanted, &mut prompter).unwrap();
        assert!(prompter.finished_script());
        assert_eq!(
            prompter.menus[0].0,
            ["Staff", "none: the structure's figures"]
        );
        assert_eq!(wanted.role, Some(staff));
    }

    #[test]
    fn the_grids_roles_are_offered_and_a_role_asked_only_its_indicators() {
        let grid = grid_with_roles();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("evaluation.toml");
        let script = [
            Pick(Some(1)),      // Staff
            Pick(Some(LEVELS)), // relations: don't know
            Type("45"),
            Type("Warm"),
            Type(""),
        ];
        let prompter = run_session(&grid, &args(&path, None, false), script);
        // The grid's roles and the structure: no free-text "other".
        assert_eq!(
            prompter.menus[0].0,
            ["Inhabitant", "Staff", "none: the structure's figures"]
        );
        assert_eq!(prompter.progress(), ["(1/3)", "(2/3)", "(3/3)"]);
        assert!(prompter.saw("Do the inhabitants meet new people?"));
        let saved = read_back(&grid, &path);
        assert_eq!(saved.role.as_deref(), Some("salarie"));
        assert_eq!(saved.kind, EvaluationKind::Individual);
        assert_eq!(
            saved.entry("relations").and_then(|e| e.status),
            Some(evaluation::State::DontKnow)
        );
        assert!(saved.entry("entraide").is_none());

        // Resumed: counted out of the role's three, criteria by criteria.
        let prompter = run_session(&grid, &args(&path, Some("staff"), false), []);
        let said = said(&prompter);
        assert!(
            said.contains(
                "(Accueil, period 2025, role Staff, by Sam): 3 of 3 indicators answered."
            ),
            "{said}"
        );
        // Nothing left: no list of criteria, and the next step is the scores.
        assert!(!said.contains("To complete"), "{said}");
        assert!(
            said.contains("All 3 indicators are answered: 2 answers, 1 “don't know”."),
            "{said}"
        );
        assert!(
            said.contains(&format!(
                "utilsoc score --grid grid.toml {}",
                path.display()
            )),
            "{said}"
        );
    }

    #[test]
    fn no_role_is_the_structure_asked_everything() {
        let grid = grid_with_roles();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("evaluation.toml");
        let script = [Pick(Some(2)), Pick(Some(LEVELS + 1 + 5))]; // none, then quit
        let prompter = run_session(&grid, &args(&path, None, false), script);
        assert_eq!(prompter.progress(), ["(1/4)"]);
        assert!(prompter.saw("Thanks to the workshop, I met people I did not know"));
        assert_eq!(read_back(&grid, &path).role, None);
    }

    #[test]
    fn a_role_not_in_the_grid_is_refused_with_the_grids_roles() {
        let grid = grid_with_roles();
        let args = args(Path::new("x.toml"), Some("directeur"), false);
        let error = Wanted::from_args(&args, &grid).unwrap_err().to_string();
        assert_eq!(
            error,
            "--role: unknown role “directeur”; the grid's roles: \
             habitant (Inhabitant), salarie (Staff)"
        );
        // Without roles in the grid, any role is taken.
        let (plain, _) =
            crate::grid::load("grid.toml", include_bytes!("../../tests/pty/grid.toml"));
        let wanted = Wanted::from_args(&args, &plain.unwrap()).unwrap();
        assert_eq!(wanted.role.as_deref(), Some("directeur"));
    }

    #[test]
    fn a_collective_evaluation_is_written_and_said_as_such() {
        let grid = grid_with_roles();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("groupe.toml");
        // Quite, then save and quit at the yes/no question (yes, no, don't know).
        let script = [Pick(Some(2)), Pick(Some(3 + 5))];
        run_session(&grid, &args(&path, Some("habitant"), true), script);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("kind = \"collective\""), "{text}");
        let prompter = run_session(&grid, &args(&path, None, false), [Pick(Some(3 + 5))]);
        let said = said(&prompter);
        assert!(
            said.contains(
                "(Accueil, collective autoévaluation, period 2025, role Inhabitant, by Sam)"
            ),
            "{said}"
        );

        // An individual file resumed as collective: a difference, asked about.
        let individual = dir.path().join("individual.toml");
        run_session(
            &grid,
            &args(&individual, Some("habitant"), false),
            [Pick(Some(LEVELS + 1 + 5))],
        );
        let prompter = run_session(&grid, &args(&individual, None, true), [Pick(Some(2))]);
        assert!(
            prompter
                .saw("kind of evaluation: the file has “individual”, you asked for “collective”"),
            "{:#?}",
            prompter.shown
        );
    }

    #[test]
    fn the_end_names_what_was_skipped_and_the_command_to_review_it() {
        let grid = grid_with_roles();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("salarie-e.toml");
        let script = [
            Pick(Some(LEVELS + 1 + 1)), // relations: skip, after « don't know » and N/A
            Type("45"),
            Type(""),      // temoignage: the menu,
            Pick(Some(2)), // then skip (after "answer" and N/A)
        ];
        let prompter = run_session(&grid, &args(&path, Some("salarie"), false), script);
        let shown = said(&prompter);
        let name = path.display().to_string();
        // The role's three indicators, not the grid's four.
        assert!(
            shown.contains("Done: 1 of 3 indicators answered (1 answer)."),
            "{shown}"
        );
        assert!(
            shown.contains(
                "2 indicators skipped (not answered), by criterion: \
                 The action creates encounters: • New relationships \
                 Regular attendance: • A participant's testimony"
            ),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("Evaluation file: {name}")),
            "{shown}"
        );
        let review = format!("utilsoc evaluate --grid grid.toml --review -o {name}");
        assert!(
            shown.replace("\\ ", "").contains(&review),
            "{review}\n{shown}"
        );

        // Resumed: the summary first, then the criteria not complete only.
        let prompter = run_session(&grid, &args(&path, None, false), []);
        let said = said(&prompter);
        assert!(
            said.contains(
                "1 of 3 indicators answered, 2 skipped. \
                 To complete, by criterion (indicators answered / in the criterion): \
                 0/1, 1 skipped · The action creates encounters \
                 1/2, 1 skipped · Regular attendance"
            ),
            "{said}"
        );
    }

    #[test]
    fn quitting_midway_says_what_remains_and_how_to_go_on() {
        let grid = grid_with_roles();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("evaluation.toml");
        let script = [
            Pick(Some(LEVELS)), // relations: don't know
            Type(""),           // taux-retour: the menu,
            Pick(Some(1 + 5)),  // then save and quit
        ];
        let prompter = run_session(&grid, &args(&path, Some("salarie"), false), script);
        let said = said(&prompter);
        assert!(
            said.contains("Saved: 1 of 3 indicators answered (1 “don't know”)."),
            "{said}"
        );
        assert!(
            said.contains(
                "2 left (2 not seen yet). \
                 To complete, by criterion (indicators answered / in the criterion): \
                 0/2 · Regular attendance"
            ),
            "{said}"
        );
        // Going on is the same file without --review: it starts where it stopped.
        let go_on = format!("utilsoc evaluate --grid grid.toml -o {}", path.display());
        let joined = said.replace("\\ ", "");
        assert!(joined.contains(&go_on), "{said}");
        assert!(!joined.contains("--review"), "{said}");
    }

    #[test]
    fn a_collective_file_is_named_apart() {
        let mut group = wanted("Fête", "2025", "habitant", "Groupe");
        let individual = name(&group);
        group.collective = true;
        let collective = name(&group);
        assert!(
            collective.starts_with("evaluation-fete-2025-habitant-groupe-collectif-"),
            "{collective}"
        );
        assert!(!individual.contains("collectif"), "{individual}");
    }
}
