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
