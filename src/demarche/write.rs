//! Writing `utilsoc.toml` for `init`: commented in the user's language, so
//! that a coordinator opening it knows what each key is for.

use super::Folders;
use crate::tr;

/// What `init` asked, or was given as options.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    pub organisation: String,
    pub title: String,
    pub grid: String,
    pub periods: Vec<String>,
    pub actions: Vec<String>,
    pub roles: Vec<String>,
    pub folders: Folders,
}

/// An agreed target as written, under the comment saying what it is for.
const TARGET_EXAMPLE: &str = "[[targets]]
indicator = \"…\"
action = \"…\"
target = 80
baseline = 50
agreed_with = \"Caf\"
date = \"2025-01-15\"";

/// A TOML string, quoted and escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", items.join(", "))
}

/// Comment lines from one catalog message (which may span lines).
fn comment(out: &mut String, text: &str) {
    for line in text.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
}

/// The text of `utilsoc.toml` for `answers`.
pub fn render(answers: &Answers) -> String {
    let mut out = String::new();
    comment(&mut out, &tr!("demarche-comment-head"));
    out.push('\n');
    comment(&mut out, &tr!("demarche-comment-organisation"));
    out.push_str(&format!(
        "organisation = {}\n",
        quoted(&answers.organisation)
    ));
    comment(&mut out, &tr!("demarche-comment-title"));
    out.push_str(&format!("title = {}\n", quoted(&answers.title)));
    comment(&mut out, &tr!("demarche-comment-grid"));
    out.push_str(&format!("grid = {}\n", quoted(&answers.grid)));
    comment(&mut out, &tr!("demarche-comment-periods"));
    out.push_str(&format!("periods = {}\n", list(&answers.periods)));
    comment(&mut out, &tr!("demarche-comment-roles"));
    out.push_str(&format!("roles = {}\n", list(&answers.roles)));
    out.push('\n');
    comment(&mut out, &tr!("demarche-comment-folders"));
    out.push_str("[folders]\n");
    let f = &answers.folders;
    out.push_str(&format!("data = {}\n", quoted(&f.data)));
    out.push_str(&format!("evaluations = {}\n", quoted(&f.evaluations)));
    out.push_str(&format!("reports = {}\n", quoted(&f.reports)));
    out.push('\n');
    comment(&mut out, &tr!("demarche-comment-actions"));
    if answers.actions.is_empty() {
        comment(&mut out, "[[actions]]\nid = \"…\"\naliases = []");
        out.push('\n');
    }
    for action in &answers.actions {
        out.push_str(&format!(
            "[[actions]]\nid = {}\naliases = []\n\n",
            quoted(action)
        ));
    }
    comment(&mut out, &tr!("demarche-comment-sources"));
    out.push_str(&format!(
        "[[sources]]\npath = {}\n",
        quoted(&format!("{}/*.csv", f.data))
    ));
    out.push('\n');
    comment(&mut out, &tr!("demarche-comment-targets"));
    comment(&mut out, TARGET_EXAMPLE);
    out
}
