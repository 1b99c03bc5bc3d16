//! `[social_utility]`: the organisation's own definition of its utilité
//! sociale and who chose the criteria. Who chose them are the grid's roles
//! when it names roles (so that the report can say « habitants, bénévoles »
//! in the reader's language), free labels otherwise; the count of people is
//! at least one and the date is a real day or month.

use super::{Validator, text};
use crate::diag::{Code, Finding};
use crate::grid::model::SocialUtility;
use crate::grid::raw::RawSocialUtility;
use crate::tr;

impl Validator<'_> {
    pub(super) fn social_utility(&mut self, raw: &RawSocialUtility) -> SocialUtility {
        let place = crate::i18n::message("table-social-utility", &[]);
        let mut chosen_by = Vec::new();
        if let Some(list) = &raw.chosen_by {
            for who in &list.value {
                if self.has_roles && !self.role_ids.contains(&who.value) {
                    self.push(
                        Finding::new(
                            Code::UndefinedRole,
                            tr!("undefined-role-chosen-by", role = who.value.as_str()),
                        )
                        .at(who.span.clone(), tr!("label-undefined-role"))
                        .suggest(&who.value, self.role_ids.iter().map(String::as_str))
                        .note(tr!("note-grid-roles", roles = self.role_ids.join(", "))),
                    );
                }
                if !chosen_by.contains(&who.value) {
                    chosen_by.push(who.value.clone());
                }
            }
        }
        let participants = raw.participants.as_ref().and_then(|p| {
            let n = u32::try_from(p.value).ok().filter(|n| *n >= 1);
            if n.is_none() {
                self.push(
                    Finding::new(
                        Code::InvalidValue,
                        tr!(
                            "invalid-value",
                            key = "participants",
                            value = p.value.to_string(),
                            place = place.as_str()
                        ),
                    )
                    .at(p.span.clone(), tr!("label-participants")),
                );
            }
            n
        });
        let chosen_on = raw.chosen_on.as_ref().and_then(|d| {
            if is_day_or_month(&d.value) {
                return Some(d.value.clone());
            }
            self.push(
                Finding::new(
                    Code::InvalidValue,
                    tr!(
                        "invalid-value",
                        key = "chosen_on",
                        value = d.value.as_str(),
                        place = place.as_str()
                    ),
                )
                .at(d.span.clone(), tr!("label-chosen-on")),
            );
            None
        });
        SocialUtility {
            definition: text(&raw.definition).filter(|t| !t.text.trim().is_empty()),
            chosen_by,
            participants,
            chosen_on,
        }
    }
}

/// Whether `s` is `YYYY-MM-DD` (a day that exists) or `YYYY-MM`.
pub fn is_day_or_month(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<i16>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y, m] => matches!((number(y, 4), number(m, 2)), (Some(_), Some(1..=12))),
        [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(y), Some(m), Some(d)) => i8::try_from(m).is_ok_and(|m| {
                i8::try_from(d).is_ok_and(|d| jiff::civil::Date::new(y, m, d).is_ok())
            }),
            _ => false,
        },
        _ => false,
    }
}
