//! Periods: what a label like `2025-S1` means in time, so that periods sort
//! chronologically everywhere (tables, CSV, JSON, reports, the change from one
//! period to the next), never as text: as text, `S1 2025` sorts before
//! `S2 2024` and a report would read a rise as a fall.
//!
//! The order is total: known periods by their first month, then the longer
//! first (a year before its semesters, a semester before its quarters, a
//! quarter before its months; `2024-2025` before `2024`); two spellings of one
//! period by their text; free-text periods after every known one, as text.
//! Also the labels of the periods that `--period-from` derives from dates.

use std::cmp::Ordering;

/// How finely `--period-from` cuts time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PeriodBy {
    #[default]
    Year,
    Semester,
    Quarter,
    Month,
}

impl PeriodBy {
    /// The label of the period holding a month (1 to 12) of a year: `2025`,
    /// `2025-S1`, `2025-T1` (trimestre), `2025-03`.
    pub fn label(self, year: i16, month: i8) -> String {
        match self {
            PeriodBy::Year => format!("{year:04}"),
            PeriodBy::Semester => format!("{year:04}-S{}", (month - 1) / 6 + 1),
            PeriodBy::Quarter => format!("{year:04}-T{}", (month - 1) / 3 + 1),
            PeriodBy::Month => format!("{year:04}-{month:02}"),
        }
    }
}

/// Where a period sits in time: its first month (counted from year 0) and
/// how many months it lasts. `None` for a label that fits no known form.
pub fn span(label: &str) -> Option<(i32, i32)> {
    let label = label.trim();
    let year = |s: &str| -> Option<i32> {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    // A part of a year: `S1`, `T2`, `Q3` (English quarters), `H1` (halves).
    let part = |s: &str| -> Option<(i32, i32)> {
        let upper = s.to_ascii_uppercase();
        let (kind, n) = upper.split_at_checked(1)?;
        let n: i32 = (n.len() == 1).then(|| n.parse().ok()).flatten()?;
        match kind {
            "S" | "H" if (1..=2).contains(&n) => Some(((n - 1) * 6, 6)),
            "T" | "Q" if (1..=4).contains(&n) => Some(((n - 1) * 3, 3)),
            _ => None,
        }
    };
    if let Some(y) = year(label) {
        return Some((y * 12, 12));
    }
    let (first, second) = label
        .split_once(['-', ' ', '/'])
        .map(|(a, b)| (a.trim(), b.trim()))?;
    if let Some(y) = year(first) {
        if let Some((start, months)) = part(second) {
            return Some((y * 12 + start, months));
        }
        if second.len() == 2
            && let Ok(m) = second.parse::<i32>()
            && (1..=12).contains(&m)
        {
            return Some((y * 12 + m - 1, 1));
        }
        if let Some(end) = year(second)
            && end > y
        {
            return Some((y * 12, (end - y + 1) * 12));
        }
        return None;
    }
    // `S1 2025`, as people write it by hand.
    let y = year(second)?;
    let (start, months) = part(first)?;
    Some((y * 12 + start, months))
}

/// The chronological order of two period labels (see the module's text).
pub fn compare(a: &str, b: &str) -> Ordering {
    match (span(a), span(b)) {
        (Some((sa, la)), Some((sb, lb))) => sa.cmp(&sb).then(lb.cmp(&la)).then_with(|| a.cmp(b)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => a.cmp(b),
    }
}

/// [`compare`] for optional periods: no period first.
pub fn compare_options(a: Option<&str>, b: Option<&str>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => compare(a, b),
        _ => a.is_some().cmp(&b.is_some()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(mut periods: Vec<&str>) -> Vec<&str> {
        periods.sort_by(|a, b| compare(a, b));
        periods
    }

    #[test]
    fn periods_sort_in_time_not_as_text() {
        assert_eq!(
            sorted(vec!["2025-S1", "2024-S2", "2025-T1", "2024-T4"]),
            ["2024-S2", "2024-T4", "2025-S1", "2025-T1"]
        );
        assert_eq!(sorted(vec!["S1 2025", "S2 2024"]), ["S2 2024", "S1 2025"]);
        assert_eq!(
            sorted(vec!["2025-10", "2025-02", "2024-12"]),
            ["2024-12", "2025-02", "2025-10"]
        );
    }

    #[test]
    fn a_period_comes_before_its_parts() {
        assert_eq!(
            sorted(vec![
                "2025-03",
                "2025-T1",
                "2025-S1",
                "2025",
                "2024-2025",
                "2025-2026"
            ]),
            [
                "2024-2025",
                "2025-2026",
                "2025",
                "2025-S1",
                "2025-T1",
                "2025-03"
            ]
        );
    }

    #[test]
    fn free_text_comes_after_known_periods_as_text() {
        assert_eq!(
            sorted(vec!["printemps", "2030", "automne", "2025-S2"]),
            ["2025-S2", "2030", "automne", "printemps"]
        );
    }

    #[test]
    fn two_spellings_of_one_period_still_order_totally() {
        assert_eq!(compare("2025-S1", "S1 2025"), "2025-S1".cmp("S1 2025"));
        assert_eq!(compare("2025-S1", "2025-S1"), Ordering::Equal);
        assert_eq!(compare_options(None, Some("2025")), Ordering::Less);
    }

    #[test]
    fn labels_by_year_semester_quarter_month() {
        assert_eq!(PeriodBy::Year.label(2025, 3), "2025");
        assert_eq!(PeriodBy::Semester.label(2025, 6), "2025-S1");
        assert_eq!(PeriodBy::Semester.label(2025, 7), "2025-S2");
        assert_eq!(PeriodBy::Quarter.label(2025, 3), "2025-T1");
        assert_eq!(PeriodBy::Quarter.label(2025, 10), "2025-T4");
        assert_eq!(PeriodBy::Month.label(2025, 3), "2025-03");
    }
}
