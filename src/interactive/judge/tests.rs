//! The judgement walk driven by the scripted prompter of the autoévaluation's
//! tests, on the pty tests' grid (one domain, criteria `rencontres` and
//! `participation`), with scorecards made by hand: two actions, so four
//! criteria to judge. Messages are in English, the default language.

use std::io;

use super::{Outcome, Setting, Subject, walk};
use crate::grid::Grid;
use crate::interactive::tests::{Pick, Reply, Scripted, Type};
use crate::judgement::{Judgement, Seen, Step, Verdict};
use crate::score::{
    Divergence, Flag, GroupKey, Guards, NodeKind, NodeScore, RoleScore, Scorecard, Series, Verbatim,
};

/// Where the choices are in the appreciation menu.
const MET: usize = 0;
const PARTLY: usize = 1;
const NOT_MET: usize = 2;
const CANNOT_SAY: usize = 3;
const SKIP: usize = 4;
const STOP: usize = 5;
const TO_PLAN: usize = 6;
/// The plan's menu, and the « whole structure » after the two actions.
const ADD: usize = 0;
const DONE: usize = 1;
const WHOLE: usize = 2;

fn grid() -> Grid {
    crate::interactive::tests::grid_with_roles()
}

fn node(score: Option<f64>, scored: usize, scorable: usize, responses: u64) -> NodeScore {
    NodeScore {
        score,
        scored,
        scorable,
        responses,
        flag: Flag::default(),
    }
}

fn verbatim(indicator: usize, line: u64, text: &str) -> Verbatim {
    Verbatim {
        indicator: Some(indicator),
        source: 0,
        line,
        comment: false,
        text: text.into(),
    }
}

/// `Atelier`: 62 on encounters (2/2 indicators, 12 responses), nothing on
/// attendance but four testimonies; `Jardin`: 40 on encounters on 3
/// responses (flagged), 75 on attendance.
fn cards() -> Vec<Scorecard> {
    let card = |action: &str, criteria: Vec<NodeScore>, texts: Vec<Verbatim>| Scorecard {
        key: GroupKey {
            action: action.into(),
            period: Some("2025".into()),
            series: Series::All,
            role: None,
        },
        responses: 12,
        overall: None,
        domains: Vec::new(),
        criteria,
        indicators: Vec::new(),
        texts,
    };
    let long = "Je suis venue pour la couture et je suis restée pour les gens : \
                on se retrouve maintenant au marché, on s'appelle, on garde les \
                enfants les unes des autres, et c'est ce qui compte le plus pour moi.";
    let mut flagged = node(Some(40.0), 2, 2, 3);
    flagged.flag.low_responses = true;
    vec![
        card(
            "Atelier",
            vec![node(Some(62.4), 2, 2, 12), node(None, 0, 1, 0)],
            vec![
                verbatim(3, 2, long),
                verbatim(3, 3, "Bien\u{1b}[31m\nvraiment"),
                verbatim(3, 4, "Troisième"),
                verbatim(3, 5, "Quatrième, jamais montré"),
            ],
        ),
        card(
            "Jardin",
            vec![flagged, node(Some(75.0), 1, 2, 8)],
            Vec::new(),
        ),
    ]
}

fn divergences() -> Vec<Divergence> {
    vec![Divergence {
        action: "Atelier".into(),
        period: Some("2025".into()),
        kind: NodeKind::Criterion,
        index: 0,
        spread: 25.0,
        roles: vec![
            RoleScore {
                role: "Inhabitant".into(),
                score: 70.0,
                responses: 8,
                shared: 2,
            },
            RoleScore {
                role: "Staff".into(),
                score: 45.0,
                responses: 4,
                shared: 2,
            },
        ],
    }]
}

fn setting<'a>(
    grid: &'a Grid,
    cards: &'a [Scorecard],
    divergences: &'a [Divergence],
    review: bool,
) -> Setting<'a> {
    Setting {
        grid,
        subjects: cards
            .iter()
            .map(|card| Subject {
                card,
                divergences: divergences
                    .iter()
                    .filter(|d| d.action == card.key.action)
                    .collect(),
            })
            .collect(),
        guards: Guards {
            min_responses: 5,
            min_coverage: 0.5,
        },
        actions: vec!["Atelier".into(), "Jardin".into()],
        review,
    }
}

/// Runs a walk; the prompter, the outcome and every judgement saved.
fn run(
    judgement: &mut Judgement,
    review: bool,
    script: impl IntoIterator<Item = Reply>,
) -> (Scripted, Outcome, Vec<Judgement>) {
    let grid = grid();
    let cards = cards();
    let divergences = divergences();
    let setting = setting(&grid, &cards, &divergences, review);
    let mut prompter = Scripted::new(script);
    let mut saved = Vec::new();
    let mut save = |j: &Judgement| -> io::Result<()> {
        saved.push(j.clone());
        Ok(())
    };
    let outcome = walk(&setting, judgement, &mut prompter, &mut save).unwrap();
    assert!(prompter.finished_script(), "{:#?}", prompter.shown);
    (prompter, outcome, saved)
}

fn fresh() -> Judgement {
    Judgement::new(&grid(), "2026-11-29".into())
}

fn verdicts(j: &Judgement) -> Vec<(&str, &str, Option<Verdict>)> {
    j.appreciations
        .iter()
        .map(|a| (a.action.as_str(), a.criterion.as_str(), a.verdict))
        .collect()
}

#[test]
fn a_whole_walk_records_every_answer_and_the_plan_saving_each() {
    let mut judgement = fresh();
    let script = [
        Pick(Some(MET)),
        Type("Les habitants se rencontrent"),
        Type("Continuer"),
        Pick(Some(CANNOT_SAY)),
        Type(""),
        Type(""),
        Pick(Some(PARTLY)),
        Type("Trop peu de réponses"),
        Type(""),
        Pick(Some(NOT_MET)),
        Type(""),
        Type("Relancer"),
        // The plan: one step for Jardin on attendance, then done.
        Pick(Some(ADD)),
        Type("Relancer les familles"),
        Type("Awa"),
        Type("2027-03"),
        Pick(Some(1)),
        Pick(Some(2)),
        Pick(Some(DONE)),
    ];
    let (prompter, outcome, saved) = run(&mut judgement, false, script);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(
        verdicts(&judgement),
        [
            ("Atelier", "rencontres", Some(Verdict::Met)),
            ("Atelier", "participation", Some(Verdict::CannotSay)),
            ("Jardin", "rencontres", Some(Verdict::Partly)),
            ("Jardin", "participation", Some(Verdict::NotMet)),
        ]
    );
    let first = &judgement.appreciations[0];
    assert_eq!(first.period.as_deref(), Some("2025"));
    assert_eq!(
        first.argument.as_deref(),
        Some("Les habitants se rencontrent")
    );
    assert_eq!(first.recommendations.as_deref(), Some("Continuer"));
    assert_eq!(
        first.seen,
        Some(Seen {
            score: Some(62.4),
            scored: 2,
            scorable: 2,
            responses: 12
        })
    );
    assert_eq!(judgement.appreciations[1].argument, None);
    assert_eq!(
        judgement.plan,
        [Step {
            what: "Relancer les familles".into(),
            who: Some("Awa".into()),
            when: Some("2027-03".into()),
            action: Some("Jardin".into()),
            criterion: Some("participation".into()),
        }]
    );
    // A save per answer given: verdict, then each text that is not empty;
    // then the step.
    assert_eq!(saved.len(), 3 + 1 + 2 + 2 + 1);
    assert_eq!(saved.last(), Some(&judgement));
    // What the group saw: progress, the pooled score, coverage, divergence,
    // the flag in words, three quotes cleaned and cut.
    assert_eq!(prompter.progress(), ["(1/4)", "(2/4)", "(3/4)", "(4/4)"]);
    let shown = prompter.shown.join("\n");
    for expected in [
        "(1/4) Atelier · 2025 › Social ties › The action creates encounters",
        "  Score (all respondents): 62 / 100",
        "  2 of 2 indicators scored · 12 responses",
        "  Roles differ: Inhabitant 70, Staff 45 (25 points apart)",
        "  No score (all respondents): no indicator scored",
        "  ⚠ To be read with care: fewer than 5 responses",
        "[31m vraiment”",
        "    “Troisième”",
    ] {
        assert!(shown.contains(expected), "{expected}\n{shown}");
    }
    assert!(!shown.contains("Quatrième"), "{shown}");
    assert!(!shown.contains('\u{1b}'), "{shown}");
    // Divergence only where there is one.
    assert_eq!(shown.matches("Roles differ").count(), 1, "{shown}");
    // The long testimony: two lines, the second cut.
    let quote: Vec<&String> = prompter
        .shown
        .iter()
        .skip_while(|l| !l.contains("“Je suis venue"))
        .take(3)
        .collect();
    assert!(quote[1].ends_with(" …"), "{quote:?}");
    assert!(quote[2].starts_with("    “Bien"), "{quote:?}");
    for line in &prompter.shown {
        assert!(
            textwrap::core::display_width(line) <= 80 || line.starts_with("? "),
            "{line}"
        );
    }
    assert!(prompter.saw("Relancer les familles — Awa, due 2027-03 (Jardin · participation)"));
}

#[test]
fn a_skipped_criterion_is_offered_again_and_a_stopped_walk_resumes() {
    let mut judgement = fresh();
    let script = [
        Pick(Some(SKIP)),
        Pick(Some(MET)),
        Type(""),
        Type(""),
        Pick(Some(STOP)),
    ];
    let (_, outcome, _) = run(&mut judgement, false, script);
    assert_eq!(outcome, Outcome::Stopped);
    assert_eq!(
        verdicts(&judgement),
        [("Atelier", "participation", Some(Verdict::Met))]
    );

    // Resumed: told how many are done, it starts at the first open one,
    // goes on, and offers the passed one again at the end.
    let script = [
        Pick(Some(NOT_MET)), // Atelier, encounters
        Type(""),
        Type(""),
        Pick(Some(SKIP)), // Jardin, encounters
        Pick(Some(MET)),  // Jardin, attendance
        Type(""),
        Type(""),
        Pick(Some(0)), // back to the one passed
        Pick(Some(PARTLY)),
        Type(""),
        Type(""),
        Pick(Some(DONE)),
    ];
    let (prompter, outcome, _) = run(&mut judgement, false, script);
    assert_eq!(outcome, Outcome::Finished);
    assert!(
        prompter.saw("1 of 4 criteria already judged"),
        "{:#?}",
        prompter.shown
    );
    assert_eq!(prompter.progress(), ["(1/4)", "(3/4)", "(4/4)", "(3/4)"]);
    assert!(prompter.saw("1 criterion passed, not judged"));
    assert_eq!(
        verdicts(&judgement),
        [
            ("Atelier", "participation", Some(Verdict::Met)),
            ("Atelier", "rencontres", Some(Verdict::NotMet)),
            ("Jardin", "participation", Some(Verdict::Met)),
            ("Jardin", "rencontres", Some(Verdict::Partly)),
        ]
    );

    // Everything judged: straight to the plan.
    let (prompter, _, _) = run(&mut judgement, false, [Pick(Some(DONE))]);
    assert!(prompter.saw("Every criterion is judged"));
    assert!(prompter.progress().is_empty());
}

#[test]
fn review_offers_the_recorded_answers_as_defaults() {
    let mut judgement = fresh();
    let script = [
        Pick(Some(CANNOT_SAY)),
        Type("Pas assez de recul"),
        Type("Refaire l'enquête"),
        Pick(Some(STOP)),
    ];
    run(&mut judgement, false, script);
    let script = [
        Pick(Some(CANNOT_SAY)),
        Type("Pas assez de recul"),
        Type(""),
        Pick(Some(STOP)),
    ];
    let (prompter, outcome, saved) = run(&mut judgement, true, script);
    assert_eq!(outcome, Outcome::Stopped);
    // The verdict menu opens on the recorded one, the texts prefilled.
    assert_eq!(prompter.menus[0].1, CANNOT_SAY);
    assert!(
        prompter.saw(
            "? Argument (what the appreciation rests on; may stay empty) [Pas assez de recul]"
        )
    );
    assert!(prompter.saw("? Recommendations (may stay empty) [Refaire l'enquête]"));
    // Emptied recommendations are removed; the same argument is not saved again.
    assert_eq!(judgement.appreciations[0].recommendations, None);
    assert_eq!(saved.len(), 2);
    // Not a resume: nothing said of what is done, and every criterion in turn.
    assert!(!prompter.saw("already judged"));
    assert_eq!(prompter.progress(), ["(1/4)", "(2/4)"]);
}

#[test]
fn the_plan_can_be_reached_before_every_criterion_is_judged() {
    let mut judgement = fresh();
    let script = [
        Pick(Some(MET)),
        Type(""),
        Type(""),
        // On to the plan: the three other criteria wait.
        Pick(Some(TO_PLAN)),
        Pick(Some(ADD)),
        Type("Relancer les familles"),
        Type("Awa"),
        Type("2027-03"),
        Pick(Some(WHOLE)),
        Pick(Some(0)),
        Pick(Some(DONE)),
    ];
    let (_, outcome, _) = run(&mut judgement, false, script);
    assert_eq!(outcome, Outcome::Finished);
    assert_eq!(
        verdicts(&judgement),
        [("Atelier", "rencontres", Some(Verdict::Met))]
    );
    assert_eq!(judgement.plan.len(), 1);
    assert_eq!(judgement.plan[0].who.as_deref(), Some("Awa"));
}

#[test]
fn the_plan_shows_its_steps_and_takes_new_ones_for_the_whole_structure() {
    let mut judgement = fresh();
    judgement.plan.push(Step {
        what: "Former les bénévoles".into(),
        ..Step::default()
    });
    let all = (0..4).flat_map(|_| [Pick(Some(MET)), Type(""), Type("")]);
    let script: Vec<Reply> = all
        .chain([
            Pick(Some(ADD)),
            Type(""), // no « what »: no step
            Pick(Some(ADD)),
            Type("Un goûter de bilan"),
            Type(""),
            Type(""),
            Pick(Some(WHOLE)),
            Pick(Some(0)), // no criterion in particular
            Pick(Some(DONE)),
        ])
        .collect();
    let (prompter, outcome, _) = run(&mut judgement, false, script);
    assert_eq!(outcome, Outcome::Finished);
    assert!(prompter.saw("  1. Former les bénévoles (the whole structure)"));
    assert!(prompter.saw("No step added."));
    assert!(prompter.saw("  2. Un goûter de bilan (the whole structure)"));
    let menu = prompter
        .menus
        .iter()
        .find(|(items, _)| items.last().is_some_and(|i| i == "the whole structure"))
        .unwrap();
    assert_eq!(menu.0, ["Atelier", "Jardin", "the whole structure"]);
    assert_eq!(
        judgement.plan[1],
        Step {
            what: "Un goûter de bilan".into(),
            ..Step::default()
        }
    );
}

#[test]
fn a_failed_save_asks_again_and_giving_up_says_so() {
    let grid = grid();
    let cards = cards();
    let divergences = divergences();
    let setting = setting(&grid, &cards, &divergences, false);
    let mut judgement = fresh();
    let mut prompter = Scripted::new([Pick(Some(MET)), Pick(Some(0)), Pick(Some(1))]);
    let mut save = |_: &Judgement| -> io::Result<()> { Err(io::Error::other("disk full")) };
    let outcome = walk(&setting, &mut judgement, &mut prompter, &mut save).unwrap();
    assert_eq!(outcome, Outcome::Unsaved);
    assert_eq!(
        prompter
            .shown
            .iter()
            .filter(|l| l.contains("disk full"))
            .count(),
        2
    );
}
