//! The table, CSV and JSON of `score` with what the engine fills in
//! (flags, distributions, series, divergences with n) set by hand.

use super::*;
use crate::report::scores::{CsvStyle, csv, json};
use crate::score::{Flag, Respondent, RoleScore, Series, Tally};

fn grid() -> Grid {
    let source = r#"
format = 1
id = "g"
version = "1.0.0"
title = "Grille"
overall = true
[scales.accord]
type = "levels"
levels = [{ id = "non", label = "Non" }, { id = "plutot", label = "Plutôt" }, { id = "oui", label = "Oui" }]
[scales.on]
type = "boolean"
[scales.nombre]
type = "number"
min = 0
max = 10
[[domains]]
id = "d1"
label = "Accueil"
[[domains.criteria]]
id = "c1"
label = "Bien accueilli"
[[domains.criteria.indicators]]
id = "i1"
label = "Se sentir accueilli"
scale = "accord"
[[domains.criteria.indicators]]
id = "i2"
label = "Revenir"
scale = "on"
[[domains.criteria.indicators]]
id = "i3"
label = "Visites"
scale = "nombre"
"#;
    crate::grid::load("g.toml", source.as_bytes()).0.unwrap()
}

/// One structure series and one role series of one action, by role.
fn cards(grid: &Grid) -> Vec<Scorecard> {
    let mut tally = Tally::new(grid, true);
    for who in [Respondent::Structure, Respondent::Role("habitant")] {
        let g = tally.group("Fête", Some("2025"), who);
        tally.add_response(g);
        tally.add(g, 0, crate::score::Answer::Value(50.0));
        tally.add(g, 1, crate::score::Answer::Value(100.0));
    }
    let mut cards = tally.finish();
    // What the engine gives, by hand (and one response per series, whether
    // the pooled series holds the role's answers or not).
    for card in &mut cards {
        card.responses = 1;
        card.indicators[0].distribution = vec![1, 2, 4];
        card.indicators[0].favourable = Some(57.142857);
        card.indicators[0].dont_know = 2;
        card.indicators[1].distribution = vec![0, 7];
        card.indicators[1].favourable = Some(100.0);
    }
    let all = cards
        .iter()
        .position(|c| c.key.series == Series::All)
        .unwrap();
    cards[all].domains[0].flag = Flag {
        low_responses: true,
        low_coverage: false,
    };
    cards[all].indicators[0].node.flag = Flag {
        low_responses: true,
        low_coverage: true,
    };
    cards
}

fn options(color: bool, distributions: bool) -> TableOptions {
    TableOptions {
        width: 200,
        color,
        distributions,
        by_role: true,
        guards: Guards {
            min_responses: 5,
            min_coverage: 0.5,
        },
    }
}

/// The width of each line of a table, escapes left out.
fn widths(text: &str) -> Vec<usize> {
    text.lines()
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with(['┌', '│', '├', '╞', '└']))
        .map(|l| {
            let plain = l.replace("\x1b[2m", "").replace("\x1b[22m", "");
            textwrap::core::display_width(&plain)
        })
        .collect()
}

#[test]
fn flagged_cells_are_marked_without_colour_and_dimmed_with_it() {
    let grid = grid();
    let cards = cards(&grid);
    let plain = table_with(&grid, &cards, &[], &options(false, false));
    assert!(plain.contains("75 (2/2)*"), "{plain}");
    assert!(!plain.contains('\x1b'));
    assert!(
        plain.contains(
            "*: a score resting on too little (fewer than 5 responses or less than 50% of its indicators scored); computed, read with care."
        ),
        "{plain}"
    );
    // The action's pooled series is named, never left as a role-less column.
    assert!(plain.contains("all respondents"), "{plain}");

    let dimmed = table_with(&grid, &cards, &[], &options(true, false));
    assert!(dimmed.contains(" \x1b[2m75 (2/2)"), "{dimmed:?}");
    assert!(!dimmed.contains("(2/2)*"));
    assert!(dimmed.contains("In grey: a score resting on too little"));
    // Escapes take no column: every line of the table is as wide.
    let w = widths(&dimmed);
    assert!(
        w.len() > 4 && w.iter().all(|&x| x == w[0]),
        "{w:?}\n{dimmed}"
    );
    assert_eq!(widths(&plain), w);
}

#[test]
fn no_legend_without_a_flag() {
    let grid = grid();
    let mut cards = cards(&grid);
    for card in &mut cards {
        for node in card.domains.iter_mut() {
            node.flag = Flag::default();
        }
        card.indicators[0].node.flag = Flag::default();
    }
    let text = table_with(&grid, &cards, &[], &options(false, true));
    assert!(!text.contains("too little"), "{text}");
    assert!(!text.contains(")*"));
}

#[test]
fn distributions_show_levels_and_booleans_under_their_criterion() {
    let grid = grid();
    let cards = cards(&grid);
    let text = table_with(&grid, &cards, &[], &options(false, true));
    let line = |label: &str| {
        text.lines()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("{label} in {text}"))
            .to_owned()
    };
    // 4 of 7 favourable: 57%; the pooled series is flagged (`*`).
    assert!(
        line("Se sentir accueilli").contains("57% [1 2 4]*"),
        "{text}"
    );
    assert!(
        line("Se sentir accueilli").contains("57% [1 2 4] "),
        "{text}"
    );
    assert!(line("Revenir").contains("100% [0 7]"), "{text}");
    // Numbers have no distribution.
    assert!(!text.contains("Visites"));
    assert!(text.contains("share of favourable answers (score above 50)"));
    // Without the option, no indicator rows.
    let text = table_with(&grid, &cards, &[], &options(false, false));
    assert!(!text.contains("Se sentir accueilli"));
}

#[test]
fn collective_series_is_named() {
    let grid = grid();
    let mut tally = Tally::new(&grid, false);
    let g = tally.group("Fête", None, Respondent::Collective(None));
    tally.add(g, 0, crate::score::Answer::Value(100.0));
    let cards = tally.finish();
    let text = table_with(&grid, &cards, &[], &options(false, false));
    assert!(text.contains("collective"), "{text}");
}

fn divergence() -> Divergence {
    let side = |role: &str, score, responses, shared| RoleScore {
        role: role.to_owned(),
        score,
        responses,
        shared,
    };
    Divergence {
        action: "Fête".into(),
        period: Some("2025".into()),
        kind: NodeKind::Criterion,
        index: 0,
        spread: 29.0,
        roles: vec![side("habitant", 71.0, 12, 4), side("salarie", 100.0, 3, 1)],
    }
}

#[test]
fn divergences_follow_the_scores_with_n_and_shared_indicators() {
    let grid = grid();
    let cards = cards(&grid);
    let text = table_with(&grid, &cards, &[divergence()], &options(false, false));
    let after = text.split("Where roles differ").nth(1).expect("the title");
    assert!(after.contains("› Bien accueilli"), "{text}");
    assert!(after.contains("habitant 71 (n = 12, 4 ind.)"), "{text}");
    assert!(after.contains("salarie 100 (n = 3, 1 ind.)"), "{text}");
    assert!(
        after.contains("│     29 │") || after.contains("┆     29 ┆"),
        "{text}"
    );
}

#[test]
fn csv_has_the_five_new_columns() {
    let grid = grid();
    let cards = cards(&grid);
    let mut out = Vec::new();
    csv(
        &mut out,
        &grid,
        &cards,
        &[divergence()],
        &CsvStyle { excel: false },
    )
    .unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "action,period,role,node,id,label,score,scored,scorable,value,status,responses,divergence,favourable,flag,series,dont_know,distribution,target,baseline,target_source,agreed_with,agreed_on"
    );
    assert!(
        lines.contains(&"Fête,2025,,indicator,i1,Se sentir accueilli,50.0,1,1,,scored,1,,57.14,low-responses low-coverage,all,2,non=1 plutot=2 oui=4,,,,,"),
        "{text}"
    );
    assert!(
        lines.contains(
            &"Fête,2025,habitant,indicator,i2,Revenir,100.0,1,1,,scored,1,,100.0,,role,0,no=0 yes=7,,,,,"
        ),
        "{text}"
    );
    assert!(
        lines.contains(&"Fête,2025,,domain,d1,Accueil,75.0,2,2,,,1,,,low-responses,all,,,,,,,"),
        "{text}"
    );
    assert!(
        lines.contains(
            &"Fête,2025,habitant,criterion,c1,Bien accueilli,75.0,2,2,,,1,29.0,,,role,,,,,,,"
        ),
        "{text}"
    );
    // Excel style: decimal commas there too.
    let mut out = Vec::new();
    csv(&mut out, &grid, &cards, &[], &CsvStyle { excel: true }).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(";57,14;low-responses low-coverage;all;2;non=1 plutot=2 oui=4"),
        "{text}"
    );
}

#[test]
fn json_carries_flags_series_distributions_and_role_objects() {
    let grid = grid();
    let cards = cards(&grid);
    let mut out = Vec::new();
    json(&mut out, &grid, &cards, &[divergence()], true).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let all = &doc["groups"][0];
    assert_eq!(all["series"], "all");
    assert_eq!(doc["groups"][1]["series"], "role");
    assert_eq!(all["overall"]["flag"], serde_json::Value::Null);
    assert_eq!(all["domains"][0]["flag"], "low-responses");
    let i1 = &all["domains"][0]["criteria"][0]["indicators"][0];
    assert_eq!(i1["flag"], "low-responses low-coverage");
    assert_eq!(i1["dont_know"], 2);
    assert_eq!(i1["favourable"], 57.14);
    assert_eq!(
        i1["distribution"],
        serde_json::json!({"non": 1, "plutot": 2, "oui": 4})
    );
    // Key order is the scale's.
    let order: Vec<&String> = i1["distribution"].as_object().unwrap().keys().collect();
    assert_eq!(order, ["non", "plutot", "oui"]);
    let i3 = &all["domains"][0]["criteria"][0]["indicators"][2];
    assert_eq!(i3["distribution"], serde_json::Value::Null);
    assert_eq!(i3["favourable"], serde_json::Value::Null);
    assert_eq!(
        doc["divergences"][0]["roles"],
        serde_json::json!([
            {"role": "habitant", "score": 71.0, "responses": 12, "shared": 4},
            {"role": "salarie", "score": 100.0, "responses": 3, "shared": 1}
        ])
    );
}

#[test]
fn at_80_columns_tables_legends_and_divergences_fit() {
    let grid = grid();
    let cards = cards(&grid);
    let mut long = divergence();
    long.roles[0].role = "administratrice ou administrateur bénévole".into();
    let mut options = options(false, true);
    options.width = 80;
    let text = table_with(&grid, &cards, &[long], &options);
    let widest = text
        .lines()
        .map(textwrap::core::display_width)
        .max()
        .unwrap_or(0);
    assert!(widest <= 80, "{widest}:\n{text}");
    assert!(text.contains("Where roles differ"), "{text}");
    // The cell legend comes first in the block under the tables.
    assert!(text.contains("Each cell: score out of 100"), "{text}");
    // The long role wraps inside its cell rather than widening the table.
    assert!(text.contains("administratrice ou"), "{text}");
}
