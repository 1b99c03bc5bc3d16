//! Readers of survey data: CSV exports (wide or long) streamed into a
//! [`Tally`](crate::score::Tally). Readers report problems as data; they
//! never print.

pub mod cell;
pub mod chunks;
pub mod csv;

use crate::diag::Code;

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
    /// Rows read, over every file.
    pub rows: u64,
    /// How many problems were found, and the first of them.
    pub problem_count: u64,
    pub problems: Vec<Problem>,
    /// Things worth saying that do not stop the run (unknown columns, encoding).
    pub warnings: Vec<Problem>,
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
        self.rows += other.rows;
        self.problem_count += other.problem_count;
        self.problems.extend(other.problems);
        self.problems.truncate(MAX_PROBLEMS_SHOWN);
        self.warnings.extend(other.warnings);
    }

    /// Adds what another reader of the same file found. Each kept its first
    /// problems in line order, so the first ones overall are among them.
    pub fn merge_same_file(&mut self, other: DataReport) {
        self.rows += other.rows;
        self.problem_count += other.problem_count;
        self.problems.extend(other.problems);
        self.problems.sort_by_key(|p| p.line);
        self.problems.truncate(MAX_PROBLEMS_SHOWN);
        self.warnings.extend(other.warnings);
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
