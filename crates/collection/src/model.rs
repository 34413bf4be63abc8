//! The Postman collection model (v2.0 and v2.1) and its JSON conversions.
//!
//! Conversion goes `serde_json::Value -> model` (so that a syntax error and a shape error can
//! both be positioned) and `model -> Value` in the v2.1 shape. The converters accept every
//! shape postman-collection accepts for the same field (bare URL strings, header maps, v2.0
//! auth objects, `exec` as a string or an array, ...), and reject only values that cannot be
//! given a meaning, such as `item` being a string.

use indexmap::IndexMap;
use serde_json::{Map, Value, json};

use crate::error::{ShapeError, type_name};
use crate::url::Url;

/// A whole collection file.
#[derive(Debug, Clone, PartialEq)]
pub struct Collection {
    /// `info`: name, id, schema.
    pub info: Info,
    /// Top-level items (requests and folders), in file order.
    pub items: Vec<Item>,
    /// Collection-level scripts.
    pub events: Vec<Event>,
    /// Collection variables as written in the file.
    pub variables: Vec<Variable>,
    /// Collection-level auth, inherited by items without their own.
    pub auth: Option<Auth>,
    /// Collection-level `protocolProfileBehavior` settings.
    pub protocol_profile_behavior: Map<String, Value>,
    /// The file's JSON exactly as read, for `--export-collection`.
    pub raw: Value,
}

/// The collection's `info` block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Info {
    /// Collection name.
    pub name: String,
    /// `_postman_id`.
    pub postman_id: Option<String>,
    /// The schema URL (`.../collection/v2.1.0/collection.json`).
    pub schema: String,
    /// Description text.
    pub description: Option<String>,
}

/// A request or a folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// `id` (or v2.0 `_postman_id`), when present.
    pub id: Option<String>,
    /// Display name.
    pub name: String,
    /// Request or folder.
    pub kind: ItemKind,
    /// Scripts attached to this item.
    pub events: Vec<Event>,
    /// Item-level variables (rare; folder variables in v2.1).
    pub variables: Vec<Variable>,
    /// Folder auth (for requests the auth lives in [`Request::auth`]).
    pub auth: Option<Auth>,
    /// Per-item `protocolProfileBehavior`.
    pub protocol_profile_behavior: Map<String, Value>,
    /// Description text.
    pub description: Option<String>,
}

/// What an [`Item`] is.
// Requests outnumber folders and are read far more often than moved, so boxing them would
// only add indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    /// A request item.
    Request(Request),
    /// A folder (item group) with its children.
    Folder(Vec<Item>),
}

impl Item {
    /// The request, when this item is one.
    pub fn request(&self) -> Option<&Request> {
        match &self.kind {
            ItemKind::Request(r) => Some(r),
            ItemKind::Folder(_) => None,
        }
    }

    /// The children, when this item is a folder.
    pub fn children(&self) -> Option<&[Item]> {
        match &self.kind {
            ItemKind::Folder(c) => Some(c),
            ItemKind::Request(_) => None,
        }
    }

    /// True for folders.
    pub fn is_folder(&self) -> bool {
        matches!(self.kind, ItemKind::Folder(_))
    }
}

/// An HTTP request as described in a collection (still holding `{{variables}}`).
/// `Request::default()` is a `GET` with an empty URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Target URL.
    pub url: Url,
    /// HTTP method, upper-cased; `GET` when absent.
    pub method: String,
    /// Headers in order, including disabled ones.
    pub headers: Vec<Header>,
    /// Body, if any.
    pub body: Option<Body>,
    /// The request's own auth (`None` means inherit).
    pub auth: Option<Auth>,
    /// Description text.
    pub description: Option<String>,
}

/// One request header.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// Header name.
    pub key: String,
    /// Header value (non-string JSON values are stringified).
    pub value: String,
    /// Disabled headers are kept but not sent.
    pub disabled: bool,
}

/// One query parameter of a [`Url`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryParam {
    /// Parameter name (`None` for a bare `=value`).
    pub key: Option<String>,
    /// Value; `None` renders as a bare key (`?flag`).
    pub value: Option<String>,
    /// Disabled parameters are not sent.
    pub disabled: bool,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// The body content by mode.
    pub mode: BodyMode,
    /// `options` as written (e.g. `{"raw": {"language": "json"}}`).
    pub options: Option<Value>,
    /// A disabled body is not sent.
    pub disabled: bool,
}

/// Body content by mode.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyMode {
    /// `mode: raw`; `language` from `options.raw.language` (json, text, xml, ...).
    Raw {
        /// The body text.
        raw: String,
        /// `options.raw.language`.
        language: Option<String>,
    },
    /// `mode: urlencoded`.
    Urlencoded(Vec<FormParam>),
    /// `mode: formdata` (multipart).
    Formdata(Vec<FormParam>),
    /// `mode: file`: the body is a file's content.
    File {
        /// Path of the file.
        src: Option<String>,
    },
    /// `mode: graphql`.
    Graphql {
        /// The query text.
        query: String,
        /// Variables as JSON text.
        variables: Option<String>,
    },
    /// No body (`mode: none` or an unknown mode).
    None,
}

/// Whether a form parameter is text or a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormParamKind {
    /// A text field.
    #[default]
    Text,
    /// A file field (`src` names the file).
    File,
}

/// One urlencoded or formdata parameter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormParam {
    /// Field name.
    pub key: String,
    /// Text value (empty for files).
    pub value: String,
    /// Text or file.
    pub kind: FormParamKind,
    /// File paths for file fields (Postman allows several).
    pub src: Vec<String>,
    /// Explicit part content type.
    pub content_type: Option<String>,
    /// Disabled parameters are not sent.
    pub disabled: bool,
}

/// Authentication settings, normalised from the v2.0 (`{"basic": {...}}`) and v2.1
/// (`{"basic": [{"key", "value", "type"}]}`) shapes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Auth {
    /// `basic`, `bearer`, `noauth`, `apikey`, `digest`, `oauth2`, `awsv4`, ...
    pub kind: String,
    /// Parameters for that type, values keep their JSON type.
    pub params: IndexMap<String, Value>,
}

impl Auth {
    /// A parameter as a string (`String(value)`-like), if present and not null.
    pub fn param_str(&self, key: &str) -> Option<String> {
        match self.params.get(key)? {
            Value::Null => None,
            v => Some(crate::variables::js_string(v)),
        }
    }
}

/// A script attached to an item or the collection.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Event {
    /// Event id, when present.
    pub id: Option<String>,
    /// `prerequest` or `test`.
    pub listen: String,
    /// The script.
    pub script: Script,
    /// Disabled events are not run.
    pub disabled: bool,
}

/// Script source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Script {
    /// Script id, when present.
    pub id: Option<String>,
    /// Source lines joined with `\n`.
    pub exec: String,
    /// `type` (normally `text/javascript`).
    pub kind: Option<String>,
    /// Script name, when present.
    pub name: Option<String>,
}

/// A variable definition as written in a file (collection, folder or URL path variable).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Variable {
    /// Name (`key`, or `id` in old v2.0 files).
    pub key: String,
    /// Value with its JSON type (cast for `string`/`number`/`boolean` types).
    pub value: Value,
    /// Declared `type` (`string`, `secret`, `default`, `any`, ...).
    pub kind: Option<String>,
    /// Disabled (or `enabled: false`) variables do not resolve.
    pub disabled: bool,
    /// `id`, when present.
    pub id: Option<String>,
    /// Description text.
    pub description: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Small JSON helpers

pub(crate) type R<T> = Result<T, ShapeError>;

/// `String(value)` for scalars; containers as JSON text (used where Postman expects a string
/// but a file holds something else, e.g. a numeric header value).
pub(crate) fn lossy_string(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(_) | Value::Object(_) => v.to_string(),
        other => crate::variables::js_string(other),
    }
}

fn opt_string(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key) {
        None | Some(Value::Null) => None,
        Some(v) => Some(lossy_string(v)),
    }
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Some(Value::String(s)) => !s.is_empty(),
        Some(_) => true,
    }
}

/// `disabled: true` or `enabled: false`.
fn is_disabled(obj: &Map<String, Value>) -> bool {
    truthy(obj.get("disabled")) || matches!(obj.get("enabled"), Some(Value::Bool(false)))
}

/// A description may be a string or `{content, type}`.
fn description(obj: &Map<String, Value>) -> Option<String> {
    match obj.get("description")? {
        Value::String(s) => Some(s.clone()),
        Value::Object(d) => d
            .get("content")
            .and_then(|c| c.as_str())
            .map(str::to_string),
        Value::Null => None,
        other => Some(lossy_string(other)),
    }
}

fn expect_object<'a>(v: &'a Value, what: &str) -> R<&'a Map<String, Value>> {
    v.as_object().ok_or_else(|| {
        ShapeError::new(format!(
            "expected {what} to be an object, found {}",
            type_name(v)
        ))
    })
}

/// An optional array member: absent or null gives an empty slice.
fn opt_array<'a>(obj: &'a Map<String, Value>, key: &str, what: &str) -> R<&'a [Value]> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(other) => Err(ShapeError::new(format!(
            "expected `{key}` ({what}) to be an array, found {}",
            type_name(other)
        ))
        .key(key)),
    }
}

fn ppb(obj: &Map<String, Value>) -> Map<String, Value> {
    obj.get("protocolProfileBehavior")
        .and_then(|v| v.as_object())
        .cloned()
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Value -> model

impl Collection {
    /// Converts a parsed v2.0/v2.1 collection document. Format detection (v1, v3) is done by
    /// [`crate::parse_collection_str`]; this only checks shapes.
    pub(crate) fn from_value(v: &Value) -> R<Collection> {
        let obj = expect_object(v, "the collection")?;
        let info = match obj.get("info") {
            Some(i) => Info::from_value(i).map_err(|e| e.key("info"))?,
            None => Info::default(),
        };
        let items = items_from(obj)?;
        let events = events_from(obj)?;
        let variables = variables_from(obj, "variable")?;
        let auth = auth_from(obj)?;
        Ok(Collection {
            info,
            items,
            events,
            variables,
            auth,
            protocol_profile_behavior: ppb(obj),
            raw: v.clone(),
        })
    }
}

impl Info {
    fn from_value(v: &Value) -> R<Info> {
        let obj = expect_object(v, "`info`")?;
        Ok(Info {
            name: opt_string(obj, "name").unwrap_or_default(),
            postman_id: opt_string(obj, "_postman_id").or_else(|| opt_string(obj, "id")),
            schema: opt_string(obj, "schema").unwrap_or_default(),
            description: description(obj),
        })
    }
}

fn items_from(obj: &Map<String, Value>) -> R<Vec<Item>> {
    let arr = opt_array(obj, "item", "a list of requests and folders")?;
    let mut out = Vec::with_capacity(arr.len());
    for (i, it) in arr.iter().enumerate() {
        out.push(
            Item::from_value(it)
                .map_err(|e| e.index(i))
                .map_err(|e| e.key("item"))?,
        );
    }
    Ok(out)
}

fn events_from(obj: &Map<String, Value>) -> R<Vec<Event>> {
    let arr = opt_array(obj, "event", "a list of scripts")?;
    let mut out = Vec::with_capacity(arr.len());
    for (i, ev) in arr.iter().enumerate() {
        out.push(
            Event::from_value(ev)
                .map_err(|e| e.index(i))
                .map_err(|e| e.key("event"))?,
        );
    }
    Ok(out)
}

pub(crate) fn variables_from(obj: &Map<String, Value>, key: &str) -> R<Vec<Variable>> {
    let arr = opt_array(obj, key, "a list of variables")?;
    let mut out = Vec::with_capacity(arr.len());
    for (i, var) in arr.iter().enumerate() {
        out.push(
            Variable::from_value(var)
                .map_err(|e| e.index(i))
                .map_err(|e| e.key(key))?,
        );
    }
    Ok(out)
}

fn auth_from(obj: &Map<String, Value>) -> R<Option<Auth>> {
    match obj.get("auth") {
        None | Some(Value::Null) => Ok(None),
        Some(a) => Auth::from_value(a).map_err(|e| e.key("auth")),
    }
}

impl Item {
    pub(crate) fn from_value(v: &Value) -> R<Item> {
        let obj = expect_object(v, "an item")?;
        let name = opt_string(obj, "name").unwrap_or_default();
        let id = opt_string(obj, "id").or_else(|| opt_string(obj, "_postman_id"));
        let events = events_from(obj)?;
        let variables = variables_from(obj, "variable")?;
        // A folder is anything with an `item` array (postman-collection's ItemGroup test).
        let (kind, auth) = if matches!(obj.get("item"), Some(Value::Array(_))) {
            (ItemKind::Folder(items_from(obj)?), auth_from(obj)?)
        } else if obj.get("item").is_some_and(|v| !v.is_null()) {
            // `item` present but not a list: report it rather than silently treating the
            // folder as an empty request.
            return Err(opt_array(obj, "item", "a list of requests and folders")
                .err()
                .unwrap_or_else(|| ShapeError::new("invalid `item`").key("item")));
        } else {
            let req = match obj.get("request") {
                None | Some(Value::Null) => Request::default_get(),
                Some(r) => Request::from_value(r).map_err(|e| e.key("request"))?,
            };
            (ItemKind::Request(req), None)
        };
        Ok(Item {
            id,
            name,
            kind,
            events,
            variables,
            auth,
            protocol_profile_behavior: ppb(obj),
            description: description(obj),
        })
    }
}

impl Default for Request {
    fn default() -> Request {
        Request {
            url: Url::default(),
            method: "GET".to_string(),
            headers: Vec::new(),
            body: None,
            auth: None,
            description: None,
        }
    }
}

impl Request {
    fn default_get() -> Request {
        Request::default()
    }

    /// Converts request JSON: a bare URL string, or an object with `url` (string or object),
    /// `method`, `header` (list, `{name: value}` map or `"K: v\n..."` text), `body`, `auth`.
    pub(crate) fn from_value(v: &Value) -> R<Request> {
        if let Value::String(s) = v {
            return Ok(Request {
                url: Url::parse(s),
                ..Request::default_get()
            });
        }
        let obj = expect_object(v, "a request (an object or a URL string)")?;
        let url = match obj.get("url") {
            None | Some(Value::Null) => Url::default(),
            Some(u) => Url::from_value(u).map_err(|e| e.key("url"))?,
        };
        let method = match obj.get("method") {
            None | Some(Value::Null) => "GET".to_string(),
            Some(Value::String(s)) if s.is_empty() => "GET".to_string(),
            Some(Value::String(s)) => s.to_uppercase(),
            Some(other) => {
                return Err(ShapeError::new(format!(
                    "expected `method` to be a string such as \"GET\", found {}",
                    type_name(other)
                ))
                .key("method"));
            }
        };
        let headers = match obj.get("header").or_else(|| obj.get("headers")) {
            None | Some(Value::Null) => Vec::new(),
            Some(h) => headers_from(h).map_err(|e| e.key("header"))?,
        };
        let body = match obj.get("body") {
            None | Some(Value::Null) => None,
            Some(b) => Body::from_value(b).map_err(|e| e.key("body"))?,
        };
        Ok(Request {
            url,
            method,
            headers,
            body,
            auth: auth_from(obj)?,
            description: description(obj),
        })
    }
}

/// Headers as a list of `{key, value, disabled}`, a `{name: value}` map, or raw header text.
fn headers_from(v: &Value) -> R<Vec<Header>> {
    match v {
        Value::Array(arr) => {
            let mut out = Vec::with_capacity(arr.len());
            for (i, h) in arr.iter().enumerate() {
                match h {
                    Value::Object(o) => out.push(Header {
                        key: opt_string(o, "key")
                            .or_else(|| opt_string(o, "name"))
                            .unwrap_or_default(),
                        value: opt_string(o, "value").unwrap_or_default(),
                        disabled: is_disabled(o),
                    }),
                    Value::String(s) => out.extend(parse_header_text(s)),
                    Value::Null => {}
                    other => {
                        return Err(ShapeError::new(format!(
                            "expected a header object {{\"key\", \"value\"}}, found {}",
                            type_name(other)
                        ))
                        .index(i));
                    }
                }
            }
            Ok(out)
        }
        Value::Object(map) => Ok(map
            .iter()
            .flat_map(|(k, v)| match v {
                // `{"X-A": ["1", "2"]}` means the header twice.
                Value::Array(vals) => vals
                    .iter()
                    .map(|x| Header {
                        key: k.clone(),
                        value: lossy_string(x),
                        disabled: false,
                    })
                    .collect::<Vec<_>>(),
                other => vec![Header {
                    key: k.clone(),
                    value: lossy_string(other),
                    disabled: false,
                }],
            })
            .collect()),
        Value::String(s) => Ok(parse_header_text(s)),
        other => Err(ShapeError::new(format!(
            "expected headers to be a list of {{\"key\", \"value\"}} objects, found {}",
            type_name(other)
        ))),
    }
}

/// `"Name: value\nOther: v"` as postman-collection's `Header.parse` reads it.
fn parse_header_text(s: &str) -> Vec<Header> {
    s.split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.split_once(':') {
            Some((k, v)) => Header {
                key: k.trim().to_string(),
                value: v.trim().to_string(),
                disabled: false,
            },
            None => Header {
                key: l.trim().to_string(),
                value: String::new(),
                disabled: false,
            },
        })
        .collect()
}

impl Body {
    pub(crate) fn from_value(v: &Value) -> R<Option<Body>> {
        if let Value::String(s) = v {
            return Ok(Some(Body {
                mode: BodyMode::Raw {
                    raw: s.clone(),
                    language: None,
                },
                options: None,
                disabled: false,
            }));
        }
        let obj = expect_object(v, "`body`")?;
        let options = obj.get("options").filter(|o| !o.is_null()).cloned();
        let mode_name = match obj.get("mode") {
            Some(Value::String(m)) if !m.is_empty() => {
                let m = m.to_ascii_lowercase();
                // postman-collection reads an unknown mode as raw.
                match m.as_str() {
                    "raw" | "urlencoded" | "formdata" | "file" | "graphql" | "none" => m,
                    _ => "raw".to_string(),
                }
            }
            // No mode: infer from the first content member present.
            _ => ["raw", "urlencoded", "formdata", "file", "graphql"]
                .iter()
                .find(|k| obj.get(**k).is_some_and(|v| !v.is_null()))
                .map(|k| k.to_string())
                .unwrap_or_default(),
        };
        let mode = match mode_name.as_str() {
            "raw" => BodyMode::Raw {
                raw: opt_string(obj, "raw").unwrap_or_default(),
                language: options
                    .as_ref()
                    .and_then(|o| o.pointer("/raw/language"))
                    .and_then(|l| l.as_str())
                    .map(str::to_string),
            },
            "urlencoded" => BodyMode::Urlencoded(form_params(obj, "urlencoded")?),
            "formdata" => BodyMode::Formdata(form_params(obj, "formdata")?),
            "file" => BodyMode::File {
                src: match obj.get("file") {
                    Some(Value::Object(f)) => opt_string(f, "src"),
                    Some(Value::String(s)) => Some(s.clone()),
                    _ => None,
                },
            },
            "graphql" => {
                let g = obj.get("graphql").and_then(|g| g.as_object());
                BodyMode::Graphql {
                    query: g.and_then(|g| opt_string(g, "query")).unwrap_or_default(),
                    variables: g.and_then(|g| opt_string(g, "variables")),
                }
            }
            _ => BodyMode::None,
        };
        Ok(Some(Body {
            mode,
            options,
            disabled: truthy(obj.get("disabled")),
        }))
    }
}

fn form_params(obj: &Map<String, Value>, key: &str) -> R<Vec<FormParam>> {
    let arr = match obj.get(key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) => a,
        // `"a=1&b=2"` text form.
        Some(Value::String(text)) => {
            return Ok(crate::url::parse_query(text)
                .into_iter()
                .filter(|q| q.key.is_some())
                .map(|q| FormParam {
                    key: q.key.unwrap_or_default(),
                    value: q.value.unwrap_or_default(),
                    ..FormParam::default()
                })
                .collect());
        }
        // `{"a": "1"}` map form, accepted by postman-collection for sendRequest bodies.
        Some(Value::Object(m)) => {
            return Ok(m
                .iter()
                .map(|(k, v)| FormParam {
                    key: k.clone(),
                    value: lossy_string(v),
                    ..FormParam::default()
                })
                .collect());
        }
        Some(other) => {
            return Err(ShapeError::new(format!(
                "expected `{key}` to be a list of {{\"key\", \"value\"}} objects, found {}",
                type_name(other)
            ))
            .key(key));
        }
    };
    let mut out = Vec::with_capacity(arr.len());
    for (i, p) in arr.iter().enumerate() {
        let o = expect_object(p, "a form parameter")
            .map_err(|e| e.index(i))
            .map_err(|e| e.key(key))?;
        let kind = if o.get("type").and_then(|t| t.as_str()) == Some("file") {
            FormParamKind::File
        } else {
            FormParamKind::Text
        };
        let src = match o.get("src") {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect(),
            _ => Vec::new(),
        };
        out.push(FormParam {
            key: opt_string(o, "key").unwrap_or_default(),
            value: opt_string(o, "value").unwrap_or_default(),
            kind,
            src,
            content_type: opt_string(o, "contentType"),
            disabled: is_disabled(o),
        });
    }
    Ok(out)
}

impl Auth {
    /// `None` for an auth object without a type (it then means "inherit").
    pub(crate) fn from_value(v: &Value) -> R<Option<Auth>> {
        let obj = expect_object(v, "`auth`")?;
        let kind = match obj.get("type") {
            Some(Value::String(t)) if !t.is_empty() => t.clone(),
            _ => return Ok(None),
        };
        let mut params = IndexMap::new();
        match obj.get(&kind) {
            // v2.1: [{key, value, type}]
            Some(Value::Array(list)) => {
                for p in list {
                    if let Some(o) = p.as_object()
                        && let Some(k) = o.get("key").and_then(|k| k.as_str())
                    {
                        params.insert(
                            k.to_string(),
                            o.get("value")
                                .cloned()
                                .unwrap_or_else(|| Value::String(String::new())),
                        );
                    }
                }
            }
            // v2.0: {username, password}
            Some(Value::Object(map)) => {
                for (k, v) in map {
                    params.insert(k.clone(), v.clone());
                }
            }
            _ => {}
        }
        Ok(Some(Auth { kind, params }))
    }

    /// The v2.1 JSON shape: `{"type": kind, kind: [{key, value, type}]}`.
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        obj.insert("type".into(), Value::String(self.kind.clone()));
        if self.kind != "noauth" || !self.params.is_empty() {
            let list: Vec<Value> = self
                .params
                .iter()
                .map(|(k, v)| {
                    let t = match v {
                        Value::String(_) => "string",
                        Value::Bool(_) => "boolean",
                        _ => "any",
                    };
                    json!({"key": k, "value": v, "type": t})
                })
                .collect();
            obj.insert(self.kind.clone(), Value::Array(list));
        }
        Value::Object(obj)
    }
}

impl Event {
    pub(crate) fn from_value(v: &Value) -> R<Event> {
        let obj = expect_object(v, "an event")?;
        let listen = opt_string(obj, "listen").unwrap_or_default();
        let script = match obj.get("script") {
            None | Some(Value::Null) => Script::default(),
            Some(s) => Script::from_value(s).map_err(|e| e.key("script"))?,
        };
        Ok(Event {
            id: opt_string(obj, "id"),
            listen,
            script,
            disabled: truthy(obj.get("disabled")),
        })
    }

    /// The JSON shape of a collection file's event.
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        if let Some(id) = &self.id {
            obj.insert("id".into(), Value::String(id.clone()));
        }
        obj.insert("listen".into(), Value::String(self.listen.clone()));
        obj.insert("script".into(), self.script.to_json());
        if self.disabled {
            obj.insert("disabled".into(), Value::Bool(true));
        }
        Value::Object(obj)
    }
}

impl Script {
    fn from_value(v: &Value) -> R<Script> {
        match v {
            Value::String(s) => Ok(Script {
                exec: s.clone(),
                ..Script::default()
            }),
            Value::Array(_) => Ok(Script {
                exec: exec_text(v),
                ..Script::default()
            }),
            Value::Object(o) => Ok(Script {
                id: opt_string(o, "id"),
                exec: o.get("exec").map(exec_text).unwrap_or_default(),
                kind: opt_string(o, "type"),
                name: opt_string(o, "name"),
            }),
            other => Err(ShapeError::new(format!(
                "expected `script` to be an object with `exec`, found {}",
                type_name(other)
            ))),
        }
    }

    /// `{id?, type, exec: [lines]}`.
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        if let Some(id) = &self.id {
            obj.insert("id".into(), Value::String(id.clone()));
        }
        obj.insert(
            "type".into(),
            Value::String(
                self.kind
                    .clone()
                    .unwrap_or_else(|| "text/javascript".to_string()),
            ),
        );
        let lines: Vec<Value> = self
            .exec
            .split('\n')
            .map(|l| Value::String(l.to_string()))
            .collect();
        obj.insert("exec".into(), Value::Array(lines));
        if let Some(n) = &self.name {
            obj.insert("name".into(), Value::String(n.clone()));
        }
        Value::Object(obj)
    }
}

/// `exec` is a string or an array of lines.
fn exec_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(lines) => lines
            .iter()
            .map(lossy_string)
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Null => String::new(),
        other => lossy_string(other),
    }
}

impl Variable {
    pub(crate) fn from_value(v: &Value) -> R<Variable> {
        let obj = expect_object(v, "a variable")?;
        let id = opt_string(obj, "id");
        let key = opt_string(obj, "key")
            .or_else(|| id.clone())
            .or_else(|| opt_string(obj, "name"))
            .unwrap_or_default();
        let kind = opt_string(obj, "type");
        let raw = obj
            .get("value")
            .cloned()
            // An absent value reads as "" in a substitution (postman-collection's
            // `Variable#toString` of undefined), unlike an explicit null ("null").
            .unwrap_or_else(|| Value::String(String::new()));
        let value = cast_in(kind.as_deref(), raw);
        Ok(Variable {
            key,
            value,
            kind,
            disabled: is_disabled(obj),
            id,
            description: description(obj),
        })
    }

    /// `{key, value, type?, disabled?}`.
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        if let Some(id) = &self.id {
            obj.insert("id".into(), Value::String(id.clone()));
        }
        obj.insert("key".into(), Value::String(self.key.clone()));
        obj.insert("value".into(), self.value.clone());
        if let Some(k) = &self.kind {
            obj.insert("type".into(), Value::String(k.clone()));
        }
        if self.disabled {
            obj.insert("disabled".into(), Value::Bool(true));
        }
        Value::Object(obj)
    }
}

/// postman-collection casts a value when the variable declares `string`, `number` or
/// `boolean`; every other type (`any`, `default`, `secret`, ...) passes it through.
pub(crate) fn cast_in(kind: Option<&str>, v: Value) -> Value {
    match kind.map(|k| k.to_ascii_lowercase()).as_deref() {
        Some("string") => match v {
            Value::String(_) => v,
            // String(undefined) would be "undefined"; an absent value reads as "" in practice.
            Value::Null => Value::String(String::new()),
            other => Value::String(crate::variables::js_string(&other)),
        },
        Some("number") => crate::variables::js_number(&v),
        Some("boolean") => Value::Bool(crate::variables::js_truthy(&v)),
        _ => v,
    }
}

// ---------------------------------------------------------------------------------------------
// model -> Value (v2.1 request JSON)

impl Request {
    /// The Postman v2.1 request JSON: `{url: {raw, protocol, host, port, path, query, hash,
    /// variable}, method, header: [{key, value, disabled?}], body?, auth?, description?}`.
    /// This is what crosses into the script sandbox as `pm.request`.
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        obj.insert("url".into(), self.url.to_json());
        obj.insert("method".into(), Value::String(self.method.clone()));
        let headers: Vec<Value> = self
            .headers
            .iter()
            .map(|h| {
                let mut o = Map::new();
                o.insert("key".into(), Value::String(h.key.clone()));
                o.insert("value".into(), Value::String(h.value.clone()));
                if h.disabled {
                    o.insert("disabled".into(), Value::Bool(true));
                }
                Value::Object(o)
            })
            .collect();
        obj.insert("header".into(), Value::Array(headers));
        if let Some(b) = &self.body {
            obj.insert("body".into(), b.to_json());
        }
        if let Some(a) = &self.auth {
            obj.insert("auth".into(), a.to_json());
        }
        if let Some(d) = &self.description {
            obj.insert("description".into(), Value::String(d.clone()));
        }
        Value::Object(obj)
    }

    /// Reads request JSON the way postman-collection's `Request` constructor does: `value`
    /// may be a URL string or an object whose `url` is a string or object, whose `header` is
    /// a list, a `{name: value}` map or header text, and whose body uses any mode.
    pub fn from_json(value: &Value) -> Result<Request, crate::ParseError> {
        Request::from_value(value).map_err(|e| e.into_parse_error("request", None))
    }

    /// This request with every `{{variable}}` resolved against `scopes`, the way
    /// postman-runtime does it: the request JSON is substituted field by field (URL parts,
    /// query values, path variable values, headers, body, auth), then read back. Build the URL
    /// text with [`Url::to_template_string`] afterwards, so `&` or `#` coming from a variable
    /// value is encoded inside its query parameter instead of splitting it.
    pub fn resolved(&self, scopes: &crate::Scopes) -> Request {
        let json = scopes.resolve_json(&self.to_json());
        // Resolution only changes strings, so the shape stays valid; fall back to the
        // unresolved request rather than panic if that ever stopped being true.
        Request::from_value(&json).unwrap_or_else(|_| self.clone())
    }

    /// The value of the first enabled header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| !h.disabled && h.key.eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str())
    }
}

impl Body {
    /// The collection-file JSON shape of this body.
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        let mode = match &self.mode {
            BodyMode::Raw { raw, .. } => {
                obj.insert("raw".into(), Value::String(raw.clone()));
                "raw"
            }
            BodyMode::Urlencoded(ps) => {
                obj.insert("urlencoded".into(), form_json(ps));
                "urlencoded"
            }
            BodyMode::Formdata(ps) => {
                obj.insert("formdata".into(), form_json(ps));
                "formdata"
            }
            BodyMode::File { src } => {
                obj.insert("file".into(), json!({ "src": src }));
                "file"
            }
            BodyMode::Graphql { query, variables } => {
                obj.insert(
                    "graphql".into(),
                    json!({"query": query, "variables": variables.clone().unwrap_or_default()}),
                );
                "graphql"
            }
            BodyMode::None => "none",
        };
        let mut out = Map::new();
        out.insert("mode".into(), Value::String(mode.into()));
        out.extend(obj);
        let options = match (&self.options, &self.mode) {
            (Some(o), _) => Some(o.clone()),
            (
                None,
                BodyMode::Raw {
                    language: Some(l), ..
                },
            ) => Some(json!({"raw": {"language": l}})),
            _ => None,
        };
        if let Some(o) = options {
            out.insert("options".into(), o);
        }
        if self.disabled {
            out.insert("disabled".into(), Value::Bool(true));
        }
        Value::Object(out)
    }

    /// `options.raw.language` for raw bodies.
    pub fn raw_language(&self) -> Option<&str> {
        match &self.mode {
            BodyMode::Raw { language, .. } => language.as_deref(),
            _ => None,
        }
    }
}

fn form_json(ps: &[FormParam]) -> Value {
    Value::Array(
        ps.iter()
            .map(|p| {
                let mut o = Map::new();
                o.insert("key".into(), Value::String(p.key.clone()));
                match p.kind {
                    FormParamKind::Text => {
                        o.insert("value".into(), Value::String(p.value.clone()));
                        o.insert("type".into(), Value::String("text".into()));
                    }
                    FormParamKind::File => {
                        let src = match p.src.as_slice() {
                            [] => Value::Null,
                            [one] => Value::String(one.clone()),
                            many => Value::Array(
                                many.iter().map(|s| Value::String(s.clone())).collect(),
                            ),
                        };
                        o.insert("src".into(), src);
                        o.insert("type".into(), Value::String("file".into()));
                    }
                }
                if let Some(ct) = &p.content_type {
                    o.insert("contentType".into(), Value::String(ct.clone()));
                }
                if p.disabled {
                    o.insert("disabled".into(), Value::Bool(true));
                }
                Value::Object(o)
            })
            .collect(),
    )
}

impl Collection {
    /// The v2.1 JSON built from the model (ignores [`Collection::raw`]).
    pub fn to_json(&self) -> Value {
        let mut info = Map::new();
        if let Some(id) = &self.info.postman_id {
            info.insert("_postman_id".into(), Value::String(id.clone()));
        }
        info.insert("name".into(), Value::String(self.info.name.clone()));
        if let Some(d) = &self.info.description {
            info.insert("description".into(), Value::String(d.clone()));
        }
        let schema = if self.info.schema.is_empty() {
            "https://schema.getpostman.com/json/collection/v2.1.0/collection.json".to_string()
        } else {
            self.info.schema.clone()
        };
        info.insert("schema".into(), Value::String(schema));
        let mut obj = Map::new();
        obj.insert("info".into(), Value::Object(info));
        obj.insert(
            "item".into(),
            Value::Array(self.items.iter().map(Item::to_json).collect()),
        );
        if !self.events.is_empty() {
            obj.insert(
                "event".into(),
                Value::Array(self.events.iter().map(Event::to_json).collect()),
            );
        }
        if !self.variables.is_empty() {
            obj.insert(
                "variable".into(),
                Value::Array(self.variables.iter().map(Variable::to_json).collect()),
            );
        }
        if let Some(a) = &self.auth {
            obj.insert("auth".into(), a.to_json());
        }
        if !self.protocol_profile_behavior.is_empty() {
            obj.insert(
                "protocolProfileBehavior".into(),
                Value::Object(self.protocol_profile_behavior.clone()),
            );
        }
        Value::Object(obj)
    }

    /// Finds an item (folder or request) anywhere in the tree by id, then by name, depth
    /// first in file order, as Newman's `--folder` does.
    pub fn find_item(&self, name_or_id: &str) -> Option<&Item> {
        fn by<'a>(items: &'a [Item], pred: &dyn Fn(&Item) -> bool) -> Option<&'a Item> {
            for it in items {
                if pred(it) {
                    return Some(it);
                }
                if let ItemKind::Folder(children) = &it.kind
                    && let Some(found) = by(children, pred)
                {
                    return Some(found);
                }
            }
            None
        }
        by(&self.items, &|it| it.id.as_deref() == Some(name_or_id))
            .or_else(|| by(&self.items, &|it| it.name == name_or_id))
    }

    /// Every request item in run order (depth first), with the chain of folders above it
    /// (outermost first).
    pub fn requests(&self) -> Vec<(Vec<&Item>, &Item)> {
        fn walk<'a>(
            items: &'a [Item],
            parents: &mut Vec<&'a Item>,
            out: &mut Vec<(Vec<&'a Item>, &'a Item)>,
        ) {
            for it in items {
                match &it.kind {
                    ItemKind::Request(_) => out.push((parents.clone(), it)),
                    ItemKind::Folder(children) => {
                        parents.push(it);
                        walk(children, parents, out);
                        parents.pop();
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.items, &mut Vec::new(), &mut out);
        out
    }
}

impl Item {
    /// Enabled scripts of this item for `listen` (`"prerequest"` or `"test"`).
    pub fn scripts(&self, listen: &str) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |e| !e.disabled && e.listen == listen)
    }

    /// The collection-file JSON of this item (v2.1 shape).
    pub fn to_json(&self) -> Value {
        let mut obj = Map::new();
        if let Some(id) = &self.id {
            obj.insert("id".into(), Value::String(id.clone()));
        }
        obj.insert("name".into(), Value::String(self.name.clone()));
        match &self.kind {
            ItemKind::Folder(children) => {
                obj.insert(
                    "item".into(),
                    Value::Array(children.iter().map(Item::to_json).collect()),
                );
                if let Some(a) = &self.auth {
                    obj.insert("auth".into(), a.to_json());
                }
            }
            ItemKind::Request(r) => {
                obj.insert("request".into(), r.to_json());
            }
        }
        if !self.events.is_empty() {
            obj.insert(
                "event".into(),
                Value::Array(self.events.iter().map(Event::to_json).collect()),
            );
        }
        if !self.variables.is_empty() {
            obj.insert(
                "variable".into(),
                Value::Array(self.variables.iter().map(Variable::to_json).collect()),
            );
        }
        if !self.protocol_profile_behavior.is_empty() {
            obj.insert(
                "protocolProfileBehavior".into(),
                Value::Object(self.protocol_profile_behavior.clone()),
            );
        }
        Value::Object(obj)
    }
}
