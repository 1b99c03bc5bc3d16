//! What every table shares, whatever its source: the header decides what each
//! column holds (a reserved column, an indicator by id or alias, or nothing we
//! know), and each row becomes a group (action, period, role) and answers,
//! wide (one column per indicator) or long (`indicator` and `value` columns).
//!
//! The reserved column names live here, and grid validation refuses an
//! indicator named like one: it would never be answered.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use super::cell::{CellReader, decode};
use super::choice::{ChoiceColumn, choice_columns};
use super::dates::DateColumn;
use super::table::Cells;
use super::{ColumnOptions, DataReport, Problem, ReadError, ReadOptions};
use crate::diag::Code;
use crate::score::{Answer, GroupId, Respondent, Tally, Verbatim};
use crate::text::{fold, fold_header};
use crate::tr;

/// A column with a meaning of its own in survey data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reserved {
    Action,
    Period,
    Role,
    Respondent,
    Comment,
    IndicatorName,
    Value,
}

/// The reserved column names, English then French, as people write them;
/// headers match them folded (case, accents and spaces ignored).
pub const RESERVED_COLUMNS: &[(&str, Reserved)] = &[
    ("action", Reserved::Action),
    ("period", Reserved::Period),
    ("role", Reserved::Role),
    ("respondent", Reserved::Respondent),
    ("comment", Reserved::Comment),
    ("indicator", Reserved::IndicatorName),
    ("value", Reserved::Value),
    ("période", Reserved::Period),
    ("répondant", Reserved::Respondent),
    ("répondante", Reserved::Respondent),
    ("commentaire", Reserved::Comment),
    ("indicateur", Reserved::IndicatorName),
    ("valeur", Reserved::Value),
];

/// What a column named `name` means when it is reserved.
pub fn reserved_column(name: &str) -> Option<Reserved> {
    let folded = fold(name);
    RESERVED_COLUMNS
        .iter()
        .find(|(reserved, _)| fold(reserved) == folded)
        .map(|(_, meaning)| *meaning)
}

/// Columns that survey tools add to every export (ids, timestamps, network and
/// contact details, tool state), compared as headers are: ignored without a
/// warning, so that `--strict` still flags the columns that matter. One list
/// for every tool; docs/exports.md shows it.
pub const TOOL_COLUMNS: &[&str] = &[
    // LimeSurvey, codes then full headings
    "id",
    "submitdate",
    "startdate",
    "datestamp",
    "lastpage",
    "startlanguage",
    "seed",
    "token",
    "refurl",
    "ipaddr",
    "interviewtime",
    "Response ID",
    "Date submitted",
    "Date started",
    "Date last action",
    "Last page",
    "Start language",
    "Referrer URL",
    "Seed",
    // LimeSurvey's full headings in a French interface
    "ID de la réponse",
    "Date de soumission",
    "Date de lancement",
    "Date de la dernière action",
    "Dernière page",
    "Langue de départ",
    "Tête de série",
    "URL de provenance",
    // KoboToolbox
    "_id",
    "_uuid",
    "_index",
    "_submission_time",
    "_submitted_by",
    "_status",
    "_validation_status",
    "_notes",
    "_tags",
    "_attachments",
    "_geolocation",
    "_parent_index",
    "_parent_table_name",
    "__version__",
    "start",
    "end",
    "today",
    "deviceid",
    "meta/instanceID",
    "formhub/uuid",
    // Google Forms
    "Horodateur",
    "Horodatage",
    "Timestamp",
    "Adresse e-mail",
    "Email address",
    // SurveyMonkey
    "Respondent ID",
    "Collector ID",
    "Start Date",
    "End Date",
    "IP Address",
    "Email Address",
    "First Name",
    "Last Name",
    "Custom Data 1",
    "Custom Data 2",
    // Framaforms (Drupal Webform)
    "Serial",
    "SID",
    "Time",
    "Submitted time",
    "Completed time",
    "Modified time",
    "Draft",
    "UID",
    "Username",
    // Microsoft Forms, English and French
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Last modified time",
    "Heure de début",
    "Heure de fin",
    "Adresse de messagerie",
    "Nom",
    "Heure de la dernière modification",
];

/// Whether a header is a column survey tools add (see [`TOOL_COLUMNS`]).
pub fn is_tool_column(name: &str) -> bool {
    let folded = fold_header(name);
    !folded.is_empty() && TOOL_COLUMNS.iter().any(|t| fold_header(t) == folded)
}

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Reserved(Reserved),
    Indicator(usize),
    /// Read by the indicators of a multiple-choice question's options.
    Choice,
    /// A column a survey tool adds: not read, not reported.
    Tool,
    Unknown,
}

/// The names a header may give, from the grid and the command line: reserved
/// names, the columns named by `--action-column` and the like, indicators by
/// id, alias, label or question (every language of the grid), and the
/// columns of survey tools. Built once per file.
#[derive(Clone, Debug)]
pub struct HeaderNames {
    indicators: HashMap<String, usize>,
    /// The columns named on the command line, folded, with what they hold.
    named: Vec<(String, Reserved)>,
}

impl HeaderNames {
    pub fn new(tally: &Tally<'_>, columns: &ColumnOptions) -> Self {
        let named = [
            (&columns.action_column, Reserved::Action),
            (&columns.period_column, Reserved::Period),
            (&columns.role_column, Reserved::Role),
            (&columns.respondent_column, Reserved::Respondent),
        ]
        .into_iter()
        .filter_map(|(name, meaning)| name.as_deref().map(|n| (fold_header(n), meaning)))
        .collect();
        HeaderNames {
            indicators: indicator_names(tally),
            named,
        }
    }

    /// The indicator a header or a long row's `indicator` cell names.
    pub fn indicator(&self, name: &str) -> Option<usize> {
        self.indicators.get(&fold_header(name)).copied()
    }

    /// What a column headed `header` holds. A column named on the command line
    /// comes first; a reserved name whose meaning was given to another column
    /// is then nothing we read.
    pub fn column(&self, header: &str) -> Column {
        let folded = fold_header(header);
        if let Some((_, meaning)) = self.named.iter().find(|(n, _)| *n == folded) {
            return Column::Reserved(*meaning);
        }
        if let Some(meaning) = reserved_column(header) {
            return if self.named.iter().any(|(_, m)| *m == meaning) {
                Column::Unknown
            } else {
                Column::Reserved(meaning)
            };
        }
        if let Some(&i) = self.indicators.get(&folded) {
            return Column::Indicator(i);
        }
        if is_tool_column(header) {
            return Column::Tool;
        }
        // KoboToolbox may head a column with the groups of its question:
        // `groupe_accueil/Q01`. A known question before the `/` makes it a
        // multiple-choice column (`Q08/option`) instead, read by option.
        for (at, _) in header.match_indices('/') {
            if self.indicators.contains_key(&fold_header(&header[..at])) {
                break;
            }
            if let Some(&i) = self.indicators.get(&fold_header(&header[at + 1..])) {
                return Column::Indicator(i);
            }
        }
        Column::Unknown
    }

    /// Whether a header cell is a name we know, to find the header among the
    /// first rows: any known column, or a multiple-choice column
    /// (`Question [Option]`, `Question/Option`) of a known question.
    pub fn knows(&self, header: &str) -> bool {
        if header.trim().is_empty() {
            return false;
        }
        if self.column(header) != Column::Unknown {
            return true;
        }
        header
            .split_once(['[', '/'])
            .is_some_and(|(top, _)| self.indicators.contains_key(&fold_header(top)))
    }
}

/// Names every indicator column can go by, folded: labels and questions in
/// every language of the grid, then ids and aliases, which win over them. A
/// label or question shared by two indicators names neither.
fn indicator_names(tally: &Tally<'_>) -> HashMap<String, usize> {
    let mut texts: HashMap<String, Option<usize>> = HashMap::new();
    for (index, (_, _, indicator)) in tally.grid().indicators().enumerate() {
        let mut own = Vec::new();
        for text in std::iter::once(&indicator.label).chain(indicator.question.as_ref()) {
            own.push(fold_header(&text.text));
            own.extend(text.translations.values().map(|t| fold_header(t)));
        }
        own.sort();
        own.dedup();
        for name in own.into_iter().filter(|n| !n.is_empty()) {
            texts
                .entry(name)
                .and_modify(|i| *i = None)
                .or_insert(Some(index));
        }
    }
    let mut names: HashMap<String, usize> = texts
        .into_iter()
        .filter_map(|(name, i)| i.map(|i| (name, i)))
        .collect();
    // An id the indicator had in an earlier version of the grid names it
    // too, unless a current id or alias claims that name.
    for (index, (_, _, indicator)) in tally.grid().indicators().enumerate() {
        for old in &indicator.replaces {
            names.insert(fold_header(old), index);
        }
    }
    for (index, (_, _, indicator)) in tally.grid().indicators().enumerate() {
        names.insert(fold_header(&indicator.id), index);
        for alias in &indicator.aliases {
            names.insert(fold_header(alias), index);
        }
    }
    names
}

/// The ranks of the indicators that read an option of a multiple-choice
/// question: their names name the question, not a column of their own.
fn option_indicators(tally: &Tally<'_>) -> Vec<usize> {
    tally
        .grid()
        .indicators()
        .enumerate()
        .filter(|(_, (_, _, i))| i.option.is_some())
        .map(|(rank, _)| rank)
        .collect()
}

/// Finds the columns option indicators read among those nothing else
/// claimed, and marks them.
fn map_choices(headers: &[String], tally: &Tally<'_>, columns: &mut [Column]) -> Vec<ChoiceColumn> {
    let taken: Vec<bool> = columns.iter().map(|c| *c != Column::Unknown).collect();
    let (choices, recognised) = choice_columns(headers, tally.grid(), &taken);
    for column in recognised {
        columns[column] = Column::Choice;
    }
    choices
}

/// Names as a message lists them: `a`, `b`.
fn quoted_list<S: AsRef<str>>(names: impl Iterator<Item = S>) -> String {
    names
        .map(|n| format!("`{}`", n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Past this many, the missing indicators are counted, not named.
const MISSING_SHOWN: usize = 12;

/// Warns (or with `strict`, reports) when fewer than half of the grid's scored
/// indicators have a column: most often the headers are question texts the
/// grid does not know, and the overall score would rest on a few indicators.
fn few_indicators(
    name: &str,
    header_line: u64,
    tally: &Tally<'_>,
    found: &[(usize, usize)],
    strict: bool,
    report: &mut DataReport,
) {
    let scored: Vec<(usize, &str)> = tally
        .grid()
        .indicators()
        .enumerate()
        .filter(|(_, (_, _, i))| i.scoring.is_scored())
        .map(|(n, (_, _, i))| (n, i.id.as_str()))
        .collect();
    let is_found = |n: usize| found.iter().any(|&(_, i)| i == n);
    let count = scored.iter().filter(|(n, _)| is_found(*n)).count();
    if scored.is_empty() || count * 2 >= scored.len() {
        return;
    }
    let missing: Vec<&str> = scored
        .iter()
        .filter(|(n, _)| !is_found(*n))
        .map(|(_, id)| *id)
        .collect();
    let mut list = quoted_list(missing.iter().take(MISSING_SHOWN));
    if missing.len() > MISSING_SHOWN {
        list.push_str(&tr!(
            "data-few-indicators-more",
            count = missing.len() - MISSING_SHOWN
        ));
    }
    let problem = Problem {
        code: Code::FewIndicators,
        file: name.to_owned(),
        line: header_line,
        field: None,
        message: tr!(
            "data-few-indicators",
            file = name,
            found = count,
            total = scored.len(),
            missing = list
        ),
        expected: None,
        note: Some(tr!("data-few-indicators-hint").into()),
    };
    if strict {
        report.problem(problem);
    } else {
        report.warnings.push(problem);
    }
}

/// Where a row is, for what reading it finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Place {
    /// What problems record as their line: the line itself, or a position the
    /// source turns into a line afterwards (CSV workers count lines only for
    /// the few rows that have a problem).
    pub at: u64,
    /// The row's line, kept with the texts (read only when the tally keeps them).
    pub line: u64,
}

/// Reads rows into a tally, by the columns the header gave. Cloned once per
/// worker thread: each reads into its own tally.
#[derive(Clone)]
pub struct RowReader<'a> {
    name: &'a str,
    headers: &'a [String],
    /// The action, period and role columns; for a file without one, the value
    /// given on the command line (`--action`...) stands for every row.
    action: Option<usize>,
    period: Option<usize>,
    comment: Option<usize>,
    role: Option<usize>,
    fixed: [Box<[u8]>; 3],
    action_aliases: std::sync::Arc<std::collections::BTreeMap<String, String>>,
    readers: Vec<CellReader>,
    /// Wide layout: (column, indicator) pairs.
    indicator_columns: Vec<(usize, usize)>,
    /// Wide layout: the columns option indicators read.
    choices: Vec<ChoiceColumn>,
    /// Long layout: the indicator and value columns.
    long: Option<(usize, usize)>,
    names: HeaderNames,
    indicator_cache: HashMap<Vec<u8>, Option<usize>>,
    /// Groups by their raw action, period and role cells (joined in one key):
    /// rows name a handful of groups millions of times. With each, the rank
    /// in `unknown_roles` of a role value the grid does not know.
    groups: FxHashMap<Vec<u8>, Found>,
    /// The key of the current row, and that of the previous row with its group:
    /// rows often come grouped, which spares the lookup.
    key: Vec<u8>,
    last: Option<(Vec<u8>, Found)>,
    /// Role values as the grid's roles read them.
    roles: crate::role::Resolver,
    /// Role values the grid does not know, with the rows that gave them;
    /// handed to the report when the reading ends ([`Self::end`]).
    unknown_roles: Vec<(String, u64)>,
    /// The role column's header (line, field), for the finding about them.
    role_place: Option<(u64, usize)>,
    /// Whether an action, period, role or indicator name was not UTF-8.
    windows_1252: bool,
    /// The line of the current row.
    line: u64,
    /// The date column periods come from (`--period-from`).
    dates: Option<DateColumn>,
    /// Whether to warn about texts holding contact details, and how many
    /// this reader warned about (past [`MAX_CONTACTS`], it stops looking).
    flag_contacts: bool,
    contacts: usize,
    /// Per indicator, its id when it is a percentage (0 to 100): a value
    /// between 0 and 1 there is likely a ratio not multiplied by 100.
    percent: Vec<Option<String>>,
    /// Such values met, by column: handed to the report at the end.
    ratios: super::ratios::RatioCells,
    /// The header's line, where the finding about such values points.
    header_line: u64,
    /// Names (folded) of the indicators the local grid leaves out, and the
    /// rows of long data naming one, for the file's warning.
    left_out_names: std::collections::HashSet<String>,
    left_out: super::left_out::LeftOutRows,
}

/// Contact warnings one reader keeps: `check` shows the first few of a file
/// and counts the rest, so a form full of addresses is not thousands of lines.
const MAX_CONTACTS: usize = 1000;

/// A row's group, and the rank in [`RowReader::unknown_roles`] of its role
/// when the grid does not know it.
type Found = (GroupId, Option<usize>);

fn trimmed(raw: &[u8]) -> &[u8] {
    raw.trim_ascii()
}

impl<'a> RowReader<'a> {
    /// Maps the columns of `headers` (decoded and trimmed; the header is on
    /// line `header_line`) to the grid of `tally`. Unknown columns are a
    /// warning, or a problem with `options.strict`, and so is a file holding
    /// fewer than half of the grid's scored indicators; a table without an
    /// action (column or `--action`), without any indicator, with two columns
    /// for one indicator, or without a column named on the command line
    /// cannot be read.
    pub fn new(
        name: &'a str,
        headers: &'a [String],
        header_line: u64,
        tally: &Tally<'_>,
        options: &ReadOptions,
        report: &mut DataReport,
    ) -> Result<Self, ReadError> {
        let strict = options.strict;
        let given = &options.columns;
        let file_problem =
            |code: Code, message: String| ReadError::Data(super::whole_file(code, name, message));
        let dates = super::dates::column(name, headers, options)?;
        let date_column = dates.as_ref().map(|d| d.column);
        let names = HeaderNames::new(tally, given);
        // A file without the named column takes the value given for files
        // without one (`--action`...), when there is one: one command reads
        // a form per action next to files with an action column.
        for (option, column, fallback) in [
            ("--action-column", &given.action_column, &given.action),
            ("--period-column", &given.period_column, &given.period),
            ("--role-column", &given.role_column, &given.role),
            ("--respondent-column", &given.respondent_column, &None),
        ] {
            if let Some(column) = column
                && fallback.is_none()
                && !headers
                    .iter()
                    .any(|h| fold_header(h) == fold_header(column))
            {
                let mut problem = super::whole_file(
                    Code::MissingColumn,
                    name,
                    tr!(
                        "data-missing-named-column",
                        file = name,
                        option = option,
                        column = column.as_str(),
                        found = quoted_list(headers.iter().filter(|h| !h.is_empty()))
                    ),
                );
                problem.line = header_line;
                problem.note =
                    crate::diag::did_you_mean(column, headers.iter().map(String::as_str))
                        .map(|best| tr!("did-you-mean", suggestion = best).into());
                return Err(ReadError::Data(problem));
            }
        }
        // The names of option indicators name their question, read option by
        // option (`map_choices`), not a column of their own.
        let option_indicators = option_indicators(tally);
        let mut columns: Vec<Column> = headers
            .iter()
            .map(|h| match names.column(h) {
                Column::Indicator(i) if option_indicators.contains(&i) => Column::Unknown,
                other => other,
            })
            .collect();
        let choices = map_choices(headers, tally, &mut columns);
        let find = |r: Reserved| columns.iter().position(|&x| x == Column::Reserved(r));
        let action = find(Reserved::Action);
        if action.is_none() && given.action.is_none() {
            let mut problem = super::whole_file(
                Code::MissingActionColumn,
                name,
                tr!("data-no-action", file = name, found = headers.join(", ")),
            );
            problem.note = Some(tr!("data-no-action-hint").into());
            return Err(ReadError::Data(problem));
        }
        let long = find(Reserved::IndicatorName).zip(find(Reserved::Value));
        let unknown: Vec<&str> = headers
            .iter()
            .zip(&columns)
            .enumerate()
            .filter(|(i, (h, c))| {
                **c == Column::Unknown && !h.is_empty() && Some(*i) != date_column
            })
            .map(|(_, (h, _))| h.as_str())
            .collect();
        if !unknown.is_empty() {
            let list = quoted_list(unknown.iter());
            let message = if strict {
                tr!(
                    "data-unknown-columns-strict",
                    count = unknown.len(),
                    columns = list
                )
            } else {
                tr!(
                    "data-unknown-columns",
                    file = name,
                    count = unknown.len(),
                    columns = list
                )
            };
            let problem = Problem {
                code: Code::UnknownColumn,
                file: name.to_owned(),
                line: header_line,
                field: headers
                    .iter()
                    .zip(&columns)
                    .position(|(h, c)| *c == Column::Unknown && !h.is_empty())
                    .map(|f| f + 1),
                message,
                expected: None,
                note: None,
            };
            // With --strict the run fails, but the rest of the file is still
            // read so that every problem is reported at once.
            if strict {
                report.problem(problem);
            } else {
                report.warnings.push(problem);
            }
        }
        let mut seen = HashMap::new();
        let read = columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Column::Indicator(ind) => Some((i, *ind)),
                _ => None,
            })
            .chain(choices.iter().map(|c| (c.column, c.indicator)));
        for (i, ind) in read {
            if let Some(first) = seen.insert(ind, i) {
                return Err(file_problem(
                    Code::DuplicateColumn,
                    tr!(
                        "data-duplicate-column",
                        file = name,
                        first = headers[first].as_str(),
                        second = headers[i].as_str()
                    ),
                ));
            }
        }
        let indicator_columns: Vec<(usize, usize)> = columns
            .iter()
            .enumerate()
            .filter_map(|(col, c)| match c {
                Column::Indicator(i) => Some((col, *i)),
                _ => None,
            })
            .collect();
        if long.is_none() && indicator_columns.is_empty() && choices.is_empty() {
            return Err(file_problem(
                Code::NoIndicatorColumn,
                tr!(
                    "data-no-indicator",
                    file = name,
                    grid = tally.grid().id.as_str()
                ),
            ));
        }
        let grid = tally.grid();
        if long.is_none() {
            // Option indicators read through a multiple-choice column count too.
            let mut found = indicator_columns.clone();
            found.extend(choices.iter().map(|c| (c.column, c.indicator)));
            few_indicators(name, header_line, tally, &found, strict, report);
        }
        let fixed = |column: Option<usize>, value: &Option<String>| -> Box<[u8]> {
            match (column, value) {
                (None, Some(v)) => v.trim().as_bytes().into(),
                _ => Box::default(),
            }
        };
        let period = find(Reserved::Period);
        let role = find(Reserved::Role);
        Ok(RowReader {
            name,
            headers,
            action,
            period,
            comment: find(Reserved::Comment),
            role,
            fixed: [
                fixed(action, &given.action),
                fixed(period, &given.period),
                fixed(role, &given.role),
            ],
            action_aliases: std::sync::Arc::clone(&given.action_aliases),
            readers: grid
                .indicators()
                .map(|(_, _, i)| CellReader::new(grid, i))
                .collect(),
            indicator_columns,
            choices,
            long,
            names,
            indicator_cache: HashMap::new(),
            groups: FxHashMap::default(),
            key: Vec::new(),
            last: None,
            roles: crate::role::Resolver::new(grid),
            unknown_roles: Vec::new(),
            role_place: role.map(|r| (header_line, r + 1)),
            windows_1252: false,
            line: 0,
            dates,
            flag_contacts: options.flag_contacts,
            contacts: 0,
            percent: grid
                .indicators()
                .map(|(_, _, i)| super::ratios::is_percentage(grid, i).then(|| i.id.clone()))
                .collect(),
            ratios: super::ratios::RatioCells::default(),
            header_line,
            left_out_names: grid.left_out.iter().map(|n| fold_header(n)).collect(),
            left_out: super::left_out::LeftOutRows::default(),
        })
    }

    /// The date column whose day/month order is still to settle from the
    /// first rows, if any.
    pub fn dates_to_settle(&self) -> Option<usize> {
        self.dates
            .as_ref()
            .filter(|d| d.order.is_none())
            .map(|d| d.column)
    }

    /// Settles the day/month order of the date column from some of its values
    /// (line, text).
    pub fn settle_dates(&mut self, values: Vec<(u64, String)>) -> Result<(), ReadError> {
        if let Some(dates) = &mut self.dates {
            dates.settle(self.name, values)?;
        }
        Ok(())
    }

    /// Hands what this reader gathered over its rows to `report`: the role
    /// values the grid does not know. Called once, when its rows are read.
    pub fn end(&mut self, report: &mut DataReport) {
        for (value, count) in self.unknown_roles.drain(..) {
            report
                .unknown_roles
                .add(&value, count, self.role_place, true);
        }
        report.ratios.merge(std::mem::take(&mut self.ratios));
        report.left_out.merge(std::mem::take(&mut self.left_out));
    }

    /// Whether a cell or a name needed the Windows-1252 fallback.
    pub fn saw_windows_1252(&self) -> bool {
        self.windows_1252 || self.readers.iter().any(|r| r.saw_windows_1252)
    }

    /// Text of a raw cell, noting when it needed the Windows-1252 fallback.
    fn text(&mut self, raw: &[u8]) -> String {
        let (text, fallback) = decode(raw);
        self.windows_1252 |= fallback;
        text.into_owned()
    }

    fn problem(
        &self,
        report: &mut DataReport,
        at: u64,
        code: Code,
        field: Option<usize>,
        message: String,
        expected: Option<String>,
    ) {
        report.problem(Problem {
            code,
            file: self.name.to_owned(),
            line: at,
            field: field.map(|f| f + 1),
            message,
            expected,
            note: None,
        });
    }

    /// The group of a row, from its action, period and role cells (or the
    /// values given for files without such a column). A row whose role the
    /// grid does not know is counted for the finding about it.
    fn group<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        dated: Option<&str>,
        tally: &mut Tally<'_>,
    ) -> Option<GroupId> {
        self.key.clear();
        for (k, (col, fixed)) in [self.action, self.period, self.role]
            .into_iter()
            .zip(&self.fixed)
            .enumerate()
        {
            // A period read from a date (`--period-from`) wins over the rest.
            let part = match (k, dated, col) {
                (1, Some(date), _) => date.as_bytes(),
                (_, _, Some(c)) => row.cell(c).map_or(&b""[..], trimmed),
                _ => fixed,
            };
            self.key.extend_from_slice(part);
            self.key.push(0);
        }
        if self.key.first() == Some(&0) {
            return None; // no action
        }
        let found = match &self.last {
            Some((last, found)) if *last == self.key => *found,
            _ => {
                let found = match self.groups.get(self.key.as_slice()) {
                    Some(found) => *found,
                    None => self.new_group(tally),
                };
                match &mut self.last {
                    Some((last, last_found)) => {
                        last.clone_from(&self.key);
                        *last_found = found;
                    }
                    None => self.last = Some((self.key.clone(), found)),
                }
                found
            }
        };
        let (id, unknown) = found;
        if let Some(rank) = unknown {
            self.unknown_roles[rank].1 += 1;
        }
        Some(id)
    }

    /// Makes the group of the current key (action, period and role), met for
    /// the first time: the role is resolved here, once per distinct cell.
    fn new_group(&mut self, tally: &mut Tally<'_>) -> Found {
        // The key holds the three parts, each ended by a NUL (cells never
        // hold one: files with NUL bytes are refused).
        let key = self.key.clone();
        let mut parts = key.split(|&b| b == 0);
        let mut next = || parts.next().unwrap_or(b"");
        let (action, period, role) = (next(), next(), next());
        let mut action = self.text(action);
        if let Some(id) = (!self.action_aliases.is_empty())
            .then(|| self.action_aliases.get(&crate::text::fold_header(&action)))
            .flatten()
        {
            action.clone_from(id);
        }
        let period = (!period.is_empty()).then(|| self.text(period));
        let role = (!role.is_empty()).then(|| self.text(role));
        let resolved = role.as_deref().map(|r| self.roles.resolve(r));
        let mut unknown = None;
        let who = match &resolved {
            Some(r) if r.id.is_empty() => Respondent::Structure,
            Some(r) => {
                if !r.known {
                    unknown = Some(
                        match self.unknown_roles.iter().position(|(v, _)| *v == r.id) {
                            Some(rank) => rank,
                            None => {
                                self.unknown_roles.push((r.id.clone().into_owned(), 0));
                                self.unknown_roles.len() - 1
                            }
                        },
                    );
                }
                Respondent::Role(&r.id)
            }
            None => Respondent::Structure,
        };
        let found = (tally.group(&action, period.as_deref(), who), unknown);
        self.groups.insert(key, found);
        found
    }

    /// Reads one row into `tally`; what does not fit goes to `report`.
    pub fn row<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        place: Place,
        tally: &mut Tally<'_>,
        report: &mut DataReport,
    ) {
        let count = row.count();
        if (0..count).all(|i| row.cell(i).is_none_or(|c| trimmed(c).is_empty())) {
            return; // blank lines at the end of spreadsheet exports
        }
        self.line = place.line;
        let at = place.at;
        // Cells past the header have no column to go in: empty ones are the
        // trailing delimiters spreadsheets write, others are data going unread.
        let width = self.headers.len();
        if let Some(field) =
            (width..count).find(|&i| row.cell(i).is_some_and(|c| !trimmed(c).is_empty()))
        {
            let value = decode(trimmed(row.cell(field).unwrap_or(b"")))
                .0
                .into_owned();
            self.problem(
                report,
                at,
                Code::ExtraCells,
                Some(field),
                tr!(
                    "data-extra-cells",
                    cells = count,
                    header = width,
                    value = value
                ),
                None,
            );
        }
        let dated = match &self.dates {
            Some(dates) => match dates.row_period(self.name, row, at, report) {
                Some(period) => Some(period),
                None => return,
            },
            None => None,
        };
        let Some(group) = self.group(row, dated.as_deref(), tally) else {
            self.problem(
                report,
                at,
                Code::EmptyAction,
                self.action,
                tr!("data-empty-action"),
                None,
            );
            return;
        };
        match self.long {
            None => {
                tally.add_response(group);
                for i in 0..self.indicator_columns.len() {
                    let (col, ind) = self.indicator_columns[i];
                    let raw = row.cell(col).unwrap_or(b"");
                    let answer = self.answer(report, at, col, ind, raw);
                    tally.add(group, ind, answer);
                    if answer == Answer::Text {
                        self.flag_contact(report, at, col, raw);
                        self.keep_text(tally, group, Some(ind), raw, false);
                    }
                }
                self.read_choices(row, at, group, tally, report);
                self.keep_comment(row, at, tally, group, None, report);
            }
            Some((name_col, value_col)) => {
                // A long row is one answer, not one response: the tally counts
                // responses as the answers of the most answered indicator.
                let raw_name = trimmed(row.cell(name_col).unwrap_or(b""));
                let ind = match self.indicator_cache.get(raw_name) {
                    Some(found) => *found,
                    None => {
                        let name = self.text(raw_name);
                        let found = self.names.indicator(&name);
                        self.indicator_cache.insert(raw_name.to_vec(), found);
                        found
                    }
                };
                let Some(ind) = ind else {
                    let value = decode(raw_name).0.into_owned();
                    if self.left_out_names.contains(&fold_header(&value)) {
                        let name = value.trim();
                        if self.left_out.add(name) {
                            let first =
                                super::left_out::first_row(self.name, at, name_col + 1, name);
                            report.warnings.push(first);
                        }
                        return;
                    }
                    self.problem(
                        report,
                        at,
                        Code::UnknownIndicator,
                        Some(name_col),
                        tr!(
                            "data-unknown-indicator",
                            indicator = value,
                            grid = tally.grid().id.as_str()
                        ),
                        None,
                    );
                    return;
                };
                let raw = row.cell(value_col).unwrap_or(b"");
                let answer = self.answer(report, at, value_col, ind, raw);
                tally.add(group, ind, answer);
                if answer == Answer::Text {
                    self.flag_contact(report, at, value_col, raw);
                    self.keep_text(tally, group, Some(ind), raw, false);
                }
                self.keep_comment(row, at, tally, group, Some(ind), report);
            }
        }
    }

    /// Keeps a qualitative answer or a comment, when the tally wants them.
    fn keep_text(
        &mut self,
        tally: &mut Tally<'_>,
        group: GroupId,
        indicator: Option<usize>,
        raw: &[u8],
        comment: bool,
    ) {
        if tally.keeps_texts() {
            let text = self.text(raw.trim_ascii());
            tally.add_text(
                group,
                Verbatim {
                    indicator,
                    source: 0,
                    line: self.line,
                    comment,
                    text,
                },
            );
        }
    }

    fn keep_comment<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        at: u64,
        tally: &mut Tally<'_>,
        group: GroupId,
        indicator: Option<usize>,
        report: &mut DataReport,
    ) {
        if let Some((col, raw)) = self.comment.and_then(|c| row.cell(c).map(|raw| (c, raw))) {
            self.flag_contact(report, at, col, raw);
            self.keep_text(tally, group, indicator, raw, true);
        }
    }

    /// Warns when a text cell (a text answer or a comment, never a number)
    /// looks like an e-mail address or a phone number.
    fn flag_contact(&mut self, report: &mut DataReport, at: u64, col: usize, raw: &[u8]) {
        if !self.flag_contacts || self.contacts >= MAX_CONTACTS {
            return;
        }
        let text = decode(raw.trim_ascii()).0;
        if let Some(kind) = super::contact::find(&text) {
            self.contacts += 1;
            report.warnings.push(Problem {
                code: Code::ContactInAnswer,
                file: self.name.to_owned(),
                line: at,
                field: Some(col + 1),
                message: tr!(
                    "data-contact-in-answer",
                    column = self.headers[col].as_str(),
                    kind = kind.as_str()
                ),
                expected: None,
                note: Some(tr!("note-contact-in-answer").into()),
            });
        }
    }

    /// Reads the ticks of every option indicator in a wide row.
    fn read_choices<C: Cells + ?Sized>(
        &mut self,
        row: &C,
        at: u64,
        group: GroupId,
        tally: &mut Tally<'_>,
        report: &mut DataReport,
    ) {
        for i in 0..self.choices.len() {
            let (col, ind) = (self.choices[i].column, self.choices[i].indicator);
            let raw = row.cell(col).unwrap_or(b"");
            let (read, fallback) = self.choices[i].reader.read_bytes(raw);
            self.windows_1252 |= fallback;
            let answer = match read {
                Ok(answer) => answer,
                Err(mismatch) => self.bad_cell(report, at, col, raw, mismatch.expected),
            };
            tally.add(group, ind, answer);
        }
    }

    /// The answer of a cell; a cell that does not fit is reported and counts as
    /// missing (the run fails at the end unless lenient).
    fn answer(
        &mut self,
        report: &mut DataReport,
        at: u64,
        col: usize,
        ind: usize,
        raw: &[u8],
    ) -> Answer {
        match self.readers[ind].read(raw) {
            Ok(Answer::Value(v)) if v > 0.0 && v < 1.0 && self.percent[ind].is_some() => {
                let value = decode(raw.trim_ascii()).0.trim().to_owned();
                let indicator = self.percent[ind].as_deref().unwrap_or_default();
                let place = (self.header_line, col + 1);
                self.ratios
                    .add(indicator, &self.headers[col], place, 1, &value);
                Answer::Value(v)
            }
            Ok(answer) => answer,
            Err(mismatch) => self.bad_cell(report, at, col, raw, mismatch.expected),
        }
    }

    /// Reports a cell that does not fit what its column reads; it counts as
    /// missing (the run fails at the end unless lenient).
    fn bad_cell(
        &mut self,
        report: &mut DataReport,
        at: u64,
        col: usize,
        raw: &[u8],
        expected: String,
    ) -> Answer {
        let value = decode(raw.trim_ascii()).0.trim().to_owned();
        self.problem(
            report,
            at,
            Code::InvalidCell,
            Some(col),
            tr!(
                "data-bad-cell",
                column = self.headers[col].as_str(),
                value = value
            ),
            Some(expected),
        );
        Answer::Missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_names_match_folded_in_both_languages() {
        for name in ["Commentaire", " PÉRIODE ", "Répondante", "valeur", "Rôle"] {
            assert!(reserved_column(name).is_some(), "{name}");
        }
        assert_eq!(reserved_column("Indicateur"), Some(Reserved::IndicatorName));
        assert_eq!(reserved_column("commentaires"), None);
    }

    /// LimeSurvey's "full question text" headings follow the interface language:
    /// a French export heads its metadata in French, and must stay as quiet.
    #[test]
    fn limesurvey_full_headings_in_french_are_tool_columns() {
        for name in [
            "ID de la réponse",
            "date de soumission",
            "Dernière page",
            "Langue de depart",
            "Tête de série",
            "Seed",
        ] {
            assert!(is_tool_column(name), "{name}");
        }
        assert!(!is_tool_column("Date de naissance"));
    }
}
