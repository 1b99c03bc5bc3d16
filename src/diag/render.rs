//! The one place findings become text: for people (source excerpts with the
//! offending value underlined), for scripts (JSON) and for GitHub workflow
//! annotations. Renderers write to any `io::Write` handed in.

use std::io::{self, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label as CsLabel, Severity as CsSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Config, termcolor::Ansi};
use serde_json::{Value, json};

use super::{FileReport, Finding, Severity, line_col};
use crate::text::{clean, mask};
use crate::tr;

/// Totals over every checked file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Totals {
    pub fn of(reports: &[FileReport]) -> Totals {
        Totals {
            files: reports.len(),
            errors: reports.iter().map(|r| r.count(Severity::Error)).sum(),
            warnings: reports.iter().map(|r| r.count(Severity::Warning)).sum(),
        }
    }
}

/// Findings as rustc shows them, with a summary line at the end.
pub fn human(out: &mut dyn Write, reports: &[FileReport], color: bool) -> io::Result<()> {
    human_findings(out, reports, color)?;
    human_summary(out, reports)
}

/// Findings as rustc shows them: a source excerpt with the value underlined.
pub fn human_findings(out: &mut dyn Write, reports: &[FileReport], color: bool) -> io::Result<()> {
    let config = Config::default();
    for report in reports {
        let mut files = SimpleFiles::new();
        // Data must not drive the terminal. Masking keeps the findings'
        // byte spans valid in the excerpt.
        let id = files.add(clean(&report.name), mask(&report.text));
        for finding in &report.findings {
            // A data finding has a line and column; with its file's text at
            // hand, it gets an excerpt like the others.
            let place = match (&finding.primary, finding.place) {
                (None, Some((line, column))) => span_at(&report.text, line, column),
                _ => None,
            };
            if finding.primary.is_none() && place.is_none() {
                unlocated(out, finding, &report.name)?;
                continue;
            }
            let diagnostic = to_diagnostic(finding, id, &report.name, place);
            let result = if color {
                term::emit_to_write_style(&mut Ansi::new(&mut *out), &config, &files, &diagnostic)
            } else {
                term::emit_to_io_write(&mut *out, &config, &files, &diagnostic)
            };
            result.map_err(|e| match e {
                codespan_reporting::files::Error::Io(e) => e,
                other => io::Error::other(other.to_string()),
            })?;
        }
    }
    Ok(())
}

/// One line: how many files, errors and warnings.
pub fn human_summary(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let totals = Totals::of(reports);
    writeln!(
        out,
        "{}",
        tr!(
            "check-summary",
            files = totals.files,
            errors = totals.errors,
            warnings = totals.warnings
        )
    )
}

/// A finding with no source excerpt (data files, whole-file problems), laid
/// out like the others.
fn unlocated(out: &mut dyn Write, finding: &Finding, name: &str) -> io::Result<()> {
    let name = clean(name);
    writeln!(
        out,
        "{}[{}]: {}",
        finding.severity.as_str(),
        finding.code.as_str(),
        clean(&finding.message)
    )?;
    match finding.place {
        Some((line, column)) => writeln!(out, "  ┌─ {name}:{line}:{column}")?,
        None => writeln!(out, "  ┌─ {name}")?,
    }
    for note in &finding.notes {
        writeln!(out, "  │\n  = {}", clean(note))?;
    }
    writeln!(out)
}

/// The bytes of `text` from 1-based `line` and `column` (in characters) to
/// the end of that line, trailing spaces aside; `None` when `text` has no
/// such place.
fn span_at(text: &str, line: u64, column: usize) -> Option<std::ops::Range<usize>> {
    let index = usize::try_from(line.checked_sub(1)?).ok()?;
    let mut start = 0;
    for _ in 0..index {
        start += text.get(start..)?.find('\n')? + 1;
    }
    let rest = &text[start..];
    let content = rest.split('\n').next().unwrap_or("").trim_end();
    let from = content
        .char_indices()
        .nth(column.saturating_sub(1))
        .map(|(i, _)| i)?;
    Some(start + from..start + content.len())
}

fn to_diagnostic(
    finding: &Finding,
    file: usize,
    name: &str,
    place: Option<std::ops::Range<usize>>,
) -> Diagnostic<usize> {
    let severity = match finding.severity {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
    };
    let mut labels = Vec::new();
    let mut notes: Vec<String> = finding
        .notes
        .iter()
        .map(|n| clean(n).into_owned())
        .collect();
    match (&finding.primary, place) {
        (Some(label), _) => {
            labels.push(
                CsLabel::primary(file, label.span.clone()).with_message(clean(&label.message)),
            );
        }
        (None, Some(span)) => labels.push(CsLabel::primary(file, span)),
        (None, None) => notes.insert(0, clean(name).into_owned()),
    }
    labels.extend(
        finding
            .secondary
            .iter()
            .map(|l| CsLabel::secondary(file, l.span.clone()).with_message(clean(&l.message))),
    );
    Diagnostic::new(severity)
        .with_code(finding.code.as_str())
        .with_message(clean(&finding.message))
        .with_labels(labels)
        .with_notes(notes)
}

/// Findings as one JSON document (see `docs/check.md` for its shape).
pub fn json(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let totals = Totals::of(reports);
    let files: Vec<Value> = reports
        .iter()
        .map(|r| {
            json!({
                "file": r.name,
                "errors": r.count(Severity::Error),
                "warnings": r.count(Severity::Warning),
            })
        })
        .collect();
    let findings: Vec<Value> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| finding_json(r, f)))
        .collect();
    let doc = json!({
        "files": files,
        "findings": findings,
        "errors": totals.errors,
        "warnings": totals.warnings,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

fn finding_json(report: &FileReport, finding: &Finding) -> Value {
    let place = |span: &std::ops::Range<usize>| {
        let (line, column) = line_col(&report.text, span.start);
        let (end_line, end_column) = line_col(&report.text, span.end);
        json!({
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "start": span.start,
            "end": span.end,
        })
    };
    let mut value = json!({
        "file": report.name,
        "code": finding.code.as_str(),
        "severity": finding.severity.as_str(),
        "message": finding.message,
    });
    if let Some(label) = &finding.primary {
        let mut location = place(&label.span);
        location["label"] = json!(label.message);
        value["location"] = location;
    } else if let Some((line, column)) = finding.place {
        value["location"] = json!({ "line": line, "column": column });
    } else {
        value["location"] = Value::Null;
    }
    value["related"] = finding
        .secondary
        .iter()
        .map(|l| {
            let mut location = place(&l.span);
            location["label"] = json!(l.message);
            location
        })
        .collect();
    value["notes"] = json!(finding.notes);
    value
}

/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::…` line
/// per finding, which GitHub shows as annotations on the pull request.
pub fn github(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    for report in reports {
        for finding in &report.findings {
            let mut props = vec![format!("file={}", escape_property(&clean(&report.name)))];
            if let Some(label) = &finding.primary {
                let (line, col) = line_col(&report.text, label.span.start);
                let (end_line, end_col) = line_col(&report.text, label.span.end);
                props.push(format!("line={line}"));
                props.push(format!("col={col}"));
                props.push(format!("endLine={end_line}"));
                if end_line == line {
                    props.push(format!("endColumn={end_col}"));
                }
            } else if let Some((line, col)) = finding.place {
                props.push(format!("line={line}"));
                props.push(format!("col={col}"));
            }
            props.push(format!("title={}", finding.code.as_str()));
            let mut message = finding.message.clone();
            if let Some(label) = finding.primary.as_ref().filter(|l| !l.message.is_empty()) {
                message.push_str(": ");
                message.push_str(&label.message);
            }
            for note in &finding.notes {
                message.push('\n');
                message.push_str(note);
            }
            writeln!(
                out,
                "::{} {}::{}",
                finding.severity.as_str(),
                props.join(","),
                escape_data(&clean(&message))
            )?;
        }
    }
    Ok(())
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Finding};

    fn report() -> FileReport {
        let text = "id = \"Égalité\"\n".to_owned();
        FileReport {
            unlisted: 0,
            name: "a,b.toml".into(),
            findings: vec![Finding::new(Code::InvalidId, "bad id".into()).at(5..16, "here")],
            text,
        }
    }

    #[test]
    fn places_become_spans_to_the_end_of_their_line() {
        let text = "a = 1\nid = \"Égalité\"  \n";
        assert_eq!(span_at(text, 2, 6), Some(11..22));
        assert_eq!(&text[11..22], "\"Égalité\"");
        assert_eq!(span_at(text, 1, 1), Some(0..5));
        assert_eq!(span_at(text, 2, 40), None);
        assert_eq!(span_at(text, 9, 1), None);
        assert_eq!(span_at("", 1, 1), None);
    }

    #[test]
    fn github_lines_escape_and_locate() {
        let mut out = Vec::new();
        github(&mut out, &[report()]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::error file=a%2Cb.toml,line=1,col=6,endLine=1,endColumn=15,title=invalid-id::bad id: here\n"
        );
    }

    #[test]
    fn json_is_parseable_with_locations() {
        let mut out = Vec::new();
        json(&mut out, &[report()]).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["errors"], 1);
        assert_eq!(v["findings"][0]["location"]["column"], 6);
        assert_eq!(v["findings"][0]["location"]["end_column"], 15);
    }
}
