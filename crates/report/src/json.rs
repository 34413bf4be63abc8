//! The `json` reporter: Newman's run summary as one JSON document.
//!
//! Shape (Newman 6.2.2's `JSON.stringify(summary)`):
//! `{collection, environment, globals, run: {stats, timings, executions, transfers, failures,
//! error}}`, where each `run.executions[]` is `{cursor, item: {id, name}, request, response:
//! {id, status, code, header, stream, cookie, responseTime, responseSize}, id, assertions:
//! [{assertion, skipped, error?}], requestError?, testScript?, prerequestScript?}`.
//!
//! Only what the document needs is kept, and only while this reporter is installed, so a run
//! without `-r json` keeps no response bodies.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use cogman_collection::VariableScope;
use cogman_redact::Redactor;
use cogman_runner::{Event, ExecutedResponse, Reporter, RunSummary, ScriptKind};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value, json};

/// Where the report goes when `--reporter-json-export` is not given: `newman/` in the current
/// directory, named like Newman's (`newman-run-report-2024-01-31-10-00-00-000-0.json`).
pub fn default_export_path(now: chrono::DateTime<chrono::Utc>) -> PathBuf {
    Path::new("newman").join(default_file_name(now))
}

fn default_file_name(now: chrono::DateTime<chrono::Utc>) -> String {
    // Newman turns the ISO timestamp's non-digits into `-` and appends `0`.
    let iso = now.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string();
    let mut stamp = String::new();
    let mut in_sep = false;
    for c in iso.chars() {
        if c.is_ascii_digit() {
            stamp.push(c);
            in_sep = false;
        } else if !in_sep {
            stamp.push('-');
            in_sep = true;
        }
    }
    format!("newman-run-report-{stamp}0.json")
}

/// The outcome of writing the report, readable after the run.
#[derive(Debug, Clone, Default)]
pub struct ExportStatus(Rc<RefCell<Option<Result<PathBuf, String>>>>);

impl ExportStatus {
    /// `None` before the run ended; then the written path, or a one-line error.
    pub fn result(&self) -> Option<Result<PathBuf, String>> {
        self.0.borrow().clone()
    }
}

/// One `run.executions[]` object: its JSON fields, and the body of its response kept as bytes
/// (Newman writes it as `response.stream = {type: "Buffer", data: [bytes]}`; holding it as a
/// JSON array would cost tens of bytes per body byte).
#[derive(Default)]
struct Entry {
    fields: Map<String, Value>,
    body: Option<Vec<u8>>,
}

/// Newman's json reporter. Collects executions from the events and streams the document to
/// its file when the run is done.
pub struct JsonReporter {
    export: Option<PathBuf>,
    redactor: Option<Redactor>,
    status: ExportStatus,
    collection: Value,
    /// One entry per item execution that sent at least one request.
    entries: Vec<Entry>,
    /// `run.executions` as indices into `entries`. Newman appends the item's execution object
    /// once per request event, `pm.sendRequest` included, so an item that used
    /// `pm.sendRequest` appears more than once; kept for parity.
    order: Vec<usize>,
    /// The entry of the item being run.
    current: Option<usize>,
}

impl JsonReporter {
    /// A reporter writing to `export` (or the Newman default path when `None`).
    pub fn new(export: Option<PathBuf>) -> JsonReporter {
        JsonReporter {
            export,
            redactor: None,
            status: ExportStatus::default(),
            collection: Value::Null,
            entries: Vec::new(),
            order: Vec::new(),
            current: None,
        }
    }

    /// Redacts the document with `redactor` before writing it, and registers credentials
    /// sent in secret headers so their echoes are masked too.
    pub fn with_redactor(mut self, redactor: Redactor) -> JsonReporter {
        self.redactor = Some(redactor);
        self
    }

    /// A handle to read where the report was written, after the run.
    pub fn status(&self) -> ExportStatus {
        self.status.clone()
    }

    fn with_current(&mut self, f: impl FnOnce(&mut Entry)) {
        if let Some(entry) = self.current.and_then(|i| self.entries.get_mut(i)) {
            f(entry);
        }
    }

    /// The whole document as a JSON value. The reporter itself never builds it: it streams
    /// the same content to its file.
    pub fn document(&self, summary: &RunSummary) -> Value {
        serde_json::to_value(Doc {
            reporter: self,
            summary,
        })
        .unwrap_or(Value::Null)
    }

    fn write(&mut self, summary: &RunSummary) {
        let now = chrono::Utc::now();
        let mut path = self
            .export
            .clone()
            .unwrap_or_else(|| default_export_path(now));
        if path.is_dir() {
            path = path.join(default_file_name(now));
        }
        let doc = Doc {
            reporter: self,
            summary,
        };
        let result = write_document(&path, &doc, self.redactor.as_ref())
            .map(|()| path.clone())
            .map_err(|e| {
                format!(
                    "error writing file \"{}\" for json-reporter: {e}",
                    path.display()
                )
            });
        *self.status.0.borrow_mut() = Some(result);
    }
}

/// Streams `doc` into `path` (creating its directory) through the redaction layer.
///
/// A large buffer sits above the redacting writer so it sees big blocks of whole lines rather
/// than the serializer's many tiny writes; a second one sits below it, above the file.
fn write_document(path: &Path, doc: &Doc<'_>, redactor: Option<&Redactor>) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let file = BufWriter::new(std::fs::File::create(path)?);
    let mut out: Box<dyn Write> = match redactor {
        Some(r) => Box::new(BufWriter::with_capacity(1 << 16, r.writer(file))),
        None => Box::new(file),
    };
    serde_json::to_writer_pretty(&mut out, doc).map_err(std::io::Error::other)?;
    out.flush()
}

/// The document: `{collection, environment, globals, run}`.
struct Doc<'a> {
    reporter: &'a JsonReporter,
    summary: &'a RunSummary,
}

impl Serialize for Doc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let summary = self.summary;
        let mut doc = serializer.serialize_map(Some(4))?;
        doc.serialize_entry("collection", &self.reporter.collection)?;
        doc.serialize_entry("environment", &scope_json(&summary.environment))?;
        doc.serialize_entry("globals", &scope_json(&summary.globals))?;
        doc.serialize_entry(
            "run",
            &Run {
                reporter: self.reporter,
                summary,
            },
        )?;
        doc.end()
    }
}

/// `run`: `{stats, timings, executions, transfers, failures, error}`.
struct Run<'a> {
    reporter: &'a JsonReporter,
    summary: &'a RunSummary,
}

impl Serialize for Run<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let summary = self.summary;
        let r = self.reporter;
        let mut run = serializer.serialize_map(Some(6))?;
        run.serialize_entry("stats", &summary.stats)?;
        run.serialize_entry("timings", &summary.timings)?;
        let executions: Vec<EntryOut<'_>> = r
            .order
            .iter()
            .filter_map(|i| r.entries.get(*i))
            .map(|entry| EntryOut {
                entry,
                redactor: r.redactor.as_ref(),
            })
            .collect();
        run.serialize_entry("executions", &executions)?;
        run.serialize_entry("transfers", &summary.transfers)?;
        run.serialize_entry("failures", &summary.failures)?;
        run.serialize_entry("error", &summary.error)?;
        run.end()
    }
}

/// One execution, with the response body put back as Newman's `stream` after `header`.
struct EntryOut<'a> {
    entry: &'a Entry,
    redactor: Option<&'a Redactor>,
}

impl Serialize for EntryOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entry.fields.len()))?;
        for (key, value) in &self.entry.fields {
            match (key.as_str(), value) {
                ("response", Value::Object(response)) => map.serialize_entry(
                    key,
                    &ResponseOut {
                        fields: response,
                        body: self.entry.body.as_deref(),
                        redactor: self.redactor,
                    },
                )?,
                _ => map.serialize_entry(key, value)?,
            }
        }
        map.end()
    }
}

struct ResponseOut<'a> {
    fields: &'a Map<String, Value>,
    body: Option<&'a [u8]>,
    redactor: Option<&'a Redactor>,
}

impl Serialize for ResponseOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.fields.len() + 1))?;
        for (key, value) in self.fields {
            map.serialize_entry(key, value)?;
            if key == "header"
                && let Some(body) = self.body
            {
                map.serialize_entry(
                    "stream",
                    &Stream {
                        body,
                        redactor: self.redactor,
                    },
                )?;
            }
        }
        map.end()
    }
}

/// `{"type": "Buffer", "data": [bytes]}`. A text body is redacted first: once written as
/// numbers, no text filter could find a secret in it.
struct Stream<'a> {
    body: &'a [u8],
    redactor: Option<&'a Redactor>,
}

impl Serialize for Stream<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let redacted: Cow<'_, [u8]> = match (self.redactor, std::str::from_utf8(self.body)) {
            (Some(r), Ok(text)) => match r.redact(text) {
                Cow::Borrowed(_) => Cow::Borrowed(self.body),
                Cow::Owned(t) => Cow::Owned(t.into_bytes()),
            },
            _ => Cow::Borrowed(self.body),
        };
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("type", "Buffer")?;
        map.serialize_entry("data", &Bytes(&redacted))?;
        map.end()
    }
}

/// Bytes as a JSON array of numbers (as Node's `Buffer#toJSON`).
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter())
    }
}

fn scope_json(scope: &VariableScope) -> Value {
    let values: Vec<Value> = scope
        .entries()
        .iter()
        .map(|v| {
            let mut m = Map::new();
            m.insert(
                "type".into(),
                Value::String(v.kind.clone().unwrap_or_else(|| "any".into())),
            );
            m.insert("value".into(), v.value.clone());
            m.insert("key".into(), Value::String(v.key.clone()));
            if !v.enabled {
                m.insert("disabled".into(), Value::Bool(true));
            }
            Value::Object(m)
        })
        .collect();
    let mut m = Map::new();
    // Newman's scopes always carry an id; one made from `--env-var` alone gets a fresh one.
    let id = scope
        .id
        .clone()
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    m.insert("id".into(), Value::String(id));
    if let Some(name) = &scope.name {
        m.insert("name".into(), Value::String(name.clone()));
    }
    m.insert("values".into(), Value::Array(values));
    Value::Object(m)
}

fn response_json(res: &ExecutedResponse) -> Value {
    let headers: Vec<Value> = res
        .headers
        .iter()
        .map(|h| json!({"key": h.key, "value": h.value}))
        .collect();
    let cookies: Vec<Value> = res
        .cookies
        .iter()
        .map(|c| json!({"name": c.key, "value": c.value}))
        .collect();
    json!({
        "id": res.id,
        "status": res.status,
        "code": res.code,
        "header": headers,
        "cookie": cookies,
        "responseTime": res.response_time,
        "responseSize": res.response_size,
    })
}

impl Reporter for JsonReporter {
    fn on_event(&mut self, event: &Event<'_>) {
        match event {
            Event::Start { collection, .. } => {
                self.collection = collection.raw.clone();
            }
            Event::BeforeItem { cursor, item, .. } => {
                let mut value = Map::new();
                value.insert(
                    "cursor".into(),
                    serde_json::to_value(cursor).unwrap_or(Value::Null),
                );
                value.insert("item".into(), json!({"id": item.id, "name": item.name}));
                self.entries.push(Entry {
                    fields: value,
                    body: None,
                });
                self.current = Some(self.entries.len() - 1);
            }
            Event::Request {
                cursor,
                item,
                request,
                response,
                error,
                ..
            } => {
                if let Some(r) = &self.redactor {
                    crate::register_header_secrets(r, &request.headers);
                }
                let Some(index) = self.current else {
                    return;
                };
                let cursor = serde_json::to_value(cursor).unwrap_or(Value::Null);
                let request = request.json.clone();
                let body = response.map(|r| r.body.clone());
                let response = response.map(response_json);
                let error = error.map(|e| serde_json::to_value(e).unwrap_or(Value::Null));
                self.with_current(|entry| {
                    entry.body = body;
                    let value = &mut entry.fields;
                    value.insert("cursor".into(), cursor);
                    value.insert("request".into(), request);
                    match response {
                        Some(r) => value.insert("response".into(), r),
                        None => value.remove("response"),
                    };
                    value.insert("id".into(), Value::String(item.id.clone()));
                    if let Some(err) = error {
                        value.insert("requestError".into(), err);
                    }
                });
                self.order.push(index);
            }
            Event::Script {
                kind,
                error: Some(err),
                ..
            } => {
                let key = match kind {
                    ScriptKind::Prerequest => "prerequestScript",
                    ScriptKind::Test => "testScript",
                };
                let err = serde_json::to_value(err).unwrap_or(Value::Null);
                self.with_current(|exec| {
                    let list = exec
                        .fields
                        .entry(key)
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(list) = list {
                        list.push(json!({ "error": err }));
                    }
                });
            }
            Event::Assertion {
                cursor, assertion, ..
            } => {
                let mut entry = Map::new();
                entry.insert("assertion".into(), Value::String(assertion.name.clone()));
                entry.insert("skipped".into(), Value::Bool(assertion.skipped));
                if !assertion.passed && !assertion.skipped {
                    let (name, message, stack) = match &assertion.error {
                        Some(e) => (e.name.clone(), e.message.clone(), e.stack.clone()),
                        None => ("AssertionError".to_string(), assertion.name.clone(), None),
                    };
                    let stack = stack.unwrap_or_else(|| {
                        format!(
                            "{name}: {message}\n   at Object.eval sandbox-script.js:{}:{})",
                            assertion.index + 1,
                            cursor.position + 1
                        )
                    });
                    entry.insert(
                        "error".into(),
                        json!({
                            "name": name,
                            "index": assertion.index,
                            "test": assertion.name,
                            "message": message,
                            "stack": stack,
                        }),
                    );
                }
                let entry = Value::Object(entry);
                self.with_current(|exec| {
                    let list = exec
                        .fields
                        .entry("assertions")
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(list) = list {
                        list.push(entry);
                    }
                });
            }
            Event::Item { .. } => {
                // An item that sent no request (skipped) leaves no execution behind.
                if let Some(i) = self.current.take()
                    && i + 1 == self.entries.len()
                    && self.order.last() != Some(&i)
                {
                    self.entries.pop();
                }
            }
            Event::Done { summary, .. } => self.write(summary),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_name_follows_newman() {
        let t = chrono::DateTime::parse_from_rfc3339("2024-01-31T10:02:03.004Z")
            .map(|t| t.with_timezone(&chrono::Utc));
        let Ok(t) = t else {
            panic!("bad test timestamp")
        };
        assert_eq!(
            default_export_path(t),
            Path::new("newman").join("newman-run-report-2024-01-31-10-02-03-004-0.json")
        );
    }
}
