//! Text folding for forgiving matches: level labels typed by people, header names
//! exported by survey tools, suggestions for typos.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Answers meaning "sans objet" (N/A), compared folded.
pub const NA_TOKENS: &[&str] = &[
    "n/a",
    "na",
    "sans objet",
    "so",
    "non applicable",
    "not applicable",
];

/// `s` trimmed, lowercased, without accents and with inner runs of whitespace
/// collapsed: "  Tout à  fait " and "tout a fait" fold to the same string.
///
/// ```
/// use utilsoc::text::fold;
/// assert_eq!(fold("  Tout à  fait "), "tout a fait");
/// assert_eq!(fold("Plutôt d’accord"), fold("plutot d'accord"));
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.trim().nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        // Word processors and forms turn ' into typographic apostrophes.
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' => '\'',
            other => other,
        };
        out.extend(c.to_lowercase());
    }
    out
}

/// Whether `s` is a slug: lowercase ASCII letters, digits, `-` and `_`, starting
/// with a letter or a digit.
///
/// ```
/// use utilsoc::text::is_slug;
/// assert!(is_slug("lien-social"));
/// assert!(!is_slug("Lien social"));
/// ```
pub fn is_slug(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A slug made from `s`, to suggest when an id is not one.
pub fn slugify(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_spaces() {
        assert_eq!(fold("  Tout à  fait "), "tout a fait");
        assert_eq!(fold("ÉGALITÉ"), "egalite");
        assert_eq!(fold("Cœur"), "cœur");
        assert_eq!(fold("Plutôt d\u{2019}accord"), fold("plutot d'accord"));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("lien-social"));
        assert!(is_slug("2e_cercle"));
        assert!(!is_slug("-lien"));
        assert!(!is_slug("Lien"));
        assert!(!is_slug("lien social"));
        assert!(!is_slug("égalité"));
        assert!(!is_slug(""));
        assert_eq!(slugify("Égalité des chances !"), "egalite-des-chances");
    }
}
