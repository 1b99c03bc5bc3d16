//! The `grids adapt` walk: over the grid's domains, criteria and
//! indicators, the group keeps, drops, renames, reweights, rewords,
//! retargets and adds indicators of its own; then it records its own
//! definition of its utilité sociale and who chose the criteria (the
//! method's phases 2–4). Like the evaluation walk it talks only through a
//! [`Prompter`] and saves through a callback after every decision, so that
//! an interrupted walk loses nothing and is tested with a scripted prompter.
//!
//! Drops keep the grid valid: dropping the last indicator of a criterion
//! drops the criterion, the last criterion of a domain drops the domain,
//! and the last domain cannot be dropped. Changes to what is dropped go
//! with it.
//!
//! This module walks the tree; [`form`] holds the small forms (a weight, a
//! target, an indicator of one's own) and [`record`] the closing record.

use std::collections::HashSet;
use std::io;

use super::Prompter;
use super::prompter::Look;
use super::walk::fit;

mod form;
mod record;
#[cfg(test)]
mod tests;

use crate::grid::Grid;
use crate::grid::edit::{Change, Changes, Field};
use crate::grid::model::{Indicator, ScaleKind, Scoring, Text};
use crate::i18n::lang;
use crate::number;
use crate::tr;
pub use form::describe_scale;

/// How a walk ended: gone through, or finished early by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Whole,
    Early,
}

/// Runs the walk over `grid` (the resolved grid the local file makes, or
/// the built-in one). `today` is the default date of the record; `save` is
/// called with everything decided so far after every decision.
pub fn adapt(
    grid: &Grid,
    prompter: &mut dyn Prompter,
    today: &str,
    save: &mut dyn FnMut(&Changes) -> io::Result<()>,
) -> io::Result<(Changes, End)> {
    let mut walk = Walk::new(grid, prompter, save);
    let intro = walk.para(&tr!(
        "adapt-intro",
        title = grid.title.get(lang()),
        domains = grid.domains.len(),
        criteria = grid.criteria_count(),
        indicators = grid.indicators().count()
    ));
    walk.prompter.line(&intro)?;
    let end = walk.tree()?;
    walk.record(today)?;
    Ok((walk.changes, end))
}

struct Walk<'a> {
    grid: &'a Grid,
    prompter: &'a mut dyn Prompter,
    save: &'a mut dyn FnMut(&Changes) -> io::Result<()>,
    changes: Changes,
    /// Ids dropped, descendants included.
    gone: HashSet<String>,
    /// Ids and column names taken, for the ids of added indicators.
    taken: HashSet<String>,
}

/// What the user chose to do next.
enum Next {
    Go,
    Finish,
}

impl<'a> Walk<'a> {
    fn new(
        grid: &'a Grid,
        prompter: &'a mut dyn Prompter,
        save: &'a mut dyn FnMut(&Changes) -> io::Result<()>,
    ) -> Self {
        let mut taken = HashSet::new();
        for d in &grid.domains {
            taken.insert(d.id.clone());
            for c in &d.criteria {
                taken.insert(c.id.clone());
            }
        }
        for (_, _, i) in grid.indicators() {
            taken.insert(crate::text::fold(&i.id));
            taken.insert(i.id.clone());
            taken.extend(i.aliases.iter().map(|a| crate::text::fold(a)));
            taken.extend(i.replaces.iter().cloned());
        }
        Walk {
            grid,
            prompter,
            save,
            changes: Changes::default(),
            gone: HashSet::new(),
            taken,
        }
    }

    fn saved(&mut self) -> io::Result<()> {
        (self.save)(&self.changes)
    }

    fn tree(&mut self) -> io::Result<End> {
        let total = self.grid.criteria_count();
        let mut n = 0;
        for (d, domain) in self.grid.domains.iter().enumerate() {
            self.prompter.line("")?;
            self.prompter.styled(
                &self.wrap(&tr!(
                    "adapt-domain",
                    n = d + 1,
                    total = self.grid.domains.len(),
                    label = domain.label.get(lang())
                )),
                Look::Question,
            )?;
            for criterion in &domain.criteria {
                n += 1;
                if self.gone.contains(&domain.id) {
                    break;
                }
                if let Next::Finish = self.criterion(&domain.id, &criterion.id, n, total)? {
                    return Ok(End::Early);
                }
            }
        }
        Ok(End::Whole)
    }

    fn wrap(&self, text: &str) -> String {
        let width = self.prompter.width().saturating_sub(1).max(20);
        let options = textwrap::Options::new(width)
            .subsequent_indent("  ")
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(&crate::text::clean(text), options)
    }

    /// A detail under a heading: indented, wrapped.
    fn indented(&self, text: &str) -> String {
        let width = self.prompter.width().saturating_sub(1).max(20);
        let options = textwrap::Options::new(width)
            .initial_indent("  ")
            .subsequent_indent("    ")
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(&crate::text::clean(text), options)
    }

    /// A paragraph: wrapped, not indented.
    fn para(&self, text: &str) -> String {
        let width = self.prompter.width().saturating_sub(1).max(20);
        let options =
            textwrap::Options::new(width).word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(&crate::text::clean(text), options)
    }

    fn menu(&mut self, prompt: &str, items: &[String]) -> io::Result<Option<usize>> {
        let width = self.prompter.width();
        let items: Vec<String> = items.iter().map(|i| fit(i, width)).collect();
        self.prompter.select(prompt, &items, 0)
    }

    /// The label of `id` as decided so far.
    fn label(&self, id: &str, original: &Text) -> String {
        self.latest(id, "label")
            .and_then(|f| match f {
                Field::Label(s) => Some(s.clone()),
                _ => None,
            })
            .unwrap_or_else(|| original.get(lang()).to_owned())
    }

    fn latest(&self, id: &str, key: &str) -> Option<&Field> {
        self.changes
            .changed
            .iter()
            .rev()
            .find(|c| c.id == id && c.field.key() == key)
            .map(|c| &c.field)
    }

    fn weight(&self, id: &str, original: f64) -> f64 {
        match self.latest(id, "weight") {
            Some(Field::Weight(w)) => *w,
            _ => original,
        }
    }

    /// Asks a new text for `id`, prefilled with what it `was`; a change is
    /// recorded only when something else was typed.
    fn retype(
        &mut self,
        id: &str,
        prompt: &str,
        was: String,
        field: fn(String) -> Field,
    ) -> io::Result<()> {
        let typed = self.prompter.input(prompt, &was)?;
        let typed = typed.trim();
        if typed.is_empty() || typed == was {
            return Ok(());
        }
        self.change(id, field(typed.to_owned()), was)
    }

    /// Asks a new weight for `id`, whose grid weight is `original`.
    fn reweight(&mut self, id: &str, original: f64) -> io::Result<()> {
        let was = self.weight(id, original);
        match self.ask_weight(was)? {
            Some(w) => self.change(id, Field::Weight(w), number::plain(was)),
            None => Ok(()),
        }
    }

    fn change(&mut self, id: &str, field: Field, was: String) -> io::Result<()> {
        self.changes.changed.push(Change {
            id: id.to_owned(),
            field,
            was,
        });
        self.saved()
    }

    fn criterion(&mut self, domain: &str, id: &str, n: usize, total: usize) -> io::Result<Next> {
        let grid = self.grid;
        let d = grid
            .domains
            .iter()
            .find(|d| d.id == domain)
            .expect("walked");
        let c = d.criteria.iter().find(|c| c.id == id).expect("walked");
        loop {
            let kept = self.kept_indicators(domain, id).len();
            self.prompter.line("")?;
            self.prompter.styled(
                &self.wrap(&tr!(
                    "adapt-criterion",
                    n = n,
                    total = total,
                    label = self.label(id, &c.label),
                    weight = number::plain(self.weight(id, c.weight)),
                    indicators = kept
                )),
                Look::Question,
            )?;
            let items = [
                tr!("adapt-criterion-keep"),
                tr!("adapt-criterion-rename"),
                tr!("adapt-criterion-weight"),
                tr!("adapt-criterion-indicators"),
                tr!("adapt-add"),
                tr!("adapt-criterion-drop"),
                tr!("adapt-finish"),
            ];
            match self.menu(&tr!("adapt-criterion-ask"), &items)? {
                Some(0) => return Ok(Next::Go),
                Some(1) => {
                    let was = self.label(id, &c.label);
                    self.retype(id, &tr!("adapt-ask-label"), was, Field::Label)?;
                }
                Some(2) => self.reweight(id, c.weight)?,
                Some(3) => {
                    if let Next::Finish = self.indicators(domain, id)? {
                        return Ok(Next::Finish);
                    }
                    if self.gone.contains(id) {
                        return Ok(Next::Go);
                    }
                }
                Some(4) => self.add(domain, id)?,
                Some(5) => {
                    if self.drop_criterion(domain, id)? {
                        return Ok(Next::Go);
                    }
                }
                _ => return Ok(Next::Finish),
            }
        }
    }

    fn kept_indicators(&self, domain: &str, criterion: &str) -> Vec<String> {
        let grid = self.grid;
        let base = grid
            .domains
            .iter()
            .find(|d| d.id == domain)
            .and_then(|d| d.criteria.iter().find(|c| c.id == criterion))
            .map(|c| {
                c.indicators
                    .iter()
                    .map(|i| i.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        base.into_iter()
            .chain(
                self.changes
                    .added
                    .iter()
                    .filter(|a| a.criterion == criterion)
                    .map(|a| a.id.clone()),
            )
            .filter(|i| !self.gone.contains(i))
            .collect()
    }

    fn kept_criteria(&self, domain: &str) -> usize {
        self.grid
            .domains
            .iter()
            .find(|d| d.id == domain)
            .map_or(0, |d| {
                d.criteria
                    .iter()
                    .filter(|c| !self.gone.contains(&c.id))
                    .count()
            })
    }

    fn kept_domains(&self) -> usize {
        self.grid
            .domains
            .iter()
            .filter(|d| !self.gone.contains(&d.id))
            .count()
    }

    /// Drops `id` and what is under it: its changes and added indicators go.
    fn drop_node(&mut self, id: &str, below: Vec<String>) -> io::Result<()> {
        let mut all = below;
        all.push(id.to_owned());
        self.changes
            .changed
            .retain(|c| !all.iter().any(|g| g == &c.id));
        self.changes.added.retain(|a| {
            ![&a.id, &a.criterion, &a.domain]
                .iter()
                .any(|x| all.contains(x))
        });
        self.changes.dropped.retain(|g| !all.contains(g));
        self.changes.dropped.push(id.to_owned());
        self.gone.extend(all);
        self.saved()
    }

    /// Drops the criterion, or its domain when it was the domain's last;
    /// false when it is the grid's last and stays.
    fn drop_criterion(&mut self, domain: &str, id: &str) -> io::Result<bool> {
        let grid = self.grid;
        let d = grid
            .domains
            .iter()
            .find(|d| d.id == domain)
            .expect("walked");
        if self.kept_criteria(domain) <= 1 {
            if self.kept_domains() <= 1 {
                self.prompter.line(&self.para(&tr!("adapt-keep-one")))?;
                return Ok(false);
            }
            self.prompter.line(&self.para(&tr!(
                "adapt-domain-dropped",
                label = self.label(domain, &d.label)
            )))?;
            let below = d
                .criteria
                .iter()
                .flat_map(|c| {
                    std::iter::once(c.id.clone()).chain(c.indicators.iter().map(|i| i.id.clone()))
                })
                .chain(
                    self.changes
                        .added
                        .iter()
                        .filter(|a| a.domain == domain)
                        .map(|a| a.id.clone()),
                )
                .collect();
            self.drop_node(domain, below)?;
            return Ok(true);
        }
        let below = self
            .kept_indicators(domain, id)
            .into_iter()
            .chain(
                d.criteria
                    .iter()
                    .filter(|c| c.id == id)
                    .flat_map(|c| c.indicators.iter().map(|i| i.id.clone())),
            )
            .collect();
        self.drop_node(id, below)?;
        Ok(true)
    }

    fn indicators(&mut self, domain: &str, criterion: &str) -> io::Result<Next> {
        let grid = self.grid;
        let c = grid
            .domains
            .iter()
            .find(|d| d.id == domain)
            .and_then(|d| d.criteria.iter().find(|c| c.id == criterion))
            .expect("walked");
        let count = c.indicators.len();
        for (n, indicator) in c.indicators.iter().enumerate() {
            if self.gone.contains(criterion) {
                break;
            }
            if let Next::Finish = self.indicator(domain, criterion, indicator, n + 1, count)? {
                return Ok(Next::Finish);
            }
        }
        Ok(Next::Go)
    }

    fn show_indicator(&mut self, indicator: &Indicator, n: usize, count: usize) -> io::Result<()> {
        let id = &indicator.id;
        let mut lines = vec![tr!(
            "adapt-indicator",
            n = n,
            total = count,
            label = self.label(id, &indicator.label)
        )];
        let question = match self.latest(id, "question") {
            Some(Field::Question(q)) => Some(q.clone()),
            _ => indicator
                .question
                .as_ref()
                .map(|q| q.get(lang()).to_owned()),
        };
        if let Some(q) = question {
            lines.push(tr!("adapt-indicator-question", question = q));
        }
        lines.push(tr!(
            "adapt-indicator-scale",
            scale = describe_scale(self.grid, self.grid.scale(indicator).id.as_str())
        ));
        lines.push(tr!(
            "adapt-indicator-weight",
            weight = number::plain(self.weight(id, indicator.weight))
        ));
        if let Some(target) = self.target(indicator) {
            lines.push(tr!(
                "adapt-indicator-target",
                target = number::plain(target)
            ));
        }
        self.prompter.line("")?;
        let mut text = vec![self.wrap(&lines[0])];
        text.extend(lines[1..].iter().map(|l| self.indented(l)));
        self.prompter.line(&text.join("\n"))
    }

    fn target(&self, indicator: &Indicator) -> Option<f64> {
        match self.latest(&indicator.id, "target") {
            Some(Field::Target(t)) => Some(*t),
            _ => match indicator.scoring {
                Scoring::Linear { target, .. } => Some(target),
                _ => None,
            },
        }
    }

    fn indicator(
        &mut self,
        domain: &str,
        criterion: &str,
        indicator: &Indicator,
        n: usize,
        count: usize,
    ) -> io::Result<Next> {
        let id = indicator.id.as_str();
        let number_scale = matches!(self.grid.scale(indicator).kind, ScaleKind::Number(_));
        loop {
            if self.gone.contains(id) {
                return Ok(Next::Go);
            }
            self.show_indicator(indicator, n, count)?;
            let mut items = vec![
                tr!("adapt-indicator-keep"),
                tr!("adapt-indicator-reword"),
                tr!("adapt-indicator-weight-change"),
            ];
            if number_scale {
                items.push(tr!("adapt-indicator-target-change"));
            }
            items.push(tr!("adapt-indicator-drop"));
            items.push(tr!("adapt-finish"));
            let pick = self.menu(&tr!("adapt-indicator-ask"), &items)?;
            // Without a target entry, the entries after it move up one.
            let pick = match pick {
                Some(p) if !number_scale && p >= 3 => Some(p + 1),
                other => other,
            };
            match pick {
                Some(0) => return Ok(Next::Go),
                Some(1) => {
                    let was = match self.latest(id, "question") {
                        Some(Field::Question(q)) => q.clone(),
                        _ => indicator
                            .question
                            .as_ref()
                            .map(|q| q.get(lang()).to_owned())
                            .unwrap_or_default(),
                    };
                    self.retype(id, &tr!("adapt-ask-question"), was, Field::Question)?;
                }
                Some(2) => self.reweight(id, indicator.weight)?,
                Some(3) => {
                    if let Some(t) = self.ask_target(indicator)? {
                        let was = self
                            .target(indicator)
                            .map_or_else(|| tr!("adapt-no-target"), number::plain);
                        self.change(id, Field::Target(t), was)?;
                    }
                }
                Some(4) => {
                    if self.kept_indicators(domain, criterion).len() <= 1 {
                        self.prompter
                            .line(&self.para(&tr!("adapt-last-indicator")))?;
                        if !self.drop_criterion(domain, criterion)? {
                            continue;
                        }
                        return Ok(Next::Go);
                    }
                    self.drop_node(id, Vec::new())?;
                    return Ok(Next::Go);
                }
                _ => return Ok(Next::Finish),
            }
        }
    }
}
