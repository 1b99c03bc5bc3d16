//! Tables: what every tabular source yields (a header, then rows of cells), and
//! a driver for sources read row by row. The mapping of columns to the grid and
//! the reading of rows into answers ([`super::mapping`]) do not know where the
//! rows come from: CSV feeds them from worker threads ([`super::csv`]), a
//! spreadsheet reader hands them over one by one through [`RowSource`].

use std::sync::atomic::Ordering;

use super::cell::decode;
use super::header;
use super::mapping::{HeaderNames, Place, RowReader};
use super::{DataReport, ReadError, ReadOptions};
use crate::diag::Code;
use crate::score::Tally;
use crate::tr;

/// The cells of one row, as bytes: UTF-8, or Windows-1252 for old CSV files.
/// A row may have fewer cells than the header (spreadsheets drop trailing
/// empty cells) or more.
pub trait Cells {
    fn count(&self) -> usize;
    fn cell(&self, index: usize) -> Option<&[u8]>;
}

impl Cells for csv::ByteRecord {
    fn count(&self) -> usize {
        self.len()
    }

    fn cell(&self, index: usize) -> Option<&[u8]> {
        self.get(index)
    }
}

impl<T: AsRef<[u8]>> Cells for [T] {
    fn count(&self) -> usize {
        self.len()
    }

    fn cell(&self, index: usize) -> Option<&[u8]> {
        self.get(index).map(AsRef::as_ref)
    }
}

impl<T: AsRef<[u8]>> Cells for Vec<T> {
    fn count(&self) -> usize {
        self.len()
    }

    fn cell(&self, index: usize) -> Option<&[u8]> {
        self.get(index).map(AsRef::as_ref)
    }
}

/// A table read one row at a time.
pub trait RowSource {
    type Row: Cells;

    /// The header's cells, decoded and trimmed; `None` when the table is empty.
    fn header(&mut self) -> Result<Option<Vec<String>>, ReadError>;

    /// The next row and the line (or sheet row, from 1) it is on; `None` at
    /// the end.
    fn next_row(&mut self) -> Result<Option<(u64, Self::Row)>, ReadError>;
}

/// Rows a sheet's date column settles its day/month order from.
const SETTLING_ROWS: usize = 10_000;

/// Streams one table into `tally`. Problems with cells go to `report`; a
/// table that cannot be read as survey data at all is an error.
pub fn read_rows<S: RowSource>(
    name: &str,
    mut source: S,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let Some(first) = source.header()? else {
        return Err(ReadError::Data(super::whole_file(
            Code::EmptyData,
            name,
            tr!("data-empty", file = name),
        )));
    };
    // The header may be below title rows, and on two rows: read the first
    // rows, find it, then read the rows after it as data.
    let forced = options.columns.header_row.map(|n| n.saturating_sub(1));
    let wanted = header::SCAN_ROWS.max(forced.map_or(0, |r| r + 2));
    let mut first_rows: Vec<(u64, Option<S::Row>, Vec<String>)> = vec![(1, None, first)];
    while first_rows.len() < wanted {
        let Some((line, row)) = source.next_row()? else {
            break;
        };
        let cells = (0..row.count())
            .map(|i| decode(row.cell(i).unwrap_or(b"")).0.trim().to_owned())
            .collect();
        first_rows.push((line, Some(row), cells));
    }
    let texts: Vec<Vec<String>> = first_rows.iter().map(|(_, _, c)| c.clone()).collect();
    let names = HeaderNames::new(tally, &options.columns);
    let Some(layout) = header::find(&texts, &names, forced) else {
        return Err(ReadError::Data(super::whole_file(
            Code::EmptyData,
            name,
            tr!(
                "data-header-row-past-end",
                file = name,
                row = forced.map_or(0, |r| r + 1)
            ),
        )));
    };
    let header_line = first_rows[layout.row].0;
    let header = layout.cells;
    let mut rows = RowReader::new(name, &header, header_line, tally, options, report)?;
    // Rows read past the header while looking for it come first.
    let mut held: Vec<(u64, S::Row)> = first_rows
        .into_iter()
        .skip(layout.data_start)
        .filter_map(|(line, row, _)| row.map(|row| (line, row)))
        .collect();
    // The day/month order of a date column is settled from the first rows,
    // held until it is.
    if let Some(column) = rows.dates_to_settle() {
        while held.len() < SETTLING_ROWS
            && let Some(next) = source.next_row()?
        {
            held.push(next);
        }
        let values = held
            .iter()
            .filter_map(|(line, row)| {
                let cell = row.cell(column)?.trim_ascii();
                Some((*line, super::cell::decode(cell).0.into_owned()))
            })
            .collect();
        rows.settle_dates(values)?;
    }
    let mut held = held.into_iter();
    while let Some((line, row)) = match held.next() {
        Some(next) => Some(next),
        None => source.next_row()?,
    } {
        rows.row(&row, Place { at: line, line }, tally, report);
        if let Some(progress) = &options.progress {
            progress.fetch_add(1, Ordering::Relaxed);
        }
    }
    rows.end(report);
    if rows.saw_windows_1252() {
        report.warnings.push(super::windows_1252(name));
    }
    Ok(())
}
