//! The group's judgement, in the terminal (`utilsoc judge`): for each action
//! (and period) in the data's order, each criterion of the grid with its
//! figures, then the group's appreciation, argument and recommendations;
//! then the action plan. Like the autoévaluation's walk it talks only
//! through a [`Prompter`] and saves through a callback after every answer:
//! it opens no file.

mod plan;
pub mod screen;
#[cfg(test)]
mod tests;

use std::io;

use crate::grid::Grid;
use crate::judgement::{Appreciation, Judgement, Seen, Verdict};
use crate::score::{Divergence, Guards, Scorecard};
use crate::tr;

use super::{Look, Prompter};
use screen::Item;

/// One action in one period, to judge: its pooled card (every respondent,
/// guards applied) and the divergences between roles found in it.
pub struct Subject<'a> {
    pub card: &'a Scorecard,
    pub divergences: Vec<&'a Divergence>,
}

impl Subject<'_> {
    fn action(&self) -> &str {
        &self.card.key.action
    }

    fn period(&self) -> Option<&str> {
        self.card.key.period.as_deref()
    }
}

/// What the walk goes through.
pub struct Setting<'a> {
    pub grid: &'a Grid,
    pub subjects: Vec<Subject<'a>>,
    /// The guards the figures were flagged with (the report's).
    pub guards: Guards,
    /// The actions a step of the plan may name: the démarche's, else the
    /// data's.
    pub actions: Vec<String>,
    /// `--review`: every criterion again, the recorded answers as defaults.
    pub review: bool,
}

/// How the walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Through the criteria and the action plan.
    Finished,
    /// The user stopped; everything answered is saved.
    Stopped,
    /// A save failed and the user gave up: the last answer is not saved.
    Unsaved,
}

/// Calls `save` until it succeeds or the user gives up (`Ok(false)`): a
/// failed save (a full disk) must neither end the session nor lose the
/// answer, which stays in memory.
fn keep(
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Judgement) -> io::Result<()>,
    judgement: &Judgement,
) -> io::Result<bool> {
    loop {
        let error = match save(judgement) {
            Ok(()) => return Ok(true),
            Err(e) => e,
        };
        say(
            prompter,
            &tr!("eval-save-failed", error = error.to_string()),
            "",
        )?;
        let items = [tr!("eval-save-retry"), tr!("judge-save-quit")];
        if prompter.select(&tr!("eval-save-what-now"), &items, 0)? == Some(1) {
            return Ok(false);
        }
    }
}

/// Shows `text` wrapped at the prompter's width.
pub(crate) fn say(prompter: &mut dyn Prompter, text: &str, indent: &str) -> io::Result<()> {
    for line in screen::wrap(text, prompter.width(), indent, indent) {
        prompter.line(&line)?;
    }
    Ok(())
}

/// What the user chose at a criterion.
enum Choice {
    Verdict(Verdict),
    Skip,
    Stop,
    /// On to the action plan now, the criteria left for later.
    Plan,
}

/// Where the walk goes after a criterion.
enum Next {
    On,
    Plan,
    End(Outcome),
}

/// Every criterion of every subject, in order.
fn items<'a>(setting: &Setting<'a>) -> Vec<Item<'a>> {
    let mut out = Vec::new();
    for subject in 0..setting.subjects.len() {
        let mut index = 0;
        for domain in &setting.grid.domains {
            for criterion in &domain.criteria {
                out.push(Item {
                    subject,
                    domain,
                    criterion,
                    index,
                });
                index += 1;
            }
        }
    }
    out
}

fn recorded<'j>(
    setting: &Setting<'_>,
    judgement: &'j Judgement,
    item: &Item<'_>,
) -> Option<&'j Appreciation> {
    let subject = &setting.subjects[item.subject];
    judgement.appreciation(subject.action(), subject.period(), &item.criterion.id)
}

fn judged(setting: &Setting<'_>, judgement: &Judgement, item: &Item<'_>) -> bool {
    recorded(setting, judgement, item).is_some_and(|a| a.verdict.is_some())
}

/// How many criteria of the walk are judged, out of how many.
pub fn progress(setting: &Setting<'_>, judgement: &Judgement) -> (usize, usize) {
    let items = items(setting);
    let done = items
        .iter()
        .filter(|i| judged(setting, judgement, i))
        .count();
    (done, items.len())
}

/// Walks the criteria still to judge (all of them with `review`), then the
/// action plan, saving after every answer.
pub fn walk(
    setting: &Setting<'_>,
    judgement: &mut Judgement,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Judgement) -> io::Result<()>,
) -> io::Result<Outcome> {
    let items = items(setting);
    let total = items.len();
    let open = |judgement: &Judgement| -> Vec<usize> {
        (0..total)
            .filter(|&i| !judged(setting, judgement, &items[i]))
            .collect()
    };
    let done = total - open(judgement).len();
    if done > 0 && !setting.review {
        say(
            prompter,
            &tr!("judge-resumed", done = done, total = total),
            "",
        )?;
    }
    let mut queue: Vec<usize> = if setting.review {
        (0..total).collect()
    } else {
        open(judgement)
    };
    if queue.is_empty() && total > 0 {
        say(prompter, &tr!("judge-all-judged"), "")?;
    }
    while !queue.is_empty() {
        for &position in &queue {
            let item = &items[position];
            match judge_one(setting, judgement, prompter, save, item, position, total)? {
                Next::On | Next::End(Outcome::Finished) => {}
                Next::Plan => {
                    return plan::walk(setting, judgement, prompter, &mut |p, j| keep(p, save, j));
                }
                Next::End(other) => return Ok(other),
            }
        }
        let left = open(judgement);
        if left.is_empty() || setting.review {
            break;
        }
        let menu = [
            tr!("judge-left-back"),
            tr!("judge-left-plan"),
            tr!("judge-stop"),
        ];
        prompter.line("")?;
        match prompter.select(&tr!("judge-left", count = left.len()), &menu, 0)? {
            Some(0) => queue = left,
            Some(1) => break,
            _ => return Ok(Outcome::Stopped),
        }
    }
    plan::walk(setting, judgement, prompter, &mut |p, j| keep(p, save, j))
}

/// One criterion: its screen, then the appreciation, the argument and the
/// recommendations, each saved at once.
fn judge_one(
    setting: &Setting<'_>,
    judgement: &mut Judgement,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Judgement) -> io::Result<()>,
    item: &Item<'_>,
    position: usize,
    total: usize,
) -> io::Result<Next> {
    let subject = &setting.subjects[item.subject];
    let lines = screen::lines(
        setting.grid,
        subject,
        setting.guards,
        item,
        position + 1,
        total,
        prompter.width(),
    );
    for (n, line) in lines.iter().enumerate() {
        // The breadcrumb is what the eye looks for first.
        if n == 1 {
            prompter.styled(line, Look::Question)?;
        } else {
            prompter.line(line)?;
        }
    }
    let before = recorded(setting, judgement, item).cloned();
    let verdict = match ask_verdict(prompter, before.as_ref().and_then(|a| a.verdict))? {
        Choice::Verdict(v) => v,
        Choice::Skip => return Ok(Next::On),
        Choice::Stop => return Ok(Next::End(Outcome::Stopped)),
        Choice::Plan => return Ok(Next::Plan),
    };
    let node = subject.card.criteria.get(item.index);
    let mut appreciation = before.unwrap_or_else(|| Appreciation {
        action: subject.action().to_owned(),
        period: subject.period().map(str::to_owned),
        criterion: item.criterion.id.clone(),
        ..Appreciation::default()
    });
    appreciation.verdict = Some(verdict);
    appreciation.seen = node.map(|n| Seen {
        // Four decimals: what people read in the file, and far below the
        // rounding the report compares (whole points).
        score: n.score.map(|s| crate::number::rounded(s, 4)),
        scored: n.scored,
        scorable: n.scorable,
        responses: n.responses,
    });
    judgement.set(appreciation.clone());
    if !keep(prompter, save, judgement)? {
        return Ok(Next::End(Outcome::Unsaved));
    }
    let argument = ask_text(
        prompter,
        &tr!("judge-ask-argument"),
        appreciation.argument.as_deref(),
    )?;
    if argument != appreciation.argument {
        appreciation.argument = argument;
        judgement.set(appreciation.clone());
        if !keep(prompter, save, judgement)? {
            return Ok(Next::End(Outcome::Unsaved));
        }
    }
    let recommendations = ask_text(
        prompter,
        &tr!("judge-ask-recommendations"),
        appreciation.recommendations.as_deref(),
    )?;
    if recommendations != appreciation.recommendations {
        appreciation.recommendations = recommendations;
        judgement.set(appreciation);
        if !keep(prompter, save, judgement)? {
            return Ok(Next::End(Outcome::Unsaved));
        }
    }
    Ok(Next::On)
}

/// The appreciation menu: the four verdicts, then skip, stop and on to the
/// action plan. The recorded verdict is the default.
fn ask_verdict(prompter: &mut dyn Prompter, recorded: Option<Verdict>) -> io::Result<Choice> {
    let mut items: Vec<String> = Verdict::ALL.iter().map(|v| v.label()).collect();
    items.push(tr!("judge-skip"));
    items.push(tr!("judge-stop"));
    items.push(tr!("judge-to-plan"));
    let default = recorded
        .and_then(|r| Verdict::ALL.iter().position(|&v| v == r))
        .unwrap_or(0);
    Ok(
        match prompter.select(&tr!("judge-ask-verdict"), &items, default)? {
            Some(i) if i < Verdict::ALL.len() => Choice::Verdict(Verdict::ALL[i]),
            // Esc passes the criterion by: nothing is recorded.
            Some(i) if i == Verdict::ALL.len() => Choice::Skip,
            None => Choice::Skip,
            Some(i) if i == Verdict::ALL.len() + 1 => Choice::Stop,
            Some(_) => Choice::Plan,
        },
    )
}

/// A text that may stay empty (`None`), prefilled with what is recorded.
fn ask_text(
    prompter: &mut dyn Prompter,
    prompt: &str,
    recorded: Option<&str>,
) -> io::Result<Option<String>> {
    let typed = prompter.input(prompt, recorded.unwrap_or(""))?;
    let typed = typed.trim();
    Ok((!typed.is_empty()).then(|| typed.to_owned()))
}
