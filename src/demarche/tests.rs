//! Reading `utilsoc.toml`: what it holds, and findings located in it.

use std::path::Path;

use super::*;

fn read(text: &str) -> (Option<Demarche>, Vec<(String, usize)>) {
    let (found, report) = load("utilsoc.toml", Path::new(""), text.to_owned());
    let codes = report
        .findings
        .iter()
        .map(|f| {
            let start = f.primary.as_ref().map_or(0, |l| l.span.start);
            let line = crate::diag::line_col(text, start).0;
            (f.code.as_str().to_owned(), line)
        })
        .collect();
    (found, codes)
}

const GOOD: &str = r#"organisation = "Les Tilleuls"
title = "Évaluation 2025"
grid = "centres-sociaux"
periods = ["2025"]
roles = ["habitant"]

[folders]
data = "donnees"
evaluations = "evaluations"
reports = "rapports"

[[actions]]
id = "couture"
aliases = ["A1", "atelier_couture"]

[[sources]]
path = "donnees/*.csv"
action_column = "Atelier"
period_from = "Horodateur"
period_by = "semester"
header_row = 2

[[targets]]
indicator = "mixite"
action = "couture"
target = 80
baseline = 50
agreed_with = "Caf"
"#;

#[test]
fn a_full_file_is_read() {
    let (found, findings) = read(GOOD);
    assert!(findings.is_empty(), "{findings:?}");
    let d = found.unwrap();
    assert_eq!(d.organisation, "Les Tilleuls");
    assert_eq!(d.grid_arg(), "centres-sociaux");
    assert_eq!(d.actions[0].aliases, ["A1", "atelier_couture"]);
    let source = &d.sources[0];
    assert_eq!(source.action_column.as_deref(), Some("Atelier"));
    assert_eq!(source.period_by, Some(crate::period::PeriodBy::Semester));
    assert_eq!(source.header_row, Some(2));
    assert_eq!(d.targets[0].target, 80.0);
    assert_eq!(d.targets[0].baseline, Some(50.0));
    assert_eq!(d.folders.reports, "rapports");
    // Codes in data, folded as headers are, name the action.
    let aliases = d.action_aliases();
    assert_eq!(
        aliases.get(&crate::text::fold_header("Atelier Couture")),
        Some(&"couture".to_owned())
    );
}

#[test]
fn mistakes_are_located_findings() {
    let text = "organisation = 3\ngrid = \"x\"\ntitel = \"t\"\n\n[[sources]]\naction_colum = \"A\"\nperiod_by = \"week\"\n";
    let (found, findings) = read(text);
    assert!(found.is_none());
    assert_eq!(
        findings,
        [
            ("wrong-type".to_owned(), 1),
            ("unknown-key".to_owned(), 3),
            ("missing-field".to_owned(), 5),
            ("unknown-key".to_owned(), 6),
            ("invalid-value".to_owned(), 7),
        ]
    );
}

#[test]
fn a_grid_file_is_relative_to_the_demarche() {
    let d = Demarche {
        dir: "../..".into(),
        grid: "grilles/locale.toml".into(),
        ..Demarche::default()
    };
    assert_eq!(
        Path::new(&d.grid_arg()),
        Path::new("../../grilles/locale.toml")
    );
}

#[test]
fn the_file_is_found_in_a_parent() {
    let dir = tempfile::tempdir().unwrap();
    let below = dir.path().join("donnees/2025");
    std::fs::create_dir_all(&below).unwrap();
    assert_eq!(find(&below), None);
    std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
    assert_eq!(find(&below), Some(dir.path().join(FILE_NAME)));
}

#[test]
fn what_init_writes_reads_back() {
    let answers = Answers {
        organisation: "Centre \"Les Tilleuls\"".into(),
        title: "2025".into(),
        grid: "centres-sociaux".into(),
        periods: vec!["2025".into()],
        actions: vec!["couture".into(), "jardin".into()],
        roles: vec!["habitant".into()],
        folders: Folders {
            data: "donnees".into(),
            evaluations: "evaluations".into(),
            reports: "rapports".into(),
        },
    };
    let (found, findings) = read(&render(&answers));
    assert!(findings.is_empty(), "{findings:?}");
    let d = found.unwrap();
    assert_eq!(d.organisation, answers.organisation);
    assert_eq!(d.actions.len(), 2);
    assert_eq!(d.sources[0].path, "donnees/*.csv");
    assert_eq!(d.folders, answers.folders);
}
