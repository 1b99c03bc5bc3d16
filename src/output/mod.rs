//! Where results go (SPEC, "Writing files safely"): standard output (no `-o`,
//! or `-o -`), or a path. A regular file is written atomically, through a
//! temporary file beside it renamed once complete, so that an interrupted or
//! failed run leaves the old file as it was. A symlink is followed to its final
//! target, never replaced. A FIFO, a device or another non-regular file is
//! opened and written into, never renamed over. Errors name the path the user
//! gave and the operation, never a temporary file.

mod error;
mod signals;
mod temp;

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use error::{FileError, Op, find as find_file_error, reason};
pub use signals::on_signal;
pub use temp::{is_temp_name, sweep_stale_temps};

use temp::Temp;

/// Symlinks followed before giving up, as the kernel does (ELOOP).
const MAX_LINKS: usize = 40;

/// Hidden test hook: when set, a write stops once its temporary files are
/// staged, until a signal ends the process (tests/output.rs).
const HOLD_VAR: &str = "UTILSOC_TEST_HOLD_TEMPS";

/// Sends `bytes` to `path` when given (`-` is standard output), else to
/// standard output.
pub fn emit(path: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match path {
        Some(path) if !is_stdout(path) => Ok(write_file(path, bytes)?),
        _ => write_stdout(bytes),
    }
}

/// Like [`emit`], the content written by `write` as it is made rather than
/// held in memory first: a large CSV or JSON output never sits whole in
/// memory. A regular file is still replaced only once `write` has succeeded.
pub fn emit_with(
    path: Option<&Path>,
    mut write: impl FnMut(&mut dyn Write) -> io::Result<()>,
) -> anyhow::Result<()> {
    let path = match path {
        Some(path) if !is_stdout(path) => path,
        _ => return stream_stdout(&mut write),
    };
    match destination(path)? {
        Destination::Stdout => stream_stdout(&mut write),
        Destination::Direct(to) => {
            let regular = fs::metadata(&to).is_ok_and(|m| m.is_file());
            OpenOptions::new()
                .write(true)
                .truncate(regular)
                .open(&to)
                .and_then(|file| {
                    let mut out = io::BufWriter::with_capacity(1 << 16, file);
                    write(&mut out)?;
                    out.flush()
                })
                .map_err(|e| FileError::new(Op::Write, path, e))?;
            Ok(())
        }
        Destination::Regular { target, old } => {
            let op = if old.is_some() { Op::Write } else { Op::Create };
            let temp = stage_with(&target, old.as_ref(), &mut write)
                .map_err(|e| FileError::new(op, path, e))?;
            if std::env::var_os(HOLD_VAR).is_some() {
                loop {
                    std::thread::park();
                }
            }
            temp.persist(&target)
                .map_err(|e| FileError::new(Op::Replace, path, e))?;
            Ok(())
        }
    }
}

fn stream_stdout(write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    write(&mut out).and_then(|()| out.flush()).map_err(|e| {
        // A closed pipe stays an io::Error: the caller treats it as success.
        if e.kind() == io::ErrorKind::BrokenPipe {
            anyhow::Error::from(e)
        } else {
            FileError::new(Op::Write, "-", e).into()
        }
    })
}

/// Whether `path` is `-`, standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Writes `bytes` to `path` safely: see the module documentation.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    write_set(&[(path, bytes)])
}

/// The former name of [`write_file`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    write_file(path, bytes)
}

/// Writes several files as one set (a Markdown report and its charts): every
/// regular file is staged first; if one cannot be, nothing is replaced. Then
/// they are put in place in the order given, so list last the file that
/// refers to the others.
pub fn write_set(files: &[(&Path, &[u8])]) -> Result<(), FileError> {
    let mut plan = Vec::with_capacity(files.len());
    for &(path, bytes) in files {
        let step = match destination(path)? {
            Destination::Stdout => Step::Stdout(bytes),
            Destination::Direct(to) => Step::Direct(to, bytes),
            Destination::Regular { target, old } => {
                let op = if old.is_some() { Op::Write } else { Op::Create };
                let temp =
                    stage(&target, old.as_ref(), bytes).map_err(|e| FileError::new(op, path, e))?;
                Step::Rename(temp, target)
            }
        };
        plan.push((path, step));
    }
    if std::env::var_os(HOLD_VAR).is_some() {
        loop {
            std::thread::park();
        }
    }
    for (path, step) in plan {
        match step {
            Step::Stdout(bytes) => {
                write_stdout_raw(bytes).map_err(|e| FileError::new(Op::Write, "-", e))?;
            }
            Step::Direct(to, bytes) => {
                write_direct(&to, bytes).map_err(|e| FileError::new(Op::Write, path, e))?;
            }
            Step::Rename(temp, target) => {
                temp.persist(&target)
                    .map_err(|e| FileError::new(Op::Replace, path, e))?;
            }
        }
    }
    Ok(())
}

/// The file a path finally designates, its symlinks followed (even a dangling
/// one, to the file it would create). `path` itself when it cannot tell.
pub fn link_target(path: &Path) -> PathBuf {
    match destination(path) {
        Ok(Destination::Regular { target, .. }) => target,
        _ => path.to_owned(),
    }
}

fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    write_stdout_raw(bytes).map_err(|e| {
        // A closed pipe stays an io::Error: the caller treats it as success.
        if e.kind() == io::ErrorKind::BrokenPipe {
            anyhow::Error::from(e)
        } else {
            FileError::new(Op::Write, "-", e).into()
        }
    })
}

fn write_stdout_raw(bytes: &[u8]) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()
}

enum Step<'a> {
    Stdout(&'a [u8]),
    Direct(PathBuf, &'a [u8]),
    Rename(Temp, PathBuf),
}

#[derive(Debug)]
enum Destination {
    /// The path is our own standard output (`/dev/stdout`).
    Stdout,
    /// Not a regular file: written into where it is.
    Direct(PathBuf),
    /// A regular file, existing (with its permission bits) or to create.
    Regular {
        target: PathBuf,
        old: Option<fs::Metadata>,
    },
}

/// Follows the symlinks of `path` to what a write should do.
fn destination(path: &Path) -> Result<Destination, FileError> {
    let fail = |e: io::Error| FileError::new(Op::Write, path, e);
    if path.as_os_str().is_empty() {
        return Err(FileError::new(
            Op::Create,
            path,
            io::ErrorKind::InvalidFilename.into(),
        ));
    }
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Destination::Regular {
                    target: current,
                    old: None,
                });
            }
            Err(e) => return Err(fail(e)),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            if is_magic(&current) {
                return magic(path);
            }
            let link = fs::read_link(&current).map_err(fail)?;
            current = match current.parent() {
                Some(dir) => dir.join(link),
                None => link,
            };
        } else if kind.is_dir() {
            return Err(fail(io::ErrorKind::IsADirectory.into()));
        } else if kind.is_file() {
            return Ok(Destination::Regular {
                target: current,
                old: Some(meta),
            });
        } else {
            return Ok(Destination::Direct(current));
        }
    }
    Err(fail(error::link_loop()))
}

/// Links the kernel makes up (`/proc/self/fd/1`, `/dev/fd/1`): their text is
/// no path (`pipe:[1234]`), but opening them reaches the file.
fn is_magic(path: &Path) -> bool {
    path.starts_with("/proc") || path.starts_with("/dev/fd")
}

fn magic(path: &Path) -> Result<Destination, FileError> {
    let meta = fs::metadata(path).map_err(|e| FileError::new(Op::Write, path, e))?;
    if meta.is_dir() {
        return Err(FileError::new(
            Op::Write,
            path,
            io::ErrorKind::IsADirectory.into(),
        ));
    }
    // Our own standard output (`-o /dev/stdout > file`): written as `-o -`,
    // which keeps the shell's `>>` appending.
    if same_as_stdout(&meta) {
        return Ok(Destination::Stdout);
    }
    Ok(Destination::Direct(path.to_owned()))
}

#[cfg(unix)]
fn same_as_stdout(meta: &fs::Metadata) -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() else {
        return false;
    };
    fs::File::from(fd)
        .metadata()
        .is_ok_and(|out| out.dev() == meta.dev() && out.ino() == meta.ino())
}

#[cfg(not(unix))]
fn same_as_stdout(_: &fs::Metadata) -> bool {
    false
}

/// A complete temporary copy of the new `target`, flushed to disk, that will
/// read like the old file: its permissions (else rw-r--r--) and, where we may
/// (run as root), its owner.
fn stage(target: &Path, old: Option<&fs::Metadata>, bytes: &[u8]) -> io::Result<Temp> {
    stage_with(target, old, &mut |out| out.write_all(bytes))
}

/// [`stage`], the content written by `write` (buffered) rather than given.
fn stage_with(
    target: &Path,
    old: Option<&fs::Metadata>,
    write: &mut dyn FnMut(&mut dyn Write) -> io::Result<()>,
) -> io::Result<Temp> {
    let mut temp = Temp::beside(target)?;
    {
        let mut out = io::BufWriter::with_capacity(1 << 16, temp.file());
        write(&mut out)?;
        out.flush()?;
    }
    temp.file().sync_all()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        if let Some(old) = old {
            // Best effort: only root may give a file to someone else.
            let _ = std::os::unix::fs::fchown(temp.file(), Some(old.uid()), Some(old.gid()));
        }
        let mode = old.map_or(0o644, |m| m.mode() & 0o777);
        temp.file()
            .set_permissions(fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = old;
    Ok(temp)
}

/// Into a FIFO, a device...: no temporary file, no rename. A regular file
/// reached through `/proc` is emptied first, as a shell's `>` would.
fn write_direct(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let regular = fs::metadata(path).is_ok_and(|m| m.is_file());
    let mut file = OpenOptions::new()
        .write(true)
        .truncate(regular)
        .open(path)?;
    file.write_all(bytes)?;
    file.flush()
}

#[cfg(test)]
mod tests;
