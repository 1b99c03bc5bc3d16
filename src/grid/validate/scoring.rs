//! Number scoring: `target` (with `baseline` and `direction`) or `bands`, on
//! an indicator or inherited from its scale. The scale's own scoring is
//! checked once, with the scale; an indicator that writes scoring fields of its
//! own is checked with what it inherits.

use super::Validator;
use crate::diag::{Code, Finding};
use crate::grid::model::{Band, NumberScale, Scale, ScaleKind, Scoring};
use crate::grid::raw::{At, RawBand, RawScale, RawScoring};
use crate::number;
use crate::tr;

/// Number scoring fields after inheritance: an indicator's own fields, else its
/// scale's. Each value keeps the span of where it was written.
struct EffectiveScoring {
    target: Option<At<f64>>,
    baseline: Option<At<f64>>,
    direction: Option<At<String>>,
    bands: Option<At<Vec<RawBand>>>,
}

impl EffectiveScoring {
    /// Whether less is better (`direction = "lower"`).
    fn lower(&self) -> bool {
        self.direction.as_ref().is_some_and(|d| d.value == "lower")
    }

    /// The baseline of linear scoring: the one written, else the scale's
    /// default. `None` when lower is better and the scale has no `max`.
    fn baseline(&self, number: &NumberScale) -> Option<f64> {
        match &self.baseline {
            Some(b) => Some(b.value),
            None => number.default_baseline(self.lower()),
        }
    }
}

impl Validator<'_> {
    /// How an indicator on `scale` is scored, from the scoring fields it
    /// writes (`own`) and those of its scale.
    pub(super) fn indicator_scoring(
        &mut self,
        own: &RawScoring,
        scale: &Scale,
        raw_scale: &RawScale,
    ) -> Scoring {
        match &scale.kind {
            ScaleKind::Number(number) => {
                let eff = self.effective(own, &raw_scale.scoring);
                let writes_any = own.target.is_some()
                    || own.bands.is_some()
                    || own.baseline.is_some()
                    || own.direction.is_some();
                if writes_any {
                    self.number_scoring(&eff, own, number)
                } else {
                    // Inherited as is: checked once with the scale.
                    quiet_scoring(&eff, number)
                }
            }
            other => {
                let why = tr!("label-not-for-scale-type", kind = other.name());
                self.scoring_not_applicable(own, &why);
                match other {
                    ScaleKind::Levels(_) => Scoring::Levels,
                    ScaleKind::Boolean => Scoring::Boolean,
                    _ => Scoring::Text,
                }
            }
        }
    }

    /// Checks a number scale's own scoring, here once, not again for every
    /// indicator that inherits it.
    pub(super) fn scale_scoring(&mut self, scoring: &RawScoring, number: &NumberScale) {
        let own = self.effective(&RawScoring::default(), scoring);
        self.number_scoring(&own, scoring, number);
    }

    pub(super) fn scoring_not_applicable(&mut self, scoring: &RawScoring, why: &str) {
        let fields = [
            ("target", scoring.target.as_ref().map(|v| &v.span)),
            ("baseline", scoring.baseline.as_ref().map(|v| &v.span)),
            ("direction", scoring.direction.as_ref().map(|v| &v.span)),
            ("bands", scoring.bands.as_ref().map(|v| &v.span)),
            ("aggregate", scoring.aggregate.as_ref().map(|v| &v.span)),
        ];
        for (key, span) in fields {
            if let Some(span) = span {
                self.not_applicable(key, span, why.to_owned());
            }
        }
    }

    /// The scoring an indicator ends up with: its own fields, else its scale's.
    /// An indicator that chooses `target` or `bands` drops the other from its scale.
    fn effective(&mut self, own: &RawScoring, scale: &RawScoring) -> EffectiveScoring {
        EffectiveScoring {
            target: own
                .target
                .clone()
                .or_else(|| own.bands.is_none().then(|| scale.target.clone()).flatten()),
            bands: own
                .bands
                .clone()
                .or_else(|| own.target.is_none().then(|| scale.bands.clone()).flatten()),
            baseline: own.baseline.clone().or_else(|| scale.baseline.clone()),
            direction: own.direction.clone().or_else(|| scale.direction.clone()),
        }
    }

    /// Checks number scoring and returns how the indicator is scored. `own`
    /// holds the fields written on the checked table, to report conflicts there.
    fn number_scoring(
        &mut self,
        eff: &EffectiveScoring,
        own: &RawScoring,
        number: &NumberScale,
    ) -> Scoring {
        if let (Some(target), Some(bands)) = (&own.target, &own.bands) {
            self.push(
                Finding::new(Code::ConflictingScoring, tr!("conflicting-scoring"))
                    .at(bands.span.clone(), tr!("label-bands-here"))
                    .also(target.span.clone(), tr!("label-target-here")),
            );
            return Scoring::Descriptive;
        }
        if let Some(bands) = &eff.bands {
            for (key, span) in [
                ("baseline", own.baseline.as_ref().map(|v| &v.span)),
                ("direction", own.direction.as_ref().map(|v| &v.span)),
            ] {
                if let Some(span) = span {
                    self.not_applicable(key, span, tr!("label-only-with-target"));
                }
            }
            return self.bands(bands);
        }
        let Some(target) = &eff.target else {
            for (key, span) in [
                ("baseline", own.baseline.as_ref().map(|v| &v.span)),
                ("direction", own.direction.as_ref().map(|v| &v.span)),
            ] {
                if let Some(span) = span {
                    self.push(
                        Finding::new(Code::MissingTarget, tr!("missing-target", key = key))
                            .at(span.clone(), tr!("label-only-with-target")),
                    );
                }
            }
            return Scoring::Descriptive;
        };
        let lower = eff.lower();
        let Some(baseline) = eff.baseline(number) else {
            let direction = eff
                .direction
                .as_ref()
                .map_or(target.span.clone(), |d| d.span.clone());
            self.push(
                Finding::new(Code::InconsistentDirection, tr!("lower-needs-baseline"))
                    .at(direction, tr!("label-lower-needs-baseline")),
            );
            return Scoring::Descriptive;
        };
        if baseline == target.value {
            let mut finding = Finding::new(
                Code::TargetEqualsBaseline,
                tr!(
                    "target-equals-baseline",
                    value = number::plain(target.value)
                ),
            )
            .at(target.span.clone(), tr!("label-target"));
            finding = match &eff.baseline {
                Some(b) => finding.also(b.span.clone(), tr!("label-baseline")),
                None => finding.note(if lower {
                    tr!(
                        "note-default-baseline-lower",
                        value = number::plain(baseline)
                    )
                } else {
                    tr!("note-default-baseline", value = number::plain(baseline))
                }),
            };
            self.push(finding);
            return Scoring::Descriptive;
        }
        if lower != (baseline > target.value) {
            let mut finding = Finding::new(
                Code::InconsistentDirection,
                if lower {
                    tr!(
                        "inconsistent-lower",
                        target = number::plain(target.value),
                        baseline = number::plain(baseline)
                    )
                } else {
                    tr!(
                        "inconsistent-higher",
                        target = number::plain(target.value),
                        baseline = number::plain(baseline)
                    )
                },
            );
            finding = match &eff.direction {
                Some(d) => finding
                    .at(d.span.clone(), tr!("label-direction"))
                    .also(target.span.clone(), tr!("label-target")),
                None => finding
                    .at(target.span.clone(), tr!("label-target"))
                    .note(tr!("note-add-direction-lower")),
            };
            if let Some(b) = &eff.baseline {
                finding = finding.also(b.span.clone(), tr!("label-baseline"));
            }
            self.push(finding);
            return Scoring::Descriptive;
        }
        for value in [Some(target), eff.baseline.as_ref()].into_iter().flatten() {
            let below = number.min.is_some_and(|min| value.value < min);
            let above = number.max.is_some_and(|max| value.value > max);
            if below || above {
                self.push(
                    Finding::new(
                        Code::OutsideBounds,
                        tr!("outside-bounds", value = number::plain(value.value)),
                    )
                    .at(
                        value.span.clone(),
                        tr!(
                            "label-bounds",
                            min = number.min.map_or("-∞".to_owned(), number::plain),
                            max = number.max.map_or("+∞".to_owned(), number::plain)
                        ),
                    ),
                );
            }
        }
        Scoring::Linear {
            target: target.value,
            baseline,
        }
    }

    fn bands(&mut self, bands: &At<Vec<RawBand>>) -> Scoring {
        if bands.value.is_empty() {
            self.push(
                Finding::new(Code::EmptyBands, tr!("empty-bands"))
                    .at(bands.span.clone(), tr!("label-empty-bands")),
            );
            return Scoring::Descriptive;
        }
        let mut previous: Option<&At<f64>> = None;
        let mut out = Vec::new();
        for band in &bands.value {
            if let Some(score) = &band.score {
                self.score_range(score);
            }
            let (Some(from), Some(score)) = (&band.from, &band.score) else {
                continue;
            };
            if let Some(prev) = previous
                && from.value <= prev.value
            {
                self.push(
                    Finding::new(
                        Code::BandsNotAscending,
                        tr!(
                            "bands-not-ascending",
                            from = number::plain(from.value),
                            previous = number::plain(prev.value)
                        ),
                    )
                    .at(from.span.clone(), tr!("label-band-from"))
                    .also(prev.span.clone(), tr!("label-previous-band")),
                );
            }
            previous = Some(from);
            out.push(Band {
                from: from.value,
                score: score.value,
            });
        }
        Scoring::Bands(out)
    }
}

/// The scoring of an indicator that only inherits its scale's, already checked.
fn quiet_scoring(eff: &EffectiveScoring, number: &NumberScale) -> Scoring {
    if let Some(bands) = &eff.bands {
        return Scoring::Bands(
            bands
                .value
                .iter()
                .filter_map(|b| {
                    Some(Band {
                        from: b.from.as_ref()?.value,
                        score: b.score.as_ref()?.value,
                    })
                })
                .collect(),
        );
    }
    let Some(target) = &eff.target else {
        return Scoring::Descriptive;
    };
    // A scale whose own scoring had no baseline to fall back on was reported
    // with the scale; the placeholder keeps the indicator unscored.
    let Some(baseline) = eff.baseline(number) else {
        return Scoring::Descriptive;
    };
    Scoring::Linear {
        target: target.value,
        baseline,
    }
}
