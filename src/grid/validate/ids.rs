//! Ids: every id is a slug, and unique among its kind across the whole grid
//! (domains among domains, criteria among criteria, indicators among
//! indicators). A bad id comes with a slug to use instead.

use super::Validator;
use crate::diag::{Code, Finding};
use crate::grid::raw::At;
use crate::text::{is_slug, slugify};
use crate::tr;

impl Validator<'_> {
    /// Reports `id` when it is not a slug; true when it is one.
    pub(super) fn slug(&mut self, id: &At<String>, what: &str) -> bool {
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
    pub(super) fn unique_id(&mut self, id: &At<String>, what: &str, seen: IdSet) {
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
}

/// The kinds whose ids are unique among themselves across the whole grid.
#[derive(Clone, Copy)]
pub(super) enum IdSet {
    Domains,
    Criteria,
    Indicators,
}
