//! The few questions the walk-through asks, behind a trait so that the walk
//! does not depend on how they are drawn. dialoguer draws them on stderr.
//!
//! dialoguer panics on a terminal under 3 rows (its menus) or 2 columns (its
//! text fields), and the terminal can shrink while a prompt is drawn. So the
//! size is checked before every prompt, and a panic inside dialoguer is caught
//! and reported as [`TooSmall`]: the user is told, never shown a backtrace.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, Select};

use crate::text::{clean, clean_line};

pub trait Prompter {
    /// Shows a line of text.
    fn line(&mut self, text: &str) -> io::Result<()>;
    /// One of `items`; `None` when the user backs out (Esc).
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>>;
    /// A line of text, prefilled with `initial`.
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String>;
    /// A line of text; `default` is shown and given back for an empty line,
    /// and typing replaces it.
    fn input_default(&mut self, prompt: &str, default: &str) -> io::Result<String>;
    /// The width of the terminal, to keep choices on one line.
    fn width(&self) -> usize;
}

/// The smallest terminal the prompts are drawn in: a menu needs its prompt and
/// a few lines of choices.
pub const MIN_ROWS: u16 = 6;
pub const MIN_COLUMNS: u16 = 30;

/// The terminal is too small to draw the prompts in (rows, columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooSmall {
    pub rows: u16,
    pub columns: u16,
}

impl fmt::Display for TooSmall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::tr!(
            "evaluate-terminal-too-small",
            rows = usize::from(self.rows),
            columns = usize::from(self.columns),
            min_rows = usize::from(MIN_ROWS),
            min_columns = usize::from(MIN_COLUMNS)
        ))
    }
}

impl std::error::Error for TooSmall {}

impl TooSmall {
    /// The `TooSmall` somewhere in `error`'s chain, if any.
    pub fn find(error: &anyhow::Error) -> Option<TooSmall> {
        error.chain().find_map(|c| {
            c.downcast_ref::<TooSmall>().copied().or_else(|| {
                c.downcast_ref::<io::Error>()
                    .and_then(|e| e.get_ref())
                    .and_then(|e| e.downcast_ref::<TooSmall>())
                    .copied()
            })
        })
    }
}

/// dialoguer on the terminal's stderr.
pub struct TermPrompter {
    term: Term,
    theme: Box<dyn Theme>,
}

impl TermPrompter {
    pub fn new(color: bool) -> Self {
        TermPrompter {
            term: Term::stderr(),
            theme: if color {
                Box::new(ColorfulTheme::default())
            } else {
                Box::new(PlainTheme)
            },
        }
    }
}

/// dialoguer's plain theme, with the prompt's colon as the language wants it:
/// none after a question mark, a non-breaking space before it in French.
struct PlainTheme;

impl PlainTheme {
    fn prompt(f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        if prompt.ends_with(['?', ':', '…']) {
            write!(f, "{prompt}")
        } else if crate::i18n::lang() == crate::i18n::Lang::Fr {
            write!(f, "{prompt}\u{a0}:")
        } else {
            write!(f, "{prompt}:")
        }
    }
}

impl Theme for PlainTheme {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        Self::prompt(f, prompt)
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        Self::prompt(f, prompt)?;
        match default {
            Some(default) => write!(f, " [{default}] "),
            None => write!(f, " "),
        }
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        Self::prompt(f, prompt)?;
        write!(f, " {sel}")
    }
}

impl TermPrompter {
    /// Fails with [`TooSmall`] when the prompts cannot be drawn.
    pub fn check_size(&self) -> io::Result<()> {
        match self.term.size_checked() {
            Some((rows, columns)) if rows < MIN_ROWS || columns < MIN_COLUMNS => {
                Err(io::Error::other(TooSmall { rows, columns }))
            }
            _ => Ok(()),
        }
    }

    /// Runs one dialoguer prompt, the size checked first and a panic in it
    /// turned into an error.
    fn guarded<T>(&self, prompt: impl FnOnce() -> dialoguer::Result<T>) -> io::Result<T> {
        self.check_size()?;
        quiet_panics();
        IN_PROMPT.set(true);
        let result = panic::catch_unwind(AssertUnwindSafe(prompt));
        IN_PROMPT.set(false);
        match result {
            Ok(result) => restore(&self.term, result),
            Err(_) => {
                // Raw mode is undone by console's guards as the panic unwinds.
                let _ = self.term.show_cursor();
                let _ = self.term.write_line("");
                self.check_size()?;
                let message = PANIC_MESSAGE.take().unwrap_or_default();
                Err(io::Error::other(format!("dialoguer: {message}")))
            }
        }
    }
}

thread_local! {
    /// Whether this thread is inside a dialoguer prompt.
    static IN_PROMPT: Cell<bool> = const { Cell::new(false) };
    /// The message of a panic caught there.
    static PANIC_MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A panic hook that keeps quiet about panics inside a prompt (they are
/// caught and reported), and leaves every other panic to the previous hook.
fn quiet_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if IN_PROMPT.get() {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned());
                PANIC_MESSAGE.set(message);
            } else {
                previous(info);
            }
        }));
    });
}

impl Prompter for TermPrompter {
    fn line(&mut self, text: &str) -> io::Result<()> {
        // Labels and names come from grids and data: no control character or
        // bidi override reaches the terminal.
        writeln!(self.term, "{}", clean(text))
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        let items: Vec<String> = items.iter().map(|i| clean_line(i).into_owned()).collect();
        self.guarded(|| {
            Select::with_theme(self.theme.as_ref())
                .with_prompt(clean(prompt))
                .items(&items)
                .default(default.min(items.len().saturating_sub(1)))
                .max_length(self.term.size().0.saturating_sub(4).max(5) as usize)
                .interact_on_opt(&self.term)
        })
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        self.guarded(|| {
            Input::<String>::with_theme(self.theme.as_ref())
                .with_prompt(clean(prompt))
                .with_initial_text(clean_line(initial))
                .allow_empty(true)
                .interact_text_on(&self.term)
        })
    }

    fn input_default(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        self.guarded(|| {
            Input::<String>::with_theme(self.theme.as_ref())
                .with_prompt(clean(prompt))
                .default(clean_line(default).into_owned())
                .show_default(true)
                .allow_empty(true)
                .interact_text_on(&self.term)
        })
    }

    fn width(&self) -> usize {
        usize::from(crate::terminal::width_of(&self.term)).max(40)
    }
}

/// dialoguer leaves the cursor hidden when interrupted: show it again.
fn restore<T>(term: &Term, result: dialoguer::Result<T>) -> io::Result<T> {
    result.map_err(|e| {
        let _ = term.show_cursor();
        io::Error::from(e)
    })
}
