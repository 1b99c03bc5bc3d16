//! Multiple-choice questions (SPEC "Real survey exports"): an indicator on a
//! boolean scale with `option` is yes when that option is ticked in the
//! question its id, aliases or question text name, and no otherwise (an
//! export cannot tell an empty answer from "nothing ticked").
//!
//! Tools write the ticks in two ways, both read here:
//! - one cell holding every ticked option, joined by `, ` (Google Forms), `;`
//!   (Microsoft Forms, with a trailing `;`), new lines, or spaces between
//!   codes (KoboToolbox XML values). Options may contain commas, so the cell
//!   is not split blindly: the options the grid knows for that column are
//!   matched greedily, longest first, at the start of each part;
//! - one column per option, headed `Question [Option]` (Google grids, two
//!   header rows once combined), `Question/Option` (Kobo, behind any
//!   `group/`) or `Q08[SQ003]` (LimeSurvey codes), ticked as the option's text
//!   or code, `X`, `Y`, `1`, `Oui`, `True`, unticked as empty, `0`, `N`,
//!   `Non`, `False`.

use std::sync::Arc;

use super::scale::{Mismatch, ScaleRules};
use crate::grid::Grid;
use crate::grid::model::Indicator;
use crate::score::Answer;
use crate::text::fold;
use crate::tr;

/// How a column holds an option's tick.
#[derive(Clone, Debug)]
enum Layout {
    /// The question's column: ticked options joined in one cell. Holds every
    /// option the grid knows for the column (folded label and code), longest
    /// first, for the greedy match, and which of them is this indicator's.
    Joined {
        known: Arc<Vec<(String, usize)>>,
        codes: Arc<Vec<(String, usize)>>,
        mine: usize,
    },
    /// A column of its own for the option.
    PerOption,
}

/// Reads the ticks of one option in one column.
#[derive(Clone, Debug)]
pub struct ChoiceReader {
    rules: ScaleRules,
    /// The option's folded label and codes, and its label as written.
    label: String,
    codes: Vec<String>,
    shown: String,
    layout: Layout,
    /// Raw cells already read: a question's cells repeat a handful of
    /// combinations of options over and over.
    cache: Vec<(Box<[u8]>, Read)>,
}

/// What a cell gives.
type Read = Result<Answer, Mismatch>;

/// Raw cells each reader remembers.
const CACHE_SIZE: usize = 64;

/// A column read for an option indicator.
#[derive(Clone, Debug)]
pub struct ChoiceColumn {
    pub column: usize,
    /// The indicator's rank in the grid.
    pub indicator: usize,
    pub reader: ChoiceReader,
}

/// The question names of an option indicator, folded: id (first), aliases
/// and question text in every language.
fn question_names(indicator: &Indicator) -> Vec<String> {
    let mut names = vec![fold(&indicator.id)];
    names.extend(indicator.aliases.iter().map(|a| fold(a)));
    if let Some(q) = &indicator.question {
        names.push(fold(&q.text));
        names.extend(q.translations.values().map(|t| fold(t)));
    }
    names.retain(|n| !n.is_empty());
    names
}

/// What a folded header says of a question: the header is the question
/// itself (`None`), or one of its options (`Some(option text)`).
fn header_option<'h>(header: &'h str, question: &str) -> Option<Option<&'h str>> {
    // Kobo writes `group/question/option`: the question may follow groups.
    let mut starts = vec![0];
    starts.extend(header.match_indices('/').map(|(i, _)| i + 1));
    for start in starts {
        let candidate = &header[start..];
        if candidate == question {
            return Some(None);
        }
        let Some(rest) = candidate.strip_prefix(question) else {
            continue;
        };
        let rest = rest.trim_start();
        if let Some(inner) = rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            return Some(Some(inner.trim()));
        }
        if let Some(inner) = rest.strip_prefix('/') {
            return Some(Some(inner.trim()));
        }
    }
    None
}

/// An option indicator, with its names folded.
struct OptionIndicator<'g> {
    /// Its rank in the grid.
    rank: usize,
    indicator: &'g Indicator,
    questions: Vec<String>,
    label: String,
    codes: Vec<String>,
}

fn folded_codes(codes: &[String]) -> Vec<String> {
    codes
        .iter()
        .map(|c| fold(c))
        .filter(|c| !c.is_empty())
        .collect()
}

/// The columns of `headers` that option indicators read, for the columns
/// not `taken` already. An indicator found in two columns is returned twice:
/// the caller refuses that like any duplicate column, except that a column
/// of its own wins over the question's joined cell (Kobo writes both).
///
/// Also returns every column recognised as a question or one of its
/// options, a superseded joined cell included: none of them is unknown.
pub fn choice_columns(
    headers: &[String],
    grid: &Grid,
    taken: &[bool],
) -> (Vec<ChoiceColumn>, Vec<usize>) {
    let options: Vec<OptionIndicator<'_>> = grid
        .indicators()
        .enumerate()
        .filter_map(|(rank, (_, _, i))| {
            let option = i.option.as_ref()?;
            Some(OptionIndicator {
                rank,
                indicator: i,
                questions: question_names(i),
                label: fold(&option.label),
                codes: folded_codes(&option.codes),
            })
        })
        .collect();
    if options.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut found = Vec::new();
    for (column, header) in headers.iter().enumerate() {
        if taken.get(column).copied().unwrap_or(false) {
            continue;
        }
        let header = fold(header);
        let mut joined: Vec<usize> = Vec::new();
        for (k, o) in options.iter().enumerate() {
            let said = o.questions.iter().find_map(|q| header_option(&header, q));
            match said {
                Some(None) => joined.push(k),
                Some(Some(text)) if text == o.label || o.codes.iter().any(|c| c == text) => {
                    found.push(ChoiceColumn {
                        column,
                        indicator: o.rank,
                        reader: ChoiceReader::new(grid, o.indicator, Layout::PerOption),
                    });
                }
                _ => {}
            }
        }
        if joined.is_empty() {
            continue;
        }
        // A column headed by one option indicator's own id, which names no
        // question of the others, is that indicator's column (a filled-in
        // template): read like a column of its own.
        if let [k] = joined[..] {
            let o = &options[k];
            if header == fold(&o.indicator.id) && o.questions.iter().skip(1).all(|q| *q != header) {
                found.push(ChoiceColumn {
                    column,
                    indicator: o.rank,
                    reader: ChoiceReader::new(grid, o.indicator, Layout::PerOption),
                });
                continue;
            }
        }
        let mut known: Vec<(String, usize)> = Vec::new();
        let mut codes: Vec<(String, usize)> = Vec::new();
        for (n, &k) in joined.iter().enumerate() {
            known.push((options[k].label.clone(), n));
            for code in &options[k].codes {
                known.push((code.clone(), n));
                codes.push((code.clone(), n));
            }
        }
        known.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
        let (known, codes) = (Arc::new(known), Arc::new(codes));
        for (mine, &k) in joined.iter().enumerate() {
            let layout = Layout::Joined {
                known: Arc::clone(&known),
                codes: Arc::clone(&codes),
                mine,
            };
            found.push(ChoiceColumn {
                column,
                indicator: options[k].rank,
                reader: ChoiceReader::new(grid, options[k].indicator, layout),
            });
        }
    }
    let own: Vec<usize> = found
        .iter()
        .filter(|c| matches!(c.reader.layout, Layout::PerOption))
        .map(|c| c.indicator)
        .collect();
    let mut recognised: Vec<usize> = found.iter().map(|c| c.column).collect();
    recognised.dedup();
    found.retain(|c| matches!(c.reader.layout, Layout::PerOption) || !own.contains(&c.indicator));
    (found, recognised)
}

/// Ticks that mean "ticked" in a column of its own, folded.
const TICKED: &[&str] = &["x", "y", "1", "oui", "true", "yes", "vrai", "o"];

impl ChoiceReader {
    fn new(grid: &Grid, indicator: &Indicator, layout: Layout) -> Self {
        let option = indicator.option.as_ref();
        ChoiceReader {
            rules: ScaleRules::new(grid, indicator),
            label: option.map(|o| fold(&o.label)).unwrap_or_default(),
            shown: option.map(|o| o.label.clone()).unwrap_or_default(),
            codes: option.map(|o| folded_codes(&o.codes)).unwrap_or_default(),
            layout,
            cache: Vec::new(),
        }
    }

    /// The answer a raw cell gives (UTF-8, else Windows-1252: the flag says
    /// the fallback was needed).
    pub fn read_bytes(&mut self, raw: &[u8]) -> (Read, bool) {
        if let Some((_, hit)) = self.cache.iter().find(|(r, _)| **r == *raw) {
            return (hit.clone(), false);
        }
        let (text, fallback) = super::cell::decode(raw);
        let read = self.read(&text);
        if self.cache.len() < CACHE_SIZE {
            self.cache.push((raw.into(), read.clone()));
        }
        (read, fallback)
    }

    /// The answer a cell gives: yes or no, N/A when the whole cell is an N/A
    /// token, "ne sait pas" when it says so on a scale that takes it.
    pub fn read(&self, cell: &str) -> Result<Answer, Mismatch> {
        let yes = Answer::Value(100.0);
        let no = Answer::Value(0.0);
        let folded = fold(cell);
        if folded.is_empty() {
            return Ok(no);
        }
        // A whole cell saying N/A, or "ne sait pas" where the scale takes it,
        // answers the question, not one option.
        if let Ok(answer @ (Answer::NotApplicable | Answer::DontKnow)) = self.rules.text(cell) {
            return Ok(answer);
        }
        match &self.layout {
            Layout::Joined { known, codes, mine } => Ok(if ticked(cell, known, codes, *mine) {
                yes
            } else {
                no
            }),
            Layout::PerOption => {
                if folded == self.label
                    || self.codes.contains(&folded)
                    || TICKED.contains(&folded.as_str())
                {
                    return Ok(yes);
                }
                match self.rules.text(cell) {
                    Ok(answer @ Answer::Value(_)) => Ok(answer),
                    _ => Err(Mismatch {
                        expected: tr!("expected-tick", option = self.shown.as_str()),
                    }),
                }
            }
        }
    }
}

/// Whether option `mine` is among the options ticked in a joined cell.
fn ticked(cell: &str, known: &[(String, usize)], codes: &[(String, usize)], mine: usize) -> bool {
    for raw_line in cell.lines() {
        let line = fold(raw_line);
        // Kobo joins codes (XML names) with spaces. A line of anything else
        // (accents, punctuation) is text, not codes: "Autre : faire du
        // bénévolat" does not tick `benevolat`.
        let codes_only = raw_line
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || "_-.".contains(c));
        if codes_only
            && line
                .split_whitespace()
                .any(|token| codes.iter().any(|(code, n)| *n == mine && code == token))
        {
            return true;
        }
        let mut rest = line.as_str();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ';');
            if rest.is_empty() {
                break;
            }
            let hit = known.iter().find(|(text, _)| {
                rest.strip_prefix(text.as_str()).is_some_and(|after| {
                    let after = after.trim_start();
                    after.is_empty() || after.starts_with([',', ';'])
                })
            });
            match hit {
                Some((_, n)) if *n == mine => return true,
                Some((text, _)) => rest = &rest[text.len()..],
                // Not an option the grid knows ("Autre : ..."): skip the part.
                None => rest = rest.find([',', ';']).map_or("", |i| &rest[i..]),
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(cell: &str, mine: usize) -> bool {
        let mut known: Vec<(String, usize)> = vec![
            (fold("Du bénévolat"), 0),
            (fold("Oui, souvent"), 1),
            (fold("Souvent"), 2),
            ("benevolat".into(), 0),
        ];
        known.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
        let codes = vec![("benevolat".into(), 0)];
        ticked(cell, &known, &codes, mine)
    }

    #[test]
    fn joined_cells_match_known_options_greedily() {
        assert!(joined("Du bénévolat, Souvent", 0));
        assert!(joined("Du bénévolat, Souvent", 2));
        assert!(!joined("Du bénévolat, Souvent", 1));
        // An option holding a comma is one option, not two.
        assert!(joined("Oui, souvent", 1));
        assert!(!joined("Oui, souvent", 2));
        assert!(joined("Autre : un peu de tout;Du bénévolat;", 0));
        assert!(joined("Souvent\nDu bénévolat", 0));
        assert!(joined("formation benevolat", 0));
        assert!(!joined("Autre : faire du bénévolat", 0));
        assert!(!joined("", 0));
    }

    #[test]
    fn headers_name_a_question_or_one_of_its_options() {
        assert_eq!(header_option("q08", "q08"), Some(None));
        assert_eq!(header_option("q08[sq003]", "q08"), Some(Some("sq003")));
        assert_eq!(
            header_option("participation/q8/benevolat", "q8"),
            Some(Some("benevolat"))
        );
        assert_eq!(header_option("participation/q8", "q8"), Some(None));
        assert_eq!(
            header_option(
                "comment participez-vous ? [du benevolat]",
                "comment participez-vous ?"
            ),
            Some(Some("du benevolat"))
        );
        assert_eq!(header_option("q080", "q08"), None);
    }
}
