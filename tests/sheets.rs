//! The spreadsheet exports and other-kind files of `tests/cmd/exports/sheets.in/`
//! (and their copies in `docs/exports.in/`), generated here so that they are
//! reproducible: [`fixtures_are_generated`] fails when a committed file differs
//! from what this file writes. Run with `UTILSOC_WRITE_FIXTURES=1` to write them.
//!
//! The exports imitate the tools' documented layouts (Microsoft Forms' one-sheet
//! workbook with ID / Start time / Completion time / Email / Name and a column
//! per question headed by its text; KoboToolbox's XLS export with XML values,
//! `start`/`end`/`today` and the `_id`, `_uuid`, `_submission_time`... columns,
//! a repeat group on a second sheet; Framaforms' (Webform) results with Serial,
//! SID, Time, Draft, IP Address, UID, Username). The expected scores, computed
//! by hand, are in the CLI cases `tests/cmd/exports/sheets-*.toml` and noted
//! next to each data set below.

mod fixtures;

use std::io::Cursor;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

const SANDBOX: &str = "tests/cmd/exports/sheets.in";
const DOCS: &str = "docs/exports.in";

/// The level labels of the grid's `accord` scale, by score rank (0 to 3).
const LABELS: [&str; 4] = [
    "Pas du tout d'accord",
    "Plutôt pas d'accord",
    "Plutôt d'accord",
    "Tout à fait d'accord",
];
/// The same levels as KoboToolbox writes them: the choices' XML values.
const CODES: [&str; 4] = ["pas_du_tout", "plutot_pas", "plutot", "tout_a_fait"];

const Q_ACCUEIL: &str = "Je me sens bien accueilli·e au centre";
const Q_BENEVOLE: &str = "Avez-vous participé comme bénévole ?";
const Q_VENUES: &str = "Combien de fois êtes-vous venu·e ce mois-ci ?";

/// One response: the action, the level rank (0-3), bénévole, visits (None: blank).
type Response = (&'static str, usize, bool, Option<u32>);

/// Microsoft Forms: 20 responses, two actions.
///
/// Atelier cuisine (12): levels 3×6, 2×4, 1×1, 0×1 → (600 + 266.67 + 33.33) / 12
/// = 75.00; bénévole 3 of 12 = 25.00; visits 52 / 12 = 4.333 → 43.33 (target 10);
/// criterion and domain (75 + 25 + 43.33) / 3 = 47.78.
/// Jardin partagé (8): levels 3×2, 2×2, 1×3, 0×1 → 433.33 / 8 = 54.17;
/// bénévole 4 of 8 = 50.00; visits 14 / 7 (one blank) = 2 → 20.00;
/// criterion and domain 124.17 / 3 = 41.39.
const FORMS: [Response; 20] = [
    ("Atelier cuisine", 3, true, Some(2)),
    ("Atelier cuisine", 3, false, Some(4)),
    ("Atelier cuisine", 2, false, Some(6)),
    ("Atelier cuisine", 3, false, Some(8)),
    ("Atelier cuisine", 2, true, Some(10)),
    ("Atelier cuisine", 1, false, Some(3)),
    ("Atelier cuisine", 3, false, Some(5)),
    ("Atelier cuisine", 0, false, Some(1)),
    ("Atelier cuisine", 2, false, Some(0)),
    ("Atelier cuisine", 3, true, Some(7)),
    ("Atelier cuisine", 2, false, Some(2)),
    ("Atelier cuisine", 3, false, Some(4)),
    ("Jardin partagé", 3, true, Some(1)),
    ("Jardin partagé", 2, false, Some(2)),
    ("Jardin partagé", 1, true, None),
    ("Jardin partagé", 1, false, Some(3)),
    ("Jardin partagé", 0, false, Some(1)),
    ("Jardin partagé", 3, true, Some(0)),
    ("Jardin partagé", 2, true, Some(2)),
    ("Jardin partagé", 1, false, Some(5)),
];

/// KoboToolbox: 20 submissions, XML values, a period column.
///
/// cuisine 2024 (6): levels 3×1, 2×3, 1×2 → 366.67 / 6 = 61.11; bénévole 1 of 6
/// = 16.67; visits 12 / 6 = 2 → 20.00; domain 32.59.
/// cuisine 2025 (6): levels 3×3, 2×3 → 83.33; bénévole 3 of 6 = 50.00; visits
/// 30 / 6 = 5 → 50.00; domain 61.11.
/// jardin 2025 (8): levels 3×4, 2×2, 0×2 → 533.33 / 8 = 66.67; bénévole 6 of 8
/// = 75.00; visits 48 / 8 = 6 → 60.00; domain 67.22.
const KOBO: [(u32, Response); 20] = [
    (2024, ("cuisine", 3, true, Some(1))),
    (2024, ("cuisine", 2, false, Some(2))),
    (2024, ("cuisine", 2, false, Some(3))),
    (2024, ("cuisine", 2, false, Some(2))),
    (2024, ("cuisine", 1, false, Some(1))),
    (2024, ("cuisine", 1, false, Some(3))),
    (2025, ("cuisine", 3, true, Some(4))),
    (2025, ("cuisine", 3, false, Some(5))),
    (2025, ("cuisine", 3, true, Some(6))),
    (2025, ("cuisine", 2, false, Some(4))),
    (2025, ("cuisine", 2, true, Some(5))),
    (2025, ("cuisine", 2, false, Some(6))),
    (2025, ("jardin", 3, true, Some(10))),
    (2025, ("jardin", 3, true, Some(8))),
    (2025, ("jardin", 3, false, Some(6))),
    (2025, ("jardin", 3, true, Some(4))),
    (2025, ("jardin", 2, true, Some(2))),
    (2025, ("jardin", 2, false, Some(0))),
    (2025, ("jardin", 0, true, Some(10))),
    (2025, ("jardin", 0, true, Some(8))),
];

/// Framaforms: 20 submissions of one action.
///
/// Repair café (20): levels 3×8, 2×8, 1×4 → 1466.67 / 20 = 73.33; bénévole 5 of
/// 20 = 25.00; visits 1..10 twice = 110 / 20 = 5.5 → 55.00; domain
/// (73.33 + 25 + 55) / 3 = 51.11.
fn framaforms() -> Vec<Response> {
    (0..20)
        .map(|i| {
            let level = [3, 2, 3, 2, 1][i % 5];
            ("Repair café", level, i % 4 == 0, Some(i as u32 % 10 + 1))
        })
        .collect()
}

fn yes_no(b: bool) -> &'static str {
    if b { "Oui" } else { "Non" }
}

/// A date-time in March 2025, `minutes` after the 3rd at 9:00.
fn march(minutes: u32) -> ExcelDateTime {
    let day = 3 + minutes / (24 * 60);
    let rest = minutes % (24 * 60);
    ExcelDateTime::from_ymd(2025, 3, day as u8)
        .unwrap()
        .and_hms((9 + rest / 60 % 15) as u16, (rest % 60) as u8, 0_u8)
        .unwrap()
}

fn properties(workbook: &mut Workbook) {
    let created = ExcelDateTime::from_ymd(2025, 3, 31)
        .unwrap()
        .and_hms(12, 0, 0)
        .unwrap();
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
}

fn forms_xlsx() -> Vec<u8> {
    let mut workbook = Workbook::new();
    properties(&mut workbook);
    let when = Format::new().set_num_format("m/d/yy h:mm:ss");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    let header = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Action",
        Q_ACCUEIL,
        Q_BENEVOLE,
        Q_VENUES,
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, (action, level, benevole, venues)) in FORMS.iter().enumerate() {
        let r = i as u32 + 1;
        let start = i as u32 * 97;
        sheet.write_number(r, 0, f64::from(r)).unwrap();
        sheet
            .write_datetime_with_format(r, 1, march(start), &when)
            .unwrap();
        sheet
            .write_datetime_with_format(r, 2, march(start + 4), &when)
            .unwrap();
        sheet.write_string(r, 3, "anonymous").unwrap();
        sheet.write_string(r, 5, *action).unwrap();
        sheet.write_string(r, 6, LABELS[*level]).unwrap();
        sheet.write_string(r, 7, yes_no(*benevole)).unwrap();
        if let Some(v) = venues {
            sheet.write_number(r, 8, f64::from(*v)).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

fn kobo_xlsx() -> Vec<u8> {
    let mut workbook = Workbook::new();
    properties(&mut workbook);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Enquête accueil").unwrap();
    let header = [
        "start",
        "end",
        "today",
        "action",
        "periode",
        "accueil",
        "benevolat",
        "nb_venues",
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_index",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (i, (year, (action, level, benevole, venues))) in KOBO.iter().enumerate() {
        let r = i as u32 + 1;
        let day = 1 + (i as u32 % 28);
        let month = if *year == 2024 { 11 } else { 3 };
        let iso = format!("{year}-{month:02}-{day:02}T10:{:02}:00.000+01:00", i * 2);
        sheet.write_string(r, 0, &iso).unwrap();
        sheet
            .write_string(r, 1, iso.replace("T10:", "T11:"))
            .unwrap();
        let today = ExcelDateTime::from_ymd(*year as u16, month, day as u8).unwrap();
        sheet
            .write_datetime_with_format(r, 2, &today, &date)
            .unwrap();
        sheet.write_string(r, 3, *action).unwrap();
        sheet.write_number(r, 4, f64::from(*year)).unwrap();
        sheet.write_string(r, 5, CODES[*level]).unwrap();
        sheet
            .write_string(r, 6, if *benevole { "oui" } else { "non" })
            .unwrap();
        if let Some(v) = venues {
            sheet.write_number(r, 7, f64::from(*v)).unwrap();
        }
        sheet.write_number(r, 8, f64::from(41_000 + r)).unwrap();
        sheet
            .write_string(r, 9, format!("5f1c6a2e-0b7d-4c1e-9a3f-{:012x}", r * 7919))
            .unwrap();
        sheet
            .write_string(r, 10, &iso.replace("T10:", "T12:")[..19])
            .unwrap();
        sheet.write_string(r, 11, "").unwrap();
        sheet.write_number(r, 12, f64::from(r)).unwrap();
    }
    // A repeat group goes to a sheet of its own, linked by `_parent_index`.
    let children = workbook.add_worksheet();
    children.set_name("enfants").unwrap();
    for (c, h) in ["prenom", "age", "_index", "_parent_index"]
        .iter()
        .enumerate()
    {
        children.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (name, age, parent)) in [("Lina", 7, 2), ("Noé", 10, 2), ("Sacha", 4, 9)]
        .iter()
        .enumerate()
    {
        let r = r as u32 + 1;
        children.write_string(r, 0, *name).unwrap();
        children.write_number(r, 1, f64::from(*age)).unwrap();
        children.write_number(r, 2, f64::from(r)).unwrap();
        children.write_number(r, 3, f64::from(*parent)).unwrap();
    }
    workbook.save_to_buffer().unwrap()
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
}

fn ods_string(s: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
        xml_escape(s)
    )
}

fn ods_float(v: u32) -> String {
    format!(
        "<table:table-cell office:value-type=\"float\" office:value=\"{v}\"><text:p>{v}</text:p></table:table-cell>"
    )
}

const ODS_MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"#;

fn framaforms_ods() -> Vec<u8> {
    let mut rows = String::new();
    let header = [
        "Serial",
        "SID",
        "Time",
        "Draft",
        "IP Address",
        "UID",
        "Username",
        "Action",
        Q_ACCUEIL,
        Q_BENEVOLE,
        Q_VENUES,
    ];
    rows.push_str("<table:table-row>");
    for h in header {
        rows.push_str(&ods_string(h));
    }
    rows.push_str("</table:table-row>\n");
    for (i, (action, level, benevole, venues)) in framaforms().iter().enumerate() {
        let n = i as u32 + 1;
        let (day, hour, minute) = (10 + n / 4, 9 + n % 8, (n * 7) % 60);
        rows.push_str("<table:table-row>");
        rows.push_str(&ods_float(n));
        rows.push_str(&ods_float(3170 + n));
        rows.push_str(&format!(
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-03-{day:02}T{hour:02}:{minute:02}:00\"><text:p>{day:02}/03/2025 - {hour:02}:{minute:02}</text:p></table:table-cell>"
        ));
        rows.push_str(&ods_float(0));
        rows.push_str(&ods_string(&format!("192.0.2.{n}")));
        rows.push_str(&ods_float(0));
        rows.push_str(&ods_string("Anonyme"));
        rows.push_str(&ods_string(action));
        rows.push_str(&ods_string(LABELS[*level]));
        rows.push_str(&ods_string(yes_no(*benevole)));
        match venues {
            Some(v) => rows.push_str(&ods_float(*v)),
            None => rows.push_str("<table:table-cell/>"),
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
    fixtures::zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("META-INF/manifest.xml", ODS_MANIFEST.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

/// Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated, CRLF; the
/// Microsoft Forms answers again, so it scores as `forms.xlsx` does.
fn unicode_txt() -> Vec<u8> {
    let mut text = format!("Action\t{Q_ACCUEIL}\t{Q_BENEVOLE}\t{Q_VENUES}\r\n");
    for (action, level, benevole, venues) in FORMS {
        let venues = venues.map(|v| v.to_string()).unwrap_or_default();
        text.push_str(&format!(
            "{action}\t{}\t{}\t{venues}\r\n",
            LABELS[level],
            yes_no(benevole)
        ));
    }
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}

fn docx() -> Vec<u8> {
    fixtures::zip(&[
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
        ),
        (
            "word/document.xml",
            br#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Rapport</w:t></w:r></w:p></w:body></w:document>"#,
        ),
    ])
}

fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

/// A workbook whose sheet is missing: it opens as XLSX, then cannot be read.
fn broken_xlsx() -> Vec<u8> {
    let mut good = forms_xlsx();
    let mut archive = zip::ZipArchive::new(Cursor::new(std::mem::take(&mut good))).unwrap();
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        if name == "xl/worksheets/sheet1.xml" {
            continue;
        }
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut content).unwrap();
        entries.push((name, content));
    }
    let borrowed: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_slice()))
        .collect();
    fixtures::zip(&borrowed)
}

/// Every generated file and where it goes.
fn fixtures() -> Vec<(String, Vec<u8>)> {
    let forms = forms_xlsx();
    let kobo = kobo_xlsx();
    let ods = framaforms_ods();
    let docx = docx();
    let mut files = vec![
        (format!("{SANDBOX}/forms.xlsx"), forms.clone()),
        (format!("{SANDBOX}/kobo.xlsx"), kobo.clone()),
        (format!("{SANDBOX}/framaforms.ods"), ods.clone()),
        (format!("{SANDBOX}/unicode.txt"), unicode_txt()),
        (format!("{SANDBOX}/rapport.docx"), docx.clone()),
        (format!("{SANDBOX}/resultats.pdf"), pdf()),
        (format!("{SANDBOX}/broken.xlsx"), broken_xlsx()),
    ];
    files.extend([
        (format!("{DOCS}/forms.xlsx"), forms),
        (format!("{DOCS}/kobo.xlsx"), kobo),
        (format!("{DOCS}/framaforms.ods"), ods),
        (format!("{DOCS}/rapport.docx"), docx),
        (format!("{DOCS}/unicode.txt"), unicode_txt()),
        (format!("{DOCS}/resultats.pdf"), pdf()),
        // The grid is written by hand; the docs use the same one.
        (
            format!("{DOCS}/accueil.toml"),
            std::fs::read(format!("{SANDBOX}/accueil.toml")).unwrap(),
        ),
    ]);
    files
}

#[test]
fn fixtures_are_generated() {
    fixtures::check_generated("tests/sheets.rs", fixtures());
}

#[test]
fn the_generator_writes_the_same_bytes_twice() {
    assert_eq!(forms_xlsx(), forms_xlsx());
    assert_eq!(framaforms_ods(), framaforms_ods());
}

/// Cells reach the mapping as the sheet shows them: dates as ISO text, whole
/// numbers without `.0`, in both formats.
#[test]
fn dates_and_numbers_read_as_shown() {
    use calamine::{Reader, open_workbook_auto_from_rs};
    use utilsoc::input::sheet::cell_text;

    let mut kobo = open_workbook_auto_from_rs(Cursor::new(kobo_xlsx())).unwrap();
    let range = kobo.worksheet_range("Enquête accueil").unwrap();
    let row: Vec<String> = range
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(|c| cell_text(c).into_owned())
        .collect();
    assert_eq!(row[2], "2024-11-01", "an Excel date cell");
    assert_eq!(row[4], "2024", "a whole number");
    assert_eq!(row[0], "2024-11-01T10:00:00.000+01:00", "text stays text");

    let mut forms = open_workbook_auto_from_rs(Cursor::new(forms_xlsx())).unwrap();
    let range = forms.worksheet_range("Sheet1").unwrap();
    let row: Vec<String> = range
        .rows()
        .nth(2)
        .unwrap()
        .iter()
        .map(|c| cell_text(c).into_owned())
        .collect();
    assert_eq!(row[1], "2025-03-03T10:37:00", "an Excel date-time cell");

    let mut ods = open_workbook_auto_from_rs(Cursor::new(framaforms_ods())).unwrap();
    let range = ods.worksheet_range("Résultats").unwrap();
    let row: Vec<String> = range
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(|c| cell_text(c).into_owned())
        .collect();
    assert_eq!(row[2], "2025-03-10T10:07:00");
    assert_eq!(row[0], "1");
}
