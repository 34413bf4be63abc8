//! cogman-sandbox: runs Postman pre-request and test scripts the way Newman 6.2.2
//! (postman-sandbox 4.7.1) does, on an embedded QuickJS engine (rquickjs).
//!
//! # Principal types
//! - [`Sandbox`]: one per run. [`Sandbox::new`] creates the QuickJS runtime and context, installs
//!   the library shims (`_`, `CryptoJS`, chai `expect`, ...) and evaluates the prelude that
//!   implements `pm` once. [`Sandbox::run`] runs one script to completion.
//! - [`ScriptInput`]: the script, its kind ([`ScriptKind`]), `pm.info` ([`PmInfo`]), the request
//!   as Postman v2.1 JSON, the response ([`ResponseData`]) and cookies ([`CookieData`]).
//! - [`VariableStore`]: the five variable scopes ([`ScopeName`]); implemented for
//!   `cogman_collection::Scopes`, so the runner passes `&mut scopes` directly.
//! - [`ScriptHost`]: what the runner provides: `send_request` for `pm.sendRequest` and `console`
//!   for captured output ([`ConsoleLevel`]). The sandbox has no other way out: no filesystem,
//!   process or network access.
//! - [`HeapUsage`]: the engine heap as scripts leave it ([`Sandbox::heap_usage`]); it stays
//!   flat over a run because the prelude and libraries create no reference cycles per script
//!   (those would wait for a rare full collection).
//! - [`ScriptOutcome`]: assertions ([`AssertionResult`]) in completion order with their index,
//!   the first uncaught error ([`ScriptError`], V8 wording such as
//!   `TypeError: Cannot read properties of undefined (reading 'x')`), `setNextRequest`
//!   ([`NextRequest`]), `skipRequest`, and the request JSON after the script's changes.
//!
//! # Data flow of one run
//! 1. The engine snapshots every scope and serialises the input into one JSON document; the
//!    prelude's `begin` builds `pm` (scopes, `pm.request`/`pm.response` created lazily on
//!    first use) and the legacy globals (`tests`, `responseBody`, `postman`, ...).
//! 2. The script is compiled once (cached by source) as the body of an async function whose
//!    parameters shadow the sandbox internals, like Postman's scope: top-level `var`/`let`/
//!    `const` stay local to the script, implicit globals persist for the run, `return` and
//!    top-level `await` work.
//! 3. The Rust event loop drains promise jobs, then asks the prelude for the next unit of work:
//!    an expired timer, a batch of `pm.sendRequest` requests (sent through
//!    [`ScriptHost::send_request`], their callbacks queued as tasks), a callback, an immediate,
//!    or how long to sleep until the next timer. The script is done when nothing is pending.
//! 4. Variable writes are recorded as operations and replayed into the [`VariableStore`] before
//!    each request and at the end, so stores keep metadata the script never sees.
//!
//! # Differences from Newman 6.2.2, on purpose
//! - `pm.sendRequest` also returns a promise when called without a callback, and top-level
//!   `await` works (later postman-sandbox versions); a `pm.test` function that returns a
//!   promise is recorded when the promise settles (a rejection fails the test).
//! - Assertions are listed in completion order, as Newman emits them; `index` is the call order.
//!
//! # Limits
//! [`SandboxOptions::timeout`] is enforced by the QuickJS interrupt handler (it stops
//! `while (true) {}` and catastrophic regular expressions) and by the event loop for pending
//! timers; the error reads `sandbox: synchronous script execution timeout` (or `asynchronous`)
//! as in Newman. [`SandboxOptions::memory_limit`] caps the runtime heap: an allocation bomb
//! becomes a script error and the next script runs normally.

mod engine;
mod errors;
mod json_error;
mod libs;
mod store;
mod types;

pub use engine::{HeapUsage, Sandbox};
pub use store::{ScopeName, VariableStore};
pub use types::{
    AssertionResult, ConsoleLevel, CookieData, CookieJarOp, NextRequest, PmInfo, ResponseData,
    SandboxError, SandboxOptions, ScriptError, ScriptHost, ScriptInput, ScriptKind, ScriptOutcome,
};
