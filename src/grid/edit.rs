//! Writing what `grids adapt` decided into a local grid file, as a person
//! would have written it: `ignore` for what is dropped, `[override.ID]` for
//! what is renamed, reworded, reweighted or retargeted, added indicators
//! under `[[domains]]` / `[[domains.criteria]]` tables naming where they go,
//! and `[social_utility]`.
//!
//! An existing local grid is edited in place with `toml_edit`, so its
//! comments, order and own additions stay as they were. A change to an
//! element the local file itself added is made in that element's table
//! (`ignore` and `[override.ID]` only reach the base). Ignoring an element
//! takes its overrides, its descendants' entries in `ignore` and the tables
//! that add under it along: left behind, each would name an element that is
//! no longer there.

use std::collections::HashSet;

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value, value};

use super::Grid;
use super::model::SocialUtility;

/// A field of a domain, criterion or indicator that the walk changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Label(String),
    Question(String),
    Weight(f64),
    Target(f64),
}

impl Field {
    pub fn key(&self) -> &'static str {
        match self {
            Field::Label(_) => "label",
            Field::Question(_) => "question",
            Field::Weight(_) => "weight",
            Field::Target(_) => "target",
        }
    }

    fn value(&self) -> Value {
        match self {
            Field::Label(s) | Field::Question(s) => Value::from(s.as_str()),
            Field::Weight(n) | Field::Target(n) => number(*n),
        }
    }
}

/// One change of a field, with what it was (for the comment over a new
/// `[override.ID]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub id: String,
    pub field: Field,
    pub was: String,
}

/// An indicator of the organisation's own, and where it goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Added {
    pub domain: String,
    pub criterion: String,
    pub id: String,
    pub label: String,
    pub question: Option<String>,
    pub scale: String,
    pub weight: f64,
}

/// What the walk decided, in the order decided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    pub dropped: Vec<String>,
    pub changed: Vec<Change>,
    pub added: Vec<Added>,
    pub record: Option<SocialUtility>,
}

impl Changes {
    /// How many elements had `key` changed.
    pub fn count(&self, key: &str) -> usize {
        let ids: HashSet<&str> = self
            .changed
            .iter()
            .filter(|c| c.field.key() == key)
            .map(|c| c.id.as_str())
            .collect();
        ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dropped.is_empty()
            && self.changed.is_empty()
            && self.added.is_empty()
            && self.record.is_none()
    }
}

/// The top of a new local grid.
pub struct Fresh<'a> {
    /// Comment lines, without `#`.
    pub header: &'a str,
    pub id: &'a str,
    pub title: &'a str,
    pub language: &'a str,
    /// `centres-sociaux@1`.
    pub extends: &'a str,
}

/// Comments written over what the walk adds, in the user's language.
pub struct Comments<'a> {
    pub ignore: &'a str,
    /// The line over a new `[override.ID]`, given what the field was.
    pub was: &'a dyn Fn(&str) -> String,
    pub added: &'a str,
    pub record: &'a str,
}

/// The local grid `existing` (or a new one from `fresh`) with `changes`
/// written in. `base` is the built-in grid it extends.
pub fn write(
    existing: Option<&str>,
    fresh: &Fresh<'_>,
    base: &Grid,
    changes: &Changes,
    comments: &Comments<'_>,
) -> Result<String, toml_edit::TomlError> {
    let text = match existing {
        Some(text) => text.to_owned(),
        None => new_file(fresh),
    };
    let mut doc: DocumentMut = text.parse()?;
    let tree = BaseTree::of(base);
    for id in &changes.dropped {
        drop_node(&mut doc, &tree, id, comments);
    }
    let mut commented: HashSet<String> = HashSet::new();
    for change in &changes.changed {
        change_field(&mut doc, &tree, change, &mut commented, comments);
    }
    for added in &changes.added {
        add_indicator(&mut doc, &tree, added, comments);
    }
    if let Some(record) = &changes.record {
        write_record(&mut doc, record, comments);
    }
    Ok(doc.to_string())
}

fn new_file(fresh: &Fresh<'_>) -> String {
    let quoted = |s: &str| Value::from(s).to_string().trim().to_owned();
    let mut out = comment(fresh.header);
    out.push_str(&format!(
        "format = 1\nid = {}\nversion = \"1.0.0\"\ntitle = {}\nlanguage = {}\nextends = {}\n",
        quoted(fresh.id),
        quoted(fresh.title),
        quoted(fresh.language),
        quoted(fresh.extends),
    ));
    out
}

fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

/// The base's elements: which ids it has, and what lies under each.
struct BaseTree {
    ids: HashSet<String>,
    /// (id, descendants' ids)
    below: Vec<(String, Vec<String>)>,
}

impl BaseTree {
    fn of(base: &Grid) -> BaseTree {
        let mut ids = HashSet::new();
        let mut below = Vec::new();
        for d in &base.domains {
            ids.insert(d.id.clone());
            let mut under_d = Vec::new();
            for c in &d.criteria {
                ids.insert(c.id.clone());
                under_d.push(c.id.clone());
                let under_c: Vec<String> = c.indicators.iter().map(|i| i.id.clone()).collect();
                ids.extend(under_c.iter().cloned());
                under_d.extend(under_c.iter().cloned());
                below.push((c.id.clone(), under_c));
            }
            below.push((d.id.clone(), under_d));
        }
        BaseTree { ids, below }
    }

    fn descendants(&self, id: &str) -> &[String] {
        self.below
            .iter()
            .find(|(i, _)| i == id)
            .map_or(&[], |(_, b)| b.as_slice())
    }
}

fn id_is(table: &Table, id: &str) -> bool {
    table.get("id").and_then(Item::as_str) == Some(id)
}

fn tables_mut<'d>(table: &'d mut Table, key: &str) -> Option<&'d mut ArrayOfTables> {
    table.get_mut(key).and_then(Item::as_array_of_tables_mut)
}

/// The local table of the domain, criterion or indicator `id`.
fn local_table<'d>(doc: &'d mut DocumentMut, id: &str) -> Option<&'d mut Table> {
    let domains = tables_mut(doc.as_table_mut(), "domains")?;
    for d in domains.iter_mut() {
        if id_is(d, id) {
            return Some(d);
        }
        let Some(criteria) = tables_mut(d, "criteria") else {
            continue;
        };
        for c in criteria.iter_mut() {
            if id_is(c, id) {
                return Some(c);
            }
            let Some(indicators) = tables_mut(c, "indicators") else {
                continue;
            };
            for i in indicators.iter_mut() {
                if id_is(i, id) {
                    return Some(i);
                }
            }
        }
    }
    None
}

/// Removes the local tables with id `id` (at any level) and returns whether
/// one was found.
fn remove_local(doc: &mut DocumentMut, id: &str) -> bool {
    let root = doc.as_table_mut();
    let Some(domains) = tables_mut(root, "domains") else {
        return false;
    };
    let before = domains.len();
    domains.retain(|d| !id_is(d, id));
    let mut found = domains.len() != before;
    for d in domains.iter_mut() {
        if let Some(criteria) = tables_mut(d, "criteria") {
            let before = criteria.len();
            criteria.retain(|c| !id_is(c, id));
            found |= criteria.len() != before;
            for c in criteria.iter_mut() {
                if let Some(indicators) = tables_mut(c, "indicators") {
                    let before = indicators.len();
                    indicators.retain(|i| !id_is(i, id));
                    found |= indicators.len() != before;
                }
            }
        }
    }
    // A table left with its id alone adds nothing: it goes too.
    let bare = |t: &Table| t.iter().all(|(k, _)| k == "id");
    for d in domains.iter_mut() {
        if let Some(criteria) = tables_mut(d, "criteria") {
            for c in criteria.iter_mut() {
                if tables_mut(c, "indicators").is_some_and(|i| i.is_empty()) {
                    c.remove("indicators");
                }
            }
            criteria.retain(|c| !bare(c));
            if criteria.is_empty() {
                d.remove("criteria");
            }
        }
    }
    domains.retain(|d| !bare(d));
    if domains.is_empty() {
        root.remove("domains");
    }
    found
}

fn remove_override(doc: &mut DocumentMut, id: &str) {
    let root = doc.as_table_mut();
    if let Some(overrides) = root.get_mut("override").and_then(Item::as_table_mut) {
        overrides.remove(id);
        if overrides.is_empty() {
            root.remove("override");
        }
    }
}

fn drop_node(doc: &mut DocumentMut, tree: &BaseTree, id: &str, comments: &Comments<'_>) {
    if !tree.ids.contains(id) {
        remove_local(doc, id);
        return;
    }
    let gone: Vec<String> = std::iter::once(id.to_owned())
        .chain(tree.descendants(id).iter().cloned())
        .collect();
    for g in &gone {
        remove_override(doc, g);
    }
    // Tables adding under the element (a domain or criterion table of the
    // local file naming it) go with it.
    remove_local(doc, id);
    let root = doc.as_table_mut();
    if !root.contains_key("ignore") {
        root.insert("ignore", value(Array::new()));
        if let Some(mut key) = root.key_mut("ignore") {
            key.leaf_decor_mut()
                .set_prefix(format!("\n{}", comment(comments.ignore)));
        }
    }
    let Some(array) = root.get_mut("ignore").and_then(Item::as_array_mut) else {
        return;
    };
    array.retain(|v| v.as_str().is_none_or(|s| !gone[1..].iter().any(|g| g == s)));
    if !array.iter().any(|v| v.as_str() == Some(id)) {
        array.push(id);
    }
    // One id a line once there are several: a list people read and edit.
    if array.len() <= 2 {
        array.fmt();
    } else {
        for v in array.iter_mut() {
            v.decor_mut().set_prefix("\n  ");
            v.decor_mut().set_suffix("");
        }
        array.set_trailing("\n");
        array.set_trailing_comma(true);
    }
}

/// `text` as comment lines, wrapped to fit 80 columns.
fn comment(text: &str) -> String {
    let options = textwrap::Options::new(78).word_splitter(textwrap::WordSplitter::NoHyphenation);
    text.lines()
        .flat_map(|l| textwrap::wrap(l, &options))
        .map(|l| format!("# {l}\n"))
        .collect()
}

fn change_field(
    doc: &mut DocumentMut,
    tree: &BaseTree,
    change: &Change,
    commented: &mut HashSet<String>,
    comments: &Comments<'_>,
) {
    let key = change.field.key();
    let in_base = tree.ids.contains(&change.id);
    if let Some(table) = local_table(doc, &change.id)
        && (!in_base || table.contains_key(key))
    {
        set(table, &change.field);
        return;
    }
    let root = doc.as_table_mut();
    if !root.contains_key("override") {
        let mut overrides = Table::new();
        overrides.set_implicit(true);
        root.insert("override", Item::Table(overrides));
    }
    let Some(overrides) = root.get_mut("override").and_then(Item::as_table_mut) else {
        return;
    };
    if !overrides.contains_key(&change.id) {
        let mut table = Table::new();
        if commented.insert(change.id.clone()) {
            table
                .decor_mut()
                .set_prefix(format!("\n{}", comment(&(comments.was)(&change.was))));
        }
        overrides.insert(&change.id, Item::Table(table));
    }
    if let Some(table) = overrides.get_mut(&change.id).and_then(Item::as_table_mut) {
        set(table, &change.field);
    }
}

/// Sets the field in `table`; a new text replaces its translations (they
/// translated the old one), a new target replaces score bands.
fn set(table: &mut Table, field: &Field) {
    let key = field.key();
    table.insert(key, Item::Value(field.value()));
    match field {
        Field::Label(_) | Field::Question(_) => {
            for lang in super::spec::TRANSLATION_LANGS {
                table.remove(&format!("{key}_{lang}"));
            }
        }
        Field::Target(_) => {
            table.remove("bands");
        }
        Field::Weight(_) => {}
    }
}

fn add_indicator(doc: &mut DocumentMut, tree: &BaseTree, added: &Added, comments: &Comments<'_>) {
    let mut indicator = Table::new();
    indicator.insert("id", value(added.id.as_str()));
    indicator.insert("label", value(added.label.as_str()));
    if let Some(q) = &added.question {
        indicator.insert("question", value(q.as_str()));
    }
    indicator.insert("scale", value(added.scale.as_str()));
    if added.weight != 1.0 {
        indicator.insert("weight", Item::Value(number(added.weight)));
    }
    // Under a criterion of the local file's own, added there.
    if !tree.ids.contains(&added.criterion)
        && let Some(criterion) = local_table(doc, &added.criterion)
    {
        push(criterion, "indicators", indicator);
        return;
    }
    let root = doc.as_table_mut();
    if tables_mut(root, "domains").is_none() {
        root.insert("domains", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let domains = tables_mut(root, "domains").expect("inserted above");
    let found = domains.iter().position(|d| id_is(d, &added.domain));
    let d = match found {
        Some(d) => d,
        None => {
            let mut t = Table::new();
            t.insert("id", value(added.domain.as_str()));
            t.decor_mut()
                .set_prefix(format!("\n{}", comment(comments.added)));
            domains.push(t);
            domains.len() - 1
        }
    };
    let domain = domains.get_mut(d).expect("found or pushed");
    if tables_mut(domain, "criteria").is_none() {
        domain.insert("criteria", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    let criteria = tables_mut(domain, "criteria").expect("inserted above");
    let found = criteria.iter().position(|c| id_is(c, &added.criterion));
    let c = match found {
        Some(c) => c,
        None => {
            let mut t = Table::new();
            t.insert("id", value(added.criterion.as_str()));
            criteria.push(t);
            criteria.len() - 1
        }
    };
    push(
        criteria.get_mut(c).expect("found or pushed"),
        "indicators",
        indicator,
    );
}

fn push(table: &mut Table, key: &str, item: Table) {
    if tables_mut(table, key).is_none() {
        table.insert(key, Item::ArrayOfTables(ArrayOfTables::new()));
    }
    if let Some(array) = tables_mut(table, key) {
        array.push(item);
    }
}

fn write_record(doc: &mut DocumentMut, record: &SocialUtility, comments: &Comments<'_>) {
    let root = doc.as_table_mut();
    if !root.contains_key("social_utility") {
        let mut t = Table::new();
        t.decor_mut()
            .set_prefix(format!("\n{}", comment(comments.record)));
        root.insert("social_utility", Item::Table(t));
    }
    let Some(table) = root.get_mut("social_utility").and_then(Item::as_table_mut) else {
        return;
    };
    let old = table
        .get("definition")
        .and_then(Item::as_str)
        .map(str::to_owned);
    match &record.definition {
        Some(d) => {
            if old.as_deref() != Some(d.text.as_str()) {
                table.insert("definition", value(d.text.as_str()));
                for lang in super::spec::TRANSLATION_LANGS {
                    table.remove(&format!("definition_{lang}"));
                }
            }
        }
        None => {
            table.remove("definition");
        }
    }
    if record.chosen_by.is_empty() {
        table.remove("chosen_by");
    } else {
        let array: Array = record.chosen_by.iter().map(String::as_str).collect();
        table.insert("chosen_by", value(array));
    }
    match record.participants {
        Some(n) => {
            table.insert("participants", value(i64::from(n)));
        }
        None => {
            table.remove("participants");
        }
    }
    match &record.chosen_on {
        Some(on) => {
            table.insert("chosen_on", value(on.as_str()));
        }
        None => {
            table.remove("chosen_on");
        }
    }
}

/// Sets `grid = NAME` in the démarche file `text`, keeping everything else
/// (comments included) as it is.
pub fn set_demarche_grid(text: &str, name: &str) -> Result<String, toml_edit::TomlError> {
    let mut doc: DocumentMut = text.parse()?;
    match doc.get_mut("grid").and_then(Item::as_value_mut) {
        Some(v) => {
            let decor = v.decor().clone();
            *v = Value::from(name);
            *v.decor_mut() = decor;
        }
        None => {
            doc.insert("grid", value(name));
        }
    }
    Ok(doc.to_string())
}
