//! The help of every command is wholly in the language asked for: every
//! command and argument has its text in both catalogs, and none of clap's
//! own English words is left in French help.

use clap::Command;
use utilsoc::i18n::{Lang, set_lang};

fn helps(command: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
    out.push((path.to_owned(), command.render_long_help().to_string()));
    out.push((path.to_owned(), command.render_help().to_string()));
    for sub in command.get_subcommands_mut() {
        if sub.get_name() != "help" {
            let path = format!("{path} {}", sub.get_name());
            helps(sub, &path, out);
        }
    }
}

fn every_help(lang: Lang) -> Vec<(String, String)> {
    set_lang(lang);
    let mut command = utilsoc::cli::command();
    let mut out = Vec::new();
    helps(&mut command, "utilsoc", &mut out);
    out
}

/// One test, since the language is the process's: both languages in turn.
#[test]
fn help_is_in_the_language_asked_for() {
    let french = every_help(Lang::Fr);
    assert_eq!(french.len(), 2 * 17, "every command, short and long help");
    let english_words = [
        "Usage:",
        "Commands:",
        "Options:",
        "Arguments:",
        "Print help",
        "Print version",
        "possible values",
        "[default",
        "<FILE>",
        "<COMMAND>",
    ];
    for (path, help) in &french {
        for word in english_words {
            assert!(
                !help.contains(word),
                "`{path} --help` shows `{word}`:\n{help}"
            );
        }
        assert!(help.contains("Utilisation\u{a0}: "), "{path}:\n{help}");
        assert!(help.contains("Afficher l'aide"), "{path}:\n{help}");
    }
    for (path, help) in every_help(Lang::En) {
        assert!(help.contains("Usage: "), "{path}:\n{help}");
        assert!(!help.contains("Afficher"), "{path}:\n{help}");
    }
}

/// Every command and argument says what it is, in both catalogs (the key of
/// each, by command path and argument id, is in `message_keys`).
#[test]
fn every_command_and_argument_has_french_and_english_text() {
    let keys = utilsoc::cli::message_keys();
    assert!(keys.contains("cli-score-about"));
    assert!(keys.contains("cli-arg-min-responses"));
    assert!(keys.contains("cli-evaluate-arg-action"));
    for key in &keys {
        for lang in [Lang::Fr, Lang::En] {
            assert!(
                utilsoc::i18n::has_message(lang, key),
                "{lang:?} lacks `{key}`"
            );
        }
    }
}
