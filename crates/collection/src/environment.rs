//! Environment and globals files.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{ParseError, ShapeError, type_name};
use crate::model::cast_in;
use crate::variables::{ScopeEntry, VariableScope};

/// An environment (or globals) file: `{id, name, values: [{key, value, type, enabled}]}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Environment {
    /// `name`, when present.
    pub name: Option<String>,
    /// `id`, when present.
    pub id: Option<String>,
    /// The variables; disabled entries are kept (for export) but do not resolve.
    pub scope: VariableScope,
    /// Whether the file was read as an environment or as globals (names the export).
    pub kind: ScopeKind,
}

/// Which kind of variables file an [`Environment`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScopeKind {
    /// `-e` / `--export-environment`.
    #[default]
    Environment,
    /// `-g` / `--export-globals`.
    Globals,
}

impl ScopeKind {
    /// `"environment"` or `"globals"` (Newman's `_postman_variable_scope`).
    pub fn as_str(self) -> &'static str {
        match self {
            ScopeKind::Environment => "environment",
            ScopeKind::Globals => "globals",
        }
    }
}

/// Reads an environment file.
pub fn parse_environment(path: &Path) -> Result<Environment, ParseError> {
    let origin = crate::error::display_path(path);
    let text = crate::read_text(path, &origin)?;
    parse_environment_str(&text, &origin)
}

/// Reads a globals file (same format as an environment; Postman also accepts a bare array
/// of variables).
pub fn parse_globals(path: &Path) -> Result<Environment, ParseError> {
    let mut env = parse_environment(path)?;
    env.kind = ScopeKind::Globals;
    Ok(env)
}

/// Parses environment JSON text; `origin` names it in errors.
pub fn parse_environment_str(text: &str, origin: &str) -> Result<Environment, ParseError> {
    let v = crate::parse_json_text(text, origin)?;
    Environment::from_value(&v).map_err(|e| e.into_parse_error(origin, Some(text)))
}

impl Environment {
    pub(crate) fn from_value(v: &Value) -> Result<Environment, ShapeError> {
        let (obj, values) = match v {
            // A bare array of variables is accepted by Postman's VariableScope.
            Value::Array(a) => (None, a.as_slice()),
            Value::Object(o) => {
                if o.contains_key("info") && o.contains_key("item") {
                    return Err(ShapeError::new(
                        "this is a collection, not an environment: expected {\"name\", \"values\": [...]}",
                    ));
                }
                let values = match o.get("values") {
                    None | Some(Value::Null) => &[][..],
                    Some(Value::Array(a)) => a.as_slice(),
                    Some(other) => {
                        return Err(ShapeError::new(format!(
                            "expected `values` to be a list of {{\"key\", \"value\"}} objects, found {}",
                            type_name(other)
                        ))
                        .key("values"));
                    }
                };
                (Some(o), values)
            }
            other => {
                return Err(ShapeError::new(format!(
                    "expected an environment object {{\"name\", \"values\": [...]}}, found {}",
                    type_name(other)
                )));
            }
        };
        let in_values = obj.is_some();
        let mut scope = VariableScope::new();
        for (i, item) in values.iter().enumerate() {
            let o = item.as_object().ok_or_else(|| {
                let e = ShapeError::new(format!(
                    "expected a variable {{\"key\", \"value\"}}, found {}",
                    type_name(item)
                ))
                .index(i);
                if in_values { e.key("values") } else { e }
            })?;
            let key = match o.get("key") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Null) | None => continue,
                Some(other) => crate::variables::js_string(other),
            };
            let kind = o.get("type").and_then(|t| t.as_str()).map(str::to_string);
            let value = cast_in(
                kind.as_deref(),
                o.get("value")
                    .cloned()
                    .unwrap_or_else(|| Value::String(String::new())),
            );
            // Newman 6.2.2 honours only `disabled: true`; the `enabled: false` that Postman's
            // app writes is ignored by postman-collection, so such a value still resolves
            // (observed with a real run).
            let enabled = !matches!(o.get("disabled"), Some(Value::Bool(true)));
            scope.push_entry(ScopeEntry {
                key,
                value,
                kind,
                enabled,
            });
        }
        let name = obj
            .and_then(|o| o.get("name"))
            .and_then(|n| n.as_str())
            .map(str::to_string);
        let id = obj
            .and_then(|o| o.get("id"))
            .and_then(|n| n.as_str())
            .map(str::to_string);
        scope.id = id.clone();
        scope.name = name.clone();
        Ok(Environment {
            name,
            id,
            scope,
            kind: ScopeKind::Environment,
        })
    }

    /// An empty environment or globals (for `--export-globals` without `-g`, `--env-var`
    /// without `-e`).
    pub fn empty(kind: ScopeKind) -> Environment {
        Environment {
            kind,
            ..Environment::default()
        }
    }

    /// The file Newman writes for `--export-environment` / `--export-globals`:
    /// `{id, name, values: [{type, value, key}], _postman_variable_scope,
    /// _postman_exported_at, _postman_exported_using}`. `scope` is the scope's state at the
    /// end of the run; values keep their JSON type; disabled entries are kept with
    /// `"disabled": true`; unknown types become `any`; a missing id is generated and a missing name is the scope kind,
    /// as Newman does.
    pub fn to_export_json(&self, scope: &VariableScope) -> Value {
        export_scope_json(
            self.id.as_deref().or(scope.id.as_deref()),
            self.name.as_deref().or(scope.name.as_deref()),
            scope,
            self.kind.as_str(),
        )
    }
}

/// Export JSON for a scope that may not come from a file (e.g. `--export-globals` without
/// `-g`): the id is generated and the name defaults to `scope_name`, as Newman does.
pub fn export_scope_json(
    id: Option<&str>,
    name: Option<&str>,
    scope: &VariableScope,
    scope_name: &str,
) -> Value {
    let mut obj = Map::new();
    let id = id
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    obj.insert("id".into(), Value::String(id));
    if let Some(name) = name {
        obj.insert("name".into(), Value::String(name.to_string()));
    }
    let values: Vec<Value> = scope
        .entries()
        .iter()
        .map(|e| {
            // postman-collection's Variable#toJSON order is type, value, key.
            let mut v = Map::new();
            // postman-collection keeps only the types it knows; `secret`, `default` and
            // the rest are written as `any` (observed in Newman 6.2.2 exports).
            let kind = e
                .kind
                .as_deref()
                .filter(|k| ["string", "boolean", "number", "json", "any"].contains(k))
                .unwrap_or("any");
            if !e.enabled {
                v.insert("disabled".into(), Value::Bool(true));
            }
            v.insert("type".into(), Value::String(kind.to_string()));
            v.insert("value".into(), crate::variables::js_json(&e.value));
            v.insert("key".into(), Value::String(e.key.clone()));
            Value::Object(v)
        })
        .collect();
    obj.insert("values".into(), Value::Array(values));
    // Newman fills a missing name with the scope kind after the values (lodash `defaults`).
    if name.is_none() {
        obj.insert("name".into(), Value::String(scope_name.to_string()));
    }
    obj.insert(
        "_postman_variable_scope".into(),
        Value::String(scope_name.to_string()),
    );
    obj.insert(
        "_postman_exported_at".into(),
        Value::String(
            chrono::Utc::now()
                .format("%Y-%m-%dT%H:%M:%S%.3fZ")
                .to_string(),
        ),
    );
    obj.insert(
        "_postman_exported_using".into(),
        Value::String(format!("cogman/{}", env!("CARGO_PKG_VERSION"))),
    );
    Value::Object(obj)
}
