//! The few questions the walk-through asks, behind a trait so that the walk
//! does not depend on how they are drawn. dialoguer draws them on stderr.

use std::fmt;
use std::io::{self, Write};

use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, Select};

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
    /// The width of the terminal, to keep choices on one line.
    fn width(&self) -> usize;
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

impl Prompter for TermPrompter {
    fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.term, "{text}")
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        let result = Select::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(items)
            .default(default.min(items.len().saturating_sub(1)))
            .max_length(self.term.size().0.saturating_sub(4).max(5) as usize)
            .interact_on_opt(&self.term);
        restore(&self.term, result)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        let result = Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text_on(&self.term);
        restore(&self.term, result)
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).max(40)
    }
}

/// dialoguer leaves the cursor hidden when interrupted: show it again.
fn restore<T>(term: &Term, result: dialoguer::Result<T>) -> io::Result<T> {
    result.map_err(|e| {
        let _ = term.show_cursor();
        io::Error::from(e)
    })
}
