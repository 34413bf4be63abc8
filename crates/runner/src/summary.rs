//! What a run leaves behind: [`RunSummary`] with Newman's `run.stats`, `run.timings` and
//! `run.failures`, plus the final variable scopes.

use cogman_collection::VariableScope;
use serde::Serialize;

use crate::event::{Cursor, ErrorInfo, NamedRef};

/// `{total, pending, failed}` for one kind of run event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counter {
    /// How many completed.
    pub total: u64,
    /// Started but not completed (non-zero only after an abort).
    pub pending: u64,
    /// Completed with an error.
    pub failed: u64,
}

impl Counter {
    pub(crate) fn begin(&mut self) {
        self.pending += 1;
    }

    pub(crate) fn end(&mut self, failed: bool) {
        self.pending = self.pending.saturating_sub(1);
        self.total += 1;
        if failed {
            self.failed += 1;
        }
    }
}

/// Newman's `run.stats`, counted exactly as Newman does from the runtime's events:
/// `prerequests`/`tests` count item phases (one per item even without scripts), `scripts` and
/// `testScripts`/`prerequestScripts` count executed scripts (failed = script errors),
/// `requests` counts every HTTP request including `pm.sendRequest` (failed = request errors),
/// `assertions` counts test results (failed = failing tests). Checked against Newman 6.2.2.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Iterations.
    pub iterations: Counter,
    /// Items (requests of the collection).
    pub items: Counter,
    /// Scripts of both kinds.
    pub scripts: Counter,
    /// Prerequest phases.
    pub prerequests: Counter,
    /// HTTP requests.
    pub requests: Counter,
    /// Test phases.
    pub tests: Counter,
    /// Assertions.
    pub assertions: Counter,
    /// Test scripts.
    pub test_scripts: Counter,
    /// Prerequest scripts.
    pub prerequest_scripts: Counter,
}

/// Newman's `run.timings`: start and end in Unix milliseconds, and running statistics (ms)
/// of response times over requests that had a response; DNS and first-byte statistics are
/// only collected with [`crate::RunOptions::verbose`], as Newman only times phases with
/// `--verbose`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunTimings {
    /// Unix time in ms when the run started.
    pub started: i64,
    /// Unix time in ms when the run completed.
    pub completed: i64,
    /// Mean response time.
    pub response_average: f64,
    /// Minimum response time.
    pub response_min: f64,
    /// Maximum response time.
    pub response_max: f64,
    /// Standard deviation of response times.
    pub response_sd: f64,
    /// Mean DNS lookup time.
    pub dns_average: f64,
    /// Minimum DNS lookup time.
    pub dns_min: f64,
    /// Maximum DNS lookup time.
    pub dns_max: f64,
    /// Standard deviation of DNS lookup times.
    pub dns_sd: f64,
    /// Mean time to first byte.
    pub first_byte_average: f64,
    /// Minimum time to first byte.
    pub first_byte_min: f64,
    /// Maximum time to first byte.
    pub first_byte_max: f64,
    /// Standard deviation of time to first byte.
    pub first_byte_sd: f64,
}

/// Newman's `run.transfers`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Transfers {
    /// Total response bytes received.
    pub response_total: u64,
}

/// One entry of Newman's `run.failures`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The error (`AssertionError` with `test`, a script's `TypeError`, a request `Error`).
    pub error: ErrorInfo,
    /// Where: `assertion:0 in test-script`, `test-script`, `prerequest-script`, `request`;
    /// a chai error thrown outside `pm.test` adds Newman's `:line:column`.
    pub at: String,
    /// The item (empty for a failed `pm.sendRequest`, as in Newman; the cursor still
    /// points at the item that sent it).
    #[serde(serialize_with = "serialize_source")]
    pub source: NamedRef,
    /// The item's folder, or the collection at the root.
    pub parent: NamedRef,
    /// Cursor at the time.
    pub cursor: Cursor,
}

/// Newman's `source` of a failed `pm.sendRequest` is the request it sent, which has no
/// item name; an empty ref is written as `{}` so readers of `source.name` see it absent,
/// as they do with Newman's report.
fn serialize_source<S: serde::Serializer>(source: &NamedRef, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    if source.id.is_empty() && source.name.is_empty() {
        s.serialize_map(Some(0))?.end()
    } else {
        source.serialize(s)
    }
}

/// Why the run ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StopReason {
    /// `--bail` stopped the run at a failure.
    Bailed,
    /// `--timeout` expired.
    TimedOut,
}

/// The result of a run, also carried by [`crate::Event::Done`].
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunSummary {
    /// The collection's `{id, name}`.
    pub collection: NamedRef,
    /// Counters.
    pub stats: Stats,
    /// Timing statistics.
    pub timings: RunTimings,
    /// Bytes received.
    pub transfers: Transfers,
    /// Every failure in order.
    pub failures: Vec<Failure>,
    /// A run-level error (e.g. `--timeout` expired), as Newman's `run.error`.
    pub error: Option<ErrorInfo>,
    /// Set when the run stopped early.
    pub stopped: Option<StopReason>,
    /// `--bail folder` aborted the run at a script or request error (`error` holds it).
    /// postman-runtime ends such a run at once: no `item`/`iteration` events close it and
    /// Newman treats the error as fatal (no `beforeDone`, so no report files or exports).
    #[serde(skip)]
    pub aborted: bool,
    /// Final environment (for `--export-environment`).
    #[serde(skip)]
    pub environment: VariableScope,
    /// Final globals (for `--export-globals`).
    #[serde(skip)]
    pub globals: VariableScope,
    /// Final collection variables (for `--export-collection`).
    #[serde(skip)]
    pub collection_variables: VariableScope,
    /// The cookie jar at the end, as `[{key, value, domain, path, ...}]` JSON.
    pub cookies: serde_json::Value,
}

impl RunSummary {
    /// True when the run should exit non-zero: any assertion failure, script error or request
    /// error, or a run-level error. A 4xx/5xx response alone is not a failure.
    pub fn has_failures(&self) -> bool {
        !self.failures.is_empty() || self.error.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_failure_source_is_written_as_an_empty_object() {
        let failure = Failure::default();
        let json = serde_json::to_value(&failure).expect("serialize");
        assert_eq!(json["source"], serde_json::json!({}));

        let failure = Failure {
            source: NamedRef {
                id: "i1".into(),
                name: "Get user".into(),
            },
            ..Failure::default()
        };
        let json = serde_json::to_value(&failure).expect("serialize");
        assert_eq!(
            json["source"],
            serde_json::json!({"id": "i1", "name": "Get user"})
        );
    }
}
