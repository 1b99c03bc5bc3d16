//! The few questions the walk-through asks, behind a trait so that the walk
//! does not depend on how they are drawn. dialoguer draws them on stderr.

use std::io::{self, Write};

use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
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
                Box::new(SimpleTheme)
            },
        }
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
