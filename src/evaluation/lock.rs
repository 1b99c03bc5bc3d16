//! One session at a time on an evaluation file. Two `evaluate` sessions on the
//! same file would each save their own copy after every answer and erase the
//! other's answers, so a session holds an exclusive OS lock on a sidecar file,
//! `.NAME.lock` next to the evaluation, for as long as it is open.
//!
//! The OS lock, not the sidecar's existence, decides: a process that dies
//! releases its lock with it, so a lock file left by a crash is stale and is
//! taken over at once. The sidecar's content only says who holds the lock, for
//! the message the second session shows. Unlike the rest of this module, this
//! touches the file system, but never prints.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Who holds a session, as written in the lock file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default)]
    pub pid: u32,
    /// When the session opened (RFC 3339).
    #[serde(default)]
    pub since: String,
}

impl Holder {
    /// This process, for `evaluator`, opened `since`.
    pub fn this_process(evaluator: Option<String>, since: String) -> Holder {
        let user = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        let host = gethostname::gethostname()
            .into_string()
            .ok()
            .filter(|h| !h.is_empty());
        Holder {
            evaluator,
            user,
            host,
            pid: std::process::id(),
            since,
        }
    }

    fn to_text(&self) -> String {
        // Serialising a flat table of strings and a number cannot fail.
        let body = toml::to_string(self).unwrap_or_default();
        format!("# utilsoc evaluate: a session is open on this evaluation file.\n{body}")
    }
}

/// A session's hold on an evaluation file; dropping it removes the lock file
/// and releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

/// Why a lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another session holds it; `None` when its lock file cannot be read.
    Held(Option<Holder>),
    /// The lock file could not be created or locked.
    Io(io::Error),
}

/// A lock taken, and the holder of a stale lock file it replaced, if any.
#[derive(Debug)]
pub struct Acquired {
    pub lock: SessionLock,
    pub stale: Option<Holder>,
}

/// `.NAME.lock` beside `evaluation`.
pub fn lock_path(evaluation: &Path) -> PathBuf {
    let name = evaluation
        .file_name()
        .map_or_else(|| "evaluation".into(), |n| n.to_string_lossy());
    evaluation.with_file_name(format!(".{name}.lock"))
}

/// Takes the lock of `evaluation` for `holder`, at once or not at all.
pub fn acquire(evaluation: &Path, holder: &Holder) -> Result<Acquired, LockError> {
    let path = lock_path(evaluation);
    // A holder removes the lock file before releasing the lock: a process that
    // opened the old file meanwhile finds the path gone or replaced once it
    // gets the lock, and starts again on the new file.
    for _ in 0..16 {
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(LockError::Held(read_holder(&mut file))),
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
        if !same_file(&file, &path) {
            continue;
        }
        let stale = read_holder(&mut file);
        let mut lock = SessionLock { file, path };
        lock.write(holder).map_err(LockError::Io)?;
        return Ok(Acquired { lock, stale });
    }
    Err(LockError::Held(None))
}

impl SessionLock {
    /// Records who holds the session, e.g. once the evaluator is known.
    pub fn write(&mut self, holder: &Holder) -> io::Result<()> {
        self.file.set_len(0)?;
        self.file.rewind()?;
        self.file.write_all(holder.to_text().as_bytes())?;
        self.file.flush()
    }

    /// The lock file, for a signal handler that must remove it before exiting.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked, see `acquire`; the lock itself goes
        // with the file handle.
        let _ = std::fs::remove_file(&self.path);
    }
}

fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(64 * 1024).read_to_string(&mut text).ok()?;
    // Empty: just created by this very call.
    if text.trim().is_empty() {
        return None;
    }
    toml::from_str(&text).ok()
}

/// Whether `path` still names the file `file` has open.
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere an open file cannot be removed, so the path cannot change.
#[cfg(not(unix))]
fn same_file(_: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holder(name: &str) -> Holder {
        Holder {
            evaluator: Some(name.to_owned()),
            user: Some("camille".to_owned()),
            host: Some("poste-accueil".to_owned()),
            pid: 4242,
            since: "2026-03-02T10:00:00+01:00".to_owned(),
        }
    }

    #[test]
    fn the_lock_file_sits_beside_the_evaluation_hidden() {
        assert_eq!(
            lock_path(Path::new("dir/evaluation-x.toml")),
            Path::new("dir/.evaluation-x.toml.lock")
        );
        assert_eq!(lock_path(Path::new("e.toml")), Path::new(".e.toml.lock"));
    }

    #[test]
    fn a_second_session_is_told_who_holds_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let evaluation = dir.path().join("e.toml");
        let first = acquire(&evaluation, &holder("Sam")).unwrap();
        assert_eq!(first.stale, None);
        match acquire(&evaluation, &holder("Lou")) {
            Err(LockError::Held(Some(h))) => assert_eq!(h, holder("Sam")),
            other => panic!("{other:?}"),
        }
        // Released and removed with the session.
        drop(first);
        assert!(!lock_path(&evaluation).exists());
        let again = acquire(&evaluation, &holder("Lou")).unwrap();
        assert_eq!(again.stale, None);
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let evaluation = dir.path().join("e.toml");
        std::fs::write(lock_path(&evaluation), holder("Sam").to_text()).unwrap();
        let taken = acquire(&evaluation, &holder("Lou")).unwrap();
        assert_eq!(taken.stale, Some(holder("Sam")));
        let text = std::fs::read_to_string(lock_path(&evaluation)).unwrap();
        assert!(text.contains("evaluator = \"Lou\""), "{text}");
    }
}
