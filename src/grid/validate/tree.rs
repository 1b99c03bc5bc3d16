//! The tree of domains, criteria and indicators: weights, empty branches,
//! sources and help, the scale each indicator names, and the scoring each
//! indicator ends up with.

use super::ids::IdSet;
use super::{Validator, text, value_or_default};
use crate::diag::{Code, Finding};
use crate::grid::model::{
    Aggregate, ChoiceOption, Criterion, Domain, Indicator, Kind, Scale, ScaleKind, Scoring, Text,
};
use crate::grid::raw::{At, RawCriterion, RawDomain, RawIndicator, RawScale, header_span};
use crate::number;
use crate::tr;

impl Validator<'_> {
    fn weight(&mut self, weight: &Option<At<f64>>) -> f64 {
        match weight {
            Some(w) if w.value <= 0.0 => {
                self.push(
                    Finding::new(
                        Code::InvalidWeight,
                        tr!("invalid-weight", weight = number::plain(w.value)),
                    )
                    .at(w.span.clone(), tr!("label-positive-weight")),
                );
                1.0
            }
            Some(w) => w.value,
            None => 1.0,
        }
    }

    pub(super) fn domain(
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

    fn indicator(
        &mut self,
        raw: &RawIndicator,
        scales: &[(Scale, &RawScale)],
        used: &mut [bool],
    ) -> Indicator {
        let id = value_or_default(&raw.id);
        let owner = self.indicators_seen;
        self.indicators_seen += 1;
        if let Some(at) = &raw.id {
            let before = self.findings.len();
            self.unique_id(at, "indicator", IdSet::Indicators);
            // A bad or repeated id is reported once, not again as a column clash.
            if self.findings.len() == before {
                self.claim_column(at, owner, &id, raw.option.is_some());
            }
        }
        for alias in &raw.aliases {
            self.claim_column(alias, owner, &id, raw.option.is_some());
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
                    scoring = self.indicator_scoring(&raw.scoring, scale, raw_scale);
                }
            }
        }
        let boolean = raw
            .scale
            .as_ref()
            .and_then(|name| scales.iter().find(|(s, _)| s.id == name.value))
            .is_none_or(|(s, _)| matches!(s.kind, ScaleKind::Boolean));
        if let Some(option) = &raw.option
            && !boolean
        {
            self.not_applicable("option", &option.span, tr!("label-option-boolean-only"));
        }
        if let Some(codes) = &raw.option_codes
            && raw.option.is_none()
        {
            self.not_applicable("option_codes", &codes.span, tr!("label-option-code-alone"));
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
        let (roles, questions) = self.indicator_roles(raw);
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
            option: raw.option.as_ref().map(|o| ChoiceOption {
                label: o.value.clone(),
                codes: raw
                    .option_codes
                    .iter()
                    .flat_map(|c| c.value.iter().map(|c| c.value.clone()))
                    .collect(),
            }),
            roles,
            questions,
            replaces: raw.replaces.iter().map(|r| r.value.clone()).collect(),
        }
    }
}
