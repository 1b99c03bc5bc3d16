//! What outputs for people say of a group and of a flagged score: the
//! series' name (« tous les répondants », a role, « collectif »), the reason a score is
//! flagged by the guards, and shares as percentages. Tables and reports use
//! the same words.

use crate::i18n::{Lang, lang};
use crate::number;
use crate::score::{Flag, GroupKey, Guards, Series};
use crate::tr;

/// The series of a group as people read it, or `None` when the group is
/// simply the action (no split by role, not a collective evaluation). The
/// action's pooled scores are never called a role: with roles split they
/// are « tous les répondants », all respondents.
pub fn series_name(key: &GroupKey, by_role: bool) -> Option<String> {
    match key.series {
        Series::All => by_role.then(|| tr!("series-all")),
        Series::Role => key.role.clone(),
        Series::Collective => Some(match &key.role {
            Some(role) => tr!("series-collective-role", role = role.as_str()),
            None => tr!("series-collective"),
        }),
    }
}

/// A share of 0-100 as people write it: `71 %` in French, `71%` in English.
pub fn percent(share: f64) -> String {
    let n = number::integer(share);
    match lang() {
        Lang::Fr => number::with_unit(&n, "%"),
        Lang::En => format!("{n}%"),
    }
}

/// Why a score is flagged, with the thresholds: « moins de 5 réponses,
/// couverture sous 50 % ». Empty when it is not.
pub fn flag_reason(flag: Flag, guards: Guards) -> String {
    let mut reasons = Vec::new();
    if flag.low_responses {
        reasons.push(tr!("flag-low-responses", min = guards.min_responses));
    }
    if flag.low_coverage {
        reasons.push(tr!(
            "flag-low-coverage",
            min = percent(guards.min_coverage * 100.0)
        ));
    }
    reasons.join(", ")
}

/// The guards in one sentence for legends and the report's method note,
/// or `None` when both are off.
pub fn guards_text(guards: Guards) -> Option<String> {
    let responses = guards.min_responses > 0;
    let coverage = guards.min_coverage > 0.0;
    let min = guards.min_responses;
    let share = percent(guards.min_coverage * 100.0);
    match (responses, coverage) {
        (false, false) => None,
        (true, false) => Some(tr!("guards-responses", min = min)),
        (false, true) => Some(tr!("guards-coverage", share = share)),
        (true, true) => Some(tr!("guards-both", min = min, share = share)),
    }
}
