//! The group's judgement, which opens the report: per action (and period),
//! each criterion judged with today's score, the appreciation, the argument
//! and the recommendations; a count of appreciations per action; then the
//! action plan. Figures that changed since the group judged (more
//! questionnaires came in) are marked, with what the group saw then.

use std::collections::HashMap;

use super::{Block, Cell, Inputs, TEXT, first_seen, score_cell};
use crate::i18n::lang;
use crate::judgement::{Appreciation, Judgement, Seen, Verdict};
use crate::number;
use crate::score::{NodeScore, Scorecard, Series};
use crate::tr;

/// Put after a score the group did not see: its legend says what it was.
const CHANGED: &str = "*";

/// The section, after the report's context. `actions` are the report's, in
/// the order of the data; actions judged but absent from the data follow.
pub(super) fn section(
    blocks: &mut Vec<Block>,
    inputs: &Inputs<'_>,
    judgement: &Judgement,
    actions: &[String],
) {
    let grid = inputs.grid;
    let lang = lang();
    let criteria: Vec<_> = grid.domains.iter().flat_map(|d| &d.criteria).collect();
    let index: HashMap<&str, usize> = criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let label = |id: &str| {
        index.get(id).map_or_else(
            || id.to_owned(),
            |&i| criteria[i].label.get(lang).to_owned(),
        )
    };
    blocks.push(Block::Heading(2, tr!("report-judgement")));
    blocks.push(Block::Paragraph(match &judgement.participants {
        Some(who) if !who.trim().is_empty() => tr!(
            "report-judgement-intro-who",
            date = judgement.date.as_str(),
            who = who.trim()
        ),
        _ => tr!("report-judgement-intro", date = judgement.date.as_str()),
    }));

    // Each action and period judged, in the report's order of actions.
    let mut of_key: HashMap<Key, Vec<&Appreciation>> = HashMap::new();
    for a in &judgement.appreciations {
        of_key
            .entry((a.action.clone(), a.period.clone()))
            .or_default()
            .push(a);
    }
    let mut keys: Vec<Key> = of_key.keys().cloned().collect();
    in_report_order(&mut keys, actions);
    let any_period = keys.iter().any(|k| k.1.is_some());
    let pooled = pooled(inputs.cards);
    for (action, period) in &keys {
        let card = pooled.get(&(action.as_str(), period.as_deref())).copied();
        let mut judged = of_key
            .remove(&(action.clone(), period.clone()))
            .unwrap_or_default();
        // Grid order; criteria the grid no longer has last, as written.
        judged.sort_by_key(|a| {
            index
                .get(a.criterion.as_str())
                .copied()
                .unwrap_or(usize::MAX)
        });
        let mut legend = Vec::new();
        let rows = judged
            .iter()
            .map(|a| {
                let today = index
                    .get(a.criterion.as_str())
                    .and_then(|&i| card.map(|c| c.criteria[i]));
                let mut score = match &today {
                    Some(node) => score_cell(node, inputs.guards),
                    None => Cell::with("—", "num"),
                };
                if let Some(seen) = &a.seen
                    && changed(seen, today.as_ref())
                {
                    score.text = format!("{} {CHANGED}", score.text);
                    legend.push(tr!(
                        "report-judgement-changed",
                        marker = CHANGED,
                        criterion = label(&a.criterion),
                        then = figures(seen.score, seen.responses),
                        now = today
                            .map_or_else(|| figures(None, 0), |n| figures(n.score, n.responses))
                    ));
                }
                vec![
                    Cell::plain(label(&a.criterion)),
                    score,
                    Cell::plain(
                        a.verdict
                            .map_or_else(|| tr!("report-judgement-undecided"), Verdict::label),
                    ),
                    Cell::with(a.argument.as_deref().unwrap_or_default().trim(), TEXT),
                    Cell::with(
                        a.recommendations.as_deref().unwrap_or_default().trim(),
                        TEXT,
                    ),
                ]
            })
            .collect();
        let heading = match period {
            Some(p) => format!("{action} — {p}"),
            None if any_period => format!("{action} — {}", tr!("report-no-period")),
            None => action.clone(),
        };
        blocks.push(Block::Heading(3, heading));
        blocks.push(Block::Table {
            caption: String::new(),
            header: vec![
                tr!("report-col-criterion"),
                tr!("report-judgement-col-score"),
                tr!("report-judgement-col-verdict"),
                tr!("report-judgement-col-argument"),
                tr!("report-judgement-col-recommendations"),
            ],
            rows,
        });
        if !legend.is_empty() {
            blocks.push(Block::List(legend));
        }
    }
    synthesis(blocks, inputs, judgement, &keys, &index, actions);
    plan(blocks, judgement, &label);
}

/// An action and a period.
type Key = (String, Option<String>);

/// `keys` in the order of `actions` (others after them, by name: the same
/// on every run), each action's periods in time order.
fn in_report_order(keys: &mut [Key], actions: &[String]) {
    let rank = |action: &str| {
        actions
            .iter()
            .position(|a| a == action)
            .unwrap_or(actions.len())
    };
    keys.sort_by(|a, b| {
        rank(&a.0)
            .cmp(&rank(&b.0))
            .then_with(|| a.0.cmp(&b.0))
            .then_with(|| crate::period::compare_options(a.1.as_deref(), b.1.as_deref()))
    });
}

/// Each action's (and period's) scores the group judged: its pooled
/// series, or its collective evaluation when only that was made. Found once,
/// not by a scan per action.
fn pooled(cards: &[Scorecard]) -> HashMap<(&str, Option<&str>), &Scorecard> {
    let mut found: HashMap<(&str, Option<&str>), &Scorecard> = HashMap::new();
    for card in cards {
        let key = (card.key.action.as_str(), card.key.period.as_deref());
        match card.key.series {
            Series::All => {
                found.insert(key, card);
            }
            Series::Collective => {
                found.entry(key).or_insert(card);
            }
            Series::Role => {}
        }
    }
    found
}

/// Whether the figures differ from those the group saw: the score as
/// shown (to the point) or the responses behind it.
fn changed(seen: &Seen, today: Option<&NodeScore>) -> bool {
    let shown = |s: Option<f64>| s.map(|s| number::rounded(s, 0));
    match today {
        Some(node) => shown(seen.score) != shown(node.score) || seen.responses != node.responses,
        None => seen.score.is_some() || seen.responses > 0,
    }
}

/// « 62, 12 réponses ».
fn figures(score: Option<f64>, responses: u64) -> String {
    match score {
        Some(score) => tr!(
            "report-judgement-figures",
            score = number::integer(score),
            responses = responses
        ),
        None => tr!("report-judgement-figures-no-score", responses = responses),
    }
}

/// How many criteria of each action (and period) the group found met,
/// partly met, not met or could not judge, and how many it has not judged
/// yet. Actions of the data it has not judged at all count too.
fn synthesis(
    blocks: &mut Vec<Block>,
    inputs: &Inputs<'_>,
    judgement: &Judgement,
    judged: &[Key],
    index: &HashMap<&str, usize>,
    actions: &[String],
) {
    let total = index.len();
    let mut all: Vec<Key> = judged.to_vec();
    all.extend(
        inputs
            .cards
            .iter()
            .filter(|c| c.key.series != Series::Role)
            .map(|c| (c.key.action.clone(), c.key.period.clone())),
    );
    let mut keys = first_seen(&all);
    in_report_order(&mut keys, actions);
    let any_period = keys.iter().any(|k| k.1.is_some());
    let mut header = vec![tr!("report-col-action")];
    if any_period {
        header.push(tr!("report-col-period"));
    }
    header.extend(Verdict::ALL.iter().map(|v| capitalised(&v.label())));
    header.push(capitalised(&tr!("report-judgement-col-pending")));
    let mut counts: HashMap<(&str, Option<&str>), [usize; 4]> = HashMap::new();
    for a in &judgement.appreciations {
        if let Some(v) = a.verdict
            && index.contains_key(a.criterion.as_str())
        {
            let count = counts
                .entry((a.action.as_str(), a.period.as_deref()))
                .or_default();
            count[Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0)] += 1;
        }
    }
    let rows = keys
        .iter()
        .map(|(action, period)| {
            let counts = counts
                .get(&(action.as_str(), period.as_deref()))
                .copied()
                .unwrap_or_default();
            let decided: usize = counts.iter().sum();
            let mut row = vec![Cell::plain(action.clone())];
            if any_period {
                row.push(Cell::plain(period.clone().unwrap_or_default()));
            }
            row.extend(counts.iter().map(|n| Cell::with(n.to_string(), "num")));
            row.push(Cell::with(total.saturating_sub(decided).to_string(), "num"));
            row
        })
        .collect();
    blocks.push(Block::Heading(3, tr!("report-judgement-synthesis")));
    blocks.push(Block::Table {
        caption: tr!("report-judgement-synthesis-caption", criteria = total),
        header,
        rows,
    });
}

/// The action plan: what, who, by when, for which action and criterion.
fn plan(blocks: &mut Vec<Block>, judgement: &Judgement, label: &dyn Fn(&str) -> String) {
    blocks.push(Block::Heading(3, tr!("report-plan")));
    if judgement.plan.is_empty() {
        blocks.push(Block::Paragraph(tr!("report-plan-none")));
        return;
    }
    let text = |s: &Option<String>| s.as_deref().unwrap_or_default().trim().to_owned();
    let rows = judgement
        .plan
        .iter()
        .map(|step| {
            vec![
                Cell::with(step.what.trim(), TEXT),
                Cell::plain(text(&step.who)),
                Cell::plain(text(&step.when)),
                Cell::plain(match step.action.as_deref().map(str::trim) {
                    Some(a) if !a.is_empty() => a.to_owned(),
                    _ => tr!("report-plan-whole"),
                }),
                Cell::plain(step.criterion.as_deref().map(label).unwrap_or_default()),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        caption: String::new(),
        header: vec![
            tr!("report-plan-col-what"),
            tr!("report-plan-col-who"),
            tr!("report-plan-col-when"),
            tr!("report-col-action"),
            tr!("report-col-criterion"),
        ],
        rows,
    });
}

/// « Atteint » for a column header, from « atteint » in a sentence.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::Flag;

    fn node(score: Option<f64>, responses: u64) -> NodeScore {
        NodeScore {
            score,
            scored: 1,
            scorable: 1,
            responses,
            flag: Flag::default(),
        }
    }

    fn seen(score: Option<f64>, responses: u64) -> Seen {
        Seen {
            score,
            scored: 1,
            scorable: 1,
            responses,
        }
    }

    #[test]
    fn figures_change_as_they_are_shown() {
        // 62.4 and 61.6 both read 62: the group saw what the report shows.
        assert!(!changed(&seen(Some(62.4), 5), Some(&node(Some(61.6), 5))));
        // 62.5 reads 63 (halves up), 62.4 reads 62.
        assert!(changed(&seen(Some(62.4), 5), Some(&node(Some(62.5), 5))));
        // Same score, one more response.
        assert!(changed(&seen(Some(62.0), 5), Some(&node(Some(62.0), 6))));
        // A score that appeared, or went.
        assert!(changed(&seen(None, 0), Some(&node(Some(0.0), 0))));
        assert!(changed(&seen(Some(50.0), 2), Some(&node(None, 0))));
        // No figures today (the action is gone from the data).
        assert!(changed(&seen(Some(50.0), 2), None));
        assert!(!changed(&seen(None, 0), None));
    }

    #[test]
    fn headers_are_capitalised_whatever_the_first_letter() {
        assert_eq!(capitalised("atteint"), "Atteint");
        assert_eq!(capitalised("équipe"), "Équipe");
        assert_eq!(capitalised(""), "");
    }
}
