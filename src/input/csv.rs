//! CSV survey exports, wide (one row per response, one column per indicator)
//! or long (`action`, `indicator`, `value`), detected from the header.
//!
//! One pass, streaming: a reader thread parses records into batches while the
//! calling thread interprets them, so the two halves of the work use both
//! cores. Memory holds two batches and the tally, whatever the file's size.

use std::io::Read;
use std::sync::atomic::Ordering;
use std::sync::{Mutex, mpsc};

use anyhow::anyhow;
use csv::ByteRecord;

use super::cell::decode;
use super::chunks::{Chunk, Chunker, Refusal};
use super::header::{self, Header};
use super::mapping::{HeaderNames, Place, RowReader};
use super::{DataReport, Problem, ReadError, ReadOptions};
use crate::diag::Code;
use crate::score::Tally;
use crate::tr;

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

/// Bytes handed to a worker at a time: large enough to keep hand-overs rare,
/// small enough that memory stays flat (a few chunks are in flight).
const CHUNK_BYTES: usize = 1 << 20;

/// Streams one CSV file into `tally`. Problems with cells go to `report`;
/// a file that cannot be read as survey data at all is an error.
pub fn read_csv<R: Read + Send>(
    name: &str,
    input: R,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let file_problem =
        |code: Code, message: String| ReadError::Data(super::whole_file(code, name, message));
    let mut chunker = Chunker::new(input);
    let names = HeaderNames::new(tally, &options.columns);
    let forced = options.columns.header_row.map(|n| n.saturating_sub(1));
    let head = chunker.head().map_err(|e| chunk_error(name, e))?;
    // The head holds the first 64 KiB: all of the file when shorter.
    let whole = head.len() < 1 << 16;
    let sniffed = options.delimiter.unwrap_or_else(|| sniff_delimiter(head));
    // Question labels used as headers may hold commas, which can outnumber
    // the real delimiter: every delimiter is tried, and the one giving the
    // header with the most names we know wins (the sniffed one on a tie).
    let candidates: &[u8] = if options.delimiter.is_some() {
        &[]
    } else {
        b";,\t"
    };
    let mut best: Option<(u8, Header, bool)> = None;
    for delimiter in std::iter::once(sniffed).chain(candidates.iter().copied()) {
        let (rows, fallback) = head_rows(delimiter, head, whole, forced);
        if let Some(header) = header::find(&rows, &names, forced)
            && best.as_ref().is_none_or(|(_, b, _)| header.score > b.score)
        {
            best = Some((delimiter, header, fallback));
        }
    }
    let forced_past_rows = forced.is_some() && best.is_none() && !head.is_empty();
    let (delimiter, layout, mut windows_1252) = match best {
        Some(best) => best,
        None if forced_past_rows => {
            return Err(file_problem(
                Code::EmptyData,
                tr!(
                    "data-header-row-past-end",
                    file = name,
                    row = forced.map_or(0, |r| r + 1)
                ),
            ));
        }
        None => {
            // No whole record in the head (a header past 64 KiB): the first
            // record is the header.
            chunker.set_delimiter(sniffed);
            let Some(chunk) = chunker.first_record().map_err(|e| chunk_error(name, e))? else {
                return Err(file_problem(
                    Code::EmptyData,
                    tr!("data-empty", file = name),
                ));
            };
            let Some((cells, fallback)) = header_cells(sniffed, &chunk.bytes) else {
                return Err(file_problem(
                    Code::EmptyData,
                    tr!("data-empty", file = name),
                ));
            };
            let header = Header {
                row: 0,
                data_start: 0,
                cells,
                score: 0,
            };
            (sniffed, header, fallback)
        }
    };
    chunker.set_delimiter(delimiter);
    // Skip the rows before the data, noting the header's line. Blank lines
    // are records for the chunker, not for the parser.
    let mut header_line = 1;
    let mut row = 0;
    while row < layout.data_start {
        let Some(chunk) = chunker.first_record().map_err(|e| chunk_error(name, e))? else {
            break;
        };
        if chunk.bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if row == layout.row {
            header_line = chunk.first_line;
        }
        row += 1;
    }
    let headers = layout.cells;
    if headers.iter().all(String::is_empty) {
        return Err(file_problem(
            Code::EmptyData,
            tr!("data-empty", file = name),
        ));
    }
    let mut rows = RowReader::new(name, &headers, header_line, tally, options, report)?;
    let chunk_bytes = options.chunk_bytes.unwrap_or(CHUNK_BYTES);
    // The day/month order of a date column is settled from the first chunk,
    // read here before the workers get it: the file is still read once.
    let mut first_chunk = None;
    if let Some(column) = rows.dates_to_settle() {
        first_chunk = chunker
            .next_chunk(chunk_bytes)
            .map_err(|e| chunk_error(name, e))?;
        if let Some(chunk) = &first_chunk {
            rows.settle_dates(column_values(delimiter, chunk, column))?;
        }
    }

    // The calling thread cuts the file into chunks of whole records (a light
    // scan); worker threads parse and interpret them, each into its own tally,
    // merged at the end.
    let workers = options
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(2)));
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
                        let first_warning = report.warnings.len();
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
                            }
                            // Problems hold the record's byte offset in the
                            // chunk until the chunk is done.
                            let at = record.position().map_or(0, |p| p.byte());
                            rows.row(&record, Place { at, line: seen.1 }, &mut tally, &mut report);
                            count += 1;
                        }
                        // Problems hold their byte offset in the chunk until
                        // now: counting newlines gives the line, also in CRLF
                        // files, where the csv crate's own count is off.
                        let problems = report.problems[first_problem..].iter_mut();
                        // Rows warn about their texts (contact details) the same way.
                        let warnings = report.warnings[first_warning..].iter_mut();
                        for problem in problems.chain(warnings) {
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
                    rows.end(&mut report);
                    Ok((rows.saw_windows_1252(), tally, report))
                })
            })
            .collect();
        let mut read_error = None;
        loop {
            let next = match first_chunk.take() {
                Some(chunk) => Ok(Some(chunk)),
                None => chunker.next_chunk(chunk_bytes),
            };
            match next {
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
        report.warnings.push(super::windows_1252(name));
    }
    Ok(())
}

/// The first records of `head` (enough to find the header), decoded and
/// trimmed as header cells, and whether decoding needed Windows-1252. A record
/// that may be cut at the end of the head is left out.
fn head_rows(
    delimiter: u8,
    head: &[u8],
    whole: bool,
    forced: Option<usize>,
) -> (Vec<Vec<String>>, bool) {
    let wanted = header::SCAN_ROWS.max(forced.map_or(0, |r| r + 2));
    let mut reader = records(delimiter, head);
    let mut record = ByteRecord::new();
    let mut rows = Vec::new();
    let mut windows_1252 = false;
    let mut exhausted = false;
    while rows.len() <= wanted {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            _ => {
                exhausted = true;
                break;
            }
        }
        let first = rows.is_empty();
        let cells = record
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                let raw = if first && i == 0 {
                    raw.strip_prefix(b"\xef\xbb\xbf").unwrap_or(raw)
                } else {
                    raw
                };
                let (text, fallback) = decode(raw);
                windows_1252 |= fallback;
                text.trim().to_owned()
            })
            .collect();
        rows.push(cells);
    }
    if exhausted && !whole {
        rows.pop();
    }
    rows.truncate(wanted);
    (rows, windows_1252)
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

/// The cells of one column in a chunk, decoded and trimmed, with their line.
fn column_values(delimiter: u8, chunk: &Chunk, column: usize) -> Vec<(u64, String)> {
    let mut reader = records(delimiter, &chunk.bytes);
    let mut record = ByteRecord::new();
    let mut values = Vec::new();
    let (mut counted, mut line) = (0, chunk.first_line);
    while let Ok(true) = reader.read_byte_record(&mut record) {
        let start = record.position().map_or(0, |p| p.byte());
        let start = usize::try_from(start)
            .unwrap_or(usize::MAX)
            .clamp(counted, chunk.bytes.len());
        line += memchr::memchr_iter(b'\n', &chunk.bytes[counted..start]).count() as u64;
        counted = start;
        if let Some(cell) = record.get(column) {
            values.push((line, decode(cell.trim_ascii()).0.into_owned()));
        }
    }
    values
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
