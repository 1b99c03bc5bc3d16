//! How a local grid's values replace its base's, field by field: for an
//! `[override.ID]` table and for a `[[domains]]` table merged into an
//! existing domain or criterion.

use std::collections::HashSet;

use crate::grid::raw::{At, RawIndicator, RawText};

/// A new text drops the base's translations: they translated the old one.
pub(super) fn text_over(base: &mut RawText, new: &RawText) {
    if new.text.is_some() {
        base.text = new.text.clone();
        base.translations.clear();
    }
    for (lang, text) in &new.translations {
        base.translations.insert(lang.clone(), text.clone());
    }
}

pub(super) fn over<T: Clone>(base: &mut Option<T>, new: &Option<T>) {
    if new.is_some() {
        *base = new.clone();
    }
}

pub(super) fn common(
    label: &mut RawText,
    description: &mut RawText,
    help: &mut RawText,
    weight: &mut Option<At<f64>>,
    new: &RawIndicator,
) {
    text_over(label, &new.label);
    text_over(description, &new.description);
    text_over(help, &new.help);
    over(weight, &new.weight);
}

pub(super) fn indicator(base: &mut RawIndicator, new: &RawIndicator, keys: &[At<String>]) {
    common(
        &mut base.label,
        &mut base.description,
        &mut base.help,
        &mut base.weight,
        new,
    );
    text_over(&mut base.question, &new.question);
    text_over(&mut base.source, &new.source);
    over(&mut base.scale, &new.scale);
    over(&mut base.kind, &new.kind);
    if keys.iter().any(|k| k.value == "aliases") {
        base.aliases = new.aliases.clone();
    }
    let s = &mut base.scoring;
    over(&mut s.target, &new.scoring.target);
    over(&mut s.baseline, &new.scoring.baseline);
    over(&mut s.direction, &new.scoring.direction);
    over(&mut s.bands, &new.scoring.bands);
    over(&mut s.aggregate, &new.scoring.aggregate);
    // Setting a target or bands replaces the way the base scored: bands and
    // a target together would be a conflict the local file never wrote.
    if new.scoring.target.is_some() && new.scoring.bands.is_none() {
        s.bands = None;
    }
    if new.scoring.bands.is_some() && new.scoring.target.is_none() {
        s.target = None;
        s.baseline = None;
    }
    if keys.iter().any(|k| k.value == "replaces") {
        base.replaces = new.replaces.clone();
    }
    over(&mut base.option, &new.option);
    over(&mut base.option_codes, &new.option_codes);
    over(&mut base.roles, &new.roles);
    for lang in new
        .questions
        .iter()
        .map(|q| q.lang.clone())
        .collect::<HashSet<_>>()
    {
        base.questions.retain(|q| q.lang != lang);
    }
    base.questions.extend(new.questions.iter().cloned());
}
