//! Roles in the grid: `[[roles]]`, who each indicator asks, the roles' own
//! wordings and `dont_know`, read into the model or reported where written.

use super::load;
use super::model::{Grid, Indicator};
use crate::diag::line_col;
use crate::i18n::Lang;

/// A grid with two roles and two indicators; `{roles}` and `{extra}` are
/// replaced by the test (extra keys of the first indicator).
const BASE: &str = r#"
format = 1
id = "essai"
version = "1.0.0"
title = "Grille d'essai"

{roles}

[scales.accord]
type = "levels"
dont_know = true
levels = [
  { id = "non", label = "Non" },
  { id = "oui", label = "Oui" },
]

[scales.libre]
type = "text"

[[domains]]
id = "lien"
label = "Lien social"

[[domains.criteria]]
id = "rencontres"
label = "L'action crée-t-elle des liens ?"

[[domains.criteria.indicators]]
id = "accueil"
label = "Bien accueilli"
question = "Quand je viens, je suis bien accueilli·e"
scale = "accord"
source = "questionnaire"
help = "Question posée en fin d'atelier"
{extra}

[[domains.criteria.indicators]]
id = "paroles"
label = "Ce qu'on en dit"
scale = "libre"
source = "questionnaire"
help = "Question ouverte"
"#;

const ROLES: &str = r#"
[[roles]]
id = "habitant"
label = "Habitant·e"
label_en = "Resident"
description = "Les personnes qui fréquentent le centre"
aliases = ["participant", "usager", "habitant·e"]

[[roles]]
id = "salarie"
label = "Salarié·e"
"#;

fn grid(roles: &str, extra: &str) -> String {
    BASE.replace("{roles}", roles).replace("{extra}", extra)
}

/// Each finding of `source` as (code, line).
fn findings(source: &str) -> Vec<(&'static str, usize)> {
    let (_, report) = load("t.toml", source.as_bytes());
    report
        .findings
        .iter()
        .map(|f| {
            let line = f
                .primary
                .as_ref()
                .map_or(0, |l| line_col(&report.text, l.span.start).0);
            (f.code.as_str(), line)
        })
        .collect()
}

fn line_of(source: &str, needle: &str) -> usize {
    line_col(source, source.find(needle).expect("needle in source")).0
}

fn indicator<'g>(grid: &'g Grid, id: &str) -> &'g Indicator {
    grid.indicators()
        .map(|(_, _, i)| i)
        .find(|i| i.id == id)
        .expect("indicator in grid")
}

fn loaded(source: &str) -> Grid {
    let (grid, report) = load("t.toml", source.as_bytes());
    grid.unwrap_or_else(|| panic!("{:#?}", report.findings))
}

#[test]
fn roles_questions_and_dont_know_reach_the_model() {
    let source = grid(
        ROLES,
        r#"roles = ["habitant", "salarie"]
questions = { salarie = "Selon vous, les habitants se sentent-ils bien accueillis ?" }
questions_en = { salarie = "Do residents feel welcome?" }"#,
    );
    let grid = loaded(&source);
    let ids: Vec<&str> = grid.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["habitant", "salarie"]);
    let habitant = grid.role("habitant").unwrap();
    assert_eq!(habitant.label.get(Lang::Fr), "Habitant·e");
    assert_eq!(habitant.label.get(Lang::En), "Resident");
    assert_eq!(habitant.aliases, ["participant", "usager", "habitant·e"]);
    assert!(habitant.description.is_some());
    assert!(grid.role("salarie").unwrap().description.is_none());

    let accueil = indicator(&grid, "accueil");
    assert_eq!(
        accueil.roles.as_deref(),
        Some(&["habitant".to_owned(), "salarie".to_owned()][..])
    );
    let staff = accueil.question_for(Some("salarie")).unwrap();
    assert_eq!(
        staff.get(Lang::Fr),
        "Selon vous, les habitants se sentent-ils bien accueillis ?"
    );
    assert_eq!(staff.get(Lang::En), "Do residents feel welcome?");
    // Inhabitants keep the indicator's own (first-person) question.
    assert_eq!(
        accueil
            .question_for(Some("habitant"))
            .unwrap()
            .get(Lang::Fr),
        "Quand je viens, je suis bien accueilli·e"
    );
    // Without `roles`, every role is asked.
    let paroles = indicator(&grid, "paroles");
    assert_eq!(paroles.roles, None);
    assert!(paroles.asked_of("salarie") && paroles.asked_of("habitant"));
    assert!(paroles.questions.is_empty());

    assert!(grid.scales[0].dont_know);
    assert!(!grid.scales[1].dont_know);
}

#[test]
fn a_grid_without_roles_loads_as_before() {
    let grid = loaded(&grid("", ""));
    assert!(grid.roles.is_empty());
    assert!(
        grid.indicators()
            .all(|(_, _, i)| i.roles.is_none() && i.questions.is_empty())
    );
}

#[test]
fn an_undefined_role_is_located_with_a_suggestion() {
    let source = grid(
        ROLES,
        r#"roles = ["habitant", "salarier"]
questions = { benevole = "Selon vous ?" }"#,
    );
    assert_eq!(
        findings(&source),
        [
            ("undefined-role", line_of(&source, "\"salarier\"")),
            ("undefined-role", line_of(&source, "benevole")),
        ]
    );
    let (_, report) = load("t.toml", source.as_bytes());
    let notes = &report.findings[0].notes;
    assert!(notes[0].contains("`salarie`"), "{notes:?}");
    assert!(notes[1].contains("habitant, salarie"), "{notes:?}");
    // The column points at the value itself.
    let start = report.findings[0].primary.as_ref().unwrap().span.start;
    assert_eq!(&report.text[start..start + 10], "\"salarier\"");
}

#[test]
fn naming_a_role_in_a_grid_without_roles_says_so() {
    let source = grid("", r#"roles = ["habitant"]"#);
    assert_eq!(
        findings(&source),
        [("undefined-role", line_of(&source, "roles = "))]
    );
    let (_, report) = load("t.toml", source.as_bytes());
    assert!(report.findings[0].notes[0].contains("[[roles]]"));
    let source = grid("", r#"questions = { salarie = "Selon vous ?" }"#);
    assert_eq!(
        findings(&source),
        [("undefined-role", line_of(&source, "questions = "))]
    );
}

#[test]
fn a_question_for_a_role_not_asked_is_an_error_said_once() {
    let source = grid(
        ROLES,
        r#"roles = ["habitant"]
questions = { salarie = "Selon vous ?" }
questions_en = { salarie = "In your view?" }"#,
    );
    assert_eq!(
        findings(&source),
        [(
            "question-for-unasked-role",
            line_of(&source, "questions = ")
        )]
    );
    assert!(load("t.toml", source.as_bytes()).0.is_none());
    // Without `roles` every role is asked: any declared role may be worded.
    let source = grid(ROLES, r#"questions = { salarie = "Selon vous ?" }"#);
    assert_eq!(findings(&source), []);
}

#[test]
fn an_indicator_asked_of_nobody_is_an_error() {
    let source = grid(ROLES, "roles = []");
    assert_eq!(
        findings(&source),
        [("indicator-asked-of-nobody", line_of(&source, "roles = []"))]
    );
}

#[test]
fn roles_that_data_could_not_tell_apart_are_duplicates() {
    // The same id twice: a duplicate id, said once.
    let twice = format!("{ROLES}\n[[roles]]\nid = \"salarie\"\nlabel = \"Employé·e\"\n");
    let source = grid(&twice, "");
    assert_eq!(
        findings(&source),
        [(
            "duplicate-id",
            line_of(&source, "id = \"salarie\"\nlabel = \"Employé·e\"")
        )]
    );
    // An alias folding to another role's alias ("Usager" and "usager").
    let alias = ROLES.replace(
        "label = \"Salarié·e\"",
        "label = \"Salarié·e\"\naliases = [\"Usager\"]",
    );
    let source = grid(&alias, "");
    assert_eq!(
        findings(&source),
        [("duplicate-role", line_of(&source, "[\"Usager\"]"))]
    );
    // A label folding to another role's id, accents and case aside.
    let label = format!("{ROLES}\n[[roles]]\nid = \"animateur\"\nlabel = \"SALARIÉ\"\n");
    let source = grid(&label, "");
    assert_eq!(
        findings(&source),
        [("duplicate-role", line_of(&source, "\"SALARIÉ\""))]
    );
    // A role repeating its own spelling ("Habitant·e", "habitant·e") is one role.
    assert_eq!(findings(&grid(ROLES, "")), []);
}

#[test]
fn a_role_id_must_be_a_slug() {
    let source = grid(&ROLES.replace("id = \"salarie\"", "id = \"Salarié\""), "");
    assert_eq!(
        findings(&source),
        [("invalid-id", line_of(&source, "\"Salarié\""))]
    );
}

#[test]
fn dont_know_does_not_apply_to_text_scales() {
    let source = grid("", "").replace("type = \"text\"", "type = \"text\"\ndont_know = true");
    assert_eq!(
        findings(&source),
        [(
            "field-not-applicable",
            line_of(&source, "dont_know = true\n\n")
        )]
    );
    // Saying the default is harmless.
    let source = grid("", "").replace("type = \"text\"", "type = \"text\"\ndont_know = false");
    assert_eq!(findings(&source), []);
}

#[test]
fn role_keys_are_checked_for_shape() {
    let source = grid(ROLES, "questions = { salarie = 3 }\nroles = \"habitant\"");
    assert_eq!(
        findings(&source),
        [
            ("wrong-type", line_of(&source, "questions = ")),
            ("wrong-type", line_of(&source, "roles = \"habitant\"")),
        ]
    );
    let source = grid("[[roles]]\nlabel = \"Sans id\"\nalias = [\"x\"]", "");
    let codes: Vec<&str> = findings(&source).into_iter().map(|(c, _)| c).collect();
    assert_eq!(codes, ["missing-field", "unknown-key"]);
}
