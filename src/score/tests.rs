//! The scoring arithmetic, rule by rule (SPEC "Scoring").

use super::*;
use crate::grid::{Grid, load};

mod co_evaluation;
mod targets;

const GRID: &str = r#"
format = 1
id = "t"
version = "1.0.0"
title = "T"
overall = true

[scales.accord]
type = "levels"
levels = [
  { id = "non", label = "Non", score = 0 },
  { id = "un-peu", label = "Un peu", score = 40 },
  { id = "oui", label = "Oui", score = 100 },
]
[scales.oui-non]
type = "boolean"
[scales.nombre]
type = "number"
min = 0
[scales.texte]
type = "text"

[[domains]]
id = "d1"
label = "D1"
weight = 3
[[domains.criteria]]
id = "c1"
label = "C1"
weight = 2
[[domains.criteria.indicators]]
id = "accord"
label = "A"
scale = "accord"
weight = 3
[[domains.criteria.indicators]]
id = "bool"
label = "B"
scale = "oui-non"
[[domains.criteria]]
id = "c2"
label = "C2"
[[domains.criteria.indicators]]
id = "taux"
label = "T"
scale = "nombre"
target = 60
baseline = 10
[[domains.criteria.indicators]]
id = "bandes"
label = "Bandes"
scale = "nombre"
aggregate = "sum"
bands = [{ from = 0, score = 0 }, { from = 5, score = 50 }, { from = 10, score = 100 }]
[[domains]]
id = "d2"
label = "D2"
[[domains.criteria]]
id = "c3"
label = "C3"
[[domains.criteria.indicators]]
id = "delai"
label = "Délai"
scale = "nombre"
direction = "lower"
target = 7
baseline = 30
aggregate = "median"
[[domains.criteria.indicators]]
id = "effectif"
label = "Effectif"
scale = "nombre"
[[domains.criteria.indicators]]
id = "verbatim"
label = "V"
scale = "texte"
"#;

fn grid() -> Grid {
    let (grid, report) = load("t.toml", GRID.as_bytes());
    grid.unwrap_or_else(|| panic!("{:?}", report.findings))
}

const ACCORD: usize = 0;
const BOOL: usize = 1;
const TAUX: usize = 2;
const BANDES: usize = 3;
const DELAI: usize = 4;
const EFFECTIF: usize = 5;
const VERBATIM: usize = 6;

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn number_scoring() {
    let linear = Scoring::Linear {
        target: 60.0,
        baseline: 10.0,
    };
    assert_eq!(score_number(&linear, 35.0), Some(50.0));
    assert_eq!(score_number(&linear, 0.0), Some(0.0), "clamped below");
    assert_eq!(score_number(&linear, 80.0), Some(100.0), "clamped above");
    let lower = Scoring::Linear {
        target: 7.0,
        baseline: 30.0,
    };
    assert_eq!(score_number(&lower, 7.0), Some(100.0));
    assert_eq!(score_number(&lower, 30.0), Some(0.0));
    assert!(close(score_number(&lower, 18.5), 50.0));
    let bands = Scoring::Bands(vec![
        crate::grid::model::Band {
            from: 0.0,
            score: 10.0,
        },
        crate::grid::model::Band {
            from: 5.0,
            score: 50.0,
        },
    ]);
    assert_eq!(
        score_number(&bands, -1.0),
        Some(0.0),
        "below the first band"
    );
    assert_eq!(score_number(&bands, 4.9), Some(10.0));
    assert_eq!(score_number(&bands, 5.0), Some(50.0));
    assert_eq!(score_number(&Scoring::Descriptive, 5.0), None);
}

#[test]
fn several_responses_and_weighted_means() {
    let grid = grid();
    let mut tally = Tally::new(&grid, false);
    let g = tally.group("ateliers", None, Respondent::Role("participant"));
    for (i, a) in [
        (ACCORD, Answer::Value(100.0)),
        (ACCORD, Answer::Value(40.0)),
        (ACCORD, Answer::NotApplicable),
        (ACCORD, Answer::Missing),
        (BOOL, Answer::Value(0.0)),
        (BOOL, Answer::Value(100.0)),
        (BOOL, Answer::Value(100.0)),
        (BOOL, Answer::Value(100.0)),
        (TAUX, Answer::Value(20.0)),
        (TAUX, Answer::Value(40.0)),
        (BANDES, Answer::Value(3.0)),
        (BANDES, Answer::Value(4.0)),
        (DELAI, Answer::Value(10.0)),
        (DELAI, Answer::Value(60.0)),
        (DELAI, Answer::Value(12.0)),
        (DELAI, Answer::Value(14.0)),
        (EFFECTIF, Answer::Value(12.0)),
        (VERBATIM, Answer::Text),
    ] {
        tally.add(g, i, a);
    }
    let cards = tally.finish();
    let card = &cards[0];
    assert_eq!(card.key.role, None, "roles pool without --by role");
    // Levels: mean of the values; N/A and missing count for nothing.
    assert!(close(card.indicators[ACCORD].node.score, 70.0));
    assert!(close(card.indicators[BOOL].node.score, 75.0));
    // Numbers: aggregate the raw values, then score: mean 30 → (30-10)/50.
    assert!(close(card.indicators[TAUX].value, 30.0));
    assert!(close(card.indicators[TAUX].node.score, 40.0));
    // Sum 7 falls in the band from 5.
    assert!(close(card.indicators[BANDES].node.score, 50.0));
    // Median of 10, 12, 14, 60 is 13: (30-13)/(30-7).
    assert!(close(card.indicators[DELAI].value, 13.0));
    assert!(close(
        card.indicators[DELAI].node.score,
        100.0 * 17.0 / 23.0
    ));
    // Descriptive and text: reported, never scored, not scorable.
    assert!(close(card.indicators[EFFECTIF].value, 12.0));
    assert_eq!(
        card.indicators[EFFECTIF].node,
        NodeScore {
            score: None,
            scored: 0,
            scorable: 0,
            responses: card.indicators[EFFECTIF].values,
            flag: Flag::default(),
        }
    );
    assert_eq!(card.indicators[VERBATIM].node.scorable, 0);
    // Criterion c1: (70×3 + 75×1) / 4.
    assert!(close(card.criteria[0].score, 71.25));
    // Criterion c2: (40 + 50) / 2.
    assert!(close(card.criteria[1].score, 45.0));
    // Domain d1: (71.25×2 + 45×1) / 3.
    assert!(close(card.domains[0].score, 62.5));
    assert_eq!((card.domains[0].scored, card.domains[0].scorable), (4, 4));
    // Overall: (62.5×3 + d2×1) / 4.
    let d2 = 100.0 * 17.0 / 23.0;
    assert!(close(card.overall.unwrap().score, (62.5 * 3.0 + d2) / 4.0));
}

#[test]
fn no_score_is_never_zero_and_na_leaves_coverage() {
    let grid = grid();
    let mut tally = Tally::new(&grid, false);
    let g = tally.group("a", Some("2024"), Respondent::Structure);
    tally.add(g, ACCORD, Answer::NotApplicable);
    tally.add(g, BOOL, Answer::Missing);
    tally.add(g, TAUX, Answer::Value(60.0));
    let card = &tally.finish()[0];
    assert_eq!(card.indicators[ACCORD].status, Status::NotApplicable);
    assert_eq!(
        card.indicators[ACCORD].node,
        NodeScore {
            score: None,
            scored: 0,
            scorable: 0,
            responses: 0,
            flag: Flag::default(),
        }
    );
    assert_eq!(card.indicators[BOOL].status, Status::Missing);
    assert_eq!(
        card.indicators[BOOL].node,
        NodeScore {
            score: None,
            scored: 0,
            scorable: 1,
            responses: 0,
            flag: Flag::default(),
        }
    );
    assert_eq!(
        card.criteria[0],
        NodeScore {
            score: None,
            scored: 0,
            scorable: 1,
            responses: 0,
            flag: Flag::default(),
        }
    );
    assert_eq!(card.criteria[1].score, Some(100.0));
    assert_eq!(
        card.domains[0].score,
        Some(100.0),
        "only criteria with a score count"
    );
    assert_eq!((card.domains[0].scored, card.domains[0].scorable), (1, 3));
    assert_eq!(card.domains[1].score, None);
    assert_eq!((card.domains[1].scored, card.domains[1].scorable), (0, 1));
}

#[test]
fn a_value_beats_na_and_na_beats_missing() {
    let grid = grid();
    let mut tally = Tally::new(&grid, false);
    let g = tally.group("a", None, Respondent::Structure);
    tally.add(g, ACCORD, Answer::Missing);
    tally.add(g, ACCORD, Answer::NotApplicable);
    tally.add(g, BOOL, Answer::NotApplicable);
    tally.add(g, BOOL, Answer::Value(0.0));
    let card = &tally.finish()[0];
    assert_eq!(card.indicators[ACCORD].status, Status::NotApplicable);
    assert_eq!(card.indicators[BOOL].status, Status::Scored);
    assert_eq!(
        card.indicators[BOOL].node.score,
        Some(0.0),
        "zero is a value"
    );
}

#[test]
fn roles_split_and_diverge() {
    let grid = grid();
    let mut tally = Tally::new(&grid, true);
    for (role, score) in [
        ("participant", 100.0),
        ("benevole", 40.0),
        ("salarie", 70.0),
    ] {
        let g = tally.group("ateliers", Some("2024"), Respondent::Role(role));
        tally.add(g, ACCORD, Answer::Value(score));
    }
    let g = tally.group("debats", Some("2024"), Respondent::Role("participant"));
    tally.add(g, ACCORD, Answer::Value(0.0));
    let cards = tally.finish();
    // Per action, the `All` card and one card per role.
    assert_eq!(cards.len(), 6);
    assert_eq!(
        cards.iter().map(|c| c.key.series).collect::<Vec<_>>(),
        [
            Series::All,
            Series::Role,
            Series::Role,
            Series::Role,
            Series::All,
            Series::Role
        ]
    );
    let divergences = divergences(&grid, &cards);
    let accord = divergences
        .iter()
        .find(|d| d.kind == NodeKind::Indicator && d.index == ACCORD)
        .unwrap();
    assert_eq!(accord.action, "ateliers");
    assert!((accord.spread - 60.0).abs() < 1e-9);
    assert_eq!(accord.roles.len(), 3);
    assert!(
        divergences.iter().all(|d| d.action == "ateliers"),
        "one role: no divergence"
    );
}

#[test]
fn merging_tallies_equals_one_tally() {
    let grid = grid();
    let answers: Vec<(usize, Answer)> = (0..40)
        .map(|i| {
            (
                i % 7,
                if i % 5 == 0 {
                    Answer::NotApplicable
                } else {
                    Answer::Value((i * 7 % 13) as f64)
                },
            )
        })
        .collect();
    let mut one = Tally::new(&grid, false);
    let mut a = Tally::new(&grid, false);
    let mut b = Tally::new(&grid, false);
    for (n, (i, answer)) in answers.iter().enumerate() {
        let g = one.group("x", None, Respondent::Structure);
        one.add(g, *i, *answer);
        let part = if n % 2 == 0 { &mut a } else { &mut b };
        let g = part.group("x", None, Respondent::Structure);
        part.add(g, *i, *answer);
    }
    a.merge(b);
    let (x, y) = (one.finish(), a.finish());
    assert_eq!(x.len(), y.len());
    for (p, q) in x[0].indicators.iter().zip(&y[0].indicators) {
        assert_eq!(p.status, q.status);
        assert_eq!(p.node.scored, q.node.scored);
        assert!(
            p.node
                .score
                .zip(q.node.score)
                .is_none_or(|(s, t)| (s - t).abs() < 1e-9)
        );
    }
}

#[test]
fn sums_and_kept_texts_do_not_depend_on_arrival_order() {
    let grid = grid();
    // Lines 1..=500, tallied forwards in one tally, and backwards split
    // over three tallies merged in another order.
    let feed = |tally: &mut Tally<'_>, lines: &mut dyn Iterator<Item = u64>| {
        for line in lines {
            let g = tally.group("A", None, Respondent::Structure);
            tally.add(
                g,
                BANDES,
                Answer::Value(if line % 2 == 0 { 1e17 } else { -1e17 }),
            );
            tally.add(g, BANDES, Answer::Value(0.1));
            tally.add_text(
                g,
                Verbatim {
                    indicator: Some(VERBATIM),
                    source: 0,
                    line,
                    comment: false,
                    text: format!("t{line}"),
                },
            );
        }
    };
    let mut forward = Tally::new(&grid, false);
    forward.keep_texts();
    feed(&mut forward, &mut (1..=500));
    let mut parts: Vec<Tally<'_>> = (0..3)
        .map(|_| {
            let mut t = forward.empty_like();
            t.keep_texts();
            t
        })
        .collect();
    for (i, part) in parts.iter_mut().enumerate() {
        feed(part, &mut (1..=500).rev().filter(|l| l % 3 == i as u64));
    }
    let mut backward = parts.pop().unwrap();
    for part in parts {
        backward.merge(part);
    }
    let (forward, backward) = (forward.finish(), backward.finish());
    assert_eq!(forward, backward);
    // 250 × 1e17 − 250 × 1e17 + 500 × 0.1, exactly.
    assert_eq!(forward[0].indicators[BANDES].value, Some(50.0));
    let lines: Vec<u64> = forward[0].texts.iter().map(|v| v.line).collect();
    assert_eq!(
        lines,
        (1..=200).collect::<Vec<_>>(),
        "the first 200, in order"
    );
}
