//! The pages of one action: its profile (a radar of domains), its criteria
//! (bars), the change between periods, where roles diverge and the words
//! people used. Charts get file names that are distinct, bounded and the same
//! on every run, for the Markdown's SVG files.

use std::collections::{BTreeSet, HashMap};

use sha2::{Digest, Sha256};

use super::{Block, Cell, Inputs, first_seen};
use crate::grid::Grid;
use crate::i18n::lang;
use crate::number;
use crate::report::series::flag_reason;
use crate::report::svg::{Series, bars, radar};
use crate::score::{Divergence, Flag, NodeScore, Scorecard, Series as ScoreSeries};
use crate::text::{clean, slugify};
use crate::tr;

/// How a group is named in legends and quotes: its period and series. The
/// action's pooled scores are « tous les répondants » with roles split, never a role.
fn series_name(card: &Scorecard, by_role: bool) -> String {
    let series = crate::report::series::series_name(&card.key, by_role);
    let parts: Vec<&str> = [card.key.period.as_deref(), series.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        tr!("report-all-answers")
    } else {
        parts.join(" · ")
    }
}

/// The cards one chart overlays, and their period when each period of the
/// action has charts of its own (`Some(None)`: the answers without one).
type ChartGroup<'a> = (Option<&'a Option<String>>, Vec<&'a &'a Scorecard>);

/// One chart per group, each a series per card: `scores` picks the card's
/// numbers, `draw` makes the chart `k` and its file name from a title and
/// the series.
fn charts_of_groups(
    blocks: &mut Vec<Block>,
    groups: &[ChartGroup<'_>],
    title: &str,
    name: impl Fn(&Scorecard) -> String,
    scores: impl Fn(&Scorecard) -> Vec<Option<f64>>,
    draw: impl Fn(usize, &str, &[Series]) -> (String, String),
) {
    for (k, (period, cards)) in groups.iter().enumerate() {
        let series: Vec<Series> = cards
            .iter()
            .map(|c| Series {
                name: name(c),
                scores: scores(c),
            })
            .collect();
        let title = match period {
            Some(Some(p)) => format!("{title} — {p}"),
            Some(None) => format!("{title} — {}", tr!("report-no-period")),
            None => title.to_owned(),
        };
        let (name, svg) = draw(k, &title, &series);
        blocks.push(Block::Chart { name, title, svg });
    }
}

/// Every action's pages, in the order of `actions`.
pub(super) fn pages(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, actions: &[String]) {
    let grid = inputs.grid;
    let lang = lang();
    let cards = inputs.cards;
    // The charts' axes (domains) and rows (criteria), the same for every action.
    let axes: Vec<(String, String)> = grid
        .domains
        .iter()
        .map(|d| (d.id.clone(), d.label.get(lang).to_owned()))
        .collect();
    let rows: Vec<String> = grid
        .domains
        .iter()
        .flat_map(|d| &d.criteria)
        .map(|c| c.label.get(lang).to_owned())
        .collect();
    let no_score = tr!("report-no-score");
    let action_names = file_names(actions, 60);
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
        // Roles of several periods would make one crowded chart: then each
        // period gets its own, with its roles overlaid.
        let periods = first_seen(mine.iter().map(|c| &c.key.period));
        let split = inputs.by_role && periods.len() > 1;
        let groups: Vec<ChartGroup<'_>> = if split {
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
        blocks.push(Block::Heading(3, tr!("report-profile")));
        let title = tr!("report-radar-title", action = action.as_str());
        charts_of_groups(
            blocks,
            &groups,
            &title,
            |c| series_name(c, inputs.by_role),
            |c| c.domains.iter().map(|d| d.score).collect(),
            |k, title, series| {
                let svg = radar(&format!("radar-{a}-{k}"), title, &axes, series, &no_score);
                (chart_name("radar", k), svg)
            },
        );
        blocks.push(Block::Heading(3, tr!("report-criteria")));
        let title = tr!("report-bars-title", action = action.as_str());
        charts_of_groups(
            blocks,
            &groups,
            &title,
            |c| series_name(c, inputs.by_role),
            |c| c.criteria.iter().map(|n| n.score).collect(),
            |k, title, series| {
                let svg = bars(&format!("bars-{a}-{k}"), title, &rows, series, &no_score);
                (chart_name("criteres", k), svg)
            },
        );
        change(blocks, inputs, &mine);
        super::divergence::section(
            blocks,
            grid,
            &mine,
            &divergences_of.remove(action.as_str()).unwrap_or_default(),
        );
        verbatims(blocks, grid, &mine, inputs.by_role);
    }
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

/// Period over period, per series (the action, each role, a collective
/// evaluation): domains (and overall) in rows, periods in columns, then the
/// change from the first to the last. No change is drawn from a score the
/// guards flagged: « — » and the reason instead.
fn change(blocks: &mut Vec<Block>, inputs: &Inputs<'_>, mine: &[&Scorecard]) {
    let (grid, guards) = (inputs.grid, inputs.guards);
    let lang = lang();
    let series_of: BTreeSet<(ScoreSeries, Option<String>)> = mine
        .iter()
        .map(|c| (c.key.series, c.key.role.clone()))
        .collect();
    for (kind, role) in series_of {
        let series: Vec<&&Scorecard> = mine
            .iter()
            .filter(|c| c.key.series == kind && c.key.role == role)
            .collect();
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
        let mut nodes: Vec<(String, Vec<NodeScore>)> = Vec::new();
        if grid.overall {
            nodes.push((
                tr!("table-overall"),
                series.iter().filter_map(|c| c.overall).collect(),
            ));
        }
        for (d, domain) in grid.domains.iter().enumerate() {
            nodes.push((
                domain.label.get(lang).to_owned(),
                series.iter().map(|c| c.domains[d]).collect(),
            ));
        }
        let rows = nodes
            .into_iter()
            .map(|(label, scores)| {
                let mut row = vec![Cell::plain(label)];
                row.extend(scores.iter().map(|n| {
                    let cell = Cell::with(number::table_score(n.score), "num");
                    if n.flag.any() {
                        Cell::with(
                            tr!(
                                "report-flagged",
                                score = cell.text,
                                reason = flag_reason(n.flag, guards)
                            ),
                            "num flagged",
                        )
                    } else {
                        cell
                    }
                }));
                let first = scores.first();
                let last = scores.last();
                let flag = first.map(|n| n.flag).unwrap_or_default();
                let flag_last = last.map(|n| n.flag).unwrap_or_default();
                let flag = Flag {
                    low_responses: flag.low_responses || flag_last.low_responses,
                    low_coverage: flag.low_coverage || flag_last.low_coverage,
                };
                let first = first.and_then(|n| n.score);
                let last = last.and_then(|n| n.score);
                row.push(match (first, last) {
                    (Some(_), Some(_)) if flag.any() => Cell::with(
                        tr!("report-change-flagged", reason = flag_reason(flag, guards)),
                        "same flagged",
                    ),
                    (Some(f), Some(l)) => {
                        // The change between the integers shown beside it.
                        let delta = number::rounded(l, 0) - number::rounded(f, 0);
                        if delta > 0.0 {
                            Cell::with(format!("▲ +{}", number::integer(delta)), "up")
                        } else if delta < 0.0 {
                            Cell::with(format!("▼ −{}", number::integer(-delta)), "down")
                        } else {
                            Cell::with("= 0".to_owned(), "same")
                        }
                    }
                    _ => Cell::with("—".to_owned(), "same"),
                });
                row
            })
            .collect();
        let caption = match crate::report::series::series_name(&series[0].key, inputs.by_role) {
            Some(name) => tr!("report-change-role", role = name),
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
