//! Terminal tables describing grids: the list of built-in grids and the tree of
//! one grid (domains › criteria › indicators, with scales and weights), with
//! its roles and, under an indicator, who is asked when not everyone is.

use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use textwrap::core::display_width;

use crate::grid::Grid;
use crate::grid::model::{ScaleKind, Scoring};
use crate::i18n::{Lang, lang};
use crate::number;
use crate::terminal::DEFAULT_WIDTH;
use crate::text::clean;
use crate::tr;

/// Borders and padding of a table of `columns` columns, in columns: a bar
/// before each column and after the last, and a space either side of each.
fn frame(columns: usize) -> usize {
    columns + 1 + 2 * columns
}

/// The narrowest a wrapped label column gets: room for a few words, and for
/// the tree's header, « Domaine › critère › indicateur ».
const MIN_LABEL: usize = 30;

/// One row per grid: its id (never wrapped: it is typed), its title wrapped
/// on words into what is left, its version and its size.
pub fn grid_list(grids: &[Grid], width: Option<u16>) -> String {
    let lang = lang();
    let total = usize::from(width.unwrap_or(DEFAULT_WIDTH));
    let headers = [
        tr!("col-id"),
        tr!("col-title"),
        tr!("col-version"),
        tr!("col-size"),
    ];
    let sizes: Vec<String> = grids
        .iter()
        .map(|g| {
            tr!(
                "grid-list-size",
                domains = g.domains.len(),
                criteria = g.criteria_count(),
                indicators = g.indicators().count()
            )
        })
        .collect();
    let widest = |header: &str, cells: &mut dyn Iterator<Item = String>| {
        cells
            .flat_map(|c| c.lines().map(display_width).collect::<Vec<_>>())
            .chain([display_width(header)])
            .max()
            .unwrap_or(0)
    };
    let id_width = widest(
        &headers[0],
        &mut grids.iter().map(|g| clean(&g.id).into_owned()),
    );
    let version_width = widest(
        &headers[2],
        &mut grids.iter().map(|g| clean(&g.version).into_owned()),
    );
    let size_width = widest(&headers[3], &mut sizes.iter().cloned());
    let rest = total.saturating_sub(frame(4) + version_width + size_width);
    // The id keeps its full width unless the title would get too little:
    // then a very long id breaks, as any word longer than its line.
    let id_width = id_width.min(rest.saturating_sub(16)).max(2);
    let title_width = rest.saturating_sub(id_width).max(16);

    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(headers.to_vec());
    for (grid, size) in grids.iter().zip(sizes) {
        table.add_row(vec![
            Cell::new(wrap(&grid.id, id_width, "", "")),
            Cell::new(wrap(grid.title.get(lang), title_width, "", "")),
            Cell::new(wrap(&grid.version, version_width, "", "")),
            Cell::new(size),
        ]);
    }
    table.to_string()
}

/// The tree of a grid, preceded by its title and size. Labels are wrapped here,
/// not by the table, so that continuation lines keep the tree's indentation;
/// ids are never wrapped (they are typed), and what is known of an
/// indicator (its scale, who is asked) goes on lines under its label, so
/// that the label keeps most of the width.
pub fn grid_tree(grid: &Grid, width: Option<u16>) -> String {
    let lang = lang();
    let total = usize::from(width.unwrap_or(DEFAULT_WIDTH));
    let id_width = grid
        .indicators()
        .flat_map(|(d, c, i)| [&d.id, &c.id, &i.id])
        .map(|id| display_width(&clean(id)))
        .chain([display_width(&tr!("col-id"))])
        .max()
        .unwrap_or(2);
    let weight_width = grid
        .indicators()
        .flat_map(|(d, c, i)| [d.weight, c.weight, i.weight])
        .map(|w| number::plain(w).chars().count())
        .chain([display_width(&tr!("col-weight"))])
        .max()
        .unwrap_or(1);
    let rest = total.saturating_sub(frame(3) + weight_width);
    let id_width = id_width.min(rest.saturating_sub(MIN_LABEL)).max(2);
    let label_width = rest.saturating_sub(id_width).max(MIN_LABEL);

    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(vec![tr!("col-element"), tr!("col-id"), tr!("col-weight")]);
    let mut row = |label: String, id: &str, weight: f64| {
        table.add_row(vec![
            Cell::new(label),
            Cell::new(wrap(id, id_width, "", "")),
            weight_cell(weight),
        ]);
    };
    for domain in &grid.domains {
        row(
            wrap(domain.label.get(lang), label_width, "", ""),
            &domain.id,
            domain.weight,
        );
        for criterion in &domain.criteria {
            row(
                wrap(criterion.label.get(lang), label_width, "› ", "  "),
                &criterion.id,
                criterion.weight,
            );
            for indicator in &criterion.indicators {
                let mut label = wrap(indicator.label.get(lang), label_width, "    · ", "      ");
                let scale = tr!(
                    "grid-scale-line",
                    scale = scale_summary(grid, indicator, lang)
                );
                for line in std::iter::once(scale).chain(asked(indicator)) {
                    label.push('\n');
                    label.push_str(&wrap(&line, label_width, "      ", "        "));
                }
                row(label, &indicator.id, indicator.weight);
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
    let header = match &grid.extends {
        Some((base, version)) => format!(
            "{header}\n{}",
            tr!(
                "grid-extends",
                grid = base.as_str(),
                version = version.as_str()
            )
        ),
        None => header,
    };
    let header: Vec<String> = header.lines().map(|l| wrap(l, total, "", "")).collect();
    let record = crate::grid::record::block(grid, lang, total);
    format!(
        "{}\n{record}{}{table}",
        header.join("\n"),
        roles(grid, lang, total)
    )
}

/// The grid's roles, one a line (id, label, other spellings), before the
/// tree; nothing for a grid without roles.
fn roles(grid: &Grid, lang: Lang, total: usize) -> String {
    if grid.roles.is_empty() {
        return String::new();
    }
    let width = grid
        .roles
        .iter()
        .map(|r| display_width(&clean(&r.id)))
        .max()
        .unwrap_or(0);
    let mut out = format!("{}\n", tr!("grid-roles-heading"));
    for role in &grid.roles {
        let id = clean(&role.id);
        let pad = " ".repeat(width.saturating_sub(display_width(&id)));
        let mut line = format!("{id}{pad}  {}", role.label.get(lang));
        if !role.aliases.is_empty() {
            line.push_str(&format!(
                " ({})",
                tr!("grid-role-aliases", aliases = role.aliases.join(", "))
            ));
        }
        let indent = " ".repeat(width + 4);
        out.push_str(&wrap(&line, total, "  ", &indent));
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

/// `text` wrapped on words, and cleaned on the way: every label and id of a
/// table goes through here, and none may drive the terminal. A word is
/// broken only when it is longer than the line, never at its hyphens.
fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let text = clean(text);
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::builtin::BUILTINS;

    fn builtins() -> Vec<Grid> {
        BUILTINS.iter().map(|b| b.grid().unwrap()).collect()
    }

    fn widest(text: &str) -> usize {
        text.lines().map(display_width).max().unwrap_or(0)
    }

    /// Whether `id` stands whole on one line of `text`, between cell borders.
    fn whole(text: &str, id: &str) -> bool {
        text.lines()
            .any(|l| l.split(['│', '┆']).any(|cell| cell.trim() == id))
    }

    #[test]
    fn every_built_in_tree_fits_80_columns_with_its_ids_whole() {
        for grid in builtins() {
            for width in [80, 100] {
                let tree = grid_tree(&grid, Some(width));
                assert!(widest(&tree) <= usize::from(width), "{}\n{tree}", grid.id);
                for (d, c, i) in grid.indicators() {
                    for id in [&d.id, &c.id, &i.id] {
                        assert!(whole(&tree, id), "{id} split at {width}:\n{tree}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_list_fits_80_columns_with_its_ids_whole() {
        let grids = builtins();
        for width in [80, 100] {
            let list = grid_list(&grids, Some(width));
            assert!(widest(&list) <= usize::from(width), "{list}");
            for grid in &grids {
                assert!(whole(&list, &grid.id), "{} split:\n{list}", grid.id);
            }
        }
    }

    #[test]
    fn an_id_longer_than_the_line_breaks_rather_than_widens() {
        let mut grid = builtins().remove(0);
        grid.domains[0].id = "x".repeat(120);
        let tree = grid_tree(&grid, Some(80));
        assert!(widest(&tree) <= 80, "{tree}");
        assert!(tree.contains(&"x".repeat(20)), "{tree}");
    }
}
