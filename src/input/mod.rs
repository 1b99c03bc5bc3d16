//! Readers of survey data streamed into a [`Tally`]: tables (CSV exports,
//! wide or long) and evaluation files. [`read_one`] decides which an input is.
//! A table is a byte source that yields a header and rows ([`table`], [`csv`])
//! read by one column mapping ([`mapping`]); what a value means for a scale is
//! decided in [`scale`], for tables, evaluation files and the prompt alike.
//! Role values are read against the grid's roles ([`crate::role::Resolver`]),
//! those it does not know gathered into one finding per file ([`roles`]).
//! Readers report problems as data; they never print.

pub mod cell;
pub mod choice;
pub mod chunks;
pub mod contact;
pub mod csv;
pub mod dates;
pub mod file;
pub mod header;
pub mod kind;
pub mod left_out;
pub mod mapping;
pub mod ratios;
pub mod roles;
pub mod scale;
pub mod sheet;
pub mod table;

use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use crate::diag::Code;
use crate::evaluation::{self, Evaluation};
use crate::score::Tally;
use crate::tr;

/// A cell or row that could not be read, located for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub code: Code,
    pub file: String,
    /// 0 for a problem with the whole file.
    pub line: u64,
    /// 1-based field number, when the problem is a cell.
    pub field: Option<usize>,
    pub message: String,
    /// What would have been accepted.
    pub expected: Option<String>,
    /// A hint: a "did you mean", or the other place of a duplicate.
    pub note: Option<Box<str>>,
}

/// What reading data found, beyond the answers themselves.
#[derive(Clone, Debug, Default)]
pub struct DataReport {
    /// How many problems were found, and the first of them.
    pub problem_count: u64,
    pub problems: Vec<Problem>,
    /// Things worth saying that do not stop the run (unknown columns, encoding).
    pub warnings: Vec<Problem>,
    /// Role values of the file being read that the grid's roles do not
    /// know: one finding per file, made when the file is read
    /// ([`roles::report_unknown_roles`]).
    pub unknown_roles: roles::UnknownRoles,
    /// Values between 0 and 1 in percentage columns of the file being read:
    /// one finding per column ([`ratios::report_ratios`]).
    pub ratios: ratios::RatioCells,
    /// Rows of long data naming an indicator the local grid leaves out: one
    /// finding per file ([`left_out::report_left_out`]).
    pub left_out: left_out::LeftOutRows,
}

/// Problems kept for display; past this, only counted.
pub const MAX_PROBLEMS_SHOWN: usize = 20;

impl DataReport {
    pub fn problem(&mut self, problem: Problem) {
        self.problem_count += 1;
        if self.problems.len() < MAX_PROBLEMS_SHOWN {
            self.problems.push(problem);
        }
    }

    /// Adds what another report found, after this one's.
    pub fn absorb(&mut self, other: DataReport) {
        self.problem_count += other.problem_count;
        self.problems.extend(other.problems);
        self.problems.truncate(MAX_PROBLEMS_SHOWN);
        self.warnings.extend(other.warnings);
        self.unknown_roles.merge(other.unknown_roles);
        self.ratios.merge(other.ratios);
        self.left_out.merge(other.left_out);
    }

    /// Adds what another reader of the same file found. Each kept its first
    /// problems in line order, so the first ones overall are among them.
    pub fn merge_same_file(&mut self, other: DataReport) {
        self.problem_count += other.problem_count;
        self.problems.extend(other.problems);
        self.problems.sort_by_key(|p| p.line);
        self.problems.truncate(MAX_PROBLEMS_SHOWN);
        self.warnings.extend(other.warnings);
        self.unknown_roles.merge(other.unknown_roles);
        self.ratios.merge(other.ratios);
        self.left_out.merge(other.left_out);
    }
}

/// Why a file could not be read as survey data.
#[derive(Debug)]
pub enum ReadError {
    /// The file is not survey data this grid can read (no `action` column,
    /// CSV syntax...): a problem with the input, reported like the others.
    Data(Problem),
    /// Reading failed (I/O).
    Io(anyhow::Error),
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e.into())
    }
}

/// A problem with a whole file.
pub(crate) fn whole_file(code: Code, name: &str, message: String) -> Problem {
    Problem {
        code,
        file: name.to_owned(),
        line: 0,
        field: None,
        message,
        expected: None,
        note: None,
    }
}

/// The notice that a file was read as Windows-1252.
pub(crate) fn windows_1252(name: &str) -> Problem {
    whole_file(
        Code::Windows1252,
        name,
        tr!("data-windows-1252", file = name),
    )
}

/// How to read data, decided by the command line.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// The CSV field delimiter; detected among `,`, `;` and tab when `None`.
    pub delimiter: Option<u8>,
    /// Unknown columns are errors rather than warnings.
    pub strict: bool,
    /// Rows read so far, for a progress display on another thread.
    pub progress: Option<Arc<AtomicU64>>,
    /// Bytes per chunk and worker threads, when not the defaults: results
    /// must not depend on them, and tests vary them to prove it.
    pub chunk_bytes: Option<usize>,
    pub workers: Option<usize>,
    /// The sheet of a spreadsheet to read (by name); the first when `None`.
    pub sheet: Option<String>,
    /// The header of the column each row's period is read from, as a date
    /// (`--period-from`), how finely (`--period-by`), and the day/month order
    /// when given (`--date-format`).
    pub period_from: Option<String>,
    pub period_by: crate::period::PeriodBy,
    pub date_format: Option<dates::DayMonth>,
    /// Which column holds what, and where the header is.
    pub columns: ColumnOptions,
    /// Text answers and comments that look like an e-mail address or a phone
    /// number are warned about (`check` only: a score run reads on).
    pub flag_contacts: bool,
}

/// Which column holds the action, period, role and respondent, and values
/// shared by every row of files that have no such column (`--action-column`,
/// `--action`...). Column names match headers folded, as indicator headers do.
#[derive(Clone, Debug, Default)]
pub struct ColumnOptions {
    pub action_column: Option<String>,
    pub period_column: Option<String>,
    pub role_column: Option<String>,
    pub respondent_column: Option<String>,
    /// Used only by files without an action (period, role) column: with one,
    /// the column wins, so that one command reads both kinds of files.
    pub action: Option<String>,
    pub period: Option<String>,
    pub role: Option<String>,
    /// The header's row, from 1; found among the first rows when `None`.
    pub header_row: Option<usize>,
    /// Other names of actions met in data (a démarche's `aliases`), folded,
    /// to the action's id: "A1" and "atelier_couture" count as one action.
    pub action_aliases: std::sync::Arc<std::collections::BTreeMap<String, String>>,
}

/// What an input holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// The answers of one evaluation, as `evaluate` saves them.
    Evaluation,
    /// A table of responses.
    Csv,
}

impl InputKind {
    /// Evaluation files are TOML, and named so; anything else is read as a
    /// table (standard input too).
    pub fn of(path: &Path) -> InputKind {
        if path.extension().is_some_and(|e| e == "toml") {
            InputKind::Evaluation
        } else {
            InputKind::Csv
        }
    }
}

/// Streams one input (`-` is standard input) into `tally`, whatever it is.
/// Role values the grid does not know are one finding for the file.
pub fn read_one(
    path: &Path,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let name = file::display_name(path);
    let read = read_any(path, &name, tally, options, report);
    roles::report_unknown_roles(report, &name, tally.grid(), options.strict);
    ratios::report_ratios(report, &name);
    left_out::report_left_out(report, &name, &tally.grid().id);
    read
}

fn read_any(
    path: &Path,
    name: &str,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    match InputKind::of(path) {
        InputKind::Evaluation => read_evaluation(path, name, tally, options, report),
        InputKind::Csv if path.as_os_str() == "-" => {
            read_table(name, io::stdin(), tally, options, report)
        }
        InputKind::Csv => {
            // A directory opens fine and fails at the first read, far from
            // its name: refuse it here.
            let file = std::fs::File::open(path)
                .and_then(|f| match f.metadata() {
                    Ok(m) if m.is_dir() => Err(io::ErrorKind::IsADirectory.into()),
                    _ => Ok(f),
                })
                .map_err(|e| ReadError::Io(crate::output::FileError::read(path, e).into()))?;
            read_table(name, file, tally, options, report)
        }
    }
}

/// A spreadsheet is read whole (its cells are zipped XML); past this size it
/// is refused rather than filling memory.
pub const MAX_SPREADSHEET_BYTES: usize = 256 * 1024 * 1024;

/// Reads a table of whatever kind its first bytes say: CSV (UTF-16 decoded
/// first), a spreadsheet, or a refusal naming what the file seems to be.
fn read_table<R: io::Read + Send>(
    name: &str,
    mut input: R,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let mut head = Vec::with_capacity(kind::MAGIC_BYTES);
    (&mut input)
        .take(kind::MAGIC_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| {
            ReadError::Io(anyhow::Error::new(e).context(tr!("error-read", path = name)))
        })?;
    let refuse = |other: kind::Other| {
        ReadError::Data(whole_file(
            Code::NotSurveyData,
            name,
            tr!("data-not-survey-data", file = name, kind = other.describe()),
        ))
    };
    let whole = |input: R, head: Vec<u8>| -> Result<Vec<u8>, ReadError> {
        let mut bytes = head;
        io::Read::take(input, MAX_SPREADSHEET_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                ReadError::Io(anyhow::Error::new(e).context(tr!("error-read", path = name)))
            })?;
        if bytes.len() > MAX_SPREADSHEET_BYTES {
            let large = file::TooLarge {
                name: name.to_owned(),
                size: None,
                limit: MAX_SPREADSHEET_BYTES,
            };
            return Err(ReadError::Data(whole_file(
                Code::FileTooLarge,
                name,
                large.message(),
            )));
        }
        Ok(bytes)
    };
    let format = match kind::sniff(&head) {
        kind::Kind::Text => {
            return csv::read_csv(
                name,
                io::Cursor::new(head).chain(input),
                tally,
                options,
                report,
            );
        }
        kind::Kind::Utf16(encoding) => {
            let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .strip_bom(true)
                .build(io::Cursor::new(head).chain(input));
            return csv::read_csv(name, decoded, tally, options, report);
        }
        kind::Kind::Other(other) => return Err(refuse(other)),
        kind::Kind::Zip => {
            let bytes = whole(input, head)?;
            let format = match kind::zip_kind_of(&bytes) {
                kind::ZipKind::Xlsx => sheet::Format::Xlsx,
                kind::ZipKind::Xlsb => sheet::Format::Xlsb,
                kind::ZipKind::Ods => sheet::Format::Ods,
                kind::ZipKind::Other(other) => return Err(refuse(other)),
            };
            (format, bytes)
        }
        kind::Kind::Ole => (sheet::Format::Xls, whole(input, head)?),
    };
    let (format, bytes) = format;
    let workbook = match sheet::open(format, io::Cursor::new(bytes)) {
        Ok(workbook) => workbook,
        // An old Office file that is not a workbook is a Word or PowerPoint
        // document: say so rather than how it failed to open.
        Err(_) if format == sheet::Format::Xls => return Err(refuse(kind::Other::OldOffice)),
        Err(error) => {
            return Err(ReadError::Data(whole_file(
                Code::UnreadableSpreadsheet,
                name,
                tr!("data-unreadable-spreadsheet", file = name, error = error),
            )));
        }
    };
    sheet::read_workbook(name, workbook, tally, options, report)
}

/// Reads an evaluation file whole, then adds its answers to `tally`.
fn read_evaluation(
    path: &Path,
    name: &str,
    tally: &mut Tally<'_>,
    options: &ReadOptions,
    report: &mut DataReport,
) -> Result<(), ReadError> {
    let bytes = file::read_input(path, evaluation::MAX_BYTES).map_err(|e| match e
        .downcast::<file::TooLarge>()
    {
        Ok(large) => ReadError::Data(whole_file(Code::FileTooLarge, name, large.message())),
        Err(e) => ReadError::Io(e),
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let evaluation = Evaluation::parse(name, &text).map_err(ReadError::Data)?;
    let grid = tally.grid();
    evaluation::apply(name, &evaluation, grid, tally, report).map_err(ReadError::Data)?;
    for problem in evaluation::review(name, &text, &evaluation, grid) {
        report.problem(problem);
    }
    if options.flag_contacts {
        report
            .warnings
            .extend(evaluation::contacts(name, &text, &evaluation, grid));
    }
    Ok(())
}

#[cfg(test)]
mod role_tests;
#[cfg(test)]
pub(crate) mod tests;
