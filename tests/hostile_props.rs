//! Hostile text in the data (action names, periods, roles, grid labels,
//! comments) never changes the shape of an output: charts stay valid XML, the
//! HTML page and the Markdown report keep the structure they have with tame
//! names, and nothing reaches a terminal as a control sequence.

use proptest::prelude::*;
use utilsoc::grid::{Grid, load};
use utilsoc::report::document::{self, Block, Inputs};
use utilsoc::report::{grid_table, scores};
use utilsoc::score::{Answer, Scorecard, Tally, Verbatim, divergences};

/// Characters that broke an output once, or could: escapes, C1 controls,
/// bidi overrides, XML noncharacters, line breaks, Markdown and HTML syntax.
const NASTY: &[char] = &[
    '\u{0}', '\u{1b}', '\u{7}', '\u{8}', '\t', '\r', '\n', '\u{b}', '\u{c}', '\u{7f}', '\u{85}',
    '\u{9b}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{200f}', '\u{2028}', '\u{fffe}',
    '\u{ffff}', '<', '>', '&', '"', '\'', '|', '#', '-', '+', '=', '@', '*', '_', '`', '[', ']',
    '(', ')', '!', '\\', '~', '$', '.', '1', ' ', 'é', '中',
];

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(NASTY), 1 => any::<char>()],
        0..24,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// A TOML string holding `s` exactly.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// A small grid whose title and labels are `labels` (four of them).
fn grid(labels: &[String]) -> Option<Grid> {
    let [title, domain, criterion, indicator] = labels else {
        panic!("four labels")
    };
    let source = format!(
        r#"
format = 1
id = "p"
version = "1.0.0"
title = {}
[scales.accord]
type = "levels"
levels = [{{ id = "a", label = "A" }}, {{ id = "b", label = "B" }}]
[scales.texte]
type = "text"
[[domains]]
id = "d1"
label = {}
[[domains.criteria]]
id = "c1"
label = {}
[[domains.criteria.indicators]]
id = "i1"
label = {}
scale = "accord"
[[domains.criteria.indicators]]
id = "i2"
label = "I2"
scale = "texte"
[[domains]]
id = "d2"
label = "D2"
[[domains.criteria]]
id = "c2"
label = "C2"
[[domains.criteria.indicators]]
id = "i3"
label = "I3"
scale = "accord"
"#,
        toml_string(title),
        toml_string(domain),
        toml_string(criterion),
        toml_string(indicator)
    );
    load("p.toml", source.as_bytes()).0
}

/// Answers from two actions, two periods and two roles, with comments.
fn cards(grid: &Grid, names: &[String], comments: &[String]) -> Vec<Scorecard> {
    let mut tally = Tally::new(grid, true);
    tally.keep_texts();
    for (k, action) in names[..2].iter().enumerate() {
        for period in &names[2..4] {
            for role in &names[4..6] {
                let g = tally.group(action, Some(period), utilsoc::score::Respondent::Role(role));
                tally.add_response(g);
                tally.add(g, 0, Answer::Value(100.0 * k as f64));
                tally.add(g, 2, Answer::Value(100.0));
                tally.add_text(
                    g,
                    Verbatim {
                        indicator: Some(0),
                        source: 0,
                        line: 1,
                        comment: true,
                        text: comments[0].clone(),
                    },
                );
                tally.add_text(
                    g,
                    Verbatim {
                        indicator: Some(1),
                        source: 0,
                        line: 2,
                        comment: false,
                        text: comments[1].clone(),
                    },
                );
                tally.add_text(
                    g,
                    Verbatim {
                        indicator: None,
                        source: 0,
                        line: 3,
                        comment: true,
                        text: comments[2].clone(),
                    },
                );
            }
        }
    }
    tally.finish()
}

fn blocks(grid: &Grid, cards: &[Scorecard], roles: Vec<String>) -> Vec<Block> {
    document::build(&Inputs {
        grid,
        cards,
        divergences: &divergences(grid, cards),
        by_role: true,
        roles,
        guards: Default::default(),
        date: "2026-01-01".into(),
        context: None,
        judgement: None,
    })
}

/// The report of a démarche: organisation and title, the group's judgement
/// of both actions with a plan, and the grid's record of who defined its
/// utilité sociale, all in `words` (five of them).
fn blocks_in_demarche(
    grid: &Grid,
    cards: &[Scorecard],
    roles: Vec<String>,
    actions: &[String],
    words: &[String],
) -> Vec<Block> {
    use utilsoc::grid::model::{SocialUtility, Text};
    use utilsoc::judgement::{Appreciation, Judgement, Step, Verdict};
    let mut grid = grid.clone();
    grid.social_utility = Some(SocialUtility {
        // One paragraph: a blank line would make two, in both reports.
        definition: Some(Text {
            text: words[0].replace('\n', " "),
            translations: Default::default(),
        }),
        chosen_by: vec![roles[0].clone(), words[1].clone()],
        participants: Some(3),
        chosen_on: Some(words[2].clone()),
    });
    let mut judgement = Judgement::new(&grid, words[3].clone());
    judgement.participants = Some(words[4].clone());
    for (action, verdict) in actions.iter().zip([Verdict::Met, Verdict::CannotSay]) {
        judgement.set(Appreciation {
            action: action.clone(),
            period: None,
            criterion: "c1".into(),
            verdict: Some(verdict),
            argument: Some(words[0].clone()),
            recommendations: Some(words[1].clone()),
            seen: None,
        });
        judgement.plan.push(Step {
            what: words[2].clone(),
            who: Some(words[3].clone()),
            when: Some(words[4].clone()),
            action: Some(action.clone()),
            criterion: Some("c2".into()),
        });
    }
    document::build(&Inputs {
        grid: &grid,
        cards,
        divergences: &divergences(&grid, cards),
        by_role: true,
        roles,
        guards: Default::default(),
        date: "2026-01-01".into(),
        context: Some(document::Context {
            organisation: words[1].clone(),
            title: words[2].clone(),
        }),
        judgement: Some(&judgement),
    })
}

fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fffe}' | '\u{ffff}')
}

/// How many times `c` appears in `line` not escaped by a backslash.
fn unescaped(line: &str, c: char) -> usize {
    let mut count = 0;
    let mut chars = line.chars();
    while let Some(x) = chars.next() {
        if x == '\\' {
            chars.next();
        } else if x == c {
            count += 1;
        }
    }
    count
}

/// What Markdown makes of a line: how it starts, and its unescaped syntax.
fn shape(line: &str) -> (Option<char>, usize, Vec<usize>) {
    // A chart's file name is a slug, percent-encoded: not text.
    let line = match line.rsplit_once("](") {
        Some((alt, _)) if line.starts_with("![") => alt,
        _ => line,
    };
    (
        line.chars().next(),
        line.chars().take_while(|c| *c == '#').count(),
        ['|', '[', ']', '*', '_', '`', '<', '~']
            .iter()
            .map(|c| unescaped(line, *c))
            .collect(),
    )
}

/// Elements of the page outside its charts (chart labels wrap by length).
fn element_count(html: &str) -> usize {
    let mut page = String::new();
    let mut rest = html;
    while let Some((before, after)) = rest.split_once("<figure>") {
        page.push_str(before);
        rest = after.split_once("</figure>").map_or("", |(_, a)| a);
    }
    page.push_str(rest);
    scraper::Html::parse_document(&page)
        .tree
        .nodes()
        .filter(|n| n.value().is_element())
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn hostile_text_keeps_every_output_whole(
        labels in prop::collection::vec(hostile(), 4),
        names in prop::collection::vec(hostile(), 6),
        comments in prop::collection::vec(hostile(), 3),
    ) {
        // Distinct names make distinct groups, as tame names do; the index at
        // the end leaves the hostile start alone.
        let names: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{n}{i}"))
            .collect();
        // Blank comments are dropped: these never are.
        let comments: Vec<String> = comments
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c}{i}"))
            .collect();
        let tame_names: Vec<String> = (0..6).map(|i| format!("n{i}")).collect();
        let tame_labels: Vec<String> = (0..4).map(|i| format!("l{i}")).collect();
        let tame_comments: Vec<String> = (0..3).map(|i| format!("c{i}")).collect();
        // A label the grid check refuses (blank) is not this test's business.
        let Some(grid) = grid(&labels) else {
            return Err(TestCaseError::reject("grid refused"));
        };
        let tame_grid = grid_tame(&tame_labels);

        let cards = cards(&grid, &names, &comments);
        let tame_cards = cards_tame(&tame_grid, &tame_names, &tame_comments);
        let blocks = blocks(&grid, &cards, names[4..6].to_vec());
        let tame = blocks_tame(&tame_grid, &tame_cards, tame_names[4..6].to_vec());

        // Charts: valid XML, each under its own file name.
        let (md, files) = document::markdown(&blocks, "r");
        let (tame_md, tame_files) = document::markdown(&tame, "r");
        prop_assert_eq!(files.len(), tame_files.len());
        let mut file_names: Vec<&String> = files.iter().map(|(f, _)| f).collect();
        file_names.sort();
        file_names.dedup();
        prop_assert_eq!(file_names.len(), files.len());
        for (file, svg) in &files {
            prop_assert!(file.len() < 200, "{}", file);
            if let Err(e) = roxmltree::Document::parse(svg) {
                prop_assert!(false, "{file}: {e}\n{svg}");
            }
        }

        // Markdown: line for line the shape of the tame report.
        let lines: Vec<&str> = md.lines().collect();
        let tame_lines: Vec<&str> = tame_md.lines().collect();
        prop_assert_eq!(lines.len(), tame_lines.len(), "{}", md);
        for (line, tame_line) in lines.iter().zip(&tame_lines) {
            prop_assert_eq!(shape(line), shape(tame_line), "{}\n{}", line, tame_line);
        }
        prop_assert!(!md.chars().any(is_forbidden), "{:?}", md);

        // HTML: the tame page's elements, and no control or bidi override.
        let html = document::html(&blocks);
        prop_assert!(!html.chars().any(is_forbidden));
        prop_assert_eq!(element_count(&html), element_count(&document::html(&tame)));

        // A démarche's report (its context, judgement, plan and record of
        // who chose the criteria, all hostile): the tame one's shape too.
        let tame_words: Vec<String> = (0..5).map(|i| format!("w{i}")).collect();
        let words: Vec<String> = labels
            .iter()
            .chain(&comments)
            .take(5)
            .enumerate()
            .map(|(i, w)| format!("{w}{i}"))
            .collect();
        let ours = blocks_in_demarche(&grid, &cards, names[4..6].to_vec(), &names[..2], &words);
        let tame = blocks_in_demarche(
            &tame_grid,
            &tame_cards,
            tame_names[4..6].to_vec(),
            &tame_names[..2],
            &tame_words,
        );
        let (md, _) = document::markdown(&ours, "r");
        let (tame_md, _) = document::markdown(&tame, "r");
        let lines: Vec<&str> = md.lines().collect();
        let tame_lines: Vec<&str> = tame_md.lines().collect();
        prop_assert_eq!(lines.len(), tame_lines.len(), "{}", md);
        for (line, tame_line) in lines.iter().zip(&tame_lines) {
            prop_assert_eq!(shape(line), shape(tame_line), "{}\n{}", line, tame_line);
        }
        prop_assert!(!md.chars().any(is_forbidden), "{:?}", md);
        let html = document::html(&ours);
        prop_assert!(!html.chars().any(is_forbidden));
        prop_assert_eq!(element_count(&html), element_count(&document::html(&tame)));

        // Terminal tables: nothing but text and line ends.
        let table = scores::table(&grid, &cards, 100);
        prop_assert!(!table.chars().any(is_forbidden), "{:?}", table);
        let tree = grid_table::grid_tree(&grid, Some(100));
        prop_assert!(!tree.chars().any(is_forbidden), "{:?}", tree);
        let list = grid_table::grid_list(std::slice::from_ref(&grid), Some(100));
        prop_assert!(!list.chars().any(is_forbidden), "{:?}", list);
    }
}

fn grid_tame(labels: &[String]) -> Grid {
    grid(labels).expect("a tame grid loads")
}

fn cards_tame(grid: &Grid, names: &[String], comments: &[String]) -> Vec<Scorecard> {
    cards(grid, names, comments)
}

fn blocks_tame(grid: &Grid, cards: &[Scorecard], roles: Vec<String>) -> Vec<Block> {
    blocks(grid, cards, roles)
}

#[test]
fn colliding_and_long_action_names_get_their_own_bounded_charts() {
    let labels: Vec<String> = (0..4).map(|i| format!("l{i}")).collect();
    let grid = grid_tame(&labels);
    let long = "N".repeat(300);
    let comments: Vec<String> = (0..3).map(|i| format!("c{i}")).collect();
    let mut all = Vec::new();
    for pair in [["Fête", "Fete"], [&long, "中文一"], ["中文二", "Fete!"]] {
        let names: Vec<String> = [pair[0], pair[1], "2024", "2025", "r1", "r2"]
            .map(String::from)
            .to_vec();
        all.extend(cards(&grid, &names, &comments));
    }
    let blocks = blocks(&grid, &all, vec!["r1".into(), "r2".into()]);
    let (md, files) = document::markdown(&blocks, "rapport");
    let mut names: Vec<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "{names:#?}");
    // Six actions × two periods (roles split) × two kinds of chart.
    assert_eq!(count, 24, "{names:#?}");
    for name in &names {
        assert!(name.len() <= 120, "{name}");
        assert!(name.bytes().all(|b| b.is_ascii()), "{name}");
    }
    // Each section links its own charts: the title of each chart names the
    // action of the heading above it.
    let mut action = "";
    let mut seen = 0;
    for line in md.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            action = heading;
        }
        if let Some(link) = line.strip_prefix("![") {
            let file = link.rsplit_once("](").unwrap().1.trim_end_matches(')');
            let svg = &files.iter().find(|(f, _)| f == file).unwrap().1;
            let title = svg.split("-title\">").nth(1).unwrap();
            let title = title.split("</title>").next().unwrap();
            assert!(
                title.contains(&format!("{action} — ")),
                "{file} under `{action}` shows {title}"
            );
            seen += 1;
        }
    }
    assert_eq!(seen, 24);
    // The same names on every run.
    let (_, again) = document::markdown(&blocks, "rapport");
    assert_eq!(files, again);
}
