//! Blank forms to collect answers: a CSV with the right headers for `score`,
//! and a printable questionnaire for paper collection.

use crate::grid::Grid;
use crate::grid::model::{Indicator, ScaleKind};
use crate::i18n::lang;
use crate::number;
use crate::report::csv_style::CsvStyle;
use crate::report::document::md_text;
use crate::report::escape;
use crate::tr;

/// A wide CSV: `action`, `period`, `role`, `respondent`, then one column per
/// indicator (its id), with one blank row per action given.
pub fn csv(grid: &Grid, actions: &[String], excel: bool) -> anyhow::Result<Vec<u8>> {
    let style = CsvStyle { excel };
    let mut bytes = Vec::new();
    {
        let mut writer = style.writer(&mut bytes)?;
        let mut header = vec!["action", "period", "role", "respondent"];
        header.extend(grid.indicators().map(|(_, _, i)| i.id.as_str()));
        writer.write_record(&header)?;
        for action in actions {
            let action = style.cell(action);
            let mut row = vec![action.as_ref()];
            row.resize(header.len(), "");
            writer.write_record(&row)?;
        }
        writer.flush()?;
    }
    Ok(bytes)
}

/// A questionnaire in Markdown, grouped by domain and criterion, with boxes to
/// tick for the answers. Only indicators asked as questions (with a
/// `question`) appear, unless `all` or the grid has none: figures from the
/// structure's registers are not for respondents to fill in. The grid's words
/// are text: Markdown in a label or question is escaped, as in reports.
pub fn markdown(grid: &Grid, all: bool) -> String {
    let lang = lang();
    let asked = all || !grid.indicators().any(|(_, _, i)| i.question.is_some());
    let included = |i: &Indicator| asked || i.question.is_some();
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", md_text(grid.title.get(lang))));
    if let Some(description) = &grid.description {
        // Line by line, so that its paragraphs stay paragraphs.
        let lines: Vec<String> = description.get(lang).trim().lines().map(md_text).collect();
        out.push_str(&format!("{}\n\n", lines.join("\n")));
    }
    out.push_str(&format!("{}\n\n", tr!("template-context")));
    out.push_str(&format!("{}\n\n", tr!("template-instructions")));
    let mut number = 0;
    for domain in &grid.domains {
        if !domain
            .criteria
            .iter()
            .flat_map(|c| &c.indicators)
            .any(&included)
        {
            continue;
        }
        out.push_str(&format!("## {}\n\n", md_text(domain.label.get(lang))));
        for criterion in &domain.criteria {
            if !criterion.indicators.iter().any(&included) {
                continue;
            }
            out.push_str(&format!("### {}\n\n", md_text(criterion.label.get(lang))));
            for indicator in criterion.indicators.iter().filter(|i| included(i)) {
                number += 1;
                let question = indicator.question.as_ref().unwrap_or(&indicator.label);
                out.push_str(&format!("**{number}. {}**", md_text(question.get(lang))));
                out.push_str(&format!(" `{}`\n\n", indicator.id));
                if let Some(help) = &indicator.help {
                    out.push_str(&format!("*{}*\n\n", md_text(help.get(lang))));
                }
                if !grid.roles.is_empty() {
                    out.push_str(&asked_of(grid, indicator));
                }
                let na = tr!("template-na");
                // « Je ne sais pas » before N/A, where the scale allows it, as
                // evaluate offers it.
                let dont_know = grid.scale(indicator).dont_know;
                let dk_item = if dont_know {
                    format!("- [ ] {}\n", tr!("template-dont-know"))
                } else {
                    String::new()
                };
                let dk_inline = if dont_know {
                    format!("    ☐ {}", tr!("template-dont-know"))
                } else {
                    String::new()
                };
                match &grid.scale(indicator).kind {
                    ScaleKind::Levels(levels) => {
                        for level in levels {
                            match &level.description {
                                Some(d) => out.push_str(&format!(
                                    "- [ ] {} — {}\n",
                                    md_text(level.label.get(lang)),
                                    md_text(d.get(lang))
                                )),
                                None => out.push_str(&format!(
                                    "- [ ] {}\n",
                                    md_text(level.label.get(lang))
                                )),
                            }
                        }
                        out.push_str(&format!("{dk_item}- [ ] {na}\n\n"));
                    }
                    ScaleKind::Boolean => {
                        out.push_str(&format!(
                            "- [ ] {}\n- [ ] {}\n{dk_item}- [ ] {na}\n\n",
                            tr!("eval-yes"),
                            tr!("eval-no")
                        ));
                    }
                    ScaleKind::Number(n) => {
                        // The blank stands for the number, tied to its unit.
                        let blank = "____________";
                        let answer = n.unit.as_ref().map_or(blank.to_owned(), |u| {
                            number::with_unit(blank, &md_text(u.get(lang)))
                        });
                        let bounds = match (n.min, n.max) {
                            (Some(min), Some(max)) => {
                                format!(" ({}–{})", number::local(min), number::local(max))
                            }
                            _ => String::new(),
                        };
                        out.push_str(&format!(
                            "{}\u{a0}: {answer}{bounds}{dk_inline}    ☐ {na}\n\n",
                            tr!("eval-number-prompt")
                        ));
                    }
                    ScaleKind::Text => {
                        out.push_str(&format!("{}\n\n", "_".repeat(60)));
                        out.push_str(&format!("{}\n\n", "_".repeat(60)));
                        out.push_str(&format!("{}\n\n", "_".repeat(60)));
                    }
                }
            }
        }
    }
    out
}

/// The interviewer's note of who is asked an indicator, and the wording
/// each role with its own is asked in: the interviewer version carries
/// every role's questions in one document, so each says whose it is.
fn asked_of(grid: &Grid, indicator: &Indicator) -> String {
    let lang = lang();
    let names: Vec<String> = grid
        .roles
        .iter()
        .filter(|r| indicator.asked_of(&r.id))
        .map(|r| md_text(r.label.get(lang)))
        .collect();
    let mut out = format!("{}\n\n", tr!("template-asked-of", roles = names.join(", ")));
    for role in &grid.roles {
        if let Some(q) = indicator.questions.get(&role.id) {
            out.push_str(&format!(
                "{}\n\n",
                tr!(
                    "template-role-wording",
                    role = md_text(role.label.get(lang)),
                    question = md_text(q.get(lang))
                )
            ));
        }
    }
    out
}

/// The questionnaire handed to one respondent: the questions put to their
/// role, in its wording, with nothing meant for staff (no ids, no help, no
/// sources, no criteria, which are the evaluators' questions, not theirs).
#[derive(Debug)]
pub struct Form {
    pub title: String,
    /// Whose form it is, as people read the role; `None` on a grid without
    /// roles and no `--role`.
    pub role: Option<String>,
    /// Domain labels, each with its questions.
    pub sections: Vec<(String, Vec<Question>)>,
}

#[derive(Debug)]
pub struct Question {
    pub text: String,
    pub answer: Answer,
    /// Boxes after the scale's own answers: « Je ne sais pas » where the
    /// scale allows it, then « Sans objet », which every answer may be.
    pub extra: Vec<String>,
}

#[derive(Debug)]
pub enum Answer {
    /// Boxes to tick, by the levels' labels. Their descriptions stay in the
    /// interviewer version: a grid may write them for staff, in the third
    /// person (« ce que la personne vit »), which a respondent should not
    /// read as theirs (review C15).
    Choices(Vec<String>),
    /// A box for the figure, then its unit and bounds.
    Number {
        unit: Option<String>,
        bounds: String,
    },
    /// A few lines to write on.
    Text,
}

/// The respondent form of `role` (a role id of the grid; on a grid without
/// roles, any role, which is then asked what the grid asks as questions,
/// every indicator with `all`), its label as shown being `role_label`.
pub fn respondent(grid: &Grid, role: Option<&str>, role_label: Option<&str>, all: bool) -> Form {
    let lang = lang();
    let has_questions = grid.indicators().any(|(_, _, i)| i.question.is_some());
    let included = |i: &Indicator| match role {
        Some(r) if !grid.roles.is_empty() => i.asked_of(r),
        _ => all || !has_questions || i.question.is_some(),
    };
    let mut sections = Vec::new();
    for domain in &grid.domains {
        let mut questions = Vec::new();
        for indicator in domain.criteria.iter().flat_map(|c| &c.indicators) {
            if !included(indicator) {
                continue;
            }
            let text = indicator
                .question_for(role)
                .unwrap_or(&indicator.label)
                .get(lang)
                .to_owned();
            let scale = grid.scale(indicator);
            let answer = match &scale.kind {
                ScaleKind::Levels(levels) => Answer::Choices(
                    levels
                        .iter()
                        .map(|l| l.label.get(lang).to_owned())
                        .collect(),
                ),
                ScaleKind::Boolean => Answer::Choices(vec![tr!("eval-yes"), tr!("eval-no")]),
                ScaleKind::Number(n) => Answer::Number {
                    unit: n.unit.as_ref().map(|u| u.get(lang).to_owned()),
                    bounds: match (n.min, n.max) {
                        (Some(min), Some(max)) => {
                            format!("({}–{})", number::local(min), number::local(max))
                        }
                        _ => String::new(),
                    },
                },
                ScaleKind::Text => Answer::Text,
            };
            let mut extra = Vec::new();
            if scale.dont_know {
                extra.push(tr!("template-dont-know"));
            }
            extra.push(tr!("template-na"));
            questions.push(Question {
                text,
                answer,
                extra,
            });
        }
        if !questions.is_empty() {
            sections.push((domain.label.get(lang).to_owned(), questions));
        }
    }
    Form {
        title: grid.title.get(lang).to_owned(),
        role: role_label.map(str::to_owned),
        sections,
    }
}

/// The respondent form in Markdown: one option a line (two trailing spaces
/// break the line, so the raw text reads as it prints), grid text escaped.
pub fn respondent_markdown(form: &Form) -> String {
    let mut out = format!("# {}\n\n", md_text(&form.title));
    if let Some(role) = &form.role {
        out.push_str(&format!(
            "**{}**\n\n",
            md_text(&tr!("template-respondent-role", role = role.as_str()))
        ));
    }
    out.push_str(&format!(
        "{} ______________________   {} __________\n\n",
        tr!("template-respondent-action"),
        tr!("template-respondent-date")
    ));
    out.push_str(&format!(
        "{}\n\n",
        md_text(&tr!("template-respondent-opening"))
    ));
    out.push_str(&format!(
        "{}\n\n",
        md_text(&tr!("template-respondent-instructions"))
    ));
    let mut number = 0;
    for (heading, questions) in &form.sections {
        out.push_str(&format!("## {}\n\n", md_text(heading)));
        for q in questions {
            number += 1;
            out.push_str(&format!("**{number}. {}**\n\n", md_text(&q.text)));
            let mut lines: Vec<String> = Vec::new();
            match &q.answer {
                Answer::Choices(choices) => {
                    lines.extend(choices.iter().map(|c| format!("☐ {}", md_text(c))));
                }
                Answer::Number { unit, bounds } => {
                    let blank = "_".repeat(12);
                    let mut line = match unit {
                        Some(u) => number::with_unit(&blank, &md_text(u)),
                        None => blank,
                    };
                    if !bounds.is_empty() {
                        line.push(' ');
                        line.push_str(bounds);
                    }
                    lines.push(line);
                }
                Answer::Text => {
                    for _ in 0..3 {
                        out.push_str(&format!("{}\n\n", "_".repeat(40)));
                    }
                }
            }
            lines.extend(q.extra.iter().map(|e| format!("☐ {}", md_text(e))));
            out.push_str(&lines.join("  \n"));
            out.push_str("\n\n");
        }
    }
    out.push_str(&format!(
        "{}\n",
        md_text(&tr!("template-respondent-thanks"))
    ));
    out
}

/// Print styles of the respondent form: large type, A4, boxes drawn as
/// squares (a glyph's size and shape depend on the font), a question never
/// cut across pages nor a heading left alone at the bottom of one.
const FORM_STYLE: &str = "\
@page { size: A4; margin: 16mm 15mm; }
body { font-family: \"Atkinson Hyperlegible\", Verdana, \"DejaVu Sans\", sans-serif; font-size: 14pt; line-height: 1.45; color: #000; background: #fff; margin: 0 auto; max-width: 180mm; padding: 1em; }
h1 { font-size: 20pt; margin: 0 0 .3em; }
h2 { font-size: 16pt; margin: 1.2em 0 .5em; border-bottom: 2px solid #000; break-after: avoid; page-break-after: avoid; }
.role { font-size: 16pt; font-weight: bold; margin: 0 0 .6em; }
.opening { margin: .4em 0; }
.q { break-inside: avoid; page-break-inside: avoid; margin: 0 0 1.1em; }
.stem { font-weight: bold; margin: 0 0 .35em; }
.choices { list-style: none; margin: 0; padding: 0 0 0 1.2em; }
.choices li { margin: .25em 0; }
.box { display: inline-block; box-sizing: border-box; width: .95em; height: .95em; border: 2px solid #000; vertical-align: -.12em; margin-right: .5em; }
.field { display: inline-block; box-sizing: border-box; width: 7em; height: 1.6em; border: 2px solid #000; vertical-align: middle; margin: 0 .4em 0 1.2em; }
.blank { display: inline-block; width: 9em; border-bottom: 1.5px solid #000; margin-right: 1.5em; }
.lines { margin-left: 1.2em; }
.lines div { height: 2.2em; border-bottom: 1.5px solid #000; }
.thanks { margin-top: 1.5em; font-weight: bold; }
@media print { body { padding: 0; max-width: none; } }
";

/// The respondent form as one self-contained page to print: inline style,
/// no script, nothing fetched, every grid text escaped.
pub fn respondent_html(form: &Form) -> String {
    let lang_code = lang().code();
    let title = match &form.role {
        Some(role) => format!("{} — {role}", form.title),
        None => form.title.clone(),
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang_code}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{FORM_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&form.title)
    );
    if let Some(role) = &form.role {
        out.push_str(&format!(
            "<p class=\"role\">{}</p>\n",
            escape(&tr!("template-respondent-role", role = role.as_str()))
        ));
    }
    out.push_str(&format!(
        "<p class=\"context\">{}<span class=\"blank\"></span> {}<span class=\"blank\"></span></p>\n",
        escape(&tr!("template-respondent-action")),
        escape(&tr!("template-respondent-date"))
    ));
    for text in [
        tr!("template-respondent-opening"),
        tr!("template-respondent-instructions"),
    ] {
        out.push_str(&format!("<p class=\"opening\">{}</p>\n", escape(&text)));
    }
    let boxed = |label: &str| format!("<li><span class=\"box\"></span>{}</li>\n", escape(label));
    let mut number = 0;
    for (heading, questions) in &form.sections {
        out.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(heading)));
        for q in questions {
            number += 1;
            out.push_str(&format!(
                "<div class=\"q\">\n<p class=\"stem\">{number}. {}</p>\n",
                escape(&q.text)
            ));
            match &q.answer {
                Answer::Choices(choices) => {
                    out.push_str("<ul class=\"choices\">\n");
                    for label in choices {
                        out.push_str(&boxed(label));
                    }
                }
                Answer::Number { unit, bounds } => {
                    let after = [unit.as_deref().unwrap_or(""), bounds.as_str()]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .map(|s| escape(s))
                        .collect::<Vec<_>>()
                        .join(" ");
                    out.push_str(&format!(
                        "<p class=\"answer\"><span class=\"field\"></span>{after}</p>\n<ul class=\"choices\">\n"
                    ));
                }
                Answer::Text => {
                    out.push_str("<div class=\"lines\"><div></div><div></div><div></div><div></div></div>\n<ul class=\"choices\">\n");
                }
            }
            for e in &q.extra {
                out.push_str(&boxed(e));
            }
            out.push_str("</ul>\n</div>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str(&format!(
        "<p class=\"thanks\">{}</p>\n</main>\n</body>\n</html>\n",
        escape(&tr!("template-respondent-thanks"))
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grid::builtin;

    #[test]
    fn the_questionnaire_asks_questions_only_unless_all() {
        let grid = builtin::find("centres-sociaux").unwrap().grid().unwrap();
        let asked = grid
            .indicators()
            .filter(|(_, _, i)| i.question.is_some())
            .count();
        let total = grid.indicators().count();
        assert!(0 < asked && asked < total);
        let count = |text: &str| text.matches("**").count() / 2;
        assert_eq!(count(&markdown(&grid, false)), asked);
        assert_eq!(count(&markdown(&grid, true)), total);
    }

    #[test]
    fn the_csv_has_a_column_per_indicator_and_a_row_per_action() {
        let grid = builtin::find("utilite-sociale").unwrap().grid().unwrap();
        let bytes = csv(&grid, &["A".into(), "B".into()], true).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let text = text.strip_prefix('\u{feff}').expect("a BOM for Excel");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].split(';').count(), 4 + grid.indicators().count());
        assert!(lines[1].starts_with("A;"));
    }

    #[test]
    fn grid_text_stays_text_in_the_questionnaire() {
        let source = r#"
format = 1
id = "t"
version = "1.0.0"
title = "T <img src=x onerror=alert(1)>"
description = """
Ligne *une*
- pas une liste"""
[scales.s]
type = "levels"
levels = [{ id = "a", label = "[A](http://evil.example)" }, { id = "b", label = "B" }]
[[domains]]
id = "d"
label = "D\n# titre"
[[domains.criteria]]
id = "c"
label = "C | x"
[[domains.criteria.indicators]]
id = "i"
label = "I"
question = "Q\u001b[31m ![x](http://evil.example/x.png)"
scale = "s"
"#;
        let grid = crate::grid::load("t.toml", source.as_bytes()).0.unwrap();
        let text = markdown(&grid, false);
        assert!(!text.contains('<'), "{text}");
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(!text.contains("[A](") && !text.contains("[x]("), "{text}");
        assert!(!text.contains("\n# titre"), "{text}");
        assert!(text.contains("## D \\# titre"), "{text}");
        assert!(text.contains("\\- pas une liste"), "{text}");
        assert!(text.contains("### C \\| x"), "{text}");
    }

    /// Issue 16's must-show: for every built-in grid and each of its roles,
    /// the respondent form, in both formats, holds no
    /// indicator id, no interviewer help, no source and no criterion.
    #[test]
    fn respondent_forms_of_builtin_grids_hold_nothing_meant_for_staff() {
        // The language is the process's, shared with the other tests: the
        // one they run in.
        let lang = lang();
        {
            for builtin in builtin::BUILTINS {
                let grid = builtin.grid().unwrap();
                assert!(!grid.roles.is_empty(), "{}", builtin.id);
                for role in &grid.roles {
                    let form = respondent(&grid, Some(&role.id), Some(role.label.get(lang)), false);
                    let asked = grid
                        .indicators()
                        .filter(|(_, _, i)| i.asked_of(&role.id))
                        .count();
                    let count: usize = form.sections.iter().map(|(_, q)| q.len()).sum();
                    assert_eq!(count, asked, "{} {}", builtin.id, role.id);
                    let md = respondent_markdown(&form);
                    let html = respondent_html(&form);
                    let what = format!("{} as {}", builtin.id, role.id);
                    for (_, criterion, indicator) in grid.indicators() {
                        // Slugs with a dash are never words of a sentence;
                        // one-word ids may be ("participants"), and are
                        // checked as ids are shown to staff: in backticks.
                        for text in [&md, &html] {
                            if indicator.id.contains(['-', '_']) {
                                assert!(!text.contains(&indicator.id), "{what}: {}", indicator.id);
                            }
                            assert!(!text.contains(&format!("`{}`", indicator.id)), "{what}");
                        }
                        let staff_texts =
                            [&indicator.help, &indicator.source, &indicator.description]
                                .into_iter()
                                .flatten()
                                .map(|t| t.get(lang).to_owned())
                                .chain(std::iter::once(criterion.label.get(lang).to_owned()));
                        for staff in staff_texts {
                            // A long enough piece that no question repeats it
                            // by chance; compared as each format writes it.
                            let piece: String = staff.chars().take(40).collect();
                            if piece.chars().count() < 20 {
                                continue;
                            }
                            assert!(!md.contains(&md_text(&piece)), "{what}: {piece}");
                            assert!(!html.contains(&escape(&piece)), "{what}: {piece}");
                        }
                    }
                    let level_help = grid.scales.iter().flat_map(|scale| match &scale.kind {
                        ScaleKind::Levels(levels) => levels.iter().collect(),
                        _ => Vec::new(),
                    });
                    for description in level_help.filter_map(|l| l.description.as_ref()) {
                        let piece: String = description.get(lang).chars().take(40).collect();
                        if piece.chars().count() >= 20 {
                            assert!(!md.contains(&md_text(&piece)), "{what}: {piece}");
                        }
                    }
                    if let Some(description) = &grid.description {
                        let piece: String = description.get(lang).trim().chars().take(40).collect();
                        assert!(!html.contains(&escape(&piece)), "{what}");
                    }
                    assert!(!html.contains("<script"), "{what}");
                }
            }
        }
    }

    #[test]
    fn a_staff_instruction_is_not_on_the_residents_form() {
        let grid = builtin::find("centres-sociaux").unwrap().grid().unwrap();
        let form = respondent(&grid, Some("habitant"), Some("Habitant"), false);
        let md = respondent_markdown(&form);
        assert!(!md.contains("référent familles"), "{md}");
        assert!(!md.contains("nous permet"), "{md}");
    }
}
