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
