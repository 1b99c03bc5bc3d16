//! `utilsoc init`: starts a démarche in a folder. Every answer is also an
//! option; what the options leave out is asked in a terminal (or taken from
//! the defaults with `--yes`). Writes a commented `utilsoc.toml` and the
//! folders for data, evaluations and reports; never replaces a démarche.

use std::io::{self, IsTerminal};
use std::path::Path;

use anyhow::anyhow;

use super::Ui;
use crate::cli::InitArgs;
use crate::demarche::{self, Answers, Folders};
use crate::exit::{self, Exit};
use crate::grid::{Grid, builtin};
use crate::interactive::{Prompter, TermPrompter};
use crate::{output, tr};

/// The grid proposed first: the general one.
const DEFAULT_GRID: &str = "utilite-sociale";

pub fn run(args: InitArgs, ui: &Ui) -> exit::Result<Exit> {
    // Empty for the current folder, so that messages name `utilsoc.toml`.
    let dir = args.dir.clone().unwrap_or_default();
    let file = dir.join(demarche::FILE_NAME);
    if file.exists() {
        return Err(anyhow!(tr!("init-exists", path = file.display().to_string())).into());
    }
    let missing = missing(&args);
    let mut answers = given(&args, &dir);
    let mut adapt = args.local_grid;
    let mut guided = None;
    if !missing.is_empty() && !args.yes {
        if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
            return Err(anyhow!(tr!("init-no-terminal", options = missing.join(", "))).into());
        }
        let mut prompter = TermPrompter::new(ui.color_err);
        ask(&args, &dir, &mut answers, &mut adapt, &mut prompter, ui)?;
        guided = Some(prompter);
    }
    // « Adapter la grille ? » answered yes: the adapt walk follows.
    let walk_after = adapt && !args.local_grid;
    let grid = grid_of(&answers.grid, &dir, ui)?;
    answers.roles = check_roles(&answers.roles, &grid)?;
    let local = if adapt && !super::looks_like_path(&answers.grid) {
        let name = tr!("init-local-grid-file");
        let path = dir.join(&name);
        if path.exists() {
            return Err(anyhow!(tr!("init-exists", path = path.display().to_string())).into());
        }
        let text = local_grid(&grid, &answers);
        answers.grid = name;
        Some((path, text))
    } else {
        None
    };
    write(&dir, &answers)?;
    if let Some((path, text)) = &local {
        output::write_atomic(path, text.as_bytes())?;
        super::say_written(
            ui,
            &tr!(
                "init-local-grid-written",
                path = path.display().to_string(),
                base = grid.id.as_str()
            ),
        )?;
    }
    let message = tr!(
        "init-written",
        path = file.display().to_string(),
        data = answers.folders.data.as_str(),
        evaluations = answers.folders.evaluations.as_str(),
        reports = answers.folders.reports.as_str()
    );
    super::say_written(ui, &message)?;
    if let (Some(prompter), Some((path, text)), true) = (&mut guided, &local, walk_after) {
        let plan = super::adapt::Plan {
            grid: path.display().to_string(),
            target: path.clone(),
            existing: Some(text.clone()),
            demarche: None,
            organisation: Some(answers.organisation.clone()),
        };
        return super::adapt::walk(&plan, prompter, ui);
    }
    Ok(Exit::Success)
}

/// The options a guided `init` would ask for, as typed on the command line.
fn missing(args: &InitArgs) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if args.organisation.is_none() {
        missing.push("--organisation");
    }
    if args.title.is_none() {
        missing.push("--title");
    }
    if args.grid.is_none() {
        missing.push("--grid");
    }
    if args.periods.is_empty() {
        missing.push("--period");
    }
    if args.actions.is_empty() {
        missing.push("--action");
    }
    missing
}

/// The answers the options give, defaults for the rest.
fn given(args: &InitArgs, dir: &Path) -> Answers {
    Answers {
        organisation: args
            .organisation
            .clone()
            .unwrap_or_else(|| folder_name(dir)),
        title: args
            .title
            .clone()
            .unwrap_or_else(|| tr!("init-default-title")),
        grid: args.grid.clone().unwrap_or_else(|| DEFAULT_GRID.to_owned()),
        periods: args.periods.clone(),
        actions: args.actions.clone(),
        roles: args.roles.clone(),
        folders: Folders::in_language(),
    }
}

/// The name of the démarche's folder, as the organisation's default.
fn folder_name(dir: &Path) -> String {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::path::absolute(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default()
}

/// Asks, in order, what the options left out.
fn ask(
    args: &InitArgs,
    dir: &Path,
    answers: &mut Answers,
    adapt: &mut bool,
    prompter: &mut dyn Prompter,
    ui: &Ui,
) -> exit::Result<()> {
    prompter.line(&tr!("init-welcome"))?;
    if args.organisation.is_none() {
        answers.organisation =
            prompter.input_default(&tr!("init-ask-organisation"), &answers.organisation)?;
    }
    if args.title.is_none() {
        answers.title = prompter.input_default(&tr!("init-ask-title"), &answers.title)?;
    }
    if args.grid.is_none() {
        let items: Vec<String> = builtin::BUILTINS
            .iter()
            .map(|b| {
                let title = b
                    .grid()
                    .map(|g| g.title.get(crate::i18n::lang()).to_owned())
                    .unwrap_or_default();
                format!("{} — {title}", b.id)
            })
            .collect();
        let default = builtin::BUILTINS
            .iter()
            .position(|b| b.id == DEFAULT_GRID)
            .unwrap_or(0);
        let picked = prompter
            .select(&tr!("init-ask-grid"), &items, default)?
            .unwrap_or(default);
        answers.grid = builtin::BUILTINS[picked].id.to_owned();
        if !*adapt {
            let items = [tr!("init-grid-as-is"), tr!("init-grid-adapt")];
            *adapt = prompter.select(&tr!("init-ask-adapt"), &items, 0)? == Some(1);
        }
    }
    if args.periods.is_empty() {
        answers.periods = list(&prompter.input(&tr!("init-ask-periods"), "")?);
    }
    if args.actions.is_empty() {
        answers.actions = list(&prompter.input(&tr!("init-ask-actions"), "")?);
    }
    if args.roles.is_empty() {
        let grid = grid_of(&answers.grid, dir, ui)?;
        if !grid.roles.is_empty() {
            let ids: Vec<&str> = grid.roles.iter().map(|r| r.id.as_str()).collect();
            let typed = prompter.input_default(&tr!("init-ask-roles"), &ids.join(", "))?;
            answers.roles = list(&typed);
        }
    }
    Ok(())
}

/// Comma-separated items, trimmed, empty ones left out.
fn list(typed: &str) -> Vec<String> {
    typed
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The chosen grid, loaded: a built-in id, or a file relative to the
/// démarche's folder.
fn grid_of(grid: &str, dir: &Path, ui: &Ui) -> exit::Result<Grid> {
    let d = demarche::Demarche {
        dir: dir.to_path_buf(),
        grid: grid.to_owned(),
        ..demarche::Demarche::default()
    };
    super::load_grid(&d.grid_arg(), ui)
}

/// Roles must be the grid's, when the grid names its roles: any spelling
/// of one (« bénévole », « Bénévoles » for `benevole`) is written as its id.
fn check_roles(roles: &[String], grid: &Grid) -> exit::Result<Vec<String>> {
    if grid.roles.is_empty() {
        return Ok(roles.to_vec());
    }
    let ids: Vec<&str> = grid.roles.iter().map(|r| r.id.as_str()).collect();
    let mut found: Vec<String> = Vec::new();
    for role in roles {
        if let Some(r) = crate::interactive::roles::find(grid, role) {
            if !found.contains(&r.id) {
                found.push(r.id.clone());
            }
        } else {
            let mut message = tr!(
                "init-unknown-role",
                role = role.as_str(),
                grid = grid.id.as_str(),
                roles = ids.join(", ")
            );
            if let Some(s) = crate::diag::did_you_mean(role, ids.iter().copied()) {
                message.push_str(&format!(" ({})", tr!("did-you-mean", suggestion = s)));
            }
            return Err(anyhow!(message).into());
        }
    }
    Ok(found)
}

/// The folders, then the file: a démarche file never points at folders
/// that are not there.
fn write(dir: &Path, answers: &Answers) -> exit::Result<()> {
    let f = &answers.folders;
    for folder in [&f.data, &f.evaluations, &f.reports] {
        let path = dir.join(folder);
        std::fs::create_dir_all(&path).map_err(|e| {
            anyhow!(tr!(
                "init-cannot-create",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
    }
    let text = demarche::render(answers);
    output::write_atomic(&dir.join(demarche::FILE_NAME), text.as_bytes())?;
    Ok(())
}

/// A local grid on the chosen built-in one: nothing changed yet, and
/// comments saying how to leave out, change or add (SPEC "Local grids").
fn local_grid(base: &Grid, answers: &Answers) -> String {
    let major = base.version.split('.').next().unwrap_or("1");
    let id = match crate::text::slugify(&answers.organisation) {
        id if id.is_empty() => "grille-locale".to_owned(),
        id => id,
    };
    let title = format!(
        "{} — {}",
        base.title.get(crate::i18n::lang()),
        answers.organisation
    );
    let quoted = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let comment = |text: String| -> String { text.lines().map(|l| format!("# {l}\n")).collect() };
    let mut out = comment(tr!("init-local-grid-header", base = base.id.as_str()));
    out.push_str(&format!(
        "format = 1\nid = {}\nversion = \"1.0.0\"\ntitle = {}\nlanguage = {}\nextends = {}\n\n",
        quoted(&id),
        quoted(&title),
        quoted(crate::i18n::lang().code()),
        quoted(&format!("{}@{major}", base.id)),
    ));
    out.push_str(&comment(tr!("init-local-grid-ignore")));
    out.push_str("# ignore = [\"…\", \"…\"]\n\n");
    out.push_str(&comment(tr!("init-local-grid-override")));
    out.push_str("# [override.…]\n# label = \"…\"\n# target = 80\n\n");
    out.push_str(&comment(tr!("init-local-grid-add")));
    out.push_str(
        "# [[domains]]\n# id = \"…\"\n# [[domains.criteria]]\n# id = \"…\"\n\
         # [[domains.criteria.indicators]]\n# id = \"…\"\n# label = \"…\"\n# scale = \"…\"\n",
    );
    out
}
