//! Terminal facts, decided once for the whole program: how wide tables and
//! prompts are, and whether colour is on. The core never asks the terminal:
//! the command layer asks here and hands the answers in.
//!
//! On a terminal, its own width wins; `COLUMNS` is only the fallback for a
//! terminal that cannot tell (as clap does for help): a shell's `COLUMNS`
//! goes stale when the window is resized. Output that goes to a pipe or a
//! file is laid out for `COLUMNS` when it is set (shells do not export it:
//! set, it was asked for, as in `COLUMNS=80 utilsoc grids show … | less`),
//! else for [`DEFAULT_WIDTH`] columns, so that it does not depend on where
//! it is read.

use std::io::{self, IsTerminal};

use dialoguer::console::Term;

/// The width of everything laid out when the terminal's is unknown.
pub const DEFAULT_WIDTH: u16 = 100;

/// Where output goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    pub fn is_terminal(self) -> bool {
        match self {
            Stream::Stdout => io::stdout().is_terminal(),
            Stream::Stderr => io::stderr().is_terminal(),
        }
    }

    fn term(self) -> Term {
        match self {
            Stream::Stdout => Term::stdout(),
            Stream::Stderr => Term::stderr(),
        }
    }
}

/// The width to lay out output on `stream` for: the terminal's, or off a
/// terminal `COLUMNS` when set, else [`DEFAULT_WIDTH`].
pub fn width(stream: Stream) -> u16 {
    if stream.is_terminal() {
        width_of(&stream.term())
    } else {
        positive_variable("COLUMNS").unwrap_or(DEFAULT_WIDTH)
    }
}

/// The width of the terminal `term` writes to, as [`width`] decides it.
pub fn width_of(term: &Term) -> u16 {
    term.size_checked()
        .map(|(_, columns)| columns)
        .filter(|&c| c > 0)
        .or_else(|| positive_variable("COLUMNS"))
        .unwrap_or(DEFAULT_WIDTH)
}

/// `COLUMNS` or `LINES`, when it holds a positive number.
fn positive_variable(name: &str) -> Option<u16> {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse::<u16>().ok())
        .filter(|&c| c > 0)
}

/// The height of everything fitted to a screen when the terminal's is
/// unknown: the classic terminal's.
pub const DEFAULT_HEIGHT: u16 = 24;

/// How many rows a screen of output on `stream` may take: the terminal's,
/// or [`DEFAULT_HEIGHT`] off a terminal. `LINES` is the fallback for a
/// terminal that cannot tell, as `COLUMNS` is for the width.
pub fn height(stream: Stream) -> u16 {
    if stream.is_terminal() {
        height_of(&stream.term())
    } else {
        DEFAULT_HEIGHT
    }
}

/// The height of the terminal `term` writes to, as [`height`] decides it.
pub fn height_of(term: &Term) -> u16 {
    term.size_checked()
        .map(|(rows, _)| rows)
        .filter(|&r| r > 0)
        .or_else(|| positive_variable("LINES"))
        .unwrap_or(DEFAULT_HEIGHT)
}

/// What the user asked about colour (`--color`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Whether output on `stream` is coloured: when asked, or on a terminal
/// when `NO_COLOR` is unset or empty.
pub fn color(choice: ColorChoice, stream: Stream) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stream.is_terminal() && no_color_unset(),
    }
}

fn no_color_unset() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_choice() {
        assert!(color(ColorChoice::Always, Stream::Stdout));
        assert!(!color(ColorChoice::Never, Stream::Stderr));
    }
}
