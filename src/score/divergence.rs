//! Where roles differ, on what they all answered: divergences are computed
//! on the shared indicators only (those at least two roles scored), so that
//! a role answering fewer indicators never reads as a role seeing things
//! differently (SPEC "Co-évaluation: roles in the grid").

use super::card::{Divergence, Flag, NodeKind, NodeScore, RoleScore, Scorecard, Series};
use super::tree::{Tree, rollup};
use crate::grid::Grid;

/// For each action and period, among its role cards (`Series::Role`; the
/// structure's figures and collective evaluations never take part, nor, in
/// a grid that names its roles, a role it does not name: a misspelling the
/// readers warned about is not a point of view), and
/// each node at least two roles scored on the shared indicators: the spread
/// (max − min) of their scores. Per action and period, nodes come overall
/// first, then domains, criteria and indicators, in grid order; roles in
/// the cards' order.
pub fn divergences(grid: &Grid, cards: &[Scorecard]) -> Vec<Divergence> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < cards.len() {
        let first = &cards[start].key;
        let end = start
            + cards[start..]
                .iter()
                .take_while(|c| c.key.action == first.action && c.key.period == first.period)
                .count();
        let roles: Vec<&Scorecard> = cards[start..end]
            .iter()
            .filter(|c| {
                c.key.series == Series::Role
                    && c.key
                        .role
                        .as_deref()
                        .is_some_and(|role| grid.roles.is_empty() || grid.role(role).is_some())
            })
            .collect();
        if roles.len() >= 2 {
            diverge(grid, &roles, &mut out);
        }
        start = end;
    }
    out
}

/// One role's scores on the shared indicators, and the tree above them.
struct Side<'a> {
    card: &'a Scorecard,
    indicators: Vec<NodeScore>,
    tree: Tree,
}

impl Side<'_> {
    fn node(&self, kind: NodeKind, index: usize) -> Option<&NodeScore> {
        match kind {
            NodeKind::Overall => self.tree.overall.as_ref(),
            NodeKind::Domain => self.tree.domains.get(index),
            NodeKind::Criterion => self.tree.criteria.get(index),
            NodeKind::Indicator => self.indicators.get(index),
        }
    }
}

/// The divergences of one action and period, from its role cards (two or
/// more).
fn diverge(grid: &Grid, roles: &[&Scorecard], out: &mut Vec<Divergence>) {
    let count = roles[0].indicators.len();
    let shared: Vec<bool> = (0..count)
        .map(|i| {
            roles
                .iter()
                .filter(|c| c.indicators[i].node.score.is_some())
                .count()
                >= 2
        })
        .collect();
    if !shared.contains(&true) {
        return;
    }
    let unshared = NodeScore {
        score: None,
        scored: 0,
        scorable: 0,
        responses: 0,
        flag: Flag::default(),
    };
    let sides: Vec<Side<'_>> = roles
        .iter()
        .map(|card| {
            let indicators: Vec<NodeScore> = card
                .indicators
                .iter()
                .zip(&shared)
                .map(|(r, &shared)| if shared { r.node } else { unshared })
                .collect();
            let tree = rollup(grid, &indicators);
            Side {
                card,
                indicators,
                tree,
            }
        })
        .collect();
    let nodes = std::iter::once((NodeKind::Overall, 0))
        .filter(|_| grid.overall)
        .chain((0..grid.domains.len()).map(|i| (NodeKind::Domain, i)))
        .chain((0..grid.criteria_count()).map(|i| (NodeKind::Criterion, i)))
        .chain((0..count).map(|i| (NodeKind::Indicator, i)));
    let key = &roles[0].key;
    for (kind, index) in nodes {
        let scores: Vec<RoleScore> = sides
            .iter()
            .filter_map(|side| {
                let node = side.node(kind, index)?;
                Some(RoleScore {
                    role: side.card.key.role.clone()?,
                    score: node.score?,
                    responses: node.responses,
                    shared: node.scored,
                })
            })
            .collect();
        if scores.len() < 2 {
            continue;
        }
        let max = scores
            .iter()
            .map(|s| s.score)
            .fold(f64::NEG_INFINITY, f64::max);
        let min = scores.iter().map(|s| s.score).fold(f64::INFINITY, f64::min);
        out.push(Divergence {
            action: key.action.clone(),
            period: key.period.clone(),
            kind,
            index,
            spread: max - min,
            roles: scores,
        });
    }
}
