//! Reading `utilsoc.toml`: every problem is a finding located in the file
//! (unknown keys with a "did you mean", wrong types, missing fields), shown
//! by the same printer as a grid's; reading goes on after the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Action, Demarche, Folders, Source};
use crate::diag::{Code, FileReport, Finding, Severity};
use crate::score::targets::AgreedTarget;
use crate::tr;

const TOP: &[&str] = &[
    "organisation",
    "title",
    "grid",
    "periods",
    "actions",
    "roles",
    "sources",
    "folders",
    "targets",
];
const ACTION: &[&str] = &["id", "aliases"];
const SOURCE: &[&str] = &[
    "path",
    "sheet",
    "header_row",
    "action_column",
    "action",
    "period_column",
    "period",
    "period_from",
    "period_by",
    "date_format",
    "role_column",
    "role",
    "respondent_column",
    "delimiter",
];
const FOLDERS: &[&str] = &["data", "evaluations", "reports"];
const TARGET: &[&str] = &[
    "indicator",
    "action",
    "period",
    "target",
    "baseline",
    "agreed_with",
    "date",
];

/// Reads the démarche file `text` (named `name`, in folder `dir`): the
/// démarche when it has no error, and the findings either way.
pub fn load(name: &str, dir: &std::path::Path, text: String) -> (Option<Demarche>, FileReport) {
    let mut findings = Vec::new();
    let (document, errors) = DeTable::parse_recoverable(&text);
    let demarche = if errors.is_empty() {
        let mut d = read(&document, &mut findings);
        d.dir = dir.to_path_buf();
        Some(d)
    } else {
        for error in errors.into_iter().take(5) {
            let detail = error.message().trim().to_owned();
            findings.push(
                Finding::new(Code::TomlSyntax, tr!("toml-syntax", detail = detail))
                    .at(error.span().unwrap_or(0..0), tr!("label-toml-syntax")),
            );
        }
        None
    };
    let mut report = FileReport {
        name: name.to_owned(),
        text,
        findings,
        unlisted: 0,
    };
    report.sort();
    let demarche = demarche.filter(|_| report.count(Severity::Error) == 0);
    (demarche, report)
}

fn read(root: &Spanned<DeTable<'_>>, findings: &mut Vec<Finding>) -> Demarche {
    let top = Table::new(root.get_ref(), root.span(), tr!("demarche-table-top"));
    let t = &top;
    let mut d = Demarche {
        organisation: t.string("organisation", true, findings).unwrap_or_default(),
        title: t.string("title", false, findings).unwrap_or_default(),
        grid: t.string("grid", true, findings).unwrap_or_default(),
        periods: t.strings("periods", findings),
        roles: t.strings("roles", findings),
        ..Demarche::default()
    };
    t.check_keys(TOP, findings);
    for a in t.tables("actions", "demarche-table-action", findings) {
        a.check_keys(ACTION, findings);
        d.actions.push(Action {
            id: a.string("id", true, findings).unwrap_or_default(),
            aliases: a.strings("aliases", findings),
        });
    }
    for s in t.tables("sources", "demarche-table-source", findings) {
        s.check_keys(SOURCE, findings);
        d.sources.push(read_source(&s, findings));
    }
    if let Some(f) = t.table("folders", "demarche-table-folders", findings) {
        f.check_keys(FOLDERS, findings);
        let default = Folders::default();
        d.folders = Folders {
            data: f.string("data", false, findings).unwrap_or(default.data),
            evaluations: f
                .string("evaluations", false, findings)
                .unwrap_or(default.evaluations),
            reports: f
                .string("reports", false, findings)
                .unwrap_or(default.reports),
        };
    }
    for g in t.tables("targets", "demarche-table-target", findings) {
        g.check_keys(TARGET, findings);
        let indicator = g.string("indicator", true, findings);
        let target = g.number("target", true, findings);
        d.targets.push(AgreedTarget {
            indicator: indicator.unwrap_or_default(),
            action: g.string("action", false, findings),
            period: g.string("period", false, findings),
            target: target.unwrap_or_default(),
            baseline: g.number("baseline", false, findings),
            agreed_with: g.string("agreed_with", false, findings),
            date: g.string("date", false, findings),
        });
    }
    d
}

fn read_source(s: &Table<'_, '_>, findings: &mut Vec<Finding>) -> Source {
    let mut source = Source {
        path: s.string("path", true, findings).unwrap_or_default(),
        sheet: s.string("sheet", false, findings),
        action_column: s.string("action_column", false, findings),
        action: s.string("action", false, findings),
        period_column: s.string("period_column", false, findings),
        period: s.string("period", false, findings),
        period_from: s.string("period_from", false, findings),
        role_column: s.string("role_column", false, findings),
        role: s.string("role", false, findings),
        respondent_column: s.string("respondent_column", false, findings),
        ..Source::default()
    };
    if let Some(v) = s.table.get("header_row") {
        match v
            .get_ref()
            .as_integer()
            .and_then(|n| n.as_str().parse::<usize>().ok())
        {
            Some(n) if (1..=1000).contains(&n) => source.header_row = Some(n),
            _ => s.invalid("header_row", v, "1..1000", findings),
        }
    }
    use crate::input::dates::DayMonth;
    use crate::period::PeriodBy;
    source.period_by = s.choice(
        "period_by",
        &[
            ("year", PeriodBy::Year),
            ("semester", PeriodBy::Semester),
            ("quarter", PeriodBy::Quarter),
            ("month", PeriodBy::Month),
        ],
        findings,
    );
    source.date_format = s.choice(
        "date_format",
        &[("dmy", DayMonth::Dmy), ("mdy", DayMonth::Mdy)],
        findings,
    );
    source.delimiter = s.choice(
        "delimiter",
        &[
            (",", b','),
            ("comma", b','),
            (";", b';'),
            ("semicolon", b';'),
            ("\t", b'\t'),
            ("tab", b'\t'),
        ],
        findings,
    );
    source
}

/// A table of the file, with getters that report what does not fit.
struct Table<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    /// How findings name it: "the démarche", "an `[[actions]]` table"...
    place: String,
}

impl<'a, 'i> Table<'a, 'i> {
    fn new(table: &'a DeTable<'i>, span: Range<usize>, place: String) -> Self {
        Table { table, span, place }
    }

    fn check_keys(&self, keys: &[&str], findings: &mut Vec<Finding>) {
        for (key, _) in self.table.iter() {
            let name = key.get_ref().as_ref();
            if !keys.contains(&name) {
                findings.push(
                    Finding::new(
                        Code::UnknownKey,
                        tr!("unknown-key", key = name, place = self.place.as_str()),
                    )
                    .at(key.span(), tr!("label-unknown-key"))
                    .suggest(name, keys.iter().copied()),
                );
            }
        }
    }

    fn missing(&self, key: &str, findings: &mut Vec<Finding>) {
        findings.push(
            Finding::new(
                Code::MissingField,
                tr!("missing-field", key = key, place = self.place.as_str()),
            )
            .at(
                self.span.start..self.span.start,
                tr!("label-missing-field", key = key),
            ),
        );
    }

    fn wrong(&self, key: &str, v: &Spanned<DeValue<'_>>, expected: &str, f: &mut Vec<Finding>) {
        let found = crate::i18n::message(&format!("type-found-{}", type_name(v.get_ref())), &[]);
        let expected = crate::i18n::message(expected, &[]);
        f.push(
            Finding::new(
                Code::WrongType,
                tr!(
                    "wrong-type",
                    key = key,
                    place = self.place.as_str(),
                    expected = expected.as_str(),
                    found = found.as_str()
                ),
            )
            .at(
                v.span(),
                tr!("label-wrong-type", expected = expected.as_str()),
            ),
        );
    }

    fn invalid(&self, key: &str, v: &Spanned<DeValue<'_>>, allowed: &str, f: &mut Vec<Finding>) {
        let value = match v.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Integer(n) => n.as_str().to_owned(),
            other => type_name(other).to_owned(),
        };
        f.push(
            Finding::new(
                Code::InvalidValue,
                tr!(
                    "invalid-value",
                    key = key,
                    value = value.as_str(),
                    place = self.place.as_str()
                ),
            )
            .at(v.span(), tr!("label-expected-one-of", allowed = allowed)),
        );
    }

    fn string(&self, key: &str, required: bool, f: &mut Vec<Finding>) -> Option<String> {
        let Some(v) = self.table.get(key) else {
            if required {
                self.missing(key, f);
            }
            return None;
        };
        match v.get_ref().as_str() {
            Some(s) => Some(s.to_owned()),
            None => {
                self.wrong(key, v, "type-string", f);
                None
            }
        }
    }

    fn number(&self, key: &str, required: bool, f: &mut Vec<Finding>) -> Option<f64> {
        let Some(v) = self.table.get(key) else {
            if required {
                self.missing(key, f);
            }
            return None;
        };
        let n = match v.get_ref() {
            DeValue::Integer(n) => i64::from_str_radix(n.as_str(), n.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(x) => x.as_str().parse::<f64>().ok().filter(|x| x.is_finite()),
            _ => None,
        };
        if n.is_none() {
            self.wrong(key, v, "type-number", f);
        }
        n
    }

    fn strings(&self, key: &str, f: &mut Vec<Finding>) -> Vec<String> {
        let Some(v) = self.table.get(key) else {
            return Vec::new();
        };
        let items: Option<Vec<String>> = v.get_ref().as_array().and_then(|a| {
            a.iter()
                .map(|i| i.get_ref().as_str().map(str::to_owned))
                .collect()
        });
        items.unwrap_or_else(|| {
            self.wrong(key, v, "type-strings", f);
            Vec::new()
        })
    }

    /// A string among `allowed`, as its value.
    fn choice<T: Copy>(&self, key: &str, allowed: &[(&str, T)], f: &mut Vec<Finding>) -> Option<T> {
        let v = self.table.get(key)?;
        let Some(s) = v.get_ref().as_str() else {
            self.wrong(key, v, "type-string", f);
            return None;
        };
        let found = allowed.iter().find(|(name, _)| *name == s).map(|(_, t)| *t);
        if found.is_none() {
            let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
            let mut finding = Finding::new(
                Code::InvalidValue,
                tr!(
                    "invalid-value",
                    key = key,
                    value = s,
                    place = self.place.as_str()
                ),
            )
            .at(
                v.span(),
                tr!("label-expected-one-of", allowed = names.join(", ")),
            );
            finding = finding.suggest(s, names.iter().copied());
            f.push(finding);
        }
        found
    }

    fn tables(&self, key: &str, place: &str, f: &mut Vec<Finding>) -> Vec<Table<'a, 'i>> {
        let Some(v) = self.table.get(key) else {
            return Vec::new();
        };
        let Some(array) = v
            .get_ref()
            .as_array()
            .filter(|a| a.iter().all(|i| i.get_ref().is_table()))
        else {
            self.wrong(key, v, "type-tables", f);
            return Vec::new();
        };
        array
            .iter()
            .filter_map(|i| {
                i.get_ref().as_table().map(|t| Table {
                    table: t,
                    span: i.span(),
                    place: crate::i18n::message(place, &[]),
                })
            })
            .collect()
    }

    fn table(&self, key: &str, place: &str, f: &mut Vec<Finding>) -> Option<Table<'a, 'i>> {
        let v = self.table.get(key)?;
        match v.get_ref().as_table() {
            Some(t) => Some(Table {
                table: t,
                span: v.span(),
                place: crate::i18n::message(place, &[]),
            }),
            None => {
                self.wrong(key, v, "type-table", f);
                None
            }
        }
    }
}

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
