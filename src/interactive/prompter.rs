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

use dialoguer::console::{Style, Term, measure_text_width};
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Input, MultiSelect, Select};

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
    /// Several of `items` (indices, in order), `defaults` ticked at first.
    /// Without a menu that ticks, each item is asked yes or no.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        defaults: &[bool],
    ) -> io::Result<Vec<usize>> {
        self.line(prompt)?;
        let answers = [crate::tr!("eval-yes"), crate::tr!("eval-no")];
        let mut picked = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let default = if defaults.get(i).copied().unwrap_or(false) {
                0
            } else {
                1
            };
            if self.select(item, &answers, default)? == Some(0) {
                picked.push(i);
            }
        }
        Ok(picked)
    }
    /// Shows `text` (already laid out in lines) set off as `look` says.
    fn styled(&mut self, text: &str, look: Look) -> io::Result<()> {
        let _ = look;
        self.line(text)
    }
    /// Whether text can be set off by colour and weight. Without, the walk
    /// sets the question off by a marker instead.
    fn color(&self) -> bool {
        false
    }
}

/// How a line is set off, so that the eye goes to what is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// What is asked: bold.
    Question,
    /// What surrounds it (where one is, the help): dimmer.
    Quiet,
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
    color: bool,
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
            color,
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
        let prompt = clean(prompt);
        let pick = self.guarded(|| {
            Select::with_theme(self.theme.as_ref())
                .with_prompt(prompt.as_ref())
                .items(&items)
                .default(default.min(items.len().saturating_sub(1)))
                .max_length(self.term.size().0.saturating_sub(4).max(5) as usize)
                .report(false)
                .interact_on_opt(&self.term)
        })?;
        if let Some(pick) = pick {
            // A choice cut to fit its line (a level and its description) is
            // said back by what comes before its dash: the level.
            let item = &items[pick];
            let chosen = match item.split_once(" — ") {
                Some((label, _)) if item.ends_with('…') => label,
                _ => item,
            };
            // A menu action is said back as what it did, without the arrow
            // that sets it apart in the menu.
            let chosen = chosen.trim_start_matches('⟶').trim_start();
            let mut echo = String::new();
            let _ = self
                .theme
                .format_select_prompt_selection(&mut echo, &prompt, chosen);
            self.echo(&echo)?;
        }
        Ok(pick)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        let prompt = clean(prompt);
        let typed = self.guarded(|| {
            Input::<String>::with_theme(self.theme.as_ref())
                .with_prompt(prompt.as_ref())
                .with_initial_text(clean_line(initial))
                .allow_empty(true)
                .report(false)
                .interact_text_on(&self.term)
        })?;
        self.after_input(&prompt, None, &typed, &typed)?;
        Ok(typed)
    }

    fn input_default(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        let prompt = clean(prompt);
        let default = clean_line(default).into_owned();
        let value = self.guarded(|| {
            Input::<String>::with_theme(self.theme.as_ref())
                .with_prompt(prompt.as_ref())
                .default(default.clone())
                .show_default(true)
                .allow_empty(true)
                .report(false)
                .interact_text_on(&self.term)
        })?;
        // An empty line gives the default back: nothing was typed after it.
        let typed = if value == default { "" } else { value.as_str() };
        self.after_input(&prompt, Some(&default), typed, &value)?;
        Ok(value)
    }

    fn width(&self) -> usize {
        usize::from(crate::terminal::width_of(&self.term)).max(usize::from(MIN_COLUMNS))
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        defaults: &[bool],
    ) -> io::Result<Vec<usize>> {
        let items: Vec<String> = items.iter().map(|i| clean_line(i).into_owned()).collect();
        let prompt = clean(prompt);
        let picked = self.guarded(|| {
            MultiSelect::with_theme(self.theme.as_ref())
                .with_prompt(prompt.as_ref())
                .items(&items)
                .defaults(defaults)
                .report(false)
                .interact_on_opt(&self.term)
        })?;
        let picked = picked.unwrap_or_default();
        let chosen: Vec<&str> = picked.iter().map(|&i| items[i].as_str()).collect();
        let mut echo = String::new();
        let _ = self
            .theme
            .format_input_prompt_selection(&mut echo, &prompt, &chosen.join(", "));
        self.echo(&echo)?;
        Ok(picked)
    }

    fn styled(&mut self, text: &str, look: Look) -> io::Result<()> {
        let text = clean(text);
        if !self.color {
            return writeln!(self.term, "{text}");
        }
        let style = match look {
            Look::Question => Style::new().bold(),
            Look::Quiet => Style::new().dim(),
        }
        .force_styling(true);
        for line in text.lines() {
            writeln!(self.term, "{}", style.apply_to(line))?;
        }
        Ok(())
    }

    fn color(&self) -> bool {
        self.color
    }
}

impl TermPrompter {
    /// Writes an answer echoed after its prompt (`✔ prompt · answer`),
    /// wrapped on words: dialoguer writes it on one line, which the terminal
    /// breaks wherever the width falls.
    fn echo(&self, echo: &str) -> io::Result<()> {
        let width = self.width().saturating_sub(1);
        let options = textwrap::Options::new(width).subsequent_indent("    ");
        for line in textwrap::wrap(echo, options) {
            self.term.write_line(&line)?;
        }
        Ok(())
    }

    /// After a text field: dialoguer clears only the row the cursor is on, so
    /// a prompt and text longer than the line would leave their first rows
    /// behind (a ghost prompt). Those rows are cleared, then the answer is
    /// echoed, wrapped on words. (The cursor is on the last row when Enter is
    /// pressed at the end of the text, as one does.)
    fn after_input(
        &self,
        prompt: &str,
        default: Option<&str>,
        typed: &str,
        value: &str,
    ) -> io::Result<()> {
        let mut field = String::new();
        let _ = self.theme.format_input_prompt(&mut field, prompt, default);
        let columns = usize::from(self.term.size().1).max(1);
        let used = measure_text_width(&field) + measure_text_width(typed);
        let rows = used.saturating_sub(1) / columns + 1;
        if rows > 1 {
            self.term.clear_last_lines(rows - 1)?;
        }
        let mut echo = String::new();
        let _ = self
            .theme
            .format_input_prompt_selection(&mut echo, prompt, value);
        self.echo(&echo)
    }
}

/// dialoguer leaves the cursor hidden when interrupted: show it again.
fn restore<T>(term: &Term, result: dialoguer::Result<T>) -> io::Result<T> {
    result.map_err(|e| {
        let _ = term.show_cursor();
        io::Error::from(e)
    })
}
