//! The report a board or a funder reads: context, a radar per action,
//! comparison tables, bars per criterion, change between periods, where roles
//! see things differently, the words people used, and a note on method.
//!
//! The content is built once as a list of [`Block`]s, then written as one
//! self-contained HTML page or as Markdown with SVG files beside it, so both
//! formats always say the same.

use std::collections::{BTreeSet, HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::escape;
use super::scores::cell_text;
use super::svg::{Series, bars, radar};
use crate::grid::Grid;
use crate::grid::model::{ScaleKind, Scoring};
use crate::i18n::lang;
use crate::score::{Divergence, NodeKind, Scorecard};
use crate::text::{clean, clean_line, slugify};
use crate::tr;

/// Roles whose scores differ by more than this many points on a criterion are
/// pointed out.
pub const DIVERGENCE_THRESHOLD: f64 = 20.0;

/// A table cell, with how to show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub class: Option<&'static str>,
}

impl Cell {
    fn plain(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            class: None,
        }
    }

    fn with(text: impl Into<String>, class: &'static str) -> Cell {
        Cell {
            text: text.into(),
            class: Some(class),
        }
    }
}

/// A piece of the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Paragraph(String),
    List(Vec<String>),
    Table {
        caption: String,
        header: Vec<String>,
        rows: Vec<Vec<Cell>>,
    },
    /// A chart: `name` is unique in the document and short enough for a
    /// file name; `title` says what it shows, for alternative text.
    Chart {
        name: String,
        title: String,
        svg: String,
    },
    Quotes(Vec<String>),
    PageBreak,
}

/// What the report is made of, with the date it was made.
#[derive(Debug)]
pub struct Inputs<'a> {
    pub grid: &'a Grid,
    pub cards: &'a [Scorecard],
    pub divergences: &'a [Divergence],
    pub by_role: bool,
    /// Every role that answered, also when roles pool.
    pub roles: Vec<String>,
    pub date: String,
}

/// How a group is named in legends and quotes: its period and role. With
/// roles split, answers that name no role are said to have none.
fn series_name(card: &Scorecard, by_role: bool) -> String {
    let no_role = tr!("report-no-role");
    let role = match card.key.role.as_deref() {
        None if by_role => Some(no_role.as_str()),
        role => role,
    };
    let parts: Vec<&str> = [card.key.period.as_deref(), role]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        tr!("report-all-answers")
    } else {
        parts.join(" · ")
    }
}

/// Builds the document.
pub fn build(inputs: &Inputs<'_>) -> Vec<Block> {
    let grid = inputs.grid;
    let lang = lang();
    let cards = inputs.cards;
    let mut blocks = Vec::new();
    blocks.push(Block::Heading(
        1,
        tr!("report-title", grid = grid.title.get(lang)),
    ));

    let distinct = |f: &dyn Fn(&Scorecard) -> Option<String>| -> Vec<String> {
        let mut seen = Vec::new();
        // A set beside the list: thousands of actions must not be quadratic.
        let mut known = HashSet::new();
        for card in cards {
            if let Some(v) = f(card)
                && known.insert(v.clone())
            {
                seen.push(v);
            }
        }
        seen
    };
    let actions = distinct(&|c| Some(c.key.action.clone()));
    let periods = distinct(&|c| c.key.period.clone());
    let roles = &inputs.roles;
    let responses: u64 = cards.iter().map(|c| c.responses).sum();
    let none = tr!("report-none");
    let join = |v: &[String]| {
        if v.is_empty() {
            none.clone()
        } else {
            v.join(", ")
        }
    };
    blocks.push(Block::List(vec![
        tr!(
            "report-grid",
            title = grid.title.get(lang),
            id = grid.id.as_str(),
            version = grid.version.as_str()
        ),
        tr!(
            "report-actions",
            count = actions.len(),
            list = join(&actions)
        ),
        tr!("report-periods", list = join(&periods)),
        tr!("report-roles", list = join(roles)),
        tr!("report-responses", count = responses),
        tr!("report-date", date = inputs.date.as_str()),
    ]));
    blocks.push(Block::Paragraph(tr!("report-reading")));

    // Actions × domains.
    blocks.push(Block::Heading(2, tr!("report-overview")));
    let mut header = vec![tr!("report-col-action"), tr!("report-col-period")];
    if inputs.by_role {
        header.push(tr!("report-col-role"));
    }
    header.push(tr!("report-col-responses"));
    if grid.overall {
        header.push(tr!("table-overall"));
    }
    header.extend(grid.domains.iter().map(|d| d.label.get(lang).to_owned()));
    let rows = cards
        .iter()
        .map(|card| {
            let mut row = vec![
                Cell::plain(card.key.action.clone()),
                Cell::plain(card.key.period.clone().unwrap_or_default()),
            ];
            if inputs.by_role {
                row.push(Cell::plain(card.key.role.clone().unwrap_or_default()));
            }
            row.push(Cell::with(card.responses.to_string(), "num"));
            if let Some(overall) = &card.overall {
                row.push(Cell::with(cell_text(overall), "num"));
            }
            row.extend(card.domains.iter().map(|d| Cell::with(cell_text(d), "num")));
            row
        })
        .collect();
    blocks.push(Block::Table {
        caption: tr!("report-overview-caption"),
        header,
        rows,
    });

    let criteria: Vec<(String, String)> = grid
        .domains
        .iter()
        .flat_map(|d| {
            d.criteria
                .iter()
                .map(move |c| (d.label.get(lang).to_owned(), c.label.get(lang).to_owned()))
        })
        .collect();
    let no_score = tr!("report-no-score");
    let action_names = file_names(&actions, 60);
    // Each action's cards and divergences, found once rather than by a scan
    // per action.
    let mut cards_of: HashMap<&str, Vec<&Scorecard>> = HashMap::new();
    for card in cards {
        cards_of.entry(&card.key.action).or_default().push(card);
    }
    let mut divergences_of: HashMap<&str, Vec<&Divergence>> = HashMap::new();
    for d in inputs.divergences {
        divergences_of.entry(&d.action).or_default().push(d);
    }
    for (a, action) in actions.iter().enumerate() {
        let mine = cards_of.remove(action.as_str()).unwrap_or_default();
        blocks.push(Block::PageBreak);
        blocks.push(Block::Heading(2, action.clone()));
        let axes: Vec<(String, String)> = grid
            .domains
            .iter()
            .map(|d| (d.id.clone(), d.label.get(lang).to_owned()))
            .collect();
        let rows: Vec<String> = criteria.iter().map(|(_, c)| c.clone()).collect();
        // Roles of several periods would make one crowded chart: then each
        // period gets its own, with its roles overlaid.
        let periods: Vec<Option<String>> = {
            let mut seen = Vec::new();
            for c in &mine {
                if !seen.contains(&c.key.period) {
                    seen.push(c.key.period.clone());
                }
            }
            seen
        };
        let split = inputs.by_role && periods.len() > 1;
        let charts: Vec<(Option<&Option<String>>, Vec<&&Scorecard>)> = if split {
            periods
                .iter()
                .map(|p| {
                    (
                        Some(p),
                        mine.iter().filter(|c| &c.key.period == p).collect(),
                    )
                })
                .collect()
        } else {
            vec![(None, mine.iter().collect())]
        };
        // With no period, a key no real period can have.
        let period_keys: Vec<String> = periods
            .iter()
            .map(|p| {
                p.clone()
                    .unwrap_or_else(|| format!("\u{0}{}", tr!("report-no-period")))
            })
            .collect();
        let period_names = file_names(&period_keys, 30);
        let chart_name = |kind: &str, k: usize| {
            if split {
                format!("{kind}-{}--{}", action_names[a], period_names[k])
            } else {
                format!("{kind}-{}", action_names[a])
            }
        };
        let suffix = |period: Option<&Option<String>>| match period {
            Some(Some(p)) => format!(" — {p}"),
            Some(None) => format!(" — {}", tr!("report-no-period")),
            None => String::new(),
        };
        blocks.push(Block::Heading(3, tr!("report-profile")));
        for (k, (period, group)) in charts.iter().enumerate() {
            let series: Vec<Series> = group
                .iter()
                .map(|c| Series {
                    name: series_name(c, inputs.by_role),
                    scores: c.domains.iter().map(|d| d.score).collect(),
                })
                .collect();
            let title = format!(
                "{}{}",
                tr!("report-radar-title", action = action.as_str()),
                suffix(*period)
            );
            blocks.push(Block::Chart {
                name: chart_name("radar", k),
                svg: radar(&format!("radar-{a}-{k}"), &title, &axes, &series, &no_score),
                title,
            });
        }
        blocks.push(Block::Heading(3, tr!("report-criteria")));
        for (k, (period, group)) in charts.iter().enumerate() {
            let series: Vec<Series> = group
                .iter()
                .map(|c| Series {
                    name: series_name(c, inputs.by_role),
                    scores: c.criteria.iter().map(|n| n.score).collect(),
                })
                .collect();
            let title = format!(
                "{}{}",
                tr!("report-bars-title", action = action.as_str()),
                suffix(*period)
            );
            blocks.push(Block::Chart {
                name: chart_name("criteres", k),
                svg: bars(&format!("bars-{a}-{k}"), &title, &rows, &series, &no_score),
                title,
            });
        }
        change(&mut blocks, grid, &mine);
        divergence(
            &mut blocks,
            grid,
            &divergences_of.remove(action.as_str()).unwrap_or_default(),
        );
        verbatims(&mut blocks, grid, &mine, inputs.by_role);
    }
    blocks.push(Block::PageBreak);
    method(&mut blocks, grid);
    blocks
}

/// A name for each of `keys` (distinct strings: action names, periods) fit
/// for a file name: its slug, cut to `max` characters. A slug that is empty,
/// cut, or shared by another key ("Fête" and "Fete"; any two Chinese names)
/// gets a short hash of the exact key, so that names are distinct, bounded and
/// the same on every run.
fn file_names(keys: &[String], max: usize) -> Vec<String> {
    let slugs: Vec<(String, bool)> = keys
        .iter()
        .map(|k| {
            let slug = slugify(k);
            if slug.len() > max {
                // Slugs are ASCII: any byte is a char boundary.
                (slug[..max].trim_end_matches('-').to_owned(), true)
            } else {
                (slug, false)
            }
        })
        .collect();
    let mut uses: HashMap<&str, usize> = HashMap::new();
    for (slug, _) in &slugs {
        *uses.entry(slug.as_str()).or_default() += 1;
    }
    keys.iter()
        .zip(&slugs)
        .map(|(key, (slug, cut))| {
            if slug.is_empty() || *cut || uses[slug.as_str()] > 1 {
                let digest = Sha256::digest(key.as_bytes());
                let hash: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
                if slug.is_empty() {
                    hash
                } else {
                    format!("{slug}-{hash}")
                }
            } else {
                slug.clone()
            }
        })
        .collect()
}

/// Period over period, per role when roles are split: domains (and overall) in
/// rows, periods in columns, then the change from the first to the last.
fn change(blocks: &mut Vec<Block>, grid: &Grid, mine: &[&Scorecard]) {
    let lang = lang();
    let roles: BTreeSet<Option<String>> = mine.iter().map(|c| c.key.role.clone()).collect();
    for role in roles {
        let series: Vec<&&Scorecard> = mine.iter().filter(|c| c.key.role == role).collect();
        if series.len() < 2 || series.iter().any(|c| c.key.period.is_none()) {
            continue;
        }
        let mut header = vec![tr!("report-col-domain")];
        header.extend(
            series
                .iter()
                .map(|c| c.key.period.clone().unwrap_or_default()),
        );
        header.push(tr!("report-col-change"));
        let mut nodes: Vec<(String, Vec<Option<f64>>)> = Vec::new();
        if grid.overall {
            nodes.push((
                tr!("table-overall"),
                series
                    .iter()
                    .map(|c| c.overall.and_then(|o| o.score))
                    .collect(),
            ));
        }
        for (d, domain) in grid.domains.iter().enumerate() {
            nodes.push((
                domain.label.get(lang).to_owned(),
                series.iter().map(|c| c.domains[d].score).collect(),
            ));
        }
        let rows = nodes
            .into_iter()
            .map(|(label, scores)| {
                let mut row = vec![Cell::plain(label)];
                row.extend(scores.iter().map(|s| {
                    Cell::with(
                        s.map_or("—".to_owned(), |v| format!("{}", v.round())),
                        "num",
                    )
                }));
                let first = scores.first().copied().flatten();
                let last = scores.last().copied().flatten();
                row.push(match (first, last) {
                    (Some(f), Some(l)) => {
                        let delta = l.round() - f.round();
                        if delta > 0.0 {
                            Cell::with(format!("▲ +{delta}"), "up")
                        } else if delta < 0.0 {
                            Cell::with(format!("▼ −{}", -delta), "down")
                        } else {
                            Cell::with("= 0".to_owned(), "same")
                        }
                    }
                    _ => Cell::with("—".to_owned(), "same"),
                });
                row
            })
            .collect();
        let caption = match &role {
            Some(r) => tr!("report-change-role", role = r.as_str()),
            None => tr!("report-change"),
        };
        blocks.push(Block::Heading(3, caption));
        blocks.push(Block::Table {
            caption: String::new(),
            header,
            rows,
        });
    }
}

/// Criteria where roles' scores are more than [`DIVERGENCE_THRESHOLD`] apart,
/// among one action's divergences.
fn divergence(blocks: &mut Vec<Block>, grid: &Grid, divergences: &[&Divergence]) {
    let lang = lang();
    let criteria: Vec<_> = grid
        .domains
        .iter()
        .flat_map(|d| d.criteria.iter())
        .collect();
    let mine: Vec<&Divergence> = divergences
        .iter()
        .filter(|d| d.kind == NodeKind::Criterion)
        .copied()
        .collect();
    if mine.is_empty() {
        return;
    }
    blocks.push(Block::Heading(3, tr!("report-divergence")));
    let wide: Vec<&&Divergence> = mine
        .iter()
        .filter(|d| d.spread > DIVERGENCE_THRESHOLD)
        .collect();
    if wide.is_empty() {
        blocks.push(Block::Paragraph(tr!(
            "report-no-divergence",
            threshold = DIVERGENCE_THRESHOLD
        )));
        return;
    }
    blocks.push(Block::Paragraph(tr!(
        "report-divergence-intro",
        threshold = DIVERGENCE_THRESHOLD
    )));
    let rows = wide
        .iter()
        .map(|d| {
            let roles: Vec<String> = d
                .roles
                .iter()
                .map(|(r, s)| format!("{r} {}", s.round()))
                .collect();
            vec![
                Cell::plain(criteria[d.index].label.get(lang).to_owned()),
                Cell::plain(d.period.clone().unwrap_or_default()),
                Cell::plain(roles.join(" · ")),
                Cell::with(format!("⚠ {}", d.spread.round()), "diverge"),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        caption: tr!("report-divergence"),
        header: vec![
            tr!("report-col-criterion"),
            tr!("report-col-period"),
            tr!("report-col-roles"),
            tr!("report-col-spread"),
        ],
        rows,
    });
}

/// Text answers and comments, grouped by criterion.
fn verbatims(blocks: &mut Vec<Block>, grid: &Grid, mine: &[&Scorecard], by_role: bool) {
    let lang = lang();
    let indicators: Vec<_> = grid.indicators().collect();
    let mut section = Vec::new();
    for domain in &grid.domains {
        for criterion in &domain.criteria {
            let mut quotes = Vec::new();
            for card in mine {
                for v in &card.texts {
                    let Some(i) = v.indicator else { continue };
                    if indicators[i].1.id != criterion.id {
                        continue;
                    }
                    let who = series_name(card, by_role);
                    let text = clean(v.text.trim()).replace('\n', " / ");
                    quotes.push(if v.comment {
                        tr!(
                            "report-comment",
                            text = text,
                            who = who,
                            indicator = indicators[i].2.label.get(lang)
                        )
                    } else {
                        tr!("report-quote", text = text, who = who)
                    });
                }
            }
            if !quotes.is_empty() {
                section.push(Block::Heading(4, criterion.label.get(lang).to_owned()));
                section.push(Block::Quotes(quotes));
            }
        }
    }
    let general: Vec<String> = mine
        .iter()
        .flat_map(|card| {
            card.texts
                .iter()
                .filter(|v| v.indicator.is_none())
                .map(move |v| {
                    tr!(
                        "report-quote",
                        text = clean(v.text.trim()).replace('\n', " / "),
                        who = series_name(card, by_role)
                    )
                })
        })
        .collect();
    if !general.is_empty() {
        section.push(Block::Heading(4, tr!("report-general-comments")));
        section.push(Block::Quotes(general));
    }
    if !section.is_empty() {
        blocks.push(Block::Heading(3, tr!("report-verbatims")));
        blocks.extend(section);
    }
}

/// How the scores were computed, from this grid's own scales.
fn method(blocks: &mut Vec<Block>, grid: &Grid) {
    let lang = lang();
    blocks.push(Block::Heading(2, tr!("report-method")));
    blocks.push(Block::Paragraph(tr!(
        "report-method-structure",
        domains = grid.domains.len(),
        criteria = grid.criteria_count(),
        indicators = grid.indicators().count()
    )));
    let mut scales = Vec::new();
    for scale in &grid.scales {
        let name = scale
            .label
            .as_ref()
            .map_or(scale.id.clone(), |l| l.get(lang).to_owned());
        let text = match &scale.kind {
            ScaleKind::Levels(levels) => {
                let levels: Vec<String> = levels
                    .iter()
                    .map(|l| format!("{} = {}", l.label.get(lang), crate::i18n::number(l.score)))
                    .collect();
                tr!(
                    "report-scale-levels",
                    name = name,
                    levels = levels.join(", ")
                )
            }
            ScaleKind::Boolean => tr!("report-scale-boolean", name = name),
            ScaleKind::Number(_) => {
                let scored = grid
                    .indicators()
                    .filter(|(_, _, i)| grid.scale(i).id == scale.id)
                    .map(|(_, _, i)| &i.scoring);
                let (mut linear, mut banded, mut descriptive) = (0, 0, 0);
                for s in scored {
                    match s {
                        Scoring::Linear { .. } => linear += 1,
                        Scoring::Bands(_) => banded += 1,
                        _ => descriptive += 1,
                    }
                }
                let mut how = Vec::new();
                if linear > 0 {
                    how.push(tr!("report-number-linear", count = linear as u64));
                }
                if banded > 0 {
                    how.push(tr!("report-number-bands", count = banded as u64));
                }
                if descriptive > 0 {
                    how.push(tr!("report-number-descriptive", count = descriptive as u64));
                }
                tr!("report-scale-number", name = name, how = how.join(", "))
            }
            ScaleKind::Text => tr!("report-scale-text", name = name),
        };
        scales.push(text);
    }
    blocks.push(Block::List(scales));
    blocks.push(Block::Paragraph(tr!("report-method-scoring")));
    blocks.push(Block::Paragraph(tr!("report-method-coverage")));
    if grid.overall {
        blocks.push(Block::Paragraph(tr!("report-method-overall")));
    }
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
h1 { font-size: 1.9rem; color: #0b3d66; border-bottom: 3px solid #0072B2; padding-bottom: .4rem; }
h2 { font-size: 1.45rem; color: #0b3d66; margin-top: 2.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; font-size: .92rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; color: #333; }
th, td { border: 1px solid #c8c8c8; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.up { color: #005a2b; font-weight: 600; white-space: nowrap; }
td.down { color: #9b2200; font-weight: 600; white-space: nowrap; }
td.same { color: #333; white-space: nowrap; }
td.diverge { background: #fff1c2; font-weight: 700; white-space: nowrap; }
figure { margin: .8rem 0 1.4rem; }
svg { max-width: 100%; height: auto; }
blockquote { margin: .3rem 0 .3rem 1rem; padding: .2rem .8rem; border-left: 4px solid #0072B2; background: #f6f9fc; }
.page-break { break-before: page; page-break-before: always; height: 0; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  main { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  figure, table, blockquote { break-inside: avoid; }
}
"#;

/// One self-contained HTML page: inline CSS and SVG, no script, nothing
/// fetched.
pub fn html(blocks: &[Block]) -> String {
    let lang_code = lang().code();
    let title = blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading(1, t) => Some(t.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang_code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&title)
    );
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)))
            }
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table {
                caption,
                header,
                rows,
            } => {
                out.push_str("<table>\n");
                if !caption.is_empty() {
                    out.push_str(&format!("<caption>{}</caption>\n", escape(caption)));
                }
                out.push_str("<thead><tr>");
                for h in header {
                    out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        match cell.class {
                            Some(class) => out.push_str(&format!(
                                "<td class=\"{class}\">{}</td>",
                                escape(&cell.text)
                            )),
                            None => out.push_str(&format!("<td>{}</td>", escape(&cell.text))),
                        }
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Chart { svg, .. } => {
                // Inline SVG needs no namespace declaration.
                let svg = svg.replacen(r#" xmlns="http://www.w3.org/2000/svg""#, "", 1);
                out.push_str(&format!("<figure>{svg}</figure>\n"));
            }
            Block::Quotes(quotes) => {
                for q in quotes {
                    out.push_str(&format!("<blockquote>{}</blockquote>\n", escape(q)));
                }
            }
            Block::PageBreak => out.push_str("<div class=\"page-break\"></div>\n"),
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// User text (and ours) as literal Markdown text on one line: control
/// characters neutralised (see [`crate::text::clean`]), line breaks made spaces
/// so that no name or comment starts a heading, list or table row of its own,
/// Markdown punctuation backslash-escaped so that nothing becomes a link, an
/// image, emphasis or a table cell border, and `<`, `>`, `&` as entities so
/// that no raw HTML passes. At the start, what would open a block (`-`, `+`,
/// `=`, `1.`) is escaped too.
pub fn md_text(text: &str) -> String {
    let text = clean_line(text);
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    // Only the first run of digits can open an ordered list.
    let mut leading_digits = true;
    for (i, c) in text.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if leading_digits && i > 0 => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        leading_digits = leading_digits && c.is_ascii_digit();
    }
    out
}

/// A link destination for a file beside the report: percent-encoded, so that
/// spaces and parentheses in the report's name keep the link whole.
fn md_destination(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for b in file.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Markdown, with each chart as an SVG file named after `stem`: returns the
/// text and the files to write beside it.
pub fn markdown(blocks: &[Block], stem: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::new();
    let mut files = Vec::new();
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level)),
                    md_text(text)
                ));
            }
            Block::Paragraph(text) => out.push_str(&format!("{}\n\n", md_text(text))),
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", md_text(item)));
                }
                out.push('\n');
            }
            Block::Table {
                caption,
                header,
                rows,
            } => {
                if !caption.is_empty() {
                    out.push_str(&format!("*{}*\n\n", md_text(caption)));
                }
                out.push_str(&format!(
                    "| {} |\n",
                    header
                        .iter()
                        .map(|h| md_text(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
                out.push_str(&format!(
                    "|{}\n",
                    header
                        .iter()
                        .enumerate()
                        .map(|(i, _)| {
                            let numeric = rows
                                .iter()
                                .any(|r| r.get(i).is_some_and(|c| c.class.is_some()));
                            if numeric { " ---: |" } else { " --- |" }
                        })
                        .collect::<String>()
                ));
                for row in rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| match c.class {
                            Some("diverge") => format!("**{}**", md_text(&c.text)),
                            _ => md_text(&c.text),
                        })
                        .collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
                out.push('\n');
            }
            Block::Chart { name, title, svg } => {
                let file = format!("{stem}-{name}.svg");
                out.push_str(&format!(
                    "![{}]({})\n\n",
                    md_text(title),
                    md_destination(&file)
                ));
                files.push((file, svg.clone()));
            }
            Block::Quotes(quotes) => {
                for q in quotes {
                    out.push_str(&format!("> {}\n\n", md_text(q)));
                }
            }
            Block::PageBreak => {}
        }
    }
    (out, files)
}
