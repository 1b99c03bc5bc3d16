//! Inputs agree: a value means the same in a CSV cell and in an evaluation
//! file, and a table gives the same scores whether CSV bytes or rows handed
//! over one by one (as a spreadsheet reader will) carry it.

use super::table::{RowSource, read_rows};
use super::*;
use crate::evaluation::{Entry, Value, apply};
use crate::grid::{Grid, load};
use crate::score::Answer;

const GRID: &str = r#"
format = 1
id = "essai"
version = "1.0.0"
title = "Essai"
[scales.accord]
type = "levels"
levels = [{ id = "non", label = "Pas du tout", label_en = "Not at all" }, { id = "oui", label = "Tout à fait", label_en = "Completely" }]
[scales.oui-non]
type = "boolean"
[scales.compte]
type = "number"
min = 0
max = 10
integer = true
target = 10
unit = "personnes"
[scales.texte]
type = "text"
[[domains]]
id = "d"
label = "D"
[[domains.criteria]]
id = "c"
label = "C"
[[domains.criteria.indicators]]
id = "accord"
label = "A"
scale = "accord"
[[domains.criteria.indicators]]
id = "bool"
label = "B"
scale = "oui-non"
[[domains.criteria.indicators]]
id = "compte"
label = "N"
scale = "compte"
[[domains.criteria.indicators]]
id = "verbatim"
label = "V"
scale = "texte"
"#;

/// The grid of these tests, also used by `scale`'s.
pub(crate) fn grid() -> Grid {
    let (grid, report) = load("g.toml", GRID.as_bytes());
    grid.unwrap_or_else(|| panic!("{report:?}"))
}

fn index(grid: &Grid, id: &str) -> usize {
    grid.indicators().position(|(_, _, i)| i.id == id).unwrap()
}

/// The answer one CSV cell gives, or `None` when it is refused.
fn via_csv(grid: &Grid, id: &str, cell: &str) -> Option<f64> {
    let mut tally = Tally::new(grid, false);
    let mut report = DataReport::default();
    let data = format!("action;{id}\nA;{cell}\n");
    csv::read_csv(
        "d.csv",
        data.as_bytes(),
        &mut tally,
        &ReadOptions::default(),
        &mut report,
    )
    .unwrap();
    score_of(grid, id, tally, &report)
}

/// The answer one evaluation-file value gives, or `None` when it is refused.
fn via_evaluation(grid: &Grid, id: &str, value: Value) -> Option<f64> {
    let mut tally = Tally::new(grid, false);
    let mut report = DataReport::default();
    let mut evaluation =
        crate::evaluation::Evaluation::new(grid, "A".into(), None, None, None, "2026-01-01".into());
    evaluation.set(
        grid,
        Entry {
            indicator: id.into(),
            value: Some(value),
            ..Entry::default()
        },
    );
    apply("e.toml", &evaluation, grid, &mut tally, &mut report).unwrap();
    score_of(grid, id, tally, &report)
}

fn score_of(grid: &Grid, id: &str, tally: Tally<'_>, report: &DataReport) -> Option<f64> {
    if report.problem_count > 0 {
        assert_eq!(report.problems[0].code, Code::InvalidCell);
        return None;
    }
    let cards = tally.finish();
    let node = &cards[0].indicators[index(grid, id)].node;
    Some(node.score.unwrap_or(f64::NAN))
}

#[test]
fn a_value_means_the_same_in_a_csv_and_an_evaluation_file() {
    let grid = grid();
    let cases: &[(&str, &str, bool)] = &[
        ("accord", "oui", true),
        ("accord", "Tout à fait", true),
        // A translated label: only CSV accepted it before.
        ("accord", "Completely", true),
        ("accord", "peut-être", false),
        ("bool", "oui", true),
        ("bool", "Faux", true),
        ("bool", "bof", false),
        ("compte", "7", true),
        ("compte", "7 personnes", true),
        // A decimal on an integer scale: only CSV refused it before.
        ("compte", "7,5", false),
        ("compte", "11", false),
        ("compte", "beaucoup", false),
    ];
    for &(id, text, accepted) in cases {
        let csv = via_csv(&grid, id, text);
        let evaluation = via_evaluation(&grid, id, Value::Text(text.into()));
        assert_eq!(csv.is_some(), accepted, "CSV `{text}` for {id}");
        assert_eq!(
            csv.map(f64::to_bits),
            evaluation.map(f64::to_bits),
            "`{text}` for {id}"
        );
    }
    // Typed TOML values go by the same rules as their spelling in a cell.
    let typed = [
        ("bool", Value::Bool(true), "true"),
        ("bool", Value::Number(0.0), "0"),
        ("compte", Value::Number(7.0), "7"),
        ("compte", Value::Number(7.5), "7.5"),
        ("compte", Value::Number(-1.0), "-1"),
    ];
    for (id, value, spelled) in typed {
        assert_eq!(
            via_evaluation(&grid, id, value.clone()).map(f64::to_bits),
            via_csv(&grid, id, spelled).map(f64::to_bits),
            "{value:?} for {id}"
        );
    }
}

#[test]
fn the_prompt_reads_numbers_by_the_same_rules() {
    let grid = grid();
    let (_, _, indicator) = grid.indicators().nth(index(&grid, "compte")).unwrap();
    let rules = scale::ScaleRules::new(&grid, indicator);
    assert_eq!(rules.read(scale::Raw::Text(" 7 ")), Ok(Answer::Value(7.0)));
    assert!(rules.read(scale::Raw::Text("7,5")).is_err());
    assert_eq!(via_csv(&grid, "compte", "7,5"), None);
}

/// A table held in memory, handed over row by row.
pub(super) struct Rows {
    pub(super) header: Option<Vec<String>>,
    pub(super) rows: std::vec::IntoIter<Vec<String>>,
    pub(super) line: u64,
}

impl RowSource for Rows {
    type Row = Vec<String>;

    fn header(&mut self) -> Result<Option<Vec<String>>, ReadError> {
        Ok(self.header.take())
    }

    fn next_row(&mut self) -> Result<Option<(u64, Vec<String>)>, ReadError> {
        self.line += 1;
        Ok(self.rows.next().map(|row| (self.line, row)))
    }
}

#[test]
fn rows_handed_over_one_by_one_read_as_csv_does() {
    let grid = grid();
    let text = "action;period;accord;bool;compte;verbatim\n\
                A;2024;oui;non;3;Bien;\n\
                A;2024;Completely;oui;12;;\n\
                B;2025;non;o;n/a;Mieux;\n\
                ;2025;non;o;2;;\n\
                B;2025;non;o;2;;oups\n";
    let options = ReadOptions {
        workers: Some(1),
        ..ReadOptions::default()
    };
    let mut from_csv = Tally::new(&grid, false);
    from_csv.keep_texts();
    let mut csv_report = DataReport::default();
    csv::read_csv(
        "t.csv",
        text.as_bytes(),
        &mut from_csv,
        &options,
        &mut csv_report,
    )
    .unwrap();

    let mut lines = text
        .lines()
        .map(|l| l.split(';').map(str::to_owned).collect());
    let source = Rows {
        header: lines.next(),
        rows: lines.collect::<Vec<_>>().into_iter(),
        line: 1,
    };
    let mut from_rows = Tally::new(&grid, false);
    from_rows.keep_texts();
    let mut rows_report = DataReport::default();
    read_rows("t.csv", source, &mut from_rows, &options, &mut rows_report).unwrap();

    let located = |r: &DataReport| -> Vec<(Code, u64, Option<usize>)> {
        r.problems
            .iter()
            .map(|p| (p.code, p.line, p.field))
            .collect()
    };
    assert_eq!(located(&csv_report), located(&rows_report));
    assert_eq!(
        located(&csv_report),
        [
            (Code::InvalidCell, 3, Some(5)),
            (Code::EmptyAction, 5, Some(1)),
            (Code::ExtraCells, 6, Some(7)),
        ]
    );
    assert_eq!(csv_report.warnings.len(), rows_report.warnings.len());
    assert_eq!(
        format!("{:?}", from_csv.finish()),
        format!("{:?}", from_rows.finish())
    );
}

/// Reads `bytes` as an input of unknown kind; the error's finding code, if any.
fn via_bytes(grid: &Grid, bytes: &[u8]) -> Result<Option<f64>, Code> {
    let mut tally = Tally::new(grid, false);
    let mut report = DataReport::default();
    match read_table("d", bytes, &mut tally, &ReadOptions::default(), &mut report) {
        Ok(()) => Ok(score_of(grid, "compte", tally, &report)),
        Err(ReadError::Data(problem)) => Err(problem.code),
        Err(ReadError::Io(e)) => panic!("{e}"),
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        if big_endian {
            bytes.extend_from_slice(&unit.to_be_bytes());
        } else {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
    }
    bytes
}

#[test]
fn utf16_with_a_byte_order_mark_reads_as_utf8_does() {
    let grid = grid();
    let text = "action\tcompte\r\nAtelier é\t4\r\nAtelier é\t8\r\n";
    assert_eq!(via_bytes(&grid, text.as_bytes()), Ok(Some(60.0)));
    assert_eq!(via_bytes(&grid, &utf16(text, false)), Ok(Some(60.0)));
    assert_eq!(via_bytes(&grid, &utf16(text, true)), Ok(Some(60.0)));
    // Without a byte order mark, UTF-16 is still refused as binary.
    let bare = &utf16(text, false)[2..];
    assert_eq!(via_bytes(&grid, bare), Err(Code::BinaryData));
}

#[test]
fn other_kinds_are_refused_by_their_bytes() {
    let grid = grid();
    // An OLE file that calamine cannot open as a workbook: a .doc, a .ppt.
    let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    doc.resize(1024, 0);
    assert_eq!(via_bytes(&grid, &doc), Err(Code::NotSurveyData));
    assert_eq!(
        via_bytes(&grid, b"%PDF-1.7\n%\xE2\xE3"),
        Err(Code::NotSurveyData)
    );
    assert_eq!(
        via_bytes(&grid, b"\x89PNG\r\n\x1a\n\0\0"),
        Err(Code::NotSurveyData)
    );
    assert_eq!(
        via_bytes(&grid, b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"),
        Err(Code::NotSurveyData)
    );
    // Short files are text, whatever their first bytes.
    assert_eq!(via_bytes(&grid, b"PK"), Err(Code::MissingActionColumn));
}

/// Findings in a workbook give the sheet's own row and column, wherever the
/// table starts on the sheet; dates and whole numbers read as shown.
#[test]
fn a_sheet_reads_as_csv_does_with_its_own_row_and_column_numbers() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

    let grid = grid();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Réponses").unwrap();
    // The table starts at B3; a blank row inside it is skipped.
    for (c, h) in ["action", "period", "compte", "accord"].iter().enumerate() {
        sheet.write_string(2, 1 + c as u16, *h).unwrap();
    }
    let day = ExcelDateTime::from_ymd(2025, 3, 15).unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_string(3, 1, "A").unwrap();
    sheet.write_datetime_with_format(3, 2, &day, &date).unwrap();
    sheet.write_number(3, 3, 4.0).unwrap();
    sheet.write_string(3, 4, "oui").unwrap();
    sheet.write_string(5, 1, "A").unwrap();
    sheet.write_datetime_with_format(5, 2, &day, &date).unwrap();
    sheet.write_number(5, 3, 8.0).unwrap();
    sheet.write_string(5, 4, "peut-être").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();

    let mut tally = Tally::new(&grid, false);
    let mut report = DataReport::default();
    read_table(
        "r.xlsx",
        bytes.as_slice(),
        &mut tally,
        &ReadOptions::default(),
        &mut report,
    )
    .unwrap();
    assert_eq!(report.problem_count, 1);
    let problem = &report.problems[0];
    assert_eq!(problem.file, "r.xlsx[Réponses]");
    assert_eq!(
        (problem.line, problem.field),
        (6, Some(5)),
        "row 6, column E"
    );
    assert!(problem.message.contains("peut-être"), "{}", problem.message);
    let cards = tally.finish();
    assert_eq!(cards[0].key.period.as_deref(), Some("2025-03-15"));
    let compte = &cards[0].indicators[index(&grid, "compte")].node;
    assert_eq!(compte.score, Some(60.0));
}

/// The problems (code, line) of a read, and the periods of its groups.
type Dated = (Vec<(Code, u64)>, Vec<Option<String>>);

/// Reads `text` as CSV (chunks of `chunk_bytes`) and as rows handed over one
/// by one, with periods from the `quand` column by quarter.
fn read_dated(text: &str, chunk_bytes: usize) -> [Dated; 2] {
    let grid = grid();
    let options = ReadOptions {
        workers: Some(1),
        chunk_bytes: Some(chunk_bytes),
        period_from: Some("Quand".to_owned()),
        period_by: crate::period::PeriodBy::Quarter,
        ..ReadOptions::default()
    };
    let outcome = |tally: Tally<'_>, report: DataReport| {
        (
            report.problems.iter().map(|p| (p.code, p.line)).collect(),
            tally.finish().into_iter().map(|c| c.key.period).collect(),
        )
    };
    let mut from_csv = Tally::new(&grid, false);
    let mut csv_report = DataReport::default();
    let csv = match csv::read_csv(
        "t.csv",
        text.as_bytes(),
        &mut from_csv,
        &options,
        &mut csv_report,
    ) {
        Ok(()) => outcome(from_csv, csv_report),
        Err(ReadError::Data(p)) => (vec![(p.code, p.line)], Vec::new()),
        Err(ReadError::Io(e)) => panic!("{e}"),
    };
    let mut lines = text
        .lines()
        .map(|l| l.split(';').map(str::to_owned).collect());
    let source = Rows {
        header: lines.next(),
        rows: lines.collect::<Vec<_>>().into_iter(),
        line: 1,
    };
    let mut from_rows = Tally::new(&grid, false);
    let mut rows_report = DataReport::default();
    let rows = match read_rows("t.csv", source, &mut from_rows, &options, &mut rows_report) {
        Ok(()) => outcome(from_rows, rows_report),
        Err(ReadError::Data(p)) => (vec![(p.code, p.line)], Vec::new()),
        Err(ReadError::Io(e)) => panic!("{e}"),
    };
    [csv, rows]
}

#[test]
fn periods_from_dates_settle_the_order_from_the_first_rows() {
    // 07/01/2025 is July (month first, settled by line 3), not January.
    let text = "action;quand;accord\n\
                A;07/01/2025 9:00:00 AM;oui\n\
                A;03/15/2025 9:00:00 AM;oui\n\
                A;2024-12-31T23:50:00+01:00;non\n";
    for read in read_dated(text, 1 << 20) {
        assert_eq!(
            read,
            (
                vec![],
                vec![
                    Some("2024-T4".into()),
                    Some("2025-T1".into()),
                    Some("2025-T3".into())
                ]
            )
        );
    }
    // Both orders in the first rows: the file is refused at the second.
    let text = "action;quand;accord\nA;15/03/2025;oui\nA;03/15/2025;oui\n";
    for read in read_dated(text, 1 << 20) {
        assert_eq!(read.0, [(Code::DateOrder, 3)]);
    }
}

#[test]
fn a_later_date_against_the_settled_order_is_a_finding_on_its_line() {
    // The CSV reader settles day first from its first chunk (the first 64 KiB
    // at least: 3000 rows); the last line, in a later chunk, reads month first.
    let mut text = String::from("action;quand;accord\nA;15/03/2025 - 10:23;oui\n");
    for _ in 0..3000 {
        text.push_str("A;01/06/2025 - 10:23;oui\n");
    }
    text.push_str("A;03/16/2025 - 10:23;oui\n");
    let [csv, rows] = read_dated(&text, 1 << 12);
    assert_eq!(csv.0, [(Code::InvalidDate, 3003)]);
    assert_eq!(csv.1, [Some("2025-T1".into()), Some("2025-T2".into())]);
    // Rows handed over are settled from their first 10 000.
    assert_eq!(rows.0, [(Code::DateOrder, 3003)]);
}
