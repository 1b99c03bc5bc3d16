//! Numbers as the tool writes them, in one place: one rounding rule and the few
//! forms a number takes. Scores are rounded half away from zero on their
//! shortest decimal form, so that 62.5 reads 63 in a table, on a chart and in
//! a report alike, and 1.005 gives 1.01 whatever its binary value. Tables and
//! charts show [`integer`]s; CSV and JSON carry [`machine`] decimals (a
//! decimal comma only where French Excel wants one); values quoted from a grid
//! file keep its notation ([`plain`]); prose and prompts follow the language
//! ([`local`]: `2,5` in French) and tie a unit with a no-break space
//! ([`with_unit`]). SVG coordinates are geometry nobody reads as a number, and
//! keep fixed decimals. Rust's `{:.0}` and `{:.2}` round ties to even on the
//! binary value, which is why no displayed number goes through them.

use crate::i18n::{Lang, lang};

/// `n` with `places` decimals, rounded half away from zero on its decimal
/// form, the shortest one that reads back as `n` (what `{}` prints): 3.125
/// gives 3.13 and 1.005 gives 1.01, in every output and on every run. The
/// one rounding rule of every output; non-finite values (never scores) print
/// as they are.
pub fn round(n: f64, places: usize) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let shortest = format!("{}", n.abs());
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut digits: Vec<u8> = int.bytes().collect();
    digits.extend(frac.bytes().chain(std::iter::repeat(b'0')).take(places));
    if frac.as_bytes().get(places).is_some_and(|&d| d >= b'5') {
        // Carry from the last kept digit up.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let zero = digits.iter().all(|&d| d == b'0');
    let mut out = String::with_capacity(digits.len() + 2);
    if n < 0.0 && !zero {
        out.push('-');
    }
    let point = digits.len() - places;
    out.extend(digits[..point].iter().map(|&d| char::from(d)));
    if places > 0 {
        out.push('.');
        out.extend(digits[point..].iter().map(|&d| char::from(d)));
    }
    out
}

/// `n` rounded to `places` decimals by [`round`], as a number again (for
/// JSON, and for arithmetic on what people see).
pub fn rounded(n: f64, places: usize) -> f64 {
    round(n, places).parse().unwrap_or(n)
}

/// A score as tables, charts and reports show it: an integer, halves away
/// from zero (62.5 → 63).
pub fn integer(n: f64) -> String {
    round(n, 0)
}

/// A score in a table: an [`integer`], or `—` when there is none (never 0,
/// which would be a score).
pub fn table_score(score: Option<f64>) -> String {
    score.map_or_else(|| "—".to_owned(), integer)
}

/// A number as machines read it (CSV, JSON, data attributes): at least one
/// decimal, at most two.
pub fn machine(n: f64) -> String {
    let text = round(n, 2);
    let text = text.trim_end_matches('0');
    if text.ends_with('.') {
        format!("{text}0")
    } else {
        text.to_owned()
    }
}

/// [`machine`] with a decimal comma, for French spreadsheets.
pub fn machine_comma(n: f64) -> String {
    machine(n).replace('.', ",")
}

/// A number as people write it in a grid file: a decimal point, no trailing
/// zeros, at most two decimals (`12`, `0.5`, `33.33`).
pub fn plain(n: f64) -> String {
    if n.abs() < 1e15 {
        let text = round(n, 2);
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        format!("{n}")
    }
}

/// [`plain`] in the way of `lang`: a decimal comma in French (`33,33`).
pub fn local_in(lang: Lang, n: f64) -> String {
    let text = plain(n);
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A number for people reading the current language (prompts, the report's
/// prose, sizes in messages).
pub fn local(n: f64) -> String {
    local_in(lang(), n)
}

/// A number and its unit, kept on one line (`45 %`, `12 jours`).
pub fn with_unit(number: &str, unit: &str) -> String {
    format!("{number}\u{a0}{unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rounding_rule_on_the_printed_decimal() {
        for (n, two, none) in [
            (3.125, "3.13", "3"),
            (1.005, "1.01", "1"),
            (2.675, "2.68", "3"),
            (62.5, "62.50", "63"),
            (62.45, "62.45", "62"),
            (63.5, "63.50", "64"),
            (0.5, "0.50", "1"),
            (99.995, "100.00", "100"),
            (0.0, "0.00", "0"),
            (-0.0, "0.00", "0"),
            (-0.001, "0.00", "0"),
            (-3.125, "-3.13", "-3"),
            (-0.5, "-0.50", "-1"),
            (9.999, "10.00", "10"),
            (100.0, "100.00", "100"),
            (1e21, "1000000000000000000000.00", "1000000000000000000000"),
            (0.004999, "0.00", "0"),
        ] {
            assert_eq!(round(n, 2), two, "{n}");
            assert_eq!(round(n, 0), none, "{n}");
        }
        assert_eq!(round(62.45, 1), "62.5");
        assert_eq!(round(62.449, 1), "62.4");
        assert_eq!(round(f64::NAN, 0), "NaN");
        assert_eq!(rounded(1.005, 2), 1.01);
        assert_eq!(rounded(62.5, 0), 63.0);
    }

    /// `{:.0}` gives 62 and `{:.2}` gives 62.12: what this module is for.
    #[test]
    fn ties_go_away_from_zero_where_std_goes_to_even() {
        assert_eq!(format!("{:.0}", 62.5), "62");
        assert_eq!(integer(62.5), "63");
        assert_eq!(format!("{:.2}", 62.125), "62.12");
        assert_eq!(machine(62.125), "62.13");
    }

    #[test]
    fn every_form() {
        assert_eq!(machine(3.125), "3.13");
        assert_eq!(machine(3.1), "3.1");
        assert_eq!(machine(100.0), "100.0");
        assert_eq!(machine(62.5), "62.5");
        assert_eq!(machine_comma(62.5), "62,5");
        assert_eq!(plain(12.0), "12");
        assert_eq!(plain(0.5), "0.5");
        assert_eq!(plain(100.0 / 3.0), "33.33");
        assert_eq!(plain(0.125), "0.13");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(2e15), "2000000000000000");
        assert_eq!(local_in(Lang::Fr, 100.0 / 3.0), "33,33");
        assert_eq!(local_in(Lang::En, 100.0 / 3.0), "33.33");
        assert_eq!(local_in(Lang::Fr, 2.0), "2");
        assert_eq!(with_unit("45", "%"), "45\u{a0}%");
        assert_eq!(table_score(Some(62.5)), "63");
        assert_eq!(table_score(None), "—");
    }
}
