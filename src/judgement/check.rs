//! `check` of a démarche's judgement file: what `judge` and `report` would
//! refuse or silently pass over, as findings located in the file: the
//! criteria named (an appreciation's and a plan step's) against the grid,
//! and the actions named against those the caller knows (the démarche's and
//! the data's), when it knows them; a file that does not read is one finding
//! at the place the reader stopped.

use std::ops::Range;

use serde::Deserialize;

use crate::diag::{Code, Finding};
use crate::grid::Grid;
use crate::tr;

use super::{FORMAT, Judgement};

#[derive(Deserialize)]
struct Located {
    #[serde(default)]
    appreciations: Vec<Entry>,
    #[serde(default)]
    plan: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    criterion: Option<toml::Spanned<toml::Value>>,
    action: Option<toml::Spanned<toml::Value>>,
}

/// The findings of the judgement file `text` against `grid`, and against
/// `actions` when given (every action the judgement may name).
pub fn check(grid: &Grid, text: &str, actions: Option<&[String]>) -> Vec<Finding> {
    let judgement = match toml::from_str::<Judgement>(text) {
        Ok(j) => j,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            return vec![
                Finding::new(
                    Code::InvalidJudgement,
                    tr!(
                        "judgement-check-unreadable",
                        detail = e.message().trim().to_owned()
                    ),
                )
                .at(span, tr!("label-judgement-here")),
            ];
        }
    };
    let mut findings = Vec::new();
    if judgement.format != FORMAT {
        findings.push(Finding::new(
            Code::InvalidJudgement,
            tr!(
                "judgement-check-format",
                format = u64::from(judgement.format),
                expected = u64::from(FORMAT)
            ),
        ));
    }
    if judgement.grid.id != grid.id {
        findings.push(Finding::new(
            Code::InvalidJudgement,
            tr!(
                "judgement-check-grid",
                recorded = judgement.grid.id.as_str(),
                grid = grid.id.as_str()
            ),
        ));
        return findings;
    }
    let ids: Vec<&str> = grid
        .domains
        .iter()
        .flat_map(|d| &d.criteria)
        .map(|c| c.id.as_str())
        .collect();
    let located: Located = toml::from_str(text).unwrap_or(Located {
        appreciations: Vec::new(),
        plan: Vec::new(),
    });
    let span = |entries: &[Entry], n: usize, action: bool| -> Range<usize> {
        entries
            .get(n)
            .and_then(|e| {
                if action {
                    e.action.as_ref()
                } else {
                    e.criterion.as_ref()
                }
            })
            .map_or(0..0, toml::Spanned::span)
    };
    // (criterion, its place, action, its place), in the file's order.
    let appreciations = judgement.appreciations.iter().enumerate().map(|(n, a)| {
        (
            Some(a.criterion.as_str()),
            span(&located.appreciations, n, false),
            Some(a.action.as_str()),
            span(&located.appreciations, n, true),
        )
    });
    let steps = judgement.plan.iter().enumerate().map(|(n, s)| {
        (
            s.criterion.as_deref(),
            span(&located.plan, n, false),
            s.action.as_deref(),
            span(&located.plan, n, true),
        )
    });
    for (criterion, at, action, action_at) in appreciations.chain(steps) {
        if let Some(criterion) = criterion
            && !ids.contains(&criterion)
        {
            findings.push(
                Finding::new(
                    Code::InvalidJudgement,
                    tr!(
                        "judgement-check-criterion",
                        criterion = criterion,
                        grid = grid.id.as_str()
                    ),
                )
                .at(at, tr!("label-judgement-criterion"))
                .suggest(criterion, ids.iter().copied()),
            );
        }
        if let (Some(action), Some(known)) = (action, actions)
            && !known.iter().any(|k| k == action)
        {
            findings.push(
                Finding::new(
                    Code::InvalidJudgement,
                    tr!(
                        "judgement-check-action",
                        action = action,
                        actions = known.join(", ")
                    ),
                )
                .at(action_at, tr!("label-judgement-action"))
                .suggest(action, known.iter().map(String::as_str)),
            );
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        crate::grid::builtin::find("centres-sociaux")
            .unwrap()
            .grid()
            .unwrap()
    }

    fn file(grid: &Grid, body: &str) -> String {
        let head = Judgement::new(grid, "2026-11-29".into()).to_toml().unwrap();
        format!("{head}\n{body}")
    }

    #[test]
    fn a_clean_file_has_no_finding() {
        let grid = grid();
        let first = &grid.domains[0].criteria[0].id;
        let text = file(
            &grid,
            &format!(
                "[[appreciations]]\naction = \"A\"\ncriterion = \"{first}\"\nverdict = \"atteint\"\n"
            ),
        );
        assert_eq!(check(&grid, &text, None), []);
    }

    #[test]
    fn an_unknown_criterion_is_located_with_the_closest_id() {
        let grid = grid();
        let first = grid.domains[0].criteria[0].id.clone();
        let typo = format!("{first}x");
        let text = file(
            &grid,
            &format!(
                "[[appreciations]]\naction = \"A\"\ncriterion = \"{first}\"\n\n\
                 [[appreciations]]\naction = \"A\"\ncriterion = \"{typo}\"\n\n\
                 [[plan]]\nwhat = \"x\"\ncriterion = \"nulle-part\"\n"
            ),
        );
        let findings = check(&grid, &text, None);
        assert_eq!(findings.len(), 2, "{findings:#?}");
        let at = findings[0].primary.as_ref().unwrap().span.clone();
        assert_eq!(&text[at], format!("\"{typo}\""));
        assert!(
            findings[0].notes.iter().any(|n| n.contains(&first)),
            "{findings:#?}"
        );
        let at = findings[1].primary.as_ref().unwrap().span.clone();
        assert_eq!(&text[at], "\"nulle-part\"");
    }

    #[test]
    fn a_file_that_does_not_read_is_one_finding_where_it_stops() {
        let grid = grid();
        let text = file(
            &grid,
            "[[appreciations]]\naction = \"A\"\ncriterion = \"c\"\nverdict = \"bof\"\n",
        );
        let findings = check(&grid, &text, None);
        assert_eq!(findings.len(), 1);
        let at = findings[0].primary.as_ref().unwrap().span.clone();
        assert_eq!(&text[at], "\"bof\"");
    }

    #[test]
    fn an_action_neither_the_demarche_nor_the_data_names_is_located() {
        let grid = grid();
        let first = grid.domains[0].criteria[0].id.clone();
        let text = file(
            &grid,
            &format!(
                "[[appreciations]]\naction = \"Atelier couturre\"\ncriterion = \"{first}\"\n\n\
                 [[plan]]\nwhat = \"x\"\naction = \"Jardin\"\n\n\
                 [[plan]]\nwhat = \"pour tous\"\n"
            ),
        );
        let known = ["Atelier couture".to_owned(), "Jardin".to_owned()];
        let findings = check(&grid, &text, Some(&known));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let at = findings[0].primary.as_ref().unwrap().span.clone();
        assert_eq!(&text[at], "\"Atelier couturre\"");
        assert!(
            findings[0]
                .notes
                .iter()
                .any(|n| n.contains("Atelier couture")),
            "{findings:#?}"
        );
        // Without the actions known, they are not checked.
        assert_eq!(check(&grid, &text, None), []);
    }
}
