//! What `evaluate` says around the walk, for someone who is not a developer
//! in a small terminal: the lines before the first question, the summary on
//! resume, and the end (what is complete, what was skipped, where the file
//! is, and the one command to run next). Every line is wrapped on words at
//! the terminal's width, and every list is cut to fit its height, with how
//! many were left out.

use std::borrow::Cow;
use std::io;

use crate::evaluation::{Entry, Evaluation, State};
use crate::grid::Grid;
use crate::interactive::Prompter;
use crate::tr;

/// Wraps `text` on words at `width` columns, each line starting with
/// `first` (the first) or `rest` (the others). A word is never split at a
/// line end, except one longer than a whole line (a long path), which then
/// starts a line of its own. Hyphens are not break points: file names and
/// ids are typed as they are shown.
pub(super) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    text.lines()
        .flat_map(|line| textwrap::wrap(line, &options))
        .map(Cow::into_owned)
        .collect()
}

/// Shows `text` wrapped at the prompter's width, indented by `indent`.
pub(super) fn say(prompter: &mut dyn Prompter, text: &str, indent: &str) -> io::Result<()> {
    for line in wrap(text, prompter.width(), indent, indent) {
        prompter.line(&line)?;
    }
    Ok(())
}

/// `text` on one line of `width` columns: whole, or cut after its last word
/// that fits, with an ellipsis.
pub(super) fn one_line(text: &str, width: usize) -> String {
    let width = width.max(10);
    if textwrap::core::display_width(text) <= width {
        return text.to_owned();
    }
    let mut cut = String::new();
    for word in text.split(' ') {
        let candidate = if cut.is_empty() {
            word.to_owned()
        } else {
            format!("{cut} {word}")
        };
        if textwrap::core::display_width(&candidate) + 1 > width {
            break;
        }
        cut = candidate;
    }
    if cut.is_empty() {
        // One word longer than the line: only a cut can show it.
        cut = text.chars().take(width - 1).collect();
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// How an evaluation stands on the indicators a role is asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Counts {
    pub total: usize,
    /// A value given.
    pub answers: usize,
    pub na: usize,
    pub dont_know: usize,
    /// Skipped on purpose: non renseigné.
    pub skipped: usize,
}

impl Counts {
    fn add(&mut self, entry: Option<&Entry>) {
        self.total += 1;
        match entry.map(|e| (e.status, e.value.is_some())) {
            Some((Some(State::Na), _)) => self.na += 1,
            Some((Some(State::DontKnow), _)) => self.dont_know += 1,
            Some((Some(State::Missing), _)) => self.skipped += 1,
            Some((None, true)) => self.answers += 1,
            Some((None, false)) | None => {}
        }
    }

    /// Answered, N/A or « ne sait pas »: nothing left to do.
    pub fn complete(&self) -> usize {
        self.answers + self.na + self.dont_know
    }

    /// Not reached yet.
    pub fn unseen(&self) -> usize {
        self.total - self.complete() - self.skipped
    }

    /// Skipped or not reached yet.
    pub fn remaining(&self) -> usize {
        self.total - self.complete()
    }

    /// "35 answers, 3 N/A, 2 « don't know »", the kinds there are.
    fn breakdown(&self) -> String {
        [
            (
                self.answers,
                tr!("evaluate-count-answers", count = self.answers),
            ),
            (self.na, tr!("evaluate-count-na", count = self.na)),
            (
                self.dont_know,
                tr!("evaluate-count-dont-know", count = self.dont_know),
            ),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, said)| said)
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// One criterion of the grid as `evaluation` stands on it.
struct CriterionState<'a> {
    label: &'a str,
    counts: Counts,
    /// The labels of its skipped indicators.
    skipped: Vec<&'a str>,
}

/// `grid`'s criteria (the role's view) with where `evaluation` stands.
fn criteria<'a>(grid: &'a Grid, evaluation: &Evaluation) -> Vec<CriterionState<'a>> {
    let lang = crate::i18n::lang();
    let mut states = Vec::new();
    for domain in &grid.domains {
        for criterion in &domain.criteria {
            let mut state = CriterionState {
                label: criterion.label.get(lang),
                counts: Counts::default(),
                skipped: Vec::new(),
            };
            for indicator in &criterion.indicators {
                let entry = evaluation.entry(&indicator.id);
                state.counts.add(entry);
                if entry.is_some_and(|e| e.status == Some(State::Missing)) {
                    state.skipped.push(indicator.label.get(lang));
                }
            }
            states.push(state);
        }
    }
    states
}

/// The counts over all of `grid`'s indicators (the role's view).
pub(super) fn counts(grid: &Grid, evaluation: &Evaluation) -> Counts {
    let mut counts = Counts::default();
    for (_, _, indicator) in grid.indicators() {
        counts.add(evaluation.entry(&indicator.id));
    }
    counts
}

/// How many rows a list may take on a screen of `rows`: half of it, so that
/// what leads it and what follows stay in view.
fn list_rows(rows: usize) -> usize {
    (rows / 2).max(4)
}

/// As many of `items` (each a few lines, and how many things it counts
/// for) as fit in `max` lines; `more` says how many things were left out.
/// A heading (counting for nothing) is not left last, without its items.
fn capped(
    items: Vec<(Vec<String>, usize)>,
    max: usize,
    more: impl Fn(usize) -> String,
) -> Vec<String> {
    let all: usize = items.iter().map(|(lines, _)| lines.len()).sum();
    if all <= max {
        return items.into_iter().flat_map(|(lines, _)| lines).collect();
    }
    let mut shown: Vec<&(Vec<String>, usize)> = Vec::new();
    let mut used = 0;
    for item in &items {
        // One line kept for what is left out.
        if used + item.0.len() + 1 > max {
            break;
        }
        used += item.0.len();
        shown.push(item);
    }
    while shown.last().is_some_and(|(_, count)| *count == 0) {
        shown.pop();
    }
    let left_out: usize = items[shown.len()..].iter().map(|(_, count)| count).sum();
    let mut lines: Vec<String> = shown.into_iter().flat_map(|(l, _)| l.clone()).collect();
    lines.push(format!("  {}", more(left_out)));
    lines
}

/// The criteria not complete, one line each: `1/3, 1 skipped · label`.
fn open_criteria(grid: &Grid, evaluation: &Evaluation, width: usize, max: usize) -> Vec<String> {
    let items = criteria(grid, evaluation)
        .into_iter()
        .filter(|c| c.counts.remaining() > 0)
        .map(|c| {
            // The counts first: a label too long is cut, never them.
            let mut counts = format!("{}/{}", c.counts.complete(), c.counts.total);
            if c.counts.skipped > 0 {
                counts = tr!(
                    "evaluate-criterion-skipped",
                    counts = counts,
                    count = c.counts.skipped
                );
            }
            let line = format!("{counts} · {}", c.label);
            (
                vec![format!("  {}", one_line(&line, width.saturating_sub(3)))],
                1,
            )
        })
        .collect();
    capped(items, max, |count| {
        tr!("evaluate-more-criteria", count = count)
    })
}

/// The skipped indicators by criterion: the criterion, then its skipped
/// indicators' labels below it.
fn skipped_by_criterion(
    grid: &Grid,
    evaluation: &Evaluation,
    width: usize,
    max: usize,
) -> Vec<String> {
    let mut items = Vec::new();
    for criterion in criteria(grid, evaluation) {
        if criterion.skipped.is_empty() {
            continue;
        }
        // A criterion put as a question needs no colon after it.
        let heading = if criterion.label.ends_with(['?', ':', '!']) {
            criterion.label.to_owned()
        } else {
            tr!("evaluate-skipped-criterion", criterion = criterion.label)
        };
        items.push((
            vec![format!("  {}", one_line(&heading, width.saturating_sub(3)))],
            0,
        ));
        for label in criterion.skipped {
            items.push((wrap(label, width, "    • ", "      "), 1));
        }
    }
    capped(items, max, |count| {
        tr!("evaluate-more-skipped", count = count)
    })
}

/// The summary on resume, then the criteria not complete: what fits in
/// half of the screen's `rows`.
pub(super) fn resume(
    prompter: &mut dyn Prompter,
    grid: &Grid,
    evaluation: &Evaluation,
    summary: &str,
    rows: usize,
) -> io::Result<()> {
    let width = prompter.width();
    let lead = wrap(summary, width, "", "");
    for line in &lead {
        prompter.line(line)?;
    }
    if counts(grid, evaluation).remaining() == 0 {
        return Ok(());
    }
    let room = list_rows(rows).saturating_sub(lead.len() + 1).max(3);
    say(prompter, &tr!("evaluate-resume-open"), "")?;
    for line in open_criteria(grid, evaluation, width, room) {
        prompter.line(&line)?;
    }
    Ok(())
}

/// How the session ended, for what the end says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ending {
    /// Every indicator was gone through.
    Finished,
    /// Saved and quit before the end.
    Quit,
}

/// A shell command shown to be copied: each argument quoted as the shell
/// needs it, an option and its value kept together when they fit, lines
/// that would pass `width` continued with a backslash (the shell reads them
/// as one), and a word too long for an indented line (a long file name)
/// alone at the start of its line.
pub(super) fn command(words: &[Vec<&str>], width: usize) -> Vec<String> {
    let quoted: Vec<Vec<String>> = words
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|w| shell_words::quote(w).into_owned())
                .collect()
        })
        .collect();
    let columns = |s: &str| textwrap::core::display_width(s);
    // Room for " \" at the end of a line.
    let limit = width.saturating_sub(2);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::from("  ");
    let push = |lines: &mut Vec<String>, current: &mut String, next: String| {
        if !current.trim().is_empty() {
            lines.push(std::mem::replace(current, next));
        } else {
            *current = next;
        }
    };
    for group in quoted {
        let joined = group.join(" ");
        let blank = current.trim().is_empty();
        if columns(&current) + usize::from(!blank) + columns(&joined) <= limit {
            if !current.trim().is_empty() {
                current.push(' ');
            }
            current.push_str(&joined);
        } else if 4 + columns(&joined) <= limit {
            push(&mut lines, &mut current, format!("    {joined}"));
        } else {
            for word in group {
                if columns(&current) + 1 + columns(&word) <= limit {
                    current.push(' ');
                    current.push_str(&word);
                } else if 4 + columns(&word) <= limit {
                    push(&mut lines, &mut current, format!("    {word}"));
                } else {
                    push(&mut lines, &mut current, word);
                }
            }
        }
    }
    lines.push(current);
    let last = lines.len() - 1;
    for line in &mut lines[..last] {
        line.push_str(" \\");
    }
    lines
}

/// The end: what is complete, what was skipped or remains, where the file
/// is, and the one command to run next.
pub(super) fn end(
    prompter: &mut dyn Prompter,
    grid: &Grid,
    evaluation: &Evaluation,
    ending: Ending,
    grid_arg: &str,
    path: &str,
    rows: usize,
) -> io::Result<()> {
    let width = prompter.width();
    let counts = counts(grid, evaluation);
    let breakdown = counts.breakdown();
    let detail = if breakdown.is_empty() {
        String::new()
    } else {
        format!(" ({breakdown})")
    };
    prompter.line("")?;
    let headline = match ending {
        Ending::Finished if counts.remaining() == 0 => tr!(
            "evaluate-end-complete",
            total = counts.total,
            breakdown = breakdown
        ),
        Ending::Finished => tr!(
            "evaluate-end-finished",
            complete = counts.complete(),
            total = counts.total,
            breakdown = detail.as_str()
        ),
        Ending::Quit => tr!(
            "evaluate-end-quit",
            complete = counts.complete(),
            total = counts.total,
            breakdown = detail.as_str()
        ),
    };
    say(prompter, &headline, "")?;
    let room = list_rows(rows);
    if counts.unseen() > 0 {
        say(
            prompter,
            &tr!(
                "evaluate-end-remaining",
                count = counts.remaining(),
                skipped = counts.skipped,
                unseen = counts.unseen()
            ),
            "",
        )?;
        for line in open_criteria(grid, evaluation, width, room) {
            prompter.line(&line)?;
        }
    } else if counts.skipped > 0 {
        say(
            prompter,
            &tr!("evaluate-end-skipped", count = counts.skipped),
            "",
        )?;
        for line in skipped_by_criterion(grid, evaluation, width, room) {
            prompter.line(&line)?;
        }
    }
    for line in wrap(&tr!("evaluate-file-is", path = path), width, "", "") {
        prompter.line(&line)?;
    }
    let evaluate = |more: Option<&'static str>| {
        let mut words = vec![vec!["utilsoc", "evaluate"], vec!["--grid", grid_arg]];
        // The file last: a long name then ends the command, with no
        // backslash after it.
        words.extend(more.map(|w| vec![w]));
        words.push(vec!["-o", path]);
        words
    };
    let (lead, commands) = if counts.unseen() > 0 {
        (tr!("evaluate-next-continue"), vec![evaluate(None)])
    } else if counts.skipped > 0 {
        (
            tr!("evaluate-next-review"),
            vec![evaluate(Some("--review"))],
        )
    } else {
        (
            tr!("evaluate-next-score"),
            vec![
                vec![
                    vec!["utilsoc", "score"],
                    vec!["--grid", grid_arg],
                    vec![path],
                ],
                vec![
                    vec!["utilsoc", "report"],
                    vec!["--grid", grid_arg],
                    vec![path],
                    vec!["-o", "rapport.html"],
                ],
            ],
        )
    };
    say(prompter, &lead, "")?;
    for words in commands {
        for line in command(&words, width) {
            prompter.line(&line)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_file_names_are_never_split() {
        let text = "Les réponses sont enregistrées au fur et à mesure dans \
                    salarie-e-ateliers-2025.toml";
        let lines = wrap(text, 40, "", "");
        assert_eq!(
            lines,
            [
                "Les réponses sont enregistrées au fur et",
                "à mesure dans",
                "salarie-e-ateliers-2025.toml"
            ]
        );
        // A name longer than a line starts a line of its own, and only then
        // is cut.
        let long = format!("dans {}", "x".repeat(50));
        let lines = wrap(&long, 30, "", "");
        assert_eq!(lines[0], "dans");
        assert!(lines[1..].iter().all(|l| l.chars().all(|c| c == 'x')));
    }

    #[test]
    fn a_line_too_long_is_cut_after_a_word() {
        assert_eq!(
            one_line("Le centre social accueille-t-il tous les habitants", 30),
            "Le centre social…"
        );
        assert_eq!(one_line("Court", 30), "Court");
    }

    #[test]
    fn lists_past_the_room_say_how_many_are_left_out() {
        let items: Vec<(Vec<String>, usize)> =
            (1..=10).map(|n| (vec![format!("item {n}")], 1)).collect();
        let more = |count| format!("… and {count} more");
        let lines = capped(items.clone(), 4, more);
        assert_eq!(lines, ["item 1", "item 2", "item 3", "  … and 7 more"]);
        assert_eq!(capped(items, 10, more).len(), 10);
        // A heading is not shown without its items.
        let items = vec![
            (vec!["a".to_owned()], 1),
            (vec!["heading".to_owned()], 0),
            (vec!["b1".to_owned(), "b2".to_owned()], 2),
        ];
        assert_eq!(capped(items, 3, more), ["a", "  … and 2 more"]);
    }

    #[test]
    fn commands_are_quoted_and_continued_with_a_backslash() {
        let lines = command(
            &[
                vec!["utilsoc", "evaluate"],
                vec!["--grid", "centres-sociaux"],
                vec!["--review"],
                vec!["-o", "mon fichier.toml"],
            ],
            40,
        );
        assert_eq!(
            lines,
            [
                "  utilsoc evaluate \\",
                "    --grid centres-sociaux --review \\",
                "    -o 'mon fichier.toml'"
            ]
        );
        // A name too long for an indented line starts its own line.
        let name = "evaluation-".repeat(4);
        let lines = command(&[vec!["utilsoc", "score"], vec!["-o", &name]], 40);
        assert_eq!(lines, ["  utilsoc score -o \\", name.as_str()]);
    }
}
