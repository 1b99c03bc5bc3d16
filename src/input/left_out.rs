//! Rows of long data naming an indicator the local grid leaves out
//! (`ignore`). The démarche adapted its grid; the exports it already has
//! still hold those rows. They are not an unknown indicator (an error that
//! would stop every run): they are skipped, and one warning per file says
//! which indicators and how many rows. Gathered from every worker of a file.

use std::collections::BTreeMap;

use super::{DataReport, Problem};
use crate::diag::Code;
use crate::tr;

/// Such rows of the file being read, not yet reported: the number of rows
/// by the indicator as written. Where each first comes is a placeholder
/// warning of the reader (its name as message), whose position the CSV
/// workers turn into a line like any problem's.
#[derive(Clone, Debug, Default)]
pub struct LeftOutRows {
    names: BTreeMap<String, u64>,
}

impl LeftOutRows {
    /// Counts a row naming `name`; whether this reader met it first.
    pub fn add(&mut self, name: &str) -> bool {
        let count = self.names.entry(name.to_owned()).or_insert(0);
        *count += 1;
        *count == 1
    }

    /// Adds what another reader of the same file met.
    pub fn merge(&mut self, other: LeftOutRows) {
        for (name, count) in other.names {
            *self.names.entry(name).or_insert(0) += count;
        }
    }
}

/// The placeholder marking where rows naming `name` first come.
pub fn first_row(file: &str, at: u64, field: usize, name: &str) -> Problem {
    Problem {
        code: Code::LeftOutIndicator,
        file: file.to_owned(),
        line: at,
        field: Some(field),
        message: name.to_owned(),
        expected: None,
        note: None,
    }
}

/// One warning for the file `name`, at the first such row, listing the
/// indicators in the order they first come and their rows.
pub fn report_left_out(report: &mut DataReport, name: &str, grid: &str) {
    let found = std::mem::take(&mut report.left_out);
    let (firsts, others): (Vec<Problem>, Vec<Problem>) = std::mem::take(&mut report.warnings)
        .into_iter()
        .partition(|w| w.code == Code::LeftOutIndicator && w.note.is_none());
    report.warnings = others;
    if found.names.is_empty() {
        return;
    }
    let first = |name: &str| {
        firsts
            .iter()
            .filter(|w| w.message == name)
            .map(|w| (w.line, w.field))
            .min()
            .unwrap_or((0, None))
    };
    let mut names: Vec<(String, u64, (u64, Option<usize>))> = found
        .names
        .into_iter()
        .map(|(name, count)| {
            let at = first(&name);
            (name, count, at)
        })
        .collect();
    names.sort_by_key(|(_, _, at)| *at);
    let rows: u64 = names.iter().map(|(_, count, _)| count).sum();
    let list = names
        .iter()
        .map(|(n, count, _)| tr!("data-left-out-one", indicator = n.as_str(), rows = *count))
        .collect::<Vec<_>>()
        .join(", ");
    report.warnings.push(Problem {
        code: Code::LeftOutIndicator,
        file: name.to_owned(),
        line: names[0].2.0,
        field: names[0].2.1,
        message: tr!(
            "data-left-out",
            file = name,
            rows = rows,
            grid = grid,
            indicators = list
        ),
        expected: None,
        note: Some(tr!("data-left-out-hint").into()),
    });
}
