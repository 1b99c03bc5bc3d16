//! Roles: the `[[roles]]` a grid declares, and the roles its indicators name.
//! A role value in data matches a role by id, label (any language) or alias,
//! folded, so two roles must not share a spelling once folded: data could not
//! tell them apart. An indicator's `roles` (who is asked) and `questions` (a
//! role's own wording) may only name declared roles, must ask somebody, and
//! may not word a question for a role they do not ask.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use super::{Validator, text, value_or_default};
use crate::diag::{Code, Finding};
use crate::grid::model::{Role, Text};
use crate::grid::raw::{At, RawIndicator, RawRole, header_span};
use crate::text::fold;
use crate::tr;

/// The two keys of an indicator that name roles.
#[derive(Clone, Copy)]
enum RoleKey {
    Roles,
    Questions,
}

impl Validator<'_> {
    /// Checks the `[[roles]]` tables and builds the grid's roles; remembers
    /// their ids for the indicators that name them.
    pub(super) fn roles(&mut self, raw: &[RawRole]) -> Vec<Role> {
        let mut ids: HashMap<String, Range<usize>> = HashMap::new();
        // Every folded spelling, where it was written and by which role.
        let mut spellings: HashMap<String, (Range<usize>, usize)> = HashMap::new();
        for (index, role) in raw.iter().enumerate() {
            if let Some(id) = &role.id
                && self.slug(id, "role")
            {
                if let Some(first) = ids.get(&id.value) {
                    let what = crate::i18n::message("table-role", &[]);
                    self.push(
                        Finding::new(
                            Code::DuplicateId,
                            tr!("duplicate-id", id = id.value.as_str(), table = what),
                        )
                        .at(id.span.clone(), tr!("label-duplicate"))
                        .also(first.clone(), tr!("label-first-defined")),
                    );
                    // Said once: its spellings would only repeat the clash.
                    continue;
                }
                ids.insert(id.value.clone(), id.span.clone());
            }
            let label_span = role
                .label
                .text
                .as_ref()
                .map_or_else(|| header_span(role.span.clone()), |l| l.span.clone());
            let written = role
                .id
                .iter()
                .chain(role.label.text.iter())
                .map(|at| (at.value.clone(), at.span.clone()))
                .chain(
                    role.label
                        .translations
                        .values()
                        .map(|t| (t.clone(), label_span.clone())),
                )
                .chain(
                    role.aliases
                        .iter()
                        .map(|a| (a.value.clone(), a.span.clone())),
                );
            for (spelling, span) in written {
                let key = fold(&spelling);
                if key.is_empty() {
                    continue;
                }
                match spellings.get(&key) {
                    // A role may repeat its own spelling ("Habitant·e" and
                    // "habitant·e"): it still means one role.
                    Some((_, owner)) if *owner == index => {}
                    Some((first, owner)) => {
                        let other = raw[*owner].id.as_ref().map_or("", |i| i.value.as_str());
                        let finding = Finding::new(
                            Code::DuplicateRole,
                            tr!(
                                "duplicate-role",
                                spelling = spelling.as_str(),
                                role = value_or_default(&role.id),
                                other = other
                            ),
                        )
                        .at(span, tr!("label-duplicate-role"))
                        .also(
                            first.clone(),
                            tr!("label-duplicate-role-first", role = other),
                        );
                        self.push(finding);
                    }
                    None => {
                        spellings.insert(key, (span, index));
                    }
                }
            }
        }
        self.has_roles = !raw.is_empty();
        self.role_ids = Vec::new();
        for id in raw.iter().filter_map(|r| r.id.as_ref()) {
            if !self.role_ids.contains(&id.value) {
                self.role_ids.push(id.value.clone());
            }
        }
        let mut seen = Vec::new();
        raw.iter()
            .filter(|r| {
                let id = value_or_default(&r.id);
                let first = !seen.contains(&id);
                seen.push(id);
                first
            })
            .map(|r| Role {
                id: value_or_default(&r.id),
                label: text(&r.label).unwrap_or_else(|| Text::new("")),
                description: text(&r.description),
                aliases: r.aliases.iter().map(|a| a.value.clone()).collect(),
            })
            .collect()
    }

    /// Checks the roles an indicator names and returns who is asked and the
    /// roles' own wordings.
    pub(super) fn indicator_roles(
        &mut self,
        raw: &RawIndicator,
    ) -> (Option<Vec<String>>, BTreeMap<String, Text>) {
        let id = value_or_default(&raw.id);
        let asked = raw.roles.as_ref().map(|roles| {
            if roles.value.is_empty() {
                self.push(
                    Finding::new(
                        Code::IndicatorAskedOfNobody,
                        tr!("indicator-asked-of-nobody", id = id.as_str()),
                    )
                    .at(roles.span.clone(), tr!("label-indicator-asked-of-nobody"))
                    .note(tr!("note-indicator-asked-of-nobody")),
                );
            }
            let mut asked: Vec<String> = Vec::new();
            for role in &roles.value {
                self.known_role(role, &id, RoleKey::Roles);
                if !asked.contains(&role.value) {
                    asked.push(role.value.clone());
                }
            }
            asked
        });
        let mut questions: BTreeMap<String, Text> = BTreeMap::new();
        for question in &raw.questions {
            let role = &question.role;
            // A role's wording and its translations share one verdict, told
            // where the role is first named.
            let said = questions.contains_key(&role.value);
            if !said
                && self.known_role(role, &id, RoleKey::Questions)
                && let (Some(asked), Some(roles)) = (&asked, &raw.roles)
                && !asked.contains(&role.value)
            {
                self.push(
                    Finding::new(
                        Code::QuestionForUnaskedRole,
                        tr!(
                            "question-for-unasked-role",
                            id = id.as_str(),
                            role = role.value.as_str()
                        ),
                    )
                    .at(role.span.clone(), tr!("label-question-for-unasked-role"))
                    .also(
                        roles.span.clone(),
                        tr!("label-roles-asked", roles = asked.join(", ")),
                    )
                    .note(tr!(
                        "note-question-for-unasked-role",
                        role = role.value.as_str()
                    )),
                );
            }
            let entry = questions
                .entry(role.value.clone())
                .or_insert_with(|| Text::new(question.text.value.as_str()));
            match &question.lang {
                None => entry.text = question.text.value.clone(),
                Some(lang) => {
                    entry
                        .translations
                        .insert(lang.clone(), question.text.value.clone());
                }
            }
        }
        (asked, questions)
    }

    /// Reports `role` when the grid does not declare it; true when it does.
    fn known_role(&mut self, role: &At<String>, indicator: &str, key: RoleKey) -> bool {
        if self.role_ids.contains(&role.value) {
            return true;
        }
        let key = match key {
            RoleKey::Roles => "roles",
            RoleKey::Questions => "questions",
        };
        let message = tr!(
            "undefined-role",
            role = role.value.as_str(),
            id = indicator,
            key = key
        );
        let finding = if self.has_roles {
            Finding::new(Code::UndefinedRole, message)
                .at(role.span.clone(), tr!("label-undefined-role"))
                .suggest(&role.value, self.role_ids.iter().map(String::as_str))
                .note(tr!("note-grid-roles", roles = self.role_ids.join(", ")))
        } else {
            Finding::new(Code::UndefinedRole, message)
                .at(role.span.clone(), tr!("label-no-roles"))
                .note(tr!("note-no-roles"))
        };
        self.push(finding);
        false
    }
}
