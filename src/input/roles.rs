//! Role values met in data that the grid's roles do not know. Each is kept
//! as written (a role of its own), and gathered while a file is read, from
//! every worker, so that one finding per file lists them all with how many
//! rows gave each, next to the roles the grid has: a misspelt role silently
//! splits a series in two, and the list shows the spellings to alias.

use super::{DataReport, Problem};
use crate::diag::Code;
use crate::grid::Grid;
use crate::tr;

/// Unknown role values of the file being read, not yet reported.
#[derive(Clone, Debug, Default)]
pub struct UnknownRoles {
    /// Each value as written (trimmed), with how many rows gave it.
    values: Vec<(String, u64)>,
    /// Where roles come from: the role column's header (line, field).
    place: Option<(u64, usize)>,
    /// Whether counts are rows of a table; an evaluation file gives one
    /// role, not counted.
    rows: bool,
}

impl UnknownRoles {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Counts `count` rows (or one evaluation file, when `rows` is false)
    /// that gave `value`, read at `place` (the role column's header).
    pub fn add(&mut self, value: &str, count: u64, place: Option<(u64, usize)>, rows: bool) {
        match self.values.iter_mut().find(|(v, _)| v == value) {
            Some((_, n)) => *n += count,
            None => self.values.push((value.to_owned(), count)),
        }
        self.place = self.place.or(place);
        self.rows |= rows;
    }

    /// Adds what another reader of the same file met.
    pub fn merge(&mut self, other: UnknownRoles) {
        for (value, count) in &other.values {
            self.add(value, *count, other.place, other.rows);
        }
    }
}

/// Past this many, unknown role values are counted, not named.
const SHOWN: usize = 12;

/// Turns the unknown role values met in file `name` into one finding: a
/// warning, or a problem with `strict`. Values come most frequent first
/// (then by spelling), whatever order the workers met them in.
pub fn report_unknown_roles(report: &mut DataReport, name: &str, grid: &Grid, strict: bool) {
    let mut unknown = std::mem::take(&mut report.unknown_roles);
    if unknown.is_empty() {
        return;
    }
    unknown
        .values
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut values = unknown
        .values
        .iter()
        .take(SHOWN)
        .map(|(value, count)| {
            if unknown.rows {
                tr!(
                    "data-unknown-role-rows",
                    value = value.as_str(),
                    count = *count
                )
            } else {
                format!("`{value}`")
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let count = unknown.values.len();
    if count > SHOWN {
        values.push_str(&tr!("data-unknown-role-more", count = count - SHOWN));
    }
    let message = if strict {
        tr!("data-unknown-role-strict", count = count, values = values)
    } else {
        tr!(
            "data-unknown-role",
            file = name,
            count = count,
            values = values
        )
    };
    let roles = grid
        .roles
        .iter()
        .map(|r| format!("`{}` ({})", r.id, crate::role::label_in(grid, &r.id)))
        .collect::<Vec<_>>()
        .join(", ");
    let (line, field) = unknown.place.map_or((0, None), |(l, f)| (l, Some(f)));
    let problem = Problem {
        code: Code::UnknownRole,
        file: name.to_owned(),
        line,
        field,
        message,
        expected: Some(tr!("data-unknown-role-expected", roles = roles)),
        note: Some(tr!("data-unknown-role-hint").into()),
    };
    if strict {
        report.problem(problem);
    } else {
        report.warnings.push(problem);
    }
}
