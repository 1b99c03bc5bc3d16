//! Same bytes every run: scores and reports of one input do not depend on
//! how the file is cut into chunks nor on how many threads read it (hidden
//! knobs `UTILSOC_CHUNK_BYTES` and `UTILSOC_THREADS`).

use std::path::Path;
use std::process::Command;

/// A survey with decimals whose naive sums depend on their order, many
/// groups, and more texts per group than a report keeps (first 200).
fn survey(dir: &Path) {
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let levels = ["pas-du-tout", "un-peu", "assez", "tout-a-fait"];
    let roles = ["participant", "benevole", "salarie"];
    for (file, rows) in [("a.csv", 1500), ("b.csv", 700)] {
        let mut text = String::from(
            "action;periode;role;nouvelles-relations;taux-retour;aide-recue;temoignage;benevoles;satisfaction;commentaire\n",
        );
        for row in 0..rows {
            let r = next();
            let action = if row % 2 == 0 {
                "Ateliers".to_owned()
            } else {
                format!("Action {}", r % 40)
            };
            text.push_str(&format!(
                "{action};{};{};{};{}.{};{};\"témoignage {row}; ligne\n{}\";{};{};note {}\n",
                2024 + (r >> 8) % 2,
                roles[((r >> 12) % 3) as usize],
                levels[((r >> 16) % 4) as usize],
                (r >> 20) % 100,
                (r >> 28) % 1000,
                if (r >> 40) & 1 == 1 { "oui" } else { "non" },
                r % 7,
                (r >> 44) % 50,
                levels[((r >> 50) % 4) as usize],
                r % 11,
            ));
        }
        std::fs::write(dir.join(file), text).unwrap();
    }
    std::fs::copy("tests/cmd/score.in/grid.toml", dir.join("grid.toml")).unwrap();
}

fn run(dir: &Path, args: &[&str], chunk: Option<&str>, threads: Option<&str>) -> Vec<u8> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_ALL", "")
        .env("SOURCE_DATE_EPOCH", "1790000000")
        .env_remove("UTILSOC_CHUNK_BYTES")
        .env_remove("UTILSOC_THREADS");
    if let Some(chunk) = chunk {
        command.env("UTILSOC_CHUNK_BYTES", chunk);
    }
    if let Some(threads) = threads {
        command.env("UTILSOC_THREADS", threads);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

#[test]
fn outputs_do_not_depend_on_chunks_or_threads() {
    let dir = tempfile::tempdir().unwrap();
    survey(dir.path());
    let inputs = ["--grid", "grid.toml", "a.csv", "b.csv"];
    let commands: Vec<Vec<&str>> = [
        vec!["score", "--format", "csv"],
        vec!["score", "--format", "csv", "--by", "role"],
        vec!["score", "--format", "json", "--by", "role"],
        vec!["score", "--format", "table"],
        vec!["report", "--by", "role"],
    ]
    .into_iter()
    .map(|mut c| {
        c.extend(inputs);
        c
    })
    .collect();
    let knobs = [
        (None, None),
        (Some("1"), Some("3")),
        (Some("97"), Some("2")),
        (Some("5000"), Some("1")),
        (Some("5000"), Some("4")),
    ];
    for args in &commands {
        let reference = run(dir.path(), args, None, None);
        assert!(!reference.is_empty());
        for (chunk, threads) in knobs {
            for _ in 0..2 {
                let again = run(dir.path(), args, chunk, threads);
                assert!(
                    again == reference,
                    "{args:?} with chunks of {chunk:?} bytes and {threads:?} threads differs"
                );
            }
        }
    }
    // Texts are quoted, with their line breaks folded.
    let html = String::from_utf8(run(dir.path(), &commands[4], Some("97"), Some("3"))).unwrap();
    assert!(html.contains("témoignage 0; ligne / "));
}
