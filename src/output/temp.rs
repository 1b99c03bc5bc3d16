//! Our temporary files: named so that they can be recognised later
//! (`.NAME.utilsoc-PID-XXXXXX.tmp`, beside the file they will replace), listed
//! in a process-wide registry while they exist so that a signal removes them,
//! and swept when stale (their process gone, or older than a minute).
//!
//! The registry lock is held while a temporary file is created and while it is
//! renamed into place; the signal handler takes it for good before removing
//! what is listed. So a file is either listed (and removed on a signal) or
//! already renamed: none can slip between the two.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

/// The temporary files alive in this process.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Past this age, a temporary file of ours is stale whatever its owner: no
/// write of ours takes that long between two updates of the file.
const STALE_AFTER: Duration = Duration::from_secs(60);

/// Keeps the temporary name well under the 255 bytes most file systems allow.
const MAX_STEM_BYTES: usize = 180;

const MARK: &str = ".utilsoc-";
const SUFFIX: &str = ".tmp";
const RANDOM_LEN: usize = 6;

fn live() -> MutexGuard<'static, Vec<PathBuf>> {
    // A panic while holding the lock leaves the list itself consistent.
    LIVE.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A temporary file, removed when dropped unless it was put in place.
#[derive(Debug)]
pub(crate) struct Temp {
    path: PathBuf,
    file: Option<File>,
}

impl Temp {
    /// Creates a new temporary file in the directory of `target`.
    pub(crate) fn beside(target: &Path) -> io::Result<Temp> {
        super::signals::install();
        let dir = match target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = truncate(&name, MAX_STEM_BYTES);
        let pid = std::process::id();
        let mut clashes = 0;
        loop {
            let path = dir.join(format!(".{stem}{MARK}{pid}-{}{SUFFIX}", random_suffix()));
            let mut live = live();
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(&path) {
                Ok(file) => {
                    live.push(path.clone());
                    return Ok(Temp {
                        path,
                        file: Some(file),
                    });
                }
                // Names are random: many clashes mean the file system
                // says "exists" for another reason.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && clashes < 100 => {
                    clashes += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    pub(crate) fn file(&mut self) -> &mut File {
        self.file.as_mut().expect("open until persisted")
    }

    #[cfg(test)]
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the temporary file to `target`. On failure it is removed.
    pub(crate) fn persist(mut self, target: &Path) -> io::Result<()> {
        self.file = None;
        let mut live = live();
        fs::rename(&self.path, target)?;
        live.retain(|p| *p != self.path);
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if self.path.as_os_str().is_empty() {
            return;
        }
        self.file = None;
        let mut live = live();
        let _ = fs::remove_file(&self.path);
        live.retain(|p| *p != self.path);
    }
}

/// Removes every live temporary file and keeps the registry locked for good,
/// so that no other thread creates or renames one until the process exits.
pub(crate) fn remove_all_and_freeze() {
    let live = live();
    for path in live.iter() {
        let _ = fs::remove_file(path);
    }
    std::mem::forget(live);
}

/// Removes the stale temporary files of ours in `dir`: those whose process is
/// gone, or older than a minute. Others' files and our live ones are left.
pub fn sweep_stale_temps(dir: &Path) {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let me = std::process::id();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(owner_pid) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.is_file() || pid == me {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if old || process_gone(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in a name of our pattern, else `None`.
fn owner_pid(name: &str) -> Option<u32> {
    let inner = name.strip_prefix('.')?.strip_suffix(SUFFIX)?;
    let (stem, tail) = inner.rsplit_once(MARK)?;
    let (pid, random) = tail.split_once('-')?;
    let ours = !stem.is_empty()
        && random.len() == RANDOM_LEN
        && random.bytes().all(|b| b.is_ascii_alphanumeric())
        && !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit());
    ours.then(|| pid.parse().ok()).flatten()
}

/// Whether process `pid` is known to be gone (only where `/proc` tells).
fn process_gone(pid: u32) -> bool {
    Path::new("/proc/self").exists() && !Path::new("/proc").join(pid.to_string()).exists()
}

/// At most `max` bytes of `s`, cut on a character boundary.
fn truncate(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Six characters that differ from call to call and from process to process.
fn random_suffix() -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // RandomState is seeded randomly per process; the counter and the clock
    // make successive names differ within one.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    if let Ok(now) = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH) {
        hasher.write_u128(now.as_nanos());
    }
    let mut n = hasher.finish();
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    (0..RANDOM_LEN)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize];
            n /= ALPHABET.len() as u64;
            char::from(c)
        })
        .collect()
}

/// Whether `name` is one of our temporary files (for tests and checks).
pub fn is_temp_name(name: &str) -> bool {
    owner_pid(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_names_are_recognised_and_others_are_not() {
        assert_eq!(owner_pid(".scores.csv.utilsoc-1234-ab12cd.tmp"), Some(1234));
        assert_eq!(owner_pid(".a.utilsoc-b.utilsoc-7-zzzzzz.tmp"), Some(7));
        for other in [
            ".tmpAbc123",
            "scores.csv.utilsoc-1234-ab12cd.tmp",
            "..utilsoc-1234-ab12cd.tmp",
            ".x.utilsoc-12a-ab12cd.tmp",
            ".x.utilsoc-12-ab12c.tmp",
            ".x.utilsoc-12-ab12cd.tmpx",
        ] {
            assert_eq!(owner_pid(other), None, "{other}");
        }
    }

    #[test]
    fn a_temp_is_named_beside_its_target_and_gone_when_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("é".repeat(200));
        let temp = Temp::beside(&target).unwrap();
        let name = temp
            .path()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(is_temp_name(&name), "{name}");
        assert!(name.len() < 255);
        assert!(live().contains(&temp.path().to_path_buf()));
        let path = temp.path().to_path_buf();
        drop(temp);
        assert!(!path.exists());
        assert!(!live().contains(&path));
    }

    #[test]
    fn the_sweep_removes_stale_temps_of_ours_only() {
        let dir = tempfile::tempdir().unwrap();
        // No process has this id (above the kernel's pid_max).
        let dead = dir.path().join(".a.csv.utilsoc-4294967295-abcdef.tmp");
        let alive = dir
            .path()
            .join(format!(".b.csv.utilsoc-{}-abcdef.tmp", std::process::id()));
        let foreign = dir.path().join(".tmpXyZ123");
        for path in [&dead, &alive, &foreign] {
            fs::write(path, "x").unwrap();
        }
        sweep_stale_temps(dir.path());
        if Path::new("/proc/self").exists() {
            assert!(!dead.exists());
        }
        assert!(alive.exists());
        assert!(foreign.exists());
    }
}
