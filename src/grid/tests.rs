//! Loader and rule tests: small grids in, findings (code and line) or model out.

use super::model::{ScaleKind, Scoring};
use super::*;
use crate::diag::line_col;

const BASE: &str = r#"
format = 1
id = "essai"
version = "1.0.0"
title = "Grille d'essai"

[scales.accord]
type = "levels"
levels = [
  { id = "non", label = "Non" },
  { id = "un-peu", label = "Un peu" },
  { id = "oui", label = "Oui" },
]

[scales.oui-non]
type = "boolean"

[[domains]]
id = "lien"
label = "Lien social"

[[domains.criteria]]
id = "rencontres"
label = "L'action crée-t-elle des liens ?"

[[domains.criteria.indicators]]
id = "relations"
label = "Nouvelles relations"
scale = "accord"
source = "questionnaire"
help = "Question posée en fin d'atelier"

[[domains.criteria.indicators]]
id = "retour"
label = "Revenu au moins trois fois"
scale = "oui-non"
source = "registre"
help = "Compter les présences"
"#;

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

#[test]
fn valid_grid_builds_the_model() {
    let (grid, report) = load("t.toml", BASE.as_bytes());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let grid = grid.expect("valid grid");
    assert_eq!(grid.id, "essai");
    assert!(!grid.overall);
    // `language` is a valid key that nothing stores; the grid loads in either.
    let english = BASE.replace("title = ", "language = \"en\"\ntitle = ");
    assert!(load("t.toml", english.as_bytes()).0.is_some());
    let german = BASE.replace("title = ", "language = \"de\"\ntitle = ");
    assert_eq!(findings(&german), [("invalid-value", 5)]);
    assert_eq!(grid.indicators().count(), 2);
    let ScaleKind::Levels(levels) = &grid.scales[0].kind else {
        panic!("levels scale expected");
    };
    let scores: Vec<f64> = levels.iter().map(|l| l.score).collect();
    assert_eq!(
        scores,
        vec![0.0, 50.0, 100.0],
        "evenly spaced when no score is given"
    );
    let (_, _, retour) = grid.indicators().nth(1).unwrap();
    assert_eq!(grid.scale(retour).id, "oui-non");
    assert_eq!(retour.scoring, Scoring::Boolean);
    assert_eq!(retour.weight, 1.0);
}

#[test]
fn translations_are_kept() {
    let source = BASE.replace(
        "label = \"Lien social\"",
        "label = \"Lien social\"\nlabel_en = \"Social ties\"",
    );
    let (grid, _) = load("t.toml", source.as_bytes());
    let domain = &grid.unwrap().domains[0];
    assert_eq!(domain.label.get(crate::i18n::Lang::En), "Social ties");
    assert_eq!(domain.label.get(crate::i18n::Lang::Fr), "Lien social");
}

fn with_number(scale: &str, indicator: &str) -> String {
    format!(
        "{BASE}\n[[domains.criteria.indicators]]\nid = \"taux\"\nlabel = \"Taux\"\nscale = \"taux\"\nsource = \"s\"\nhelp = \"h\"\n{indicator}\n\n[scales.taux]\ntype = \"number\"\n{scale}\n"
    )
}

#[test]
fn number_scoring_is_inherited_and_overridden() {
    let grid = |scale: &str, ind: &str| {
        let (grid, report) = load("t.toml", with_number(scale, ind).as_bytes());
        assert!(report.findings.is_empty(), "{:?}", report.findings);
        let grid = grid.unwrap();
        grid.indicators().nth(2).unwrap().2.scoring.clone()
    };
    assert_eq!(
        grid("min = 0\nmax = 100\ntarget = 60", ""),
        Scoring::Linear {
            target: 60.0,
            baseline: 0.0
        }
    );
    assert_eq!(
        grid("min = 5\nmax = 100\ntarget = 60", "baseline = 10"),
        Scoring::Linear {
            target: 60.0,
            baseline: 10.0
        }
    );
    assert_eq!(
        grid("max = 30", "direction = \"lower\"\ntarget = 7"),
        Scoring::Linear {
            target: 7.0,
            baseline: 30.0
        },
        "lower is better: the baseline defaults to max"
    );
    assert_eq!(
        grid(
            "target = 60",
            "bands = [{ from = 0, score = 0 }, { from = 10, score = 50 }]"
        ),
        Scoring::Bands(vec![
            model::Band {
                from: 0.0,
                score: 0.0
            },
            model::Band {
                from: 10.0,
                score: 50.0
            }
        ]),
        "bands on the indicator replace the scale's target"
    );
    assert_eq!(grid("unit = \"h\"", ""), Scoring::Descriptive);
}

#[test]
fn shape_findings_are_all_collected() {
    let source = BASE
        .replace("title = ", "titre = \"x\"\ntitle = ")
        .replace(
            "label = \"Lien social\"",
            "label = \"Lien social\"\nweight = \"lourd\"",
        )
        .replace("id = \"retour\"\n", "");
    let found = findings(&source);
    assert!(found.contains(&("unknown-key", line_of(&source, "titre"))));
    assert!(found.contains(&("wrong-type", line_of(&source, "lourd"))));
    assert!(found.iter().any(|(code, _)| *code == "missing-field"));
}

#[test]
fn each_rule_reports_at_the_offending_line() {
    let cases: &[(&str, &str, &str, &str)] = &[
        ("id = \"essai\"", "id = \"Essai\"", "invalid-id", "Essai"),
        (
            "version = \"1.0.0\"",
            "version = \"v1\"",
            "invalid-version",
            "v1",
        ),
        ("format = 1", "format = 3", "unsupported-format", "format"),
        (
            "id = \"retour\"",
            "id = \"relations\"",
            "duplicate-id",
            "\"relations\"\nlabel = \"Revenu",
        ),
        (
            "scale = \"oui-non\"",
            "scale = \"oui_non\"",
            "unknown-scale",
            "oui_non",
        ),
        (
            "label = \"Lien social\"",
            "label = \"Lien social\"\nweight = -1",
            "invalid-weight",
            "-1",
        ),
        (
            "{ id = \"oui\", label = \"Oui\" }",
            "{ id = \"oui\", label = \"Oui\", score = 100 }",
            "partial-level-scores",
            "\"non\"",
        ),
        (
            "{ id = \"oui\", label = \"Oui\" }",
            "{ id = \"non\", label = \"Oui\" }",
            "duplicate-id",
            "\"non\", label = \"Oui\"",
        ),
        (
            "type = \"boolean\"",
            "type = \"boolean\"\nmin = 0",
            "field-not-applicable",
            "min = 0",
        ),
        (
            "id = \"retour\"",
            "id = \"action\"",
            "reserved-column",
            "\"action\"",
        ),
        (
            "source = \"registre\"",
            "source = \"registre\"\naliases = [\"Relations\"]",
            "duplicate-alias",
            "[\"Relations\"]",
        ),
        (
            "type = \"levels\"",
            "type = \"likert\"",
            "invalid-value",
            "likert",
        ),
    ];
    for (from, to, code, needle) in cases {
        let source = BASE.replace(from, to);
        assert_ne!(source, BASE, "case {code}: replacement applied");
        let found = findings(&source);
        let line = line_of(&source, needle);
        assert!(
            found.contains(&(code, line)),
            "{code} at line {line}: {found:?}"
        );
    }
}

#[test]
fn number_rules() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "min = 0\nmax = 100",
            "target = 40\nbaseline = 40",
            "target-equals-baseline",
            "target = 40",
        ),
        (
            "min = 0\nmax = 100",
            "target = 10\nbaseline = 40",
            "inconsistent-direction",
            "target = 10",
        ),
        (
            "min = 0\nmax = 100",
            "direction = \"lower\"\ntarget = 40\nbaseline = 10",
            "inconsistent-direction",
            "direction",
        ),
        (
            "",
            "direction = \"lower\"\ntarget = 40",
            "inconsistent-direction",
            "direction",
        ),
        (
            "",
            "bands = [{ from = 10, score = 0 }, { from = 10, score = 50 }]",
            "bands-not-ascending",
            "from = 10, score = 50",
        ),
        (
            "",
            "bands = [{ from = 0, score = 0 }, { from = 10, score = 150 }]",
            "score-out-of-range",
            "150",
        ),
        ("", "bands = []", "empty-bands", "bands = []"),
        (
            "",
            "target = 5\nbands = [{ from = 0, score = 0 }]",
            "conflicting-scoring",
            "bands =",
        ),
        ("", "baseline = 5", "missing-target", "baseline = 5"),
        ("min = 10\nmax = 5", "", "invalid-bounds", "max = 5"),
        (
            "min = 0\nmax = 100",
            "target = 150",
            "outside-bounds",
            "150",
        ),
    ];
    for (scale, indicator, code, needle) in cases {
        let source = with_number(scale, indicator);
        let found = findings(&source);
        let line = line_of(&source, needle);
        assert!(
            found.contains(&(code, line)),
            "{code} at line {line}: {found:?}"
        );
    }
}

#[test]
fn warnings_leave_the_grid_usable() {
    let source = BASE.replace("source = \"registre\"\n", "");
    let (grid, report) = load("t.toml", source.as_bytes());
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].code.as_str(), "missing-source");
    assert!(grid.is_some());
}

#[test]
fn empty_criteria_and_domains() {
    let source = format!("{BASE}\n[[domains]]\nid = \"vide\"\nlabel = \"Vide\"\n");
    assert!(findings(&source).contains(&("empty-domain", line_of(&source, "\"vide\""))));
    let source = format!("{BASE}\n[[domains.criteria]]\nid = \"seul\"\nlabel = \"Seul\"\n");
    assert!(findings(&source).contains(&("empty-criterion", line_of(&source, "\"seul\""))));
}

#[test]
fn hostile_input_gives_findings_not_panics() {
    let deep = format!("a = {}1{}", "[".repeat(5000), "]".repeat(5000));
    let binary: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    let nul = "format = 1\n\0\0\0".to_owned();
    for input in [
        deep.as_bytes(),
        &binary,
        nul.as_bytes(),
        b"",
        b"  \n\t",
        b"\xef\xbb\xbf",
    ] {
        let (grid, report) = load("t.toml", input);
        assert!(grid.is_none());
        assert!(!report.findings.is_empty());
    }
    let huge = vec![b'#'; MAX_GRID_BYTES + 1];
    let (_, report) = load("t.toml", &huge);
    assert_eq!(report.findings[0].code.as_str(), "file-too-large");
}

#[test]
fn not_utf8_points_at_the_first_bad_byte() {
    let (_, report) = load("t.toml", b"format = 1\ntitle = \"caf\xe9\"\n");
    let f = &report.findings[0];
    assert_eq!(f.code.as_str(), "not-utf8");
    let span = f.primary.as_ref().unwrap().span.clone();
    assert_eq!(line_col(&report.text, span.start), (2, 13));
}

#[test]
fn the_default_baseline_is_min_or_zero_and_max_when_lower_is_better() {
    let scale = |min, max| crate::grid::model::NumberScale {
        min,
        max,
        unit: None,
        integer: false,
    };
    assert_eq!(
        scale(Some(5.0), Some(50.0)).default_baseline(false),
        Some(5.0)
    );
    assert_eq!(scale(None, Some(50.0)).default_baseline(false), Some(0.0));
    assert_eq!(
        scale(Some(5.0), Some(50.0)).default_baseline(true),
        Some(50.0)
    );
    assert_eq!(scale(Some(5.0), None).default_baseline(true), None);
}

#[test]
fn an_alias_its_own_indicator_already_has_is_only_redundant() {
    // As a real association wrote it: the grid must stay usable.
    let source = BASE.replace(
        "id = \"retour\"\n",
        "id = \"retour\"\naliases = [\"Retour\", \"Q2\", \"q2 \"]\n",
    );
    let (grid, report) = load("t.toml", source.as_bytes());
    let found: Vec<_> = report
        .findings
        .iter()
        .map(|f| (f.code.as_str(), f.severity))
        .collect();
    assert_eq!(
        found,
        [
            ("redundant-alias", crate::diag::Severity::Warning),
            ("redundant-alias", crate::diag::Severity::Warning)
        ]
    );
    assert!(grid.is_some(), "a redundant alias leaves the grid usable");
}

#[test]
fn a_name_claimed_by_two_indicators_is_a_duplicate() {
    for alias in ["Relations", "RELATIONS ", "relations"] {
        let source = BASE.replace(
            "id = \"retour\"\n",
            &format!("id = \"retour\"\naliases = [\"{alias}\"]\n"),
        );
        let found = findings(&source);
        assert_eq!(
            found,
            [("duplicate-alias", line_of(&source, "aliases"))],
            "{alias}"
        );
    }
}

#[test]
fn versions_follow_semver_to_the_letter() {
    let source =
        |version: &str| BASE.replace("version = \"1.0.0\"", &format!("version = \"{version}\""));
    for bad in [
        "1.0.0-",
        "1.0.0-01",
        "1.0",
        "v1.0.0",
        "01.0.0",
        "1.0.0-a..b",
        "1.0.0+",
    ] {
        let source = source(bad);
        assert_eq!(
            findings(&source),
            [("invalid-version", line_of(&source, "version"))],
            "{bad}"
        );
    }
    for good in [
        "1.0.0",
        "0.1.0",
        "2.10.3-rc.1",
        "1.0.0-0.3.7",
        "1.0.0-x-y.1+build.007",
    ] {
        assert_eq!(findings(&source(good)), [], "{good}");
    }
}
