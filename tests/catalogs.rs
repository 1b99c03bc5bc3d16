//! The message catalogs: both languages have the same messages, and every
//! message the code asks for exists.

use std::collections::BTreeSet;
use std::path::Path;

use utilsoc::diag::Code;
use utilsoc::i18n::{CATALOGS, Lang, has_message};

fn ids(sources: &[&str]) -> BTreeSet<String> {
    sources
        .iter()
        .flat_map(|s| s.lines())
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let id = id.trim_end();
            (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .then(|| id.to_owned())
        })
        .collect()
}

#[test]
fn french_and_english_have_the_same_messages() {
    let [(_, fr), (_, en)] = CATALOGS;
    let (fr, en) = (ids(&fr), ids(&en));
    let only_fr: Vec<_> = fr.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&fr).collect();
    assert!(
        only_fr.is_empty() && only_en.is_empty(),
        "fr only: {only_fr:?}, en only: {only_en:?}"
    );
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

fn rust_sources(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_message_used_exists_in_both_languages() {
    let mut sources = Vec::new();
    rust_sources(Path::new("src"), &mut sources);
    let mut used = BTreeSet::new();
    for source in &sources {
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = code.as_str();
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
            let trimmed = rest.trim_start();
            if let Some(literal) = trimmed.strip_prefix('"') {
                let end = literal.find('"').unwrap();
                used.insert(literal[..end].to_owned());
            }
        }
    }
    assert!(used.len() > 50, "the scan found the tr! calls");
    // Keys built at run time from a prefix.
    for code in Code::ALL {
        used.insert(format!("explain-{}", code.as_str()));
    }
    for prefix in ["table-", "type-found-", "scale-type-", "severity-"] {
        assert!(ids(&CATALOGS[1].1).iter().any(|id| id.starts_with(prefix)));
    }
    for lang in [Lang::Fr, Lang::En] {
        let missing: Vec<_> = used.iter().filter(|k| !has_message(lang, k)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
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
