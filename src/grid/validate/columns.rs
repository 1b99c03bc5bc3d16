//! CSV column names: every indicator id and alias names a column of wide data.
//! A name may not be one of the columns with a meaning of their own, and may
//! mean only one indicator, compared folded as the CSV header matching does.

use super::Validator;
use crate::diag::{Code, Finding};
use crate::grid::raw::At;
use crate::text::fold;
use crate::tr;

/// Column names with a meaning of their own in CSV data: no indicator may take them.
pub const RESERVED_COLUMNS: &[&str] = &[
    "action",
    "period",
    "role",
    "respondent",
    "comment",
    "indicator",
    "value",
];

impl Validator<'_> {
    pub(super) fn column(&mut self, name: &At<String>) {
        let key = fold(&name.value);
        if RESERVED_COLUMNS.contains(&key.as_str()) {
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
}
