//! The `grids adapt` walk driven by a scripted prompter, on the built-in
//! `centres-sociaux` grid: what each answer writes into the local grid, and
//! that every local grid written reads back without an error.
//!
//! Its first criterion, `accueil-ecoute`, has four indicators:
//! `habitants-distincts` (a number), `amplitude-accueil` (hours, target 40
//! from 15), `qualite-accueil` and `ecoute` (agreement levels); the grid
//! names five roles, ticked in a list for the record. Menus: a criterion's
//! entries are keep, rename, weight, indicators, add, drop, finish; a number
//! indicator's keep, reword, weight, target, drop, finish (other indicators
//! have no target entry). Messages are in English.

use std::collections::VecDeque;
use std::io;

use super::{End, adapt};
use crate::grid::edit::{self, Changes, Comments, Fresh};
use crate::grid::{Grid, builtin, load};
use crate::interactive::Prompter;

#[derive(Debug)]
enum Reply {
    Pick(Option<usize>),
    Type(&'static str),
    Tick(Vec<usize>),
}
use Reply::{Pick, Tick, Type};

const KEEP: usize = 0;
const RENAME: usize = 1;
const WEIGHT: usize = 2;
const INDICATORS: usize = 3;
const ADD: usize = 4;
const DROP: usize = 5;
const FINISH: usize = 6;
/// On a number indicator.
const N_REWORD: usize = 1;
const N_TARGET: usize = 3;
const N_DROP: usize = 4;

struct Scripted {
    replies: VecDeque<Reply>,
    shown: Vec<String>,
}

impl Scripted {
    fn next(&mut self, prompt: &str) -> Reply {
        self.replies.pop_front().unwrap_or_else(|| {
            panic!(
                "the script ended at `{prompt}`; shown:\n{}",
                self.shown.join("\n")
            )
        })
    }
}

impl Prompter for Scripted {
    fn line(&mut self, text: &str) -> io::Result<()> {
        self.shown.push(text.to_owned());
        Ok(())
    }

    fn select(&mut self, prompt: &str, items: &[String], _: usize) -> io::Result<Option<usize>> {
        self.shown.push(format!("? {prompt} {items:?}"));
        match self.next(prompt) {
            Pick(p) => {
                assert!(p.is_none_or(|p| p < items.len()), "{prompt}: {items:?}");
                Ok(p)
            }
            other => panic!("`{prompt}` is a menu, the script has {other:?}"),
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        self.shown.push(format!("? {prompt} [{initial}]"));
        match self.next(prompt) {
            Type(t) => Ok(t.to_owned()),
            other => panic!("`{prompt}` is a text field, the script has {other:?}"),
        }
    }

    fn input_default(&mut self, prompt: &str, default: &str) -> io::Result<String> {
        let typed = self.input(prompt, default)?;
        Ok(if typed.is_empty() {
            default.to_owned()
        } else {
            typed
        })
    }

    fn width(&self) -> usize {
        80
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        _: &[bool],
    ) -> io::Result<Vec<usize>> {
        self.shown.push(format!("? {prompt} {items:?}"));
        match self.next(prompt) {
            Tick(t) => Ok(t),
            other => panic!("`{prompt}` ticks, the script has {other:?}"),
        }
    }
}

fn base() -> Grid {
    builtin::find("centres-sociaux").unwrap().grid().unwrap()
}

/// The walk over `grid` with `replies`; every save is kept.
fn walk(grid: &Grid, replies: Vec<Reply>) -> (Changes, End, Vec<Changes>) {
    let mut prompter = Scripted {
        replies: replies.into(),
        shown: Vec::new(),
    };
    let mut saves = Vec::new();
    let mut save = |c: &Changes| {
        saves.push(c.clone());
        Ok(())
    };
    let (changes, end) = adapt(grid, &mut prompter, "2025-03-14", &mut save).unwrap();
    assert!(
        prompter.replies.is_empty(),
        "left over: {:?}",
        prompter.replies
    );
    (changes, end, saves)
}

fn written(existing: Option<&str>, changes: &Changes) -> String {
    let was = |v: &str| format!("In centres-sociaux: {v}");
    let comments = Comments {
        ignore: "What we do not measure:",
        was: &was,
        added: "Our own indicators:",
        record: "Our social utility:",
    };
    let fresh = Fresh {
        header: "Our grid.",
        id: "tilleuls",
        title: "Notre grille",
        language: "fr",
        extends: "centres-sociaux@1",
    };
    edit::write(existing, &fresh, &base(), changes, &comments).unwrap()
}

/// The written grid read back: no error, and the grid.
fn reads_clean(text: &str) -> Grid {
    let (grid, report) = load("grille.toml", text.as_bytes());
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == crate::diag::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{text}");
    grid.unwrap()
}

/// The record's answers: a definition, two of the grid's roles ticked (the
/// board, then the inhabitants), 12 people, today.
fn record() -> Vec<Reply> {
    vec![
        Type("Que chacun trouve ici un lieu où agir avec d'autres."),
        Tick(vec![3, 0]),
        Type("12"),
        Type(""),
    ]
}

#[test]
fn dropping_renaming_adding_and_the_record_write_the_local_grid() {
    let grid = base();
    let mut script = vec![
        Pick(Some(INDICATORS)),
        Pick(Some(N_DROP)), // habitants-distincts
        Pick(Some(KEEP)),   // amplitude-accueil
        Pick(Some(KEEP)),   // qualite-accueil
        Pick(Some(KEEP)),   // ecoute
        Pick(Some(RENAME)),
        Type("Accueil et écoute de chacun"),
        Pick(Some(ADD)),
        Type("Soirées d'accueil ouvertes par mois"),
        Type("Combien de soirées ?"),
        Pick(Some(5)), // nombre
        Type("0"),     // not a weight: asked again
        Type("2"),
        Pick(None), // Esc: finish
    ];
    script.extend(record());
    let (changes, end, saves) = walk(&grid, script);
    assert_eq!(end, End::Early);
    // Saved after every decision: drop, rename, add, then the record.
    assert_eq!(saves.len(), 4);
    let text = written(None, &changes);
    assert_eq!(
        text,
        r#"# Our grid.
format = 1
id = "tilleuls"
version = "1.0.0"
title = "Notre grille"
language = "fr"
extends = "centres-sociaux@1"

# What we do not measure:
ignore = ["habitants-distincts"]

# In centres-sociaux: Does the social centre welcome and listen to all
# residents, unconditionally?
[override.accueil-ecoute]
label = "Accueil et écoute de chacun"

# Our own indicators:
[[domains]]
id = "inclusion-socialisation"

[[domains.criteria]]
id = "accueil-ecoute"

[[domains.criteria.indicators]]
id = "soirees-d-accueil-ouvertes-par"
label = "Soirées d'accueil ouvertes par mois"
question = "Combien de soirées ?"
scale = "nombre"
weight = 2

# Our social utility:
[social_utility]
definition = "Que chacun trouve ici un lieu où agir avec d'autres."
chosen_by = ["administrateur", "habitant"]
participants = 12
chosen_on = "2025-03-14"
"#
    );
    let adapted = reads_clean(&text);
    let criterion = &adapted.domains[0].criteria[0];
    assert_eq!(criterion.label.text, "Accueil et écoute de chacun");
    let ids: Vec<&str> = criterion.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "amplitude-accueil",
            "qualite-accueil",
            "ecoute",
            "soirees-d-accueil-ouvertes-par"
        ]
    );
    let record = adapted.social_utility.unwrap();
    assert_eq!(record.participants, Some(12));
    assert_eq!(record.chosen_on.as_deref(), Some("2025-03-14"));
}

#[test]
fn a_target_and_a_question_become_overrides_and_a_bad_target_is_asked_again() {
    let grid = base();
    let mut script = vec![
        Pick(Some(INDICATORS)),
        Pick(Some(KEEP)),
        Pick(Some(N_TARGET)),
        Type("10"), // below the baseline 15: asked again
        Type("45"),
        Pick(Some(N_REWORD)),
        Type("Combien d'heures par semaine l'accueil est-il ouvert ?"),
        Pick(Some(KEEP)),
        Pick(Some(KEEP)), // qualite-accueil
        Pick(Some(KEEP)), // ecoute
        Pick(Some(WEIGHT)),
        Type("1,5"),
        Pick(Some(FINISH)),
    ];
    script.extend(record());
    let (changes, _, _) = walk(&grid, script);
    assert_eq!(changes.count("target"), 1);
    let text = written(None, &changes);
    assert!(
        text.contains(
            "# In centres-sociaux: 40\n[override.amplitude-accueil]\ntarget = 45\nquestion = "
        ),
        "{text}"
    );
    assert!(
        text.contains("[override.accueil-ecoute]\nweight = 1.5\n"),
        "{text}"
    );
    let adapted = reads_clean(&text);
    let (_, c, i) = adapted
        .indicators()
        .find(|(_, _, i)| i.id == "amplitude-accueil")
        .unwrap();
    assert_eq!(c.weight, 1.5);
    assert_eq!(
        i.scoring,
        crate::grid::model::Scoring::Linear {
            target: 45.0,
            baseline: 15.0
        }
    );
}

#[test]
fn dropping_a_whole_domain_and_the_last_indicator_keeps_the_grid_valid() {
    let grid = base();
    let first = &grid.domains[0];
    let mut script = Vec::new();
    // Every criterion of the first domain dropped: the last drop takes the
    // domain.
    for _ in &first.criteria {
        script.push(Pick(Some(DROP)));
    }
    // In the next domain's first criterion, drop every indicator: the last
    // drop takes the criterion.
    script.push(Pick(Some(INDICATORS)));
    for i in &grid.domains[1].criteria[0].indicators {
        let number = matches!(grid.scale(i).kind, crate::grid::model::ScaleKind::Number(_));
        script.push(Pick(Some(if number { N_DROP } else { 3 })));
    }
    script.push(Pick(Some(FINISH)));
    script.extend(record());
    let (changes, _, _) = walk(&grid, script);
    assert_eq!(
        changes.dropped,
        [first.id.clone(), grid.domains[1].criteria[0].id.clone()]
    );
    let text = written(None, &changes);
    let adapted = reads_clean(&text);
    assert_eq!(adapted.domains.len(), grid.domains.len() - 1);
    assert_eq!(
        adapted.domains[0].criteria.len(),
        grid.domains[1].criteria.len() - 1
    );
}

/// A local grid of the user's, with comments, an ignore, an override and an
/// indicator of its own.
const LOCAL: &str = r#"# Notre grille, écrite à la main.
format = 1
id = "tilleuls"
version = "1.0.0"
title = "Notre grille"
extends = "centres-sociaux@1"

# Nous ne comptons pas les habitants.
ignore = ["habitants-distincts"]

# Décidé en comité de pilotage.
[override.amplitude-accueil]
target = 45

[[domains]]
id = "inclusion-socialisation"

[[domains.criteria]]
id = "accueil-ecoute"

[[domains.criteria.indicators]]
id = "accueil-soir"
label = "Soirées d'accueil"
scale = "nombre"
source = "planning"
help = "Compter les soirées"

[[domains.criteria.indicators]]
id = "cafe-parents"
label = "Cafés des parents"
scale = "nombre"
source = "planning"
help = "Compter les cafés"

[social_utility]
definition = "Un lieu pour tous."
definition_en = "A place for everyone."
participants = 5
"#;

#[test]
fn a_local_grid_keeps_what_it_says_and_its_own_indicators_are_edited_in_place() {
    let (grid, report) = load("grille.toml", LOCAL.as_bytes());
    let grid = grid.unwrap_or_else(|| panic!("{:#?}", report.findings));
    let script = vec![
        Pick(Some(INDICATORS)),
        // habitants-distincts is ignored already: amplitude-accueil first.
        Pick(Some(N_TARGET)),
        Type("50"),
        Pick(Some(KEEP)),
        Pick(Some(KEEP)), // qualite-accueil
        Pick(Some(KEEP)), // ecoute
        Pick(Some(2)),    // accueil-soir: its weight
        Type("3"),
        Pick(Some(KEEP)),
        Pick(Some(N_DROP)), // cafe-parents
        Pick(Some(KEEP)),
        Pick(Some(DROP)), // publics-fragilises
        Pick(Some(FINISH)),
        // The definition as it was: its translation stays.
        Type("Un lieu pour tous."),
        Tick(Vec::new()),
        Type(""),
        Type(""),
    ];
    let (changes, _, _) = walk(&grid, script);
    let text = written(Some(LOCAL), &changes);
    for kept in [
        "# Notre grille, écrite à la main.",
        "# Nous ne comptons pas les habitants.",
        "# Décidé en comité de pilotage.\n[override.amplitude-accueil]\ntarget = 50",
        "definition_en = \"A place for everyone.\"",
        "participants = 5",
    ] {
        assert!(text.contains(kept), "{kept}\n{text}");
    }
    assert!(!text.contains("cafe-parents"), "{text}");
    assert!(
        text.contains("help = \"Compter les soirées\"\nweight = 3"),
        "{text}"
    );
    assert!(
        text.contains(r#"ignore = ["habitants-distincts", "publics-fragilises"]"#),
        "{text}"
    );
    let adapted = reads_clean(&text);
    assert!(adapted.indicators().all(|(_, _, i)| i.id != "cafe-parents"));
}

#[test]
fn roles_are_ticked_in_a_list_and_an_empty_record_writes_none() {
    let mut grid = base();
    grid.roles = crate::grid::model::Role {
        id: "habitant".into(),
        label: crate::grid::model::Text::new("Habitant·e"),
        description: None,
        aliases: Vec::new(),
    }
    .pipe(|r| {
        vec![
            r.clone(),
            crate::grid::model::Role {
                id: "benevole".into(),
                ..r
            },
        ]
    });
    let (changes, _, _) = walk(
        &grid,
        vec![
            Pick(Some(FINISH)),
            Type(""),
            Tick(vec![1]),
            Type("3"),
            Type("2025-03"),
        ],
    );
    let record = changes.record.unwrap();
    assert_eq!(record.chosen_by, ["benevole"]);
    assert_eq!(record.chosen_on.as_deref(), Some("2025-03"));
    assert_eq!(record.definition, None);
    let (changes, _, _) = walk(
        &base(),
        vec![
            Pick(Some(FINISH)),
            Type(""),
            Tick(Vec::new()),
            Type(""),
            Type(""),
        ],
    );
    // Every answer empty but the date, which defaults to today.
    assert_eq!(
        changes.record.unwrap().chosen_on.as_deref(),
        Some("2025-03-14")
    );
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}

#[test]
fn dropping_a_criterion_takes_its_overrides_additions_and_ignored_children_along() {
    let (grid, _) = load("grille.toml", LOCAL.as_bytes());
    let script = vec![
        Pick(Some(DROP)),
        Pick(None),
        Type(""),
        Tick(Vec::new()),
        Type(""),
        Type(""),
    ];
    let (changes, _, _) = walk(&grid.unwrap(), script);
    let text = written(Some(LOCAL), &changes);
    // Its indicator was ignored, its other one overridden, two added under
    // it: all of it goes with the criterion.
    assert!(text.contains("ignore = [\"accueil-ecoute\"]"), "{text}");
    for gone in [
        "habitants-distincts",
        "amplitude-accueil",
        "[[domains]]",
        "accueil-soir",
    ] {
        assert!(!text.contains(gone), "{gone}\n{text}");
    }
    assert!(
        text.contains("# Nous ne comptons pas les habitants."),
        "{text}"
    );
    let adapted = reads_clean(&text);
    assert!(
        adapted.domains[0]
            .criteria
            .iter()
            .all(|c| c.id != "accueil-ecoute")
    );
}
