//! The published JSON Schema accepts every built-in grid and rejects what
//! `check` rejects for shape.

use utilsoc::grid::{builtin, schema};

fn as_json(toml_source: &str) -> serde_json::Value {
    let value: toml::Value = toml::from_str(toml_source).expect("valid TOML");
    serde_json::to_value(value).expect("TOML values convert to JSON")
}

#[test]
fn builtin_grids_validate_against_the_schema() {
    let schema = schema::schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let validator = jsonschema::draft7::new(&schema).expect("the schema compiles");
    for b in builtin::BUILTINS {
        let instance = as_json(b.source);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", b.id);
    }
}

#[test]
fn the_schema_rejects_unknown_keys_and_wrong_types() {
    let validator = jsonschema::draft7::new(&schema::schema()).unwrap();
    let source = builtin::find("utilite-sociale").unwrap().source;
    let mut instance = as_json(source);
    instance["domains"][0]["lable"] = serde_json::json!("x");
    assert!(!validator.is_valid(&instance));
    let mut instance = as_json(source);
    instance["domains"][0]["weight"] = serde_json::json!("lourd");
    assert!(!validator.is_valid(&instance));
    let mut instance = as_json(source);
    instance["domains"][0]["id"] = serde_json::json!("Pas un slug");
    assert!(!validator.is_valid(&instance));
}

#[test]
fn the_schema_accepts_roles_and_rejects_their_misshapes() {
    let validator = jsonschema::draft7::new(&schema::schema()).unwrap();
    // The example's grid declares roles, asks indicators of some of them with
    // their own wording, and allows "ne sait pas" on a scale.
    let source = std::fs::read_to_string("examples/tilleuls/grille-tilleuls.toml").unwrap();
    let instance = as_json(&source);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(instance["roles"].as_array().is_some_and(|r| !r.is_empty()));

    let indicator = |instance: &mut serde_json::Value| -> serde_json::Value {
        instance["domains"][0]["criteria"][0]["indicators"][0].take()
    };
    let with = |key: &str, value: serde_json::Value| {
        let mut instance = as_json(&source);
        let mut first = indicator(&mut instance);
        first[key] = value;
        instance["domains"][0]["criteria"][0]["indicators"][0] = first;
        instance
    };
    assert!(validator.is_valid(&with(
        "questions_en",
        serde_json::json!({ "salarie": "In your view?" })
    )));
    assert!(!validator.is_valid(&with("questions", serde_json::json!({ "salarie": 3 }))));
    assert!(!validator.is_valid(&with("questions", serde_json::json!("Selon vous ?"))));
    assert!(!validator.is_valid(&with("roles", serde_json::json!("habitant"))));
    let mut instance = as_json(&source);
    instance["roles"][0]["alias"] = serde_json::json!(["usager"]);
    assert!(!validator.is_valid(&instance));
    let mut instance = as_json(&source);
    instance["scales"]["accord"]["dont_know"] = serde_json::json!("oui");
    assert!(!validator.is_valid(&instance));
}

#[test]
fn the_schema_accepts_the_social_utility_record_and_rejects_its_misshapes() {
    let validator = jsonschema::draft7::new(&schema::schema()).unwrap();
    let source = std::fs::read_to_string("tests/cmd/adapt.in/record.toml").unwrap();
    let instance = as_json(&source);
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    for (key, value) in [
        ("participants", serde_json::json!(0)),
        ("participants", serde_json::json!("douze")),
        ("chosen_on", serde_json::json!("14/03/2025")),
        ("chosen_by", serde_json::json!("CA")),
        ("definiton", serde_json::json!("…")),
    ] {
        let mut bad = instance.clone();
        bad["social_utility"][key] = value;
        assert!(!validator.is_valid(&bad), "{key}");
    }
    let mut month = instance.clone();
    month["social_utility"]["chosen_on"] = serde_json::json!("2025-03");
    assert!(validator.is_valid(&month));
}
