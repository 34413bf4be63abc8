//! JSON Schema validation behind the `tv4` and `ajv` shims (and `.jsonSchema()`), backed by
//! the `jsonschema` crate.
//!
//! [`validate`] takes the schema and data as JSON text and returns a JSON array of error
//! records. Each record carries the wording of both libraries scripts know: Ajv 6's
//! (`should have required property 'x'`, `dataPath` like `.a[0]`) and tv4's
//! (`Missing required property: x`, numeric `code`, `dataPath` like `/a/0`).

use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, ValidationError};
use regex::Regex;
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
    let mut options = jsonschema::options()
        .with_retriever(Registered(extra))
        .with_draft(draft)
        .should_validate_formats(flavor == Flavor::Ajv);
    if flavor == Flavor::Ajv {
        for (name, check) in ajv_formats() {
            options = options.with_format(name, check);
        }
    }
    let validator = options
        .build(&schema)
        .map_err(|e| format!("schema is invalid: {e}"))?;
    let mut out = Vec::new();
    for err in validator.iter_errors(&data) {
        records(&err, &schema, &data, flavor, &mut out);
    }
    if flavor == Flavor::Ajv {
        // Ajv reports in its own keyword order; stable-sort siblings by that order.
        for rec in &mut out {
            place_required(rec, &schema);
        }
        out.sort_by(|a, b| ajv_order(a, b, &schema));
        for rec in &mut out {
            if let Some(obj) = rec.as_object_mut() {
                obj.remove("_sortPath");
            }
        }
        out = add_if_errors(out);
    }
    Ok(Value::Array(out).to_string())
}

fn re(pattern: &str) -> Regex {
    // The patterns are literals below; a failure would be a programming error caught by tests,
    // and an unmatchable regex keeps validation running rather than panicking.
    Regex::new(pattern)
        .unwrap_or_else(|_| Regex::new("[^\\s\\S]").unwrap_or_else(|_| unreachable!()))
}

static DATE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d\d\d\d-[0-1]\d-[0-3]\d$"));
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$")
});
static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$",
    )
});
static URI: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(?:[a-z][a-z0-9+\-.]*:)(?:/?/)?[^\s]*$"));
static URI_REF: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:(?:[a-z][a-z0-9+\-.]*:)?/?/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$")
});
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$",
    )
});
static HOST_LABEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
static IPV4: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$")
});
static UUID: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$"));
static JSON_POINTER: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:/(?:[^~/]|~0|~1)*)*$"));
static JSON_POINTER_FRAGMENT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^#(?:/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$"));
static RELATIVE_JSON_POINTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)$"));

fn hostname(s: &str) -> bool {
    let body = s.strip_suffix('.').unwrap_or(s);
    !body.is_empty() && body.len() <= 253 && body.split('.').all(|l| HOST_LABEL.is_match(l))
}

/// Ajv compiles the string with JavaScript's RegExp. Rust's `regex` lacks lookaround and
/// backreferences, so patterns using them are given the benefit of the doubt.
fn js_regex_ok(s: &str) -> bool {
    if s.contains("\\Z") {
        return false;
    }
    Regex::new(s).is_ok() || s.contains("(?") || s.contains("\\1") || s.contains("\\k<")
}

type FormatCheck = fn(&str) -> bool;

/// Ajv 6's default ("fast") format checks, so `.jsonSchema()` accepts and rejects the same
/// strings Newman does. `url` and `uri-template` are accepted as Ajv's huge patterns are.
fn ajv_formats() -> Vec<(&'static str, FormatCheck)> {
    vec![
        ("date", |s| DATE.is_match(s)),
        ("time", |s| TIME.is_match(s)),
        ("date-time", |s| DATE_TIME.is_match(s)),
        ("uri", |s| URI.is_match(s)),
        ("uri-reference", |s| URI_REF.is_match(s)),
        ("uri-template", |_| true),
        ("url", |_| true),
        ("email", |s| EMAIL.is_match(s)),
        ("hostname", hostname),
        ("ipv4", |s| IPV4.is_match(s)),
        ("ipv6", |s| s.trim().parse::<std::net::Ipv6Addr>().is_ok()),
        ("regex", js_regex_ok),
        ("uuid", |s| UUID.is_match(s)),
        ("json-pointer", |s| JSON_POINTER.is_match(s)),
        ("json-pointer-uri-fragment", |s| {
            JSON_POINTER_FRAGMENT.is_match(s)
        }),
        ("relative-json-pointer", |s| {
            RELATIVE_JSON_POINTER.is_match(s)
        }),
    ]
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

/// Converts an instance JSON pointer into Ajv 6's JavaScript property path, following the
/// schema's evaluation path: keys reached through `properties` print as `.a` (or `['a-b']`),
/// keys reached through `additionalProperties`/`patternProperties` as `['a']` (Ajv builds
/// those at run time), array items as `[0]`. Falls back to [`ajv_path`] when the walk fails.
fn ajv_path_via(pointer: &str, eval_path: &str, data: &Value) -> String {
    let inst: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|seg| seg.replace("~1", "/").replace("~0", "~"))
        .collect();
    let toks: Vec<String> = eval_path
        .split('/')
        .skip(1)
        .map(|seg| seg.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut out = String::new();
    let mut used = 0;
    let mut i = 0;
    let quote = |k: &str| format!("['{}']", k.replace('\\', "\\\\").replace('\'', "\\'"));
    while i < toks.len() && used < inst.len() {
        let seg = &inst[used];
        match toks[i].as_str() {
            "properties" => {
                if is_identifier(seg) {
                    out.push('.');
                    out.push_str(seg);
                } else {
                    out.push_str(&quote(seg));
                }
                used += 1;
                i += 2;
            }
            "patternProperties" => {
                out.push_str(&quote(seg));
                used += 1;
                i += 2;
            }
            "additionalProperties" => {
                out.push_str(&quote(seg));
                used += 1;
                i += 1;
            }
            "items" | "additionalItems" | "contains" => {
                out.push_str(&format!("[{seg}]"));
                used += 1;
                i += if toks.get(i + 1).is_some_and(|t| t.parse::<usize>().is_ok()) {
                    2
                } else {
                    1
                };
            }
            "allOf" | "anyOf" | "oneOf" | "dependencies" | "definitions" | "$defs" => i += 2,
            "$ref" | "not" | "if" | "then" | "else" | "propertyNames" => i += 1,
            _ => return ajv_path(pointer, data),
        }
    }
    if used < inst.len() {
        return ajv_path(pointer, data);
    }
    out
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
        TypeKind::Multiple(set) => {
            // The declaration is out of reach (behind a $ref): use the order schemas usually
            // list types in, e.g. "object,boolean", "string,null".
            const ORDER: [&str; 7] = [
                "object", "array", "string", "number", "integer", "boolean", "null",
            ];
            let mut names: Vec<String> = set.iter().map(|t| t.as_str().to_string()).collect();
            names.sort_by_key(|n| ORDER.iter().position(|o| o == n).unwrap_or(ORDER.len()));
            names
        }
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

fn sort_path(rec: &Value) -> &str {
    rec.get("_sortPath")
        .or_else(|| rec.get("schemaPath"))
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// Orders two records as Ajv would emit them: by keyword rank within a schema and by the
/// schema's own key order within `properties`.
fn ajv_order(a: &Value, b: &Value, schema: &Value) -> std::cmp::Ordering {
    let pa: Vec<&str> = sort_path(a).split('/').collect();
    let pb: Vec<&str> = sort_path(b).split('/').collect();
    for (i, (x, y)) in pa.iter().zip(&pb).enumerate() {
        if x == y {
            continue;
        }
        if i > 0 && pa[i - 1] == "properties" {
            let parent = pa[1..i].join("/");
            let pointer = if parent.is_empty() {
                String::new()
            } else {
                format!("/{parent}")
            };
            if let Some(Value::Object(props)) = schema.pointer(&pointer) {
                let unescape = |k: &str| k.replace("~1", "/").replace("~0", "~");
                let pos = |k: &str| props.keys().position(|p| *p == unescape(k));
                if let (Some(i), Some(j)) = (pos(x), pos(y)) {
                    return i.cmp(&j);
                }
            }
            return std::cmp::Ordering::Equal;
        }
        let rank = |k: &str| AJV_KEYWORD_ORDER.iter().position(|w| *w == k);
        return match (rank(x), rank(y)) {
            (Some(i), Some(j)) => i.cmp(&j),
            _ => std::cmp::Ordering::Equal,
        };
    }
    std::cmp::Ordering::Equal
}

/// Ajv checks a required property that also has a schema under `properties` while walking
/// `properties`, so its error sorts there rather than with the `required` keyword.
fn place_required(rec: &mut Value, schema: &Value) {
    let path = rec["schemaPath"].as_str().unwrap_or_default().to_string();
    let Some(parent) = path
        .strip_prefix('#')
        .and_then(|p| p.strip_suffix("/required"))
    else {
        return;
    };
    let Some(prop) = rec["params"]["missingProperty"].as_str() else {
        return;
    };
    let has_rules = schema
        .pointer(parent)
        .and_then(|s| s.get("properties"))
        .and_then(|p| p.get(prop))
        .and_then(Value::as_object)
        .is_some_and(|o| {
            o.keys().any(|k| {
                !matches!(
                    k.as_str(),
                    "title"
                        | "description"
                        | "default"
                        | "examples"
                        | "$id"
                        | "id"
                        | "$schema"
                        | "definitions"
                        | "$comment"
                )
            })
        });
    if has_rules {
        let key = prop.replace('~', "~0").replace('/', "~1");
        rec["_sortPath"] = Value::String(format!("#{parent}/properties/{key}/required"));
        rec["inProperties"] = Value::Bool(true);
    }
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
                let start = out.len();
                records(sub, schema, data, flavor, out);
                for rec in &mut out[start..] {
                    rec["sub"] = Value::Bool(true);
                }
            }
        }
    }
    let pointer = err.instance_path().as_str().to_string();
    let schema_path = err.schema_path().as_str().to_string();
    let instance: &Value = err.instance();
    let data_path = ajv_path_via(&pointer, err.evaluation_path().as_str(), data);
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
        // tv4 quirks: enum failures point at `type`, multipleOf at the schema itself.
        ValidationErrorKind::Enum { .. } => {
            if let Some(base) = tv4_schema_path.strip_suffix("/enum") {
                tv4_schema_path = format!("{base}/type");
            }
        }
        ValidationErrorKind::MultipleOf { .. } => {
            if let Some(base) = tv4_schema_path.strip_suffix("/multipleOf") {
                tv4_schema_path = base.to_string();
            }
        }
        _ => {}
    }
    let mut out_sub: Vec<Value> = Vec::new();
    let mut own: Vec<Value> = Vec::new();
    let mut push = |message: String, params: Value, tv4_code: u32, tv4_message: String| {
        own.push(json!({
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
        ValidationErrorKind::Required { property }
            if flavor == Flavor::Ajv && schema_path.ends_with("/dependencies") =>
        {
            // Ajv words property dependencies on their own; find the key that demanded it.
            let p = property
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| property.to_string());
            let dep = schema
                .pointer(&schema_path)
                .and_then(Value::as_object)
                .and_then(|deps| {
                    deps.iter().find_map(|(k, v)| {
                        let listed = v.as_array().is_some_and(|l| l.contains(property));
                        (listed && instance.get(k).is_some()).then(|| k.clone())
                    })
                })
                .unwrap_or_default();
            push(
                format!("should have property {p} when property {dep} is present"),
                json!({ "property": dep, "missingProperty": p }),
                304,
                format!("Dependency failed - key must exist: {p} (due to key: {dep})"),
            );
        }
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
        ValidationErrorKind::Contains => {
            // Ajv first lists why each item failed the `contains` schema.
            if flavor == Flavor::Ajv
                && let (Some(sub), Value::Array(items)) = (schema.pointer(&schema_path), instance)
            {
                let mut options = jsonschema::options().with_draft(Draft::Draft7);
                for (name, check) in ajv_formats() {
                    options = options.with_format(name, check);
                }
                if let Ok(v) = options.build(sub) {
                    for (i, item) in items.iter().enumerate() {
                        for e in v.iter_errors(item) {
                            let mut sub_recs = Vec::new();
                            records(&e, sub, item, flavor, &mut sub_recs);
                            for mut rec in sub_recs {
                                let dp = rec["dataPath"].as_str().unwrap_or_default().to_string();
                                let ip =
                                    rec["instancePath"].as_str().unwrap_or_default().to_string();
                                rec["dataPath"] = Value::String(format!("{data_path}[{i}]{dp}"));
                                rec["instancePath"] = Value::String(format!("{pointer}/{i}{ip}"));
                                rec["sub"] = Value::Bool(true);
                                out_sub.push(rec);
                            }
                        }
                    }
                }
            }
            push(
                "should contain a valid item".into(),
                json!({}),
                501,
                "Keyword failed: contains".into(),
            );
        }
        ValidationErrorKind::FalseSchema => push(
            "boolean schema is false".into(),
            json!({}),
            501,
            "Keyword failed: false schema".into(),
        ),
        ValidationErrorKind::PropertyNames { error } => {
            let name = error.instance().as_str().unwrap_or_default().to_string();
            if flavor == Flavor::Ajv {
                // Ajv reports the failing name's own error at the object's path first.
                let mut sub = Vec::new();
                records(
                    error,
                    schema,
                    &Value::String(name.clone()),
                    flavor,
                    &mut sub,
                );
                for mut rec in sub {
                    rec["dataPath"] = Value::String(data_path.clone());
                    rec["sub"] = Value::Bool(true);
                    out_sub.push(rec);
                }
            }
            push(
                format!("property name '{name}' is invalid"),
                json!({ "propertyName": name }),
                501,
                format!("Keyword failed: propertyNames ({error})"),
            );
        }
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
    out.extend(out_sub);
    out.extend(own);
}

/// Ajv follows the failures inside an `if`'s `then`/`else` branch with its own
/// `should match "then" schema` error; the validator reports only the inner ones.
fn add_if_errors(records: Vec<Value>) -> Vec<Value> {
    let mut out = Vec::with_capacity(records.len());
    let mut pending: Option<(String, Value)> = None;
    for rec in records {
        let path = rec["schemaPath"].as_str().unwrap_or_default().to_string();
        let branch = ["/then", "/else"].iter().find_map(|b| {
            path.find(&format!("{b}/"))
                .map(|i| (path[..i].to_string(), &b[1..]))
        });
        let key = branch.as_ref().map(|(prefix, b)| format!("{prefix}|{b}"));
        if let Some((k, _)) = &pending
            && Some(k) != key.as_ref()
            && let Some((_, done)) = pending.take()
        {
            out.push(done);
        }
        if let (Some((prefix, b)), Some(k)) = (branch, key)
            && pending.is_none()
        {
            pending = Some((
                k,
                json!({
                    "keyword": "if",
                    "dataPath": rec["dataPath"].clone(),
                    "instancePath": rec["instancePath"].clone(),
                    "schemaPath": format!("{prefix}/if"),
                    "params": { "failingKeyword": b },
                    "message": format!("should match \"{b}\" schema"),
                    "tv4Code": 501,
                    "tv4Message": format!("Keyword failed: {b}"),
                }),
            ));
        }
        out.push(rec);
    }
    if let Some((_, done)) = pending {
        out.push(done);
    }
    out
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
