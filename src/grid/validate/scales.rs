//! Scales: the fields each scale type accepts, bounds of number scales, and the
//! levels of level scales (enough of them, distinct ids and labels once folded,
//! none spelt like N/A, scores given for all or none and within 0-100).

use std::collections::HashMap;
use std::ops::Range;

use super::{Validator, text, value_or_default};
use crate::diag::{Code, Finding};
use crate::grid::model::{Level, NumberScale, Scale, ScaleKind, Text};
use crate::grid::raw::{At, RawScale, header_span};
use crate::number;
use crate::text::fold;
use crate::tr;

impl Validator<'_> {
    pub(super) fn scale(&mut self, raw: &RawScale) -> Scale {
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
                                min = number::plain(min.value),
                                max = number::plain(max.value)
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
                self.scale_scoring(&raw.scoring, &number);
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
        if kind_name != "boolean" {
            for (key, tokens) in [("yes", &raw.yes), ("no", &raw.no)] {
                if let Some(tokens) = tokens {
                    self.not_applicable(key, &tokens.span, why.clone());
                }
            }
        }
        if let Some(dont_know) = &raw.dont_know
            && dont_know.value
            && kind_name == "text"
        {
            // A free-text answer "ne sait pas" is already text: there is no
            // scored answer to set it apart from.
            self.not_applicable("dont_know", &dont_know.span, why.clone());
        }
        self.tokens(raw);
        let strings = |tokens: &Option<At<Vec<At<String>>>>| -> Vec<String> {
            tokens
                .iter()
                .flat_map(|t| t.value.iter().map(|v| v.value.clone()))
                .collect()
        };
        Scale {
            id: raw.id.value.clone(),
            label: text(&raw.label),
            description: text(&raw.description),
            kind,
            na: strings(&raw.na),
            yes: strings(&raw.yes),
            no: strings(&raw.no),
            dont_know: raw.dont_know.as_ref().is_some_and(|d| d.value),
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
                .chain(level.aliases.iter())
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
                aliases: l.aliases.iter().map(|a| a.value.clone()).collect(),
            })
            .collect()
    }

    pub(super) fn score_range(&mut self, score: &At<f64>) {
        if !(0.0..=100.0).contains(&score.value) {
            self.push(
                Finding::new(
                    Code::ScoreOutOfRange,
                    tr!("score-out-of-range", score = number::plain(score.value)),
                )
                .at(score.span.clone(), tr!("label-score-range")),
            );
        }
    }
}
