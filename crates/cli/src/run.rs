//! `cogman run`: turns parsed flags into [`RunOptions`], installs the reporters, runs, writes
//! the exports and picks the exit code (the table is in the repository README).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use cogman_collection::{Collection, Environment, export_scope_json};
use cogman_redact::Redactor;
use cogman_report::{
    CliOptions, CliReporter, ExportStatus, GithubReporter, HtmlReporter, JsonReporter,
    JunitReporter, ProgressReporter, ReportStatus,
};
use cogman_runner::{Reporter, RunOptions, RunSummary};
use serde_json::Value;

use crate::args::RunArgs;
use crate::output::Output;

/// Exit code of a clean run, or of any run under `-x`.
pub const EXIT_OK: i32 = 0;
/// Exit code for failures, fatal errors and usage errors.
pub const EXIT_FAILURE: i32 = 1;

/// A fatal problem before or during the run, reported as one line.
pub struct Fatal(pub String);

impl<E: std::fmt::Display> From<E> for Fatal {
    fn from(e: E) -> Fatal {
        Fatal(e.to_string())
    }
}

/// Reporters chosen with `-r`, known to cogman.
const KNOWN_REPORTERS: &[&str] = &["cli", "json", "junit", "html"];

/// Runs `cogman run` and returns the process exit code.
pub fn execute(args: &RunArgs, output: &Output) -> i32 {
    let suppress = args.suppress_exit_code;
    let code = match run(args, output) {
        Ok(summary) if summary.has_failures() => EXIT_FAILURE,
        Ok(_) => EXIT_OK,
        Err(Fatal(message)) => {
            // One line, except a Cognito diagnosis, whose cause and fix follow on their own lines.
            crate::auth::print_error(output, &message);
            EXIT_FAILURE
        }
    };
    // Newman's -x turns every outcome of `run` into success, fatal errors included.
    if suppress { EXIT_OK } else { code }
}

/// Everything loaded from files before the run starts.
struct Inputs {
    collection: Collection,
    environment: Option<Environment>,
    globals: Option<Environment>,
}

fn load(args: &RunArgs, output: &Output) -> Result<(Inputs, RunOptions), Fatal> {
    let collection = cogman_collection::parse_collection(&args.collection)?;
    let environment = match &args.environment {
        Some(p) => Some(cogman_collection::parse_environment(p)?),
        None => None,
    };
    let globals = match &args.globals {
        Some(p) => Some(cogman_collection::parse_globals(p)?),
        None => None,
    };
    let iteration_data = match &args.iteration_data {
        Some(p) => cogman_collection::parse_data_file(p)?,
        None => Vec::new(),
    };
    let cookie_jar = match &args.cookie_jar {
        Some(p) => Some(read_json_file(p)?),
        None => None,
    };
    for path in [
        &args.ssl_client_cert,
        &args.ssl_client_key,
        &args.ssl_extra_ca_certs,
    ]
    .into_iter()
    .flatten()
    {
        std::fs::metadata(path)
            .map_err(|e| Fatal(format!("{}: cannot read file: {e}", path.display())))?;
    }
    if let Some(dir) = &args.working_dir
        && !dir.is_dir()
    {
        return Err(Fatal(format!(
            "{}: --working-dir is not a directory",
            dir.display()
        )));
    }
    let redactor = output.redactor();
    let env_vars = key_values(&args.env_var);
    let global_vars = key_values(&args.global_var);
    for (k, v) in env_vars.iter().chain(global_vars.iter()) {
        redactor.register_variable(k, v, false);
    }
    for scope in [&environment, &globals].into_iter().flatten() {
        for e in scope.scope.entries() {
            if let Some(v) = e.value.as_str() {
                redactor.register_variable(&e.key, v, e.is_secret());
            }
        }
    }
    if let Some(p) = &args.ssl_client_passphrase {
        redactor.add_secret(p);
    }
    let cognito = args
        .cognito
        .run_config(
            &crate::cognito_args::SeedVars {
                env_vars: &env_vars,
                environment: environment.as_ref(),
                global_vars: &global_vars,
                globals: globals.as_ref(),
            },
            redactor,
        )
        .map_err(Fatal)?;
    let ms = |v: Option<u64>| v.filter(|n| *n > 0).map(Duration::from_millis);
    let options = RunOptions {
        environment: environment.clone(),
        globals: globals.clone(),
        iteration_data,
        iteration_count: args
            .iteration_count
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        folders: args.folder.clone(),
        shard: args
            .shard
            .map(|s| cogman_runner::Shard::new(s.index, s.count, args.shard_by.unwrap_or_default()))
            .transpose()
            .map_err(|e| Fatal(format!("--shard: {e}")))?,
        env_vars,
        global_vars,
        bail: cogman_runner::Bail {
            enabled: args.bail.is_some(),
            folder: args.bail.is_some_and(|b| b.folder),
            failure: args.bail.is_some_and(|b| b.failure),
        },
        delay_request: Duration::from_millis(args.delay_request.unwrap_or(0)),
        timeout: ms(args.timeout),
        timeout_request: ms(args.timeout_request),
        timeout_script: ms(args.timeout_script),
        ignore_redirects: args.ignore_redirects,
        insecure: args.insecure,
        ssl_client_cert: args.ssl_client_cert.clone(),
        ssl_client_key: args.ssl_client_key.clone(),
        ssl_client_passphrase: args.ssl_client_passphrase.clone(),
        ssl_extra_ca_certs: args.ssl_extra_ca_certs.clone(),
        working_dir: args.working_dir.clone(),
        no_insecure_file_read: args.no_insecure_file_read,
        cookie_jar,
        redactor: redactor.clone(),
        cognito,
        verbose: args.verbose,
    };
    Ok((
        Inputs {
            collection,
            environment,
            globals,
        },
        options,
    ))
}

fn key_values(raw: &[String]) -> Vec<(String, String)> {
    raw.iter()
        .map(|kv| {
            let (k, v) = crate::args::split_key_value(kv);
            (k, v.unwrap_or_default())
        })
        .collect()
}

/// Reads a JSON file, with `path:line:column: message` on a syntax error.
fn read_json_file(path: &Path) -> Result<Value, Fatal> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Fatal(format!("{}: cannot read file: {e}", path.display())))?;
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
        Fatal(format!(
            "{}:{}:{}: invalid JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        ))
    })
}

fn reporter_names(args: &RunArgs) -> Vec<String> {
    let mut seen = BTreeSet::new();
    args.reporters
        .iter()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty() && seen.insert(r.clone()))
        .collect()
}

/// Builds the reporters named by `-r`, plus the GitHub Actions reporter (when
/// `GITHUB_ACTIONS=true`) and the progress bar (see `cogman_report::progress` for when);
/// returns them, the json reporter's status handle and those of the other report files.
type Reporters = (
    Vec<Box<dyn Reporter>>,
    Option<ExportStatus>,
    Vec<ReportStatus>,
);

fn reporters(args: &RunArgs, output: &Output) -> Reporters {
    let names = reporter_names(args);
    let opts = &args.reporter_options;
    let mut list: Vec<Box<dyn Reporter>> = Vec::new();
    let mut json_status = None;
    let mut file_statuses = Vec::new();
    let mut cli_on_terminal = false;
    for name in &names {
        match name.as_str() {
            "cli" => {
                let silent = args.silent || opts.flag("cli", &names, "silent");
                if !silent {
                    let cli = CliOptions {
                        disable_unicode: args.disable_unicode,
                        verbose: args.verbose,
                        no_summary: opts.flag("cli", &names, "no-summary"),
                        no_failures: opts.flag("cli", &names, "no-failures"),
                        no_assertions: opts.flag("cli", &names, "no-assertions"),
                        no_success_assertions: opts.flag("cli", &names, "no-success-assertions"),
                        no_console: opts.flag("cli", &names, "no-console"),
                        no_banner: opts.flag("cli", &names, "no-banner"),
                        banner: "cogman".to_string(),
                        redactor: output.redactor().clone(),
                        width: output.terminal_width(),
                    };
                    list.push(Box::new(CliReporter::new(output.stdout(), cli)));
                    cli_on_terminal = std::io::stdout().is_terminal();
                }
            }
            "json" => {
                let export = opts
                    .for_reporter("json", &names)
                    .get("export")
                    .filter(|v| v.as_str() != "true")
                    .map(PathBuf::from);
                let reporter = JsonReporter::new(export).with_redactor(output.redactor().clone());
                json_status = Some(reporter.status());
                list.push(Box::new(UnlessAborted(reporter)));
            }
            "junit" | "html" => {
                let export = opts
                    .for_reporter(name, &names)
                    .get("export")
                    .filter(|v| v.as_str() != "true")
                    .map(PathBuf::from);
                let redactor = output.redactor().clone();
                if name == "junit" {
                    let reporter = JunitReporter::new(export, redactor);
                    file_statuses.push(reporter.status());
                    list.push(Box::new(UnlessAborted(reporter)));
                } else {
                    let reporter = HtmlReporter::new(export, redactor);
                    file_statuses.push(reporter.status());
                    list.push(Box::new(UnlessAborted(reporter)));
                }
            }
            other => {
                let mut err = output.stderr();
                let _ = writeln!(
                    err,
                    "cogman: could not find \"{other}\" reporter (available: {})",
                    KNOWN_REPORTERS.join(", ")
                );
                let _ = err.flush();
            }
        }
    }
    let annotations = (!args.silent).then(|| output.stdout());
    if let Some(github) = GithubReporter::from_env(annotations, output.redactor().clone()) {
        file_statuses.push(github.status());
        list.push(Box::new(github));
    }
    if ProgressReporter::should_draw(args.silent, cli_on_terminal) {
        list.push(Box::new(ProgressReporter::stderr(
            output.redactor().clone(),
        )));
    }
    (list, json_status, file_statuses)
}

use std::io::{IsTerminal as _, Write as _};

/// A report-file reporter that does not see the end of an aborted run.
///
/// Newman's json, junit and html reporters write on `beforeDone`, which it skips when the
/// run ends with an error (`--bail folder` at a script or request error); only the cli
/// reporter, on `done`, still prints its summary. So such a run writes no report files.
struct UnlessAborted<R>(R);

impl<R: Reporter> Reporter for UnlessAborted<R> {
    fn on_event(&mut self, event: &cogman_runner::Event<'_>) {
        if let cogman_runner::Event::Done { summary, .. } = event
            && summary.aborted
        {
            return;
        }
        self.0.on_event(event);
    }
}

fn run(args: &RunArgs, output: &Output) -> Result<RunSummary, Fatal> {
    let (inputs, options) = load(args, output)?;
    if let Some(shard) = options.shard {
        let plan = cogman_runner::plan(&inputs.collection, &options)?;
        if plan.is_empty() && !args.silent {
            let mut err = output.stderr();
            let _ = writeln!(err, "{}", empty_shard_note(&shard, &plan));
            let _ = err.flush();
        }
    }
    let (mut list, json_status, file_statuses) = reporters(args, output);
    let summary = crate::engine::run(&inputs.collection, options, &mut list)?;
    // Reporters flush when dropped; drop them before anything else is printed.
    drop(list);
    if summary.aborted {
        // Newman's fatal run error: `error: <message>` and a blank line, no exports.
        if let Some(err) = &summary.error {
            output.error_line(&err.message);
            let mut out = output.stderr();
            let _ = writeln!(out);
            let _ = out.flush();
        }
        return Ok(summary);
    }
    write_exports(args, &inputs, &summary)?;
    warn_about_exported_secrets(args, &summary, output);
    // A run-level error (`--timeout` expired) is Newman's `error: callback timed out` line.
    if let Some(err) = &summary.error {
        output.error_line(&err.message);
    }
    if let Some(Err(message)) = json_status.and_then(|s| s.result()) {
        return Err(Fatal(message));
    }
    for status in file_statuses {
        if let Some(Err(message)) = status.result() {
            return Err(Fatal(message));
        }
    }
    Ok(summary)
}

/// Why a shard runs nothing. The run still goes ahead (no request is sent) so every report
/// file is written, empty, and the job exits 0: a matrix wider than the collection is not
/// an error, and the CI's upload and merge steps find the files they expect.
fn empty_shard_note(shard: &cogman_runner::Shard, plan: &cogman_runner::RunPlan) -> String {
    let (i, n) = (shard.index, shard.count);
    // 1-based, as the user counts: shard i takes i, i+n, i+2n, ...
    let takes = format!("{i}, {}, {}, ...", i + n, i + 2 * n);
    let why = match shard.by {
        cogman_runner::ShardBy::Iterations if plan.requests > 0 => {
            let count = plural(plan.iterations, "iteration");
            format!("the run has {count} and shard {i}/{n} takes iterations {takes}")
        }
        cogman_runner::ShardBy::Items if plan.selected_items == 0 => {
            let count = plural(plan.top_level_items, "top-level item");
            format!("there are {count} and shard {i}/{n} takes those at positions {takes}")
        }
        cogman_runner::ShardBy::Items => {
            "its top-level items are folders without requests".to_string()
        }
        cogman_runner::ShardBy::Iterations => "there are no requests to run".to_string(),
    };
    format!(
        "note: shard {i}/{n} has nothing to run: {why}; it sends no request, writes its reports with no tests and exits 0"
    )
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn write_exports(args: &RunArgs, inputs: &Inputs, summary: &RunSummary) -> Result<(), Fatal> {
    if let Some(path) = &args.export_environment {
        let scope = &summary.environment;
        let doc = match &inputs.environment {
            Some(env) => env.to_export_json(scope),
            None => export_scope_json(
                scope.id.as_deref().and_then(non_empty),
                scope.name.as_deref().and_then(non_empty),
                scope,
                "environment",
            ),
        };
        write_json(path, &doc, "environment")?;
    }
    if let Some(path) = &args.export_globals {
        let scope = &summary.globals;
        let doc = match &inputs.globals {
            Some(g) => g.to_export_json(scope),
            None => export_scope_json(
                scope.id.as_deref().and_then(non_empty),
                scope.name.as_deref().and_then(non_empty),
                scope,
                "globals",
            ),
        };
        write_json(path, &doc, "globals")?;
    }
    if let Some(path) = &args.export_collection {
        let doc = inputs
            .collection
            .to_export_json(&summary.collection_variables);
        write_json(path, &doc, "collection")?;
    }
    if let Some(path) = &args.export_cookie_jar {
        write_json(path, &cookie_jar_json(&summary.cookies), "cookie-jar")?;
    }
    Ok(())
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The runner hands over the jar's cookies; Newman writes them inside tough-cookie's
/// serialised jar object.
fn cookie_jar_json(cookies: &Value) -> Value {
    if cookies.get("cookies").is_some() {
        return cookies.clone();
    }
    let list = match cookies {
        Value::Array(_) => cookies.clone(),
        _ => Value::Array(Vec::new()),
    };
    serde_json::json!({
        "version": "tough-cookie@4.1.3",
        "storeType": "MemoryCookieStore",
        "rejectPublicSuffixes": false,
        "enableLooseMode": true,
        "allowSpecialUseDomain": true,
        "prefixSecurity": "silent",
        "cookies": list,
    })
}

/// Writes an export file (creating its directory), as Newman does for `--export-*`.
/// Exports are not redacted: they are the run's state, meant to be fed back in.
/// `--export-environment` and `--export-globals` write real values (that is their purpose),
/// so say on stderr which keys went out in clear. Only key names are printed.
fn warn_about_exported_secrets(args: &RunArgs, summary: &RunSummary, output: &Output) {
    let redactor = output.redactor();
    if redactor.is_disabled() {
        return;
    }
    let exports = [
        (
            &args.export_environment,
            &summary.environment,
            "--export-environment",
        ),
        (&args.export_globals, &summary.globals, "--export-globals"),
    ];
    for (path, scope, flag) in exports {
        let Some(path) = path else { continue };
        let keys: Vec<&str> = scope
            .entries()
            .iter()
            .filter(|e| {
                let text = cogman_collection::js_string(&e.value);
                e.kind.as_deref() == Some("secret")
                    || Redactor::is_secret_name(&e.key)
                    || redactor.redact(&text) != text
            })
            .filter(|e| !cogman_collection::js_string(&e.value).is_empty())
            .map(|e| e.key.as_str())
            .collect();
        if keys.is_empty() {
            continue;
        }
        let mut err = output.stderr();
        let _ = writeln!(
            err,
            "warning: {flag} wrote {} secret value{} in clear to {} ({}): keep that file out of logs and CI artifacts",
            keys.len(),
            if keys.len() == 1 { "" } else { "s" },
            path.display(),
            keys.join(", ")
        );
        let _ = err.flush();
    }
}

fn write_json(path: &Path, doc: &Value, what: &str) -> Result<(), Fatal> {
    let text = serde_json::to_string_pretty(doc)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Fatal(format!(
                "error creating path for file \"{}\" for {what}: {e}",
                path.display()
            ))
        })?;
    }
    std::fs::write(path, text).map_err(|e| {
        Fatal(format!(
            "error writing file \"{}\" for {what}: {e}",
            path.display()
        ))
    })
}
