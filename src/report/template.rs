//! Blank forms to collect answers: a CSV with the right headers for `score`,
//! and a printable questionnaire for paper collection.

use crate::grid::Grid;
use crate::grid::model::ScaleKind;
use crate::i18n::lang;
use crate::number;
use crate::report::csv_style::CsvStyle;
use crate::report::document::md_text;
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
    let included = |i: &crate::grid::model::Indicator| asked || i.question.is_some();
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
                let na = tr!("template-na");
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
                        out.push_str(&format!("- [ ] {na}\n\n"));
                    }
                    ScaleKind::Boolean => {
                        out.push_str(&format!(
                            "- [ ] {}\n- [ ] {}\n- [ ] {na}\n\n",
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
                            "{}\u{a0}: {answer}{bounds}    ☐ {na}\n\n",
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
}
