//! CLI behaviour pinned by data: every `tests/cmd/*.toml` case gives arguments,
//! an optional sandbox (`NAME.in/`), and the expected stdout, stderr and exit
//! code (`NAME.stdout`, `NAME.stderr`). Regenerate with `TRYCMD=overwrite`
//! and review the diff.

use std::path::Path;
use std::process::Command;

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .case("tests/cmd/*.toml")
        // The walkthrough of each example: its commands, run as printed, give
        // the output shown.
        .case("examples/*/README.md")
        .case("README.md");
}

/// Every finding code has its own case, and that case shows the code.
#[test]
fn every_finding_code_has_a_fixture() {
    for code in utilsoc::diag::Code::ALL {
        let name = code.as_str();
        if name == "file-too-large" {
            continue; // a 4 MiB fixture has no place in the repository: see below
        }
        let stdout = Path::new("tests/cmd").join(format!("finding-{name}.stdout"));
        let text = std::fs::read_to_string(&stdout)
            .unwrap_or_else(|e| panic!("{}: {e}", stdout.display()));
        assert!(
            text.contains(&format!("[{name}]")),
            "{} does not show `{name}`",
            stdout.display()
        );
    }
}

#[test]
fn a_huge_file_is_refused_with_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    let mut content = b"# ".to_vec();
    content.resize(utilsoc::grid::MAX_GRID_BYTES + 10, b'x');
    std::fs::write(&path, content).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args(["check", "--format", "json"])
        .arg(&path)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["findings"][0]["code"], "file-too-large");
}
