//! The grid format as data: every table, its keys, their types and whether they
//! are required. The structural checker (unknown keys, wrong types, missing
//! fields) and the JSON Schema are both derived from these tables, so the two can
//! never disagree about what a grid may contain.

/// The type a key's value must have.
#[derive(Debug)]
pub enum Ty {
    String,
    Integer,
    /// An integer or a float.
    Number,
    Boolean,
    /// An array of strings.
    Strings,
    /// A table whose keys are free (ids) and whose values are strings.
    StringMap,
    /// One of a fixed set of strings.
    Enum(&'static [&'static str]),
    /// An array of tables of the given shape.
    Tables(&'static TableSpec),
    /// A table whose keys are free (ids) and whose values have the given shape.
    Map(&'static TableSpec),
    /// One table of the given shape.
    Table(&'static TableSpec),
}

/// One key of a table.
#[derive(Debug)]
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub required: bool,
    /// Translatable text: `KEY_en` and `KEY_fr` variants are accepted too.
    pub translatable: bool,
    /// One line for the JSON Schema and the docs.
    pub doc: &'static str,
}

/// A kind of table in a grid file.
#[derive(Debug)]
pub struct TableSpec {
    /// How findings name it ("domain", "indicator"...): a catalog key suffix.
    pub name: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

/// Languages a grid may carry translations for, as key suffixes.
pub const TRANSLATION_LANGS: &[&str] = &["fr", "en"];

impl TableSpec {
    pub fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The field `key` refers to, a translation (`label_en`) included.
    pub fn resolve(&self, key: &str) -> Option<&'static Field> {
        self.field(key).or_else(|| {
            let (base, lang) = key.rsplit_once('_')?;
            let field = self.field(base)?;
            (field.translatable && TRANSLATION_LANGS.contains(&lang)).then_some(field)
        })
    }

    /// Every key accepted, translations included, for suggestions.
    pub fn all_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for field in self.fields {
            keys.push(field.key.to_owned());
            if field.translatable {
                for lang in TRANSLATION_LANGS {
                    keys.push(format!("{}_{lang}", field.key));
                }
            }
        }
        keys
    }
}

const fn field(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: false,
        translatable: false,
        doc,
    }
}

const fn required(key: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        key,
        ty,
        required: true,
        translatable: false,
        doc,
    }
}

const fn text(key: &'static str, is_required: bool, doc: &'static str) -> Field {
    Field {
        key,
        ty: Ty::String,
        required: is_required,
        translatable: true,
        doc,
    }
}

pub const SCALE_TYPES: &[&str] = &["levels", "boolean", "number", "text"];
pub const KINDS: &[&str] = &["realisation", "resultat", "impact"];
pub const DIRECTIONS: &[&str] = &["higher", "lower"];
pub const LANGUAGES: &[&str] = &["fr", "en"];
pub const AGGREGATES: &[&str] = &["mean", "sum", "median", "min", "max"];

const SCORING_FIELDS_DOC: [&str; 5] = [
    "Value scoring 100 (number scales); scored linearly from the baseline.",
    "Value scoring 0 (default: min, or 0; max with direction = \"lower\").",
    "\"higher\" (default) or \"lower\" when less is better (baseline > target).",
    "Score bands: the score of the last band whose `from` is at or below the value.",
    "How several numeric answers in one group combine before scoring (default mean).",
];

pub static BAND: TableSpec = TableSpec {
    name: "band",
    doc: "A score band of a number indicator.",
    fields: &[
        required("from", Ty::Number, "Lower bound of the band (inclusive)."),
        required("score", Ty::Number, "Score (0-100) of values in the band."),
    ],
};

pub static LEVEL: TableSpec = TableSpec {
    name: "level",
    doc: "One answer of a levels scale, in order.",
    fields: &[
        required("id", Ty::String, "Slug, unique within the scale."),
        text(
            "label",
            true,
            "The answer as shown and as typed in CSV data.",
        ),
        text(
            "description",
            false,
            "What the answer means, shown when evaluating.",
        ),
        field(
            "score",
            Ty::Number,
            "Score 0-100; all levels have one or none (then evenly spaced).",
        ),
        field(
            "aliases",
            Ty::Strings,
            "Other spellings or answer codes of this level in data (A1, tout_a_fait_d_accord).",
        ),
    ],
};

pub static SCALE: TableSpec = TableSpec {
    name: "scale",
    doc: "A reusable answer scale.",
    fields: &[
        required(
            "type",
            Ty::Enum(SCALE_TYPES),
            "levels, boolean, number or text.",
        ),
        text("label", false, "Name of the scale."),
        text("description", false, "What the scale measures."),
        field(
            "levels",
            Ty::Tables(&LEVEL),
            "The answers of a levels scale, in order.",
        ),
        field(
            "min",
            Ty::Number,
            "Lowest accepted value of a number scale.",
        ),
        field(
            "max",
            Ty::Number,
            "Highest accepted value of a number scale.",
        ),
        text("unit", false, "Unit shown with values (%, h, €...)."),
        field("integer", Ty::Boolean, "Only whole numbers are accepted."),
        field("target", Ty::Number, SCORING_FIELDS_DOC[0]),
        field("baseline", Ty::Number, SCORING_FIELDS_DOC[1]),
        field("direction", Ty::Enum(DIRECTIONS), SCORING_FIELDS_DOC[2]),
        field("bands", Ty::Tables(&BAND), SCORING_FIELDS_DOC[3]),
        field("aggregate", Ty::Enum(AGGREGATES), SCORING_FIELDS_DOC[4]),
        field(
            "na",
            Ty::Strings,
            "More answers meaning N/A (sans objet) in data: NC, A5, non_concerne.",
        ),
        field(
            "yes",
            Ty::Strings,
            "More answers meaning yes in data (boolean scales).",
        ),
        field(
            "no",
            Ty::Strings,
            "More answers meaning no in data (boolean scales).",
        ),
        field(
            "dont_know",
            Ty::Boolean,
            "Ne sait pas (NSP) is an answer of its own: recorded, not scored, not N/A (default false).",
        ),
    ],
};

pub static ROLE: TableSpec = TableSpec {
    name: "role",
    doc: "A role of the people who answer (habitant, bénévole, salarié...): the croisement des regards compares them.",
    fields: &[
        required(
            "id",
            Ty::String,
            "Slug, unique among roles: what outputs and `roles = [...]` name.",
        ),
        text("label", true, "The role as people read it."),
        text("description", false, "Who has this role."),
        field(
            "aliases",
            Ty::Strings,
            "Other spellings of the role met in data (usager, participant·e).",
        ),
    ],
};

pub static INDICATOR: TableSpec = TableSpec {
    name: "indicator",
    doc: "An observable fact, figure, perception or testimony.",
    fields: &[
        required(
            "id",
            Ty::String,
            "Slug, unique among indicators: the CSV column name.",
        ),
        text("label", true, "What is measured."),
        text("question", false, "The question as asked to respondents."),
        text("help", false, "How to collect the indicator."),
        text("description", false, "Longer explanation."),
        required("scale", Ty::String, "Id of the answer scale."),
        field(
            "kind",
            Ty::Enum(KINDS),
            "Place in the evaluation chain: realisation, resultat or impact.",
        ),
        text(
            "source",
            false,
            "Where the data comes from (registre, questionnaire...).",
        ),
        field(
            "aliases",
            Ty::Strings,
            "Other CSV header names meaning this indicator.",
        ),
        field(
            "weight",
            Ty::Number,
            "Weight within its criterion (default 1).",
        ),
        field("target", Ty::Number, SCORING_FIELDS_DOC[0]),
        field("baseline", Ty::Number, SCORING_FIELDS_DOC[1]),
        field("direction", Ty::Enum(DIRECTIONS), SCORING_FIELDS_DOC[2]),
        field("bands", Ty::Tables(&BAND), SCORING_FIELDS_DOC[3]),
        field("aggregate", Ty::Enum(AGGREGATES), SCORING_FIELDS_DOC[4]),
        field(
            "option",
            Ty::String,
            "Boolean scales: yes when this option is ticked in the multiple-choice question the indicator names.",
        ),
        field(
            "option_codes",
            Ty::Strings,
            "The option's codes in exports that write codes (Kobo XML names, LimeSurvey SQ003).",
        ),
        field(
            "roles",
            Ty::Strings,
            "Ids of the roles asked this indicator (default: every role).",
        ),
        field(
            "replaces",
            Ty::Strings,
            "Ids this indicator had in earlier versions of the grid: answers recorded under them count for it.",
        ),
        Field {
            key: "questions",
            ty: Ty::StringMap,
            required: false,
            translatable: true,
            doc: "A role's own wording of the question, by role id.",
        },
    ],
};

pub static CRITERION: TableSpec = TableSpec {
    name: "criterion",
    doc: "An evaluative question, measured by indicators.",
    fields: &[
        required("id", Ty::String, "Slug, unique among criteria."),
        text("label", true, "The evaluative question."),
        text("description", false, "Longer explanation."),
        text("help", false, "Guidance for evaluators."),
        field(
            "weight",
            Ty::Number,
            "Weight within its domain (default 1).",
        ),
        field(
            "indicators",
            Ty::Tables(&INDICATOR),
            "The indicators (at least one).",
        ),
    ],
};

pub static DOMAIN: TableSpec = TableSpec {
    name: "domain",
    doc: "A domain of impact (registre d'utilité sociale).",
    fields: &[
        required("id", Ty::String, "Slug, unique among domains."),
        text("label", true, "Name of the domain."),
        text("description", false, "Longer explanation."),
        text("help", false, "Guidance for evaluators."),
        field(
            "weight",
            Ty::Number,
            "Weight in the overall score (default 1).",
        ),
        field(
            "criteria",
            Ty::Tables(&CRITERION),
            "The criteria (at least one).",
        ),
    ],
};

/// An `[override.ID]` table of a local grid: any field of the domain,
/// criterion or indicator `ID`, none required. Which keys fit which kind of
/// node is checked against that node's own spec once the id is found.
pub static OVERRIDE: TableSpec = TableSpec {
    name: "override",
    doc: "Fields of the base grid's domain, criterion or indicator with this id, changed.",
    fields: &[
        text(
            "label",
            false,
            "What is measured, or the name of the element.",
        ),
        text("question", false, "The question as asked to respondents."),
        text("help", false, "How to collect the indicator, or guidance."),
        text("description", false, "Longer explanation."),
        field("scale", Ty::String, "Id of the answer scale."),
        field("kind", Ty::Enum(KINDS), "realisation, resultat or impact."),
        text("source", false, "Where the data comes from."),
        field(
            "aliases",
            Ty::Strings,
            "Other CSV header names meaning this indicator.",
        ),
        field("weight", Ty::Number, "Weight within its parent."),
        field("target", Ty::Number, SCORING_FIELDS_DOC[0]),
        field("baseline", Ty::Number, SCORING_FIELDS_DOC[1]),
        field("direction", Ty::Enum(DIRECTIONS), SCORING_FIELDS_DOC[2]),
        field("bands", Ty::Tables(&BAND), SCORING_FIELDS_DOC[3]),
        field("aggregate", Ty::Enum(AGGREGATES), SCORING_FIELDS_DOC[4]),
        field("option", Ty::String, "Boolean scales: the option ticked."),
        field(
            "option_codes",
            Ty::Strings,
            "The option's codes in exports.",
        ),
        field(
            "roles",
            Ty::Strings,
            "Ids of the roles asked this indicator.",
        ),
        field(
            "replaces",
            Ty::Strings,
            "Ids this indicator had in earlier versions of the grid: answers recorded under them count for it.",
        ),
        Field {
            key: "questions",
            ty: Ty::StringMap,
            required: false,
            translatable: true,
            doc: "A role's own wording of the question, by role id.",
        },
    ],
};

/// `[social_utility]`: how the organisation defined its utilité sociale and
/// who chose the criteria (written by `grids adapt`, shown by `grids show`
/// and the report).
pub static SOCIAL_UTILITY: TableSpec = TableSpec {
    name: "social-utility",
    doc: "The organisation's own definition of its utilité sociale, and who chose the criteria, how many and when.",
    fields: &[
        text(
            "definition",
            false,
            "The organisation's utilité sociale in its own words (a few sentences).",
        ),
        field(
            "chosen_by",
            Ty::Strings,
            "Who took part in choosing the criteria: role ids of the grid, or free labels when it names no roles.",
        ),
        field(
            "participants",
            Ty::Integer,
            "How many people took part (1 or more).",
        ),
        field(
            "chosen_on",
            Ty::String,
            "When the criteria were chosen: YYYY-MM-DD or YYYY-MM.",
        ),
    ],
};

pub static GRID: TableSpec = TableSpec {
    name: "grid",
    doc: "A utilsoc evaluation grid.",
    fields: &[
        required("format", Ty::Integer, "Grid file format version: 1."),
        required("id", Ty::String, "Slug identifying the grid."),
        required(
            "version",
            Ty::String,
            "The grid's own version (semver, e.g. 1.2.0).",
        ),
        text("title", true, "Title of the grid."),
        text("description", false, "What the grid evaluates, and how."),
        field(
            "language",
            Ty::Enum(LANGUAGES),
            "Language of the texts: fr or en (default fr).",
        ),
        field(
            "overall",
            Ty::Boolean,
            "Also compute one overall score (default false).",
        ),
        field("authors", Ty::Strings, "Who wrote the grid."),
        field(
            "references",
            Ty::Strings,
            "Methods and sources the grid draws on.",
        ),
        field(
            "roles",
            Ty::Tables(&ROLE),
            "Who answers; absent: roles in data are free text.",
        ),
        field("scales", Ty::Map(&SCALE), "Answer scales, by id."),
        field(
            "domains",
            Ty::Tables(&DOMAIN),
            "The domains of impact (at least one); in a local grid, added ones, merged by id.",
        ),
        field(
            "extends",
            Ty::String,
            "Local grid: the built-in grid it starts from (centres-sociaux, or centres-sociaux@1 to require major version 1).",
        ),
        field(
            "ignore",
            Ty::Strings,
            "Local grid: ids of the base grid's domains, criteria or indicators left out.",
        ),
        field(
            "override",
            Ty::Map(&OVERRIDE),
            "Local grid: fields of the base grid's domains, criteria or indicators changed, by id.",
        ),
        field(
            "social_utility",
            Ty::Table(&SOCIAL_UTILITY),
            "The organisation's definition of its utilité sociale and who chose the criteria; a local grid's replaces its base's.",
        ),
    ],
};
