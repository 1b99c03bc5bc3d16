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
        if name == "file-too-large" || name == "record-too-long" {
            continue; // 4 and 16 MiB fixtures have no place in the repository: see below
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

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .output()
        .unwrap()
}

#[test]
fn a_record_past_the_limit_is_refused_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = b"action,qualite-accueil\nA,plutot\nB,\"".to_vec();
    content.resize(
        content.len() + utilsoc::input::chunks::MAX_RECORD_BYTES + 10,
        b'x',
    );
    std::fs::write(dir.path().join("long.csv"), content).unwrap();
    let output = run_in(
        dir.path(),
        &["score", "--grid", "centres-sociaux", "long.csv"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "error[record-too-long]: a record starts on this line and runs past 16 MiB"
        ) && stderr.contains("┌─ long.csv:3:"),
        "{stderr}"
    );
}

#[test]
fn an_evaluation_file_past_the_limit_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut content = b"format = 1\n# ".to_vec();
    content.resize(utilsoc::evaluation::MAX_BYTES + 10, b'x');
    std::fs::write(dir.path().join("big.toml"), content).unwrap();
    let output = run_in(
        dir.path(),
        &["score", "--grid", "centres-sociaux", "big.toml"],
    );
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "error[file-too-large]: `big.toml` is too large: 16 MiB (16777226 bytes), over the limit of 16 MiB for this kind of file; it was not read\n  ┌─ big.toml\n\n"
    );
    let output = run_in(
        dir.path(),
        &["check", "--grid", "centres-sociaux", "big.toml"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .starts_with("error[file-too-large]: `big.toml` is too large"),
    );
}
