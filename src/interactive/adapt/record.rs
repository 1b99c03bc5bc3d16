//! The end of the walk: the organisation's own definition of its utilité
//! sociale, who took part in choosing the criteria (the grid's roles ticked
//! in a list, or free labels), how many people and when; prefilled with
//! what the grid already says.

use std::io;

use super::Walk;
use crate::grid::model::{SocialUtility, Text};
use crate::i18n::lang;
use crate::interactive::prompter::Look;
use crate::tr;

impl Walk<'_> {
    /// The organisation's definition of its utilité sociale, who chose the
    /// criteria, how many and when; prefilled with what the grid says.
    pub(super) fn record(&mut self, today: &str) -> io::Result<()> {
        let was = self.grid.social_utility.clone().unwrap_or_default();
        self.prompter.line("")?;
        self.prompter
            .styled(&self.para(&tr!("adapt-record-intro")), Look::Question)?;
        let initial = was
            .definition
            .as_ref()
            .map(|d| d.text.replace('\n', " "))
            .unwrap_or_default();
        let definition = self
            .prompter
            .input(&tr!("adapt-ask-definition"), &initial)?;
        let definition = definition.trim();
        let definition = match (&was.definition, definition.is_empty()) {
            (_, true) => None,
            // Unchanged: its translations and line breaks stay.
            (Some(d), false) if d.text.replace('\n', " ") == definition => Some(d.clone()),
            (_, false) => Some(Text::new(definition)),
        };
        let chosen_by = if self.grid.roles.is_empty() {
            let typed = self
                .prompter
                .input(&tr!("adapt-ask-chosen-by-free"), &was.chosen_by.join(", "))?;
            let mut who: Vec<String> = Vec::new();
            for w in typed.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                if !who.iter().any(|x| x == w) {
                    who.push(w.to_owned());
                }
            }
            who
        } else {
            let labels: Vec<String> = self
                .grid
                .roles
                .iter()
                .map(|r| format!("{} ({})", r.label.get(lang()), r.id))
                .collect();
            let defaults: Vec<bool> = self
                .grid
                .roles
                .iter()
                .map(|r| was.chosen_by.contains(&r.id))
                .collect();
            let picked =
                self.prompter
                    .multi_select(&tr!("adapt-ask-chosen-by"), &labels, &defaults)?;
            picked
                .into_iter()
                .map(|i| self.grid.roles[i].id.clone())
                .collect()
        };
        let participants = loop {
            let shown = was.participants.map(|p| p.to_string()).unwrap_or_default();
            let typed = self
                .prompter
                .input_default(&tr!("adapt-ask-participants"), &shown)?;
            let typed = typed.trim();
            if typed.is_empty() {
                break None;
            }
            match typed.parse::<u32>() {
                Ok(n) if n >= 1 => break Some(n),
                _ => self
                    .prompter
                    .line(&tr!("adapt-bad-participants", value = typed))?,
            }
        };
        let chosen_on = loop {
            let shown = was.chosen_on.clone().unwrap_or_else(|| today.to_owned());
            let typed = self
                .prompter
                .input_default(&tr!("adapt-ask-chosen-on"), &shown)?;
            let typed = typed.trim();
            if typed.is_empty() {
                break None;
            }
            if crate::grid::validate::is_day_or_month(typed) {
                break Some(typed.to_owned());
            }
            self.prompter
                .line(&tr!("adapt-bad-chosen-on", value = typed))?;
        };
        let record = SocialUtility {
            definition,
            chosen_by,
            participants,
            chosen_on,
        };
        self.changes.record = (record != SocialUtility::default()).then_some(record);
        self.saved()
    }
}
