//! The validated grid: what the rest of utilsoc works with. Every value here has
//! passed the rules of `validate`, so scoring and rendering need no checks of
//! their own: ids are unique slugs, weights are positive, scales are resolved,
//! number scoring is consistent.

use std::collections::BTreeMap;

use crate::i18n::Lang;

/// A translatable text.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The text in the grid's language.
    pub text: String,
    /// Translations by language code.
    pub translations: BTreeMap<String, String>,
}

impl Text {
    pub fn new(text: impl Into<String>) -> Self {
        Text {
            text: text.into(),
            translations: BTreeMap::new(),
        }
    }

    /// The text in `lang` when the grid has it, else in the grid's language.
    pub fn get(&self, lang: Lang) -> &str {
        self.translations
            .get(lang.code())
            .map_or(self.text.as_str(), String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub id: String,
    pub version: String,
    /// SHA-256 of the grid file's bytes, recorded by evaluation files to notice
    /// a grid that changed without a new version.
    pub hash: String,
    pub title: Text,
    pub description: Option<Text>,
    pub overall: bool,
    /// Who wrote the grid, and the methods and sources it draws on: for the
    /// report's method note (issue 15); nothing reads them yet.
    pub authors: Vec<String>,
    pub references: Vec<String>,
    /// Who answers (`[[roles]]`), in the grid's order. Empty: roles in data
    /// are free text, as before grids could name them.
    pub roles: Vec<Role>,
    pub scales: Vec<Scale>,
    pub domains: Vec<Domain>,
    /// A local grid's base: the built-in grid's id and version.
    pub extends: Option<(String, String)>,
    /// The organisation's own definition of its utilité sociale and who chose
    /// the criteria (`[social_utility]`, written by `grids adapt`).
    pub social_utility: Option<SocialUtility>,
    /// A local grid's base indicators it leaves out (`ignore`, or under an
    /// ignored domain or criterion): their ids and aliases, so that data
    /// still naming them is skipped with a warning, not refused.
    pub left_out: Vec<String>,
}

/// How an organisation defined its utilité sociale and chose its criteria:
/// the method's phases 2–4, recorded in its (local) grid so that the report's
/// « référentiel » section can say whose framework the scores measure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SocialUtility {
    /// A few sentences in the organisation's words.
    pub definition: Option<Text>,
    /// Who took part in choosing the criteria: role ids of the grid (or free
    /// labels when the grid names no roles), in the order written.
    pub chosen_by: Vec<String>,
    /// How many people took part.
    pub participants: Option<u32>,
    /// When the criteria were chosen (`YYYY-MM-DD` or `YYYY-MM`).
    pub chosen_on: Option<String>,
}

impl Grid {
    pub fn scale(&self, indicator: &Indicator) -> &Scale {
        &self.scales[indicator.scale]
    }

    /// Every indicator with its domain and criterion, in grid order.
    pub fn indicators(&self) -> impl Iterator<Item = (&Domain, &Criterion, &Indicator)> {
        self.domains.iter().flat_map(|d| {
            d.criteria
                .iter()
                .flat_map(move |c| c.indicators.iter().map(move |i| (d, c, i)))
        })
    }

    /// The grid's role with id `id`.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn criteria_count(&self) -> usize {
        self.domains.iter().map(|d| d.criteria.len()).sum()
    }
}

/// A role of the people who answer, as the grid defines it: the croisement
/// des regards compares these.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    /// Other spellings met in data ("usager", "participant·e").
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub id: String,
    pub label: Option<Text>,
    pub description: Option<Text>,
    pub kind: ScaleKind,
    /// More answers meaning N/A, yes and no in data, as the grid writes them
    /// (yes and no only on boolean scales).
    pub na: Vec<String>,
    pub yes: Vec<String>,
    pub no: Vec<String>,
    /// Whether "ne sait pas" is an answer of its own: recorded, counted in
    /// distributions, neither scored nor N/A.
    pub dont_know: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ScaleKind {
    Levels(Vec<Level>),
    Boolean,
    Number(NumberScale),
    Text,
}

impl ScaleKind {
    /// The `type` name of the grid format.
    pub fn name(&self) -> &'static str {
        match self {
            ScaleKind::Levels(_) => "levels",
            ScaleKind::Boolean => "boolean",
            ScaleKind::Number(_) => "number",
            ScaleKind::Text => "text",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Level {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    /// 0-100: given, or evenly spaced in order when no level has one.
    pub score: f64,
    /// Other spellings and answer codes of the level in data.
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NumberScale {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<Text>,
    pub integer: bool,
}

impl NumberScale {
    /// The baseline of linear scoring when neither the indicator nor its scale
    /// gives one: `min`, or 0 without it; `max` when lower is better. `None`
    /// when lower is better and there is no `max`: `check` refuses that
    /// scoring, so a validated [`Scoring::Linear`] always has its baseline.
    pub fn default_baseline(&self, lower: bool) -> Option<f64> {
        if lower {
            self.max
        } else {
            Some(self.min.unwrap_or(0.0))
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Domain {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    pub help: Option<Text>,
    pub weight: f64,
    pub criteria: Vec<Criterion>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    pub help: Option<Text>,
    pub weight: f64,
    pub indicators: Vec<Indicator>,
}

/// Where an indicator sits in the evaluation chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Realisation,
    Resultat,
    Impact,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "realisation" => Some(Kind::Realisation),
            "resultat" => Some(Kind::Resultat),
            "impact" => Some(Kind::Impact),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Realisation => "realisation",
            Kind::Resultat => "resultat",
            Kind::Impact => "impact",
        }
    }
}

/// How several numeric answers in one group combine before scoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Aggregate {
    #[default]
    Mean,
    Sum,
    Median,
    Min,
    Max,
}

impl Aggregate {
    pub fn parse(s: &str) -> Option<Aggregate> {
        match s {
            "mean" => Some(Aggregate::Mean),
            "sum" => Some(Aggregate::Sum),
            "median" => Some(Aggregate::Median),
            "min" => Some(Aggregate::Min),
            "max" => Some(Aggregate::Max),
            _ => None,
        }
    }
}

/// A score band: values from `from` up to the next band's `from` score `score`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub from: f64,
    pub score: f64,
}

/// How an indicator's answers become a 0-100 score.
#[derive(Clone, Debug, PartialEq)]
pub enum Scoring {
    /// The level's score.
    Levels,
    /// Yes 100, no 0.
    Boolean,
    /// 0 at `baseline`, 100 at `target`, linear between and clamped; a baseline
    /// above the target means lower is better.
    Linear { target: f64, baseline: f64 },
    /// The score of the last band whose `from` is at or below the value; 0 below
    /// the first. Bands are strictly ascending.
    Bands(Vec<Band>),
    /// A number reported but never scored.
    Descriptive,
    /// Qualitative: reported, never scored.
    Text,
}

impl Scoring {
    /// Whether answers to the indicator get a score.
    pub fn is_scored(&self) -> bool {
        !matches!(self, Scoring::Descriptive | Scoring::Text)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub label: Text,
    pub question: Option<Text>,
    pub help: Option<Text>,
    pub description: Option<Text>,
    /// Index into [`Grid::scales`].
    pub scale: usize,
    /// Where the indicator sits along réalisation → résultat → impact: for the
    /// report, which tags indicators with it (issue 15); nothing reads it yet.
    pub kind: Option<Kind>,
    pub source: Option<Text>,
    pub aliases: Vec<String>,
    pub weight: f64,
    pub scoring: Scoring,
    pub aggregate: Aggregate,
    /// On a boolean scale: the option of a multiple-choice question whose
    /// tick is this indicator's yes.
    pub option: Option<ChoiceOption>,
    /// The role ids asked this indicator; `None`: every role.
    pub roles: Option<Vec<String>>,
    /// A role's own wording of the question, by role id.
    pub questions: BTreeMap<String, Text>,
    /// Ids the indicator had in earlier versions of the grid: answers
    /// recorded under them count for it.
    pub replaces: Vec<String>,
}

impl Indicator {
    /// Whether people of role `role` (an id) are asked this indicator.
    pub fn asked_of(&self, role: &str) -> bool {
        self.roles
            .as_ref()
            .is_none_or(|roles| roles.iter().any(|r| r == role))
    }

    /// The question as put to `role`: its own wording when the grid gives
    /// one, else the indicator's question.
    pub fn question_for(&self, role: Option<&str>) -> Option<&Text> {
        role.and_then(|r| self.questions.get(r))
            .or(self.question.as_ref())
    }
}

/// An option of a multiple-choice question, as exports write it.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceOption {
    pub label: String,
    /// Codes tools write for it (Kobo XML names, LimeSurvey `SQ003`).
    pub codes: Vec<String>,
}
