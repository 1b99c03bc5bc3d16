//! The rules a grid must follow beyond its shape: ids, references between scales
//! and indicators, weights, level scores, number scoring. Every rule is checked on
//! the whole grid and every violation becomes a finding; the model is built along
//! the way and is only handed out when no error was found.

use std::collections::HashMap;
use std::ops::Range;

use super::model::{
    Aggregate, Band, Criterion, Domain, Grid, Indicator, Kind, Level, NumberScale, Scale,
    ScaleKind, Scoring, Text,
};
use super::raw::{
    At, RawCriterion, RawDomain, RawGrid, RawIndicator, RawScale, RawScoring, RawText, header_span,
};
use crate::diag::{Code, Finding};
use crate::text::{fold, is_slug, slugify};
use crate::tr;

/// Checks `raw` and builds the model. The model is complete only when no
/// error-level finding was added; the caller decides by looking at `findings`.
pub fn validate(raw: &RawGrid, findings: &mut Vec<Finding>) -> Grid {
    let mut v = Validator {
        findings,
        domain_ids: HashMap::new(),
        criterion_ids: HashMap::new(),
        indicator_ids: HashMap::new(),
        columns: HashMap::new(),
    };
    v.top(raw);
    let scales: Vec<(Scale, &RawScale)> = raw.scales.iter().map(|s| (v.scale(s), s)).collect();
    let mut used = vec![false; scales.len()];
    if raw.domains.is_empty() {
        v.push(
            Finding::new(Code::NoDomains, tr!("no-domains"))
                .at(header_span(raw.span.clone()), tr!("label-no-domains")),
        );
    }
    let domains = raw
        .domains
        .iter()
        .map(|d| v.domain(d, &scales, &mut used))
        .collect();
    for ((scale, raw_scale), used) in scales.iter().zip(&used) {
        if !used {
            v.push(
                Finding::new(
                    Code::UnusedScale,
                    tr!("unused-scale", id = scale.id.as_str()),
                )
                .at(raw_scale.id.span.clone(), tr!("label-unused-scale")),
            );
        }
    }
    Grid {
        id: value_or_default(&raw.id),
        version: value_or_default(&raw.version),
        hash: String::new(),
        title: text(&raw.title).unwrap_or_else(|| Text::new("")),
        description: text(&raw.description),
        language: raw
            .language
            .as_ref()
            .map_or_else(|| "fr".to_owned(), |l| l.value.clone()),
        overall: raw.overall.as_ref().is_some_and(|o| o.value),
        authors: raw.authors.iter().map(|a| a.value.clone()).collect(),
        references: raw.references.iter().map(|r| r.value.clone()).collect(),
        scales: scales.into_iter().map(|(s, _)| s).collect(),
        domains,
    }
}

fn value_or_default(v: &Option<At<String>>) -> String {
    v.as_ref().map(|v| v.value.clone()).unwrap_or_default()
}

fn text(raw: &RawText) -> Option<Text> {
    raw.text.as_ref().map(|t| Text {
        text: t.value.clone(),
        translations: raw.translations.clone(),
    })
}

fn is_semver(s: &str) -> bool {
    let core = s.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
        && s[core.len()..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))
}

/// Number scoring fields after inheritance: an indicator's own fields, else its
/// scale's. Each value keeps the span of where it was written.
struct EffectiveScoring {
    target: Option<At<f64>>,
    baseline: Option<At<f64>>,
    direction: Option<At<String>>,
    bands: Option<At<Vec<super::raw::RawBand>>>,
}

struct Validator<'f> {
    findings: &'f mut Vec<Finding>,
    domain_ids: HashMap<String, Range<usize>>,
    criterion_ids: HashMap<String, Range<usize>>,
    indicator_ids: HashMap<String, Range<usize>>,
    /// Folded CSV column names (indicator ids and aliases) and where they were given.
    columns: HashMap<String, Range<usize>>,
}

impl Validator<'_> {
    fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    fn error_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == crate::diag::Severity::Error)
            .count()
    }

    fn top(&mut self, raw: &RawGrid) {
        if let Some(format) = &raw.format
            && format.value != 1
        {
            self.push(
                Finding::new(
                    Code::UnsupportedFormat,
                    tr!("unsupported-format", format = format.value),
                )
                .at(format.span.clone(), tr!("label-supported-formats")),
            );
        }
        if let Some(id) = &raw.id {
            self.slug(id, "grid");
        }
        if let Some(version) = &raw.version
            && !is_semver(&version.value)
        {
            self.push(
                Finding::new(
                    Code::InvalidVersion,
                    tr!("invalid-version", version = version.value.as_str()),
                )
                .at(version.span.clone(), tr!("label-semver")),
            );
        }
    }

    /// Reports `id` when it is not a slug; true when it is one.
    fn slug(&mut self, id: &At<String>, what: &str) -> bool {
        if is_slug(&id.value) {
            return true;
        }
        let what = crate::i18n::message(&format!("table-{what}"), &[]);
        let mut finding = Finding::new(
            Code::InvalidId,
            tr!("invalid-id", id = id.value.as_str(), table = what),
        )
        .at(id.span.clone(), tr!("label-invalid-id"));
        let suggestion = slugify(&id.value);
        if !suggestion.is_empty() {
            finding = finding.note(tr!("did-you-mean", suggestion = suggestion));
        }
        self.push(finding);
        false
    }

    /// Checks an id's form and uniqueness among `seen`.
    fn unique_id(&mut self, id: &At<String>, what: &str, seen: IdSet) {
        if !self.slug(id, what) {
            return;
        }
        let map = match seen {
            IdSet::Domains => &mut self.domain_ids,
            IdSet::Criteria => &mut self.criterion_ids,
            IdSet::Indicators => &mut self.indicator_ids,
        };
        if let Some(first) = map.get(&id.value).cloned() {
            let what = crate::i18n::message(&format!("table-{what}"), &[]);
            self.push(
                Finding::new(
                    Code::DuplicateId,
                    tr!("duplicate-id", id = id.value.as_str(), table = what),
                )
                .at(id.span.clone(), tr!("label-duplicate"))
                .also(first, tr!("label-first-defined")),
            );
        } else {
            map.insert(id.value.clone(), id.span.clone());
        }
    }

    fn weight(&mut self, weight: &Option<At<f64>>) -> f64 {
        match weight {
            Some(w) if w.value <= 0.0 => {
                self.push(
                    Finding::new(
                        Code::InvalidWeight,
                        tr!("invalid-weight", weight = format_number(w.value)),
                    )
                    .at(w.span.clone(), tr!("label-positive-weight")),
                );
                1.0
            }
            Some(w) => w.value,
            None => 1.0,
        }
    }

    fn not_applicable(&mut self, key: &str, span: &Range<usize>, why: String) {
        self.push(
            Finding::new(
                Code::FieldNotApplicable,
                tr!("field-not-applicable", key = key),
            )
            .at(span.clone(), why),
        );
    }

    fn scale(&mut self, raw: &RawScale) -> Scale {
        self.slug(&raw.id, "scale");
        let kind_name = raw.kind.as_ref().map_or("", |k| k.value.as_str());
        let why = tr!("label-not-for-scale-type", kind = kind_name);
        let number_only = [
            ("min", raw.min.as_ref().map(|v| &v.span)),
            ("max", raw.max.as_ref().map(|v| &v.span)),
            ("unit", raw.unit.text.as_ref().map(|v| &v.span)),
            ("integer", raw.integer.as_ref().map(|v| &v.span)),
        ];
        let kind = match kind_name {
            "levels" => {
                for (key, span) in number_only {
                    if let Some(span) = span {
                        self.not_applicable(key, span, why.clone());
                    }
                }
                self.scoring_not_applicable(&raw.scoring, &why);
                ScaleKind::Levels(self.levels(raw))
            }
            "number" => {
                if let Some(levels) = &raw.levels {
                    self.not_applicable("levels", &levels.span, why.clone());
                }
                if let (Some(min), Some(max)) = (&raw.min, &raw.max)
                    && min.value >= max.value
                {
                    self.push(
                        Finding::new(
                            Code::InvalidBounds,
                            tr!(
                                "invalid-bounds",
                                min = format_number(min.value),
                                max = format_number(max.value)
                            ),
                        )
                        .at(max.span.clone(), tr!("label-max-above-min"))
                        .also(min.span.clone(), tr!("label-min")),
                    );
                }
                let number = NumberScale {
                    min: raw.min.as_ref().map(|v| v.value),
                    max: raw.max.as_ref().map(|v| v.value),
                    unit: text(&raw.unit),
                    integer: raw.integer.as_ref().is_some_and(|v| v.value),
                };
                // The scale's own scoring is checked here once, not again for
                // every indicator that inherits it.
                let own = self.effective(&RawScoring::default(), &raw.scoring);
                self.number_scoring(&own, &raw.scoring, &number);
                ScaleKind::Number(number)
            }
            _ => {
                if let Some(levels) = &raw.levels {
                    self.not_applicable("levels", &levels.span, why.clone());
                }
                for (key, span) in number_only {
                    if let Some(span) = span {
                        self.not_applicable(key, span, why.clone());
                    }
                }
                self.scoring_not_applicable(&raw.scoring, &why);
                if kind_name == "boolean" {
                    ScaleKind::Boolean
                } else {
                    ScaleKind::Text
                }
            }
        };
        Scale {
            id: raw.id.value.clone(),
            label: text(&raw.label),
            description: text(&raw.description),
            kind,
        }
    }

    fn scoring_not_applicable(&mut self, scoring: &RawScoring, why: &str) {
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

    fn levels(&mut self, raw: &RawScale) -> Vec<Level> {
        let Some(levels) = raw.levels.as_ref().filter(|l| l.value.len() >= 2) else {
            let span = raw
                .levels
                .as_ref()
                .map_or_else(|| raw.id.span.clone(), |l| l.span.clone());
            self.push(
                Finding::new(
                    Code::TooFewLevels,
                    tr!("too-few-levels", scale = raw.id.value.as_str()),
                )
                .at(span, tr!("label-two-levels")),
            );
            return Vec::new();
        };
        let levels = &levels.value;
        // Every level's id, folded, to catch a label that matches a later id too.
        let all_ids: Vec<(String, Range<usize>)> = levels
            .iter()
            .filter_map(|l| l.id.as_ref().map(|id| (fold(&id.value), id.span.clone())))
            .collect();
        let mut ids: HashMap<String, Range<usize>> = HashMap::new();
        let mut labels: HashMap<String, Range<usize>> = HashMap::new();
        for level in levels {
            if let Some(id) = &level.id
                && self.slug(id, "level")
            {
                if let Some(first) = ids.get(&id.value) {
                    self.push(
                        Finding::new(
                            Code::DuplicateId,
                            tr!(
                                "duplicate-level",
                                id = id.value.as_str(),
                                scale = raw.id.value.as_str()
                            ),
                        )
                        .at(id.span.clone(), tr!("label-duplicate"))
                        .also(first.clone(), tr!("label-first-defined")),
                    );
                } else {
                    ids.insert(id.value.clone(), id.span.clone());
                }
            }
            // Answers match levels by id or by folded label: two levels that
            // fold alike could not be told apart in data.
            if let Some(label) = &level.label.text {
                let key = fold(&label.value);
                let own = level.id.as_ref().map(|id| fold(&id.value));
                let clash = labels.get(&key).cloned().or_else(|| {
                    all_ids
                        .iter()
                        .find(|(id, _)| *id == key && own.as_ref() != Some(id))
                        .map(|(_, span)| span.clone())
                });
                if let Some(first) = clash {
                    self.push(
                        Finding::new(
                            Code::DuplicateId,
                            tr!(
                                "duplicate-level-label",
                                label = label.value.as_str(),
                                scale = raw.id.value.as_str()
                            ),
                        )
                        .at(label.span.clone(), tr!("label-duplicate"))
                        .also(first, tr!("label-first-defined")),
                    );
                } else {
                    labels.insert(key, label.span.clone());
                }
            }
        }
        // A level spelt like "n/a" or "so" would read as N/A in data.
        for level in levels {
            let spellings = level
                .id
                .iter()
                .chain(level.label.text.iter())
                .map(|t| (fold(&t.value), t));
            for (folded, at) in spellings {
                if crate::text::NA_TOKENS.contains(&folded.as_str()) {
                    self.push(
                        Finding::new(
                            Code::AmbiguousLevel,
                            tr!(
                                "ambiguous-level",
                                level = at.value.as_str(),
                                scale = raw.id.value.as_str()
                            ),
                        )
                        .at(at.span.clone(), tr!("label-ambiguous-level")),
                    );
                }
            }
        }
        let scored: Vec<_> = levels.iter().filter_map(|l| l.score.as_ref()).collect();
        for score in &scored {
            self.score_range(score);
        }
        if !scored.is_empty() && scored.len() < levels.len() {
            let missing = levels.iter().find(|l| l.score.is_none());
            if let (Some(missing), Some(example)) = (missing, scored.first()) {
                let name = missing.id.as_ref().map_or("", |i| i.value.as_str());
                self.push(
                    Finding::new(
                        Code::PartialLevelScores,
                        tr!(
                            "partial-level-scores",
                            scale = raw.id.value.as_str(),
                            scored = scored.len(),
                            total = levels.len()
                        ),
                    )
                    .at(
                        header_span(missing.span.clone()),
                        tr!("label-level-without-score", level = name),
                    )
                    .also(example.span.clone(), tr!("label-level-with-score")),
                );
            }
        }
        let last = (levels.len() - 1) as f64;
        levels
            .iter()
            .enumerate()
            .map(|(i, l)| Level {
                id: value_or_default(&l.id),
                label: text(&l.label).unwrap_or_else(|| Text::new("")),
                description: text(&l.description),
                score: if scored.len() == levels.len() {
                    l.score.as_ref().map_or(0.0, |s| s.value)
                } else {
                    100.0 * i as f64 / last
                },
            })
            .collect()
    }

    fn score_range(&mut self, score: &At<f64>) {
        if !(0.0..=100.0).contains(&score.value) {
            self.push(
                Finding::new(
                    Code::ScoreOutOfRange,
                    tr!("score-out-of-range", score = format_number(score.value)),
                )
                .at(score.span.clone(), tr!("label-score-range")),
            );
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
        let lower = eff.direction.as_ref().is_some_and(|d| d.value == "lower");
        let baseline = match (&eff.baseline, lower) {
            (Some(b), _) => b.value,
            (None, true) => match number.max {
                Some(max) => max,
                None => {
                    let direction = eff
                        .direction
                        .as_ref()
                        .map_or(target.span.clone(), |d| d.span.clone());
                    self.push(
                        Finding::new(Code::InconsistentDirection, tr!("lower-needs-baseline"))
                            .at(direction, tr!("label-lower-needs-baseline")),
                    );
                    return Scoring::Descriptive;
                }
            },
            (None, false) => number.min.unwrap_or(0.0),
        };
        if baseline == target.value {
            let mut finding = Finding::new(
                Code::TargetEqualsBaseline,
                tr!(
                    "target-equals-baseline",
                    value = format_number(target.value)
                ),
            )
            .at(target.span.clone(), tr!("label-target"));
            finding = match &eff.baseline {
                Some(b) => finding.also(b.span.clone(), tr!("label-baseline")),
                None => finding.note(if lower {
                    tr!(
                        "note-default-baseline-lower",
                        value = format_number(baseline)
                    )
                } else {
                    tr!("note-default-baseline", value = format_number(baseline))
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
                        target = format_number(target.value),
                        baseline = format_number(baseline)
                    )
                } else {
                    tr!(
                        "inconsistent-higher",
                        target = format_number(target.value),
                        baseline = format_number(baseline)
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
                        tr!("outside-bounds", value = format_number(value.value)),
                    )
                    .at(
                        value.span.clone(),
                        tr!(
                            "label-bounds",
                            min = number.min.map_or("-∞".to_owned(), format_number),
                            max = number.max.map_or("+∞".to_owned(), format_number)
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

    fn bands(&mut self, bands: &At<Vec<super::raw::RawBand>>) -> Scoring {
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
                            from = format_number(from.value),
                            previous = format_number(prev.value)
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

    fn domain(
        &mut self,
        raw: &RawDomain,
        scales: &[(Scale, &RawScale)],
        used: &mut [bool],
    ) -> Domain {
        if let Some(id) = &raw.id {
            self.unique_id(id, "domain", IdSet::Domains);
        }
        let weight = self.weight(&raw.weight);
        if raw.criteria.is_empty() {
            let id = value_or_default(&raw.id);
            self.push(
                Finding::new(Code::EmptyDomain, tr!("empty-domain", id = id.as_str())).at(
                    raw.id
                        .as_ref()
                        .map_or_else(|| header_span(raw.span.clone()), |i| i.span.clone()),
                    tr!("label-empty-domain"),
                ),
            );
        }
        Domain {
            id: value_or_default(&raw.id),
            label: text(&raw.label).unwrap_or_else(|| Text::new("")),
            description: text(&raw.description),
            help: text(&raw.help),
            weight,
            criteria: raw
                .criteria
                .iter()
                .map(|c| self.criterion(c, scales, used))
                .collect(),
        }
    }

    fn criterion(
        &mut self,
        raw: &RawCriterion,
        scales: &[(Scale, &RawScale)],
        used: &mut [bool],
    ) -> Criterion {
        if let Some(id) = &raw.id {
            self.unique_id(id, "criterion", IdSet::Criteria);
        }
        let weight = self.weight(&raw.weight);
        let id = value_or_default(&raw.id);
        let id_span = raw
            .id
            .as_ref()
            .map_or_else(|| header_span(raw.span.clone()), |i| i.span.clone());
        match raw.indicators.len() {
            0 => self.push(
                Finding::new(
                    Code::EmptyCriterion,
                    tr!("empty-criterion", id = id.as_str()),
                )
                .at(id_span.clone(), tr!("label-empty-criterion")),
            ),
            1 => self.push(
                Finding::new(
                    Code::SingleIndicator,
                    tr!("single-indicator", id = id.as_str()),
                )
                .at(id_span.clone(), tr!("label-single-indicator")),
            ),
            _ => {}
        }
        let errors_before = self.error_count();
        let indicators: Vec<Indicator> = raw
            .indicators
            .iter()
            .map(|i| self.indicator(i, scales, used))
            .collect();
        // An indicator in error has a placeholder scoring: judge only sound ones.
        let sound = self.error_count() == errors_before;
        if sound && !indicators.is_empty() && indicators.iter().all(|i| !i.scoring.is_scored()) {
            self.push(
                Finding::new(
                    Code::NoScoredIndicator,
                    tr!("no-scored-indicator", id = id.as_str()),
                )
                .at(id_span, tr!("label-no-scored-indicator")),
            );
        }
        Criterion {
            id,
            label: text(&raw.label).unwrap_or_else(|| Text::new("")),
            description: text(&raw.description),
            help: text(&raw.help),
            weight,
            indicators,
        }
    }

    fn column(&mut self, name: &At<String>) {
        let key = fold(&name.value);
        if crate::input::mapping::reserved_column(&name.value).is_some() {
            self.push(
                Finding::new(
                    Code::ReservedColumn,
                    tr!("reserved-column", name = name.value.as_str()),
                )
                .at(name.span.clone(), tr!("label-reserved-column")),
            );
        } else if let Some(first) = self.columns.get(&key) {
            self.push(
                Finding::new(
                    Code::DuplicateAlias,
                    tr!("duplicate-alias", name = name.value.as_str()),
                )
                .at(name.span.clone(), tr!("label-duplicate"))
                .also(first.clone(), tr!("label-first-defined")),
            );
        } else {
            self.columns.insert(key, name.span.clone());
        }
    }

    fn indicator(
        &mut self,
        raw: &RawIndicator,
        scales: &[(Scale, &RawScale)],
        used: &mut [bool],
    ) -> Indicator {
        let id = value_or_default(&raw.id);
        if let Some(at) = &raw.id {
            let before = self.findings.len();
            self.unique_id(at, "indicator", IdSet::Indicators);
            // A bad or repeated id is reported once, not again as a column clash.
            if self.findings.len() == before {
                self.column(at);
            }
        }
        for alias in &raw.aliases {
            self.column(alias);
        }
        let weight = self.weight(&raw.weight);
        if raw.source.text.is_none() {
            self.push(
                Finding::new(Code::MissingSource, tr!("missing-source", id = id.as_str()))
                    .at(header_span(raw.span.clone()), tr!("label-missing-source")),
            );
        }
        if raw.help.text.is_none() && raw.description.text.is_none() {
            self.push(
                Finding::new(Code::MissingHelp, tr!("missing-help", id = id.as_str()))
                    .at(header_span(raw.span.clone()), tr!("label-missing-help")),
            );
        }
        let mut scale_index = 0;
        let mut scoring = Scoring::Text;
        if let Some(name) = &raw.scale {
            match scales.iter().position(|(s, _)| s.id == name.value) {
                None => self.push(
                    Finding::new(
                        Code::UnknownScale,
                        tr!("unknown-scale", scale = name.value.as_str()),
                    )
                    .at(name.span.clone(), tr!("label-unknown-scale"))
                    .suggest(&name.value, scales.iter().map(|(s, _)| s.id.as_str())),
                ),
                Some(index) => {
                    used[index] = true;
                    scale_index = index;
                    let (scale, raw_scale) = &scales[index];
                    scoring = match &scale.kind {
                        ScaleKind::Number(number) => {
                            let eff = self.effective(&raw.scoring, &raw_scale.scoring);
                            let own_only = raw.scoring.target.is_some()
                                || raw.scoring.bands.is_some()
                                || raw.scoring.baseline.is_some()
                                || raw.scoring.direction.is_some();
                            if own_only {
                                self.number_scoring(&eff, &raw.scoring, number)
                            } else {
                                // Inherited as is: checked once with the scale.
                                quiet_scoring(&eff, number)
                            }
                        }
                        other => {
                            let why = tr!("label-not-for-scale-type", kind = other.name());
                            self.scoring_not_applicable(&raw.scoring, &why);
                            match other {
                                ScaleKind::Levels(_) => Scoring::Levels,
                                ScaleKind::Boolean => Scoring::Boolean,
                                _ => Scoring::Text,
                            }
                        }
                    };
                }
            }
        }
        // Like the other scoring fields, `aggregate` is inherited from the scale.
        let scale_aggregate = raw
            .scale
            .as_ref()
            .and_then(|name| scales.iter().find(|(s, _)| s.id == name.value))
            .and_then(|(_, raw_scale)| raw_scale.scoring.aggregate.as_ref());
        let aggregate = raw
            .scoring
            .aggregate
            .as_ref()
            .or(scale_aggregate)
            .and_then(|a| Aggregate::parse(&a.value))
            .unwrap_or_default();
        Indicator {
            id,
            label: text(&raw.label).unwrap_or_else(|| Text::new("")),
            question: text(&raw.question),
            help: text(&raw.help),
            description: text(&raw.description),
            scale: scale_index,
            kind: raw.kind.as_ref().and_then(|k| Kind::parse(&k.value)),
            source: text(&raw.source),
            aliases: raw.aliases.iter().map(|a| a.value.clone()).collect(),
            weight,
            scoring,
            aggregate,
        }
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
    let lower = eff.direction.as_ref().is_some_and(|d| d.value == "lower");
    let baseline = eff.baseline.as_ref().map_or_else(
        || {
            if lower {
                number.max.unwrap_or(0.0)
            } else {
                number.min.unwrap_or(0.0)
            }
        },
        |b| b.value,
    );
    Scoring::Linear {
        target: target.value,
        baseline,
    }
}

#[derive(Clone, Copy)]
enum IdSet {
    Domains,
    Criteria,
    Indicators,
}

/// A number as people write it: no trailing `.0`, at most two decimals.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else if n.abs() < 1e15 {
        let text = format!("{n:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        format!("{n}")
    }
}
