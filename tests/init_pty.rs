//! `utilsoc init` driven through a real pseudo-terminal (expectrl), as a
//! coordinator at a keyboard answers it: what the options leave out is asked,
//! in French by default. Every wait is on text the program prints, with a
//! timeout; each test works in its own temporary folder.

#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::process::Process;
use expectrl::session::OsProcess;
use expectrl::{Eof, Expect, Session};

const TIMEOUT: Duration = Duration::from_secs(10);
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";

fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
    command
        .args(args)
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    command
}

fn read_toml(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).unwrap();
    toml::from_str(&text).unwrap()
}

fn strings(table: &toml::Table, key: &str) -> Vec<String> {
    table[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn guided_init_asks_what_the_options_leave_out_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let mut process = OsProcess::spawn_command(command(dir.path(), &["init", "asso"])).unwrap();
    let stream = process.open_stream().unwrap();
    let mut session = Session::new(process, stream).unwrap();
    session.set_expect_timeout(Some(TIMEOUT));
    let mut answer = |prompt: &str, keys: &str| {
        if let Err(e) = session.expect(prompt) {
            panic!("waiting for {prompt:?}: {e}");
        }
        session.send(keys).unwrap();
    };
    answer("Nouvelle démarche", "");
    answer(
        "Organisation",
        &format!("Centre social Les Tilleuls{ENTER}"),
    );
    // Enter keeps the title offered.
    answer("Titre de la démarche", ENTER);
    // The second built-in grid.
    answer("Grille", &format!("{DOWN}{ENTER}"));
    // Adapted in a local grid of its own.
    answer("Adapter la grille", &format!("{DOWN}{ENTER}"));
    answer("Périodes évaluées", &format!("2025, 2025-S1{ENTER}"));
    answer("Actions évaluées", &format!("couture, jardin{ENTER}"));
    // The grid names its roles: Enter keeps them all.
    answer("Qui répond", ENTER);
    if let Err(e) = session.expect("Démarche écrite") {
        panic!("waiting for the démarche: {e}");
    }
    // « Adapter » answered: the adapt walk follows, on the local grid just
    // written. Finished at once, then the record.
    let mut answer = |prompt: &str, keys: &str| {
        if let Err(e) = session.expect(prompt) {
            panic!("waiting for {prompt:?}: {e}");
        }
        session.send(keys).unwrap();
    };
    answer("Terminer (écrire", &format!("{}{ENTER}", DOWN.repeat(6)));
    answer(
        "Notre utilité sociale\u{a0}:",
        &format!("Un lieu pour tous.{ENTER}"),
    );
    answer("Qui a pris part", ENTER);
    answer("Combien de personnes", &format!("6{ENTER}"));
    answer("Quand", ENTER);
    if let Err(e) = session.expect("Grille locale écrite") {
        panic!("waiting for the end: {e}");
    }
    session.expect(Eof).unwrap();
    let demarche = dir.path().join("asso");
    let file = read_toml(&demarche.join("utilsoc.toml"));
    assert_eq!(
        file["organisation"].as_str(),
        Some("Centre social Les Tilleuls")
    );
    assert_eq!(
        file["title"].as_str(),
        Some("Évaluation de l'utilité sociale")
    );
    assert_eq!(file["grid"].as_str(), Some("grille.toml"));
    let local = read_toml(&demarche.join("grille.toml"));
    assert_eq!(local["extends"].as_str(), Some("centres-sociaux@1"));
    assert_eq!(local["id"].as_str(), Some("centre-social-les-tilleuls"));
    let record = local["social_utility"].as_table().unwrap();
    assert_eq!(record["definition"].as_str(), Some("Un lieu pour tous."));
    assert_eq!(record["participants"].as_integer(), Some(6));
    assert_eq!(strings(&file, "periods"), ["2025", "2025-S1"]);
    let actions: Vec<&str> = file["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["couture", "jardin"]);
    for folder in ["donnees", "evaluations", "rapports"] {
        assert!(demarche.join(folder).is_dir(), "{folder}");
    }
}

#[test]
fn init_with_yes_asks_nothing_and_makes_the_folders() {
    let dir = tempfile::tempdir().unwrap();
    let output = command(dir.path(), &["--lang", "en", "init", "--yes"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    for folder in ["data", "evaluations", "reports"] {
        assert!(dir.path().join(folder).is_dir(), "{folder}");
    }
    let file = read_toml(&dir.path().join("utilsoc.toml"));
    assert_eq!(file["grid"].as_str(), Some("utilite-sociale"));
    // The organisation is the folder's name.
    let name = dir.path().file_name().unwrap().to_str().unwrap();
    assert_eq!(file["organisation"].as_str(), Some(name));
    // A second init refuses, and leaves the file as it was.
    let before = std::fs::read(dir.path().join("utilsoc.toml")).unwrap();
    let again = command(dir.path(), &["init", "--yes", "--title", "Autre"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        std::fs::read(dir.path().join("utilsoc.toml")).unwrap(),
        before
    );
}
