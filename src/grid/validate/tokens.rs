//! Answer tokens: the spellings a scale reads in data besides its level ids and
//! labels (level `aliases`, the scale's `na`, `yes` and `no`). Each folded
//! spelling may mean one answer only: a token that means two answers of one
//! scale (two levels, a level and N/A, yes and no, or an answer utilsoc
//! already reads otherwise) could not be told apart in data.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;

use super::Validator;
use crate::diag::{Code, Finding};
use crate::grid::raw::{At, RawScale};
use crate::input::scale::{FALSE_TOKENS, TRUE_TOKENS};
use crate::text::{NA_TOKENS, fold};
use crate::tr;

/// What a token means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Meaning {
    Level(usize),
    Na,
    Yes,
    No,
}

/// Who gave a token its meaning: the grid (where), or utilsoc itself.
#[derive(Clone, Debug)]
struct Claim {
    meaning: Meaning,
    span: Option<Range<usize>>,
}

impl Validator<'_> {
    pub(super) fn tokens(&mut self, raw: &RawScale) {
        let levels = raw.levels.as_ref().map_or(&[][..], |l| &l.value[..]);
        let level_name = |i: usize| {
            levels[i]
                .id
                .as_ref()
                .map_or_else(String::new, |id| id.value.clone())
        };
        let mut claims: HashMap<String, Claim> = HashMap::new();
        let builtin = |claims: &mut HashMap<String, Claim>, tokens: &[&str], meaning| {
            for token in tokens {
                claims.entry(fold(token)).or_insert(Claim {
                    meaning,
                    span: None,
                });
            }
        };
        let is_boolean = raw.kind.as_ref().is_some_and(|k| k.value == "boolean");
        if is_boolean {
            builtin(&mut claims, TRUE_TOKENS, Meaning::Yes);
            builtin(&mut claims, FALSE_TOKENS, Meaning::No);
        }
        // Ids and labels are checked among themselves by the level rules.
        for (i, level) in levels.iter().enumerate() {
            for at in level.id.iter().chain(level.label.text.iter()) {
                claims.entry(fold(&at.value)).or_insert(Claim {
                    meaning: Meaning::Level(i),
                    span: Some(at.span.clone()),
                });
            }
        }
        let mut given: Vec<(&At<String>, Meaning)> = Vec::new();
        for (i, level) in levels.iter().enumerate() {
            given.extend(level.aliases.iter().map(|a| (a, Meaning::Level(i))));
        }
        for (tokens, meaning) in [
            (&raw.na, Meaning::Na),
            (&raw.yes, Meaning::Yes),
            (&raw.no, Meaning::No),
        ] {
            given.extend(
                tokens
                    .iter()
                    .flat_map(|t| t.value.iter().map(|a| (a, meaning))),
            );
        }
        for (at, meaning) in given {
            let key = fold(&at.value);
            if key.is_empty() {
                continue;
            }
            let builtin_na = NA_TOKENS.contains(&key.as_str());
            // A level alias spelt like N/A is `ambiguous-level`'s; `na`
            // repeating a built-in N/A token is only redundant.
            if builtin_na && matches!(meaning, Meaning::Level(_) | Meaning::Na) {
                continue;
            }
            let first = if builtin_na {
                Some(Claim {
                    meaning: Meaning::Na,
                    span: None,
                })
            } else {
                match claims.entry(key) {
                    Entry::Vacant(v) => {
                        v.insert(Claim {
                            meaning,
                            span: Some(at.span.clone()),
                        });
                        None
                    }
                    Entry::Occupied(o) => Some(o.get().clone()),
                }
            };
            let Some(first) = first.filter(|f| f.meaning != meaning) else {
                continue;
            };
            let name = |m: Meaning| match m {
                Meaning::Level(i) => tr!("token-meaning-level", level = level_name(i)),
                Meaning::Na => tr!("token-meaning-na"),
                Meaning::Yes => tr!("token-meaning-yes"),
                Meaning::No => tr!("token-meaning-no"),
            };
            let mut finding = Finding::new(
                Code::DuplicateToken,
                tr!(
                    "duplicate-token",
                    token = at.value.as_str(),
                    scale = raw.id.value.as_str()
                ),
            )
            .at(
                at.span.clone(),
                tr!("label-token-means", meaning = name(meaning)),
            );
            finding = match first.span {
                Some(span) => finding.also(
                    span,
                    tr!("label-token-means", meaning = name(first.meaning)),
                ),
                None => finding.note(tr!(
                    "note-builtin-token",
                    token = at.value.as_str(),
                    meaning = name(first.meaning)
                )),
            };
            self.push(finding);
        }
    }
}
