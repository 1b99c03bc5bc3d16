//! Where the header is, in a table as survey tools write it: among the first
//! rows (Framaforms writes a title row and a "Submission Details" row above
//! it), and maybe on two rows, a question over the options it spans
//! (SurveyMonkey writes `Response` or the option texts on a second row;
//! Framaforms writes the question over its options). The two rows become one
//! header text per column, `Question [Option]`, which the mapping reads like
//! any header.

use super::mapping::HeaderNames;

/// How many rows may come before the header: title rows, a blank line, a
/// second header row.
pub const SCAN_ROWS: usize = 10;

/// Where the header was found, and its cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The row (from 0) holding the header's names.
    pub row: usize,
    /// The first data row (from 0): after the header, and after a second
    /// header row under it.
    pub data_start: usize,
    /// One text per column.
    pub cells: Vec<String>,
    /// How many cells are names we know: how well this reading fits.
    pub score: usize,
}

/// What SurveyMonkey writes on its second row over a single-answer question.
fn is_response_word(cell: &str) -> bool {
    matches!(
        crate::text::fold_header(cell).as_str(),
        "response" | "open ended response" | "reponse" | "reponse ouverte"
    )
}

/// The header among `rows` (the first rows of a table, cells decoded and
/// trimmed): the row holding the most names we know (the first on a tie, the
/// first row when none holds any), or row `forced` (from 0). `None` when the
/// rows do not reach it.
pub fn find(rows: &[Vec<String>], names: &HeaderNames, forced: Option<usize>) -> Option<Header> {
    let score = |row: &[String]| row.iter().filter(|c| names.knows(c)).count();
    let row = match forced {
        Some(row) => row,
        None => {
            let scores: Vec<usize> = rows.iter().take(SCAN_ROWS).map(|r| score(r)).collect();
            let best = scores.iter().copied().max()?;
            scores.iter().position(|&s| s == best)?
        }
    };
    let main = rows.get(row)?;
    let (cells, data_start) = match rows.get(row + 1) {
        Some(below) if is_pair(main, below, names) => (combine(main, below, names), row + 2),
        _ => match row.checked_sub(1).map(|r| &rows[r]) {
            Some(above) if is_pair(above, main, names) => (combine(above, main, names), row + 1),
            _ => (main.clone(), row + 1),
        },
    };
    let score = score(&cells);
    Some(Header {
        row,
        data_start,
        cells,
        score,
    })
}

fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", |c| c.trim())
}

/// Whether `bottom` is the second row of a header whose first row is `top`:
/// it holds `Response` words or cells under the spans of `top` (empty cells
/// after a question), and nothing that reads as an answer: under a name we
/// know that spans one column, a data row would hold a value.
fn is_pair(top: &[String], bottom: &[String], names: &HeaderNames) -> bool {
    let width = top.len().max(bottom.len());
    let mut evidence = 0;
    let mut spanning = false;
    for i in 0..width {
        let (t, b) = (cell(top, i), cell(bottom, i));
        if !t.is_empty() {
            spanning = false;
        }
        // A question whose span starts here: its options follow under empty
        // cells of the top row.
        let starts_span = !t.is_empty()
            && cell(top, i + 1).is_empty()
            && i + 1 < width
            && !cell(bottom, i + 1).is_empty();
        if starts_span {
            spanning = true;
        }
        if b.is_empty() {
            continue;
        }
        if is_response_word(b) {
            evidence += 1;
        } else if t.is_empty() {
            if spanning && !names.knows(b) {
                evidence += 1;
            }
        } else if !starts_span && names.knows(t) && !names.knows(b) {
            return false; // a value under a known column: a data row
        }
    }
    evidence > 0
}

/// One header text per column from two header rows: `Top [Bottom]`, the top
/// text carried over the empty cells of its span; `Top` alone when the bottom
/// is empty or a `Response` word; the bottom alone when it is a name we know
/// (Framaforms' "Submission Details" over `Serial`, `SID`...).
fn combine(top: &[String], bottom: &[String], names: &HeaderNames) -> Vec<String> {
    let width = top.len().max(bottom.len());
    let mut carried: Option<&str> = None;
    let mut out = Vec::with_capacity(width);
    for i in 0..width {
        let (t, b) = (cell(top, i), cell(bottom, i));
        if !t.is_empty() {
            carried = Some(t);
        }
        let text = if b.is_empty() || is_response_word(b) {
            t.to_owned()
        } else if names.knows(b) {
            carried = None;
            b.to_owned()
        } else {
            match carried {
                Some(top) => format!("{top} [{b}]"),
                None => b.to_owned(),
            }
        };
        out.push(text);
    }
    out
}

#[cfg(test)]
#[path = "header_tests.rs"]
mod tests;
