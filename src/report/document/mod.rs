//! The report a board or a funder reads: context (and the démarche it
//! belongs to), the group's judgement and action plan, the référentiel the
//! scores measure, a radar per action, comparison tables, targets and what
//! was achieved, bars per criterion, change between periods, where roles see
//! things differently, the words people used, and a note on method.
//!
//! The content is built once as a list of [`Block`]s, then written as one
//! self-contained HTML page ([`html`]) or as Markdown with SVG files beside it
//! ([`markdown`]), so both formats always say the same. This module holds the
//! blocks and the sections about the whole document; `action.rs` makes the
//! pages of each action.

mod action;
mod divergence;
mod html;
mod judgement;
mod markdown;
mod referential;
mod targets;

use std::collections::HashSet;
use std::hash::Hash;

pub use html::html;
pub use markdown::{markdown, md_text};

use super::scores::cell_text;
use super::series::{flag_reason, guards_text, series_name};
use crate::grid::Grid;
use crate::grid::model::{ScaleKind, Scoring};
use crate::i18n::lang;
use crate::judgement::Judgement;
use crate::number;
use crate::score::{Divergence, Guards, NodeScore, Scorecard, Series};
use crate::tr;

/// Roles whose scores differ by more than this many points on a criterion are
/// pointed out.
pub const DIVERGENCE_THRESHOLD: f64 = 20.0;

/// The class of a cell of prose people wrote (an argument, a
/// recommendation): it wraps anywhere rather than widen the page.
pub const TEXT: &str = "text";

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

/// A node's `score (scored/scorable)` in a table; flagged by the guards, it
/// is greyed (class `flagged`) and says why in words, which print and
/// screen readers keep.
fn score_cell(node: &NodeScore, guards: Guards) -> Cell {
    if node.flag.any() {
        Cell::with(
            tr!(
                "report-flagged",
                score = cell_text(node),
                reason = flag_reason(node.flag, guards)
            ),
            "num flagged",
        )
    } else {
        Cell::with(cell_text(node), "num")
    }
}

/// A piece of the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(u8, String),
    /// What the document is about, under its title: the organisation and
    /// the démarche. The HTML page's title carries it too.
    Lead(String),
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
    /// The thresholds the cards' flags come from.
    pub guards: Guards,
    pub date: String,
    /// The démarche the report belongs to, when made in one.
    pub context: Option<Context>,
    /// The group's judgement, when recorded (`utilsoc judge`).
    pub judgement: Option<&'a Judgement>,
}

/// Whose report it is: the démarche's organisation and title, as its
/// `utilsoc.toml` writes them (either may be empty).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    pub organisation: String,
    pub title: String,
}

impl Context {
    /// « Les Tilleuls — Évaluation 2026 », or whichever of the two is given;
    /// `None` when neither is.
    fn line(&self) -> Option<String> {
        let parts: Vec<&str> = [self.organisation.trim(), self.title.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(" — "))
    }
}

/// Builds the document.
pub fn build(inputs: &Inputs<'_>) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(
        1,
        tr!("report-title", grid = inputs.grid.title.get(lang())),
    )];
    if let Some(line) = inputs.context.as_ref().and_then(Context::line) {
        blocks.push(Block::Lead(line));
    }
    let actions = context(&mut blocks, inputs);
    // The group's reading of the figures comes first: it is what a board
    // or a funder reads; the figures follow as its evidence.
    if let Some(judgement) = inputs.judgement {
        judgement::section(&mut blocks, inputs, judgement, &actions);
    }
    referential::section(&mut blocks, inputs.grid);
    overview(&mut blocks, inputs);
    targets::section(&mut blocks, inputs);
    action::pages(&mut blocks, inputs, &actions);
    blocks.push(Block::PageBreak);
    method(&mut blocks, inputs.grid, inputs.guards);
    if inputs.judgement.is_none() {
        blocks.push(Block::Paragraph(tr!("report-method-no-judgement")));
    }
    blocks
}

/// Each distinct item once, in the order it first comes.
fn first_seen<'a, T: Eq + Hash + Clone + 'a>(items: impl IntoIterator<Item = &'a T>) -> Vec<T> {
    // A set beside the list: thousands of actions must not be quadratic.
    let mut known = HashSet::new();
    items
        .into_iter()
        .filter(|item| known.insert(*item))
        .cloned()
        .collect()
}

/// What the report covers: grid, actions, periods, roles, responses, date;
/// then how to read it. Returns the actions, in the order of the data.
fn context(blocks: &mut Vec<Block>, inputs: &Inputs<'_>) -> Vec<String> {
    let grid = inputs.grid;
    let lang = lang();
    let cards = inputs.cards;
    let actions = first_seen(cards.iter().map(|c| &c.key.action));
    let mut periods = first_seen(cards.iter().filter_map(|c| c.key.period.as_ref()));
    periods.sort_by(|a, b| crate::period::compare(a, b));
    let roles = &inputs.roles;
    // Each response once: the action's pooled series (and collective
    // evaluations) hold every response, the roles' series the same again.
    // Cards made with roles only (no pooled series) count their roles.
    let pooled = cards.iter().any(|c| c.key.series != Series::Role);
    let responses: u64 = cards
        .iter()
        .filter(|c| !pooled || c.key.series != Series::Role)
        .map(|c| c.responses)
        .sum();
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
    actions
}

/// Actions × domains: one row per group, its score and coverage per domain.
fn overview(blocks: &mut Vec<Block>, inputs: &Inputs<'_>) {
    let grid = inputs.grid;
    let lang = lang();
    let cards = inputs.cards;
    blocks.push(Block::Heading(2, tr!("report-overview")));
    let mut header = vec![tr!("report-col-action"), tr!("report-col-period")];
    // Collective evaluations are a series of their own, roles split or not.
    let series = inputs.by_role || cards.iter().any(|c| c.key.series == Series::Collective);
    if series {
        header.push(tr!("report-col-series"));
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
            if series {
                row.push(Cell::plain(
                    // The pooled row too: « tous les répondants ».
                    series_name(&card.key, series).unwrap_or_default(),
                ));
            }
            row.push(Cell::with(card.responses.to_string(), "num"));
            if let Some(overall) = &card.overall {
                row.push(score_cell(overall, inputs.guards));
            }
            row.extend(card.domains.iter().map(|d| score_cell(d, inputs.guards)));
            row
        })
        .collect();
    blocks.push(Block::Table {
        caption: tr!("report-overview-caption"),
        header,
        rows,
    });
}

/// How the scores were computed, from this grid's own scales, and the
/// guards used.
fn method(blocks: &mut Vec<Block>, grid: &Grid, guards: Guards) {
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
                    .map(|l| format!("{} = {}", l.label.get(lang), number::local(l.score)))
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
    blocks.push(Block::Paragraph(match guards_text(guards) {
        Some(text) => tr!("report-method-guards", guards = text),
        None => tr!("report-method-no-guards"),
    }));
    blocks.push(Block::Paragraph(tr!("report-method-divergence")));
    if grid.overall {
        blocks.push(Block::Paragraph(tr!("report-method-overall")));
    }
}

#[cfg(test)]
mod tests {
    use super::Context;

    #[test]
    fn the_lead_names_whichever_of_organisation_and_title_is_given() {
        let line = |organisation: &str, title: &str| {
            Context {
                organisation: organisation.into(),
                title: title.into(),
            }
            .line()
        };
        assert_eq!(
            line("Les Tilleuls", "Évaluation 2026").as_deref(),
            Some("Les Tilleuls — Évaluation 2026")
        );
        assert_eq!(
            line(" ", "Évaluation 2026").as_deref(),
            Some("Évaluation 2026")
        );
        assert_eq!(line("Les Tilleuls", "").as_deref(), Some("Les Tilleuls"));
        assert_eq!(line("", " "), None);
    }
}
