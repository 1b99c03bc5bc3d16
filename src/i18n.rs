//! User-facing text in French and English.
//!
//! Every message a user reads comes from the Fluent catalogs in `locales/`, embedded
//! in the binary. The language is chosen once at start-up (`--lang`, else the
//! locale variables) and read by [`message`] from anywhere, so that the core can
//! phrase findings without carrying a context around. Unicode isolation marks are
//! turned off: they would break the column widths of terminal tables.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::langid;

/// A language the catalogs are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    /// The ISO 639-1 code, as used in `label_en` style grid keys.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The other language, which a message missing from this one's catalog
    /// falls back to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    /// French when the locale says French, English otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    /// The language the POSIX locale variables ask for (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; the first one set and non-empty wins), else
    /// the system's: Windows and macOS keep it in their settings, not in
    /// `LANG`, which is unset there.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
            .or_else(sys_locale::get_locale)
            .map_or(Lang::En, |v| Lang::from_locale(&v))
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(1);

/// Sets the language of every message from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are currently given in.
pub fn lang() -> Lang {
    if CURRENT.load(Ordering::Relaxed) == Lang::Fr as u8 {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The catalogs as shipped: messages, and the explanations of finding codes.
pub const CATALOGS: [(Lang, [&str; 2]); 2] = [
    (
        Lang::Fr,
        [
            include_str!("../locales/fr.ftl"),
            include_str!("../locales/fr-explain.ftl"),
        ],
    ),
    (
        Lang::En,
        [
            include_str!("../locales/en.ftl"),
            include_str!("../locales/en-explain.ftl"),
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGS.map(|(lang, sources)| {
            let id = match lang {
                Lang::Fr => langid!("fr"),
                Lang::En => langid!("en"),
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            // The catalogs are compiled in and checked by tests; a syntax slip
            // must not take the tool down, so what parses is kept.
            for source in sources {
                let resource =
                    FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    })
}

/// A value interpolated into a message. Counts are numbers, for Fluent's
/// plural forms; a fractional number is given as text from
/// [`crate::number::local`], so that messages follow the one rounding rule and
/// the decimal comma of French (hence no `From<f64>`).
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

/// The message `key` in the current language, with `args` filled in.
pub fn message(key: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang(), key, args)
}

/// The message `key` in `lang`.
///
/// tests/catalogs.rs checks that every key the code uses is in both catalogs,
/// but keys built at run time can slip past a scan of the sources. So a
/// missing key, or a message asked for without the arguments it shows, stops
/// a debug build (every test runs one) at once. A release build never stops
/// for a message: it says it in the other language, and shows the key's name
/// only when neither has it.
pub fn message_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let found = [lang, lang.other()].into_iter().find_map(|lang| {
        let bundle = &bundles()[lang as usize];
        let pattern = bundle.get_message(key).and_then(|m| m.value())?;
        Some((lang, bundle, pattern))
    });
    let Some((found_in, bundle, pattern)) = found else {
        debug_assert!(false, "message `{key}` is in no catalog");
        return key.to_owned();
    };
    debug_assert!(
        found_in == lang,
        "message `{key}` is missing from the {lang:?} catalog"
    );
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned();
    debug_assert!(
        errors.is_empty(),
        "message `{key}` in {found_in:?}: {errors:?}"
    );
    text
}

/// Whether the catalog of `lang` has `key`.
pub fn has_message(lang: Lang, key: &str) -> bool {
    bundles()[lang as usize].has_message(key)
}

/// `tr!("key")` or `tr!("key", name = value, ...)`: a message from the catalog.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
