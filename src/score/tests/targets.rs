//! Agreed targets, computed by hand: they change the groups they name, and
//! only those; the most specific one wins; `check` refuses what cannot be
//! used.

use super::*;
use crate::score::targets::{AgreedTarget, check};

fn agreed(
    indicator: &str,
    action: Option<&str>,
    period: Option<&str>,
    target: f64,
) -> AgreedTarget {
    AgreedTarget {
        indicator: indicator.to_owned(),
        action: action.map(str::to_owned),
        period: period.map(str::to_owned),
        target,
        baseline: None,
        agreed_with: None,
        date: None,
    }
}

/// Every (action, period) gets the structure's `values`, scored against
/// `targets`.
fn score(
    grid: &Grid,
    targets: Vec<AgreedTarget>,
    groups: &[(&str, Option<&str>)],
    values: &[(usize, f64)],
) -> Vec<Scorecard> {
    let mut tally = Tally::new(grid, false).with_targets(targets);
    for &(action, period) in groups {
        let g = tally.group(action, period, Respondent::Structure);
        tally.add_response(g);
        for &(indicator, value) in values {
            tally.add(g, indicator, Answer::Value(value));
        }
    }
    tally.finish()
}

fn card<'a>(cards: &'a [Scorecard], action: &str, period: Option<&str>) -> &'a Scorecard {
    cards
        .iter()
        .find(|c| {
            c.key.action == action
                && c.key.period.as_deref() == period
                && c.key.series == Series::All
        })
        .unwrap()
}

#[test]
fn an_agreed_target_changes_that_actions_score_and_only_its() {
    let grid = grid();
    let mut target = agreed("taux", Some("A"), None, 85.0);
    target.agreed_with = Some("Caf".into());
    target.date = Some("2025-01-15".into());
    let cards = score(
        &grid,
        vec![target],
        &[("A", None), ("B", None)],
        &[(TAUX, 35.0)],
    );
    let (a, b) = (card(&cards, "A", None), card(&cards, "B", None));
    // A: (35 − 10) / (85 − 10) = 1/3 with the grid's baseline 10.
    assert!(close(a.indicators[TAUX].node.score, 100.0 / 3.0));
    // B keeps the grid's: (35 − 10) / (60 − 10) = 50.
    assert!(close(b.indicators[TAUX].node.score, 50.0));
    // The criterion and everything above follow, for A only.
    assert!(close(a.criteria[1].score, 100.0 / 3.0));
    assert!(close(b.criteria[1].score, 50.0));
    let used = a.indicators[TAUX].target.as_ref().unwrap();
    assert_eq!((used.target, used.baseline), (85.0, 10.0));
    let agreement = used.agreed.as_ref().unwrap();
    assert_eq!(agreement.with.as_deref(), Some("Caf"));
    assert_eq!(agreement.date.as_deref(), Some("2025-01-15"));
    let grid_target = b.indicators[TAUX].target.as_ref().unwrap();
    assert_eq!((grid_target.target, grid_target.baseline), (60.0, 10.0));
    assert!(grid_target.agreed.is_none());
    // Bands and levels have no target to report.
    assert!(a.indicators[BANDES].target.is_none());
    assert!(a.indicators[ACCORD].target.is_none());
}

#[test]
fn the_most_specific_agreed_target_wins() {
    let grid = grid();
    let mut both = agreed("taux", Some("A"), Some("2025"), 60.0);
    both.baseline = Some(0.0);
    // Written least specific last, to show order does not decide.
    let targets = vec![
        both,
        agreed("taux", None, Some("2025"), 110.0),
        agreed("taux", Some("A"), None, 85.0),
        agreed("taux", None, None, 20.0),
    ];
    let groups = [
        ("A", Some("2025")),
        ("A", Some("2024")),
        ("B", Some("2025")),
        ("B", Some("2024")),
    ];
    let cards = score(&grid, targets, &groups, &[(TAUX, 35.0)]);
    let taux = |action, period| card(&cards, action, period).indicators[TAUX].node.score;
    // Action and period: 35 / 60 from an agreed baseline 0.
    assert!(close(taux("A", Some("2025")), 3500.0 / 60.0));
    // Action: 25 / 75.
    assert!(close(taux("A", Some("2024")), 100.0 / 3.0));
    // Period: 25 / 100.
    assert!(close(taux("B", Some("2025")), 25.0));
    // Every action and period: 25 / 10, clamped.
    assert!(close(taux("B", Some("2024")), 100.0));
}

#[test]
fn an_agreed_baseline_replaces_the_grids_and_direction_follows() {
    let grid = grid();
    // `delai`: lower is better, 7 from 30 in the grid; the median is 20.
    let keeps = agreed("delai", Some("A"), None, 10.0);
    let mut own = agreed("delai", Some("B"), None, 10.0);
    own.baseline = Some(40.0);
    let cards = score(
        &grid,
        vec![keeps, own],
        &[("A", None), ("B", None), ("C", None)],
        &[(DELAI, 20.0)],
    );
    // A: the grid's baseline 30: (20 − 30) / (10 − 30) = 50.
    assert!(close(
        card(&cards, "A", None).indicators[DELAI].node.score,
        50.0
    ));
    // B: (20 − 40) / (10 − 40) = 2/3.
    assert!(close(
        card(&cards, "B", None).indicators[DELAI].node.score,
        200.0 / 3.0
    ));
    // C: the grid's 7 from 30: (20 − 30) / (7 − 30) = 10/23.
    assert!(close(
        card(&cards, "C", None).indicators[DELAI].node.score,
        1000.0 / 23.0
    ));
}

#[test]
fn a_descriptive_indicator_is_scored_where_a_target_is_agreed_only() {
    let grid = grid();
    let cards = score(
        &grid,
        vec![agreed("effectif", Some("A"), None, 40.0)],
        &[("A", None), ("B", None)],
        &[(DELAI, 7.0), (EFFECTIF, 10.0)],
    );
    let (a, b) = (card(&cards, "A", None), card(&cards, "B", None));
    // From the scale's min 0: 10 / 40.
    assert!(close(a.indicators[EFFECTIF].node.score, 25.0));
    assert_eq!((a.criteria[2].scored, a.criteria[2].scorable), (2, 2));
    // c3: (100 + 25) / 2 for A; B's stays the delay's alone.
    assert!(close(a.criteria[2].score, 62.5));
    assert_eq!(b.indicators[EFFECTIF].node.score, None);
    assert_eq!(b.indicators[EFFECTIF].value, Some(10.0));
    assert_eq!((b.criteria[2].scored, b.criteria[2].scorable), (1, 1));
    assert!(close(b.criteria[2].score, 100.0));
    assert!(b.indicators[EFFECTIF].target.is_none());
    // The whole grid's coverage counts one more indicator for A only.
    let (oa, ob) = (a.overall.unwrap(), b.overall.unwrap());
    assert_eq!(oa.scorable, ob.scorable + 1);
}

#[test]
fn roles_and_collectives_of_an_action_share_its_agreed_target() {
    let grid = grid();
    let mut tally =
        Tally::new(&grid, true).with_targets(vec![agreed("taux", Some("A"), None, 85.0)]);
    for who in [
        Respondent::Role("habitant"),
        Respondent::Collective(None),
        Respondent::Structure,
    ] {
        let g = tally.group("A", None, who);
        tally.add_response(g);
        tally.add(g, TAUX, Answer::Value(35.0));
    }
    let cards = tally.finish();
    assert_eq!(cards.len(), 3);
    for card in &cards {
        assert!(
            close(card.indicators[TAUX].node.score, 100.0 / 3.0),
            "{:?}",
            card.key
        );
    }
}

#[test]
fn check_refuses_what_cannot_be_used() {
    let grid = grid();
    let good = vec![
        agreed("taux", Some("A"), None, 85.0),
        agreed("taux", None, Some("2025"), 85.0),
        agreed("effectif", None, None, 40.0),
        agreed("bandes", Some("A"), Some("2025"), 12.0),
    ];
    assert_eq!(check(&grid, &good), Vec::new());
    let mut nan_baseline = agreed("delai", Some("B"), None, 10.0);
    nan_baseline.baseline = Some(f64::NAN);
    let bad = vec![
        agreed("tuax", None, None, 85.0),
        agreed("accord", None, None, 85.0),
        agreed("taux", None, None, 10.0),
        agreed("delai", None, None, f64::INFINITY),
        nan_baseline,
        agreed("taux", Some("A"), None, 85.0),
        agreed("taux", Some("A"), None, 90.0),
    ];
    let problems: Vec<(usize, &str, Option<usize>)> = check(&grid, &bad)
        .iter()
        .map(|p| (p.entry, p.code.as_str(), p.other))
        .collect();
    assert_eq!(
        problems,
        [
            (0, "unknown-indicator", None),
            (1, "field-not-applicable", None),
            (2, "target-equals-baseline", None),
            (3, "invalid-value", None),
            (4, "invalid-value", None),
            (6, "duplicate-target", Some(5)),
        ]
    );
}
