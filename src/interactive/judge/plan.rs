//! The action plan, after the criteria: the steps already recorded, then
//! new ones (what, who, by when, for which action and criterion) until the
//! group says it is done. Each step is saved as soon as it is complete.

use std::io;

use crate::i18n::lang;
use crate::judgement::{Judgement, Step};
use crate::text::clean;
use crate::tr;

use super::{Look, Outcome, Prompter, Setting, say, screen};

/// The plan's screen and menu, until « terminé ». `keep` saves, asking
/// again on failure; `false` when the user gave up on a failed save.
pub(super) fn walk(
    setting: &Setting<'_>,
    judgement: &mut Judgement,
    prompter: &mut dyn Prompter,
    keep: &mut dyn FnMut(&mut dyn Prompter, &Judgement) -> io::Result<bool>,
) -> io::Result<Outcome> {
    loop {
        show(judgement, prompter)?;
        let menu = [tr!("judge-plan-add"), tr!("judge-plan-done")];
        match prompter.select(&tr!("judge-plan-ask"), &menu, 0)? {
            Some(0) => {}
            _ => return Ok(Outcome::Finished),
        }
        let Some(step) = ask_step(setting, prompter)? else {
            say(prompter, &tr!("judge-plan-not-added"), "  ")?;
            continue;
        };
        judgement.plan.push(step);
        if !keep(prompter, judgement)? {
            return Ok(Outcome::Unsaved);
        }
    }
}

/// The plan's heading and its steps, numbered.
fn show(judgement: &Judgement, prompter: &mut dyn Prompter) -> io::Result<()> {
    let width = prompter.width();
    prompter.line("")?;
    prompter.styled(&tr!("judge-plan-title"), Look::Question)?;
    if judgement.plan.is_empty() {
        return say(prompter, &tr!("judge-plan-empty"), "  ");
    }
    for (n, step) in judgement.plan.iter().enumerate() {
        let number = format!("  {}. ", n + 1);
        let rest = " ".repeat(number.len());
        for line in screen::wrap(&describe(step), width, &number, &rest) {
            prompter.line(&line)?;
        }
    }
    Ok(())
}

/// "Relancer les familles — Awa, d'ici mars 2027 (Atelier couture)".
pub fn describe(step: &Step) -> String {
    let mut said = clean(&step.what).into_owned();
    let mut details = Vec::new();
    if let Some(who) = &step.who {
        details.push(clean(who).into_owned());
    }
    if let Some(when) = &step.when {
        details.push(tr!("judge-plan-when", when = clean(when).into_owned()));
    }
    if !details.is_empty() {
        said.push_str(" — ");
        said.push_str(&details.join(", "));
    }
    let concerns = match (&step.action, &step.criterion) {
        (Some(a), Some(c)) => format!(" ({} · {})", clean(a), clean(c)),
        (Some(a), None) => format!(" ({})", clean(a)),
        (None, Some(c)) => format!(" ({} · {})", tr!("judge-plan-whole"), clean(c)),
        (None, None) => format!(" ({})", tr!("judge-plan-whole")),
    };
    said.push_str(&concerns);
    said
}

/// One new step; `None` when « quoi » is left empty.
fn ask_step(setting: &Setting<'_>, prompter: &mut dyn Prompter) -> io::Result<Option<Step>> {
    let what = prompter.input(&tr!("judge-plan-what"), "")?;
    let what = what.trim();
    if what.is_empty() {
        return Ok(None);
    }
    let optional = |typed: String| {
        let typed = typed.trim().to_owned();
        (!typed.is_empty()).then_some(typed)
    };
    let who = optional(prompter.input(&tr!("judge-plan-who"), "")?);
    let when = optional(prompter.input(&tr!("judge-plan-by-when"), "")?);
    let mut actions = setting.actions.clone();
    actions.push(tr!("judge-plan-whole"));
    // The action judged first (the only one, with `--only`) is offered first.
    let judged = setting.subjects.first().map(|s| s.action());
    let default = setting
        .actions
        .iter()
        .position(|a| Some(a.as_str()) == judged)
        .unwrap_or(0);
    let action = match prompter.select(&tr!("judge-plan-action"), &actions, default)? {
        Some(i) if i < setting.actions.len() => Some(setting.actions[i].clone()),
        _ => None,
    };
    let lang = lang();
    let width = prompter.width().saturating_sub(6);
    let criteria: Vec<&crate::grid::model::Criterion> = setting
        .grid
        .domains
        .iter()
        .flat_map(|d| &d.criteria)
        .collect();
    let mut items = vec![tr!("judge-plan-no-criterion")];
    items.extend(criteria.iter().map(|c| one_line(c.label.get(lang), width)));
    let criterion = match prompter.select(&tr!("judge-plan-criterion"), &items, 0)? {
        Some(i) if i > 0 => Some(criteria[i - 1].id.clone()),
        _ => None,
    };
    Ok(Some(Step {
        what: what.to_owned(),
        who,
        when,
        action,
        criterion,
    }))
}

/// `text` on one line of `width` columns, cut with an ellipsis.
fn one_line(text: &str, width: usize) -> String {
    let width = width.max(10);
    if textwrap::core::display_width(text) <= width {
        return text.to_owned();
    }
    let mut cut = String::new();
    for c in text.chars() {
        cut.push(c);
        if textwrap::core::display_width(&cut) + 2 > width {
            cut.pop();
            break;
        }
    }
    format!("{} …", cut.trim_end())
}
