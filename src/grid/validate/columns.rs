//! CSV column names: every indicator id and alias names a column of wide data.
//! A name may not be one of the columns with a meaning of their own (the
//! list the data mapping uses), and may
//! mean only one indicator, compared folded as the CSV header matching does.
//! The exception is a multiple-choice question: the indicators of its options
//! (`option`) all name it, so they share its names among themselves.

use super::Validator;
use crate::diag::{Code, Finding};
use crate::grid::raw::At;
use crate::text::fold;
use crate::tr;

impl Validator<'_> {
    /// Claims `name` for the `owner`-th indicator: as a question name shared
    /// with the other options of the question when `option` is set, else as
    /// its own column.
    pub(super) fn claim_column(&mut self, name: &At<String>, owner: usize, id: &str, option: bool) {
        if !option {
            return self.column(name, owner, id);
        }
        if self.reserved_column(name) {
            return;
        }
        let key = fold(&name.value);
        if let Some((first, _)) = self.columns.get(&key) {
            let first = first.clone();
            self.push(
                Finding::new(
                    Code::DuplicateAlias,
                    tr!("duplicate-alias", name = name.value.as_str()),
                )
                .at(name.span.clone(), tr!("label-duplicate"))
                .also(first, tr!("label-first-defined")),
            );
        } else {
            self.questions.entry(key).or_insert(name.span.clone());
        }
    }

    /// Claims `name` as a CSV column of the `owner`-th indicator (`id` is its
    /// id, for messages). Only a name claimed by two different indicators is a
    /// duplicate; one an indicator repeats (an alias equal to its own id, or
    /// given twice) reads the same column and is only redundant.
    pub(super) fn column(&mut self, name: &At<String>, owner: usize, id: &str) {
        if self.reserved_column(name) {
            return;
        }
        let key = fold(&name.value);
        if let Some(first) = self.questions.get(&key) {
            let first = first.clone();
            self.push(
                Finding::new(
                    Code::DuplicateAlias,
                    tr!("duplicate-alias", name = name.value.as_str()),
                )
                .at(name.span.clone(), tr!("label-duplicate"))
                .also(first, tr!("label-first-defined")),
            );
            return;
        }
        match self.columns.get(&key) {
            Some((first, by)) if *by == owner => {
                let first = first.clone();
                self.push(
                    Finding::new(
                        Code::RedundantAlias,
                        tr!("redundant-alias", name = name.value.as_str(), id = id),
                    )
                    .at(name.span.clone(), tr!("label-redundant-alias"))
                    .also(first, tr!("label-first-defined"))
                    .note(tr!("note-redundant-alias")),
                );
            }
            Some((first, _)) => {
                let first = first.clone();
                self.push(
                    Finding::new(
                        Code::DuplicateAlias,
                        tr!("duplicate-alias", name = name.value.as_str()),
                    )
                    .at(name.span.clone(), tr!("label-duplicate"))
                    .also(first, tr!("label-first-defined")),
                );
            }
            None => {
                self.columns.insert(key, (name.span.clone(), owner));
            }
        }
    }

    /// Reports `name` when data would read it as a reserved column (the
    /// mapping's own list, English and French names); true when it is.
    pub(super) fn reserved_column(&mut self, name: &At<String>) -> bool {
        if crate::input::mapping::reserved_column(&name.value).is_none() {
            return false;
        }
        self.push(
            Finding::new(
                Code::ReservedColumn,
                tr!("reserved-column", name = name.value.as_str()),
            )
            .at(name.span.clone(), tr!("label-reserved-column")),
        );
        true
    }
}
