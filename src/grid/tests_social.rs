//! `[social_utility]`: read into the model when right, each mistake
//! reported where it is written, in a grid of its own and in a local grid.

use super::load;
use super::model::{SocialUtility, Text};
use crate::diag::line_col;

const GRID: &str = r#"
format = 1
id = "essai"
version = "1.0.0"
title = "Grille d'essai"

{roles}

[scales.oui-non]
type = "boolean"

[[domains]]
id = "lien"
label = "Lien social"

[[domains.criteria]]
id = "rencontres"
label = "L'action crée-t-elle des liens ?"

[[domains.criteria.indicators]]
id = "accueil"
label = "Bien accueilli"
scale = "oui-non"
source = "questionnaire"
help = "En fin d'atelier"

[[domains.criteria.indicators]]
id = "revenu"
label = "Revenu la semaine suivante"
scale = "oui-non"
source = "registre"
help = "D'après le registre"

{record}
"#;

const ROLES: &str = r#"
[[roles]]
id = "habitant"
label = "Habitant·e"

[[roles]]
id = "benevole"
label = "Bénévole"
"#;

fn grid(roles: &str, record: &str) -> String {
    GRID.replace("{roles}", roles).replace("{record}", record)
}

/// Each finding of `source` as (code, line, the text it points at).
fn findings(source: &str) -> Vec<(&'static str, usize, String)> {
    let (_, report) = load("t.toml", source.as_bytes());
    report
        .findings
        .iter()
        .map(|f| {
            let span = f.primary.as_ref().map_or(0..0, |l| l.span.clone());
            (
                f.code.as_str(),
                line_col(&report.text, span.start).0,
                report.text[span].to_owned(),
            )
        })
        .collect()
}

fn line_of(source: &str, needle: &str) -> usize {
    line_col(source, source.find(needle).expect("needle in source")).0
}

#[test]
fn the_record_is_read_into_the_model() {
    let source = grid(
        ROLES,
        r#"[social_utility]
definition = "Que chacun trouve ici sa place."
definition_en = "Everyone finds their place here."
chosen_by = ["habitant", "benevole"]
participants = 12
chosen_on = "2025-03-14""#,
    );
    let (grid, report) = load("t.toml", source.as_bytes());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let mut definition = Text::new("Que chacun trouve ici sa place.");
    definition
        .translations
        .insert("en".into(), "Everyone finds their place here.".into());
    assert_eq!(
        grid.unwrap().social_utility,
        Some(SocialUtility {
            definition: Some(definition),
            chosen_by: vec!["habitant".into(), "benevole".into()],
            participants: Some(12),
            chosen_on: Some("2025-03-14".into()),
        })
    );
}

#[test]
fn without_roles_who_chose_is_free_text_and_a_month_is_a_date() {
    let source = grid(
        "",
        r#"[social_utility]
chosen_by = ["le conseil d'administration", "des habitants"]
chosen_on = "2025-03""#,
    );
    let (grid, report) = load("t.toml", source.as_bytes());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let record = grid.unwrap().social_utility.unwrap();
    assert_eq!(record.chosen_by.len(), 2);
    assert_eq!(record.chosen_on.as_deref(), Some("2025-03"));
    assert_eq!(record.participants, None);
    assert_eq!(record.definition, None);
}

#[test]
fn an_unknown_role_is_located_on_the_value_with_a_suggestion() {
    let source = grid(
        ROLES,
        "[social_utility]\nchosen_by = [\"habitant\", \"benevol\"]",
    );
    assert_eq!(
        findings(&source),
        [(
            "undefined-role",
            line_of(&source, "chosen_by"),
            "\"benevol\"".into()
        )]
    );
    let (_, report) = load("t.toml", source.as_bytes());
    assert!(report.findings[0].notes[0].contains("`benevole`"));
}

#[test]
fn a_count_under_one_and_dates_that_are_not_days_or_months_are_located() {
    for (participants, date) in [
        ("0", "\"2025-13\""),
        ("-3", "\"14/03/2025\""),
        ("0", "\"2025-02-30\""),
        ("0", "\"2025\""),
    ] {
        let source = grid(
            "",
            &format!("[social_utility]\nparticipants = {participants}\nchosen_on = {date}"),
        );
        assert_eq!(
            findings(&source),
            [
                (
                    "invalid-value",
                    line_of(&source, "participants"),
                    participants.to_owned()
                ),
                ("invalid-value", line_of(&source, "chosen_on"), date.into()),
            ],
            "{source}"
        );
    }
}

#[test]
fn unknown_keys_and_wrong_types_are_shape_findings() {
    let source = grid(
        "",
        "[social_utility]\ndefinitoin = \"…\"\nparticipants = \"douze\"\nchosen_by = \"CA\"",
    );
    let found = findings(&source);
    let codes: Vec<&str> = found.iter().map(|f| f.0).collect();
    assert_eq!(codes, ["unknown-key", "wrong-type", "wrong-type"]);
    assert_eq!(found[0].1, line_of(&source, "definitoin"));
    let (_, report) = load("t.toml", source.as_bytes());
    assert!(report.findings[0].notes[0].contains("`definition`"));
    let source = grid("social_utility = \"nous\"", "");
    assert_eq!(findings(&source)[0].0, "wrong-type");
}

#[test]
fn a_local_grid_keeps_its_own_record_and_findings_point_into_it() {
    let local = r#"format = 1
id = "tilleuls"
version = "1.0.0"
title = "Notre grille"
extends = "centres-sociaux"

[social_utility]
definition = "Un lieu pour tous."
chosen_by = ["salarie"]
participants = 0
"#;
    let found = findings(local);
    assert_eq!(
        found,
        [(
            "invalid-value",
            line_of(local, "participants"),
            "0".to_owned()
        )]
    );
    let fixed = local.replace("participants = 0", "participants = 7");
    let (grid, report) = load("t.toml", fixed.as_bytes());
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let record = grid.unwrap().social_utility.unwrap();
    assert_eq!(record.chosen_by, ["salarie"]);
    assert_eq!(record.participants, Some(7));
}
