//! I/O errors as the user should read them: the path they gave, the operation
//! that failed and a plain reason, never a temporary file's name nor a bare
//! "os error 21". The error stays typed so that callers (the autoévaluation
//! saving an answer) can tell a full disk from a missing folder.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::tr;

/// What was being done to the file when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Opening or reading an input.
    Read,
    /// Writing into an existing file (or into a device, a FIFO).
    Write,
    /// Creating a file that did not exist.
    Create,
    /// Putting the finished temporary file in place of the old one.
    Replace,
}

/// An I/O error on one file, named as the user named it (`-` is standard
/// input or output).
#[derive(Debug)]
pub struct FileError {
    op: Op,
    path: PathBuf,
    error: io::Error,
}

impl FileError {
    pub fn new(op: Op, path: impl Into<PathBuf>, error: io::Error) -> FileError {
        FileError {
            op,
            path: path.into(),
            error,
        }
    }

    /// An input that could not be opened or read.
    pub fn read(path: &Path, error: io::Error) -> FileError {
        FileError::new(Op::Read, path, error)
    }

    pub fn op(&self) -> Op {
        self.op
    }

    /// The path as the user gave it (never a temporary file).
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn io_error(&self) -> &io::Error {
        &self.error
    }

    /// No room left (disk full or quota): retrying may work once space is freed.
    pub fn is_storage_full(&self) -> bool {
        matches!(
            self.error.kind(),
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
        )
    }
}

/// For code that must hand an `io::Error` on (the autoévaluation's saver):
/// the kind is kept, and [`find`] still finds the `FileError` inside.
impl From<FileError> for io::Error {
    fn from(e: FileError) -> io::Error {
        io::Error::new(e.error.kind(), e)
    }
}

/// The `FileError` behind `error`, directly or wrapped in an `io::Error`.
pub fn find(error: &anyhow::Error) -> Option<&FileError> {
    // An io::Error's `source()` skips the error it wraps: look in it too.
    // (An anyhow::Error turned into an io::Error hides its type: convert the
    // FileError itself with `io::Error::from`.)
    error.chain().find_map(|cause| {
        cause.downcast_ref::<FileError>().or_else(|| {
            cause
                .downcast_ref::<io::Error>()?
                .get_ref()?
                .downcast_ref::<FileError>()
        })
    })
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display().to_string();
        let std = self.path.as_os_str() == "-";
        let what = match (self.op, std) {
            (Op::Read, true) => tr!("error-read-stdin"),
            (_, true) => tr!("error-write-stdout"),
            (Op::Read, false) => tr!("error-read", path = path),
            (Op::Write, false) => tr!("error-write", path = path),
            (Op::Create, false) => tr!("error-create", path = path),
            (Op::Replace, false) => tr!("error-replace", path = path),
        };
        let reason = reason(self.op, &self.error);
        f.write_str(&tr!("io-error", what = what, reason = reason))
    }
}

// No `source()`: the reason is already in the message, and `{:#}` would say it
// twice, the second time in the system's English.
impl std::error::Error for FileError {}

/// Why an I/O operation failed, in the user's language.
pub fn reason(op: Op, error: &io::Error) -> String {
    use io::ErrorKind as K;
    let key = match error.kind() {
        // Writing creates a file beside the target: missing means its folder.
        K::NotFound if op == Op::Read => "io-not-found",
        K::NotFound => "io-no-folder",
        K::PermissionDenied => "io-permission-denied",
        K::IsADirectory => "io-is-directory",
        K::NotADirectory => "io-not-directory",
        K::StorageFull => "io-storage-full",
        K::QuotaExceeded => "io-quota-exceeded",
        K::ReadOnlyFilesystem => "io-read-only",
        K::FileTooLarge => "io-too-large",
        _ if is_link_loop(error) => "io-loop",
        K::InvalidFilename => "io-invalid-name",
        K::AlreadyExists => "io-exists",
        _ => return plain(error),
    };
    crate::i18n::message(key, &[])
}

/// Marks the error of a chain of symlinks too long to follow
/// (`io::ErrorKind::FilesystemLoop` is not stable yet).
#[derive(Debug)]
struct LinkLoop;

impl fmt::Display for LinkLoop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("too many levels of symbolic links")
    }
}

impl std::error::Error for LinkLoop {}

pub(crate) fn link_loop() -> io::Error {
    io::Error::other(LinkLoop)
}

fn is_link_loop(error: &io::Error) -> bool {
    error.get_ref().is_some_and(|e| e.is::<LinkLoop>())
}

/// The system's message without its "(os error N)" tail, lowercased like
/// the rest of our messages.
fn plain(error: &io::Error) -> String {
    let text = error.to_string();
    let text = match text.find(" (os error ") {
        Some(i) => &text[..i],
        None => text.as_str(),
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_path_and_the_reason_without_os_error() {
        let e = FileError::new(
            Op::Write,
            "/tmp",
            io::Error::from(io::ErrorKind::IsADirectory),
        );
        assert_eq!(e.to_string(), "cannot write `/tmp`: is a directory");
        let e = FileError::read(Path::new("x.csv"), io::Error::from_raw_os_error(2));
        assert_eq!(e.to_string(), "cannot read `x.csv`: no such file");
        let e = FileError::new(
            Op::Write,
            "-",
            io::Error::other("Weird thing (os error 99)"),
        );
        assert_eq!(
            e.to_string(),
            "cannot write to standard output: weird thing"
        );
    }

    #[test]
    fn the_error_is_found_behind_anyhow_and_io() {
        let full = || FileError::new(Op::Write, "e.toml", io::ErrorKind::StorageFull.into());
        let direct = anyhow::Error::from(full());
        assert_eq!(
            find(&direct).map(FileError::path),
            Some(Path::new("e.toml"))
        );
        let wrapped = anyhow::Error::from(io::Error::from(full()));
        assert!(find(&wrapped).is_some_and(FileError::is_storage_full));
        let context = anyhow::Error::from(full()).context("saving");
        assert!(find(&context).is_some());
        assert!(find(&anyhow::anyhow!("other")).is_none());
    }

    #[test]
    fn a_full_disk_is_told_apart() {
        let full = FileError::new(Op::Write, "a", io::Error::from(io::ErrorKind::StorageFull));
        assert!(full.is_storage_full());
        let gone = FileError::new(Op::Write, "a", io::Error::from(io::ErrorKind::NotFound));
        assert!(!gone.is_storage_full());
    }
}
