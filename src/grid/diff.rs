//! What changed between two versions of a grid, indicator by indicator: the
//! ones added, removed, renamed (a new indicator whose `replaces` names an
//! old one) and changed (label, question, scale, scoring, aggregate, weight,
//! criterion). Values are described as `grids show` does, in the reader's
//! language; nothing is printed here.

use serde::Serialize;

use super::Grid;
use super::model::{Indicator, Scale, ScaleKind, Scoring};
use crate::i18n::lang;
use crate::number;
use crate::tr;

/// The fields compared, as `Change::field` names them (and catalogs key
/// them: `diff-field-NAME`).
pub const FIELDS: &[&str] = &[
    "label",
    "question",
    "scale",
    "scoring",
    "aggregate",
    "weight",
    "criterion",
];

/// One field of an indicator that differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// `label`, `question`, `scale`, `scoring`, `aggregate`, `weight` or
    /// `criterion`.
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// An indicator of one grid only.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Only {
    pub id: String,
    pub label: String,
    pub criterion: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Changed {
    pub id: String,
    /// The old id, when the new indicator `replaces` it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renamed_from: Option<String>,
    pub changes: Vec<Change>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    pub added: Vec<Only>,
    pub removed: Vec<Only>,
    /// Renamed indicators first, then the others in the new grid's order.
    pub changed: Vec<Changed>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The differences from `old` to `new`.
pub fn diff(old: &Grid, new: &Grid) -> Diff {
    let find = |grid: &'_ Grid, id: &str| {
        grid.indicators()
            .find(|(_, _, i)| i.id == id)
            .map(|(_, c, i)| (c.id.clone(), i.clone()))
    };
    let mut out = Diff::default();
    let mut renamed = Vec::new();
    let mut matched_old = Vec::new();
    for (_, criterion, indicator) in new.indicators() {
        let same = find(old, &indicator.id).map(|o| (None, o));
        let previous = same.or_else(|| {
            indicator
                .replaces
                .iter()
                .find_map(|r| find(old, r).map(|o| (Some(r.clone()), o)))
        });
        match previous {
            None => out.added.push(only(criterion.id.clone(), indicator)),
            Some((renamed_from, (old_criterion, old_indicator))) => {
                matched_old.push(old_indicator.id.clone());
                let mut changes = compare(old, &old_indicator, new, indicator);
                if old_criterion != criterion.id {
                    changes.push(Change {
                        field: "criterion",
                        old: old_criterion,
                        new: criterion.id.clone(),
                    });
                }
                let item = Changed {
                    id: indicator.id.clone(),
                    renamed_from: renamed_from.clone(),
                    changes,
                };
                if renamed_from.is_some() {
                    renamed.push(item);
                } else if !item.changes.is_empty() {
                    out.changed.push(item);
                }
            }
        }
    }
    for (_, criterion, indicator) in old.indicators() {
        if !matched_old.contains(&indicator.id) {
            out.removed.push(only(criterion.id.clone(), indicator));
        }
    }
    renamed.append(&mut out.changed);
    out.changed = renamed;
    out
}

fn only(criterion: String, indicator: &Indicator) -> Only {
    Only {
        id: indicator.id.clone(),
        label: indicator.label.get(lang()).to_owned(),
        criterion,
    }
}

fn compare(old_grid: &Grid, old: &Indicator, new_grid: &Grid, new: &Indicator) -> Vec<Change> {
    let lang = lang();
    let text = |t: &Option<super::model::Text>| t.as_ref().map_or("", |t| t.get(lang)).to_owned();
    let fields = [
        (
            "label",
            old.label.get(lang).to_owned(),
            new.label.get(lang).to_owned(),
        ),
        ("question", text(&old.question), text(&new.question)),
        (
            "scale",
            scale(old_grid.scale(old)),
            scale(new_grid.scale(new)),
        ),
        ("scoring", scoring(&old.scoring), scoring(&new.scoring)),
        (
            "aggregate",
            format!("{:?}", old.aggregate).to_lowercase(),
            format!("{:?}", new.aggregate).to_lowercase(),
        ),
        (
            "weight",
            number::plain(old.weight),
            number::plain(new.weight),
        ),
    ];
    fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, old, new)| Change { field, old, new })
        .collect()
}

/// A scale as the diff compares it: its id, its kind and, for levels, their
/// ids and scores, since a level added or rescored changes every answer's
/// meaning.
fn scale(scale: &Scale) -> String {
    let kind = crate::i18n::message(&format!("scale-type-{}", scale.kind.name()), &[]);
    match &scale.kind {
        ScaleKind::Levels(levels) => {
            let levels: Vec<String> = levels
                .iter()
                .map(|l| format!("{} {}", l.id, number::plain(l.score)))
                .collect();
            format!("{} ({kind}: {})", scale.id, levels.join(", "))
        }
        _ => format!("{} ({kind})", scale.id),
    }
}

fn scoring(scoring: &Scoring) -> String {
    match scoring {
        Scoring::Linear { target, baseline } => tr!(
            "scale-linear",
            target = number::plain(*target),
            baseline = number::plain(*baseline)
        ),
        Scoring::Bands(bands) => {
            let bands: Vec<String> = bands
                .iter()
                .map(|b| format!("{} → {}", number::plain(b.from), number::plain(b.score)))
                .collect();
            format!(
                "{} ({})",
                tr!("scale-bands", count = bands.len()),
                bands.join(", ")
            )
        }
        Scoring::Descriptive => tr!("scale-descriptive"),
        Scoring::Levels | Scoring::Boolean | Scoring::Text => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::load;

    fn local(body: &str) -> Grid {
        let text = format!(
            "format = 1\nid = \"cs\"\nversion = \"2.0.0\"\ntitle = \"CS\"\nextends = \"centres-sociaux\"\n{body}"
        );
        load("l.toml", text.as_bytes()).0.unwrap()
    }

    #[test]
    fn lists_exactly_the_changes() {
        let base = crate::grid::builtin::find("centres-sociaux")
            .unwrap()
            .grid()
            .unwrap();
        let new = local(
            "ignore = [\"habitants-distincts\", \"delai-rendez-vous\"]\n\n[override.amplitude-accueil]\ntarget = 45\n\n[[domains]]\nid = \"inclusion-socialisation\"\n[[domains.criteria]]\nid = \"accueil-ecoute\"\n[[domains.criteria.indicators]]\nid = \"accueil-soir\"\nlabel = \"Soirées\"\nscale = \"nombre\"\nsource = \"planning\"\nhelp = \"Compter.\"\n",
        );
        let d = diff(&base, &new);
        let ids = |v: &[Only]| v.iter().map(|o| o.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&d.added), ["accueil-soir"]);
        assert_eq!(
            ids(&d.removed),
            ["habitants-distincts", "delai-rendez-vous"]
        );
        assert_eq!(d.changed.len(), 1, "{:?}", d.changed);
        assert_eq!(d.changed[0].id, "amplitude-accueil");
        assert_eq!(d.changed[0].changes.len(), 1);
        assert_eq!(d.changed[0].changes[0].field, "scoring");
        assert!(d.changed[0].changes[0].new.contains("45"));
        assert!(diff(&base, &base).is_empty());
    }

    #[test]
    fn a_replaced_id_is_a_rename_not_a_removal() {
        let old = local("");
        let new = local(
            "ignore = [\"qualite-accueil\"]\n\n[[domains]]\nid = \"inclusion-socialisation\"\n[[domains.criteria]]\nid = \"accueil-ecoute\"\n[[domains.criteria.indicators]]\nid = \"accueil-percu\"\nreplaces = [\"qualite-accueil\"]\nlabel = \"Accueil perçu\"\nscale = \"accord\"\nsource = \"questionnaire\"\nhelp = \"Questionnaire.\"\n",
        );
        let d = diff(&old, &new);
        assert!(d.added.is_empty() && d.removed.is_empty(), "{d:?}");
        assert_eq!(
            d.changed[0].renamed_from.as_deref(),
            Some("qualite-accueil")
        );
        assert_eq!(d.changed[0].id, "accueil-percu");
        assert!(d.changed[0].changes.iter().any(|c| c.field == "label"));
    }
}
