//! What the group sees before it judges a criterion: one compact screen,
//! laid out in lines that fit the terminal's width (80 columns at least are
//! assumed nowhere: every line is wrapped or cut to the width given).

use std::borrow::Cow;

use crate::grid::Grid;
use crate::grid::model::{Criterion, Domain};
use crate::i18n::lang;
use crate::number;
use crate::score::{Guards, NodeKind, Scorecard};

use super::Subject;
use crate::text::clean;
use crate::tr;

/// The most quotes shown under a criterion, and the lines each may take.
pub const QUOTES: usize = 3;
const QUOTE_LINES: usize = 2;

/// One criterion of one action (and period) to judge.
pub struct Item<'a> {
    /// Index of the subject (action and period) in the walk.
    pub subject: usize,
    pub domain: &'a Domain,
    pub criterion: &'a Criterion,
    /// The criterion's index among all the grid's criteria.
    pub index: usize,
}

/// Wraps `text` on words at `width` columns, the first line starting with
/// `first` and the others with `rest`; a word longer than a line (a path)
/// is split rather than overflow.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let options = textwrap::Options::new(width.max(20))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    text.lines()
        .flat_map(|line| textwrap::wrap(line, &options))
        .map(Cow::into_owned)
        .collect()
}

/// `text` in at most `lines` lines of `width` columns, the last cut with an
/// ellipsis when the text goes on.
fn cut(text: &str, width: usize, first: &str, rest: &str, lines: usize) -> Vec<String> {
    let mut wrapped = wrap(text, width, first, rest);
    if wrapped.len() > lines {
        wrapped.truncate(lines);
        if let Some(last) = wrapped.last_mut() {
            while !last.is_empty() && textwrap::core::display_width(last) + 2 > width {
                last.pop();
            }
            last.push_str(" …");
        }
    }
    wrapped
}

/// The screen of `item`, numbered `position` (from 1) of `total`.
pub fn lines(
    grid: &Grid,
    subject: &Subject<'_>,
    guards: Guards,
    item: &Item<'_>,
    position: usize,
    total: usize,
    width: usize,
) -> Vec<String> {
    let lang = lang();
    let card = subject.card;
    let mut out = vec![String::new()];
    let action = match &card.key.period {
        Some(period) => format!("{} · {period}", card.key.action),
        None => card.key.action.clone(),
    };
    let header = format!(
        "{} {action} › {} › {}",
        tr!("eval-progress", current = position, total = total),
        item.domain.label.get(lang),
        item.criterion.label.get(lang)
    );
    out.extend(wrap(&clean(&header), width, "", "    "));
    let node = card.criteria.get(item.index).copied();
    let series = tr!("series-all");
    match node.and_then(|n| n.score) {
        Some(score) => out.extend(wrap(
            &tr!(
                "judge-score",
                series = series.as_str(),
                score = number::integer(score)
            ),
            width,
            "  ",
            "    ",
        )),
        None => out.extend(wrap(
            &tr!("judge-no-score", series = series.as_str()),
            width,
            "  ",
            "    ",
        )),
    }
    if let Some(node) = node {
        out.extend(wrap(
            &tr!(
                "judge-coverage",
                scored = node.scored,
                scorable = node.scorable,
                responses = node.responses
            ),
            width,
            "  ",
            "    ",
        ));
        if node.flag.any() {
            let reason = crate::report::series::flag_reason(node.flag, guards);
            out.extend(wrap(
                &tr!("judge-flag", reason = reason),
                width,
                "  ",
                "    ",
            ));
        }
    }
    let divergence = subject.divergences.iter().find(|d| {
        d.kind == NodeKind::Criterion
            && d.index == item.index
            && d.action == card.key.action
            && d.period == card.key.period
    });
    if let Some(d) = divergence {
        let roles: Vec<String> = d
            .roles
            .iter()
            .map(|r| format!("{} {}", clean(&r.role), number::integer(r.score)))
            .collect();
        // The gap between the scores as shown, so that the reader's own
        // subtraction agrees with it (84 and 63: 21, not 20.4 rounded).
        let shown: Vec<f64> = d
            .roles
            .iter()
            .map(|r| number::rounded(r.score, 0))
            .collect();
        let spread = shown.iter().copied().fold(f64::MIN, f64::max)
            - shown.iter().copied().fold(f64::MAX, f64::min);
        out.extend(wrap(
            &tr!(
                "judge-divergence",
                roles = roles.join(", "),
                spread = number::integer(spread)
            ),
            width,
            "  ",
            "    ",
        ));
    }
    let quotes = quotes(grid, card, item);
    if !quotes.is_empty() {
        out.extend(wrap(&tr!("judge-quotes"), width, "  ", "    "));
        for quote in quotes {
            let text = tr!("judge-quote", text = quote);
            out.extend(cut(&text, width, "    ", "      ", QUOTE_LINES));
        }
    }
    out
}

/// The first [`QUOTES`] verbatims (answers and comments) of the
/// criterion's indicators, in the card's order, cleaned and on one line.
pub fn quotes(grid: &Grid, card: &Scorecard, item: &Item<'_>) -> Vec<String> {
    let mine: Vec<bool> = grid
        .indicators()
        .map(|(_, c, _)| c.id == item.criterion.id)
        .collect();
    card.texts
        .iter()
        .filter(|v| v.indicator.is_some_and(|i| mine.get(i) == Some(&true)))
        .map(|v| {
            clean(v.text.trim())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .take(QUOTES)
        .collect()
}
