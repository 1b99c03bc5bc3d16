//! A démarche as a folder: `utilsoc.toml` names the organisation, the grid,
//! the periods, actions and roles, where the data comes from (`[[sources]]`,
//! each with its own import options) and the folders of data, evaluations
//! and reports. Commands run inside such a folder need no `--grid` and no
//! list of files. This module reads, finds and writes the file; it never
//! prints.

pub mod lint;
mod read;
mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::score::targets::AgreedTarget;

pub use read::load;
pub use write::{Answers, render};

/// The file that makes a folder a démarche.
pub const FILE_NAME: &str = "utilsoc.toml";

/// The largest `utilsoc.toml` read: a hand-written file is a few kilobytes.
pub const MAX_BYTES: usize = 1 << 20;

/// One démarche, as its file says.
#[derive(Clone, Debug, Default)]
pub struct Demarche {
    /// The folder holding `utilsoc.toml`: every relative path starts there.
    pub dir: PathBuf,
    pub organisation: String,
    pub title: String,
    /// A built-in grid's id, or a grid file's path relative to [`Self::dir`].
    pub grid: String,
    pub periods: Vec<String>,
    pub actions: Vec<Action>,
    pub roles: Vec<String>,
    pub sources: Vec<Source>,
    pub folders: Folders,
    /// Checked against the grid by `score::targets::locate` once it is
    /// known, like a `--targets` file.
    pub targets: Vec<AgreedTarget>,
}

/// An action and the other names it has in data (`A1`, `atelier_couture`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Action {
    pub id: String,
    pub aliases: Vec<String>,
}

/// Where data comes from: a file or a glob, and how to read it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    pub path: String,
    pub sheet: Option<String>,
    pub header_row: Option<usize>,
    pub action_column: Option<String>,
    pub action: Option<String>,
    pub period_column: Option<String>,
    pub period: Option<String>,
    pub period_from: Option<String>,
    pub period_by: Option<crate::period::PeriodBy>,
    pub date_format: Option<crate::input::dates::DayMonth>,
    pub role_column: Option<String>,
    pub role: Option<String>,
    pub respondent_column: Option<String>,
    pub delimiter: Option<u8>,
}

/// The démarche's folders, relative to its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Folders {
    pub data: String,
    pub evaluations: String,
    pub reports: String,
}

impl Folders {
    /// The folders' names in the user's language.
    pub fn in_language() -> Folders {
        Folders {
            data: crate::tr!("demarche-folder-data"),
            evaluations: crate::tr!("demarche-folder-evaluations"),
            reports: crate::tr!("demarche-folder-reports"),
        }
    }
}

impl Default for Folders {
    fn default() -> Self {
        Folders::in_language()
    }
}

impl Demarche {
    /// The grid as `load_grid` takes it: a built-in id stays an id, a path is
    /// made relative to the démarche's folder.
    pub fn grid_arg(&self) -> String {
        let looks_like_path =
            self.grid.contains('/') || self.grid.contains('\\') || self.grid.ends_with(".toml");
        if looks_like_path {
            self.dir.join(&self.grid).display().to_string()
        } else {
            self.grid.clone()
        }
    }

    /// Data values read as an action, folded, to the action's id.
    pub fn action_aliases(&self) -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        for action in &self.actions {
            for alias in &action.aliases {
                map.insert(crate::text::fold_header(alias), action.id.clone());
            }
        }
        map
    }

    pub fn evaluations_dir(&self) -> PathBuf {
        self.dir.join(&self.folders.evaluations)
    }

    pub fn reports_dir(&self) -> PathBuf {
        self.dir.join(&self.folders.reports)
    }

    /// Each source's files, in the order written; a glob's matches sorted.
    /// A plain path is kept even when absent, so that reading it names it.
    pub fn source_files(&self) -> Vec<(PathBuf, &Source)> {
        let mut out = Vec::new();
        for source in &self.sources {
            let full = self.dir.join(&source.path);
            let pattern = full.display().to_string();
            if source.path.contains(['*', '?', '[']) {
                let mut found: Vec<PathBuf> = glob::glob(&pattern)
                    .map(|paths| {
                        paths
                            .filter_map(Result::ok)
                            .filter(|p| p.is_file())
                            .collect()
                    })
                    .unwrap_or_default();
                found.sort();
                out.extend(found.into_iter().map(|p| (p, source)));
            } else {
                out.push((full, source));
            }
        }
        out
    }

    /// The group's judgement file (`utilsoc judge`), beside `utilsoc.toml`:
    /// the one already there in either language, else one named in the
    /// user's.
    pub fn judgement_file(&self) -> PathBuf {
        ["jugement.toml", "judgement.toml"]
            .iter()
            .map(|name| self.dir.join(name))
            .find(|p| p.is_file())
            .unwrap_or_else(|| self.dir.join(crate::tr!("judgement-file")))
    }

    /// The evaluation files (`*.toml`) of the evaluations folder, sorted.
    pub fn evaluation_files(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(self.evaluations_dir())
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        found
    }
}

/// The `utilsoc.toml` of `start` or of its nearest parent, as Cargo finds
/// `Cargo.toml`.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|file| file.is_file())
}

#[cfg(test)]
mod tests;
