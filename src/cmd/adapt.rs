//! `utilsoc grids adapt`: the walk of [`interactive::adapt`] on a grid,
//! writing a local grid after every decision. In a démarche on a built-in
//! grid it writes `grille.toml` (the name `init --local-grid` uses) and
//! points `utilsoc.toml` at it, keeping that file's comments; on a local
//! grid it edits the file in place, keeping what it already says.
//!
//! [`interactive::adapt`]: crate::interactive::adapt

use std::cell::Cell;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::anyhow;

use super::{Ui, builtin_grid, load_grid};
use crate::demarche::{self, Demarche};
use crate::exit::{self, Exit};
use crate::grid::edit::{self, Changes, Comments, Fresh};
use crate::grid::{Grid, builtin};
use crate::interactive::adapt::{End, adapt};
use crate::interactive::{Prompter, TermPrompter};
use crate::{output, tr};

/// What the walk works on and where it writes.
pub struct Plan {
    /// The grid walked, as `load_grid` takes it.
    pub grid: String,
    /// The local grid file written.
    pub target: PathBuf,
    /// The local grid's text when it exists (edited in place).
    pub existing: Option<String>,
    /// The démarche whose `grid = …` points at the new local grid.
    pub demarche: Option<Demarche>,
    /// Who the grid is adapted for, for a new local grid's id and title.
    pub organisation: Option<String>,
}

pub fn run(grid: Option<String>, output: Option<PathBuf>, ui: &Ui) -> exit::Result<Exit> {
    let plan = plan(grid, output, ui)?;
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        return Err(anyhow!(tr!("adapt-no-terminal")).into());
    }
    let mut prompter = TermPrompter::new(ui.color_err);
    walk(&plan, &mut prompter, ui)
}

/// Decides what is adapted and where it goes, before anything is asked.
pub fn plan(grid: Option<String>, output: Option<PathBuf>, ui: &Ui) -> exit::Result<Plan> {
    let Some(arg) = grid else {
        let Some(d) = super::demarche::current(ui)? else {
            return Err(anyhow!(tr!("grids-no-grid")).into());
        };
        super::demarche::say_used(&d, ui)?;
        return for_demarche(d, output);
    };
    if !super::looks_like_path(&arg) && builtin::find(&arg).is_some() {
        let Some(target) = output else {
            return Err(anyhow!(tr!("adapt-needs-output", grid = arg.as_str())).into());
        };
        refuse_existing(&target)?;
        return Ok(Plan {
            grid: arg,
            target,
            existing: None,
            demarche: None,
            organisation: None,
        });
    }
    let existing = read_text(Path::new(&arg))?;
    Ok(Plan {
        target: output.unwrap_or_else(|| PathBuf::from(&arg)),
        grid: arg,
        existing: Some(existing),
        demarche: None,
        organisation: None,
    })
}

fn for_demarche(d: Demarche, output: Option<PathBuf>) -> exit::Result<Plan> {
    let arg = d.grid_arg();
    if super::looks_like_path(&d.grid) || builtin::find(&d.grid).is_none() {
        let existing = read_text(Path::new(&arg))?;
        return Ok(Plan {
            target: output.unwrap_or_else(|| PathBuf::from(&arg)),
            grid: arg,
            existing: Some(existing),
            organisation: Some(d.organisation.clone()),
            demarche: None,
        });
    }
    let target = output.unwrap_or_else(|| d.dir.join(tr!("init-local-grid-file")));
    refuse_existing(&target)?;
    Ok(Plan {
        grid: arg,
        target,
        existing: None,
        organisation: Some(d.organisation.clone()),
        demarche: Some(d),
    })
}

fn refuse_existing(target: &Path) -> exit::Result<()> {
    if target.exists() {
        return Err(anyhow!(tr!(
            "adapt-target-exists",
            path = target.display().to_string()
        ))
        .into());
    }
    Ok(())
}

fn read_text(path: &Path) -> exit::Result<String> {
    let bytes = super::read_input(path, crate::grid::MAX_GRID_BYTES)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs the walk on the plan with `prompter`, saving after every decision,
/// then says what changed.
pub fn walk(plan: &Plan, prompter: &mut dyn Prompter, ui: &Ui) -> exit::Result<Exit> {
    let grid = load_grid(&plan.grid, ui)?;
    // One session at a time on a local grid: two would each write their own
    // decisions over the other's. Held until the walk ends.
    let _lock = super::evaluate::take_lock(&plan.target, None, prompter)?;
    let base = base_of(&grid, plan)?;
    let major = base.version.split('.').next().unwrap_or("1").to_owned();
    let who = plan.organisation.clone().unwrap_or_else(|| {
        plan.target
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let id = match crate::text::slugify(&who) {
        id if id.is_empty() => "grille-locale".to_owned(),
        id => id,
    };
    let title = match &plan.organisation {
        Some(o) => format!("{} — {o}", base.title.get(crate::i18n::lang())),
        None => tr!("adapt-title", title = base.title.get(crate::i18n::lang())),
    };
    let header = tr!("adapt-header", base = base.id.as_str());
    let extends = format!("{}@{major}", base.id);
    let fresh = Fresh {
        header: &header,
        id: &id,
        title: &title,
        language: crate::i18n::lang().code(),
        extends: &extends,
    };
    let ignore = tr!("adapt-comment-ignore");
    let added = tr!("adapt-comment-added");
    let record = tr!("adapt-comment-record");
    let base_id = base.id.clone();
    let was = move |value: &str| tr!("adapt-comment-was", base = base_id.as_str(), value = value);
    let comments = Comments {
        ignore: &ignore,
        was: &was,
        added: &added,
        record: &record,
    };
    let pointed = Cell::new(false);
    let written = Cell::new(false);
    let mut save = |changes: &Changes| -> io::Result<()> {
        let text = edit::write(plan.existing.as_deref(), &fresh, &base, changes, &comments)
            .map_err(io::Error::other)?;
        output::write_atomic(&plan.target, text.as_bytes()).map_err(io::Error::other)?;
        written.set(true);
        if !pointed.get() {
            pointed.set(true);
            if let Some(d) = &plan.demarche {
                point_demarche(d, &plan.target)?;
            }
        }
        Ok(())
    };
    let today = jiff::ZonedDateTime::now().date().to_string();
    let path = plan.target.display().to_string();
    // In the démarche's folder, its grid is the one shown without argument.
    let here = plan
        .target
        .parent()
        .is_none_or(|p| p.as_os_str().is_empty());
    let in_demarche = plan.demarche.is_some() || (plan.organisation.is_some() && here);
    let command = |verb: &str| {
        if in_demarche {
            format!("utilsoc grids {verb}")
        } else {
            format!("utilsoc grids {verb} {path}")
        }
    };
    let (changes, end) = match adapt(&grid, prompter, &today, &mut save) {
        Ok(done) => done,
        Err(e) if e.kind() == io::ErrorKind::Interrupted => {
            // Every decision was written as it was made.
            let said = if written.get() {
                tr!(
                    "adapt-interrupted",
                    path = path.as_str(),
                    command = command("adapt")
                )
            } else {
                tr!("adapt-interrupted-nothing")
            };
            // Off the line the interrupted prompt was on.
            let _ = writeln!(io::stderr());
            super::say_written(ui, &said)?;
            return Ok(Exit::INTERRUPTED);
        }
        Err(e) => return Err(anyhow!(e).into()),
    };
    let mut message = tr!(
        "adapt-done",
        path = path.as_str(),
        dropped = changes.dropped.len(),
        renamed = changes.count("label"),
        reweighted = changes.count("weight"),
        reworded = changes.count("question"),
        retargeted = changes.count("target"),
        added = changes.added.len()
    );
    if end == End::Early {
        message = format!("{}\n{message}", tr!("adapt-finished-early"));
    }
    let show = command("show");
    super::say_written(ui, &message)?;
    super::say_written(ui, &format!("  {show}"))?;
    Ok(Exit::Success)
}

/// The built-in grid `grid` extends (or is).
fn base_of(grid: &Grid, plan: &Plan) -> exit::Result<Grid> {
    let id = match &grid.extends {
        Some((id, _)) => id.clone(),
        None if plan.existing.is_none() => grid.id.clone(),
        None => {
            return Err(anyhow!(tr!("adapt-not-local", path = plan.grid.as_str())).into());
        }
    };
    let b = builtin::find(&id)
        .ok_or_else(|| anyhow!(tr!("adapt-not-local", path = plan.grid.as_str())))?;
    Ok(builtin_grid(b)?)
}

/// Points the démarche's `grid` at the new local grid, keeping the rest of
/// its file as it is.
fn point_demarche(d: &Demarche, target: &Path) -> io::Result<()> {
    let file = d.dir.join(demarche::FILE_NAME);
    let text = std::fs::read_to_string(&file)?;
    // Relative to the démarche's folder, as its file names paths.
    let absolute = |p: &Path| {
        // The current folder is `""` in a démarche found here.
        let p = if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        };
        std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
    };
    let (target, dir) = (absolute(target), absolute(&d.dir));
    let name = target
        .strip_prefix(&dir)
        .unwrap_or(&target)
        .to_string_lossy()
        .replace('\\', "/");
    let text = edit::set_demarche_grid(&text, &name).map_err(io::Error::other)?;
    output::write_atomic(&file, text.as_bytes()).map_err(io::Error::other)
}
