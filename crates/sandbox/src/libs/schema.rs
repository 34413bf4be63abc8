//! JSON Schema validation behind the `tv4` and `ajv` shims (and `.jsonSchema()`), backed by
//! the `jsonschema` crate.
//!
//! [`validate`] takes the schema and data as JSON text and returns a JSON array of error
//! records. Each record carries the wording of both libraries scripts know: Ajv 6's
//! (`should have required property 'x'`, `dataPath` like `.a[0]`) and tv4's
//! (`Missing required property: x`, numeric `code`, `dataPath` like `/a/0`).

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, ValidationError};
use serde_json::{Value, json};

/// Which library's defaults to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    /// tv4: draft 4, no format checks.
    Tv4,
    /// Ajv 6: draft 7 unless `$schema` says otherwise, formats checked.
    Ajv,
}

/// Serves `$ref`s to schemas the script registered (`tv4.addSchema`, `ajv.addSchema`) by their
/// URI or bare name; nothing is ever fetched from the network or disk.
struct Registered(serde_json::Map<String, Value>);

impl jsonschema::Retrieve for Registered {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let full = uri.as_str();
        let bare = full.strip_prefix("json-schema:///").unwrap_or(full);
        [
            full,
            bare,
            full.trim_end_matches('#'),
            bare.trim_end_matches('#'),
        ]
        .iter()
        .find_map(|k| self.0.get(*k).cloned())
        .ok_or_else(|| format!("no schema registered for '{full}'").into())
    }
}

/// Validates `data_json` against `schema_json`; returns a JSON array of error records, or an
/// error message when either input is not JSON or the schema itself is invalid. `extra_json`
/// is a JSON object of registered schemas (`{uri: schema}`) that `$ref`s may name.
pub(crate) fn validate(
    schema_json: &str,
    data_json: &str,
    flavor: Flavor,
    extra_json: &str,
) -> Result<String, String> {
    let schema: Value =
        serde_json::from_str(schema_json).map_err(|e| format!("schema is not JSON: {e}"))?;
    // `undefined` data arrives as an empty string: validate it as null.
    let data: Value = if data_json.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(data_json).map_err(|e| format!("data is not JSON: {e}"))?
    };
    let draft = match flavor {
        Flavor::Tv4 => Draft::Draft4,
        Flavor::Ajv => draft_of(&schema).unwrap_or(Draft::Draft7),
    };
    let extra = match serde_json::from_str::<Value>(extra_json) {
        Ok(Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let validator = jsonschema::options()
        .with_retriever(Registered(extra))
        .with_draft(draft)
        .should_validate_formats(flavor == Flavor::Ajv)
        .build(&schema)
        .map_err(|e| format!("invalid schema: {e}"))?;
    let mut out = Vec::new();
    for err in validator.iter_errors(&data) {
        records(&err, &schema, &data, flavor, &mut out);
    }
    if flavor == Flavor::Ajv {
        // Ajv reports in its own keyword order; stable-sort siblings by that order.
        out.sort_by(ajv_order);
    }
    Ok(Value::Array(out).to_string())
}

fn draft_of(schema: &Value) -> Option<Draft> {
    let uri = schema.get("$schema")?.as_str()?;
    if uri.contains("draft-04") {
        Some(Draft::Draft4)
    } else if uri.contains("draft-06") {
        Some(Draft::Draft6)
    } else if uri.contains("draft-07") {
        Some(Draft::Draft7)
    } else if uri.contains("2019-09") {
        Some(Draft::Draft201909)
    } else if uri.contains("2020-12") {
        Some(Draft::Draft202012)
    } else {
        None
    }
}

/// Converts a JSON pointer into Ajv 6's JavaScript property path (`.a[0]['b-c']`), using the
/// data to tell array indices from object keys.
fn ajv_path(pointer: &str, data: &Value) -> String {
    let mut out = String::new();
    let mut cur = Some(data);
    for raw in pointer.split('/').skip(1) {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        let is_index = matches!(cur, Some(Value::Array(_))) && seg.parse::<usize>().is_ok();
        if is_index {
            out.push_str(&format!("[{seg}]"));
        } else if is_identifier(&seg) {
            out.push('.');
            out.push_str(&seg);
        } else {
            out.push_str(&format!(
                "['{}']",
                seg.replace('\\', "\\\\").replace('\'', "\\'")
            ));
        }
        cur = match cur {
            Some(Value::Array(a)) => seg.parse::<usize>().ok().and_then(|i| a.get(i)),
            Some(Value::Object(o)) => o.get(&seg),
            _ => None,
        };
    }
    out
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

fn num(v: &Value) -> String {
    match v {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e15) {
                format!("{}", f as i64)
            } else {
                n.to_string()
            }
        }
        other => other.to_string(),
    }
}

fn f64_str(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn json_type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Ajv 6 reports the first duplicate pair scanning from the end: `items ## j and i`.
fn duplicate_pair(v: &Value) -> (usize, usize) {
    if let Value::Array(items) = v {
        for i in (0..items.len()).rev() {
            for j in (0..i).rev() {
                if items[i] == items[j] {
                    return (j, i);
                }
            }
        }
    }
    (0, 0)
}

fn type_names(kind: &TypeKind, schema: &Value, schema_path: &str) -> Vec<String> {
    // Prefer the schema's own spelling and order ("string,null"), as Ajv prints it.
    match schema.pointer(schema_path) {
        Some(Value::String(s)) => return vec![s.clone()],
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => {
            return a
                .iter()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect();
        }
        _ => {}
    }
    match kind {
        TypeKind::Single(t) => vec![t.as_str().to_string()],
        TypeKind::Multiple(set) => set.iter().map(|t| t.as_str().to_string()).collect(),
    }
}

/// Ajv 6 evaluates keywords in this order (its RULES table, with `type` first).
const AJV_KEYWORD_ORDER: &[&str] = &[
    "type",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "multipleOf",
    "maxLength",
    "minLength",
    "pattern",
    "format",
    "maxItems",
    "minItems",
    "items",
    "additionalItems",
    "contains",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "dependencies",
    "propertyNames",
    "additionalProperties",
    "properties",
    "patternProperties",
    "$ref",
    "const",
    "enum",
    "not",
    "anyOf",
    "oneOf",
    "allOf",
    "if",
    "then",
    "else",
];

fn ajv_order(a: &Value, b: &Value) -> std::cmp::Ordering {
    let pa = a["schemaPath"].as_str().unwrap_or_default();
    let pb = b["schemaPath"].as_str().unwrap_or_default();
    for (x, y) in pa.split('/').zip(pb.split('/')) {
        if x == y {
            continue;
        }
        let rank = |k: &str| AJV_KEYWORD_ORDER.iter().position(|w| *w == k);
        return match (rank(x), rank(y)) {
            (Some(i), Some(j)) => i.cmp(&j),
            _ => std::cmp::Ordering::Equal,
        };
    }
    std::cmp::Ordering::Equal
}

fn records(
    err: &ValidationError<'_>,
    schema: &Value,
    data: &Value,
    flavor: Flavor,
    out: &mut Vec<Value>,
) {
    // Ajv lists the failures of each anyOf/oneOf branch before the combinator's own error;
    // tv4 reports only the combinator.
    if flavor == Flavor::Ajv
        && let ValidationErrorKind::AnyOf { context }
        | ValidationErrorKind::OneOfNotValid { context } = err.kind()
    {
        for branch in context {
            for sub in branch {
                records(sub, schema, data, flavor, out);
            }
        }
    }
    let pointer = err.instance_path().as_str().to_string();
    let schema_path = err.schema_path().as_str().to_string();
    let instance: &Value = err.instance();
    let data_path = ajv_path(&pointer, data);
    let keyword = err.kind().keyword().to_string();
    let mut tv4_data_path = pointer.clone();
    // tv4 reports the path it walked, through `$ref`s but without naming them.
    let mut tv4_schema_path = err.evaluation_path().as_str().replace("/$ref", "");
    match err.kind() {
        ValidationErrorKind::Required { property } => {
            // tv4 points at the entry of the `required` array.
            let list = schema
                .pointer(&tv4_schema_path)
                .or_else(|| schema.pointer(&schema_path));
            if let Some(Value::Array(list)) = list
                && let Some(i) = list.iter().position(|p| p == property)
            {
                tv4_schema_path = format!("{tv4_schema_path}/{i}");
            }
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            // tv4 points at the first unexpected property itself.
            if let Some(first) = unexpected.first() {
                tv4_data_path =
                    format!("{pointer}/{}", first.replace('~', "~0").replace('/', "~1"));
            }
        }
        _ => {}
    }
    let mut push = |message: String, params: Value, tv4_code: u32, tv4_message: String| {
        out.push(json!({
            "keyword": keyword,
            "dataPath": data_path,
            "instancePath": pointer,
            "tv4DataPath": tv4_data_path.clone(),
            "schemaPath": format!("#{schema_path}"),
            "tv4SchemaPath": tv4_schema_path.clone(),
            "params": params,
            "message": message,
            "tv4Code": tv4_code,
            "tv4Message": tv4_message,
        }));
    };
    match err.kind() {
        ValidationErrorKind::Required { property } => {
            let p = property
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| property.to_string());
            push(
                format!("should have required property '{p}'"),
                json!({ "missingProperty": p }),
                302,
                format!("Missing required property: {p}"),
            );
        }
        ValidationErrorKind::Type { kind } => {
            let names = type_names(kind, schema, &schema_path);
            push(
                format!("should be {}", names.join(",")),
                json!({ "type": names.join(",") }),
                0,
                format!(
                    "Invalid type: {} (expected {})",
                    json_type_name(instance),
                    names.join("/")
                ),
            );
        }
        ValidationErrorKind::Enum { options } => push(
            "should be equal to one of the allowed values".into(),
            json!({ "allowedValues": options.as_ref() }),
            1,
            format!("No enum match for: {instance}"),
        ),
        ValidationErrorKind::Constant { expected_value } => push(
            "should be equal to constant".into(),
            json!({ "allowedValue": expected_value.as_ref() }),
            1,
            format!("No enum match for: {instance}"),
        ),
        ValidationErrorKind::Minimum { limit } => push(
            format!("should be >= {}", num(limit)),
            json!({ "comparison": ">=", "limit": limit, "exclusive": false }),
            101,
            format!(
                "Value {} is less than minimum {}",
                num(instance),
                num(limit)
            ),
        ),
        ValidationErrorKind::Maximum { limit } => push(
            format!("should be <= {}", num(limit)),
            json!({ "comparison": "<=", "limit": limit, "exclusive": false }),
            103,
            format!(
                "Value {} is greater than maximum {}",
                num(instance),
                num(limit)
            ),
        ),
        ValidationErrorKind::ExclusiveMinimum { limit } => push(
            format!("should be > {}", num(limit)),
            json!({ "comparison": ">", "limit": limit, "exclusive": true }),
            102,
            format!(
                "Value {} is equal to exclusive minimum {}",
                num(instance),
                num(limit)
            ),
        ),
        ValidationErrorKind::ExclusiveMaximum { limit } => push(
            format!("should be < {}", num(limit)),
            json!({ "comparison": "<", "limit": limit, "exclusive": true }),
            104,
            format!(
                "Value {} is equal to exclusive maximum {}",
                num(instance),
                num(limit)
            ),
        ),
        ValidationErrorKind::MinLength { limit } => {
            let len = instance.as_str().map(|s| s.chars().count()).unwrap_or(0);
            push(
                format!("should NOT be shorter than {limit} characters"),
                json!({ "limit": limit }),
                200,
                format!("String is too short ({len} chars), minimum {limit}"),
            );
        }
        ValidationErrorKind::MaxLength { limit } => {
            let len = instance.as_str().map(|s| s.chars().count()).unwrap_or(0);
            push(
                format!("should NOT be longer than {limit} characters"),
                json!({ "limit": limit }),
                201,
                format!("String is too long ({len} chars), maximum {limit}"),
            );
        }
        ValidationErrorKind::Pattern { pattern } => push(
            format!("should match pattern \"{pattern}\""),
            json!({ "pattern": pattern }),
            202,
            format!("String does not match pattern: {pattern}"),
        ),
        ValidationErrorKind::Format { format } => push(
            format!("should match format \"{format}\""),
            json!({ "format": format }),
            500,
            format!("Format validation failed ({format})"),
        ),
        ValidationErrorKind::MinItems { limit } => {
            let len = instance.as_array().map_or(0, Vec::len);
            push(
                format!("should NOT have fewer than {limit} items"),
                json!({ "limit": limit }),
                400,
                format!("Array is too short ({len}), minimum {limit}"),
            );
        }
        ValidationErrorKind::MaxItems { limit } => {
            let len = instance.as_array().map_or(0, Vec::len);
            push(
                format!("should NOT have more than {limit} items"),
                json!({ "limit": limit }),
                401,
                format!("Array is too long ({len}), maximum {limit}"),
            );
        }
        ValidationErrorKind::AdditionalItems { limit } => push(
            format!("should NOT have more than {limit} items"),
            json!({ "limit": limit }),
            403,
            "Additional items not allowed".into(),
        ),
        ValidationErrorKind::MinProperties { limit } => {
            let n = instance.as_object().map_or(0, serde_json::Map::len);
            push(
                format!("should NOT have fewer than {limit} properties"),
                json!({ "limit": limit }),
                300,
                format!("Too few properties defined ({n}), minimum {limit}"),
            );
        }
        ValidationErrorKind::MaxProperties { limit } => {
            let n = instance.as_object().map_or(0, serde_json::Map::len);
            push(
                format!("should NOT have more than {limit} properties"),
                json!({ "limit": limit }),
                301,
                format!("Too many properties defined ({n}), maximum {limit}"),
            );
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            for p in unexpected {
                push(
                    "should NOT have additional properties".into(),
                    json!({ "additionalProperty": p }),
                    303,
                    "Additional properties not allowed".into(),
                );
            }
        }
        ValidationErrorKind::UniqueItems => {
            let (j, i) = duplicate_pair(instance);
            push(
                format!("should NOT have duplicate items (items ## {j} and {i} are identical)"),
                json!({ "i": i, "j": j }),
                402,
                format!("Array items are not unique (indices {j} and {i})"),
            );
        }
        ValidationErrorKind::MultipleOf { multiple_of } => push(
            format!("should be multiple of {}", f64_str(*multiple_of)),
            json!({ "multipleOf": multiple_of }),
            100,
            format!(
                "Value {} is not a multiple of {}",
                num(instance),
                f64_str(*multiple_of)
            ),
        ),
        ValidationErrorKind::AnyOf { .. } => push(
            "should match some schema in anyOf".into(),
            json!({}),
            10,
            "Data does not match any schemas from \"anyOf\"".into(),
        ),
        ValidationErrorKind::OneOfNotValid { .. } => push(
            "should match exactly one schema in oneOf".into(),
            json!({ "passingSchemas": null }),
            11,
            "Data does not match any schemas from \"oneOf\"".into(),
        ),
        ValidationErrorKind::OneOfMultipleValid { .. } => push(
            "should match exactly one schema in oneOf".into(),
            json!({}),
            12,
            "Data is valid against more than one schema from \"oneOf\"".into(),
        ),
        ValidationErrorKind::Not { .. } => push(
            "should NOT be valid".into(),
            json!({}),
            13,
            "Data matches schema from \"not\"".into(),
        ),
        ValidationErrorKind::Contains => push(
            "should contain a valid item".into(),
            json!({}),
            501,
            "Keyword failed: contains".into(),
        ),
        ValidationErrorKind::FalseSchema => push(
            "boolean schema is false".into(),
            json!({}),
            501,
            "Keyword failed: false schema".into(),
        ),
        ValidationErrorKind::PropertyNames { error } => push(
            "should match propertyNames schema".into(),
            json!({ "propertyName": error.instance().as_ref() }),
            501,
            format!("Keyword failed: propertyNames ({error})"),
        ),
        other => {
            let text = err.to_string();
            push(
                text.clone(),
                json!({}),
                501,
                format!("Keyword failed: {} ({text})", other.keyword()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(schema: &str, data: &str, flavor: Flavor) -> Vec<Value> {
        let out = validate(schema, data, flavor, "{}").unwrap();
        serde_json::from_str::<Vec<Value>>(&out).unwrap()
    }

    #[test]
    fn required_and_type_in_both_wordings() {
        let e = errors(
            r#"{"type":"object","required":["id"],"properties":{"a":{"type":["string","null"]}}}"#,
            r#"{"a":[1]}"#,
            Flavor::Ajv,
        );
        let msgs: Vec<String> = e
            .iter()
            .map(|r| {
                format!(
                    "data{} {}",
                    r["dataPath"].as_str().unwrap(),
                    r["message"].as_str().unwrap()
                )
            })
            .collect();
        assert!(
            msgs.contains(&"data should have required property 'id'".to_string()),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"data.a should be string,null".to_string()),
            "{msgs:?}"
        );
        let t = errors(r#"{"type":"number"}"#, r#""x""#, Flavor::Tv4);
        assert_eq!(t[0]["tv4Message"], "Invalid type: string (expected number)");
        assert_eq!(t[0]["tv4Code"], 0);
    }

    #[test]
    fn ajv_paths_quote_odd_keys_and_index_arrays() {
        let data = json!({"a": [{"b-c": 1}]});
        assert_eq!(ajv_path("/a/0/b-c", &data), ".a[0]['b-c']");
    }

    #[test]
    fn bad_inputs_are_errors_not_panics() {
        assert!(validate("{", "1", Flavor::Ajv, "").is_err());
        assert!(validate(r#"{"type": 5}"#, "1", Flavor::Ajv, "{}").is_err());
        assert_eq!(
            validate(r#"{"type":"null"}"#, "", Flavor::Tv4, "{}").unwrap(),
            "[]"
        );
    }
}
