//! The run loop: iterations, items, script phases, the HTTP request and flow control, with
//! Newman's events and statistics.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use cogman_cognito::{CognitoClient, TokenManager, Tokens};
use cogman_collection::{Auth, Collection, Item, ItemKind, Request, Scopes, VariableScope};
use cogman_http::{
    Client, ClientOptions, HttpError, HttpResponse, JarCookie, ProxyConfig, SendOptions,
};
use cogman_redact::Redactor;
use cogman_sandbox::{
    CookieData, CookieJarOp, NextRequest, PmInfo, ResponseData, Sandbox, SandboxOptions,
    ScriptHost, ScriptInput, ScriptKind as SbKind,
};
use serde_json::{Map, Value};

use crate::build::{self, BuildEnv, Prepared};
use crate::event::{
    Assertion, ConsoleLevel, Cursor, ErrorInfo, Event, ExecutedRequest, ExecutedResponse, Header,
    ItemRef, NamedRef, Reporter, ResponseTimings, ScriptKind,
};
use crate::options::{CognitoAuthHeader, CognitoRunConfig, RunError, RunOptions};
use crate::shard::{RunPlan, Shard, ShardBy};
use crate::summary::{Failure, RunSummary, StopReason};
use crate::timing::TimingStats;

mod oauth2;

/// One runnable request with everything inherited from its folders and the collection.
struct RunItem<'c> {
    request: &'c Request,
    item: &'c Item,
    /// Enclosing folders, outermost first.
    folders: Vec<&'c Item>,
    item_ref: ItemRef,
}

/// How an item ended, for flow control.
enum ItemEnd {
    /// Continue; `next` is the last `setNextRequest` value, if any.
    Next(NextRequest),
    /// `--bail` (or `failure`): finish the iteration events and stop the run.
    Bail,
    /// Stop at once (`--timeout`, a `--bail folder` error): no further item/iteration events.
    Abort,
}

/// Outcome of one script phase.
struct Phase {
    request: Value,
    next: NextRequest,
    skip: bool,
    /// A script error or (with `--bail`) failing assertions stopped the phase.
    failed: bool,
    /// `--bail folder`: a script error aborts the run after this phase.
    bailed: bool,
    /// `--timeout` expired: stop at once.
    abort: bool,
}

pub(crate) fn run(
    collection: &Collection,
    options: RunOptions,
    reporter: &mut dyn Reporter,
) -> Result<RunSummary, RunError> {
    let collection_ref = NamedRef {
        id: collection
            .info
            .postman_id
            .clone()
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string()),
        name: collection.info.name.clone(),
    };
    let units = select_units(collection, &options.folders, &collection_ref)?;
    let items = shard_items(units, options.shard.as_ref());
    let cycles = cycle_count(&options);
    // A shard with nothing to run still reports an (empty) run, but signs in to nothing.
    let nothing_to_run = items.is_empty() || iteration_share(&options, cycles) == 0;

    let client_options = ClientOptions {
        insecure: options.insecure,
        extra_ca_certs: options.ssl_extra_ca_certs.clone(),
        client_cert: options.ssl_client_cert.clone(),
        client_key: options.ssl_client_key.clone(),
        client_passphrase: options.ssl_client_passphrase.clone(),
        follow_redirects: !options.ignore_redirects,
        timeout: options.timeout_request,
        proxy: ProxyConfig::from_env(),
        ..ClientOptions::default()
    };
    let client = Client::new(client_options.clone())
        .map_err(|e| RunError::Http(options.redactor.redact(&e.to_string()).into_owned()))?;
    if let Some(jar) = &options.cookie_jar {
        client
            .cookie_jar()
            .load_json(jar)
            .map_err(|e| RunError::Http(format!("cannot load the cookie jar: {e}")))?;
    }

    let has_scripts = !collection.events.is_empty()
        || items.iter().any(|ri| {
            !ri.item.events.is_empty() || ri.folders.iter().any(|f| !f.events.is_empty())
        });
    let sandbox = if has_scripts {
        Some(
            Sandbox::new(SandboxOptions {
                timeout: options.timeout_script,
                ..SandboxOptions::default()
            })
            .map_err(|e| RunError::Sandbox(e.to_string()))?,
        )
    } else {
        None
    };

    let mut scopes = Scopes {
        collection: VariableScope::from_variables(&collection.variables),
        ..Scopes::default()
    };
    if let Some(env) = &options.environment {
        scopes.environment = env.scope.clone();
    }
    if let Some(g) = &options.globals {
        scopes.globals = g.scope.clone();
    }
    for (k, v) in &options.env_vars {
        scopes.environment.set(k, Value::String(v.clone()));
    }
    for (k, v) in &options.global_vars {
        scopes.globals.set(k, Value::String(v.clone()));
    }
    for scope in [&scopes.environment, &scopes.globals, &scopes.collection] {
        for e in scope.entries() {
            options.redactor.register_variable(
                &e.key,
                &build::value_string(&e.value),
                e.is_secret(),
            );
        }
    }

    // Sign in before anything runs: a Cognito failure is fatal, with the client's diagnosis.
    let cognito = match &options.cognito {
        Some(cfg) if !nothing_to_run => {
            let state = CognitoState::start(cfg, &client_options, &options.redactor)?;
            state.apply(&mut scopes);
            Some(state)
        }
        _ => None,
    };

    // Data columns named like secrets (password, token, ...) are masked too.
    for row in &options.iteration_data {
        for (k, v) in row {
            options
                .redactor
                .register_variable(k, &build::value_string(v), false);
        }
    }

    let working_dir = options
        .working_dir
        .clone()
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."));

    let verbose = options.verbose;
    let mut engine = Engine {
        collection,
        collection_ref,
        items,
        deadline: options.timeout.map(|t| Instant::now() + t),
        cycles,
        working_dir,
        options,
        client,
        sandbox,
        scopes,
        cognito,
        oauth2: oauth2::TokenCache::default(),
        summary: RunSummary::default(),
        timings: TimingStats::new(verbose),
        reporter,
    };
    engine.run_all();
    Ok(engine.summary)
}

/// `-n`, else the number of data rows, else 1.
fn cycle_count(options: &RunOptions) -> usize {
    options
        .iteration_count
        .filter(|n| *n > 0)
        .unwrap_or_else(|| options.iteration_data.len().max(1))
}

/// How many of the run's `cycles` iterations this run executes.
fn iteration_share(options: &RunOptions, cycles: usize) -> usize {
    match options.shard {
        Some(shard) if shard.by == ShardBy::Iterations => shard.share_of(cycles),
        _ => cycles,
    }
}

/// Keeps the top-level units of `--shard` (by items) and flattens them, in order.
fn shard_items<'c>(units: Vec<Vec<RunItem<'c>>>, shard: Option<&Shard>) -> Vec<RunItem<'c>> {
    units
        .into_iter()
        .enumerate()
        .filter(|(k, _)| match shard {
            Some(s) if s.by == ShardBy::Items => s.takes(*k),
            _ => true,
        })
        .flat_map(|(_, unit)| unit)
        .collect()
}

/// See [`crate::plan`].
pub(crate) fn plan(collection: &Collection, options: &RunOptions) -> Result<RunPlan, RunError> {
    let collection_ref = NamedRef::default();
    let units = select_units(collection, &options.folders, &collection_ref)?;
    let top_level_items = units.len();
    let items = shard_items(units, options.shard.as_ref());
    let selected_items = match options.shard {
        Some(s) if s.by == ShardBy::Items => s.share_of(top_level_items),
        _ => top_level_items,
    };
    let iterations = cycle_count(options);
    Ok(RunPlan {
        top_level_items,
        selected_items,
        requests: items.len(),
        iterations,
        selected_iterations: iteration_share(options, iterations),
    })
}

/// The run's top-level units (what `--shard` by items splits), each flattened to its
/// requests: without `--folder` the collection's top-level items; with `--folder` the
/// children of each selected folder, and each selected request on its own.
fn select_units<'c>(
    collection: &'c Collection,
    folders: &[String],
    collection_ref: &NamedRef,
) -> Result<Vec<Vec<RunItem<'c>>>, RunError> {
    let mut out = Vec::new();
    if folders.is_empty() {
        for item in &collection.items {
            let mut unit = Vec::new();
            flatten(
                std::slice::from_ref(item),
                &mut Vec::new(),
                collection_ref,
                &mut unit,
            );
            out.push(unit);
        }
        return Ok(out);
    }
    select_items(collection, folders, collection_ref, &mut out)?;
    Ok(out)
}

/// `--folder` selection the way postman-runtime's `multipleIdOrName` strategy works: items
/// and folders match by id, then by name, in collection order; a match's descendants are not
/// matched again; every name must be found.
fn select_items<'c>(
    collection: &'c Collection,
    folders: &[String],
    collection_ref: &NamedRef,
    out: &mut Vec<Vec<RunItem<'c>>>,
) -> Result<(), RunError> {
    let mut wanted: Vec<&str> = folders.iter().map(String::as_str).collect();
    wanted.dedup();
    let mut remaining: Vec<&str> = wanted.clone();
    find_entries(
        &collection.items,
        &mut Vec::new(),
        &mut remaining,
        true,
        collection_ref,
        out,
    );
    if !remaining.is_empty() {
        return Err(RunError::UnknownFolder(
            remaining
                .iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", "),
        ));
    }
    Ok(())
}

fn find_entries<'c>(
    items: &'c [Item],
    path: &mut Vec<&'c Item>,
    remaining: &mut Vec<&str>,
    accumulate: bool,
    collection_ref: &NamedRef,
    out: &mut Vec<Vec<RunItem<'c>>>,
) {
    for item in items {
        if remaining.is_empty() {
            return;
        }
        let pos = remaining
            .iter()
            .position(|w| item.id.as_deref() == Some(*w))
            .or_else(|| remaining.iter().position(|w| *w == item.name));
        let matched = pos.is_some();
        if let Some(i) = pos {
            remaining.remove(i);
            if accumulate {
                // A matched folder's children are top-level units of the run (`--shard`).
                match &item.kind {
                    ItemKind::Request(_) => {
                        let mut unit = Vec::new();
                        flatten(std::slice::from_ref(item), path, collection_ref, &mut unit);
                        out.push(unit);
                    }
                    ItemKind::Folder(children) => {
                        path.push(item);
                        for child in children {
                            let mut unit = Vec::new();
                            flatten(std::slice::from_ref(child), path, collection_ref, &mut unit);
                            out.push(unit);
                        }
                        path.pop();
                    }
                }
            }
        }
        if let ItemKind::Folder(children) = &item.kind {
            path.push(item);
            find_entries(
                children,
                path,
                remaining,
                accumulate && !matched,
                collection_ref,
                out,
            );
            path.pop();
        }
    }
}

fn flatten<'c>(
    items: &'c [Item],
    path: &mut Vec<&'c Item>,
    collection_ref: &NamedRef,
    out: &mut Vec<RunItem<'c>>,
) {
    for item in items {
        match &item.kind {
            ItemKind::Folder(children) => {
                path.push(item);
                flatten(children, path, collection_ref, out);
                path.pop();
            }
            ItemKind::Request(request) => {
                let parent = match path.last() {
                    Some(f) => NamedRef {
                        id: f.id.clone().unwrap_or_default(),
                        name: f.name.clone(),
                    },
                    None => collection_ref.clone(),
                };
                out.push(RunItem {
                    request,
                    item,
                    folders: path.clone(),
                    item_ref: ItemRef {
                        id: item
                            .id
                            .clone()
                            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string()),
                        name: item.name.clone(),
                        path: path.iter().map(|f| f.name.clone()).collect(),
                        parent,
                    },
                });
            }
        }
    }
}

struct Engine<'c, 'r> {
    collection: &'c Collection,
    collection_ref: NamedRef,
    items: Vec<RunItem<'c>>,
    options: RunOptions,
    deadline: Option<Instant>,
    cycles: usize,
    working_dir: PathBuf,
    client: Client,
    sandbox: Option<Sandbox>,
    scopes: Scopes,
    cognito: Option<CognitoState>,
    /// Tokens fetched for `oauth2` client_credentials auth (see `oauth2`).
    oauth2: oauth2::TokenCache,
    summary: RunSummary,
    timings: TimingStats,
    reporter: &'r mut dyn Reporter,
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Engine<'_, '_> {
    fn timed_out(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }

    fn remaining(&self) -> Option<Duration> {
        self.deadline
            .map(|d| d.saturating_duration_since(Instant::now()))
    }

    fn run_all(&mut self) {
        self.summary.collection = self.collection_ref.clone();
        self.summary.timings.started = now_ms();
        let length = self.items.len();
        let start_cursor = Cursor {
            length,
            cycles: self.cycles,
            empty: length == 0,
            bof: true,
            eof: length == 0,
            cr: length == 0,
            ref_: uuid::Uuid::new_v4().to_string(),
            ..Cursor::default()
        };
        self.reporter.on_event(&Event::Start {
            collection: self.collection,
            cursor: &start_cursor,
        });

        if length > 0 {
            self.iterations(length);
        }
        self.finish();
    }

    fn iterations(&mut self, length: usize) {
        // setNextRequest looks items up by id first, then by name (the last item of a
        // duplicated name wins, as in postman-runtime's lookup hash).
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (i, ri) in self.items.iter().enumerate() {
            by_id.insert(ri.item_ref.id.clone(), i);
            by_name.insert(ri.item_ref.name.clone(), i);
        }
        for iteration in 0..self.cycles {
            // `--shard i/n --shard-by iteration`: other iterations belong to other shards; the
            // ones run keep their number and data row.
            if let Some(shard) = self.options.shard
                && shard.by == ShardBy::Iterations
                && !shard.takes(iteration)
            {
                continue;
            }
            if self.timed_out() {
                self.abort_timeout();
                return;
            }
            let iter_cursor = self.cursor(0, iteration, length);
            self.summary.stats.iterations.begin();
            self.reporter.on_event(&Event::BeforeIteration {
                cursor: &iter_cursor,
            });
            let row = if self.options.iteration_data.is_empty() {
                None
            } else {
                let i = iteration.min(self.options.iteration_data.len() - 1);
                self.options.iteration_data.get(i).cloned()
            };
            let mut pos = 0;
            let mut last_pos = 0;
            let mut bail = false;
            while pos < length {
                last_pos = pos;
                if self.timed_out() {
                    self.abort_timeout();
                    return;
                }
                if !self.refresh_cognito() {
                    return;
                }
                self.scopes.data = match &row {
                    Some(r) => VariableScope::from_object(r.iter()),
                    None => VariableScope::new(),
                };
                match self.run_item(pos, iteration, length) {
                    ItemEnd::Abort => return,
                    ItemEnd::Bail => {
                        bail = true;
                        break;
                    }
                    ItemEnd::Next(NextRequest::Unchanged) => pos += 1,
                    ItemEnd::Next(NextRequest::End) => break,
                    ItemEnd::Next(NextRequest::Name(n)) => {
                        match by_id.get(&n).or_else(|| by_name.get(&n)) {
                            Some(&p) => pos = p,
                            None => break,
                        }
                    }
                }
            }
            let end_cursor = self.cursor(last_pos, iteration, length);
            self.summary.stats.iterations.end(false);
            self.reporter.on_event(&Event::Iteration {
                cursor: &end_cursor,
            });
            if bail {
                self.summary.stopped = Some(StopReason::Bailed);
                return;
            }
        }
    }

    /// Keeps the Cognito tokens fresh before each item. Returns false when the run must stop.
    fn refresh_cognito(&mut self) -> bool {
        let Some(state) = self.cognito.as_mut() else {
            return true;
        };
        match state.refresh(&self.options.redactor) {
            Ok(true) => {
                state.apply(&mut self.scopes);
                true
            }
            Ok(false) => true,
            Err(message) => {
                self.summary.error = Some(plain_error(message));
                false
            }
        }
    }

    fn abort_timeout(&mut self) {
        self.summary.error = Some(ErrorInfo {
            name: "Error".into(),
            message: "callback timed out".into(),
            ..ErrorInfo::default()
        });
        self.summary.stopped = Some(StopReason::TimedOut);
    }

    fn finish(&mut self) {
        self.summary.timings.completed = now_ms();
        self.timings.write_into(&mut self.summary.timings);
        self.summary.environment = self.scopes.environment.clone();
        self.summary.globals = self.scopes.globals.clone();
        self.summary.collection_variables = self.scopes.collection.clone();
        self.summary.cookies = self.client.cookie_jar().to_json();
        let summary = &self.summary;
        self.reporter.on_event(&Event::Done { summary });
    }

    fn cursor(&self, position: usize, iteration: usize, length: usize) -> Cursor {
        Cursor {
            position,
            iteration,
            length,
            cycles: self.cycles,
            empty: false,
            eof: false,
            bof: position == 0 && iteration == 0,
            cr: position == 0 && iteration > 0,
            ref_: uuid::Uuid::new_v4().to_string(),
            http_request_id: None,
        }
    }

    /// Scripts of one kind for an item: collection, outer folders, inner folders, request.
    fn scripts(&self, idx: usize, kind: ScriptKind) -> Vec<(String, String)> {
        let ri = &self.items[idx];
        let listen = kind.listen();
        let mut out = Vec::new();
        let lists = std::iter::once(&self.collection.events)
            .chain(ri.folders.iter().map(|f| &f.events))
            .chain(std::iter::once(&ri.item.events));
        for list in lists {
            for ev in list.iter().filter(|e| !e.disabled && e.listen == listen) {
                out.push((
                    ev.script.exec.clone(),
                    ev.script.id.clone().unwrap_or_default(),
                ));
            }
        }
        out
    }

    /// Nearest auth: the request's own is handled by the builder; else folders inner to
    /// outer, then the collection.
    fn inherited_auth(&self, idx: usize) -> Option<Auth> {
        let ri = &self.items[idx];
        ri.folders
            .iter()
            .rev()
            .find_map(|f| f.auth.clone())
            .or_else(|| self.collection.auth.clone())
    }

    fn protocol_profile(&self, idx: usize) -> Map<String, Value> {
        let ri = &self.items[idx];
        let mut m = self.collection.protocol_profile_behavior.clone();
        for f in &ri.folders {
            for (k, v) in &f.protocol_profile_behavior {
                m.insert(k.clone(), v.clone());
            }
        }
        for (k, v) in &ri.item.protocol_profile_behavior {
            m.insert(k.clone(), v.clone());
        }
        m
    }

    fn fail(&mut self, error: ErrorInfo, at: String, idx: usize, cursor: &Cursor) {
        let ri = &self.items[idx];
        self.summary.failures.push(Failure {
            error,
            at,
            source: NamedRef {
                id: ri.item_ref.id.clone(),
                name: ri.item_ref.name.clone(),
            },
            parent: ri.item_ref.parent.clone(),
            cursor: cursor.clone(),
        });
    }

    fn console(&mut self, idx: usize, cursor: &Cursor, level: ConsoleLevel, message: &str) {
        let msg = self.options.redactor.redact(message).into_owned();
        self.reporter.on_event(&Event::Console {
            cursor,
            item: &self.items[idx].item_ref,
            level,
            message: &msg,
        });
    }

    fn run_item(&mut self, idx: usize, iteration: usize, length: usize) -> ItemEnd {
        let cursor = self.cursor(idx, iteration, length);
        let item_ref = self.items[idx].item_ref.clone();
        let bail = self.options.bail;
        let stop_on_failure = bail.enabled && (bail.failure || !bail.folder);
        let abort_on_error = bail.enabled && bail.folder;

        self.summary.stats.items.begin();
        self.reporter.on_event(&Event::BeforeItem {
            cursor: &cursor,
            item: &item_ref,
        });
        if !self.options.delay_request.is_zero() {
            let mut d = self.options.delay_request;
            if let Some(r) = self.remaining() {
                d = d.min(r);
            }
            std::thread::sleep(d);
        }

        let original = self.items[idx].request.to_json();
        let pre = self.phase(
            idx,
            &cursor,
            ScriptKind::Prerequest,
            original,
            None,
            stop_on_failure,
            abort_on_error,
        );
        if pre.abort {
            return ItemEnd::Abort;
        }
        let mut next = pre.next.clone();
        if pre.bailed {
            return self.abort_on_error();
        }
        if pre.failed && stop_on_failure {
            self.end_item(&cursor, &item_ref, false);
            return ItemEnd::Bail;
        }
        if pre.skip {
            self.end_item(&cursor, &item_ref, true);
            return ItemEnd::Next(next);
        }

        // The HTTP request.
        let (request_json, response, req_failed) = self.send_item(idx, &cursor, &pre.request);
        if self.timed_out() {
            self.abort_timeout();
            return ItemEnd::Abort;
        }
        if req_failed && abort_on_error {
            // postman-runtime aborts the run with the request error (Newman's `run.error`).
            self.summary.error = self.summary.failures.last().map(|f| f.error.clone());
            return self.abort_on_error();
        }
        if req_failed && stop_on_failure {
            self.end_item(&cursor, &item_ref, false);
            return ItemEnd::Bail;
        }

        let test = self.phase(
            idx,
            &cursor,
            ScriptKind::Test,
            request_json,
            response,
            stop_on_failure,
            abort_on_error,
        );
        if test.abort {
            return ItemEnd::Abort;
        }
        if test.bailed {
            return self.abort_on_error();
        }
        if test.next != NextRequest::Unchanged {
            next = test.next;
        }
        self.end_item(&cursor, &item_ref, false);
        if test.failed && stop_on_failure {
            return ItemEnd::Bail;
        }
        ItemEnd::Next(next)
    }

    /// `--bail folder`: the error (already in `summary.error`) ends the run at once. The
    /// runtime's instruction queue stops on it, so neither this item nor its iteration
    /// gets its closing event (Newman counts 0 executed iterations).
    fn abort_on_error(&mut self) -> ItemEnd {
        self.summary.stopped = Some(StopReason::Bailed);
        self.summary.aborted = true;
        ItemEnd::Abort
    }

    fn end_item(&mut self, cursor: &Cursor, item: &ItemRef, skipped: bool) {
        self.summary.stats.items.end(false);
        self.reporter.on_event(&Event::Item {
            cursor,
            item,
            skipped,
        });
    }

    /// Sends the item's request. Returns the request JSON test scripts see, the response for
    /// them, and whether the request failed.
    fn send_item(
        &mut self,
        idx: usize,
        cursor: &Cursor,
        request: &Value,
    ) -> (Value, Option<ResponseData>, bool) {
        let mut send = SendOptions::default();
        build::apply_protocol_profile(&mut send, &self.protocol_profile(idx));
        if let Some(r) = self.remaining() {
            let t = self.options.timeout_request.map_or(r, |t| t.min(r));
            send.timeout = Some(t.max(Duration::from_millis(1)));
        }
        let inherited = self.inherited_auth(idx);
        let files = BuildEnv {
            working_dir: &self.working_dir,
            secure: self.options.no_insecure_file_read,
            redactor: &self.options.redactor,
        };
        let default_bearer = self.cognito.as_ref().and_then(CognitoState::bearer);
        let prepared = build::prepare(
            request,
            Some(&self.scopes),
            inherited.as_ref(),
            default_bearer.as_deref(),
            send,
            &files,
        );
        let mut cursor = cursor.clone();
        cursor.http_request_id = Some(uuid::Uuid::new_v4().to_string());
        let item_ref = self.items[idx].item_ref.clone();
        let prepared = prepared.map(|mut p| {
            // oauth2 client_credentials without a token: fetch one (Newman cannot).
            let own = build::parse_request(request).ok().and_then(|r| r.auth);
            let effective = own
                .or(inherited)
                .map(|a| build::resolve_auth(&a, Some(&self.scopes)));
            if let Some(settings) = effective.as_ref().and_then(oauth2::Settings::from_auth) {
                match self
                    .oauth2
                    .helper(&self.client, &settings, &self.options.redactor)
                {
                    Ok(helper) => p.send.auth = Some(helper),
                    Err(msg) => p.warnings.push(msg),
                }
            }
            p
        });
        match prepared {
            Err(msg) => {
                let executed = ExecutedRequest {
                    json: request.clone(),
                    ..ExecutedRequest::default()
                };
                let err = plain_error(msg);
                self.record_request(&cursor, &item_ref, &executed, Err(err), false, Some(idx));
                (request.clone(), None, true)
            }
            Ok(p) => {
                for w in &p.warnings {
                    self.console(idx, &cursor, ConsoleLevel::Warn, w);
                }
                let (json, response, failed) = send_prepared(
                    &self.client,
                    &mut *self.reporter,
                    &mut self.summary,
                    &mut self.timings,
                    &cursor,
                    &item_ref,
                    p,
                    false,
                    Some(idx),
                    &self.items,
                );
                if let Some(r) = &response {
                    register_response_tokens(&self.options.redactor, &r.body);
                }
                (json, response, failed)
            }
        }
    }

    fn record_request(
        &mut self,
        cursor: &Cursor,
        item: &ItemRef,
        executed: &ExecutedRequest,
        result: Result<&ExecutedResponse, ErrorInfo>,
        via_send_request: bool,
        idx: Option<usize>,
    ) {
        record_request(
            &mut *self.reporter,
            &mut self.summary,
            &mut self.timings,
            cursor,
            item,
            executed,
            result,
            via_send_request,
            idx.map(|i| &self.items[i]),
        );
    }

    /// Runs the scripts of one phase, emitting Before*/Script/Assertion events.
    #[allow(clippy::too_many_arguments)]
    fn phase(
        &mut self,
        idx: usize,
        cursor: &Cursor,
        kind: ScriptKind,
        mut request: Value,
        response: Option<ResponseData>,
        stop_on_failure: bool,
        abort_on_error: bool,
    ) -> Phase {
        let scripts = self.scripts(idx, kind);
        let item_ref = self.items[idx].item_ref.clone();
        match kind {
            ScriptKind::Prerequest => self.summary.stats.prerequests.begin(),
            ScriptKind::Test => self.summary.stats.tests.begin(),
        }
        let before = match kind {
            ScriptKind::Prerequest => Event::BeforePrerequest {
                cursor,
                item: &item_ref,
                scripts: scripts.len(),
            },
            ScriptKind::Test => Event::BeforeTest {
                cursor,
                item: &item_ref,
                scripts: scripts.len(),
            },
        };
        self.reporter.on_event(&before);

        let mut out = Phase {
            request: Value::Null,
            next: NextRequest::Unchanged,
            skip: false,
            failed: false,
            bailed: false,
            abort: false,
        };
        let cookies = match &response {
            Some(_) => self.cookies_for(&request),
            None => Vec::new(),
        };
        for (source, _script_id) in scripts {
            if self.timed_out() {
                self.abort_timeout();
                out.abort = true;
                out.request = request;
                return out;
            }
            self.summary.stats.scripts.begin();
            match kind {
                ScriptKind::Prerequest => self.summary.stats.prerequest_scripts.begin(),
                ScriptKind::Test => self.summary.stats.test_scripts.begin(),
            }
            let source_name = format!("{} ({})", item_ref.full_name(), kind.listen());
            self.reporter.on_event(&Event::BeforeScript {
                cursor,
                item: &item_ref,
                kind,
            });
            let input = ScriptInput {
                kind: match kind {
                    ScriptKind::Prerequest => SbKind::PreRequest,
                    ScriptKind::Test => SbKind::Test,
                },
                source,
                source_name: source_name.clone(),
                info: PmInfo {
                    event_name: kind.listen().into(),
                    iteration: cursor.iteration,
                    iteration_count: self.cycles,
                    request_name: item_ref.name.clone(),
                    request_id: item_ref.id.clone(),
                },
                request: request.clone(),
                response: response.clone(),
                cookies: cookies.clone(),
            };
            let outcome = {
                let Engine {
                    sandbox,
                    scopes,
                    client,
                    reporter,
                    summary,
                    timings,
                    options,
                    working_dir,
                    items,
                    ..
                } = self;
                let mut host = Host {
                    client,
                    reporter: &mut **reporter,
                    summary,
                    timings,
                    redactor: &options.redactor,
                    working_dir,
                    cursor,
                    item: &item_ref,
                    items,
                    idx,
                };
                match sandbox.as_mut() {
                    Some(sb) => sb.run(input, scopes, &mut host),
                    None => cogman_sandbox::ScriptOutcome {
                        request: input.request,
                        ..Default::default()
                    },
                }
            };
            // Values scripts put into secret-looking variables must not be printed either.
            self.register_scope_secrets();
            if !outcome.request.is_null() {
                request = outcome.request.clone();
            }
            if outcome.next_request != NextRequest::Unchanged {
                out.next = outcome.next_request.clone();
            }
            let mut failed_tests = Vec::new();
            for a in &outcome.assertions {
                let assertion = Assertion {
                    name: a.name.clone(),
                    index: a.index,
                    passed: a.passed,
                    skipped: a.skipped,
                    error: a.error.as_ref().map(|e| ErrorInfo {
                        name: e.name.clone(),
                        message: e.message.clone(),
                        test: Some(a.name.clone()),
                        index: Some(a.index),
                        stack: e.stack.clone(),
                        code: None,
                    }),
                    script: kind,
                };
                self.summary.stats.assertions.end(!a.passed);
                if !a.passed {
                    failed_tests.push(a.name.clone());
                    let err = assertion.error.clone().unwrap_or_else(|| ErrorInfo {
                        name: "AssertionError".into(),
                        message: a.name.clone(),
                        test: Some(a.name.clone()),
                        index: Some(a.index),
                        ..ErrorInfo::default()
                    });
                    self.fail(
                        err,
                        format!("assertion:{} in test-script", a.index),
                        idx,
                        cursor,
                    );
                }
                self.reporter.on_event(&Event::Assertion {
                    cursor,
                    item: &item_ref,
                    assertion: &assertion,
                });
            }
            let mut script_error = outcome.error.as_ref().map(|e| ErrorInfo {
                name: e.name.clone(),
                message: e.message.clone(),
                stack: e.stack.clone(),
                ..ErrorInfo::default()
            });
            // With --bail, postman-runtime turns failing assertions into a script error.
            if script_error.is_none() && stop_on_failure && !failed_tests.is_empty() {
                script_error = Some(ErrorInfo {
                    name: "AssertionFailure".into(),
                    message: failed_tests.join(", "),
                    ..ErrorInfo::default()
                });
            }
            let failed = script_error.is_some();
            self.summary.stats.scripts.end(failed);
            match kind {
                ScriptKind::Prerequest => self.summary.stats.prerequest_scripts.end(failed),
                ScriptKind::Test => self.summary.stats.test_scripts.end(failed),
            }
            if let Some(e) = &script_error {
                let at = if outcome.error.is_none() {
                    // The synthesized AssertionFailure: Newman's `at` is the position where
                    // postman-runtime 7.39.1 creates that error (event.command.js:41:17,
                    // less its two-line offset).
                    format!("{}-script:39:17", kind.listen())
                } else {
                    script_error_at(kind, &source_name, e)
                };
                self.fail(e.clone(), at, idx, cursor);
            }
            self.reporter.on_event(&Event::Script {
                cursor,
                item: &item_ref,
                kind,
                error: script_error.as_ref(),
            });
            if failed && abort_on_error && outcome.error.is_some() {
                self.summary.error = script_error.clone();
                out.bailed = true;
                break;
            }
            if failed && stop_on_failure {
                out.failed = true;
                break;
            }
            if outcome.skip_request && kind == ScriptKind::Prerequest {
                out.skip = true;
                break;
            }
        }
        match kind {
            ScriptKind::Prerequest => {
                self.summary.stats.prerequests.end(false);
                self.reporter.on_event(&Event::Prerequest {
                    cursor,
                    item: &item_ref,
                });
            }
            ScriptKind::Test => {
                self.summary.stats.tests.end(false);
                self.reporter.on_event(&Event::Test {
                    cursor,
                    item: &item_ref,
                });
            }
        }
        out.request = request;
        out
    }

    fn register_scope_secrets(&self) {
        for scope in [
            &self.scopes.environment,
            &self.scopes.globals,
            &self.scopes.collection,
            &self.scopes.local,
        ] {
            for e in scope.entries() {
                if e.is_secret() || Redactor::is_secret_name(&e.key) {
                    self.options
                        .redactor
                        .add_secret(&build::value_string(&e.value));
                }
            }
        }
    }

    fn cookies_for(&self, request: &Value) -> Vec<CookieData> {
        let url = request
            .get("url")
            .and_then(|u| u.get("raw").or(Some(u)))
            .and_then(Value::as_str)
            .unwrap_or_default();
        jar_cookies(&self.client, url).unwrap_or_default()
    }
}

/// Cognito tokens for the run.
struct CognitoState {
    manager: TokenManager<'static>,
    header: CognitoAuthHeader,
    tokens: Tokens,
}

impl CognitoState {
    fn start(
        cfg: &CognitoRunConfig,
        client_options: &ClientOptions,
        redactor: &Redactor,
    ) -> Result<CognitoState, RunError> {
        // The sign-in has its own client so the token manager can own its transport.
        let transport = Client::new(client_options.clone())
            .map_err(|e| RunError::Http(redactor.redact(&e.to_string()).into_owned()))?;
        let client = CognitoClient::new(cfg.config.clone(), transport, redactor.clone());
        let mut manager = TokenManager::new(client);
        let tokens = manager
            .current()
            .map_err(|e| RunError::Cognito(redactor.redact(&e.to_string()).into_owned()))?
            .clone();
        register_tokens(redactor, &tokens);
        Ok(CognitoState {
            manager,
            header: cfg.auth_header,
            tokens,
        })
    }

    /// Refreshes when close to expiry; `Ok(true)` when the tokens changed.
    fn refresh(&mut self, redactor: &Redactor) -> Result<bool, String> {
        let fresh = self
            .manager
            .current()
            .map_err(|e| redactor.redact(&e.to_string()).into_owned())?;
        if fresh.access_token == self.tokens.access_token {
            return Ok(false);
        }
        self.tokens = fresh.clone();
        register_tokens(redactor, &self.tokens);
        Ok(true)
    }

    fn apply(&self, scopes: &mut Scopes) {
        let env = &mut scopes.environment;
        let secret = Some("secret");
        env.set_with_kind(
            "cognitoAccessToken",
            Value::String(self.tokens.access_token.clone()),
            secret,
        );
        if let Some(t) = &self.tokens.id_token {
            env.set_with_kind("cognitoIdToken", Value::String(t.clone()), secret);
        }
        if let Some(t) = &self.tokens.refresh_token {
            env.set_with_kind("cognitoRefreshToken", Value::String(t.clone()), secret);
        }
    }

    fn bearer(&self) -> Option<String> {
        match self.header {
            CognitoAuthHeader::None => None,
            CognitoAuthHeader::Access => Some(self.tokens.access_token.clone()),
            CognitoAuthHeader::Id => self.tokens.id_token.clone(),
        }
    }
}

/// Tokens in a Cognito or OAuth2 answer (`AuthenticationResult.RefreshToken`, `access_token`,
/// ...) are secrets from the moment they arrive, before a script can print them: a Cognito
/// refresh token is not JWT-shaped, so the redactor would not recognise it on its own.
fn register_response_tokens(redactor: &Redactor, body: &[u8]) {
    if body.first() != Some(&b'{') || !body.windows(5).any(|w| w.eq_ignore_ascii_case(b"token")) {
        return;
    }
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let result = v.get("AuthenticationResult").unwrap_or(&v);
    for key in [
        "AccessToken",
        "IdToken",
        "RefreshToken",
        "access_token",
        "id_token",
        "refresh_token",
    ] {
        if let Some(t) = result
            .get(key)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
        {
            redactor.add_secret(t);
        }
    }
}

fn register_tokens(redactor: &Redactor, tokens: &Tokens) {
    redactor.add_secret(&tokens.access_token);
    for t in [&tokens.id_token, &tokens.refresh_token]
        .into_iter()
        .flatten()
    {
        redactor.add_secret(t);
    }
}

fn cookie_data(c: JarCookie) -> CookieData {
    CookieData {
        session: c.expires.is_none() && c.max_age.is_none(),
        name: c.name,
        value: c.value,
        domain: c.domain,
        path: c.path,
        expires: c.expires,
        http_only: c.http_only,
        secure: c.secure,
        host_only: c.host_only,
    }
}

/// Cookies the jar would send to `url`.
fn jar_cookies(client: &Client, url: &str) -> Result<Vec<CookieData>, String> {
    client
        .cookie_jar()
        .cookies_for_url(url)
        .map(|v| v.into_iter().map(cookie_data).collect())
        .map_err(|e| e.to_string())
}

/// `pm.cookies.jar()` against the run's jar (Newman's jar allows programmatic access to
/// every domain).
fn cookie_jar_op(client: &Client, op: CookieJarOp) -> Result<Vec<CookieData>, String> {
    let jar = client.cookie_jar();
    match op {
        CookieJarOp::Get { url, name } => Ok(jar_cookies(client, &url)?
            .into_iter()
            .filter(|c| c.name == name)
            .take(1)
            .collect()),
        CookieJarOp::GetAll { url } => jar_cookies(client, &url),
        CookieJarOp::Set { url, cookie } => {
            let mut header = format!("{}={}", cookie.name, cookie.value);
            if !cookie.domain.is_empty() {
                header.push_str(&format!("; Domain={}", cookie.domain));
            }
            header.push_str(&format!(
                "; Path={}",
                if cookie.path.is_empty() {
                    "/"
                } else {
                    &cookie.path
                }
            ));
            if let Some(exp) = cookie.expires.as_deref().filter(|e| !e.is_empty()) {
                header.push_str(&format!("; Expires={exp}"));
            }
            if cookie.http_only {
                header.push_str("; HttpOnly");
            }
            if cookie.secure {
                header.push_str("; Secure");
            }
            jar.set_cookie(&url, &header).map_err(|e| e.to_string())?;
            Ok(jar_cookies(client, &url)?
                .into_iter()
                .filter(|c| c.name == cookie.name)
                .take(1)
                .collect())
        }
        CookieJarOp::Unset { url, name } => {
            jar.remove(&url, &name).map_err(|e| e.to_string())?;
            Ok(Vec::new())
        }
        CookieJarOp::Clear { url } => {
            for c in jar_cookies(client, &url)? {
                jar.remove(&url, &c.name).map_err(|e| e.to_string())?;
            }
            Ok(Vec::new())
        }
    }
}

/// The sandbox's view of the runner: `pm.sendRequest` and console output.
struct Host<'a, 'c> {
    client: &'a Client,
    reporter: &'a mut dyn Reporter,
    summary: &'a mut RunSummary,
    timings: &'a mut TimingStats,
    redactor: &'a Redactor,
    working_dir: &'a PathBuf,
    cursor: &'a Cursor,
    item: &'a ItemRef,
    items: &'a [RunItem<'c>],
    idx: usize,
}

impl ScriptHost for Host<'_, '_> {
    fn send_request(&mut self, request: Value) -> Result<ResponseData, String> {
        let send = SendOptions {
            // postman-runtime sends script requests with body pruning disabled.
            disable_body_pruning: true,
            ..SendOptions::default()
        };
        let files = BuildEnv {
            working_dir: self.working_dir,
            secure: true,
            redactor: self.redactor,
        };
        let mut cursor = self.cursor.clone();
        cursor.http_request_id = Some(uuid::Uuid::new_v4().to_string());
        match build::prepare(&request, None, None, None, send, &files) {
            Err(msg) => {
                let executed = ExecutedRequest {
                    json: request,
                    ..ExecutedRequest::default()
                };
                record_request(
                    &mut *self.reporter,
                    self.summary,
                    self.timings,
                    &cursor,
                    self.item,
                    &executed,
                    Err(plain_error(msg.clone())),
                    true,
                    Some(&self.items[self.idx]),
                );
                Err(msg)
            }
            Ok(p) => {
                let (_, response, _) = send_prepared(
                    self.client,
                    &mut *self.reporter,
                    self.summary,
                    self.timings,
                    &cursor,
                    self.item,
                    p,
                    true,
                    Some(self.idx),
                    self.items,
                );
                if let Some(r) = &response {
                    register_response_tokens(self.redactor, &r.body);
                }
                response.ok_or_else(|| {
                    self.summary
                        .failures
                        .last()
                        .map(|f| f.error.message.clone())
                        .unwrap_or_else(|| "request failed".into())
                })
            }
        }
    }

    fn cookie_jar(&mut self, op: CookieJarOp) -> Result<Vec<CookieData>, String> {
        cookie_jar_op(self.client, op)
    }

    fn console(&mut self, level: cogman_sandbox::ConsoleLevel, message: String) {
        use cogman_sandbox::ConsoleLevel as L;
        let level = match level {
            L::Log => ConsoleLevel::Log,
            L::Info => ConsoleLevel::Info,
            L::Warn => ConsoleLevel::Warn,
            L::Error => ConsoleLevel::Error,
            L::Debug => ConsoleLevel::Debug,
        };
        let msg = self.redactor.redact(&message).into_owned();
        self.reporter.on_event(&Event::Console {
            cursor: self.cursor,
            item: self.item,
            level,
            message: &msg,
        });
    }
}

/// Newman's `at` for a script error: `test-script`, plus `:line:column` of the failing call
/// when the error carries a parsed stack (chai assertions thrown outside `pm.test`). Newman
/// numbers the line one past the script's own line, from its wrapper; that is kept.
fn script_error_at(kind: ScriptKind, source_name: &str, err: &ErrorInfo) -> String {
    let base = format!("{}-script", kind.listen());
    if err.name != "AssertionError" {
        return base;
    }
    let Some(stack) = err.stack.as_deref() else {
        return base;
    };
    let marker = format!("({source_name}:");
    let position = stack.lines().find_map(|line| {
        let start = line.find(&marker)? + marker.len();
        let rest = line[start..].strip_suffix(')')?;
        let (l, c) = rest.split_once(':')?;
        Some((l.parse::<u64>().ok()?, c.parse::<u64>().ok()?))
    });
    match position {
        Some((line, column)) => format!("{base}:{}:{column}", line + 1),
        None => base,
    }
}

fn plain_error(message: String) -> ErrorInfo {
    ErrorInfo {
        name: "Error".into(),
        message,
        ..ErrorInfo::default()
    }
}

fn http_error_info(e: &HttpError) -> ErrorInfo {
    ErrorInfo {
        name: "Error".into(),
        message: e.to_string(),
        code: e.code().map(str::to_string),
        ..ErrorInfo::default()
    }
}

fn executed_response(res: &HttpResponse) -> ExecutedResponse {
    let status_line = format!(
        "HTTP/{} {} {}\r\n",
        res.http_version, res.status, res.reason
    );
    let header_size = (status_line.len()
        + res
            .headers
            .iter()
            .map(|(k, v)| k.len() + v.len() + 4)
            .sum::<usize>()
        + 2) as u64;
    let wire_body = res.raw_size.saturating_sub(header_size);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let t = &res.timings;
    ExecutedResponse {
        id: uuid::Uuid::new_v4().to_string(),
        code: res.status,
        status: res.reason.clone(),
        headers: res
            .headers
            .iter()
            .map(|(k, v)| Header {
                key: k.clone(),
                value: v.clone(),
            })
            .collect(),
        body: res.body.to_vec(),
        response_time: t.total.as_millis() as u64,
        response_size: if wire_body == 0 {
            res.body.len() as u64
        } else {
            wire_body
        },
        header_size,
        timings: ResponseTimings {
            prepare: 0.0,
            wait: 0.0,
            dns_lookup: ms(t.dns),
            tcp_handshake: ms(t.connect),
            secure_handshake: ms(t.tls),
            first_byte: ms(t.first_byte),
            download: ms(t.download),
            process: 0.0,
            total: ms(t.total),
        },
        cookies: res
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
            .filter_map(|(_, v)| {
                let pair = v.split(';').next()?;
                let (name, value) = pair.split_once('=')?;
                Some(Header {
                    key: name.trim().to_string(),
                    value: value.trim().to_string(),
                })
            })
            .collect(),
    }
}

/// Sends a prepared request and records it (events, stats, failures, timings). Returns the
/// request JSON test scripts see, the script view of the response and whether it failed.
#[allow(clippy::too_many_arguments)]
fn send_prepared(
    client: &Client,
    reporter: &mut dyn Reporter,
    summary: &mut RunSummary,
    timings: &mut TimingStats,
    cursor: &Cursor,
    item: &ItemRef,
    p: Prepared,
    via_send_request: bool,
    idx: Option<usize>,
    items: &[RunItem<'_>],
) -> (Value, Option<ResponseData>, bool) {
    let Prepared {
        http,
        send,
        mut executed,
        ..
    } = p;
    summary.stats.requests.begin();
    reporter.on_event(&Event::BeforeRequest {
        cursor,
        item,
        request: &executed,
        via_send_request,
    });
    let result = client.send(&http, &send);
    match result {
        Ok(res) => {
            if !res.request_headers.is_empty() {
                executed.headers = res
                    .request_headers
                    .iter()
                    .map(|(k, v)| Header {
                        key: k.clone(),
                        value: v.clone(),
                    })
                    .collect();
                if let Some(o) = executed.json.as_object_mut() {
                    o.insert(
                        "header".into(),
                        Value::Array(
                            executed
                                .headers
                                .iter()
                                .map(|h| serde_json::json!({"key": h.key, "value": h.value}))
                                .collect(),
                        ),
                    );
                }
            }
            let response = executed_response(&res);
            record_request(
                reporter,
                summary,
                timings,
                cursor,
                item,
                &executed,
                Ok(&response),
                via_send_request,
                idx.map(|i| &items[i]),
            );
            let data = ResponseData {
                code: response.code,
                status: response.status.clone(),
                headers: res.headers.clone(),
                body: response.body,
                response_time: response.response_time,
                response_size: response.response_size,
            };
            (executed.json, Some(data), false)
        }
        Err(e) => {
            record_request(
                reporter,
                summary,
                timings,
                cursor,
                item,
                &executed,
                Err(http_error_info(&e)),
                via_send_request,
                idx.map(|i| &items[i]),
            );
            (executed.json, None, true)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn record_request(
    reporter: &mut dyn Reporter,
    summary: &mut RunSummary,
    timings: &mut TimingStats,
    cursor: &Cursor,
    item: &ItemRef,
    executed: &ExecutedRequest,
    result: Result<&ExecutedResponse, ErrorInfo>,
    via_send_request: bool,
    run_item: Option<&RunItem<'_>>,
) {
    // Newman's failure for a pm.sendRequest error has no source item.
    let run_item = run_item.filter(|_| !via_send_request);
    let failed = result.is_err();
    summary.stats.requests.end(failed);
    match &result {
        Ok(res) => {
            summary.transfers.response_total += res.response_size;
            timings.add(
                summary.stats.requests.total,
                res.timings.total,
                res.timings.dns_lookup,
                res.timings.first_byte,
            );
        }
        Err(e) => {
            let (source, parent) = match run_item {
                Some(ri) => (
                    NamedRef {
                        id: ri.item_ref.id.clone(),
                        name: ri.item_ref.name.clone(),
                    },
                    ri.item_ref.parent.clone(),
                ),
                None if via_send_request => (NamedRef::default(), NamedRef::default()),
                None => (
                    NamedRef {
                        id: item.id.clone(),
                        name: item.name.clone(),
                    },
                    item.parent.clone(),
                ),
            };
            summary.failures.push(Failure {
                error: e.clone(),
                at: "request".into(),
                source,
                parent,
                cursor: cursor.clone(),
            });
        }
    }
    let (response, error) = match &result {
        Ok(r) => (Some(*r), None),
        Err(e) => (None, Some(e)),
    };
    reporter.on_event(&Event::Request {
        cursor,
        item,
        request: executed,
        response,
        error,
        via_send_request,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_error_position_follows_newman() {
        let err = ErrorInfo {
            name: "AssertionError".into(),
            message: "expected 1 to equal 2".into(),
            stack: Some("AssertionError: x\n    at <anonymous> (F / a (test):3:24)".into()),
            ..ErrorInfo::default()
        };
        assert_eq!(
            script_error_at(ScriptKind::Test, "F / a (test)", &err),
            "test-script:4:24"
        );
        let other = ErrorInfo {
            name: "TypeError".into(),
            ..err.clone()
        };
        assert_eq!(
            script_error_at(ScriptKind::Prerequest, "F / a (prerequest)", &other),
            "prerequest-script"
        );
        assert_eq!(
            script_error_at(ScriptKind::Test, "another (test)", &err),
            "test-script"
        );
    }
}
