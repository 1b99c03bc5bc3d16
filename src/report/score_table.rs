//! The comparison table of `score`: domains and criteria as rows, groups as
//! columns, each cell `score (scored/scorable)`; optionally the distributions
//! of level and yes/no indicators under their criterion; with roles split, a
//! compact table of where roles differ. Scores flagged by the guards are
//! greyed (colour) or marked `*` (no colour), with a legend.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};

use super::series::{guards_text, percent, series_name};
use crate::grid::Grid;
use crate::grid::model::ScaleKind;
use crate::i18n::lang;
use crate::number;
use crate::score::{Divergence, Guards, NodeKind, NodeScore, Scorecard, Series};
use crate::text::{clean, clean_line};
use crate::tr;

/// How to draw the table.
#[derive(Clone, Copy, Debug)]
pub struct TableOptions {
    /// Terminal columns the table fits in.
    pub width: u16,
    /// Whether flagged scores may be dimmed with escapes (else marked `*`).
    pub color: bool,
    /// Show level and yes/no indicators under their criterion.
    pub distributions: bool,
    /// Roles are split: the action's series is named « tous les répondants ».
    pub by_role: bool,
    /// The thresholds the flags come from, for the legend.
    pub guards: Guards,
}

/// `score (scored/scorable)`, or `— (0/n)` when there is no score.
pub fn cell_text(node: &NodeScore) -> String {
    format!(
        "{} ({}/{})",
        number::table_score(node.score),
        node.scored,
        node.scorable
    )
}

/// Put before a flagged cell's text when colour is on: one column wide, as
/// comfy-table measures it, and replaced after layout by a space and the
/// dim escape, so that columns stay aligned (comfy-table is built without
/// its styling feature).
const DIM: char = '\u{E000}';
/// After a flagged cell's text without colour.
const MARK: char = '*';

fn flagged(text: String, flag: bool, color: bool) -> String {
    match (flag, color) {
        (false, _) => text,
        (true, true) => format!("{DIM}{text}"),
        (true, false) => format!("{text}{MARK}"),
    }
}

/// Replaces each [`DIM`] by a space and the dim escape, and ends the dim
/// style at the cell's border.
fn dim(table: &str) -> String {
    let mut out = String::with_capacity(table.len() + 64);
    let mut open = false;
    for c in table.chars() {
        match c {
            DIM => {
                out.push_str(" \x1b[2m");
                open = true;
            }
            '│' | '┆' | '\n' if open => {
                out.push_str("\x1b[22m");
                out.push(c);
                open = false;
            }
            _ => out.push(c),
        }
    }
    if open {
        out.push_str("\x1b[22m");
    }
    out
}

/// Action, period and series on separate lines, the action wrapped so that
/// long names do not widen the table.
fn group_header(card: &Scorecard, named: bool) -> String {
    // Data must not drive the terminal: no escapes, one line per part.
    let mut header = fill(&clean_line(&card.key.action), 18);
    if let Some(period) = &card.key.period {
        header.push('\n');
        header.push_str(&clean_line(period));
    }
    if let Some(series) = series_name(&card.key, named) {
        header.push('\n');
        header.push_str(&clean_line(&series));
    }
    header
}

/// A level or yes/no indicator's distribution: `71 % [2 3 5 4]`, the share
/// of favourable answers and the answers per level in the scale's order.
fn distribution_text(favourable: Option<f64>, counts: &[u64]) -> String {
    let Some(share) = favourable else {
        return "—".to_owned();
    };
    let counts: Vec<String> = counts.iter().map(u64::to_string).collect();
    format!("{} [{}]", percent(share), counts.join(" "))
}

/// The plain table of one run without roles split or guards (the end of
/// `evaluate`): see [`table_with`].
pub fn table(grid: &Grid, cards: &[Scorecard], width: u16) -> String {
    let options = TableOptions {
        width,
        color: false,
        distributions: false,
        by_role: false,
        guards: Guards::default(),
    };
    table_with(grid, cards, &[], &options)
}

/// The table, then its legends, then (roles split) where roles differ.
/// Groups are split over several tables so that each fits in the width.
pub fn table_with(
    grid: &Grid,
    cards: &[Scorecard],
    divergences: &[Divergence],
    options: &TableOptions,
) -> String {
    let lang = lang();
    let color = options.color;
    let label_width = 34usize;
    // Each group's column is as wide as its (wrapped) header or its widest
    // cell, plus padding and border; groups fill a table up to `width`.
    // Once any column names its series (a role, « collectif »), the pooled
    // columns name theirs too: a blank line there reads as a missing role.
    let named = options.by_role || cards.iter().any(|c| c.key.series != Series::All);
    let headers: Vec<String> = cards.iter().map(|c| group_header(c, named)).collect();
    let column_width = |i: usize| {
        let card = &cards[i];
        let cells = card
            .overall
            .iter()
            .chain(&card.domains)
            .chain(&card.criteria)
            .map(|n| textwrap::core::display_width(&cell_text(n)) + 1)
            .max()
            .unwrap_or(0);
        let distributions = if options.distributions {
            card.indicators
                .iter()
                .map(|r| {
                    textwrap::core::display_width(&distribution_text(r.favourable, &r.distribution))
                        + 1
                })
                .max()
                .unwrap_or(0)
        } else {
            0
        };
        let header = headers[i]
            .lines()
            .map(textwrap::core::display_width)
            .max()
            .unwrap_or(0);
        header.max(cells).max(distributions) + 3
    };
    let mut chunks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut used = label_width + 4;
    for i in 0..cards.len() {
        let w = column_width(i);
        if i > start && used + w > usize::from(options.width) {
            chunks.push(start..i);
            start = i;
            used = label_width + 4;
        }
        used += w;
    }
    if start < cards.len() {
        chunks.push(start..cards.len());
    }
    // Which indicators show a distribution: levels and yes/no only.
    let shown: Vec<bool> = grid
        .indicators()
        .map(|(_, _, i)| {
            options.distributions
                && matches!(
                    grid.scale(i).kind,
                    ScaleKind::Levels(_) | ScaleKind::Boolean
                )
        })
        .collect();
    // Whether a legend must say what grey or `*` means.
    let any_flag = cards.iter().any(|c| {
        c.overall
            .iter()
            .chain(&c.domains)
            .chain(&c.criteria)
            .any(|n| n.flag.any())
            || c.indicators
                .iter()
                .zip(&shown)
                .any(|(r, &shown)| shown && r.node.flag.any())
    });
    let mut out = Vec::new();
    for range in chunks {
        let chunk = &cards[range.clone()];
        let chunk_headers = &headers[range];
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled);
        let mut header = vec![Cell::new("")];
        header.extend(chunk_headers.iter().map(Cell::new));
        table.set_header(header);
        let wrap = |text: &str, first: &str, rest: &str| {
            textwrap::fill(
                text,
                textwrap::Options::new(label_width)
                    .initial_indent(first)
                    .subsequent_indent(rest)
                    .word_splitter(textwrap::WordSplitter::NoHyphenation),
            )
        };
        let mut row = |label: String, cells: Vec<String>| {
            let mut r = vec![Cell::new(clean(&label))];
            r.extend(
                cells
                    .into_iter()
                    .map(|c| Cell::new(c).set_alignment(CellAlignment::Right)),
            );
            table.add_row(r);
        };
        let node_cell = |node: &NodeScore| flagged(cell_text(node), node.flag.any(), color);
        let cells =
            |f: &dyn Fn(&Scorecard) -> String| -> Vec<String> { chunk.iter().map(f).collect() };
        row(tr!("table-responses"), cells(&|c| c.responses.to_string()));
        if grid.overall {
            let values = cells(&|c| c.overall.as_ref().map(node_cell).unwrap_or_default());
            row(tr!("table-overall"), values);
        }
        let (mut criterion, mut indicator) = (0, 0);
        for (d, domain) in grid.domains.iter().enumerate() {
            let values = cells(&|c| node_cell(&c.domains[d]));
            row(wrap(domain.label.get(lang), "", ""), values);
            for c in &domain.criteria {
                let values = cells(&|card| node_cell(&card.criteria[criterion]));
                row(wrap(c.label.get(lang), "  › ", "    "), values);
                for i in &c.indicators {
                    if shown[indicator] {
                        let values = cells(&|card| {
                            let r = &card.indicators[indicator];
                            flagged(
                                distribution_text(r.favourable, &r.distribution),
                                r.node.flag.any(),
                                color,
                            )
                        });
                        row(wrap(i.label.get(lang), "      · ", "        "), values);
                    }
                    indicator += 1;
                }
                criterion += 1;
            }
        }
        let text = table.to_string();
        out.push(if color { dim(&text) } else { text });
    }
    let mut text = out.join("\n\n");
    text.push('\n');
    // One short block under the tables, each line wrapped to the width.
    let mut legend = vec![tr!("table-cell-legend")];
    if options.distributions {
        legend.push(tr!("table-distributions-legend"));
    }
    if any_flag && let Some(guards) = guards_text(options.guards) {
        legend.push(if color {
            tr!("table-flag-legend-dim", guards = guards)
        } else {
            tr!("table-flag-legend-mark", guards = guards)
        });
    }
    for line in legend {
        text.push_str(&fill(&line, usize::from(options.width)));
        text.push('\n');
    }
    divergence_table(&mut text, grid, divergences, usize::from(options.width));
    text
}

/// `text` wrapped on words at `width`, a word broken only when longer than
/// the line.
fn fill(text: &str, width: usize) -> String {
    textwrap::fill(
        text,
        textwrap::Options::new(width.max(1)).word_splitter(textwrap::WordSplitter::NoHyphenation),
    )
}

/// Where roles differ, after the scores: the overall score, domains and
/// criteria whose roles' scores on shared indicators are apart, with each
/// role's score, responses and shared indicators. Indicators are left to
/// CSV and JSON: there would be too many.
fn divergence_table(text: &mut String, grid: &Grid, divergences: &[Divergence], width: usize) {
    let lang = lang();
    let criteria: Vec<&crate::grid::model::Criterion> =
        grid.domains.iter().flat_map(|d| &d.criteria).collect();
    let rows: Vec<&Divergence> = divergences
        .iter()
        .filter(|d| d.kind != NodeKind::Indicator && number::rounded(d.spread, 0) > 0.0)
        .collect();
    if rows.is_empty() {
        return;
    }
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(vec![
        Cell::new(tr!("table-div-group")),
        Cell::new(tr!("table-div-node")),
        Cell::new(tr!("table-div-spread")),
        Cell::new(tr!("table-div-roles")),
    ]);
    let role_lines: Vec<Vec<String>> = rows
        .iter()
        .map(|d| {
            d.roles
                .iter()
                .map(|r| {
                    tr!(
                        "table-div-role",
                        role = clean_line(&r.role).into_owned(),
                        score = number::integer(r.score),
                        responses = r.responses,
                        shared = r.shared
                    )
                })
                .collect()
        })
        .collect();
    // The node's label takes what the action, the spread and the roles
    // leave, between 18 and 34 columns; roles wrap only when they would push
    // the table past the width (long role names).
    let group_width = 14;
    let spread_width = textwrap::core::display_width(&tr!("table-div-spread")).max(3);
    let fixed = 13 + group_width + spread_width;
    let roles_width = role_lines
        .iter()
        .flatten()
        .map(|l| textwrap::core::display_width(l))
        .chain([textwrap::core::display_width(&tr!("table-div-roles"))])
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(fixed + 18).max(16));
    let node_width = width.saturating_sub(fixed + roles_width).clamp(18, 34);
    let mut previous: Option<(&str, Option<&str>)> = None;
    for (d, roles) in rows.into_iter().zip(role_lines) {
        // The action and period once, on their group's first row.
        let key = (d.action.as_str(), d.period.as_deref());
        let mut group = String::new();
        if previous != Some(key) {
            group = fill(&clean_line(&d.action), group_width);
            if let Some(period) = &d.period {
                group.push('\n');
                group.push_str(&clean_line(period));
            }
        }
        previous = Some(key);
        let node = match d.kind {
            NodeKind::Overall => tr!("table-overall"),
            NodeKind::Domain => grid.domains[d.index].label.get(lang).to_owned(),
            _ => format!("› {}", criteria[d.index].label.get(lang)),
        };
        table.add_row(vec![
            Cell::new(group),
            Cell::new(fill(&clean(&node), node_width)),
            Cell::new(number::integer(d.spread)).set_alignment(CellAlignment::Right),
            Cell::new(
                roles
                    .iter()
                    .map(|r| {
                        textwrap::fill(
                            r,
                            textwrap::Options::new(roles_width)
                                .subsequent_indent("  ")
                                .word_splitter(textwrap::WordSplitter::NoHyphenation),
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ]);
    }
    text.push('\n');
    text.push_str(&fill(&tr!("table-divergence-title"), width));
    text.push('\n');
    text.push_str(&table.to_string());
    text.push('\n');
    text.push_str(&fill(&tr!("table-divergence-legend"), width));
    text.push('\n');
}

#[cfg(test)]
mod tests;
