//! Text folding for forgiving matches (level labels typed by people, header names
//! exported by survey tools, suggestions for typos), and the neutralising of
//! hostile text on its way out: control characters, terminal escapes and bidi
//! overrides in data must never reach a terminal, an SVG or a page as such, and
//! spreadsheet cells must never start a formula.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Answers meaning "sans objet" (N/A), folded as they are compared: "non
/// concerné·e" and its spellings are how French questionnaires say it.
pub const NA_TOKENS: &[&str] = &[
    "n/a",
    "na",
    "sans objet",
    "so",
    "non applicable",
    "not applicable",
    "non concerne",
    "non concernee",
    "non concerne·e",
    "non concerne(e)",
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

/// `s` folded as headers are matched: [`fold`], and punctuation counted as a
/// space, so that `Q3. Démarches seul`, `q3 demarches seul` and `_uuid` /
/// `uuid` meet. Survey tools add or drop punctuation around question texts.
///
/// ```
/// use utilsoc::text::fold_header;
/// assert_eq!(fold_header("Quand je viens, je suis bien accueilli·e ?"),
///            fold_header("quand je viens je suis bien accueilli-e?"));
/// assert_eq!(fold_header("__version__"), "version");
/// ```
pub fn fold_header(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    let mut pending_space = false;
    for c in folded.chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
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

/// Whether `c` is a character no output of ours shows as such: C0 and C1
/// controls (ESC starts terminal escape sequences, most are not allowed in
/// XML), DEL, the bidi embeddings, overrides and isolates that reorder the
/// text around them (U+202A–U+202E, U+2066–U+2069), and the noncharacters
/// U+FFFE and U+FFFF (not allowed in XML). Tab, line feed and carriage return
/// are not in the set: callers decide what they mean.
fn is_hostile(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}'
        | '\u{b}'..='\u{c}'
        | '\u{e}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{fffe}'
        | '\u{ffff}')
}

fn needs_cleaning(c: char) -> bool {
    is_hostile(c) || matches!(c, '\t' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `s` safe to show anywhere: control characters (ESC, which starts terminal
/// sequences, C1 controls, noncharacters) replaced by U+FFFD `�`, bidi
/// overrides removed, tabs turned into spaces, and every line break (CR LF,
/// CR, U+2028, U+2029) made one `\n`.
/// Borrows when there is nothing to change, which is almost always.
///
/// ```
/// use utilsoc::text::clean;
/// assert_eq!(clean("\u{1b}[31mrouge\u{1b}[0m"), "\u{fffd}[31mrouge\u{fffd}[0m");
/// assert_eq!(clean("abc\u{202e}def"), "abcdef");
/// assert_eq!(clean("a\tb\r\nc"), "a b\nc");
/// ```
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            // Invisible formatting: dropping it loses nothing one can see.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            // A control in data is a sign of trouble: show that something
            // was there, so that "2025" and "2025\u{7}" do not look alike.
            c if is_hostile(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`clean`], on one line: line breaks become spaces. For table cells,
/// headings, chart labels, anything a line break would tear apart.
///
/// ```
/// use utilsoc::text::clean_line;
/// assert_eq!(clean_line("Fête\n# titre"), "Fête # titre");
/// ```
pub fn clean_line(s: &str) -> Cow<'_, str> {
    match clean(s) {
        Cow::Borrowed(b) if !b.contains('\n') => Cow::Borrowed(b),
        other => Cow::Owned(other.replace('\n', " ")),
    }
}

/// `s` with each hostile character (see [`clean`]) replaced by as many `?`
/// as it has bytes, so that byte offsets into it stay valid: for source
/// excerpts, whose findings point into the text by byte spans. Tabs and line
/// ends are kept; the excerpt printer lays them out.
pub fn mask(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hostile) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_hostile(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `s` reads as a plain number, with a `.` or `,` decimal separator
/// and an optional sign and exponent: `-3,5`, `+2`, `1.5e3`. Not `inf` nor
/// `NaN`, not a phone number with spaces.
fn is_plain_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = match mantissa.find(['.', ',']) {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    (!int.is_empty() || !frac.is_empty())
        && digits(int)
        && digits(frac)
        && exponent.is_none_or(|e| {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && digits(e)
        })
}

/// A cell for a CSV meant for a spreadsheet: one starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return would be run as a formula (`=HYPERLINK(…)`
/// sending data away), so it gets a leading `'`, which spreadsheets show as
/// text, as OWASP advises. Cells that read as numbers (`-3,5`) are kept.
///
/// ```
/// use utilsoc::text::spreadsheet_cell;
/// assert_eq!(spreadsheet_cell("=1+1"), "'=1+1");
/// assert_eq!(spreadsheet_cell("-3,5"), "-3,5");
/// assert_eq!(spreadsheet_cell("Fête"), "Fête");
/// ```
pub fn spreadsheet_cell(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') if !is_plain_number(s) => {
            Cow::Owned(format!("'{s}"))
        }
        _ => Cow::Borrowed(s),
    }
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

    #[test]
    fn cleaning_removes_controls_and_bidi_overrides() {
        assert_eq!(clean("plain"), "plain");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
        assert_eq!(clean("a\u{0}b\u{7}c\u{7f}d\u{9b}e"), "a�b�c�d�e");
        assert_eq!(clean("\u{1b}]8;;http://x\u{7}lien"), "�]8;;http://x�lien");
        for c in ['\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}'] {
            assert_eq!(clean(&format!("x{c}y")), "xy");
        }
        for c in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
            assert_eq!(clean(&format!("x{c}y")), "xy");
        }
        // Right-to-left marks and scripts stay.
        assert_eq!(clean("שלום\u{200f}"), "שלום\u{200f}");
        assert_eq!(clean("a\r\nb\rc\u{2028}d"), "a\nb\nc\nd");
        assert_eq!(clean("\u{fffe}\u{ffff}ok"), "��ok");
        assert_eq!(clean_line("a\r\nb\tc"), "a b c");
    }

    #[test]
    fn masking_keeps_byte_offsets() {
        let s = "é\u{1b}[1m\u{202e}x\u{85}\ty";
        let masked = mask(s);
        assert_eq!(masked.len(), s.len());
        assert_eq!(masked, "é?[1m???x??\ty");
    }

    #[test]
    fn spreadsheet_cells_never_start_a_formula() {
        for hostile in [
            "=HYPERLINK(\"http://x\";\"clic\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "+33 6 12 34 56 78",
            "-inf",
            "-",
            "+",
        ] {
            assert_eq!(spreadsheet_cell(hostile), format!("'{hostile}"));
        }
        for kept in [
            "-3,5", "-3.5", "+2", "-0", "1e3", "-1.5E-3", "", "Fête", "a=b", "'=x",
        ] {
            assert_eq!(spreadsheet_cell(kept), kept);
        }
    }
}
