//! `utilsoc grids adapt` driven through a real pseudo-terminal of 80 × 24
//! (expectrl), in a démarche made by `init --yes` in a temporary folder:
//! drop an indicator, rename a criterion, record the definition; then the
//! local grid written checks clean, `grids show` shows it, and nothing the
//! walk drew was cut at the terminal's edge. Every wait is on text the
//! program prints, with a timeout.

#![cfg(unix)]

mod pty;

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use expectrl::{Eof, Expect};
use pty::{Terminal, plain};

const TIMEOUT: Duration = Duration::from_secs(10);
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const BACKSPACE: &str = "\x7f";

fn utilsoc(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
    command
        .args(args)
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80");
    command
}

#[test]
fn adapt_drops_renames_and_records_and_the_grid_checks_clean() {
    let dir = demarche();

    let (mut session, seen) = spawn(dir.path());
    let mut answer = |waits: &[&str], keys: &str| {
        for wait in waits {
            if let Err(e) = session.expect(*wait) {
                let so_far = plain(&seen.lock().unwrap());
                panic!("waiting for {wait:?}: {e}\n--- so far ---\n{so_far}");
            }
        }
        session.send(keys).unwrap();
    };
    // The end of a menu: it is drawn, keys go to it.
    let menu = "Terminer (écrire";
    answer(
        &["Critère 1/18", menu],
        &format!("{DOWN}{DOWN}{DOWN}{ENTER}"),
    );
    // habitants-distincts (a number: keep, reword, weight, target, drop).
    answer(
        &["Indicateur 1/4", menu],
        &format!("{}{ENTER}", DOWN.repeat(4)),
    );
    answer(&["Indicateur 2/4", menu], ENTER);
    answer(&["Indicateur 3/4", menu], ENTER);
    answer(&["Indicateur 4/4", menu], ENTER);
    answer(&["Critère 1/18", menu], &format!("{DOWN}{ENTER}"));
    answer(
        &["Nouveau libellé"],
        &format!(
            "{}Accueil et écoute de chacun{ENTER}",
            BACKSPACE.repeat(120)
        ),
    );
    answer(
        &["Critère 1/18", menu],
        &format!("{}{ENTER}", DOWN.repeat(6)),
    );
    answer(
        &["Notre utilité sociale\u{a0}:"],
        &format!("Que chaque habitant trouve ici un lieu où agir avec d'autres.{ENTER}"),
    );
    // The grid's roles, ticked: the inhabitants and the board.
    answer(
        &["Qui a pris part", "Partenaire"],
        &format!(" {} {ENTER}", DOWN.repeat(3)),
    );
    answer(&["Combien de personnes"], &format!("9{ENTER}"));
    answer(&["Quand"], ENTER);
    let done = session.expect(Eof).unwrap();
    let end = plain(done.as_bytes());
    assert!(end.contains("Grille locale écrite"), "{end}");
    assert!(end.contains("utilsoc grids show"), "{end}");

    let grid = std::fs::read_to_string(dir.path().join("grille.toml")).unwrap();
    assert!(
        grid.contains("ignore = [\"habitants-distincts\"]"),
        "{grid}"
    );
    assert!(
        grid.contains("chosen_by = [\"habitant\", \"administrateur\"]"),
        "{grid}"
    );
    let demarche = std::fs::read_to_string(dir.path().join("utilsoc.toml")).unwrap();
    assert!(demarche.contains("grid = \"grille.toml\""), "{demarche}");
    // The démarche file's comments are kept.
    assert!(demarche.contains("# La grille"), "{demarche}");

    let check = utilsoc(dir.path(), &["check", "grille.toml"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{check:?}");
    let show = utilsoc(dir.path(), &["grids", "show"]).output().unwrap();
    assert!(show.status.success(), "{show:?}");
    let shown = String::from_utf8(show.stdout).unwrap();
    assert!(shown.contains("Accueil et écoute de chacun"), "{shown}");
    assert!(!shown.contains("habitants-distincts"), "{shown}");
    assert!(shown.contains("Notre utilité sociale"), "{shown}");
    assert!(shown.lines().all(|l| l.chars().count() <= 80), "{shown}");

    // At 80 columns, no row the walk drew was wrapped by the terminal.
    let mut terminal = vt100::Parser::new(
        std::num::NonZeroU16::new(2000).unwrap(),
        std::num::NonZeroU16::new(80).unwrap(),
        0,
    );
    terminal.process(&seen.lock().unwrap());
    let screen = terminal.screen();
    let rows: Vec<String> = screen.rows(0, 80).collect();
    for (n, row) in rows.iter().enumerate() {
        assert!(
            !screen.row_wrapped(n as u16),
            "row {n} was cut at 80 columns: {row:?}\n{}",
            rows.join("\n")
        );
    }
}

/// `utilsoc grids adapt` in `dir`, in a terminal of 24 rows × 80 columns,
/// in French, without colour; and everything it writes.
fn spawn(dir: &Path) -> (Terminal, Arc<Mutex<Vec<u8>>>) {
    pty::session(pty::utilsoc_fr(dir, 24, 80, &["grids", "adapt"]), TIMEOUT)
}

/// A démarche on `centres-sociaux`, made by `init --yes` in a new folder.
fn demarche() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let init = utilsoc(
        dir.path(),
        &[
            "init",
            "--yes",
            "--grid",
            "centres-sociaux",
            "--organisation",
            "Les Tilleuls",
        ],
    )
    .output()
    .unwrap();
    assert!(init.status.success(), "{init:?}");
    dir
}

#[test]
fn a_second_session_on_the_same_grid_is_told_who_holds_it() {
    let dir = demarche();
    let (mut first, _) = spawn(dir.path());
    first.expect("Terminer (écrire").unwrap();
    let (mut second, _) = spawn(dir.path());
    second.expect("ouvert dans une autre session").unwrap();
    second.expect(Eof).unwrap();
    // The first goes on and finishes.
    first.send(format!("{}{ENTER}", DOWN.repeat(6))).unwrap();
    for prompt in [
        "Notre utilité sociale\u{a0}:",
        "Qui a pris part",
        "Combien",
        "Quand",
    ] {
        first.expect(prompt).unwrap();
        first.send(ENTER).unwrap();
    }
    first.expect("Grille locale écrite").unwrap();
    first.expect(Eof).unwrap();
    assert!(dir.path().join("grille.toml").exists());
}
