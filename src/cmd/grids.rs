//! `utilsoc grids`: the grids embedded in the binary.

use std::path::Path;

use anyhow::{Result, anyhow};

use super::{Ui, builtin_grid, load_grid, table_width};
use crate::cli::{DiffFormat, GridsAction, GridsArgs};
use crate::exit::{self, Exit};
use crate::grid::builtin;
use crate::grid::{Grid, diff};
use crate::report::grid_table;
use crate::{output, tr};

pub fn run(args: GridsArgs, ui: &Ui) -> exit::Result<Exit> {
    match args.action.unwrap_or(GridsAction::List) {
        GridsAction::List => {
            let grids: Vec<_> = builtin::BUILTINS
                .iter()
                .map(builtin_grid)
                .collect::<Result<_>>()?;
            let width = table_width();
            let text = grid_table::grid_list(&grids, Some(width));
            let next = next_step(&tr!("grids-list-next"), "utilsoc grids show ID", width);
            output::emit(None, format!("{text}\n{next}\n").as_bytes())?;
        }
        GridsAction::Show { grid } => {
            let grid = grid_arg(grid, ui)?;
            let loaded = load_grid(&grid, ui)?;
            let width = table_width();
            let text = grid_table::grid_tree(&loaded, Some(width));
            let command = format!("utilsoc evaluate --grid {}", shell_word(&grid));
            let next = next_step(&tr!("grids-show-next"), &command, width);
            output::emit(None, format!("{text}\n{next}\n").as_bytes())?;
        }
        GridsAction::Export {
            grid,
            resolved,
            output: path,
        } => export(&grid_arg(grid, ui)?, resolved, path.as_deref(), ui)?,
        GridsAction::Adapt { grid, output } => return super::adapt::run(grid, output, ui),
        GridsAction::Diff { old, new, format } => {
            let old = load_grid(&old, ui)?;
            let new = load_grid(&new, ui)?;
            let d = diff::diff(&old, &new);
            let text = match format {
                DiffFormat::Table => diff_text(&old, &new, &d, table_width()),
                DiffFormat::Json => diff_json(&old, &new, &d)?,
            };
            output::emit(None, text.as_bytes())?;
        }
    }
    Ok(Exit::Success)
}

/// What to do next, under a table: a sentence wrapped on words to the
/// table's width, then the command on a line of its own, whole, to copy.
fn next_step(text: &str, command: &str, width: u16) -> String {
    let options = textwrap::Options::new(usize::from(width))
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let command = crate::text::clean(command);
    format!("{}\n  {command}", textwrap::fill(text, options))
}

/// `arg` as a shell reads it back: quoted when it holds anything but
/// letters, digits and `._/-`.
fn shell_word(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "._/-".contains(c))
    {
        arg.to_owned()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

/// The grid a subcommand works on: the one given, else the démarche's
/// (said on stderr), else an error saying what to give.
pub(crate) fn grid_arg(given: Option<String>, ui: &Ui) -> exit::Result<String> {
    if let Some(grid) = given {
        return Ok(grid);
    }
    match super::demarche::current(ui)? {
        Some(d) => {
            super::demarche::say_used(&d, ui)?;
            Ok(d.grid_arg())
        }
        None => Err(anyhow!(tr!("grids-no-grid")).into()),
    }
}

/// `grids export`: a built-in grid's file; a grid file as it is, or with
/// `resolved` written standalone from what utilsoc read (a local grid
/// without its `extends`).
fn export(arg: &str, resolved: bool, path: Option<&Path>, ui: &Ui) -> exit::Result<()> {
    if !super::looks_like_path(arg)
        && let Some(b) = builtin::find(arg)
    {
        output::emit(path, b.source.as_bytes())?;
        return Ok(());
    }
    if !resolved {
        if !Path::new(arg).exists() {
            // The same message as every command naming a grid.
            load_grid(arg, ui)?;
        }
        let bytes = super::read_input(Path::new(arg), crate::grid::MAX_GRID_BYTES)?;
        output::emit(path, &bytes)?;
        return Ok(());
    }
    let grid = load_grid(arg, ui)?;
    let from = match &grid.extends {
        Some((base, version)) => tr!(
            "grids-export-resolved-from",
            file = arg,
            base = base.as_str(),
            version = version.as_str()
        ),
        None => tr!("grids-export-resolved-standalone", file = arg),
    };
    let options = textwrap::Options::new(78).word_splitter(textwrap::WordSplitter::NoHyphenation);
    let header: String = from
        .lines()
        .flat_map(|l| textwrap::wrap(l, &options))
        .map(|l| format!("# {l}\n"))
        .collect();
    let text = crate::grid::write::to_toml(&grid, &(header + "\n"));
    output::emit(path, text.as_bytes())?;
    Ok(())
}

/// `grids diff` for people: one heading per kind of difference, one line
/// per indicator, each changed field on a line of its own, wrapped to
/// `width`.
fn diff_text(old: &Grid, new: &Grid, d: &diff::Diff, width: u16) -> String {
    let width = usize::from(width);
    let wrap = |line: &str, indent: &str| {
        let options = textwrap::Options::new(width)
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(&crate::text::clean(line), options)
    };
    let mut out = vec![wrap(
        &tr!(
            "diff-header",
            old = format!("{} {}", old.id, old.version),
            new = format!("{} {}", new.id, new.version)
        ),
        "",
    )];
    if d.is_empty() {
        out.push(tr!("diff-none"));
        return out.join("\n") + "\n";
    }
    for (key, items, sign) in [
        ("diff-added", &d.added, '+'),
        ("diff-removed", &d.removed, '-'),
    ] {
        if items.is_empty() {
            continue;
        }
        out.push(String::new());
        out.push(if key == "diff-added" {
            tr!("diff-added", count = items.len())
        } else {
            tr!("diff-removed", count = items.len())
        });
        for item in items {
            out.push(wrap(
                &format!("  {sign} {} ({}) {}", item.id, item.criterion, item.label),
                "      ",
            ));
        }
    }
    if !d.changed.is_empty() {
        out.push(String::new());
        out.push(tr!("diff-changed", count = d.changed.len()));
        for item in &d.changed {
            let head = match &item.renamed_from {
                Some(from) => tr!("diff-renamed", old = from.as_str(), new = item.id.as_str()),
                None => item.id.clone(),
            };
            out.push(wrap(&format!("  ~ {head}"), "      "));
            for change in &item.changes {
                let field = crate::i18n::message(&format!("diff-field-{}", change.field), &[]);
                let none = tr!("diff-empty");
                let value = |v: &str| {
                    if v.is_empty() {
                        none.clone()
                    } else {
                        v.to_owned()
                    }
                };
                out.push(wrap(
                    &format!(
                        "      {}",
                        tr!(
                            "diff-change",
                            field = field,
                            old = value(&change.old),
                            new = value(&change.new)
                        )
                    ),
                    "        ",
                ));
            }
        }
    }
    out.join("\n") + "\n"
}

/// `grids diff --format json`: the two grids named, then the differences.
fn diff_json(old: &Grid, new: &Grid, d: &diff::Diff) -> Result<String> {
    let named = |g: &Grid| serde_json::json!({ "id": g.id, "version": g.version, "hash": g.hash });
    let value = serde_json::json!({
        "old": named(old),
        "new": named(new),
        "added": d.added,
        "removed": d.removed,
        "changed": d.changed,
    });
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}
