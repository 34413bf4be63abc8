//! Public data types crossing the runner <-> sandbox boundary.

use std::time::Duration;

use serde_json::Value;

/// Limits applied to every script of a run.
#[derive(Debug, Clone)]
pub struct SandboxOptions {
    /// Per-script time limit (`--timeout-script`); `None` means unlimited.
    pub timeout: Option<Duration>,
    /// Memory cap of the JavaScript runtime in bytes, for the whole run (0 = unlimited).
    pub memory_limit: usize,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        SandboxOptions {
            timeout: None,
            memory_limit: 512 * 1024 * 1024,
        }
    }
}

/// Failure to create the JavaScript engine.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The runtime, context or prelude could not be set up.
    #[error("sandbox initialisation failed: {0}")]
    Init(String),
}

/// Which event a script belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptKind {
    /// A `prerequest` script.
    PreRequest,
    /// A `test` script.
    Test,
}

impl ScriptKind {
    /// The Postman event name (`prerequest` or `test`).
    pub fn event_name(self) -> &'static str {
        match self {
            ScriptKind::PreRequest => "prerequest",
            ScriptKind::Test => "test",
        }
    }
}

/// `pm.info` contents.
#[derive(Debug, Clone, Default)]
pub struct PmInfo {
    /// `prerequest` or `test`; empty means "derive from the script kind".
    pub event_name: String,
    /// Zero-based iteration index.
    pub iteration: usize,
    /// Number of iterations in the run.
    pub iteration_count: usize,
    /// Name of the item being run.
    pub request_name: String,
    /// Id of the item being run.
    pub request_id: String,
}

/// A cookie visible to `pm.cookies` and `responseCookies`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CookieData {
    /// Cookie name.
    pub name: String,
    /// Cookie value.
    pub value: String,
    /// Domain attribute.
    pub domain: String,
    /// Path attribute.
    pub path: String,
    /// Expiry as a date string, if any.
    pub expires: Option<String>,
    /// `HttpOnly` flag.
    pub http_only: bool,
    /// `Secure` flag.
    pub secure: bool,
    /// Host-only cookie (no `Domain` attribute).
    pub host_only: bool,
    /// Session cookie (no expiry).
    pub session: bool,
}

/// One script to run.
#[derive(Debug, Clone)]
pub struct ScriptInput {
    /// Prerequest or test.
    pub kind: ScriptKind,
    /// The script source (lines joined with `\n`).
    pub source: String,
    /// Name used in error positions, e.g. `Folder / Request (prerequest)`.
    pub source_name: String,
    /// `pm.info`.
    pub info: PmInfo,
    /// The request as Postman v2.1 request JSON.
    pub request: Value,
    /// The response (test scripts).
    pub response: Option<ResponseData>,
    /// Cookies for `pm.cookies`.
    pub cookies: Vec<CookieData>,
}

/// A response as scripts see it (main response or a `pm.sendRequest` reply).
#[derive(Debug, Clone, Default)]
pub struct ResponseData {
    /// Status code.
    pub code: u16,
    /// Reason phrase (`OK`).
    pub status: String,
    /// Headers in received order.
    pub headers: Vec<(String, String)>,
    /// Raw (decoded) body bytes.
    pub body: Vec<u8>,
    /// Response time in milliseconds.
    pub response_time: u64,
    /// Response size in bytes.
    pub response_size: u64,
}

/// Console method used by a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One `pm.cookies.jar()` operation. URLs are absolute (`http://` added when missing).
#[derive(Debug, Clone, PartialEq)]
pub enum CookieJarOp {
    /// `jar.get(url, name, cb)`: the cookie named `name` sent to `url`, if any.
    Get {
        /// Request URL whose cookies are read.
        url: String,
        /// Cookie name.
        name: String,
    },
    /// `jar.getAll(url, cb)`: every cookie sent to `url`.
    GetAll {
        /// Request URL whose cookies are read.
        url: String,
    },
    /// `jar.set(url, cookie, cb)`: store a cookie as if `url` had set it; answer the stored one.
    Set {
        /// URL that sets the cookie (its host is the default domain).
        url: String,
        /// The cookie; an empty `domain`/`path` means "from the URL".
        cookie: CookieData,
    },
    /// `jar.unset(url, name, cb)`: remove the cookie named `name` sent to `url`.
    Unset {
        /// Request URL.
        url: String,
        /// Cookie name.
        name: String,
    },
    /// `jar.clear(url, cb)`: remove every cookie sent to `url`.
    Clear {
        /// Request URL.
        url: String,
    },
}

/// What the runner provides to scripts: network, cookies and console output.
pub trait ScriptHost {
    /// Sends a `pm.sendRequest` request (Postman v2.1 request JSON, variables not yet resolved).
    /// The error string is worded as Node.js would (`connect ECONNREFUSED 127.0.0.1:9`).
    fn send_request(&mut self, request: Value) -> Result<ResponseData, String>;
    /// Receives one formatted console line.
    fn console(&mut self, level: ConsoleLevel, message: String);
    /// Runs a `pm.cookies.jar()` operation against the run's cookie jar and answers the
    /// cookies concerned (see [`CookieJarOp`]). The default has no jar: the script's callback
    /// receives this error.
    fn cookie_jar(&mut self, op: CookieJarOp) -> Result<Vec<CookieData>, String> {
        let _ = op;
        Err("pm.cookies.jar() is not available in this run".to_string())
    }
}

/// Where the run goes after this item.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NextRequest {
    /// `setNextRequest` was not called.
    #[default]
    Unchanged,
    /// `setNextRequest(null)`: end the iteration.
    End,
    /// `setNextRequest(name or id)`.
    Name(String),
}

/// A JavaScript error as Newman reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    /// Error name: `AssertionError`, `TypeError`, `SyntaxError`, `Error`, ...
    pub name: String,
    /// Error message.
    pub message: String,
    /// JavaScript stack, when known.
    pub stack: Option<String>,
}

impl std::fmt::Display for ScriptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            f.write_str(&self.name)
        } else {
            write!(f, "{}: {}", self.name, self.message)
        }
    }
}

/// One `pm.test` / `tests[...]` result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssertionResult {
    /// Index within the script, in call order.
    pub index: usize,
    /// Test name.
    pub name: String,
    /// Whether it passed (skipped tests count as passed).
    pub passed: bool,
    /// `pm.test.skip`.
    pub skipped: bool,
    /// The failure, if any.
    pub error: Option<ScriptError>,
}

/// Everything a script produced.
#[derive(Debug, Clone, Default)]
pub struct ScriptOutcome {
    /// Assertions in the order they completed.
    pub assertions: Vec<AssertionResult>,
    /// The first uncaught error (syntax, thrown, timeout), if any.
    pub error: Option<ScriptError>,
    /// `setNextRequest` result.
    pub next_request: NextRequest,
    /// `pm.execution.skipRequest()` was called in a prerequest script.
    pub skip_request: bool,
    /// `pm.request` after the script's mutations (Postman v2.1 request JSON).
    pub request: Value,
}
