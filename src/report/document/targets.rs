//! « Cible convenue / réalisé »: for each action and period, the number
//! indicators scored against a target, with the situation at the start, the
//! target and where it comes from (agreed with a funder, or the grid's), what
//! was achieved and the score. Only the action's pooled answers: each role's
//! series would repeat the same targets. Indicators with no value are left
//! out unless their target was agreed.

use super::{Block, Cell, Inputs};
use crate::grid::model::ScaleKind;
use crate::i18n::lang;
use crate::number;
use crate::report::series::flag_reason;
use crate::score::Series;
use crate::score::targets::UsedTarget;
use crate::tr;

pub(super) fn section(blocks: &mut Vec<Block>, inputs: &Inputs<'_>) {
    let grid = inputs.grid;
    let lang = lang();
    let indicators: Vec<_> = grid.indicators().map(|(_, _, i)| i).collect();
    let unit = |index: usize| match &grid.scale(indicators[index]).kind {
        ScaleKind::Number(scale) => scale.unit.as_ref().map(|u| u.get(lang).to_owned()),
        _ => None,
    };
    let value = |index: usize, n: f64| {
        let n = number::local(n);
        match unit(index) {
            Some(u) => number::with_unit(&n, &u),
            None => n,
        }
    };
    let mut tables = Vec::new();
    let mut agreed_any = false;
    let any_period = inputs.cards.iter().any(|c| c.key.period.is_some());
    for card in inputs.cards.iter().filter(|c| c.key.series == Series::All) {
        let rows: Vec<Vec<Cell>> = card
            .indicators
            .iter()
            .enumerate()
            .filter_map(|(i, result)| Some((i, result, result.target.as_ref()?)))
            // An indicator nobody measured says nothing against the grid's
            // target; against one agreed with a funder, its absence is news.
            .filter(|(_, result, target)| result.value.is_some() || target.agreed.is_some())
            .map(|(i, result, target)| {
                agreed_any |= target.agreed.is_some();
                let score = Cell::with(number::table_score(result.node.score), "num");
                let score = if result.node.flag.any() && result.node.score.is_some() {
                    Cell::with(
                        tr!(
                            "report-flagged",
                            score = score.text,
                            reason = flag_reason(result.node.flag, inputs.guards)
                        ),
                        "num flagged",
                    )
                } else {
                    score
                };
                vec![
                    Cell::plain(indicators[i].label.get(lang).to_owned()),
                    Cell::with(value(i, target.baseline), "num"),
                    Cell::plain(format!("{} ({})", value(i, target.target), origin(target))),
                    Cell::with(
                        result.value.map_or_else(|| "—".to_owned(), |v| value(i, v)),
                        "num",
                    ),
                    score,
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let caption = match &card.key.period {
            Some(p) => format!("{} — {p}", card.key.action),
            None if any_period => format!("{} — {}", card.key.action, tr!("report-no-period")),
            None => card.key.action.clone(),
        };
        tables.push(Block::Table {
            caption,
            header: vec![
                tr!("report-col-indicator"),
                tr!("report-targets-col-baseline"),
                tr!("report-targets-col-target"),
                tr!("report-targets-col-achieved"),
                tr!("report-targets-col-score"),
            ],
            rows,
        });
    }
    if tables.is_empty() {
        return;
    }
    blocks.push(Block::Heading(
        2,
        if agreed_any {
            tr!("report-targets-agreed")
        } else {
            tr!("report-targets")
        },
    ));
    blocks.push(Block::Paragraph(tr!("report-targets-intro")));
    blocks.extend(tables);
}

/// « convenue avec la Caf le 2026-03-01 », « de la grille ».
fn origin(target: &UsedTarget) -> String {
    let Some(agreed) = &target.agreed else {
        return tr!("report-target-grid");
    };
    let with = agreed
        .with
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let date = agreed
        .date
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match (with, date) {
        (Some(with), Some(date)) => tr!("report-target-agreed-with-on", with = with, date = date),
        (Some(with), None) => tr!("report-target-agreed-with", with = with),
        (None, Some(date)) => tr!("report-target-agreed-on", date = date),
        (None, None) => tr!("report-target-agreed"),
    }
}
