//! Spreadsheets (`.xlsx`, `.ods`, and the older `.xls` and `.xlsb`), read
//! with calamine and handed to the table mapping as a [`RowSource`], one sheet
//! at a time: the first, or the one `--sheet` names.
//!
//! Cells reach the mapping as the text a consultant sees in the sheet: a
//! whole number as `3` (not `3.0`), a boolean as `true`/`false`, an Excel date
//! cell as ISO 8601 (`2025-03-15`, `2025-03-15T10:23:00`) so that dates read
//! the same from a spreadsheet as from a CSV export. Line numbers are the
//! sheet's row numbers, and the file goes by `file.xlsx[Sheet]` in messages.

use std::borrow::Cow;
use std::io::{Read, Seek};

use calamine::{Data, Range, Reader, Sheets};

use super::table::{RowSource, read_rows};
use super::{DataReport, ReadError, ReadOptions, whole_file};
use crate::diag::Code;
use crate::score::Tally;
use crate::text::fold;
use crate::tr;

/// The workbook formats calamine reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Xlsb,
    Ods,
    Xls,
}

/// Opens a workbook of a known format; the error is calamine's, as text.
pub fn open<RS: Read + Seek + Clone>(format: Format, data: RS) -> Result<Sheets<RS>, String> {
    fn text<E: std::fmt::Display>(e: E) -> String {
        e.to_string()
    }
    Ok(match format {
        Format::Xlsx => Sheets::Xlsx(calamine::open_workbook_from_rs(data).map_err(text)?),
        Format::Xlsb => Sheets::Xlsb(calamine::open_workbook_from_rs(data).map_err(text)?),
        Format::Ods => Sheets::Ods(calamine::open_workbook_from_rs(data).map_err(text)?),
        Format::Xls => Sheets::Xls(calamine::open_workbook_from_rs(data).map_err(text)?),
    })
}

/// Streams one sheet of an open workbook into `tally`: the one `options`
/// names (matched exactly, else ignoring case and accents), else the first.
pub fn read_workbook<RS: Read + Seek>(
    file: &str,
    mut workbook: Sheets<RS>,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let names = workbook.sheet_names();
    let sheet = match &options.sheet {
        Some(wanted) => names
            .iter()
            .find(|n| *n == wanted)
            .or_else(|| names.iter().find(|n| fold(n) == fold(wanted)))
            .ok_or_else(|| {
                ReadError::Data(whole_file(
                    Code::UnknownSheet,
                    file,
                    tr!(
                        "data-unknown-sheet",
                        file = file,
                        sheet = wanted.as_str(),
                        sheets = list(&names)
                    ),
                ))
            })?,
        None => names.first().ok_or_else(|| {
            ReadError::Data(whole_file(
                Code::EmptyData,
                file,
                tr!("data-empty", file = file),
            ))
        })?,
    }
    .clone();
    let name = format!("{file}[{sheet}]");
    let range = workbook.worksheet_range(&sheet).map_err(|e| {
        ReadError::Data(whole_file(
            Code::UnreadableSpreadsheet,
            &name,
            tr!(
                "data-unreadable-spreadsheet",
                file = name.as_str(),
                error = e.to_string()
            ),
        ))
    })?;
    read_rows(&name, SheetRows::new(range), tally, options, report)
}

/// Sheet names as a message lists them.
fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rows of one sheet, from its first used row.
struct SheetRows {
    range: Range<Data>,
    /// The next row to hand over, from the range's start.
    next: usize,
    /// The sheet row number (from 1) of the range's first row.
    first: u64,
    /// Empty columns left of the range: rows start with as many empty cells,
    /// so that findings give the sheet's own column numbers.
    skipped: usize,
}

impl SheetRows {
    fn new(range: Range<Data>) -> Self {
        let (first, skipped) = range
            .start()
            .map_or((1, 0), |(row, col)| (u64::from(row) + 1, col as usize));
        SheetRows {
            range,
            next: 0,
            first,
            skipped,
        }
    }

    fn row(&mut self) -> Option<(u64, Vec<String>)> {
        let at = self.next;
        let row = self.range.rows().nth(at)?;
        self.next += 1;
        let mut cells = vec![String::new(); self.skipped];
        cells.extend(row.iter().map(|c| cell_text(c).into_owned()));
        Some((self.first + at as u64, cells))
    }
}

impl RowSource for SheetRows {
    type Row = Vec<String>;

    fn header(&mut self) -> Result<Option<Vec<String>>, ReadError> {
        // Leading empty rows belong to no range, but a sheet may still open
        // with blank rows inside it (a cleared title).
        while let Some((_, cells)) = self.row() {
            if cells.iter().any(|c| !c.trim().is_empty()) {
                return Ok(Some(
                    cells.into_iter().map(|c| c.trim().to_owned()).collect(),
                ));
            }
        }
        Ok(None)
    }

    fn next_row(&mut self) -> Result<Option<(u64, Vec<String>)>, ReadError> {
        Ok(self.row())
    }
}

/// A cell as the sheet shows it, in the forms the rest of the input reads.
pub fn cell_text(cell: &Data) -> Cow<'_, str> {
    match cell {
        Data::Empty => Cow::Borrowed(""),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cow::Borrowed(s),
        Data::Int(i) => Cow::Owned(i.to_string()),
        Data::Float(f) => Cow::Owned(number(*f)),
        Data::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
        Data::DateTime(dt) if dt.is_datetime() => {
            // calamine rounds to the millisecond, which forms never write.
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            let whole_day = dt.as_f64().fract() == 0.0;
            Cow::Owned(if dt.as_f64() < 1.0 {
                format!("{h:02}:{mi:02}:{s:02}")
            } else if whole_day {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
            })
        }
        Data::DateTime(dt) => Cow::Owned(number(dt.as_f64())),
        Data::Error(e) => Cow::Owned(e.to_string()),
    }
}

/// A number as a sheet shows it: whole numbers without a decimal part.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};

    use super::*;

    #[test]
    fn cells_read_as_the_sheet_shows_them() {
        let date = |v| Data::DateTime(ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false));
        assert_eq!(cell_text(&Data::Float(3.0)), "3");
        assert_eq!(cell_text(&Data::Float(-2.0)), "-2");
        assert_eq!(cell_text(&Data::Float(2.5)), "2.5");
        assert_eq!(cell_text(&Data::Float(0.1)), "0.1");
        assert_eq!(cell_text(&Data::Int(42)), "42");
        assert_eq!(cell_text(&Data::Bool(true)), "true");
        assert_eq!(cell_text(&Data::Empty), "");
        // 45731 is 2025-03-15 in the 1900 date system; .4326388... is 10:23.
        assert_eq!(cell_text(&date(45731.0)), "2025-03-15");
        assert_eq!(
            cell_text(&date(45731.0 + (10.0 * 60.0 + 23.0) / 1440.0)),
            "2025-03-15T10:23:00"
        );
        assert_eq!(cell_text(&date(0.5)), "12:00:00");
        assert_eq!(
            cell_text(&Data::DateTimeIso("2025-03-15".into())),
            "2025-03-15"
        );
        assert_eq!(cell_text(&Data::Error(CellErrorType::NA)), "#N/A");
    }
}
