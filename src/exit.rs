//! Exit codes, decided in one place (SPEC, "Exit codes"), and the error type
//! of the command layer, which carries the code a failure ends with: an
//! invalid input is told from a command that could not run by its type, at
//! the place the error is made, never guessed afterwards from its text.

use std::fmt;

/// How a run ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The command did its job and found nothing wrong.
    Success,
    /// The inputs were read and are invalid: findings at error level, data errors.
    Invalid,
    /// The command could not run: usage, I/O or internal errors.
    Failure,
    /// Ctrl-C, or another signal: 128 + its number, as shells report it.
    Signal(i32),
}

impl Exit {
    /// Ctrl-C (SIGINT), the usual interruption.
    pub const INTERRUPTED: Exit = Exit::Signal(2);

    /// The number the process exits with.
    pub fn code(self) -> i32 {
        match self {
            Exit::Success => 0,
            Exit::Invalid => 1,
            Exit::Failure => 2,
            Exit::Signal(signal) => 128 + signal,
        }
    }

    /// Ends the process with this code.
    pub fn exit(self) -> ! {
        std::process::exit(self.code())
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        // Signal numbers are small: 128 + any of them fits in a byte.
        std::process::ExitCode::from(u8::try_from(exit.code()).unwrap_or(2))
    }
}

/// An error of the command layer, with the code it ends the run with.
pub struct Error {
    exit: Exit,
    error: anyhow::Error,
}

/// What the commands return.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// The inputs were read and are invalid (exit code 1).
    pub fn invalid(error: impl Into<anyhow::Error>) -> Self {
        Error {
            exit: Exit::Invalid,
            error: error.into(),
        }
    }

    /// The code the run ends with.
    pub fn exit(&self) -> Exit {
        self.exit
    }

    /// The error itself, with its causes.
    pub fn error(&self) -> &anyhow::Error {
        &self.error
    }
}

/// Any other error means the command could not run (exit code 2).
impl<E: Into<anyhow::Error>> From<E> for Error {
    fn from(error: E) -> Self {
        Error {
            exit: Exit::Failure,
            error: error.into(),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} ({:?})", self.error, self.exit)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_documented_ones() {
        assert_eq!(Exit::Success.code(), 0);
        assert_eq!(Exit::Invalid.code(), 1);
        assert_eq!(Exit::Failure.code(), 2);
        assert_eq!(Exit::INTERRUPTED.code(), 130);
        assert_eq!(Exit::Signal(15).code(), 143);
    }

    #[test]
    fn errors_fail_unless_made_invalid() {
        let io: Error = std::io::Error::other("disk").into();
        assert_eq!(io.exit(), Exit::Failure);
        assert_eq!(Error::invalid(anyhow::anyhow!("bad")).exit(), Exit::Invalid);
    }
}
