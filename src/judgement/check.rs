//! `check` of a démarche's judgement file: what `judge` and `report` would
//! refuse or silently pass over, as findings located in the file. Without
//! data only the grid is known, so the criteria named are checked (an
//! appreciation's and a plan step's); a file that does not read is one
//! finding at the place the reader stopped.

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
}

/// The findings of the judgement file `text` against `grid`.
pub fn check(grid: &Grid, text: &str) -> Vec<Finding> {
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
    let span = |entries: &[Entry], n: usize| -> Range<usize> {
        entries
            .get(n)
            .and_then(|e| e.criterion.as_ref())
            .map_or(0..0, toml::Spanned::span)
    };
    let named = judgement
        .appreciations
        .iter()
        .enumerate()
        .map(|(n, a)| (Some(a.criterion.as_str()), span(&located.appreciations, n)))
        .chain(
            judgement
                .plan
                .iter()
                .enumerate()
                .map(|(n, s)| (s.criterion.as_deref(), span(&located.plan, n))),
        );
    for (criterion, at) in named {
        let Some(criterion) = criterion else { continue };
        if ids.contains(&criterion) {
            continue;
        }
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
        assert_eq!(check(&grid, &text), []);
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
        let findings = check(&grid, &text);
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
        let findings = check(&grid, &text);
        assert_eq!(findings.len(), 1);
        let at = findings[0].primary.as_ref().unwrap().span.clone();
        assert_eq!(&text[at], "\"bof\"");
    }
}
