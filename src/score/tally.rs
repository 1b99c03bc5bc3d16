//! Running totals per group and indicator, and the arithmetic that turns them
//! into scorecards.
//!
//! Answers are kept in parts: one per role (or all people pooled, without
//! `--by role`), one for the structure's figures (rows and files without a
//! role) and one per collective evaluation series. At the end the parts of
//! an action and period, collective ones aside, merge into its `All` card:
//! the same totals whether roles were split or not, and the structure's
//! figures told apart from people's answers (they are nobody's responses).

use std::collections::{BTreeSet, HashMap, HashSet};

use super::card::{
    Flag, GroupKey, IndicatorResult, NodeScore, Respondent, Scorecard, Series, Status, Verbatim,
};
use super::targets::{AgreedTarget, Resolved};
use super::totals::Totals;
use super::tree::rollup;
use super::{Answer, score_number};
use crate::grid::Grid;
use crate::grid::model::{Aggregate, ScaleKind, Scoring};

/// A handle on a group, cheap to keep between answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupId(usize);

impl Group {
    fn push_text(&mut self, verbatim: Verbatim) {
        self.texts.push(verbatim);
        if self.texts.len() >= self.prune_at {
            first_texts(&mut self.texts);
            self.prune_at = (2 * self.texts.len()).max(2 * MAX_TEXTS);
        }
    }
}

/// Sorts texts by indicator, input and line, and keeps the first
/// [`MAX_TEXTS`] of each indicator. Which texts survive depends only on the
/// texts, not on the order they came in: the same ones whatever the threads.
fn first_texts(texts: &mut Vec<Verbatim>) {
    texts.sort();
    let mut run = 0;
    let mut previous = None;
    texts.retain(|v| {
        if previous != Some(v.indicator) {
            previous = Some(v.indicator);
            run = 0;
        }
        run += 1;
        run <= MAX_TEXTS
    });
}

#[derive(Clone, Debug)]
struct Group {
    key: GroupKey,
    /// The structure's figures: they count in the `All` card only, and are
    /// no one's responses.
    structure: bool,
    responses: u64,
    totals: Vec<Totals>,
    texts: Vec<Verbatim>,
    /// When `texts` grows this long, it is cut back to the first
    /// [`MAX_TEXTS`] of each indicator (in file order).
    prune_at: usize,
}

/// Totals for every group seen so far.
#[derive(Clone, Debug)]
pub struct Tally<'g> {
    grid: &'g Grid,
    by_role: bool,
    index: HashMap<(GroupKey, bool), usize>,
    groups: Vec<Group>,
    /// Per indicator, in grid order: whether totals keep value counts.
    medians: Vec<bool>,
    /// Per indicator, in grid order: the scores of its levels in the
    /// scale's order (no, yes for a boolean), which place an answer in the
    /// distribution; empty for other scales.
    levels: Vec<Vec<f64>>,
    /// Whether qualitative answers are kept, for reports.
    keep_texts: bool,
    /// Roles seen in the data, even when they pool.
    roles: BTreeSet<String>,
    /// The input being read (its rank among the inputs), which locates texts.
    source: u32,
    /// Agreed targets, applied when the tally finishes.
    targets: Resolved,
}

/// Qualitative answers kept per group and indicator: a report quotes some,
/// and memory must not follow the size of the data.
const MAX_TEXTS: usize = 200;

impl<'g> Tally<'g> {
    /// A tally for `grid`; with `by_role`, each role is a group of its own,
    /// otherwise roles pool.
    pub fn new(grid: &'g Grid, by_role: bool) -> Self {
        Tally {
            grid,
            by_role,
            index: HashMap::new(),
            groups: Vec::new(),
            keep_texts: false,
            roles: BTreeSet::new(),
            source: 0,
            targets: Resolved::default(),
            medians: grid
                .indicators()
                .map(|(_, _, i)| {
                    i.aggregate == Aggregate::Median
                        && matches!(grid.scale(i).kind, crate::grid::model::ScaleKind::Number(_))
                })
                .collect(),
            levels: level_scores(grid),
        }
    }

    /// Scores number indicators against `targets` where they match a
    /// group, in place of the grid's (see [`super::targets`]). Callers
    /// [`check`](super::targets::check) them first: entries it refuses
    /// for an unknown or non-number indicator are ignored here, and of two
    /// equally specific ones the first written wins.
    pub fn with_targets(mut self, targets: Vec<AgreedTarget>) -> Self {
        self.targets = Resolved::new(self.grid, targets);
        self
    }

    pub fn grid(&self) -> &'g Grid {
        self.grid
    }

    /// An empty tally for the same grid and grouping, to count part of the
    /// data on another thread and [`merge`](Self::merge) later.
    pub fn empty_like(&self) -> Tally<'g> {
        Tally {
            grid: self.grid,
            by_role: self.by_role,
            index: HashMap::new(),
            groups: Vec::new(),
            medians: self.medians.clone(),
            levels: self.levels.clone(),
            keep_texts: self.keep_texts,
            roles: BTreeSet::new(),
            source: self.source,
            targets: self.targets.clone(),
        }
    }

    /// Says which input (by rank) the next answers come from: texts are kept
    /// and quoted in the order of inputs and lines, whatever the threads do.
    pub fn set_source(&mut self, source: u32) {
        self.source = source;
    }

    /// Keeps qualitative answers and comments (up to a few hundred per group
    /// and indicator), for reports.
    pub fn keep_texts(&mut self) {
        self.keep_texts = true;
    }

    pub fn keeps_texts(&self) -> bool {
        self.keep_texts
    }

    /// A text answer or a comment, about an indicator or the whole response;
    /// its `source` is set here. Of each group's and indicator's texts, the
    /// first [`MAX_TEXTS`] in input and line order are kept.
    pub fn add_text(&mut self, group: GroupId, mut verbatim: Verbatim) {
        if !self.keep_texts || verbatim.text.trim().is_empty() {
            return;
        }
        verbatim.source = self.source;
        self.groups[group.0].push_text(verbatim);
    }

    /// The group of an action, period and respondent. Roles are ids,
    /// resolved by the reader; a role is a group of its own only when the
    /// tally splits by role, otherwise roles pool with the structure's
    /// figures into the action's scores.
    pub fn group(&mut self, action: &str, period: Option<&str>, who: Respondent<'_>) -> GroupId {
        let role = match who {
            Respondent::Role(role) | Respondent::Collective(Some(role)) => Some(role),
            _ => None,
        };
        if let Some(role) = role
            && !self.roles.contains(role)
        {
            self.roles.insert(role.to_owned());
        }
        let (series, role, structure) = match who {
            Respondent::Structure => (Series::All, None, true),
            Respondent::Role(role) if self.by_role => (Series::Role, Some(role), false),
            Respondent::Role(_) => (Series::All, None, false),
            Respondent::Collective(role) => {
                (Series::Collective, role.filter(|_| self.by_role), false)
            }
        };
        let key = GroupKey {
            action: action.to_owned(),
            period: period.map(str::to_owned),
            series,
            role: role.map(str::to_owned),
        };
        self.group_of(key, structure)
    }

    fn group_of(&mut self, key: GroupKey, structure: bool) -> GroupId {
        let key = (key, structure);
        if let Some(&i) = self.index.get(&key) {
            return GroupId(i);
        }
        let i = self.groups.len();
        self.groups.push(Group {
            key: key.0.clone(),
            structure,
            responses: 0,
            totals: self
                .medians
                .iter()
                .zip(&self.levels)
                .map(|(&median, levels)| Totals::new(median, levels.len()))
                .collect(),
            texts: Vec::new(),
            prune_at: 2 * MAX_TEXTS,
        });
        self.index.insert(key, i);
        GroupId(i)
    }

    /// Counts one response (a row of data) in a group.
    pub fn add_response(&mut self, group: GroupId) {
        self.groups[group.0].responses += 1;
    }

    /// Adds one answer to indicator `indicator` (its index in grid order).
    pub fn add(&mut self, group: GroupId, indicator: usize, answer: Answer) {
        let totals = &mut self.groups[group.0].totals[indicator];
        totals.add(answer);
        // Numbers have no levels: one length test, nothing more per answer.
        if !totals.levels.is_empty()
            && let Answer::Value(v) = answer
            && let Some(level) = self.levels[indicator].iter().position(|&s| s == v)
        {
            totals.levels[level] += 1;
        }
    }

    /// Adds everything `other` counted.
    /// Every role seen in the data, split or pooled.
    pub fn roles(&self) -> Vec<String> {
        self.roles.iter().cloned().collect()
    }

    pub fn merge(&mut self, other: Tally<'_>) {
        self.roles.extend(other.roles);
        for group in other.groups {
            let id = self.group_of(group.key, group.structure);
            let mine = &mut self.groups[id.0];
            mine.responses += group.responses;
            for (t, o) in mine.totals.iter_mut().zip(&group.totals) {
                t.merge(o);
            }
            for text in group.texts {
                mine.push_text(text);
            }
        }
    }

    /// The scorecards: per action and period, the `All` card (every part
    /// but collective evaluations, merged), one card per role when split by
    /// role, and the collective evaluations' cards; ordered by action,
    /// period, series and role.
    pub fn finish(self) -> Vec<Scorecard> {
        let context = Context {
            grid: self.grid,
            levels: &self.levels,
            targets: &self.targets,
        };
        let mut cards = Vec::new();
        let mut pools: HashMap<(String, Option<String>), Pool> = HashMap::new();
        for group in self.groups {
            if group.key.series != Series::All {
                // Everything in a role's or a collective's part is people's.
                let people: Vec<u64> = group.totals.iter().map(|t| t.values).collect();
                cards.push(scorecard(
                    &context,
                    group.key.clone(),
                    &group.totals,
                    &people,
                    group.responses,
                    group.texts.clone(),
                ));
            }
            if group.key.series == Series::Collective {
                continue;
            }
            let pool = pools
                .entry((group.key.action.clone(), group.key.period.clone()))
                .or_insert_with(|| Pool {
                    totals: Vec::new(),
                    people: vec![0; group.totals.len()],
                    responses: 0,
                    texts: Vec::new(),
                });
            if !group.structure {
                for (p, t) in pool.people.iter_mut().zip(&group.totals) {
                    *p += t.values;
                }
            }
            if pool.totals.is_empty() {
                pool.totals = group.totals;
            } else {
                for (t, o) in pool.totals.iter_mut().zip(&group.totals) {
                    t.merge(o);
                }
            }
            pool.responses += group.responses;
            pool.texts.extend(group.texts);
        }
        for ((action, period), pool) in pools {
            let key = GroupKey {
                action,
                period,
                series: Series::All,
                role: None,
            };
            cards.push(scorecard(
                &context,
                key,
                &pool.totals,
                &pool.people,
                pool.responses,
                pool.texts,
            ));
        }
        cards.sort_by(|a, b| a.key.cmp(&b.key));
        cards
    }
}

/// The parts of an action's `All` card, merged as they come.
struct Pool {
    totals: Vec<Totals>,
    /// Per indicator: the values that came from people, not the structure.
    people: Vec<u64>,
    responses: u64,
    texts: Vec<Verbatim>,
}

/// Per indicator, in grid order: the scores of its levels, in the scale's
/// order (no, yes for a boolean); empty for other scales.
fn level_scores(grid: &Grid) -> Vec<Vec<f64>> {
    grid.indicators()
        .map(
            |(_, _, indicator)| match (&indicator.scoring, &grid.scale(indicator).kind) {
                (Scoring::Boolean, _) => vec![0.0, 100.0],
                (Scoring::Levels, ScaleKind::Levels(levels)) => {
                    levels.iter().map(|l| l.score).collect()
                }
                _ => Vec::new(),
            },
        )
        .collect()
}

/// What every group's scorecard is computed with.
struct Context<'a> {
    grid: &'a Grid,
    levels: &'a [Vec<f64>],
    targets: &'a Resolved,
}

/// One group's scorecard from its totals; `people` holds, per indicator, the
/// values that came from people (the responses a score rests on).
fn scorecard(
    context: &Context<'_>,
    key: GroupKey,
    totals: &[Totals],
    people: &[u64],
    responses: u64,
    mut texts: Vec<Verbatim>,
) -> Scorecard {
    let Context {
        grid,
        levels,
        targets,
    } = *context;
    let asked_role = match (key.series, key.role.as_deref()) {
        (Series::Role | Series::Collective, Some(role)) => grid.role(role).map(|r| r.id.as_str()),
        _ => None,
    };
    let indicators: Vec<IndicatorResult> = grid
        .indicators()
        .zip(totals)
        .zip(levels.iter().zip(people))
        .enumerate()
        .map(
            |(index, (((_, _, indicator), totals), (levels, &people)))| {
                // A role is not asked what the grid keeps for others: unanswered,
                // such an indicator does not apply to it, and its coverage must
                // not read as a gap in its answers.
                let unasked = asked_role.is_some_and(|role| !indicator.asked_of(role));
                let status = match totals.status() {
                    Status::Missing if unasked && totals.dont_know == 0 => Status::NotApplicable,
                    status => status,
                };
                // Per group, not per answer: an agreed target costs nothing
                // while reading.
                let (scoring, target) =
                    targets.scoring(grid, index, indicator, &key.action, key.period.as_deref());
                let (value, score) = match scoring.as_ref() {
                    Scoring::Levels | Scoring::Boolean => (None, totals.mean()),
                    Scoring::Text => (None, None),
                    number => {
                        let value = totals.aggregate(indicator.aggregate);
                        (value, value.and_then(|v| score_number(number, v)))
                    }
                };
                let scorable = scoring.is_scored() && status != Status::NotApplicable;
                let counted: u64 = totals.levels.iter().sum();
                let favourable = (counted > 0).then(|| {
                    let above: u64 = totals
                        .levels
                        .iter()
                        .zip(levels)
                        .filter(|(_, score)| **score > 50.0)
                        .map(|(count, _)| count)
                        .sum();
                    100.0 * above as f64 / counted as f64
                });
                IndicatorResult {
                    node: NodeScore {
                        score: if scorable { score } else { None },
                        scored: usize::from(scorable && score.is_some()),
                        scorable: usize::from(scorable),
                        responses: people,
                        flag: Flag::default(),
                    },
                    status,
                    value,
                    values: totals.values,
                    not_applicable: totals.not_applicable,
                    missing: totals.missing,
                    dont_know: totals.dont_know,
                    distribution: totals.levels.clone(),
                    favourable,
                    target,
                }
            },
        )
        .collect();
    let nodes: Vec<NodeScore> = indicators.iter().map(|i| i.node).collect();
    let tree = rollup(grid, &nodes);
    // Long data counts no rows as responses: the most answered indicator says
    // how many people answered.
    let answers = totals
        .iter()
        .map(|t| t.values + t.not_applicable + t.missing + t.dont_know)
        .max()
        .unwrap_or(0);
    first_texts(&mut texts);
    // The same words said twice are quoted once, where first said.
    let mut seen = HashSet::new();
    texts.retain(|v| seen.insert((v.indicator, v.comment, v.text.clone())));
    Scorecard {
        key,
        responses: responses.max(answers),
        overall: tree.overall,
        domains: tree.domains,
        criteria: tree.criteria,
        indicators,
        texts,
    }
}
