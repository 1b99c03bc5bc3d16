//! Throughput benchmark for `utilsoc score` (issue: scoring engine).
//!
//! `cargo bench --bench throughput` generates a synthetic survey export
//! (10 million rows by default, `UTILSOC_BENCH_ROWS` to change), then times in
//! the same run:
//!
//! (a) `utilsoc score` on the file, CSV output thrown away;
//! (b) a plain csv-crate `ByteRecord` loop that only parses the 12 answer
//!     columns to numbers (level ids and yes/no mapped by a byte match, numbers
//!     parsed as f64) and sums them per action.
//!
//! Each runs in a child process so that its peak memory (max RSS, from
//! `wait4`) is its own. It prints both throughputs, their ratio and the peaks.
//!
//! Then many groups: 4,000 actions (`UTILSOC_BENCH_ACTIONS` to change) × 3
//! roles, one row each, scored `--by role` as CSV, JSON and a table. Every
//! output must stay linear in groups (it once took 17 s for CSV).

#![allow(unsafe_code)] // wait4, to read each child's own peak memory
// A benchmark reports on the terminal.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const LEVELS: [&str; 4] = ["pas-du-tout", "plutot-pas", "plutot", "tout-a-fait"];
const ACTIONS: usize = 8;

const GRID: &str = r#"format = 1
id = "bench"
version = "1.0.0"
title = "Benchmark"

[scales.accord]
type = "levels"
levels = [
  { id = "pas-du-tout", label = "Pas du tout" },
  { id = "plutot-pas", label = "Plutôt pas" },
  { id = "plutot", label = "Plutôt" },
  { id = "tout-a-fait", label = "Tout à fait" },
]
[scales.oui-non]
type = "boolean"
[scales.nombre]
type = "number"
min = 0
max = 1000

[[domains]]
id = "d1"
label = "Perceptions"
[[domains.criteria]]
id = "c1"
label = "Accord"
[[domains.criteria.indicators]]
id = "l1"
label = "L1"
scale = "accord"
[[domains.criteria.indicators]]
id = "l2"
label = "L2"
scale = "accord"
[[domains.criteria.indicators]]
id = "l3"
label = "L3"
scale = "accord"
[[domains.criteria.indicators]]
id = "l4"
label = "L4"
scale = "accord"
[[domains.criteria.indicators]]
id = "l5"
label = "L5"
scale = "accord"
[[domains]]
id = "d2"
label = "Faits"
[[domains.criteria]]
id = "c2"
label = "Nombres"
[[domains.criteria.indicators]]
id = "n1"
label = "N1"
scale = "nombre"
target = 500
[[domains.criteria.indicators]]
id = "n2"
label = "N2"
scale = "nombre"
target = 100
baseline = 10
[[domains.criteria.indicators]]
id = "n3"
label = "N3"
scale = "nombre"
bands = [{ from = 0, score = 0 }, { from = 100, score = 50 }, { from = 500, score = 100 }]
[[domains.criteria.indicators]]
id = "n4"
label = "N4"
scale = "nombre"
aggregate = "median"
target = 700
[[domains.criteria]]
id = "c3"
label = "Oui-non"
[[domains.criteria.indicators]]
id = "b1"
label = "B1"
scale = "oui-non"
[[domains.criteria.indicators]]
id = "b2"
label = "B2"
scale = "oui-non"
[[domains.criteria.indicators]]
id = "b3"
label = "B3"
scale = "oui-non"
"#;

/// xorshift64*: a fast, deterministic generator for the data.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn generate(path: &Path, rows: u64) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    writeln!(out, "action,respondent,l1,l2,l3,l4,l5,n1,n2,n3,n4,b1,b2,b3")?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for row in 0..rows {
        let r = rng.next();
        write!(out, "Action {},r{row}", (r % ACTIONS as u64) + 1)?;
        for i in 0..5 {
            let level = ((r >> (8 + i * 2)) & 3) as usize;
            if (r >> (20 + i)) & 31 == 0 {
                out.write_all(b",")?; // about 3% missing
            } else {
                write!(out, ",{}", LEVELS[level])?;
            }
        }
        let s = rng.next();
        for i in 0..4 {
            let v = (s >> (i * 12)) % 1000;
            if i == 1 {
                write!(out, ",{}.{}", v / 10, v % 10)?;
            } else {
                write!(out, ",{v}")?;
            }
        }
        for i in 0..3 {
            out.write_all(if (s >> (50 + i)) & 1 == 1 {
                b",oui"
            } else {
                b",non"
            })?;
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// (b): the plain loop, run in a child process.
fn plain_loop(path: &Path) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(path)
        .expect("open the data");
    let mut record = csv::ByteRecord::new();
    let mut sums: HashMap<Vec<u8>, [f64; 12]> = HashMap::new();
    while reader.read_byte_record(&mut record).expect("read a record") {
        let mut values = [0.0f64; 12];
        for (i, value) in values.iter_mut().enumerate() {
            let cell = &record[i + 2];
            *value = match cell {
                b"pas-du-tout" | b"non" => 0.0,
                b"plutot-pas" => 1.0,
                b"plutot" => 2.0,
                b"tout-a-fait" | b"oui" => 3.0,
                b"" => 0.0,
                number => std::str::from_utf8(number)
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0.0),
            };
        }
        let entry = match sums.get_mut(&record[0]) {
            Some(entry) => entry,
            None => sums.entry(record[0].to_vec()).or_insert([0.0; 12]),
        };
        for (sum, value) in entry.iter_mut().zip(values) {
            *sum += value;
        }
    }
    let total: f64 = sums.values().flat_map(|s| s.iter()).sum();
    println!("{} actions, checksum {total}", sums.len());
}

struct Run {
    seconds: f64,
    max_rss_kib: i64,
}

/// Runs `command`, timing it and reading its own peak memory.
fn measure(mut command: Command) -> Run {
    let start = Instant::now();
    // Reaped by wait4 below, which std's wait() would not let us read.
    #[allow(clippy::zombie_processes)]
    let child = command
        .stdout(Stdio::null())
        .spawn()
        .expect("start the child process");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which std has not reaped.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let seconds = start.elapsed().as_secs_f64();
    assert!(pid > 0, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "child failed: {command:?}"
    );
    Run {
        seconds,
        max_rss_kib: usage.ru_maxrss,
    }
}

/// Many groups: `actions` actions × 3 roles, one response each.
fn generate_groups(path: &Path, actions: u64) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    writeln!(out, "action,role,l1,l2,l3,l4,l5,n1,n2,n3,n4,b1,b2,b3")?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for action in 0..actions {
        for role in ["participant", "benevole", "salarie"] {
            let r = rng.next();
            write!(out, "Action {action},{role}")?;
            for i in 0..5 {
                write!(out, ",{}", LEVELS[((r >> (8 + i * 2)) & 3) as usize])?;
            }
            for i in 0..4 {
                write!(out, ",{}", (r >> (20 + i * 9)) % 1000)?;
            }
            for i in 0..3 {
                out.write_all(if (r >> (56 + i)) & 1 == 1 {
                    b",oui"
                } else {
                    b",non"
                })?;
            }
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--plain-loop") {
        plain_loop(Path::new(&args[i + 1]));
        return;
    }
    let rows: u64 = std::env::var("UTILSOC_BENCH_ROWS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(10_000_000);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("throughput");
    std::fs::create_dir_all(&dir).expect("create the bench directory");
    let grid = dir.join("grid.toml");
    std::fs::write(&grid, GRID).expect("write the grid");
    let data = dir.join(format!("survey-{rows}.csv"));
    if !data.exists() {
        eprintln!("generating {rows} rows in {}", data.display());
        let partial = data.with_extension("partial");
        generate(&partial, rows).expect("generate the data");
        std::fs::rename(&partial, &data).expect("keep the data");
    }
    let size = std::fs::metadata(&data).expect("data size").len() as f64;

    let mut utilsoc = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
    utilsoc
        .args(["--quiet", "score", "--format", "csv", "--grid"])
        .arg(&grid)
        .arg(&data);
    let mut plain = Command::new(std::env::current_exe().expect("this benchmark's path"));
    plain.arg("--plain-loop").arg(&data);

    // One warm-up of each so that both read the file from the page cache.
    let mut cat = Command::new("cat");
    cat.arg(&data);
    let _ = measure(cat);
    let a = measure(utilsoc);
    let b = measure(plain);

    let report = |name: &str, run: &Run| {
        println!(
            "{name:<18} {:>7.2} s  {:>6.2} M rows/s  {:>7.1} MB/s  peak RSS {:>7.1} MiB",
            run.seconds,
            rows as f64 / run.seconds / 1e6,
            size / run.seconds / 1e6,
            run.max_rss_kib as f64 / 1024.0
        );
    };
    println!("{rows} rows, {:.0} MB", size / 1e6);
    report("utilsoc score", &a);
    report("plain csv loop", &b);
    println!(
        "ratio (utilsoc throughput / plain loop throughput): {:.2}",
        b.seconds / a.seconds
    );

    let actions: u64 = std::env::var("UTILSOC_BENCH_ACTIONS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(4_000);
    let groups = dir.join(format!("groups-{actions}.csv"));
    if !groups.exists() {
        generate_groups(&groups, actions).expect("generate the groups");
    }
    println!("{actions} actions × 3 roles, --by role");
    for format in ["csv", "json", "table"] {
        let mut command = Command::new(env!("CARGO_BIN_EXE_utilsoc"));
        command
            .args([
                "--quiet", "score", "--by", "role", "--format", format, "--grid",
            ])
            .arg(&grid)
            .arg(&groups);
        let run = measure(command);
        println!(
            "score --format {format:<6} {:>7.2} s  peak RSS {:>7.1} MiB",
            run.seconds,
            run.max_rss_kib as f64 / 1024.0
        );
    }
}
