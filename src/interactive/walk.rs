//! The walk-through loop.

use std::io;

use crate::evaluation::{Entry, Evaluation, State, Value};
use crate::grid::Grid;
use crate::grid::model::{Indicator, ScaleKind};
use crate::i18n::lang;
use crate::input::scale::{Raw, ScaleRules};
use crate::number;
use crate::score::Answer;
use crate::tr;

use super::{Look, Prompter};

/// How a walk ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every indicator was gone through.
    Finished,
    /// The user chose to save and quit.
    Quit,
    /// A save failed and the user chose to quit rather than retry: the
    /// answers not in the file, as the user would say them.
    Unsaved(Vec<String>),
}

/// What the user did at one indicator.
enum Step {
    Answer(Value),
    Na,
    DontKnow,
    Skip,
    Back,
    Comment,
    Overview,
    Quit,
    /// Ask the same indicator again.
    Retry,
}

/// The actions offered at every indicator, after the answers.
const ACTIONS: [&str; 6] = [
    "eval-action-na",
    "eval-action-skip",
    "eval-action-back",
    "eval-action-comment",
    "eval-action-overview",
    "eval-action-quit",
];

fn action_step(index: usize) -> Step {
    match index {
        0 => Step::Na,
        1 => Step::Skip,
        2 => Step::Back,
        3 => Step::Comment,
        4 => Step::Overview,
        _ => Step::Quit,
    }
}

fn action_items() -> Vec<String> {
    ACTIONS
        .iter()
        .map(|k| crate::i18n::message(k, &[]))
        .collect()
}

/// Calls `save` until it succeeds or the user gives up: a failed save (a full
/// disk, a file gone) must neither end the session nor lose the answer, which
/// stays in memory. `Ok(false)`: the user chose to quit.
pub fn persist(
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Evaluation) -> io::Result<()>,
    evaluation: &Evaluation,
) -> io::Result<bool> {
    loop {
        let error = match save(evaluation) {
            Ok(()) => return Ok(true),
            Err(e) => e,
        };
        say(
            prompter,
            &tr!("eval-save-failed", error = error.to_string()),
        )?;
        let items = [tr!("eval-save-retry"), tr!("eval-save-quit")];
        // Esc asks again rather than quit: the answer is not in the file.
        if prompter.select(&tr!("eval-save-what-now"), &items, 0)? == Some(1) {
            return Ok(false);
        }
    }
}

/// The answers of `evaluation` that `saved` does not have, in the grid's
/// order, as `(n/total) question — answer` lines.
pub fn unsaved(grid: &Grid, evaluation: &Evaluation, saved: &Evaluation) -> Vec<String> {
    let total = grid.indicators().count();
    grid.indicators()
        .enumerate()
        .filter(|(_, (_, _, i))| evaluation.entry(&i.id) != saved.entry(&i.id))
        .map(|(n, (_, _, indicator))| {
            let answer = match evaluation.entry(&indicator.id) {
                Some(entry) => {
                    let mut said = describe(grid, indicator, entry);
                    if let Some(comment) = &entry.comment {
                        said.push_str(&format!(
                            " · {}",
                            tr!("eval-current-comment", comment = comment.as_str())
                        ));
                    }
                    said
                }
                None => tr!("eval-state-missing"),
            };
            format!(
                "{} {} — {answer}",
                tr!("eval-progress", current = n + 1, total = total),
                indicator.label.get(lang())
            )
        })
        .collect()
}

/// Walks `grid` from indicator `start`, recording answers in `evaluation` and
/// calling `save` after each change. With `review`, every indicator is asked
/// again, current answers preselected; otherwise answered ones are passed by.
pub fn walk(
    grid: &Grid,
    evaluation: &mut Evaluation,
    prompter: &mut dyn Prompter,
    save: &mut dyn FnMut(&Evaluation) -> io::Result<()>,
    review: bool,
) -> io::Result<Outcome> {
    let indicators: Vec<(&str, &str, &Indicator)> = grid
        .indicators()
        .map(|(d, c, i)| (d.label.get(lang()), c.label.get(lang()), i))
        .collect();
    let total = indicators.len();
    let next_open = |evaluation: &Evaluation, from: usize| {
        (from..total)
            .find(|&i| {
                review
                    || !evaluation
                        .entry(&indicators[i].2.id)
                        .is_some_and(Entry::is_answered)
            })
            .unwrap_or(total)
    };
    // What the file holds, to say what a failed save left out.
    let mut saved = evaluation.clone();
    let mut keep = |prompter: &mut dyn Prompter,
                    evaluation: &Evaluation,
                    saved: &mut Evaluation|
     -> io::Result<bool> {
        let done = persist(prompter, save, evaluation)?;
        if done {
            *saved = evaluation.clone();
        }
        Ok(done)
    };
    let mut position = next_open(evaluation, 0);
    while position < total {
        let (domain, criterion, indicator) = indicators[position];
        show_header(
            prompter, grid, evaluation, domain, criterion, indicator, position, total,
        )?;
        let step = ask(prompter, grid, evaluation, indicator)?;
        match step {
            Step::Answer(value) => {
                record(grid, evaluation, indicator, Some(value), None);
                if !keep(prompter, evaluation, &mut saved)? {
                    return Ok(Outcome::Unsaved(unsaved(grid, evaluation, &saved)));
                }
                position = next_open(evaluation, position + 1);
            }
            Step::Na | Step::DontKnow => {
                let state = if matches!(step, Step::Na) {
                    State::Na
                } else {
                    State::DontKnow
                };
                record(grid, evaluation, indicator, None, Some(state));
                if !keep(prompter, evaluation, &mut saved)? {
                    return Ok(Outcome::Unsaved(unsaved(grid, evaluation, &saved)));
                }
                position = next_open(evaluation, position + 1);
            }
            Step::Skip => {
                record(grid, evaluation, indicator, None, Some(State::Missing));
                if !keep(prompter, evaluation, &mut saved)? {
                    return Ok(Outcome::Unsaved(unsaved(grid, evaluation, &saved)));
                }
                position = next_open(evaluation, position + 1);
            }
            Step::Back if position == 0 => {
                say(prompter, &tr!("eval-first-question"))?;
            }
            Step::Back => position -= 1,
            Step::Comment => {
                let current = evaluation
                    .entry(&indicator.id)
                    .and_then(|e| e.comment.clone())
                    .unwrap_or_default();
                let comment = prompter.input(&tr!("eval-comment-prompt"), &current)?;
                let mut entry = evaluation
                    .entry(&indicator.id)
                    .cloned()
                    .unwrap_or_else(|| Entry {
                        indicator: indicator.id.clone(),
                        ..Entry::default()
                    });
                entry.comment = Some(comment.trim().to_owned()).filter(|c| !c.is_empty());
                evaluation.set(grid, entry);
                if !keep(prompter, evaluation, &mut saved)? {
                    return Ok(Outcome::Unsaved(unsaved(grid, evaluation, &saved)));
                }
                say(prompter, &tr!("eval-comment-saved"))?;
            }
            Step::Overview => {
                if let Some(jump) = overview(prompter, grid, evaluation)? {
                    position = jump;
                }
            }
            Step::Quit => return Ok(Outcome::Quit),
            Step::Retry => {}
        }
    }
    Ok(Outcome::Finished)
}

/// Sets the value or state of an indicator, keeping its comment and evidence.
fn record(
    grid: &Grid,
    evaluation: &mut Evaluation,
    indicator: &Indicator,
    value: Option<Value>,
    status: Option<State>,
) {
    let previous = evaluation.entry(&indicator.id).cloned().unwrap_or_default();
    evaluation.set(
        grid,
        Entry {
            indicator: indicator.id.clone(),
            value,
            status,
            ..previous
        },
    );
}

/// `text` wrapped on words at `width` columns, its first line after
/// `first`, the others after `rest`: so that no word is split at a line end.
pub(crate) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::fill(text, options)
}

/// Shows `text` as a paragraph of the screen, indented by two spaces.
fn say(prompter: &mut dyn Prompter, text: &str) -> io::Result<()> {
    let width = prompter.width().saturating_sub(1);
    prompter.line(&wrap(text, width, "  ", "  "))
}

/// The marker before the question when it cannot be shown in bold.
const QUESTION_MARK: &str = "» ";

#[allow(clippy::too_many_arguments)]
fn show_header(
    prompter: &mut dyn Prompter,
    grid: &Grid,
    evaluation: &Evaluation,
    domain: &str,
    criterion: &str,
    indicator: &Indicator,
    position: usize,
    total: usize,
) -> io::Result<()> {
    let lang = lang();
    // One column short of the terminal's: a line that fills it exactly would
    // wrap on some terminals.
    let width = prompter.width().saturating_sub(1);
    prompter.line("")?;
    // Where one is, dimmer: the eye goes to the question under it. Its
    // later lines start under the domain, past the progress.
    let progress = tr!("eval-progress", current = position + 1, total = total);
    let hang = " ".repeat(textwrap::core::display_width(&progress) + 1);
    let breadcrumb = format!("{progress} {domain} › {criterion}");
    prompter.styled(&wrap(&breadcrumb, width, "", &hang), Look::Quiet)?;
    // What is asked, in bold; without colour, after a marker that sets it
    // off from the lines around it.
    let question = indicator.question.as_ref().unwrap_or(&indicator.label);
    let first = if prompter.color() {
        "  "
    } else {
        QUESTION_MARK
    };
    prompter.styled(
        &wrap(question.get(lang), width, first, "  "),
        Look::Question,
    )?;
    if indicator.question.is_some() {
        let label = format!("({})", indicator.label.get(lang));
        prompter.styled(&wrap(&label, width, "  ", "   "), Look::Quiet)?;
    }
    if let Some(help) = indicator.help.as_ref().or(indicator.description.as_ref()) {
        let help = tr!("eval-help", help = help.get(lang));
        prompter.styled(&wrap(&help, width, "  ", "  "), Look::Quiet)?;
    }
    if let Some(entry) = evaluation.entry(&indicator.id) {
        if entry.is_answered() {
            let current = tr!("eval-current", answer = describe(grid, indicator, entry));
            prompter.line(&wrap(&current, width, "  ", "    "))?;
        }
        if let Some(comment) = &entry.comment {
            let comment = tr!("eval-current-comment", comment = comment.as_str());
            prompter.line(&wrap(&comment, width, "  ", "    "))?;
        }
    }
    Ok(())
}

/// An answer as the user would say it.
pub fn describe(grid: &Grid, indicator: &Indicator, entry: &Entry) -> String {
    let lang = lang();
    match (&entry.status, &entry.value) {
        (Some(State::Na), _) => tr!("eval-state-na"),
        (Some(State::DontKnow), _) => tr!("eval-state-dont-know"),
        (Some(State::Missing), _) | (None, None) => tr!("eval-state-missing"),
        (None, Some(value)) => match (&grid.scale(indicator).kind, value) {
            (ScaleKind::Levels(levels), Value::Text(id)) => levels
                .iter()
                .find(|l| &l.id == id)
                .map_or_else(|| id.clone(), |l| l.label.get(lang).to_owned()),
            (_, Value::Bool(true)) => tr!("eval-yes"),
            (_, Value::Bool(false)) => tr!("eval-no"),
            (ScaleKind::Number(n), Value::Number(x)) => match &n.unit {
                Some(unit) => number::with_unit(&number::local(*x), unit.get(lang)),
                None => number::local(*x),
            },
            (_, Value::Number(x)) => number::local(*x),
            (ScaleKind::Text, Value::Text(t)) => t.replace('\n', " / "),
            (_, Value::Text(t)) => t.clone(),
        },
    }
}

/// `text` as an item of a menu on a terminal `columns` wide: whole when it
/// fits, else cut after its last word that fits, with an ellipsis.
///
/// An item must stay on one row: dialoguer counts its menu in items, so an
/// item that wrapped would make the menu taller than it thinks and its
/// redraws would leave lines behind. dialoguer also takes an item longer in
/// bytes than the terminal is wide for one that wraps, and then clears rows
/// above the menu at every key: the item is kept within that many bytes too
/// (accented letters and dashes take two or three).
pub(crate) fn fit(text: &str, columns: usize) -> String {
    // dialoguer puts "❯ " before an item; one column spare.
    let width = columns.saturating_sub(3).max(2);
    let fits = |t: &str| textwrap::core::display_width(t) <= width && t.len() <= columns;
    if fits(text) {
        return text.to_owned();
    }
    let mut budget = width - 1;
    loop {
        let options = textwrap::Options::new(budget.max(1)).break_words(true);
        let first = textwrap::wrap(text, options)
            .into_iter()
            .next()
            .unwrap_or_default();
        let kept = first
            .trim_end_matches([' ', ',', ';', ':', '—', '-', '·', '\u{a0}'])
            .trim_end();
        let cut = format!("{kept}…");
        if fits(&cut) || budget <= 1 {
            return cut;
        }
        budget -= 1;
    }
}

fn ask(
    prompter: &mut dyn Prompter,
    grid: &Grid,
    evaluation: &Evaluation,
    indicator: &Indicator,
) -> io::Result<Step> {
    let lang = lang();
    let entry = evaluation.entry(&indicator.id);
    let width = prompter.width();
    let dont_know = grid.scale(indicator).dont_know;
    let said_dont_know = entry.is_some_and(|e| e.status == Some(State::DontKnow));
    // "Ne sait pas", where the scale allows it, is the last of the answers.
    let with_dont_know = |mut answers: Vec<String>| {
        if dont_know {
            answers.push(tr!("eval-dont-know"));
        }
        answers
    };
    // What comes after the scale's own answers: "ne sait pas", then the actions.
    let after_answers = |index: usize| match (dont_know, index) {
        (true, 0) => Step::DontKnow,
        (true, i) => action_step(i - 1),
        (false, i) => action_step(i),
    };
    // The answers, then the actions; Esc goes back like the "back" action.
    // A recorded "ne sait pas" is preselected.
    let choose =
        |prompter: &mut dyn Prompter, answers: Vec<String>, default: usize| -> io::Result<usize> {
            let count = answers.len();
            let default = if said_dont_know { count - 1 } else { default };
            let mut items = answers;
            items.extend(action_items());
            let pick = prompter.select(&tr!("eval-choose"), &items, default)?;
            Ok(pick.unwrap_or(count + 2))
        };
    match &grid.scale(indicator).kind {
        ScaleKind::Levels(levels) => {
            let answers: Vec<String> = levels
                .iter()
                .map(|l| match &l.description {
                    Some(d) => fit(&format!("{} — {}", l.label.get(lang), d.get(lang)), width),
                    None => fit(l.label.get(lang), width),
                })
                .collect();
            let default = match entry.and_then(|e| e.value.as_ref()) {
                Some(Value::Text(id)) => levels.iter().position(|l| &l.id == id).unwrap_or(0),
                _ => 0,
            };
            let pick = choose(prompter, with_dont_know(answers), default)?;
            Ok(if pick < levels.len() {
                Step::Answer(Value::Text(levels[pick].id.clone()))
            } else {
                after_answers(pick - levels.len())
            })
        }
        ScaleKind::Boolean => {
            let default = match entry.and_then(|e| e.value.as_ref()) {
                Some(Value::Bool(false)) => 1,
                _ => 0,
            };
            let answers = with_dont_know(vec![tr!("eval-yes"), tr!("eval-no")]);
            let pick = choose(prompter, answers, default)?;
            Ok(match pick {
                0 => Step::Answer(Value::Bool(true)),
                1 => Step::Answer(Value::Bool(false)),
                other => after_answers(other - 2),
            })
        }
        ScaleKind::Number(n) => {
            let rules = ScaleRules::new(grid, indicator);
            let bounds = match (n.min, n.max) {
                (Some(min), Some(max)) => {
                    format!(" [{}–{}]", number::local(min), number::local(max))
                }
                (Some(min), None) => format!(" [≥ {}]", number::local(min)),
                (None, Some(max)) => format!(" [≤ {}]", number::local(max)),
                (None, None) => String::new(),
            };
            let unit = n
                .unit
                .as_ref()
                .map_or(String::new(), |u| format!(" ({})", u.get(lang)));
            let initial = match entry.and_then(|e| e.value.as_ref()) {
                Some(Value::Number(x)) => number::local(*x),
                _ => String::new(),
            };
            say(prompter, &tr!("eval-empty-for-menu"))?;
            loop {
                let typed = prompter.input(
                    &format!("{}{bounds}{unit}", tr!("eval-number-prompt")),
                    &initial,
                )?;
                if typed.trim().is_empty() {
                    return menu(prompter, dont_know);
                }
                match rules.read(Raw::Text(&typed)) {
                    Ok(Answer::Value(x)) => return Ok(Step::Answer(Value::Number(x))),
                    Ok(Answer::NotApplicable) => return Ok(Step::Na),
                    Ok(Answer::DontKnow) if dont_know => return Ok(Step::DontKnow),
                    Ok(_) => return menu(prompter, dont_know),
                    Err(mismatch) => say(
                        prompter,
                        &tr!(
                            "eval-number-invalid",
                            value = typed.trim(),
                            expected = mismatch.expected.as_str()
                        ),
                    )?,
                }
            }
        }
        ScaleKind::Text => {
            // A one-line field cannot show several lines: they are joined with
            // " / ", and given back unchanged when the field is kept as is.
            let current = match entry.and_then(|e| e.value.as_ref()) {
                Some(Value::Text(t)) => Some(t.clone()),
                _ => None,
            };
            let initial = current
                .as_deref()
                .map(|t| t.replace('\n', " / "))
                .unwrap_or_default();
            say(prompter, &tr!("eval-text-hint"))?;
            let first = prompter.input(&tr!("eval-text-prompt"), &initial)?;
            if first.trim().is_empty() {
                return menu(prompter, dont_know);
            }
            if let Some(current) = current
                && current.contains('\n')
                && first == initial
            {
                return Ok(Step::Answer(Value::Text(current)));
            }
            let mut lines = vec![first.trim_end().to_owned()];
            loop {
                let more = prompter.input("…", "")?;
                if more.trim().is_empty() {
                    break;
                }
                lines.push(more.trim_end().to_owned());
            }
            Ok(Step::Answer(Value::Text(lines.join("\n"))))
        }
    }
}

/// The actions alone, for answers typed rather than chosen: "answer", then
/// "ne sait pas" where the scale allows it, then the actions.
fn menu(prompter: &mut dyn Prompter, dont_know: bool) -> io::Result<Step> {
    let mut items = vec![tr!("eval-action-answer")];
    if dont_know {
        items.push(tr!("eval-dont-know"));
    }
    let first_action = items.len();
    items.extend(action_items());
    Ok(match prompter.select(&tr!("eval-choose"), &items, 0)? {
        Some(0) | None => Step::Retry,
        Some(1) if dont_know => Step::DontKnow,
        Some(i) => action_step(i - first_action),
    })
}

/// How the indicators of a criterion stand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    /// Dealt with: an answer, « ne sait pas » or N/A.
    pub done: usize,
    /// Of which N/A.
    pub na: usize,
    /// Skipped: still to answer.
    pub skipped: usize,
    pub total: usize,
}

impl Counts {
    pub(crate) fn of(evaluation: &Evaluation, indicators: &[Indicator]) -> Counts {
        let mut counts = Counts {
            total: indicators.len(),
            ..Counts::default()
        };
        for entry in indicators.iter().filter_map(|i| evaluation.entry(&i.id)) {
            match (entry.status, &entry.value) {
                (Some(State::Missing), _) => counts.skipped += 1,
                (Some(State::Na), _) => {
                    counts.done += 1;
                    counts.na += 1;
                }
                (Some(State::DontKnow), _) | (None, Some(_)) => counts.done += 1,
                (None, None) => {}
            }
        }
        counts
    }

    /// `2/3`, then how many are N/A and skipped when any.
    fn text(self) -> String {
        let mut text = format!("{}/{}", self.done, self.total);
        if self.na > 0 {
            text.push_str(&format!(" · {}", tr!("eval-overview-na", count = self.na)));
        }
        if self.skipped > 0 {
            text.push_str(&format!(
                " · {}",
                tr!("eval-overview-skipped", count = self.skipped)
            ));
        }
        text
    }
}

/// The criteria under their domains, each with how its indicators stand;
/// choosing one jumps to its first indicator, a domain to its first
/// criterion's. `None`: go back to the current question. The domains are
/// headings, so that criteria are told apart by their own names, not by a
/// domain's name that fills the line.
fn overview(
    prompter: &mut dyn Prompter,
    grid: &Grid,
    evaluation: &Evaluation,
) -> io::Result<Option<usize>> {
    let lang = lang();
    let width = prompter.width();
    let mut items = vec![tr!("eval-overview-back")];
    let mut starts = Vec::new();
    let mut first = 0;
    for domain in &grid.domains {
        items.push(fit(domain.label.get(lang), width));
        starts.push(first);
        for criterion in &domain.criteria {
            let counts = Counts::of(evaluation, &criterion.indicators);
            let line = format!("  {} · {}", counts.text(), criterion.label.get(lang));
            items.push(fit(&line, width));
            starts.push(first);
            first += criterion.indicators.len();
        }
    }
    let legend = tr!("eval-overview-legend");
    prompter.line(&wrap(
        &legend,
        prompter.width().saturating_sub(1),
        "  ",
        "  ",
    ))?;
    Ok(match prompter.select(&tr!("eval-overview"), &items, 0)? {
        Some(i) if i > 0 => Some(starts[i - 1]),
        _ => None,
    })
}
