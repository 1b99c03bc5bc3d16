//! Merge tests: a local grid on `centres-sociaux`, resolved, then looked at
//! node by node; each failure is placed in the local file.

use crate::diag::{Code, line_col};
use crate::grid::{Grid, load};

const HEAD: &str = r#"format = 1
id = "cs-local"
version = "1.0.0"
title = "Centre local"
extends = "centres-sociaux"
"#;

fn resolve(body: &str) -> (Option<Grid>, Vec<(Code, usize)>) {
    let text = format!("{HEAD}{body}");
    let (grid, report) = load("local.toml", text.as_bytes());
    let findings = report
        .findings
        .iter()
        .map(|f| {
            let start = f.primary.as_ref().map_or(0, |p| p.span.start);
            (f.code, line_col(&text, start).0)
        })
        .collect();
    (grid, findings)
}

fn indicator_ids(grid: &Grid) -> Vec<&str> {
    grid.indicators().map(|(_, _, i)| i.id.as_str()).collect()
}

#[test]
fn ignore_removes_indicators_criteria_and_domains() {
    let base = crate::grid::builtin::find("centres-sociaux")
        .unwrap()
        .grid()
        .unwrap();
    let (grid, findings) = resolve(
        "ignore = [\"habitants-distincts\", \"acces-droits\", \"citoyennete-proximite\"]\n",
    );
    assert_eq!(findings, vec![]);
    let grid = grid.unwrap();
    assert!(!indicator_ids(&grid).contains(&"habitants-distincts"));
    let held_by = |domain: &str, criterion: &str| {
        base.domains
            .iter()
            .find(|d| d.id == domain)
            .and_then(|d| d.criteria.iter().find(|c| c.id == criterion))
            .unwrap()
            .indicators
            .len()
    };
    assert_eq!(
        indicator_ids(&base).len() - indicator_ids(&grid).len(),
        1 + held_by("inclusion-socialisation", "acces-droits")
            + base
                .domains
                .iter()
                .find(|d| d.id == "citoyennete-proximite")
                .unwrap()
                .criteria
                .iter()
                .map(|c| c.indicators.len())
                .sum::<usize>()
    );
    assert_eq!(grid.domains.len(), base.domains.len() - 1);
    assert_eq!(
        grid.extends,
        Some(("centres-sociaux".into(), base.version.clone()))
    );
    assert_eq!(grid.id, "cs-local");
    assert_ne!(grid.hash, base.hash);
}

#[test]
fn override_changes_target_and_label_and_drops_stale_translation() {
    let (grid, findings) = resolve(
        "[override.amplitude-accueil]\ntarget = 45\nlabel = \"Heures d'accueil\"\n\n[override.accueil-ecoute]\nweight = 2\n",
    );
    assert_eq!(findings, vec![]);
    let grid = grid.unwrap();
    let (_, c, i) = grid
        .indicators()
        .find(|(_, _, i)| i.id == "amplitude-accueil")
        .unwrap();
    assert_eq!(c.weight, 2.0);
    assert_eq!(i.label.text, "Heures d'accueil");
    assert!(i.label.translations.is_empty());
    match &i.scoring {
        crate::grid::model::Scoring::Linear { target, baseline } => {
            assert_eq!((*target, *baseline), (45.0, 15.0));
        }
        other => panic!("linear scoring expected, got {other:?}"),
    }
}

#[test]
fn added_indicator_goes_under_the_existing_criterion() {
    let (grid, findings) = resolve(
        "[[domains]]\nid = \"inclusion-socialisation\"\n\n[[domains.criteria]]\nid = \"accueil-ecoute\"\n\n[[domains.criteria.indicators]]\nid = \"accueil-soir\"\nlabel = \"Soirées d'accueil\"\nscale = \"nombre\"\nsource = \"planning\"\nhelp = \"Compter.\"\n",
    );
    assert_eq!(findings, vec![]);
    let grid = grid.unwrap();
    let (d, c, _) = grid
        .indicators()
        .find(|(_, _, i)| i.id == "accueil-soir")
        .unwrap();
    assert_eq!(
        (d.id.as_str(), c.id.as_str()),
        ("inclusion-socialisation", "accueil-ecoute")
    );
    let base = crate::grid::builtin::find("centres-sociaux")
        .unwrap()
        .grid()
        .unwrap();
    assert_eq!(grid.domains.len(), base.domains.len());
}

#[test]
fn added_domain_comes_last() {
    let (grid, findings) = resolve(
        "[scales.oui-non]\ntype = \"boolean\"\n\n[[domains]]\nid = \"jardin\"\nlabel = \"Jardin partagé\"\n\n[[domains.criteria]]\nid = \"jardin-vivant\"\nlabel = \"Le jardin vit-il ?\"\n\n[[domains.criteria.indicators]]\nid = \"jardin-ouvert\"\nlabel = \"Jardin ouvert\"\nscale = \"oui-non\"\nsource = \"planning\"\nhelp = \"Oui ou non.\"\n",
    );
    // A criterion with one indicator is a warning, nothing more.
    assert!(findings.iter().all(|(c, _)| *c == Code::SingleIndicator));
    let grid = grid.unwrap();
    assert_eq!(grid.domains.last().unwrap().id, "jardin");
}

#[test]
fn failures_point_into_the_local_file() {
    let (grid, findings) = resolve(
        "ignore = [\"habitants-distinct\"]\n\n[override.nope]\ntarget = 3\n\n[override.accueil-ecoute]\nscale = \"accord\"\n\n[override.amplitude-accueil]\ntarget = \"beaucoup\"\n\n[[domains]]\nid = \"inclusion-socialisation\"\n\n[[domains.criteria]]\nid = \"accueil-ecoute\"\n\n[[domains.criteria.indicators]]\nid = \"qualite-accueil\"\nlabel = \"Doublon\"\nscale = \"accord\"\n",
    );
    assert!(grid.is_none());
    assert_eq!(
        findings,
        vec![
            (Code::UnknownNode, 6),
            (Code::UnknownNode, 8),
            (Code::UnknownKey, 12),
            (Code::WrongType, 15),
            (Code::DuplicateId, 24),
        ]
    );
}

#[test]
fn extends_names_a_builtin_grid_of_the_right_major_version() {
    let text = "format = 1\nid = \"x\"\nversion = \"1.0.0\"\ntitle = \"X\"\nextends = \"centres-sociaux@2\"\n";
    let (grid, report) = load("local.toml", text.as_bytes());
    assert!(grid.is_none());
    assert_eq!(report.findings[0].code, Code::InvalidExtends);
    assert_eq!(
        line_col(
            text,
            report.findings[0].primary.as_ref().unwrap().span.start
        )
        .0,
        5
    );
    let text = text.replace("centres-sociaux@2", "centre-sociaux");
    let (_, report) = load("local.toml", text.as_bytes());
    assert_eq!(report.findings[0].code, Code::InvalidExtends);
    assert!(report.findings[0].notes[0].contains("centres-sociaux"));
    let text = text.replace("centre-sociaux", "centres-sociaux@1");
    assert!(load("local.toml", text.as_bytes()).0.is_some());
}

#[test]
fn ignore_without_extends_is_reported() {
    let text = "format = 1\nid = \"x\"\nversion = \"1.0.0\"\ntitle = \"X\"\nignore = [\"a\"]\n";
    let (_, report) = load("grid.toml", text.as_bytes());
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.code == Code::FieldNotApplicable)
    );
}

#[test]
fn a_criterion_emptied_by_ignore_is_reported_on_ignore() {
    let (grid, findings) = resolve(
        "ignore = [\"demarches-abouties\", \"connaissance-droits\", \"sait-a-qui-s-adresser\", \"delai-rendez-vous\"]\n",
    );
    assert!(grid.is_none());
    assert_eq!(findings, vec![(Code::EmptyCriterion, 6)]);
}

#[test]
fn the_hash_follows_the_local_file() {
    let (a, _) = resolve("");
    let (b, _) = resolve("# un commentaire\n");
    assert_ne!(a.unwrap().hash, b.unwrap().hash);
}

#[test]
fn a_domain_named_after_an_ignored_one_is_new_and_needs_its_label() {
    let (grid, findings) = resolve(
        "ignore = [\"citoyennete-proximite\"]\n\n[[domains]]\nid = \"citoyennete-proximite\"\n\n[[domains.criteria]]\nid = \"conseil\"\nlabel = \"Conseil\"\n\n[[domains.criteria.indicators]]\nid = \"conseil-tenu\"\nlabel = \"Conseil tenu\"\nscale = \"nombre\"\nsource = \"registre\"\nhelp = \"Compter.\"\n",
    );
    assert!(grid.is_none());
    assert!(findings.contains(&(Code::MissingField, 8)), "{findings:?}");
}

#[test]
fn an_id_repeated_from_the_base_is_shown_in_the_local_file_only() {
    let body = "[[domains]]\nid = \"territoire\"\n\n[[domains.criteria]]\nid = \"accueil-ecoute\"\nlabel = \"Encore\"\n\n[[domains.criteria.indicators]]\nid = \"x\"\nlabel = \"X\"\nscale = \"nombre\"\n";
    let text = format!("{HEAD}{body}");
    let (_, report) = load("local.toml", text.as_bytes());
    let duplicate = report
        .findings
        .iter()
        .find(|f| f.code == Code::DuplicateId)
        .unwrap();
    // The base's first definition has no place in this file's text: a note
    // names the base instead of a label pointing past the end of the file.
    assert!(
        duplicate.secondary.iter().all(|s| s.span.end <= text.len()),
        "{duplicate:?}"
    );
    assert!(
        duplicate
            .notes
            .iter()
            .any(|n| n.contains("centres-sociaux")),
        "{duplicate:?}"
    );
}
