//! The message catalogs: both languages have the same messages with the same
//! placeholders, every message the code asks for exists, and every message
//! the catalogs hold is asked for.
//!
//! The code is read as text. A key is found wherever it is written: in a
//! `tr!`, but also in an array, a constant, a field or a match arm, since any
//! string literal shaped like a key (`role-staff`) whose first word starts
//! some catalog key (`role-`) is taken for one. Keys built at run time
//! (`format!("explain-{}", …)`) are found by their prefix, and each prefix
//! must be listed in [`built_keys`] with every value it can take: a new
//! prefix fails the test until it is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use utilsoc::diag::Code;
use utilsoc::grid::spec::{self, TableSpec, Ty};
use utilsoc::i18n::{CATALOGS, Lang, has_message};

/// A message of a catalog: the variables it shows and the messages it
/// refers to.
#[derive(Default, Debug)]
struct Message {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

fn walk_pattern(pattern: &Pattern<&str>, out: &mut Message) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, out);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, out: &mut Message) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, out);
            for variant in variants {
                walk_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, out),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, out: &mut Message) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            out.references.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, out);
            }
            for argument in &arguments.named {
                walk_inline(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, out),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

/// The messages of one language's catalog files, by id.
fn messages(sources: &[&str]) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for source in sources {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let mut found = Message::default();
                if let Some(value) = &message.value {
                    walk_pattern(value, &mut found);
                }
                for attribute in &message.attributes {
                    walk_pattern(&attribute.value, &mut found);
                }
                out.insert(message.id.name.to_owned(), found);
            }
        }
    }
    out
}

fn french() -> BTreeMap<String, Message> {
    messages(&CATALOGS[0].1)
}

fn english() -> BTreeMap<String, Message> {
    messages(&CATALOGS[1].1)
}

#[test]
fn french_and_english_have_the_same_messages() {
    let fr: BTreeSet<_> = french().into_keys().collect();
    let en: BTreeSet<_> = english().into_keys().collect();
    assert!(fr.len() > 300, "the catalogs were read");
    let only_fr: Vec<_> = fr.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&fr).collect();
    assert!(
        only_fr.is_empty() && only_en.is_empty(),
        "fr only: {only_fr:?}, en only: {only_en:?}"
    );
}

/// A placeholder in one language only is a value the other never shows, or
/// one the code does not give.
#[test]
fn french_and_english_have_the_same_placeholders() {
    let en = english();
    let mut differ = Vec::new();
    for (id, fr) in french() {
        if let Some(en) = en.get(&id)
            && en.variables != fr.variables
        {
            differ.push(format!(
                "{id}: fr {:?}, en {:?}",
                fr.variables, en.variables
            ));
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn catalogs_parse_without_errors() {
    for (lang, sources) in CATALOGS {
        for source in sources {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source) {
                panic!("{lang:?}: {errors:?}");
            }
        }
    }
}

/// The Rust sources under `dir`, by path, without their comment lines.
fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            out.push((path.display().to_string(), code.join("\n")));
        }
    }
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// The string literals of `code` shaped like message keys (`"eval-yes"`),
/// and the prefixes of keys built at run time (`"explain-{"` gives
/// `explain-`).
fn key_literals(code: &str) -> (Vec<String>, Vec<String>) {
    let (mut literals, mut prefixes) = (Vec::new(), Vec::new());
    for (at, _) in code.match_indices('"') {
        let rest = &code[at + 1..];
        if !rest.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        let end = rest.find(|c| !is_key_char(c)).unwrap_or(rest.len());
        let word = &rest[..end];
        match rest[end..].chars().next() {
            Some('"') if word.contains('-') && !word.ends_with('-') => {
                literals.push(word.to_owned())
            }
            Some('{') if word.ends_with('-') => prefixes.push(word.to_owned()),
            _ => {}
        }
    }
    (literals, prefixes)
}

/// The `tr!("key"...)` of `code`, any shape of key.
fn tr_keys(code: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("tr!(") {
        // `include_str!(` ends in `tr!(` too.
        let whole_word = !rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[at + 4..];
        if !whole_word {
            continue;
        }
        if let Some(literal) = rest.trim_start().strip_prefix('"') {
            let end = literal.find('"').unwrap();
            keys.push(literal[..end].to_owned());
        }
    }
    keys
}

/// The names of the tables of the grid format, `table` and those below it.
fn table_names(table: &'static TableSpec, out: &mut BTreeSet<&'static str>) {
    if out.insert(table.name) {
        for field in table.fields {
            if let Ty::Tables(inner) | Ty::Map(inner) | Ty::Table(inner) = &field.ty {
                table_names(inner, out);
            }
        }
    }
}

/// Every key the code builds at run time, by prefix: each prefix with every
/// value its `{…}` can take.
fn built_keys() -> BTreeMap<&'static str, Vec<String>> {
    let mut tables = BTreeSet::new();
    table_names(&spec::GRID, &mut tables);
    let codes = Code::ALL.iter().map(|c| c.as_str().to_owned()).collect();
    let severities = Code::ALL
        .iter()
        .map(|c| c.severity().as_str().to_owned())
        .collect();
    // The types of TOML values, fixed by the TOML specification.
    let toml_types = [
        "string", "integer", "float", "boolean", "datetime", "array", "table",
    ];
    let strings = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect();
    BTreeMap::from([
        ("explain-", codes),
        // The help of every command and argument, by its path and id.
        (
            "cli-",
            utilsoc::cli::message_keys()
                .iter()
                .map(|k| k["cli-".len()..].to_owned())
                .collect(),
        ),
        ("severity-", severities),
        ("diff-field-", strings(utilsoc::grid::diff::FIELDS)),
        ("scale-type-", strings(spec::SCALE_TYPES)),
        ("table-", tables.into_iter().map(str::to_owned).collect()),
        ("type-found-", strings(&toml_types)),
    ])
}

/// Literals shaped like keys that are something else (none so far): say what
/// each one is.
const NOT_KEYS: &[&str] = &[];

/// Catalog messages the code does not ask for by name, and why (none so far).
const UNUSED: &[&str] = &[];

/// Every key the code uses, each with the first file that uses it.
fn used_keys() -> BTreeMap<String, String> {
    let catalog = english();
    let catalog_prefixes: BTreeSet<&str> = catalog
        .keys()
        .map(|k| k.split('-').next().unwrap())
        .collect();
    let codes: BTreeSet<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    let built = built_keys();
    let mut sources = Vec::new();
    rust_sources(Path::new("src"), &mut sources);
    let mut used = BTreeMap::new();
    let mut unknown_prefixes = Vec::new();
    for (path, code) in &sources {
        for key in tr_keys(code) {
            used.entry(key).or_insert_with(|| path.clone());
        }
        let (literals, prefixes) = key_literals(code);
        for literal in literals {
            let first = literal.split('-').next().unwrap();
            // Finding codes are written in the same shape.
            let is_key = catalog.contains_key(&literal)
                || (catalog_prefixes.contains(first)
                    && !codes.contains(literal.as_str())
                    && !NOT_KEYS.contains(&literal.as_str()));
            if is_key {
                used.entry(literal).or_insert_with(|| path.clone());
            }
        }
        for prefix in prefixes {
            let builds_keys = catalog.keys().any(|k| k.starts_with(&prefix));
            if builds_keys && !built.contains_key(prefix.as_str()) {
                unknown_prefixes.push(format!("{path}: {prefix}"));
            }
        }
    }
    assert!(
        unknown_prefixes.is_empty(),
        "keys built at run time from a prefix the test does not know: list every \
         value they can take in built_keys(): {unknown_prefixes:?}"
    );
    for (prefix, values) in built {
        assert!(!values.is_empty(), "{prefix}");
        for value in values {
            used.insert(format!("{prefix}{value}"), format!("built from `{prefix}`"));
        }
    }
    assert!(used.len() > 300, "the scan found the keys: {}", used.len());
    used
}

#[test]
fn every_message_used_exists_in_both_languages() {
    let used = used_keys();
    for lang in [Lang::Fr, Lang::En] {
        let missing: Vec<_> = used.iter().filter(|(k, _)| !has_message(lang, k)).collect();
        assert!(
            missing.is_empty(),
            "{lang:?} lacks (key, used in) {missing:?}"
        );
    }
}

/// A message nothing asks for is dead text, or the sign of a key the scan
/// cannot see.
#[test]
fn every_message_is_used() {
    let used = used_keys();
    let catalog = english();
    let referenced: BTreeSet<&String> = catalog.values().flat_map(|m| &m.references).collect();
    let unused: Vec<_> = catalog
        .keys()
        .filter(|k| {
            !used.contains_key(*k) && !referenced.contains(k) && !UNUSED.contains(&k.as_str())
        })
        .collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

/// The scan sees keys wherever they are written, not only in `tr!`.
#[test]
fn the_scan_finds_keys_outside_tr() {
    let code = r#"const ROLES: [&str; 2] = ["role-staff", "role-board"];
        Field { field: "evaluate-field-action" }
        K::NotFound => "io-no-folder",
        message(&format!("table-{what}"), &[]);
        let file = "centres-sociaux";"#;
    let (literals, prefixes) = key_literals(code);
    assert_eq!(
        literals,
        [
            "role-staff",
            "role-board",
            "evaluate-field-action",
            "io-no-folder",
            "centres-sociaux"
        ]
    );
    assert_eq!(prefixes, ["table-"]);
    let used = used_keys();
    for key in [
        "role-staff",
        "io-no-folder",
        "explain-unknown-key",
        "table-indicator",
    ] {
        assert!(used.contains_key(key), "{key}");
    }
    assert!(!used.contains_key("centres-sociaux"));
    assert!(
        !used.contains_key("wrong-grid"),
        "a finding code, not a message"
    );
}

/// In a debug build (tests run one), a key missing from the catalogs stops
/// the program rather than show its own name.
#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "is in no catalog")]
fn a_missing_message_is_loud() {
    utilsoc::i18n::message_in(Lang::En, "no-such-message", &[]);
}

/// So does a message asked for without the values it shows.
#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "unknown-key")]
fn a_missing_argument_is_loud() {
    utilsoc::i18n::message_in(Lang::En, "unknown-key", &[("key", "lable".into())]);
}

#[test]
fn messages_have_no_isolation_marks() {
    let text = utilsoc::i18n::message_in(
        Lang::Fr,
        "unknown-key",
        &[("key", "lable".into()), ("place", "le domaine".into())],
    );
    assert_eq!(text, "clé inconnue `lable` dans le domaine");
}

#[test]
fn every_finding_code_is_documented() {
    let docs = std::fs::read_to_string("docs/check.md").unwrap();
    for code in Code::ALL {
        let heading = format!("### `{}`", code.as_str());
        assert!(docs.contains(&heading), "docs/check.md lacks {heading}");
    }
}
