//! Local grids: a grid file saying `extends = "centres-sociaux"` starts from a
//! built-in grid, leaves out what `ignore` names, changes fields by id in
//! `[override.ID]` tables, and adds `[[domains]]`, criteria and indicators
//! merged by id (an existing domain or criterion receives the new children).
//!
//! The merge works on the raw mirror ([`raw`](super::raw)), not on TOML text:
//! the raw structs carry a span for every value, so an overridden target or an
//! added indicator keeps its place in the local file, and every existing rule
//! of [`validate`](super::validate) reports into the local file unchanged. A
//! TOML-level merge would have produced a third document that no finding can
//! point into. The base is parsed with its text shifted past the end of the
//! local file (leading blanks, which TOML ignores), so that its spans can
//! never be mistaken for places in the local file: after validation, a finding
//! pointing past the local text is about the base itself and is moved onto the
//! `extends` value (built-in grids are tested valid, so this stays rare: an
//! ignored indicator leaving a criterion empty, for instance).

use std::collections::HashSet;
use std::ops::Range;

use super::builtin::{self, Builtin};
use super::raw::{self, At, RawCriterion, RawDomain, RawGrid, RawIndicator, header_span};
use super::spec::{CRITERION, DOMAIN, INDICATOR, OVERRIDE, TableSpec};
use crate::diag::{Code, Finding};
use crate::tr;
use fields::{common, indicator, over, text_over};

mod fields;

/// What a local grid was resolved against.
pub struct Base {
    pub builtin: &'static Builtin,
    pub version: String,
    /// The `extends` value in the local file, where findings about the base
    /// point.
    pub span: Range<usize>,
    /// The local `ignore` array, where a node it left empty is reported.
    pub ignore: Option<Range<usize>>,
}

/// Keys a node's spec has that an override may not set: the id names the
/// node, and children are added with `[[domains]]` tables.
const NOT_OVERRIDABLE: &[&str] = &["id", "criteria", "indicators"];

/// Resolves the local grid `local`, read from a file of `text_len` bytes,
/// against its base. `findings` holds the local file's shape findings; the
/// resolved grid's own rules are left to the caller.
pub fn resolve(
    local: RawGrid,
    text_len: usize,
    findings: &mut Vec<Finding>,
) -> Option<(RawGrid, Base)> {
    let extends = local.extends.clone()?;
    let (id, major) = match extends.value.split_once('@') {
        Some((id, major)) => (id, Some(major)),
        None => (extends.value.as_str(), None),
    };
    let Some(builtin) = builtin::find(id) else {
        let ids = builtin::BUILTINS.iter().map(|b| b.id);
        findings.push(
            Finding::new(
                Code::InvalidExtends,
                tr!("extends-unknown-grid", id = id, available = available()),
            )
            .at(extends.span.clone(), tr!("label-extends-unknown"))
            .suggest(id, ids),
        );
        return None;
    };
    // Blanks up to past the local text: the base's spans start beyond it.
    let shifted = format!("{}\n{}", " ".repeat(text_len), builtin.source);
    let (document, _) = toml::de::DeTable::parse_recoverable(&shifted);
    let mut base_findings = Vec::new();
    let mut base = raw::read(&document, &mut base_findings);
    findings.extend(base_findings);
    let version = base
        .version
        .as_ref()
        .map(|v| v.value.clone())
        .unwrap_or_default();
    if let Some(major) = major {
        let found = version.split('.').next().unwrap_or_default();
        let wanted = major.trim().trim_start_matches(['^', '=']);
        if wanted.parse::<u64>().ok() != found.parse::<u64>().ok() || wanted.is_empty() {
            findings.push(
                Finding::new(
                    Code::InvalidExtends,
                    tr!(
                        "extends-version",
                        id = id,
                        wanted = major,
                        version = version.as_str()
                    ),
                )
                .at(
                    extends.span.clone(),
                    tr!("label-extends-version", version = version.as_str()),
                ),
            );
            return None;
        }
    }
    let ignore_span = local.ignore.as_ref().map(|i| i.span.clone());
    ignore(&mut base, &local, findings);
    // After `ignore`: a table naming an ignored domain adds a new one, which
    // needs its label.
    keep_merge_targets_headless(&local, &base, findings);
    overrides(&mut base, &local, findings);
    add(&mut base, local.domains.clone(), findings);
    top(&mut base, local);
    drop_unused_base_scales(&mut base, text_len);
    Some((
        base,
        Base {
            builtin,
            version,
            span: extends.span,
            ignore: ignore_span,
        },
    ))
}

fn available() -> String {
    builtin::BUILTINS
        .iter()
        .map(|b| b.id)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A `[[domains]]` or `[[domains.criteria]]` table naming an existing id
/// only adds children: its label is the base's, so the shape pass's
/// "missing label" does not apply to it.
fn keep_merge_targets_headless(local: &RawGrid, base: &RawGrid, findings: &mut Vec<Finding>) {
    let mut headers = HashSet::new();
    for d in &local.domains {
        let Some(bd) =
            id_of(&d.id).and_then(|id| base.domains.iter().find(|b| id_of(&b.id) == Some(id)))
        else {
            continue;
        };
        headers.insert(header_span(d.span.clone()).start);
        for c in &d.criteria {
            if id_of(&c.id).is_some_and(|id| bd.criteria.iter().any(|b| id_of(&b.id) == Some(id))) {
                headers.insert(header_span(c.span.clone()).start);
            }
        }
    }
    findings.retain(|f| {
        f.code != Code::MissingField
            || !f
                .primary
                .as_ref()
                .is_some_and(|p| p.span.is_empty() && headers.contains(&p.span.start))
    });
}

fn id_of(id: &Option<At<String>>) -> Option<&str> {
    id.as_ref().map(|i| i.value.as_str())
}

/// Where a node is in a grid.
#[derive(Clone, Copy)]
enum Node {
    Domain(usize),
    Criterion(usize, usize),
    Indicator(usize, usize, usize),
}

fn find(grid: &RawGrid, id: &str) -> Option<Node> {
    for (d, domain) in grid.domains.iter().enumerate() {
        if id_of(&domain.id) == Some(id) {
            return Some(Node::Domain(d));
        }
    }
    for (d, domain) in grid.domains.iter().enumerate() {
        for (c, criterion) in domain.criteria.iter().enumerate() {
            if id_of(&criterion.id) == Some(id) {
                return Some(Node::Criterion(d, c));
            }
        }
    }
    for (d, domain) in grid.domains.iter().enumerate() {
        for (c, criterion) in domain.criteria.iter().enumerate() {
            for (i, indicator) in criterion.indicators.iter().enumerate() {
                if id_of(&indicator.id) == Some(id) {
                    return Some(Node::Indicator(d, c, i));
                }
            }
        }
    }
    None
}

/// Every domain, criterion and indicator id, for "did you mean".
fn all_ids(grid: &RawGrid) -> Vec<String> {
    let mut ids = Vec::new();
    for d in &grid.domains {
        ids.extend(id_of(&d.id).map(str::to_owned));
        for c in &d.criteria {
            ids.extend(id_of(&c.id).map(str::to_owned));
            for i in &c.indicators {
                ids.extend(id_of(&i.id).map(str::to_owned));
            }
        }
    }
    ids
}

fn unknown_node(base: &RawGrid, id: &At<String>, base_id: &str) -> Finding {
    let ids = all_ids(base);
    Finding::new(
        Code::UnknownNode,
        tr!("unknown-node", id = id.value.as_str(), grid = base_id),
    )
    .at(id.span.clone(), tr!("label-unknown-node"))
    .suggest(&id.value, ids.iter().map(String::as_str))
}

fn base_id(base: &RawGrid) -> String {
    id_of(&base.id).unwrap_or_default().to_owned()
}

fn ignore(base: &mut RawGrid, local: &RawGrid, findings: &mut Vec<Finding>) {
    let Some(ignore) = &local.ignore else {
        return;
    };
    for id in &ignore.value {
        match find(base, &id.value) {
            Some(Node::Domain(d)) => {
                base.domains.remove(d);
            }
            Some(Node::Criterion(d, c)) => {
                base.domains[d].criteria.remove(c);
            }
            Some(Node::Indicator(d, c, i)) => {
                base.domains[d].criteria[c].indicators.remove(i);
            }
            None => findings.push(unknown_node(base, id, &base_id(base))),
        }
    }
}

fn overrides(base: &mut RawGrid, local: &RawGrid, findings: &mut Vec<Finding>) {
    for o in &local.overrides {
        let Some(node) = find(base, &o.id.value) else {
            findings.push(unknown_node(base, &o.id, &base_id(base)));
            continue;
        };
        let spec: &TableSpec = match node {
            Node::Domain(_) => &DOMAIN,
            Node::Criterion(..) => &CRITERION,
            Node::Indicator(..) => &INDICATOR,
        };
        let mut fits = true;
        for key in &o.keys {
            let allowed = spec
                .resolve(&key.value)
                .is_some_and(|f| !NOT_OVERRIDABLE.contains(&f.key));
            // Keys no node accepts were reported by the shape pass already.
            if !allowed && OVERRIDE.resolve(&key.value).is_some() {
                fits = false;
                let what = crate::i18n::message(&format!("table-{}", spec.name), &[]);
                let keys: Vec<String> = spec
                    .all_keys()
                    .into_iter()
                    .filter(|k| !NOT_OVERRIDABLE.contains(&k.as_str()))
                    .collect();
                findings.push(
                    Finding::new(
                        Code::UnknownKey,
                        tr!(
                            "override-key-not-for-node",
                            key = key.value.as_str(),
                            id = o.id.value.as_str(),
                            node = what
                        ),
                    )
                    .at(key.span.clone(), tr!("label-unknown-key"))
                    .suggest(&key.value, keys.iter().map(String::as_str)),
                );
            }
        }
        if !fits {
            continue;
        }
        let new = &o.fields;
        match node {
            Node::Domain(d) => {
                let d = &mut base.domains[d];
                common(
                    &mut d.label,
                    &mut d.description,
                    &mut d.help,
                    &mut d.weight,
                    new,
                );
            }
            Node::Criterion(d, c) => {
                let c = &mut base.domains[d].criteria[c];
                common(
                    &mut c.label,
                    &mut c.description,
                    &mut c.help,
                    &mut c.weight,
                    new,
                );
            }
            Node::Indicator(d, c, i) => {
                indicator(&mut base.domains[d].criteria[c].indicators[i], new, &o.keys);
            }
        }
    }
}

/// Adds the local `[[domains]]`: an existing domain or criterion id receives
/// the new children (and any field the table sets); an indicator id already
/// in the base is a duplicate, reported on the local id.
fn add(base: &mut RawGrid, domains: Vec<RawDomain>, findings: &mut Vec<Finding>) {
    let mut indicator_ids: HashSet<String> = HashSet::new();
    for d in &base.domains {
        for c in &d.criteria {
            for i in &c.indicators {
                indicator_ids.extend(id_of(&i.id).map(str::to_owned));
            }
        }
    }
    let grid = base_id(base);
    for mut domain in domains {
        let existing = id_of(&domain.id)
            .and_then(|id| base.domains.iter().position(|b| id_of(&b.id) == Some(id)));
        let Some(d) = existing else {
            for c in &mut domain.criteria {
                fresh(&mut c.indicators, &mut indicator_ids, &grid, findings);
            }
            base.domains.push(domain);
            continue;
        };
        let target = &mut base.domains[d];
        text_over(&mut target.label, &domain.label);
        text_over(&mut target.description, &domain.description);
        text_over(&mut target.help, &domain.help);
        over(&mut target.weight, &domain.weight);
        for mut criterion in domain.criteria {
            fresh(
                &mut criterion.indicators,
                &mut indicator_ids,
                &grid,
                findings,
            );
            let existing = id_of(&criterion.id).and_then(|id| {
                target
                    .criteria
                    .iter()
                    .position(|b| id_of(&b.id) == Some(id))
            });
            match existing {
                None => target.criteria.push(criterion),
                Some(c) => merge_criterion(&mut target.criteria[c], criterion),
            }
        }
    }
}

fn merge_criterion(target: &mut RawCriterion, new: RawCriterion) {
    text_over(&mut target.label, &new.label);
    text_over(&mut target.description, &new.description);
    text_over(&mut target.help, &new.help);
    over(&mut target.weight, &new.weight);
    target.indicators.extend(new.indicators);
}

/// Drops the added indicators whose id the base already has, with a finding
/// on each.
fn fresh(
    indicators: &mut Vec<RawIndicator>,
    ids: &mut HashSet<String>,
    grid: &str,
    findings: &mut Vec<Finding>,
) {
    indicators.retain(|i| {
        let Some(id) = &i.id else {
            return true;
        };
        if ids.contains(&id.value) {
            findings.push(
                Finding::new(
                    Code::DuplicateId,
                    tr!(
                        "added-indicator-exists",
                        id = id.value.as_str(),
                        grid = grid
                    ),
                )
                .at(id.span.clone(), tr!("label-added-indicator-exists"))
                .note(tr!("note-added-indicator-exists")),
            );
            return false;
        }
        ids.insert(id.value.clone());
        true
    });
}

/// The local file's own top level: id, version, title and format always;
/// the rest when it sets them. Scales and roles add to the base's, or
/// replace the base's with the same id.
fn top(base: &mut RawGrid, local: RawGrid) {
    base.format = local.format;
    base.id = local.id;
    base.version = local.version;
    base.title = local.title;
    if local.description.text.is_some() {
        base.description = local.description;
    }
    over(&mut base.overall, &local.overall);
    if !local.authors.is_empty() {
        base.authors = local.authors;
    }
    if !local.references.is_empty() {
        base.references = local.references;
    }
    for scale in local.scales {
        match base
            .scales
            .iter()
            .position(|s| s.id.value == scale.id.value)
        {
            Some(i) => base.scales[i] = scale,
            None => base.scales.push(scale),
        }
    }
    for role in local.roles {
        let found =
            id_of(&role.id).and_then(|id| base.roles.iter().position(|r| id_of(&r.id) == Some(id)));
        match found {
            Some(i) => base.roles[i] = role,
            None => base.roles.push(role),
        }
    }
    // The record is the local grid's own: the base's (none in built-in
    // grids) never speaks for the organisation.
    base.social_utility = local.social_utility;
    base.extends = local.extends;
    base.span = local.span;
}

/// A base scale only the ignored indicators used is no concern of the
/// local grid's author: it goes, where the local file's own unused scales
/// are still reported.
fn drop_unused_base_scales(grid: &mut RawGrid, text_len: usize) {
    let used: HashSet<String> = grid
        .domains
        .iter()
        .flat_map(|d| &d.criteria)
        .flat_map(|c| &c.indicators)
        .filter_map(|i| i.scale.as_ref().map(|s| s.value.clone()))
        .collect();
    grid.scales
        .retain(|s| s.id.span.start <= text_len || used.contains(&s.id.value));
}

/// Moves findings about the base (spans past the local text) onto the
/// `extends` value, naming the base.
pub fn relocate(findings: &mut [Finding], text_len: usize, base: &Base) {
    for f in findings {
        // A related place in the base (the first definition of an id the
        // local file repeats) cannot be shown in the local file's text.
        if f.secondary.iter().any(|s| s.span.start > text_len) {
            f.secondary.retain(|s| s.span.start <= text_len);
            f.notes
                .push(tr!("note-also-in-base-grid", grid = base.builtin.id));
        }
        let Some(primary) = &mut f.primary else {
            continue;
        };
        if primary.span.start <= text_len {
            continue;
        }
        // A base domain or criterion is empty only when `ignore` emptied it.
        let emptied = matches!(f.code, Code::EmptyCriterion | Code::EmptyDomain);
        match (&base.ignore, emptied) {
            (Some(ignore), true) => {
                primary.span = ignore.clone();
                primary.message = tr!("label-ignore-emptied");
                f.notes.push(tr!("note-ignore-emptied"));
            }
            _ => {
                primary.span = base.span.clone();
                primary.message = tr!("label-in-base-grid", grid = base.builtin.id);
            }
        }
    }
}

#[cfg(test)]
mod tests;
