//! Headers as survey tools write them: below title rows, on two rows, with
//! the tools' own columns; and the column options of the command line.

use super::*;
use crate::diag::Code;
use crate::grid::{Grid, load};
use crate::input::mapping::Column;
use crate::input::table::{RowSource, read_rows};
use crate::input::{ColumnOptions, DataReport, ReadError, ReadOptions, csv};
use crate::score::Tally;

const GRID: &str = r#"
format = 1
id = "essai"
version = "1.0.0"
title = "Essai"
[scales.accord]
type = "levels"
levels = [{ id = "non", label = "Non", score = 0 }, { id = "oui", label = "Oui", score = 100 }]
[[domains]]
id = "d"
label = "D"
[[domains.criteria]]
id = "c"
label = "C"
[[domains.criteria.indicators]]
id = "accueil"
label = "Accueil"
label_en = "Welcome"
question = "Je me sens bien accueilli·e"
scale = "accord"
[[domains.criteria.indicators]]
id = "liens"
label = "Liens"
aliases = ["Q02"]
scale = "accord"
"#;

fn grid() -> Grid {
    let (grid, report) = load("g.toml", GRID.as_bytes());
    grid.unwrap_or_else(|| panic!("{report:?}"))
}

fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

fn names(grid: &Grid) -> HeaderNames {
    HeaderNames::new(&Tally::new(grid, false), &ColumnOptions::default())
}

/// Groups (action, period, role) and their responses, with the report.
fn read(text: &str, columns: ColumnOptions) -> (Vec<(String, String, String, u64)>, DataReport) {
    let grid = grid();
    let mut tally = Tally::new(&grid, true);
    let mut report = DataReport::default();
    let options = ReadOptions {
        columns,
        workers: Some(1),
        ..ReadOptions::default()
    };
    match csv::read_csv("t.csv", text.as_bytes(), &mut tally, &options, &mut report) {
        Ok(()) => {}
        Err(ReadError::Data(problem)) => report.problem(problem),
        Err(ReadError::Io(e)) => panic!("{e}"),
    }
    let cards = tally.finish();
    // Split by role, an action's `All` card pools its role cards: only
    // the groups of the data are compared (issue 12).
    let split = |c: &crate::score::Scorecard| {
        c.key.series == crate::score::Series::All
            && cards.iter().any(|r| {
                r.key.series == crate::score::Series::Role
                    && (&r.key.action, &r.key.period) == (&c.key.action, &c.key.period)
            })
    };
    let kept: Vec<_> = cards.iter().filter(|c| !split(c)).cloned().collect();
    let groups = kept
        .into_iter()
        .map(|c| {
            (
                c.key.action,
                c.key.period.unwrap_or_default(),
                c.key.role.unwrap_or_default(),
                c.responses,
            )
        })
        .collect();
    (groups, report)
}

#[test]
fn title_rows_are_skipped_and_the_question_over_its_options_is_combined() {
    let grid = grid();
    let table = rows(
        "Questionnaire 2025,,,,\n\
         Submission Details,,,Activités,\n\
         Serial,action,Welcome,Jardin,Cuisine\n\
         1,A,Oui,X,\n",
    );
    let header = find(&table, &names(&grid), None).unwrap();
    assert_eq!(header.row, 2);
    assert_eq!(header.data_start, 3);
    assert_eq!(
        header.cells,
        [
            "Serial",
            "action",
            "Welcome",
            "Activités [Jardin]",
            "Activités [Cuisine]"
        ]
    );
}

#[test]
fn a_second_row_of_responses_and_options_is_part_of_the_header() {
    let grid = grid();
    let table = rows(
        "Respondent ID,action,Je me sens bien accueilli·e ?,Activités,,Q02\n\
         ,,Response,Jardin,Cuisine,Response\n\
         1,A,Oui,Jardin,,Non\n",
    );
    let header = find(&table, &names(&grid), None).unwrap();
    assert_eq!((header.row, header.data_start), (0, 2));
    assert_eq!(
        header.cells,
        [
            "Respondent ID",
            "action",
            "Je me sens bien accueilli·e ?",
            "Activités [Jardin]",
            "Activités [Cuisine]",
            "Q02"
        ]
    );
}

#[test]
fn a_data_row_is_never_a_second_header_row() {
    let grid = grid();
    for text in [
        "action,accueil,liens\nA,Oui,Non\n",
        "action,accueil,,liens\nA,Oui,x,Non\n",
        "Respondent ID,action,accueil\n12,A,\n",
    ] {
        let header = find(&rows(text), &names(&grid), None).unwrap();
        assert_eq!((header.row, header.data_start), (0, 1), "{text}");
    }
}

#[test]
fn a_forced_header_row_wins_and_rows_past_the_end_are_none() {
    let grid = grid();
    let table = rows("titre\naction,accueil\nA,Oui\n");
    assert_eq!(find(&table, &names(&grid), None).unwrap().row, 1);
    assert_eq!(
        find(&table, &names(&grid), Some(0)).unwrap().cells,
        ["titre"]
    );
    assert_eq!(find(&table, &names(&grid), Some(5)), None);
}

#[test]
fn survey_exports_read_as_csv_and_as_rows() {
    let text = "Sondage,,\n\
                Respondent ID,action,Je me sens bien accueilli·e ?,Q02\n\
                ,,Response,Response\n\
                1,A,Oui,Non\n\
                2,A,Non,Non\n\
                3,B,Oui,\n";
    let (groups, report) = read(text, ColumnOptions::default());
    assert_eq!(
        groups,
        [
            ("A".into(), "".into(), "".into(), 2),
            ("B".into(), "".into(), "".into(), 1)
        ]
    );
    assert!(
        report.problems.is_empty() && report.warnings.is_empty(),
        "{report:?}"
    );

    /// A table held in memory, handed over row by row.
    struct Rows(std::vec::IntoIter<Vec<String>>, u64);
    impl RowSource for Rows {
        type Row = Vec<String>;
        fn header(&mut self) -> Result<Option<Vec<String>>, ReadError> {
            self.1 = 1;
            Ok(self.0.next())
        }
        fn next_row(&mut self) -> Result<Option<(u64, Vec<String>)>, ReadError> {
            self.1 += 1;
            Ok(self.0.next().map(|r| (self.1, r)))
        }
    }
    let grid = grid();
    let mut tally = Tally::new(&grid, false);
    let mut report = DataReport::default();
    let source = Rows(rows(text).into_iter(), 0);
    read_rows(
        "t.ods",
        source,
        &mut tally,
        &ReadOptions::default(),
        &mut report,
    )
    .unwrap();
    let cards = tally.finish();
    assert_eq!(
        cards.iter().map(|c| c.responses).collect::<Vec<_>>(),
        [2, 1]
    );
    assert!(
        report.problems.is_empty() && report.warnings.is_empty(),
        "{report:?}"
    );
}

#[test]
fn values_given_on_the_command_line_apply_only_to_files_without_the_column() {
    let given = ColumnOptions {
        action: Some("Jardin".into()),
        period: Some("2025".into()),
        role: Some("habitant".into()),
        ..ColumnOptions::default()
    };
    let (groups, _) = read("accueil,liens\nOui,Non\nNon,Non\n", given.clone());
    assert_eq!(
        groups,
        [("Jardin".into(), "2025".into(), "habitant".into(), 2)]
    );
    let (groups, _) = read("action,period,accueil\nA,2024,Oui\n", given);
    assert_eq!(groups, [("A".into(), "2024".into(), "habitant".into(), 1)]);
}

#[test]
fn named_columns_match_folded_and_a_missing_one_is_an_error() {
    let given = ColumnOptions {
        action_column: Some("quelle ACTION".into()),
        role_column: Some("Vous êtes".into()),
        ..ColumnOptions::default()
    };
    let text = "Quelle action ?,Vous êtes :,action,accueil,liens\nA,habitant,X,Oui,Oui\n";
    let (groups, report) = read(text, given.clone());
    assert_eq!(groups, [("A".into(), "".into(), "habitant".into(), 1)]);
    // The reserved `action` column is not read when another one is named.
    assert_eq!(report.warnings[0].code, Code::UnknownColumn);
    let (_, report) = read("Action menée,accueil,liens\nA,Oui,Oui\n", given.clone());
    assert_eq!(report.problems[0].code, Code::MissingColumn);
    assert!(report.problems[0].message.contains("Action menée"));
    // With a value for files without the column, that file takes it.
    let given = ColumnOptions {
        action: Some("B".into()),
        ..given
    };
    let text = "Action menée,Vous êtes,accueil,liens\nA,habitant,Oui,Oui\n";
    let (groups, report) = read(text, given);
    assert_eq!(groups, [("B".into(), "".into(), "habitant".into(), 1)]);
    assert!(report.problems.is_empty(), "{report:?}");
}

#[test]
fn tool_columns_are_quiet_and_few_indicators_warn() {
    let (_, report) = read(
        "Horodateur,_uuid,__version__,submitdate,Respondent ID,action,accueil,liens\n\
         x,x,x,x,x,A,Oui,Oui\n",
        ColumnOptions::default(),
    );
    assert!(report.warnings.is_empty(), "{report:?}");
    let (_, report) = read("action,Welcome\nA,Oui\n", ColumnOptions::default());
    assert!(
        report.warnings.is_empty(),
        "half of the grid is enough: {report:?}"
    );
    let grid = grid();
    let names = names(&grid);
    assert_eq!(names.column("q02 ?"), Column::Indicator(1));
    assert_eq!(names.column("ID"), Column::Tool);
    assert_eq!(names.column("groupe_1/groupe_2/Q02"), Column::Indicator(1));
    assert_eq!(names.column("meta/instanceID"), Column::Tool);
    assert_eq!(names.column("accueil/Q02"), Column::Unknown);
    assert_eq!(names.column("Âge"), Column::Unknown);
}

#[test]
fn blank_lines_above_the_header_do_not_shift_it() {
    for text in [
        "Enquête 2025\n\naction,accueil,liens\nA,Oui,Non\nA,Non,Non\n",
        "Enquête 2025\r\n\r\naction,accueil,liens\r\nA,Oui,Non\r\nA,Non,Non\r\n",
        "\naction,accueil,liens\nA,Oui,Non\nA,Non,Non\n",
    ] {
        let (groups, report) = read(text, ColumnOptions::default());
        assert_eq!(groups, [("A".into(), "".into(), "".into(), 2)], "{text:?}");
        assert!(report.problems.is_empty(), "{report:?}");
    }
}

#[test]
fn action_aliases_read_codes_as_the_action_they_name() {
    let aliases = [("a1", "couture"), ("atelier couture", "couture")]
        .into_iter()
        .map(|(a, id)| (crate::text::fold_header(a), id.to_owned()))
        .collect();
    let given = ColumnOptions {
        action_aliases: std::sync::Arc::new(aliases),
        ..ColumnOptions::default()
    };
    let text = "action,accueil\nA1,Oui\nAtelier_Couture,Non\njardin,Oui\n";
    let (groups, _) = read(text, given);
    assert_eq!(
        groups,
        [
            ("couture".into(), "".into(), "".into(), 2),
            ("jardin".into(), "".into(), "".into(), 1)
        ]
    );
}
