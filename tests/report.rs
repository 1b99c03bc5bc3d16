//! Reports, checked from the outside: the HTML's charts and tables carry the
//! numbers `score` gives, nothing is fetched, and the Markdown is pinned.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use scraper::{Html, Selector};

const DATA: &str = "tests/cmd/score.in";

fn utilsoc(args: &[&str], cwd: &Path) -> std::process::Output {
    let output = Command::new(env!("CARGO_BIN_EXE_utilsoc"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env("LANG", "fr_FR.UTF-8")
        .env("LC_ALL", "")
        .env("SOURCE_DATE_EPOCH", "1790000000")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn select(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Domain and criterion scores from `score --format csv`, by (action, series
/// name as the report writes it, node id).
fn scores(by_role: bool) -> HashMap<(String, String, String), Option<f64>> {
    let mut args = vec![
        "score",
        "--grid",
        "grid.toml",
        "enquete.csv",
        "long.csv",
        "--format",
        "csv",
        "-q",
    ];
    if by_role {
        args.extend(["--by", "role"]);
    }
    let output = utilsoc(&args, Path::new(DATA));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let series = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "series")
        .unwrap();
    let mut map = HashMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        // The report names the action's pooled answers « tous les répondants » when
        // roles split, never a role. CSV names the roles offered by their
        // ids, the report by their labels.
        let label = utilsoc::role::ROLES
            .iter()
            .find(|r| r.id == &row[2])
            .map(|r| utilsoc::i18n::message_in(utilsoc::i18n::Lang::Fr, r.key, &[]));
        let role = match &row[series] {
            "all" if by_role => "tous les répondants",
            "all" => "",
            _ => label.as_deref().unwrap_or(&row[2]),
        };
        let series = [&row[1], role]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let score = (!row[6].is_empty()).then(|| row[6].parse().unwrap());
        map.insert((row[0].to_owned(), series, row[4].to_owned()), score);
    }
    map
}

#[test]
fn html_charts_and_tables_carry_the_scores() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.html");
    let out_arg = out.to_str().unwrap();
    utilsoc(
        &[
            "report",
            "--grid",
            "grid.toml",
            "enquete.csv",
            "long.csv",
            "--by",
            "role",
            // The numbers, not the guards, are checked here.
            "--min-responses",
            "0",
            "--min-coverage",
            "0",
            "-o",
            out_arg,
            "-q",
        ],
        Path::new(DATA),
    );
    let text = std::fs::read_to_string(&out).unwrap();
    let expected = scores(true);
    let html = Html::parse_document(&text);

    // One radar per action, each vertex at the score `score` gives.
    let radars: Vec<_> = html.select(&select("svg.radar")).collect();
    let actions: std::collections::BTreeSet<&str> = expected.keys().map(|k| k.0.as_str()).collect();
    // With roles split, each period of an action has its own radar.
    let charted: std::collections::BTreeSet<String> = radars
        .iter()
        .map(|r| r.select(&select("title")).next().unwrap().text().collect())
        .collect();
    for action in &actions {
        assert!(
            charted.iter().any(|t| t.contains(action)),
            "a radar for {action}"
        );
    }
    let mut vertices = 0;
    for radar in &radars {
        let title: String = radar
            .select(&select("title"))
            .next()
            .unwrap()
            .text()
            .collect();
        let action = actions
            .iter()
            .find(|a| title.contains(*a))
            .expect("the title names the action");
        for series in radar.select(&select("g.series")) {
            let name = series.value().attr("data-series").unwrap();
            for vertex in series.select(&select(".vertex")) {
                let domain = vertex.value().attr("data-domain").unwrap();
                let score: f64 = vertex.value().attr("data-score").unwrap().parse().unwrap();
                let want = expected[&(action.to_string(), name.to_owned(), domain.to_owned())]
                    .expect("a vertex only for a scored domain");
                assert!(
                    (score - want).abs() < 0.01,
                    "{action} {name} {domain}: {score} vs {want}"
                );
                vertices += 1;
            }
        }
        assert!(
            radar.select(&select("desc")).next().is_some(),
            "an accessible description"
        );
    }
    assert!(vertices > 10);

    // The comparison table: one row per group, domain cells as `score (n/m)`.
    let table = html.select(&select("table")).next().unwrap();
    let rows: Vec<_> = table.select(&select("tbody tr")).collect();
    let groups: std::collections::BTreeSet<_> = expected.keys().map(|k| (&k.0, &k.1)).collect();
    assert_eq!(rows.len(), groups.len());
    for row in rows {
        let cells: Vec<String> = row
            .select(&select("td"))
            .map(|c| c.text().collect())
            .collect();
        let role = cells[2].as_str();
        assert_ne!(role, "sans rôle", "the structure's figures are not a role");
        let series = [cells[1].as_str(), role]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        // Action, period, role, responses, overall, then the grid's 3 domains.
        for (cell, domain) in cells[5..]
            .iter()
            .zip(["lien-social", "acces-droits", "engagement"])
        {
            let want = expected[&(cells[0].clone(), series.clone(), domain.to_owned())];
            let shown = cell.split(' ').next().unwrap();
            match want {
                Some(v) => assert_eq!(shown, format!("{}", v.round()), "{cells:?}"),
                None => assert_eq!(shown, "—"),
            }
        }
    }

    // Divergences over 20 points are flagged, and quotes are there.
    assert!(text.contains("Là où les regards divergent"));
    assert!(html.select(&select("td.diverge")).next().is_some());
    let quotes: Vec<String> = html
        .select(&select("blockquote"))
        .map(|q| q.text().collect())
        .collect();
    assert!(
        quotes
            .iter()
            .any(|q| q.contains("Ici on s'entraide; vraiment")),
        "{quotes:?}"
    );
    // Change between periods, with arrows as well as colours.
    assert!(html.select(&select("td.up, td.down")).any(|c| {
        let t: String = c.text().collect();
        t.starts_with('▲') || t.starts_with('▼')
    }));

    // Self-contained: nothing to fetch, no script.
    for forbidden in [
        "<script", " src=", "http://", "https://", "url(", "@import", "<link",
    ] {
        assert!(!text.contains(forbidden), "the report contains {forbidden}");
    }
}

#[test]
fn markdown_report_is_pinned() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rapport.md");
    utilsoc(
        &[
            "report",
            "--grid",
            "grid.toml",
            "enquete.csv",
            "long.csv",
            "-o",
            out.to_str().unwrap(),
            "-q",
        ],
        Path::new(DATA),
    );
    let text = std::fs::read_to_string(&out).unwrap();
    for line in text.lines().filter(|l| l.starts_with("![")) {
        let file = line.split("](").nth(1).unwrap().trim_end_matches(')');
        let svg = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{file}"
        );
    }
    insta::assert_snapshot!(text);
}

/// Names, comments and labels with markup, escapes and line breaks stay text:
/// the Markdown is pinned, every chart parses as XML under a name of its own,
/// and the HTML holds no control character or bidi override.
#[test]
fn hostile_text_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("rapport hostile.md");
    let html = dir.path().join("rapport.html");
    let cwd = Path::new("tests/cmd/hostile.in");
    for out in [&md, &html] {
        utilsoc(
            &[
                "report",
                "--grid",
                "grid.toml",
                "report.csv",
                "-o",
                out.to_str().unwrap(),
                "-q",
            ],
            cwd,
        );
    }
    let text = std::fs::read_to_string(&md).unwrap();
    let mut charts = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("![")) {
        let file = line.rsplit_once("](").unwrap().1.trim_end_matches(')');
        let file = file.replace("%20", " ");
        let svg = std::fs::read_to_string(dir.path().join(&file)).unwrap();
        if let Err(e) = roxmltree::Document::parse(&svg) {
            panic!("{file}: {e}");
        }
        assert!(file.len() < 120, "{file}");
        charts.push(file);
    }
    // Eight actions, two charts each, none shared.
    let count = charts.len();
    charts.sort();
    charts.dedup();
    assert_eq!((count, charts.len()), (16, 16), "{charts:#?}");
    insta::assert_snapshot!(text);

    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        !page.chars().any(|c| (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "a control character in the HTML"
    );
    for raw in ["<img", "<script"] {
        assert!(!page.contains(raw), "{raw} in the HTML");
    }
}

/// A score of 62.5 reads 63 everywhere people see it (tables, chart labels,
/// chart descriptions, the Markdown), 62.45 reads 62, and the charts' data
/// keep two decimals: one rounding rule, not Rust's ties-to-even `{:.0}`.
#[test]
fn half_points_round_up_in_tables_and_charts() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = Path::new("tests/cmd/score/half-up.in");
    let html = dir.path().join("rapport.html");
    let md = dir.path().join("rapport.md");
    for out in [&html, &md] {
        utilsoc(
            &[
                "report",
                "--grid",
                "grid.toml",
                "reponses.csv",
                "-o",
                out.to_str().unwrap(),
                "-q",
            ],
            cwd,
        );
    }
    let page = Html::parse_document(&std::fs::read_to_string(&html).unwrap());
    let text = |e: scraper::ElementRef<'_>| e.text().collect::<String>();

    // The overview: action, period, responses, overall, then the one domain.
    let table = page.select(&select("table")).next().unwrap();
    let rows: Vec<Vec<String>> = table
        .select(&select("tbody tr"))
        .map(|r| r.select(&select("td")).map(text).collect())
        .collect();
    let row = |action: &str| rows.iter().find(|r| r[0] == action).unwrap().clone();
    assert_eq!(row("Demi")[3..], ["63 (1/1)", "63 (1/1)"]);
    assert_eq!(row("Presque")[3..], ["62 (1/1)", "62 (1/1)"]);
    assert_eq!(row("Au-dessus")[3..], ["63 (1/1)", "63 (1/1)"]);

    // Each action's charts: the radar's description, the bar's label and
    // title say 63 (62 for 62.45); the data attributes keep the decimals.
    let charts = |class: &str| -> Vec<scraper::ElementRef<'_>> {
        page.select(&select(&format!("svg.{class}"))).collect()
    };
    let (radars, bars) = (charts("radar"), charts("bars"));
    assert_eq!((radars.len(), bars.len()), (3, 3));
    for (action, shown, data) in [
        ("Demi", "63", "62.50"),
        ("Presque", "62", "62.45"),
        ("Au-dessus", "63", "62.55"),
    ] {
        let radar = chart_of(&radars, action);
        let desc = text(radar.select(&select("desc")).next().unwrap());
        assert!(desc.ends_with(&format!("Présence {shown}")), "{desc}");
        let vertex = radar.select(&select(".vertex")).next().unwrap();
        assert_eq!(vertex.value().attr("data-score"), Some(data));

        let bar_chart = chart_of(&bars, action);
        let desc = text(bar_chart.select(&select("desc")).next().unwrap());
        assert!(desc.ends_with(&format!(" {shown}")), "{desc}");
        let bar = bar_chart.select(&select("rect.bar")).next().unwrap();
        assert_eq!(bar.value().attr("data-score"), Some(data));
        assert!(text(bar).ends_with(&format!(": {shown}")), "{}", text(bar));
        let labels: Vec<String> = bar_chart.select(&select("text")).map(text).collect();
        assert!(labels.contains(&shown.to_owned()), "{labels:?}");
    }

    // The Markdown's table says the same.
    let markdown = std::fs::read_to_string(&md).unwrap();
    let line = |action: &str| {
        markdown
            .lines()
            .find(|l| l.starts_with(&format!("| {action} |")))
            .unwrap()
            .to_owned()
    };
    assert!(
        line("Demi").ends_with("| 63 (1/1) | 63 (1/1) |"),
        "{markdown}"
    );
    assert!(
        line("Presque").ends_with("| 62 (1/1) | 62 (1/1) |"),
        "{markdown}"
    );
}

/// The chart whose title ends with `: action`.
fn chart_of<'a>(charts: &[scraper::ElementRef<'a>], action: &str) -> scraper::ElementRef<'a> {
    *charts
        .iter()
        .find(|c| {
            let title: String = c.select(&select("title")).next().unwrap().text().collect();
            title.ends_with(&format!(": {action}"))
        })
        .unwrap_or_else(|| panic!("no chart of {action}"))
}

/// The change between periods reads in time order, across years, whether the
/// periods come from a period column written by hand (as text, `S1 2025`
/// sorts before `S2 2024`, and a rise read as a fall) or from dates.
#[test]
fn period_change_reads_forward_across_years() {
    let dir = tempfile::tempdir().unwrap();
    let grid = Path::new("tests/cmd/exports.in/periods-grid.toml");
    std::fs::copy(grid, dir.path().join("grid.toml")).unwrap();
    // S1 2025 first in the file: accueil 100 and reviendra 100 (overall 100);
    // S2 2024: accueil (75 + 25) / 2 = 50, reviendra 50, overall 50: +50.
    std::fs::write(
        dir.path().join("reponses.csv"),
        "action;period;bien-accueilli;reviendra\n\
         Café;S1 2025;Tout à fait;oui\n\
         Café;S2 2024;Assez;oui\n\
         Café;S2 2024;Un peu;non\n",
    )
    .unwrap();
    utilsoc(
        &[
            "report",
            "--grid",
            "grid.toml",
            "reponses.csv",
            "-o",
            "rapport.md",
            "-q",
        ],
        dir.path(),
    );
    let md = std::fs::read_to_string(dir.path().join("rapport.md")).unwrap();
    assert!(md.contains("| S2 2024 | S1 2025 |"), "{md}");
    assert!(md.contains("| 50 | 100 | ▲ +50 |"), "{md}");
    assert!(!md.contains('▼'), "{md}");
    assert!(md.contains("S2 2024, S1 2025"), "{md}");

    // From Google Forms' timestamps: 2024-S2 overall 71.25, 2025-S1 82.29
    // (computed in tests/cmd/exports/google-forms-periods.toml).
    let data = Path::new("tests/cmd/exports.in/google-horodateur.csv");
    std::fs::copy(data, dir.path().join("google.csv")).unwrap();
    utilsoc(
        &[
            "report",
            "--grid",
            "grid.toml",
            "google.csv",
            "--period-from",
            "Horodateur",
            "--period-by",
            "semester",
            "-o",
            "google.md",
            "-q",
        ],
        dir.path(),
    );
    let md = std::fs::read_to_string(dir.path().join("google.md")).unwrap();
    assert!(md.contains("| 2024-S2 | 2025-S1 |"), "{md}");
    assert!(md.contains("| 71 | 82 | ▲ +11 |"), "{md}");
}

/// A grid of two domains, for the document built in-process.
fn small_grid() -> utilsoc::grid::Grid {
    let source = r#"
format = 1
id = "g"
version = "1.0.0"
title = "Grille"
[scales.accord]
type = "levels"
levels = [{ id = "non", label = "Non" }, { id = "plutot", label = "Plutôt" }, { id = "oui", label = "Oui" }]
[[domains]]
id = "d1"
label = "Accueil"
[[domains.criteria]]
id = "c1"
label = "Bien accueilli"
[[domains.criteria.indicators]]
id = "i1"
label = "Se sentir accueilli"
scale = "accord"
[[domains]]
id = "d2"
label = "Entraide"
[[domains.criteria]]
id = "c2"
label = "S'entraider"
[[domains.criteria.indicators]]
id = "i2"
label = "Avoir été aidé"
scale = "accord"
"#;
    utilsoc::grid::load("g.toml", source.as_bytes()).0.unwrap()
}

#[test]
fn flags_series_and_divergence_read_as_documented() {
    use utilsoc::report::document::{self, Inputs};
    use utilsoc::score::{
        Answer, Divergence, Flag, Guards, NodeKind, Respondent, RoleScore, Series, Tally,
    };
    utilsoc::i18n::set_lang(utilsoc::i18n::Lang::Fr);
    let grid = small_grid();
    let mut tally = Tally::new(&grid, true);
    for period in ["2024", "2025"] {
        for who in [
            Respondent::Structure,
            Respondent::Role("habitant"),
            Respondent::Role("salarie"),
        ] {
            let g = tally.group("Accueil", Some(period), who);
            tally.add_response(g);
            tally.add(g, 0, Answer::Value(50.0));
            tally.add(g, 1, Answer::Value(100.0));
        }
    }
    let mut cards = tally.finish();
    // The engine's guards, by hand: the 2025 « Entraide » of the structure's
    // series rests on too few responses, the 2024 « Accueil » on too little.
    let all: Vec<usize> = (0..cards.len())
        .filter(|&i| cards[i].key.series == Series::All)
        .collect();
    assert_eq!(all.len(), 2);
    cards[all[1]].domains[1].flag = Flag {
        low_responses: true,
        low_coverage: false,
    };
    cards[all[0]].domains[0].flag = Flag {
        low_responses: false,
        low_coverage: true,
    };
    // Each role's favourable share on i1, as the engine gives it.
    for card in &mut cards {
        card.indicators[0].favourable = Some(64.0);
    }
    let side = |role: &str, score, responses, shared| RoleScore {
        role: role.to_owned(),
        score,
        responses,
        shared,
    };
    let divergences = vec![
        Divergence {
            action: "Accueil".into(),
            period: Some("2025".into()),
            kind: NodeKind::Criterion,
            index: 0,
            spread: 29.0,
            roles: vec![side("habitant", 71.0, 12, 4), side("salarie", 100.0, 3, 1)],
        },
        Divergence {
            action: "Accueil".into(),
            period: Some("2025".into()),
            kind: NodeKind::Indicator,
            index: 0,
            spread: 40.0,
            roles: vec![side("habitant", 60.0, 12, 1), side("salarie", 100.0, 3, 1)],
        },
    ];
    let guards = Guards {
        min_responses: 5,
        min_coverage: 0.5,
    };
    let blocks = document::build(&Inputs {
        grid: &grid,
        cards: &cards,
        divergences: &divergences,
        by_role: true,
        roles: vec!["habitant".into(), "salarie".into()],
        guards,
        date: "2026-01-01".into(),
        context: None,
        judgement: None,
    });
    let html = Html::parse_document(&document::html(&blocks));

    // The action's pooled series is « tous les répondants », never « sans rôle ».
    let overview = html.select(&select("table")).next().unwrap();
    let series: Vec<String> = overview
        .select(&select("tbody tr"))
        .map(|r| r.select(&select("td")).nth(2).unwrap().text().collect())
        .collect();
    assert_eq!(
        series
            .iter()
            .filter(|s| *s == "tous les répondants")
            .count(),
        2
    );
    for series in html.select(&select("g.series")) {
        let name = series.value().attr("data-series").unwrap();
        assert!(!name.contains("sans rôle"), "{name}");
    }
    assert!(
        html.select(&select("g.series"))
            .any(|s| s.value().attr("data-series") == Some("2025 · tous les répondants"))
    );

    // Flagged scores are greyed and say why, in words.
    let flagged: Vec<String> = html
        .select(&select("td.flagged"))
        .map(|c| c.text().collect())
        .collect();
    assert!(
        flagged
            .iter()
            .any(|t| t == "100 (1/1) (moins de 5 réponses)"),
        "{flagged:?}"
    );
    assert!(
        flagged
            .iter()
            .any(|t| t == "50 (1/1) (couverture sous 50\u{a0}%)"),
        "{flagged:?}"
    );

    // No change drawn from a flagged score: « — » and the reason. The roles'
    // series, unflagged, keep their « = 0 ».
    let changes: Vec<String> = html
        .select(&select("td.same"))
        .map(|c| c.text().collect())
        .collect();
    assert!(
        changes.contains(&"— (couverture sous 50\u{a0}%)".to_owned()),
        "{changes:?}"
    );
    assert!(
        changes.contains(&"— (moins de 5 réponses)".to_owned()),
        "{changes:?}"
    );
    assert!(changes.contains(&"= 0".to_owned()), "{changes:?}");

    // Divergence: each role's score with its n and shared indicators, then
    // the indicator with each role's favourable share.
    let text: String = html.root_element().text().collect();
    assert!(
        text.contains("habitant 71 (n = 12, 4 indicateurs partagés) · salarie 100 (n = 3, 1 indicateur partagé)"),
        "{text}"
    );
    assert!(
        text.contains("habitant 60 (n = 12, 64\u{a0}% favorables)"),
        "{text}"
    );
    assert!(text.contains("⚠ 40"));

    // The method note gives the thresholds used.
    assert!(text.contains(
        "un score qui repose sur moins de 5 réponses ou moins de 50\u{a0}% des indicateurs notés"
    ));
}

/// The document's Markdown from its start up to (not including) the
/// heading `until`, or to its end.
fn markdown_until(blocks: &[utilsoc::report::document::Block], until: &str) -> String {
    use utilsoc::report::document::{self, Block};
    let end = blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(2, t) if t == until))
        .unwrap_or(blocks.len());
    document::markdown(&blocks[..end], "rapport").0
}

/// The Markdown of the blocks from the heading `from` to the next heading
/// of the same level.
fn markdown_section(blocks: &[utilsoc::report::document::Block], from: &str) -> String {
    use utilsoc::report::document::{self, Block};
    let start = blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(2, t) if t == from))
        .unwrap_or_else(|| panic!("no section {from}"));
    let end = blocks[start + 1..]
        .iter()
        .position(|b| matches!(b, Block::Heading(1 | 2, _)))
        .map_or(blocks.len(), |n| start + 1 + n);
    document::markdown(&blocks[start..end], "rapport").0
}

/// A local grid on `centres-sociaux`: two indicators left out, one added,
/// one renamed with another target; the organisation's definition of its
/// utilité sociale and who chose the criteria, set as `grids adapt` records
/// them.
fn local_grid() -> utilsoc::grid::Grid {
    use utilsoc::grid::model::{Role, SocialUtility, Text};
    let source = r#"
format = 1
id = "tilleuls"
version = "1.0.0"
title = "Utilité sociale des Tilleuls"
extends = "centres-sociaux@1"
ignore = ["habitants-distincts", "delai-rendez-vous"]

[override.amplitude-accueil]
label = "Heures d'ouverture de l'accueil, soirées comprises"
target = 45

[[domains]]
id = "inclusion-socialisation"

[[domains.criteria]]
id = "accueil-ecoute"

[[domains.criteria.indicators]]
id = "accueil-soir"
label = "Soirées d'accueil ouvertes par mois"
scale = "nombre"
"#;
    let (grid, report) = utilsoc::grid::load("grille.toml", source.as_bytes());
    let mut grid = grid.unwrap_or_else(|| panic!("{:#?}", report.findings));
    let text = |s: &str| Text {
        text: s.to_owned(),
        translations: Default::default(),
    };
    grid.roles = vec![
        Role {
            id: "habitant".into(),
            label: text("Habitant·e"),
            description: None,
            aliases: Vec::new(),
        },
        Role {
            id: "benevole".into(),
            label: text("Bénévole"),
            description: None,
            aliases: Vec::new(),
        },
    ];
    grid.social_utility = Some(SocialUtility {
        definition: Some(text(
            "Nous ouvrons un lieu où chacun *se sent* attendu.\n\nNous aidons les habitants à agir <ensemble> sur leur quartier.",
        )),
        chosen_by: vec!["habitant".into(), "benevole".into(), "Partenaires".into()],
        participants: Some(14),
        chosen_on: Some("2026-03".into()),
    });
    grid
}

/// The judgement file as a group writes it by hand (or `utilsoc judge`):
/// all four verdicts, French and English words, one criterion whose figures
/// changed since (62 then), one still undecided, one the grid no longer has,
/// a plan with a step for the whole structure.
const JUDGEMENT: &str = r##"
format = 1
participants = "le bureau et 3 habitantes"
date = "2026-06-12"

[grid]
id = "tilleuls"
version = "1.0.0"
hash = "x"

[[appreciations]]
action = "Accueil"
period = "2026"
criterion = "accueil-ecoute"
verdict = "met"
argument = "Les habitants | reviennent <souvent>."
recommendations = "Garder les soirées."
[appreciations.seen]
score = 62
scored = 2
scorable = 3
responses = 2

[[appreciations]]
action = "Accueil"
period = "2026"
criterion = "publics-fragilises"
verdict = "en_partie"
argument = "Les familles du quartier prioritaire viennent peu."
recommendations = "Aller à leur rencontre au marché."

[[appreciations]]
action = "Accueil"
period = "2026"
criterion = "acces-droits"
verdict = "not_met"
argument = "Trop peu de démarches abouties."

[[appreciations]]
action = "Accueil"
period = "2026"
criterion = "confiance-autonomie"
verdict = "ne_peut_pas_dire"
argument = "Personne n'a répondu à ces questions."

[[appreciations]]
action = "Accueil"
period = "2026"
criterion = "rompre-isolement"
argument = "À rediscuter en septembre."

[[appreciations]]
action = "Accueil"
period = "2026"
criterion = "ancien-critere"
verdict = "met"
argument = "Un critère que la grille n'a plus : listé, jamais compté."

[[plan]]
what = "Ouvrir l'accueil deux soirs par semaine"
who = "Awa (accueil)"
when = "2026-10"
action = "Accueil"
criterion = "accueil-ecoute"

[[plan]]
what = "# Présenter ce rapport en assemblée générale"
who = "le bureau"
when = "avant l'été"
"##;

#[test]
fn a_demarche_report_opens_with_its_judgement_and_its_referential() {
    use utilsoc::judgement::Judgement;
    use utilsoc::report::document::{self, Context, Inputs};
    use utilsoc::score::{Answer, Guards, Respondent, Tally};
    utilsoc::i18n::set_lang(utilsoc::i18n::Lang::Fr);
    let grid = local_grid();
    let index = |id: &str| {
        grid.indicators()
            .position(|(_, _, i)| i.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let mut tally = Tally::new(&grid, false);
    // « Accueil et écoute » today: « bien accueilli » (100 + 100 + 0) / 3 =
    // 66.67 on 3 responses; 42 hours of opening, from the grid's baseline 15
    // to the local target 45: 27 / 30 = 90; the criterion (66.67 + 90) / 2 =
    // 78 on 3 responses (the most of its indicators'). The group saw 62 on 2.
    for score in [100.0, 100.0, 0.0] {
        let g = tally.group("Accueil", Some("2026"), Respondent::Role("habitant"));
        tally.add_response(g);
        tally.add(g, index("qualite-accueil"), Answer::Value(score));
    }
    let g = tally.group("Accueil", Some("2026"), Respondent::Structure);
    tally.add(g, index("amplitude-accueil"), Answer::Value(42.0));
    let cards = tally.finish();
    let judgement = Judgement::parse(JUDGEMENT).unwrap();
    let blocks = document::build(&Inputs {
        grid: &grid,
        cards: &cards,
        divergences: &[],
        by_role: false,
        roles: vec!["habitant".into()],
        guards: Guards::default(),
        date: "2026-06-30".into(),
        context: Some(Context {
            organisation: "Centre social <Les Tilleuls>".into(),
            title: "Évaluation 2026".into(),
        }),
        judgement: Some(&judgement),
    });
    insta::assert_snapshot!(markdown_until(&blocks, "Vue d'ensemble"));

    // The HTML says the same, escaped, and its title says whose report it is.
    let page = document::html(&blocks);
    let html = Html::parse_document(&page);
    let title: String = html
        .select(&select("title"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(
        title,
        "Centre social <Les Tilleuls> — Évaluation 2026 — Rapport d'utilité sociale\u{a0}: Utilité sociale des Tilleuls"
    );
    assert!(
        page.contains("Centre social &lt;Les Tilleuls&gt;"),
        "{page}"
    );
    assert!(!page.contains("<souvent>") && !page.contains("<ensemble>"));
    let judged = html.select(&select("table")).next().unwrap();
    let rows: Vec<Vec<String>> = judged
        .select(&select("tbody tr"))
        .map(|r| {
            r.select(&select("td"))
                .map(|c| c.text().collect())
                .collect()
        })
        .collect();
    assert_eq!(rows[0][1], "78 (2/3) *");
    assert_eq!(rows[0][2], "atteint");
    assert_eq!(rows[0][3], "Les habitants | reviennent <souvent>.");
    // Arguments wrap rather than widen the printed page.
    assert_eq!(
        judged
            .select(&select("td.text"))
            .next()
            .map(|c| c.text().collect::<String>()),
        Some("Les habitants | reviennent <souvent>.".to_owned())
    );
    let text: String = html.root_element().text().collect();
    assert!(
        text.contains("les chiffres ont changé depuis le jugement (score alors\u{a0}: 62, 2 réponses\u{a0}; aujourd'hui\u{a0}: 78, 3 réponses)"),
        "{text}"
    );
    assert!(!text.contains("n'a pas encore consigné son jugement"));
}

#[test]
fn without_a_judgement_the_method_says_so_and_a_published_grid_is_named() {
    use utilsoc::report::document::{self, Inputs};
    use utilsoc::score::{Guards, Tally};
    utilsoc::i18n::set_lang(utilsoc::i18n::Lang::Fr);
    let grid = small_grid();
    let cards = Tally::new(&grid, false).finish();
    let blocks = document::build(&Inputs {
        grid: &grid,
        cards: &cards,
        divergences: &[],
        by_role: false,
        roles: Vec::new(),
        guards: Guards::default(),
        date: "2026-06-30".into(),
        context: None,
        judgement: None,
    });
    let md = document::markdown(&blocks, "rapport").0;
    assert!(!md.contains("## Appréciation du groupe"), "{md}");
    assert!(!md.contains("Cible"), "no target, no section: {md}");
    assert!(
        md.contains("La grille «\u{a0}Grille\u{a0}» (\\`g\\`, version 1.0.0) est utilisée telle qu'elle est publiée."),
        "{md}"
    );
    assert!(
        md.contains(
            "Le groupe n'a pas encore consigné son jugement sur ces résultats (\\`utilsoc judge\\`)"
        ),
        "{md}"
    );
}

/// Targets agreed with a funder for one action, the grid's for the other:
/// each row says which, beside the starting point, what was achieved and
/// the score; the roles' series do not repeat them. An indicator nobody
/// measured is listed only when its target was agreed.
#[test]
fn agreed_targets_read_against_what_was_achieved() {
    use utilsoc::report::document::{self, Inputs};
    use utilsoc::score::targets::AgreedTarget;
    use utilsoc::score::{Answer, Guards, Respondent, Tally};
    utilsoc::i18n::set_lang(utilsoc::i18n::Lang::Fr);
    let source = r#"
format = 1
id = "g"
version = "1.0.0"
title = "Grille"
[scales.taux]
type = "number"
min = 0
max = 100
unit = "%"
[scales.jours]
type = "number"
min = 0
unit = "jours"
[[domains]]
id = "d1"
label = "Accès"
[[domains.criteria]]
id = "c1"
label = "Accès aux droits"
[[domains.criteria.indicators]]
id = "retour"
label = "Part des participants revenus"
scale = "taux"
target = 60
[[domains.criteria.indicators]]
id = "delai"
label = "Délai d'un rendez-vous"
scale = "jours"
direction = "lower"
baseline = 30
target = 7
[[domains.criteria.indicators]]
id = "benevoles"
label = "Bénévoles"
scale = "jours"
aggregate = "sum"
"#;
    let grid = utilsoc::grid::load("g.toml", source.as_bytes()).0.unwrap();
    let mut tally = Tally::new(&grid, true).with_targets(vec![
        AgreedTarget {
            indicator: "retour".into(),
            action: Some("Couture".into()),
            period: Some("2026".into()),
            target: 50.0,
            baseline: Some(20.0),
            agreed_with: Some("la Caf".into()),
            date: Some("2026-03-01".into()),
        },
        AgreedTarget {
            indicator: "delai".into(),
            action: Some("Jardin".into()),
            period: None,
            target: 10.0,
            baseline: None,
            agreed_with: None,
            date: None,
        },
    ]);
    // Couture: 35 % came back, half-way from 20 to 50: 50; 10 days, from
    // 30 towards 7: (30 − 10) / 23 = 87. Jardin: 35 % against the grid's
    // 60 from 0: 58; no delay measured: its agreed target is listed all the
    // same, the grid's would not be.
    for action in ["Couture", "Jardin"] {
        let g = tally.group(action, Some("2026"), Respondent::Role("habitant"));
        tally.add_response(g);
        tally.add(g, 0, Answer::Value(35.0));
        if action == "Couture" {
            tally.add(g, 1, Answer::Value(10.0));
        }
        tally.add(g, 2, Answer::Value(4.0));
    }
    let cards = tally.finish();
    let blocks = document::build(&Inputs {
        grid: &grid,
        cards: &cards,
        divergences: &[],
        by_role: true,
        roles: vec!["habitant".into()],
        guards: Guards::default(),
        date: "2026-06-30".into(),
        context: None,
        judgement: None,
    });
    insta::assert_snapshot!(markdown_section(&blocks, "Cible convenue / réalisé"));
}
