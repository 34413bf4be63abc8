//! cogman-runner: runs a Postman collection exactly as Newman 6.2.2 (postman-runtime 7.39.1)
//! does and reports every step as an [`Event`].
//!
//! # Principal types
//! - [`RunOptions`]: environment and globals files (`cogman_collection::Environment`),
//!   iteration data rows, `--folder`, `--env-var`/`--global-var`, [`Bail`], delays and
//!   timeouts, TLS files, the shared `cogman_redact::Redactor` and an optional
//!   [`CognitoRunConfig`] and [`Shard`] (`--shard i/n`, by [`ShardBy`] items or
//!   iterations). Build it with `..Default::default()`.
//! - [`run`]`(&Collection, RunOptions, &mut dyn Reporter) -> Result<RunSummary, RunError>`:
//!   `Err` only for fatal errors ([`RunError`]: unknown `--folder`, unusable TLS files, a
//!   script engine that cannot start, a Cognito sign-in failure), before any event is sent.
//! - [`plan`]`(&Collection, &RunOptions) -> Result<RunPlan, RunError>`: what a run would
//!   execute after `--folder` and `--shard` ([`RunPlan`]), without running it.
//! - [`Reporter`]: the one trait reporters implement; it receives [`Event`]s in Newman's order
//!   (see the diagram on [`Event`]). Events borrow from the runner ([`ItemRef`], [`Cursor`],
//!   [`ExecutedRequest`], [`ExecutedResponse`] with the body bytes, [`Assertion`],
//!   [`ErrorInfo`]); a reporter copies what it wants to keep.
//! - [`RunSummary`]: Newman's `run.stats` ([`Stats`] of [`Counter`]s), `run.timings`
//!   ([`RunTimings`]), `run.transfers`, `run.failures` ([`Failure`]), `run.error`, and the
//!   final environment, globals and collection variables (for the `--export-*` options) and
//!   cookie jar. [`RunSummary::has_failures`] decides the exit code: any assertion failure,
//!   script error, request error or run error; a 4xx/5xx response alone is not a failure.
//!
//! # How a run flows
//! ```text
//! Collection --select (--folder: id, then name, collection order)--> top-level units
//!             (the collection's items, or the selected folders' children and requests)
//!            --shard by items (unit k runs in shard k % n + 1; folders whole)--> flat list
//!             of requests, each with its folder chain (scripts, auth, protocolProfileBehavior)
//! for each iteration (-n, else data rows, else 1; extra iterations reuse the last row;
//!                     --shard by iterations skips those of other shards, numbers kept):
//!   for each request (setNextRequest may jump; null or an unknown name ends the iteration):
//!     prerequest scripts: collection -> outer folder -> inner folder -> request
//!        (cogman_sandbox::Sandbox, one per run; pm.sendRequest and console come back
//!         through the runner's ScriptHost and are reported like any request)
//!     build: resolve {{variables}} (local > data > environment > collection > globals),
//!        URL as one string, headers, body (raw, urlencoded, formdata, file, graphql; GET
//!        bodies pruned unless disableBodyPruning), auth (own, else nearest folder, else
//!        collection; else the Cognito token when configured). Auth types: basic, bearer,
//!        apikey, digest, awsv4, jwt, asap, hawk, edgegrid, oauth1 (all but RSA-SHA1),
//!        oauth2 (an existing token; with the client_credentials grant and no token, one
//!        is fetched and kept, see `engine/oauth2.rs`); ntlm and RSA-SHA1 oauth1 are sent
//!        without auth and a console warning
//!     send: cogman_http::Client (one per run, keep-alive pool and cookie jar); a failed
//!        request is recorded and the tests still run without a response
//!     test scripts in the same order, with the response
//! ```
//! Statistics and failures are counted the way Newman's summary counts them from the
//! runtime's events, including its quirks (every script counts, empty ones included; with
//! `--bail` a script with failed tests is also a script error named `AssertionFailure`).
//!
//! # Flow control
//! - `--bail` / `--bail failure`: at the first failure (failed test, script error, request
//!   error) the rest of that phase's scripts are skipped, the item and iteration close and
//!   the run ends. `--bail folder` alone stops at script and request errors only, and at
//!   once: the item and iteration do not close, the error becomes `run.error` and
//!   [`RunSummary::aborted`] is set (Newman treats it as fatal: `error: ...`, no reports).
//! - `--timeout`: when the whole run exceeds it, the run stops with the error
//!   `callback timed out`; requests in flight are cut to the time left.
//! - `pm.execution.skipRequest()` skips the rest of the prerequest scripts, the request and
//!   its tests.
//!
//! # Secrets
//! At start, values of environment, globals and collection variables typed `secret` or named
//! like secrets, and data columns named like secrets, are registered with the redactor;
//! values scripts store under such names are registered after each script; auth credentials
//! (passwords, tokens, keys, secrets) once resolved; tokens in a Cognito or OAuth2 answer as
//! soon as it arrives; every Cognito token of the run's own sign-in as soon as it is known. Console messages are redacted before they are
//! reported; reporters redact everything else they print.
//!
//! # Memory
//! Nothing per request is kept in the summary: response bodies only live for the duration
//! of their events and of the test scripts that read them.

mod build;
mod edgegrid;
mod engine;
mod event;
mod hawk;
mod oauth1;
mod options;
mod shard;
mod summary;
mod timing;

pub use event::{
    Assertion, BODY_PREVIEW_CAP, ConsoleLevel, Cursor, ErrorInfo, Event, ExecutedRequest,
    ExecutedResponse, Header, ItemRef, NamedRef, NullReporter, Reporter, RequestError,
    ResponseTimings, ScriptKind,
};
pub use options::{Bail, CognitoAuthHeader, CognitoRunConfig, RunError, RunOptions};
pub use shard::{RunPlan, Shard, ShardBy, ShardError};
pub use summary::{Counter, Failure, RunSummary, RunTimings, Stats, StopReason, Transfers};

use cogman_collection::Collection;

/// Runs `collection` with `options`, reporting every step to `reporter`.
///
/// Returns `Err` only for fatal errors (unknown `--folder`, unusable TLS files, a script
/// engine that cannot start, Cognito sign-in failure); everything else is recorded in the
/// returned [`RunSummary`] (also passed to [`Event::Done`]).
pub fn run(
    collection: &Collection,
    options: RunOptions,
    reporter: &mut dyn Reporter,
) -> Result<RunSummary, RunError> {
    engine::run(collection, options, reporter)
}

/// What `run` would execute with these options (top-level items, requests and iterations
/// after `--folder` and `--shard`), without running anything or touching the network.
///
/// Fails like [`run`] on an unknown `--folder`.
pub fn plan(collection: &Collection, options: &RunOptions) -> Result<RunPlan, RunError> {
    engine::plan(collection, options)
}
