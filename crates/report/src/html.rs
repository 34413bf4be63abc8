//! The `html` reporter: one self-contained page to read after a failed CI run.
//!
//! The page (inline CSS and a few lines of inline JS, no network access, a strict
//! Content-Security-Policy) shows, in this order: the verdict and totals, the failures (each
//! linking to its request), a timeline of response times (inline SVG, one bar per request,
//! red when it failed), then every request execution: method, URL, status, time, size, the
//! assertions, script errors, console output, and request/response headers and bodies in
//! collapsed `<details>` (failed requests start open).
//!
//! Data flow: [`HtmlReporter`] turns events into [`Execution`] records as they arrive (bodies
//! capped at [`BODY_CAP`] bytes each and [`BODY_BUDGET`] bytes per run, so a long run stays
//! bounded), and at `done` renders `templates/report.html` with minijinja. Auto-escaping is
//! on for the whole template, so a response body such as `<script>` is shown, never run.
//! Every string is redacted before it reaches the template (headers with
//! [`Redactor::redact_header`]), and the rendered page is redacted once more.

use std::path::PathBuf;

use cogman_redact::Redactor;
use cogman_runner::{
    ConsoleLevel, Event, ExecutedRequest, ExecutedResponse, Header, Reporter, RunSummary,
    ScriptKind,
};
use minijinja::{AutoEscape, Environment, context};
use serde::Serialize;

use crate::format::{filesize, prettyms};
use crate::junit::{ReportStatus, write_report};

/// Bytes of one request or response body kept for the page.
pub const BODY_CAP: usize = 64 * 1024;
/// Total body bytes kept per run; later bodies are replaced by a note.
pub const BODY_BUDGET: usize = 32 * 1024 * 1024;

const TEMPLATE: &str = include_str!("../templates/report.html");

/// A header as shown (already redacted).
#[derive(Debug, Clone, Serialize)]
pub struct ShownHeader {
    key: String,
    value: String,
}

/// A body as shown: text (capped), its size, and a note when it was cut or left out.
#[derive(Debug, Clone, Serialize)]
pub struct ShownBody {
    text: String,
    size: String,
    note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct ShownAssertion {
    name: String,
    /// `passed`, `failed` or `skipped`.
    state: &'static str,
    message: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct ShownScriptError {
    kind: &'static str,
    message: String,
}

#[derive(Debug, Clone, Serialize)]
struct ShownConsole {
    level: &'static str,
    message: String,
}

#[derive(Debug, Clone, Serialize)]
struct SubRequest {
    method: String,
    url: String,
    outcome: String,
}

/// One item run in one iteration, as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Execution {
    anchor: String,
    title: String,
    iteration: usize,
    method: String,
    url: String,
    status: Option<String>,
    time: String,
    time_ms: u64,
    size: String,
    error: Option<String>,
    failed: bool,
    skipped: bool,
    state: &'static str,
    state_label: &'static str,
    request_headers: Vec<ShownHeader>,
    request_body: Option<ShownBody>,
    response_headers: Vec<ShownHeader>,
    response_body: Option<ShownBody>,
    assertions: Vec<ShownAssertion>,
    script_errors: Vec<ShownScriptError>,
    console: Vec<ShownConsole>,
    sub_requests: Vec<SubRequest>,
}

#[derive(Debug, Clone, Serialize)]
struct ShownFailure {
    anchor: String,
    title: String,
    iteration: usize,
    kind: &'static str,
    test: Option<String>,
    message: String,
}

#[derive(Debug, Clone, Serialize)]
struct Bar {
    anchor: String,
    x: String,
    y: String,
    w: String,
    h: String,
    state: &'static str,
    label: String,
}

#[derive(Debug, Clone, Serialize)]
struct Card {
    label: &'static str,
    total: u64,
    failed: u64,
}

/// The HTML reporter. See the module documentation.
pub struct HtmlReporter {
    export: Option<PathBuf>,
    redactor: Redactor,
    status: ReportStatus,
    environment: Option<String>,
    executions: Vec<Execution>,
    failures: Vec<ShownFailure>,
    body_bytes: usize,
    current: Option<usize>,
}

impl HtmlReporter {
    /// A reporter writing to `export` (Newman's default path with `.html` when `None`),
    /// masking with `redactor`.
    pub fn new(export: Option<PathBuf>, redactor: Redactor) -> HtmlReporter {
        HtmlReporter {
            export,
            redactor,
            status: ReportStatus::default(),
            environment: None,
            executions: Vec::new(),
            failures: Vec::new(),
            body_bytes: 0,
            current: None,
        }
    }

    /// Names the environment in the page header.
    pub fn with_environment_name(mut self, name: Option<String>) -> HtmlReporter {
        self.environment = name.filter(|n| !n.is_empty());
        self
    }

    /// A handle telling where the report went, after the run.
    pub fn status(&self) -> ReportStatus {
        self.status.clone()
    }

    fn r(&self, text: &str) -> String {
        self.redactor.redact(text).into_owned()
    }

    fn headers(&self, headers: &[Header]) -> Vec<ShownHeader> {
        headers
            .iter()
            .map(|h| ShownHeader {
                key: self.r(&h.key),
                value: self
                    .redactor
                    .redact(&self.redactor.redact_header(&h.key, &h.value))
                    .into_owned(),
            })
            .collect()
    }

    fn body(&mut self, bytes: &[u8], total: usize) -> Option<ShownBody> {
        if bytes.is_empty() {
            return None;
        }
        let size = filesize(total as u64);
        if self.body_bytes >= BODY_BUDGET {
            return Some(ShownBody {
                text: String::new(),
                size,
                note: Some("Not kept: this report already holds the maximum of body data.".into()),
            });
        }
        let kept = &bytes[..bytes.len().min(BODY_CAP)];
        let text = match std::str::from_utf8(kept) {
            Ok(t) => t.to_string(),
            // A cut in the middle of a UTF-8 sequence is not binary data.
            Err(e) if e.error_len().is_none() => {
                String::from_utf8_lossy(&kept[..e.valid_up_to()]).into_owned()
            }
            Err(_) => {
                return Some(ShownBody {
                    text: String::new(),
                    size,
                    note: Some("Binary content, not shown.".into()),
                });
            }
        };
        self.body_bytes += kept.len();
        let truncated = total > kept.len();
        // Indent JSON for reading; anything else is shown as sent.
        let text = if truncated {
            text
        } else {
            serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .filter(|v| v.is_object() || v.is_array())
                .and_then(|v| serde_json::to_string_pretty(&v).ok())
                .unwrap_or(text)
        };
        Some(ShownBody {
            text: self.r(&text),
            size,
            note: truncated.then(|| {
                format!(
                    "Showing the first {} of {}.",
                    filesize(kept.len() as u64),
                    filesize(total as u64)
                )
            }),
        })
    }

    fn fill_request(&mut self, i: usize, request: &ExecutedRequest) {
        let headers = self.headers(&request.headers);
        let body = request.body_preview.as_ref().and_then(|b| {
            let bytes = b.as_bytes();
            self.body(bytes, bytes.len())
        });
        let method = self.r(&request.method);
        let url = self.r(&request.url);
        let e = &mut self.executions[i];
        e.method = method;
        e.url = url;
        e.request_headers = headers;
        e.request_body = body;
    }

    fn fill_response(&mut self, i: usize, response: &ExecutedResponse) {
        let headers = self.headers(&response.headers);
        let body = self.body(&response.body, response.body.len());
        let status = self.r(&format!("{} {}", response.code, response.status));
        let e = &mut self.executions[i];
        e.status = Some(status.trim().to_string());
        e.time_ms = response.response_time;
        e.time = prettyms(response.response_time as f64);
        e.size = filesize(response.response_size);
        e.response_headers = headers;
        e.response_body = body;
    }

    fn mark_failed(&mut self, i: usize, kind: &'static str, test: Option<&str>, message: &str) {
        let test = test.map(|t| self.r(t));
        let message = self.r(message);
        let e = &mut self.executions[i];
        e.failed = true;
        self.failures.push(ShownFailure {
            anchor: e.anchor.clone(),
            title: e.title.clone(),
            iteration: e.iteration,
            kind,
            test,
            message,
        });
    }

    /// Renders the page (also used by tests).
    pub fn render(&self, summary: &RunSummary) -> Result<String, String> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_template("report.html", TEMPLATE)
            .map_err(|e| format!("html reporter template: {e}"))?;
        let template = env
            .get_template("report.html")
            .map_err(|e| format!("html reporter template: {e}"))?;
        let stats = &summary.stats;
        let cards = vec![
            card("Iterations", stats.iterations.total, 0),
            card("Requests", stats.requests.total, stats.requests.failed),
            card(
                "Prerequest scripts",
                stats.prerequest_scripts.total,
                stats.prerequest_scripts.failed,
            ),
            card(
                "Test scripts",
                stats.test_scripts.total,
                stats.test_scripts.failed,
            ),
            card(
                "Assertions",
                stats.assertions.total,
                stats.assertions.failed,
            ),
        ];
        let timings = &summary.timings;
        let started = chrono::DateTime::from_timestamp_millis(timings.started)
            .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
            .unwrap_or_default();
        let duration = prettyms((timings.completed - timings.started).max(0) as f64);
        let (bars, chart_max) = self.bars();
        let run_error = summary.error.as_ref().map(|e| self.r(&e.to_string()));
        let stopped = summary.stopped.map(|s| match s {
            cogman_runner::StopReason::Bailed => "stopped early (--bail)",
            cogman_runner::StopReason::TimedOut => "stopped: --timeout expired",
        });
        let iterations = self
            .executions
            .iter()
            .map(|e| e.iteration)
            .max()
            .unwrap_or(0)
            .max(stats.iterations.total as usize);
        let ctx = context! {
            collection => self.r(&summary.collection.name),
            environment => self.environment.as_deref().map(|e| self.r(e)),
            failed => summary.has_failures(),
            failure_count => summary.failures.len(),
            assertions_total => stats.assertions.total,
            assertions_failed => stats.assertions.failed,
            requests_total => stats.requests.total,
            iterations => iterations,
            show_iterations => iterations > 1,
            started => started,
            duration => duration,
            stopped => stopped,
            cards => cards,
            response_average => prettyms(timings.response_average),
            received => filesize(summary.transfers.response_total),
            failures => &self.failures,
            max_failures => MAX_LISTED_FAILURES,
            run_error => run_error,
            bars => bars,
            chart_height => CHART_HEIGHT,
            chart_max => prettyms(chart_max as f64),
            executions => &self.executions,
            version => env!("CARGO_PKG_VERSION"),
        };
        let html = template
            .render(ctx)
            .map_err(|e| format!("html reporter: {e}"))?;
        Ok(self.redactor.redact(&html).into_owned())
    }

    fn bars(&self) -> (Vec<Bar>, u64) {
        let with_time: Vec<&Execution> = self.executions.iter().collect();
        let max = with_time
            .iter()
            .map(|e| e.time_ms)
            .max()
            .unwrap_or(0)
            .max(1);
        let n = with_time.len().max(1) as f64;
        // Few requests would make wide slabs: cap the slot so bars stay bars.
        let slot = (1000.0 / n).min(40.0);
        let gap = if slot > 4.0 { slot * 0.2 } else { 0.0 };
        let bars = with_time
            .iter()
            .enumerate()
            .map(|(i, e)| {
                // A bar of at least 1 unit so fast and errored requests stay visible.
                let h = ((e.time_ms as f64 / max as f64) * CHART_HEIGHT as f64).max(1.0);
                Bar {
                    anchor: e.anchor.clone(),
                    x: format!("{:.2}", i as f64 * slot + gap / 2.0),
                    y: format!("{:.2}", CHART_HEIGHT as f64 - h),
                    w: format!("{:.2}", (slot - gap).max(0.5)),
                    h: format!("{h:.2}"),
                    state: e.state,
                    label: format!(
                        "{} (iteration {}): {}",
                        e.title,
                        e.iteration,
                        if e.status.is_some() {
                            e.time.clone()
                        } else {
                            "no response".into()
                        }
                    ),
                }
            })
            .collect();
        (bars, max)
    }

    fn write(&self, summary: &RunSummary) {
        let result = self
            .render(summary)
            .and_then(|html| write_report(self.export.as_deref(), "html", "html", &html));
        self.status.set(result);
    }
}

const CHART_HEIGHT: u32 = 140;
/// Failures listed at the top; a long failing run lists the rest only under its requests.
const MAX_LISTED_FAILURES: usize = 200;

fn card(label: &'static str, total: u64, failed: u64) -> Card {
    Card {
        label,
        total,
        failed,
    }
}

fn level_name(level: ConsoleLevel) -> &'static str {
    level.as_str()
}

impl Reporter for HtmlReporter {
    fn on_event(&mut self, event: &Event<'_>) {
        match event {
            Event::BeforeItem { cursor, item, .. } => {
                let n = self.executions.len();
                self.executions.push(Execution {
                    anchor: format!("request-{}", n + 1),
                    title: self.r(&item.full_name()),
                    iteration: cursor.iteration + 1,
                    method: String::new(),
                    url: String::new(),
                    status: None,
                    time: String::new(),
                    time_ms: 0,
                    size: String::new(),
                    error: None,
                    failed: false,
                    skipped: false,
                    state: "pass",
                    state_label: "passed",
                    request_headers: Vec::new(),
                    request_body: None,
                    response_headers: Vec::new(),
                    response_body: None,
                    assertions: Vec::new(),
                    script_errors: Vec::new(),
                    console: Vec::new(),
                    sub_requests: Vec::new(),
                });
                self.current = Some(n);
            }
            Event::Request {
                request,
                response,
                error,
                via_send_request,
                ..
            } => {
                crate::register_header_secrets(&self.redactor, &request.headers);
                let Some(i) = self.current else { return };
                if *via_send_request {
                    let outcome = match (response, error) {
                        (_, Some(e)) => self.r(&e.to_string()),
                        (Some(r), None) => format!(
                            "{} {} · {}",
                            r.code,
                            self.r(&r.status),
                            prettyms(r.response_time as f64)
                        ),
                        (None, None) => String::new(),
                    };
                    let sub = SubRequest {
                        method: self.r(&request.method),
                        url: self.r(&request.url),
                        outcome,
                    };
                    self.executions[i].sub_requests.push(sub);
                    return;
                }
                self.fill_request(i, request);
                if let Some(res) = response {
                    self.fill_response(i, res);
                }
                if let Some(e) = error {
                    let message = e.to_string();
                    self.executions[i].error = Some(self.r(&message));
                    self.mark_failed(i, "Request error", None, &message);
                }
            }
            Event::Script {
                kind,
                error: Some(e),
                ..
            } => {
                let Some(i) = self.current else { return };
                let kind = match kind {
                    ScriptKind::Prerequest => "Prerequest",
                    ScriptKind::Test => "Test",
                };
                let message = e.to_string();
                let shown = ShownScriptError {
                    kind,
                    message: self.r(&message),
                };
                self.executions[i].script_errors.push(shown);
                let what = match kind {
                    "Prerequest" => "Prerequest script error",
                    _ => "Test script error",
                };
                self.mark_failed(i, what, None, &message);
            }
            Event::Assertion { assertion, .. } => {
                let Some(i) = self.current else { return };
                let state = if assertion.skipped {
                    "skipped"
                } else if assertion.passed {
                    "passed"
                } else {
                    "failed"
                };
                let message = (state == "failed").then(|| {
                    assertion
                        .error
                        .as_ref()
                        .map(|e| e.to_string())
                        .unwrap_or_else(|| "failed".into())
                });
                let shown = ShownAssertion {
                    name: self.r(&assertion.name),
                    state,
                    message: message.as_deref().map(|m| self.r(m)),
                };
                self.executions[i].assertions.push(shown);
                if let Some(m) = message {
                    self.mark_failed(i, "Assertion failed", Some(&assertion.name), &m);
                }
            }
            Event::Console { level, message, .. } => {
                let Some(i) = self.current else { return };
                let shown = ShownConsole {
                    level: level_name(*level),
                    message: self.r(message),
                };
                self.executions[i].console.push(shown);
            }
            Event::Item { skipped, .. } => {
                if let Some(i) = self.current.take()
                    && let Some(e) = self.executions.get_mut(i)
                {
                    e.skipped = *skipped;
                    (e.state, e.state_label) = if e.failed {
                        ("fail", "failed")
                    } else if *skipped {
                        ("skip", "skipped")
                    } else {
                        ("pass", "passed")
                    };
                }
            }
            Event::Done { summary, .. } => self.write(summary),
            _ => {}
        }
    }
}
