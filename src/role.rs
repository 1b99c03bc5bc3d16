//! The roles of the people who answer (staff, volunteers, participants…):
//! stored and grouped under stable ids, shown as labels in the reader's
//! language. An evaluation made in English and one made in French are then
//! the same role for `--by role`, and files written before ids, which hold a
//! label, are read as the id it stands for.
//!
//! A grid may name its own roles (`[[roles]]`): data then meets them by id,
//! label or alias ([`Resolver`]), and a value that is none of them is kept
//! as written but reported, since a misspelt role silently splits a series
//! in two. A grid without roles keeps the six roles `evaluate` offers and
//! any role of the user's own.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::grid::Grid;
use crate::i18n::{Lang, lang, message_in};
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

/// A role name as data is matched against the grid's roles: [`fold`]ed
/// (case, accents, spaces), then without anything but letters and digits.
/// Inclusive spellings then meet: "Habitant·e", "habitant-e", "habitant.e",
/// "habitant(e)" and "HABITANTE" are one role; so are "porteur de projet"
/// and "porteur-de-projet". Plurals do not meet ("habitants"): aliases
/// say them.
pub fn role_key(written: &str) -> String {
    fold(written)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// What a role value in data stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved<'a> {
    /// The role's id; for a value the grid does not know, the value as
    /// written, trimmed.
    pub id: Cow<'a, str>,
    /// Whether the grid knows the value (always, for a grid without roles).
    pub known: bool,
}

/// Reads role values in data against a grid's roles: built once per file
/// (a grid has a handful of roles), asked once per distinct value.
#[derive(Clone, Debug)]
pub struct Resolver {
    /// Every name of every role of the grid, keyed by [`role_key`], with the
    /// role's rank; empty when the grid has no roles.
    names: HashMap<String, usize>,
    ids: Vec<String>,
}

impl Resolver {
    /// The resolver of `grid`'s roles. Ids win over labels and aliases, and
    /// a role's own names over another's: grid validation refuses a name
    /// shared by two roles, and this order makes the outcome plain anyway.
    pub fn new(grid: &Grid) -> Self {
        let mut names = HashMap::new();
        for (rank, role) in grid.roles.iter().enumerate().rev() {
            let texts = std::iter::once(&role.label.text)
                .chain(role.label.translations.values())
                .chain(&role.aliases);
            for text in texts {
                let key = role_key(text);
                if !key.is_empty() {
                    names.insert(key, rank);
                }
            }
        }
        for (rank, role) in grid.roles.iter().enumerate().rev() {
            names.insert(role_key(&role.id), rank);
        }
        Resolver {
            names,
            ids: grid.roles.iter().map(|r| r.id.clone()).collect(),
        }
    }

    /// Whether the grid names its roles.
    pub fn has_roles(&self) -> bool {
        !self.ids.is_empty()
    }

    /// The role `written` stands for. With the grid's roles: the id of the
    /// role it names, else `written` trimmed, unknown. Without: the free
    /// roles of [`id_of`], all known.
    pub fn resolve<'a>(&'a self, written: &'a str) -> Resolved<'a> {
        if !self.has_roles() {
            return Resolved {
                id: id_of(written),
                known: true,
            };
        }
        match self.names.get(&role_key(written)) {
            Some(&rank) => Resolved {
                id: Cow::Borrowed(self.ids[rank].as_str()),
                known: true,
            },
            None => Resolved {
                id: Cow::Borrowed(written.trim()),
                known: false,
            },
        }
    }
}

/// How a role id is shown to people: with the grid's roles, the label of the
/// role in the reader's language (a value the grid does not know as
/// stored); without, [`label`].
pub fn label_in<'a>(grid: &'a Grid, stored: &'a str) -> Cow<'a, str> {
    if grid.roles.is_empty() {
        return label(stored);
    }
    Cow::Borrowed(grid_label(grid, stored, lang()))
}

/// The label of the grid's role `stored` in `lang`, or `stored` itself.
fn grid_label<'a>(grid: &'a Grid, stored: &'a str, lang: Lang) -> &'a str {
    grid.role(stored)
        .map_or(stored, |role| role.label.get(lang))
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

    /// A grid with two roles of its own (set on a loaded grid: the roles'
    /// parsing is another part's).
    fn grid_with_roles() -> Grid {
        use crate::grid::model::{Role as GridRole, Text};
        let mut grid = crate::input::tests::grid();
        let mut habitant = Text::new("Habitant·e");
        habitant.translations.insert("en".into(), "Resident".into());
        grid.roles = vec![
            GridRole {
                id: "habitant".into(),
                label: habitant,
                description: None,
                aliases: vec!["participant".into(), "usager".into()],
            },
            GridRole {
                id: "salarie".into(),
                label: Text::new("Salarié·e"),
                description: None,
                aliases: vec!["équipe".into()],
            },
        ];
        grid
    }

    #[test]
    fn inclusive_spellings_fold_to_one_key() {
        for spelling in [
            "Habitant·e",
            "habitant-e",
            "HABITANTE",
            "habitant.e",
            "habitant(e)",
            " Habitant e ",
            "habitant•e",
        ] {
            assert_eq!(role_key(spelling), "habitante", "{spelling}");
        }
        assert_eq!(role_key("Salarié·e"), "salariee");
        assert_ne!(role_key("habitants"), role_key("habitante"));
        assert_eq!(role_key("·-·"), "");
    }

    #[test]
    fn grid_roles_match_by_id_label_translation_and_alias() {
        let grid = grid_with_roles();
        let resolver = Resolver::new(&grid);
        assert!(resolver.has_roles());
        for written in [
            "habitant",
            "HABITANT",
            "Habitant·e",
            "habitant-e",
            "habitante",
            "Resident",
            "résident",
            "Participant",
            " usager ",
        ] {
            let resolved = resolver.resolve(written);
            assert_eq!(resolved.id, "habitant", "{written}");
            assert!(resolved.known, "{written}");
        }
        assert_eq!(resolver.resolve("salariée").id, "salarie");
        assert_eq!(resolver.resolve("Équipe").id, "salarie");
    }

    #[test]
    fn values_the_grid_does_not_know_are_kept_trimmed_and_unknown() {
        let grid = grid_with_roles();
        let resolver = Resolver::new(&grid);
        let resolved = resolver.resolve("  Stagiaire ");
        assert_eq!(resolved.id, "Stagiaire");
        assert!(!resolved.known);
        // The six roles `evaluate` offered before grids named theirs are no
        // role of this grid.
        assert!(!resolver.resolve("bénévole").known);
    }

    #[test]
    fn grids_without_roles_keep_free_roles() {
        let grid = crate::input::tests::grid();
        let resolver = Resolver::new(&grid);
        assert!(!resolver.has_roles());
        let resolved = resolver.resolve("staff member");
        assert_eq!((resolved.id.as_ref(), resolved.known), ("salarie", true));
        let resolved = resolver.resolve(" coordinatrice ");
        assert_eq!(
            (resolved.id.as_ref(), resolved.known),
            ("coordinatrice", true)
        );
    }

    #[test]
    fn people_read_the_grid_role_label_in_their_language() {
        let grid = grid_with_roles();
        assert_eq!(grid_label(&grid, "habitant", Lang::En), "Resident");
        assert_eq!(grid_label(&grid, "habitant", Lang::Fr), "Habitant·e");
        assert_eq!(grid_label(&grid, "salarie", Lang::En), "Salarié·e");
        assert_eq!(grid_label(&grid, "Stagiaire", Lang::En), "Stagiaire");
        let free = crate::input::tests::grid();
        assert_eq!(label_in(&free, "coordinatrice"), "coordinatrice");
    }
}
