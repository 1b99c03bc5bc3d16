//! Grids: the TOML format that splits an organisation's social utility into
//! domains, criteria and indicators.
//!
//! Loading goes through three stages, each in its own module: the TOML parser
//! (with error recovery, so every syntax error is reported), the raw mirror in
//! [`raw`] (shape, with byte spans), and the rules in [`validate`] that produce
//! the [`model`]. Nothing here reads files or prints: callers hand in bytes and
//! get back the grid and the findings.

pub mod builtin;
pub mod diff;
pub mod edit;
pub mod local;
pub mod model;
pub mod raw;
pub mod record;
pub mod schema;
pub mod spec;
pub mod validate;
pub mod write;

pub use model::Grid;

use crate::diag::{Code, FileReport, Finding, Severity};
use crate::tr;

/// Grids larger than this are refused unread: no real grid comes near it, and
/// the limit keeps a stray data dump from eating memory.
pub const MAX_GRID_BYTES: usize = 4 * 1024 * 1024;

/// At most this many syntax errors are listed per file; past them, the file is
/// most likely not TOML at all.
const MAX_SYNTAX_ERRORS: usize = 20;

/// Reads a grid from the bytes of a file called `name`. The grid is returned
/// only when no error was found; the report lists every finding in source order.
pub fn load(name: &str, bytes: &[u8]) -> (Option<Grid>, FileReport) {
    let mut findings = Vec::new();
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(e) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let at = e.valid_up_to();
            let byte = bytes[at];
            findings.push(
                Finding::new(
                    Code::NotUtf8,
                    tr!("not-utf8", byte = format!("0x{byte:02X}")),
                )
                .at(
                    at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                    tr!("label-not-utf8"),
                )
                .note(tr!("note-save-as-utf8")),
            );
            return finish(name, text, findings, None);
        }
    };
    if bytes.len() > MAX_GRID_BYTES {
        findings.push(
            Finding::new(
                Code::FileTooLarge,
                tr!("file-too-large", max = MAX_GRID_BYTES),
            )
            .at(0..0, String::new()),
        );
        return finish(name, String::new(), findings, None);
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        findings.push(
            Finding::new(Code::EmptyFile, tr!("empty-file")).at(0..0, tr!("label-empty-file")),
        );
        return finish(name, text, findings, None);
    }
    let (document, errors) = toml::de::DeTable::parse_recoverable(&text);
    if !errors.is_empty() {
        let count = errors.len();
        for error in errors.into_iter().take(MAX_SYNTAX_ERRORS) {
            let span = error.span().unwrap_or(0..0);
            let detail = error.message().trim().to_owned();
            findings.push(
                Finding::new(Code::TomlSyntax, tr!("toml-syntax", detail = detail))
                    .at(span, tr!("label-toml-syntax")),
            );
        }
        if count > MAX_SYNTAX_ERRORS
            && let Some(last) = findings.last_mut()
        {
            last.notes.push(tr!(
                "note-more-syntax-errors",
                count = count - MAX_SYNTAX_ERRORS
            ));
        }
        return finish(name, text, findings, None);
    }
    let raw = raw::read(&document, &mut findings);
    if raw.extends.is_none() {
        local_keys_without_extends(&raw, &mut findings);
        let mut grid = validate::validate(&raw, &mut findings);
        grid.hash = sha256_hex(bytes);
        return finish(name, text, findings, Some(grid));
    }
    let Some((resolved, base)) = local::resolve(raw, text.len(), &mut findings) else {
        return finish(name, text, findings, None);
    };
    let mut grid = validate::validate(&resolved, &mut findings);
    local::relocate(&mut findings, text.len(), &base);
    // The local file and its base both make the grid: a change to either
    // is a change of grid for the evaluations recorded with it.
    grid.hash = sha256_hex(&[bytes, b"\0", base.builtin.source.as_bytes()].concat());
    grid.extends = Some((base.builtin.id.to_owned(), base.version));
    if let Some(whole) = base.builtin.grid() {
        let kept: std::collections::HashSet<&str> = grid
            .indicators()
            .flat_map(|(_, _, i)| {
                std::iter::once(i.id.as_str()).chain(i.replaces.iter().map(String::as_str))
            })
            .collect();
        grid.left_out = whole
            .indicators()
            .filter(|(_, _, i)| !kept.contains(i.id.as_str()))
            .flat_map(|(_, _, i)| std::iter::once(i.id.clone()).chain(i.aliases.iter().cloned()))
            .collect();
    }
    finish(name, text, findings, Some(grid))
}

/// `ignore` and `[override.ID]` change a base grid: without `extends` there
/// is none, and silently dropping them would hide the mistake.
fn local_keys_without_extends(raw: &raw::RawGrid, findings: &mut Vec<Finding>) {
    let spans = raw.ignore.iter().map(|i| ("ignore", i.span.clone())).chain(
        raw.overrides
            .iter()
            .map(|o| ("override", o.id.span.clone())),
    );
    for (key, span) in spans {
        findings.push(
            Finding::new(
                Code::FieldNotApplicable,
                tr!("local-key-without-extends", key = key),
            )
            .at(span, tr!("label-local-key-without-extends"))
            .note(tr!("note-local-key-without-extends")),
        );
    }
}

/// The SHA-256 of `bytes`, in lowercase hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn finish(
    name: &str,
    text: String,
    findings: Vec<Finding>,
    grid: Option<Grid>,
) -> (Option<Grid>, FileReport) {
    let mut report = FileReport {
        unlisted: 0,
        name: name.to_owned(),
        text,
        findings,
    };
    report.sort();
    let grid = grid.filter(|_| report.count(Severity::Error) == 0);
    (grid, report)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_roles;
#[cfg(test)]
mod tests_social;
