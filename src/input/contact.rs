//! Text answers that look like someone's contact details: an e-mail address or a
//! French phone number. Verbatims and comments end up quoted in reports, and a
//! respondent's address or number in them identifies a person (worse, in a
//! socio-judicial service, a person under a judicial measure). `check --grid`
//! warns, so the text is pseudonymised before it is committed or shared.
//!
//! Only text is looked at: a number-scale answer such as `0612345678` is a
//! count, never read here. The patterns are deliberately narrow (a whole address,
//! a whole ten-digit number) so that dates, amounts and years stay quiet.

/// What a text looks like it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contact {
    Email,
    Phone,
}

impl Contact {
    /// The message id part naming the kind, for the finding's message.
    pub fn as_str(self) -> &'static str {
        match self {
            Contact::Email => "email",
            Contact::Phone => "phone",
        }
    }
}

/// The first contact detail `text` seems to hold, e-mail addresses first.
pub fn find(text: &str) -> Option<Contact> {
    if has_email(text) {
        Some(Contact::Email)
    } else if has_phone(text) {
        Some(Contact::Phone)
    } else {
        None
    }
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_domain_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// `name@domain.tld`: a non-empty local part, a domain with a dot, and a top
/// level of at least two letters ("@ 10 h" or "rdv@mairie" are not addresses).
fn has_email(text: &str) -> bool {
    text.match_indices('@').any(|(at, _)| {
        let local = text[..at].chars().rev().take_while(|&c| is_local_char(c));
        if local.count() == 0 {
            return false;
        }
        let domain: String = text[at + 1..]
            .chars()
            .take_while(|&c| is_domain_char(c))
            .collect();
        let domain = domain.trim_end_matches(['.', '-']);
        match domain.rsplit_once('.') {
            Some((host, tld)) => {
                !host.is_empty() && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
            }
            None => false,
        }
    })
}

/// Separators people put inside a phone number: spaces (breaking or not), dots,
/// dashes.
fn is_phone_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '.' | '-')
}

/// A French number: `06 12 34 56 78`, `06.12.34.56.78`, `0612345678`,
/// `+33 6 12 34 56 78`, `+33 (0)6 12 34 56 78` or `0033 6 12 34 56 78`. The
/// digits are read in runs joined by single separators; a run is a number when
/// its digits are exactly a national number (0 then a digit 1 to 9 then eight
/// more) or the international form of one.
fn has_phone(text: &str) -> bool {
    let text = text.replace("(0)", "");
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_run = chars[i].is_ascii_digit() || (chars[i] == '+' && next_is_digit(&chars, i));
        let glued = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '+');
        if !starts_run || glued {
            i += 1;
            continue;
        }
        let plus = chars[i] == '+';
        let mut digits = String::new();
        let mut j = if plus { i + 1 } else { i };
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                digits.push(chars[j]);
                j += 1;
            } else if is_phone_separator(chars[j]) && next_is_digit(&chars, j) {
                j += 1;
            } else {
                break;
            }
        }
        let followed_by_word = chars.get(j).is_some_and(|c| c.is_alphanumeric());
        if !followed_by_word && is_french_number(plus, &digits) {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

fn next_is_digit(chars: &[char], i: usize) -> bool {
    chars.get(i + 1).is_some_and(char::is_ascii_digit)
}

fn is_french_number(plus: bool, digits: &str) -> bool {
    let national = |rest: &str| {
        rest.len() == 9 && rest.as_bytes()[0] != b'0' && rest.bytes().all(|b| b.is_ascii_digit())
    };
    if plus {
        digits.strip_prefix("33").is_some_and(national)
    } else if let Some(rest) = digits.strip_prefix("0033") {
        national(rest)
    } else {
        digits.strip_prefix('0').is_some_and(national)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_found_inside_sentences() {
        for text in [
            "awa.diallo@example.org",
            "Écrivez-moi : prenom-nom+asso@mail.example.fr.",
            "contact (jean_2@asso-quartier.fr)",
        ] {
            assert_eq!(find(text), Some(Contact::Email), "{text}");
        }
    }

    #[test]
    fn at_signs_that_are_not_addresses_stay_quiet() {
        for text in [
            "rendez-vous @ 10 h",
            "rdv@mairie",
            "@twitter",
            "a@b.c",
            "@asso.fr",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    #[test]
    fn french_phone_numbers_in_their_usual_spellings() {
        for text in [
            "06 12 34 56 78",
            "Appelez-moi au 06.12.34.56.78 le soir",
            "0612345678",
            "01-45-67-89-10",
            "+33 6 12 34 56 78",
            "+33612345678",
            "+33 (0)6 12 34 56 78",
            "0033 6 12 34 56 78",
            "tél. 06\u{a0}12\u{a0}34\u{a0}56\u{a0}78.",
        ] {
            assert_eq!(find(text), Some(Contact::Phone), "{text}");
        }
    }

    #[test]
    fn dates_amounts_and_counts_are_not_phone_numbers() {
        for text in [
            "12",
            "1 234 567 890 €",
            "entre 2023 et 2024",
            "le 01.02.2023",
            "0612345678901",
            "00 12 34 56 78",
            "ref06123456789",
            "2023 - 06 12 34 56",
            "J'ai 3 enfants, de 6, 12 et 14 ans.",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }
}
