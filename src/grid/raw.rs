//! The raw mirror of a grid file: what the TOML says, with the byte span of every
//! value a finding may point at, and nothing checked beyond shape.
//!
//! Reading happens in two passes over the parsed TOML. The structural pass walks
//! the document against [`spec`](super::spec) and reports every unknown key, wrong
//! type and missing field at once (serde would stop at the first). The mirror pass
//! then copies the values into plain structs, skipping what the first pass
//! rejected, so that validation works on well-typed data.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::spec::{Field, TableSpec, Ty};
use crate::diag::{Code, Finding};
use crate::tr;

/// A value and where it is in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct At<T> {
    pub value: T,
    pub span: Range<usize>,
}

impl<T> At<T> {
    pub fn new(value: T, span: Range<usize>) -> Self {
        At { value, span }
    }
}

/// A translatable text: the text in the grid's language, and translations by
/// language code (`label_en = "..."`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawText {
    pub text: Option<At<String>>,
    pub translations: BTreeMap<String, String>,
}

/// Number scoring fields, found on scales and on indicators.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawScoring {
    pub target: Option<At<f64>>,
    pub baseline: Option<At<f64>>,
    pub direction: Option<At<String>>,
    pub bands: Option<At<Vec<RawBand>>>,
    pub aggregate: Option<At<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawBand {
    pub from: Option<At<f64>>,
    pub score: Option<At<f64>>,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawLevel {
    pub id: Option<At<String>>,
    pub label: RawText,
    pub description: RawText,
    pub score: Option<At<f64>>,
    pub aliases: Vec<At<String>>,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawScale {
    pub id: At<String>,
    pub kind: Option<At<String>>,
    pub label: RawText,
    pub description: RawText,
    pub levels: Option<At<Vec<RawLevel>>>,
    pub min: Option<At<f64>>,
    pub max: Option<At<f64>>,
    pub unit: RawText,
    pub integer: Option<At<bool>>,
    pub scoring: RawScoring,
    /// Answer tokens: the array's span is where a finding about the key points.
    pub na: Option<At<Vec<At<String>>>>,
    pub yes: Option<At<Vec<At<String>>>>,
    pub no: Option<At<Vec<At<String>>>>,
    pub dont_know: Option<At<bool>>,
}

/// A `[[roles]]` table.
#[derive(Clone, Debug, PartialEq)]
pub struct RawRole {
    pub id: Option<At<String>>,
    pub label: RawText,
    pub description: RawText,
    pub aliases: Vec<At<String>>,
    pub span: Range<usize>,
}

/// One entry of an indicator's `questions` table (or of a translation of
/// it): the role it is for and its wording.
#[derive(Clone, Debug, PartialEq)]
pub struct RawQuestion {
    pub role: At<String>,
    pub text: At<String>,
    /// The language of a `questions_LANG` table; `None` for `questions`.
    pub lang: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawIndicator {
    pub id: Option<At<String>>,
    pub label: RawText,
    pub question: RawText,
    pub help: RawText,
    pub description: RawText,
    pub scale: Option<At<String>>,
    pub kind: Option<At<String>>,
    pub source: RawText,
    pub aliases: Vec<At<String>>,
    pub weight: Option<At<f64>>,
    pub scoring: RawScoring,
    pub option: Option<At<String>>,
    pub option_codes: Option<At<Vec<At<String>>>>,
    /// Who is asked; the array's span is where a finding about it points.
    pub roles: Option<At<Vec<At<String>>>>,
    /// `questions` then its translations, in the file's order within each.
    pub questions: Vec<RawQuestion>,
    /// Ids this indicator had in earlier versions of the grid.
    pub replaces: Vec<At<String>>,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawCriterion {
    pub id: Option<At<String>>,
    pub label: RawText,
    pub description: RawText,
    pub help: RawText,
    pub weight: Option<At<f64>>,
    pub indicators: Vec<RawIndicator>,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RawDomain {
    pub id: Option<At<String>>,
    pub label: RawText,
    pub description: RawText,
    pub help: RawText,
    pub weight: Option<At<f64>>,
    pub criteria: Vec<RawCriterion>,
    pub span: Range<usize>,
}

/// An `[override.ID]` table: the id, the keys it sets (to check them
/// against the kind of node the id names) and their values, read as an
/// indicator's since indicators accept every field the others do.
#[derive(Clone, Debug, PartialEq)]
pub struct RawOverride {
    pub id: At<String>,
    pub keys: Vec<At<String>>,
    pub fields: RawIndicator,
}

/// The `[social_utility]` table.
#[derive(Clone, Debug, PartialEq)]
pub struct RawSocialUtility {
    pub definition: RawText,
    /// The array's span, then each entry.
    pub chosen_by: Option<At<Vec<At<String>>>>,
    pub participants: Option<At<i64>>,
    pub chosen_on: Option<At<String>>,
    pub span: Range<usize>,
}

/// `language` is missing on purpose: the spec checks it, and nothing reads it
/// (a text shows in the reader's language when the grid translates it, else
/// as written, whatever language that is).
#[derive(Clone, Debug, PartialEq)]
pub struct RawGrid {
    pub format: Option<At<i64>>,
    pub id: Option<At<String>>,
    pub version: Option<At<String>>,
    pub title: RawText,
    pub description: RawText,
    pub overall: Option<At<bool>>,
    pub authors: Vec<At<String>>,
    pub references: Vec<At<String>>,
    pub roles: Vec<RawRole>,
    pub scales: Vec<RawScale>,
    pub domains: Vec<RawDomain>,
    /// A local grid's base (`extends = "centres-sociaux@1"`).
    pub extends: Option<At<String>>,
    /// A local grid's `ignore`: the array's span, then each id.
    pub ignore: Option<At<Vec<At<String>>>>,
    /// A local grid's `[override.ID]` tables, in the file's order.
    pub overrides: Vec<RawOverride>,
    /// `[social_utility]`, when the file has one.
    pub social_utility: Option<RawSocialUtility>,
    /// The whole document, for findings about something absent.
    pub span: Range<usize>,
}

/// Walks `root` against the grid spec and builds the mirror; shape findings go to
/// `findings`.
pub fn read(root: &Spanned<DeTable<'_>>, findings: &mut Vec<Finding>) -> RawGrid {
    check_table(
        root.get_ref(),
        root.span(),
        &super::spec::GRID,
        None,
        findings,
    );
    let t = Table::new(root.get_ref(), root.span());
    RawGrid {
        format: t.integer("format"),
        id: t.string("id"),
        version: t.string("version"),
        title: t.text("title"),
        description: t.text("description"),
        overall: t.boolean("overall"),
        authors: t.strings("authors"),
        references: t.strings("references"),
        roles: t
            .tables("roles")
            .iter()
            .map(|r| RawRole {
                id: r.string("id"),
                label: r.text("label"),
                description: r.text("description"),
                aliases: r.strings("aliases"),
                span: r.span.clone(),
            })
            .collect(),
        scales: t
            .map("scales")
            .into_iter()
            .map(|(id, s)| read_scale(id, &s))
            .collect(),
        domains: t.tables("domains").iter().map(read_domain).collect(),
        extends: t.string("extends"),
        ignore: t.strings_at("ignore"),
        overrides: t
            .map("override")
            .into_iter()
            .map(|(id, o)| RawOverride {
                id,
                keys: o
                    .table
                    .iter()
                    .map(|(k, _)| At::new(k.get_ref().to_string(), k.span()))
                    .collect(),
                fields: read_indicator(&o),
            })
            .collect(),
        social_utility: t.table("social_utility").map(|s| RawSocialUtility {
            definition: s.text("definition"),
            chosen_by: s.strings_at("chosen_by"),
            participants: s.integer("participants"),
            chosen_on: s.string("chosen_on"),
            span: s.span.clone(),
        }),
        span: root.span(),
    }
}

fn read_scoring(t: &Table<'_, '_>) -> RawScoring {
    RawScoring {
        target: t.number("target"),
        baseline: t.number("baseline"),
        direction: t.string("direction"),
        bands: t.tables_at("bands").map(|bands| At {
            value: bands
                .value
                .iter()
                .map(|b| RawBand {
                    from: b.number("from"),
                    score: b.number("score"),
                    span: b.span.clone(),
                })
                .collect(),
            span: bands.span,
        }),
        aggregate: t.string("aggregate"),
    }
}

fn read_scale(id: At<String>, t: &Table<'_, '_>) -> RawScale {
    RawScale {
        id,
        kind: t.string("type"),
        label: t.text("label"),
        description: t.text("description"),
        levels: t.tables_at("levels").map(|levels| At {
            value: levels
                .value
                .iter()
                .map(|l| RawLevel {
                    id: l.string("id"),
                    label: l.text("label"),
                    description: l.text("description"),
                    score: l.number("score"),
                    aliases: l.strings("aliases"),
                    span: l.span.clone(),
                })
                .collect(),
            span: levels.span,
        }),
        min: t.number("min"),
        max: t.number("max"),
        unit: t.text("unit"),
        integer: t.boolean("integer"),
        scoring: read_scoring(t),
        na: t.strings_at("na"),
        yes: t.strings_at("yes"),
        no: t.strings_at("no"),
        dont_know: t.boolean("dont_know"),
    }
}

fn read_domain(t: &Table<'_, '_>) -> RawDomain {
    RawDomain {
        id: t.string("id"),
        label: t.text("label"),
        description: t.text("description"),
        help: t.text("help"),
        weight: t.number("weight"),
        criteria: t.tables("criteria").iter().map(read_criterion).collect(),
        span: t.span.clone(),
    }
}

fn read_criterion(t: &Table<'_, '_>) -> RawCriterion {
    RawCriterion {
        id: t.string("id"),
        label: t.text("label"),
        description: t.text("description"),
        help: t.text("help"),
        weight: t.number("weight"),
        indicators: t.tables("indicators").iter().map(read_indicator).collect(),
        span: t.span.clone(),
    }
}

fn read_indicator(t: &Table<'_, '_>) -> RawIndicator {
    RawIndicator {
        id: t.string("id"),
        label: t.text("label"),
        question: t.text("question"),
        help: t.text("help"),
        description: t.text("description"),
        scale: t.string("scale"),
        kind: t.string("kind"),
        source: t.text("source"),
        aliases: t.strings("aliases"),
        weight: t.number("weight"),
        scoring: read_scoring(t),
        option: t.string("option"),
        option_codes: t.strings_at("option_codes"),
        roles: t.strings_at("roles"),
        questions: t.questions("questions"),
        replaces: t.strings("replaces"),
        span: t.span.clone(),
    }
}

/// A table of the document and its span, with typed getters that return nothing
/// for a value of the wrong type (the structural pass has reported it).
struct Table<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
}

impl<'a, 'i> Table<'a, 'i> {
    fn new(table: &'a DeTable<'i>, span: Range<usize>) -> Self {
        Table { table, span }
    }

    fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    fn string(&self, key: &str) -> Option<At<String>> {
        let v = self.get(key)?;
        v.get_ref()
            .as_str()
            .map(|s| At::new(s.to_owned(), v.span()))
    }

    fn integer(&self, key: &str) -> Option<At<i64>> {
        let v = self.get(key)?;
        integer_value(v.get_ref()).map(|n| At::new(n, v.span()))
    }

    fn number(&self, key: &str) -> Option<At<f64>> {
        let v = self.get(key)?;
        number_value(v.get_ref()).map(|n| At::new(n, v.span()))
    }

    fn boolean(&self, key: &str) -> Option<At<bool>> {
        let v = self.get(key)?;
        v.get_ref().as_bool().map(|b| At::new(b, v.span()))
    }

    fn strings(&self, key: &str) -> Vec<At<String>> {
        self.strings_at(key).map(|a| a.value).unwrap_or_default()
    }

    /// The strings of an array, and the array's span.
    fn strings_at(&self, key: &str) -> Option<At<Vec<At<String>>>> {
        let v = self.get(key)?;
        let array = v.get_ref().as_array()?;
        let items = array
            .iter()
            .filter_map(|v| {
                v.get_ref()
                    .as_str()
                    .map(|s| At::new(s.to_owned(), v.span()))
            })
            .collect();
        Some(At::new(items, v.span()))
    }

    fn text(&self, key: &str) -> RawText {
        let mut text = RawText {
            text: self.string(key),
            translations: BTreeMap::new(),
        };
        for lang in super::spec::TRANSLATION_LANGS {
            if let Some(t) = self.string(&format!("{key}_{lang}")) {
                text.translations.insert((*lang).to_owned(), t.value);
            }
        }
        text
    }

    /// A table of strings by key and its translations (`KEY_en`), entry by
    /// entry; values of another type are left out (the structural pass
    /// reports them).
    fn questions(&self, key: &str) -> Vec<RawQuestion> {
        let variants = std::iter::once((key.to_owned(), None)).chain(
            super::spec::TRANSLATION_LANGS
                .iter()
                .map(|lang| (format!("{key}_{lang}"), Some((*lang).to_owned()))),
        );
        let mut out = Vec::new();
        for (name, lang) in variants {
            let Some(table) = self.get(&name).and_then(|v| v.get_ref().as_table()) else {
                continue;
            };
            for (k, v) in table.iter() {
                if let Some(text) = v.get_ref().as_str() {
                    out.push(RawQuestion {
                        role: At::new(k.get_ref().to_string(), k.span()),
                        text: At::new(text.to_owned(), v.span()),
                        lang: lang.clone(),
                    });
                }
            }
        }
        out
    }

    fn tables_at(&self, key: &str) -> Option<At<Vec<Table<'a, 'i>>>> {
        let v = self.get(key)?;
        let array = v.get_ref().as_array()?;
        Some(At::new(
            array
                .iter()
                .filter_map(|item| {
                    item.get_ref()
                        .as_table()
                        .map(|t| Table::new(t, item.span()))
                })
                .collect(),
            v.span(),
        ))
    }

    fn tables(&self, key: &str) -> Vec<Table<'a, 'i>> {
        self.tables_at(key).map(|t| t.value).unwrap_or_default()
    }

    fn table(&self, key: &str) -> Option<Table<'a, 'i>> {
        let v = self.get(key)?;
        v.get_ref().as_table().map(|t| Table::new(t, v.span()))
    }

    fn map(&self, key: &str) -> Vec<(At<String>, Table<'a, 'i>)> {
        let Some(map) = self.get(key).and_then(|v| v.get_ref().as_table()) else {
            return Vec::new();
        };
        map.iter()
            .filter_map(|(k, v)| {
                let t = v.get_ref().as_table()?;
                Some((
                    At::new(k.get_ref().to_string(), k.span()),
                    Table::new(t, v.span()),
                ))
            })
            .collect()
    }
}

fn integer_value(v: &DeValue<'_>) -> Option<i64> {
    let n = v.as_integer()?;
    i64::from_str_radix(n.as_str(), n.radix()).ok()
}

fn number_value(v: &DeValue<'_>) -> Option<f64> {
    if let Some(n) = integer_value(v) {
        return Some(n as f64);
    }
    let f: f64 = v.as_float()?.as_str().parse().ok()?;
    f.is_finite().then_some(f)
}

/// The kind of value `v` is, as findings name it.
fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "string",
        DeValue::Integer(_) => "integer",
        DeValue::Float(_) => "float",
        DeValue::Boolean(_) => "boolean",
        DeValue::Datetime(_) => "datetime",
        DeValue::Array(_) => "array",
        DeValue::Table(_) => "table",
    }
}

fn expected_name(ty: &Ty) -> String {
    match ty {
        Ty::String | Ty::Enum(_) => tr!("type-string"),
        Ty::Integer => tr!("type-integer"),
        Ty::Number => tr!("type-number"),
        Ty::Boolean => tr!("type-boolean"),
        Ty::Strings => tr!("type-strings"),
        Ty::StringMap => tr!("type-string-table"),
        Ty::Tables(_) => tr!("type-tables"),
        Ty::Map(_) | Ty::Table(_) => tr!("type-table"),
    }
}

fn found_name(v: &DeValue<'_>) -> String {
    crate::i18n::message(&format!("type-found-{}", type_name(v)), &[])
}

/// The structural pass: reports unknown keys, wrong types, invalid enum values
/// and missing required keys of `table` and everything below it.
fn check_table(
    table: &DeTable<'_>,
    span: Range<usize>,
    spec: &'static TableSpec,
    key: Option<&str>,
    findings: &mut Vec<Finding>,
) {
    let what = crate::i18n::message(&format!("table-{}", spec.name), &[]);
    let id = key.map(str::to_owned).or_else(|| {
        table
            .get("id")
            .and_then(|v| v.get_ref().as_str())
            .map(str::to_owned)
    });
    let place = match &id {
        Some(id) => tr!("table-with-id", table = what.as_str(), id = id.as_str()),
        None => what.clone(),
    };
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        match spec.resolve(name) {
            None => {
                let keys = spec.all_keys();
                findings.push(
                    Finding::new(
                        Code::UnknownKey,
                        tr!("unknown-key", key = name, place = place.as_str()),
                    )
                    .at(key.span(), tr!("label-unknown-key"))
                    .suggest(name, keys.iter().map(String::as_str)),
                );
            }
            Some(field) => check_value(field, value, &place, findings),
        }
    }
    for field in spec.fields.iter().filter(|f| f.required) {
        if !table.contains_key(field.key) {
            findings.push(
                Finding::new(
                    Code::MissingField,
                    tr!("missing-field", key = field.key, place = place.as_str()),
                )
                .at(
                    header_span(span.clone()),
                    tr!("label-missing-field", key = field.key),
                ),
            );
        }
    }
}

/// Where to point for something missing from a table: its first line, not the
/// whole (possibly long) table.
pub fn header_span(span: Range<usize>) -> Range<usize> {
    span.start..span.start
}

fn check_value(
    field: &'static Field,
    value: &Spanned<DeValue<'_>>,
    place: &str,
    findings: &mut Vec<Finding>,
) {
    let v = value.get_ref();
    let ok = match &field.ty {
        Ty::String | Ty::Enum(_) => v.is_str(),
        Ty::Integer => integer_value(v).is_some(),
        Ty::Number => number_value(v).is_some(),
        Ty::Boolean => v.is_bool(),
        Ty::Strings => v
            .as_array()
            .is_some_and(|a| a.iter().all(|i| i.get_ref().is_str())),
        Ty::Tables(_) => v
            .as_array()
            .is_some_and(|a| a.iter().all(|i| i.get_ref().is_table())),
        Ty::Map(_) => v
            .as_table()
            .is_some_and(|t| t.values().all(|i| i.get_ref().is_table())),
        Ty::Table(_) => v.is_table(),
        Ty::StringMap => v
            .as_table()
            .is_some_and(|t| t.values().all(|i| i.get_ref().is_str())),
    };
    if !ok {
        let found = match v {
            DeValue::Float(f) if number_value(v).is_none() => {
                tr!("type-found-nonfinite", value = f.as_str())
            }
            DeValue::Integer(_) if integer_value(v).is_none() => tr!("type-found-huge"),
            _ => found_name(v),
        };
        findings.push(
            Finding::new(
                Code::WrongType,
                tr!(
                    "wrong-type",
                    key = field.key,
                    place = place,
                    expected = expected_name(&field.ty),
                    found = found.as_str()
                ),
            )
            .at(
                value.span(),
                tr!("label-wrong-type", expected = expected_name(&field.ty)),
            ),
        );
        return;
    }
    match &field.ty {
        Ty::Enum(allowed) => {
            let s = v.as_str().unwrap_or_default();
            if !allowed.contains(&s) {
                findings.push(
                    Finding::new(
                        Code::InvalidValue,
                        tr!("invalid-value", key = field.key, value = s, place = place),
                    )
                    .at(
                        value.span(),
                        tr!("label-expected-one-of", allowed = allowed.join(", ")),
                    )
                    .suggest(s, allowed.iter().copied()),
                );
            }
        }
        Ty::Tables(spec) => {
            for item in v.as_array().into_iter().flat_map(|a| a.iter()) {
                if let Some(t) = item.get_ref().as_table() {
                    check_table(t, item.span(), spec, None, findings);
                }
            }
        }
        Ty::Table(spec) => {
            if let Some(t) = v.as_table() {
                check_table(t, value.span(), spec, None, findings);
            }
        }
        Ty::Map(spec) => {
            for (key, item) in v.as_table().into_iter().flat_map(|t| t.iter()) {
                if let Some(t) = item.get_ref().as_table() {
                    check_table(t, item.span(), spec, Some(key.get_ref()), findings);
                }
            }
        }
        _ => {}
    }
}
