//! The command line as clap sees it. These types stop at the command layer:
//! `cmd` turns them into plain options before anything runs. The doc comments
//! of the arguments are for the reader of this code: what users read comes
//! from the catalogs, in their language ([`help`], [`errors`]).

mod errors;
mod help;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::tr;

pub use errors::render as render_error;
pub use help::{command, message_keys};

/// Reads the command line, with help and usage errors in the current
/// language: set it first from [`lang_asked`].
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = args.into_iter().collect();
    // Inside a démarche its file gives the grid and the inputs: they are no
    // longer required. Outside one, the command line is exactly as before.
    let in_demarche = !args.iter().any(|a| a == "--no-demarche")
        && std::env::current_dir()
            .ok()
            .and_then(|d| crate::demarche::find(&d))
            .is_some();
    let mut command = help::command_with(|c| {
        if in_demarche {
            relax_for_demarche(c)
        } else {
            c
        }
    });
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))
}

/// The commands a démarche gives their grid and inputs to, with those
/// arguments made optional.
fn relax_for_demarche(command: clap::Command) -> clap::Command {
    let optional = |sub: clap::Command| {
        let ids: Vec<String> = sub
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .filter(|id| ["grid", "inputs", "files"].contains(&id.as_str()))
            .collect();
        ids.into_iter().fold(sub, |sub, id| {
            sub.mut_arg(id, |a| {
                a.required(false)
                    .required_unless_present(clap::builder::Resettable::<clap::Id>::Reset)
            })
        })
    };
    ["score", "report", "check", "evaluate", "judge"]
        .into_iter()
        .fold(command, |c, name| c.mut_subcommand(name, optional))
}

/// The language `--lang` asks for, before clap reads the line: clap prints
/// help and usage errors while it reads. `--lang` is global, so it counts
/// after the subcommand too (`utilsoc evaluate --help --lang fr`); not after
/// `--`, where everything is a value.
pub fn lang_asked(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let value = match arg {
            Some("--") => return None,
            Some("--lang") => args.next().flatten(),
            Some(other) => other.strip_prefix("--lang="),
            None => None,
        };
        match value {
            Some("fr") => return Some(Lang::Fr),
            Some("en") => return Some(Lang::En),
            _ => {}
        }
    }
    None
}

// The doc comments of these types are what `utilsoc man` and `completions`
// show, in English like the headings clap_mangen writes; help shows the
// catalogs' texts instead, in the user's language.

/// Evaluate social utility: grids, autoévaluation, scores and reports.
///
/// utilsoc evaluates the social utility of associations and other social and
/// solidarity economy organisations, from grids of domains, criteria and
/// indicators.
#[derive(Debug, Parser)]
#[command(name = "utilsoc", version, propagate_version = true)]
pub struct Cli {
    /// Language of messages (default: from LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    /// When to use colours (NO_COLOR is respected).
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Print only findings and results, no summaries or notices.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate grid files, reporting every finding with its location.
    Check(CheckArgs),
    /// List, show, export or compare grids.
    Grids(GridsArgs),
    /// Score survey data (CSV) against a grid: per action, period and role.
    Score(ScoreArgs),
    /// Autoévaluation in the terminal: answer a grid for one action, step by step.
    Evaluate(EvaluateArgs),
    /// The document a board or a funder reads: HTML or Markdown, with charts.
    Report(ReportArgs),
    /// A blank CSV to fill in, or a printable questionnaire (Markdown or HTML):
    /// the interviewer's, or one role's.
    Template(TemplateArgs),
    /// Print the JSON Schema of the grid format (for taplo / Even Better TOML).
    Schema(SchemaArgs),
    /// Start a démarche in a folder: utilsoc.toml and folders.
    Init(InitArgs),
    /// The group's judgement: appreciation of each criterion, then an action plan.
    Judge(JudgeArgs),
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `utilsoc man > utilsoc.1`.
    Man,
}

/// How survey data is read: shared by `score` and `check --grid`, under a
/// heading of its own in help (each field says so: a `next_help_heading`
/// here would go on to the options flattened after these).
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Field delimiter of CSV input: `,`, `;` or `tab` (detected by default).
    #[arg(long, help_heading = "data", value_parser = parse_delimiter, value_name = "CHAR")]
    pub delimiter: Option<u8>,

    /// Unknown columns are errors, not warnings.
    #[arg(long, help_heading = "data", help_heading = "data")]
    pub strict: bool,

    /// Report cells that do not fit their scale, count them as missing and go on.
    #[arg(long, help_heading = "data", help_heading = "data")]
    pub lenient: bool,

    /// The column holding the action, by its header text (matched ignoring
    /// case, accents, spaces and punctuation).
    #[arg(long, help_heading = "data", value_name = "COL")]
    pub action_column: Option<String>,

    /// The column holding the period, by its header text.
    #[arg(long, help_heading = "data", value_name = "COL")]
    pub period_column: Option<String>,

    /// The column holding the role, by its header text.
    #[arg(long, help_heading = "data", value_name = "COL")]
    pub role_column: Option<String>,

    /// The column identifying the respondent, by its header text.
    #[arg(long, help_heading = "data", value_name = "COL")]
    pub respondent_column: Option<String>,

    /// The action of every row of files that have no action column (one
    /// form per action).
    #[arg(long, help_heading = "data", value_name = "TEXT")]
    pub action: Option<String>,

    /// The period of every row of files that have no period column.
    #[arg(long, help_heading = "data", value_name = "TEXT")]
    pub period: Option<String>,

    /// The role of every row of files that have no role column.
    #[arg(long, help_heading = "data", value_name = "TEXT")]
    pub role: Option<String>,

    /// The row holding the header, from 1 (found among the first rows by
    /// default); a second header row under it is still recognised.
    #[arg(long, help_heading = "data", value_name = "N", value_parser = parse_header_row)]
    pub header_row: Option<u32>,

    /// The sheet of XLSX and ODS inputs to read, by name (default: the first).
    #[arg(long, help_heading = "data", value_name = "NAME")]
    pub sheet: Option<String>,
    /// The period of each row from this date column (its header text).
    #[arg(long, help_heading = "data", value_name = "COL")]
    pub period_from: Option<String>,

    /// How finely --period-from cuts time: 2025, 2025-S1, 2025-T1 or 2025-03.
    #[arg(
        long,
        help_heading = "data",
        value_enum,
        value_name = "UNIT",
        default_value = "year",
        requires = "period_from"
    )]
    pub period_by: PeriodByArg,

    /// The order of dates written 03/04/2025, when the column does not settle
    /// it: `dmy` (day first) or `mdy` (month first).
    #[arg(
        long,
        help_heading = "data",
        value_enum,
        value_name = "ORDER",
        requires = "period_from"
    )]
    pub date_format: Option<DateFormatArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PeriodByArg {
    Year,
    Semester,
    Quarter,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DateFormatArg {
    Dmy,
    Mdy,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "," | "comma" => Ok(b','),
        ";" | "semicolon" => Ok(b';'),
        "\\t" | "\t" | "tab" => Ok(b'\t'),
        other => Err(tr!("cli-error-delimiter", value = other)),
    }
}

/// A header row from 1 to 1000 (a header further down is not one).
fn parse_header_row(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n) if (1..=1000).contains(&n) => Ok(n),
        _ => Err(tr!("cli-error-header-row", value = s)),
    }
}

/// What `score` and `report` read: a grid, answers, and how to group them.
#[derive(Debug, Args)]
pub struct ScoringArgs {
    /// The grid: a built-in grid id or a grid file (the démarche's when absent).
    #[arg(short, long, value_name = "GRID", required = true)]
    pub grid: Option<String>,

    /// CSV files and evaluation files (`-` reads standard input), read as one
    /// data set.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,

    /// Split groups by role too (periods always split), and show where roles
    /// differ.
    #[arg(long, value_enum, value_name = "FIELD")]
    pub by: Option<ByArg>,

    /// Flag scores resting on fewer responses than N (still computed, shown
    /// greyed, no change drawn from them); 0 turns it off. Default: none for
    /// `score`, 5 for `report`.
    #[arg(long, value_name = "N")]
    pub min_responses: Option<u64>,

    /// Flag scores covering less than this share (0-1) of their indicators;
    /// 0 turns it off. Default: none for `score`, 0.5 for `report`.
    #[arg(long, value_name = "F", value_parser = parse_share)]
    pub min_coverage: Option<f64>,

    /// Targets agreed for some actions or periods (`[[targets]]` tables, as
    /// in a démarche's utilsoc.toml), used instead of the grid's.
    #[arg(long, value_name = "FILE")]
    pub targets: Option<PathBuf>,

    #[command(flatten)]
    pub data: DataArgs,

    /// Ignore the démarche (`utilsoc.toml`) of this folder or a parent.
    #[arg(long)]
    pub no_demarche: bool,
}

/// A share from 0 to 1, for `--min-coverage`.
fn parse_share(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(f) if (0.0..=1.0).contains(&f) => Ok(f),
        _ => Err(tr!("cli-error-share", value = s)),
    }
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub scoring: ScoringArgs,

    /// Output format (default: from the extension of -o, else table).
    #[arg(long, value_enum)]
    pub format: Option<ScoreFormat>,

    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// CSV for French Excel: `;`, decimal commas and a UTF-8 BOM.
    #[arg(long)]
    pub excel: bool,

    /// Table: show level and yes/no indicators under their criterion, with
    /// the share of favourable answers and the count per level.
    #[arg(long)]
    pub distributions: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ByArg {
    Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Grid files to check (`-` reads standard input); with --grid, data files.
    #[arg(value_name = "FILE", required_unless_present_any = ["explain", "builtin"])]
    pub files: Vec<PathBuf>,

    /// Check data files (CSV) against this grid (a built-in id or a file)
    /// instead of checking grids.
    #[arg(long, value_name = "GRID", conflicts_with = "builtin")]
    pub grid: Option<String>,

    #[command(flatten)]
    pub data: DataArgs,

    /// Also check the built-in grids.
    #[arg(long)]
    pub builtin: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Exit with 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Explain a finding code (e.g. `unknown-key`) and exit.
    #[arg(long, value_name = "CODE", conflicts_with_all = ["files", "builtin", "grid"])]
    pub explain: Option<String>,

    /// Ignore the démarche (`utilsoc.toml`) of this folder or a parent.
    #[arg(long)]
    pub no_demarche: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Source excerpts with the offending value underlined.
    Human,
    /// One JSON document.
    Json,
    /// GitHub Actions annotations (`::error file=…,line=…::…`).
    Github,
}

#[derive(Debug, Args)]
pub struct GridsArgs {
    #[command(subcommand)]
    pub action: Option<GridsAction>,
}

#[derive(Debug, Subcommand)]
pub enum GridsAction {
    /// List the built-in grids (the default).
    List,
    /// Show a grid's tree: domains, criteria and indicators, with scales and weights.
    Show {
        /// A built-in grid id, or a grid file (the démarche's when absent).
        grid: Option<String>,
    },
    /// Write a grid as TOML: a built-in one to start a grid of your own, or a
    /// local grid as it is (with `--resolved`, standalone).
    Export {
        /// A built-in grid id or a grid file (the démarche's when absent).
        grid: Option<String>,
        /// A local grid resolved into a standalone grid file: no `extends`,
        /// ignored nodes gone, overrides applied, additions merged.
        #[arg(long)]
        resolved: bool,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Adapt a grid in the terminal: keep, drop, rename, reweight, reword,
    /// add indicators, and record the organisation's own definition of its
    /// utilité sociale; writes a local grid.
    Adapt {
        /// A built-in grid id or a grid file (the démarche's when absent).
        grid: Option<String>,
        /// The local grid to write (default: the démarche's, or the grid file
        /// given, edited in place).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Compare two grids: indicators added, removed, renamed and changed.
    Diff {
        /// The older grid: a built-in grid id or a grid file.
        #[arg(value_name = "GRID")]
        old: String,
        /// The newer grid: a built-in grid id or a grid file.
        #[arg(value_name = "GRID")]
        new: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
        format: DiffFormat,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Lines for people.
    Table,
    /// One JSON document.
    Json,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// The grid: a built-in grid id or a grid file (the démarche's when absent).
    #[arg(short, long, value_name = "GRID", required = true)]
    pub grid: Option<String>,

    /// The action evaluated (asked when missing).
    #[arg(long)]
    pub action: Option<String>,

    /// The period: 2025, 2025-S1, 2025-T2, 2025-03 or 2024-2025 (asked when missing).
    #[arg(long)]
    pub period: Option<String>,

    /// Who answers: staff, volunteer, participant... (asked when missing).
    #[arg(long)]
    pub role: Option<String>,

    /// Who is filling in the evaluation.
    #[arg(long, value_name = "NAME")]
    pub evaluator: Option<String>,

    /// The evaluation file; an existing file is resumed
    /// (default: evaluation-ACTION-PERIOD-ROLE-EVALUATOR-HASH.toml).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Go through every answer again, current values preselected.
    #[arg(long)]
    pub review: bool,

    /// A group's consensual autoévaluation (kind = "collective"), its own
    /// series in scores, never averaged in with individual answers.
    #[arg(long)]
    pub collective: bool,

    /// Ignore the démarche (`utilsoc.toml`) of this folder or a parent.
    #[arg(long)]
    pub no_demarche: bool,
}

/// What `judge` reads is what `report` reads; `--action` and `--period`
/// already say, in the data options, what rows without such a column are:
/// the actions and period judged are `--only` and `--only-period`.
#[derive(Debug, Args)]
pub struct JudgeArgs {
    #[command(flatten)]
    pub scoring: ScoringArgs,

    /// Judge only this action (repeatable; default: every action in the data).
    #[arg(long, value_name = "ACTION")]
    pub only: Vec<String>,

    /// Judge only this period (default: every period in the data).
    #[arg(long, value_name = "PERIOD")]
    pub only_period: Option<String>,

    /// The judgement file; an existing one is resumed (default: jugement.toml
    /// beside utilsoc.toml, else in the current folder).
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Go through every criterion again, the recorded answers as defaults.
    #[arg(long)]
    pub review: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The démarche's folder (default: the current one; created if absent).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// The grid: a built-in grid id or a grid file (relative to the folder).
    #[arg(long, value_name = "GRID")]
    pub grid: Option<String>,

    /// The organisation's name.
    #[arg(long, value_name = "TEXT")]
    pub organisation: Option<String>,

    /// The démarche's title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,

    /// A period evaluated (repeatable).
    #[arg(long = "period", value_name = "PERIOD")]
    pub periods: Vec<String>,

    /// An action evaluated (repeatable).
    #[arg(long = "action", value_name = "ACTION")]
    pub actions: Vec<String>,

    /// A role of the grid who answers (repeatable).
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<String>,

    /// Ask nothing: what the options leave out takes its default.
    #[arg(short, long)]
    pub yes: bool,

    /// Adapt the built-in grid in a local grid file of the démarche's own
    /// (`extends`), which `utilsoc.toml` then names.
    #[arg(long)]
    pub local_grid: bool,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The grid: a built-in grid id or a grid file.
    #[arg(short, long, value_name = "GRID")]
    pub grid: String,

    /// What to write.
    #[arg(long, value_enum, default_value_t = TemplateFormat::Csv)]
    pub format: TemplateFormat,

    /// Actions to list in the CSV, one row each (comma-separated).
    #[arg(long, value_name = "A,B")]
    pub actions: Vec<String>,

    /// CSV for French Excel: `;` and a UTF-8 BOM.
    #[arg(long)]
    pub excel: bool,

    /// Questionnaire: every indicator, not only those asked as questions.
    #[arg(long)]
    pub all: bool,

    /// The questionnaire of one role of the grid, as its respondents get it.
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,

    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateFormat {
    Csv,
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub scoring: ScoringArgs,

    /// Output format (default: from the extension of -o, else html).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,

    /// The report file (Markdown writes its charts as SVG files beside it).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The group's judgement file the report opens with (default: the
    /// démarche's, when there is one).
    #[arg(long, value_name = "FILE")]
    pub judgement: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Markdown,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(args: &[&str]) -> Option<Lang> {
        let args: Vec<OsString> = std::iter::once("utilsoc")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        lang_asked(&args)
    }

    #[test]
    fn lang_is_read_wherever_clap_would_take_it() {
        assert_eq!(asked(&["--lang", "fr", "score"]), Some(Lang::Fr));
        assert_eq!(
            asked(&["evaluate", "--help", "--lang", "fr"]),
            Some(Lang::Fr)
        );
        assert_eq!(asked(&["--lang=en", "check"]), Some(Lang::En));
        assert_eq!(asked(&["check", "--help"]), None);
    }

    #[test]
    fn lang_is_not_read_where_it_is_a_value() {
        // After `--` every word is an input; an unknown language is clap's
        // error to report, in the locale's language.
        assert_eq!(asked(&["score", "--", "--lang", "fr"]), None);
        assert_eq!(asked(&["--lang", "de", "score"]), None);
        assert_eq!(asked(&["--lang"]), None);
    }
}
