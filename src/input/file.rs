//! Reading a whole input file (a grid, an evaluation file) under a size limit,
//! and the name a file goes by in messages. Past the limit the file is
//! refused, never cut short.

use std::io::{self, Read};
use std::path::Path;

use anyhow::Result;

use crate::tr;

/// An input over the size limit of its kind: refused whole, never cut short
/// (a cut evaluation file would silently lose its last answers).
#[derive(Debug)]
pub struct TooLarge {
    pub name: String,
    /// The file's size, when it is known (not for standard input).
    pub size: Option<u64>,
    pub limit: usize,
}

impl TooLarge {
    /// The message, naming the file, its size and the limit.
    pub fn message(&self) -> String {
        let limit = mib(self.limit as u64);
        match self.size {
            Some(size) => tr!(
                "error-too-large",
                path = self.name.as_str(),
                size = mib(size),
                bytes = size.to_string(),
                limit = limit
            ),
            None => tr!(
                "error-too-large-stream",
                path = self.name.as_str(),
                limit = limit
            ),
        }
    }
}

/// A size in mebibytes, as people read it (`4.2 MiB`, `16 MiB`).
fn mib(bytes: u64) -> String {
    // Rounded down, so that a file just over a limit never reads as equal to it.
    crate::number::local((bytes as f64 / (1024.0 * 1024.0) * 10.0).floor() / 10.0)
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for TooLarge {}

/// Reads a whole input file (`-` is standard input). More than `limit` bytes is
/// a [`TooLarge`] error: the input is never silently cut.
pub fn read_input(path: &Path, limit: usize) -> Result<Vec<u8>> {
    let display = display_name(path);
    let mut bytes = Vec::new();
    let cap = limit as u64 + 1;
    let stdin = path.as_os_str() == "-";
    let result = if stdin {
        io::stdin().lock().take(cap).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(cap).read_to_end(&mut bytes))
    };
    result.map_err(|e| crate::output::FileError::read(path, e))?;
    if bytes.len() > limit {
        let size = if stdin {
            None
        } else {
            std::fs::metadata(path).ok().map(|m| m.len())
        };
        return Err(TooLarge {
            name: display,
            size,
            limit,
        }
        .into());
    }
    Ok(bytes)
}

/// The name a file goes by in messages.
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}
