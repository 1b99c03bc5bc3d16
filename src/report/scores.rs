//! Scorecards as text: a comparison table for people, tidy CSV for pivot
//! tables, JSON for programs. All three show the same numbers; none of them
//! prints.

use rustc_hash::FxHashMap;
use serde::Serialize;
use serde_json::{Value, json};

pub use super::csv_style::CsvStyle;
pub use super::score_table::{TableOptions, cell_text, table, table_with};
use crate::grid::Grid;
use crate::grid::model::ScaleKind;
use crate::i18n::lang;
use crate::number;
use crate::score::targets::UsedTarget;
use crate::score::{Divergence, IndicatorResult, NodeKind, NodeScore, Scorecard};
use crate::tr;

/// JSON numbers rounded like [`number::machine`].
fn json_number(n: f64) -> Value {
    json!(number::rounded(n, 2))
}

/// Tidy CSV: one row per group and node (SPEC "score"), then extra columns.
/// Writes the rows into `out` as they are made: memory does not grow with
/// the output.
pub fn csv(
    out: impl std::io::Write,
    grid: &Grid,
    cards: &[Scorecard],
    divergences: &[Divergence],
    style: &CsvStyle,
) -> anyhow::Result<()> {
    csv_rows(out, grid, cards, divergences, style).map_err(|e| {
        if !e.is_io_error() {
            return e.into();
        }
        // The I/O error itself, so that a closed pipe is recognised as one.
        match e.into_kind() {
            csv::ErrorKind::Io(io) => io.into(),
            other => anyhow::anyhow!("{other:?}"),
        }
    })
}

/// The columns of the scores' CSV, stable names programs rely on (SPEC).
const CSV_HEADER: [&str; 23] = [
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
    "favourable",
    "flag",
    "series",
    "dont_know",
    "distribution",
    "target",
    "baseline",
    "target_source",
    "agreed_with",
    "agreed_on",
];

/// The same columns named for people opening the file in a spreadsheet
/// (`--excel`), in their language, in [`CSV_HEADER`]'s order.
fn excel_header() -> [String; 23] {
    [
        tr!("excel-col-action"),
        tr!("excel-col-period"),
        tr!("excel-col-role"),
        tr!("excel-col-node"),
        tr!("excel-col-id"),
        tr!("excel-col-label"),
        tr!("excel-col-score"),
        tr!("excel-col-scored"),
        tr!("excel-col-scorable"),
        tr!("excel-col-value"),
        tr!("excel-col-status"),
        tr!("excel-col-responses"),
        tr!("excel-col-divergence"),
        tr!("excel-col-favourable"),
        tr!("excel-col-flag"),
        tr!("excel-col-series"),
        tr!("excel-col-dont-know"),
        tr!("excel-col-distribution"),
        tr!("excel-col-target"),
        tr!("excel-col-baseline"),
        tr!("excel-col-target-source"),
        tr!("excel-col-agreed-with"),
        tr!("excel-col-agreed-on"),
    ]
}

fn csv_rows(
    mut out: impl std::io::Write,
    grid: &Grid,
    cards: &[Scorecard],
    divergences: &[Divergence],
    style: &CsvStyle,
) -> csv::Result<()> {
    let lang = lang();
    let number = |n: f64| style.number(n);
    {
        let mut writer = style.writer(&mut out)?;
        if style.excel {
            writer.write_record(excel_header())?;
        } else {
            writer.write_record(CSV_HEADER)?;
        }
        // Each indicator's level ids, once: the `distribution` column names
        // its counts by them.
        let levels: Vec<Vec<&str>> = grid
            .indicators()
            .map(|(_, _, i)| level_ids(grid, i))
            .collect();
        // Looked up per row: an index, not a scan, or the run is quadratic
        // in groups.
        let spreads: FxHashMap<(&str, Option<&str>, NodeKind, usize), f64> = divergences
            .iter()
            .map(|d| {
                (
                    (d.action.as_str(), d.period.as_deref(), d.kind, d.index),
                    d.spread,
                )
            })
            .collect();
        for card in cards {
            // Divergence compares roles: a collective evaluation is not one.
            let compared = card.key.series != crate::score::Series::Collective;
            let spread = |kind: NodeKind, index: usize| {
                spreads
                    .get(&(
                        card.key.action.as_str(),
                        card.key.period.as_deref(),
                        kind,
                        index,
                    ))
                    .filter(|_| compared)
                    .map(|&s| number(s))
                    .unwrap_or_default()
            };
            let series = card.key.series.as_str();
            let mut write = |kind: NodeKind,
                             index: usize,
                             id: &str,
                             label: &str,
                             node: &NodeScore,
                             indicator: Option<&IndicatorResult>| {
                let (value, status, favourable, dont_know, distribution) = match indicator {
                    Some(r) => (
                        r.value.map(number).unwrap_or_default(),
                        r.status.as_str(),
                        r.favourable.map(number).unwrap_or_default(),
                        r.dont_know.to_string(),
                        distribution_text(&levels[index], &r.distribution),
                    ),
                    None => Default::default(),
                };
                let target = indicator.and_then(|r| r.target.as_ref());
                let (target_value, baseline) = target
                    .map_or_else(Default::default, |t| (number(t.target), number(t.baseline)));
                let agreed = target.and_then(|t| t.agreed.as_ref());
                let source = target.map_or("", |t| target_source(t));
                let record = [
                    card.key.action.as_str(),
                    card.key.period.as_deref().unwrap_or(""),
                    card.key.role.as_deref().unwrap_or(""),
                    kind.as_str(),
                    id,
                    label,
                    &node.score.map(number).unwrap_or_default(),
                    &node.scored.to_string(),
                    &node.scorable.to_string(),
                    &value,
                    status,
                    &card.responses.to_string(),
                    &spread(kind, index),
                    &favourable,
                    node.flag.as_str(),
                    series,
                    &dont_know,
                    &distribution,
                    &target_value,
                    &baseline,
                    source,
                    agreed.and_then(|a| a.with.as_deref()).unwrap_or(""),
                    agreed.and_then(|a| a.date.as_deref()).unwrap_or(""),
                ];
                for cell in record {
                    writer.write_field(style.cell(cell).as_bytes())?;
                }
                writer.write_record(None::<&[u8]>)
            };
            if let Some(overall) = &card.overall {
                write(
                    NodeKind::Overall,
                    0,
                    &grid.id,
                    grid.title.get(lang),
                    overall,
                    None,
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
                )?;
                for criterion in &domain.criteria {
                    write(
                        NodeKind::Criterion,
                        c_index,
                        &criterion.id,
                        criterion.label.get(lang),
                        &card.criteria[c_index],
                        None,
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
                            Some(result),
                        )?;
                        i_index += 1;
                    }
                }
            }
        }
        writer.flush()?;
    }
    Ok(())
}

/// The `target_source` column: `agreed` for a target of a démarche's
/// `[[targets]]` (or `--targets`), `grid` for the grid's own.
fn target_source(target: &UsedTarget) -> &'static str {
    if target.agreed.is_some() {
        "agreed"
    } else {
        "grid"
    }
}

/// Who and when an indicator's target was agreed, when it was.
fn agreement(r: &IndicatorResult) -> Option<&crate::score::targets::Agreement> {
    r.target.as_ref().and_then(|t| t.agreed.as_ref())
}

/// The ids a distribution's counts belong to, in the scale's order: the
/// levels' ids, `no` and `yes` for a boolean, none for other scales.
fn level_ids<'g>(grid: &'g Grid, indicator: &crate::grid::model::Indicator) -> Vec<&'g str> {
    match &grid.scale(indicator).kind {
        ScaleKind::Levels(levels) => levels.iter().map(|l| l.id.as_str()).collect(),
        ScaleKind::Boolean => vec!["no", "yes"],
        _ => Vec::new(),
    }
}

/// `id=count` pairs joined by a space (`no=2 yes=5`); empty without counts.
fn distribution_text(ids: &[&str], counts: &[u64]) -> String {
    let mut text = String::new();
    for (id, count) in ids.iter().zip(counts) {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(id);
        text.push('=');
        text.push_str(&count.to_string());
    }
    text
}

/// A node as JSON: `{id, label, score, scored, scorable}`, then what its
/// kind adds.
#[derive(Serialize)]
struct NodeJson<'a, Extra: Serialize> {
    id: &'a str,
    label: &'a str,
    score: Option<Value>,
    scored: usize,
    scorable: usize,
    flag: Option<&'static str>,
    #[serde(flatten)]
    extra: Extra,
}

fn node_json<'a, E: Serialize>(
    id: &'a str,
    label: &'a str,
    node: &NodeScore,
    extra: E,
) -> NodeJson<'a, E> {
    NodeJson {
        id,
        label,
        score: node.score.map(json_number),
        scored: node.scored,
        scorable: node.scorable,
        flag: node.flag.any().then(|| node.flag.as_str()),
        extra,
    }
}

#[derive(Serialize)]
struct NoExtra {}

#[derive(Serialize)]
struct IndicatorExtra<'a> {
    status: &'a str,
    value: Option<Value>,
    values: u64,
    not_applicable: u64,
    missing: u64,
    dont_know: u64,
    favourable: Option<Value>,
    distribution: Option<DistributionJson<'a>>,
    /// As the CSV's columns of the same names.
    target: Option<Value>,
    baseline: Option<Value>,
    target_source: Option<&'static str>,
    agreed_with: Option<&'a str>,
    agreed_on: Option<&'a str>,
}

/// Level id → count, in the scale's order.
struct DistributionJson<'a>(&'a [&'a str], &'a [u64]);

impl Serialize for DistributionJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().zip(self.1))
    }
}

/// A sequence serialized element by element, as its items are made: the
/// document is never held whole in memory.
struct Stream<F>(std::cell::RefCell<Option<F>>);

impl<I, F> Serialize for Stream<F>
where
    F: FnOnce() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let make = self.0.borrow_mut().take();
        match make {
            Some(make) => serializer.collect_seq(make()),
            None => serializer.collect_seq(std::iter::empty::<()>()),
        }
    }
}

fn stream<I: Iterator, F: FnOnce() -> I>(make: F) -> Stream<F> {
    Stream(std::cell::RefCell::new(Some(make)))
}

/// One group as JSON; its domains, criteria and indicators are made as they
/// are written.
fn group_json<'a>(
    grid: &'a Grid,
    lang: crate::i18n::Lang,
    card: &'a Scorecard,
    levels: &'a [Vec<&'a str>],
) -> GroupJson<'a, impl Serialize + 'a> {
    let domains = stream(move || {
        let (mut c_index, mut i_index) = (0, 0);
        grid.domains
            .iter()
            .enumerate()
            .map(move |(d_index, domain)| {
                let first_criterion = c_index;
                c_index += domain.criteria.len();
                let first_indicator = i_index;
                i_index += domain
                    .criteria
                    .iter()
                    .map(|c| c.indicators.len())
                    .sum::<usize>();
                let criteria = stream(move || {
                    let mut i_index = first_indicator;
                    domain.criteria.iter().zip(first_criterion..).map(
                        move |(criterion, c_index)| {
                            let first = i_index;
                            i_index += criterion.indicators.len();
                            let indicators = stream(move || {
                                criterion.indicators.iter().zip(first..).map(
                                    move |(indicator, i_index)| {
                                        let r = &card.indicators[i_index];
                                        node_json(
                                            &indicator.id,
                                            indicator.label.get(lang),
                                            &r.node,
                                            IndicatorExtra {
                                                status: r.status.as_str(),
                                                value: r.value.map(json_number),
                                                values: r.values,
                                                not_applicable: r.not_applicable,
                                                missing: r.missing,
                                                dont_know: r.dont_know,
                                                favourable: r.favourable.map(json_number),
                                                distribution: (!r.distribution.is_empty()).then(
                                                    || {
                                                        DistributionJson(
                                                            &levels[i_index],
                                                            &r.distribution,
                                                        )
                                                    },
                                                ),
                                                target: r
                                                    .target
                                                    .as_ref()
                                                    .map(|t| json_number(t.target)),
                                                baseline: r
                                                    .target
                                                    .as_ref()
                                                    .map(|t| json_number(t.baseline)),
                                                target_source: r.target.as_ref().map(target_source),
                                                agreed_with: agreement(r)
                                                    .and_then(|a| a.with.as_deref()),
                                                agreed_on: agreement(r)
                                                    .and_then(|a| a.date.as_deref()),
                                            },
                                        )
                                    },
                                )
                            });
                            node_json(
                                &criterion.id,
                                criterion.label.get(lang),
                                &card.criteria[c_index],
                                IndicatorsField { indicators },
                            )
                        },
                    )
                });
                node_json(
                    &domain.id,
                    domain.label.get(lang),
                    &card.domains[d_index],
                    CriteriaField { criteria },
                )
            })
    });
    GroupJson {
        action: &card.key.action,
        period: card.key.period.as_deref(),
        role: card.key.role.as_deref(),
        series: card.key.series.as_str(),
        responses: card.responses,
        overall: card
            .overall
            .as_ref()
            .map(|o| node_json(&grid.id, grid.title.get(lang), o, NoExtra {})),
        domains,
    }
}

/// The documented JSON structure (docs/score.md), pretty-printed into `out`
/// group by group: memory stays that of one group, whatever their number.
pub fn json(
    out: impl std::io::Write,
    grid: &Grid,
    cards: &[Scorecard],
    divergences: &[Divergence],
    by_role: bool,
) -> serde_json::Result<()> {
    let lang = lang();
    let criteria: Vec<&crate::grid::model::Criterion> =
        grid.domains.iter().flat_map(|d| &d.criteria).collect();
    let indicators: Vec<&crate::grid::model::Indicator> =
        grid.indicators().map(|(_, _, i)| i).collect();
    let node_id = |kind: NodeKind, index: usize| -> &str {
        match kind {
            NodeKind::Overall => &grid.id,
            NodeKind::Domain => grid.domains.get(index).map_or("", |d| &d.id),
            NodeKind::Criterion => criteria.get(index).map_or("", |c| &c.id),
            NodeKind::Indicator => indicators.get(index).map_or("", |i| &i.id),
        }
    };
    // Each indicator's level ids, once, not per group.
    let levels: Vec<Vec<&str>> = grid
        .indicators()
        .map(|(_, _, i)| level_ids(grid, i))
        .collect();
    let document = DocumentJson {
        grid: GridJson {
            id: &grid.id,
            version: &grid.version,
            title: grid.title.get(lang),
        },
        by_role,
        groups: stream(|| {
            cards
                .iter()
                .map(|card| group_json(grid, lang, card, &levels))
        }),
        divergences: stream(|| {
            divergences.iter().map(|d| DivergenceJson {
                action: &d.action,
                period: d.period.as_deref(),
                node: d.kind.as_str(),
                id: node_id(d.kind, d.index),
                spread: json_number(d.spread),
                roles: RolesJson(&d.roles),
            })
        }),
    };
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &document)?;
    std::io::Write::write_all(&mut out, b"\n").map_err(serde_json::Error::io)?;
    std::io::Write::flush(&mut out).map_err(serde_json::Error::io)
}

#[derive(Serialize)]
struct IndicatorsField<S> {
    indicators: S,
}

#[derive(Serialize)]
struct CriteriaField<S> {
    criteria: S,
}

#[derive(Serialize)]
struct GroupJson<'a, D> {
    action: &'a str,
    period: Option<&'a str>,
    role: Option<&'a str>,
    series: &'static str,
    responses: u64,
    overall: Option<NodeJson<'a, NoExtra>>,
    domains: D,
}

#[derive(Serialize)]
struct GridJson<'a> {
    id: &'a str,
    version: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct DocumentJson<'a, G, D> {
    grid: GridJson<'a>,
    by_role: bool,
    groups: G,
    divergences: D,
}

#[derive(Serialize)]
struct DivergenceJson<'a> {
    action: &'a str,
    period: Option<&'a str>,
    node: &'a str,
    id: &'a str,
    spread: Value,
    roles: RolesJson<'a>,
}

/// Each role's side, in the divergence's order: `{role, score, responses,
/// shared}`.
struct RolesJson<'a>(&'a [crate::score::RoleScore]);

#[derive(Serialize)]
struct RoleJson<'a> {
    role: &'a str,
    score: Value,
    responses: u64,
    shared: usize,
}

impl Serialize for RolesJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|r| RoleJson {
            role: &r.role,
            score: json_number(r.score),
            responses: r.responses,
            shared: r.shared,
        }))
    }
}
