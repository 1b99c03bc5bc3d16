//! Targets agreed with a funder or a partner for an action or a period
//! (`[[targets]]` of a démarche's `utilsoc.toml`): they take precedence over
//! the grid's, for the actions and periods they name only.

use serde::{Deserialize, Serialize};

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
