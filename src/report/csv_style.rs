//! CSV as the tool writes it, for the scores and the blank answer sheet alike:
//! plain (`,`, decimal points) for programs, or for French Excel, which opens
//! a file right on a double click only with a UTF-8 byte-order mark, `;`
//! between fields and decimal commas. Cells for a spreadsheet never start a
//! formula ([`spreadsheet_cell`]).

use std::borrow::Cow;
use std::io::Write;

use crate::number;
use crate::text::spreadsheet_cell;

/// How a CSV file is written.
#[derive(Clone, Copy, Debug)]
pub struct CsvStyle {
    /// French Excel: `;`, decimal commas and a UTF-8 BOM.
    pub excel: bool,
}

impl CsvStyle {
    /// A CSV writer into `out`, the byte-order mark already written when
    /// Excel wants one.
    pub fn writer<W: Write>(&self, mut out: W) -> std::io::Result<csv::Writer<W>> {
        if self.excel {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(csv::WriterBuilder::new()
            .delimiter(if self.excel { b';' } else { b',' })
            .from_writer(out))
    }

    /// A cell as written: data cannot run as a formula in a spreadsheet.
    pub fn cell<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.excel {
            spreadsheet_cell(text)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// A score or value as machines read it, with Excel's decimal comma.
    pub fn number(&self, n: f64) -> String {
        if self.excel {
            number::machine_comma(n)
        } else {
            number::machine(n)
        }
    }
}
