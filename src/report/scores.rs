//! Scorecards as text: a comparison table for people, tidy CSV for pivot
//! tables, JSON for programs. All three show the same numbers; none of them
//! prints.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use serde_json::{Value, json};

use crate::grid::Grid;
use crate::i18n::lang;
use crate::score::{Divergence, NodeKind, NodeScore, Scorecard};
use crate::tr;

/// A score as machines read it: at least one decimal, at most two.
pub fn machine_score(score: f64) -> String {
    let text = round_decimal(score, 2);
    let text = text.trim_end_matches('0');
    if text.ends_with('.') {
        format!("{text}0")
    } else {
        text.to_owned()
    }
}

/// `n` with `places` decimals, rounded half away from zero on its decimal
/// form, the shortest one that reads back as `n` (what `{}` prints): 3.125
/// gives 3.13 and 1.005 gives 1.01, in every output and on every run. The
/// one rounding rule of every output; non-finite values (never scores) print
/// as they are.
pub fn round_decimal(n: f64, places: usize) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let shortest = format!("{}", n.abs());
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut digits: Vec<u8> = int.bytes().collect();
    digits.extend(frac.bytes().chain(std::iter::repeat(b'0')).take(places));
    if frac.as_bytes().get(places).is_some_and(|&d| d >= b'5') {
        // Carry from the last kept digit up.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let zero = digits.iter().all(|&d| d == b'0');
    let mut out = String::with_capacity(digits.len() + 2);
    if n < 0.0 && !zero {
        out.push('-');
    }
    let point = digits.len() - places;
    out.extend(digits[..point].iter().map(|&d| char::from(d)));
    if places > 0 {
        out.push('.');
        out.extend(digits[point..].iter().map(|&d| char::from(d)));
    }
    out
}

/// Two decimals, rounded like [`machine_score`].
fn round2(n: f64) -> f64 {
    round_decimal(n, 2).parse().unwrap_or(n)
}

/// JSON numbers rounded like [`machine_score`].
fn json_number(n: f64) -> Value {
    json!(round2(n))
}

/// `score (scored/scorable)`, or `— (0/n)` when there is no score.
pub fn cell_text(node: &NodeScore) -> String {
    // Halves round up, as people expect (62.5 → 63), not to even.
    let score = node.score.map_or("—".to_owned(), |s| round_decimal(s, 0));
    format!("{score} ({}/{})", node.scored, node.scorable)
}

/// Action, period and role on separate lines, the action wrapped so that
/// long names do not widen the table.
fn group_header(card: &Scorecard) -> String {
    let mut header = textwrap::fill(&card.key.action, 18);
    if let Some(period) = &card.key.period {
        header.push('\n');
        header.push_str(period);
    }
    if let Some(role) = &card.key.role {
        header.push('\n');
        header.push_str(role);
    }
    header
}

/// Domains and criteria as rows, groups as columns, each cell `score
/// (scored/scorable)`. Groups are split over several tables so that each fits
/// in `width` columns.
pub fn table(grid: &Grid, cards: &[Scorecard], width: u16) -> String {
    let lang = lang();
    let label_width = 34usize;
    // Each group's column is as wide as its (wrapped) header or its widest
    // cell, plus padding and border; groups fill a table up to `width`.
    let headers: Vec<String> = cards.iter().map(group_header).collect();
    let column_width = |i: usize| {
        let card = &cards[i];
        let cells = card
            .overall
            .iter()
            .chain(&card.domains)
            .chain(&card.criteria)
            .map(|n| textwrap::core::display_width(&cell_text(n)))
            .max()
            .unwrap_or(0);
        let header = headers[i]
            .lines()
            .map(textwrap::core::display_width)
            .max()
            .unwrap_or(0);
        header.max(cells) + 3
    };
    let mut chunks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut used = label_width + 4;
    for i in 0..cards.len() {
        let w = column_width(i);
        if i > start && used + w > usize::from(width) {
            chunks.push(start..i);
            start = i;
            used = label_width + 4;
        }
        used += w;
    }
    if start < cards.len() {
        chunks.push(start..cards.len());
    }
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
                    .subsequent_indent(rest),
            )
        };
        let mut row = |label: String, cells: Vec<String>| {
            let mut r = vec![Cell::new(label)];
            r.extend(
                cells
                    .into_iter()
                    .map(|c| Cell::new(c).set_alignment(CellAlignment::Right)),
            );
            table.add_row(r);
        };
        row(
            tr!("table-responses"),
            chunk.iter().map(|c| c.responses.to_string()).collect(),
        );
        if grid.overall {
            row(
                tr!("table-overall"),
                chunk
                    .iter()
                    .map(|c| c.overall.as_ref().map(cell_text).unwrap_or_default())
                    .collect(),
            );
        }
        let mut criterion = 0;
        for (d, domain) in grid.domains.iter().enumerate() {
            row(
                wrap(domain.label.get(lang), "", ""),
                chunk.iter().map(|c| cell_text(&c.domains[d])).collect(),
            );
            for c in &domain.criteria {
                row(
                    wrap(c.label.get(lang), "  › ", "    "),
                    chunk
                        .iter()
                        .map(|card| cell_text(&card.criteria[criterion]))
                        .collect(),
                );
                criterion += 1;
            }
        }
        out.push(table.to_string());
    }
    let mut text = out.join("\n\n");
    text.push('\n');
    text
}

/// Tidy CSV: one row per group and node (SPEC "score"), then extra columns.
pub struct CsvStyle {
    /// French Excel: `;`, decimal commas and a UTF-8 BOM.
    pub excel: bool,
}

pub fn csv(
    grid: &Grid,
    cards: &[Scorecard],
    divergences: &[Divergence],
    style: &CsvStyle,
) -> anyhow::Result<Vec<u8>> {
    let lang = lang();
    let mut bytes = Vec::new();
    if style.excel {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    let number = |n: f64| {
        let text = machine_score(n);
        if style.excel {
            text.replace('.', ",")
        } else {
            text
        }
    };
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(if style.excel { b';' } else { b',' })
            .from_writer(&mut bytes);
        writer.write_record([
            "action",
            "period",
            "role",
            "node",
            "id",
            "label",
            "score",
            "scored",
            "scorable",
            "value",
            "status",
            "responses",
            "divergence",
        ])?;
        for card in cards {
            let spread = |kind: NodeKind, index: usize| {
                divergences
                    .iter()
                    .find(|d| {
                        d.kind == kind
                            && d.index == index
                            && d.action == card.key.action
                            && d.period == card.key.period
                    })
                    .map(|d| number(d.spread))
                    .unwrap_or_default()
            };
            let mut write = |kind: NodeKind,
                             index: usize,
                             id: &str,
                             label: &str,
                             node: &NodeScore,
                             value: Option<f64>,
                             status: &str| {
                writer.write_record([
                    card.key.action.as_str(),
                    card.key.period.as_deref().unwrap_or(""),
                    card.key.role.as_deref().unwrap_or(""),
                    kind.as_str(),
                    id,
                    label,
                    &node.score.map(number).unwrap_or_default(),
                    &node.scored.to_string(),
                    &node.scorable.to_string(),
                    &value.map(number).unwrap_or_default(),
                    status,
                    &card.responses.to_string(),
                    &spread(kind, index),
                ])
            };
            if let Some(overall) = &card.overall {
                write(
                    NodeKind::Overall,
                    0,
                    &grid.id,
                    grid.title.get(lang),
                    overall,
                    None,
                    "",
                )?;
            }
            let (mut c_index, mut i_index) = (0, 0);
            for (d_index, domain) in grid.domains.iter().enumerate() {
                write(
                    NodeKind::Domain,
                    d_index,
                    &domain.id,
                    domain.label.get(lang),
                    &card.domains[d_index],
                    None,
                    "",
                )?;
                for criterion in &domain.criteria {
                    write(
                        NodeKind::Criterion,
                        c_index,
                        &criterion.id,
                        criterion.label.get(lang),
                        &card.criteria[c_index],
                        None,
                        "",
                    )?;
                    c_index += 1;
                    for indicator in &criterion.indicators {
                        let result = &card.indicators[i_index];
                        write(
                            NodeKind::Indicator,
                            i_index,
                            &indicator.id,
                            indicator.label.get(lang),
                            &result.node,
                            result.value,
                            result.status.as_str(),
                        )?;
                        i_index += 1;
                    }
                }
            }
        }
        writer.flush()?;
    }
    Ok(bytes)
}

fn node_json(id: &str, label: &str, node: &NodeScore) -> Value {
    json!({
        "id": id,
        "label": label,
        "score": node.score.map(json_number),
        "scored": node.scored,
        "scorable": node.scorable,
    })
}

/// The documented JSON structure (docs/score.md).
pub fn json(grid: &Grid, cards: &[Scorecard], divergences: &[Divergence], by_role: bool) -> Value {
    let lang = lang();
    let groups: Vec<Value> = cards
        .iter()
        .map(|card| {
            let (mut c_index, mut i_index) = (0, 0);
            let domains: Vec<Value> = grid
                .domains
                .iter()
                .enumerate()
                .map(|(d_index, domain)| {
                    let mut d = node_json(&domain.id, domain.label.get(lang), &card.domains[d_index]);
                    d["criteria"] = domain
                        .criteria
                        .iter()
                        .map(|criterion| {
                            let mut c = node_json(&criterion.id, criterion.label.get(lang), &card.criteria[c_index]);
                            c_index += 1;
                            c["indicators"] = criterion
                                .indicators
                                .iter()
                                .map(|indicator| {
                                    let r = &card.indicators[i_index];
                                    i_index += 1;
                                    let mut i = node_json(&indicator.id, indicator.label.get(lang), &r.node);
                                    i["status"] = json!(r.status.as_str());
                                    i["value"] = json!(r.value.map(json_number));
                                    i["values"] = json!(r.values);
                                    i["not_applicable"] = json!(r.not_applicable);
                                    i["missing"] = json!(r.missing);
                                    i
                                })
                                .collect();
                            c
                        })
                        .collect();
                    d
                })
                .collect();
            json!({
                "action": card.key.action,
                "period": card.key.period,
                "role": card.key.role,
                "responses": card.responses,
                "overall": card.overall.as_ref().map(|o| node_json(&grid.id, grid.title.get(lang), o)),
                "domains": domains,
            })
        })
        .collect();
    let node_id = |kind: NodeKind, index: usize| -> String {
        match kind {
            NodeKind::Overall => grid.id.clone(),
            NodeKind::Domain => grid.domains[index].id.clone(),
            NodeKind::Criterion => grid
                .domains
                .iter()
                .flat_map(|d| &d.criteria)
                .nth(index)
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            NodeKind::Indicator => grid
                .indicators()
                .nth(index)
                .map(|(_, _, i)| i.id.clone())
                .unwrap_or_default(),
        }
    };
    let divergences: Vec<Value> = divergences
        .iter()
        .map(|d| {
            json!({
                "action": d.action,
                "period": d.period,
                "node": d.kind.as_str(),
                "id": node_id(d.kind, d.index),
                "spread": json_number(d.spread),
                "roles": d.roles.iter().map(|(r, s)| (r.clone(), json_number(*s))).collect::<serde_json::Map<_, _>>(),
            })
        })
        .collect();
    json!({
        "grid": { "id": grid.id, "version": grid.version, "title": grid.title.get(lang) },
        "by_role": by_role,
        "groups": groups,
        "divergences": divergences,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rounding_rule_on_the_printed_decimal() {
        for (n, two, none) in [
            (3.125, "3.13", "3"),
            (1.005, "1.01", "1"),
            (2.675, "2.68", "3"),
            (62.5, "62.50", "63"),
            (99.995, "100.00", "100"),
            (0.0, "0.00", "0"),
            (-0.0, "0.00", "0"),
            (-0.001, "0.00", "0"),
            (-3.125, "-3.13", "-3"),
            (-0.5, "-0.50", "-1"),
            (9.999, "10.00", "10"),
            (100.0, "100.00", "100"),
            (1e21, "1000000000000000000000.00", "1000000000000000000000"),
            (0.004999, "0.00", "0"),
        ] {
            assert_eq!(round_decimal(n, 2), two, "{n}");
            assert_eq!(round_decimal(n, 0), none, "{n}");
        }
        assert_eq!(machine_score(3.125), "3.13");
        assert_eq!(machine_score(3.1), "3.1");
        assert_eq!(machine_score(100.0), "100.0");
        assert_eq!(round2(1.005), 1.01);
    }
}
