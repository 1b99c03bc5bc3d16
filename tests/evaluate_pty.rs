//! `utilsoc evaluate` driven through a real pseudo-terminal (expectrl), the
//! way a user at a keyboard drives it: dialoguer's menus on stderr, arrow keys
//! as escape sequences, Enter as a carriage return, Ctrl-C as `\x03`. Every
//! wait is on text the program prints, with a timeout: nothing sleeps, nothing
//! hangs. The grid is `tests/pty/grid.toml` (one domain, two criteria, one
//! indicator of each scale type); each test works in its own temporary folder.

#![cfg(unix)]

mod pty;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect};
use pty::{Terminal, plain};

const GRID: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pty/grid.toml");
const TIMEOUT: Duration = Duration::from_secs(10);

const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";

// ---------------------------------------------------------------------------
// The terminal side.

/// `utilsoc evaluate` running in a pseudo-terminal.
struct Pty {
    session: Terminal,
    seen: Arc<Mutex<Vec<u8>>>,
    lang: String,
}

impl Pty {
    /// `utilsoc --lang LANG evaluate --grid GRID ARGS...`, run in `dir`.
    fn spawn(dir: &Path, lang: &str, args: &[&str]) -> Pty {
        let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
        command
            .args(["--lang", lang, "evaluate", "--grid", GRID])
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm-256color")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("COLUMNS")
            .env_remove("LINES");
        Pty::from_command(command, lang)
    }

    fn from_command(command: Command, lang: &str) -> Pty {
        let (session, seen) = pty::session(command, TIMEOUT);
        Pty {
            session,
            seen,
            lang: lang.to_owned(),
        }
    }

    /// What the terminal showed so far, escape sequences removed.
    fn screen(&self) -> String {
        plain(&self.seen.lock().unwrap())
    }

    /// Waits for `text`; returns what came before it (escape sequences removed).
    fn expect(&mut self, text: &str) -> String {
        match self.session.expect(text) {
            Ok(found) => plain(found.before()),
            Err(e) => panic!(
                "waiting for {text:?}: {e}\n--- the terminal so far ---\n{}",
                self.screen()
            ),
        }
    }

    /// Waits for the words of `text`, whatever spaces or line ends are
    /// between them: messages are wrapped at the terminal's width.
    fn expect_words(&mut self, text: &str) -> String {
        let escape = |word: &str| {
            word.chars().fold(String::new(), |mut out, c| {
                if "\\.+*?()|[]{}^$#&-~".contains(c) {
                    out.push('\\');
                }
                out.push(c);
                out
            })
        };
        let words: Vec<String> = text.split_whitespace().map(escape).collect();
        match self.session.expect(expectrl::Regex(words.join(r"\s+"))) {
            Ok(found) => plain(found.before()),
            Err(e) => panic!(
                "waiting for the words {text:?}: {e}\n--- the terminal so far ---\n{}",
                self.screen()
            ),
        }
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("write to the pty");
    }

    /// `prompt` as the plain theme draws it: with a colon (after a
    /// non-breaking space in French), none after a question mark.
    fn prompt(&self, prompt: &str) -> String {
        if prompt.ends_with(['?', ':', '…']) {
            prompt.to_owned()
        } else if self.lang == "fr" {
            format!("{prompt}\u{a0}:")
        } else {
            format!("{prompt}:")
        }
    }

    /// At a menu drawn under `prompt`: `downs` times ↓, then Enter.
    fn choose(&mut self, prompt: &str, downs: usize) {
        let prompt = self.prompt(prompt);
        self.expect(&format!("{prompt}\r\n"));
        self.send(&format!("{}{ENTER}", DOWN.repeat(downs)));
    }

    /// At a text field drawn as `prompt: `: types `text`, then Enter.
    fn type_in(&mut self, prompt: &str, text: &str) {
        let prompt = self.prompt(prompt);
        self.expect(&format!("{prompt} "));
        self.send(&format!("{text}{ENTER}"));
    }

    /// Waits for indicator `n` of 4 to be shown; returns what came before.
    fn at(&mut self, n: usize) -> String {
        self.expect(&format!("({n}/4) "))
    }

    /// Waits for the program to end: its exit code and its last output.
    fn finish(mut self) -> Ended {
        let output = match self.session.expect(Eof) {
            Ok(found) => plain(found.as_bytes()),
            Err(e) => panic!(
                "waiting for the end: {e}\n--- the terminal so far ---\n{}",
                self.screen()
            ),
        };
        let deadline = Instant::now() + TIMEOUT;
        let code = loop {
            match self.session.get_process().status() {
                Ok(WaitStatus::Exited(_, code)) => break code,
                Ok(WaitStatus::Signaled(_, signal, _)) => {
                    panic!("killed by {signal:?}\n{}", self.screen())
                }
                Ok(_) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                other => panic!("no exit status: {other:?}\n{}", self.screen()),
            }
        };
        // dialoguer hides the cursor in menus: it must be shown again.
        let seen = self.seen.lock().unwrap();
        let last = |needle: &[u8]| seen.windows(needle.len()).rposition(|w| w == needle);
        let cursor_hidden = last(b"\x1b[?25l") > last(b"\x1b[?25h");
        Ended {
            code,
            output,
            cursor_hidden,
        }
    }
}

/// How a run ended.
#[derive(Debug)]
struct Ended {
    code: i32,
    /// What was printed after the last thing waited for.
    output: String,
    /// Whether the program left the cursor hidden.
    cursor_hidden: bool,
}

impl Ended {
    /// Exit code 0, the cursor visible.
    fn assert_success(&self) {
        assert_eq!(self.code, 0, "{}", self.output);
        assert!(!self.cursor_hidden, "the cursor is left hidden");
    }
}

// ---------------------------------------------------------------------------
// Files and scores.

fn read_toml(path: &Path) -> toml::Table {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.parse()
        .unwrap_or_else(|e| panic!("{} is not TOML: {e}\n{text}", path.display()))
}

/// The `[[answers]]` entry of `indicator`, if any.
fn answer<'a>(file: &'a toml::Table, indicator: &str) -> Option<&'a toml::Table> {
    file.get("answers")?
        .as_array()?
        .iter()
        .filter_map(toml::Value::as_table)
        .find(|a| a.get("indicator").and_then(toml::Value::as_str) == Some(indicator))
}

/// The answer of `indicator`, which must exist.
fn entry<'a>(file: &'a toml::Table, indicator: &str) -> &'a toml::Table {
    answer(file, indicator).unwrap_or_else(|| panic!("no answer for `{indicator}` in {file:#?}"))
}

fn str_of<'a>(table: &'a toml::Table, key: &str) -> Option<&'a str> {
    table.get(key).and_then(toml::Value::as_str)
}

/// The answered value of a number indicator (TOML may hold it as an integer
/// or a float).
fn number_of(table: &toml::Table, key: &str) -> Option<f64> {
    match table.get(key)? {
        toml::Value::Float(x) => Some(*x),
        toml::Value::Integer(i) => Some(*i as f64),
        _ => None,
    }
}

/// One row of `utilsoc score --format csv`.
#[derive(Debug, PartialEq)]
struct ScoreRow {
    node: String,
    id: String,
    score: Option<f64>,
    scored: u32,
    scorable: u32,
}

/// `utilsoc score --grid GRID FILE --format csv`, one row per node.
fn score_csv(file: &Path) -> Vec<ScoreRow> {
    let output = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args(["--lang", "en", "score", "--grid", GRID])
        .arg(file)
        .args(["--format", "csv"])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run utilsoc score");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "utilsoc score failed\nstdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Saved against this very grid: no "grid changed" warning.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column `{name}` in {headers:?}"))
    };
    let (node, id, score, scored, scorable) = (
        column("node"),
        column("id"),
        column("score"),
        column("scored"),
        column("scorable"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            ScoreRow {
                node: r[node].to_owned(),
                id: r[id].to_owned(),
                score: (!r[score].is_empty()).then(|| r[score].parse().unwrap()),
                scored: r[scored].parse().unwrap(),
                scorable: r[scorable].parse().unwrap(),
            }
        })
        .collect()
}

/// Checks the score of node `id` (`None`: no score) and its coverage.
fn assert_score(rows: &[ScoreRow], id: &str, score: Option<f64>, scored: u32, scorable: u32) {
    let row = rows
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no row for `{id}` in {rows:#?}"));
    match (row.score, score) {
        (Some(got), Some(want)) => assert!(
            (got - want).abs() < 0.01,
            "score of `{id}`: {got}, expected {want}"
        ),
        (got, want) => assert_eq!(got, want, "score of `{id}`"),
    }
    assert_eq!(
        (row.scored, row.scorable),
        (scored, scorable),
        "coverage of `{id}` ({})",
        row.node
    );
}

/// The lock file a session holds beside `file`.
fn lock_file(file: &Path) -> std::path::PathBuf {
    let name = file.file_name().unwrap().to_str().unwrap();
    file.with_file_name(format!(".{name}.lock"))
}

/// The period offered by default: last year until June, this year from July.
fn default_period() -> i16 {
    let today = jiff::ZonedDateTime::now().date();
    if today.month() < 7 {
        today.year() - 1
    } else {
        today.year()
    }
}

/// The names of the files in `dir`, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

/// The flags that spare the questions before the walk.
fn flags(file: &Path) -> Vec<&str> {
    vec![
        "--action",
        "Workshops",
        "--period",
        "2025",
        "--role",
        "staff",
        "--evaluator",
        "Sam",
        "-o",
        path_str(file),
    ]
}

/// Asserts that no indicator was shown in `text` (what came before the
/// next one waited for).
fn assert_no_indicator_shown(text: &str) {
    assert!(
        !text.contains("/4) "),
        "an indicator was shown before the one expected:\n{text}"
    );
}

// ---------------------------------------------------------------------------
// The tests.

/// Everything asked at the prompts (action, period, role, name), every scale
/// type answered; the file and the scores match what was typed.
#[test]
fn a_full_walk_through_saves_every_answer_and_scores_them() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &["-o", path_str(&file)]);

    pty.expect("Autoévaluation: Interactive test grid");
    pty.type_in("Action evaluated", "Digital workshops");
    // The period's default is shown, and typing replaces it.
    pty.expect(&format!("Period: [{}] ", default_period()));
    pty.send(&format!("2025{ENTER}"));
    pty.choose("Who is answering?", 1); // volunteer
    pty.type_in("Your name (optional)", "Camille Martin");
    pty.expect(&format!(
        "Answers are saved as you go in {}",
        file.display()
    ));
    // Nothing is answered yet, but the file is there.
    assert_eq!(
        str_of(&read_toml(&file), "action"),
        Some("Digital workshops")
    );

    pty.at(1);
    pty.expect("Social ties › The action creates encounters");
    pty.expect("Thanks to the workshop, I met people I did not know");
    pty.expect("(New relationships)");
    pty.expect("Help: Asked at the end of the session.");
    pty.choose("Your answer", 2);
    pty.expect("Your answer: Quite");

    pty.at(2);
    pty.expect("Was helped by another participant");
    pty.choose("Your answer", 1);
    pty.expect("Your answer: No");

    pty.at(3);
    pty.expect("Social ties › Regular attendance");
    pty.type_in("Value [0–100] (%)", "35");

    pty.at(4);
    pty.expect("A participant's testimony");
    pty.type_in("Answer", "Very useful workshop");
    pty.type_in("…", "We met our neighbours");
    pty.type_in("…", "");

    let ended = pty.finish();
    ended.assert_success();
    // The action's scores, rounded in the table, then what is complete and
    // where the file is.
    for line in [
        "All 4 indicators are answered: 4 answers.",
        "Social ties",
        "39 (3/3)",
        "› The action creates encounters",
        "35 (2/2)",
        "› Regular attendance",
        "50 (1/1)",
    ] {
        assert!(
            ended.output.contains(line),
            "no `{line}` in:\n{}",
            ended.output
        );
    }
    assert!(
        ended
            .output
            .contains(&format!("Evaluation file: {}", file.display())),
        "{}",
        ended.output
    );

    let saved = read_toml(&file);
    assert_eq!(saved["format"].as_integer(), Some(1));
    let grid = saved["grid"].as_table().unwrap();
    assert_eq!(str_of(grid, "id"), Some("essai-pty"));
    assert_eq!(str_of(grid, "version"), Some("1.0.0"));
    assert!(str_of(grid, "hash").is_some_and(|h| !h.is_empty()));
    assert_eq!(str_of(&saved, "action"), Some("Digital workshops"));
    assert_eq!(str_of(&saved, "period"), Some("2025"));
    // Stored as its id, shown as its label.
    assert_eq!(str_of(&saved, "role"), Some("benevole"));
    assert_eq!(str_of(&saved, "evaluator"), Some("Camille Martin"));
    let date = str_of(&saved, "date").unwrap();
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "date {date}"
    );
    assert!(str_of(&saved, "updated").is_some());

    let answers = saved["answers"].as_array().unwrap();
    let order: Vec<&str> = answers
        .iter()
        .map(|a| a["indicator"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        ["relations", "entraide", "taux-retour", "temoignage"]
    );
    assert_eq!(str_of(entry(&saved, "relations"), "value"), Some("assez"));
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(false));
    assert_eq!(number_of(entry(&saved, "taux-retour"), "value"), Some(35.0));
    assert_eq!(
        str_of(entry(&saved, "temoignage"), "value"),
        Some("Very useful workshop\nWe met our neighbours")
    );
    for a in answers {
        assert!(a.get("status").is_none(), "{a:?}");
    }

    // By hand: relations 70 (assez), entraide 0 (no) → criterion 35;
    // taux-retour (35 - 10) / (60 - 10) = 50, the text is not scored →
    // criterion 50; domain (3 × 35 + 1 × 50) / 4 = 38.75.
    let rows = score_csv(&file);
    assert_score(&rows, "relations", Some(70.0), 1, 1);
    assert_score(&rows, "entraide", Some(0.0), 1, 1);
    assert_score(&rows, "taux-retour", Some(50.0), 1, 1);
    assert_score(&rows, "temoignage", None, 0, 0);
    assert_score(&rows, "rencontres", Some(35.0), 2, 2);
    assert_score(&rows, "participation", Some(50.0), 1, 1);
    assert_score(&rows, "lien-social", Some(38.75), 3, 3);
}

/// N/A, skip, back, comment, and "answer this question" from the menu of a
/// typed answer.
#[test]
fn na_skip_back_and_comment_are_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));

    // Levels: 4 answers, then N/A (4), skip (5), back (6), comment (7)...
    pty.at(1);
    pty.choose("Your answer", 7);
    pty.type_in("Comment (empty to remove)", "Only half the group answered");
    pty.expect("Comment saved.");
    // The same question again, with its comment.
    let before = pty.at(1);
    assert!(!before.contains("(2/4)"), "{before}");
    pty.expect("Comment: Only half the group answered");
    pty.choose("Your answer", 4); // N/A
    pty.expect("Your answer: Not applicable (N/A)");

    // Boolean: yes, no, then N/A (2), skip (3), back (4)...
    pty.at(2);
    pty.choose("Your answer", 0); // yes

    // Number: empty input opens the menu: answer this question (0), N/A (1),
    // skip (2), back (3), comment (4)...
    pty.at(3);
    pty.type_in("Value [0–100] (%)", "");
    pty.choose("Your answer", 3); // back
    pty.expect("Your answer: Back to the previous question");
    // The previous question is asked again, with its answer.
    assert_no_indicator_shown(&pty.at(2));
    pty.expect("Was helped by another participant");
    pty.expect("Current answer: Yes");
    pty.choose("Your answer", 1); // no, this time
    pty.expect("Your answer: No");

    pty.at(3);
    pty.type_in("Value [0–100] (%)", "");
    pty.choose("Your answer", 2); // skip

    // Text: empty opens the menu; "answer this question" asks it again.
    pty.at(4);
    pty.type_in("Answer", "");
    pty.choose("Your answer", 0);
    assert_no_indicator_shown(&pty.at(4));
    pty.type_in("Answer", "");
    pty.choose("Your answer", 1); // N/A

    pty.said("Done: 3 of 4 indicators answered");
    pty.finish().assert_success();

    let saved = read_toml(&file);
    let relations = entry(&saved, "relations");
    assert_eq!(str_of(relations, "status"), Some("na"));
    assert!(relations.get("value").is_none(), "{relations:?}");
    assert_eq!(
        str_of(relations, "comment"),
        Some("Only half the group answered")
    );
    let entraide = entry(&saved, "entraide");
    assert_eq!(entraide["value"].as_bool(), Some(false));
    assert!(entraide.get("status").is_none(), "{entraide:?}");
    let taux = entry(&saved, "taux-retour");
    assert_eq!(str_of(taux, "status"), Some("missing"));
    assert!(taux.get("value").is_none(), "{taux:?}");
    let temoignage = entry(&saved, "temoignage");
    assert_eq!(str_of(temoignage, "status"), Some("na"));
    assert!(temoignage.get("value").is_none(), "{temoignage:?}");

    // N/A leaves the indicator out of the coverage; skipped counts as
    // missing: the criterion without a value has no score, not 0.
    let rows = score_csv(&file);
    assert_score(&rows, "relations", None, 0, 0);
    assert_score(&rows, "entraide", Some(0.0), 1, 1);
    assert_score(&rows, "rencontres", Some(0.0), 1, 1);
    assert_score(&rows, "taux-retour", None, 0, 1);
    assert_score(&rows, "participation", None, 0, 1);
    assert_score(&rows, "lien-social", Some(0.0), 1, 2);
}

/// A number that is not one, or out of bounds, is refused and the same
/// question asked again; then a valid one (decimal comma) is taken.
#[test]
fn an_invalid_number_is_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));
    pty.at(1);
    pty.choose("Your answer", 0);
    pty.at(2);
    pty.choose("Your answer", 0);
    pty.at(3);
    pty.expect("Leave empty and press Enter for the menu");
    pty.type_in("Value [0–100] (%)", "abc");
    pty.expect("`abc` is not accepted: expected a number from 0 to 100");
    assert_no_indicator_shown(&pty.expect("Value [0–100] (%): "));
    pty.send(&format!("150{ENTER}"));
    pty.expect("`150` is not accepted: expected a number from 0 to 100");
    assert_no_indicator_shown(&pty.expect("Value [0–100] (%): "));
    // Nothing was saved for it meanwhile.
    assert!(answer(&read_toml(&file), "taux-retour").is_none());
    pty.send(&format!("42,5{ENTER}"));
    let before = pty.at(4);
    assert!(!before.contains("not accepted"), "{before}");

    // Save and quit from the text's menu: answer (0), N/A, skip, back,
    // comment, overview, quit (6).
    pty.type_in("Answer", "");
    pty.choose("Your answer", 6);
    pty.said("To go on where you stopped:");
    pty.said(&format!(
        "utilsoc evaluate --grid {GRID} -o {}",
        file.display()
    ));
    pty.finish().assert_success();

    let saved = read_toml(&file);
    assert_eq!(number_of(entry(&saved, "taux-retour"), "value"), Some(42.5));
    assert!(answer(&saved, "temoignage").is_none(), "{saved:#?}");
}

/// Ctrl-C part-way, in a text field then in a menu: exit 130, the answers
/// given are in the file; the same command resumes at the first unanswered
/// indicator, and the walk can be finished.
#[test]
fn ctrl_c_keeps_the_answers_and_the_walk_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));
    pty.at(1);
    pty.choose("Your answer", 3); // completely
    pty.at(2);
    pty.choose("Your answer", 0); // yes
    pty.at(3);
    pty.expect("Value [0–100] (%): ");
    pty.send("12"); // typed, never confirmed
    pty.expect("12");
    pty.send(CTRL_C);
    pty.said(&format!(
        "interrupted: 2 answers are saved in {}; run the same command to go on",
        file.display()
    ));
    let ended = pty.finish();
    assert_eq!(ended.code, 130, "{}", ended.output);
    assert!(!lock_file(&file).exists(), "the lock file is left behind");

    let saved = read_toml(&file);
    assert_eq!(
        str_of(entry(&saved, "relations"), "value"),
        Some("tout-a-fait")
    );
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(true));
    assert!(answer(&saved, "taux-retour").is_none(), "{saved:#?}");
    assert!(answer(&saved, "temoignage").is_none(), "{saved:#?}");

    // Again, with only the file: the resume line, then indicator 3.
    let resume = ["-o", path_str(&file)];
    let mut pty = Pty::spawn(dir.path(), "en", &resume);
    pty.said(&format!(
        "Resuming {} (Workshops, period 2025, role staff, by Sam): 2 of 4 indicators answered.",
        file.display()
    ));
    // The criteria not complete only.
    let before = pty.said("0/2 · Regular attendance");
    assert!(!before.contains("2/2"), "{before}");
    assert_no_indicator_shown(&pty.at(3));
    pty.type_in("Value [0–100] (%)", "60");
    // Interrupted again, in a menu this time (the terminal in raw mode,
    // the cursor hidden).
    pty.at(4);
    pty.type_in("Answer", "");
    pty.expect("Your answer:\r\n");
    pty.expect("Save and quit");
    pty.send(CTRL_C);
    pty.said(&format!(
        "interrupted: 3 answers are saved in {}",
        file.display()
    ));
    let ended = pty.finish();
    assert_eq!(ended.code, 130, "{}", ended.output);
    assert!(!lock_file(&file).exists(), "the lock file is left behind");
    assert!(
        !ended.cursor_hidden,
        "Ctrl-C in a menu left the cursor hidden"
    );
    let saved = read_toml(&file);
    assert_eq!(number_of(entry(&saved, "taux-retour"), "value"), Some(60.0));

    // And once more, to the end.
    let mut pty = Pty::spawn(dir.path(), "en", &resume);
    pty.expect("3 of 4 indicators answered.");
    assert_no_indicator_shown(&pty.at(4));
    pty.type_in("Answer", "");
    pty.choose("Your answer", 2); // skip
    pty.said("Done: 3 of 4 indicators answered");
    pty.finish().assert_success();

    let saved = read_toml(&file);
    assert_eq!(str_of(&saved, "action"), Some("Workshops"));
    assert_eq!(str_of(&saved, "role"), Some("staff"));
    assert_eq!(
        str_of(entry(&saved, "relations"), "value"),
        Some("tout-a-fait")
    );
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(true));
    assert_eq!(number_of(entry(&saved, "taux-retour"), "value"), Some(60.0));
    assert_eq!(
        str_of(entry(&saved, "temoignage"), "status"),
        Some("missing")
    );

    // 100 and 100; 60 is the target: 100.
    let rows = score_csv(&file);
    assert_score(&rows, "rencontres", Some(100.0), 2, 2);
    assert_score(&rows, "participation", Some(100.0), 1, 1);
    assert_score(&rows, "lien-social", Some(100.0), 3, 3);
}

/// Without a terminal the command fails without waiting for input, pointing
/// to `score`, and writes nothing. A piped stdin is held open while it runs:
/// a program that read it would never end, and the bound below would fail it.
/// How fast it fails is not asserted: a shared machine can be slow.
#[test]
fn without_a_terminal_it_fails_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    for stdin in [Stdio::null(), Stdio::piped()] {
        let started = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
            .args(["--lang", "en", "evaluate", "--grid", GRID])
            .args(flags(&file))
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stdin(stdin)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run utilsoc evaluate");
        // Never wait forever for a program that would wait for input.
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > TIMEOUT {
                child.kill().unwrap();
                panic!("`utilsoc evaluate` without a terminal did not end");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(stderr.contains("utilsoc score"), "{stderr}");
        assert!(output.stdout.is_empty());
        assert!(!file.exists(), "a file was written without a terminal");
    }
}

/// `--review` goes through every answer with the current one preselected:
/// Enter keeps it, an arrow changes it.
#[test]
fn review_preselects_the_current_answers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");

    // First a finished evaluation: Quite, No, 35, "Good".
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));
    pty.at(1);
    pty.choose("Your answer", 2);
    pty.at(2);
    pty.choose("Your answer", 1);
    pty.at(3);
    pty.type_in("Value [0–100] (%)", "35");
    pty.at(4);
    pty.type_in("Answer", "Good");
    pty.type_in("…", "");
    pty.finish().assert_success();
    let first = read_toml(&file);

    let mut pty = Pty::spawn(dir.path(), "en", &["-o", path_str(&file), "--review"]);
    pty.expect("4 of 4 indicators answered.");
    pty.at(1);
    pty.expect("Current answer: Quite");
    pty.choose("Your answer", 0); // Enter alone
    pty.expect("Your answer: Quite");
    pty.at(2);
    pty.expect("Current answer: No");
    pty.expect("Your answer:\r\n");
    pty.send(&format!("{UP}{ENTER}")); // from "No" up to "Yes"
    pty.expect("Your answer: Yes");
    pty.at(3);
    pty.expect("Current answer: 35\u{a0}%");
    pty.expect("Value [0–100] (%): 35");
    pty.send(ENTER);
    pty.at(4);
    pty.expect("Current answer: Good");
    pty.expect("Answer: Good");
    pty.send(ENTER);
    pty.type_in("…", "");
    pty.said("All 4 indicators are answered");
    pty.finish().assert_success();

    let saved = read_toml(&file);
    assert_eq!(str_of(entry(&saved, "relations"), "value"), Some("assez"));
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(true));
    assert_eq!(number_of(entry(&saved, "taux-retour"), "value"), Some(35.0));
    assert_eq!(str_of(entry(&saved, "temoignage"), "value"), Some("Good"));
    for key in ["action", "period", "role", "evaluator", "date"] {
        assert_eq!(saved.get(key), first.get(key), "{key}");
    }
}

/// In French, accents come through both ways: in what is shown and in what
/// is typed. Without `-o`, the file is named after the action, period, role
/// and evaluator, with a hash of them, in the current folder.
#[test]
fn in_french_accents_come_through() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), "fr", &[]);
    // French puts a no-break space before a colon.
    pty.expect("Autoévaluation\u{a0}: Grille d'essai interactive");
    pty.type_in("Action évaluée", "Ateliers numériques");
    pty.type_in("Période", "2025");
    pty.expect("Qui répond\u{a0}?\r\n");
    pty.expect("salarié·e");
    pty.send(&format!("{DOWN}{ENTER}")); // bénévole
    pty.type_in("Votre nom (facultatif)", "Élodie Hervé");
    let name = "evaluation-ateliers-numeriques-2025-benevole-elodie-herve-1ab27f.toml";
    pty.said(&format!(
        "Les réponses sont enregistrées au fur et à mesure dans {name}"
    ));

    pty.at(1);
    pty.expect("Lien social et cohésion › L'action crée des rencontres");
    pty.expect("Grâce à l'atelier, j'ai rencontré des personnes que je ne connaissais pas");
    pty.expect("Aide\u{a0}: Question posée en fin de séance.");
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.expect("Tout à fait");
    pty.expect("⟶ Sans objet (N/A)");
    pty.expect("⟶ Revenir à la question précédente");
    pty.send(&format!("{}{ENTER}", DOWN.repeat(3)));
    pty.expect("Votre réponse\u{a0}: Tout à fait");

    pty.at(2);
    pty.expect("A reçu l'aide d'un autre participant");
    pty.choose("Votre réponse", 0);
    pty.expect("Votre réponse\u{a0}: Oui");

    pty.at(3);
    pty.expect("Laissez vide et validez pour le menu");
    pty.type_in("Valeur [0–100] (%)", "");
    pty.expect("⟶ Répondre à cette question");
    pty.send(&format!("{DOWN}{ENTER}")); // sans objet
    pty.expect("Votre réponse\u{a0}: Sans objet (N/A)");

    pty.at(4);
    pty.expect("Témoignage d'un participant");
    pty.type_in("Réponse", "Très bien, merci à l'équipe");
    pty.type_in("…", "");
    let ended = pty.finish();
    ended.assert_success();
    assert!(
        collapse(&ended.output).contains(&format!("Fichier d'évaluation\u{a0}: {name}")),
        "{}",
        ended.output
    );

    let saved = read_toml(&dir.path().join(name));
    assert_eq!(str_of(&saved, "action"), Some("Ateliers numériques"));
    assert_eq!(str_of(&saved, "period"), Some("2025"));
    assert_eq!(str_of(&saved, "role"), Some("benevole"));
    assert_eq!(str_of(&saved, "evaluator"), Some("Élodie Hervé"));
    assert_eq!(
        str_of(entry(&saved, "relations"), "value"),
        Some("tout-a-fait")
    );
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(true));
    assert_eq!(str_of(entry(&saved, "taux-retour"), "status"), Some("na"));
    assert_eq!(
        str_of(entry(&saved, "temoignage"), "value"),
        Some("Très bien, merci à l'équipe")
    );
}

/// The overview by criterion shows where answers stand and jumps to the
/// first indicator of the chosen criterion.
#[test]
fn the_overview_jumps_to_a_criterion() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));

    // Levels: 4 answers, then N/A, skip, back, comment, overview (8).
    pty.at(1);
    pty.choose("Your answer", 8);
    // Back to the question (0), then one line per criterion, with its count.
    // Waited for, not looked up on the screen: the menu's lines may come
    // after its prompt in another read.
    let prompt = pty.prompt("Go to a criterion");
    pty.expect(&format!("{prompt}\r\n"));
    pty.expect("0/2 · Regular attendance");
    // Back (0), the domain (1), its criteria (2, 3).
    pty.send(&format!("{}{ENTER}", DOWN.repeat(3)));
    // The second criterion starts at the third indicator.
    assert_no_indicator_shown(&pty.at(3));
    pty.type_in("Value [0–100] (%)", "30");
    pty.at(4);
    pty.type_in("Answer", "");
    pty.choose("Your answer", 6); // save and quit
    pty.finish().assert_success();

    let saved = read_toml(&file);
    assert_eq!(number_of(entry(&saved, "taux-retour"), "value"), Some(30.0));
    assert!(
        answer(&saved, "relations").is_none(),
        "nothing answered before the jump"
    );
}

/// `utilsoc evaluate` in a terminal of `rows` × `columns` from its first
/// instruction: `stty` sizes the pty before the program starts.
fn spawn_sized(dir: &Path, rows: u16, columns: u16, args: &[&str]) -> Pty {
    let script = format!("stty rows {rows} cols {columns} && exec \"$0\" \"$@\"");
    let mut all = vec!["-c", script.as_str(), env!("CARGO_BIN_EXE_utilsoc")];
    all.extend(["--lang", "en", "evaluate", "--grid", GRID]);
    all.extend(args);
    let mut command = Command::new("sh");
    command
        .args(&all)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    Pty::from_command(command, "en")
}

/// While a session is open on a file, a second one is refused at once,
/// naming who holds it, since when and what to do; once the first session
/// ends, the lock file is gone and the file opens again.
#[test]
fn a_second_session_on_the_same_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut first = Pty::spawn(dir.path(), "en", &flags(&file));
    first.at(1);
    let lock = std::fs::read_to_string(lock_file(&file)).unwrap();
    assert!(lock.contains("evaluator = \"Sam\""), "{lock}");

    let mut second = Pty::spawn(
        dir.path(),
        "en",
        &["--evaluator", "Lou", "-o", path_str(&file)],
    );
    second.expect(&format!(
        "error: `{}` is open in another session: Sam (",
        file.display()
    ));
    second.expect(", since ");
    second.expect("Finish or quit that session, then run this command again");
    let ended = second.finish();
    assert_eq!(ended.code, 2, "{}", ended.output);
    assert!(!ended.output.contains("panicked"), "{}", ended.output);

    // The first session goes on unharmed, and its answer is kept.
    first.choose("Your answer", 2);
    first.at(2);
    first.choose("Your answer", 7); // save and quit
    first.finish().assert_success();
    assert!(!lock_file(&file).exists(), "the lock file is left behind");
    assert_eq!(
        str_of(entry(&read_toml(&file), "relations"), "value"),
        Some("assez")
    );

    // A lock file left by a process that is gone does not block.
    std::fs::write(
        lock_file(&file),
        "evaluator = \"Ghost\"\npid = 1\nsince = \"2026-01-05T09:30:00+01:00\"\n",
    )
    .unwrap();
    let mut again = Pty::spawn(dir.path(), "en", &["-o", path_str(&file)]);
    again.expect("A session on");
    again.said("(Ghost (process 1), since 2026-01-05 09:30) ended without closing it; its lock is taken over.");
    again.at(2);
    again.choose("Your answer", 7);
    again.finish().assert_success();
    assert!(!lock_file(&file).exists());
}

/// Two evaluators of one action, period and role get a file each; neither
/// resumes the other's.
#[test]
fn two_evaluators_of_one_action_get_two_files() {
    let dir = tempfile::tempdir().unwrap();
    let context = [
        "--action",
        "Workshops",
        "--period",
        "2025",
        "--role",
        "staff",
    ];
    for (evaluator, downs) in [("Sam", 0), ("Lou", 3)] {
        let mut args = context.to_vec();
        args.extend(["--evaluator", evaluator]);
        let mut pty = Pty::spawn(dir.path(), "en", &args);
        let slug = evaluator.to_lowercase();
        let before = pty.expect(&format!(
            "Answers are saved as you go in evaluation-workshops-2025-staff-{slug}-"
        ));
        assert!(!before.contains("Resuming"), "{before}");
        pty.at(1);
        pty.choose("Your answer", downs);
        pty.at(2);
        pty.choose("Your answer", 7); // save and quit
        pty.finish().assert_success();
    }
    let names = files_in(dir.path());
    assert_eq!(names.len(), 2, "{names:?}");
    let mut seen = Vec::new();
    for name in &names {
        let saved = read_toml(&dir.path().join(name));
        seen.push((
            str_of(&saved, "evaluator").unwrap().to_owned(),
            str_of(entry(&saved, "relations"), "value")
                .unwrap()
                .to_owned(),
        ));
    }
    seen.sort();
    assert_eq!(
        seen,
        [
            ("Lou".to_owned(), "tout-a-fait".to_owned()),
            ("Sam".to_owned(), "pas-du-tout".to_owned())
        ]
    );
}

/// "Fête" and "Fete" slugify alike but get distinct files: the action typed
/// at the prompt never resumes the other's. The period prompt offers a
/// default that typing replaces, and refuses what is not a period.
#[test]
fn actions_that_slugify_alike_get_distinct_files() {
    let dir = tempfile::tempdir().unwrap();
    let rest = ["--role", "staff", "--evaluator", "Sam"];
    for action in ["Fête", "Fete"] {
        let mut pty = Pty::spawn(dir.path(), "en", &rest);
        pty.type_in("Action evaluated", action);
        pty.expect(&format!("Period: [{}] ", default_period()));
        pty.send(&format!("{}2025{ENTER}", default_period()));
        pty.expect(&format!(
            "`{}2025` is not a period: type a year (2025), a half-year (2025-S1)",
            default_period()
        ));
        pty.type_in("Period", "2025");
        let before = pty.expect("Answers are saved as you go in evaluation-fete-2025-staff-sam-");
        assert!(!before.contains("Resuming"), "{before}");
        pty.at(1);
        pty.choose("Your answer", 9); // save and quit
        pty.finish().assert_success();
    }
    let names = files_in(dir.path());
    assert_eq!(names.len(), 2, "{names:?}");
    let mut actions: Vec<String> = names
        .iter()
        .map(|n| {
            let saved = read_toml(&dir.path().join(n));
            assert_eq!(str_of(&saved, "period"), Some("2025"));
            str_of(&saved, "action").unwrap().to_owned()
        })
        .collect();
    actions.sort();
    assert_eq!(actions, ["Fete", "Fête"]);
}

/// Options that differ from what the file records are named, and the user
/// chooses: quit (nothing written), another file, or the file's values.
#[test]
fn resuming_with_other_options_asks() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));
    pty.at(1);
    pty.choose("Your answer", 1);
    pty.at(2);
    pty.choose("Your answer", 7); // save and quit
    pty.finish().assert_success();
    let before = std::fs::read(&file).unwrap();

    let other = [
        "--action",
        "Ateliers",
        "--evaluator",
        "Lou",
        "--period",
        "2025",
        "-o",
        path_str(&file),
    ];
    let asks = |pty: &mut Pty| {
        pty.said(&format!(
            "{} is recorded for another evaluation than the one asked for:",
            file.display()
        ));
        pty.expect("action: the file has “Workshops”, you asked for “Ateliers”");
        pty.expect("evaluator: the file has “Sam”, you asked for “Lou”");
        pty.expect("What now?\r\n");
        pty.expect(
            "Continue this file, with its values (Workshops, period 2025, role staff, by Sam)",
        );
        pty.expect("Quit without writing anything");
    };
    // Quit: nothing written.
    let mut pty = Pty::spawn(dir.path(), "en", &other);
    asks(&mut pty);
    let shown = pty.screen();
    assert!(!shown.contains("period: the file"), "{shown}");
    pty.send(&format!("{}{ENTER}", DOWN.repeat(2)));
    pty.expect("Nothing was written.");
    pty.finish().assert_success();
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert!(!lock_file(&file).exists());

    // Another file: a new evaluation there, with the options' values.
    let mut pty = Pty::spawn(dir.path(), "en", &other);
    asks(&mut pty);
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.type_in("Evaluation file", "ateliers.toml");
    pty.choose("Who is answering?", 0);
    pty.expect("Answers are saved as you go in ateliers.toml");
    pty.at(1);
    pty.choose("Your answer", 9); // save and quit
    pty.finish().assert_success();
    let new = read_toml(&dir.path().join("ateliers.toml"));
    assert_eq!(str_of(&new, "action"), Some("Ateliers"));
    assert_eq!(str_of(&new, "evaluator"), Some("Lou"));
    assert!(answer(&new, "relations").is_none());
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // Continue: the file's values, its answers kept.
    let mut pty = Pty::spawn(dir.path(), "en", &other);
    asks(&mut pty);
    pty.send(ENTER);
    pty.expect("Resuming");
    pty.at(2);
    pty.choose("Your answer", 0);
    pty.at(3);
    pty.type_in("Value [0–100] (%)", "");
    pty.choose("Your answer", 6);
    pty.finish().assert_success();
    let saved = read_toml(&file);
    assert_eq!(str_of(&saved, "action"), Some("Workshops"));
    assert_eq!(str_of(&saved, "evaluator"), Some("Sam"));
    assert_eq!(str_of(entry(&saved, "relations"), "value"), Some("un-peu"));
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(true));
}

/// Ctrl-C before any answer says that nothing was written, and leaves
/// nothing behind.
#[test]
fn ctrl_c_before_any_answer_says_nothing_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = Pty::spawn(dir.path(), "en", &[]);
    pty.expect("Action evaluated: ");
    pty.send(CTRL_C);
    pty.expect("interrupted: no answer given, no file written");
    let ended = pty.finish();
    assert_eq!(ended.code, 130, "{}", ended.output);
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );

    // Once the file is written, before the first answer.
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));
    pty.at(1);
    pty.expect("Your answer:\r\n");
    pty.send(CTRL_C);
    pty.said(&format!("interrupted: no answer yet in {}", file.display()));
    let ended = pty.finish();
    assert_eq!(ended.code, 130, "{}", ended.output);
    assert_eq!(files_in(dir.path()), ["evaluation.toml"]);
}

/// A save that fails (here the file replaced by a folder) keeps the answer
/// and the session: retry once it can be written, or quit and be told which
/// answers are not in the file.
#[test]
fn a_failed_save_can_be_retried() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = Pty::spawn(dir.path(), "en", &flags(&file));
    pty.at(1);
    pty.choose("Your answer", 3);
    pty.at(2);
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    pty.choose("Your answer", 1); // no
    pty.expect_words(&format!(
        "The answer could not be saved: cannot write `{}`: ",
        file.display()
    ));
    pty.expect_words("It is kept for now.");
    pty.choose("Save again?", 0); // retry, still a folder
    pty.expect("The answer could not be saved");
    std::fs::remove_dir(&file).unwrap();
    pty.choose("Save again?", 0);
    assert_no_indicator_shown(&pty.at(3));
    let saved = read_toml(&file);
    assert_eq!(
        str_of(entry(&saved, "relations"), "value"),
        Some("tout-a-fait")
    );
    assert_eq!(entry(&saved, "entraide")["value"].as_bool(), Some(false));

    // Failing again; this time the user quits.
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    pty.type_in("Value [0–100] (%)", "35");
    pty.expect("The answer could not be saved");
    pty.choose("Save again?", 1);
    pty.expect(&format!("This answer is not in {}:", file.display()));
    pty.expect("(3/4) Share of participants who came back three times — 35\u{a0}%");
    let ended = pty.finish();
    assert_eq!(ended.code, 2, "{}", ended.output);
    assert!(!lock_file(&file).exists());
}

/// A terminal too small for the menus is said so, with the size needed:
/// exit 2, never a panic; before the first prompt, and when the terminal
/// shrinks while a menu is shown.
#[test]
fn a_terminal_too_small_is_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let pty = spawn_sized(dir.path(), 2, 80, &flags(&file));
    let ended = pty.finish();
    assert_eq!(ended.code, 2, "{}", ended.output);
    assert!(
        ended.output.contains("error: the terminal is too small (2 rows, 80 columns): `utilsoc evaluate` needs at least 6 rows and 30 columns"),
        "{}",
        ended.output
    );
    assert!(!ended.output.contains("panicked"), "{}", ended.output);
    assert!(files_in(dir.path()).is_empty());

    let mut pty = spawn_sized(dir.path(), 24, 80, &flags(&file));
    pty.at(1);
    pty.choose("Your answer", 0);
    pty.at(2);
    pty.expect("Your answer:\r\n");
    pty.session
        .get_process_mut()
        .set_window_size(80, 2)
        .unwrap();
    pty.send(DOWN);
    pty.expect("error: the terminal is too small (2 rows, 80 columns)");
    pty.expect(&format!("1 answer is saved in {}", file.display()));
    let ended = pty.finish();
    assert_eq!(ended.code, 2, "{}", ended.output);
    assert!(!ended.output.contains("panicked"), "{}", ended.output);
    assert!(!ended.cursor_hidden);
    assert!(!lock_file(&file).exists());
}

/// A role is stored as its id, whatever language it was given in: a file
/// started in English as "staff member" is resumed in French as « salarié·e »
/// without being taken for another evaluation.
#[test]
fn a_role_is_the_same_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let path = path_str(&file);
    let context = |role: &'static str| {
        vec![
            "--action",
            "Workshops",
            "--period",
            "2025",
            "--role",
            role,
            "--evaluator",
            "Sam",
            "-o",
            path,
        ]
    };
    let mut pty = Pty::spawn(dir.path(), "en", &context("staff member"));
    pty.at(1);
    pty.choose("Your answer", 3); // completely
    pty.at(2);
    pty.expect("Your answer:\r\n");
    pty.send(CTRL_C);
    pty.expect("interrupted: 1 answer is saved");
    assert_eq!(pty.finish().code, 130);
    assert_eq!(str_of(&read_toml(&file), "role"), Some("salarie"));

    let mut pty = Pty::spawn(dir.path(), "fr", &context("salarié·e"));
    let before = pty.said("renseigné sur 4");
    assert!(
        before.contains("Reprise de") && before.contains("rôle salarié·e"),
        "{before}"
    );
    assert!(!before.contains("autre évaluation"), "{before}");
    pty.send(CTRL_C);
    pty.finish();
    assert_eq!(str_of(&read_toml(&file), "role"), Some("salarie"));
}

// ---------------------------------------------------------------------------
// Roles in the grid (issue 12).

/// A grid that says who answers what: inhabitants and staff are asked
/// `accueil`, staff in their own words; `entraide` is the inhabitants' alone;
/// the agreement scale allows "ne sait pas".
const ROLES_GRID: &str = r#"
format = 1
id = "essai-roles"
version = "1.0.0"
title = "Grille d'essai des rôles"
language = "fr"

[[roles]]
id = "habitant"
label = "Habitant·e"
aliases = ["usager"]
description = "Personne qui fréquente le centre"

[[roles]]
id = "salarie"
label = "Salarié·e"

[scales.accord]
type = "levels"
dont_know = true
levels = [
  { id = "pas-du-tout", label = "Pas du tout", score = 0 },
  { id = "un-peu", label = "Un peu", score = 40 },
  { id = "assez", label = "Assez", score = 70 },
  { id = "tout-a-fait", label = "Tout à fait", score = 100 },
]

[scales.oui-non]
type = "boolean"

[scales.temoignage]
type = "text"

[[domains]]
id = "lien-social"
label = "Lien social"

[[domains.criteria]]
id = "accueil"
label = "Accueil"

[[domains.criteria.indicators]]
id = "bien-accueilli"
label = "Sentiment d'être bien accueilli"
question = "Quand je viens, je suis bien accueilli·e"
questions = { salarie = "Selon vous, les habitants se sentent-ils bien accueillis ?" }
scale = "accord"

[[domains.criteria.indicators]]
id = "entraide"
label = "A reçu l'aide d'un autre habitant"
roles = ["habitant"]
scale = "oui-non"

[[domains.criteria]]
id = "paroles"
label = "Paroles"

[[domains.criteria.indicators]]
id = "temoignage"
label = "Un témoignage"
scale = "temoignage"
"#;

/// `utilsoc --lang LANG evaluate --grid GRID ARGS...` on the grid with roles,
/// written in `dir`.
fn spawn_roles(dir: &Path, lang: &str, args: &[&str]) -> Pty {
    let grid = dir.join("grille-roles.toml");
    std::fs::write(&grid, ROLES_GRID).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
    command
        .args(["--lang", lang, "evaluate", "--grid", path_str(&grid)])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    Pty::from_command(command, lang)
}

#[test]
fn a_role_is_asked_only_its_indicators_in_its_wording() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let args = [
        "--action",
        "Accueil",
        "--period",
        "2025",
        "--evaluator",
        "Sam",
        "-o",
        path_str(&file),
    ];
    let mut pty = spawn_roles(dir.path(), "fr", &args);
    // The grid's roles, then the structure; no free-text role.
    let menu = pty.expect("Aucun\u{a0}: chiffres de la structure");
    assert!(
        menu.contains("Habitant·e — Personne qui fréquente le centre")
            && menu.contains("Salarié·e"),
        "{menu}"
    );
    assert!(
        !menu.contains("autre…") && !menu.contains("bénévole"),
        "{menu}"
    );
    pty.send(&format!("{DOWN}{ENTER}")); // salarié·e

    // Two of the three: entraide is the inhabitants' alone.
    pty.expect("(1/2) Lien social › Accueil");
    pty.expect("Selon vous, les habitants se sentent-ils bien accueillis ?");
    // After the levels, before N/A.
    let choices = pty.expect("⟶ Sans objet (N/A)");
    assert!(choices.contains("Tout à fait"), "{choices}");
    assert!(choices.contains("Ne sait pas"), "{choices}");
    pty.send(&format!("{}{ENTER}", DOWN.repeat(4)));
    pty.expect("Votre réponse\u{a0}: Ne sait pas");

    pty.expect("(2/2) Lien social › Paroles");
    pty.type_in("Réponse", "Un accueil chaleureux");
    pty.type_in("…", "");
    pty.said("Tous les indicateurs sont renseignés (2)");
    let shown = pty.screen();
    assert!(!shown.contains("Quand je viens"), "{shown}");
    assert!(!shown.contains("/3)"), "{shown}");
    pty.finish().assert_success();

    let saved = read_toml(&file);
    assert_eq!(str_of(&saved, "role"), Some("salarie"));
    assert_eq!(
        str_of(entry(&saved, "bien-accueilli"), "status"),
        Some("dont_know")
    );
    assert!(entry(&saved, "bien-accueilli").get("value").is_none());
    assert!(answer(&saved, "entraide").is_none());
    assert!(
        saved.get("kind").is_none(),
        "an individual file says no kind"
    );

    // Resumed: "ne sait pas" shown back, the count out of the role's two.
    let mut args = args.to_vec();
    args.push("--review");
    let mut pty = spawn_roles(dir.path(), "fr", &args);
    let before = pty.said("renseignés sur 2");
    assert!(before.contains("rôle Salarié·e"), "{before}");
    pty.expect("Réponse actuelle\u{a0}: ne sait pas");
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.send(CTRL_C);
    assert_eq!(pty.finish().code, 130);
}

#[test]
fn an_inhabitant_by_an_alias_gets_the_indicators_own_question() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut pty = spawn_roles(
        dir.path(),
        "fr",
        &[
            "--action",
            "Accueil",
            "--period",
            "2025",
            "--role",
            "Usager",
            "--evaluator",
            "Lou",
            "-o",
            path_str(&file),
        ],
    );
    pty.expect("(1/3) Lien social › Accueil");
    pty.expect("Quand je viens, je suis bien accueilli·e");
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.send(CTRL_C);
    assert_eq!(pty.finish().code, 130);
    assert_eq!(str_of(&read_toml(&file), "role"), Some("habitant"));
}

#[test]
fn an_unknown_role_is_refused_with_the_grids_roles() {
    let dir = tempfile::tempdir().unwrap();
    let pty = spawn_roles(dir.path(), "fr", &["--role", "directeur", "--action", "A"]);
    let ended = pty.finish();
    assert!(
        ended
            .output
            .contains("--role: rôle inconnu «\u{a0}directeur\u{a0}»")
            && ended
                .output
                .contains("habitant (Habitant·e), salarie (Salarié·e)"),
        "{}",
        ended.output
    );
    assert_eq!(ended.code, 2);
    assert!(
        files_in(dir.path()) == ["grille-roles.toml"],
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn a_collective_evaluation_says_so_in_its_file_name_and_context() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--collective",
        "--action",
        "Accueil",
        "--period",
        "2025",
        "--role",
        "habitant",
        "--evaluator",
        "Groupe du jeudi",
    ];
    let mut pty = spawn_roles(dir.path(), "fr", &args);
    pty.expect("(1/3)");
    pty.choose("Votre réponse", 2);
    pty.expect("(2/3)");
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.send(CTRL_C);
    assert_eq!(pty.finish().code, 130);
    let files = files_in(dir.path());
    let name = files
        .iter()
        .find(|f| f.starts_with("evaluation-"))
        .unwrap_or_else(|| panic!("{files:?}"));
    assert!(
        name.starts_with("evaluation-accueil-2025-habitant-groupe-du-jeudi-collectif-"),
        "{name}"
    );
    let file = dir.path().join(name);
    let saved = read_toml(&file);
    assert_eq!(str_of(&saved, "kind"), Some("collective"));
    assert_eq!(
        str_of(entry(&saved, "bien-accueilli"), "value"),
        Some("assez")
    );

    // Resumed: the context line says what it is.
    let mut pty = spawn_roles(dir.path(), "fr", &args);
    let before = pty.said("renseigné sur 3");
    assert!(before.contains("autoévaluation collective"), "{before}");
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.send(CTRL_C);
    pty.finish();

    // An individual file asked for as collective: a difference, said.
    let individual = dir.path().join("individuel.toml");
    let mut pty = spawn_roles(
        dir.path(),
        "fr",
        &[
            "--action",
            "Accueil",
            "--role",
            "habitant",
            "--period",
            "2025",
            "--evaluator",
            "Lou",
            "-o",
            path_str(&individual),
        ],
    );
    pty.expect("(1/3)");
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.send(CTRL_C);
    pty.finish();
    let mut pty = spawn_roles(
        dir.path(),
        "fr",
        &[
            "--collective",
            "--action",
            "Accueil",
            "-o",
            path_str(&individual),
        ],
    );
    pty.said(
        "type d'évaluation\u{a0}: le fichier indique «\u{a0}individuelle\u{a0}», \
         vous avez demandé «\u{a0}collective\u{a0}»",
    );
    pty.expect("Que faire\u{a0}?\r\n");
    pty.send(&format!("{}{ENTER}", DOWN.repeat(2)));
    pty.expect("Rien n'a été écrit.");
    pty.finish().assert_success();
}

// ---------------------------------------------------------------------------
// Issue 13, the question screen at 80 columns (i13-walk): a French walk
// through a built-in grid with long names, read back from a terminal
// emulator of the same size, so that what the terminal itself would wrap is
// seen.

/// `utilsoc --lang fr evaluate ARGS` in a terminal of 24 rows × 80 columns.
fn spawn_fr_80(dir: &Path, args: &[&str]) -> Pty {
    evaluate_at_80(dir, &["--lang", "fr", "evaluate"], args)
}

/// `utilsoc LEAD ARGS` through `sh`, in a terminal of 24 rows × 80 columns
/// set by `stty`, in a French locale, without colour.
fn evaluate_at_80(dir: &Path, lead: &[&str], args: &[&str]) -> Pty {
    let mut all = vec![
        "-c",
        "stty rows 24 cols 80 && exec \"$0\" \"$@\"",
        env!("CARGO_BIN_EXE_utilsoc"),
    ];
    all.extend(lead);
    all.extend(args);
    let mut command = Command::new("sh");
    command
        .args(&all)
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS")
        .env_remove("LINES");
    Pty::from_command(command, "fr")
}

/// The rows a terminal 80 columns wide shows for everything written to it
/// (tall enough to keep every row), and whether the terminal wrapped each.
fn rows_at_80(seen: &Mutex<Vec<u8>>) -> Vec<(String, bool)> {
    let rows = std::num::NonZeroU16::new(2000).unwrap();
    let columns = std::num::NonZeroU16::new(80).unwrap();
    let mut terminal = vt100::Parser::new(rows, columns, 0);
    terminal.process(&seen.lock().unwrap());
    let screen = terminal.screen();
    screen
        .rows(0, 80)
        .enumerate()
        .map(|(n, row)| (row, screen.row_wrapped(n as u16)))
        .collect()
}

/// Whether every word of `text` is on a row whole: none is cut at a row's end.
fn words_whole(rows: &[(String, bool)], text: &str) -> Result<(), String> {
    let shown: Vec<&str> = rows
        .iter()
        .flat_map(|(r, _)| r.split_whitespace())
        .collect();
    match text.split_whitespace().find(|w| !shown.contains(w)) {
        None => Ok(()),
        Some(word) => Err(format!("« {word} » is not shown whole")),
    }
}

#[test]
fn at_80_columns_the_question_screen_wraps_on_words() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let args = [
        "--grid",
        "centres-sociaux",
        "--action",
        "Ateliers",
        "--period",
        "2025",
        "--role",
        "salarie",
        "--evaluator",
        "Marie",
        "-o",
        path_str(&file),
    ];
    let mut pty = spawn_fr_80(dir.path(), &args);
    let comment = "Un commentaire assez long pour dépasser largement la largeur de la \
                   ligne du terminal de quatre-vingts colonnes, voire davantage encore.";
    pty.expect("(1/45)");
    pty.expect("Valeur [");
    pty.send(&format!("120{ENTER}"));
    pty.expect("(2/45)");
    pty.expect("Valeur [");
    pty.send(&format!("50{ENTER}"));
    pty.expect("(3/45)");
    // Levels: 4 answers, "ne sait pas", then N/A, skip, back, comment (8).
    pty.choose("Votre réponse", 8);
    pty.type_in("Commentaire (vide pour l'effacer)", comment);
    pty.expect("Commentaire enregistré.");
    pty.expect("(3/45)");
    // Its description is cut in the menu at 80 columns.
    pty.choose("Votre réponse", 1); // Plutôt pas d'accord
    pty.expect("(4/45)");
    pty.choose("Votre réponse", 2);
    pty.expect("(5/45)");
    pty.expect("Valeur [");
    pty.send(ENTER);
    // The menu of a typed answer: answer, N/A, skip, back, comment, overview.
    pty.choose("Votre réponse", 5);
    pty.expect("Aller à un critère"); // then its page: "[Page 1/2]"
    pty.expect("Lien social et cohésion sociale sur le territoire");
    // The menu is cleared once left: what it shows is read now.
    let overview = rows_at_80(&pty.seen);
    pty.send("\x1b"); // Esc: back to the question
    pty.expect("(5/45)");
    pty.expect("Valeur [");
    pty.send(ENTER);
    pty.choose("Votre réponse", 6); // save and quit
    let seen = Arc::clone(&pty.seen);
    pty.finish().assert_success();

    let rows = rows_at_80(&seen);
    let screen = rows
        .iter()
        .map(|(r, _)| r.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    // No row of the question screens was wrapped by the terminal: every line
    // was laid out for it. (From the first question to the choice to quit:
    // the start and the end of a session are laid out by the command.)
    let first = rows
        .iter()
        .position(|(r, _)| r.starts_with("(1/45)"))
        .unwrap();
    let last = rows
        .iter()
        .rposition(|(r, _)| r.contains("Votre réponse\u{a0}: Enregistrer et quitter"))
        .unwrap_or_else(|| panic!("{screen}"));
    let wrapped: Vec<&str> = rows[first..=last]
        .iter()
        .filter(|(_, w)| *w)
        .map(|(r, _)| r.as_str())
        .collect();
    assert!(
        wrapped.is_empty(),
        "rows wrapped by the terminal: {wrapped:#?}\n{screen}"
    );
    // The breadcrumb, the questions, the help and the comment: every word whole.
    for text in [
        "(3/45) Inclusion sociale et socialisation des personnes › Le centre social \
         accueille-t-il et écoute-t-il tous les habitants, sans condition ?",
        "Selon vous, les habitants se sentent-ils bien accueillis quand ils viennent au \
         centre social ?",
        "Aide : Compter les heures d'une semaine type où une personne formée (salariée ou \
         bénévole) est disponible à l'accueil, soirées et samedis compris.",
        "Laissez vide et validez pour le menu (sans objet, passer, revenir, commentaire, \
         vue d'ensemble, quitter).",
        comment,
    ] {
        if let Err(e) = words_whole(&rows, text) {
            panic!("{e}, in {text}\n{screen}");
        }
    }
    // A level chosen is said back by its name, not its cut description.
    assert!(
        rows.iter()
            .any(|(r, _)| r.trim_end() == "Votre réponse\u{a0}: Plutôt pas d'accord"),
        "{screen}"
    );
    // Without colour, the question is set off by a marker.
    assert!(
        rows.iter()
            .any(|(r, _)| r.starts_with("» Selon vous, les habitants")),
        "{screen}"
    );
    // The comment left no ghost of its prompt: one row says it, the echo.
    let prompts = rows
        .iter()
        .filter(|(r, _)| r.contains("Commentaire (vide pour l'effacer)"))
        .count();
    assert_eq!(prompts, 1, "{screen}");
    // The overview: domains as headings, criteria under them by their own
    // names, with their counts, and a legend; no row wrapped.
    let shown = overview
        .iter()
        .map(|(r, _)| r.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let heading = overview
        .iter()
        .position(|(r, _)| r.trim() == "Inclusion sociale et socialisation des personnes")
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        overview[heading + 1]
            .0
            .starts_with("    4/4 · Le centre social accueille-t-il"),
        "{shown}"
    );
    assert!(
        overview[heading..].iter().all(|(_, wrapped)| !wrapped),
        "{shown}"
    );
    assert!(
        shown.contains("Par critère\u{a0}: indicateurs renseignés / à renseigner"),
        "{shown}"
    );
}

/// With colour, the question is in bold and the breadcrumb and help dimmer,
/// with no marker; without (the test above, `NO_COLOR`), after « » ».
#[test]
fn with_colour_the_question_is_in_bold() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("evaluation.toml");
    let mut args = flags(&file);
    args.extend(["--color", "always"]);
    let mut pty = Pty::spawn(dir.path(), "en", &args);
    pty.expect("Thanks to the workshop, I met people I did not know");
    pty.expect("Asked at the end of the session.");
    let seen = pty.seen.lock().unwrap().clone();
    let text = String::from_utf8_lossy(&seen);
    let bold = "\x1b[1m  Thanks to the workshop, I met people I did not know";
    assert!(text.contains(bold), "{text:?}");
    assert!(
        text.contains("\x1b[2m(1/4) Social ties › The action creates encounters"),
        "{text:?}"
    );
    assert!(
        text.contains("\x1b[2m  Help: Asked at the end of the session."),
        "{text:?}"
    );
    assert!(!text.contains("» Thanks"), "{text:?}");
    pty.send("\x03");
    let ended = pty.finish();
    assert_eq!(ended.code, 130, "{}", ended.output);
}

// ---------------------------------------------------------------------------
// Issue 13: the start, resume and end of a session, in French at 80×24
// (the lines `evaluate` itself writes, wrapped on words).

impl Pty {
    /// Waits for `text` as a wrapped message shows it: its words in order,
    /// a line end (or a command's continuation backslash) wherever it has a
    /// space. Returns what came before, its whitespace collapsed.
    fn said(&mut self, text: &str) -> String {
        let pattern = text
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(escape)
            .collect::<Vec<_>>()
            .join(r"[\s\\]+");
        match self.session.expect(expectrl::Regex(pattern.as_str())) {
            Ok(found) => collapse(&plain(found.before())),
            Err(e) => panic!(
                "waiting for {text:?}: {e}\n--- the terminal so far ---\n{}",
                self.screen()
            ),
        }
    }
}

/// `word` matched literally by a regular expression.
fn escape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if r"\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` with every run of ASCII whitespace (not the no-break spaces of
/// French) made one space.
fn collapse(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// A grid whose labels are long, as real grids' are: the staff are asked
/// four of its five indicators; the agreement scale allows « ne sait pas ».
const LONG_GRID: &str = r#"
format = 1
id = "essai-libelles-longs"
version = "1.0.0"
title = "Grille d'essai aux libellés longs, pour un terminal de quatre-vingts colonnes"
language = "fr"

[[roles]]
id = "salarie"
label = "Salarié·e"
description = "Les salariés de la structure, qui animent les ateliers et accueillent les habitants"

[[roles]]
id = "habitant"
label = "Habitant·e"

[scales.accord]
type = "levels"
dont_know = true
levels = [
  { id = "pas-du-tout", label = "Pas du tout", score = 0 },
  { id = "un-peu", label = "Un peu", score = 50 },
  { id = "tout-a-fait", label = "Tout à fait", score = 100 },
]

[scales.oui-non]
type = "boolean"

[[domains]]
id = "lien-social"
label = "Lien social, cohésion et solidarités entre les habitants du quartier"

[[domains.criteria]]
id = "rencontres"
label = "L'action fait-elle se rencontrer des habitants de milieux différents\u00A0?"

[[domains.criteria.indicators]]
id = "rencontres-nouvelles"
label = "Les participants rencontrent aux ateliers des personnes qu'ils ne connaissaient pas auparavant"
scale = "accord"

[[domains.criteria.indicators]]
id = "mixite"
label = "Les ateliers réunissent régulièrement des habitants de générations, de quartiers et de milieux différents"
scale = "oui-non"

[[domains.criteria.indicators]]
id = "moins-seul"
label = "Je me sens moins seul·e depuis que je viens aux ateliers du jeudi soir"
scale = "oui-non"
roles = ["habitant"]

[[domains.criteria]]
id = "entraide"
label = "L'action fait-elle naître une entraide durable entre les participants\u00A0?"

[[domains.criteria.indicators]]
id = "entraide-hors"
label = "Des participants s'entraident en dehors des ateliers\u00A0: courses, garde d'enfants, démarches"
scale = "accord"

[[domains.criteria.indicators]]
id = "entraide-durable"
label = "Ces liens d'entraide durent au-delà de la fin de l'action, d'une saison à la suivante"
scale = "oui-non"
"#;

/// `utilsoc evaluate --grid grille-longue.toml ARGS...` in `dir`, in a
/// terminal of 80 × 24 in French (`LANG`, as a user's terminal says it).
fn spawn_long_fr_80(dir: &Path, args: &[&str]) -> Pty {
    std::fs::write(dir.join("grille-longue.toml"), LONG_GRID).unwrap();
    evaluate_at_80(dir, &["evaluate", "--grid", "grille-longue.toml"], args)
}

/// Every line of `text` within 80 columns: nothing the terminal would wrap
/// by itself, wherever it falls.
fn assert_fits_80(text: &str) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line:?}\n{text}",
            line.chars().count()
        );
    }
}

/// A short walk in French at 80 columns, the context asked: the file name
/// whole on its own line, « ne sait pas » and skips recorded for the
/// role's four indicators, and an end that names the skipped indicators
/// and gives the exact `--review` command, every message wrapped on words.
/// Resumed, the summary leads and only the criteria not complete follow;
/// the `--review` command given, run as printed, completes the file, and
/// the end then gives the commands that score it.
#[test]
fn at_80_columns_the_end_names_the_skipped_and_the_review_command() {
    let dir = tempfile::tempdir().unwrap();
    let mut pty = spawn_long_fr_80(dir.path(), &[]);
    pty.said(
        "Autoévaluation\u{a0}: Grille d'essai aux libellés longs, pour un terminal de \
         quatre-vingts colonnes",
    );
    pty.said("L'action évaluée, par exemple");
    pty.type_in("Action évaluée", "Ateliers numériques du jeudi soir");
    pty.said("Entrée garde celle entre crochets.");
    pty.type_in("Période", "2025");
    pty.said("Chaque rôle n'a que les questions qui le concernent, dans ses mots");
    pty.choose("Qui répond\u{a0}?", 0); // Salarié·e
    pty.type_in("Votre nom (facultatif)", "");
    pty.said("Les réponses sont enregistrées au fur et à mesure dans");
    let name = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .find(|n| n.starts_with("evaluation-") && n.ends_with(".toml"))
        .expect("the evaluation file");
    assert!(
        name.starts_with("evaluation-ateliers-numeriques-du-jeudi-soir-2025-salarie-"),
        "{name}"
    );
    // The name is one word: on a line of its own, whole.
    pty.said(&name);
    assert!(
        pty.screen().lines().any(|l| l.trim() == name),
        "{name} is not whole on a line:\n{}",
        pty.screen()
    );

    pty.at(1);
    pty.choose("Votre réponse", 3); // Ne sait pas, after the three levels
    pty.at(2);
    pty.choose("Votre réponse", 3); // Passer: after Oui, Non, Sans objet
    pty.at(3);
    pty.choose("Votre réponse", 1); // Un peu
    pty.at(4);
    pty.choose("Votre réponse", 3); // Passer
    let ended = pty.finish();
    ended.assert_success();
    let end = collapse(&ended.output);
    let expected = [
        "Chaque case\u{a0}: score sur 100 (indicateurs notés/à noter), par exemple 65 (5/10)"
            .to_owned(),
        "Parcours terminé\u{a0}: 2 indicateurs renseignés sur 4 (1 réponse, \
         1 «\u{a0}ne sait pas\u{a0}»)."
            .to_owned(),
        "2 indicateurs passés (non renseignés), par critère\u{a0}: \
         L'action fait-elle se rencontrer des habitants de milieux différents\u{a0}? \
         • Les ateliers réunissent régulièrement des habitants de générations, de quartiers \
         et de milieux différents \
         L'action fait-elle naître une entraide durable entre les participants\u{a0}? \
         • Ces liens d'entraide durent au-delà de la fin de l'action, d'une saison à la suivante"
            .to_owned(),
        format!("Fichier d'évaluation\u{a0}: {name}"),
        "Pour revenir sur les indicateurs passés (les réponses déjà données sont proposées, \
         Entrée les garde)\u{a0}:"
            .to_owned(),
        format!("utilsoc evaluate --grid grille-longue.toml --review \\ -o {name}"),
    ];
    for message in &expected {
        // Each message's words, in order, split only where it has spaces.
        assert!(
            end.contains(message.as_str()),
            "{message}\n---\n{}",
            ended.output
        );
    }
    assert_fits_80(&ended.output);
    assert!(!end.contains("Tous les indicateurs"), "{end}");

    // Resumed: the summary first, then the criteria not complete; nothing
    // is left to ask, so the end comes at once.
    let mut pty = spawn_long_fr_80(dir.path(), &["-o", &name]);
    pty.said(&format!(
        "Reprise de {name} (Ateliers numériques du jeudi soir, période 2025, rôle Salarié·e)\u{a0}: \
         2 indicateurs renseignés sur 4, 2 passés."
    ));
    pty.said(
        "À compléter, par critère (indicateurs renseignés / indicateurs du critère)\u{a0}: \
         1/2, 1 passé · L'action fait-elle se rencontrer des habitants de milieux… \
         1/2, 1 passé · L'action fait-elle naître une entraide durable entre les…",
    );
    pty.said("--review");
    pty.finish().assert_success();

    // The command given, as printed: every indicator again, the answers
    // preselected; Enter keeps them, and answers the skipped ones.
    let mut pty = spawn_long_fr_80(dir.path(), &["--review", "-o", &name]);
    for n in 1..=4 {
        pty.at(n);
        pty.choose("Votre réponse", 0);
    }
    let ended = pty.finish();
    ended.assert_success();
    let end = collapse(&ended.output);
    for message in [
        "Tous les indicateurs sont renseignés (4)\u{a0}: 3 réponses, 1 «\u{a0}ne sait pas\u{a0}».",
        "Ensuite, les scores et le rapport de cette évaluation\u{a0}:",
        &format!("utilsoc score --grid grille-longue.toml \\ {name}"),
        &format!("utilsoc report --grid grille-longue.toml \\ {name} \\ -o rapport.html"),
    ] {
        assert!(end.contains(message), "{message}\n---\n{}", ended.output);
    }
    assert_fits_80(&ended.output);
    let saved = read_toml(&dir.path().join(&name));
    assert_eq!(
        str_of(entry(&saved, "rencontres-nouvelles"), "status"),
        Some("dont_know")
    );
    assert_eq!(entry(&saved, "mixite")["value"].as_bool(), Some(true));
    assert!(answer(&saved, "moins-seul").is_none(), "not the staff's");
}

/// Saved and quit midway at 80 columns: what is done, what remains by
/// criterion, and the command that goes on with this very file.
#[test]
fn at_80_columns_quitting_says_what_remains_and_how_to_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--action",
        "Ateliers",
        "--period",
        "2025",
        "--role",
        "salarie",
        "--evaluator",
        "Sam",
        "-o",
        "salarie-e.toml",
    ];
    let mut pty = spawn_long_fr_80(dir.path(), &args);
    pty.said("Les réponses sont enregistrées au fur et à mesure dans salarie-e.toml");
    pty.at(1);
    pty.choose("Votre réponse", 2); // Tout à fait
    pty.at(2);
    // Oui, Non, Sans objet, Passer, Revenir, Commentaire, Vue d'ensemble,
    // Enregistrer et quitter.
    pty.choose("Votre réponse", 7);
    let ended = pty.finish();
    ended.assert_success();
    let end = collapse(&ended.output);
    for message in [
        "Enregistré\u{a0}: 1 indicateur renseigné sur 4 (1 réponse).",
        "Il en reste 3 (3 pas encore vus). À compléter, par critère (indicateurs renseignés \
         / indicateurs du critère)\u{a0}: \
         1/2 · L'action fait-elle se rencontrer des habitants de milieux différents\u{a0}? \
         0/2 · L'action fait-elle naître une entraide durable entre les participants\u{a0}?",
        "Fichier d'évaluation\u{a0}: salarie-e.toml",
        "Pour continuer là où vous vous êtes arrêté·e\u{a0}: \
         utilsoc evaluate --grid grille-longue.toml -o salarie-e.toml",
    ] {
        assert!(end.contains(message), "{message}\n---\n{}", ended.output);
    }
    assert!(!end.contains("--review"), "{end}");
    assert_fits_80(&ended.output);

    // Ctrl-C says what the file holds, wrapped on words too.
    let mut pty = spawn_long_fr_80(dir.path(), &["-o", "salarie-e.toml"]);
    pty.at(2);
    pty.expect("Votre réponse\u{a0}:\r\n");
    pty.send(CTRL_C);
    pty.said(
        "interrompu\u{a0}: 1 réponse est enregistrée dans salarie-e.toml\u{a0}; \
         relancez la même commande pour continuer",
    );
    let screen = pty.screen();
    let from = screen.rfind("interrompu").unwrap();
    assert_fits_80(&screen[from..]);
    let ended = pty.finish();
    assert_eq!(ended.code, 130, "{}", ended.output);
}
