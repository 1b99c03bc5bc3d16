//! What a value means for a scale, decided in one place for every input: CSV
//! and spreadsheet cells, evaluation files and answers typed at the prompt
//! (SPEC "Answers: three states"). A value is a level (by id, label,
//! translated label or alias, folded), yes or no (the boolean tokens and the
//! scale's `yes` and `no`), a number (decimal
//! comma, the scale's unit, its bounds, whole when the scale says `integer`),
//! N/A (the N/A tokens and the scale's `na`), missing (empty), "ne sait pas"
//! (on a scale with `dont_know = true`), or a mismatch saying what the scale
//! accepts. Inputs that hold typed values (TOML numbers and booleans, number
//! cells of a spreadsheet) go through the same rules as text.

use crate::grid::Grid;
use crate::grid::model::{Indicator, ScaleKind};
use crate::i18n::lang;
use crate::number::plain as format_number;
use crate::score::Answer;
use crate::text::{fold, fold_header};
use crate::tr;

pub use crate::text::NA_TOKENS;

/// Spellings of yes and no, compared folded.
pub const TRUE_TOKENS: &[&str] = &["oui", "yes", "o", "y", "vrai", "true", "1"];
pub const FALSE_TOKENS: &[&str] = &["non", "no", "n", "faux", "false", "0"];

/// Spellings of "ne sait pas", read as such on scales that allow it
/// (`dont_know = true`). They are compared as headers are (case, accents
/// and punctuation folded: "Je ne sais pas.", "I don’t know", "NSP ?").
pub const DONT_KNOW_TOKENS: &[&str] = &[
    "ne sait pas",
    "ne sais pas",
    "je ne sais pas",
    "nsp",
    "don't know",
    "dont know",
    "do not know",
    "i don't know",
];

/// Whether `text` says "ne sait pas" (see [`DONT_KNOW_TOKENS`]).
pub fn is_dont_know(text: &str) -> bool {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let tokens = FOLDED.get_or_init(|| DONT_KNOW_TOKENS.iter().map(|t| fold_header(t)).collect());
    let folded = fold_header(text);
    tokens.contains(&folded)
}

/// A value as an input holds it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Raw<'a> {
    Text(&'a str),
    Number(f64),
    Bool(bool),
}

/// A value that does not fit its scale: what the scale accepts, for the message.
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    pub expected: String,
}

/// How one indicator's values are read.
#[derive(Clone, Debug)]
enum Kind {
    /// Folded level ids, labels (in every language) and aliases, with their
    /// scores.
    Levels(Vec<(String, f64)>),
    /// The scale's own yes and no tokens, folded.
    Boolean {
        yes: Vec<String>,
        no: Vec<String>,
    },
    Number {
        min: Option<f64>,
        max: Option<f64>,
        integer: bool,
        /// The scale's unit in every language, folded: "45 %" reads as 45.
        units: Vec<String>,
    },
    Text,
}

/// The rules of one indicator's scale.
#[derive(Clone, Debug)]
pub struct ScaleRules {
    kind: Kind,
    /// The scale's own N/A tokens, folded.
    na: Vec<String>,
    /// Whether "ne sait pas" is an answer (`dont_know = true`).
    dont_know: bool,
    expected: String,
}

fn folded(tokens: &[String]) -> Vec<String> {
    tokens
        .iter()
        .map(|t| fold(t))
        .filter(|t| !t.is_empty())
        .collect()
}

impl ScaleRules {
    pub fn new(grid: &Grid, indicator: &Indicator) -> Self {
        let scale = grid.scale(indicator);
        let lang = lang();
        let (kind, expected) = match &scale.kind {
            ScaleKind::Levels(levels) => {
                let mut keys = Vec::new();
                for level in levels {
                    keys.push((fold(&level.id), level.score));
                    keys.push((fold(&level.label.text), level.score));
                    for label in level.label.translations.values() {
                        keys.push((fold(label), level.score));
                    }
                    for alias in &level.aliases {
                        keys.push((fold(alias), level.score));
                    }
                }
                let labels: Vec<&str> = levels.iter().map(|l| l.label.get(lang)).collect();
                (
                    Kind::Levels(keys),
                    tr!(
                        "expected-levels",
                        scale = scale.id.as_str(),
                        levels = labels.join(", ")
                    ),
                )
            }
            ScaleKind::Boolean => (
                Kind::Boolean {
                    yes: folded(&scale.yes),
                    no: folded(&scale.no),
                },
                tr!("expected-boolean"),
            ),
            ScaleKind::Number(n) => {
                let bounds = match (n.min, n.max) {
                    (Some(min), Some(max)) => tr!(
                        "expected-between",
                        min = format_number(min),
                        max = format_number(max)
                    ),
                    (Some(min), None) => tr!("expected-at-least", min = format_number(min)),
                    (None, Some(max)) => tr!("expected-at-most", max = format_number(max)),
                    (None, None) => String::new(),
                };
                let what = if n.integer {
                    tr!("expected-integer")
                } else {
                    tr!("expected-number")
                };
                (
                    Kind::Number {
                        min: n.min,
                        max: n.max,
                        integer: n.integer,
                        units: n
                            .unit
                            .iter()
                            .flat_map(|u| std::iter::once(&u.text).chain(u.translations.values()))
                            .map(|u| fold(u))
                            .filter(|u| !u.is_empty())
                            .collect(),
                    },
                    format!("{what}{bounds}"),
                )
            }
            ScaleKind::Text => (Kind::Text, String::new()),
        };
        let expected = if scale.dont_know && !expected.is_empty() {
            format!("{expected}{}", tr!("expected-dont-know"))
        } else {
            expected
        };
        ScaleRules {
            kind,
            na: folded(&scale.na),
            dont_know: scale.dont_know,
            expected,
        }
    }

    /// Whether the scale takes "ne sait pas" as an answer.
    pub fn allows_dont_know(&self) -> bool {
        self.dont_know
    }

    /// The answer a value gives.
    pub fn read(&self, raw: Raw<'_>) -> Result<Answer, Mismatch> {
        let parsed = match raw {
            Raw::Text(text) => self.text(text),
            Raw::Number(n) if self.is_number() => self.number(n),
            // A typed value on another scale means what its spelling means:
            // `1` is yes, `true` is a level called "true" if there is one.
            Raw::Number(n) => self.text(&n.to_string()),
            Raw::Bool(b) if matches!(self.kind, Kind::Boolean { .. }) => {
                Ok(Answer::Value(if b { 100.0 } else { 0.0 }))
            }
            Raw::Bool(b) => self.text(if b { "true" } else { "false" }),
        };
        parsed.map_err(|()| self.mismatch())
    }

    /// What the scale accepts, for a message.
    pub fn mismatch(&self) -> Mismatch {
        Mismatch {
            expected: self.expected.clone(),
        }
    }

    pub fn is_number(&self) -> bool {
        matches!(self.kind, Kind::Number { .. })
    }

    /// The answer a text gives; `Err` when it does not fit.
    pub(crate) fn text(&self, text: &str) -> Result<Answer, ()> {
        let folded = fold(text);
        if folded.is_empty() {
            return Ok(Answer::Missing);
        }
        if NA_TOKENS.contains(&folded.as_str()) || self.na.contains(&folded) {
            return Ok(Answer::NotApplicable);
        }
        // The grid's own levels and tokens come first: a level a grid calls
        // "NSP" stays that level.
        match self.value(&folded) {
            Ok(Answer::Text) | Err(()) if self.dont_know && is_dont_know(text) => {
                Ok(Answer::DontKnow)
            }
            other => other,
        }
    }

    /// The answer a text gives as a value of the scale's kind.
    fn value(&self, folded: &str) -> Result<Answer, ()> {
        match &self.kind {
            Kind::Levels(keys) => keys
                .iter()
                .find(|(k, _)| *k == folded)
                .map(|(_, score)| Answer::Value(*score))
                .ok_or(()),
            Kind::Boolean { yes, no } => {
                if TRUE_TOKENS.contains(&folded) || yes.iter().any(|y| y == folded) {
                    Ok(Answer::Value(100.0))
                } else if FALSE_TOKENS.contains(&folded) || no.iter().any(|n| n == folded) {
                    Ok(Answer::Value(0.0))
                } else {
                    Err(())
                }
            }
            Kind::Number { units, .. } => {
                let mut s = folded;
                if let Some(rest) = units.iter().find_map(|u| s.strip_suffix(u.as_str())) {
                    s = rest;
                }
                let cleaned: String = s
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
                    .map(|c| if c == ',' { '.' } else { c })
                    .collect();
                let n: f64 = cleaned.parse().map_err(|_| ())?;
                self.number(n)
            }
            Kind::Text => Ok(Answer::Text),
        }
    }

    /// The answer a number gives on a number scale: inside the bounds, whole
    /// when the scale wants it, finite.
    pub(crate) fn number(&self, n: f64) -> Result<Answer, ()> {
        let Kind::Number {
            min, max, integer, ..
        } = &self.kind
        else {
            return Err(());
        };
        if !n.is_finite()
            || min.is_some_and(|m| n < m)
            || max.is_some_and(|m| n > m)
            || (*integer && n.fract() != 0.0)
        {
            return Err(());
        }
        Ok(Answer::Value(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::load;

    /// The rules of an indicator of the input tests' grid (one scale of
    /// each type).
    fn rules(id: &str) -> ScaleRules {
        let grid = crate::input::tests::grid();
        let (_, _, indicator) = grid.indicators().find(|(_, _, i)| i.id == id).unwrap();
        ScaleRules::new(&grid, indicator)
    }

    #[test]
    fn typed_values_mean_what_their_spelling_means() {
        let accord = rules("accord");
        assert_eq!(
            accord.read(Raw::Text("completely")),
            Ok(Answer::Value(100.0))
        );
        assert_eq!(
            accord.read(Raw::Text(" TOUT A FAIT ")),
            Ok(Answer::Value(100.0))
        );
        assert!(accord.read(Raw::Number(1.0)).is_err());
        let bool = rules("bool");
        assert_eq!(bool.read(Raw::Bool(true)), Ok(Answer::Value(100.0)));
        assert_eq!(bool.read(Raw::Number(0.0)), Ok(Answer::Value(0.0)));
        assert_eq!(bool.read(Raw::Text("Oui")), Ok(Answer::Value(100.0)));
        let compte = rules("compte");
        assert_eq!(compte.read(Raw::Number(3.0)), Ok(Answer::Value(3.0)));
        assert!(compte.read(Raw::Number(2.5)).is_err(), "integer scale");
        assert!(compte.read(Raw::Text("2,5")).is_err(), "integer scale");
        assert!(compte.read(Raw::Number(f64::NAN)).is_err());
        assert!(compte.read(Raw::Bool(true)).is_err());
        assert_eq!(compte.read(Raw::Text("n/a")), Ok(Answer::NotApplicable));
        assert_eq!(compte.read(Raw::Text("  ")), Ok(Answer::Missing));
        let verbatim = rules("verbatim");
        assert_eq!(verbatim.read(Raw::Text("Super")), Ok(Answer::Text));
        assert_eq!(verbatim.read(Raw::Text("")), Ok(Answer::Missing));
    }

    const CODES: &str = r#"
format = 1
id = "codes"
version = "1.0.0"
title = "Codes"
[scales.accord]
type = "levels"
na = ["A5", "non_concerne"]
levels = [{ id = "non", label = "Pas d'accord", aliases = ["A1", "pas_d_accord"] }, { id = "oui", label = "D'accord", aliases = ["A2"] }]
[scales.oui-non]
type = "boolean"
yes = ["coché"]
no = ["pas coché"]
[[domains]]
id = "d"
label = "D"
[[domains.criteria]]
id = "c"
label = "C"
[[domains.criteria.indicators]]
id = "accord"
label = "A"
scale = "accord"
[[domains.criteria.indicators]]
id = "bool"
label = "B"
scale = "oui-non"
"#;

    #[test]
    fn grids_add_answer_codes_and_tokens() {
        let (grid, report) = load("g.toml", CODES.as_bytes());
        let grid = grid.unwrap_or_else(|| panic!("{report:?}"));
        let rules = |id: &str| {
            let (_, _, i) = grid.indicators().find(|(_, _, i)| i.id == id).unwrap();
            ScaleRules::new(&grid, i)
        };
        let accord = rules("accord");
        assert_eq!(accord.read(Raw::Text("a1")), Ok(Answer::Value(0.0)));
        assert_eq!(
            accord.read(Raw::Text("PAS_D_ACCORD")),
            Ok(Answer::Value(0.0))
        );
        assert_eq!(accord.read(Raw::Text("A2")), Ok(Answer::Value(100.0)));
        assert_eq!(accord.read(Raw::Text("A5")), Ok(Answer::NotApplicable));
        assert_eq!(
            accord.read(Raw::Text("non_concerne")),
            Ok(Answer::NotApplicable)
        );
        for builtin in [
            "Non concerné",
            "non concernée",
            "Non concerné·e",
            "non concerné(e)",
        ] {
            assert_eq!(accord.read(Raw::Text(builtin)), Ok(Answer::NotApplicable));
        }
        assert!(accord.read(Raw::Text("A3")).is_err());
        let bool = rules("bool");
        assert_eq!(bool.read(Raw::Text("Coche")), Ok(Answer::Value(100.0)));
        assert_eq!(bool.read(Raw::Text("pas coché")), Ok(Answer::Value(0.0)));
        assert_eq!(bool.read(Raw::Text("oui")), Ok(Answer::Value(100.0)));
        assert!(bool.read(Raw::Text("A5")).is_err(), "na is per scale");
    }
}
