//! The report as one self-contained HTML page: the style sheet (`style.css`,
//! compiled in) and the charts inline, no script, nothing fetched, so that the
//! file can be mailed, opened offline or printed to PDF from a browser. Every
//! text goes through [`escape`]; the charts are already SVG markup.

use super::Block;
use crate::i18n::lang;
use crate::report::escape;

/// Screen and print styles: A4 pages, page breaks before each action.
const STYLE: &str = include_str!("style.css");

/// One self-contained HTML page: inline CSS and SVG, no script, nothing
/// fetched.
pub fn html(blocks: &[Block]) -> String {
    let lang_code = lang().code();
    let heading = blocks.iter().find_map(|b| match b {
        Block::Heading(1, t) => Some(t.as_str()),
        _ => None,
    });
    let lead = blocks.iter().find_map(|b| match b {
        Block::Lead(t) => Some(t.as_str()),
        _ => None,
    });
    // A browser's tab and a PDF's name start with whose report it is.
    let title = [lead, heading]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" — ");
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang_code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&title)
    );
    for block in blocks {
        match block {
            Block::Heading(level, text) => {
                out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(text)))
            }
            Block::Lead(text) => out.push_str(&format!("<p class=\"lead\">{}</p>\n", escape(text))),
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", escape(text))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table {
                caption,
                header,
                rows,
            } => {
                out.push_str("<table>\n");
                if !caption.is_empty() {
                    out.push_str(&format!("<caption>{}</caption>\n", escape(caption)));
                }
                out.push_str("<thead><tr>");
                for h in header {
                    out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        match cell.class {
                            Some(class) => out.push_str(&format!(
                                "<td class=\"{class}\">{}</td>",
                                escape(&cell.text)
                            )),
                            None => out.push_str(&format!("<td>{}</td>", escape(&cell.text))),
                        }
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Chart { svg, .. } => {
                // Inline SVG needs no namespace declaration.
                let svg = svg.replacen(r#" xmlns="http://www.w3.org/2000/svg""#, "", 1);
                out.push_str(&format!("<figure>{svg}</figure>\n"));
            }
            Block::Quotes(quotes) => {
                for q in quotes {
                    out.push_str(&format!("<blockquote>{}</blockquote>\n", escape(q)));
                }
            }
            Block::PageBreak => out.push_str("<div class=\"page-break\"></div>\n"),
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
