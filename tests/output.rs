//! Every `-o` checked from the outside (SPEC, "Writing files safely"): `-`
//! is standard output, a symlink is written through and kept, a FIFO is
//! written into, a Markdown report and its charts are replaced as one set, and
//! a signal during a write leaves no temporary file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cmd/score.in")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// The commands with `-o`, each with its arguments before `-o`, and the start
/// of what it writes.
fn writers() -> Vec<(Vec<String>, &'static str)> {
    let (grid, survey) = (data("grid.toml"), data("enquete.csv"));
    let strings = |args: &[&str]| args.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    vec![
        (
            strings(&["score", "--grid", &grid, &survey, "--format", "csv"]),
            "action,",
        ),
        (
            strings(&["report", "--grid", &grid, &survey, "--format", "html"]),
            "<!DOCTYPE html>",
        ),
        (strings(&["template", "--grid", &grid]), "action,"),
        (strings(&["schema"]), "{"),
        (strings(&["grids", "export", "utilite-sociale"]), "#"),
    ]
}

fn command(args: &[String], out: &Path, cwd: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
    command
        .args(args)
        .arg("-o")
        .arg(out)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("SOURCE_DATE_EPOCH", "1790000000");
    command
}

fn run(args: &[String], out: &Path, cwd: &Path) -> Output {
    let output = command(args, out, cwd).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?} -o {}: {}",
        out.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn no_temp_in(dir: &Path) {
    for name in names(dir) {
        assert!(!utilsoc::output::is_temp_name(&name), "{name} left behind");
    }
}

#[test]
fn dash_is_standard_output() {
    for (args, start) in writers() {
        let dir = tempfile::tempdir().unwrap();
        let output = run(&args, Path::new("-"), dir.path());
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.starts_with(start), "{args:?}: {text:.80}");
        assert!(names(dir.path()).is_empty(), "{args:?} wrote a file");
    }
}

#[test]
fn a_markdown_report_is_refused_on_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let args: Vec<String> = ["report", "--grid", &data("grid.toml"), &data("enquete.csv")]
        .map(str::to_owned)
        .into();
    let output = command(
        &[args, vec!["--format".into(), "markdown".into()]].concat(),
        Path::new("-"),
        dir.path(),
    )
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("give the report file with -o"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn every_output_goes_through_a_symlink_and_keeps_it() {
    use std::os::unix::fs::symlink;
    for (args, start) in writers() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("real")).unwrap();
        let target = dir.path().join("real/out");
        fs::write(&target, "old").unwrap();
        symlink("real/out", dir.path().join("link")).unwrap();
        run(&args, Path::new("link"), dir.path());
        let link = dir.path().join("link");
        assert!(link.is_symlink(), "{args:?} replaced the link");
        assert_eq!(fs::read_link(&link).unwrap(), Path::new("real/out"));
        let text = fs::read_to_string(&target).unwrap();
        assert!(text.starts_with(start), "{args:?}: {text:.80}");
        assert_eq!(names(&dir.path().join("real")), ["out"], "{args:?}");
    }
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn every_output_can_go_into_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    for (args, start) in writers() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        mkfifo(&fifo);
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        run(&args, &fifo, dir.path());
        let read = reader.join().unwrap();
        let text = String::from_utf8_lossy(&read);
        assert!(text.starts_with(start), "{args:?}: {text:.80}");
        assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(names(dir.path()), ["pipe"], "{args:?}");
    }
}

#[test]
fn a_directory_is_refused_with_its_name() {
    for (args, _) in writers() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("folder")).unwrap();
        let output = command(&args, Path::new("folder"), dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.ends_with("error: cannot write `folder`: is a directory\n"),
            "{args:?}: {stderr}"
        );
        assert_eq!(names(dir.path()), ["folder"]);
    }
}

fn markdown_args() -> Vec<String> {
    ["report", "--grid", &data("grid.toml"), &data("enquete.csv")]
        .map(str::to_owned)
        .into()
}

#[cfg(unix)]
#[test]
fn a_markdown_report_through_a_symlink_has_its_charts_beside_the_target() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("real")).unwrap();
    symlink("real/rapport.md", dir.path().join("r.md")).unwrap();
    run(&markdown_args(), Path::new("r.md"), dir.path());
    assert!(dir.path().join("r.md").is_symlink());
    assert_eq!(names(dir.path()), ["r.md", "real"]);
    let written = names(&dir.path().join("real"));
    assert!(written.contains(&"rapport.md".to_owned()));
    assert!(
        written
            .iter()
            .any(|n| n.starts_with("rapport-") && n.ends_with(".svg")),
        "{written:?}"
    );
    no_temp_in(&dir.path().join("real"));
}

#[test]
fn a_markdown_report_that_cannot_stage_a_chart_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    run(&markdown_args(), Path::new("rapport.md"), dir.path());
    let files = names(dir.path());
    let charts: Vec<&String> = files.iter().filter(|n| n.ends_with(".svg")).collect();
    assert!(charts.len() >= 2, "{files:?}");
    // The old set: recognisable contents, and one chart that cannot be replaced.
    for name in &files {
        fs::write(dir.path().join(name), format!("old {name}")).unwrap();
    }
    let blocked = charts[charts.len() / 2].clone();
    fs::remove_file(dir.path().join(&blocked)).unwrap();
    fs::create_dir(dir.path().join(&blocked)).unwrap();

    let output = command(&markdown_args(), Path::new("rapport.md"), dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("cannot write `{blocked}`: is a directory")),
        "{stderr}"
    );
    assert_eq!(names(dir.path()), files);
    for name in files.iter().filter(|n| **n != blocked) {
        let text = fs::read_to_string(dir.path().join(name)).unwrap();
        assert_eq!(text, format!("old {name}"), "{name} was replaced");
    }
}

/// Starts a write that stops once its temporary files exist (a hidden test
/// hook), sends `signal` and returns the exit code and the folder.
#[cfg(unix)]
fn interrupt(args: &[String], out: &str, signal: &str) -> (Option<i32>, tempfile::TempDir) {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let mut child = command(args, Path::new(out), dir.path())
        .env("UTILSOC_TEST_HOLD_TEMPS", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let temps = || {
        names(dir.path())
            .iter()
            .any(|n| utilsoc::output::is_temp_name(n))
    };
    while !temps() {
        // Not a timing assertion: only a bound, so that a broken build fails
        // instead of hanging.
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no temp appeared"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let status = Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap().code();
    (code, dir)
}

#[cfg(unix)]
#[test]
fn a_signal_during_a_write_leaves_no_temporary_file() {
    for (signal, code) in [("TERM", 143), ("INT", 130), ("HUP", 129)] {
        let (exit, dir) = interrupt(&["schema".to_owned()], "schema.json", signal);
        assert_eq!(exit, Some(code), "SIG{signal}");
        assert_eq!(names(dir.path()), Vec::<String>::new(), "SIG{signal}");
    }
    let (exit, dir) = interrupt(&markdown_args(), "rapport.md", "TERM");
    assert_eq!(exit, Some(143));
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

#[test]
fn a_stale_temporary_file_of_ours_is_swept() {
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join(".e.toml.utilsoc-4294967295-abc123.tmp");
    let other: PathBuf = dir.path().join(".e.toml.other.tmp");
    fs::write(&ours, "x").unwrap();
    fs::write(&other, "x").unwrap();
    utilsoc::output::sweep_stale_temps(dir.path());
    if Path::new("/proc/self").exists() {
        assert!(!ours.exists());
    }
    assert!(other.exists());
}
