//! A table cell read for one indicator: decoded from bytes, then understood by
//! the scale's rules ([`super::scale`], shared with every other input).
//!
//! Reading cells is the hot path of batch scoring, so each column keeps a small
//! cache of the raw cells it has already understood: survey answers repeat a
//! handful of spellings millions of times.

use std::borrow::Cow;

pub use super::scale::Mismatch;
use super::scale::ScaleRules;
use crate::grid::Grid;
use crate::grid::model::Indicator;
use crate::score::Answer;

/// Decodes a cell: UTF-8, else Windows-1252 (as French Excel writes). The flag
/// says the fallback was needed.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text, true)
        }
    }
}

/// A parsed cell; the error is filled in by [`CellReader::read`].
type Parsed = Result<Answer, ()>;

/// A raw cell already understood. The length and first bytes, packed in one
/// word, rule out almost every non-matching entry without a byte comparison.
#[derive(Clone, Debug)]
struct Cached {
    prefix: u64,
    raw: Box<[u8]>,
    parsed: Parsed,
}

fn prefix(raw: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    let n = raw.len().min(7);
    word[..n].copy_from_slice(&raw[..n]);
    word[7] = raw.len().min(255) as u8;
    u64::from_le_bytes(word)
}

/// Reads the cells of one indicator.
#[derive(Clone, Debug)]
pub struct CellReader {
    rules: ScaleRules,
    cache: Vec<Cached>,
    /// Whether a cell needed the Windows-1252 fallback.
    pub saw_windows_1252: bool,
}

const CACHE_SIZE: usize = 32;

impl CellReader {
    pub fn new(grid: &Grid, indicator: &Indicator) -> Self {
        CellReader {
            rules: ScaleRules::new(grid, indicator),
            cache: Vec::new(),
            saw_windows_1252: false,
        }
    }

    /// The answer a raw cell gives.
    pub fn read(&mut self, raw: &[u8]) -> Result<Answer, Mismatch> {
        if self.rules.is_number() {
            // Numbers rarely repeat: parse them straight away.
            return self.parse(raw).map_err(|()| self.mismatch());
        }
        let key = prefix(raw);
        if let Some(hit) = self
            .cache
            .iter()
            .find(|c| c.prefix == key && (raw.len() <= 7 || *c.raw == *raw))
        {
            return hit.parsed.map_err(|()| self.mismatch());
        }
        let parsed = self.parse(raw);
        if self.cache.len() < CACHE_SIZE {
            self.cache.push(Cached {
                prefix: key,
                raw: raw.into(),
                parsed,
            });
        }
        parsed.map_err(|()| self.mismatch())
    }

    fn mismatch(&self) -> Mismatch {
        self.rules.mismatch()
    }

    fn parse(&mut self, raw: &[u8]) -> Parsed {
        let raw = trim(raw);
        if raw.is_empty() {
            return Ok(Answer::Missing);
        }
        if self.rules.is_number()
            && let Some(n) = fast_number(raw)
        {
            return self.rules.number(n);
        }
        let (text, fallback) = decode(raw);
        self.saw_windows_1252 |= fallback;
        self.rules.text(&text)
    }
}

fn trim(raw: &[u8]) -> &[u8] {
    let start = raw
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(raw.len());
    let end = raw
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &raw[start..end]
}

/// Plain decimal numbers (`12`, `-3.5`, `12,5`), the overwhelming case, without
/// going through text decoding.
fn fast_number(raw: &[u8]) -> Option<f64> {
    if raw.len() > 32
        || !raw
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b','))
    {
        return None;
    }
    let mut buf = [0u8; 32];
    let buf = &mut buf[..raw.len()];
    for (d, s) in buf.iter_mut().zip(raw) {
        *d = if *s == b',' { b'.' } else { *s };
    }
    let n: f64 = std::str::from_utf8(buf).ok()?.parse().ok()?;
    n.is_finite().then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::builtin;
    use crate::grid::model::ScaleKind;
    use crate::text::fold;

    fn reader(id: &str) -> CellReader {
        let grid = builtin::find("utilite-sociale").unwrap().grid().unwrap();
        let (_, _, indicator) = grid.indicators().find(|(_, _, i)| i.id == id).unwrap();
        CellReader::new(&grid, indicator)
    }

    fn first_of(kind: &str) -> String {
        let grid = builtin::find("utilite-sociale").unwrap().grid().unwrap();
        grid.indicators()
            .find(|(_, _, i)| grid.scale(i).kind.name() == kind)
            .map(|(_, _, i)| i.id.clone())
            .unwrap()
    }

    #[test]
    fn three_states_and_tokens() {
        let mut r = reader(&first_of("boolean"));
        for cell in ["", "  "] {
            assert_eq!(r.read(cell.as_bytes()), Ok(Answer::Missing));
        }
        for cell in [
            "N/A",
            "na",
            "Sans objet",
            "SO",
            " non applicable ",
            "Not applicable",
        ] {
            assert_eq!(r.read(cell.as_bytes()), Ok(Answer::NotApplicable), "{cell}");
        }
        for cell in ["oui", "Yes", "O", "y", "VRAI", "true", "1"] {
            assert_eq!(r.read(cell.as_bytes()), Ok(Answer::Value(100.0)), "{cell}");
        }
        for cell in ["non", "No", "n", "faux", "False", "0"] {
            assert_eq!(r.read(cell.as_bytes()), Ok(Answer::Value(0.0)), "{cell}");
        }
        assert!(r.read(b"peut-etre").is_err());
    }

    #[test]
    fn numbers_take_decimal_commas_and_bounds() {
        let grid = builtin::find("utilite-sociale").unwrap().grid().unwrap();
        let (_, _, indicator) = grid
            .indicators()
            .find(|(_, _, i)| matches!(&grid.scale(i).kind, ScaleKind::Number(n) if n.min == Some(0.0) && n.max == Some(100.0)))
            .unwrap();
        let mut r = CellReader::new(&grid, indicator);
        assert_eq!(r.read(b"12,5"), Ok(Answer::Value(12.5)));
        assert_eq!(r.read(b" 0 "), Ok(Answer::Value(0.0)), "zero is a value");
        assert_eq!(r.read("45 %".as_bytes()), Ok(Answer::Value(45.0)));
        assert!(r.read(b"101").is_err());
        assert!(r.read(b"beaucoup").is_err());
        let err = r.read(b"-1").unwrap_err();
        assert!(err.expected.contains("100"), "{}", err.expected);
    }

    #[test]
    fn levels_match_ids_and_labels_loosely() {
        let grid = builtin::find("utilite-sociale").unwrap().grid().unwrap();
        let (_, _, indicator) = grid
            .indicators()
            .find(|(_, _, i)| matches!(&grid.scale(i).kind, ScaleKind::Levels(_)))
            .unwrap();
        let ScaleKind::Levels(levels) = &grid.scale(indicator).kind else {
            unreachable!()
        };
        let mut r = CellReader::new(&grid, indicator);
        let last = levels.last().unwrap();
        let shouted = format!("  {}  ", last.label.text.to_uppercase());
        assert_eq!(r.read(shouted.as_bytes()), Ok(Answer::Value(last.score)));
        assert_eq!(r.read(last.id.as_bytes()), Ok(Answer::Value(last.score)));
        let unaccented = fold(&last.label.text);
        assert_eq!(r.read(unaccented.as_bytes()), Ok(Answer::Value(last.score)));
        let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(&last.label.text);
        assert_eq!(r.read(&latin1), Ok(Answer::Value(last.score)));
    }
}
