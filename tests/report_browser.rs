//! A real browser opens a report: headless Chromium (Debian's, installed by
//! `.ci/run`) takes a screenshot, which must show a rendered page.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("UTILSOC_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| {
            std::env::var_os("PATH")
                .map(|p| {
                    std::env::split_paths(&p)
                        .map(|d| d.join(name))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .find(|p| p.is_file())
}

#[test]
fn a_report_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        // CI installs Chromium: there, its absence is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is required in CI"
        );
        let _ = writeln!(std::io::stderr(), "skipped: no Chromium on this machine");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("rapport.html");
    let status = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args([
            "--lang",
            "fr",
            "-q",
            "report",
            "--grid",
            "grid.toml",
            "enquete.csv",
            "long.csv",
            "--by",
            "role",
            "-o",
        ])
        .arg(&html)
        .current_dir("tests/cmd/score.in")
        .status()
        .unwrap();
    assert!(status.success());
    let png = dir.path().join("page.png");
    let output = headless(&browser, dir.path())
        .args(["--hide-scrollbars", "--window-size=1000,1600"])
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    check_rendered(&png);
}

/// Chromium without a window, a network or a profile of its own beyond
/// `dir`: nothing is fetched, nothing lingers.
fn headless(browser: &Path, dir: &Path) -> Command {
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()));
    command
}

/// The screenshot has the window's size and shows text and coloured charts,
/// not a blank page.
fn check_rendered(png: &Path) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1000, 1600));
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let (mut ink, mut coloured) = (0usize, 0usize);
    for px in pixels.chunks(channels) {
        let (r, g, b) = (i32::from(px[0]), i32::from(px[1]), i32::from(px[2]));
        if r + g + b < 600 {
            ink += 1;
        }
        if (r - g).abs() > 60 || (g - b).abs() > 60 || (r - b).abs() > 60 {
            coloured += 1;
        }
    }
    let total = (info.width * info.height) as usize;
    assert!(
        ink * 100 > total,
        "almost blank: {ink} dark pixels of {total}"
    );
    assert!(
        coloured > 2000,
        "no coloured chart: {coloured} coloured pixels"
    );
}

/// Issue 15: the residents' form of a built-in grid, printed to PDF by
/// Chromium, is on A4 pages, and few of them (19 questions in large type).
#[test]
fn a_respondent_form_prints_on_a_few_a4_pages() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is required in CI"
        );
        let _ = writeln!(std::io::stderr(), "skipped: no Chromium on this machine");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("habitants.html");
    let status = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args([
            "--lang",
            "fr",
            "template",
            "--grid",
            "centres-sociaux",
            "--format",
            "html",
            "--role",
            "habitant",
            "-o",
        ])
        .arg(&html)
        .status()
        .unwrap();
    assert!(status.success());
    let pdf = dir.path().join("habitants.pdf");
    let output = headless(&browser, dir.path())
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    let bytes = std::fs::read(&pdf)
        .unwrap_or_else(|e| panic!("no PDF ({e}): {}", String::from_utf8_lossy(&output.stderr)));
    // Chromium writes one MediaBox per page, uncompressed.
    let text = String::from_utf8_lossy(&bytes);
    let boxes: Vec<&str> = text
        .match_indices("/MediaBox [")
        .map(|(i, _)| {
            let rest = &text[i + "/MediaBox [".len()..];
            &rest[..rest.find(']').unwrap()]
        })
        .collect();
    assert!(!boxes.is_empty(), "no page in the PDF");
    assert!(boxes.len() <= 10, "{} pages", boxes.len());
    for media in boxes {
        let size: Vec<f64> = media
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        // A4 in points: 595 × 842.
        assert!(
            (size[2] - 595.0).abs() < 1.0 && (size[3] - 842.0).abs() < 1.0,
            "not A4: {media}"
        );
    }
}
