//! Where results go: standard output, or a file written atomically so that an
//! interrupted run never leaves half a file behind.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::tr;

/// Writes `bytes` to `path` through a temporary file in the same directory,
/// renamed over `path` once complete.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let display = path.display().to_string();
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| tr!("error-write", path = display.as_str()))?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .with_context(|| tr!("error-write", path = display.as_str()))?;
    // Temporary files are private (0600); the result should read like any
    // file the user writes: the old file's mode, else rw-r--r--.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        let _ = std::fs::set_permissions(file.path(), std::fs::Permissions::from_mode(mode));
    }
    file.persist(path)
        .map_err(|e| e.error)
        .with_context(|| tr!("error-write", path = display.as_str()))?;
    Ok(())
}

/// Sends `bytes` to `path` when given, else to standard output.
pub fn emit(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(path) => write_atomic(path, bytes),
        None => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(bytes)?;
            stdout.flush()?;
            Ok(())
        }
    }
}
