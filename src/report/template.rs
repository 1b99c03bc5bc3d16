//! Blank forms to collect answers: a CSV with the right headers for `score`,
//! and a printable questionnaire for paper collection.

use crate::grid::Grid;
use crate::grid::model::ScaleKind;
use crate::grid::validate::format_number;
use crate::i18n::lang;
use crate::tr;

/// A wide CSV: `action`, `period`, `role`, `respondent`, then one column per
/// indicator (its id), with one blank row per action given.
pub fn csv(grid: &Grid, actions: &[String], excel: bool) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if excel {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(if excel { b';' } else { b',' })
            .from_writer(&mut bytes);
        let mut header = vec!["action", "period", "role", "respondent"];
        header.extend(grid.indicators().map(|(_, _, i)| i.id.as_str()));
        writer.write_record(&header)?;
        for action in actions {
            let mut row = vec![action.as_str()];
            row.resize(header.len(), "");
            writer.write_record(&row)?;
        }
        writer.flush()?;
    }
    Ok(bytes)
}

/// A questionnaire in Markdown, grouped by domain and criterion, with boxes to
/// tick for the answers.
pub fn markdown(grid: &Grid) -> String {
    let lang = lang();
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", grid.title.get(lang)));
    if let Some(description) = &grid.description {
        out.push_str(&format!("{}\n\n", description.get(lang).trim()));
    }
    out.push_str(&format!("{}\n\n", tr!("template-context")));
    out.push_str(&format!("{}\n\n", tr!("template-instructions")));
    let mut number = 0;
    for domain in &grid.domains {
        out.push_str(&format!("## {}\n\n", domain.label.get(lang)));
        for criterion in &domain.criteria {
            out.push_str(&format!("### {}\n\n", criterion.label.get(lang)));
            for indicator in &criterion.indicators {
                number += 1;
                let question = indicator.question.as_ref().unwrap_or(&indicator.label);
                out.push_str(&format!("**{number}. {}**", question.get(lang)));
                out.push_str(&format!(" `{}`\n\n", indicator.id));
                if let Some(help) = &indicator.help {
                    out.push_str(&format!("*{}*\n\n", help.get(lang).trim()));
                }
                let na = tr!("template-na");
                match &grid.scale(indicator).kind {
                    ScaleKind::Levels(levels) => {
                        for level in levels {
                            match &level.description {
                                Some(d) => out.push_str(&format!(
                                    "- [ ] {} — {}\n",
                                    level.label.get(lang),
                                    d.get(lang)
                                )),
                                None => out.push_str(&format!("- [ ] {}\n", level.label.get(lang))),
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
                        let unit = n
                            .unit
                            .as_ref()
                            .map_or(String::new(), |u| format!("\u{a0}{}", u.get(lang)));
                        let bounds = match (n.min, n.max) {
                            (Some(min), Some(max)) => {
                                format!(" ({}–{})", format_number(min), format_number(max))
                            }
                            _ => String::new(),
                        };
                        out.push_str(&format!(
                            "{}\u{a0}: ____________{unit}{bounds}    ☐ {na}\n\n",
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
