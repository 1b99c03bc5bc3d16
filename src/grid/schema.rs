//! The JSON Schema (draft-07) of the grid format, generated from [`spec`](super::spec) so
//! that editors (taplo, Even Better TOML) and `check` accept the same keys.
//! The schema describes shape; rules across values (unique ids, known scales,
//! consistent scoring) are `check`'s.

use serde_json::{Map, Value, json};

use super::spec::{GRID, TRANSLATION_LANGS, TableSpec, Ty};

/// The schema as a JSON value.
pub fn schema() -> Value {
    let mut definitions = Map::new();
    collect(&GRID, &mut definitions);
    let mut root = table_schema(&GRID);
    let object = root.as_object_mut().expect("table schemas are objects");
    object.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    object.insert("title".into(), json!("utilsoc grid"));
    object.insert("definitions".into(), Value::Object(definitions));
    root
}

fn collect(spec: &'static TableSpec, definitions: &mut Map<String, Value>) {
    for field in spec.fields {
        if let Ty::Tables(inner) | Ty::Map(inner) | Ty::Table(inner) = &field.ty
            && !definitions.contains_key(inner.name)
        {
            definitions.insert(inner.name.to_owned(), table_schema(inner));
            collect(inner, definitions);
        }
    }
}

const SLUG_PATTERN: &str = "^[a-z0-9][a-z0-9_-]*$";
/// `YYYY-MM-DD` or `YYYY-MM`; `check` also refuses dates that do not exist.
const CHOSEN_ON_PATTERN: &str = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";

fn table_schema(spec: &TableSpec) -> Value {
    let mut properties = Map::new();
    for field in spec.fields {
        let mut property = type_schema(&field.ty);
        let object = property.as_object_mut().expect("type schemas are objects");
        object.insert("description".into(), json!(field.doc));
        match (spec.name, field.key) {
            (_, "id") => {
                object.insert("pattern".into(), json!(SLUG_PATTERN));
            }
            (_, "weight") => {
                object.insert("exclusiveMinimum".into(), json!(0));
            }
            ("level" | "band", "score") => {
                object.insert("minimum".into(), json!(0));
                object.insert("maximum".into(), json!(100));
            }
            ("grid", "format") => {
                object.insert("const".into(), json!(1));
            }
            ("social-utility", "participants") => {
                object.insert("minimum".into(), json!(1));
            }
            ("social-utility", "chosen_on") => {
                object.insert("pattern".into(), json!(CHOSEN_ON_PATTERN));
            }
            ("grid" | "domain" | "criterion", "domains" | "criteria" | "indicators") => {
                object.insert("minItems".into(), json!(1));
            }
            _ => {}
        }
        if field.translatable {
            for lang in TRANSLATION_LANGS {
                let mut translated = type_schema(&field.ty);
                translated
                    .as_object_mut()
                    .expect("type schemas are objects")
                    .insert(
                        "description".into(),
                        json!(format!("{} ({lang})", field.doc)),
                    );
                properties.insert(format!("{}_{lang}", field.key), translated);
            }
        }
        properties.insert(field.key.to_owned(), property);
    }
    let required: Vec<&str> = spec
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    json!({
        "type": "object",
        "description": spec.doc,
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn type_schema(ty: &Ty) -> Value {
    match ty {
        Ty::String => json!({ "type": "string" }),
        Ty::Integer => json!({ "type": "integer" }),
        Ty::Number => json!({ "type": "number" }),
        Ty::Boolean => json!({ "type": "boolean" }),
        Ty::Strings => json!({ "type": "array", "items": { "type": "string" } }),
        Ty::StringMap => json!({
            "type": "object",
            "propertyNames": { "pattern": SLUG_PATTERN },
            "additionalProperties": { "type": "string" },
        }),
        Ty::Enum(values) => json!({ "type": "string", "enum": values }),
        Ty::Tables(spec) => json!({
            "type": "array",
            "items": { "$ref": format!("#/definitions/{}", spec.name) },
        }),
        Ty::Table(spec) => json!({ "$ref": format!("#/definitions/{}", spec.name) }),
        Ty::Map(spec) => json!({
            "type": "object",
            "propertyNames": { "pattern": SLUG_PATTERN },
            "additionalProperties": { "$ref": format!("#/definitions/{}", spec.name) },
        }),
    }
}
