//! Run settings: [`RunOptions`] (everything `cogman run` passes in) and the fatal [`RunError`].

use std::path::PathBuf;
use std::time::Duration;

use cogman_cognito::CognitoConfig;
use cogman_collection::{DataRow, Environment};
use cogman_redact::Redactor;
use serde_json::Value;

/// `--bail [folder,failure]`.
///
/// Newman: `--bail` alone or with `failure` stops the whole run at the first failure
/// (assertion failure, script error or request error); `folder` on its own stops at the
/// first script or request error and skips the rest of that iteration's items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Bail {
    /// `--bail` was given.
    pub enabled: bool,
    /// The `folder` modifier.
    pub folder: bool,
    /// The `failure` modifier.
    pub failure: bool,
}

/// Where the Authorization header from the Cognito sign-in goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CognitoAuthHeader {
    /// Only set the `cognito*Token` environment variables.
    #[default]
    None,
    /// `Authorization: Bearer <access token>` on requests without auth of their own.
    Access,
    /// `Authorization: Bearer <id token>` on requests without auth of their own.
    Id,
}

/// Cognito sign-in for a run: sign in once before the first request, expose the tokens as
/// the environment variables `cognitoAccessToken`, `cognitoIdToken` and
/// `cognitoRefreshToken`, refresh them before they expire, and optionally send one of them as
/// `Authorization: Bearer` on requests that have no auth (after inheritance) and no
/// `Authorization` header of their own.
#[derive(Debug, Clone, Default)]
pub struct CognitoRunConfig {
    /// What to sign in to.
    pub config: CognitoConfig,
    /// Which token, if any, becomes the default `Authorization` header.
    pub auth_header: CognitoAuthHeader,
}

/// Everything a run needs besides the collection. Build it with `..Default::default()` so
/// new fields do not break callers.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `-e`: the environment file.
    pub environment: Option<Environment>,
    /// `-g`: the globals file.
    pub globals: Option<Environment>,
    /// `-d`: one map per data row, in file order.
    pub iteration_data: Vec<DataRow>,
    /// `-n`: iteration count; default is the number of data rows, else 1.
    pub iteration_count: Option<usize>,
    /// `--folder` (repeatable): folder or request names or ids to run. Items run in
    /// collection order whatever the order given, as in Newman.
    pub folders: Vec<String>,
    /// `--shard i/n`: run only this shard's top-level items or iterations (see
    /// [`crate::Shard`]); applied after `folders`.
    pub shard: Option<crate::Shard>,
    /// `--env-var k=v`, applied over the environment file.
    pub env_vars: Vec<(String, String)>,
    /// `--global-var k=v`, applied over the globals file.
    pub global_vars: Vec<(String, String)>,
    /// `--bail`.
    pub bail: Bail,
    /// `--delay-request`: pause between items.
    pub delay_request: Duration,
    /// `--timeout`: limit for the whole run.
    pub timeout: Option<Duration>,
    /// `--timeout-request`: limit per request.
    pub timeout_request: Option<Duration>,
    /// `--timeout-script`: limit per script.
    pub timeout_script: Option<Duration>,
    /// `--ignore-redirects`.
    pub ignore_redirects: bool,
    /// `-k/--insecure`.
    pub insecure: bool,
    /// `--ssl-client-cert`.
    pub ssl_client_cert: Option<PathBuf>,
    /// `--ssl-client-key`.
    pub ssl_client_key: Option<PathBuf>,
    /// `--ssl-client-passphrase`.
    pub ssl_client_passphrase: Option<String>,
    /// `--ssl-extra-ca-certs`.
    pub ssl_extra_ca_certs: Option<PathBuf>,
    /// `--working-dir`: base of relative file paths in bodies (default: current directory).
    pub working_dir: Option<PathBuf>,
    /// `--no-insecure-file-read`: refuse body files outside the working directory.
    pub no_insecure_file_read: bool,
    /// Initial cookies (`--cookie-jar` file contents, tough-cookie JSON), if any.
    pub cookie_jar: Option<Value>,
    /// `--verbose`: also collect DNS and first-byte statistics in `run.timings`.
    pub verbose: bool,
    /// Cognito sign-in, if any.
    pub cognito: Option<CognitoRunConfig>,
    /// The run's redaction registry: secret-typed and secret-named variables and Cognito
    /// tokens are registered here as soon as the runner learns them.
    pub redactor: Redactor,
}

/// A fatal error: the run did not start (or could not continue) and Newman exits 1.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// `--folder` names something the collection does not have.
    #[error("Unable to find a folder or request: {0}")]
    UnknownFolder(String),
    /// The HTTP client could not be built (bad certificate file, ...).
    #[error("{0}")]
    Http(String),
    /// The script engine could not start.
    #[error("{0}")]
    Sandbox(String),
    /// Cognito sign-in failed (the message is the client's diagnosis).
    #[error("{0}")]
    Cognito(String),
}
