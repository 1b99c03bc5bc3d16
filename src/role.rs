//! The roles of the people who answer (staff, volunteers, participants…):
//! stored and grouped under stable ids, shown as labels in the reader's
//! language. An evaluation made in English and one made in French are then
//! the same role for `--by role`, and files written before ids, which hold a
//! label, are read as the id it stands for.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::i18n::{Lang, message_in};
use crate::text::fold;

/// A role offered by `evaluate`: its stable id and the message key of its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Role {
    pub id: &'static str,
    pub key: &'static str,
}

/// The roles offered, in the order they are offered.
pub const ROLES: [Role; 6] = [
    Role {
        id: "salarie",
        key: "role-staff",
    },
    Role {
        id: "benevole",
        key: "role-volunteer",
    },
    Role {
        id: "participant",
        key: "role-participant",
    },
    Role {
        id: "administrateur",
        key: "role-board",
    },
    Role {
        id: "partenaire",
        key: "role-partner",
    },
    Role {
        id: "financeur",
        key: "role-funder",
    },
];

impl Role {
    /// The label in the current language.
    pub fn label(self) -> String {
        crate::i18n::message(self.key, &[])
    }
}

/// Every name of every role (ids, labels in both languages), folded, with
/// its id: made once, as data files ask for every group they meet.
fn names() -> &'static [(String, &'static str)] {
    static NAMES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        ROLES
            .iter()
            .flat_map(|role| {
                [
                    fold(role.id),
                    fold(&message_in(Lang::Fr, role.key, &[])),
                    fold(&message_in(Lang::En, role.key, &[])),
                ]
                .map(|name| (name, role.id))
            })
            .collect()
    })
}

/// The role `written` stands for: a known role's id when it is that id or
/// one of its labels, else `written` itself, trimmed (a role of the user's own).
pub fn id_of(written: &str) -> Cow<'_, str> {
    let folded = fold(written);
    match names().iter().find(|(name, _)| *name == folded) {
        Some((_, id)) => Cow::Borrowed(id),
        None => Cow::Borrowed(written.trim()),
    }
}

/// How a stored role is shown: a known role's label in the current
/// language, else the role as stored.
pub fn label(stored: &str) -> Cow<'_, str> {
    match ROLES.iter().find(|r| r.id == stored) {
        Some(role) => Cow::Owned(role.label()),
        None => Cow::Borrowed(stored),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_either_language_are_read_as_ids() {
        assert_eq!(id_of("salarié·e"), "salarie");
        assert_eq!(id_of("staff member"), "salarie");
        assert_eq!(id_of(" Bénévole "), "benevole");
        assert_eq!(id_of("volunteer"), "benevole");
        assert_eq!(id_of("participant·e / habitant·e"), "participant");
        assert_eq!(id_of("board member"), "administrateur");
        assert_eq!(id_of("financeur"), "financeur");
    }

    #[test]
    fn other_roles_are_kept_as_written() {
        assert_eq!(id_of(" coordinatrice "), "coordinatrice");
        assert_eq!(label("coordinatrice"), "coordinatrice");
    }

    #[test]
    fn ids_are_slugs_and_offered_roles_are_distinct() {
        for role in ROLES {
            assert!(crate::text::is_slug(role.id), "{}", role.id);
            assert_eq!(id_of(role.id), role.id);
            assert_eq!(id_of(&role.label()), role.id);
        }
    }
}
