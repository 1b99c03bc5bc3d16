//! CSV survey exports, wide (one row per response, one column per indicator)
//! or long (`action`, `indicator`, `value`), detected from the header.
//!
//! One pass, streaming: a reader thread parses records into batches while the
//! calling thread interprets them, so the two halves of the work use both
//! cores. Memory holds two batches and the tally, whatever the file's size.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};

use anyhow::anyhow;
use csv::ByteRecord;

use super::cell::{CellReader, decode};
use super::{DataReport, Problem, ReadError};
use crate::diag::Code;
use crate::score::{Answer, GroupId, Tally};
use crate::text::fold;
use crate::tr;

/// How to read CSV files, decided by the command line.
#[derive(Clone, Debug, Default)]
pub struct CsvOptions {
    /// The field delimiter; detected among `,`, `;` and tab when `None`.
    pub delimiter: Option<u8>,
    /// Unknown columns are errors rather than warnings.
    pub strict: bool,
    /// Rows read so far, for a progress display on another thread.
    pub progress: Option<Arc<AtomicU64>>,
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Action,
    Period,
    Role,
    Respondent,
    Comment,
    IndicatorName,
    Value,
    Indicator(usize),
    Unknown,
}

/// Reserved column names, folded, with their French equivalents.
fn reserved(folded: &str) -> Option<Column> {
    Some(match folded {
        "action" => Column::Action,
        "period" | "periode" => Column::Period,
        "role" => Column::Role,
        "respondent" | "repondant" | "repondante" => Column::Respondent,
        "comment" | "commentaire" => Column::Comment,
        "indicator" | "indicateur" => Column::IndicatorName,
        "value" | "valeur" => Column::Value,
        _ => return None,
    })
}

/// The delimiter of a header line: the most frequent of `;`, `,` and tab outside
/// quotes (`,` on a tie).
pub fn sniff_delimiter(first_line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in first_line {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::from(i == 0)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
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

const BATCH: usize = 2048;

/// Streams one CSV file into `tally`. Problems with cells go to `report`;
/// a file that cannot be read as survey data at all is an error.
pub fn read_csv<R: Read + Send>(
    name: &str,
    input: R,
    tally: &mut Tally<'_>,
    options: &CsvOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let file_problem = |code: Code, message: String| {
        ReadError::Data(Problem {
            code,
            file: name.to_owned(),
            line: 0,
            field: None,
            message,
            expected: None,
        })
    };
    let mut input = BufReader::with_capacity(1 << 20, input);
    let delimiter = match options.delimiter {
        Some(d) => d,
        None => sniff_delimiter(input.fill_buf()?),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(input);
    let mut header = ByteRecord::new();
    if !reader
        .read_byte_record(&mut header)
        .map_err(|e| csv_error(name, &e))?
    {
        return Err(file_problem(
            Code::EmptyData,
            tr!("data-empty", file = name),
        ));
    }
    let mut windows_1252 = false;
    let headers: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            let raw = if i == 0 {
                raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
            } else {
                raw
            };
            let (text, fallback) = decode(raw);
            windows_1252 |= fallback;
            text.trim().to_owned()
        })
        .collect();
    let names = indicator_names(tally);
    let columns: Vec<Column> = headers
        .iter()
        .map(|h| {
            let folded = fold(h);
            reserved(&folded)
                .or_else(|| names.get(&folded).map(|&i| Column::Indicator(i)))
                .unwrap_or(Column::Unknown)
        })
        .collect();
    let find = |c: Column| columns.iter().position(|&x| x == c);
    let Some(action) = find(Column::Action) else {
        return Err(file_problem(
            Code::MissingActionColumn,
            tr!("data-no-action", file = name, found = headers.join(", ")),
        ));
    };
    let long = find(Column::IndicatorName).zip(find(Column::Value));
    let unknown: Vec<&str> = headers
        .iter()
        .zip(&columns)
        .filter(|(h, c)| **c == Column::Unknown && !h.is_empty())
        .map(|(h, _)| h.as_str())
        .collect();
    if !unknown.is_empty() {
        let list = unknown
            .iter()
            .map(|u| format!("`{u}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let message = tr!(
            "data-unknown-columns",
            file = name,
            count = unknown.len(),
            columns = list
        );
        if options.strict {
            return Err(file_problem(Code::UnknownColumn, message));
        }
        report.warnings.push(Problem {
            code: Code::UnknownColumn,
            file: name.to_owned(),
            line: 1,
            field: columns
                .iter()
                .position(|c| *c == Column::Unknown)
                .map(|f| f + 1),
            message,
            expected: None,
        });
    }
    let mut seen = HashMap::new();
    for (i, c) in columns.iter().enumerate() {
        if let Column::Indicator(ind) = c
            && let Some(first) = seen.insert(*ind, i)
        {
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
    if long.is_none() && indicator_columns.is_empty() {
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
    let mut rows = Rows {
        name,
        headers: &headers,
        action,
        period: find(Column::Period),
        role: find(Column::Role),
        respondent: find(Column::Respondent),
        readers: grid
            .indicators()
            .map(|(_, _, i)| CellReader::new(grid, i))
            .collect(),
        indicator_columns,
        long,
        names,
        indicator_cache: HashMap::new(),
        respondents: HashSet::new(),
        last_group: None,
    };

    // Records are parsed on a second thread and handed over in batches; empty
    // batches come back to be refilled, so allocation stops after warm-up.
    let (full_tx, full_rx) = mpsc::sync_channel::<Vec<ByteRecord>>(2);
    let (empty_tx, empty_rx) = mpsc::sync_channel::<Vec<ByteRecord>>(4);
    for _ in 0..3 {
        let _ = empty_tx.send(Vec::with_capacity(BATCH));
    }
    let result = std::thread::scope(|scope| {
        let producer = scope.spawn(move || -> Result<(), csv::Error> {
            while let Ok(mut batch) = empty_rx.recv() {
                batch.resize_with(BATCH, ByteRecord::new);
                let mut filled = 0;
                while filled < BATCH && reader.read_byte_record(&mut batch[filled])? {
                    filled += 1;
                }
                batch.truncate(filled);
                let done = filled < BATCH;
                if full_tx.send(batch).is_err() || done {
                    break;
                }
            }
            Ok(())
        });
        for batch in full_rx.iter() {
            for record in &batch {
                rows.row(record, tally, report);
            }
            if let Some(progress) = &options.progress {
                progress.fetch_add(batch.len() as u64, Ordering::Relaxed);
            }
            // The producer may have finished: a closed channel is fine.
            let _ = empty_tx.send(batch);
        }
        producer
            .join()
            .map_err(|_| ReadError::Io(anyhow!("the CSV reader thread failed")))?
            .map_err(|e| csv_error(name, &e))
    });
    result?;
    if windows_1252 || rows.readers.iter().any(|r| r.saw_windows_1252) {
        report.warnings.push(Problem {
            code: Code::Windows1252,
            file: name.to_owned(),
            line: 0,
            field: None,
            message: tr!("data-windows-1252", file = name),
            expected: None,
        });
    }
    Ok(())
}

fn csv_error(name: &str, error: &csv::Error) -> ReadError {
    if let csv::ErrorKind::Io(e) = error.kind() {
        return ReadError::Io(anyhow!("{e}"));
    }
    let line = error.position().map_or(0, |p| p.line());
    ReadError::Data(Problem {
        code: Code::CsvSyntax,
        file: name.to_owned(),
        line,
        field: None,
        expected: None,
        message: tr!(
            "data-csv-syntax",
            file = name,
            line = line,
            detail = error.to_string()
        ),
    })
}

/// The per-row half of the work.
struct Rows<'a> {
    name: &'a str,
    headers: &'a [String],
    action: usize,
    period: Option<usize>,
    role: Option<usize>,
    respondent: Option<usize>,
    readers: Vec<CellReader>,
    /// Wide layout: (column, indicator) pairs.
    indicator_columns: Vec<(usize, usize)>,
    /// Long layout: the indicator and value columns.
    long: Option<(usize, usize)>,
    names: HashMap<String, usize>,
    indicator_cache: HashMap<Vec<u8>, Option<usize>>,
    /// Long layout: respondents seen per group, to count responses.
    respondents: HashSet<(usize, Vec<u8>)>,
    /// The group of the previous row, by its raw cells: rows usually come
    /// grouped, and this spares a lookup per row.
    last_group: Option<LastGroup>,
}

/// The raw action, period and role cells of the previous row, and their group.
struct LastGroup {
    action: Vec<u8>,
    period: Vec<u8>,
    role: Vec<u8>,
    id: GroupId,
}

fn trimmed(raw: &[u8]) -> &[u8] {
    raw.trim_ascii()
}

impl Rows<'_> {
    fn problem(
        &self,
        report: &mut DataReport,
        record: &ByteRecord,
        code: Code,
        field: Option<usize>,
        message: String,
        expected: Option<String>,
    ) {
        report.problem(Problem {
            code,
            file: self.name.to_owned(),
            line: record.position().map_or(0, |p| p.line()),
            field: field.map(|f| f + 1),
            message,
            expected,
        });
    }

    fn group(&mut self, record: &ByteRecord, tally: &mut Tally<'_>) -> Option<GroupId> {
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).map(trimmed).unwrap_or(b"");
        let (action, period, role) = (cell(Some(self.action)), cell(self.period), cell(self.role));
        if action.is_empty() {
            return None;
        }
        if let Some(last) = &self.last_group
            && last.action == action
            && last.period == period
            && last.role == role
        {
            return Some(last.id);
        }
        let text = |raw: &[u8]| decode(raw).0.into_owned();
        let optional = |raw: &[u8]| (!raw.is_empty()).then(|| text(raw));
        let id = tally.group(
            &text(action),
            optional(period).as_deref(),
            optional(role).as_deref(),
        );
        self.last_group = Some(LastGroup {
            action: action.to_vec(),
            period: period.to_vec(),
            role: role.to_vec(),
            id,
        });
        Some(id)
    }

    fn row(&mut self, record: &ByteRecord, tally: &mut Tally<'_>, report: &mut DataReport) {
        report.rows += 1;
        if record.iter().all(|c| trimmed(c).is_empty()) {
            return; // blank lines at the end of spreadsheet exports
        }
        let Some(group) = self.group(record, tally) else {
            self.problem(
                report,
                record,
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
                    let raw = record.get(col).unwrap_or(b"");
                    let answer = self.answer(report, record, col, ind, raw);
                    tally.add(group, ind, answer);
                }
            }
            Some((name_col, value_col)) => {
                let respondent = self.respondent.and_then(|c| record.get(c)).map(trimmed);
                let counted = match respondent {
                    Some(r) if !r.is_empty() => {
                        self.respondents.insert((group_index(group), r.to_vec()))
                    }
                    _ => true,
                };
                if counted {
                    tally.add_response(group);
                }
                let raw_name = trimmed(record.get(name_col).unwrap_or(b""));
                let ind = match self.indicator_cache.get(raw_name) {
                    Some(found) => *found,
                    None => {
                        let found = self.names.get(&fold(&decode(raw_name).0)).copied();
                        self.indicator_cache.insert(raw_name.to_vec(), found);
                        found
                    }
                };
                let Some(ind) = ind else {
                    let value = decode(raw_name).0.into_owned();
                    self.problem(
                        report,
                        record,
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
                let raw = record.get(value_col).unwrap_or(b"");
                let answer = self.answer(report, record, value_col, ind, raw);
                tally.add(group, ind, answer);
            }
        }
    }

    /// The answer of a cell; a cell that does not fit is reported and counts as
    /// missing (the run fails at the end unless lenient).
    fn answer(
        &mut self,
        report: &mut DataReport,
        record: &ByteRecord,
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
                    record,
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

fn group_index(id: GroupId) -> usize {
    id.index()
}
