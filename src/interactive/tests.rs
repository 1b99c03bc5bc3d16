//! The walk-through's logic, driven by a scripted [`Prompter`] rather than a
//! terminal: answers are queued, everything shown is recorded, and the saver
//! is a closure that can fail. These run in milliseconds; tests/evaluate_pty.rs
//! keeps the real terminal (dialoguer, keys, signals) covered.
//!
//! The grid is the one of the pty tests: one domain, two criteria, and one
//! indicator of each scale type, in this order: `relations` (4 levels),
//! `entraide` (yes/no), `taux-retour` (a number from 0 to 100 %) and
//! `temoignage` (text). Messages are in English, the default language; no
//! unit test changes it.

use std::collections::VecDeque;
use std::io;

use super::{Look, Outcome, Prompter, walk};
use crate::evaluation::{Entry, Evaluation, State, Value};
use crate::grid::Grid;

const GRID: &str = include_str!("../../tests/pty/grid.toml");

/// What the next prompt gets.
#[derive(Debug)]
pub(crate) enum Reply {
    /// A choice in a menu; `None` is Esc.
    Pick(Option<usize>),
    /// A line typed in a text field.
    Type(&'static str),
}

pub(crate) use Reply::{Pick, Type};

/// Where the actions are in the menu of each indicator: after its answers
/// (4 levels, yes and no).
pub(crate) const LEVELS: usize = 4;
const YES_NO: usize = 2;
const NA: usize = 0;
const SKIP: usize = 1;
const BACK: usize = 2;
const COMMENT: usize = 3;
const OVERVIEW: usize = 4;
const QUIT: usize = 5;
/// In the menu of a typed answer, the actions come after "answer".
const MENU: usize = 1;

/// A [`Prompter`] that answers from a script and records what it is shown.
pub(crate) struct Scripted {
    replies: VecDeque<Reply>,
    /// Every line shown, and every prompt as `? prompt [default] items`.
    pub(crate) shown: Vec<String>,
    /// The items and default of every menu, in order.
    pub(crate) menus: Vec<(Vec<String>, usize)>,
    /// The prefilled text of every text field, in order.
    initials: Vec<String>,
    /// Every text shown set off, with how.
    pub(crate) looks: Vec<(Look, String)>,
    /// Whether it answers that colour is on.
    pub(crate) color: bool,
    /// The width it answers.
    pub(crate) width: usize,
}

impl Scripted {
    pub(crate) fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Scripted {
            replies: replies.into_iter().collect(),
            shown: Vec::new(),
            menus: Vec::new(),
            initials: Vec::new(),
            looks: Vec::new(),
            color: false,
            width: 80,
        }
    }

    fn next(&mut self, prompt: &str) -> Reply {
        self.replies.pop_front().unwrap_or_else(|| {
            panic!(
                "the script ended at `{prompt}`; shown so far:\n{}",
                self.shown.join("\n")
            )
        })
    }

    fn typed(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        self.shown.push(format!("? {prompt} [{initial}]"));
        self.initials.push(initial.to_owned());
        match self.next(prompt) {
            Type(text) => Ok(text.to_owned()),
            other => panic!("`{prompt}` is a text field, the script has {other:?}"),
        }
    }

    /// Whether a line shown contains `text`.
    pub(crate) fn saw(&self, text: &str) -> bool {
        self.shown.iter().any(|l| l.contains(text))
    }

    /// The progress headers shown, `(n/total)`, in order.
    pub(crate) fn progress(&self) -> Vec<&str> {
        self.shown
            .iter()
            .filter(|l| l.starts_with('('))
            .map(|l| &l[..l.find(')').unwrap() + 1])
            .collect()
    }

    pub(crate) fn finished_script(&self) -> bool {
        self.replies.is_empty()
    }
}

impl Prompter for Scripted {
    fn line(&mut self, text: &str) -> io::Result<()> {
        self.shown.push(text.to_owned());
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        self.shown
            .push(format!("? {prompt} [{default}] {}", items.join(" | ")));
        self.menus.push((items.to_vec(), default));
        match self.next(prompt) {
            Pick(pick) => {
                assert!(
                    pick.is_none_or(|p| p < items.len()),
                    "{pick:?} of {items:?}"
                );
                Ok(pick)
            }
            other => panic!("`{prompt}` is a menu, the script has {other:?}"),
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        self.typed(prompt, initial)
    }

    fn input_default(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        self.typed(prompt, default)
    }

    fn width(&self) -> usize {
        self.width
    }

    fn styled(&mut self, text: &str, look: Look) -> io::Result<()> {
        self.looks.push((look, text.to_owned()));
        self.line(text)
    }

    fn color(&self) -> bool {
        self.color
    }
}

fn grid() -> Grid {
    let (grid, report) = crate::grid::load("grid.toml", GRID.as_bytes());
    grid.unwrap_or_else(|| panic!("{report:?}"))
}

fn evaluation(grid: &Grid) -> Evaluation {
    Evaluation::new(
        grid,
        "Atelier".into(),
        None,
        None,
        None,
        "2026-01-01".into(),
    )
}

/// Runs a walk with a saver that always succeeds; gives the outcome, the
/// prompter and every evaluation saved.
fn run(
    grid: &Grid,
    evaluation: &mut Evaluation,
    script: impl IntoIterator<Item = Reply>,
    review: bool,
) -> (Outcome, Scripted, Vec<Evaluation>) {
    let mut prompter = Scripted::new(script);
    let mut saves = Vec::new();
    let mut save = |e: &Evaluation| {
        saves.push(e.clone());
        Ok(())
    };
    let outcome = walk(grid, evaluation, &mut prompter, &mut save, review).unwrap();
    assert!(
        prompter.finished_script(),
        "replies left: {:?}",
        prompter.replies
    );
    (outcome, prompter, saves)
}

fn value(evaluation: &Evaluation, id: &str) -> Option<Value> {
    evaluation.entry(id).and_then(|e| e.value.clone())
}

fn status(evaluation: &Evaluation, id: &str) -> Option<State> {
    evaluation.entry(id).and_then(|e| e.status)
}

/// An answer to each of the four indicators.
fn answers() -> Vec<Reply> {
    vec![
        Pick(Some(2)), // relations: Quite
        Pick(Some(0)), // entraide: yes
        Type("45,5"),  // taux-retour, French decimal comma
        Type("First line"),
        Type("second line"),
        Type(""),
    ]
}

#[test]
fn a_full_walk_records_every_answer_and_saves_after_each() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, answers(), false);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(
        value(&evaluation, "relations"),
        Some(Value::Text("assez".into()))
    );
    assert_eq!(value(&evaluation, "entraide"), Some(Value::Bool(true)));
    assert_eq!(value(&evaluation, "taux-retour"), Some(Value::Number(45.5)));
    assert_eq!(
        value(&evaluation, "temoignage"),
        Some(Value::Text("First line\nsecond line".into()))
    );
    // One save per answer, each holding what was answered so far.
    assert_eq!(saves.len(), 4);
    for (n, saved) in saves.iter().enumerate() {
        assert_eq!(saved.answers.len(), n + 1);
    }
    assert_eq!(saves[3], evaluation);
    assert_eq!(prompter.progress(), ["(1/4)", "(2/4)", "(3/4)", "(4/4)"]);
    assert!(prompter.saw("(1/4) Social ties › The action creates encounters"));
    assert!(prompter.saw("Thanks to the workshop, I met people I did not know"));
    assert!(prompter.saw("Help: Asked at the end of the session."));
    assert!(prompter.saw("? Value [0–100] (%) []"));
    // The levels, then the actions.
    let (items, default) = &prompter.menus[0];
    assert_eq!(items.len(), LEVELS + 6);
    assert_eq!(
        items[..LEVELS],
        ["Not at all", "A little", "Quite", "Completely"]
    );
    assert_eq!(*default, 0);
}

#[test]
fn not_applicable_and_skip_are_recorded_for_every_kind_of_scale() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(LEVELS + NA)),
        Pick(Some(YES_NO + SKIP)),
        // Typed answers: empty for the menu.
        Type(""),
        Pick(Some(MENU + NA)),
        Type(""),
        Pick(Some(MENU + SKIP)),
    ];
    let (outcome, _, saves) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(status(&evaluation, "relations"), Some(State::Na));
    assert_eq!(status(&evaluation, "entraide"), Some(State::Missing));
    assert_eq!(status(&evaluation, "taux-retour"), Some(State::Na));
    assert_eq!(status(&evaluation, "temoignage"), Some(State::Missing));
    assert!(evaluation.answers.iter().all(|e| e.value.is_none()));
    assert_eq!(saves.len(), 4);
}

#[test]
fn n_a_can_be_typed_for_a_number() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(LEVELS + SKIP)),
        Pick(Some(YES_NO + SKIP)),
        Type("N/A"),
        Type(""),
        Pick(Some(MENU + QUIT)),
    ];
    let (outcome, _, _) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(status(&evaluation, "taux-retour"), Some(State::Na));
    assert_eq!(value(&evaluation, "taux-retour"), None);
}

#[test]
fn a_number_outside_the_scale_is_asked_again() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(LEVELS + SKIP)),
        Pick(Some(YES_NO + SKIP)),
        Type("150"),
        Type("beaucoup"),
        Type(" 60 "),
        Type(""),
        Pick(Some(MENU + QUIT)),
    ];
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(value(&evaluation, "taux-retour"), Some(Value::Number(60.0)));
    assert!(prompter.saw("`150` is not accepted"));
    assert!(prompter.saw("`beaucoup` is not accepted"));
    // Refused values are never saved.
    assert_eq!(saves.len(), 3);
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer_preselected() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        // At the first question, back (and Esc) can only say so.
        Pick(Some(LEVELS + BACK)),
        Pick(None),
        Pick(Some(1)),
        Pick(Some(YES_NO + BACK)),
        Pick(Some(3)),
        Pick(Some(1)),
        Type(""),
        Pick(Some(MENU + BACK)),
        Pick(Some(YES_NO + QUIT)),
    ];
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(
        prompter
            .shown
            .iter()
            .filter(|l| l.contains("This is the first question."))
            .count(),
        2
    );
    assert_eq!(
        prompter.progress(),
        [
            "(1/4)", "(1/4)", "(1/4)", "(2/4)", "(1/4)", "(2/4)", "(3/4)", "(2/4)"
        ]
    );
    // Back at the first question, "A little" is preselected and shown.
    assert_eq!(prompter.menus[4].1, 1);
    assert!(prompter.saw("Current answer: A little"));
    // Back at the second, "No" is.
    assert_eq!(prompter.menus[7].1, 1);
    assert_eq!(
        value(&evaluation, "relations"),
        Some(Value::Text("tout-a-fait".into()))
    );
    assert_eq!(value(&evaluation, "entraide"), Some(Value::Bool(false)));
    assert_eq!(saves.len(), 3);
}

#[test]
fn a_comment_is_saved_trimmed_kept_with_the_answer_and_removed_when_emptied() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(LEVELS + COMMENT)),
        Type("  Seen twice  "),
        Pick(Some(2)),
        // Back to it: the comment is shown and prefilled.
        Pick(Some(YES_NO + BACK)),
        Pick(Some(LEVELS + COMMENT)),
        Type("Seen three times"),
        Pick(Some(LEVELS + QUIT)),
    ];
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    let entry = evaluation.entry("relations").unwrap();
    assert_eq!(entry.comment.as_deref(), Some("Seen three times"));
    assert_eq!(entry.value, Some(Value::Text("assez".into())));
    assert_eq!(prompter.initials, ["", "Seen twice"]);
    assert!(prompter.saw("Comment: Seen twice"));
    assert!(prompter.saw("Comment saved."));
    // The comment alone is saved at once, before any answer.
    assert_eq!(saves[0].entry("relations").unwrap().value, None);
    assert_eq!(saves.len(), 3);

    // An empty comment removes it.
    let script = [
        Pick(Some(LEVELS + COMMENT)),
        Type("   "),
        Pick(Some(LEVELS + QUIT)),
    ];
    let mut review = evaluation.clone();
    let (_, _, _) = run(&grid, &mut review, script, true);
    assert_eq!(review.entry("relations").unwrap().comment, None);
    assert_eq!(
        review.entry("relations").unwrap().value,
        Some(Value::Text("assez".into()))
    );
}

#[test]
fn quit_stops_at_once_without_saving() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let before = evaluation.clone();
    let (outcome, prompter, saves) =
        run(&grid, &mut evaluation, [Pick(Some(LEVELS + QUIT))], false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(evaluation, before);
    assert!(saves.is_empty());
    assert_eq!(prompter.progress(), ["(1/4)"]);
}

#[test]
fn answered_indicators_are_passed_by_unless_reviewing() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    run(&grid, &mut evaluation, answers(), false);
    let answered = evaluation.clone();

    // Resumed: nothing left to ask.
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, [], false);
    assert_eq!(outcome, Outcome::Finished);
    assert!(prompter.shown.is_empty() && saves.is_empty());

    // Resumed with two answers: only the others are asked.
    let mut partial = answered.clone();
    partial.answers.retain(|e| e.indicator != "entraide");
    let (_, prompter, _) = run(&grid, &mut partial, [Pick(Some(YES_NO + SKIP))], false);
    assert_eq!(prompter.progress(), ["(2/4)"]);

    // Reviewed: every answer is asked again with the current one preselected
    // or prefilled; keeping them all changes nothing.
    let script = [
        Pick(Some(2)),
        Pick(Some(0)),
        Type("45,5"),
        Type("First line / second line"),
    ];
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, script, true);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(evaluation, answered);
    assert_eq!(prompter.menus[0].1, 2);
    assert_eq!(prompter.menus[1].1, 0);
    // The number and the lines of the text, joined on one line.
    assert_eq!(prompter.initials, ["45.5", "First line / second line"]);
    assert_eq!(saves.len(), 4);
    assert!(prompter.saw("Current answer: Quite"));
    assert!(prompter.saw("Current answer: First line / second line"));
}

#[test]
fn review_preselects_no_and_can_change_an_answer() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(0)),
        Pick(Some(1)),
        Type(""),
        Pick(Some(MENU + QUIT)),
    ];
    run(&grid, &mut evaluation, script, false);
    let script = [
        Pick(Some(3)),
        Pick(Some(0)),
        Type("12"),
        Type("Now"),
        Type(""),
    ];
    let (outcome, prompter, _) = run(&grid, &mut evaluation, script, true);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(prompter.menus[1].1, 1, "No is preselected");
    assert_eq!(
        value(&evaluation, "relations"),
        Some(Value::Text("tout-a-fait".into()))
    );
    assert_eq!(value(&evaluation, "entraide"), Some(Value::Bool(true)));
    assert_eq!(value(&evaluation, "taux-retour"), Some(Value::Number(12.0)));
    assert_eq!(
        value(&evaluation, "temoignage"),
        Some(Value::Text("Now".into()))
    );
}

#[test]
fn a_failed_save_is_retried_and_the_answer_kept() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let mut prompter = Scripted::new([
        Pick(Some(1)),
        // The save fails twice: retry, then Esc (which retries too).
        Pick(Some(0)),
        Pick(None),
        Pick(Some(YES_NO + QUIT)),
    ]);
    let mut failures = 2;
    let mut saved = Vec::new();
    let mut save = |e: &Evaluation| {
        if failures > 0 {
            failures -= 1;
            return Err(io::Error::other("disk full"));
        }
        saved.push(e.clone());
        Ok(())
    };
    let outcome = walk(&grid, &mut evaluation, &mut prompter, &mut save, false).unwrap();
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0], evaluation);
    assert_eq!(
        prompter
            .shown
            .iter()
            .filter(|l| l.contains("could not be saved: disk full"))
            .count(),
        2
    );
    assert!(prompter.saw("? Save again? [0] Retry | Quit"));
    // The walk went on to the next question.
    assert_eq!(prompter.progress(), ["(1/4)", "(2/4)"]);
}

#[test]
fn a_failed_save_then_quit_lists_what_the_file_lacks() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let mut prompter = Scripted::new([
        Pick(Some(2)),
        Pick(Some(YES_NO + COMMENT)), // a comment on entraide
        Type("Asked twice"),
        Pick(Some(1)), // the save fails: quit
    ]);
    let mut calls = 0;
    let mut save = |_: &Evaluation| {
        calls += 1;
        if calls == 1 {
            Ok(())
        } else {
            Err(io::Error::other("read-only file system"))
        }
    };
    let outcome = walk(&grid, &mut evaluation, &mut prompter, &mut save, false).unwrap();
    // The first answer is in the file; the comment is not.
    assert_eq!(
        outcome,
        Outcome::Unsaved(vec![
            "(2/4) Was helped by another participant — skipped · Comment: Asked twice".into()
        ])
    );
    assert_eq!(
        evaluation.entry("entraide"),
        Some(&Entry {
            indicator: "entraide".into(),
            comment: Some("Asked twice".into()),
            ..Entry::default()
        })
    );
}

#[test]
fn the_overview_counts_answers_by_criterion_and_jumps() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(0)),
        Pick(Some(YES_NO + OVERVIEW)),
        // Back to the current question.
        Pick(Some(0)),
        Pick(Some(YES_NO + OVERVIEW)),
        // Esc: back too.
        Pick(None),
        Pick(Some(YES_NO + OVERVIEW)),
        // The second criterion (after the domain's heading).
        Pick(Some(3)),
        Type(""),
        Pick(Some(MENU + OVERVIEW)),
        // The domain: its first criterion.
        Pick(Some(1)),
        Pick(Some(LEVELS + QUIT)),
    ];
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(saves.len(), 1);
    let (items, _) = &prompter.menus[2];
    assert_eq!(
        items,
        &[
            "⟵ Back to the current question",
            "Social ties",
            "  1/2 · The action creates encounters",
            "  0/2 · Regular attendance",
        ]
    );
    assert_eq!(
        prompter.progress(),
        ["(1/4)", "(2/4)", "(2/4)", "(2/4)", "(3/4)", "(1/4)"]
    );
}

/// The grid with roles: `relations` asked of both, in the staff's own words
/// for them; `entraide` asked of inhabitants only; the agreement and yes/no
/// scales allow "ne sait pas". (Set on the loaded grid, as the grid's
/// validation would.)
pub(crate) fn grid_with_roles() -> Grid {
    use crate::grid::model::{Role, Text};
    let mut grid = grid();
    let role = |id: &str, label: &str| Role {
        id: id.into(),
        label: Text::new(label),
        description: None,
        aliases: vec![],
    };
    grid.roles = vec![role("habitant", "Inhabitant"), role("salarie", "Staff")];
    for scale in &mut grid.scales {
        scale.dont_know = matches!(scale.id.as_str(), "accord" | "oui-non");
    }
    for criterion in grid.domains.iter_mut().flat_map(|d| d.criteria.iter_mut()) {
        for i in &mut criterion.indicators {
            match i.id.as_str() {
                "relations" => {
                    i.questions.insert(
                        "salarie".into(),
                        Text::new("Do the inhabitants meet new people?"),
                    );
                }
                "entraide" => i.roles = Some(vec!["habitant".into()]),
                _ => {}
            }
        }
    }
    grid
}

#[test]
fn a_role_is_asked_only_its_indicators_in_its_wording() {
    let grid = grid_with_roles();
    let asked = super::roles::asked_view(&grid, Some("salarie"));
    let mut evaluation = evaluation(&grid);
    evaluation.role = Some("salarie".into());
    let script = [
        Pick(Some(2)), // relations: Quite
        Type("45"),
        Type("Fine"),
        Type(""),
    ];
    let (outcome, prompter, _) = run(&asked, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Finished);
    // Three of the four: entraide is the inhabitants' alone.
    assert_eq!(prompter.progress(), ["(1/3)", "(2/3)", "(3/3)"]);
    assert!(prompter.saw("Do the inhabitants meet new people?"));
    assert!(!prompter.saw("Thanks to the workshop"));
    assert!(!prompter.saw("Was helped by another participant"));
    assert_eq!(evaluation.entry("entraide"), None);
    assert_eq!(
        value(&evaluation, "relations"),
        Some(Value::Text("assez".into()))
    );

    // Inhabitants are asked all four, in the indicator's own wording.
    let asked = super::roles::asked_view(&grid, Some("habitant"));
    let mut evaluation = self::evaluation(&grid);
    let script = [Pick(Some(LEVELS + 1 + QUIT))];
    let (outcome, prompter, _) = run(&asked, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(prompter.progress(), ["(1/4)"]);
    assert!(prompter.saw("Thanks to the workshop, I met people I did not know"));
}

#[test]
fn the_overview_of_a_role_counts_and_jumps_within_its_indicators() {
    let mut grid = grid_with_roles();
    // The second criterion is the inhabitants' alone: staff never see it.
    for criterion in &mut grid.domains[0].criteria {
        if criterion.id == "participation" {
            for i in &mut criterion.indicators {
                i.roles = Some(vec!["habitant".into()]);
            }
        }
    }
    let asked = super::roles::asked_view(&grid, Some("salarie"));
    let mut evaluation = evaluation(&grid);
    evaluation.role = Some("salarie".into());
    let script = [
        Pick(Some(LEVELS + 1 + OVERVIEW)),
        Pick(Some(2)),
        Pick(Some(1)),
    ];
    let (outcome, prompter, _) = run(&asked, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Finished);
    let (items, _) = &prompter.menus[1];
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(
        items[1..],
        ["Social ties", "  0/1 · The action creates encounters"]
    );
    assert_eq!(prompter.progress(), ["(1/1)", "(1/1)"]);
}

#[test]
fn dont_know_is_offered_after_the_levels_and_saved_as_such() {
    let grid = grid_with_roles();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(LEVELS)), // relations: don't know
        Pick(Some(YES_NO)), // entraide: don't know
        // The number and the text: their scales have no "don't know".
        Type(""),
        Pick(Some(MENU + SKIP)),
        Type(""),
        Pick(Some(MENU + QUIT)),
    ];
    let (outcome, prompter, saves) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    let (items, _) = &prompter.menus[0];
    assert_eq!(
        items[LEVELS - 1..LEVELS + 2],
        ["Completely", "Don't know", "⟶ Not applicable (N/A)"]
    );
    assert_eq!(prompter.menus[1].0[..3], ["Yes", "No", "Don't know"]);
    assert!(!prompter.menus[2].0.iter().any(|i| i == "Don't know"));
    assert_eq!(status(&evaluation, "relations"), Some(State::DontKnow));
    assert_eq!(status(&evaluation, "entraide"), Some(State::DontKnow));
    assert_eq!(value(&evaluation, "relations"), None);
    assert_eq!(saves.len(), 3);
    let toml = evaluation.to_toml().unwrap();
    assert!(toml.contains("status = \"dont_know\""), "{toml}");

    // Reviewed: shown back as such, and preselected.
    let script = [Pick(Some(0)), Pick(Some(YES_NO + 1 + QUIT))];
    let (_, prompter, _) = run(&grid, &mut evaluation, script, true);
    assert!(prompter.saw("Current answer: don't know"));
    assert_eq!(prompter.menus[0].1, LEVELS);
    assert_eq!(prompter.menus[1].1, YES_NO);
    assert_eq!(
        value(&evaluation, "relations"),
        Some(Value::Text("pas-du-tout".into()))
    );
    assert_eq!(status(&evaluation, "relations"), None);
}

#[test]
fn dont_know_is_in_the_menu_of_a_typed_answer_when_the_scale_allows_it() {
    let mut grid = grid();
    for scale in &mut grid.scales {
        scale.dont_know = scale.id == "taux";
    }
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(0)),
        Pick(Some(0)),
        Type(""),
        Pick(Some(1)), // the number: "answer", then don't know
        Type(""),
        Pick(Some(MENU + QUIT)),
    ];
    let (outcome, prompter, _) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    assert_eq!(
        prompter.menus[2].0[..2],
        ["⟶ Answer this question", "Don't know"]
    );
    assert_eq!(status(&evaluation, "taux-retour"), Some(State::DontKnow));
    // Without it, the levels' menu is as before: no "don't know".
    assert_eq!(prompter.menus[0].0.len(), LEVELS + 6);
}

#[test]
fn the_overview_counts_na_and_skipped_apart_and_has_a_legend() {
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let script = [
        Pick(Some(LEVELS + SKIP)), // relations: skipped
        Pick(Some(YES_NO + NA)),   // entraide: N/A
        Type("12"),                // taux-retour: an answer
        Type(""),
        Pick(Some(MENU + OVERVIEW)),
        Pick(None),
        Type(""),
        Pick(Some(MENU + QUIT)),
    ];
    let (outcome, prompter, _) = run(&grid, &mut evaluation, script, false);
    assert_eq!(outcome, Outcome::Quit);
    let (items, _) = &prompter.menus[3];
    // In the first criterion, N/A counts as dealt with and is said apart; a
    // skipped indicator is still to answer: 1 of 2.
    assert_eq!(
        items[1..],
        [
            "Social ties",
            "  1/2 · 1 N/A · 1 skipped · The action creates encounters",
            "  1/2 · Regular attendance",
        ]
    );
    // Before the menu, its legend.
    let legend = prompter
        .shown
        .iter()
        .rposition(|l| l.contains("answered / to answer"));
    let menu = prompter
        .shown
        .iter()
        .rposition(|l| l.starts_with("? Go to a criterion"));
    assert!(legend.is_some() && legend < menu, "{:?}", prompter.shown);
    assert!(prompter.saw("skipped: still to answer"));
}

#[test]
fn the_overview_counts_each_state() {
    use super::walk::Counts;
    let grid = grid();
    let mut evaluation = evaluation(&grid);
    let criterion = &grid.domains[0].criteria[0];
    let (relations, entraide) = (&criterion.indicators[0], &criterion.indicators[1]);
    assert_eq!(
        Counts::of(&evaluation, &criterion.indicators),
        Counts {
            done: 0,
            na: 0,
            skipped: 0,
            total: 2
        }
    );
    let set = |evaluation: &mut Evaluation, id: &str, value, status| {
        evaluation.set(
            &grid,
            Entry {
                indicator: id.into(),
                value,
                status,
                ..Entry::default()
            },
        )
    };
    set(&mut evaluation, &relations.id, None, Some(State::DontKnow));
    set(&mut evaluation, &entraide.id, None, Some(State::Na));
    assert_eq!(
        Counts::of(&evaluation, &criterion.indicators),
        Counts {
            done: 2,
            na: 1,
            skipped: 0,
            total: 2
        }
    );
    set(&mut evaluation, &entraide.id, None, Some(State::Missing));
    // A comment alone is no answer.
    evaluation.set(
        &grid,
        Entry {
            indicator: relations.id.clone(),
            comment: Some("later".into()),
            ..Entry::default()
        },
    );
    assert_eq!(
        Counts::of(&evaluation, &criterion.indicators),
        Counts {
            done: 0,
            na: 0,
            skipped: 1,
            total: 2
        }
    );
    set(
        &mut evaluation,
        &relations.id,
        Some(Value::Bool(true)),
        None,
    );
    assert_eq!(
        Counts::of(&evaluation, &criterion.indicators),
        Counts {
            done: 1,
            na: 0,
            skipped: 1,
            total: 2
        }
    );
}

/// The grid with long names, as the built-in grids have: a domain and
/// criterion that fill a line, a long question, help and level descriptions.
fn grid_with_long_texts() -> Grid {
    use crate::grid::model::Text;
    let mut grid = grid();
    let domain = &mut grid.domains[0];
    domain.label = Text::new("Inclusion sociale et socialisation des personnes accueillies");
    let criterion = &mut domain.criteria[0];
    criterion.label = Text::new(
        "Le centre social accueille-t-il et écoute-t-il tous les habitants, sans condition ?",
    );
    let indicator = &mut criterion.indicators[0];
    indicator.question = Some(Text::new(
        "Quand je viens au centre social, je suis bien accueilli·e et on prend le temps \
         de m'écouter, quelle que soit l'heure et quelle que soit ma demande.",
    ));
    indicator.help = Some(Text::new(
        "Questionnaire anonyme proposé à l'accueil et dans les activités pendant deux à \
         trois semaines. Proposer une aide à la lecture sans orienter la réponse.",
    ));
    for scale in &mut grid.scales {
        if let crate::grid::model::ScaleKind::Levels(levels) = &mut scale.kind {
            for level in levels {
                level.description = Some(Text::new(
                    "L'affirmation correspond rarement ou faiblement à ce que la personne \
                     vit au centre social, selon ce qu'elle en dit.",
                ));
            }
        }
    }
    grid
}

/// Whether every word of `text` is shown whole in `lines`, none cut at a
/// line's end.
fn words_whole(lines: &[String], text: &str) -> bool {
    let shown: Vec<&str> = lines
        .iter()
        .flat_map(|l| l.lines())
        .flat_map(str::split_whitespace)
        .collect();
    text.split_whitespace().all(|w| shown.contains(&w))
}

#[test]
fn at_80_columns_no_word_of_the_screen_is_cut_and_menus_stay_on_one_row() {
    let grid = grid_with_long_texts();
    let mut evaluation = evaluation(&grid);
    let mut prompter = Scripted::new([
        Pick(Some(LEVELS + OVERVIEW)),
        Pick(None),
        Pick(Some(LEVELS + QUIT)),
    ]);
    let mut save = |_: &Evaluation| Ok(());
    walk(&grid, &mut evaluation, &mut prompter, &mut save, false).unwrap();
    let criterion = &grid.domains[0].criteria[0];
    let indicator = &criterion.indicators[0];
    for text in [
        format!(
            "(1/4) {} › {}",
            grid.domains[0].label.text, criterion.label.text
        ),
        indicator.question.as_ref().unwrap().text.clone(),
        indicator.help.as_ref().unwrap().text.clone(),
    ] {
        assert!(
            words_whole(&prompter.shown, &text),
            "{text}\n{:#?}",
            prompter.shown
        );
    }
    for line in prompter
        .shown
        .iter()
        .filter(|l| !l.starts_with("? "))
        .flat_map(|l| l.lines())
    {
        assert!(
            textwrap::core::display_width(line) < 80,
            "{line:?} is wider than 80 columns"
        );
    }
    // The breadcrumb's second line hangs under the domain.
    assert!(prompter.saw("\n      "), "{:#?}", prompter.shown);
    // Menu items: on one row, cut after a whole word, and within the
    // terminal's width in bytes too (dialoguer counts bytes).
    for (items, _) in &prompter.menus {
        for item in items {
            assert!(textwrap::core::display_width(item) <= 77, "{item:?}");
            assert!(item.len() <= 80, "{item:?}: {} bytes", item.len());
        }
    }
    let level = &prompter.menus[0].0[0];
    assert!(level.ends_with('…'), "{level}");
    let kept = level.trim_end_matches('…');
    let full = "Not at all — L'affirmation correspond rarement ou faiblement à ce que la \
                personne vit au centre social, selon ce qu'elle en dit.";
    assert!(full.starts_with(kept), "{level}");
    assert_eq!(
        full[kept.len()..].chars().next(),
        Some(' '),
        "{level} ends mid-word"
    );
    // The overview's criterion: after its count, the distinguishing words.
    let criterion = &prompter.menus[1].0[2];
    assert!(
        criterion.starts_with("  0/2 · Le centre social accueille-t-il"),
        "{criterion}"
    );
}

#[test]
fn the_question_is_set_off_in_bold_or_by_a_marker_without_colour() {
    let grid = grid();
    for color in [false, true] {
        let mut evaluation = evaluation(&grid);
        let mut prompter = Scripted::new([Pick(Some(LEVELS + QUIT))]);
        prompter.color = color;
        let mut save = |_: &Evaluation| Ok(());
        walk(&grid, &mut evaluation, &mut prompter, &mut save, false).unwrap();
        let question = "Thanks to the workshop, I met people I did not know";
        let (look, shown) = prompter
            .looks
            .iter()
            .find(|(_, t)| t.contains(question))
            .unwrap();
        assert_eq!(*look, Look::Question);
        // In bold with colour; after a marker without, alone on its line.
        let marker = if color { "  " } else { "» " };
        assert!(shown.starts_with(marker), "{shown:?}");
        // What surrounds it is quieter.
        let quiet: Vec<&str> = prompter
            .looks
            .iter()
            .filter(|(l, _)| *l == Look::Quiet)
            .map(|(_, t)| t.as_str())
            .collect();
        assert!(
            quiet.iter().any(|t| t.starts_with("(1/4) Social ties")),
            "{quiet:?}"
        );
        assert!(
            quiet.iter().any(|t| t.contains("Help: Asked at the end")),
            "{quiet:?}"
        );
        let at = prompter
            .shown
            .iter()
            .position(|l| l.contains(question))
            .unwrap();
        assert!(prompter.shown[at - 1].starts_with("(1/4)"));
    }
}

#[test]
fn fit_cuts_after_a_word_within_columns_and_bytes() {
    use super::walk::fit;
    assert_eq!(fit("Oui", 80), "Oui");
    assert_eq!(fit("un deux trois quatre", 12), "un deux…");
    // Accents and dashes take more than a byte each: a line of 40 `é` fits
    // 40 columns but not 40 bytes.
    let accents = "été ".repeat(20);
    let cut = fit(&accents, 43);
    assert!(cut.len() <= 43 && cut.ends_with("été…"), "{cut}");
    // A word longer than the line is cut, as a last resort.
    assert_eq!(fit("abcdefghijklmnop", 10), "abcdef…");
}
