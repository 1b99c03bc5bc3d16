//! Charts as SVG, drawn by hand: a radar of domain scores and bars per
//! criterion. No script, no external resource; every chart has a title and a
//! description, and series differ by line style and marker, not by colour
//! alone. Scores shown go through [`crate::number`]; coordinates are
//! geometry, written with fixed decimals.

use std::fmt::Write;

use super::escape;
use crate::number;

/// One series of a chart: a name and a score (or none) per axis.
#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    pub scores: Vec<Option<f64>>,
}

/// Colours (Okabe–Ito, readable by colour-blind people), dash patterns and
/// markers, in series order.
const COLOURS: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
];
const DASHES: [&str; 4] = ["", "7 4", "2 3", "10 3 2 3"];

fn marker(index: usize, x: f64, y: f64, colour: &str, attrs: &str) -> String {
    match index % 4 {
        0 => format!(r#"<circle cx="{x:.2}" cy="{y:.2}" r="4.5" fill="{colour}" {attrs}/>"#),
        1 => format!(
            r#"<rect x="{:.2}" y="{:.2}" width="9" height="9" fill="{colour}" {attrs}/>"#,
            x - 4.5,
            y - 4.5
        ),
        2 => format!(
            r#"<polygon points="{x:.2},{:.2} {:.2},{:.2} {:.2},{:.2}" fill="{colour}" {attrs}/>"#,
            y - 5.5,
            x + 5.0,
            y + 4.0,
            x - 5.0,
            y + 4.0
        ),
        _ => format!(
            r##"<polygon points="{x:.2},{:.2} {:.2},{y:.2} {x:.2},{:.2} {:.2},{y:.2}" fill="#fff" stroke="{colour}" stroke-width="2" {attrs}/>"##,
            y - 5.5,
            x + 5.5,
            y + 5.5,
            x - 5.5
        ),
    }
}

/// The opening of a chart `width` wide and `height` high, with the title and
/// the description (every score in words) that screen readers announce.
fn open(class: &str, id: &str, width: u32, height: f64, title: &str, description: &str) -> String {
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0}" width="{width}" role="img" aria-labelledby="{id}-title {id}-desc" class="{class}" id="{id}"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(description)
    )
}

/// `name score` as a description says it, the score as the chart shows it.
fn reading(name: &str, score: Option<f64>, no_score: &str) -> String {
    match score {
        Some(v) => format!("{name} {}", number::integer(v)),
        None => format!("{name} {no_score}"),
    }
}

/// Splits a label into lines of about `width` characters.
fn lines(label: &str, width: usize) -> Vec<String> {
    textwrap::wrap(label, width)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// The point at `score` (0-100) on axis `i` of `n`, around (`cx`, `cy`).
pub fn radar_point(i: usize, n: usize, score: f64, cx: f64, cy: f64, radius: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    let r = radius * score.clamp(0.0, 100.0) / 100.0;
    (cx + r * angle.cos(), cy + r * angle.sin())
}

/// A radar chart: one axis per domain, one polygon per series. Each vertex
/// carries its domain and score as data attributes.
pub fn radar(
    id: &str,
    title: &str,
    axes: &[(String, String)],
    series: &[Series],
    no_score: &str,
) -> String {
    let (cx, cy, radius) = (260.0, 215.0, 150.0);
    let n = axes.len().max(3);
    let description = series
        .iter()
        .map(|s| {
            let values: Vec<String> = axes
                .iter()
                .zip(&s.scores)
                .map(|((_, label), score)| reading(label, *score, no_score))
                .collect();
            format!("{}: {}", s.name, values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(". ");
    let height = 420.0 + 22.0 * series.len() as f64;
    let mut svg = open("radar", id, 520, height, title, &description);
    // Rings every 25 points, and the axes.
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let points: Vec<String> = (0..n)
            .map(|i| {
                let (x, y) = radar_point(i, n, ring, cx, cy, radius);
                format!("{x:.2},{y:.2}")
            })
            .collect();
        let _ = write!(
            svg,
            r##"<polygon points="{}" fill="none" stroke="#b8b8b8" stroke-width="1"/>"##,
            points.join(" ")
        );
        // Ring values sit just left of the first (vertical) axis, clear of its label.
        let (x, y) = radar_point(0, n, ring, cx, cy, radius);
        let _ = write!(
            svg,
            r##"<text x="{:.2}" y="{:.2}" font-size="10" fill="#555" text-anchor="end">{}</text>"##,
            x - 4.0,
            y + 12.0,
            number::integer(ring)
        );
    }
    for (i, (_, label)) in axes.iter().enumerate() {
        let (x, y) = radar_point(i, n, 100.0, cx, cy, radius);
        let _ = write!(
            svg,
            r##"<line x1="{cx}" y1="{cy}" x2="{x:.2}" y2="{y:.2}" stroke="#b8b8b8" stroke-width="1"/>"##
        );
        let (lx, ly) = radar_point(i, n, 118.0, cx, cy, radius);
        let anchor = if (lx - cx).abs() < 10.0 {
            "middle"
        } else if lx > cx {
            "start"
        } else {
            "end"
        };
        let wrapped = lines(label, 22);
        // Labels grow away from the chart: upwards above it, downwards below
        // it, centred on the side.
        let extra = 14.0 * (wrapped.len() as f64 - 1.0);
        let top = if anchor == "middle" && ly < cy {
            ly - extra
        } else if anchor == "middle" {
            ly + 10.0
        } else {
            ly - extra / 2.0 + 4.0
        };
        let _ = write!(
            svg,
            r##"<text x="{lx:.2}" y="{top:.2}" font-size="12" fill="#222" text-anchor="{anchor}">"##
        );
        for (k, line) in wrapped.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<tspan x="{lx:.2}" dy="{}">{}</tspan>"#,
                if k == 0 { 0 } else { 14 },
                escape(line)
            );
        }
        let _ = write!(svg, "</text>");
    }
    for (s, serie) in series.iter().enumerate() {
        let colour = COLOURS[s % COLOURS.len()];
        let dash = DASHES[s % DASHES.len()];
        let points: Vec<(f64, f64)> = serie
            .scores
            .iter()
            .enumerate()
            .filter_map(|(i, score)| score.map(|v| radar_point(i, n, v, cx, cy, radius)))
            .collect();
        let path: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.2},{y:.2}"))
            .collect();
        let _ = write!(
            svg,
            r#"<g class="series" data-series="{}"><title>{}</title>"#,
            escape(&serie.name),
            escape(&serie.name)
        );
        let _ = write!(
            svg,
            r#"<polygon points="{}" fill="{colour}" fill-opacity="0.10" stroke="{colour}" stroke-width="2.5" stroke-dasharray="{dash}"/>"#,
            path.join(" ")
        );
        for (i, score) in serie.scores.iter().enumerate() {
            if let Some(v) = score {
                let (x, y) = radar_point(i, n, *v, cx, cy, radius);
                let attrs = format!(
                    r#"class="vertex" data-domain="{}" data-score="{}""#,
                    escape(&axes[i].0),
                    number::round(*v, 2)
                );
                let _ = write!(svg, "{}", marker(s, x, y, colour, &attrs));
            }
        }
        let _ = write!(svg, "</g>");
    }
    legend(&mut svg, series, 30.0, 410.0);
    svg.push_str("</svg>");
    svg
}

fn legend(svg: &mut String, series: &[Series], x: f64, y: f64) {
    for (s, serie) in series.iter().enumerate() {
        let colour = COLOURS[s % COLOURS.len()];
        let dash = DASHES[s % DASHES.len()];
        let ly = y + 22.0 * s as f64;
        let _ = write!(
            svg,
            r#"<line x1="{x}" y1="{ly}" x2="{}" y2="{ly}" stroke="{colour}" stroke-width="2.5" stroke-dasharray="{dash}"/>"#,
            x + 36.0
        );
        let _ = write!(svg, "{}", marker(s, x + 18.0, ly, colour, ""));
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="12" fill="#222">{}</text>"##,
            x + 46.0,
            ly + 4.0,
            escape(&serie.name)
        );
    }
}

/// Horizontal bars: one group of bars per row (criterion), one bar per series,
/// the score written at the end of each bar.
pub fn bars(id: &str, title: &str, rows: &[String], series: &[Series], no_score: &str) -> String {
    let label_width = 250.0;
    let bar_width = 300.0;
    let bar_height = 12.0;
    let gap = 3.0;
    let group_height = series.len() as f64 * (bar_height + gap) + 16.0;
    let legend_height = 22.0 * series.len() as f64 + 10.0;
    let height = 20.0 + rows.len() as f64 * group_height + legend_height;
    let description = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let values: Vec<String> = series
                .iter()
                .map(|s| reading(&s.name, s.scores[r], no_score))
                .collect();
            format!("{row}: {}", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(". ");
    let mut svg = open("bars", id, 620, height, title, &description);
    for (r, row) in rows.iter().enumerate() {
        let top = 10.0 + r as f64 * group_height;
        let wrapped = lines(row, 38);
        let _ = write!(
            svg,
            r##"<text x="0" y="{:.1}" font-size="11" fill="#222">"##,
            top + 11.0
        );
        for (k, line) in wrapped.iter().take(3).enumerate() {
            let _ = write!(
                svg,
                r#"<tspan x="0" dy="{}">{}</tspan>"#,
                if k == 0 { 0 } else { 13 },
                escape(line)
            );
        }
        let _ = write!(svg, "</text>");
        for (s, serie) in series.iter().enumerate() {
            let colour = COLOURS[s % COLOURS.len()];
            let y = top + s as f64 * (bar_height + gap);
            let _ = write!(
                svg,
                r##"<rect x="{label_width}" y="{y:.1}" width="{bar_width}" height="{bar_height}" fill="#f0f0f0"/>"##
            );
            match serie.scores[r] {
                Some(v) => {
                    let w = bar_width * v.clamp(0.0, 100.0) / 100.0;
                    let shown = number::integer(v);
                    let _ = write!(
                        svg,
                        r#"<rect class="bar" data-series="{}" data-score="{}" x="{label_width}" y="{y:.1}" width="{w:.1}" height="{bar_height}" fill="{colour}"><title>{}: {shown}</title></rect>"#,
                        escape(&serie.name),
                        number::round(v, 2),
                        escape(&serie.name)
                    );
                    let _ = write!(
                        svg,
                        r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#222">{shown}</text>"##,
                        label_width + bar_width + 6.0,
                        y + 10.0
                    );
                }
                None => {
                    let _ = write!(
                        svg,
                        r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#555">{}</text>"##,
                        label_width + bar_width + 6.0,
                        y + 10.0,
                        escape(no_score)
                    );
                }
            }
        }
    }
    // Bars are told apart by their order and the legend, which names them.
    legend(&mut svg, series, label_width, height - legend_height + 10.0);
    svg.push_str("</svg>");
    svg
}
