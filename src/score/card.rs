//! Scorecards: the result of scoring one group (an action in a period, and a
//! role when roles are split), node by node, with coverage.

/// Whose answers a group holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Series {
    /// The action's scores: every individual response and the structure's
    /// figures (rows and files without a role), roles pooled.
    All,
    /// One role's responses (`--by role`); `role` holds its id.
    Role,
    /// A collective autoévaluation (`kind = "collective"`): a group's
    /// consensual answers, never averaged in with questionnaires. `role`
    /// holds the role the group speaks as, when split by role and given.
    Collective,
}

impl Series {
    pub fn as_str(self) -> &'static str {
        match self {
            Series::All => "all",
            Series::Role => "role",
            Series::Collective => "collective",
        }
    }
}

/// Who gave the answers of one row or file, as readers tell the tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Respondent<'a> {
    /// No role: the structure's own figures. They count in the action's
    /// scores, never as a role.
    Structure,
    /// A person of this role (an id of the grid's roles, or a free-text role
    /// when the grid has none).
    Role(&'a str),
    /// A collective autoévaluation, speaking as a role or not.
    Collective(Option<&'a str>),
}

/// What a group is: one action in one period, and a series (the whole
/// action, one role, or a collective evaluation). Groups order by action,
/// then period in time (see [`crate::period`]), then series, then role.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct GroupKey {
    pub action: String,
    pub period: Option<String>,
    pub series: Series,
    pub role: Option<String>,
}

impl Ord for GroupKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.action
            .cmp(&other.action)
            .then_with(|| {
                crate::period::compare_options(self.period.as_deref(), other.period.as_deref())
            })
            .then_with(|| self.series.cmp(&other.series))
            .then_with(|| self.role.cmp(&other.role))
    }
}

impl PartialOrd for GroupKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The score of a node and its coverage: `scored` indicators out of the
/// `scorable` ones (scored indicators that are not N/A) below it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NodeScore {
    /// `None` when no indicator below is scored: never 0.
    pub score: Option<f64>,
    pub scored: usize,
    pub scorable: usize,
    /// How many responses the score rests on: for an indicator, its
    /// responses with a value (0 for a figure only the structure gave); for
    /// a criterion, domain or overall, the most of its scored indicators'.
    pub responses: u64,
    /// Set by [`Guards`](super::Guards): why the score rests on too little.
    pub flag: Flag,
}

/// Why a score is flagged by the guards (`--min-responses`, `--min-coverage`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flag {
    pub low_responses: bool,
    pub low_coverage: bool,
}

impl Flag {
    pub fn any(self) -> bool {
        self.low_responses || self.low_coverage
    }

    /// The `flag` column: `low-responses`, `low-coverage`, both separated
    /// by a space, or empty.
    pub fn as_str(self) -> &'static str {
        match (self.low_responses, self.low_coverage) {
            (false, false) => "",
            (true, false) => "low-responses",
            (false, true) => "low-coverage",
            (true, true) => "low-responses low-coverage",
        }
    }
}

/// The state of an indicator in a group.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Status {
    /// At least one response has a value.
    Scored,
    /// No value, and at least one response says N/A.
    NotApplicable,
    /// Neither a value nor N/A.
    Missing,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Scored => "scored",
            Status::NotApplicable => "n/a",
            Status::Missing => "missing",
        }
    }
}

/// An indicator in a group.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorResult {
    pub node: NodeScore,
    /// Whether it has a value, is N/A or is missing (for text and descriptive
    /// indicators: whether anybody answered).
    pub status: Status,
    /// For numbers: the aggregated raw value (scored or descriptive).
    pub value: Option<f64>,
    /// Responses with a value, N/A responses, missing responses, "ne sait
    /// pas" responses.
    pub values: u64,
    pub not_applicable: u64,
    pub missing: u64,
    pub dont_know: u64,
    /// Levels and booleans: responses per level in the scale's order (for a
    /// boolean: no, then yes); empty for other scales.
    pub distribution: Vec<u64>,
    /// Levels and booleans: the share (0-100) of responses with a value
    /// whose score is above 50; `None` without such responses.
    pub favourable: Option<f64>,
    /// Numbers scored against a target: the target and baseline used in
    /// this group, and whether they were agreed or the grid's.
    pub target: Option<super::targets::UsedTarget>,
}

/// Kinds of nodes in a grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKind {
    Overall,
    Domain,
    Criterion,
    Indicator,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Overall => "overall",
            NodeKind::Domain => "domain",
            NodeKind::Criterion => "criterion",
            NodeKind::Indicator => "indicator",
        }
    }
}

/// The result of scoring one group. Vectors follow the grid's order: domains,
/// criteria (all domains' criteria in a row) and indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct Scorecard {
    pub key: GroupKey,
    /// Rows of data that went into the group (respondents in wide data).
    pub responses: u64,
    /// Only when the grid asks for an overall score.
    pub overall: Option<NodeScore>,
    pub domains: Vec<NodeScore>,
    pub criteria: Vec<NodeScore>,
    pub indicators: Vec<IndicatorResult>,
    /// Qualitative answers and comments, when the tally kept them.
    pub texts: Vec<Verbatim>,
}

/// A qualitative answer (a text indicator's answer) or a comment. They sort
/// by indicator, then where they were read: reports quote them in that order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Verbatim {
    /// The indicator it is about; `None` for a comment on a whole response.
    pub indicator: Option<usize>,
    /// The input it was read from, by rank (set by the tally).
    pub source: u32,
    /// Its line in that input (0 for an evaluation file: one response).
    pub line: u64,
    /// A comment rather than an answer.
    pub comment: bool,
    pub text: String,
}

impl Scorecard {
    /// The score of a node by kind and index.
    pub fn node(&self, kind: NodeKind, index: usize) -> Option<&NodeScore> {
        match kind {
            NodeKind::Overall => self.overall.as_ref(),
            NodeKind::Domain => self.domains.get(index),
            NodeKind::Criterion => self.criteria.get(index),
            NodeKind::Indicator => self.indicators.get(index).map(|i| &i.node),
        }
    }
}

/// Where roles see a node differently: the spread (max − min) of the roles'
/// scores for one node of one action and period, computed on the indicators
/// that at least two roles answered only.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    pub action: String,
    pub period: Option<String>,
    pub kind: NodeKind,
    pub index: usize,
    pub spread: f64,
    /// The roles that scored the node on shared indicators, in role order.
    pub roles: Vec<RoleScore>,
}

/// One role's side of a divergence.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleScore {
    /// The role's id (or its label once [`crate::cmd`] shows labels).
    pub role: String,
    /// Its score on the shared indicators.
    pub score: f64,
    /// Its responses behind that score (as [`NodeScore::responses`]).
    pub responses: u64,
    /// The shared indicators it scored.
    pub shared: usize,
}
