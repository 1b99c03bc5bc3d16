//! CLI behaviour pinned by data: every `tests/cmd/COMMAND/*.toml` case gives
//! arguments, an optional sandbox (`NAME.in/`), and the expected stdout, stderr
//! and exit code (`NAME.stdout`, `NAME.stderr`). Regenerate with
//! `TRYCMD=overwrite` and review the diff. Cases are grouped in one folder per
//! command; a case still flat in `tests/cmd/` runs too, and a case file that
//! neither glob reaches fails [`every_case_file_is_run`].

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the cases are, as given to trycmd.
const CASE_GLOBS: [&str; 2] = ["tests/cmd/*.toml", "tests/cmd/*/*.toml"];
/// Help and usage errors as a user's terminal shows them: each case sets its
/// own `LANG` and `COLUMNS`, which the defaults of [`cli_cases`] would
/// override.
const TERMINAL_GLOB: &str = "tests/cmd/cli/terminal/*.toml";
/// The grids in the shared sandboxes (`tests/cmd/score.in/grid.toml`) are
/// data, not cases, though the second glob matches them.
const SANDBOX_GLOB: &str = "tests/cmd/*.in/*.toml";
/// Cases named `*-80` show what an 80-column terminal shows: they run with
/// `COLUMNS=80`, the width off a terminal when set ([`cases_at_80_columns`]).
const NARROW_GLOB: &str = "tests/cmd/*/*-80.toml";

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("NO_COLOR", "1")
        // Off a terminal a set `COLUMNS` is the width: empty here, so tables
        // are 100 columns wide whatever the shell running the tests says.
        .env("COLUMNS", "")
        .case(CASE_GLOBS[0])
        .case(CASE_GLOBS[1])
        .skip(SANDBOX_GLOB)
        .skip(NARROW_GLOB)
        // The walkthrough of each example: its commands, run as printed, give
        // the output shown.
        .case("examples/*/README.md")
        .case("README.md");
}

#[test]
fn terminal_cases() {
    trycmd::TestCases::new()
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("NO_COLOR", "1")
        .case(TERMINAL_GLOB);
}

/// The `*-80` cases, at 80 columns (trycmd gives the environment of all
/// cases the last word, so they cannot set `COLUMNS` themselves).
#[test]
fn cases_at_80_columns() {
    trycmd::TestCases::new()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .case(NARROW_GLOB);
}

/// The `console` examples of the documentation run as printed, each page in
/// its sandbox (`docs/check.in/` for `docs/check.md`). Outside a terminal
/// tables are 100 columns wide, as the pages say. An example that cannot run
/// here (a terminal, a file written) is fenced `text`, and its source says why.
#[test]
fn docs_examples() {
    trycmd::TestCases::new()
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .case("docs/*.md");
}

/// The grid the examples of check.md and score.md run against is the complete
/// example of grid-format.md, word for word, and it passes
/// `check --deny-warnings` as that page says.
#[test]
fn the_docs_sandboxes_hold_the_example_grid() {
    let page = std::fs::read_to_string("docs/grid-format.md").unwrap();
    let start = page
        .find("```toml\n#:schema ./grid.schema.json\nformat = 1\nid = \"espace-numerique\"")
        .expect("the complete example of grid-format.md")
        + "```toml\n".len();
    let grid = &page[start..start + page[start..].find("```\n").unwrap()];
    for sandbox in ["docs/check.in", "docs/score.in"] {
        let path = Path::new(sandbox).join("espace-numerique.toml");
        let copy = std::fs::read_to_string(&path).unwrap();
        assert!(
            copy == grid,
            "{} differs from docs/grid-format.md",
            path.display()
        );
    }
    let output = run_in(
        Path::new("docs/score.in"),
        &["check", "--deny-warnings", "espace-numerique.toml"],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// Every file under `tests/cmd/` that belongs to a case (`.toml`, `.stdout`,
/// `.stderr`, `.stdin`), outside the sandboxes (`.in/`, `.out/`).
fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if path.is_dir() {
            if ext != "in" && ext != "out" {
                case_files(&path, out);
            }
        } else if ["toml", "stdout", "stderr", "stdin"].contains(&ext) {
            out.push(path);
        }
    }
}

/// trycmd runs what its globs match and says nothing of the rest: a case put
/// one folder too deep, or an expected output whose `.toml` was renamed, would
/// silently never run.
#[test]
fn every_case_file_is_run() {
    let mut files = Vec::new();
    case_files(Path::new("tests/cmd"), &mut files);
    let sandboxed: Vec<PathBuf> = glob::glob(SANDBOX_GLOB)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut run = Vec::new();
    for pattern in CASE_GLOBS.into_iter().chain([TERMINAL_GLOB]) {
        run.extend(
            glob::glob(pattern)
                .unwrap()
                .map(Result::unwrap)
                .filter(|p| !sandboxed.contains(p)),
        );
    }
    let cases: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "toml"))
        .collect();
    let unrun: Vec<_> = cases.iter().filter(|c| !run.contains(c)).collect();
    assert!(
        unrun.is_empty(),
        "cases no glob of cli_cases reaches: {unrun:?}"
    );
    let orphans: Vec<_> = files
        .iter()
        .filter(|f| !f.with_extension("toml").is_file())
        .collect();
    assert!(orphans.is_empty(), "outputs with no case: {orphans:?}");
    assert_eq!(run.len(), cases.len());
    // The folders hold the cases: a broken glob matching nothing fails here.
    assert!(run.len() >= 110, "only {} cases found", run.len());
}

/// The case of finding `name`: in `tests/cmd/findings/`, or still flat.
fn finding_case(name: &str) -> PathBuf {
    let grouped = Path::new("tests/cmd/findings").join(format!("{name}.stdout"));
    let flat = Path::new("tests/cmd").join(format!("finding-{name}.stdout"));
    if flat.is_file() && !grouped.is_file() {
        flat
    } else {
        grouped
    }
}

/// Every finding code has its own case, and that case shows the code.
#[test]
fn every_finding_code_has_a_fixture() {
    for code in utilsoc::diag::Code::ALL {
        let name = code.as_str();
        if name == "file-too-large" || name == "record-too-long" {
            continue; // 4 and 16 MiB fixtures have no place in the repository: see below
        }
        let stdout = finding_case(name);
        let mut text = std::fs::read_to_string(&stdout)
            .unwrap_or_else(|e| panic!("{}: {e}", stdout.display()));
        // Findings `score` meets before reading data (in `--targets`) go
        // to standard error, as data problems do.
        if let Ok(stderr) = std::fs::read_to_string(stdout.with_extension("stderr")) {
            text.push_str(&stderr);
        }
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
        stderr
            .contains("error[record-too-long]: a record starts on this line and runs past 16 MiB")
            && stderr.contains("┌─ long.csv:3:"),
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
