//! What `check` says of a démarche beyond its file's own shape: roles the
//! grid does not define, and files in the evaluations folder that no command
//! reads. Findings only; nothing printed.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::Demarche;
use crate::diag::{Code, Finding};
use crate::grid::Grid;
use crate::tr;

/// The démarche's `roles` that name none of `grid`'s roles (by id, label or
/// alias), located in `text`, the démarche's file. A grid without roles
/// takes any: its roles in data are free text.
pub fn roles(grid: &Grid, text: &str) -> Vec<Finding> {
    #[derive(Deserialize)]
    struct Roles {
        #[serde(default)]
        roles: Vec<Spanned<String>>,
    }
    if grid.roles.is_empty() {
        return Vec::new();
    }
    // The file has been read without error before: only the spans are new.
    let Ok(found) = toml::from_str::<Roles>(text) else {
        return Vec::new();
    };
    let ids: Vec<&str> = grid.roles.iter().map(|r| r.id.as_str()).collect();
    found
        .roles
        .iter()
        .filter(|role| crate::interactive::roles::find(grid, role.get_ref()).is_none())
        .map(|role| {
            Finding::new(
                Code::UndefinedRole,
                tr!("demarche-undefined-role", role = role.get_ref().as_str()),
            )
            .at(role.span(), tr!("label-undefined-role"))
            .suggest(role.get_ref(), ids.iter().copied())
            .note(tr!("note-grid-roles", roles = ids.join(", ")))
        })
        .collect()
}

/// The démarche's roles as `grid`'s role ids, in the démarche's order: the
/// roles `evaluate` offers. Empty when the démarche names none of them.
pub fn offered_roles(d: &Demarche, grid: &Grid) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for role in &d.roles {
        if let Some(r) = crate::interactive::roles::find(grid, role)
            && !ids.contains(&r.id)
        {
            ids.push(r.id.clone());
        }
    }
    ids
}

/// Entries of the evaluations folder that are not read: anything but a
/// `.toml` file (a spreadsheet, a backup, a subfolder). Hidden files (lock
/// files, `.gitkeep`) and the clutter systems leave are not counted.
pub fn stray_files(d: &Demarche) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(d.evaluations_dir()) else {
        return Vec::new();
    };
    let mut stray: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !is_read(p) && !is_clutter(p))
        .collect();
    stray.sort();
    stray
}

fn is_read(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == "toml")
}

fn is_clutter(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name.starts_with('.') || name == "thumbs.db" || name == "desktop.ini"
}

/// The finding about a stray entry of the evaluations folder.
pub fn stray_finding(path: &Path, data: &str) -> Finding {
    let message = if path.is_dir() {
        tr!("demarche-stray-folder")
    } else {
        tr!("demarche-stray-file")
    };
    Finding::new(Code::StrayFile, message).note(tr!("note-stray-file", data = data))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        crate::interactive::tests::grid_with_roles()
    }

    #[test]
    fn a_role_the_grid_lacks_is_located_and_others_are_ids() {
        let g = grid();
        let first = g.roles[0].clone();
        let text = format!(
            "organisation = \"x\"\nroles = [\"{}\", \"habitantz\"]\n",
            first.label.text
        );
        let findings = roles(&g, &text);
        assert_eq!(findings.len(), 1, "{findings:?}");
        let span = findings[0].primary.as_ref().unwrap().span.clone();
        assert_eq!(&text[span], "\"habitantz\"");
        let d = Demarche {
            roles: vec![first.label.text.clone(), "inconnu".into(), first.id.clone()],
            ..Demarche::default()
        };
        assert_eq!(offered_roles(&d, &g), [first.id]);
    }

    #[test]
    fn only_unread_entries_are_stray() {
        let dir = tempfile::tempdir().unwrap();
        let evaluations = dir.path().join("evaluations");
        std::fs::create_dir_all(evaluations.join("2024")).unwrap();
        for name in [
            "a.toml",
            ".a.toml.lock",
            ".gitkeep",
            "Thumbs.db",
            "notes.docx",
            "a.toml~",
        ] {
            std::fs::write(evaluations.join(name), "").unwrap();
        }
        let d = Demarche {
            dir: dir.path().to_path_buf(),
            folders: super::super::Folders {
                data: "donnees".into(),
                evaluations: "evaluations".into(),
                reports: "rapports".into(),
            },
            ..Demarche::default()
        };
        let names: Vec<String> = stray_files(&d)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["2024", "a.toml~", "notes.docx"]);
    }
}
