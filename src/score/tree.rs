//! The weighted tree above the indicators: criteria, domains and overall as
//! weighted means of the scores below (SPEC "Scoring" 3 and 4). Scorecards and
//! divergences both climb it with this one function, so a role's criterion
//! in a divergence is computed exactly as a scorecard's.

use super::card::{Flag, NodeScore};
use super::weighted_mean;
use crate::grid::Grid;

/// The nodes above the indicators, in grid order.
pub(super) struct Tree {
    pub criteria: Vec<NodeScore>,
    pub domains: Vec<NodeScore>,
    /// Only when the grid asks for an overall score.
    pub overall: Option<NodeScore>,
}

/// Climbs from `indicators` (one node per indicator, in grid order) to the
/// root: each node's score is the weighted mean of its children that have a
/// score, its coverage the sum of theirs, its responses the most among its
/// scored indicators.
pub(super) fn rollup(grid: &Grid, indicators: &[NodeScore]) -> Tree {
    let mut criteria = Vec::with_capacity(grid.criteria_count());
    let mut domains = Vec::with_capacity(grid.domains.len());
    let mut next = 0;
    for domain in &grid.domains {
        let first_criterion = criteria.len();
        for criterion in &domain.criteria {
            let nodes = &indicators[next..next + criterion.indicators.len()];
            next += criterion.indicators.len();
            criteria.push(parent(
                nodes
                    .iter()
                    .zip(criterion.indicators.iter().map(|i| i.weight)),
            ));
        }
        domains.push(parent(
            criteria[first_criterion..]
                .iter()
                .zip(domain.criteria.iter().map(|c| c.weight)),
        ));
    }
    let overall = grid
        .overall
        .then(|| parent(domains.iter().zip(grid.domains.iter().map(|d| d.weight))));
    Tree {
        criteria,
        domains,
        overall,
    }
}

/// A node from its children and their weights.
fn parent<'a>(children: impl Iterator<Item = (&'a NodeScore, f64)> + Clone) -> NodeScore {
    NodeScore {
        score: weighted_mean(
            children
                .clone()
                .filter_map(|(n, weight)| Some((n.score?, weight))),
        ),
        scored: children.clone().map(|(n, _)| n.scored).sum(),
        scorable: children.clone().map(|(n, _)| n.scorable).sum(),
        responses: children
            .filter(|(n, _)| n.score.is_some())
            .map(|(n, _)| n.responses)
            .max()
            .unwrap_or(0),
        flag: Flag::default(),
    }
}
