//! `utilsoc judge` driven through a real pseudo-terminal (expectrl), in a
//! démarche made by `init --yes` in a temporary folder with the Tilleuls
//! example's survey and figures: two criteria judged, Ctrl-C, the walk
//! resumed where it stopped, the file read back; in a terminal of 24 rows ×
//! 80 columns (set by `stty`), replayed through vt100 to see that no row is
//! wider than the screen. Every wait is on text the program prints.

#![cfg(unix)]

mod pty;

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use expectrl::{Eof, Expect};
use pty::Terminal;

const TIMEOUT: Duration = Duration::from_secs(20);
const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";
const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/tilleuls");

struct Pty {
    session: Terminal,
    seen: Arc<Mutex<Vec<u8>>>,
}

impl Pty {
    /// `utilsoc -q judge` in `dir`, in French, at 24 × 80.
    fn judge(dir: &Path) -> Pty {
        let (session, seen) = pty::session(pty::utilsoc_fr(dir, 24, 80, &["-q", "judge"]), TIMEOUT);
        Pty { session, seen }
    }

    /// What the terminal shows, row by row.
    fn screen(&self) -> String {
        let rows: Vec<String> = self.rows_at_80().into_iter().map(|(r, _)| r).collect();
        rows.join("\n").trim_end().to_owned()
    }

    /// Waits for the words of `text`, wherever lines were wrapped.
    fn expect_words(&mut self, text: &str) {
        let words: Vec<String> = text.split_whitespace().map(regex_escape).collect();
        if let Err(e) = self.session.expect(expectrl::Regex(words.join(r"\s+"))) {
            panic!(
                "waiting for the words {text:?}: {e}\n--- the terminal so far ---\n{}",
                self.screen()
            );
        }
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("write to the pty");
    }

    /// At the menu `prompt` (drawn with its French colon): ↓ `downs` times,
    /// then Enter.
    fn choose(&mut self, prompt: &str, downs: usize) {
        self.expect_words(&format!("{prompt}\u{a0}:"));
        self.send(&format!("{}{ENTER}", DOWN.repeat(downs)));
    }

    /// At the text field `prompt`: types `text`, then Enter.
    fn type_in(&mut self, prompt: &str, text: &str) {
        self.expect_words(prompt);
        self.send(&format!("{text}{ENTER}"));
    }

    /// Waits for the end; the exit code.
    fn end(&mut self) -> i32 {
        if let Err(e) = self.session.expect(Eof) {
            panic!("waiting for the end: {e}\n{}", self.screen());
        }
        pty::exit_code(&self.session).expect("utilsoc exited")
    }

    /// The rows an 80-column terminal shows for everything written to it,
    /// with whether the terminal had to wrap each.
    fn rows_at_80(&self) -> Vec<(String, bool)> {
        let rows = std::num::NonZeroU16::new(2000).unwrap();
        let columns = std::num::NonZeroU16::new(80).unwrap();
        let mut terminal = vt100::Parser::new(rows, columns, 0);
        terminal.process(&self.seen.lock().unwrap());
        let screen = terminal.screen();
        screen
            .rows(0, 80)
            .enumerate()
            .map(|(n, row)| (row, screen.row_wrapped(n as u16)))
            .collect()
    }
}

fn regex_escape(word: &str) -> String {
    word.chars().fold(String::new(), |mut out, c| {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// A démarche made by `init --yes` on the example's grid, its survey and
/// figures copied into its data folder.
fn demarche() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(EXAMPLE).join("grille-tilleuls.toml"),
        dir.path().join("grille-tilleuls.toml"),
    )
    .unwrap();
    let init = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args([
            "--lang",
            "fr",
            "init",
            "--yes",
            "--grid",
            "grille-tilleuls.toml",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    for csv in ["enquete-participants.csv", "indicateurs-structure.csv"] {
        std::fs::copy(
            Path::new(EXAMPLE).join(csv),
            dir.path().join("donnees").join(csv),
        )
        .unwrap();
    }
    dir
}

fn read(path: &Path) -> toml::Table {
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

const VERDICT: &str = "L'appréciation du groupe";
const ARGUMENT: &str = "Argument (sur quoi repose l'appréciation";
const RECOMMENDATIONS: &str = "Recommandations (peut rester vide)";

#[test]
fn two_criteria_judged_ctrl_c_then_resumed_where_it_stopped() {
    let dir = demarche();
    let file = dir.path().join("jugement.toml");
    let mut pty = Pty::judge(dir.path());
    pty.expect_words("Le jugement du groupe sur la grille");
    pty.type_in("Qui juge", "Bureau et 3 habitants");
    // The first action in the data's order, its first criterion: the score
    // on every respondent and its coverage.
    pty.expect_words("(1/128) Accompagnement à la scolarité · 2024");
    pty.expect_words("Score (tous les répondants)\u{a0}: 93 / 100");
    pty.choose(VERDICT, 0);
    pty.type_in(ARGUMENT, "Les enfants sont bien accueillis");
    pty.type_in(RECOMMENDATIONS, "");
    pty.expect_words("(2/128)");
    // « pas atteint »
    pty.choose(VERDICT, 2);
    pty.type_in(ARGUMENT, "");
    pty.type_in(RECOMMENDATIONS, "Aller vers les familles");
    pty.expect_words("(3/128)");
    pty.expect_words(&format!("{VERDICT}\u{a0}:"));
    pty.send(CTRL_C);
    pty.expect_words("interrompu\u{a0}: 2 critères jugés sur 128");
    pty.expect_words("Pour continuer\u{a0}: utilsoc judge.");
    assert_eq!(pty.end(), 130);
    assert!(!dir.path().join(".jugement.toml.lock").exists());

    let saved = read(&file);
    assert_eq!(
        saved["participants"].as_str(),
        Some("Bureau et 3 habitants")
    );
    let appreciations = saved["appreciations"].as_array().unwrap();
    assert_eq!(appreciations.len(), 2);
    let field = |n: usize, key: &str| {
        appreciations[n]
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    assert_eq!(
        field(0, "action").as_deref(),
        Some("Accompagnement à la scolarité")
    );
    assert_eq!(field(0, "period").as_deref(), Some("2024"));
    assert_eq!(field(0, "verdict").as_deref(), Some("met"));
    assert_eq!(
        field(0, "argument").as_deref(),
        Some("Les enfants sont bien accueillis")
    );
    assert_eq!(field(0, "recommendations"), None);
    assert_eq!(field(1, "verdict").as_deref(), Some("not_met"));
    assert_eq!(
        field(1, "recommendations").as_deref(),
        Some("Aller vers les familles")
    );
    let seen = appreciations[0]["seen"].as_table().unwrap();
    assert_eq!(seen["responses"].as_integer(), Some(10));
    assert!(seen["score"].as_float().is_some());

    // Resumed: where it stopped, saying how many are done; then stopped.
    let mut pty = Pty::judge(dir.path());
    pty.expect_words("2 critères sur 128 déjà jugés");
    pty.expect_words("(3/128)");
    pty.choose(VERDICT, 5);
    pty.expect_words("Arrêté\u{a0}: 2 critères jugés sur 128");
    assert_eq!(pty.end(), 0);
    assert_eq!(read(&file)["appreciations"], saved["appreciations"]);
    // At 80 columns, the terminal never had to wrap a row.
    let rows = pty.rows_at_80();
    assert!(
        rows.iter()
            .any(|(r, _)| r.starts_with("(3/128) Accompagnement"))
    );
    let wrapped: Vec<&String> = rows
        .iter()
        .filter(|(_, wrapped)| *wrapped)
        .map(|(row, _)| row)
        .collect();
    assert!(wrapped.is_empty(), "{wrapped:#?}\n{}", pty.screen());
    // `check` reads the file, and finds it clean.
    let check = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args(["--lang", "en", "-q", "check"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(!stdout.contains("invalid-judgement"), "{stdout}");
}

#[test]
fn a_second_session_is_told_who_holds_the_file_and_ctrl_c_before_any_answer_writes_nothing() {
    let dir = demarche();
    let mut first = Pty::judge(dir.path());
    first.expect_words("Qui juge");
    let mut second = Pty::judge(dir.path());
    second.expect_words("`jugement.toml` est ouvert dans une autre session");
    assert_eq!(second.end(), 2);
    first.send(CTRL_C);
    first.expect_words("interrompu\u{a0}: aucune réponse donnée, aucun fichier écrit");
    assert_eq!(first.end(), 130);
    assert!(!dir.path().join("jugement.toml").exists());
    assert!(!dir.path().join(".jugement.toml.lock").exists());
}
