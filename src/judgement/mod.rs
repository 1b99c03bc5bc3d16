//! The group's judgement (`utilsoc judge`): for each action and criterion,
//! after seeing the figures, the appreciation the group came to (atteint, en
//! partie, pas atteint, ne peut pas dire), the argument and recommendations;
//! then an action plan (what, who, by when). One TOML file per démarche,
//! saved after every answer like an evaluation file, read by `report`.
//!
//! Nothing here touches the file system: callers read and write the text.

pub mod check;

use serde::{Deserialize, Serialize};

use crate::evaluation::GridStamp;
use crate::grid::Grid;

/// The judgement file format this version writes and reads.
pub const FORMAT: u32 = 1;

/// Judgement files larger than this are refused unread: a year of a group's
/// arguments on every criterion of every action stays far below.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The group's appreciation of a criterion for an action. Written in
/// English like the rest of the file's keys; the French words are read too,
/// since people edit these files by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Atteint.
    #[serde(alias = "atteint")]
    Met,
    /// En partie.
    #[serde(alias = "en_partie", alias = "en-partie")]
    Partly,
    /// Pas atteint.
    #[serde(alias = "pas_atteint", alias = "pas-atteint")]
    NotMet,
    /// Ne peut pas dire: the figures do not allow a judgement.
    #[serde(alias = "ne_peut_pas_dire", alias = "ne-peut-pas-dire")]
    CannotSay,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Met,
        Verdict::Partly,
        Verdict::NotMet,
        Verdict::CannotSay,
    ];

    /// The id written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Partly => "partly",
            Verdict::NotMet => "not_met",
            Verdict::CannotSay => "cannot_say",
        }
    }

    /// The words the user reads (« atteint », "met"...).
    pub fn label(self) -> String {
        match self {
            Verdict::Met => crate::tr!("judgement-verdict-met"),
            Verdict::Partly => crate::tr!("judgement-verdict-partly"),
            Verdict::NotMet => crate::tr!("judgement-verdict-not-met"),
            Verdict::CannotSay => crate::tr!("judgement-verdict-cannot-say"),
        }
    }
}

/// What the group saw when it judged, so that the report can tell when the
/// figures changed since (more questionnaires came in).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seen {
    /// The criterion's score (0–100), when it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Indicators scored out of those that could be.
    #[serde(default)]
    pub scored: usize,
    #[serde(default)]
    pub scorable: usize,
    /// Respondents behind it.
    #[serde(default)]
    pub responses: u64,
}

/// One criterion of one action (and period), judged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appreciation {
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The criterion's id in the grid.
    pub criterion: String,
    /// `None` while the group has not decided (the entry holds notes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub argument: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendations: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen: Option<Seen>,
}

/// One step of the action plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What will be done.
    pub what: String,
    /// Who carries it (a person, a team, a partner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// By when, as the group says it (`2027-03`, « avant l'été »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// The action it concerns; `None` for the whole structure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The criterion it answers, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<String>,
}

/// A whole judgement file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgement {
    pub format: u32,
    pub grid: GridStamp,
    /// Who judged, as the group wants it written (« bureau + 3 habitants »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<String>,
    /// The day the judgement started (YYYY-MM-DD).
    pub date: String,
    /// When it was last saved (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appreciations: Vec<Appreciation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<Step>,
}

impl Judgement {
    pub fn new(grid: &Grid, date: String) -> Self {
        Judgement {
            format: FORMAT,
            grid: crate::evaluation::stamp(grid),
            participants: None,
            date,
            updated: None,
            appreciations: Vec::new(),
            plan: Vec::new(),
        }
    }

    /// The appreciation of `criterion` for `action` and `period`, if any.
    pub fn appreciation(
        &self,
        action: &str,
        period: Option<&str>,
        criterion: &str,
    ) -> Option<&Appreciation> {
        self.appreciations.iter().find(|a| {
            a.action == action && a.period.as_deref() == period && a.criterion == criterion
        })
    }

    /// Replaces (or adds) the appreciation of its action, period and
    /// criterion. A new one goes after its action's others, and a new action
    /// after the last: the file reads in the order the group judged.
    pub fn set(&mut self, appreciation: Appreciation) {
        let same = |a: &Appreciation| {
            a.action == appreciation.action
                && a.period == appreciation.period
                && a.criterion == appreciation.criterion
        };
        if let Some(existing) = self.appreciations.iter_mut().find(|a| same(a)) {
            *existing = appreciation;
            return;
        }
        let after = self
            .appreciations
            .iter()
            .rposition(|a| a.action == appreciation.action && a.period == appreciation.period)
            .map_or(self.appreciations.len(), |i| i + 1);
        self.appreciations.insert(after, appreciation);
    }

    /// The file's text, with a header saying what it is.
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        let body = toml::to_string(self)?;
        let header: String = crate::tr!("judgement-header")
            .lines()
            .map(|l| format!("# {l}\n"))
            .collect();
        Ok(format!("{header}\n{body}"))
    }

    /// Reads a judgement file's text; on failure, the line (1-based, 0 when
    /// unknown) and what is wrong.
    pub fn parse(text: &str) -> Result<Judgement, (u64, String)> {
        toml::from_str::<Judgement>(text).map_err(|e| {
            let line = e.span().map_or(0, |s| {
                text[..s.start.min(text.len())].matches('\n').count() as u64 + 1
            });
            (line, e.message().trim().to_owned())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        crate::grid::builtin::find("centres-sociaux")
            .unwrap()
            .grid()
            .unwrap()
    }

    #[test]
    fn round_trips_and_reads_french_verdicts() {
        let mut j = Judgement::new(&grid(), "2026-11-29".into());
        j.set(Appreciation {
            action: "Atelier cuisine".into(),
            criterion: "c1".into(),
            verdict: Some(Verdict::Partly),
            argument: Some("« peu de réponses »".into()),
            ..Default::default()
        });
        j.plan.push(Step {
            what: "Relancer les familles".into(),
            who: Some("Awa".into()),
            when: Some("2027-03".into()),
            ..Default::default()
        });
        let text = j.to_toml().unwrap();
        assert!(text.contains("verdict = \"partly\""), "{text}");
        assert_eq!(Judgement::parse(&text).unwrap(), j);
        let french = text.replace("\"partly\"", "\"en_partie\"");
        assert_eq!(Judgement::parse(&french).unwrap(), j);
    }

    #[test]
    fn set_replaces_and_keeps_each_action_together() {
        let mut j = Judgement::new(&grid(), "2026-11-29".into());
        let a = |action: &str, criterion: &str, verdict| Appreciation {
            action: action.into(),
            criterion: criterion.into(),
            verdict: Some(verdict),
            ..Default::default()
        };
        j.set(a("A", "c1", Verdict::Met));
        j.set(a("B", "c1", Verdict::Met));
        j.set(a("A", "c2", Verdict::NotMet));
        j.set(a("A", "c1", Verdict::CannotSay));
        let order: Vec<_> = j
            .appreciations
            .iter()
            .map(|a| (a.action.as_str(), a.criterion.as_str(), a.verdict.unwrap()))
            .collect();
        assert_eq!(
            order,
            [
                ("A", "c1", Verdict::CannotSay),
                ("A", "c2", Verdict::NotMet),
                ("B", "c1", Verdict::Met)
            ]
        );
    }

    #[test]
    fn an_unknown_verdict_is_located() {
        let text = "format = 1\ndate = \"2026-11-29\"\n[grid]\nid = \"g\"\nversion = \"1\"\nhash = \"h\"\n\n[[appreciations]]\naction = \"A\"\ncriterion = \"c\"\nverdict = \"bof\"\n";
        let (line, detail) = Judgement::parse(text).unwrap_err();
        assert_eq!(line, 11);
        assert!(detail.contains("bof"), "{detail}");
    }
}
