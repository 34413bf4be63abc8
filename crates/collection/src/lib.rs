//! cogman-collection: the Postman data model, with no HTTP and no JavaScript.
//!
//! # Principal types
//!
//! - [`Collection`] — a v2.0/v2.1 collection: [`Info`], a tree of [`Item`]s (each an
//!   [`ItemKind::Request`] or an [`ItemKind::Folder`]), collection [`Event`]s (scripts),
//!   [`Variable`]s, [`Auth`] and `protocolProfileBehavior`. It also keeps the file's JSON
//!   (`raw`) so [`Collection::to_export_json`] can write it back with updated variables.
//! - [`Request`] — [`Url`], method, [`Header`]s, [`Body`] (raw, urlencoded, formdata, file,
//!   graphql), [`Auth`]. [`Request::to_json`] / [`Request::from_json`] convert to and from the
//!   Postman v2.1 request JSON used by `pm.request` and `pm.sendRequest`.
//! - [`Url`] — parts (protocol, host, port, path, query, hash) plus `:path` variables;
//!   [`Url::to_template_string`] rebuilds the URL text, still holding `{{variables}}`.
//! - [`Environment`] — an environment or globals file; its variables live in a
//!   [`VariableScope`]. [`Environment::to_export_json`] writes Newman's export shape.
//! - [`DataFile`] — iteration data rows from JSON or CSV ([`parse_data_file`]).
//! - [`VariableScope`] / [`Scopes`] — ordered variables with metadata, and the five scopes of
//!   a run with `{{name}}` resolution ([`Scopes::resolve`], [`Scopes::resolve_json`]).
//! - [`dynamic`] — `$guid`, `$timestamp`, `$randomInt` and the `$random*` family.
//! - [`ParseError`] — every failure to read a file, displayed as `path:line:column: message`.
//!
//! # Data flow
//!
//! ```text
//! file text --serde_json--> Value --(format check: v1/v3 rejected)--> model (Collection ...)
//!        \__ syntax error: line/column        \__ shape error: JSON path, located in the text
//!
//! environment, globals, data rows, collection variables --> Scopes
//! Request (template) --to_json--> Scopes::resolve_json --> resolved request JSON --> runner/http
//! Scopes at the end of the run --> Environment::to_export_json / Collection::to_export_json
//! ```
//!
//! Parsing never panics on input: every problem becomes a [`ParseError`] naming what was
//! expected. Resolution follows postman-collection: precedence local > data > environment >
//! collection > globals, nested references re-resolved (at most 19 passes), unknown names
//! left literally, values stringified like JavaScript's `String(value)`, dynamic variables at
//! the lowest precedence with a fresh value per occurrence.
//!
//! # Where cogman deliberately differs from Newman 6.2.2
//!
//! (Environment entries follow Newman: `"enabled": false` is ignored and the value resolves,
//! `"disabled": true` is honoured; exports write `"disabled": true` and only the types
//! postman-collection knows, `any` for the rest.)
//!
//! - Exports write an entry that had no value as `"value": ""`.
//! - `--export-collection` writes the file as read with the final collection variables
//!   (Newman rebuilds the JSON, adds `name`/`_postman_*` members, and in 6.2.2 leaves out
//!   variables set by scripts).
//! - Iteration data that starts with `[` or `{` but is not valid JSON is reported as a JSON
//!   error (Newman silently reads it as CSV); a numeric CSV header is accepted as a name.
//! - Request JSON may give `header` as a `{name: value}` map and a body without `mode`
//!   (inferred from the content member present).
//!
//! # Example
//!
//! ```
//! use cogman_collection::{parse_collection_str, ItemKind, Scopes};
//! use serde_json::json;
//!
//! let text = r#"{
//!   "info": {"name": "demo", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
//!   "variable": [{"key": "base", "value": "http://127.0.0.1:3000"}],
//!   "item": [{"name": "get user", "request": "{{base}}/users/{{id}}?trace={{$guid}}"}]
//! }"#;
//! let collection = parse_collection_str(text, "demo.json").unwrap();
//! let ItemKind::Request(request) = &collection.items[0].kind else { unreachable!() };
//!
//! let mut scopes = Scopes::default();
//! scopes.collection = cogman_collection::VariableScope::from_variables(&collection.variables);
//! scopes.environment.set("id", json!(42));
//!
//! let url = scopes.resolve(&request.url.to_template_string());
//! assert!(url.starts_with("http://127.0.0.1:3000/users/42?trace="));
//! assert!(!url.contains("{{"));
//!
//! // Errors carry a position.
//! let err = parse_collection_str("{\n  \"info\": {,\n}", "bad.json").unwrap_err();
//! assert_eq!(err.to_string().split(':').take(3).collect::<Vec<_>>(), ["bad.json", "2", "12"]);
//! ```

mod csv_read;
mod data;
pub mod dynamic;
mod environment;
mod error;
mod fakes;
mod locate;
mod model;
mod serde_impls;
mod url;
mod variables;

use std::path::Path;

use serde_json::Value;

pub use data::{DataFile, DataRow, auto_cast, parse_data_file, parse_data_str};
pub use environment::{
    Environment, ScopeKind, export_scope_json, parse_environment, parse_environment_str,
    parse_globals,
};
pub use error::{ParseError, ParseErrorKind};
pub use model::{
    Auth, Body, BodyMode, Collection, Event, FormParam, FormParamKind, Header, Info, Item,
    ItemKind, QueryParam, Request, Script, Variable,
};
pub use url::{Url, UrlAuth};
pub use variables::{
    MAX_SUBSTITUTION_PASSES, ScopeEntry, Scopes, VariableScope, js_f64_string, js_json, js_string,
    js_truthy, substitute,
};

/// Reads a file as UTF-8 text (a UTF-8 BOM is kept; the JSON reader skips it).
pub(crate) fn read_text(path: &Path, origin: &str) -> Result<String, ParseError> {
    let bytes = std::fs::read(path).map_err(|e| ParseError::io(origin, &e))?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, col) = {
            let ok = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(ok);
            locate::line_col(&text, text.len())
        };
        ParseError::new(
            origin,
            ParseErrorKind::Io,
            "file is not UTF-8 text: expected a UTF-8 JSON document",
        )
        .at(line, col)
    })
}

/// Parses JSON text with positioned syntax errors; a leading BOM is ignored.
pub(crate) fn parse_json_text(text: &str, origin: &str) -> Result<Value, ParseError> {
    let (body, shift) = match text.strip_prefix('\u{feff}') {
        Some(b) => (b, 1),
        None => (text, 0),
    };
    if body.trim().is_empty() {
        return Err(ParseError::new(
            origin,
            ParseErrorKind::Syntax,
            "file is empty: expected a JSON document",
        ));
    }
    serde_json::from_str(body).map_err(|e| {
        let mut err = ParseError::from_json_syntax(origin, &e);
        // serde_json counts columns in bytes; report characters, as editors do.
        if let (Some(line), Some(col)) = (err.line, err.column) {
            let mut c = locate::byte_col_to_char_col(body, line, col);
            if shift == 1 && line == 1 {
                c += 1;
            }
            err.column = Some(c);
        }
        err
    })
}

/// Reads and checks a collection file (Postman v2.0 or v2.1).
pub fn parse_collection(path: &Path) -> Result<Collection, ParseError> {
    let origin = error::display_path(path);
    let text = read_text(path, &origin)?;
    parse_collection_str(&text, &origin)
}

/// Parses collection JSON text; `origin` names it in errors (usually the file path).
pub fn parse_collection_str(text: &str, origin: &str) -> Result<Collection, ParseError> {
    let v = parse_json_text(text, origin)?;
    check_collection_format(&v, origin)?;
    Collection::from_value(&v).map_err(|e| e.into_parse_error(origin, Some(text)))
}

/// Rejects documents that are not v2.0/v2.1 collections with a message naming what was found.
fn check_collection_format(v: &Value, origin: &str) -> Result<(), ParseError> {
    let unsupported = |msg: String| {
        Err(ParseError::new(
            origin,
            ParseErrorKind::UnsupportedFormat,
            msg,
        ))
    };
    let Some(obj) = v.as_object() else {
        return Err(ParseError::new(
            origin,
            ParseErrorKind::Shape,
            format!(
                "expected a Postman collection (an object with `info` and `item`), found {}",
                error::type_name(v)
            ),
        )
        .at(1, 1));
    };
    if !obj.contains_key("info") {
        if obj.contains_key("requests") || obj.contains_key("order") {
            return unsupported(
                "this is a Postman v1 collection (top-level `requests`/`order`); cogman runs v2.0 and v2.1 collections: re-export it from Postman as Collection v2.1".to_string(),
            );
        }
        if obj.contains_key("values") {
            return Err(ParseError::new(
                origin,
                ParseErrorKind::Shape,
                "this looks like an environment or globals file (top-level `values`), not a collection: expected an object with `info` and `item`",
            ));
        }
        if let Some(inner) = obj.get("collection")
            && inner.get("info").is_some()
        {
            return Err(ParseError::new(
                origin,
                ParseErrorKind::Shape,
                "the collection is wrapped in a top-level `collection` member (Postman API format): expected the collection object itself with `info` and `item`",
            ));
        }
        return Err(ParseError::new(
            origin,
            ParseErrorKind::Shape,
            "not a Postman collection: expected an object with `info` (name, schema) and `item`",
        ));
    }
    let schema = v
        .pointer("/info/schema")
        .and_then(|s| s.as_str())
        .unwrap_or("");
    if schema.is_empty() {
        return Ok(()); // Postman itself accepts a missing schema; treat as v2.1.
    }
    if schema.contains("/v2.0.") || schema.contains("/v2.1.") {
        return Ok(());
    }
    let detected = if schema.contains("/v1.") {
        "Postman v1".to_string()
    } else if let Some(rest) = schema.split("/collection/").nth(1) {
        match rest.split('/').next() {
            Some(ver) if !ver.is_empty() => format!("Postman collection {ver}"),
            _ => format!("unknown schema {schema:?}"),
        }
    } else {
        format!("unknown schema {schema:?}")
    };
    unsupported(format!(
        "unsupported collection format: {detected}; cogman runs Postman collection v2.0 and v2.1 (info.schema .../collection/v2.1.0/collection.json)"
    ))
}

impl Collection {
    /// The collection file Newman writes for `--export-collection`: the original JSON with
    /// its `variable` list replaced by `collection_vars` (the collection scope at the end of
    /// the run). Existing entries keep their other fields (id, type, description); values
    /// keep their JSON type; removed variables are dropped and new ones appended.
    pub fn to_export_json(&self, collection_vars: &VariableScope) -> Value {
        let mut out = self.raw.clone();
        let original: Vec<Value> = self
            .raw
            .get("variable")
            .and_then(|v| v.as_array())
            .cloned()
            .unwrap_or_default();
        let mut used = vec![false; original.len()];
        let mut list = Vec::new();
        for e in collection_vars.entries() {
            let pos = original.iter().enumerate().position(|(i, o)| {
                !used[i]
                    && o.as_object().is_some_and(|o| {
                        o.get("key")
                            .or_else(|| o.get("id"))
                            .and_then(|k| k.as_str())
                            == Some(e.key.as_str())
                    })
            });
            let mut obj = match pos {
                Some(i) => {
                    used[i] = true;
                    original[i].as_object().cloned().unwrap_or_default()
                }
                None => {
                    let mut m = serde_json::Map::new();
                    m.insert("key".into(), Value::String(e.key.clone()));
                    m
                }
            };
            obj.insert("value".into(), variables::js_json(&e.value));
            if let Some(k) = &e.kind {
                obj.insert("type".into(), Value::String(k.clone()));
            }
            if !e.enabled {
                obj.insert("disabled".into(), Value::Bool(true));
            }
            list.push(Value::Object(obj));
        }
        if let Some(o) = out.as_object_mut() {
            o.insert("variable".into(), Value::Array(list));
        }
        out
    }
}
