//! Dates as survey tools write them, read into the period of a row
//! (`--period-from COL --period-by year|semester|quarter|month`).
//!
//! Accepted: ISO 8601 (`2025-03-15`, `2025-03-15T10:23:45.123+01:00` from
//! Kobo, `2025-03-15 10:23:45` from LimeSurvey, Excel date cells handed over
//! as ISO); `yyyy/mm/dd` (Google Forms, with `10:23:45 AM UTC+1` after it);
//! `dd/mm/yyyy` and `mm/dd/yyyy` (French tools, Framaforms' `- 10:23`,
//! Microsoft Forms, SurveyMonkey's `10:23:00 AM`). The date is the one written:
//! an offset is not applied, since the day the respondent saw is the one that
//! counts.
//!
//! Whether `03/04/2025` is the 3rd of April or March the 4th is settled for the
//! whole column, from its values: one with a first part above 12 settles
//! day/month, one with a second part above 12 settles month/day; both in one
//! column is an error naming a line of each; only ambiguous values is an error
//! asking for `--date-format dmy|mdy` (unless periods are years, which both
//! readings agree on). Values are read from the first rows the reader holds
//! (the first chunk of a CSV, a megabyte, the whole of any usual export), so
//! the file is still read once, streaming; a later value that contradicts the
//! settled order is a finding on its line naming the line that settled it.

use super::cell::decode;
use super::table::Cells;
use super::{DataReport, Problem, ReadError, ReadOptions};
use crate::diag::Code;
use crate::period::PeriodBy;
use crate::text::fold;
use crate::tr;

/// Which comes first in a date whose year is last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayMonth {
    /// `dd/mm/yyyy`, as in France.
    Dmy,
    /// `mm/dd/yyyy`, as in the United States.
    Mdy,
}

/// A date read from a cell, before the day/month order is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The year comes first: no doubt about the order.
    Known { year: i16, month: i8 },
    /// The year comes last: `first` and `second` are a day and a month, in an
    /// order the column settles.
    YearLast { year: i16, first: i8, second: i8 },
}

impl Reading {
    /// The order this value alone proves, if any.
    pub fn evidence(self) -> Option<DayMonth> {
        match self {
            Reading::YearLast { first, .. } if first > 12 => Some(DayMonth::Dmy),
            Reading::YearLast { second, .. } if second > 12 => Some(DayMonth::Mdy),
            _ => None,
        }
    }

    /// The year and month in `order`; `None` when the value does not fit it.
    pub fn month(self, order: Option<DayMonth>) -> Result<(i16, i8), DateError> {
        match self {
            Reading::Known { year, month } => Ok((year, month)),
            Reading::YearLast {
                year,
                first,
                second,
            } => {
                let order = match (self.evidence(), order) {
                    (Some(own), Some(settled)) if own != settled => {
                        return Err(DateError::Order(settled));
                    }
                    (own, settled) => own.or(settled).ok_or(DateError::Ambiguous)?,
                };
                let (day, month) = match order {
                    DayMonth::Dmy => (first, second),
                    DayMonth::Mdy => (second, first),
                };
                jiff::civil::Date::new(year, month, day).map_err(|_| DateError::Unreadable)?;
                Ok((year, month))
            }
        }
    }
}

/// Why a cell gives no period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in any accepted format.
    Unreadable,
    /// Could be day/month or month/day, and the column does not say.
    Ambiguous,
    /// Not a date in the order the column settled.
    Order(DayMonth),
}

/// The numbers of a date `a?b?c`, split by `/`, `-` or `.`, with how many
/// digits the first and last have.
fn parts(date: &str) -> Option<(i32, i32, i32, usize, usize)> {
    let sep = date.as_bytes()[date.find(['/', '-', '.'])?] as char;
    let mut split = date.split(sep);
    let (a, b, c) = (split.next()?, split.next()?, split.next()?);
    if split.next().is_some() {
        return None;
    }
    let number = |s: &str| -> Option<i32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    Some((number(a)?, number(b)?, number(c)?, a.len(), c.len()))
}

/// Whether `rest` is a time as tools write it after a date: `10:23`,
/// `10:23:45`, `10:23:45.123`, then `AM`/`PM`, then a zone (`UTC+1`, `GMT`,
/// `+01:00`, `Z`). Framaforms puts `- ` before it.
fn is_time(rest: &str) -> bool {
    let mut tokens = rest.split_whitespace().peekable();
    if tokens.peek() == Some(&"-") {
        tokens.next();
    }
    let Some(clock) = tokens.next() else {
        return false;
    };
    // An offset may stick to the time (`10:23:45+01:00`, `10:23Z`).
    let (clock, zone) = match clock.find(['+', '-', 'Z', 'z']) {
        Some(i) => (&clock[..i], Some(&clock[i..])),
        None => (clock, None),
    };
    let mut fields = clock.split(':');
    let number = |s: Option<&str>, max: u32| {
        s.filter(|s| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|s| s.parse::<u32>().ok())
            .filter(|n| *n <= max)
    };
    let Some(hour) = number(fields.next(), 23) else {
        return false;
    };
    if number(fields.next(), 59).is_none() {
        return false;
    }
    if let Some(seconds) = fields.next() {
        let whole = seconds.split_once('.').map_or(seconds, |(s, fraction)| {
            if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                "x"
            } else {
                s
            }
        });
        if number(Some(whole), 60).is_none() {
            return false;
        }
    }
    if fields.next().is_some() {
        return false;
    }
    let is_zone = |z: &str| {
        let z = z
            .strip_prefix("UTC")
            .or_else(|| z.strip_prefix("GMT"))
            .unwrap_or(z);
        z.is_empty()
            || z.eq_ignore_ascii_case("z")
            || (z.starts_with(['+', '-'])
                && z.len() <= 6
                && z[1..].bytes().all(|b| b.is_ascii_digit() || b == b':')
                && z[1..].bytes().any(|b| b.is_ascii_digit()))
    };
    if let Some(zone) = zone {
        return is_zone(zone) && tokens.next().is_none();
    }
    let mut next = tokens.next();
    if let Some(meridiem) = next
        && ["AM", "PM", "A.M.", "P.M."]
            .iter()
            .any(|m| meridiem.eq_ignore_ascii_case(m))
    {
        if !(1..=12).contains(&hour) {
            return false;
        }
        next = tokens.next();
    }
    match next {
        None => true,
        Some(zone) => is_zone(zone) && tokens.next().is_none(),
    }
}

/// Reads a cell as a date in one of the accepted formats.
pub fn read(text: &str) -> Result<Reading, DateError> {
    let text = text.trim();
    // ISO 8601 runs the date and the time together with a `T`.
    let (date, rest) = match text.split_once(char::is_whitespace) {
        Some((date, rest)) => (date, rest.trim()),
        None => match text.split_once(['T', 't']) {
            Some((date, time)) if date.len() == 10 => (date, time),
            _ => (text, ""),
        },
    };
    if !rest.is_empty() && !is_time(rest) {
        return Err(DateError::Unreadable);
    }
    let (a, b, c, first_digits, last_digits) = parts(date).ok_or(DateError::Unreadable)?;
    let small = |n: i32| i8::try_from(n).map_err(|_| DateError::Unreadable);
    if first_digits == 4 {
        let (year, month) = (a as i16, small(b)?);
        jiff::civil::Date::new(year, month, small(c)?).map_err(|_| DateError::Unreadable)?;
        return Ok(Reading::Known { year, month });
    }
    if last_digits != 4 {
        return Err(DateError::Unreadable);
    }
    let (year, first, second) = (c as i16, small(a)?, small(b)?);
    if !(1..=31).contains(&first) || !(1..=31).contains(&second) || (first > 12 && second > 12) {
        return Err(DateError::Unreadable);
    }
    let reading = Reading::YearLast {
        year,
        first,
        second,
    };
    // A value that proves its own order must also be a real date in it.
    if let Some(order) = reading.evidence() {
        reading
            .month(Some(order))
            .map_err(|_| DateError::Unreadable)?;
    }
    Ok(reading)
}

/// The formats accepted, for messages.
pub const FORMATS: &str = "2025-03-15, 2025-03-15T10:23:45+01:00, 2025-03-15 10:23:45, \
     2025/03/15 10:23:45 AM UTC+1, 15/03/2025, 15/03/2025 - 10:23, 03/15/2025 10:23:00 AM";

/// What settling the order found wrong with a column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsettled {
    /// Values prove both orders: (line, value) of a day-first and of a
    /// month-first one.
    Conflict {
        dmy: (u64, String),
        mdy: (u64, String),
    },
    /// Every value could be read either way: (line, value) of one of them.
    Ambiguous { example: (u64, String) },
}

/// The order of a column, with the line that settled it, from some of its
/// values (line, text); `Ok(None)` when they say nothing and nothing needs it.
pub fn settle<I: IntoIterator<Item = (u64, String)>>(
    values: I,
    by: PeriodBy,
) -> Result<Option<(DayMonth, u64)>, Unsettled> {
    let mut dmy: Option<(u64, String)> = None;
    let mut mdy: Option<(u64, String)> = None;
    let mut ambiguous: Option<(u64, String)> = None;
    for (line, text) in values {
        let Ok(reading) = read(&text) else { continue };
        let slot = match reading.evidence() {
            Some(DayMonth::Dmy) => &mut dmy,
            Some(DayMonth::Mdy) => &mut mdy,
            None if matches!(reading, Reading::YearLast { .. }) => &mut ambiguous,
            None => continue,
        };
        if slot.is_none() {
            *slot = Some((line, text));
        }
    }
    match (dmy, mdy) {
        (Some(dmy), Some(mdy)) => Err(Unsettled::Conflict { dmy, mdy }),
        (Some((line, _)), None) => Ok(Some((DayMonth::Dmy, line))),
        (None, Some((line, _))) => Ok(Some((DayMonth::Mdy, line))),
        (None, None) => match ambiguous {
            // A year is the same whichever is the day.
            Some(example) if by != PeriodBy::Year => Err(Unsettled::Ambiguous { example }),
            _ => Ok(None),
        },
    }
}

/// The column periods come from, and how its dates are read.
#[derive(Clone, Debug)]
pub struct DateColumn {
    pub column: usize,
    pub header: String,
    pub by: PeriodBy,
    /// The day/month order, given (line 0) or settled by a value on a line.
    pub order: Option<(DayMonth, u64)>,
}

impl DateColumn {
    /// The column headed `name` (folded as headers are matched), if any.
    pub fn find(
        headers: &[String],
        name: &str,
        by: PeriodBy,
        order: Option<DayMonth>,
    ) -> Option<Self> {
        let wanted = fold(name);
        let column = headers.iter().position(|h| fold(h) == wanted)?;
        Some(DateColumn {
            column,
            header: headers[column].clone(),
            by,
            order: order.map(|o| (o, 0)),
        })
    }

    /// The period of a cell.
    pub fn period(&self, text: &str) -> Result<String, DateError> {
        let (year, month) = match read(text)? {
            // Years do not depend on the order: spare the column a needless error.
            Reading::YearLast { year, .. } if self.by == PeriodBy::Year && self.order.is_none() => {
                (year, 1)
            }
            reading => reading.month(self.order.map(|(o, _)| o))?,
        };
        Ok(self.by.label(year, month))
    }
}

/// The date column `--period-from` names, when it is given.
pub fn column(
    name: &str,
    headers: &[String],
    options: &ReadOptions,
) -> Result<Option<DateColumn>, ReadError> {
    let Some(wanted) = &options.period_from else {
        return Ok(None);
    };
    DateColumn::find(headers, wanted, options.period_by, options.date_format)
        .map(Some)
        .ok_or_else(|| {
            ReadError::Data(super::whole_file(
                Code::MissingDateColumn,
                name,
                tr!(
                    "data-date-column-missing",
                    file = name,
                    column = wanted.as_str(),
                    found = headers.join(", ")
                ),
            ))
        })
}

/// How an order is named in messages.
fn order_name(order: DayMonth) -> String {
    match order {
        DayMonth::Dmy => tr!("data-date-dmy"),
        DayMonth::Mdy => tr!("data-date-mdy"),
    }
}

impl DateColumn {
    /// Settles the day/month order from some of the column's values (line,
    /// text): the first rows of the file.
    pub fn settle(&mut self, name: &str, values: Vec<(u64, String)>) -> Result<(), ReadError> {
        let problem = |line: u64, message: String, expected: Option<String>| {
            ReadError::Data(Problem {
                code: Code::DateOrder,
                file: name.to_owned(),
                line,
                field: Some(self.column + 1),
                message,
                expected,
                note: None,
            })
        };
        match settle(values, self.by) {
            Ok(order) => {
                self.order = order;
                Ok(())
            }
            Err(Unsettled::Conflict { dmy, mdy }) => Err(problem(
                dmy.0.max(mdy.0),
                tr!(
                    "data-date-conflict",
                    column = self.header.as_str(),
                    dmy = dmy.1.as_str(),
                    dmy_line = dmy.0,
                    mdy = mdy.1.as_str(),
                    mdy_line = mdy.0
                ),
                Some(tr!("data-date-format-expected")),
            )),
            Err(Unsettled::Ambiguous { example }) => Err(problem(
                example.0,
                tr!(
                    "data-date-ambiguous",
                    column = self.header.as_str(),
                    value = example.1.as_str()
                ),
                Some(tr!("data-date-format-expected")),
            )),
        }
    }

    /// The period of a row, or `None` with its problem reported.
    pub fn row_period<C: Cells + ?Sized>(
        &self,
        name: &str,
        row: &C,
        at: u64,
        report: &mut DataReport,
    ) -> Option<String> {
        let raw = row.cell(self.column).unwrap_or(b"").trim_ascii();
        let value = decode(raw).0;
        let error = match self.period(&value) {
            Ok(period) => return Some(period),
            Err(error) => error,
        };
        let column = self.header.as_str();
        let formats = || Some(tr!("data-date-formats", formats = FORMATS));
        let (message, expected) = match error {
            _ if value.is_empty() => (tr!("data-date-empty", column = column), formats()),
            DateError::Unreadable => (
                tr!("data-date-invalid", value = value.as_ref(), column = column),
                formats(),
            ),
            DateError::Ambiguous => (
                tr!(
                    "data-date-ambiguous-cell",
                    value = value.as_ref(),
                    column = column
                ),
                Some(tr!("data-date-format-expected")),
            ),
            DateError::Order(order) => (
                match self.order {
                    Some((_, line)) if line > 0 => tr!(
                        "data-date-against-order",
                        value = value.as_ref(),
                        column = column,
                        order = order_name(order),
                        line = line
                    ),
                    _ => tr!(
                        "data-date-against-format",
                        value = value.as_ref(),
                        column = column,
                        order = order_name(order)
                    ),
                },
                None,
            ),
        };
        report.problem(Problem {
            code: Code::InvalidDate,
            file: name.to_owned(),
            line: at,
            field: Some(self.column + 1),
            message,
            expected,
            note: None,
        });
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(text: &str, order: Option<DayMonth>) -> Result<(i16, i8), DateError> {
        read(text)?.month(order)
    }

    #[test]
    fn iso_dates_with_time_and_offset() {
        for text in [
            "2025-03-15",
            "2025-03-15T10:23:45.123+01:00",
            "2025-03-15T10:23:45.123-05:00",
            "2025-03-15T10:23:00",
            "2025-03-15T10:23:00Z",
            "2025-03-15 10:23:45",
            " 2025-03-15 ",
        ] {
            assert_eq!(month(text, None), Ok((2025, 3)), "{text}");
        }
    }

    #[test]
    fn offsets_are_not_applied() {
        // Just past midnight in Paris is still the 1st of July there.
        assert_eq!(month("2025-07-01T00:10:00+02:00", None), Ok((2025, 7)));
    }

    #[test]
    fn google_forms() {
        assert_eq!(month("2025/03/15 10:23:45 AM UTC+1", None), Ok((2025, 3)));
        assert_eq!(month("2025/12/01 1:05:00 PM UTC-5", None), Ok((2025, 12)));
        assert_eq!(
            month("2025/03/15 10:23:45 AM GMT+01:00", None),
            Ok((2025, 3))
        );
    }

    #[test]
    fn french_and_framaforms_and_microsoft_forms() {
        let dmy = Some(DayMonth::Dmy);
        assert_eq!(month("15/03/2025", None), Ok((2025, 3)));
        assert_eq!(month("15/03/2025 - 10:23", None), Ok((2025, 3)));
        assert_eq!(month("15/03/2025 10:23:45", None), Ok((2025, 3)));
        assert_eq!(month("04/03/2025 - 10:23", dmy), Ok((2025, 3)));
        assert_eq!(month("15.03.2025", None), Ok((2025, 3)));
    }

    #[test]
    fn surveymonkey_us_dates() {
        let mdy = Some(DayMonth::Mdy);
        assert_eq!(month("03/15/2025 10:23:00 AM", None), Ok((2025, 3)));
        assert_eq!(month("3/4/2025 1:23:00 PM", mdy), Ok((2025, 3)));
        assert_eq!(
            month("03/04/2025 10:23:00 AM", None),
            Err(DateError::Ambiguous)
        );
    }

    #[test]
    fn values_that_are_no_date() {
        for text in [
            "",
            "hier",
            "2025",
            "15/03/25",
            "32/01/2025",
            "13/13/2025",
            "2025-02-30",
            "30/02/2025",
            "2025-03-15 25:00",
            "15/03/2025 13:00 PM",
            "15/03/2025 à 10h",
            "2025-03-15T10:23:45+01:00 extra",
        ] {
            assert_eq!(read(text), Err(DateError::Unreadable), "{text}");
        }
    }

    #[test]
    fn a_value_against_the_settled_order() {
        assert_eq!(
            month("03/15/2025", Some(DayMonth::Dmy)),
            Err(DateError::Order(DayMonth::Dmy))
        );
        assert_eq!(month("15/03/2025", Some(DayMonth::Dmy)), Ok((2025, 3)));
        assert_eq!(month("04/31/2025", None), Err(DateError::Unreadable));
        assert_eq!(month("2025-03-15", Some(DayMonth::Mdy)), Ok((2025, 3)));
    }

    fn lines(values: &[&str]) -> Vec<(u64, String)> {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (i as u64 + 2, v.to_string()))
            .collect()
    }

    #[test]
    fn the_column_settles_the_order() {
        let by = PeriodBy::Semester;
        assert_eq!(
            settle(lines(&["01/02/2025", "15/03/2025 - 10:23"]), by),
            Ok(Some((DayMonth::Dmy, 3)))
        );
        assert_eq!(
            settle(lines(&["01/02/2025", "bad", "03/15/2025 10:00:00 AM"]), by),
            Ok(Some((DayMonth::Mdy, 4)))
        );
        assert_eq!(settle(lines(&["2025-03-01", "2025/04/01"]), by), Ok(None));
        assert_eq!(
            settle(lines(&["15/03/2025", "02/01/2025", "03/15/2025"]), by),
            Err(Unsettled::Conflict {
                dmy: (2, "15/03/2025".into()),
                mdy: (4, "03/15/2025".into())
            })
        );
        assert_eq!(
            settle(lines(&["2025-01-01", "01/02/2025"]), by),
            Err(Unsettled::Ambiguous {
                example: (3, "01/02/2025".into())
            })
        );
        assert_eq!(settle(lines(&["01/02/2025"]), PeriodBy::Year), Ok(None));
    }

    #[test]
    fn periods_of_a_column() {
        let headers = vec!["Horodateur".to_owned(), "action".to_owned()];
        let mut column = DateColumn::find(&headers, "horodateur", PeriodBy::Quarter, None).unwrap();
        assert_eq!(column.column, 0);
        assert_eq!(
            column.period("2025/08/15 10:23:45 AM UTC+1").unwrap(),
            "2025-T3"
        );
        assert_eq!(column.period("01/02/2025"), Err(DateError::Ambiguous));
        column.order = Some((DayMonth::Mdy, 7));
        assert_eq!(column.period("01/02/2025").unwrap(), "2025-T1");
        column.by = PeriodBy::Year;
        column.order = None;
        assert_eq!(column.period("01/02/2025").unwrap(), "2025");
        assert!(DateColumn::find(&headers, "date", PeriodBy::Year, None).is_none());
    }
}
