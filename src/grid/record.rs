//! The `[social_utility]` record as lines for a terminal: the organisation's
//! definition of its utilité sociale wrapped to the width, then who chose
//! the criteria (the grid's role labels in the reader's language), how many
//! people and when. `grids show` puts it under the grid's title.

use textwrap::{Options, WordSplitter};

use super::Grid;
use super::model::SocialUtility;
use crate::i18n::Lang;
use crate::text::clean;
use crate::tr;

/// Who chose the criteria as people read it: each role's label where the
/// grid names its roles, else the labels as written.
pub fn chosen_by(grid: &Grid, record: &SocialUtility, lang: Lang) -> Vec<String> {
    record
        .chosen_by
        .iter()
        .map(|who| {
            grid.role(who)
                .map_or_else(|| who.clone(), |r| r.label.get(lang).to_owned())
        })
        .collect()
}

/// The record's block, each line at most `width` columns (a word longer
/// than the line excepted), ending with a blank line; empty without a
/// record.
pub fn block(grid: &Grid, lang: Lang, width: usize) -> String {
    let Some(record) = &grid.social_utility else {
        return String::new();
    };
    let fill = |text: &str, first: &str, rest: &str| {
        let options = Options::new(width.max(20))
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_splitter(WordSplitter::NoHyphenation);
        textwrap::fill(&clean(text), options)
    };
    let mut lines = vec![tr!("grid-social-utility-heading")];
    if let Some(definition) = &record.definition {
        for paragraph in definition
            .get(lang)
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            lines.push(fill(paragraph.trim(), "  ", "  "));
        }
    }
    let who = chosen_by(grid, record, lang);
    if !who.is_empty() {
        let line = tr!("grid-social-utility-chosen-by", who = who.join(", "));
        lines.push(fill(&line, "  ", "    "));
    }
    if let Some(count) = record.participants {
        lines.push(fill(
            &tr!("grid-social-utility-participants", count = count as usize),
            "  ",
            "    ",
        ));
    }
    if let Some(on) = &record.chosen_on {
        lines.push(fill(
            &tr!("grid-social-utility-chosen-on", date = on.as_str()),
            "  ",
            "    ",
        ));
    }
    lines.join("\n") + "\n\n"
}
