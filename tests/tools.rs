//! One questionnaire exported by LimeSurvey, KoboToolbox and Google Forms in their
//! usual settings, generated here so that the files of `tests/cmd/exports/tools.in/`
//! (and their copies in `docs/exports.in/`) are reproducible:
//! [`fixtures_are_generated`] fails when a committed file differs from what this
//! file writes. Run with `UTILSOC_WRITE_FIXTURES=1` to write them.
//!
//! Every export holds the same 24 responses ([`ROWS`]), so every one must give the
//! same scores: the hand computation is in `tests/cmd/exports/tools-*.toml`.
//! Layouts follow the tools' documentation: LimeSurvey's "answer codes" +
//! "question code" headings (`Q05[SQ001]`, `Y` or empty) and its "full answers" +
//! "full question text" variant; KoboToolbox's XML values with group paths and
//! select_multiple as a space-joined cell plus `q/option` 1/0 columns (XLSX, and
//! CSV with `;`); Google Forms' `Horodateur`, question texts and checkboxes joined
//! by `, `, one form per action.

mod fixtures;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

const SANDBOX: &str = "tests/cmd/exports/tools.in";
const DOCS: &str = "docs/exports.in";

const CUISINE: &str = "Atelier cuisine";
const SORTIES: &str = "Sorties familles";

/// `accueil`/`liens` answers: level rank 0-3, [`NA`] or [`NONE`] (left blank).
const NA: u8 = 4;
const NONE: u8 = 5;

/// One response: action, year, month, day, accueil, liens, recommande
/// (Some(yes)/None), visits this term, ticked options (bénévolat, formations,
/// sorties), comment.
type Row = (
    &'static str,
    u16,
    u8,
    u8,
    u8,
    u8,
    Option<bool>,
    Option<u32>,
    [bool; 3],
    &'static str,
);

const T: bool = true;
const F: bool = false;

#[rustfmt::skip]
const ROWS: [Row; 24] = [
    (CUISINE, 2024, 3, 4, 3, 2, Some(T), Some(4), [T, T, F], "Très bonne ambiance"),
    (CUISINE, 2024, 3, 5, 2, 2, Some(T), Some(6), [F, T, F], ""),
    (CUISINE, 2024, 3, 7, 3, 1, Some(F), Some(2), [F, F, F], ""),
    (CUISINE, 2024, 3, 11, NA, 3, Some(T), Some(8), [T, F, T], "Merci à l'équipe"),
    (CUISINE, 2024, 3, 12, 1, 0, None, None, [F, T, F], ""),
    (CUISINE, 2024, 3, 14, 2, 2, Some(T), Some(5), [F, T, T], ""),
    (CUISINE, 2025, 3, 10, 3, 3, Some(T), Some(7), [T, T, T], "Les ateliers, c'est super"),
    (CUISINE, 2025, 3, 11, 3, 2, Some(T), Some(8), [F, T, F], ""),
    (CUISINE, 2025, 3, 12, 2, NA, Some(T), Some(6), [T, F, F], ""),
    (CUISINE, 2025, 3, 13, 2, 3, Some(F), Some(3), [F, F, F], ""),
    (CUISINE, 2025, 3, 17, 3, 2, Some(T), Some(4), [F, T, T], ""),
    (CUISINE, 2025, 3, 18, NONE, 3, Some(T), Some(8), [T, T, F], ""),
    (SORTIES, 2024, 4, 2, 2, 3, Some(T), Some(2), [F, F, T], ""),
    (SORTIES, 2024, 4, 3, 1, 2, Some(F), Some(1), [F, F, F], ""),
    (SORTIES, 2024, 4, 8, 2, 3, Some(T), Some(3), [F, F, T], "Plus de sorties, svp"),
    (SORTIES, 2024, 4, 9, 3, 3, Some(T), Some(0), [T, F, T], ""),
    (SORTIES, 2024, 4, 15, NA, 1, Some(T), Some(2), [F, F, T], ""),
    (SORTIES, 2024, 4, 16, 2, 2, None, None, [F, F, F], ""),
    (SORTIES, 2025, 4, 1, 3, 3, Some(T), Some(4), [F, F, T], ""),
    (SORTIES, 2025, 4, 2, 3, 3, Some(T), Some(5), [F, T, T], ""),
    (SORTIES, 2025, 4, 7, 2, 2, Some(T), Some(3), [T, F, T], ""),
    (SORTIES, 2025, 4, 8, 3, NA, Some(T), Some(6), [F, F, T], ""),
    (SORTIES, 2025, 4, 14, 1, 3, Some(F), Some(2), [F, F, F], ""),
    (SORTIES, 2025, 4, 15, 3, 2, Some(T), Some(4), [F, F, T], "On se sent en famille"),
];

const Q_ACCUEIL: &str = "L'accueil est chaleureux";
const Q_LIENS: &str = "J'ai rencontré de nouvelles personnes au centre";
const Q_RECOMMANDE: &str = "Recommanderiez-vous le centre à un proche ?";
const Q_VENUES: &str = "Combien de fois êtes-vous venu·e ce trimestre ?";
const Q_PARTICIPATION: &str = "Comment participez-vous à la vie du centre ?";
const Q_COMMENTAIRE: &str = "Un mot pour l'équipe ?";

const LABELS: [&str; 5] = [
    "Pas du tout d'accord",
    "Plutôt pas d'accord",
    "Plutôt d'accord",
    "Tout à fait d'accord",
    "Non concerné",
];
const KOBO_LEVELS: [&str; 5] = [
    "pas_du_tout_d_accord",
    "plutot_pas_d_accord",
    "plutot_d_accord",
    "tout_a_fait_d_accord",
    "non_concerne",
];
const OPTIONS: [&str; 3] = [
    "Du bénévolat",
    "Des formations, ateliers",
    "Des sorties familiales",
];
const KOBO_OPTIONS: [&str; 3] = ["benevolat", "formation", "sorties"];

fn level(rank: u8, names: &[&str]) -> String {
    if rank == NONE {
        String::new()
    } else {
        names[usize::from(rank)].to_string()
    }
}

fn visits(row: &Row) -> String {
    row.7.map(|v| v.to_string()).unwrap_or_default()
}

/// A CSV line, every field quoted (`all`) or only those that need it.
fn line(fields: &[String], sep: char, all: bool) -> String {
    let cells: Vec<String> = fields
        .iter()
        .map(|f| {
            if all || f.contains([sep, '"', '\n']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    cells.join(&sep.to_string()) + "\n"
}

fn strings(fields: &[&str]) -> Vec<String> {
    fields.iter().map(|s| s.to_string()).collect()
}

/// LimeSurvey's start of every response; `texts` for the "full" headings.
fn limesurvey(texts: bool) -> Vec<u8> {
    let mut header = if texts {
        strings(&[
            "ID de la réponse",
            "Date de soumission",
            "Dernière page",
            "Langue de départ",
            "Tête de série",
            "Action",
            Q_ACCUEIL,
            Q_LIENS,
            Q_RECOMMANDE,
            Q_VENUES,
        ])
    } else {
        strings(&[
            "id",
            "submitdate",
            "lastpage",
            "startlanguage",
            "seed",
            "action",
            "Q01",
            "Q02",
            "Q03",
            "Q04",
        ])
    };
    for (i, option) in OPTIONS.iter().enumerate() {
        header.push(if texts {
            format!("{Q_PARTICIPATION} [{option}]")
        } else {
            format!("Q05[SQ00{}]", i + 1)
        });
    }
    header.push(if texts { Q_COMMENTAIRE } else { "Q06" }.to_string());
    let codes = ["A1", "A2", "A3", "A4", "A5"];
    let mut out = line(&header, ',', true);
    for (i, row) in ROWS.iter().enumerate() {
        let (action, year, month, day, accueil, liens, recommande, _, ticks, comment) = *row;
        let names: &[&str] = if texts { &LABELS } else { &codes };
        let mut fields = vec![
            (i + 1).to_string(),
            format!(
                "{year}-{month:02}-{day:02} 1{}:{:02}:{:02}",
                i % 8,
                i * 2,
                i
            ),
            "3".to_string(),
            "fr".to_string(),
            (1_000 + 37 * i).to_string(),
            action.to_string(),
            level(accueil, names),
            level(liens, names),
            match (recommande, texts) {
                (None, _) => String::new(),
                (Some(yes), true) => if yes { "Oui" } else { "Non" }.to_string(),
                (Some(yes), false) => if yes { "Y" } else { "N" }.to_string(),
            },
            visits(row),
        ];
        for tick in ticks {
            fields.push(match (tick, texts) {
                (false, _) => String::new(),
                (true, true) => "Oui".to_string(),
                (true, false) => "Y".to_string(),
            });
        }
        fields.push(comment.to_string());
        out += &line(&fields, ',', true);
    }
    out.into_bytes()
}

/// KoboToolbox's columns, "XML values and headers", group names in headers.
fn kobo_rows() -> Vec<Vec<String>> {
    let mut header = strings(&[
        "start",
        "end",
        "action",
        "grp_accueil/accueil",
        "grp_accueil/liens",
        "grp_accueil/recommande",
        "grp_participation/venues",
        "grp_participation/participation",
    ]);
    for option in KOBO_OPTIONS {
        header.push(format!("grp_participation/participation/{option}"));
    }
    header.extend(strings(&[
        "mot_equipe",
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_index",
    ]));
    let mut rows = vec![header];
    for (i, row) in ROWS.iter().enumerate() {
        let (action, year, month, day, accueil, liens, recommande, _, ticks, comment) = *row;
        let start = format!("{year}-{month:02}-{day:02}T10:{:02}:00.000+01:00", i * 2);
        let mut fields = vec![
            start.clone(),
            start.replace("T10:", "T11:"),
            action.to_string(),
            level(accueil, &KOBO_LEVELS),
            level(liens, &KOBO_LEVELS),
            match recommande {
                None => String::new(),
                Some(true) => "oui_sans_hesiter".to_string(),
                Some(false) => "non_pas_vraiment".to_string(),
            },
            visits(row),
        ];
        let ticked: Vec<&str> = (0..3)
            .filter(|&o| ticks[o])
            .map(|o| KOBO_OPTIONS[o])
            .collect();
        fields.push(ticked.join(" "));
        for tick in ticks {
            fields.push(if tick { "1" } else { "0" }.to_string());
        }
        fields.extend([
            comment.to_string(),
            (52_300 + i).to_string(),
            format!("8a1f3c2e-4b7d-4c1e-9a3f-{:012x}", (i + 1) * 7919),
            start.replace("T10:", "T09:")[..19].to_string(),
            String::new(),
            (i + 1).to_string(),
        ]);
        rows.push(fields);
    }
    rows
}

fn kobo_csv() -> Vec<u8> {
    kobo_rows()
        .iter()
        .map(|r| line(r, ';', true))
        .collect::<String>()
        .into_bytes()
}

/// The XLSX export: numbers as numbers, every other cell as text (Kobo writes
/// its dates as ISO text).
fn kobo_xlsx() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2025, 5, 1).unwrap();
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let sheet = workbook.add_worksheet();
    sheet.set_name("Questionnaire participants").unwrap();
    for (r, row) in kobo_rows().iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(n) if r > 0 => sheet.write_number(r, c, n).unwrap(),
                _ => sheet.write_string(r, c, cell).unwrap(),
            };
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// Google Forms, one form per action: the answers' texts, `Horodateur`.
fn google(action: &str) -> Vec<u8> {
    let header = strings(&[
        "Horodateur",
        Q_ACCUEIL,
        Q_LIENS,
        Q_RECOMMANDE,
        Q_VENUES,
        Q_PARTICIPATION,
        Q_COMMENTAIRE,
    ]);
    let mut out = line(&header, ',', false);
    for (i, row) in ROWS.iter().enumerate().filter(|(_, r)| r.0 == action) {
        let (_, year, month, day, accueil, liens, recommande, _, ticks, comment) = *row;
        let hour = 9 + i % 3;
        let ticked: Vec<&str> = (0..3).filter(|&o| ticks[o]).map(|o| OPTIONS[o]).collect();
        let fields = vec![
            format!("{year}/{month:02}/{day:02} {hour}:{:02}:45 AM UTC+1", i * 2),
            level(accueil, &LABELS),
            level(liens, &LABELS),
            match recommande {
                None => String::new(),
                Some(true) => "Oui, sans hésiter".to_string(),
                Some(false) => "Non, pas vraiment".to_string(),
            },
            visits(row),
            ticked.join(", "),
            comment.to_string(),
        ];
        out += &line(&fields, ',', false);
    }
    out.into_bytes()
}

/// Every generated file and where it goes: the test folder, and the docs'.
fn fixtures() -> Vec<(String, Vec<u8>)> {
    let files = [
        ("limesurvey-codes.csv", limesurvey(false)),
        ("limesurvey-texts.csv", limesurvey(true)),
        ("kobo.xlsx", kobo_xlsx()),
        ("kobo.csv", kobo_csv()),
        ("google-atelier.csv", google(CUISINE)),
        ("google-sorties.csv", google(SORTIES)),
    ];
    let mut out = Vec::new();
    for (name, bytes) in files {
        out.push((format!("{SANDBOX}/{name}"), bytes.clone()));
        out.push((format!("{DOCS}/outils-{name}"), bytes));
    }
    // The grid is written by hand; the docs use the same one.
    out.push((
        format!("{DOCS}/outils.toml"),
        std::fs::read(format!("{SANDBOX}/questionnaire.toml")).unwrap(),
    ));
    out
}

#[test]
fn fixtures_are_generated() {
    fixtures::check_generated("tests/tools.rs", fixtures());
}

#[test]
fn the_generator_writes_the_same_bytes_twice() {
    assert_eq!(kobo_xlsx(), kobo_xlsx());
}
