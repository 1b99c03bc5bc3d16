//! `utilsoc template`: a blank CSV to fill in, or a printable questionnaire:
//! the interviewer version (every question, with ids, help and who is asked)
//! or, with `--role`, the form one role's respondents get.

use anyhow::anyhow;

use super::{Ui, load_grid};
use crate::cli::{TemplateArgs, TemplateFormat};
use crate::exit::{self, Exit};
use crate::grid::Grid;
use crate::i18n::lang;
use crate::interactive::roles;
use crate::output;
use crate::report::template;
use crate::tr;

pub fn run(args: &TemplateArgs, ui: &Ui) -> exit::Result<Exit> {
    let grid = load_grid(&args.grid, ui)?;
    let actions: Vec<String> = args
        .actions
        .iter()
        .flat_map(|a| a.split(','))
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    // The role as the grid names it: its id to choose the questions, its
    // label to head the form.
    let role = match args.role.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(typed) if !grid.roles.is_empty() => match roles::find(&grid, typed) {
            Some(found) => Some((found.id.clone(), found.label.get(lang()).to_owned())),
            None => return Err(anyhow!(unknown_role(&grid, typed)).into()),
        },
        // A grid without roles asks every role the same questions.
        Some(typed) => {
            let id = crate::role::id_of(typed).into_owned();
            let label = crate::role::label(&id).into_owned();
            Some((id, label))
        }
    };
    let form = || {
        template::respondent(
            &grid,
            role.as_ref().map(|(id, _)| id.as_str()),
            role.as_ref().map(|(_, label)| label.as_str()),
            args.all,
        )
    };
    let bytes = match (args.format, &role) {
        (TemplateFormat::Csv, _) => template::csv(&grid, &actions, args.excel)?,
        (TemplateFormat::Markdown, None) => template::markdown(&grid, args.all).into_bytes(),
        (TemplateFormat::Markdown, Some(_)) => template::respondent_markdown(&form()).into_bytes(),
        // The HTML page is a form to hand out: on a grid with roles, whose
        // form it is must be said (the interviewer version is Markdown).
        (TemplateFormat::Html, None) if !grid.roles.is_empty() => {
            return Err(anyhow!(
                "--role: {}",
                tr!("template-html-needs-role", roles = role_list(&grid))
            )
            .into());
        }
        (TemplateFormat::Html, _) => template::respondent_html(&form()).into_bytes(),
    };
    output::emit(args.output.as_deref(), &bytes)?;
    Ok(Exit::Success)
}

/// The grid's roles as `--role` takes them: id and label.
fn role_list(grid: &Grid) -> String {
    grid.roles
        .iter()
        .map(|r| format!("{} ({})", r.id, r.label.get(lang())))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `--role` naming none of the grid's roles, with the roles it has.
fn unknown_role(grid: &Grid, typed: &str) -> String {
    format!(
        "--role: {}",
        tr!(
            "evaluate-role-unknown",
            value = typed,
            roles = role_list(grid)
        )
    )
}
