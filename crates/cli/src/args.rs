//! Command-line flags, named and shaped after Newman 6.2.2's `newman run`.
//!
//! Two things clap cannot express directly are handled here by hand:
//! - `--reporter-<name>-<option> [value]` flags are open-ended, so they are lifted out of argv
//!   before clap sees it (as Newman does) and parsed into [`ReporterOptions`].
//! - Newman casts `-n`, `--delay-request` and the timeouts as integers and `--color` as
//!   `auto|on|off`; the same checks live in the value parsers below.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// cogman: run Postman collections like Newman, with built-in AWS Cognito sign-in.
#[derive(Debug, Parser)]
#[command(name = "cogman", version, about, long_about = None, disable_help_subcommand = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Postman collection (v2.0/v2.1) from a file.
    Run(Box<RunArgs>),
    /// Run a bundled example collection against a built-in local API (offline).
    Demo(DemoArgs),
    /// AWS Cognito sign-in outside a run: print a token, its claims, or diagnose the client.
    Auth(Box<crate::auth::AuthArgs>),
    /// Local AWS Cognito emulator.
    Cognito {
        #[command(subcommand)]
        command: CognitoCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum CognitoCommand {
    /// Serve a local Cognito emulator until interrupted.
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Port to listen on (0 picks a free port).
    #[arg(long, default_value_t = 9229)]
    pub port: u16,
    /// Address to bind.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Persist users, pools and clients to this JSON file.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Load pools, clients and users from this seed file at start-up.
    #[arg(long, value_name = "FILE")]
    pub seed: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Output colours: auto, on or off.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: ColorWhen,
    /// Replace Unicode symbols by plain-text equivalents.
    #[arg(long)]
    pub disable_unicode: bool,
    /// Show per-phase timings and request/response headers.
    #[arg(long)]
    pub verbose: bool,
}

/// `--color auto|on|off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    On,
    Off,
}

/// `--shard I/N`, range-checked (`1 <= I <= N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpec {
    /// I, 1-based.
    pub index: usize,
    /// N.
    pub count: usize,
}

/// `--bail [folder,failure]` modifiers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Bail {
    /// Stop the run at the first failure (`--bail` alone or `--bail failure`).
    pub failure: bool,
    /// Abort the run when a `--folder` is missing or empty (`--bail folder`).
    pub folder: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Path to a Postman collection file.
    #[arg(value_name = "COLLECTION")]
    pub collection: PathBuf,
    /// A Postman environment file.
    #[arg(short = 'e', long, value_name = "PATH")]
    pub environment: Option<PathBuf>,
    /// A Postman globals file.
    #[arg(short = 'g', long, value_name = "PATH")]
    pub globals: Option<PathBuf>,
    /// Reporters to use, comma separated (cli, json, junit, html).
    #[arg(
        short = 'r',
        long,
        value_name = "REPORTERS",
        value_delimiter = ',',
        default_value = "cli"
    )]
    pub reporters: Vec<String>,
    /// Number of iterations (default: number of data rows, or 1).
    #[arg(short = 'n', long, value_name = "N", value_parser = positive_int)]
    pub iteration_count: Option<u64>,
    /// Data file for iterations (JSON array or CSV).
    #[arg(short = 'd', long, value_name = "PATH")]
    pub iteration_data: Option<PathBuf>,
    /// Run only this folder or request (name or id); repeatable.
    #[arg(long, value_name = "NAME")]
    pub folder: Vec<String>,
    /// Run shard I of N (1-based, e.g. 2/4) for a CI matrix: the top-level items at positions
    /// I, I+N, ... (folders whole; after --folder), or those iterations with --shard-by.
    #[arg(long, value_name = "I/N", allow_hyphen_values = true, value_parser = parse_shard)]
    pub shard: Option<ShardSpec>,
    /// What --shard splits: items (top-level items, the default) or iterations.
    #[arg(long, value_name = "WHAT", requires = "shard", value_parser = parse_shard_by)]
    pub shard_by: Option<cogman_runner::ShardBy>,
    /// Set a global variable, `key=value`; repeatable.
    #[arg(long, value_name = "KEY=VALUE")]
    pub global_var: Vec<String>,
    /// Set an environment variable, `key=value`; repeatable.
    #[arg(long, value_name = "KEY=VALUE")]
    pub env_var: Vec<String>,
    /// Write the final environment to this file.
    #[arg(long, value_name = "PATH")]
    pub export_environment: Option<PathBuf>,
    /// Write the final globals to this file.
    #[arg(long, value_name = "PATH")]
    pub export_globals: Option<PathBuf>,
    /// Write the collection (with its final collection variables) to this file.
    #[arg(long, value_name = "PATH")]
    pub export_collection: Option<PathBuf>,
    /// Write the cookie jar to this file.
    #[arg(long, value_name = "PATH")]
    pub export_cookie_jar: Option<PathBuf>,
    /// Stop at the first failure; modifiers: folder, failure.
    #[arg(long, value_name = "MODIFIERS", num_args = 0..=1, default_missing_value = "", value_parser = parse_bail)]
    pub bail: Option<Bail>,
    /// Do not follow 3xx redirects.
    #[arg(long)]
    pub ignore_redirects: bool,
    /// Exit 0 whatever the run's outcome, failures and fatal errors alike (as Newman does).
    #[arg(short = 'x', long)]
    pub suppress_exit_code: bool,
    /// Print nothing to the terminal.
    #[arg(long)]
    pub silent: bool,
    /// Replace Unicode symbols by plain-text equivalents.
    #[arg(long)]
    pub disable_unicode: bool,
    /// Output colours: auto, on or off.
    #[arg(long, value_name = "WHEN", default_value = "auto", value_parser = parse_color)]
    pub color: ColorWhen,
    /// Milliseconds to wait between requests.
    #[arg(long, value_name = "MS", num_args = 0..=1, default_missing_value = "0", value_parser = non_negative_int)]
    pub delay_request: Option<u64>,
    /// Milliseconds the whole run may take (0: no limit).
    #[arg(long, value_name = "MS", num_args = 0..=1, default_missing_value = "0", value_parser = non_negative_int)]
    pub timeout: Option<u64>,
    /// Milliseconds one request may take (0: no limit).
    #[arg(long, value_name = "MS", num_args = 0..=1, default_missing_value = "0", value_parser = non_negative_int)]
    pub timeout_request: Option<u64>,
    /// Milliseconds one script may take (0: no limit).
    #[arg(long, value_name = "MS", num_args = 0..=1, default_missing_value = "0", value_parser = non_negative_int)]
    pub timeout_script: Option<u64>,
    /// Directory that relative file paths in the collection resolve against.
    #[arg(long, value_name = "PATH")]
    pub working_dir: Option<PathBuf>,
    /// Refuse to read files outside the working directory.
    #[arg(long)]
    pub no_insecure_file_read: bool,
    /// Do not verify TLS certificates.
    #[arg(short = 'k', long)]
    pub insecure: bool,
    /// Client certificate (PEM).
    #[arg(long, value_name = "PATH")]
    pub ssl_client_cert: Option<PathBuf>,
    /// Client certificate private key (PEM).
    #[arg(long, value_name = "PATH")]
    pub ssl_client_key: Option<PathBuf>,
    /// Passphrase of the client certificate key.
    #[arg(long, value_name = "PASSPHRASE")]
    pub ssl_client_passphrase: Option<String>,
    /// Additional trusted CA certificates (PEM).
    #[arg(long, value_name = "PATH")]
    pub ssl_extra_ca_certs: Option<PathBuf>,
    /// Cookie jar to start the run with (tough-cookie JSON, as Newman exports it).
    #[arg(long, value_name = "PATH")]
    pub cookie_jar: Option<PathBuf>,
    /// Show per-phase timings and request/response headers.
    #[arg(long)]
    pub verbose: bool,
    /// Print passwords, secrets and tokens in clear. For local debugging only: never in CI.
    #[arg(long)]
    pub no_redact: bool,
    /// `--cognito-*` sign-in flags (crate::cognito_args).
    #[command(flatten)]
    pub cognito: crate::cognito_args::CognitoArgs,
    /// `--reporter-<name>-<option>` flags, lifted out of argv before clap parses it.
    #[arg(skip)]
    pub reporter_options: ReporterOptions,
}

/// `--reporter-<name>-<option> [value]` flags, grouped by reporter.
///
/// Keys are the option part in kebab case (`export`, `no-summary`). A flag without a value is
/// `"true"`, as in Newman. Flags whose `<name>` is not one of the chosen reporters are generic
/// and apply to every reporter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReporterOptions {
    raw: Vec<(String, String)>,
}

impl ReporterOptions {
    /// The options for one reporter: its own `--reporter-<name>-*` flags plus the generic ones
    /// (which win, as in Newman).
    pub fn for_reporter(&self, name: &str, chosen: &[String]) -> BTreeMap<String, String> {
        let mut own = BTreeMap::new();
        let mut generic = BTreeMap::new();
        for (key, value) in &self.raw {
            let head = key.split('-').next().unwrap_or_default();
            if chosen.iter().any(|r| r == head) {
                if head == name
                    && let Some(rest) = key.strip_prefix(head).and_then(|r| r.strip_prefix('-'))
                {
                    own.insert(rest.to_string(), value.clone());
                }
            } else {
                generic.insert(key.clone(), value.clone());
            }
        }
        own.extend(generic);
        own
    }

    /// True when `option` is set to anything but `false` for `name`.
    pub fn flag(&self, name: &str, chosen: &[String], option: &str) -> bool {
        self.for_reporter(name, chosen)
            .get(option)
            .is_some_and(|v| v != "false")
    }
}

const REPORTER_PREFIX: &str = "--reporter-";

/// Splits `--reporter-*` flags (with their values) out of argv, the way Newman does: the value
/// is the part after `=`, or else the next argument unless it starts with `-`.
pub fn extract_reporter_options(argv: Vec<OsString>) -> (Vec<OsString>, ReporterOptions) {
    let mut rest = Vec::with_capacity(argv.len());
    let mut options = ReporterOptions::default();
    let mut iter = argv.into_iter().peekable();
    let mut after_double_dash = false;
    while let Some(arg) = iter.next() {
        let text = arg.to_str().map(str::to_owned);
        match text {
            Some(t) if !after_double_dash && t.starts_with(REPORTER_PREFIX) => {
                let body = &t[REPORTER_PREFIX.len()..];
                let (key, value) = match body.split_once('=') {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => {
                        let takes_next = iter
                            .peek()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| !n.starts_with('-'));
                        let value = if takes_next {
                            iter.next()
                                .and_then(|v| v.into_string().ok())
                                .unwrap_or_default()
                        } else {
                            "true".to_string()
                        };
                        (body.to_string(), value)
                    }
                };
                options.raw.push((key, value));
            }
            Some(t) if t == "--" => {
                after_double_dash = true;
                rest.push(arg);
            }
            _ => rest.push(arg),
        }
    }
    (rest, options)
}

/// Splits `key=value` at the first `=`; a bare `key` has no value (Newman sets `undefined`).
pub fn split_key_value(raw: &str) -> (String, Option<String>) {
    match raw.split_once('=') {
        Some((k, v)) => (k.to_string(), Some(v.to_string())),
        None => (raw.to_string(), None),
    }
}

fn positive_int(raw: &str) -> Result<u64, String> {
    match raw.trim().parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err("the value must be a positive integer".to_string()),
    }
}

fn non_negative_int(raw: &str) -> Result<u64, String> {
    raw.trim()
        .parse::<u64>()
        .map_err(|_| "the value must be a non-negative integer (milliseconds)".to_string())
}

fn parse_color(raw: &str) -> Result<ColorWhen, String> {
    match raw {
        "auto" => Ok(ColorWhen::Auto),
        "on" => Ok(ColorWhen::On),
        "off" => Ok(ColorWhen::Off),
        _ => Err("expected auto|on|off".to_string()),
    }
}

/// `I/N` with whole numbers; the range check (and its wording) is the runner's.
fn parse_shard(raw: &str) -> Result<ShardSpec, String> {
    let syntax = || "expected I/N with whole numbers, such as 2/4".to_string();
    let (i, n) = raw.split_once('/').ok_or_else(syntax)?;
    let index = i.trim().parse::<usize>().map_err(|_| syntax())?;
    let count = n.trim().parse::<usize>().map_err(|_| syntax())?;
    cogman_runner::Shard::new(index, count, cogman_runner::ShardBy::Items)
        .map_err(|e| e.to_string())?;
    Ok(ShardSpec { index, count })
}

fn parse_shard_by(raw: &str) -> Result<cogman_runner::ShardBy, String> {
    match raw.trim() {
        "items" | "item" => Ok(cogman_runner::ShardBy::Items),
        "iterations" | "iteration" => Ok(cogman_runner::ShardBy::Iterations),
        _ => Err("expected items or iterations".to_string()),
    }
}

fn parse_bail(raw: &str) -> Result<Bail, String> {
    let mut bail = Bail::default();
    if raw.is_empty() {
        bail.failure = true;
        return Ok(bail);
    }
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part {
            "failure" => bail.failure = true,
            "folder" => bail.folder = true,
            other => {
                return Err(format!(
                    "unknown modifier '{other}' (expected folder and/or failure)"
                ));
            }
        }
    }
    Ok(bail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn reporter_flags_are_lifted_out() {
        let (rest, opts) = extract_reporter_options(os(&[
            "cogman",
            "run",
            "c.json",
            "--reporter-json-export",
            "out.json",
            "--reporter-cli-no-summary",
            "-n",
            "2",
            "--reporter-export=x.json",
        ]));
        assert_eq!(rest, os(&["cogman", "run", "c.json", "-n", "2"]));
        let chosen = vec!["cli".to_string(), "json".to_string()];
        let json = opts.for_reporter("json", &chosen);
        assert_eq!(json.get("export").map(String::as_str), Some("x.json"));
        assert!(opts.flag("cli", &chosen, "no-summary"));
        assert!(!opts.flag("json", &chosen, "no-summary"));
    }

    #[test]
    fn key_value_splits_at_first_equals() {
        assert_eq!(
            split_key_value("a=b=c"),
            ("a".to_string(), Some("b=c".to_string()))
        );
        assert_eq!(split_key_value("a"), ("a".to_string(), None));
    }

    #[test]
    fn bail_modifiers() {
        assert_eq!(
            parse_bail(""),
            Ok(Bail {
                failure: true,
                folder: false
            })
        );
        assert_eq!(
            parse_bail("folder"),
            Ok(Bail {
                failure: false,
                folder: true
            })
        );
        assert!(parse_bail("nope").is_err());
    }

    #[test]
    fn shard_values() {
        assert_eq!(parse_shard("2/4"), Ok(ShardSpec { index: 2, count: 4 }));
        assert_eq!(parse_shard(" 1 / 1 "), Ok(ShardSpec { index: 1, count: 1 }));
        for bad in ["a/b", "2", "2/", "/4", "-1/3", "2/4/6", "1.5/3", ""] {
            assert_eq!(
                parse_shard(bad),
                Err("expected I/N with whole numbers, such as 2/4".to_string()),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_shard("1/0"),
            Err("the number of shards must be at least 1".to_string())
        );
        assert_eq!(
            parse_shard("0/3"),
            Err("shard 0 does not exist: shards are numbered 1 to 3".to_string())
        );
        assert_eq!(
            parse_shard("4/3"),
            Err("shard 4 does not exist: shards are numbered 1 to 3".to_string())
        );
        assert_eq!(
            parse_shard_by("iteration"),
            Ok(cogman_runner::ShardBy::Iterations)
        );
        assert!(parse_shard_by("requests").is_err());
    }
}
