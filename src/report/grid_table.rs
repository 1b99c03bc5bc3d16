//! Terminal tables describing grids: the list of built-in grids and the tree of
//! one grid (domains › criteria › indicators, with scales and weights), with
//! its roles and, under an indicator, who is asked when not everyone is.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};

use crate::grid::Grid;
use crate::grid::model::{ScaleKind, Scoring};
use crate::i18n::{Lang, lang};
use crate::number;
use crate::terminal::DEFAULT_WIDTH;
use crate::text::clean;
use crate::tr;

fn new_table(width: Option<u16>) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(width.unwrap_or(DEFAULT_WIDTH));
    table
}

/// One row per grid: id, title, version and size.
pub fn grid_list(grids: &[Grid], width: Option<u16>) -> String {
    let lang = lang();
    let mut table = new_table(width);
    table.set_header(vec![
        tr!("col-id"),
        tr!("col-title"),
        tr!("col-version"),
        tr!("col-domains"),
        tr!("col-criteria"),
        tr!("col-indicators"),
    ]);
    for grid in grids {
        table.add_row(vec![
            Cell::new(clean(&grid.id)),
            Cell::new(clean(grid.title.get(lang))),
            Cell::new(clean(&grid.version)),
            Cell::new(grid.domains.len()).set_alignment(CellAlignment::Right),
            Cell::new(grid.criteria_count()).set_alignment(CellAlignment::Right),
            Cell::new(grid.indicators().count()).set_alignment(CellAlignment::Right),
        ]);
    }
    table.to_string()
}

/// The tree of a grid, preceded by its title and size. Labels are wrapped here,
/// not by the table, so that continuation lines keep the tree's indentation.
pub fn grid_tree(grid: &Grid, width: Option<u16>) -> String {
    let lang = lang();
    let id_width = grid
        .indicators()
        .flat_map(|(d, c, i)| [d.id.len(), c.id.len(), i.id.len()])
        .max()
        .unwrap_or(2)
        .clamp(2, 28);
    // Borders and padding take 3 columns per column plus one.
    let total = usize::from(width.unwrap_or(DEFAULT_WIDTH)).max(60);
    let free = total.saturating_sub(id_width + 6 + 13);
    let scale_width = (free * 2 / 5).max(14);
    let label_width = free.saturating_sub(scale_width).max(20);

    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(vec![
        tr!("col-element"),
        tr!("col-id"),
        tr!("col-scale"),
        tr!("col-weight"),
    ]);
    let mut row = |label: String, id: &str, scale: String, weight: f64| {
        table.add_row(vec![
            Cell::new(label),
            Cell::new(wrap(id, id_width, "", "")),
            Cell::new(scale),
            weight_cell(weight),
        ]);
    };
    for domain in &grid.domains {
        row(
            wrap(domain.label.get(lang), label_width, "", ""),
            &domain.id,
            String::new(),
            domain.weight,
        );
        for criterion in &domain.criteria {
            row(
                wrap(criterion.label.get(lang), label_width, "› ", "  "),
                &criterion.id,
                String::new(),
                criterion.weight,
            );
            for indicator in &criterion.indicators {
                let mut label = wrap(indicator.label.get(lang), label_width, "    · ", "      ");
                for line in asked(indicator) {
                    label.push('\n');
                    label.push_str(&wrap(&line, label_width, "      ", "        "));
                }
                row(
                    label,
                    &indicator.id,
                    wrap(&scale_summary(grid, indicator, lang), scale_width, "", ""),
                    indicator.weight,
                );
            }
        }
    }
    let header = tr!(
        "grid-show-header",
        title = grid.title.get(lang),
        id = grid.id.as_str(),
        version = grid.version.as_str(),
        domains = grid.domains.len(),
        criteria = grid.criteria_count(),
        indicators = grid.indicators().count()
    );
    format!("{}\n{}{table}", clean(&header), roles(grid, lang))
}

/// The grid's roles, one a line (id, label, other spellings), before the
/// tree; nothing for a grid without roles.
fn roles(grid: &Grid, lang: Lang) -> String {
    if grid.roles.is_empty() {
        return String::new();
    }
    let width = grid
        .roles
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = format!("{}\n", tr!("grid-roles-heading"));
    for role in &grid.roles {
        let mut line = format!("  {:width$}  {}", role.id, role.label.get(lang));
        if !role.aliases.is_empty() {
            line.push_str(&format!(
                " ({})",
                tr!("grid-role-aliases", aliases = role.aliases.join(", "))
            ));
        }
        out.push_str(&clean(&line));
        out.push('\n');
    }
    out
}

/// Who is asked an indicator when not every role is, and which roles have
/// their own wording of its question: the lines shown under its label.
fn asked(indicator: &crate::grid::model::Indicator) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(roles) = &indicator.roles {
        lines.push(tr!("grid-asked-of", roles = roles.join(", ")));
    }
    if !indicator.questions.is_empty() {
        let roles: Vec<&str> = indicator.questions.keys().map(String::as_str).collect();
        lines.push(tr!("grid-own-wording", roles = roles.join(", ")));
    }
    lines
}

/// `text` wrapped, and cleaned on the way: every label and id of a table goes
/// through here, and none may drive the terminal.
fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let text = clean(text);
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::fill(&text, options)
}

fn weight_cell(weight: f64) -> Cell {
    Cell::new(number::plain(weight)).set_alignment(CellAlignment::Right)
}

/// The scale's id, its type and how the indicator is scored, in a few words.
fn scale_summary(grid: &Grid, indicator: &crate::grid::model::Indicator, lang: Lang) -> String {
    let scale = grid.scale(indicator);
    let kind = crate::i18n::message(&format!("scale-type-{}", scale.kind.name()), &[]);
    let detail = match (&scale.kind, &indicator.scoring) {
        (ScaleKind::Levels(levels), _) => tr!("scale-levels-count", count = levels.len()),
        (ScaleKind::Number(n), scoring) => {
            let unit = n.unit.as_ref().map_or("", |u| u.get(lang));
            let with_unit = |v: f64| {
                if unit.is_empty() {
                    number::plain(v)
                } else {
                    number::with_unit(&number::plain(v), unit)
                }
            };
            match scoring {
                Scoring::Linear { target, baseline } => tr!(
                    "scale-linear",
                    target = with_unit(*target),
                    baseline = with_unit(*baseline)
                ),
                Scoring::Bands(bands) => tr!("scale-bands", count = bands.len()),
                _ => tr!("scale-descriptive"),
            }
        }
        _ => String::new(),
    };
    let mut parts = vec![kind];
    parts.extend([detail].into_iter().filter(|d| !d.is_empty()));
    if scale.dont_know {
        parts.push(tr!("scale-dont-know"));
    }
    format!("{} ({})", scale.id, parts.join(", "))
}
