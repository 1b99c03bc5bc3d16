//! The walk's small forms: a weight, a target the indicator can be scored
//! against, and an indicator of the organisation's own (label, question,
//! scale in words, weight; its id made from the label).

use std::collections::HashSet;
use std::io;

use super::Walk;
use crate::grid::Grid;
use crate::grid::edit::Added;
use crate::grid::model::{Indicator, ScaleKind, Scoring};
use crate::i18n::lang;
use crate::number;
use crate::tr;

impl Walk<'_> {
    /// A weight above zero; `None` when left as it was.
    pub(super) fn ask_weight(&mut self, was: f64) -> io::Result<Option<f64>> {
        loop {
            let typed = self
                .prompter
                .input_default(&tr!("adapt-ask-weight"), &number::plain(was))?;
            match parse_number(&typed) {
                Some(w) if w > 0.0 => return Ok((w != was).then_some(w)),
                _ => self
                    .prompter
                    .line(&tr!("adapt-bad-weight", value = typed.trim()))?,
            }
        }
    }

    /// A target the indicator can be scored against: within the scale's
    /// bounds, apart from the baseline and on the same side of it.
    pub(super) fn ask_target(&mut self, indicator: &Indicator) -> io::Result<Option<f64>> {
        let ScaleKind::Number(scale) = &self.grid.scale(indicator).kind else {
            return Ok(None);
        };
        let (baseline, lower) = match indicator.scoring {
            Scoring::Linear { target, baseline } => (baseline, baseline > target),
            _ => (scale.min.unwrap_or(0.0), false),
        };
        let was = self.target(indicator);
        loop {
            let shown = was.map(number::plain).unwrap_or_default();
            let typed = self
                .prompter
                .input_default(&tr!("adapt-ask-target"), &shown)?;
            if typed.trim().is_empty() {
                return Ok(None);
            }
            let fits = |t: f64| {
                scale.min.is_none_or(|m| t >= m)
                    && scale.max.is_none_or(|m| t <= m)
                    && t != baseline
                    && (t < baseline) == lower
            };
            match parse_number(&typed) {
                Some(t) if fits(t) => return Ok((Some(t) != was).then_some(t)),
                _ => {
                    let key = if lower {
                        "adapt-bad-target-lower"
                    } else {
                        "adapt-bad-target"
                    };
                    let message = crate::i18n::message(
                        key,
                        &[
                            ("value", typed.trim().to_owned().into()),
                            ("baseline", number::plain(baseline).into()),
                            (
                                "max",
                                scale
                                    .max
                                    .map_or_else(|| "∞".to_owned(), number::plain)
                                    .into(),
                            ),
                        ],
                    );
                    self.prompter.line(&self.para(&message))?;
                }
            }
        }
    }

    /// The guided form of an indicator of the organisation's own.
    pub(super) fn add(&mut self, domain: &str, criterion: &str) -> io::Result<()> {
        self.prompter.line(&self.para(&tr!("adapt-add-intro")))?;
        let label = loop {
            let typed = self.prompter.input(&tr!("adapt-ask-new-label"), "")?;
            let typed = typed.trim().to_owned();
            if !typed.is_empty() {
                break typed;
            }
            self.prompter.line(&tr!("adapt-label-needed"))?;
        };
        let question = self.prompter.input(&tr!("adapt-ask-new-question"), "")?;
        let question = Some(question.trim().to_owned()).filter(|q| !q.is_empty());
        let scales: Vec<&str> = self.grid.scales.iter().map(|s| s.id.as_str()).collect();
        let items: Vec<String> = scales
            .iter()
            .map(|s| describe_scale(self.grid, s))
            .collect();
        let Some(scale) = self.menu(&tr!("adapt-ask-new-scale"), &items)? else {
            self.prompter.line(&tr!("adapt-add-cancelled"))?;
            return Ok(());
        };
        let weight = self.ask_weight(1.0)?.unwrap_or(1.0);
        let id = self.new_id(&label);
        self.prompter
            .line(&self.para(&tr!("adapt-added", id = id.as_str())))?;
        self.changes.added.push(Added {
            domain: domain.to_owned(),
            criterion: criterion.to_owned(),
            id,
            label,
            question,
            scale: scales[scale].to_owned(),
            weight,
        });
        self.saved()
    }

    /// A slug of `label` no element or column of the grid has.
    pub(super) fn new_id(&mut self, label: &str) -> String {
        // A column name people type: a few words of the label at most.
        let mut stem = String::new();
        for word in crate::text::slugify(label).split('-') {
            if !stem.is_empty() && stem.len() + word.len() >= 30 {
                break;
            }
            if !stem.is_empty() {
                stem.push('-');
            }
            stem.push_str(word);
        }
        let stem = if stem.is_empty() {
            "indicateur".to_owned()
        } else {
            stem
        };
        let free = |id: &str, taken: &HashSet<String>| {
            !taken.contains(id)
                && !taken.contains(&crate::text::fold(id))
                && crate::input::mapping::reserved_column(id).is_none()
        };
        let mut id = stem.clone();
        let mut n = 2;
        while !free(&id, &self.taken) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        self.taken.insert(id.clone());
        self.taken.insert(crate::text::fold(&id));
        id
    }
}

/// A number as people type it: `1,5` as well as `1.5`.
fn parse_number(typed: &str) -> Option<f64> {
    typed
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

/// A scale in words: `accord — 4 niveaux : Pas du tout, …, Tout à fait`.
pub fn describe_scale(grid: &Grid, id: &str) -> String {
    let Some(scale) = grid.scales.iter().find(|s| s.id == id) else {
        return id.to_owned();
    };
    let words = match &scale.kind {
        ScaleKind::Levels(levels) => tr!(
            "adapt-scale-levels",
            count = levels.len(),
            levels = levels
                .iter()
                .map(|l| l.label.get(lang()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ScaleKind::Boolean => tr!("adapt-scale-boolean"),
        ScaleKind::Number(n) => {
            let unit = n
                .unit
                .as_ref()
                .map(|u| format!(" {}", u.get(lang())))
                .unwrap_or_default();
            match (n.min, n.max) {
                (Some(min), Some(max)) => tr!(
                    "adapt-scale-number-range",
                    min = number::plain(min),
                    max = number::plain(max),
                    unit = unit
                ),
                _ => tr!("adapt-scale-number", unit = unit),
            }
        }
        ScaleKind::Text => tr!("adapt-scale-text"),
    };
    format!("{id} — {words}")
}
