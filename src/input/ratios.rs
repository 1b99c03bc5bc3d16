//! Values between 0 and 1 in a percentage column (a number scale from 0 to
//! 100 whose unit is `%`). A share computed as a ratio and not multiplied by
//! 100 (0.35 for 35 %) is a valid number there, and scores as 0.35 %, far
//! below any target: nothing else would say so. Gathered while a file is
//! read, from every worker, so that one finding per column says how many
//! cells and shows one.

use super::{DataReport, Problem};
use crate::diag::Code;
use crate::grid::Grid;
use crate::grid::model::{Indicator, ScaleKind};
use crate::tr;

/// Whether `indicator` answers a percentage: a number scale from 0 to 100
/// in `%`.
pub fn is_percentage(grid: &Grid, indicator: &Indicator) -> bool {
    match &grid.scale(indicator).kind {
        ScaleKind::Number(n) => {
            n.max == Some(100.0)
                && n.min.is_none_or(|m| m == 0.0)
                && n.unit.as_ref().is_some_and(|u| u.text.trim() == "%")
        }
        _ => false,
    }
}

/// Such values of the file being read, not yet reported.
#[derive(Clone, Debug, Default)]
pub struct RatioCells {
    /// By column: the indicator, the column's header, its (line, field),
    /// how many cells, and the first value met.
    columns: Vec<RatioColumn>,
}

#[derive(Clone, Debug)]
struct RatioColumn {
    indicator: String,
    header: String,
    place: (u64, usize),
    count: u64,
    example: String,
}

impl RatioCells {
    /// Counts `count` cells of column `header` (indicator `indicator`, header
    /// at `place`), `example` being one of them.
    pub fn add(
        &mut self,
        indicator: &str,
        header: &str,
        place: (u64, usize),
        count: u64,
        example: &str,
    ) {
        match self.columns.iter_mut().find(|c| c.place == place) {
            Some(c) => c.count += count,
            None => self.columns.push(RatioColumn {
                indicator: indicator.to_owned(),
                header: header.to_owned(),
                place,
                count,
                example: example.to_owned(),
            }),
        }
    }

    /// Adds what another reader of the same file met.
    pub fn merge(&mut self, other: RatioCells) {
        for c in other.columns {
            self.add(&c.indicator, &c.header, c.place, c.count, &c.example);
        }
    }
}

/// Turns the values met in file `name` into one warning per column, in the
/// order of the columns.
pub fn report_ratios(report: &mut DataReport, name: &str) {
    let mut found = std::mem::take(&mut report.ratios);
    found.columns.sort_by_key(|c| c.place);
    for c in found.columns {
        let percent = c
            .example
            .replace(',', ".")
            .parse::<f64>()
            .map(|v| format!("{}", (v * 10_000.0).round() / 100.0))
            .unwrap_or_default();
        let column = if c.header == c.indicator {
            format!("`{}`", c.header)
        } else {
            format!("`{}` (`{}`)", c.header, c.indicator)
        };
        report.warnings.push(Problem {
            code: Code::RatioPercentage,
            file: name.to_owned(),
            line: c.place.0,
            field: Some(c.place.1),
            message: tr!(
                "data-ratio-percentage",
                file = name,
                count = c.count,
                column = column,
                value = c.example.as_str(),
                percent = percent
            ),
            expected: None,
            note: Some(tr!("data-ratio-percentage-hint").into()),
        });
    }
}
