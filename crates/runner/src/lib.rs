//! cogman-runner: runs a Postman collection exactly as Newman 6.2.2 (postman-runtime 7.39.1)
//! does and reports every step as an [`Event`].
//!
//! # Principal types
//! - [`RunOptions`]: environment, globals, iteration data, `--folder`, `--bail`, timeouts, TLS
//!   settings and so on, as `cogman run` parsed them.
//! - [`Reporter`]: the one trait reporters implement; [`Event`] is what they receive, in
//!   Newman's order (see the diagram on [`Event`]).
//! - [`RunSummary`]: Newman's `run.stats` ([`Stats`]), `run.timings` ([`RunTimings`]),
//!   `run.failures` ([`Failure`]) and the final variable scopes; [`RunSummary::has_failures`]
//!   decides the exit code.
//! - [`Cursor`], [`ItemRef`], [`ExecutedRequest`], [`ExecutedResponse`], [`Assertion`],
//!   [`ErrorInfo`]: the data events carry.
//!
//! # Entry point
//! `run(&Collection, RunOptions, &mut dyn Reporter) -> Result<RunSummary, RunError>`.
//! `Err` only for fatal errors (unknown `--folder`, unusable certificate, Cognito sign-in
//! failure); assertion failures, script errors and request errors are recorded in the
//! summary and the run goes on.
//!

mod build;
mod engine;
mod event;
mod options;
mod summary;
mod timing;

pub use event::{
    Assertion, BODY_PREVIEW_CAP, ConsoleLevel, Cursor, ErrorInfo, Event, ExecutedRequest,
    ExecutedResponse, Header, ItemRef, NamedRef, NullReporter, Reporter, RequestError,
    ResponseTimings, ScriptKind,
};
pub use options::{Bail, CognitoAuthHeader, CognitoRunConfig, RunError, RunOptions};
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
