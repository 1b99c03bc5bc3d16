//! Co-évaluation, by hand: series (roles, the structure's figures, collective
//! evaluations), divergence on shared indicators, distributions, "ne sait
//! pas" and the guards.

use super::super::*;
use crate::grid::{Grid, load};

const GRID: &str = r#"
format = 1
id = "co"
version = "1.0.0"
title = "Co"
overall = true

[scales.accord]
type = "levels"
levels = [
  { id = "non", label = "Non", score = 0 },
  { id = "moyen", label = "Moyen", score = 50 },
  { id = "plutot", label = "Plutôt", score = 75 },
  { id = "oui", label = "Oui", score = 100 },
]
[scales.oui-non]
type = "boolean"
[scales.nombre]
type = "number"
min = 0

[[domains]]
id = "d1"
label = "D1"
[[domains.criteria]]
id = "c1"
label = "C1"
weight = 2
[[domains.criteria.indicators]]
id = "accueil"
label = "Accueil"
scale = "accord"
weight = 3
[[domains.criteria.indicators]]
id = "ecoute"
label = "Écoute"
scale = "oui-non"
[[domains.criteria]]
id = "c2"
label = "C2"
[[domains.criteria.indicators]]
id = "taux"
label = "Taux"
scale = "nombre"
target = 60
baseline = 10
[[domains]]
id = "d2"
label = "D2"
[[domains.criteria]]
id = "c3"
label = "C3"
[[domains.criteria.indicators]]
id = "lien"
label = "Lien"
scale = "accord"
"#;

fn grid() -> Grid {
    let (grid, report) = load("co.toml", GRID.as_bytes());
    grid.unwrap_or_else(|| panic!("{:?}", report.findings))
}

const ACCUEIL: usize = 0;
const ECOUTE: usize = 1;
const TAUX: usize = 2;
const LIEN: usize = 3;
// Criteria and domains.
const C1: usize = 0;
const C2: usize = 1;
const D1: usize = 0;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// Rows of (action, who, answers), each counted as a response.
fn tally<'g>(
    grid: &'g Grid,
    by_role: bool,
    rows: &[(Respondent<'_>, &[(usize, Answer)])],
) -> Tally<'g> {
    let mut tally = Tally::new(grid, by_role);
    for (who, answers) in rows {
        let g = tally.group("a", Some("2025"), *who);
        tally.add_response(g);
        for (i, answer) in *answers {
            tally.add(g, *i, *answer);
        }
    }
    tally
}

fn find(d: &[Divergence], kind: NodeKind, index: usize) -> Option<&Divergence> {
    d.iter().find(|d| d.kind == kind && d.index == index)
}

/// (role, score, responses, shared) of a divergence, for comparisons.
fn sides(d: &Divergence) -> Vec<(&str, f64, u64, usize)> {
    d.roles
        .iter()
        .map(|r| (r.role.as_str(), r.score, r.responses, r.shared))
        .collect()
}

#[test]
fn a_criterion_diverges_on_the_indicators_both_roles_answered() {
    let grid = grid();
    use Answer::Value;
    let cards = tally(
        &grid,
        true,
        &[
            (
                Respondent::Role("benevole"),
                &[(ACCUEIL, Value(100.0)), (ECOUTE, Value(0.0))],
            ),
            (Respondent::Role("habitant"), &[(ACCUEIL, Value(50.0))]),
        ],
    )
    .finish();
    let benevole = cards
        .iter()
        .find(|c| c.key.role.as_deref() == Some("benevole"))
        .unwrap();
    // Its own card: c1 = (100×3 + 0×1) / 4 = 75, against the inhabitants' 50.
    assert_eq!(benevole.criteria[C1].score, Some(75.0));
    let d = divergences(&grid, &cards);
    // On the shared indicator only (accueil): 100 against 50, not 75 against 50.
    let c1 = find(&d, NodeKind::Criterion, C1).unwrap();
    assert_eq!(c1.spread, 50.0);
    assert_eq!(
        sides(c1),
        [("benevole", 100.0, 1, 1), ("habitant", 50.0, 1, 1)]
    );
    // The domain and the overall climb from that criterion alone.
    assert_eq!(find(&d, NodeKind::Domain, D1).unwrap().spread, 50.0);
    assert_eq!(find(&d, NodeKind::Overall, 0).unwrap().spread, 50.0);
    // écoute is one role's: no divergence; nor for what nobody shares.
    assert!(find(&d, NodeKind::Indicator, ECOUTE).is_none());
    assert!(find(&d, NodeKind::Criterion, C2).is_none());
    assert_eq!(
        d.iter().map(|d| (d.kind, d.index)).collect::<Vec<_>>(),
        [
            (NodeKind::Overall, 0),
            (NodeKind::Domain, D1),
            (NodeKind::Criterion, C1),
            (NodeKind::Indicator, ACCUEIL),
        ]
    );
}

#[test]
fn three_roles_each_on_what_they_share() {
    let grid = grid();
    use Answer::Value;
    let cards = tally(
        &grid,
        true,
        &[
            (
                Respondent::Role("benevole"),
                &[
                    (ACCUEIL, Value(100.0)),
                    (ECOUTE, Value(100.0)),
                    (TAUX, Value(30.0)),
                ],
            ),
            (Respondent::Role("benevole"), &[(TAUX, Value(40.0))]),
            (
                Respondent::Role("habitant"),
                &[
                    (ACCUEIL, Value(50.0)),
                    (TAUX, Value(60.0)),
                    (LIEN, Value(75.0)),
                ],
            ),
            (Respondent::Role("habitant"), &[(ACCUEIL, Value(50.0))]),
            (Respondent::Role("salarie"), &[(ECOUTE, Value(0.0))]),
            // Neither the structure's figures nor a collective evaluation
            // take part, even on what they answer.
            (
                Respondent::Structure,
                &[(ACCUEIL, Value(0.0)), (LIEN, Value(0.0))],
            ),
            (
                Respondent::Collective(Some("salarie")),
                &[(ACCUEIL, Value(0.0)), (LIEN, Value(0.0))],
            ),
        ],
    )
    .finish();
    let d = divergences(&grid, &cards);
    // Indicators: accueil 100 (1 response) vs 50 (2); écoute 100 vs 0; taux
    // mean 35 → 50 (2 responses) vs 60 → 100; lien is the inhabitants' only.
    assert_eq!(
        sides(find(&d, NodeKind::Indicator, ACCUEIL).unwrap()),
        [("benevole", 100.0, 1, 1), ("habitant", 50.0, 2, 1)]
    );
    assert_eq!(
        sides(find(&d, NodeKind::Indicator, ECOUTE).unwrap()),
        [("benevole", 100.0, 1, 1), ("salarie", 0.0, 1, 1)]
    );
    let taux = find(&d, NodeKind::Indicator, TAUX).unwrap();
    assert_eq!(taux.spread, 50.0);
    assert_eq!(
        sides(taux),
        [("benevole", 50.0, 2, 1), ("habitant", 100.0, 1, 1)]
    );
    assert!(find(&d, NodeKind::Indicator, LIEN).is_none());
    // c1: bénévoles (100×3 + 100)/4 = 100 on 2 shared; habitants 50 on
    // accueil; salariés 0 on écoute.
    let c1 = find(&d, NodeKind::Criterion, C1).unwrap();
    assert_eq!(c1.spread, 100.0);
    assert_eq!(
        sides(c1),
        [
            ("benevole", 100.0, 1, 2),
            ("habitant", 50.0, 2, 1),
            ("salarie", 0.0, 1, 1)
        ]
    );
    // c2: 50 against 100; salariés did not score it.
    assert_eq!(
        sides(find(&d, NodeKind::Criterion, C2).unwrap()),
        [("benevole", 50.0, 2, 1), ("habitant", 100.0, 1, 1)]
    );
    // d1 = (c1×2 + c2)/3: bénévoles 250/3, habitants 200/3, salariés 0
    // (c1 only).
    let d1 = find(&d, NodeKind::Domain, D1).unwrap();
    let scores: Vec<f64> = d1.roles.iter().map(|r| r.score).collect();
    assert!(close(scores[0], 250.0 / 3.0) && close(scores[1], 200.0 / 3.0));
    assert_eq!(scores[2], 0.0);
    assert!(close(d1.spread, 250.0 / 3.0));
    assert_eq!(
        d1.roles
            .iter()
            .map(|r| (r.responses, r.shared))
            .collect::<Vec<_>>(),
        [(2, 3), (2, 2), (1, 1)]
    );
    // d2 holds lien only, unshared; the overall is d1's.
    assert!(find(&d, NodeKind::Domain, 1).is_none());
    assert!(close(
        find(&d, NodeKind::Overall, 0).unwrap().spread,
        250.0 / 3.0
    ));
}

#[test]
fn responses_count_people_not_the_structures_figures() {
    let grid = grid();
    use Answer::Value;
    let cards = tally(
        &grid,
        false,
        &[
            (
                Respondent::Role("habitant"),
                &[(ACCUEIL, Value(100.0)), (ECOUTE, Value(0.0))],
            ),
            (
                Respondent::Role("benevole"),
                &[(ACCUEIL, Value(50.0)), (ECOUTE, Answer::NotApplicable)],
            ),
            (
                Respondent::Structure,
                &[(ACCUEIL, Value(0.0)), (TAUX, Value(35.0))],
            ),
        ],
    )
    .finish();
    assert_eq!(cards.len(), 1);
    let all = &cards[0];
    assert_eq!(all.key.series, Series::All);
    assert_eq!(all.responses, 3, "rows, the structure's included");
    // Accueil: three values, two from people; mean 50.
    assert_eq!(all.indicators[ACCUEIL].values, 3);
    assert_eq!(all.indicators[ACCUEIL].node.responses, 2);
    assert_eq!(all.indicators[ACCUEIL].node.score, Some(50.0));
    assert_eq!(all.indicators[ECOUTE].node.responses, 1);
    // Taux is the structure's figure: scored, no one's response.
    assert_eq!(all.indicators[TAUX].values, 1);
    assert_eq!(all.indicators[TAUX].node.score, Some(50.0));
    assert_eq!(all.indicators[TAUX].node.responses, 0);
    // Above: the most among scored indicators.
    assert_eq!(all.criteria[C1].responses, 2);
    assert_eq!(all.criteria[C2].responses, 0);
    assert_eq!(all.domains[D1].responses, 2);
    assert_eq!(all.domains[1].responses, 0, "no score, no responses");
    assert_eq!(all.overall.unwrap().responses, 2);
}

#[test]
fn distributions_favourable_and_dont_know() {
    let mut grid = grid();
    grid.scales[0].dont_know = true;
    use Answer::{DontKnow, Value};
    let accueil: Vec<(usize, Answer)> = [0.0, 50.0, 50.0, 75.0, 100.0, 100.0]
        .map(|v| (ACCUEIL, Value(v)))
        .into_iter()
        .chain([
            (ACCUEIL, DontKnow),
            (ACCUEIL, DontKnow),
            (ACCUEIL, Answer::NotApplicable),
            (ACCUEIL, Answer::Missing),
        ])
        .collect();
    let ecoute = [0.0, 100.0, 100.0, 100.0].map(|v| (ECOUTE, Value(v)));
    let lien = [(LIEN, DontKnow), (LIEN, DontKnow), (TAUX, Value(20.0))];
    let cards = tally(
        &grid,
        false,
        &[
            (Respondent::Role("habitant"), &accueil),
            (Respondent::Role("habitant"), &ecoute),
            (Respondent::Role("habitant"), &lien),
        ],
    )
    .finish();
    let accueil = &cards[0].indicators[ACCUEIL];
    // non, moyen, plutôt, oui.
    assert_eq!(accueil.distribution, [1, 2, 1, 2]);
    assert_eq!(accueil.values, 6);
    assert_eq!(accueil.dont_know, 2);
    // Above 50: plutôt and oui, 3 of 6; "moyen" (exactly 50) is not
    // favourable, and "ne sait pas" is not in the denominator.
    assert_eq!(accueil.favourable, Some(50.0));
    assert_eq!(accueil.node.score, Some(375.0 / 6.0));
    assert_eq!(accueil.node.responses, 6);
    // A boolean: no, yes.
    let ecoute = &cards[0].indicators[ECOUTE];
    assert_eq!(ecoute.distribution, [1, 3]);
    assert_eq!(ecoute.favourable, Some(75.0));
    // Only "ne sait pas": missing, scorable, not scored.
    let lien = &cards[0].indicators[LIEN];
    assert_eq!(lien.status, Status::Missing);
    assert_eq!(
        (lien.node.score, lien.node.scored, lien.node.scorable),
        (None, 0, 1)
    );
    assert_eq!(lien.distribution, [0, 0, 0, 0]);
    assert_eq!((lien.dont_know, lien.favourable), (2, None));
    assert_eq!(cards[0].domains[1].scorable, 1, "it stays in coverage");
    // Numbers have no distribution.
    let taux = &cards[0].indicators[TAUX];
    assert!(taux.distribution.is_empty() && taux.favourable.is_none());
}

#[test]
fn guards_flag_and_keep_the_score() {
    let grid = grid();
    use Answer::Value;
    let mut cards = tally(
        &grid,
        false,
        &[
            (
                Respondent::Role("habitant"),
                &[(ACCUEIL, Value(100.0)), (ECOUTE, Value(0.0))],
            ),
            (
                Respondent::Role("habitant"),
                &[(ACCUEIL, Value(50.0)), (ECOUTE, Answer::Missing)],
            ),
            (
                Respondent::Role("habitant"),
                &[(ACCUEIL, Value(75.0)), (LIEN, Answer::Missing)],
            ),
            (Respondent::Structure, &[(TAUX, Value(60.0))]),
        ],
    )
    .finish();
    let before = cards.clone();
    apply_guards(
        &mut cards,
        Guards {
            min_responses: 3,
            min_coverage: 0.8,
        },
    );
    let all = &cards[0];
    let flags = |nodes: &[&NodeScore]| nodes.iter().map(|n| n.flag.as_str()).collect::<Vec<_>>();
    // Accueil rests on 3 responses: enough; écoute on 1.
    assert_eq!(
        flags(&[
            &all.indicators[ACCUEIL].node,
            &all.indicators[ECOUTE].node,
            &all.indicators[TAUX].node,
            &all.indicators[LIEN].node,
        ]),
        ["", "low-responses", "", ""],
        "the structure's figure and a node without a score are not flagged"
    );
    // c1: 2/2, 3 responses; d1: 3/3; d2: no score; overall 3/4 < 0.8.
    assert_eq!(flags(&[&all.criteria[C1], &all.domains[D1]]), ["", ""]);
    assert_eq!(all.domains[1].flag, Flag::default());
    assert_eq!(all.overall.unwrap().flag.as_str(), "low-coverage");
    // Both at once.
    let mut again = before.clone();
    apply_guards(
        &mut again,
        Guards {
            min_responses: 5,
            min_coverage: 0.8,
        },
    );
    assert_eq!(
        again[0].overall.unwrap().flag.as_str(),
        "low-responses low-coverage"
    );
    // 3/4 is not below 0.75.
    apply_guards(
        &mut again,
        Guards {
            min_responses: 0,
            min_coverage: 0.75,
        },
    );
    assert!(!again[0].overall.unwrap().flag.any());
    // The scores are those of the unguarded run.
    let scores = |c: &Scorecard| {
        c.indicators
            .iter()
            .map(|i| i.node.score)
            .chain(
                c.criteria
                    .iter()
                    .chain(&c.domains)
                    .chain(&c.overall)
                    .map(|n| n.score),
            )
            .collect::<Vec<_>>()
    };
    assert_eq!(scores(&cards[0]), scores(&before[0]));
    // Guards off (the `score` default) flag nothing.
    let mut off = before;
    apply_guards(&mut off, Guards::default());
    assert!(off[0].indicators.iter().all(|i| !i.node.flag.any()));
    assert!(!off[0].overall.unwrap().flag.any());
}

#[test]
fn the_all_card_is_the_same_with_or_without_roles_split() {
    let grid = grid();
    use Answer::{DontKnow, Value};
    let rows: &[(Respondent<'_>, &[(usize, Answer)])] = &[
        (
            Respondent::Role("habitant"),
            &[
                (ACCUEIL, Value(100.0)),
                (ECOUTE, Value(0.0)),
                (TAUX, Value(0.1)),
            ],
        ),
        (
            Respondent::Role("benevole"),
            &[(ACCUEIL, Value(50.0)), (TAUX, Value(0.2)), (LIEN, DontKnow)],
        ),
        (
            Respondent::Structure,
            &[(TAUX, Value(0.3)), (LIEN, Value(75.0))],
        ),
        (
            Respondent::Role("habitant"),
            &[(ACCUEIL, Value(75.0)), (ECOUTE, Answer::NotApplicable)],
        ),
        (
            Respondent::Collective(Some("salarie")),
            &[(ACCUEIL, Value(0.0)), (LIEN, Value(0.0))],
        ),
        (Respondent::Collective(None), &[(ACCUEIL, Value(0.0))]),
    ];
    let pooled = tally(&grid, false, rows).finish();
    let split = tally(&grid, true, rows).finish();
    let series = |cards: &[Scorecard]| {
        cards
            .iter()
            .map(|c| (c.key.series, c.key.role.clone()))
            .collect::<Vec<_>>()
    };
    let role = |r: &str| Some(r.to_owned());
    assert_eq!(
        series(&pooled),
        [(Series::All, None), (Series::Collective, None)],
        "collective evaluations pool into one card of their own"
    );
    assert_eq!(
        series(&split),
        [
            (Series::All, None),
            (Series::Role, role("benevole")),
            (Series::Role, role("habitant")),
            (Series::Collective, None),
            (Series::Collective, role("salarie")),
        ],
        "the structure's figures are no role"
    );
    // The same card, bit for bit, responses included.
    assert_eq!(pooled[0], split[0]);
    let all = &pooled[0];
    assert_eq!(all.responses, 4, "collective evaluations are not in it");
    assert_eq!(all.indicators[ACCUEIL].node.score, Some(75.0));
    assert_eq!(all.indicators[LIEN].node.responses, 0);
    assert_eq!(all.indicators[LIEN].dont_know, 1);
    // A collective evaluation is its own series: one response, its own
    // answers.
    let collective = &split[4];
    assert_eq!(collective.responses, 1);
    assert_eq!(collective.indicators[ACCUEIL].node.score, Some(0.0));
    assert_eq!(collective.indicators[ACCUEIL].node.responses, 1);
}

#[test]
fn kept_texts_are_the_same_with_or_without_roles_split() {
    let grid = grid();
    let run = |by_role: bool| {
        let mut tally = Tally::new(&grid, by_role);
        tally.keep_texts();
        // 600 comments on accueil, every third one the structure's, the
        // others alternating between two roles: more than are kept.
        for line in 1..=600u64 {
            let who = match line % 3 {
                0 => Respondent::Structure,
                1 => Respondent::Role("habitant"),
                _ => Respondent::Role("benevole"),
            };
            let g = tally.group("a", None, who);
            tally.add_text(
                g,
                Verbatim {
                    indicator: Some(ACCUEIL),
                    source: 0,
                    line: 601 - line,
                    comment: true,
                    text: format!("c{line}"),
                },
            );
        }
        tally.finish()
    };
    let (pooled, split) = (run(false), run(true));
    assert_eq!(pooled[0].texts, split[0].texts);
    let lines: Vec<u64> = split[0].texts.iter().map(|v| v.line).collect();
    assert_eq!(lines, (1..=200).collect::<Vec<_>>(), "the first 200");
    // A role's card keeps its own.
    assert!(split[1].texts.iter().all(|v| (601 - v.line) % 3 == 2));
}

/// The test grid, naming its roles `habitant` and `salarie`.
fn grid_naming_roles() -> Grid {
    let mut grid = grid();
    grid.roles = ["habitant", "salarie"]
        .map(|id| crate::grid::model::Role {
            id: id.into(),
            label: crate::grid::model::Text::new(id),
            description: None,
            aliases: Vec::new(),
        })
        .into();
    grid
}

#[test]
fn a_role_is_not_counted_short_for_what_it_is_not_asked() {
    let mut grid = grid_naming_roles();
    // The number is the structure's business: staff only.
    grid.domains[0].criteria[1].indicators[0].roles = Some(vec!["salarie".into()]);
    let mut tally = Tally::new(&grid, true);
    let g = tally.group("a", None, Respondent::Role("habitant"));
    tally.add(g, ACCUEIL, Answer::Value(100.0));
    tally.add(g, TAUX, Answer::Missing);
    let g = tally.group("a", None, Respondent::Role("salarie"));
    tally.add(g, TAUX, Answer::Missing);
    let cards = tally.finish();
    let habitant = cards
        .iter()
        .find(|c| c.key.role.as_deref() == Some("habitant"))
        .unwrap();
    // Not asked and unanswered: sans objet for this role, out of coverage.
    assert_eq!(habitant.indicators[TAUX].status, Status::NotApplicable);
    assert_eq!(
        (habitant.criteria[C2].scored, habitant.criteria[C2].scorable),
        (0, 0)
    );
    // Asked and unanswered: a gap, which coverage shows.
    let salarie = cards
        .iter()
        .find(|c| c.key.role.as_deref() == Some("salarie"))
        .unwrap();
    assert_eq!(salarie.indicators[TAUX].status, Status::Missing);
    assert_eq!(
        (salarie.criteria[C2].scored, salarie.criteria[C2].scorable),
        (0, 1)
    );
}

#[test]
fn a_role_the_grid_does_not_name_takes_no_part_in_divergence() {
    let grid = grid_naming_roles();
    let mut tally = Tally::new(&grid, true);
    for (role, score) in [("habitant", 100.0), ("salarie", 50.0), ("stagiaire", 0.0)] {
        let g = tally.group("a", None, Respondent::Role(role));
        tally.add(g, ACCUEIL, Answer::Value(score));
    }
    let cards = tally.finish();
    // Still its own series, so that nothing read is hidden...
    assert!(
        cards
            .iter()
            .any(|c| c.key.role.as_deref() == Some("stagiaire"))
    );
    // ...but the spread is the grid's roles' only.
    let d = divergences(&grid, &cards);
    let accueil = d
        .iter()
        .find(|d| d.kind == NodeKind::Indicator && d.index == ACCUEIL)
        .unwrap();
    assert!(close(accueil.spread, 50.0));
    assert_eq!(accueil.roles.len(), 2);
}
