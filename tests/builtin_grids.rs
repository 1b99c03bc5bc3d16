//! The built-in grids are the product's face: they must be complete, not only
//! valid. These tests hold them to the bar of the grids issue.

use std::collections::BTreeSet;

use utilsoc::grid::model::{Kind, ScaleKind, Scoring};
use utilsoc::grid::{builtin, load};

#[test]
fn every_builtin_grid_is_clean_and_complete() {
    for b in builtin::BUILTINS {
        let (grid, report) = load(&b.file_name(), b.source.as_bytes());
        assert!(
            report.findings.is_empty(),
            "{}: {:?}",
            b.id,
            report.findings
        );
        let grid = grid.unwrap();
        assert_eq!(grid.id, b.id);
        assert!((3..=6).contains(&grid.domains.len()), "{}: domains", b.id);
        let mut scorings = BTreeSet::new();
        let mut kinds = BTreeSet::new();
        for domain in &grid.domains {
            for criterion in &domain.criteria {
                let n = criterion.indicators.len();
                assert!(
                    (2..=4).contains(&n),
                    "{}: {} has {n} indicators",
                    b.id,
                    criterion.id
                );
                assert!(
                    criterion.label.text.ends_with('?'),
                    "{}: {} is a question",
                    b.id,
                    criterion.id
                );
            }
        }
        for (_, _, indicator) in grid.indicators() {
            assert!(
                indicator.source.is_some(),
                "{}: {} has a source",
                b.id,
                indicator.id
            );
            assert!(
                indicator.help.is_some(),
                "{}: {} has help",
                b.id,
                indicator.id
            );
            kinds.insert(indicator.kind.map(Kind::as_str));
            scorings.insert(match &indicator.scoring {
                Scoring::Levels => "levels",
                Scoring::Boolean => "boolean",
                Scoring::Linear { .. } => "target",
                Scoring::Bands(_) => "bands",
                Scoring::Descriptive => "descriptive",
                Scoring::Text => "text",
            });
            if let ScaleKind::Levels(levels) = &grid.scale(indicator).kind {
                assert!(
                    levels.iter().all(|l| l.description.is_some()),
                    "{}: every level of {} has a description",
                    b.id,
                    grid.scale(indicator).id
                );
            }
        }
        assert_eq!(
            scorings.into_iter().collect::<Vec<_>>(),
            [
                "bands",
                "boolean",
                "descriptive",
                "levels",
                "target",
                "text"
            ],
            "{}: every scale type",
            b.id
        );
        for kind in ["realisation", "resultat", "impact"] {
            assert!(kinds.contains(&Some(kind)), "{}: uses {kind}", b.id);
        }
    }
}

/// The grids revised in issue 16 whose indicators all say who is asked.
const REVISED_I16_A: [&str; 3] = ["utilite-sociale", "centres-sociaux", "creation-de-valeur"];

/// A share typed as a ratio (0.35 for 35 %) is a valid number on a 0-100 scale
/// and scores 0 without a word: every percentage's help must give the formula
/// with its "× 100", and say how 35 % is written.
#[test]
fn percentages_say_times_100() {
    for id in builtin::BUILTINS.iter().map(|b| b.id) {
        let grid = builtin::find(id).unwrap().grid().unwrap();
        for (_, _, indicator) in grid.indicators() {
            let ScaleKind::Number(n) = &grid.scale(indicator).kind else {
                continue;
            };
            if n.unit.as_ref().map(|u| u.text.as_str()) != Some("%") {
                continue;
            }
            let help = &indicator.help.as_ref().unwrap().text;
            // A share computed as a ratio and not multiplied by 100 scores as
            // a fraction of a per cent: the help says how to get the number.
            let formula = help.contains("Calcul\u{a0}:") && help.contains("× 100");
            let prose = help.contains("multiplié par 100");
            assert!(
                formula || prose,
                "{id}: {} says to multiply by 100",
                indicator.id
            );
        }
    }
}

/// Every indicator of a revised grid says who is asked, and a figure the
/// structure keeps (a number) is never asked of the people it counts.
#[test]
fn revised_grids_say_who_is_asked() {
    for id in REVISED_I16_A {
        let grid = builtin::find(id).unwrap().grid().unwrap();
        assert!(!grid.roles.is_empty(), "{id}: roles");
        for (_, _, indicator) in grid.indicators() {
            let roles = indicator
                .roles
                .as_ref()
                .unwrap_or_else(|| panic!("{id}: {} says who is asked", indicator.id));
            if matches!(grid.scale(indicator).kind, ScaleKind::Number(_)) {
                for public in ["participant", "habitant"] {
                    assert!(
                        !roles.iter().any(|r| r == public),
                        "{id}: {} is a figure of the structure",
                        indicator.id
                    );
                }
            }
        }
    }
}

/// utilite-sociale 1.0.0 counted trainings in a share of people (U3): the
/// help now counts people, so the share cannot exceed 100.
#[test]
fn training_share_counts_people() {
    let grid = builtin::find("utilite-sociale").unwrap().grid().unwrap();
    let (_, _, indicator) = grid
        .indicators()
        .find(|(_, _, i)| i.id == "acces-formation")
        .unwrap();
    let help = &indicator.help.as_ref().unwrap().text;
    assert!(help.contains("Compter les personnes, pas les formations"));
}

/// creation-de-valeur 1.0.0 put "do evaluation results feed decisions?" under
/// a criterion asking whether the organisation experiments (V2): the
/// criterion now asks what the indicator measures.
#[test]
fn evaluation_feeding_decisions_sits_under_learning() {
    let grid = builtin::find("creation-de-valeur").unwrap().grid().unwrap();
    let (_, criterion, _) = grid
        .indicators()
        .find(|(_, _, i)| i.id == "evaluation-pilotage")
        .unwrap();
    assert!(
        criterion.label.text.contains("apprend"),
        "{}",
        criterion.label.text
    );
}

/// Targets that mostly measure an organisation's size or place (3 new FTEs a
/// year; 60 % of trips without a car, out of reach in rural areas) are gone:
/// those figures are reported, not scored (V5, V6).
#[test]
fn size_and_place_figures_are_descriptive() {
    let grid = builtin::find("creation-de-valeur").unwrap().grid().unwrap();
    for id in ["emplois-crees", "deplacements-durables"] {
        let (_, _, indicator) = grid.indicators().find(|(_, _, i)| i.id == id).unwrap();
        assert!(matches!(indicator.scoring, Scoring::Descriptive), "{id}");
    }
}

/// A change scale puts "no change" in the middle (50), whatever the grid:
/// at 33, someone already well off who stays so would "lose" points (the
/// ceiling effect the review points out), and a group of such answers would
/// read as a decline.
#[test]
fn no_change_scores_in_the_middle() {
    let mut seen = 0;
    for b in builtin::BUILTINS {
        let grid = b.grid().unwrap();
        for scale in &grid.scales {
            let ScaleKind::Levels(levels) = &scale.kind else {
                continue;
            };
            for level in levels {
                let label = level.label.text.to_lowercase();
                let unchanged = ["pareil", "inchang", "pas de changement"]
                    .iter()
                    .any(|w| level.id.contains(w) || label.contains(w));
                if unchanged {
                    seen += 1;
                    assert_eq!(
                        level.score, 50.0,
                        "{}: scale `{}`, level `{}`",
                        b.id, scale.id, level.id
                    );
                }
            }
        }
    }
    assert!(seen >= 6, "only {seen} no-change levels found");
}
