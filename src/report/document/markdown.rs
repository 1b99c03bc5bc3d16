//! The report as Markdown, for people who edit it or paste it elsewhere: the
//! same blocks as the HTML, each chart written as an SVG file beside it and
//! linked. User text can never become Markdown or HTML ([`md_text`]).

use super::{Block, TEXT};
use crate::text::clean_line;

/// User text (and ours) as literal Markdown text on one line: control
/// characters neutralised (see [`crate::text::clean`]), line breaks made spaces
/// so that no name or comment starts a heading, list or table row of its own,
/// Markdown punctuation backslash-escaped so that nothing becomes a link, an
/// image, emphasis or a table cell border, and `<`, `>`, `&` as entities so
/// that no raw HTML passes. At the start, what would open a block (`-`, `+`,
/// `=`, `1.`) is escaped too.
pub fn md_text(text: &str) -> String {
    let text = clean_line(text);
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    // Only the first run of digits can open an ordered list.
    let mut leading_digits = true;
    for (i, c) in text.char_indices() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if leading_digits && i > 0 => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
        leading_digits = leading_digits && c.is_ascii_digit();
    }
    out
}

/// A link destination for a file beside the report: percent-encoded, so that
/// spaces and parentheses in the report's name keep the link whole.
fn md_destination(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for b in file.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Markdown, with each chart as an SVG file named after `stem`: returns the
/// text and the files to write beside it.
pub fn markdown(blocks: &[Block], stem: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::new();
    let mut files = Vec::new();
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level)),
                    md_text(text)
                ));
            }
            Block::Lead(text) => out.push_str(&format!("**{}**\n\n", md_text(text))),
            Block::Paragraph(text) => out.push_str(&format!("{}\n\n", md_text(text))),
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", md_text(item)));
                }
                out.push('\n');
            }
            Block::Table {
                caption,
                header,
                rows,
            } => {
                if !caption.is_empty() {
                    out.push_str(&format!("*{}*\n\n", md_text(caption)));
                }
                out.push_str(&format!(
                    "| {} |\n",
                    header
                        .iter()
                        .map(|h| md_text(h))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
                out.push_str(&format!(
                    "|{}\n",
                    header
                        .iter()
                        .enumerate()
                        .map(|(i, _)| {
                            // Cells of prose (`text`) read from the left.
                            let numeric = rows.iter().any(|r| {
                                r.get(i)
                                    .and_then(|c| c.class)
                                    .is_some_and(|class| class != TEXT)
                            });
                            if numeric { " ---: |" } else { " --- |" }
                        })
                        .collect::<String>()
                ));
                for row in rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| match c.class {
                            Some("diverge") => format!("**{}**", md_text(&c.text)),
                            // Greyed in HTML; the reason is in the text.
                            Some(class) if class.ends_with(" flagged") => {
                                format!("*{}*", md_text(&c.text))
                            }
                            _ => md_text(&c.text),
                        })
                        .collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
                out.push('\n');
            }
            Block::Chart { name, title, svg } => {
                let file = format!("{stem}-{name}.svg");
                out.push_str(&format!(
                    "![{}]({})\n\n",
                    md_text(title),
                    md_destination(&file)
                ));
                files.push((file, svg.clone()));
            }
            Block::Quotes(quotes) => {
                for q in quotes {
                    out.push_str(&format!("> {}\n\n", md_text(q)));
                }
            }
            Block::PageBreak => {}
        }
    }
    (out, files)
}
