//! The QuickJS runtime, the compiled prelude and the per-script event loop.
//!
//! The prelude (`js/*.js`) is evaluated once per [`Sandbox`]; it stores a driver object in
//! `globalThis.__cogman`. A run is: `begin(input JSON)` builds `pm` and the legacy globals,
//! the script is compiled once into an async wrapper function (cached by source), `start` calls
//! it, then the Rust loop below drains promise jobs and asks `step()` for the next timer,
//! callback or batch of `pm.sendRequest` requests until nothing is pending. Variable writes are
//! replayed into the caller's [`VariableStore`] before each request and at the end.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::{Duration, Instant};

use rquickjs::context::EvalOptions;
use rquickjs::{Context, Ctx, Function, Object, Runtime, Value};
use serde_json::{Value as Json, json};

use crate::errors::{ScriptSource, polish_in, script_error};
use crate::store::{ScopeName, VariableStore};
use crate::types::{
    AssertionResult, ConsoleLevel, CookieData, CookieJarOp, NextRequest, ResponseData,
    SandboxError, SandboxOptions, ScriptError, ScriptHost, ScriptInput, ScriptOutcome,
};

const PRELUDE: &str = include_str!("../js/prelude.js");
const SDK: &str = include_str!("../js/sdk.js");
const INSPECT: &str = include_str!("../js/inspect.js");

/// Shared between the interrupt handler, the natives and the run loop.
#[derive(Default)]
struct Control {
    deadline: Cell<Option<Instant>>,
    abort: Cell<bool>,
    timed_out: Cell<bool>,
    console: RefCell<Vec<(ConsoleLevel, String)>>,
}

impl Control {
    fn interrupted(&self) -> bool {
        self.abort.get() || self.timed_out.get()
    }
}

/// One JavaScript engine per run: runtime, context and prelude are created once.
pub struct Sandbox {
    ctx: Context,
    rt: Runtime,
    gc_threshold: usize,
    opts: SandboxOptions,
    ctl: Rc<Control>,
    /// Wrapper code placed before each script on its first line.
    head: String,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("opts", &self.opts)
            .finish_non_exhaustive()
    }
}

/// The QuickJS heap in use ([`Sandbox::heap_usage`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapUsage {
    /// Bytes allocated by the engine.
    pub bytes: u64,
    /// Live objects.
    pub objects: u64,
    /// Live strings and atoms.
    pub strings: u64,
}

/// What one `step()` of the JavaScript event loop asked for.
enum Step {
    Progress,
    /// `pm.sendRequest` requests and `pm.cookies.jar()` operations, in call order.
    Send(Vec<Json>),
    Wait(u64),
    Done,
}

/// Why the loop stopped early.
enum Stop {
    Timeout,
    Aborted,
    Error(ScriptError),
}

impl Sandbox {
    /// Creates the runtime and context, installs the libraries and compiles the prelude.
    pub fn new(opts: SandboxOptions) -> Result<Sandbox, SandboxError> {
        let rt = Runtime::new().map_err(|e| SandboxError::Init(e.to_string()))?;
        if opts.memory_limit > 0 {
            rt.set_memory_limit(opts.memory_limit);
        }
        rt.set_max_stack_size(1024 * 1024);
        let gc_threshold = gc_threshold(opts.memory_limit);
        rt.set_gc_threshold(gc_threshold);
        let ctl = Rc::new(Control::default());
        let handler_ctl = ctl.clone();
        rt.set_interrupt_handler(Some(Box::new(move || {
            if handler_ctl.interrupted() {
                return true;
            }
            match handler_ctl.deadline.get() {
                Some(d) if Instant::now() >= d => {
                    handler_ctl.timed_out.set(true);
                    true
                }
                _ => false,
            }
        })));
        let ctx = Context::full(&rt).map_err(|e| SandboxError::Init(e.to_string()))?;
        let head = ctx.with(|ctx| -> Result<String, SandboxError> {
            let fail = |ctx: &Ctx<'_>, e: rquickjs::Error| {
                let detail = match e {
                    rquickjs::Error::Exception => script_error(ctx, ctx.catch()).to_string(),
                    other => other.to_string(),
                };
                SandboxError::Init(detail)
            };
            crate::libs::install(&ctx).map_err(|e| fail(&ctx, e))?;
            let source = PRELUDE
                .replace("/*@SDK@*/", SDK)
                .replace("/*@INSPECT@*/", INSPECT);
            let mut eo = EvalOptions::default();
            eo.global = true;
            eo.strict = false;
            eo.filename = Some("cogman-prelude.js".to_string());
            let prelude: Function = ctx
                .eval_with_options(source, eo)
                .map_err(|e| fail(&ctx, e))?;
            let natives = make_natives(&ctx, &ctl).map_err(|e| fail(&ctx, e))?;
            prelude
                .call::<_, ()>((natives,))
                .map_err(|e| fail(&ctx, e))?;
            // The script becomes a function body (like Postman's scope), so top-level `var`,
            // `const` and `return` stay local; async so top-level `await` works.
            let head: String = ctx
                .globals()
                .get::<_, Object>("__cogman")
                .and_then(|api| api.get("head"))
                .map_err(|e| fail(&ctx, e))?;
            Ok(head)
        })?;
        Ok(Sandbox {
            ctx,
            rt,
            gc_threshold,
            opts,
            ctl,
            head,
        })
    }

    /// The engine's heap as it is now. Reference counting frees a script's objects when it
    /// ends, so over a run this must stay flat; only garbage in reference cycles waits for
    /// a collection (see [`Sandbox::collect_garbage`]).
    pub fn heap_usage(&self) -> HeapUsage {
        let m = self.rt.memory_usage();
        HeapUsage {
            bytes: u64::try_from(m.memory_used_size).unwrap_or(0),
            objects: u64::try_from(m.obj_count).unwrap_or(0),
            strings: u64::try_from(m.str_count).unwrap_or(0),
        }
    }

    /// Runs a full collection now, freeing unreachable reference cycles.
    pub fn collect_garbage(&self) {
        self.rt.run_gc();
    }

    /// Runs one script to completion, including its timers, promise jobs and `pm.sendRequest`
    /// callbacks. Never panics on script input: every failure becomes `ScriptOutcome::error`.
    pub fn run(
        &mut self,
        input: ScriptInput,
        scopes: &mut dyn VariableStore,
        host: &mut dyn ScriptHost,
    ) -> ScriptOutcome {
        // Postman does not execute an empty script at all.
        if input.source.trim().is_empty() {
            return ScriptOutcome {
                request: input.request,
                ..ScriptOutcome::default()
            };
        }
        self.ctl.abort.set(false);
        self.ctl.timed_out.set(false);
        self.ctl.console.borrow_mut().clear();
        let input_json = input_json(&input, scopes);
        // `--timeout-script 0` means no limit in Newman.
        let deadline = self
            .opts
            .timeout
            .filter(|t| !t.is_zero())
            .map(|t| Instant::now() + t);
        let ctl = &self.ctl;
        let head = self.head.as_str();
        let outcome = self.ctx.with(|ctx| {
            let mut driver = Driver {
                ctx: ctx.clone(),
                ctl,
                scopes,
                host,
                deadline,
                head,
            };
            driver.execute(&input, input_json)
        });
        self.ctl.deadline.set(None);
        self.ctl.abort.set(false);
        self.ctl.timed_out.set(false);
        // QuickJS lowers the threshold to 1.5x the live heap after each collection; with the
        // libraries loaded that means a full collection every few scripts. Reference counting
        // frees almost all per-script garbage, so only collect cycles in large batches.
        self.rt.set_gc_threshold(self.gc_threshold);
        match outcome {
            Ok(mut o) => {
                if o.request.is_null() {
                    o.request = input.request;
                }
                o
            }
            Err(error) => ScriptOutcome {
                error: Some(polish_in(error, None)),
                request: input.request,
                ..ScriptOutcome::default()
            },
        }
    }
}

/// Borrowed state for one run inside `Context::with`.
struct Driver<'a, 'js> {
    ctx: Ctx<'js>,
    ctl: &'a Control,
    scopes: &'a mut dyn VariableStore,
    host: &'a mut dyn ScriptHost,
    deadline: Option<Instant>,
    head: &'a str,
}

impl<'js> Driver<'_, 'js> {
    fn api(&self) -> Result<Object<'js>, ScriptError> {
        self.ctx
            .globals()
            .get::<_, Object>("__cogman")
            .map_err(|e| internal(&e.to_string()))
    }

    fn call<T: rquickjs::FromJs<'js>>(
        &self,
        api: &Object<'js>,
        name: &str,
        args: impl rquickjs::function::IntoArgs<'js>,
    ) -> Result<T, Stop> {
        let f: Function = api
            .get(name)
            .map_err(|e| Stop::Error(internal(&e.to_string())))?;
        match f.call::<_, T>(args) {
            Ok(v) => Ok(v),
            Err(e) => Err(self.stop_from(e)),
        }
    }

    fn stop_from(&self, e: rquickjs::Error) -> Stop {
        let err = match e {
            rquickjs::Error::Exception => script_error(&self.ctx, self.ctx.catch()),
            other => internal(&other.to_string()),
        };
        if self.ctl.timed_out.get() {
            Stop::Timeout
        } else if self.ctl.abort.get() {
            Stop::Aborted
        } else {
            Stop::Error(err)
        }
    }

    fn execute(
        &mut self,
        input: &ScriptInput,
        input_json: String,
    ) -> Result<ScriptOutcome, ScriptError> {
        let api = self.api()?;
        // Setting up `pm` is not subject to the script's time limit.
        if let Err(stop) = self.call::<()>(&api, "begin", (input_json,)) {
            return Err(self.stop_error(stop, &api));
        }
        self.ctl.deadline.set(self.deadline);
        let mut first_error: Option<ScriptError> = None;
        let mut stopped = false;
        match self.compile(&api, input) {
            Ok(func) => {
                if let Err(stop) = self.call::<()>(&api, "start", (func,)) {
                    stopped = self.note_stop(stop, &api, &mut first_error);
                }
            }
            Err(err) => {
                first_error = Some(err);
                stopped = true;
            }
        }
        if !stopped {
            self.event_loop(&api, &mut first_error);
        }
        // Collect results without the limits: the script is over.
        self.ctl.deadline.set(None);
        self.ctl.abort.set(false);
        self.ctl.timed_out.set(false);
        self.flush_console();
        self.apply_ops(&api);
        let finished: Result<String, Stop> = self.call(&api, "finish", ());
        let _ = self.call::<()>(&api, "reset", ());
        self.flush_console();
        let text = finished.map_err(|s| self.stop_error(s, &api))?;
        let mut outcome = parse_outcome(&text);
        if let Some(e) = first_error {
            outcome.error = Some(e);
        }
        let src = ScriptSource {
            name: &self.source_name(input),
            text: &input.source,
            prefix: self.head.chars().count(),
        };
        outcome.error = outcome.error.map(|e| polish_in(e, Some(&src)));
        for a in &mut outcome.assertions {
            a.error = a.error.take().map(|e| polish_in(e, Some(&src)));
        }
        Ok(outcome)
    }

    /// Records why the script stopped; returns true when the loop must not continue.
    fn note_stop(&self, stop: Stop, api: &Object<'js>, first: &mut Option<ScriptError>) -> bool {
        match stop {
            Stop::Aborted => true,
            other => {
                let e = self.stop_error(other, api);
                first.get_or_insert(e);
                true
            }
        }
    }

    fn stop_error(&self, stop: Stop, api: &Object<'js>) -> ScriptError {
        match stop {
            Stop::Timeout => {
                self.ctl.timed_out.set(false);
                self.ctl.deadline.set(None);
                let went_async = self.call::<bool>(api, "wentAsync", ()).unwrap_or(false);
                timeout_error(went_async)
            }
            Stop::Aborted => internal("script aborted"),
            Stop::Error(e) => e,
        }
    }

    fn source_name(&self, input: &ScriptInput) -> String {
        if input.source_name.is_empty() {
            "script".to_string()
        } else {
            input.source_name.clone()
        }
    }

    fn compile(
        &self,
        api: &Object<'js>,
        input: &ScriptInput,
    ) -> Result<Function<'js>, ScriptError> {
        let key = format!("{}\u{0}{}", input.source_name, input.source);
        if let Ok(Some(f)) = self.call::<Option<Function>>(api, "lookup", (key.clone(),)) {
            return Ok(f);
        }
        let wrapped = format!("{}{}{}", self.head, input.source, crate::errors::SUFFIX);
        let mut eo = EvalOptions::default();
        eo.global = true;
        eo.strict = false;
        eo.filename = Some(self.source_name(input));
        match self.ctx.eval_with_options::<Function, _>(wrapped, eo) {
            Ok(f) => {
                let _ = self.call::<()>(api, "store", (key, f.clone()));
                Ok(f)
            }
            Err(rquickjs::Error::Exception) => Err(script_error(&self.ctx, self.ctx.catch())),
            Err(e) => Err(internal(&e.to_string())),
        }
    }

    fn drain_jobs(&self) -> Result<(), Stop> {
        while self.ctx.execute_pending_job() {
            if self.ctl.interrupted() {
                break;
            }
        }
        if self.ctl.timed_out.get() {
            return Err(Stop::Timeout);
        }
        if self.ctl.abort.get() {
            return Err(Stop::Aborted);
        }
        Ok(())
    }

    fn event_loop(&mut self, api: &Object<'js>, first: &mut Option<ScriptError>) {
        loop {
            if let Err(stop) = self.drain_jobs() {
                self.note_stop(stop, api, first);
                return;
            }
            self.flush_console();
            let step = match self.step(api) {
                Ok(s) => s,
                Err(stop) => {
                    self.note_stop(stop, api, first);
                    return;
                }
            };
            match step {
                Step::Progress => {}
                Step::Done => return,
                Step::Send(batch) => {
                    // Requests see the variables as the script left them.
                    self.apply_ops(api);
                    for mut item in batch {
                        let id = item.get("id").and_then(Json::as_u64).unwrap_or(0);
                        let delivered = if let Some(op) = item.get("jar") {
                            let (err, res) = match jar_op(op) {
                                Some(op) => match self.host.cookie_jar(op) {
                                    Ok(list) => (None, Some(cookies_json(&list).to_string())),
                                    Err(msg) => (Some(msg), None),
                                },
                                None => (Some("invalid cookie jar operation".to_string()), None),
                            };
                            self.call::<()>(api, "deliverJar", (id, err, res))
                        } else {
                            let request =
                                item.get_mut("request").map(Json::take).unwrap_or_default();
                            let (err, res) = match self.host.send_request(request) {
                                Ok(r) => (None, Some(response_json(&r).to_string())),
                                Err(msg) => (Some(msg), None),
                            };
                            self.call::<()>(api, "deliver", (id, err, res))
                        };
                        if let Err(stop) = delivered {
                            self.note_stop(stop, api, first);
                            return;
                        }
                    }
                    if let Some(d) = self.deadline
                        && Instant::now() >= d
                    {
                        self.note_stop(Stop::Timeout, api, first);
                        return;
                    }
                }
                Step::Wait(ms) => {
                    let wait = Duration::from_millis(ms);
                    if let Some(d) = self.deadline {
                        let now = Instant::now();
                        if now + wait >= d {
                            std::thread::sleep(d.saturating_duration_since(now));
                            self.note_stop(Stop::Timeout, api, first);
                            return;
                        }
                    }
                    std::thread::sleep(wait);
                }
            }
        }
    }

    fn step(&self, api: &Object<'js>) -> Result<Step, Stop> {
        let v: Value = self.call(api, "step", ())?;
        if v.is_undefined() || v.is_null() {
            return Ok(Step::Done);
        }
        if v.is_bool() {
            return Ok(Step::Progress);
        }
        if let Some(n) = v.as_number() {
            return Ok(Step::Wait(if n.is_finite() && n > 0.0 {
                n as u64
            } else {
                0
            }));
        }
        if let Some(s) = v.as_string() {
            let text = s
                .to_string()
                .map_err(|e| Stop::Error(internal(&e.to_string())))?;
            let parsed: Vec<Json> = serde_json::from_str(&text).unwrap_or_default();
            return Ok(Step::Send(parsed));
        }
        Ok(Step::Done)
    }

    fn apply_ops(&mut self, api: &Object<'js>) {
        let Ok(Some(text)) = self.call::<Option<String>>(api, "takeOps", ()) else {
            return;
        };
        let Ok(ops) = serde_json::from_str::<Vec<Vec<Json>>>(&text) else {
            return;
        };
        for op in ops {
            let scope = op
                .first()
                .and_then(Json::as_str)
                .and_then(ScopeName::from_key);
            let verb = op.get(1).and_then(Json::as_str);
            let key = op.get(2).and_then(Json::as_str);
            let Some(scope) = scope else { continue };
            match (verb, key) {
                (Some("set"), Some(key)) => {
                    let value = op
                        .get(3)
                        .and_then(Json::as_str)
                        .and_then(|t| serde_json::from_str(t).ok())
                        .unwrap_or(Json::Null);
                    let kind = op.get(4).and_then(Json::as_str);
                    self.scopes.set(scope, key, value, kind);
                }
                (Some("unset"), Some(key)) => self.scopes.unset(scope, key),
                (Some("clear"), _) => self.scopes.clear(scope),
                _ => {}
            }
        }
    }

    fn flush_console(&mut self) {
        let lines: Vec<(ConsoleLevel, String)> = self.ctl.console.borrow_mut().drain(..).collect();
        for (level, text) in lines {
            self.host.console(level, text);
        }
    }
}

/// Heap size that triggers a cycle collection: a quarter of the memory limit, at most 16 MiB.
/// The prelude leaves no cycles behind, but user code may (`o.self = o`, cheerio's DOM
/// trees); this caps how far such garbage lets the heap grow over a run. A collection of the
/// ~1.5 MB resident heap costs about a quarter of a millisecond.
fn gc_threshold(memory_limit: usize) -> usize {
    const MAX: usize = 16 * 1024 * 1024;
    if memory_limit == 0 {
        MAX
    } else {
        (memory_limit / 4).clamp(1024 * 1024, MAX)
    }
}

fn internal(message: &str) -> ScriptError {
    ScriptError {
        name: "Error".to_string(),
        message: message.to_string(),
        stack: None,
    }
}

/// Newman's wording for `--timeout-script` (postman-sandbox execute.js).
fn timeout_error(went_async: bool) -> ScriptError {
    ScriptError {
        name: "Error".to_string(),
        message: format!(
            "sandbox: {} script execution timeout",
            if went_async {
                "asynchronous"
            } else {
                "synchronous"
            }
        ),
        stack: None,
    }
}

fn make_natives<'js>(ctx: &Ctx<'js>, ctl: &Rc<Control>) -> rquickjs::Result<Object<'js>> {
    let natives = Object::new(ctx.clone())?;
    let c = ctl.clone();
    natives.set(
        "console",
        Function::new(ctx.clone(), move |level: String, text: String| {
            let level = match level.as_str() {
                "info" => ConsoleLevel::Info,
                "warn" => ConsoleLevel::Warn,
                "error" => ConsoleLevel::Error,
                "debug" => ConsoleLevel::Debug,
                _ => ConsoleLevel::Log,
            };
            c.console.borrow_mut().push((level, text));
        })?,
    )?;
    let c = ctl.clone();
    natives.set(
        "abort",
        Function::new(ctx.clone(), move || {
            c.abort.set(true);
        })?,
    )?;
    natives.set(
        "dynamic",
        Function::new(ctx.clone(), |name: String| {
            cogman_collection::dynamic::generate(&name)
        })?,
    )?;
    natives.set(
        "jsonError",
        Function::new(ctx.clone(), |text: Option<String>| match text {
            Some(t) => crate::json_error::json_error(&t)
                .unwrap_or_else(|| crate::json_error::v8_json_error(&t)),
            None => crate::json_error::v8_json_error("undefined"),
        })?,
    )?;
    Ok(natives)
}

/// Appends `value` as JSON (serialising a `serde_json::Value` or a string cannot fail).
fn push_json<T: serde::Serialize + ?Sized>(out: &mut String, value: &T) {
    if let Ok(text) = serde_json::to_string(value) {
        out.push_str(&text);
    } else {
        out.push_str("null");
    }
}

/// The per-script input handed to `begin()` as one JSON document, written directly (no
/// intermediate `Value` tree) because it is built for every script.
fn input_json(input: &ScriptInput, scopes: &dyn VariableStore) -> String {
    let mut out = String::with_capacity(1024 + input.source.len() / 4);
    let event = if input.info.event_name.is_empty() {
        input.kind.event_name()
    } else {
        input.info.event_name.as_str()
    };
    out.push_str("{\"event\":");
    push_json(&mut out, event);
    // postman-sandbox skips the legacy globals for scripts starting with this marker.
    let no_legacy = input.source.starts_with("\"use sandbox2\";")
        || input.source.starts_with("'use sandbox2';");
    out.push_str(if no_legacy {
        ",\"noLegacy\":true"
    } else {
        ",\"noLegacy\":false"
    });
    if !no_legacy && let Some(names) = legacy_names(&input.source) {
        out.push_str(",\"legacy\":");
        push_json(&mut out, &names);
    }
    out.push_str(",\"environmentName\":");
    push_json(&mut out, &scopes.environment_name());
    out.push_str(",\"info\":{\"iteration\":");
    out.push_str(&input.info.iteration.to_string());
    out.push_str(",\"iterationCount\":");
    out.push_str(&input.info.iteration_count.to_string());
    out.push_str(",\"requestName\":");
    push_json(&mut out, &input.info.request_name);
    out.push_str(",\"requestId\":");
    push_json(&mut out, &input.info.request_id);
    out.push_str("},\"request\":");
    push_json(&mut out, &input.request);
    out.push_str(",\"response\":");
    match &input.response {
        Some(r) => push_json(&mut out, &response_json(r)),
        None => out.push_str("null"),
    }
    out.push_str(",\"cookies\":[");
    for (i, c) in input.cookies.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json(&mut out, &cookies_json(std::slice::from_ref(c))[0]);
    }
    out.push_str("],\"scopes\":{");
    for (i, scope) in ScopeName::ALL.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json(&mut out, scope.key());
        out.push_str(":[");
        for (j, (k, v)) in scopes.entries(scope).iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push('[');
            push_json(&mut out, k);
            out.push(',');
            push_json(&mut out, v);
            out.push(']');
        }
        out.push(']');
    }
    out.push_str("}}");
    out
}

/// Names of postman-sandbox's legacy globals.
const LEGACY_NAMES: &[&str] = &[
    "tests",
    "globals",
    "environment",
    "data",
    "request",
    "responseCookies",
    "responseHeaders",
    "responseTime",
    "responseCode",
    "responseBody",
    "iteration",
    "postman",
    "_",
    "CryptoJS",
    "atob",
    "btoa",
    "tv4",
    "xml2Json",
    "Backbone",
    "cheerio",
];

/// The legacy globals a script can reach: identifiers in its source that are not property
/// names (`pm.environment` does not count, `...data` does). `None` (all of them) when the
/// script uses `eval`, which could name any. Over-inclusion (a name inside a string or
/// comment) only costs time.
fn legacy_names(source: &str) -> Option<Vec<&'static str>> {
    let bytes = source.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80;
    let mut found: Vec<&'static str> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !is_ident(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_ident(bytes[i]) {
            i += 1;
        }
        let word = &source[start..i];
        if word == "eval" {
            return None;
        }
        let Some(name) = LEGACY_NAMES.iter().find(|n| **n == word) else {
            continue;
        };
        // A member access (`x.name`, `x?.name`) is preceded by a single dot.
        let mut j = start;
        while j > 0 && bytes[j - 1].is_ascii_whitespace() {
            j -= 1;
        }
        let member = j > 0 && bytes[j - 1] == b'.' && !(j > 1 && bytes[j - 2] == b'.');
        if !member && !found.contains(name) {
            found.push(name);
        }
    }
    Some(found)
}

/// The JSON a script queued for `pm.cookies.jar()` -> [`CookieJarOp`].
fn jar_op(op: &Json) -> Option<CookieJarOp> {
    let url = op.get("url")?.as_str()?.to_string();
    let name = || op.get("name").and_then(Json::as_str).map(str::to_string);
    Some(match op.get("op")?.as_str()? {
        "get" => CookieJarOp::Get { url, name: name()? },
        "getAll" => CookieJarOp::GetAll { url },
        "unset" => CookieJarOp::Unset { url, name: name()? },
        "clear" => CookieJarOp::Clear { url },
        "set" => {
            let c = op.get("cookie")?;
            let text = |k: &str| -> Option<String> {
                c.get(k).and_then(|v| match v {
                    Json::String(s) => Some(s.clone()),
                    Json::Null => None,
                    other => Some(other.to_string()),
                })
            };
            let expires = text("expires");
            CookieJarOp::Set {
                url,
                cookie: CookieData {
                    name: text("name").unwrap_or_default(),
                    value: text("value").unwrap_or_default(),
                    domain: text("domain").unwrap_or_default(),
                    path: text("path").unwrap_or_default(),
                    session: expires.is_none(),
                    expires,
                    http_only: c.get("httpOnly").and_then(Json::as_bool).unwrap_or(false),
                    secure: c.get("secure").and_then(Json::as_bool).unwrap_or(false),
                    host_only: c
                        .get("domain")
                        .and_then(Json::as_str)
                        .is_none_or(str::is_empty),
                },
            }
        }
        _ => return None,
    })
}

/// Cookies in the shape `sdk.Cookie` accepts.
fn cookies_json(cookies: &[CookieData]) -> Json {
    Json::Array(
        cookies
            .iter()
            .map(|c| {
                let mut o = json!({
                    "name": c.name,
                    "value": c.value,
                    "domain": c.domain,
                    "path": c.path,
                    "httpOnly": c.http_only,
                    "secure": c.secure,
                    "hostOnly": c.host_only,
                    "session": c.session,
                });
                if let (Some(e), Some(map)) = (&c.expires, o.as_object_mut()) {
                    map.insert("expires".into(), Json::String(e.clone()));
                }
                o
            })
            .collect(),
    )
}

/// A response in the shape `sdk.Response` accepts.
fn response_json(r: &ResponseData) -> Json {
    let headers: Vec<Json> = r
        .headers
        .iter()
        .map(|(k, v)| json!({ "key": k, "value": v }))
        .collect();
    let cookies: Vec<Json> = r
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, v)| parse_set_cookie(v))
        .collect();
    json!({
        "code": r.code,
        "status": r.status,
        "header": headers,
        "cookie": cookies,
        "body": String::from_utf8_lossy(&r.body),
        "bodySize": r.body.len(),
        "responseTime": r.response_time,
        "responseSize": r.response_size,
    })
}

/// `name=value; Path=/; HttpOnly` -> a cookie object for `pm.response.cookies`.
fn parse_set_cookie(header: &str) -> Option<Json> {
    let mut parts = header.split(';');
    let first = parts.next()?;
    let (name, value) = first.split_once('=')?;
    let mut cookie = serde_json::Map::new();
    cookie.insert("name".into(), Json::String(name.trim().to_string()));
    cookie.insert("value".into(), Json::String(value.trim().to_string()));
    for attr in parts {
        let (k, v) = match attr.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_lowercase(), Some(v.trim().to_string())),
            None => (attr.trim().to_ascii_lowercase(), None),
        };
        match (k.as_str(), v) {
            ("path", Some(v)) => {
                cookie.insert("path".into(), Json::String(v));
            }
            ("domain", Some(v)) => {
                cookie.insert("domain".into(), Json::String(v));
            }
            ("expires", Some(v)) => {
                cookie.insert("expires".into(), Json::String(v));
            }
            ("max-age", Some(v)) => {
                cookie.insert("maxAge".into(), Json::String(v));
            }
            ("httponly", _) => {
                cookie.insert("httpOnly".into(), Json::Bool(true));
            }
            ("secure", _) => {
                cookie.insert("secure".into(), Json::Bool(true));
            }
            _ => {}
        }
    }
    Some(Json::Object(cookie))
}

fn parse_outcome(text: &str) -> ScriptOutcome {
    let v: Json = serde_json::from_str(text).unwrap_or(Json::Null);
    let err_of = |e: &Json| -> Option<ScriptError> {
        let o = e.as_object()?;
        Some(ScriptError {
            name: o
                .get("name")
                .and_then(Json::as_str)
                .unwrap_or("Error")
                .to_string(),
            message: o
                .get("message")
                .and_then(Json::as_str)
                .unwrap_or("")
                .to_string(),
            stack: o.get("stack").and_then(Json::as_str).map(str::to_string),
        })
    };
    let assertions = v
        .get("assertions")
        .and_then(Json::as_array)
        .map(|list| {
            list.iter()
                .map(|a| AssertionResult {
                    index: a.get("index").and_then(Json::as_u64).unwrap_or(0) as usize,
                    name: a
                        .get("name")
                        .and_then(Json::as_str)
                        .unwrap_or("")
                        .to_string(),
                    passed: a.get("passed").and_then(Json::as_bool).unwrap_or(false),
                    skipped: a.get("skipped").and_then(Json::as_bool).unwrap_or(false),
                    error: a.get("error").and_then(&err_of),
                })
                .collect()
        })
        .unwrap_or_default();
    let error = v
        .get("errors")
        .and_then(Json::as_array)
        .and_then(|e| e.first())
        .and_then(&err_of);
    let next_request = match v.get("next") {
        Some(Json::Object(o)) if o.get("end").is_some() => NextRequest::End,
        Some(Json::Object(o)) => match o.get("name").and_then(Json::as_str) {
            Some(n) => NextRequest::Name(n.to_string()),
            None => NextRequest::Unchanged,
        },
        _ => NextRequest::Unchanged,
    };
    ScriptOutcome {
        assertions,
        error,
        next_request,
        skip_request: v.get("skip").and_then(Json::as_bool).unwrap_or(false),
        request: v.get("request").cloned().unwrap_or(Json::Null),
    }
}

#[cfg(test)]
mod tests {
    use super::legacy_names;

    #[test]
    fn legacy_scan_ignores_member_access() {
        assert_eq!(
            legacy_names("pm.environment.get('x'); pm.request.url; a?.data"),
            Some(vec![])
        );
        assert_eq!(
            legacy_names("tests['a'] = responseCode.code === 200; [...data]; _ .map"),
            Some(vec!["tests", "responseCode", "data", "_"])
        );
        assert_eq!(legacy_names("eval('tests')"), None);
    }
}
