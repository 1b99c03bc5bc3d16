//! Exit codes, decided in one place (SPEC, "Exit codes").

use std::process::ExitCode;

/// Success: the command did its job and found nothing wrong.
pub const SUCCESS: u8 = 0;
/// The inputs were read and are invalid: findings at error level, data errors.
pub const INVALID: u8 = 1;
/// The command could not run: usage, I/O or internal errors.
pub const FAILURE: u8 = 2;

pub fn code(code: u8) -> ExitCode {
    ExitCode::from(code)
}
