//! What every table shares, whatever its source: the header decides what each
//! column holds (a reserved column, an indicator by id or alias, or nothing we
//! know), and each row becomes a group (action, period, role) and answers,
//! wide (one column per indicator) or long (`indicator` and `value` columns).
//!
//! The reserved column names live here, and grid validation refuses an
//! indicator named like one: it would never be answered.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::cell::{CellReader, decode};
use super::choice::{ChoiceColumn, choice_columns};
use super::dates::DateColumn;
use super::table::Cells;
use super::{DataReport, Problem, ReadError, ReadOptions};
use crate::diag::Code;
use crate::score::{Answer, GroupId, Tally, Verbatim};
use crate::text::fold;
use crate::tr;

/// A column with a meaning of its own in survey data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reserved {
    Action,
    Period,
    Role,
    Respondent,
    Comment,
    IndicatorName,
    Value,
}

/// The reserved column names, English then French, as people write them;
/// headers match them folded (case, accents and spaces ignored).
pub const RESERVED_COLUMNS: &[(&str, Reserved)] = &[
    ("action", Reserved::Action),
    ("period", Reserved::Period),
    ("role", Reserved::Role),
    ("respondent", Reserved::Respondent),
    ("comment", Reserved::Comment),
    ("indicator", Reserved::IndicatorName),
    ("value", Reserved::Value),
    ("période", Reserved::Period),
    ("répondant", Reserved::Respondent),
    ("répondante", Reserved::Respondent),
    ("commentaire", Reserved::Comment),
    ("indicateur", Reserved::IndicatorName),
    ("valeur", Reserved::Value),
];

/// What a column named `name` means when it is reserved.
pub fn reserved_column(name: &str) -> Option<Reserved> {
    let folded = fold(name);
    RESERVED_COLUMNS
        .iter()
        .find(|(reserved, _)| fold(reserved) == folded)
        .map(|(_, meaning)| *meaning)
}

/// Whether a header has an `action` column: CSV tries other delimiters when
/// it has not.
pub fn has_action_column(header: &[String]) -> bool {
    header
        .iter()
        .any(|h| reserved_column(h) == Some(Reserved::Action))
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Reserved(Reserved),
    Indicator(usize),
    /// Read by the indicators of a multiple-choice question's options.
    Choice,
    Unknown,
}

/// Names every indicator column can go by, folded.
fn indicator_names(tally: &Tally<'_>) -> HashMap<String, usize> {
    let mut names = HashMap::new();
    for (index, (_, _, indicator)) in tally.grid().indicators().enumerate() {
        names.insert(fold(&indicator.id), index);
        for alias in &indicator.aliases {
            names.insert(fold(alias), index);
        }
    }
    names
}

/// The ranks of the indicators that read an option of a multiple-choice
/// question: their names name the question, not a column of their own.
fn option_indicators(tally: &Tally<'_>) -> Vec<usize> {
    tally
        .grid()
        .indicators()
        .enumerate()
        .filter(|(_, (_, _, i))| i.option.is_some())
        .map(|(rank, _)| rank)
        .collect()
}

/// Finds the columns option indicators read among those nothing else
/// claimed, and marks them.
fn map_choices(headers: &[String], tally: &Tally<'_>, columns: &mut [Column]) -> Vec<ChoiceColumn> {
    let taken: Vec<bool> = columns.iter().map(|c| *c != Column::Unknown).collect();
    let (choices, recognised) = choice_columns(headers, tally.grid(), &taken);
    for column in recognised {
        columns[column] = Column::Choice;
    }
    choices
}

/// Where a row is, for what reading it finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Place {
    /// What problems record as their line: the line itself, or a position the
    /// source turns into a line afterwards (CSV workers count lines only for
    /// the few rows that have a problem).
    pub at: u64,
    /// The row's line, kept with the texts (read only when the tally keeps them).
    pub line: u64,
}

/// Reads rows into a tally, by the columns the header gave. Cloned once per
/// worker thread: each reads into its own tally.
#[derive(Clone)]
pub struct RowReader<'a> {
    name: &'a str,
    headers: &'a [String],
    action: usize,
    period: Option<usize>,
    comment: Option<usize>,
    role: Option<usize>,
    readers: Vec<CellReader>,
    /// Wide layout: (column, indicator) pairs.
    indicator_columns: Vec<(usize, usize)>,
    /// Wide layout: the columns option indicators read.
    choices: Vec<ChoiceColumn>,
    /// Long layout: the indicator and value columns.
    long: Option<(usize, usize)>,
    names: HashMap<String, usize>,
    indicator_cache: HashMap<Vec<u8>, Option<usize>>,
    /// Groups by their raw action, period and role cells (joined in one key):
    /// rows name a handful of groups millions of times.
    groups: FxHashMap<Vec<u8>, GroupId>,
    /// The key of the current row, and that of the previous row with its group:
    /// rows often come grouped, which spares the lookup.
    key: Vec<u8>,
    last: Option<(Vec<u8>, GroupId)>,
    /// Whether an action, period, role or indicator name was not UTF-8.
    windows_1252: bool,
    /// The line of the current row.
    line: u64,
    /// The date column periods come from (`--period-from`).
    dates: Option<DateColumn>,
}

fn trimmed(raw: &[u8]) -> &[u8] {
    raw.trim_ascii()
}

impl<'a> RowReader<'a> {
    /// Maps the columns of `headers` (decoded and trimmed) to the grid of
    /// `tally`. Unknown columns are a warning, or a problem with `strict`; a
    /// table without an `action` column, without any indicator, or with two
    /// columns for one indicator cannot be read.
    pub fn new(
        name: &'a str,
        headers: &'a [String],
        tally: &Tally<'_>,
        options: &ReadOptions,
        report: &mut DataReport,
    ) -> Result<Self, ReadError> {
        let strict = options.strict;
        let file_problem =
            |code: Code, message: String| ReadError::Data(super::whole_file(code, name, message));
        let dates = super::dates::column(name, headers, options)?;
        let date_column = dates.as_ref().map(|d| d.column);
        let names = indicator_names(tally);
        let option_indicators = option_indicators(tally);
        let mut columns: Vec<Column> = headers
            .iter()
            .map(|h| match reserved_column(h) {
                Some(reserved) => Column::Reserved(reserved),
                None => names
                    .get(&fold(h))
                    .filter(|i| !option_indicators.contains(i))
                    .map_or(Column::Unknown, |&i| Column::Indicator(i)),
            })
            .collect();
        let choices = map_choices(headers, tally, &mut columns);
        let find = |r: Reserved| columns.iter().position(|&x| x == Column::Reserved(r));
        let Some(action) = find(Reserved::Action) else {
            return Err(file_problem(
                Code::MissingActionColumn,
                tr!("data-no-action", file = name, found = headers.join(", ")),
            ));
        };
        let long = find(Reserved::IndicatorName).zip(find(Reserved::Value));
        let unknown: Vec<&str> = headers
            .iter()
            .zip(&columns)
            .enumerate()
            .filter(|(i, (h, c))| {
                **c == Column::Unknown && !h.is_empty() && Some(*i) != date_column
            })
            .map(|(_, (h, _))| h.as_str())
            .collect();
        if !unknown.is_empty() {
            let list = unknown
                .iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let message = if strict {
                tr!(
                    "data-unknown-columns-strict",
                    count = unknown.len(),
                    columns = list
                )
            } else {
                tr!(
                    "data-unknown-columns",
                    file = name,
                    count = unknown.len(),
                    columns = list
                )
            };
            let problem = Problem {
                code: Code::UnknownColumn,
                file: name.to_owned(),
                line: 1,
                field: columns
                    .iter()
                    .position(|c| *c == Column::Unknown)
                    .map(|f| f + 1),
                message,
                expected: None,
                note: None,
            };
            // With --strict the run fails, but the rest of the file is still
            // read so that every problem is reported at once.
            if strict {
                report.problem(problem);
            } else {
                report.warnings.push(problem);
            }
        }
        let mut seen = HashMap::new();
        let read = columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Column::Indicator(ind) => Some((i, *ind)),
                _ => None,
            })
            .chain(choices.iter().map(|c| (c.column, c.indicator)));
        for (i, ind) in read {
            if let Some(first) = seen.insert(ind, i) {
                return Err(file_problem(
                    Code::DuplicateColumn,
                    tr!(
                        "data-duplicate-column",
                        file = name,
                        first = headers[first].as_str(),
                        second = headers[i].as_str()
                    ),
                ));
            }
        }
        let indicator_columns: Vec<(usize, usize)> = columns
            .iter()
            .enumerate()
            .filter_map(|(col, c)| match c {
                Column::Indicator(i) => Some((col, *i)),
                _ => None,
            })
            .collect();
        if long.is_none() && indicator_columns.is_empty() && choices.is_empty() {
            return Err(file_problem(
                Code::NoIndicatorColumn,
                tr!(
                    "data-no-indicator",
                    file = name,
                    grid = tally.grid().id.as_str()
                ),
            ));
        }
        let grid = tally.grid();
        Ok(RowReader {
            name,
            headers,
            action,
            period: find(Reserved::Period),
            comment: find(Reserved::Comment),
            role: find(Reserved::Role),
            readers: grid
                .indicators()
                .map(|(_, _, i)| CellReader::new(grid, i))
                .collect(),
            indicator_columns,
            choices,
            long,
            names,
            indicator_cache: HashMap::new(),
            groups: FxHashMap::default(),
            key: Vec::new(),
            last: None,
            windows_1252: false,
            line: 0,
            dates,
        })
    }

    /// The date column whose day/month order is still to settle from the
    /// first rows, if any.
    pub fn dates_to_settle(&self) -> Option<usize> {
        self.dates
            .as_ref()
            .filter(|d| d.order.is_none())
            .map(|d| d.column)
    }

    /// Settles the day/month order of the date column from some of its values
    /// (line, text).
    pub fn settle_dates(&mut self, values: Vec<(u64, String)>) -> Result<(), ReadError> {
        if let Some(dates) = &mut self.dates {
            dates.settle(self.name, values)?;
        }
        Ok(())
    }

    /// Whether a cell or a name needed the Windows-1252 fallback.
    pub fn saw_windows_1252(&self) -> bool {
        self.windows_1252 || self.readers.iter().any(|r| r.saw_windows_1252)
    }

    /// Text of a raw cell, noting when it needed the Windows-1252 fallback.
    fn text(&mut self, raw: &[u8]) -> String {
        let (text, fallback) = decode(raw);
        self.windows_1252 |= fallback;
        text.into_owned()
    }

    fn problem(
        &self,
        report: &mut DataReport,
        at: u64,
        code: Code,
        field: Option<usize>,
        message: String,
        expected: Option<String>,
    ) {
        report.problem(Problem {
            code,
            file: self.name.to_owned(),
            line: at,
            field: field.map(|f| f + 1),
            message,
            expected,
            note: None,
        });
    }

    fn group<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        dated: Option<&str>,
        tally: &mut Tally<'_>,
    ) -> Option<GroupId> {
        let cell = |col: Option<usize>| col.and_then(|c| row.cell(c)).map(trimmed).unwrap_or(b"");
        let period = dated.map_or_else(|| cell(self.period), str::as_bytes);
        let (action, role) = (cell(Some(self.action)), cell(self.role));
        if action.is_empty() {
            return None;
        }
        self.key.clear();
        for part in [action, period, role] {
            self.key.extend_from_slice(part);
            self.key.push(0);
        }
        if let Some((last, id)) = &self.last
            && *last == self.key
        {
            return Some(*id);
        }
        let id = match self.groups.get(self.key.as_slice()) {
            Some(id) => *id,
            None => {
                let action = self.text(action);
                let period = (!period.is_empty()).then(|| self.text(period));
                let role = (!role.is_empty()).then(|| self.text(role));
                let id = tally.group(&action, period.as_deref(), role.as_deref());
                self.groups.insert(self.key.clone(), id);
                id
            }
        };
        match &mut self.last {
            Some((last, last_id)) => {
                last.clone_from(&self.key);
                *last_id = id;
            }
            None => self.last = Some((self.key.clone(), id)),
        }
        Some(id)
    }

    /// Reads one row into `tally`; what does not fit goes to `report`.
    pub fn row<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        place: Place,
        tally: &mut Tally<'_>,
        report: &mut DataReport,
    ) {
        let count = row.count();
        if (0..count).all(|i| row.cell(i).is_none_or(|c| trimmed(c).is_empty())) {
            return; // blank lines at the end of spreadsheet exports
        }
        self.line = place.line;
        let at = place.at;
        // Cells past the header have no column to go in: empty ones are the
        // trailing delimiters spreadsheets write, others are data going unread.
        let width = self.headers.len();
        if let Some(field) =
            (width..count).find(|&i| row.cell(i).is_some_and(|c| !trimmed(c).is_empty()))
        {
            let value = decode(trimmed(row.cell(field).unwrap_or(b"")))
                .0
                .into_owned();
            self.problem(
                report,
                at,
                Code::ExtraCells,
                Some(field),
                tr!(
                    "data-extra-cells",
                    cells = count,
                    header = width,
                    value = value
                ),
                None,
            );
        }
        let dated = match &self.dates {
            Some(dates) => match dates.row_period(self.name, row, at, report) {
                Some(period) => Some(period),
                None => return,
            },
            None => None,
        };
        let Some(group) = self.group(row, dated.as_deref(), tally) else {
            self.problem(
                report,
                at,
                Code::EmptyAction,
                Some(self.action),
                tr!("data-empty-action"),
                None,
            );
            return;
        };
        match self.long {
            None => {
                tally.add_response(group);
                for i in 0..self.indicator_columns.len() {
                    let (col, ind) = self.indicator_columns[i];
                    let raw = row.cell(col).unwrap_or(b"");
                    let answer = self.answer(report, at, col, ind, raw);
                    tally.add(group, ind, answer);
                    if answer == Answer::Text {
                        self.keep_text(tally, group, Some(ind), raw, false);
                    }
                }
                self.read_choices(row, at, group, tally, report);
                self.keep_comment(row, tally, group, None);
            }
            Some((name_col, value_col)) => {
                // A long row is one answer, not one response: the tally counts
                // responses as the answers of the most answered indicator.
                let raw_name = trimmed(row.cell(name_col).unwrap_or(b""));
                let ind = match self.indicator_cache.get(raw_name) {
                    Some(found) => *found,
                    None => {
                        let name = self.text(raw_name);
                        let found = self.names.get(&fold(&name)).copied();
                        self.indicator_cache.insert(raw_name.to_vec(), found);
                        found
                    }
                };
                let Some(ind) = ind else {
                    let value = decode(raw_name).0.into_owned();
                    self.problem(
                        report,
                        at,
                        Code::UnknownIndicator,
                        Some(name_col),
                        tr!(
                            "data-unknown-indicator",
                            indicator = value,
                            grid = tally.grid().id.as_str()
                        ),
                        None,
                    );
                    return;
                };
                let raw = row.cell(value_col).unwrap_or(b"");
                let answer = self.answer(report, at, value_col, ind, raw);
                tally.add(group, ind, answer);
                if answer == Answer::Text {
                    self.keep_text(tally, group, Some(ind), raw, false);
                }
                self.keep_comment(row, tally, group, Some(ind));
            }
        }
    }

    /// Keeps a qualitative answer or a comment, when the tally wants them.
    fn keep_text(
        &mut self,
        tally: &mut Tally<'_>,
        group: GroupId,
        indicator: Option<usize>,
        raw: &[u8],
        comment: bool,
    ) {
        if tally.keeps_texts() {
            let text = self.text(raw.trim_ascii());
            tally.add_text(
                group,
                Verbatim {
                    indicator,
                    source: 0,
                    line: self.line,
                    comment,
                    text,
                },
            );
        }
    }

    fn keep_comment<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        tally: &mut Tally<'_>,
        group: GroupId,
        indicator: Option<usize>,
    ) {
        if let Some(raw) = self.comment.and_then(|c| row.cell(c)) {
            self.keep_text(tally, group, indicator, raw, true);
        }
    }

    /// Reads the ticks of every option indicator in a wide row.
    fn read_choices<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        at: u64,
        group: GroupId,
        tally: &mut Tally<'_>,
        report: &mut DataReport,
    ) {
        for i in 0..self.choices.len() {
            let (col, ind) = (self.choices[i].column, self.choices[i].indicator);
            let raw = row.cell(col).unwrap_or(b"");
            let (read, fallback) = self.choices[i].reader.read_bytes(raw);
            self.windows_1252 |= fallback;
            let answer = match read {
                Ok(answer) => answer,
                Err(mismatch) => {
                    let value = decode(raw).0.trim().to_owned();
                    self.problem(
                        report,
                        at,
                        Code::InvalidCell,
                        Some(col),
                        tr!(
                            "data-bad-cell",
                            column = self.headers[col].as_str(),
                            value = value
                        ),
                        Some(mismatch.expected),
                    );
                    Answer::Missing
                }
            };
            tally.add(group, ind, answer);
        }
    }

    /// The answer of a cell; a cell that does not fit is reported and counts as
    /// missing (the run fails at the end unless lenient).
    fn answer(
        &mut self,
        report: &mut DataReport,
        at: u64,
        col: usize,
        ind: usize,
        raw: &[u8],
    ) -> Answer {
        match self.readers[ind].read(raw) {
            Ok(answer) => answer,
            Err(mismatch) => {
                let value = decode(raw.trim_ascii()).0.into_owned();
                self.problem(
                    report,
                    at,
                    Code::InvalidCell,
                    Some(col),
                    tr!(
                        "data-bad-cell",
                        column = self.headers[col].as_str(),
                        value = value
                    ),
                    Some(mismatch.expected),
                );
                Answer::Missing
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_names_match_folded_in_both_languages() {
        for name in ["Commentaire", " PÉRIODE ", "Répondante", "valeur", "Rôle"] {
            assert!(reserved_column(name).is_some(), "{name}");
        }
        assert_eq!(reserved_column("Indicateur"), Some(Reserved::IndicatorName));
        assert_eq!(reserved_column("commentaires"), None);
    }
}
