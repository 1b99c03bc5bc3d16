//! Targets agreed with a funder or a partner for an action or a period
//! (`[[targets]]` of a démarche's `utilsoc.toml`, or `score --targets FILE`):
//! they take precedence over the grid's, for the actions and periods they
//! name only. [`check`] says what a list of them gets wrong; the tally
//! applies them when it finishes, once per group, so reading answers costs
//! the same with or without them.

use serde::{Deserialize, Serialize};

use crate::diag::{Code, FileReport, Finding, Severity};
use crate::grid::Grid;
use crate::grid::model::{ScaleKind, Scoring};
use crate::{number, tr};

/// One agreed target, as `[[targets]]` writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgreedTarget {
    /// The indicator's id.
    pub indicator: String,
    /// The action it applies to; every action when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The period it applies to; every period when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub target: f64,
    /// The situation at the start, which scores 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    /// Who it was agreed with ("Caf", "Ville de …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed_with: Option<String>,
    /// When it was agreed (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl AgreedTarget {
    /// How specific the entry is: action and period 3, action 2, period 1,
    /// neither 0. The most specific entry that matches a group wins.
    pub fn rank(&self) -> u8 {
        2 * u8::from(self.action.is_some()) + u8::from(self.period.is_some())
    }

    /// Whether the entry applies to the group of `action` in `period`.
    pub fn matches(&self, action: &str, period: Option<&str>) -> bool {
        self.action.as_deref().is_none_or(|a| a == action)
            && self.period.as_deref().is_none_or(|p| period == Some(p))
    }
}

/// The target a number indicator was scored against in one group, and
/// where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct UsedTarget {
    pub target: f64,
    pub baseline: f64,
    /// `None`: the grid's own target.
    pub agreed: Option<Agreement>,
}

/// Who an agreed target was agreed with, and when, as the entry says.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub with: Option<String>,
    pub date: Option<String>,
}

/// Which field of an entry a [`Problem`] is about, so that a reader that
/// kept the spans of its file can point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Indicator,
    Target,
    Baseline,
}

/// What is wrong with one entry of a list of agreed targets.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The entry, by rank in the list.
    pub entry: usize,
    pub field: Field,
    pub code: Code,
    pub message: String,
    /// For a tie: the earlier entry it ties with.
    pub other: Option<usize>,
}

/// What `targets` gets wrong against `grid`: unknown indicators, targets on
/// indicators that are not numbers (a level or a yes/no has no target),
/// values that are not finite, a target equal to its baseline, and two
/// entries for the same indicator, action and period (neither is more
/// specific, so neither can win). Empty when the list can be used.
pub fn check(grid: &Grid, targets: &[AgreedTarget]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |entry, field, code, message, other| {
        problems.push(Problem {
            entry,
            field,
            code,
            message,
            other,
        })
    };
    for (entry, t) in targets.iter().enumerate() {
        let Some((_, _, indicator)) = grid.indicators().find(|(_, _, i)| i.id == t.indicator)
        else {
            problem(
                entry,
                Field::Indicator,
                Code::UnknownIndicator,
                tr!("agreed-target-unknown-indicator", id = t.indicator.as_str()),
                None,
            );
            continue;
        };
        let ScaleKind::Number(scale) = &grid.scale(indicator).kind else {
            problem(
                entry,
                Field::Target,
                Code::FieldNotApplicable,
                tr!(
                    "agreed-target-not-a-number",
                    id = t.indicator.as_str(),
                    kind = grid.scale(indicator).kind.name()
                ),
                None,
            );
            continue;
        };
        let mut finite = true;
        for (field, value) in [
            (Field::Target, Some(t.target)),
            (Field::Baseline, t.baseline),
        ] {
            if let Some(value) = value.filter(|v| !v.is_finite()) {
                finite = false;
                problem(
                    entry,
                    field,
                    Code::InvalidValue,
                    tr!("agreed-target-not-finite", value = value.to_string()),
                    None,
                );
            }
        }
        if finite {
            let baseline = baseline(t, &indicator.scoring, scale);
            if baseline == t.target {
                problem(
                    entry,
                    Field::Target,
                    Code::TargetEqualsBaseline,
                    tr!(
                        "agreed-target-equals-baseline",
                        id = t.indicator.as_str(),
                        value = number::plain(t.target)
                    ),
                    None,
                );
            }
        }
        if let Some(other) = targets[..entry].iter().position(|o| {
            o.indicator == t.indicator && o.action == t.action && o.period == t.period
        }) {
            problem(
                entry,
                Field::Indicator,
                Code::DuplicateTarget,
                tr!(
                    "agreed-target-tie",
                    id = t.indicator.as_str(),
                    action = t
                        .action
                        .clone()
                        .unwrap_or_else(|| tr!("agreed-target-every")),
                    period = t
                        .period
                        .clone()
                        .unwrap_or_else(|| tr!("agreed-target-every"))
                ),
                Some(other),
            );
        }
    }
    problems
}

/// The baseline an agreed target scores from: its own, else the grid's
/// (when the grid scores the indicator against a target), else the scale's
/// `min` (0 without one).
fn baseline(t: &AgreedTarget, grid: &Scoring, scale: &crate::grid::model::NumberScale) -> f64 {
    t.baseline.unwrap_or(match grid {
        Scoring::Linear { baseline, .. } => *baseline,
        _ => scale.default_baseline(false).unwrap_or(0.0),
    })
}

/// Agreed targets sorted by indicator (in grid order), ready for the tally
/// to look up per group.
#[derive(Clone, Debug, Default)]
pub(super) struct Resolved {
    /// Per indicator, in grid order: its entries, most specific first.
    by_indicator: Vec<Vec<AgreedTarget>>,
}

impl Resolved {
    /// Entries naming an indicator that is not a number of `grid` are left
    /// out; [`check`] reports them.
    pub fn new(grid: &Grid, targets: Vec<AgreedTarget>) -> Self {
        let mut by_indicator: Vec<Vec<AgreedTarget>> =
            grid.indicators().map(|_| Vec::new()).collect();
        for t in targets {
            let found = grid.indicators().enumerate().find(|(_, (_, _, i))| {
                i.id == t.indicator && matches!(grid.scale(i).kind, ScaleKind::Number(_))
            });
            if let Some((index, _)) = found {
                by_indicator[index].push(t);
            }
        }
        // Stable: of two equally specific entries ([`check`] refuses them),
        // the first written wins.
        for entries in &mut by_indicator {
            entries.sort_by_key(|t| std::cmp::Reverse(t.rank()));
        }
        Resolved { by_indicator }
    }

    /// How indicator `index` of `grid` is scored in the group of `action`
    /// in `period`, and the target it is scored against, if any.
    pub fn scoring<'a>(
        &self,
        grid: &'a Grid,
        index: usize,
        indicator: &'a crate::grid::model::Indicator,
        action: &str,
        period: Option<&str>,
    ) -> (std::borrow::Cow<'a, Scoring>, Option<UsedTarget>) {
        let agreed = self
            .by_indicator
            .get(index)
            .and_then(|entries| entries.iter().find(|t| t.matches(action, period)));
        match (agreed, &grid.scale(indicator).kind) {
            (Some(t), ScaleKind::Number(scale)) => {
                let baseline = baseline(t, &indicator.scoring, scale);
                let used = UsedTarget {
                    target: t.target,
                    baseline,
                    agreed: Some(Agreement {
                        with: t.agreed_with.clone(),
                        date: t.date.clone(),
                    }),
                };
                let scoring = Scoring::Linear {
                    target: t.target,
                    baseline,
                };
                (std::borrow::Cow::Owned(scoring), Some(used))
            }
            _ => {
                let used = match indicator.scoring {
                    Scoring::Linear { target, baseline } => Some(UsedTarget {
                        target,
                        baseline,
                        agreed: None,
                    }),
                    _ => None,
                };
                (std::borrow::Cow::Borrowed(&indicator.scoring), used)
            }
        }
    }
}

/// Where each `[[targets]]` entry's fields sit in `text`, in file order. A
/// second, lenient parse: it only looks at `targets`, so it reads a
/// démarche's `utilsoc.toml` as well as a file of targets alone.
fn spans(text: &str) -> Vec<EntrySpans> {
    #[derive(Deserialize)]
    struct Located {
        #[serde(default)]
        targets: Vec<EntrySpans>,
    }
    toml::from_str::<Located>(text)
        .map(|l| l.targets)
        .unwrap_or_default()
}

#[derive(Deserialize)]
struct EntrySpans {
    indicator: Option<toml::Spanned<toml::Value>>,
    target: Option<toml::Spanned<toml::Value>>,
    baseline: Option<toml::Spanned<toml::Value>>,
}

/// [`check`]'s problems as findings located in `text`, the file the
/// targets were read from (its `[[targets]]` tables, in order).
pub fn locate(grid: &Grid, text: &str, targets: &[AgreedTarget]) -> Vec<Finding> {
    let spans = spans(text);
    let span = |entry: usize, field: Field| {
        spans
            .get(entry)
            .and_then(|s| match field {
                Field::Indicator => s.indicator.as_ref(),
                Field::Target => s.target.as_ref(),
                Field::Baseline => s.baseline.as_ref().or(s.target.as_ref()),
            })
            .map_or(0..0, toml::Spanned::span)
    };
    let ids: Vec<&str> = grid.indicators().map(|(_, _, i)| i.id.as_str()).collect();
    check(grid, targets)
        .into_iter()
        .map(|p| {
            let mut finding = Finding::new(p.code, p.message)
                .at(span(p.entry, p.field), tr!("label-agreed-target"));
            if let Some(other) = p.other {
                finding = finding.also(
                    span(other, Field::Indicator),
                    tr!("label-agreed-target-first"),
                );
            }
            if p.code == Code::UnknownIndicator {
                finding = finding.suggest(&targets[p.entry].indicator, ids.iter().copied());
            }
            finding
        })
        .collect()
}

/// Reads a file of `[[targets]]` tables called `name` (`score --targets`),
/// and checks them against `grid`. The targets are returned only when no
/// error was found; the report lists every finding in source order.
pub fn read(name: &str, bytes: &[u8], grid: &Grid) -> (Option<Vec<AgreedTarget>>, FileReport) {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[serde(default)]
        targets: Vec<AgreedTarget>,
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut findings = Vec::new();
    let targets = match std::str::from_utf8(bytes) {
        Err(e) => {
            let at = e.valid_up_to();
            findings.push(
                Finding::new(
                    Code::NotUtf8,
                    tr!("not-utf8", byte = format!("0x{:02X}", bytes[at])),
                )
                .at(
                    at..at + char::REPLACEMENT_CHARACTER.len_utf8(),
                    tr!("label-not-utf8"),
                ),
            );
            None
        }
        Ok(text) => match toml::from_str::<File>(text) {
            Ok(file) => Some(file.targets),
            Err(e) => {
                findings.push(
                    Finding::new(
                        Code::TomlSyntax,
                        tr!("toml-syntax", detail = e.message().trim()),
                    )
                    .at(e.span().unwrap_or(0..0), tr!("label-toml-syntax")),
                );
                None
            }
        },
    };
    if let Some(targets) = &targets {
        findings.extend(locate(grid, &text, targets));
    }
    let mut report = FileReport {
        name: name.to_owned(),
        text,
        findings,
        unlisted: 0,
    };
    report.sort();
    let targets = targets.filter(|_| report.count(Severity::Error) == 0);
    (targets, report)
}
