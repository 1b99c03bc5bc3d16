//! `grids export --resolved`: the standalone file written from a local grid
//! checks clean and scores exactly like the local grid, on the same data, in
//! every output format.

use std::path::Path;
use std::process::Command;

fn utilsoc(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .args(args)
        .output()
        .expect("utilsoc runs")
}

#[test]
fn the_resolved_grid_checks_clean_and_scores_like_the_local_one() {
    let sandbox = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/grids/local.in");
    for name in ["local.toml", "ateliers.csv"] {
        std::fs::copy(from.join(name), sandbox.path().join(name)).unwrap();
    }
    let dir = sandbox.path();
    let out = utilsoc(
        dir,
        &[
            "grids",
            "export",
            "--resolved",
            "local.toml",
            "-o",
            "resolu.toml",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let written = std::fs::read_to_string(dir.join("resolu.toml")).unwrap();
    for key in ["extends", "ignore", "[override"] {
        assert!(
            !written.lines().any(|l| l.starts_with(key)),
            "{key}: {written}"
        );
    }

    let check = utilsoc(dir, &["check", "--deny-warnings", "resolu.toml"]);
    assert_eq!(check.status.code(), Some(0), "{check:?}");

    for format in ["table", "csv", "json"] {
        let local = utilsoc(
            dir,
            &[
                "score",
                "--grid",
                "local.toml",
                "ateliers.csv",
                "--format",
                format,
            ],
        );
        let resolved = utilsoc(
            dir,
            &[
                "score",
                "--grid",
                "resolu.toml",
                "ateliers.csv",
                "--format",
                format,
            ],
        );
        assert!(local.status.success(), "{local:?}");
        assert!(!local.stdout.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&local.stdout),
            String::from_utf8_lossy(&resolved.stdout),
            "score --format {format}"
        );
    }
}

#[test]
fn without_resolved_a_grid_file_is_written_as_it_is() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd/grids/local.in");
    let out = utilsoc(&dir, &["grids", "export", "local.toml"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, std::fs::read(dir.join("local.toml")).unwrap());
}
