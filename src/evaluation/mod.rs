//! Evaluation files: the answers of one autoévaluation (one action, period and
//! role), as `utilsoc evaluate` saves them after every answer and as `score`
//! reads them. TOML, meant to be read, diffed and committed: answers follow the
//! grid's order, one `[[answers]]` table each.
//!
//! Nothing here touches the file system: callers read and write the text.

pub mod lock;

use serde::{Deserialize, Serialize};

use crate::diag::Code;
use crate::grid::Grid;
use crate::grid::model::Indicator;
use crate::input::scale::{Raw, ScaleRules};
use crate::input::{DataReport, Problem};
use crate::score::{Answer, Respondent, Tally, Verbatim};
use crate::tr;

/// The evaluation file format this version writes and reads.
pub const FORMAT: u32 = 1;

/// Evaluation files larger than this are refused unread, never cut short. A
/// file with a long comment on each of a thousand indicators stays under 1 MiB;
/// past this, the path most likely names something else.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// Which grid the answers were given against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridStamp {
    pub id: String,
    pub version: String,
    /// SHA-256 of the grid file when the evaluation was last saved.
    pub hash: String,
}

/// An answer's value: a level id, yes/no, a number or a text.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Text(String),
}

impl Value {
    /// The value as the scale rules read it.
    pub fn raw(&self) -> Raw<'_> {
        match self {
            Value::Bool(b) => Raw::Bool(*b),
            Value::Number(x) => Raw::Number(*x),
            Value::Text(t) => Raw::Text(t),
        }
    }
}

impl Serialize for Value {
    /// Whole numbers are written without `.0`: people read these files.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => {
                serializer.serialize_i64(*x as i64)
            }
            Value::Number(x) => serializer.serialize_f64(*x),
            Value::Text(t) => serializer.serialize_str(t),
        }
    }
}

/// An answer without a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Sans objet.
    Na,
    /// Skipped on purpose: non renseigné.
    Missing,
    /// "Ne sait pas", on a scale that allows it (`dont_know = true`).
    #[serde(rename = "dont_know")]
    DontKnow,
}

/// What kind of evaluation a file holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EvaluationKind {
    /// One person's answers (the default, not written).
    #[default]
    Individual,
    /// A group's consensual autoévaluation: its own series, never averaged
    /// in as one respondent among questionnaires.
    Collective,
}

impl EvaluationKind {
    fn is_individual(&self) -> bool {
        *self == EvaluationKind::Individual
    }
}

/// One indicator's answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub indicator: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<State>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

impl Entry {
    /// Whether the indicator has been dealt with (a value, N/A or skipped).
    pub fn is_answered(&self) -> bool {
        self.value.is_some() || self.status.is_some()
    }
}

/// A whole evaluation file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    pub format: u32,
    pub grid: GridStamp,
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluator: Option<String>,
    #[serde(default, skip_serializing_if = "EvaluationKind::is_individual")]
    pub kind: EvaluationKind,
    /// The day the evaluation started (YYYY-MM-DD).
    pub date: String,
    /// When it was last saved (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Entry>,
}

impl Evaluation {
    pub fn new(
        grid: &Grid,
        action: String,
        period: Option<String>,
        role: Option<String>,
        evaluator: Option<String>,
        date: String,
    ) -> Self {
        Evaluation {
            format: FORMAT,
            grid: stamp(grid),
            action,
            period,
            role,
            evaluator,
            kind: EvaluationKind::Individual,
            date,
            updated: None,
            answers: Vec::new(),
        }
    }

    /// The entry of indicator `id`, if any.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.answers.iter().find(|e| e.indicator == id)
    }

    /// Replaces (or adds) the entry of its indicator, keeping the grid's order.
    pub fn set(&mut self, grid: &Grid, entry: Entry) {
        match self
            .answers
            .iter_mut()
            .find(|e| e.indicator == entry.indicator)
        {
            Some(existing) => *existing = entry,
            None => self.answers.push(entry),
        }
        let position = |id: &str| {
            grid.indicators()
                .position(|(_, _, i)| i.id == id)
                .unwrap_or(usize::MAX)
        };
        self.answers.sort_by_key(|e| position(&e.indicator));
    }

    /// The file's text, with a header saying what it is.
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        let body = toml::to_string(self)?;
        Ok(format!(
            "{}\n{body}",
            comment_lines(&tr!("evaluation-header"))
        ))
    }

    /// Reads an evaluation file's text.
    pub fn parse(name: &str, text: &str) -> Result<Evaluation, Problem> {
        toml::from_str::<Evaluation>(text).map_err(|e| {
            let line = e.span().map_or(0, |s| {
                text[..s.start.min(text.len())].matches('\n').count() as u64 + 1
            });
            Problem {
                code: Code::InvalidEvaluation,
                file: name.to_owned(),
                line,
                field: (line > 0).then_some(1),
                message: tr!(
                    "evaluation-invalid",
                    file = name,
                    detail = e.message().trim()
                ),
                expected: None,
                note: None,
            }
        })
    }
}

/// What an evaluation file records of `grid`.
pub fn stamp(grid: &Grid) -> GridStamp {
    GridStamp {
        id: grid.id.clone(),
        version: grid.version.clone(),
        hash: grid.hash.clone(),
    }
}

fn comment_lines(text: &str) -> String {
    text.lines().map(|l| format!("# {l}\n")).collect()
}

/// The answer an entry gives for `indicator`, or what would have been expected.
pub fn answer(grid: &Grid, indicator: &Indicator, entry: Option<&Entry>) -> Result<Answer, String> {
    let Some(entry) = entry else {
        return Ok(Answer::Missing);
    };
    match (&entry.status, &entry.value) {
        (Some(State::Na), _) => return Ok(Answer::NotApplicable),
        (Some(State::DontKnow), _) => {
            let rules = ScaleRules::new(grid, indicator);
            if rules.allows_dont_know() {
                return Ok(Answer::DontKnow);
            }
            let scale = grid.scale(indicator).id.as_str();
            let expected = rules.mismatch().expected;
            return Err(if expected.is_empty() {
                tr!("evaluation-dont-know-refused", scale = scale)
            } else {
                tr!(
                    "evaluation-dont-know-refused-after",
                    scale = scale,
                    expected = expected
                )
            });
        }
        (Some(State::Missing), _) | (None, None) => return Ok(Answer::Missing),
        _ => {}
    }
    let Some(value) = &entry.value else {
        return Ok(Answer::Missing);
    };
    // One set of rules for every input: a CSV cell and an answer in this
    // file mean the same.
    ScaleRules::new(grid, indicator)
        .read(value.raw())
        .map_err(|mismatch| mismatch.expected)
}

/// Adds an evaluation's answers to `tally`. A file for another grid is a
/// problem; one recorded against another version of the grid is read, with a
/// warning that names what changed.
pub fn apply(
    name: &str,
    evaluation: &Evaluation,
    grid: &Grid,
    tally: &mut Tally<'_>,
    report: &mut DataReport,
) -> Result<(), Problem> {
    let problem = |code: Code, message: String| Problem {
        code,
        file: name.to_owned(),
        line: 0,
        field: None,
        message,
        expected: None,
        note: None,
    };
    if evaluation.format != FORMAT {
        return Err(problem(
            Code::InvalidEvaluation,
            tr!(
                "evaluation-format",
                file = name,
                format = evaluation.format as u64
            ),
        ));
    }
    if evaluation.grid.id != grid.id {
        return Err(problem(
            Code::WrongGrid,
            tr!(
                "evaluation-wrong-grid",
                file = name,
                recorded = evaluation.grid.id.as_str(),
                grid = grid.id.as_str()
            ),
        ));
    }
    if let Some(change) = changes(evaluation, grid) {
        report
            .warnings
            .push(problem(Code::GridChanged, format!("`{name}`: {change}")));
    }
    // The role is read as a table's role cells are; a collective file is a
    // series of its own, whatever role it speaks as.
    let resolver = crate::role::Resolver::new(grid);
    let role = evaluation
        .role
        .as_deref()
        .map(|r| resolver.resolve(r))
        .filter(|r| !r.id.is_empty());
    if let Some(role) = role.as_ref().filter(|r| !r.known) {
        report.unknown_roles.add(&role.id, 1, None, false);
    }
    let role = role.as_ref().map(|r| r.id.as_ref());
    let who = match (evaluation.kind, role) {
        (EvaluationKind::Collective, role) => Respondent::Collective(role),
        (EvaluationKind::Individual, Some(role)) => Respondent::Role(role),
        (EvaluationKind::Individual, None) => Respondent::Structure,
    };
    let group = tally.group(&evaluation.action, evaluation.period.as_deref(), who);
    tally.add_response(group);
    for (index, (_, _, indicator)) in grid.indicators().enumerate() {
        // Which of two answers to one indicator counts cannot be known: neither
        // does (the duplicate is an error that `review` reports).
        let entry = entry_for(evaluation, indicator).0;
        if let Some(comment) = entry.and_then(|e| e.comment.clone()) {
            tally.add_text(
                group,
                Verbatim {
                    indicator: Some(index),
                    source: 0,
                    line: 0,
                    comment: true,
                    text: comment,
                },
            );
        }
        match answer(grid, indicator, entry) {
            Ok(Answer::Text) => {
                tally.add(group, index, Answer::Text);
                if let Some(Value::Text(text)) = entry.and_then(|e| e.value.clone()) {
                    tally.add_text(
                        group,
                        Verbatim {
                            indicator: Some(index),
                            source: 0,
                            line: 0,
                            comment: false,
                            text,
                        },
                    );
                }
            }
            Ok(a) => tally.add(group, index, a),
            Err(expected) => {
                report.problem(Problem {
                    code: Code::InvalidCell,
                    expected: Some(expected),
                    ..problem(
                        Code::InvalidCell,
                        tr!("evaluation-bad-answer", indicator = indicator.id.as_str()),
                    )
                });
                tally.add(group, index, Answer::Missing);
            }
        }
    }
    Ok(())
}

/// The one answer an evaluation gives `indicator`, under its id or, when
/// the file has none, under an id it `replaces`; with the old id it was read
/// under. Which of two answers to one indicator counts cannot be known:
/// neither does (the duplicate is an error that `review` reports).
fn entry_for<'e>(
    evaluation: &'e Evaluation,
    indicator: &Indicator,
) -> (Option<&'e Entry>, Option<&'e str>) {
    let one = |id: &str| {
        let mut answers = evaluation.answers.iter().filter(|e| e.indicator == id);
        match (answers.next(), answers.next()) {
            (Some(entry), None) => Some(Some(entry)),
            (Some(_), Some(_)) => Some(None),
            (None, _) => None,
        }
    };
    if let Some(entry) = one(&indicator.id) {
        return (entry, None);
    }
    for old in &indicator.replaces {
        if let Some(entry) = one(old) {
            return (entry, entry.map(|e| e.indicator.as_str()));
        }
    }
    (None, None)
}

/// Where each `[[answers]]` table's `indicator` value sits in `text`, in file
/// order. A second, lenient parse: the typed one keeps no spans, and evaluate
/// and score share its types.
fn indicator_spans(text: &str) -> Vec<Option<std::ops::Range<usize>>> {
    #[derive(Deserialize)]
    struct Located {
        #[serde(default)]
        answers: Vec<LocatedEntry>,
    }
    #[derive(Deserialize)]
    struct LocatedEntry {
        indicator: Option<toml::Spanned<String>>,
    }
    toml::from_str::<Located>(text)
        .map(|l| {
            l.answers
                .into_iter()
                .map(|e| e.indicator.map(|i| i.span()))
                .collect()
        })
        .unwrap_or_default()
}

/// Texts of the file that look like someone's e-mail address or phone number
/// ([`crate::input::contact`]), as warnings located at their answer: a text
/// answer (on a text scale: a number is never looked at), a comment, evidence.
pub fn contacts(name: &str, text: &str, evaluation: &Evaluation, grid: &Grid) -> Vec<Problem> {
    let spans = indicator_spans(text);
    let mut found = Vec::new();
    for (i, entry) in evaluation.answers.iter().enumerate() {
        let id = entry.indicator.as_str();
        let is_text_scale = grid
            .indicators()
            .find(|(_, _, ind)| ind.id == id || ind.replaces.iter().any(|r| r == id))
            .is_some_and(|(_, _, ind)| {
                matches!(grid.scale(ind).kind, crate::grid::model::ScaleKind::Text)
            });
        let answer = match &entry.value {
            Some(Value::Text(t)) if is_text_scale => Some(t.as_str()),
            _ => None,
        };
        let kind = [answer, entry.comment.as_deref(), entry.evidence.as_deref()]
            .into_iter()
            .flatten()
            .find_map(crate::input::contact::find);
        if let Some(kind) = kind {
            let (line, field) = spans.get(i).cloned().flatten().map_or((0, None), |span| {
                let (line, col) = crate::diag::line_col(text, span.start);
                (line as u64, Some(col))
            });
            found.push(Problem {
                code: Code::ContactInAnswer,
                file: name.to_owned(),
                line,
                field,
                message: tr!("data-contact-in-answer", column = id, kind = kind.as_str()),
                expected: None,
                note: Some(tr!("note-contact-in-answer").into()),
            });
        }
    }
    found
}

/// Answers that cannot count, located in the file's `text`: an indicator the
/// grid does not have (a typo, with the closest id as a hint), and two answers
/// to one indicator. Ids the grid dropped since the file was recorded are not
/// repeated here: the warning about what changed names them.
pub fn review(name: &str, text: &str, evaluation: &Evaluation, grid: &Grid) -> Vec<Problem> {
    let spans = indicator_spans(text);
    let place = |i: usize| {
        spans.get(i).cloned().flatten().map_or((0, None), |span| {
            let (line, col) = crate::diag::line_col(text, span.start);
            (line as u64, Some(col))
        })
    };
    let ids: Vec<&str> = grid
        .indicators()
        .flat_map(|(_, _, i)| std::iter::once(&i.id).chain(&i.replaces))
        .map(String::as_str)
        .collect();
    let unchanged = changes(evaluation, grid).is_none();
    let mut problems = Vec::new();
    let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, entry) in evaluation.answers.iter().enumerate() {
        let id = entry.indicator.as_str();
        let (line, field) = place(i);
        if let Some(&earlier) = first.get(id) {
            let (first_line, first_col) = place(earlier);
            let at = match first_col {
                Some(col) => format!("{name}:{first_line}:{col}"),
                None => name.to_owned(),
            };
            problems.push(Problem {
                code: Code::DuplicateAnswer,
                file: name.to_owned(),
                line,
                field,
                message: tr!("evaluation-duplicate-answer", indicator = id),
                expected: None,
                note: Some(tr!("evaluation-first-answer", place = at).into()),
            });
            continue;
        }
        first.insert(id, i);
        if unchanged && !ids.contains(&id) {
            problems.push(Problem {
                code: Code::UnknownIndicator,
                file: name.to_owned(),
                line,
                field,
                message: tr!(
                    "evaluation-unknown-indicator",
                    indicator = id,
                    grid = grid.id.as_str()
                ),
                expected: None,
                note: crate::diag::did_you_mean(id, ids.iter().copied())
                    .map(|s| tr!("did-you-mean", suggestion = s).into()),
            });
        }
    }
    problems
}

/// What changed in `grid` since `evaluation` was recorded, in one sentence;
/// `None` when nothing did.
pub fn changes(evaluation: &Evaluation, grid: &Grid) -> Option<String> {
    let recorded = &evaluation.grid;
    if recorded.version == grid.version && recorded.hash == grid.hash {
        return None;
    }
    let mapped: Vec<(&str, &str)> = grid
        .indicators()
        .filter_map(|(_, _, i)| entry_for(evaluation, i).1.map(|old| (old, i.id.as_str())))
        .collect();
    let gone: Vec<&str> = evaluation
        .answers
        .iter()
        .filter(|e| !grid.indicators().any(|(_, _, i)| i.id == e.indicator))
        .filter(|e| !mapped.iter().any(|(old, _)| *old == e.indicator))
        .map(|e| e.indicator.as_str())
        .collect();
    let new: Vec<&str> = grid
        .indicators()
        .filter(|(_, _, i)| evaluation.entry(&i.id).is_none())
        .filter(|(_, _, i)| !mapped.iter().any(|(_, new)| *new == i.id))
        .map(|(_, _, i)| i.id.as_str())
        .collect();
    let mut message = if recorded.version == grid.version {
        tr!(
            "evaluation-grid-edited",
            version = grid.version.as_str(),
            grid = grid.id.as_str()
        )
    } else {
        tr!(
            "evaluation-grid-version",
            recorded = recorded.version.as_str(),
            version = grid.version.as_str(),
            grid = grid.id.as_str()
        )
    };
    if !mapped.is_empty() {
        let pairs: Vec<String> = mapped
            .iter()
            .map(|(old, new)| tr!("evaluation-mapped-pair", old = *old, new = *new))
            .collect();
        message.push_str(&tr!("clause-separator"));
        message.push_str(&pairs.join(", "));
    }
    if !gone.is_empty() {
        message.push_str(&tr!("clause-separator"));
        message.push_str(&tr!(
            "evaluation-gone",
            count = gone.len(),
            ids = list(&gone)
        ));
    }
    if !new.is_empty() {
        message.push_str(&tr!("clause-separator"));
        message.push_str(&tr!(
            "evaluation-unanswered",
            count = new.len(),
            ids = list(&new)
        ));
    }
    Some(message)
}

fn list(ids: &[&str]) -> String {
    const SHOWN: usize = 8;
    let mut text = ids
        .iter()
        .take(SHOWN)
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > SHOWN {
        text.push_str(&format!(", … (+{})", ids.len() - SHOWN));
    }
    text
}

#[cfg(test)]
mod tests;
