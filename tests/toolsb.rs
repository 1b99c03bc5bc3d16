//! One questionnaire's 24 responses exported as SurveyMonkey, Framaforms (CSV and
//! ODS), Microsoft Forms (XLSX) and French Excel (semicolon CSV in Windows-1252,
//! CSV UTF-8 with BOM, Macintosh CR-only) write them, generated here so that the
//! fixtures of `tests/cmd/exports/toolsb.in/` and `docs/exports.in/` are
//! reproducible: [`toolsb_fixtures_are_generated`] fails when a committed file
//! differs. Run with `UTILSOC_WRITE_FIXTURES=1` to write them. The hand
//! computation of the scores is in `tests/cmd/exports/toolsb-*.toml`.

mod fixtures;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

const SANDBOX: &str = "tests/cmd/exports/toolsb.in";
const DOCS: &str = "docs/exports.in";

/// Level labels by rank; `None` is the N/A answer "Sans avis".
const LABELS: [&str; 4] = [
    "Pas du tout d'accord",
    "Plutôt pas d'accord",
    "Plutôt d'accord",
    "Tout à fait d'accord",
];
const OPTIONS: [&str; 3] = [
    "Du bénévolat",
    "J'anime des ateliers",
    "J'organise des sorties",
];
const Q_ACTION: &str = "Quelle action fréquentez-vous ?";
const Q_ACCUEIL: &str = "L'accueil est chaleureux";
const Q_LIENS: &str = "J'ai rencontré de nouvelles personnes";
const Q_RECOMMANDE: &str = "Recommanderiez-vous l'action à un proche ?";
const Q_PARTICIPE: &str = "Comment participez-vous ?";
const Q_HEURES: &str = "Combien d'heures donnez-vous par mois ?";
const Q_MOT: &str = "Un mot sur l'action ?";

/// action, year, day of March, accueil, liens, recommande, options ticked,
/// hours in tenths (None: blank), comment.
type Response = (
    &'static str,
    i32,
    u8,
    Option<usize>,
    Option<usize>,
    bool,
    [bool; 3],
    Option<u32>,
    &'static str,
);

const CUISINE: &str = "Atelier cuisine";
const JARDIN: &str = "Jardin partagé";

#[rustfmt::skip]
const RESPONSES: [Response; 24] = [
    (CUISINE, 2024, 13, Some(3), Some(2), true,  [true, false, false], Some(25), "Très convivial"),
    (CUISINE, 2024, 14, Some(2), Some(1), true,  [false, true, false], Some(40), ""),
    (CUISINE, 2024, 15, Some(1), None,    false, [false, false, false], None,    ""),
    (CUISINE, 2024, 18, Some(3), Some(3), true,  [true, true, false],  Some(120), "On y revient"),
    (CUISINE, 2024, 20, None,    Some(0), false, [false, false, true], Some(0),  ""),
    (CUISINE, 2024, 22, Some(2), Some(2), true,  [false, false, false], Some(15), ""),
    (CUISINE, 2025, 13, Some(3), Some(3), true,  [true, false, true],  Some(80), "Merci, l'équipe"),
    (CUISINE, 2025, 14, Some(3), Some(2), true,  [true, true, false],  Some(100), ""),
    (CUISINE, 2025, 17, Some(2), Some(2), false, [false, false, false], Some(5),  ""),
    (CUISINE, 2025, 19, Some(0), Some(1), false, [false, false, false], None,    "Trop de monde"),
    (CUISINE, 2025, 21, Some(3), None,    true,  [false, true, false], Some(60), ""),
    (CUISINE, 2025, 24, Some(2), Some(3), true,  [true, false, false], Some(35), ""),
    (JARDIN, 2024, 13, Some(1), Some(1), false, [false, false, true],  Some(10), ""),
    (JARDIN, 2024, 16, Some(2), Some(0), true,  [true, false, false],  Some(30), "Le potager"),
    (JARDIN, 2024, 17, None,    None,    false, [false, false, false], None,    ""),
    (JARDIN, 2024, 19, Some(3), Some(2), true,  [true, false, true],   Some(45), ""),
    (JARDIN, 2024, 23, Some(2), Some(1), false, [false, false, false], Some(0),  ""),
    (JARDIN, 2024, 25, Some(0), Some(0), false, [false, true, false],  Some(20), ""),
    (JARDIN, 2025, 13, Some(3), Some(3), true,  [true, true, true],    Some(150), "Un vrai lieu de vie"),
    (JARDIN, 2025, 14, Some(3), Some(2), true,  [true, false, false],  Some(70), ""),
    (JARDIN, 2025, 18, Some(2), Some(3), true,  [false, false, true],  Some(40), ""),
    (JARDIN, 2025, 20, Some(2), Some(2), true,  [true, false, false],  Some(55), ""),
    (JARDIN, 2025, 26, None,    Some(1), false, [false, false, false], Some(5),  ""),
    (JARDIN, 2025, 27, Some(1), Some(2), true,  [false, true, false],  Some(25), "Bien"),
];

fn level(l: Option<usize>) -> &'static str {
    l.map_or("Sans avis", |l| LABELS[l])
}

fn recommande(r: bool) -> &'static str {
    if r {
        "Oui, sans hésiter"
    } else {
        "Non, pas vraiment"
    }
}

/// Hours with a decimal point or the French comma.
fn hours(h: Option<u32>, comma: bool) -> String {
    h.map_or(String::new(), |h| {
        let s = if h % 10 == 0 {
            format!("{}", h / 10)
        } else {
            format!("{}.{}", h / 10, h % 10)
        };
        if comma { s.replace('.', ",") } else { s }
    })
}

/// Minutes past 10:00 of response `i`, so that times differ.
fn time(i: usize) -> (u32, u32) {
    let m = (i as u32 * 7) % 120;
    (10 + m / 60, m % 60)
}

fn csv_field(s: &str, sep: char) -> String {
    if s.contains(sep) || s.contains('"') || s.contains('\n') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn csv_line(fields: &[String], sep: char, eol: &str) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f, sep))
        .collect::<Vec<_>>()
        .join(&sep.to_string());
    line.push_str(eol);
    line
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| (*x).to_owned()).collect()
}

/// SurveyMonkey "All responses data", CSV, "Actual answer text": two header
/// rows (question, then `Response` / `Open-Ended Response` / the option texts),
/// Respondent ID... Custom Data 1, US dates; a ticked option holds its text.
fn surveymonkey_csv() -> Vec<u8> {
    let mut out = String::new();
    let mut top = s(&[
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "End Date",
        "IP Address",
        "Email Address",
        "First Name",
        "Last Name",
        "Custom Data 1",
    ]);
    top.extend(s(&[
        Q_ACTION,
        Q_ACCUEIL,
        Q_LIENS,
        Q_RECOMMANDE,
        Q_PARTICIPE,
        "",
        "",
        Q_HEURES,
        Q_MOT,
    ]));
    let mut second = vec![String::new(); 9];
    second.extend(s(&["Response", "Response", "Response", "Response"]));
    second.extend(s(&OPTIONS));
    second.extend(s(&["Response", "Open-Ended Response"]));
    out.push_str(&csv_line(&top, ',', "\r\n"));
    out.push_str(&csv_line(&second, ',', "\r\n"));
    for (i, r) in RESPONSES.iter().enumerate() {
        let (h, m) = time(i);
        let (h12, ampm) = (
            if h > 12 { h - 12 } else { h },
            if h >= 12 { "PM" } else { "AM" },
        );
        let start = format!("03/{:02}/{} {h12:02}:{m:02}:00 {ampm}", r.2, r.1);
        let end = format!(
            "03/{:02}/{} {h12:02}:{:02}:00 {ampm}",
            r.2,
            r.1,
            (m + 3).min(59)
        );
        let mut f = vec![
            format!("{}", 114_020_000_000u64 + i as u64 * 7919),
            "431900001".into(),
            start,
            end,
            format!("192.0.2.{}", i + 10),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
        f.extend([
            r.0.to_owned(),
            level(r.3).into(),
            level(r.4).into(),
            recommande(r.5).into(),
        ]);
        for (k, o) in OPTIONS.iter().enumerate() {
            f.push(if r.6[k] {
                (*o).to_owned()
            } else {
                String::new()
            });
        }
        f.push(hours(r.7, false));
        f.push(r.8.to_owned());
        out.push_str(&csv_line(&f, ',', "\r\n"));
    }
    out.into_bytes()
}

/// Framaforms (Drupal Webform) "Download": delimited text, comma, with its
/// three header rows (form title, "Submission Details" over the question of
/// the option columns, the header), `X` for a ticked option.
fn framaforms_csv() -> Vec<u8> {
    let meta = s(&[
        "Serial",
        "SID",
        "Submitted Time",
        "Completed Time",
        "Modified Time",
        "Draft",
        "IP Address",
        "UID",
        "Username",
    ]);
    let mut title = vec![String::new(); meta.len() + 9];
    title[0] = "Bilan des participants".into();
    let mut details = vec![String::new(); meta.len() + 9];
    details[0] = "Submission Details".into();
    details[meta.len() + 4] = Q_PARTICIPE.into();
    let mut header = meta.clone();
    header.extend(s(&[Q_ACTION, Q_ACCUEIL, Q_LIENS, Q_RECOMMANDE]));
    header.extend(s(&OPTIONS));
    header.extend(s(&[Q_HEURES, Q_MOT]));
    let mut out = String::new();
    for row in [&title, &details, &header] {
        out.push_str(&csv_line(row, ',', "\n"));
    }
    for (i, r) in RESPONSES.iter().enumerate() {
        let (h, m) = time(i);
        let when = format!("{:02}/03/{} - {h:02}:{m:02}", r.2, r.1);
        let mut f = vec![
            format!("{}", i + 1),
            format!("{}", 5200 + i),
            when.clone(),
            when.clone(),
            when,
            "0".into(),
            String::new(),
            "0".into(),
            "Anonyme".into(),
        ];
        f.extend([
            r.0.to_owned(),
            level(r.3).into(),
            level(r.4).into(),
            recommande(r.5).into(),
        ]);
        for k in 0..3 {
            f.push(if r.6[k] { "X".into() } else { String::new() });
        }
        f.push(hours(r.7, false));
        f.push(r.8.to_owned());
        out.push_str(&csv_line(&f, ',', "\n"));
    }
    out.into_bytes()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn ods_cell(s: &str) -> String {
    if s.is_empty() {
        "<table:table-cell/>".into()
    } else {
        format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
            xml_escape(s)
        )
    }
}

fn ods_float(v: &str) -> String {
    if v.is_empty() {
        return "<table:table-cell/>".into();
    }
    format!(
        "<table:table-cell office:value-type=\"float\" office:value=\"{v}\"><text:p>{v}</text:p></table:table-cell>"
    )
}

/// Framaforms' ODS export: the same three header rows in a sheet, dates as
/// date cells shown `15/03/2025 - 10:23`, hours as numbers.
fn framaforms_ods() -> Vec<u8> {
    let csv = String::from_utf8(framaforms_csv()).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes());
    let mut rows = String::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.unwrap();
        rows.push_str("<table:table-row>");
        for (c, field) in record.iter().enumerate() {
            if n >= 3 && c == 2 {
                let r = &RESPONSES[n - 3];
                let (h, m) = time(n - 3);
                rows.push_str(&format!("<table:table-cell office:value-type=\"date\" office:date-value=\"{}-03-{:02}T{h:02}:{m:02}:00\"><text:p>{field}</text:p></table:table-cell>", r.1, r.2));
            } else if n >= 3 && (c == 0 || c == 1 || c == 16) {
                rows.push_str(&ods_float(field));
            } else {
                rows.push_str(&ods_cell(field));
            }
        }
        rows.push_str("</table:table-row>\n");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="Résultats">
{rows}</table:table>
</office:spreadsheet></office:body></office:document-content>
"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;
    fixtures::zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

/// Microsoft Forms "Open in Excel": one sheet, ID, Start time, Completion
/// time, Email, Name, then a column per question headed by its text; choices
/// joined with `;` and a trailing `;`; numbers as text, as Forms writes them.
fn forms_xlsx() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_ymd(2025, 3, 31)
        .unwrap()
        .and_hms(12, 0, 0)
        .unwrap();
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let when = Format::new().set_num_format("m/d/yy h:mm:ss");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    let header = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        Q_ACTION,
        Q_ACCUEIL,
        Q_LIENS,
        Q_RECOMMANDE,
        Q_PARTICIPE,
        Q_HEURES,
        Q_MOT,
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, r) in RESPONSES.iter().enumerate() {
        let row = i as u32 + 1;
        let (h, m) = time(i);
        let start = ExcelDateTime::from_ymd(r.1 as u16, 3, r.2)
            .unwrap()
            .and_hms(h as u16, m as u8, 0)
            .unwrap();
        let end = ExcelDateTime::from_ymd(r.1 as u16, 3, r.2)
            .unwrap()
            .and_hms(h as u16, (m + 3).min(59) as u8, 0)
            .unwrap();
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        sheet
            .write_datetime_with_format(row, 1, &start, &when)
            .unwrap();
        sheet
            .write_datetime_with_format(row, 2, &end, &when)
            .unwrap();
        sheet.write_string(row, 3, "anonymous").unwrap();
        sheet.write_string(row, 5, r.0).unwrap();
        sheet.write_string(row, 6, level(r.3)).unwrap();
        sheet.write_string(row, 7, level(r.4)).unwrap();
        sheet.write_string(row, 8, recommande(r.5)).unwrap();
        let ticked: String = OPTIONS
            .iter()
            .zip(r.6)
            .filter(|(_, t)| *t)
            .map(|(o, _)| format!("{o};"))
            .collect();
        if !ticked.is_empty() {
            sheet.write_string(row, 9, &ticked).unwrap();
        }
        let hrs = hours(r.7, false);
        if !hrs.is_empty() {
            sheet.write_string(row, 10, &hrs).unwrap();
        }
        if !r.8.is_empty() {
            sheet.write_string(row, 11, r.8).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// A French workbook typed by hand: one row per response, a `Date` column
/// `15/03/2025`, decimal commas, the options as `Oui` columns headed
/// `Question [Option]`; saved as Excel does with `;` and CRLF.
fn french_excel(eol: &str) -> String {
    let mut header = s(&["Date", "Action", Q_ACCUEIL, Q_LIENS, Q_RECOMMANDE]);
    header.extend(OPTIONS.iter().map(|o| format!("{Q_PARTICIPE} [{o}]")));
    header.extend(s(&[Q_HEURES, Q_MOT]));
    let mut out = csv_line(&header, ';', eol);
    for r in RESPONSES.iter() {
        let mut f = vec![
            format!("{:02}/03/{}", r.2, r.1),
            r.0.to_owned(),
            level(r.3).into(),
            level(r.4).into(),
            recommande(r.5).into(),
        ];
        f.extend(
            r.6.iter()
                .map(|t| if *t { "Oui".into() } else { "Non".into() }),
        );
        f.push(hours(r.7, true));
        f.push(r.8.to_owned());
        out.push_str(&csv_line(&f, ';', eol));
    }
    out
}

/// "CSV (séparateur : point-virgule)": Windows-1252.
fn excel_1252() -> Vec<u8> {
    let text = french_excel("\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// "CSV UTF-8 (délimité par des virgules)": UTF-8 with a BOM, still `;` in a
/// French Windows.
fn excel_utf8() -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(french_excel("\r\n").into_bytes());
    out
}

/// CR-only line ends, as Excel's "CSV (Macintosh)" writes them, in Windows-1252.
/// (That setting writes Mac Roman, which is not recognised: accented letters
/// come out wrong, see docs/exports.md; only the line ends are tested here.)
fn excel_mac() -> Vec<u8> {
    let text = french_excel("\r");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let files = [
        ("surveymonkey.csv", surveymonkey_csv()),
        ("framaforms.csv", framaforms_csv()),
        ("framaforms.ods", framaforms_ods()),
        ("forms.xlsx", forms_xlsx()),
        ("excel-1252.csv", excel_1252()),
        ("excel-utf8.csv", excel_utf8()),
        ("excel-mac.csv", excel_mac()),
    ];
    let mut out = Vec::new();
    for (name, bytes) in files {
        out.push((format!("{SANDBOX}/{name}"), bytes.clone()));
        out.push((format!("{DOCS}/bilan-{name}"), bytes));
    }
    out.push((
        format!("{DOCS}/bilan.toml"),
        std::fs::read(format!("{SANDBOX}/questionnaire.toml")).unwrap(),
    ));
    out
}

#[test]
fn toolsb_fixtures_are_generated() {
    fixtures::check_generated("tests/toolsb.rs", fixtures());
}
