//! The « référentiel » section: whose framework the scores measure. The
//! grid, and for a local grid the built-in grid it extends and what the
//! organisation changed in it (indicators left out, added, changed); then
//! the organisation's own definition of its utilité sociale and who chose
//! the criteria, when the grid records them.

use super::Block;
use crate::grid::Grid;
use crate::grid::diff::{Diff, diff};
use crate::i18n::lang;
use crate::tr;

pub(super) fn section(blocks: &mut Vec<Block>, grid: &Grid) {
    let lang = lang();
    blocks.push(Block::Heading(2, tr!("report-referential")));
    let used = tr!(
        "report-grid",
        title = grid.title.get(lang),
        id = grid.id.as_str(),
        version = grid.version.as_str()
    );
    let base = grid.extends.as_ref().map(|(id, version)| {
        let builtin = crate::grid::builtin::find(id).and_then(|b| b.grid());
        (id, version, builtin)
    });
    match &base {
        Some((id, version, builtin)) => {
            let title = builtin
                .as_ref()
                .map_or_else(|| id.to_string(), |b| b.title.get(lang).to_owned());
            blocks.push(Block::Paragraph(tr!(
                "report-referential-local",
                grid = used,
                base = title,
                id = id.as_str(),
                version = version.as_str()
            )));
            match builtin {
                Some(b) => adapted(blocks, grid, &diff(b, grid)),
                None => blocks.push(Block::Paragraph(tr!(
                    "report-referential-base-unknown",
                    id = id.as_str()
                ))),
            }
        }
        None if grid.social_utility.is_none() => {
            blocks.push(Block::Paragraph(tr!(
                "report-referential-as-published",
                title = grid.title.get(lang),
                id = grid.id.as_str(),
                version = grid.version.as_str()
            )));
            return;
        }
        None => blocks.push(Block::Paragraph(used)),
    }
    match &grid.social_utility {
        Some(record) => {
            if let Some(definition) = &record.definition {
                let paragraphs: Vec<String> = definition
                    .get(lang)
                    .split("\n\n")
                    .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|p| !p.is_empty())
                    .collect();
                if !paragraphs.is_empty() {
                    blocks.push(Block::Paragraph(tr!("report-referential-definition")));
                    blocks.push(Block::Quotes(paragraphs));
                }
            }
            let chosen = chosen(grid, record);
            if !chosen.is_empty() {
                blocks.push(Block::List(chosen));
            }
        }
        None => blocks.push(Block::Paragraph(tr!("report-referential-no-definition"))),
    }
}

/// What the local grid changed in its base, by indicator label.
fn adapted(blocks: &mut Vec<Block>, grid: &Grid, diff: &Diff) {
    let lang = lang();
    if diff.is_empty() {
        blocks.push(Block::Paragraph(tr!("report-referential-unchanged")));
        return;
    }
    let mut items = Vec::new();
    let labels = |list: &[crate::grid::diff::Only]| {
        list.iter()
            .map(|o| o.label.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !diff.removed.is_empty() {
        items.push(tr!(
            "report-referential-removed",
            count = diff.removed.len(),
            list = labels(&diff.removed)
        ));
    }
    if !diff.added.is_empty() {
        items.push(tr!(
            "report-referential-added",
            count = diff.added.len(),
            list = labels(&diff.added)
        ));
    }
    if !diff.changed.is_empty() {
        let list: Vec<String> = diff
            .changed
            .iter()
            .map(|c| {
                let mut fields: Vec<String> = c
                    .changes
                    .iter()
                    .map(|ch| crate::i18n::message(&format!("diff-field-{}", ch.field), &[]))
                    .collect();
                if c.renamed_from.is_some() {
                    fields.insert(0, tr!("report-referential-renamed"));
                }
                // The label the reader sees in the rest of the report.
                let label = grid
                    .indicators()
                    .find(|(_, _, i)| i.id == c.id)
                    .map_or_else(|| c.id.clone(), |(_, _, i)| i.label.get(lang).to_owned());
                format!("{label} ({})", fields.join(", "))
            })
            .collect();
        items.push(tr!(
            "report-referential-changed",
            count = diff.changed.len(),
            list = list.join(" ; ")
        ));
    }
    blocks.push(Block::List(items));
}

/// Who chose the criteria, how many took part and when, as far as recorded.
fn chosen(grid: &Grid, record: &crate::grid::model::SocialUtility) -> Vec<String> {
    let lang = lang();
    let roles: Vec<String> = record
        .chosen_by
        .iter()
        .map(|id| {
            grid.role(id)
                .map_or_else(|| id.clone(), |r| r.label.get(lang).to_owned())
        })
        .collect();
    let mut items = Vec::new();
    if !roles.is_empty() {
        items.push(tr!("report-referential-chosen-by", list = roles.join(", ")));
    }
    if let Some(n) = record.participants {
        items.push(tr!("report-referential-participants", count = u64::from(n)));
    }
    if let Some(date) = &record.chosen_on {
        items.push(tr!("report-referential-chosen-on", date = date.as_str()));
    }
    items
}
