//! Totals of one indicator in one group: counts by state, an exact sum, the
//! extremes, value counts for medians and level counts for distributions.
//! Everything merges exactly, so threads and arrival order change nothing.

use rustc_hash::FxHashMap;

use super::Answer;
use super::card::Status;
use super::exact::ExactSum;
use crate::grid::model::Aggregate;

#[derive(Clone, Debug)]
pub(super) struct Totals {
    pub values: u64,
    pub not_applicable: u64,
    pub missing: u64,
    pub dont_know: u64,
    /// Exact, so that the total is the same whatever order answers come in.
    sum: ExactSum,
    min: f64,
    max: f64,
    /// Counts of each distinct value (by its bits), kept for medians only.
    counts: Option<FxHashMap<u64, u64>>,
    /// Levels and booleans: values per level, in the scale's order (no, yes
    /// for a boolean); empty for other scales.
    pub levels: Vec<u64>,
}

impl Totals {
    /// Totals that keep value counts when `median`, and `levels` level
    /// counts (0 for scales without levels).
    pub fn new(median: bool, levels: usize) -> Self {
        Totals {
            values: 0,
            not_applicable: 0,
            missing: 0,
            dont_know: 0,
            sum: ExactSum::default(),
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            counts: median.then(FxHashMap::default),
            levels: vec![0; levels],
        }
    }

    pub fn add(&mut self, answer: Answer) {
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

    pub fn merge(&mut self, other: &Totals) {
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
        for (mine, theirs) in self.levels.iter_mut().zip(&other.levels) {
            *mine += theirs;
        }
    }

    pub fn status(&self) -> Status {
        if self.values > 0 {
            Status::Scored
        } else if self.not_applicable > 0 {
            Status::NotApplicable
        } else {
            Status::Missing
        }
    }

    pub fn aggregate(&self, aggregate: Aggregate) -> Option<f64> {
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
    pub fn mean(&self) -> Option<f64> {
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
