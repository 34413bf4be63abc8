//! `cogman`: run Postman collections the way Newman 6.2.2 does, with built-in AWS Cognito
//! sign-in and a local Cognito emulator.
//!
//! This binary is thin glue (see ARCHITECTURE.md):
//! - [`args`] parses Newman's flags with clap (plus the open-ended `--reporter-*` flags);
//! - [`output`] makes the one colour decision and wraps stdout/stderr in the redaction layer;
//! - [`run`] loads the files with `cogman-collection`, builds `RunOptions`, installs the
//!   reporters from `cogman-report`, calls `cogman-runner` through [`engine`], writes exports
//!   and chooses the exit code;
//! - [`cognito_args`] holds the `--cognito-*` flags (and `COGMAN_COGNITO_*` variables) and
//!   turns them into the runner's Cognito settings;
//! - [`auth`] is `cogman auth token|claims|doctor`;
//! - [`demo`] runs a bundled collection against an in-process API, then [`demo_cognito`] the
//!   Cognito tour (emulator, JWKS-checked API, the published pre-request script, SRP);
//! - [`cognito`] serves the emulator.
//!
//! Exit codes are documented in one place: the "Exit codes" section of the repository README;
//! [`run::EXIT_OK`] and [`run::EXIT_FAILURE`] are the only two.

mod args;
mod auth;
mod cognito;
mod cognito_args;
mod demo;
mod demo_cognito;
mod engine;
mod output;
mod run;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;
use clap::error::ErrorKind;
use cogman_redact::Redactor;

use crate::args::{Cli, ColorWhen, Command};
use crate::output::Output;
use crate::run::{EXIT_FAILURE, EXIT_OK};

fn main() {
    install_panic_hook();
    let argv: Vec<OsString> = std::env::args_os().collect();
    // The hook has printed the one line; the exit code stays Newman's failure code, not 101.
    let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cogman_main(argv)))
        .unwrap_or(EXIT_FAILURE);
    std::process::exit(code);
}

/// The run's redactor, for the panic hook (which is installed before the run knows it).
static PANIC_REDACTOR: std::sync::OnceLock<Redactor> = std::sync::OnceLock::new();

/// A panic is a bug; still, the user gets one redacted line instead of a backtrace that
/// might quote a secret, and Newman's failure code.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        let redactor = PANIC_REDACTOR.get().cloned().unwrap_or_default();
        let message = redactor.redact(&message).replace('\n', " ");
        let _ = writeln!(
            std::io::stderr(),
            "error: internal error: {message} (this is a bug in cogman)"
        );
    }));
}

fn cogman_main(argv: Vec<OsString>) -> i32 {
    let (argv, reporter_options) = args::extract_reporter_options(argv);
    // The help to point at on a usage error: the subcommand's own, when there is one.
    let help = match argv.get(1).and_then(|a| a.to_str()) {
        Some(sub @ ("run" | "demo")) => format!("cogman {sub} --help"),
        Some("cognito") => "cogman cognito serve --help".to_string(),
        Some("auth") => "cogman auth --help".to_string(),
        _ => "cogman --help".to_string(),
    };
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err, &help),
    };
    let no_redact = matches!(&cli.command, Command::Run(a) if a.no_redact);
    let redactor = if no_redact {
        // Loud on purpose: this is the one switch that lets secrets reach the terminal.
        let _ = writeln!(
            std::io::stderr(),
            "WARNING: --no-redact: passwords, client secrets and tokens will be printed in clear in every output and report.\nWARNING: use it for local debugging only, never in CI or anywhere logs are kept."
        );
        Redactor::disabled()
    } else {
        Redactor::new()
    };
    let _ = PANIC_REDACTOR.set(redactor.clone());
    match cli.command {
        Command::Run(mut run_args) => {
            run_args.reporter_options = reporter_options;
            let output = Output::new(run_args.color, redactor);
            run::execute(&run_args, &output)
        }
        Command::Demo(demo_args) => {
            let output = Output::new(demo_args.color, redactor);
            demo::execute(&demo_args, &output)
        }
        Command::Auth(auth_args) => {
            let output = Output::new(ColorWhen::Auto, redactor);
            auth::execute(&auth_args, &output)
        }
        Command::Cognito {
            command: args::CognitoCommand::Serve(serve_args),
        } => {
            let output = Output::new(ColorWhen::Auto, redactor);
            cognito::serve(&serve_args, &output)
        }
    }
}

/// Help and version go to stdout with code 0; every other parse error is one line on stderr
/// with code 1 (Newman's code for a bad command line).
fn usage_error(err: &clap::Error, help: &str) -> i32 {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = write!(std::io::stdout(), "{}", err.render());
            EXIT_OK
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = writeln!(
                std::io::stderr(),
                "error: no command given: expected `cogman run <collection>`, `cogman demo`, `cogman auth token|claims|doctor` or `cogman cognito serve` (see `cogman --help`)"
            );
            EXIT_FAILURE
        }
        _ => {
            // clap's first paragraph is the message (a missing argument lists the names on
            // the following lines); tips and usage follow a blank line.
            let rendered = err.render().to_string();
            let first: Vec<&str> = rendered
                .lines()
                .skip_while(|l| l.trim().is_empty())
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let first = first.join(" ");
            let line = if first.starts_with("error:") {
                first
            } else if first.is_empty() {
                "error: invalid command line".to_string()
            } else {
                format!("error: {first}")
            };
            let _ = writeln!(std::io::stderr(), "{line} (see `{help}`)");
            EXIT_FAILURE
        }
    }
}
