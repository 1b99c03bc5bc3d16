//! What the pseudo-terminal tests share: the pty's output stream keeping a
//! copy of everything read, a session on a command, a command running
//! `utilsoc` in French at a given terminal size, and terminal output as
//! text. Each test file includes it with `mod pty;` and uses what it needs.

#![allow(dead_code)]

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use expectrl::Session;
use expectrl::process::unix::WaitStatus;
use expectrl::process::{NonBlocking, Process};
use expectrl::session::{OsProcess, OsStream};

/// The pty's output stream, keeping a copy of everything read (for failure
/// messages and replay through vt100), and waiting a little instead of
/// spinning when nothing is there.
pub struct Tee {
    inner: OsStream,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl Read for Tee {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.inner.read(buf) {
            Ok(n) => {
                self.seen.lock().unwrap().extend_from_slice(&buf[..n]);
                Ok(n)
            }
            Err(e) => {
                // expectrl polls without blocking: without this pause, several
                // tests in parallel would eat the CPU the programs need.
                if e.kind() == io::ErrorKind::WouldBlock {
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(e)
            }
        }
    }
}

impl Write for Tee {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl NonBlocking for Tee {
    fn set_blocking(&mut self, on: bool) -> io::Result<()> {
        self.inner.set_blocking(on)
    }
}

pub type Terminal = Session<OsProcess, Tee>;

/// `command` in a pseudo-terminal, with everything it writes.
pub fn session(command: Command, timeout: Duration) -> (Terminal, Arc<Mutex<Vec<u8>>>) {
    let mut process = OsProcess::spawn_command(command).expect("spawn utilsoc in a pty");
    let inner = process.open_stream().expect("open the pty");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let tee = Tee {
        inner,
        seen: Arc::clone(&seen),
    };
    let mut session = Session::new(process, tee).expect("expectrl session");
    session.set_expect_timeout(Some(timeout));
    (session, seen)
}

/// `utilsoc ARGS` in `dir`, in a terminal of `rows` × `columns` set by
/// `stty` (the size dialoguer reads), in French, without colour.
pub fn utilsoc_fr(dir: &Path, rows: u16, columns: u16, args: &[&str]) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "stty rows {rows} cols {columns} && exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_utilsoc"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    command
}

/// The exit code of a session's process, once it has ended.
pub fn exit_code(session: &Terminal) -> Option<i32> {
    match session.get_process().wait() {
        Ok(WaitStatus::Exited(_, code)) => Some(code),
        _ => None,
    }
}

/// Terminal output as text: CSI escape sequences (cursor moves, line
/// clearing) removed, line ends normalised.
pub fn plain(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' if chars.peek() == Some(&'[') => {
                chars.next();
                for d in chars.by_ref() {
                    if d.is_ascii_alphabetic() || d == '~' {
                        break;
                    }
                }
            }
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}
