//! Who answers an evaluation. A grid with `[[roles]]` says which indicators
//! each role is asked and how: a person is asked only their role's
//! indicators, in their role's wording, and everything the walk counts
//! (progress, overview, resume, summary) counts those only. Without a role the
//! file holds the structure's figures, and every indicator is asked.

use std::borrow::Cow;

use crate::grid::Grid;
use crate::grid::model::Role;
use crate::i18n::lang;
use crate::role;
use crate::text::fold;

/// The grid as `role` (an id; `None`: the structure) is asked it: only the
/// indicators put to that role, each with that role's question, and only the
/// criteria and domains left with an indicator. The same grid without a role.
pub fn asked_view(grid: &Grid, role: Option<&str>) -> Grid {
    let Some(role) = role else {
        return grid.clone();
    };
    let mut view = grid.clone();
    for domain in &mut view.domains {
        for criterion in &mut domain.criteria {
            criterion.indicators.retain(|i| i.asked_of(role));
            for indicator in &mut criterion.indicators {
                indicator.question = indicator.question_for(Some(role)).cloned();
            }
        }
        domain.criteria.retain(|c| !c.indicators.is_empty());
    }
    view.domains.retain(|d| !d.criteria.is_empty());
    view
}

/// The grid's role that `typed` names: by id, label (in any of its
/// languages) or alias, compared folded (case, accents and spaces aside).
pub fn find<'g>(grid: &'g Grid, typed: &str) -> Option<&'g Role> {
    let typed = fold(typed);
    if typed.is_empty() {
        return None;
    }
    grid.roles.iter().find(|r| {
        std::iter::once(r.id.as_str())
            .chain(std::iter::once(r.label.text.as_str()))
            .chain(r.label.translations.values().map(String::as_str))
            .chain(r.aliases.iter().map(String::as_str))
            .any(|name| fold(name) == typed)
    })
}

/// The id a role typed or recorded as `typed` is stored as: the grid's role it
/// names when the grid has roles (else the text as written, trimmed), the
/// built-in role's id when it has none.
pub fn id_of(grid: &Grid, typed: &str) -> String {
    if grid.roles.is_empty() {
        return role::id_of(typed).into_owned();
    }
    find(grid, typed).map_or_else(|| typed.trim().to_owned(), |r| r.id.clone())
}

/// A role id as people read it: the grid's label in the reader's language, or
/// the built-in role's label.
pub fn label<'a>(grid: &'a Grid, id: &'a str) -> Cow<'a, str> {
    match grid.role(id) {
        Some(r) => Cow::Borrowed(r.label.get(lang())),
        None => role::label(id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::model::Text;

    const GRID: &str = include_str!("../../tests/pty/grid.toml");

    fn text(fr: &str, en: &str) -> Text {
        let mut t = Text::new(fr);
        t.translations.insert("en".into(), en.into());
        t
    }

    fn plain() -> Grid {
        let (grid, report) = crate::grid::load("grid.toml", GRID.as_bytes());
        grid.unwrap_or_else(|| panic!("{report:?}"))
    }

    /// The pty grid with two roles: `relations` asked of both, with the
    /// staff's own wording; `entraide` asked of inhabitants only.
    fn grid() -> Grid {
        let mut grid = plain();
        grid.roles = vec![
            Role {
                id: "habitant".into(),
                label: text("Habitant·e", "Inhabitant"),
                description: None,
                aliases: vec!["usager".into(), "participant·e".into()],
            },
            Role {
                id: "salarie".into(),
                label: text("Salarié·e", "Staff member"),
                description: None,
                aliases: vec![],
            },
        ];
        for criterion in grid.domains.iter_mut().flat_map(|d| d.criteria.iter_mut()) {
            for i in &mut criterion.indicators {
                match i.id.as_str() {
                    "relations" => {
                        i.questions.insert(
                            "salarie".into(),
                            Text::new("Les habitants rencontrent-ils du monde ?"),
                        );
                    }
                    "entraide" => i.roles = Some(vec!["habitant".into()]),
                    _ => {}
                }
            }
        }
        grid
    }

    fn ids(grid: &Grid) -> Vec<&str> {
        grid.indicators().map(|(_, _, i)| i.id.as_str()).collect()
    }

    #[test]
    fn a_role_sees_its_indicators_in_its_wording() {
        let grid = grid();
        let staff = asked_view(&grid, Some("salarie"));
        assert_eq!(ids(&staff), ["relations", "taux-retour", "temoignage"]);
        let (_, _, relations) = staff.indicators().next().unwrap();
        assert_eq!(
            relations.question.as_ref().map(|q| q.text.as_str()),
            Some("Les habitants rencontrent-ils du monde ?")
        );
        let inhabitants = asked_view(&grid, Some("habitant"));
        assert_eq!(ids(&inhabitants).len(), 4);
        let (_, _, relations) = inhabitants.indicators().next().unwrap();
        assert_eq!(
            relations.question.as_ref().map(|q| q.text.as_str()),
            Some("Grâce à l'atelier, j'ai rencontré des personnes que je ne connaissais pas")
        );
        // The structure is asked everything, in the indicators' wording.
        assert_eq!(asked_view(&grid, None), grid);
    }

    #[test]
    fn a_criterion_left_without_indicators_is_left_out() {
        let mut grid = grid();
        for criterion in grid.domains.iter_mut().flat_map(|d| d.criteria.iter_mut()) {
            if criterion.id == "participation" {
                for i in &mut criterion.indicators {
                    i.roles = Some(vec!["habitant".into()]);
                }
            }
        }
        let staff = asked_view(&grid, Some("salarie"));
        let criteria: Vec<&str> = staff.domains[0]
            .criteria
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(criteria, ["rencontres"]);
    }

    #[test]
    fn roles_are_found_by_id_label_or_alias_folded() {
        let grid = grid();
        for typed in [
            "habitant",
            "HABITANT·E",
            " inhabitant ",
            "Usager",
            "participant·e",
        ] {
            assert_eq!(id_of(&grid, typed), "habitant", "{typed}");
        }
        assert_eq!(id_of(&grid, "salarie"), "salarie");
        assert_eq!(id_of(&grid, "Salariée"), "Salariée");
        assert!(find(&grid, "Salariée").is_none());
        assert!(find(&grid, " ").is_none());
        assert_eq!(label(&grid, "salarie"), "Staff member");
        // Without roles in the grid, the built-in ones.
        assert_eq!(id_of(&plain(), "staff member"), "salarie");
    }
}
