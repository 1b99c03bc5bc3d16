//! Role spellings change nothing: scoring a CSV whose role values are the
//! grid's role ids gives exactly the CSV and JSON outputs of the same CSV
//! whose every role value is written another way the grid knows (a label in
//! either language, an alias), in any case, with or without accents, with
//! any inclusive-writing mark, padded with spaces; and no unknown-role
//! finding. Whatever the workers and chunk sizes.

use proptest::prelude::*;
use utilsoc::grid::model::{Role, Text};
use utilsoc::grid::{Grid, load};
use utilsoc::input::{DataReport, ReadOptions, csv::read_csv, roles::report_unknown_roles};
use utilsoc::report::scores::{self, CsvStyle};
use utilsoc::score::{Tally, divergences};

const GRID: &str = r#"
format = 1
id = "props"
version = "1.0.0"
title = "Propriétés"
[scales.accord]
type = "levels"
levels = [{ id = "non", label = "Non" }, { id = "un-peu", label = "Un peu" }, { id = "oui", label = "Oui" }]
[scales.oui-non]
type = "boolean"
[[domains]]
id = "d"
label = "D"
[[domains.criteria]]
id = "c"
label = "C"
[[domains.criteria.indicators]]
id = "accueil"
label = "Accueil"
scale = "accord"
[[domains.criteria.indicators]]
id = "revenir"
label = "Revenir"
scale = "oui-non"
"#;

/// The roles: id, French label, English label, aliases. Set on the loaded
/// grid, as the grid's own parsing of `[[roles]]` is another part's.
const ROLES: &[(&str, &str, &str, &[&str])] = &[
    (
        "habitant",
        "Habitant·e",
        "Resident",
        &["participant", "usager"],
    ),
    (
        "salarie",
        "Salarié·e",
        "Staff member",
        &["équipe", "permanent·e"],
    ),
    ("benevole", "Bénévole", "Volunteer", &["bénévole actif"]),
];

fn grid() -> Grid {
    let mut grid = load("p.toml", GRID.as_bytes()).0.expect("the grid loads");
    grid.roles = ROLES
        .iter()
        .map(|(id, fr, en, aliases)| {
            let mut label = Text::new(*fr);
            label.translations.insert("en".into(), (*en).into());
            Role {
                id: (*id).into(),
                label,
                description: None,
                aliases: aliases.iter().map(|a| (*a).into()).collect(),
            }
        })
        .collect();
    grid
}

/// Every name of role `role`: id, labels, aliases.
fn names(role: usize) -> Vec<&'static str> {
    let (id, fr, en, aliases) = ROLES[role];
    let mut names = vec![id, fr, en];
    names.extend_from_slice(aliases);
    names
}

/// `name` written another way: `mask` picks the letters in upper case,
/// `variant` whether accents go, which mark inclusive writing uses, and
/// spaces around.
fn respell(name: &str, mask: u32, variant: u8) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        let c = if variant & 1 == 1 {
            match c {
                'é' | 'è' => 'e',
                'É' => 'E',
                other => other,
            }
        } else {
            c
        };
        let c = match (c, variant >> 1 & 3) {
            ('·', 1) => '-',
            ('·', 2) => '.',
            ('·', 3) => '•',
            (other, _) => other,
        };
        if mask >> (i % 32) & 1 == 1 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    if variant & 8 == 8 {
        out = format!("  {out} ");
    }
    out
}

/// A CSV cell: quoted, as spaces and marks are data here.
fn cell(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// The CSV and JSON outputs of scoring `text` by role, and the findings.
fn outputs(grid: &Grid, text: &str, workers: usize, chunk_bytes: usize) -> (String, String, usize) {
    let mut tally = Tally::new(grid, true);
    let mut report = DataReport::default();
    let options = ReadOptions {
        workers: Some(workers),
        chunk_bytes: Some(chunk_bytes),
        ..ReadOptions::default()
    };
    read_csv("p.csv", text.as_bytes(), &mut tally, &options, &mut report).expect("reads");
    report_unknown_roles(&mut report, "p.csv", grid, false);
    let findings = report.warnings.len() + report.problems.len();
    let cards = tally.finish();
    let divergences = divergences(grid, &cards);
    let mut csv = Vec::new();
    scores::csv(
        &mut csv,
        grid,
        &cards,
        &divergences,
        &CsvStyle { excel: false },
    )
    .unwrap();
    let mut json = Vec::new();
    scores::json(&mut json, grid, &cards, &divergences, true).unwrap();
    (
        String::from_utf8(csv).unwrap(),
        String::from_utf8(json).unwrap(),
        findings,
    )
}

/// One row: action, role (none, or a role with a name, a case mask and a
/// variant), and the two answers.
type Row = (u8, Option<(usize, usize, u32, u8)>, u8, bool);

fn rows() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec(
        (
            0u8..2,
            prop::option::weighted(0.9, (0..ROLES.len(), 0usize..5, any::<u32>(), 0u8..16)),
            0u8..3,
            any::<bool>(),
        ),
        1..60,
    )
}

fn csv_text(rows: &[Row], respelt: bool) -> String {
    let mut text = String::from("action,role,accueil,revenir\n");
    for (action, role, accueil, revenir) in rows {
        let role = match role {
            None => String::new(),
            Some((role, _, _, _)) if !respelt => ROLES[*role].0.to_owned(),
            Some((role, name, mask, variant)) => {
                let names = names(*role);
                respell(names[name % names.len()], *mask, *variant)
            }
        };
        let accueil = ["non", "un peu", "oui"][usize::from(*accueil)];
        let revenir = if *revenir { "oui" } else { "non" };
        text.push_str(&format!("A{action},{},{accueil},{revenir}\n", cell(&role)));
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn role_spellings_give_the_outputs_of_ids(
        rows in rows(),
        workers in 1usize..3,
        chunk_bytes in prop::sample::select(vec![64usize, 256, 1 << 16]),
    ) {
        let grid = grid();
        let by_ids = outputs(&grid, &csv_text(&rows, false), 1, 1 << 16);
        let respelt = csv_text(&rows, true);
        let by_names = outputs(&grid, &respelt, workers, chunk_bytes);
        prop_assert_eq!(by_ids.2, 0);
        prop_assert_eq!(by_names.2, 0, "{}", respelt);
        prop_assert_eq!(&by_names.0, &by_ids.0, "{}", respelt);
        prop_assert_eq!(&by_names.1, &by_ids.1);
    }
}

#[test]
fn respellings_cover_the_inclusive_marks() {
    assert_eq!(respell("Habitant·e", 1, 2), "Habitant-e");
    assert_eq!(respell("Salarié·e", 0, 1 | 4 | 8), "  salarie.e ");
    assert_eq!(respell("équipe", u32::MAX, 0), "ÉQUIPE");
}
