//! Co-évaluation in data: role values read against the grid's roles (one
//! finding per file for the values it does not know, whatever the workers
//! and the source), "ne sait pas" on the scales that take it, and
//! collective evaluation files as a series of their own.

use super::table::read_rows;
use super::*;
use crate::evaluation::{Entry, Evaluation, EvaluationKind, State, Value, apply};
use crate::grid::Grid;
use crate::grid::model::{Role, Text};
use crate::score::{Answer, Series, Status};

/// The input tests' grid with two roles of its own, and "ne sait pas"
/// allowed on the `accord` scale (set on the loaded grid: parsing them is
/// the grid's part).
fn coeval() -> Grid {
    let mut grid = super::tests::grid();
    let mut habitant = Text::new("Habitant·e");
    habitant.translations.insert("en".into(), "Resident".into());
    grid.roles = vec![
        Role {
            id: "habitant".into(),
            label: habitant,
            description: None,
            aliases: vec!["participant".into(), "usager".into()],
        },
        Role {
            id: "salarie".into(),
            label: Text::new("Salarié·e"),
            description: None,
            aliases: vec!["équipe".into()],
        },
    ];
    for scale in &mut grid.scales {
        scale.dont_know = scale.id == "accord";
    }
    grid
}

fn csv_into(
    grid: &Grid,
    text: &str,
    options: &ReadOptions,
    by_role: bool,
) -> (Vec<crate::score::Scorecard>, Vec<String>, DataReport) {
    let mut tally = Tally::new(grid, by_role);
    let mut report = DataReport::default();
    csv::read_csv("t.csv", text.as_bytes(), &mut tally, options, &mut report).unwrap();
    roles::report_unknown_roles(&mut report, "t.csv", grid, options.strict);
    // These files answer one indicator on purpose.
    report.warnings.retain(|w| w.code != Code::FewIndicators);
    if options.strict {
        report.problem_count -= report
            .problems
            .iter()
            .filter(|p| p.code == Code::FewIndicators)
            .count() as u64;
        report.problems.retain(|p| p.code != Code::FewIndicators);
    }
    let roles = tally.roles();
    (tally.finish(), roles, report)
}

/// The roles of the `Role` cards, in order.
fn role_cards(cards: &[crate::score::Scorecard]) -> Vec<(&str, u64)> {
    cards
        .iter()
        .filter(|c| c.key.series == Series::Role)
        .map(|c| (c.key.role.as_deref().unwrap_or(""), c.responses))
        .collect()
}

const SPELLINGS: &str = "action;role;accord\n\
                         A;Habitant·e;oui\n\
                         A;habitant-e;oui\n\
                         A;PARTICIPANT;non\n\
                         A; usager ;oui\n\
                         A;Resident;oui\n\
                         A;Salarié·e;non\n\
                         A;équipe;oui\n\
                         A;Stagiaire;oui\n\
                         A;;oui\n\
                         A;Stagiaire;non\n\
                         A;bénévole;oui\n";

#[test]
fn role_spellings_meet_their_grid_role_and_outputs_carry_ids() {
    let grid = coeval();
    let (cards, roles, report) = csv_into(&grid, SPELLINGS, &ReadOptions::default(), true);
    assert_eq!(roles, ["Stagiaire", "bénévole", "habitant", "salarie"]);
    assert_eq!(
        role_cards(&cards),
        [
            ("Stagiaire", 2),
            ("bénévole", 1),
            ("habitant", 5),
            ("salarie", 2)
        ]
    );
    // The row without a role is the structure's: in the action's card only.
    let (pooled, _, _) = csv_into(&grid, SPELLINGS, &ReadOptions::default(), false);
    assert_eq!(pooled.len(), 1);
    assert_eq!(
        (pooled[0].key.series, pooled[0].responses),
        (Series::All, 11)
    );
    assert_eq!(report.problem_count, 0);
    let [warning] = &report.warnings[..] else {
        panic!("{:?}", report.warnings)
    };
    assert_eq!(warning.code, Code::UnknownRole);
    assert_eq!((warning.line, warning.field), (1, Some(2)));
    // Most frequent first; the grid's roles are listed with their labels.
    let message = &warning.message;
    let stagiaire = message.find("`Stagiaire` (2 ").expect(message);
    let benevole = message.find("`bénévole` (1 ").expect(message);
    assert!(stagiaire < benevole, "{message}");
    let expected = warning.expected.as_deref().unwrap();
    assert!(expected.contains("`habitant` ("), "{expected}");
    assert!(expected.contains("`salarie` (Salarié·e)"), "{expected}");
}

#[test]
fn unknown_roles_are_counted_alike_by_every_worker_split_and_source() {
    let grid = coeval();
    let mut text = String::from("action;role;accord\n");
    for i in 0..500 {
        let role = ["Habitant·e", "Stagiaire", "habitant", "intrus"][i % 4];
        text.push_str(&format!("A{};{role};oui\n", i % 3));
    }
    let finding = |report: &DataReport| {
        let w = &report.warnings[0];
        (w.code, w.line, w.field, w.message.clone())
    };
    let one = ReadOptions {
        workers: Some(1),
        ..ReadOptions::default()
    };
    let (cards, _, report) = csv_into(&grid, &text, &one, true);
    let reference = finding(&report);
    assert!(reference.3.contains("`Stagiaire` (125 "), "{}", reference.3);
    assert!(reference.3.contains("`intrus` (125 "), "{}", reference.3);
    let reference_cards = format!("{cards:?}");
    for (workers, chunk_bytes) in [(2, 64), (2, 1000), (3, 200)] {
        let options = ReadOptions {
            workers: Some(workers),
            chunk_bytes: Some(chunk_bytes),
            ..ReadOptions::default()
        };
        let (cards, _, report) = csv_into(&grid, &text, &options, true);
        assert_eq!(report.warnings.len(), 1);
        assert_eq!(finding(&report), reference, "{workers} × {chunk_bytes}");
        assert_eq!(format!("{cards:?}"), reference_cards);
    }
    // Rows handed over one by one (spreadsheets) say the same.
    let mut lines = text
        .lines()
        .map(|l| l.split(';').map(str::to_owned).collect());
    let source = super::tests::Rows {
        header: lines.next(),
        rows: lines.collect::<Vec<_>>().into_iter(),
        line: 1,
    };
    let mut tally = Tally::new(&grid, true);
    let mut report = DataReport::default();
    read_rows("t.csv", source, &mut tally, &one, &mut report).unwrap();
    roles::report_unknown_roles(&mut report, "t.csv", &grid, false);
    report.warnings.retain(|w| w.code != Code::FewIndicators);
    assert_eq!(finding(&report), reference);
}

#[test]
fn strict_makes_unknown_roles_a_problem() {
    let grid = coeval();
    let strict = ReadOptions {
        strict: true,
        ..ReadOptions::default()
    };
    let (_, _, report) = csv_into(&grid, SPELLINGS, &strict, false);
    assert!(report.warnings.is_empty());
    assert_eq!(report.problem_count, 1);
    assert_eq!(report.problems[0].code, Code::UnknownRole);
    // Known spellings only: nothing to say.
    let known = "action;role;accord\nA;usager;oui\nA;Salariée;non\n";
    let (_, _, report) = csv_into(&grid, known, &strict, false);
    assert_eq!((report.problem_count, report.warnings.len()), (0, 0));
}

#[test]
fn a_role_given_for_files_without_a_role_column_is_resolved_too() {
    let grid = coeval();
    let mut options = ReadOptions::default();
    options.columns.role = Some("HABITANT·E".into());
    let (cards, roles, report) = csv_into(&grid, "action;accord\nA;oui\n", &options, true);
    assert_eq!(roles, ["habitant"]);
    assert_eq!(role_cards(&cards), [("habitant", 1)]);
    assert!(report.warnings.is_empty());
    options.columns.role = Some("Stagiaire".into());
    let (_, roles, report) = csv_into(&grid, "action;accord\nA;oui\n", &options, true);
    assert_eq!(roles, ["Stagiaire"]);
    // No role column: the finding is about the whole file.
    assert_eq!(
        (report.warnings[0].line, report.warnings[0].field),
        (0, None)
    );
}

#[test]
fn grids_without_roles_keep_free_roles_and_say_nothing() {
    let grid = super::tests::grid();
    let (_, roles, report) = csv_into(&grid, SPELLINGS, &ReadOptions::default(), true);
    // The built-in roles still read their labels (`participant`, `salarie`,
    // `benevole`); anything else is a role of its own, without a finding.
    assert!(roles.contains(&"participant".to_owned()), "{roles:?}");
    assert!(roles.contains(&"salarie".to_owned()), "{roles:?}");
    assert!(roles.contains(&"benevole".to_owned()), "{roles:?}");
    assert!(roles.contains(&"Habitant·e".to_owned()), "{roles:?}");
    assert!(roles.contains(&"habitant-e".to_owned()), "{roles:?}");
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

#[test]
fn dont_know_is_an_answer_only_where_the_scale_takes_it() {
    let grid = coeval();
    let text = "action;accord;bool\n\
                A;NSP;oui\n\
                A;ne sait pas;non\n\
                A;Je ne sais pas.;oui\n\
                A;I don’t know;oui\n\
                A;oui;nsp\n";
    let (cards, _, report) = csv_into(&grid, text, &ReadOptions::default(), false);
    // `bool` does not take it: today's invalid cell, with today's message.
    assert_eq!(report.problem_count, 1);
    let problem = &report.problems[0];
    assert_eq!((problem.code, problem.line), (Code::InvalidCell, 6));
    assert!(!problem.expected.as_deref().unwrap().contains("NSP"));
    let accord = &cards[0].indicators[0];
    assert_eq!((accord.values, accord.dont_know), (1, 4));
    assert_eq!(accord.node.score, Some(100.0));
    // Only "ne sait pas": no score, neither N/A nor scored.
    let (cards, _, _) = csv_into(
        &grid,
        "action;accord\nA;nsp\n",
        &ReadOptions::default(),
        false,
    );
    let accord = &cards[0].indicators[0];
    assert_eq!(accord.status, Status::Missing);
    assert_eq!((accord.node.scored, accord.node.scorable), (0, 1));
    // A scale that takes it says so when a value does not fit.
    let (_, _, report) = csv_into(
        &grid,
        "action;accord\nA;bof\n",
        &ReadOptions::default(),
        false,
    );
    let expected = report.problems[0].expected.as_deref().unwrap();
    assert!(expected.contains("NSP"), "{expected}");
    // A level called so stays that level.
    let mut own = coeval();
    if let crate::grid::model::ScaleKind::Levels(levels) = &mut own.scales[0].kind {
        levels[0].aliases.push("NSP".into());
    }
    let (cards, _, _) = csv_into(
        &own,
        "action;accord\nA;nsp\n",
        &ReadOptions::default(),
        false,
    );
    assert_eq!(cards[0].indicators[0].dont_know, 0);
}

#[test]
fn the_dont_know_tokens_read_folded() {
    for token in scale::DONT_KNOW_TOKENS {
        assert!(scale::is_dont_know(token), "{token}");
        assert!(scale::is_dont_know(&token.to_uppercase()), "{token}");
    }
    for other in ["Ne sait pas !", "  NSP ", "Don’t know", "je  ne sais pas"] {
        assert!(scale::is_dont_know(other), "{other}");
    }
    for other in ["sait pas", "non", "ns", "know"] {
        assert!(!scale::is_dont_know(other), "{other}");
    }
}

fn evaluation(grid: &Grid, role: Option<&str>, kind: EvaluationKind) -> Evaluation {
    let mut e = Evaluation::new(
        grid,
        "A".into(),
        None,
        role.map(str::to_owned),
        None,
        "2026-01-01".into(),
    );
    e.kind = kind;
    e.set(
        grid,
        Entry {
            indicator: "accord".into(),
            value: Some(Value::Text("oui".into())),
            ..Entry::default()
        },
    );
    e
}

#[test]
fn evaluation_files_resolve_their_role_and_collectives_are_a_series() {
    let grid = coeval();
    let files = [
        ("a.toml", Some("Usager"), EvaluationKind::Individual),
        ("b.toml", Some("équipe"), EvaluationKind::Collective),
        ("c.toml", None, EvaluationKind::Collective),
        ("d.toml", None, EvaluationKind::Individual),
    ];
    let read = |by_role: bool| {
        let mut tally = Tally::new(&grid, by_role);
        let mut report = DataReport::default();
        for (name, role, kind) in files {
            let file = evaluation(&grid, role, kind);
            apply(name, &file, &grid, &mut tally, &mut report).unwrap();
            roles::report_unknown_roles(&mut report, name, &grid, false);
        }
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        tally
            .finish()
            .into_iter()
            .map(|c| (c.key.series, c.key.role, c.responses))
            .collect::<Vec<_>>()
    };
    // The individual files pool (the one with a role and the structure's);
    // the collective ones are a series of their own.
    assert_eq!(
        read(false),
        [(Series::All, None, 2), (Series::Collective, None, 2)]
    );
    let by_role: Vec<_> = read(true)
        .into_iter()
        .filter(|(series, _, _)| *series != Series::All)
        .collect();
    assert_eq!(
        by_role,
        [
            (Series::Role, Some("habitant".to_owned()), 1),
            (Series::Collective, None, 1),
            (Series::Collective, Some("salarie".to_owned()), 1),
        ]
    );
    // An unknown role in an evaluation file is named, without a count.
    let mut report = DataReport::default();
    let mut tally = Tally::new(&grid, false);
    let file = evaluation(&grid, Some("Stagiaire"), EvaluationKind::Individual);
    apply("e.toml", &file, &grid, &mut tally, &mut report).unwrap();
    roles::report_unknown_roles(&mut report, "e.toml", &grid, false);
    let warning = &report.warnings[0];
    assert_eq!(warning.code, Code::UnknownRole);
    assert!(
        warning.message.ends_with("`Stagiaire`"),
        "{}",
        warning.message
    );
}

#[test]
fn a_dont_know_status_counts_only_where_the_scale_takes_it() {
    let grid = coeval();
    let mut file = evaluation(&grid, None, EvaluationKind::Individual);
    for id in ["accord", "bool"] {
        file.set(
            &grid,
            Entry {
                indicator: id.into(),
                status: Some(State::DontKnow),
                ..Entry::default()
            },
        );
    }
    let mut tally = Tally::new(&grid, false);
    let mut report = DataReport::default();
    apply("e.toml", &file, &grid, &mut tally, &mut report).unwrap();
    assert_eq!(report.problem_count, 1);
    let problem = &report.problems[0];
    assert_eq!(
        (problem.code, problem.file.as_str()),
        (Code::InvalidCell, "e.toml")
    );
    assert!(problem.message.contains("`bool`"), "{}", problem.message);
    let expected = problem.expected.as_deref().unwrap();
    assert!(expected.contains("`oui-non`"), "{expected}");
    assert!(expected.contains("dont_know = true"), "{expected}");
    let cards = tally.finish();
    assert_eq!(cards[0].indicators[0].dont_know, 1);
    assert_eq!(
        crate::evaluation::answer(
            &grid,
            grid.indicators().next().unwrap().2,
            file.entry("accord")
        ),
        Ok(Answer::DontKnow)
    );
}
