//! The event model reporters consume: one [`Event`] per Newman run event, in Newman's order.

use cogman_collection::Collection;
use serde::Serialize;

use crate::summary::RunSummary;

/// Receives every event of a run, in order. Implemented by the reporters (cli, json, junit, ...).
///
/// Events borrow from the runner: a reporter that needs data after the call returns copies it.
/// Response bodies in particular are only lent, so the run's memory stays flat unless a
/// reporter chooses to keep them.
pub trait Reporter {
    /// Called once per event.
    fn on_event(&mut self, event: &Event<'_>);
}

/// Forwards every event to several reporters in order (`-r cli,json`).
impl Reporter for Vec<Box<dyn Reporter>> {
    fn on_event(&mut self, event: &Event<'_>) {
        for reporter in self.iter_mut() {
            reporter.on_event(event);
        }
    }
}

/// A reporter that ignores everything.
#[derive(Debug, Default, Clone, Copy)]
pub struct NullReporter;

impl Reporter for NullReporter {
    fn on_event(&mut self, _event: &Event<'_>) {}
}

/// Position of the run, as postman-runtime's cursor (`run.executions[].cursor` in the json
/// report). Serialises with Newman's field names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cursor {
    /// Index of the item in the list of requests that run (after `--folder` selection).
    pub position: usize,
    /// Zero-based iteration.
    pub iteration: usize,
    /// Number of requests per iteration.
    pub length: usize,
    /// Number of iterations.
    pub cycles: usize,
    /// No requests to run at all.
    pub empty: bool,
    /// At (or past) the last item of the last iteration.
    pub eof: bool,
    /// At the first item of the first iteration.
    pub bof: bool,
    /// First item of a new iteration ("carriage return").
    pub cr: bool,
    /// A uuid shared by all events of one item execution.
    #[serde(rename = "ref")]
    pub ref_: String,
    /// A uuid per HTTP request (set on request events).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_request_id: Option<String>,
}

/// `{id, name}` of a collection, folder or item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct NamedRef {
    /// Postman id (or a generated uuid when the file had none).
    pub id: String,
    /// Display name.
    pub name: String,
}

/// The request item an event is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ItemRef {
    /// Item id.
    pub id: String,
    /// Item name.
    pub name: String,
    /// Names of the enclosing folders, outermost first (empty at the collection root).
    pub path: Vec<String>,
    /// The enclosing folder, or the collection at the root (Newman's `failures[].parent`).
    pub parent: NamedRef,
}

impl ItemRef {
    /// `Folder / Sub / Request`, the name junit and the cli reporter show.
    pub fn full_name(&self) -> String {
        let mut parts: Vec<&str> = self.path.iter().map(String::as_str).collect();
        parts.push(&self.name);
        parts.join(" / ")
    }
}

/// Prerequest or test.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScriptKind {
    /// `prerequest` scripts.
    Prerequest,
    /// `test` scripts (the default).
    #[default]
    Test,
}

impl ScriptKind {
    /// The Postman event name: `prerequest` or `test`.
    pub fn listen(self) -> &'static str {
        match self {
            ScriptKind::Prerequest => "prerequest",
            ScriptKind::Test => "test",
        }
    }
}

/// One header as sent or received.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Header {
    /// Header name as written.
    pub key: String,
    /// Header value.
    pub value: String,
}

/// The request as it went on the wire (variables resolved, auth applied).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExecutedRequest {
    /// HTTP method.
    pub method: String,
    /// Full URL (after variable resolution; the URL of the first hop when redirected).
    pub url: String,
    /// Headers sent, in order (includes the default headers once the request was sent).
    pub headers: Vec<Header>,
    /// Body mode (`raw`, `urlencoded`, `formdata`, `file`, `graphql`), if there was a body.
    pub body_mode: Option<String>,
    /// The body as text (lossy UTF-8), capped at [`BODY_PREVIEW_CAP`] bytes.
    pub body_preview: Option<String>,
    /// The request as Postman v2.1 request JSON with variables resolved (json report).
    pub json: serde_json::Value,
}

/// How many bytes of a request body [`ExecutedRequest::body_preview`] keeps.
pub const BODY_PREVIEW_CAP: usize = 64 * 1024;

/// Per-phase timings of a response in milliseconds (Newman's `--verbose` output).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseTimings {
    /// Until the request could be sent (queueing, setup).
    pub prepare: f64,
    /// Socket wait.
    pub wait: f64,
    /// DNS lookup.
    pub dns_lookup: f64,
    /// TCP connect.
    pub tcp_handshake: f64,
    /// TLS handshake (0 for plain HTTP).
    pub secure_handshake: f64,
    /// Time to the first response byte after the request was sent.
    pub first_byte: f64,
    /// Reading the body.
    pub download: f64,
    /// Processing after the body was read.
    pub process: f64,
    /// Everything.
    pub total: f64,
}

/// The response to an [`ExecutedRequest`].
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExecutedResponse {
    /// A uuid for this response (Newman's `response.id`).
    pub id: String,
    /// Status code.
    pub code: u16,
    /// Reason phrase (`OK`).
    pub status: String,
    /// Headers in wire order.
    pub headers: Vec<Header>,
    /// Decoded body bytes (not retained by the runner after the event).
    #[serde(skip)]
    pub body: Vec<u8>,
    /// Response time in milliseconds.
    pub response_time: u64,
    /// Body size in bytes as received (Newman's `responseSize`).
    pub response_size: u64,
    /// Size of the header block in bytes.
    pub header_size: u64,
    /// Per-phase timings.
    pub timings: ResponseTimings,
    /// Cookies set by this response, `name=value` pairs.
    pub cookies: Vec<Header>,
}

/// An error serialised the way Newman records it (`failures[].error`, `requestError`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ErrorInfo {
    /// `AssertionError`, `TypeError`, `Error`, ...
    pub name: String,
    /// The message (`connect ECONNREFUSED 127.0.0.1:9`, `expected 1 to equal 2`).
    pub message: String,
    /// Name of the failing test (assertion failures).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test: Option<String>,
    /// Index of the assertion within its script (assertion failures).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// Node-style error code for request errors (`ECONNREFUSED`, `ENOTFOUND`, `ETIMEDOUT`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Stack text, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stack: Option<String>,
}

impl std::fmt::Display for ErrorInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.name.is_empty() {
            f.write_str(&self.message)
        } else if self.message.is_empty() {
            f.write_str(&self.name)
        } else {
            write!(f, "{}: {}", self.name, self.message)
        }
    }
}

/// A request that could not complete (connection refused, DNS failure, timeout, bad URL).
pub type RequestError = ErrorInfo;

/// One `pm.test` / `tests[...]` result.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Assertion {
    /// Test name.
    pub name: String,
    /// Index within its script.
    pub index: usize,
    /// Passed (skipped tests count as passed, as in Newman).
    pub passed: bool,
    /// `pm.test.skip`.
    pub skipped: bool,
    /// The failure (`name` is `AssertionError` for chai failures).
    pub error: Option<ErrorInfo>,
    /// Which script it came from.
    pub script: ScriptKind,
}

/// Console method used by a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConsoleLevel {
    /// `console.log`
    Log,
    /// `console.info`
    Info,
    /// `console.warn`
    Warn,
    /// `console.error`
    Error,
    /// `console.debug`
    Debug,
}

impl ConsoleLevel {
    /// The console method name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsoleLevel::Log => "log",
            ConsoleLevel::Info => "info",
            ConsoleLevel::Warn => "warn",
            ConsoleLevel::Error => "error",
            ConsoleLevel::Debug => "debug",
        }
    }
}

/// One run event. Variants mirror Newman's emitter events; the order of a run is:
///
/// ```text
/// Start
/// for each iteration:  BeforeIteration
///   for each item:     BeforeItem
///                      BeforePrerequest, (BeforeScript, [Console|Assertion|Request(via_send_request)]*, Script)*, Prerequest
///                      BeforeRequest, Request                    (unless skipped)
///                      BeforeTest, (BeforeScript, ..., Script)*, Test (unless skipped)
///                      Item
///                      Iteration
/// Done
/// ```
///
/// Variants are `#[non_exhaustive]`: match them with `..` so fields can be added.
#[derive(Debug)]
#[non_exhaustive]
pub enum Event<'a> {
    /// The run starts.
    #[non_exhaustive]
    Start {
        /// The collection as parsed (`collection.raw` is the file's JSON).
        collection: &'a Collection,
        /// Initial cursor.
        cursor: &'a Cursor,
    },
    /// An iteration starts.
    #[non_exhaustive]
    BeforeIteration {
        /// Cursor at the iteration's first item.
        cursor: &'a Cursor,
    },
    /// An item starts.
    #[non_exhaustive]
    BeforeItem {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
    },
    /// The prerequest phase of an item starts (`scripts` = how many scripts will run).
    #[non_exhaustive]
    BeforePrerequest {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// Number of prerequest scripts (collection, folders, request).
        scripts: usize,
    },
    /// The prerequest phase ended.
    #[non_exhaustive]
    Prerequest {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
    },
    /// One script is about to run.
    #[non_exhaustive]
    BeforeScript {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// Prerequest or test.
        kind: ScriptKind,
    },
    /// One script finished; `error` is its uncaught error (syntax, thrown, timeout).
    #[non_exhaustive]
    Script {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// Prerequest or test.
        kind: ScriptKind,
        /// The script error, if any.
        error: Option<&'a ErrorInfo>,
    },
    /// A request is about to be sent (the item's request, or a `pm.sendRequest`).
    #[non_exhaustive]
    BeforeRequest {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// The request (headers are those known before sending).
        request: &'a ExecutedRequest,
        /// True for `pm.sendRequest`.
        via_send_request: bool,
    },
    /// A request completed or failed.
    #[non_exhaustive]
    Request {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// What was sent.
        request: &'a ExecutedRequest,
        /// The response, absent on error.
        response: Option<&'a ExecutedResponse>,
        /// The request error, if any.
        error: Option<&'a RequestError>,
        /// True for `pm.sendRequest` (counted in `stats.requests`, shown by the cli reporter).
        via_send_request: bool,
    },
    /// The test phase of an item starts.
    #[non_exhaustive]
    BeforeTest {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// Number of test scripts.
        scripts: usize,
    },
    /// The test phase ended.
    #[non_exhaustive]
    Test {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
    },
    /// A test result.
    #[non_exhaustive]
    Assertion {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// The result.
        assertion: &'a Assertion,
    },
    /// A console message from a script (or a runner warning, e.g. unsupported auth).
    #[non_exhaustive]
    Console {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// Level.
        level: ConsoleLevel,
        /// The formatted message (already redacted).
        message: &'a str,
    },
    /// An item finished (`skipped` when `pm.execution.skipRequest()` was called).
    #[non_exhaustive]
    Item {
        /// Cursor.
        cursor: &'a Cursor,
        /// The item.
        item: &'a ItemRef,
        /// The request and its tests were skipped.
        skipped: bool,
    },
    /// An iteration finished.
    #[non_exhaustive]
    Iteration {
        /// Cursor.
        cursor: &'a Cursor,
    },
    /// The run finished (also after a bail, timeout or abort): the final summary.
    #[non_exhaustive]
    Done {
        /// The summary (also returned by [`crate::run`]).
        summary: &'a RunSummary,
    },
}

impl Event<'_> {
    /// Newman's event name (`beforeItem`, `assertion`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Event::Start { .. } => "start",
            Event::BeforeIteration { .. } => "beforeIteration",
            Event::BeforeItem { .. } => "beforeItem",
            Event::BeforePrerequest { .. } => "beforePrerequest",
            Event::Prerequest { .. } => "prerequest",
            Event::BeforeScript { .. } => "beforeScript",
            Event::Script { .. } => "script",
            Event::BeforeRequest { .. } => "beforeRequest",
            Event::Request { .. } => "request",
            Event::BeforeTest { .. } => "beforeTest",
            Event::Test { .. } => "test",
            Event::Assertion { .. } => "assertion",
            Event::Console { .. } => "console",
            Event::Item { .. } => "item",
            Event::Iteration { .. } => "iteration",
            Event::Done { .. } => "done",
        }
    }
}
