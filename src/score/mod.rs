//! The scoring engine: answers in, scorecards out, exactly as SPEC "Scoring"
//! says. Pure: no I/O, no printing, no clap. Readers feed [`Tally`] one answer
//! at a time; memory grows with groups × indicators, never with answers.

pub mod card;
mod divergence;
mod exact;
mod tally;
pub mod targets;
mod totals;
mod tree;

pub use card::{
    Divergence, Flag, GroupKey, IndicatorResult, NodeKind, NodeScore, Respondent, RoleScore,
    Scorecard, Series, Status, Verbatim,
};
pub use divergence::divergences;
pub use exact::ExactSum;
pub use tally::{GroupId, Tally};

use crate::grid::model::{Band, Scoring};

/// One answer to one indicator from one respondent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// Levels and booleans: the response's score. Numbers: the raw value.
    Value(f64),
    /// Sans objet: the indicator does not apply. Never counts as zero.
    NotApplicable,
    /// Non renseigné. Never counts as zero.
    Missing,
    /// A qualitative answer: counted and reported, never scored.
    Text,
    /// "Ne sait pas", on a scale that allows it: counted apart, neither
    /// scored nor N/A.
    DontKnow,
}

/// The thresholds under which a score is flagged: still computed, shown
/// greyed with the reason, never used for a change between periods.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Guards {
    /// Fewer responses than this behind a score: `low-responses`.
    pub min_responses: u64,
    /// Coverage (scored / scorable) below this, 0-1: `low-coverage`.
    pub min_coverage: f64,
}

/// The score of a number indicator's (aggregated) value; `None` when the
/// indicator is not scored.
pub fn score_number(scoring: &Scoring, value: f64) -> Option<f64> {
    match scoring {
        Scoring::Linear { target, baseline } => {
            let mut t = (value - baseline) / (target - baseline);
            if !t.is_finite() {
                // Differences of huge values overflow; halves never do, and
                // give the same ratio.
                t = (value / 2.0 - baseline / 2.0) / (target / 2.0 - baseline / 2.0);
            }
            if t.is_nan() {
                return None; // target == baseline, which `check` refuses
            }
            // `+ 0.0` turns the -0.0 of a value at a "lower" baseline into 0.
            Some(t.clamp(0.0, 1.0) * 100.0 + 0.0)
        }
        Scoring::Bands(bands) => Some(band_score(bands, value)),
        _ => None,
    }
}

/// The score of the last band whose `from` is at or below `value`; 0 below the
/// first band.
fn band_score(bands: &[Band], value: f64) -> f64 {
    bands
        .iter()
        .take_while(|b| b.from <= value)
        .last()
        .map_or(0.0, |b| b.score)
}

/// The weighted mean of `(value, weight)` pairs, `None` when there are none
/// (or when nothing finite comes out: never NaN).
pub fn weighted_mean(pairs: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let pairs: Vec<(f64, f64)> = pairs.into_iter().collect();
    let mean = |scale: f64| {
        let (sum, weights) = pairs.iter().fold((0.0, 0.0), |(s, w), (v, weight)| {
            let weight = weight / scale;
            (s + v * weight, w + weight)
        });
        (weights > 0.0).then(|| sum / weights)
    };
    let mean = match mean(1.0) {
        Some(m) if m.is_finite() => m,
        // Huge weights (1e308) overflow their sum: relative to the largest,
        // they weigh the same and stay finite.
        _ => {
            let largest = pairs.iter().map(|p| p.1).fold(0.0, f64::max);
            mean(largest).filter(|m| m.is_finite())?
        }
    };
    // A mean lies between the values it averages, whatever the rounding
    // (weights 1e300 apart could push 100 to 100.00000000000001).
    let low = pairs.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let high = pairs.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    Some(mean.clamp(low, high))
}

/// Flags the scores of `cards` that rest on too little (see [`Guards`]):
/// every node with a score, of every card. Scores stay as they are; a node
/// without a score is never flagged, and a figure only the structure gave
/// is never `low-responses` (it is no one's response: 0).
pub fn apply_guards(cards: &mut [Scorecard], guards: Guards) {
    // A collective autoévaluation is one group's consensus, however many
    // took part: its single "response" says nothing of how few answered.
    let flag = |node: &mut NodeScore, collective: bool| {
        if node.score.is_none() {
            node.flag = Flag::default();
            return;
        }
        node.flag = Flag {
            low_responses: !collective
                && node.responses > 0
                && node.responses < guards.min_responses,
            // As the user reads it: 7/10 is not below 0.7 (7 < 0.7 × 10 is).
            low_coverage: node.scorable > 0
                && (node.scored as f64 / node.scorable as f64) < guards.min_coverage,
        };
    };
    for card in cards {
        let collective = card.key.series == Series::Collective;
        let flag = |node: &mut NodeScore| flag(node, collective);
        card.overall.iter_mut().for_each(flag);
        card.domains.iter_mut().for_each(flag);
        card.criteria.iter_mut().for_each(flag);
        card.indicators.iter_mut().for_each(|i| flag(&mut i.node));
    }
}

#[cfg(test)]
mod tests;
