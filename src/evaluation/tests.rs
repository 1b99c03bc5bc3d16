//! Evaluation files: round trips, order, answers, and reading against a grid.

use super::*;
use crate::grid::load;

const GRID: &str = r#"
format = 1
id = "essai"
version = "1.0.0"
title = "Essai"
[scales.accord]
type = "levels"
levels = [{ id = "non", label = "Non" }, { id = "oui", label = "Oui" }]
[scales.oui-non]
type = "boolean"
[scales.taux]
type = "number"
min = 0
max = 100
target = 50
[scales.texte]
type = "text"
[[domains]]
id = "d"
label = "D"
[[domains.criteria]]
id = "c"
label = "C"
[[domains.criteria.indicators]]
id = "accord"
label = "A"
scale = "accord"
[[domains.criteria.indicators]]
id = "bool"
label = "B"
scale = "oui-non"
[[domains.criteria.indicators]]
id = "taux"
label = "T"
scale = "taux"
[[domains.criteria.indicators]]
id = "verbatim"
label = "V"
scale = "texte"
"#;

fn grid() -> Grid {
    load("g.toml", GRID.as_bytes()).0.unwrap()
}

fn entry(id: &str, value: Option<Value>, status: Option<State>) -> Entry {
    Entry {
        indicator: id.into(),
        value,
        status,
        ..Entry::default()
    }
}

#[test]
fn round_trip_keeps_grid_order_and_values() {
    let grid = grid();
    let mut e = Evaluation::new(
        &grid,
        "Ateliers".into(),
        Some("2024".into()),
        Some("bénévole".into()),
        None,
        "2026-11-23".into(),
    );
    e.set(&grid, entry("taux", Some(Value::Number(42.5)), None));
    e.set(
        &grid,
        entry("accord", Some(Value::Text("oui".into())), None),
    );
    e.set(&grid, entry("bool", None, Some(State::Na)));
    e.set(
        &grid,
        Entry {
            comment: Some("« très bien »".into()),
            ..entry("accord", Some(Value::Text("non".into())), None)
        },
    );
    let ids: Vec<&str> = e.answers.iter().map(|a| a.indicator.as_str()).collect();
    assert_eq!(ids, ["accord", "bool", "taux"]);
    let text = e.to_toml().unwrap();
    assert!(text.starts_with("# "), "{text}");
    assert_eq!(Evaluation::parse("e.toml", &text).unwrap(), e);
}

#[test]
fn answers_follow_the_scales() {
    let grid = grid();
    let ind = |id: &str| grid.indicators().find(|(_, _, i)| i.id == id).unwrap().2;
    let a = |id: &str, e: Entry| answer(&grid, ind(id), Some(&e));
    assert_eq!(
        a(
            "accord",
            entry("accord", Some(Value::Text("Oui".into())), None)
        ),
        Ok(Answer::Value(100.0))
    );
    assert_eq!(
        a("bool", entry("bool", Some(Value::Bool(false)), None)),
        Ok(Answer::Value(0.0))
    );
    assert_eq!(
        a("taux", entry("taux", Some(Value::Number(0.0)), None)),
        Ok(Answer::Value(0.0))
    );
    assert_eq!(
        a("taux", entry("taux", None, Some(State::Na))),
        Ok(Answer::NotApplicable)
    );
    assert_eq!(
        a("taux", entry("taux", None, Some(State::Missing))),
        Ok(Answer::Missing)
    );
    assert_eq!(answer(&grid, ind("taux"), None), Ok(Answer::Missing));
    assert!(a("taux", entry("taux", Some(Value::Number(150.0)), None)).is_err());
    assert!(
        a(
            "accord",
            entry("accord", Some(Value::Text("peut-être".into())), None)
        )
        .is_err()
    );
    // Yes and no spelled out mean what they mean in a CSV cell.
    assert_eq!(
        a("bool", entry("bool", Some(Value::Text("oui".into())), None)),
        Ok(Answer::Value(100.0))
    );
    assert!(a("bool", entry("bool", Some(Value::Text("bof".into())), None)).is_err());
    assert_eq!(
        a(
            "verbatim",
            entry("verbatim", Some(Value::Text("Super".into())), None)
        ),
        Ok(Answer::Text)
    );
}

#[test]
fn another_grid_is_refused_and_another_version_warned() {
    let grid = grid();
    let mut e = Evaluation::new(&grid, "A".into(), None, None, None, "2026-11-23".into());
    e.set(
        &grid,
        entry("accord", Some(Value::Text("oui".into())), None),
    );
    e.set(&grid, entry("ancien", Some(Value::Bool(true)), None));
    let mut tally = Tally::new(&grid, false);
    let mut report = DataReport::default();
    let mut other = e.clone();
    other.grid.id = "autre".into();
    assert_eq!(
        apply("e.toml", &other, &grid, &mut tally, &mut report)
            .unwrap_err()
            .code,
        Code::WrongGrid
    );
    e.grid.version = "0.9.0".into();
    apply("e.toml", &e, &grid, &mut tally, &mut report).unwrap();
    assert_eq!(report.warnings.len(), 1);
    let warning = &report.warnings[0].message;
    assert!(
        warning.contains("0.9.0") && warning.contains("`ancien`") && warning.contains("`taux`"),
        "{warning}"
    );
    let cards = tally.finish();
    assert_eq!(cards[0].indicators[0].node.score, Some(100.0));
    assert_eq!(cards[0].responses, 1);
}

#[test]
fn invalid_files_name_their_line() {
    let problem =
        Evaluation::parse("e.toml", "format = 1\naction = \"A\"\nbogus = 3\n").unwrap_err();
    assert_eq!(problem.code, Code::InvalidEvaluation);
    assert!(problem.line >= 1);
}

/// An evaluation file's text for the test grid, with these answers in order.
fn file_with(grid: &Grid, version: &str, ids: &[&str]) -> String {
    let mut text = format!(
        "format = 1\naction = \"A\"\ndate = \"2026-11-23\"\n\n[grid]\nid = \"essai\"\nversion = \"{version}\"\nhash = \"{}\"\n",
        grid.hash
    );
    for id in ids {
        text.push_str(&format!(
            "\n[[answers]]\nindicator = \"{id}\"\nvalue = true\n"
        ));
    }
    text
}

#[test]
fn a_mistyped_indicator_is_located_with_a_suggestion() {
    let grid = grid();
    let text = file_with(&grid, "1.0.0", &["accord", "boool"]);
    let e = Evaluation::parse("e.toml", &text).unwrap();
    let problems = review("e.toml", &text, &e, &grid);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p.code, Code::UnknownIndicator);
    assert_eq!((p.line, p.field), (15, Some(13)));
    assert!(p.message.contains("`boool`"), "{}", p.message);
    assert!(
        p.note.as_deref().unwrap().contains("`bool`"),
        "{:?}",
        p.note
    );
}

#[test]
fn a_dropped_indicator_of_an_older_grid_is_left_to_the_change_warning() {
    let grid = grid();
    let text = file_with(&grid, "0.9.0", &["ancien"]);
    let e = Evaluation::parse("e.toml", &text).unwrap();
    assert!(review("e.toml", &text, &e, &grid).is_empty());
    assert!(changes(&e, &grid).unwrap().contains("`ancien`"));
}

#[test]
fn a_duplicated_answer_points_at_both_and_neither_counts() {
    let grid = grid();
    let text = file_with(&grid, "1.0.0", &["bool", "accord", "bool"]);
    let e = Evaluation::parse("e.toml", &text).unwrap();
    let problems = review("e.toml", &text, &e, &grid);
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p.code, Code::DuplicateAnswer);
    assert_eq!((p.line, p.field), (19, Some(13)));
    assert!(
        p.note.as_deref().unwrap().contains("e.toml:11:13"),
        "{:?}",
        p.note
    );
    let mut tally = Tally::new(&grid, false);
    let mut report = DataReport::default();
    apply("e.toml", &e, &grid, &mut tally, &mut report).unwrap();
    let cards = tally.finish();
    // `bool` is answered twice: it has no score, not the first answer's.
    assert_eq!(cards[0].indicators[1].node.score, None);
}

#[test]
fn an_answer_under_a_replaced_id_counts_for_the_new_indicator() {
    let source = GRID.replace(
        "id = \"bool\"\nlabel = \"B\"",
        "id = \"bool\"\nreplaces = [\"ancien-bool\"]\nlabel = \"B\"",
    );
    let grid = load("g.toml", source.as_bytes()).0.unwrap();
    let text = file_with(&grid, "0.9.0", &["accord", "ancien-bool"]);
    let e = Evaluation::parse("e.toml", &text).unwrap();
    assert!(review("e.toml", &text, &e, &grid).is_empty());
    let bool_ = grid
        .indicators()
        .find(|(_, _, i)| i.id == "bool")
        .unwrap()
        .2;
    let (entry, old) = entry_for(&e, bool_);
    assert_eq!(old, Some("ancien-bool"));
    assert_eq!(answer(&grid, bool_, entry), Ok(Answer::Value(100.0)));
    let change = changes(&e, &grid).unwrap();
    let mapped = tr!("evaluation-mapped-pair", old = "ancien-bool", new = "bool");
    assert!(change.contains(&mapped), "{change}");
    // Neither gone nor unanswered: `bool` is answered, `ancien-bool` read.
    assert_eq!(change.matches("ancien-bool").count(), 1, "{change}");
    assert!(
        !change.contains("`bool`,") && !change.ends_with("`bool`"),
        "{change}"
    );
}

#[test]
fn a_current_id_cannot_be_replaced() {
    let source = GRID.replace(
        "id = \"bool\"\nlabel = \"B\"",
        "id = \"bool\"\nreplaces = [\"accord\"]\nlabel = \"B\"",
    );
    let (grid, report) = load("g.toml", source.as_bytes());
    assert!(grid.is_none());
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code == Code::DuplicateId && f.message.contains("`accord`"))
    );
}
