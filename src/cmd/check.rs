//! `utilsoc check`: validate grid files for people and CI pipelines. Every file
//! is read and every finding collected before anything is printed.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Result, bail};

use super::{Ui, display_name, read_input};
use crate::cli::{CheckArgs, CheckFormat};
use crate::diag::render::{self, Totals};
use crate::diag::{Code, FileReport, Finding, did_you_mean};
use crate::grid::{self, builtin};
use crate::{exit, tr};

/// What `check` runs with, free of clap.
struct Options {
    files: Vec<PathBuf>,
    builtin: bool,
    format: CheckFormat,
    deny_warnings: bool,
}

pub fn run(args: CheckArgs, ui: &Ui) -> Result<u8> {
    if let Some(code) = &args.explain {
        return explain(code);
    }
    let options = Options {
        files: args.files,
        builtin: args.builtin,
        format: args.format,
        deny_warnings: args.deny_warnings,
    };
    let mut reports = Vec::new();
    let mut unreadable = false;
    for path in &options.files {
        match read_input(path, grid::MAX_GRID_BYTES) {
            Ok((bytes, cut)) => {
                let name = display_name(path);
                if cut {
                    reports.push(too_large(&name));
                } else {
                    reports.push(grid::load(&name, &bytes).1);
                }
            }
            Err(e) => {
                unreadable = true;
                writeln!(io::stderr(), "{}: {e:#}", tr!("error-prefix"))?;
            }
        }
    }
    if options.builtin {
        for b in builtin::BUILTINS {
            reports.push(grid::load(&b.file_name(), b.source.as_bytes()).1);
        }
    }
    let mut out = io::stdout().lock();
    match options.format {
        CheckFormat::Human => {
            if ui.quiet {
                for report in &mut reports {
                    report
                        .findings
                        .retain(|f| f.severity == crate::diag::Severity::Error);
                }
            }
            render::human_findings(&mut out, &reports, ui.color)?;
            if !ui.quiet {
                render::human_summary(&mut out, &reports)?;
            }
        }
        CheckFormat::Json => render::json(&mut out, &reports)?,
        CheckFormat::Github => render::github(&mut out, &reports)?,
    }
    out.flush()?;
    let totals = Totals::of(&reports);
    Ok(if unreadable {
        exit::FAILURE
    } else if totals.errors > 0 || (options.deny_warnings && totals.warnings > 0) {
        exit::INVALID
    } else {
        exit::SUCCESS
    })
}

fn too_large(name: &str) -> FileReport {
    FileReport {
        name: name.to_owned(),
        text: String::new(),
        findings: vec![
            Finding::new(
                Code::FileTooLarge,
                tr!("file-too-large", max = grid::MAX_GRID_BYTES),
            )
            .at(0..0, String::new()),
        ],
    }
}

fn explain(name: &str) -> Result<u8> {
    let Some(code) = Code::parse(name) else {
        let codes = Code::ALL.iter().map(|c| c.as_str());
        let mut message = tr!("error-unknown-code", code = name);
        if let Some(s) = did_you_mean(name, codes) {
            message.push_str(&format!(" ({})", tr!("did-you-mean", suggestion = s)));
        }
        bail!(message);
    };
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "{} ({})\n\n{}",
        code.as_str(),
        crate::i18n::message(&format!("severity-{}", code.severity().as_str()), &[]),
        code.explanation().trim_end()
    )?;
    Ok(exit::SUCCESS)
}
