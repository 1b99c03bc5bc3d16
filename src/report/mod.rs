//! Renderers: turn grids and scorecards into text people read (tables,
//! documents with charts) or programs read (CSV, JSON). They return strings;
//! the command layer decides where they go.

pub mod csv_style;
pub mod document;
pub mod grid_table;
pub mod score_table;
pub mod scores;
pub mod series;
pub mod svg;
pub mod template;

/// `s` safe to put in HTML or SVG text and attribute values: markup
/// escaped, control characters shown as `�` and bidi overrides removed (see
/// [`crate::text::clean`]), which XML forbids or which would reorder the page.
pub fn escape(s: &str) -> String {
    let s = crate::text::clean(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}
