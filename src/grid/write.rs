//! A validated grid written back as a standalone grid file: what
//! `grids export --resolved` gives for a local grid (its base with the
//! ignored nodes gone, the overrides applied and the additions merged, its
//! `[social_utility]` kept), readable without the base.
//!
//! The file is written from the model, so it says what utilsoc understood
//! rather than how it was written: scoring inherited from a scale is spelled
//! out on each indicator, level scores are all given, defaults are left
//! out. Read back, it gives the same model (the tests check it on every
//! built-in grid), hence the same scores.

use toml::{Table, Value};

use super::Grid;
use super::model::{
    Aggregate, Criterion, Domain, Indicator, Role, Scale, ScaleKind, Scoring, SocialUtility, Text,
};

/// The grid as TOML, after `header` (comment lines, written as given).
pub fn to_toml(grid: &Grid, header: &str) -> String {
    let mut top = Table::new();
    top.insert("format".into(), Value::Integer(1));
    top.insert("id".into(), grid.id.clone().into());
    top.insert("version".into(), grid.version.clone().into());
    text(&mut top, "title", Some(&grid.title));
    text(&mut top, "description", grid.description.as_ref());
    if grid.overall {
        top.insert("overall".into(), Value::Boolean(true));
    }
    strings(&mut top, "authors", &grid.authors);
    strings(&mut top, "references", &grid.references);
    if !grid.roles.is_empty() {
        top.insert(
            "roles".into(),
            Value::Array(grid.roles.iter().map(role).collect()),
        );
    }
    let mut scales = Table::new();
    for s in &grid.scales {
        scales.insert(s.id.clone(), Value::Table(scale(s)));
    }
    top.insert("scales".into(), Value::Table(scales));
    top.insert(
        "domains".into(),
        Value::Array(grid.domains.iter().map(|d| domain(grid, d)).collect()),
    );
    if let Some(record) = &grid.social_utility {
        top.insert("social_utility".into(), Value::Table(social(record)));
    }
    let body = toml::to_string(&top).unwrap_or_default();
    format!("{header}{body}")
}

/// `key` and its translations (`key_en`), when there is a text.
fn text(table: &mut Table, key: &str, value: Option<&Text>) {
    let Some(value) = value else {
        return;
    };
    table.insert(key.into(), value.text.clone().into());
    for (lang, translated) in &value.translations {
        table.insert(format!("{key}_{lang}"), translated.clone().into());
    }
}

fn strings(table: &mut Table, key: &str, values: &[String]) {
    if !values.is_empty() {
        table.insert(
            key.into(),
            Value::Array(values.iter().cloned().map(Value::from).collect()),
        );
    }
}

fn number(n: f64) -> Value {
    // Whole numbers as integers: `weight = 2`, as people write them.
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::Integer(n as i64)
    } else {
        Value::Float(n)
    }
}

fn weight(table: &mut Table, w: f64) {
    if w != 1.0 {
        table.insert("weight".into(), number(w));
    }
}

fn role(r: &Role) -> Value {
    let mut t = Table::new();
    t.insert("id".into(), r.id.clone().into());
    text(&mut t, "label", Some(&r.label));
    text(&mut t, "description", r.description.as_ref());
    strings(&mut t, "aliases", &r.aliases);
    Value::Table(t)
}

fn scale(s: &Scale) -> Table {
    let mut t = Table::new();
    t.insert("type".into(), s.kind.name().into());
    text(&mut t, "label", s.label.as_ref());
    text(&mut t, "description", s.description.as_ref());
    match &s.kind {
        ScaleKind::Levels(levels) => {
            let levels = levels
                .iter()
                .map(|l| {
                    let mut lt = Table::new();
                    lt.insert("id".into(), l.id.clone().into());
                    text(&mut lt, "label", Some(&l.label));
                    text(&mut lt, "description", l.description.as_ref());
                    lt.insert("score".into(), number(l.score));
                    strings(&mut lt, "aliases", &l.aliases);
                    Value::Table(lt)
                })
                .collect();
            t.insert("levels".into(), Value::Array(levels));
        }
        ScaleKind::Number(n) => {
            if let Some(min) = n.min {
                t.insert("min".into(), number(min));
            }
            if let Some(max) = n.max {
                t.insert("max".into(), number(max));
            }
            text(&mut t, "unit", n.unit.as_ref());
            if n.integer {
                t.insert("integer".into(), Value::Boolean(true));
            }
        }
        ScaleKind::Boolean | ScaleKind::Text => {}
    }
    strings(&mut t, "na", &s.na);
    strings(&mut t, "yes", &s.yes);
    strings(&mut t, "no", &s.no);
    if s.dont_know {
        t.insert("dont_know".into(), Value::Boolean(true));
    }
    t
}

fn domain(grid: &Grid, d: &Domain) -> Value {
    let mut t = Table::new();
    t.insert("id".into(), d.id.clone().into());
    text(&mut t, "label", Some(&d.label));
    text(&mut t, "description", d.description.as_ref());
    text(&mut t, "help", d.help.as_ref());
    weight(&mut t, d.weight);
    t.insert(
        "criteria".into(),
        Value::Array(d.criteria.iter().map(|c| criterion(grid, c)).collect()),
    );
    Value::Table(t)
}

fn criterion(grid: &Grid, c: &Criterion) -> Value {
    let mut t = Table::new();
    t.insert("id".into(), c.id.clone().into());
    text(&mut t, "label", Some(&c.label));
    text(&mut t, "description", c.description.as_ref());
    text(&mut t, "help", c.help.as_ref());
    weight(&mut t, c.weight);
    t.insert(
        "indicators".into(),
        Value::Array(c.indicators.iter().map(|i| indicator(grid, i)).collect()),
    );
    Value::Table(t)
}

fn indicator(grid: &Grid, i: &Indicator) -> Value {
    let mut t = Table::new();
    t.insert("id".into(), i.id.clone().into());
    text(&mut t, "label", Some(&i.label));
    text(&mut t, "question", i.question.as_ref());
    text(&mut t, "help", i.help.as_ref());
    text(&mut t, "description", i.description.as_ref());
    t.insert("scale".into(), grid.scale(i).id.clone().into());
    if let Some(kind) = i.kind {
        t.insert("kind".into(), kind.as_str().into());
    }
    text(&mut t, "source", i.source.as_ref());
    strings(&mut t, "aliases", &i.aliases);
    weight(&mut t, i.weight);
    match &i.scoring {
        Scoring::Linear { target, baseline } => {
            t.insert("target".into(), number(*target));
            t.insert("baseline".into(), number(*baseline));
            if baseline > target {
                t.insert("direction".into(), "lower".into());
            }
        }
        Scoring::Bands(bands) => {
            let bands = bands
                .iter()
                .map(|b| {
                    let mut bt = Table::new();
                    bt.insert("from".into(), number(b.from));
                    bt.insert("score".into(), number(b.score));
                    Value::Table(bt)
                })
                .collect();
            t.insert("bands".into(), Value::Array(bands));
        }
        Scoring::Levels | Scoring::Boolean | Scoring::Descriptive | Scoring::Text => {}
    }
    let aggregate = match i.aggregate {
        Aggregate::Mean => None,
        Aggregate::Sum => Some("sum"),
        Aggregate::Median => Some("median"),
        Aggregate::Min => Some("min"),
        Aggregate::Max => Some("max"),
    };
    if let Some(aggregate) = aggregate {
        t.insert("aggregate".into(), aggregate.into());
    }
    if let Some(option) = &i.option {
        t.insert("option".into(), option.label.clone().into());
        strings(&mut t, "option_codes", &option.codes);
    }
    if let Some(roles) = &i.roles {
        t.insert(
            "roles".into(),
            Value::Array(roles.iter().cloned().map(Value::from).collect()),
        );
    }
    if !i.questions.is_empty() {
        let mut own = Table::new();
        let mut translated: std::collections::BTreeMap<&str, Table> = Default::default();
        for (role, q) in &i.questions {
            own.insert(role.clone(), q.text.clone().into());
            for (lang, text) in &q.translations {
                translated
                    .entry(lang)
                    .or_default()
                    .insert(role.clone(), text.clone().into());
            }
        }
        t.insert("questions".into(), Value::Table(own));
        for (lang, table) in translated {
            t.insert(format!("questions_{lang}"), Value::Table(table));
        }
    }
    strings(&mut t, "replaces", &i.replaces);
    Value::Table(t)
}

fn social(s: &SocialUtility) -> Table {
    let mut t = Table::new();
    text(&mut t, "definition", s.definition.as_ref());
    strings(&mut t, "chosen_by", &s.chosen_by);
    if let Some(n) = s.participants {
        t.insert("participants".into(), Value::Integer(i64::from(n)));
    }
    if let Some(on) = &s.chosen_on {
        t.insert("chosen_on".into(), on.clone().into());
    }
    t
}

#[cfg(test)]
mod tests {
    use super::to_toml;
    use crate::grid::{builtin, load};

    /// Read back, the written grid is the grid: same model (but for the
    /// hash of the bytes), and not one finding.
    fn round_trip(name: &str, source: &str) {
        let (grid, report) = load(name, source.as_bytes());
        let grid = grid.unwrap_or_else(|| panic!("{name}: {:#?}", report.findings));
        let written = to_toml(&grid, "# resolved\n");
        let (again, report) = load("written.toml", written.as_bytes());
        assert!(
            report.findings.is_empty(),
            "{name}: {:#?}\n{written}",
            report.findings
        );
        let mut again = again.unwrap();
        again.hash = grid.hash.clone();
        again.extends = grid.extends.clone();
        again.left_out = grid.left_out.clone();
        assert_eq!(again, grid, "{name}");
    }

    #[test]
    fn every_builtin_grid_reads_back_the_same() {
        for b in builtin::BUILTINS {
            round_trip(b.id, b.source);
        }
    }

    #[test]
    fn a_local_grid_reads_back_resolved_with_its_record() {
        let local = include_str!("../../tests/cmd/adapt.in/record.toml");
        round_trip("record.toml", local);
        let (grid, _) = load("record.toml", local.as_bytes());
        let written = to_toml(&grid.unwrap(), "");
        assert!(!written.contains("extends"));
        assert!(!written.contains("habitants-distincts"));
        assert!(written.contains("[social_utility]"));
        assert!(written.contains("Le centre accueille et écoute chacun"));
    }

    #[test]
    fn the_grids_of_the_tests_read_back_the_same() {
        for (name, source) in [
            ("pty", include_str!("../../tests/pty/grid.toml")),
            (
                "local",
                include_str!("../../tests/cmd/grids/local.in/local.toml"),
            ),
        ] {
            round_trip(name, source);
        }
    }
}
