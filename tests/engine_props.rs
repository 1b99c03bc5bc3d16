//! Invariants of the scoring engine, over random answers and weights.

use proptest::prelude::*;
use utilsoc::grid::{Grid, load};
use utilsoc::score::{Answer, Divergence, Respondent, Scorecard, Series, Tally, divergences};

/// A grid with every kind of scoring; `w` gives the weights, in order: two
/// domains, three criteria, six indicators.
fn grid(w: &[f64; 11], overall: bool) -> Grid {
    let source = format!(
        r#"
format = 1
id = "p"
version = "1.0.0"
title = "P"
overall = {overall}
[scales.accord]
type = "levels"
levels = [{{ id = "a", label = "A", score = 0 }}, {{ id = "b", label = "B", score = 40 }}, {{ id = "c", label = "C", score = 90 }}, {{ id = "d", label = "D", score = 10 }}]
[scales.oui-non]
type = "boolean"
[scales.n]
type = "number"
min = 0
max = 100
[[domains]]
id = "d1"
label = "D1"
weight = {}
[[domains.criteria]]
id = "c1"
label = "C1"
weight = {}
[[domains.criteria.indicators]]
id = "i1"
label = "I1"
scale = "accord"
weight = {}
[[domains.criteria.indicators]]
id = "i2"
label = "I2"
scale = "oui-non"
weight = {}
[[domains.criteria]]
id = "c2"
label = "C2"
weight = {}
[[domains.criteria.indicators]]
id = "i3"
label = "I3"
scale = "n"
target = 60
baseline = 10
weight = {}
[[domains.criteria.indicators]]
id = "i4"
label = "I4"
scale = "n"
aggregate = "median"
direction = "lower"
target = 5
baseline = 80
weight = {}
[[domains]]
id = "d2"
label = "D2"
weight = {}
[[domains.criteria]]
id = "c3"
label = "C3"
weight = {}
[[domains.criteria.indicators]]
id = "i5"
label = "I5"
scale = "n"
aggregate = "max"
bands = [{{ from = 0, score = 20 }}, {{ from = 30, score = 70 }}, {{ from = 70, score = 100 }}]
weight = {}
[[domains.criteria.indicators]]
id = "i6"
label = "I6"
scale = "n"
aggregate = "sum"
target = 200
weight = {}
"#,
        w[0], w[2], w[5], w[6], w[3], w[7], w[8], w[1], w[4], w[9], w[10]
    );
    let (grid, report) = load("p.toml", source.as_bytes());
    grid.unwrap_or_else(|| panic!("{:?}", report.findings))
}

/// One response: group (action, role) and answers to indicators. Role
/// [`STRUCTURE`] is the structure's figures, [`COLLECTIVE`] a collective
/// evaluation.
#[derive(Clone, Debug)]
struct Row {
    action: u8,
    role: u8,
    answers: Vec<(usize, Answer)>,
}

fn answer_for(indicator: usize) -> BoxedStrategy<Answer> {
    let value = match indicator {
        0 => prop::sample::select(vec![0.0, 40.0, 90.0, 10.0]).boxed(),
        1 => prop::sample::select(vec![0.0, 100.0]).boxed(),
        _ => (0u32..=100).prop_map(f64::from).boxed(),
    };
    prop_oneof![
        6 => value.prop_map(Answer::Value),
        1 => Just(Answer::NotApplicable),
        1 => Just(Answer::Missing),
        1 => Just(if indicator < 2 { Answer::DontKnow } else { Answer::Missing }),
    ]
    .boxed()
}

const STRUCTURE: u8 = 3;
const COLLECTIVE: u8 = 4;

fn rows() -> impl Strategy<Value = Vec<Row>> {
    let role = prop_oneof![6 => 0u8..3, 1 => Just(STRUCTURE), 1 => Just(COLLECTIVE)];
    let row = (0u8..3, role, prop::collection::vec(any::<bool>(), 6)).prop_flat_map(
        |(action, role, present)| {
            let answers: Vec<BoxedStrategy<(usize, Answer)>> = present
                .iter()
                .enumerate()
                .filter(|(_, p)| **p)
                .map(|(i, _)| answer_for(i).prop_map(move |a| (i, a)).boxed())
                .collect();
            answers.prop_map(move |answers| Row {
                action,
                role,
                answers,
            })
        },
    );
    prop::collection::vec(row, 0..40)
}

fn score(grid: &Grid, rows: &[Row], by_role: bool) -> Vec<Scorecard> {
    score_named(grid, rows, by_role, &|role| format!("r{role}"))
}

/// Scores `rows`, naming role `n` `name(n)`.
fn score_named(
    grid: &Grid,
    rows: &[Row],
    by_role: bool,
    name: &dyn Fn(u8) -> String,
) -> Vec<Scorecard> {
    let mut tally = Tally::new(grid, by_role);
    feed(&mut tally, rows, name);
    tally.finish()
}

fn feed(tally: &mut Tally<'_>, rows: &[Row], name: &dyn Fn(u8) -> String) {
    for row in rows {
        let role = name(row.role);
        let who = match row.role {
            STRUCTURE => Respondent::Structure,
            COLLECTIVE => Respondent::Collective(Some(&role)),
            _ => Respondent::Role(&role),
        };
        let g = tally.group(&format!("a{}", row.action), None, who);
        tally.add_response(g);
        for (i, a) in &row.answers {
            tally.add(g, *i, *a);
        }
    }
}

/// A role's side of a divergence: role, score bits, responses, shared.
type Side = (String, u64, u64, usize);

/// Each divergence as (action, node, spread, its roles' scores by role).
fn spreads(
    d: &[Divergence],
    rename: &dyn Fn(&str) -> String,
) -> Vec<(String, String, u64, Vec<Side>)> {
    let mut out: Vec<_> = d
        .iter()
        .map(|d| {
            let mut roles: Vec<_> = d
                .roles
                .iter()
                .map(|r| (rename(&r.role), r.score.to_bits(), r.responses, r.shared))
                .collect();
            roles.sort();
            (
                d.action.clone(),
                format!("{}{}", d.kind.as_str(), d.index),
                d.spread.to_bits(),
                roles,
            )
        })
        .collect();
    out.sort();
    out
}

/// Every score of every node, in a fixed order.
fn scores(cards: &[Scorecard]) -> Vec<Option<f64>> {
    cards
        .iter()
        .flat_map(|c| {
            c.overall
                .iter()
                .chain(&c.domains)
                .chain(&c.criteria)
                .chain(c.indicators.iter().map(|i| &i.node))
                .map(|n| n.score)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn same(a: &[Option<f64>], b: &[Option<f64>]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        })
}

fn weights() -> impl Strategy<Value = [f64; 11]> {
    prop::array::uniform11((1u32..=10).prop_map(|w| f64::from(w) / 2.0))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn scores_stay_within_0_and_100(rows in rows(), w in weights(), by_role: bool) {
        let grid = grid(&w, true);
        for s in scores(&score(&grid, &rows, by_role)).into_iter().flatten() {
            prop_assert!((0.0..=100.0).contains(&s), "{s}");
        }
    }

    #[test]
    fn shuffling_rows_changes_nothing(rows in rows(), seed: u64, by_role: bool) {
        let grid = grid(&[1.0; 11], true);
        let mut shuffled = rows.clone();
        // Fisher-Yates with a small deterministic generator.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        // Exactly the same, bit for bit: sums do not depend on the order.
        prop_assert_eq!(scores(&score(&grid, &rows, by_role)), scores(&score(&grid, &shuffled, by_role)));
    }

    #[test]
    fn an_na_answer_changes_no_score(rows in rows(), extra in (0u8..3, 0u8..3, 0usize..6)) {
        let grid = grid(&[1.0; 11], true);
        let before = score(&grid, &rows, true);
        // Only groups that already exist: a new group would add a scorecard.
        prop_assume!(before.iter().any(|c| c.key.action == format!("a{}", extra.0) && c.key.role == Some(format!("r{}", extra.1))));
        let mut more = rows.clone();
        more.push(Row { action: extra.0, role: extra.1, answers: vec![(extra.2, Answer::NotApplicable)] });
        prop_assert!(same(&scores(&before), &scores(&score(&grid, &more, true))));
    }

    #[test]
    fn the_all_card_is_the_pooled_runs_card(rows in rows(), w in weights()) {
        let grid = grid(&w, true);
        let all = |cards: Vec<Scorecard>| -> Vec<Scorecard> {
            cards.into_iter().filter(|c| c.key.series == Series::All).collect()
        };
        // Exactly, responses and distributions included.
        prop_assert_eq!(all(score(&grid, &rows, true)), all(score(&grid, &rows, false)));
    }

    #[test]
    fn merged_threads_equal_one_tally(rows in rows(), cut in 0usize..40, by_role: bool) {
        let grid = grid(&[1.0; 11], true);
        let name = |role: u8| format!("r{role}");
        let cut = cut.min(rows.len());
        let mut first = Tally::new(&grid, by_role);
        let mut second = first.empty_like();
        // The second half first: the order of parts changes nothing.
        feed(&mut second, &rows[cut..], &name);
        feed(&mut first, &rows[..cut], &name);
        second.merge(first);
        prop_assert_eq!(second.finish(), score(&grid, &rows, by_role));
    }

    #[test]
    fn a_role_that_answers_nothing_changes_no_divergence(rows in rows(), action in 0u8..3, n in 1usize..4) {
        let grid = grid(&[1.0; 11], true);
        let before = divergences(&grid, &score(&grid, &rows, true));
        let mut more = rows.clone();
        for _ in 0..n {
            more.push(Row { action, role: 9, answers: (0..6).map(|i| (i, Answer::Missing)).collect() });
        }
        let after = score(&grid, &more, true);
        prop_assert!(after.iter().any(|c| c.key.role.as_deref() == Some("r9")));
        prop_assert_eq!(before, divergences(&grid, &after));
    }

    #[test]
    fn renaming_a_role_changes_no_spread(rows in rows(), role in 0u8..3) {
        let grid = grid(&[1.0; 11], true);
        // "z" sorts last: the renamed role moves in the cards' order.
        let name = |r: u8| if r == role { format!("z{r}") } else { format!("r{r}") };
        let before = divergences(&grid, &score(&grid, &rows, true));
        let after = divergences(&grid, &score_named(&grid, &rows, true, &name));
        let back = |r: &str| r.replacen('z', "r", 1);
        prop_assert_eq!(spreads(&before, &|r| r.to_owned()), spreads(&after, &back));
    }

    #[test]
    fn distributions_count_the_values(rows in rows(), by_role: bool) {
        let grid = grid(&[1.0; 11], true);
        for card in score(&grid, &rows, by_role) {
            for (i, r) in card.indicators.iter().enumerate() {
                if i < 2 {
                    prop_assert_eq!(r.distribution.len(), if i == 0 { 4 } else { 2 });
                    prop_assert_eq!(r.distribution.iter().sum::<u64>(), r.values);
                    prop_assert_eq!(r.favourable.is_some(), r.values > 0);
                    prop_assert!(r.favourable.is_none_or(|f| (0.0..=100.0).contains(&f)), "{:?}", r.favourable);
                    prop_assert!(r.node.responses <= r.values);
                } else {
                    prop_assert!(r.distribution.is_empty() && r.favourable.is_none());
                }
            }
        }
    }

    #[test]
    fn the_structure_is_never_a_role(rows in rows()) {
        let grid = grid(&[1.0; 11], true);
        let cards = score(&grid, &rows, true);
        let structure = format!("r{STRUCTURE}");
        prop_assert!(cards.iter().all(|c| c.key.role.as_deref() != Some(structure.as_str())));
        let roles: Vec<String> = divergences(&grid, &cards).into_iter().flat_map(|d| d.roles).map(|r| r.role).collect();
        let collective = format!("r{COLLECTIVE}");
        prop_assert!(roles.iter().all(|r| *r != structure && *r != collective), "{roles:?}");
    }

    #[test]
    fn scaling_every_weight_changes_nothing(rows in rows(), w in weights(), k in 1u32..20) {
        let scaled = w.map(|x| x * f64::from(k) * 0.7);
        let a = scores(&score(&grid(&w, true), &rows, false));
        let b = scores(&score(&grid(&scaled, true), &rows, false));
        prop_assert!(same(&a, &b));
    }
}

/// Extreme but finite numbers, as a grid or data may hold them.
fn extreme() -> impl Strategy<Value = f64> {
    prop::sample::select(vec![
        -f64::MAX,
        -1e308,
        -1e154,
        -1.0,
        0.0,
        1e-300,
        0.5,
        5.0,
        60.0,
        1e154,
        1e300,
        1e308,
        f64::MAX,
    ])
}

fn positive() -> impl Strategy<Value = f64> {
    prop::sample::select(vec![
        1e-308,
        1e-300,
        0.5,
        1.0,
        1e154,
        1e300,
        1e308,
        f64::MAX,
    ])
}

/// A grid of extreme weights, targets, baselines and bands; `None` when
/// `check` refuses it.
fn extreme_grid(w: &[f64; 4], n: &[f64; 6]) -> Option<Grid> {
    let source = format!(
        r#"
format = 1
id = "x"
version = "1.0.0"
title = "X"
overall = true
[scales.n]
type = "number"
[scales.oui-non]
type = "boolean"
[[domains]]
id = "d1"
label = "D1"
weight = {:e}
[[domains.criteria]]
id = "c1"
label = "C1"
weight = {:e}
[[domains.criteria.indicators]]
id = "i1"
label = "I1"
scale = "n"
aggregate = "sum"
target = {:e}
baseline = {:e}
weight = {:e}
[[domains.criteria.indicators]]
id = "i2"
label = "I2"
scale = "n"
aggregate = "mean"
bands = [{{ from = {:e}, score = 20 }}, {{ from = {:e}, score = 100 }}]
weight = {:e}
[[domains]]
id = "d2"
label = "D2"
weight = 1
[[domains.criteria]]
id = "c2"
label = "C2"
[[domains.criteria.indicators]]
id = "i3"
label = "I3"
scale = "n"
aggregate = "median"
target = {:e}
[[domains.criteria.indicators]]
id = "i4"
label = "I4"
scale = "oui-non"
"#,
        w[0], w[1], n[0], n[1], w[2], n[2], n[3], w[3], n[4]
    );
    let _ = n[5];
    load("x.toml", source.as_bytes()).0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_nan_or_infinity_from_a_grid_that_passes_check(
        w in prop::array::uniform4(positive()),
        n in prop::array::uniform6(extreme()),
        values in prop::collection::vec((0usize..4, extreme(), 0u8..2), 0..12),
    ) {
        let Some(grid) = extreme_grid(&w, &n) else { return Ok(()) };
        let mut tally = Tally::new(&grid, true);
        for (i, v, role) in &values {
            let g = tally.group("a", None, utilsoc::score::Respondent::Role(if *role == 0 { "r0" } else { "r1" }));
            tally.add_response(g);
            let v = if *i == 3 { f64::from(u8::from(*v > 0.0)) * 100.0 } else { *v };
            tally.add(g, *i, Answer::Value(v));
        }
        let cards = tally.finish();
        for s in scores(&cards).into_iter().flatten() {
            prop_assert!((0.0..=100.0).contains(&s), "{s}");
        }
        for card in &cards {
            for r in &card.indicators {
                prop_assert!(r.value.is_none_or(f64::is_finite), "{:?}", r.value);
            }
        }
        let divergences = utilsoc::score::divergences(&grid, &cards);
        let mut csv = Vec::new();
        utilsoc::report::scores::csv(&mut csv, &grid, &cards, &divergences, &utilsoc::report::scores::CsvStyle { excel: false }).unwrap();
        let mut json = Vec::new();
        utilsoc::report::scores::json(&mut json, &grid, &cards, &divergences, true).unwrap();
        let table = utilsoc::report::scores::table(&grid, &cards, 200);
        for text in [String::from_utf8(csv).unwrap(), String::from_utf8(json).unwrap(), table] {
            prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
        }
    }
}
