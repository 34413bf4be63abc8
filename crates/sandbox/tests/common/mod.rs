//! Shared test helpers: a fake host and one-call script runners.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::time::Duration;

use cogman_collection::Scopes;
use cogman_sandbox::{
    ConsoleLevel, CookieData, CookieJarOp, PmInfo, ResponseData, Sandbox, SandboxOptions,
    ScriptHost, ScriptInput, ScriptKind, ScriptOutcome,
};
use serde_json::{Value, json};

/// Records requests and console lines; answers requests from a queue (or an echo).
#[derive(Default)]
pub struct FakeHost {
    pub requests: Vec<Value>,
    pub console: Vec<(ConsoleLevel, String)>,
    pub replies: VecDeque<Result<ResponseData, String>>,
    /// Requests and console lines in the order the host saw them.
    pub events: Vec<String>,
    /// A cookie jar for `pm.cookies.jar()`; `None` keeps the trait's default (no jar).
    pub jar: Option<Vec<CookieData>>,
}

impl FakeHost {
    pub fn reply_json(&mut self, code: u16, body: Value) {
        self.replies
            .push_back(Ok(json_response(code, &body.to_string())));
    }
    pub fn lines(&self) -> Vec<String> {
        self.console.iter().map(|(_, l)| l.clone()).collect()
    }
}

impl ScriptHost for FakeHost {
    fn send_request(&mut self, request: Value) -> Result<ResponseData, String> {
        self.requests.push(request.clone());
        let raw = request["url"]["raw"].as_str().unwrap_or("").to_string();
        self.events.push(format!("request {raw}"));
        match self.replies.pop_front() {
            Some(r) => r,
            None => Ok(json_response(200, &json!({ "echo": request }).to_string())),
        }
    }
    fn cookie_jar(&mut self, op: CookieJarOp) -> Result<Vec<CookieData>, String> {
        let Some(jar) = self.jar.as_mut() else {
            return Err("pm.cookies.jar() is not available in this run".into());
        };
        self.events.push(format!("jar {op:?}"));
        Ok(match op {
            CookieJarOp::Get { name, .. } => {
                jar.iter().filter(|c| c.name == name).cloned().collect()
            }
            CookieJarOp::GetAll { .. } => jar.clone(),
            CookieJarOp::Set { cookie, .. } => {
                jar.retain(|c| c.name != cookie.name);
                jar.push(cookie.clone());
                vec![cookie]
            }
            CookieJarOp::Unset { name, .. } => {
                jar.retain(|c| c.name != name);
                vec![]
            }
            CookieJarOp::Clear { .. } => {
                jar.clear();
                vec![]
            }
        })
    }
    fn console(&mut self, level: ConsoleLevel, message: String) {
        self.events.push(format!("console {message}"));
        self.console.push((level, message));
    }
}

pub fn json_response(code: u16, body: &str) -> ResponseData {
    ResponseData {
        code,
        status: if code == 200 {
            "OK".into()
        } else {
            "Not Found".into()
        },
        headers: vec![
            (
                "Content-Type".into(),
                "application/json; charset=utf-8".into(),
            ),
            ("X-Trace".into(), "abc".into()),
            ("Set-Cookie".into(), "sid=42; Path=/; HttpOnly".into()),
        ],
        body: body.as_bytes().to_vec(),
        response_time: 12,
        response_size: body.len() as u64,
    }
}

pub fn sandbox() -> Sandbox {
    Sandbox::new(SandboxOptions {
        timeout: None,
        memory_limit: 256 * 1024 * 1024,
    })
    .expect("sandbox")
}

pub fn sandbox_with_timeout(ms: u64) -> Sandbox {
    Sandbox::new(SandboxOptions {
        timeout: Some(Duration::from_millis(ms)),
        memory_limit: 256 * 1024 * 1024,
    })
    .expect("sandbox")
}

pub fn default_request() -> Value {
    json!({
        "url": {
            "raw": "http://example.test:8080/api/items?limit=10&page=2",
            "protocol": "http",
            "host": ["example", "test"],
            "port": "8080",
            "path": ["api", "items"],
            "query": [{"key": "limit", "value": "10"}, {"key": "page", "value": "2"}]
        },
        "method": "POST",
        "header": [{"key": "Content-Type", "value": "application/json"}],
        "body": {"mode": "raw", "raw": "{\"a\":1}"}
    })
}

pub fn input(kind: ScriptKind, source: &str) -> ScriptInput {
    ScriptInput {
        kind,
        source: source.to_string(),
        source_name: "Folder / Request".to_string(),
        info: PmInfo {
            event_name: String::new(),
            iteration: 0,
            iteration_count: 1,
            request_name: "Request".into(),
            request_id: "req-1".into(),
        },
        request: default_request(),
        response: if kind == ScriptKind::Test {
            Some(json_response(
                200,
                "{\"ok\":true,\"items\":[1,2,3],\"user\":{\"name\":\"ann\"}}",
            ))
        } else {
            None
        },
        cookies: vec![],
    }
}

pub fn run_in(
    sb: &mut Sandbox,
    kind: ScriptKind,
    source: &str,
    scopes: &mut Scopes,
    host: &mut FakeHost,
) -> ScriptOutcome {
    sb.run(input(kind, source), scopes, host)
}

/// Runs a test script in a fresh sandbox with empty scopes.
pub fn run_test(source: &str) -> (ScriptOutcome, FakeHost, Scopes) {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(&mut sb, ScriptKind::Test, source, &mut scopes, &mut host);
    (out, host, scopes)
}

pub fn run_pre(source: &str) -> (ScriptOutcome, FakeHost, Scopes) {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        source,
        &mut scopes,
        &mut host,
    );
    (out, host, scopes)
}

pub fn no_error(out: &ScriptOutcome) {
    assert!(out.error.is_none(), "unexpected error: {:?}", out.error);
}
