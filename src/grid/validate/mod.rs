//! The rules a grid must follow beyond its shape: ids, references between scales
//! and indicators, weights, level scores, number scoring. Every rule is checked on
//! the whole grid and every violation becomes a finding; the model is built along
//! the way and is only handed out when no error was found.
//!
//! This module walks the grid and holds what the rules share (the findings, the
//! ids seen so far); each family of rules lives in its own file: [`ids`] (slugs
//! and uniqueness), [`columns`] (CSV column names: reserved names and aliases),
//! [`scales`] (scales and their levels), [`tokens`] (the answer codes and
//! tokens a scale reads in data), [`scoring`] (number scoring and its
//! inheritance from scales), [`roles`] (who answers, and the roles indicators
//! name), [`social`] (the organisation's `[social_utility]` record) and
//! [`tree`] (domains, criteria and indicators).

mod columns;
mod ids;
mod roles;
mod scales;
mod scoring;
mod social;
mod tokens;
mod tree;

use std::collections::HashMap;
use std::ops::Range;

pub use social::is_day_or_month;

use super::model::{Grid, Scale, Text};
use super::raw::{At, RawGrid, RawScale, RawText, header_span};
use crate::diag::{Code, Finding};
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
        questions: HashMap::new(),
        indicators_seen: 0,
        role_ids: Vec::new(),
        has_roles: false,
    };
    v.top(raw);
    let roles = v.roles(&raw.roles);
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
    v.replaces(raw);
    let social_utility = raw.social_utility.as_ref().map(|s| v.social_utility(s));
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
        overall: raw.overall.as_ref().is_some_and(|o| o.value),
        authors: raw.authors.iter().map(|a| a.value.clone()).collect(),
        references: raw.references.iter().map(|r| r.value.clone()).collect(),
        roles,
        scales: scales.into_iter().map(|(s, _)| s).collect(),
        domains,
        extends: None,
        social_utility,
        left_out: Vec::new(),
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

/// Whether `s` is a semantic version (2.0.0), as grid versions must be: an
/// evaluation records it, and tools compare it.
fn is_semver(s: &str) -> bool {
    semver::Version::parse(s).is_ok()
}

/// The state of one validation: the findings so far and the ids already seen,
/// to report duplicates where they are written.
struct Validator<'f> {
    findings: &'f mut Vec<Finding>,
    domain_ids: HashMap<String, Range<usize>>,
    criterion_ids: HashMap<String, Range<usize>>,
    indicator_ids: HashMap<String, Range<usize>>,
    /// Folded CSV column names (indicator ids and aliases), where they were
    /// given and by which indicator (its rank in the grid).
    columns: HashMap<String, (Range<usize>, usize)>,
    /// Folded names of multiple-choice questions, shared by the indicators of
    /// their options, and where each was first given.
    questions: HashMap<String, Range<usize>>,
    /// Indicators met so far, to tell which one claimed a column name.
    indicators_seen: usize,
    /// The ids of the grid's `[[roles]]`, as written, for the indicators
    /// that name them.
    role_ids: Vec<String>,
    /// Whether the grid declares roles at all: naming one in a grid that
    /// declares none is told apart from a typo.
    has_roles: bool,
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

    fn not_applicable(&mut self, key: &str, span: &Range<usize>, why: String) {
        self.push(
            Finding::new(
                Code::FieldNotApplicable,
                tr!("field-not-applicable", key = key),
            )
            .at(span.clone(), why),
        );
    }
}

impl Validator<'_> {
    /// `replaces` maps old ids onto current indicators: an id still current,
    /// or claimed by two indicators, would make an old answer count twice or
    /// for the wrong one.
    fn replaces(&mut self, raw: &RawGrid) {
        let indicators: Vec<_> = raw
            .domains
            .iter()
            .flat_map(|d| &d.criteria)
            .flat_map(|c| &c.indicators)
            .collect();
        let current: std::collections::HashSet<&str> = indicators
            .iter()
            .filter_map(|i| i.id.as_ref().map(|id| id.value.as_str()))
            .collect();
        let mut claimed: HashMap<&str, &str> = HashMap::new();
        for indicator in &indicators {
            let owner = indicator.id.as_ref().map_or("", |id| id.value.as_str());
            for old in &indicator.replaces {
                if current.contains(old.value.as_str()) {
                    self.push(
                        Finding::new(
                            Code::DuplicateId,
                            tr!("replaces-current", old = old.value.as_str(), id = owner),
                        )
                        .at(old.span.clone(), tr!("label-replaces-current")),
                    );
                } else if let Some(first) = claimed.insert(&old.value, owner) {
                    self.push(
                        Finding::new(
                            Code::DuplicateId,
                            tr!(
                                "replaces-twice",
                                old = old.value.as_str(),
                                first = first,
                                id = owner
                            ),
                        )
                        .at(old.span.clone(), tr!("label-replaces-twice")),
                    );
                }
            }
        }
    }
}
