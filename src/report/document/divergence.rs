//! Where roles see an action differently: per criterion, the spread of the
//! roles' scores computed on the indicators at least two roles answered
//! (so that a difference of coverage never reads as one of perception),
//! with each role's score, responses and shared indicators; then the
//! indicators themselves, with each role's score, responses and, for level
//! and yes/no indicators, its share of favourable answers.

use std::collections::HashMap;

use super::{Block, Cell, DIVERGENCE_THRESHOLD};
use crate::grid::Grid;
use crate::i18n::lang;
use crate::number;
use crate::report::series::percent;
use crate::score::{Divergence, NodeKind, RoleScore, Scorecard, Series};
use crate::tr;

/// The section for one action: its cards (`mine`) and divergences.
pub(super) fn section(
    blocks: &mut Vec<Block>,
    grid: &Grid,
    mine: &[&Scorecard],
    divergences: &[&Divergence],
) {
    let lang = lang();
    let criteria: Vec<_> = grid.domains.iter().flat_map(|d| &d.criteria).collect();
    let indicators: Vec<_> = grid.indicators().map(|(_, _, i)| i).collect();
    let of_kind = |kind: NodeKind| -> Vec<&Divergence> {
        divergences
            .iter()
            .filter(|d| d.kind == kind)
            .copied()
            .collect()
    };
    let (on_criteria, on_indicators) = (of_kind(NodeKind::Criterion), of_kind(NodeKind::Indicator));
    if on_criteria.is_empty() && on_indicators.is_empty() {
        return;
    }
    blocks.push(Block::Heading(3, tr!("report-divergence")));
    let threshold = number::local(DIVERGENCE_THRESHOLD);
    let (wide_criteria, wide_indicators) = (wide(&on_criteria), wide(&on_indicators));
    if wide_criteria.is_empty() && wide_indicators.is_empty() {
        blocks.push(Block::Paragraph(tr!(
            "report-no-divergence",
            threshold = threshold.as_str()
        )));
        return;
    }
    blocks.push(Block::Paragraph(tr!(
        "report-divergence-intro",
        threshold = threshold.as_str()
    )));
    if !wide_criteria.is_empty() {
        let rows = wide_criteria
            .iter()
            .map(|d| {
                let roles: Vec<String> = d.roles.iter().map(criterion_side).collect();
                vec![
                    Cell::plain(criteria[d.index].label.get(lang).to_owned()),
                    Cell::plain(d.period.clone().unwrap_or_default()),
                    Cell::plain(roles.join(" · ")),
                    Cell::with(format!("⚠ {}", number::integer(d.spread)), "diverge"),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            caption: tr!("report-divergence-criteria"),
            header: vec![
                tr!("report-col-criterion"),
                tr!("report-col-period"),
                tr!("report-col-roles"),
                tr!("report-col-spread"),
            ],
            rows,
        });
    }
    if !wide_indicators.is_empty() {
        // Each role's card, for its share of favourable answers: found once.
        let role_cards: HashMap<(Option<&str>, &str), &Scorecard> = mine
            .iter()
            .filter(|c| c.key.series == Series::Role)
            .filter_map(|c| Some(((c.key.period.as_deref(), c.key.role.as_deref()?), *c)))
            .collect();
        let rows = wide_indicators
            .iter()
            .map(|d| {
                let roles: Vec<String> = d
                    .roles
                    .iter()
                    .map(|r| {
                        let favourable = role_cards
                            .get(&(d.period.as_deref(), r.role.as_str()))
                            .and_then(|c| c.indicators.get(d.index))
                            .and_then(|i| i.favourable);
                        indicator_side(r, favourable)
                    })
                    .collect();
                vec![
                    Cell::plain(indicators[d.index].label.get(lang).to_owned()),
                    Cell::plain(d.period.clone().unwrap_or_default()),
                    Cell::plain(roles.join(" · ")),
                    Cell::with(format!("⚠ {}", number::integer(d.spread)), "diverge"),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            caption: tr!("report-divergence-indicators"),
            header: vec![
                tr!("report-col-indicator"),
                tr!("report-col-period"),
                tr!("report-col-roles"),
                tr!("report-col-spread"),
            ],
            rows,
        });
    }
}

/// The divergences of `list` past [`DIVERGENCE_THRESHOLD`].
fn wide<'a>(list: &[&'a Divergence]) -> Vec<&'a Divergence> {
    list.iter()
        .filter(|d| d.spread > DIVERGENCE_THRESHOLD)
        .copied()
        .collect()
}

/// « Habitant·e 71 (n = 12, 4 indicateurs partagés) ».
fn criterion_side(r: &RoleScore) -> String {
    tr!(
        "report-divergence-role",
        role = r.role.as_str(),
        score = number::integer(r.score),
        n = r.responses,
        shared = r.shared
    )
}

/// « Habitant·e 71 (n = 12, 64 % favorables) », the share when the
/// indicator has one.
fn indicator_side(r: &RoleScore, favourable: Option<f64>) -> String {
    match favourable {
        Some(share) => tr!(
            "report-divergence-role-favourable",
            role = r.role.as_str(),
            score = number::integer(r.score),
            n = r.responses,
            favourable = percent(share)
        ),
        None => tr!(
            "report-divergence-role-indicator",
            role = r.role.as_str(),
            score = number::integer(r.score),
            n = r.responses
        ),
    }
}
