//! CSV survey exports, wide (one row per response, one column per indicator)
//! or long (`action`, `indicator`, `value`), detected from the header.
//!
//! One pass, streaming: a reader thread parses records into batches while the
//! calling thread interprets them, so the two halves of the work use both
//! cores. Memory holds two batches and the tally, whatever the file's size.

use std::collections::HashMap;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use anyhow::anyhow;
use csv::ByteRecord;
use rustc_hash::FxHashMap;

use super::cell::{CellReader, decode};
use super::chunks::{Chunk, Chunker, Refusal};
use super::{DataReport, Problem, ReadError};
use crate::diag::Code;
use crate::score::{Answer, GroupId, Tally, Verbatim};
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
    /// Bytes per chunk and worker threads, when not the defaults: results
    /// must not depend on them, and tests vary them to prove it.
    pub chunk_bytes: Option<usize>,
    pub workers: Option<usize>,
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

/// Bytes handed to a worker at a time: large enough to keep hand-overs rare,
/// small enough that memory stays flat (a few chunks are in flight).
const CHUNK_BYTES: usize = 1 << 20;

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
            note: None,
        })
    };
    let mut chunker = Chunker::new(input);
    let head = chunker.head().map_err(|e| chunk_error(name, e))?;
    let mut delimiter = match options.delimiter {
        Some(d) => d,
        None => sniff_delimiter(head),
    };
    chunker.set_delimiter(delimiter);
    let Some(header_chunk) = chunker.first_record().map_err(|e| chunk_error(name, e))? else {
        return Err(file_problem(
            Code::EmptyData,
            tr!("data-empty", file = name),
        ));
    };
    let Some((mut headers, mut windows_1252)) = header_cells(delimiter, &header_chunk.bytes) else {
        return Err(file_problem(
            Code::EmptyData,
            tr!("data-empty", file = name),
        ));
    };
    // Question labels used as headers may hold commas, which can outnumber
    // the real delimiter: when no `action` column shows up, try the others.
    let has_action = |headers: &[String]| {
        headers
            .iter()
            .any(|h| reserved(&fold(h)) == Some(Column::Action))
    };
    if options.delimiter.is_none() && !has_action(&headers) {
        for other in [b';', b',', b'\t'] {
            if let Some((cells, fallback)) = header_cells(other, &header_chunk.bytes)
                && has_action(&cells)
            {
                delimiter = other;
                headers = cells;
                windows_1252 = fallback;
                chunker.set_delimiter(delimiter);
                break;
            }
        }
    }
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
        let message = if options.strict {
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
        // With --strict the run fails, but the rest of the file is still read
        // so that every problem is reported at once.
        if options.strict {
            report.problem(problem);
        } else {
            report.warnings.push(problem);
        }
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
    let rows = Rows {
        name,
        headers: &headers,
        action,
        period: find(Column::Period),
        comment: find(Column::Comment),
        role: find(Column::Role),
        readers: grid
            .indicators()
            .map(|(_, _, i)| CellReader::new(grid, i))
            .collect(),
        indicator_columns,
        long,
        names,
        indicator_cache: HashMap::new(),
        groups: FxHashMap::default(),
        key: Vec::new(),
        last: None,
        windows_1252: false,
        line: 0,
    };

    // The calling thread cuts the file into chunks of whole records (a light
    // scan); worker threads parse and interpret them, each into its own tally,
    // merged at the end.
    let workers = options
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(2)));
    let chunk_bytes = options.chunk_bytes.unwrap_or(CHUNK_BYTES);
    let (chunk_tx, chunk_rx) = mpsc::sync_channel::<Chunk>(2 * workers);
    let chunk_rx = Mutex::new(chunk_rx);
    let result = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let mut rows = rows.clone();
                let mut tally = tally.empty_like();
                let chunk_rx = &chunk_rx;
                scope.spawn(move || -> Result<_, ReadError> {
                    let mut report = DataReport::default();
                    let mut record = ByteRecord::new();
                    loop {
                        let next = chunk_rx
                            .lock()
                            .map_err(|_| ())
                            .and_then(|rx| rx.recv().map_err(|_| ()));
                        let Ok(chunk) = next else { break };
                        let first_problem = report.problems.len();
                        let mut reader = records(delimiter, &chunk.bytes);
                        let mut count = 0;
                        // Where the last record started, and its line: texts
                        // keep their line, counted as records go.
                        let mut seen = (0, chunk.first_line);
                        while reader
                            .read_byte_record(&mut record)
                            .map_err(|e| csv_error(name, &e))?
                        {
                            if tally.keeps_texts() {
                                let start = record.position().map_or(0, |p| p.byte());
                                let start = usize::try_from(start)
                                    .unwrap_or(usize::MAX)
                                    .clamp(seen.0, chunk.bytes.len());
                                seen.1 += memchr::memchr_iter(b'\n', &chunk.bytes[seen.0..start])
                                    .count() as u64;
                                seen.0 = start;
                                rows.line = seen.1;
                            }
                            rows.row(&record, &mut tally, &mut report);
                            count += 1;
                        }
                        // Problems hold their byte offset in the chunk until
                        // now: counting newlines gives the line, also in CRLF
                        // files, where the csv crate's own count is off.
                        for problem in &mut report.problems[first_problem..] {
                            // After a CRLF the offset points at the `\n`, which belongs
                            // to the line before: count it too.
                            let end = usize::try_from(problem.line)
                                .map_or(usize::MAX, |b| b.saturating_add(1))
                                .min(chunk.bytes.len());
                            problem.line = chunk.first_line
                                + memchr::memchr_iter(b'\n', &chunk.bytes[..end]).count() as u64;
                        }
                        if let Some(progress) = &options.progress {
                            progress.fetch_add(count, Ordering::Relaxed);
                        }
                    }
                    Ok((rows.saw_windows_1252(), tally, report))
                })
            })
            .collect();
        let mut read_error = None;
        loop {
            match chunker.next_chunk(chunk_bytes) {
                Ok(Some(chunk)) => {
                    if chunk_tx.send(chunk).is_err() {
                        break; // a worker failed: its error is reported below
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    read_error = Some(chunk_error(name, e));
                    break;
                }
            }
        }
        drop(chunk_tx);
        let mut local = DataReport::default();
        for handle in handles {
            let (windows, other, other_report) = handle
                .join()
                .map_err(|_| ReadError::Io(anyhow!("a CSV worker thread failed")))??;
            windows_1252 |= windows;
            tally.merge(other);
            local.merge_same_file(other_report);
        }
        report.absorb(local);
        read_error.map_or(Ok(()), Err)
    });
    result?;
    if windows_1252 {
        report.warnings.push(Problem {
            code: Code::Windows1252,
            file: name.to_owned(),
            line: 0,
            field: None,
            message: tr!("data-windows-1252", file = name),
            expected: None,
            note: None,
        });
    }
    Ok(())
}

/// The cells of a header line, decoded and trimmed (a UTF-8 BOM dropped), and
/// whether decoding needed Windows-1252; `None` for an empty line.
fn header_cells(delimiter: u8, bytes: &[u8]) -> Option<(Vec<String>, bool)> {
    let mut record = ByteRecord::new();
    if !records(delimiter, bytes)
        .read_byte_record(&mut record)
        .ok()?
    {
        return None;
    }
    let mut windows_1252 = false;
    let cells = record
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
    Some((cells, windows_1252))
}

/// A CSV parser over whole records in memory. Rows may have fewer or more
/// cells than the header (spreadsheets drop trailing empty cells).
fn records(delimiter: u8, bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

/// A read error, or the chunker's refusal to go on as a located problem.
fn chunk_error(name: &str, error: std::io::Error) -> ReadError {
    let problem = |code: Code, line: u64, message: String| {
        ReadError::Data(Problem {
            code,
            file: name.to_owned(),
            line,
            field: None,
            message,
            expected: None,
            note: None,
        })
    };
    match Refusal::of(&error) {
        Some(Refusal::RecordTooLong { line, limit }) => problem(
            Code::RecordTooLong,
            *line,
            tr!("data-record-too-long", limit = limit / (1024 * 1024)),
        ),
        Some(Refusal::Binary { line }) => problem(Code::BinaryData, *line, tr!("data-binary")),
        None => ReadError::Io(anyhow::Error::new(error).context(tr!("error-read", path = name))),
    }
}

/// With byte records and ragged rows allowed, the csv crate fails only when
/// reading fails.
fn csv_error(name: &str, error: &csv::Error) -> ReadError {
    ReadError::Io(anyhow!("{}: {error}", tr!("error-read", path = name)))
}

/// The per-row half of the work.
#[derive(Clone)]
struct Rows<'a> {
    name: &'a str,
    headers: &'a [String],
    action: usize,
    period: Option<usize>,
    comment: Option<usize>,
    role: Option<usize>,
    readers: Vec<CellReader>,
    /// Wide layout: (column, indicator) pairs.
    indicator_columns: Vec<(usize, usize)>,
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
    /// The line the current record starts on (kept up to date only when the
    /// tally keeps texts).
    line: u64,
}

fn trimmed(raw: &[u8]) -> &[u8] {
    raw.trim_ascii()
}

impl Rows<'_> {
    fn saw_windows_1252(&self) -> bool {
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
        record: &ByteRecord,
        code: Code,
        field: Option<usize>,
        message: String,
        expected: Option<String>,
    ) {
        report.problem(Problem {
            code,
            file: self.name.to_owned(),
            // The byte offset in the chunk; the worker turns it into a line.
            line: record.position().map_or(0, |p| p.byte()),
            field: field.map(|f| f + 1),
            message,
            expected,
            note: None,
        });
    }

    fn group(&mut self, record: &ByteRecord, tally: &mut Tally<'_>) -> Option<GroupId> {
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).map(trimmed).unwrap_or(b"");
        let (action, period, role) = (cell(Some(self.action)), cell(self.period), cell(self.role));
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

    fn row(&mut self, record: &ByteRecord, tally: &mut Tally<'_>, report: &mut DataReport) {
        report.rows += 1;
        if record.iter().all(|c| trimmed(c).is_empty()) {
            return; // blank lines at the end of spreadsheet exports
        }
        // Cells past the header have no column to go in: empty ones are the
        // trailing delimiters spreadsheets write, others are data going unread.
        if let Some(extra) = record
            .iter()
            .skip(self.headers.len())
            .position(|c| !trimmed(c).is_empty())
        {
            let field = self.headers.len() + extra;
            let value = decode(trimmed(&record[field])).0.into_owned();
            self.problem(
                report,
                record,
                Code::ExtraCells,
                Some(field),
                tr!(
                    "data-extra-cells",
                    cells = record.len(),
                    header = self.headers.len(),
                    value = value
                ),
                None,
            );
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
                    if answer == Answer::Text {
                        self.keep_text(tally, group, Some(ind), raw, false);
                    }
                }
                self.keep_comment(record, tally, group, None);
            }
            Some((name_col, value_col)) => {
                // A long row is one answer, not one response: the tally counts
                // responses as the answers of the most answered indicator.
                let raw_name = trimmed(record.get(name_col).unwrap_or(b""));
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
                if answer == Answer::Text {
                    self.keep_text(tally, group, Some(ind), raw, false);
                }
                self.keep_comment(record, tally, group, Some(ind));
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

    fn keep_comment(
        &mut self,
        record: &ByteRecord,
        tally: &mut Tally<'_>,
        group: GroupId,
        indicator: Option<usize>,
    ) {
        if let Some(raw) = self.comment.and_then(|c| record.get(c)) {
            self.keep_text(tally, group, indicator, raw, true);
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
