//! Findings: what `check` reports about a grid or a data file.
//!
//! A finding is data (a stable code, a severity, a message and labelled byte spans
//! into one source file), so that one set of renderers in [`render`] can print it
//! for people, for scripts (JSON) and for CI annotations. Nothing here prints.

pub mod render;

use std::ops::Range;

use crate::tr;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident;)+) => {
        /// The stable identifier of a kind of finding. Its kebab-case name is a
        /// contract with CI pipelines: never rename one.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $($variant),+ }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The kebab-case name shown to users.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name),+ }
            }

            /// The severity findings of this code have.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),+ }
            }

            /// The code named `name`, if any.
            pub fn parse(name: &str) -> Option<Code> {
                match name { $($name => Some(Code::$variant),)+ _ => None }
            }
        }
    };
}

codes! {
    NotUtf8 = "not-utf8", Error;
    EmptyFile = "empty-file", Error;
    FileTooLarge = "file-too-large", Error;
    TomlSyntax = "toml-syntax", Error;
    UnknownKey = "unknown-key", Error;
    WrongType = "wrong-type", Error;
    MissingField = "missing-field", Error;
    InvalidValue = "invalid-value", Error;
    UnsupportedFormat = "unsupported-format", Error;
    InvalidVersion = "invalid-version", Error;
    InvalidId = "invalid-id", Error;
    DuplicateId = "duplicate-id", Error;
    UnknownScale = "unknown-scale", Error;
    UndefinedRole = "undefined-role", Error;
    DuplicateRole = "duplicate-role", Error;
    QuestionForUnaskedRole = "question-for-unasked-role", Error;
    IndicatorAskedOfNobody = "indicator-asked-of-nobody", Error;
    NoDomains = "no-domains", Error;
    EmptyDomain = "empty-domain", Error;
    EmptyCriterion = "empty-criterion", Error;
    InvalidWeight = "invalid-weight", Error;
    TooFewLevels = "too-few-levels", Error;
    PartialLevelScores = "partial-level-scores", Error;
    AmbiguousLevel = "ambiguous-level", Error;
    ScoreOutOfRange = "score-out-of-range", Error;
    InvalidBounds = "invalid-bounds", Error;
    FieldNotApplicable = "field-not-applicable", Error;
    ConflictingScoring = "conflicting-scoring", Error;
    MissingTarget = "missing-target", Error;
    TargetEqualsBaseline = "target-equals-baseline", Error;
    InconsistentDirection = "inconsistent-direction", Error;
    EmptyBands = "empty-bands", Error;
    BandsNotAscending = "bands-not-ascending", Error;
    DuplicateAlias = "duplicate-alias", Error;
    ReservedColumn = "reserved-column", Error;
    DuplicateToken = "duplicate-token", Error;
    MissingSource = "missing-source", Warning;
    MissingHelp = "missing-help", Warning;
    SingleIndicator = "single-indicator", Warning;
    NoScoredIndicator = "no-scored-indicator", Warning;
    UnusedScale = "unused-scale", Warning;
    RedundantAlias = "redundant-alias", Warning;
    OutsideBounds = "outside-bounds", Warning;
    EmptyData = "empty-data", Error;
    MissingActionColumn = "missing-action-column", Error;
    DuplicateColumn = "duplicate-column", Error;
    NoIndicatorColumn = "no-indicator-column", Error;
    UnknownColumn = "unknown-column", Warning;
    EmptyAction = "empty-action", Error;
    UnknownIndicator = "unknown-indicator", Error;
    InvalidCell = "invalid-cell", Error;
    Windows1252 = "windows-1252", Warning;
    InvalidEvaluation = "invalid-evaluation", Error;
    WrongGrid = "wrong-grid", Error;
    GridChanged = "grid-changed", Warning;
    DuplicateAnswer = "duplicate-answer", Error;
    ExtraCells = "extra-cells", Error;
    RecordTooLong = "record-too-long", Error;
    BinaryData = "binary-data", Error;
    NotSurveyData = "not-survey-data", Error;
    UnknownSheet = "unknown-sheet", Error;
    UnreadableSpreadsheet = "unreadable-spreadsheet", Error;
    MissingDateColumn = "missing-date-column", Error;
    DateOrder = "date-order", Error;
    InvalidDate = "invalid-date", Error;
    MissingColumn = "missing-column", Error;
    FewIndicators = "few-indicators", Warning;
    UnknownRole = "unknown-role", Warning;
    InvalidExtends = "invalid-extends", Error;
    UnknownNode = "unknown-node", Error;
    DuplicateTarget = "duplicate-target", Error;
    StrayFile = "stray-file", Warning;
    LeftOutIndicator = "left-out-indicator", Warning;
    InvalidJudgement = "invalid-judgement", Error;
    ContactInAnswer = "contact-in-answer", Warning;
    RatioPercentage = "ratio-percentage", Warning;
}

impl Code {
    /// A paragraph on what the finding means and how to fix it, for
    /// `check --explain`.
    pub fn explanation(self) -> String {
        crate::i18n::message(&format!("explain-{}", self.as_str()), &[])
    }
}

/// A byte range in a source file, with what it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub span: Range<usize>,
    pub message: String,
}

/// One problem found in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// Where the problem is; `None` for a finding about the whole file.
    pub primary: Option<Label>,
    /// Line and column, for files whose text is not kept (data files).
    pub place: Option<(u64, usize)>,
    /// Related places, such as the first definition of a duplicate.
    pub secondary: Vec<Label>,
    /// Hints, such as a "did you mean".
    pub notes: Vec<String>,
}

impl Finding {
    pub fn new(code: Code, message: String) -> Self {
        Finding {
            code,
            severity: code.severity(),
            message,
            primary: None,
            place: None,
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Points the finding at `span`, underlined with `label`.
    pub fn at(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.primary = Some(Label {
            span,
            message: label.into(),
        });
        self
    }

    /// Adds a related place.
    pub fn also(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            message: label.into(),
        });
        self
    }

    /// Adds a hint.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds "did you mean `x`?" when one of `candidates` is close to `found`.
    pub fn suggest<'a>(self, found: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        match did_you_mean(found, candidates) {
            Some(best) => self.note(tr!("did-you-mean", suggestion = best)),
            None => self,
        }
    }
}

/// The candidate closest to `found`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let found = crate::text::fold(found);
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&found, &crate::text::fold(c)), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A file as read for checking, with the findings about it.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The name shown to users: the path as given, or `<stdin>`, or `builtin:ID`.
    pub name: String,
    /// The text spans point into; invalid UTF-8 is replaced, byte offsets before
    /// the first invalid byte are unchanged.
    pub text: String,
    pub findings: Vec<Finding>,
    /// Errors found but not listed (data files list their first problems only).
    pub unlisted: usize,
}

impl FileReport {
    /// Puts findings in source order, so output is stable and reads top-down.
    pub fn sort(&mut self) {
        self.findings.sort_by_key(|f| {
            (
                f.primary.as_ref().map_or(0, |l| l.span.start),
                f.code.as_str(),
            )
        });
    }

    pub fn count(&self, severity: Severity) -> usize {
        let listed = self
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count();
        if severity == Severity::Error {
            listed + self.unlisted
        } else {
            listed
        }
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a = 1\nlabel = \"Égalité\" x";
        let x = text.find('x').unwrap();
        assert_eq!(line_col(text, x), (2, 19));
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, text.len() + 10), (2, 20));
    }

    #[test]
    fn codes_round_trip_and_are_kebab_case() {
        for code in Code::ALL {
            assert_eq!(Code::parse(code.as_str()), Some(*code));
            assert!(
                code.as_str()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
        }
    }

    #[test]
    fn suggestions_catch_typos_only() {
        let keys = ["label", "weight", "criteria"];
        assert_eq!(did_you_mean("lable", keys), Some("label"));
        assert_eq!(did_you_mean("wieght", keys), Some("weight"));
        assert_eq!(did_you_mean("zzz", keys), None);
    }
}
