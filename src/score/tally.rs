//! Running totals per group and indicator, and the arithmetic that turns them
//! into scorecards.

use std::collections::{BTreeSet, HashMap, HashSet};

use rustc_hash::FxHashMap;

use super::exact::ExactSum;

use super::card::{
    Flag, GroupKey, IndicatorResult, NodeScore, Respondent, Scorecard, Series, Status, Verbatim,
};
use super::{Answer, score_number, weighted_mean};
use crate::grid::Grid;
use crate::grid::model::{Aggregate, Scoring};

/// A handle on a group, cheap to keep between answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupId(usize);

/// Totals of one indicator in one group.
#[derive(Clone, Debug)]
struct Totals {
    values: u64,
    not_applicable: u64,
    missing: u64,
    dont_know: u64,
    /// Exact, so that the total is the same whatever order answers come in.
    sum: ExactSum,
    min: f64,
    max: f64,
    /// Counts of each distinct value (by its bits), kept for medians only.
    counts: Option<FxHashMap<u64, u64>>,
}

impl Totals {
    fn new(median: bool) -> Self {
        Totals {
            values: 0,
            not_applicable: 0,
            missing: 0,
            dont_know: 0,
            sum: ExactSum::default(),
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            counts: median.then(FxHashMap::default),
        }
    }

    fn add(&mut self, answer: Answer) {
        match answer {
            Answer::Value(v) => {
                self.values += 1;
                self.sum.add(v);
                // Values are finite: plain comparisons, no NaN handling.
                if v < self.min {
                    self.min = v;
                }
                if v > self.max {
                    self.max = v;
                }
                if let Some(counts) = &mut self.counts {
                    *counts.entry(v.to_bits()).or_default() += 1;
                }
            }
            Answer::Text => self.values += 1,
            Answer::NotApplicable => self.not_applicable += 1,
            Answer::Missing => self.missing += 1,
            Answer::DontKnow => self.dont_know += 1,
        }
    }

    fn merge(&mut self, other: &Totals) {
        self.values += other.values;
        self.not_applicable += other.not_applicable;
        self.missing += other.missing;
        self.dont_know += other.dont_know;
        self.sum.merge(&other.sum);
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
        if let (Some(mine), Some(theirs)) = (&mut self.counts, &other.counts) {
            for (value, count) in theirs {
                *mine.entry(*value).or_default() += count;
            }
        }
    }

    fn status(&self) -> Status {
        if self.values > 0 {
            Status::Scored
        } else if self.not_applicable > 0 {
            Status::NotApplicable
        } else {
            Status::Missing
        }
    }

    fn aggregate(&self, aggregate: Aggregate) -> Option<f64> {
        if self.values == 0 {
            return None;
        }
        let value = match aggregate {
            Aggregate::Mean => self.mean()?,
            Aggregate::Sum => self.sum.value()?,
            Aggregate::Min => self.min,
            Aggregate::Max => self.max,
            Aggregate::Median => median(self.counts.as_ref()?, self.values),
        };
        value.is_finite().then_some(value)
    }

    /// The mean of the values; `None` without values, or when their total
    /// is beyond `f64`.
    fn mean(&self) -> Option<f64> {
        if self.values == 0 {
            return None;
        }
        let mean = self.sum.value()? / self.values as f64;
        mean.is_finite().then_some(mean)
    }
}

/// The median of `n` values given as counts of distinct values: the middle
/// value, or the mean of the two middle ones.
fn median(counts: &FxHashMap<u64, u64>, n: u64) -> f64 {
    let mut sorted: Vec<(f64, u64)> = counts
        .iter()
        .map(|(v, c)| (f64::from_bits(*v), *c))
        .collect();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let nth = |k: u64| {
        let mut seen = 0;
        for (value, count) in &sorted {
            seen += count;
            if seen > k {
                return *value;
            }
        }
        f64::NAN
    };
    if n % 2 == 1 {
        nth(n / 2)
    } else {
        let (a, b) = (nth(n / 2 - 1), nth(n / 2));
        // Two huge values must not overflow into infinity.
        if (a + b).is_finite() {
            (a + b) / 2.0
        } else {
            a / 2.0 + b / 2.0
        }
    }
}

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
    index: HashMap<GroupKey, usize>,
    groups: Vec<Group>,
    /// Per indicator, in grid order: whether totals keep value counts.
    medians: Vec<bool>,
    /// Whether qualitative answers are kept, for reports.
    keep_texts: bool,
    /// Roles seen in the data, even when they pool.
    roles: BTreeSet<String>,
    /// The input being read (its rank among the inputs), which locates texts.
    source: u32,
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
            medians: grid
                .indicators()
                .map(|(_, _, i)| {
                    i.aggregate == Aggregate::Median
                        && matches!(grid.scale(i).kind, crate::grid::model::ScaleKind::Number(_))
                })
                .collect(),
        }
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
            keep_texts: self.keep_texts,
            roles: BTreeSet::new(),
            source: self.source,
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
        let (series, role) = match who {
            Respondent::Role(role) if self.by_role => (Series::Role, Some(role)),
            Respondent::Structure | Respondent::Role(_) => (Series::All, None),
            Respondent::Collective(role) => (Series::Collective, role.filter(|_| self.by_role)),
        };
        let key = GroupKey {
            action: action.to_owned(),
            period: period.map(str::to_owned),
            series,
            role: role.map(str::to_owned),
        };
        self.group_of(key)
    }

    fn group_of(&mut self, key: GroupKey) -> GroupId {
        if let Some(&i) = self.index.get(&key) {
            return GroupId(i);
        }
        let i = self.groups.len();
        self.groups.push(Group {
            key: key.clone(),
            responses: 0,
            totals: self.medians.iter().map(|&m| Totals::new(m)).collect(),
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
        self.groups[group.0].totals[indicator].add(answer);
    }

    /// Adds everything `other` counted.
    /// Every role seen in the data, split or pooled.
    pub fn roles(&self) -> Vec<String> {
        self.roles.iter().cloned().collect()
    }

    pub fn merge(&mut self, other: Tally<'_>) {
        self.roles.extend(other.roles);
        for group in other.groups {
            let id = self.group_of(group.key);
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

    /// One scorecard per group, ordered by action, period and role.
    pub fn finish(self) -> Vec<Scorecard> {
        let grid = self.grid;
        let mut cards: Vec<Scorecard> = self.groups.iter().map(|g| scorecard(grid, g)).collect();
        cards.sort_by(|a, b| a.key.cmp(&b.key));
        cards
    }
}

fn scorecard(grid: &Grid, group: &Group) -> Scorecard {
    let indicators: Vec<IndicatorResult> = grid
        .indicators()
        .zip(&group.totals)
        .map(|((_, _, indicator), totals)| {
            let status = totals.status();
            let (value, score) = match &indicator.scoring {
                Scoring::Levels | Scoring::Boolean => (None, totals.mean()),
                Scoring::Text => (None, None),
                number => {
                    let value = totals.aggregate(indicator.aggregate);
                    (value, value.and_then(|v| score_number(number, v)))
                }
            };
            let scorable = indicator.scoring.is_scored() && status != Status::NotApplicable;
            IndicatorResult {
                node: NodeScore {
                    score: if scorable { score } else { None },
                    scored: usize::from(scorable && score.is_some()),
                    scorable: usize::from(scorable),
                    responses: totals.values,
                    flag: Flag::default(),
                },
                status,
                value,
                values: totals.values,
                not_applicable: totals.not_applicable,
                missing: totals.missing,
                dont_know: totals.dont_know,
                distribution: Vec::new(),
                favourable: None,
            }
        })
        .collect();

    let mut criteria = Vec::new();
    let mut domains = Vec::new();
    let mut next = 0;
    for domain in &grid.domains {
        let first_criterion = criteria.len();
        for criterion in &domain.criteria {
            let results = &indicators[next..next + criterion.indicators.len()];
            next += criterion.indicators.len();
            criteria.push(NodeScore {
                score: weighted_mean(
                    results
                        .iter()
                        .zip(&criterion.indicators)
                        .filter_map(|(r, i)| Some((r.node.score?, i.weight))),
                ),
                scored: results.iter().map(|r| r.node.scored).sum(),
                scorable: results.iter().map(|r| r.node.scorable).sum(),
                responses: results.iter().map(|r| r.node.responses).max().unwrap_or(0),
                flag: Flag::default(),
            });
        }
        let own = &criteria[first_criterion..];
        domains.push(NodeScore {
            score: weighted_mean(
                own.iter()
                    .zip(&domain.criteria)
                    .filter_map(|(n, c)| Some((n.score?, c.weight))),
            ),
            scored: own.iter().map(|n| n.scored).sum(),
            scorable: own.iter().map(|n| n.scorable).sum(),
            responses: own.iter().map(|n| n.responses).max().unwrap_or(0),
            flag: Flag::default(),
        });
    }
    let overall = grid.overall.then(|| NodeScore {
        score: weighted_mean(
            domains
                .iter()
                .zip(&grid.domains)
                .filter_map(|(n, d)| Some((n.score?, d.weight))),
        ),
        scored: domains.iter().map(|n| n.scored).sum(),
        scorable: domains.iter().map(|n| n.scorable).sum(),
        responses: domains.iter().map(|n| n.responses).max().unwrap_or(0),
        flag: Flag::default(),
    });
    // Long data counts no rows as responses: the most answered indicator says
    // how many people answered.
    let answers = group
        .totals
        .iter()
        .map(|t| t.values + t.not_applicable + t.missing + t.dont_know)
        .max()
        .unwrap_or(0);
    Scorecard {
        key: group.key.clone(),
        responses: group.responses.max(answers),
        overall,
        domains,
        criteria,
        indicators,
        texts: {
            let mut texts = group.texts.clone();
            first_texts(&mut texts);
            // The same words said twice are quoted once, where first said.
            let mut seen = HashSet::new();
            texts.retain(|v| seen.insert((v.indicator, v.comment, v.text.clone())));
            texts
        },
    }
}
