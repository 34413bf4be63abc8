//! A strict local AWS Cognito user-pools service (`cogman cognito serve`).
//!
//! It speaks the cognito-idp JSON 1.1 protocol, so boto3, the AWS CLI (`--endpoint-url`),
//! amazon-cognito-identity-js and cogman's own client talk to it unchanged, and it refuses what
//! Cognito refuses, with Cognito's exception names and messages.
//!
//! # Principal types and data flow
//!
//! ```text
//! HTTP (axum, server.rs) --X-Amz-Target--> ops::dispatch --> admin.rs / auth.rs
//!                                                               |
//!                                     Store (store.rs): State behind one Mutex, sign-in
//!                                     sessions, clock; every change saved before the reply
//! ```
//!
//! - [`ServeOptions`] -> [`serve_blocking`] (the CLI: prints one `... listening on http://...`
//!   line, serves until Ctrl-C) or [`spawn`] (tests, the in-process demo: a background thread
//!   with its own tokio runtime, shut down cleanly when the [`EmulatorHandle`] is dropped).
//! - [`Emulator`] (what the handle dereferences to): the in-process admin API — [`Emulator::call`]
//!   runs any operation without HTTP, [`Emulator::apply_seed`] applies a [`Seed`], plus
//!   shortcuts [`Emulator::create_pool`], [`Emulator::create_client`], [`Emulator::create_user`].
//! - The state (pools with their RSA keys, clients, users, groups, resource servers, refresh
//!   tokens) is in memory; with `state_file` every change is written to a temporary file,
//!   fsynced and renamed over the file before the request is answered, and reloaded on start.
//! - [`Seed`]: a YAML or JSON file declaring pools, clients, users, groups, resource servers.
//!
//! # Endpoints
//!
//! - `POST /` with `X-Amz-Target: AWSCognitoIdentityProviderService.<Op>`. Errors are HTTP 400
//!   `{"__type":"XxxException","message":"..."}` with `x-amzn-ErrorType`/`x-amzn-ErrorMessage`;
//!   every reply has `x-amzn-RequestId`. Admin and management operations need a SigV4
//!   `Authorization` header (any well-formed one: secrets are not checked), otherwise
//!   `MissingAuthenticationTokenException`; the operations boto3 sends unsigned (InitiateAuth,
//!   RespondToAuthChallenge, SignUp, ConfirmSignUp, GetUser, GlobalSignOut, RevokeToken,
//!   AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference, ChangePassword,
//!   ForgotPassword, ConfirmForgotPassword, ResendConfirmationCode, GetTokensFromRefreshToken,
//!   UpdateUserAttributes, DeleteUser) need none.
//! - Operations: CreateUserPool, DescribeUserPool, ListUserPools, DeleteUserPool, UpdateUserPool
//!   (password policy, MFA, auto-verified attributes, deletion protection, tags; omitted ones
//!   reset to defaults, as on Cognito);
//!   SetUserPoolMfaConfig, GetUserPoolMfaConfig (software token only);
//!   CreateUserPoolDomain, DescribeUserPoolDomain, DeleteUserPoolDomain (recorded only: the
//!   emulator serves `/oauth2/token` itself);
//!   CreateUserPoolClient, DescribeUserPoolClient, UpdateUserPoolClient (omitted fields are reset
//!   to their defaults, as on Cognito), ListUserPoolClients, DeleteUserPoolClient; CreateGroup,
//!   GetGroup, ListGroups, DeleteGroup, ListUsersInGroup, AdminAddUserToGroup,
//!   AdminRemoveUserFromGroup, AdminListGroupsForUser; CreateResourceServer,
//!   DescribeResourceServer, ListResourceServers, DeleteResourceServer; AdminCreateUser,
//!   AdminSetUserPassword, AdminGetUser, AdminDeleteUser, AdminConfirmSignUp, AdminDisableUser,
//!   AdminEnableUser, AdminResetUserPassword, AdminUserGlobalSignOut, AdminUpdateUserAttributes,
//!   ListUsers (with `attr = "v"` / `attr ^= "v"` filters); SignUp, ConfirmSignUp,
//!   ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword; InitiateAuth and
//!   AdminInitiateAuth (USER_PASSWORD_AUTH, USER_SRP_AUTH, REFRESH_TOKEN_AUTH / REFRESH_TOKEN,
//!   ADMIN_USER_PASSWORD_AUTH / ADMIN_NO_SRP_AUTH); RespondToAuthChallenge and its Admin twin
//!   (PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA, MFA_SETUP);
//!   AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference,
//!   AdminSetUserMFAPreference; GetUser, UpdateUserAttributes, DeleteUser, GlobalSignOut,
//!   ChangePassword, RevokeToken,
//!   GetTokensFromRefreshToken.
//! - `POST /oauth2/token` (form body; client authentication by HTTP Basic or
//!   `client_id`/`client_secret` fields): `client_credentials` with resource-server scopes, and
//!   `refresh_token`. Errors are `{"error":"invalid_client" | "unauthorized_client" |
//!   "invalid_scope" | "invalid_grant" | "invalid_request" | "unsupported_grant_type"}` (HTTP 400).
//! - `GET|POST /oauth2/userInfo` (Bearer access token: the user's attributes, `sub` and
//!   `username`) and `POST /oauth2/revoke` (form `token`, client authentication as above).
//! - `GET /{poolId}/.well-known/jwks.json` and `/{poolId}/.well-known/openid-configuration`; the
//!   issuer of every token is `<base url>/<poolId>`.
//! - `GET /health` answers `{"status":"ok"}` (not a Cognito endpoint; for scripts that wait).
//!
//! # Behaviour worth knowing
//!
//! - Ids look like Cognito's: pools `us-east-1_AbC123xyz` (region from the seed's `region`,
//!   default `us-east-1`), client ids 26 lowercase letters and digits, secrets 51.
//! - Sign-up and forgot-password codes are always **`123456`** ([`CONFIRMATION_CODE`]); `serve`
//!   also prints them on stderr.
//! - Strictness: a flow the client does not allow is refused (`USER_PASSWORD_AUTH flow not
//!   enabled for this client`, `Auth flow not enabled for this client`); clients with a secret
//!   need a correct SECRET_HASH (on refresh, computed with the internal username); user status
//!   is enforced (UNCONFIRMED, disabled, RESET_REQUIRED, FORCE_CHANGE_PASSWORD ->
//!   NEW_PASSWORD_REQUIRED); PreventUserExistenceErrors ENABLED hides unknown users behind
//!   `Incorrect username or password.` (with a decoy SRP challenge); challenge sessions last the
//!   client's AuthSessionValidity (3 minutes by default) and are single use; five wrong
//!   passwords in a row lock the user out briefly (`Password attempts exceeded`), doubling each
//!   further failure up to 15 minutes.
//! - SRP: each password stores a random salt and the verifier v = g^x mod N (math from
//!   `cogman_cognito::srp`); PASSWORD_CLAIM_SIGNATURE is checked in constant time and a
//!   TIMESTAMP more than 5 minutes from the emulator clock is refused with
//!   `Incorrect username or password.`. The password flows compare an HMAC-SHA256 digest of the
//!   password so they cost no modular exponentiation. This is a test service: do not store real
//!   passwords in it.
//! - Tokens: RS256, one 2048-bit key for access tokens and another for id tokens per pool
//!   (different kids), created at pool creation and kept in the state file. Refresh tokens are
//!   opaque and stored (the newest 100 per user; older ones are evicted so load tests cannot
//!   grow the state without bound); refreshing returns no new refresh token. RevokeToken, GlobalSignOut,
//!   AdminUserGlobalSignOut and AdminDisableUser revoke refresh tokens and the access tokens
//!   issued with them (`Access Token has been revoked`).
//! - Time: [`Emulator::advance_clock`] moves the emulator clock forward, so tests can expire
//!   sessions and tokens without sleeping.
//!
//! # Seed file
//!
//! YAML or JSON (see [`Seed`] for every field):
//!
//! ```yaml
//! region: eu-west-1                 # optional, default us-east-1
//! pools:
//!   - id: eu-west-1_Demo12345       # optional fixed id
//!     name: demo
//!     username_attributes: [email]  # optional: sign in by email
//!     mfa: OFF                      # OFF | OPTIONAL | ON
//!     password_policy: { minimum_length: 8, require_symbols: false }
//!     groups: [{ name: admins, description: Admins, precedence: 1 }]
//!     resource_servers:
//!       - identifier: https://api.example.com
//!         name: api
//!         scopes: [read, { name: write, description: Write access }]
//!     clients:
//!       - name: web
//!         id: 1example23456789abcdefghij     # optional fixed id
//!         auth_flows: [ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
//!         prevent_user_existence_errors: ENABLED
//!       - name: machine
//!         secret: a-fixed-secret               # or generate_secret: true
//!         allowed_oauth_flows: [client_credentials]
//!         allowed_oauth_scopes: [https://api.example.com/read]
//!     users:
//!       - username: alice@example.com
//!         password: Passw0rd!
//!         status: CONFIRMED               # | FORCE_CHANGE_PASSWORD | UNCONFIRMED | RESET_REQUIRED
//!         attributes: { email_verified: "true", name: Alice }
//!         groups: [admins]
//! ```
//!
//! Applying a seed is idempotent (existing pools, clients and users are kept), so `--seed` and
//! `--state` can be combined.
//!
//! # Trying it and testing it
//!
//! `cargo run -p cogman-emulator --example serve -- [PORT] [STATE_FILE] [SEED_FILE]` runs the
//! server in the foreground (what `cogman cognito serve` does); `--example signin_rate` measures
//! password sign-ins per second. The tests start real servers on 127.0.0.1 port 0 through
//! [`spawn`]; `tests/clients/` holds a boto3 script and an amazon-cognito-identity-js script,
//! run by `tests/clients.rs` when `COGMAN_PYTHON` (a python with boto3) and
//! `COGMAN_NODE_MODULES` (a node_modules directory with amazon-cognito-identity-js) are set —
//! required when `CI` is set, skipped with a notice otherwise.

/// A notice on stderr that never panics (eprintln! does when stderr is closed).
macro_rules! notice {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod admin;
mod auth;
mod error;
mod keys;
mod model;
mod ops;
mod params;
mod seed;
mod server;
mod store;
mod util;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::{Value, json};

pub use error::{ApiError, EmulatorError};
pub use ops::OPERATIONS;
pub use seed::{
    Seed, SeedClient, SeedGroup, SeedOutcome, SeedPasswordPolicy, SeedPool, SeedResourceServer,
    SeedScope, SeedUnits, SeedUser, SeededClient, SeededPool,
};
pub use util::{CONFIRMATION_CODE, totp_code};

/// The seed file format's name in the architecture map.
pub type SeedFile = Seed;

/// How to run the emulator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeOptions {
    /// Address to listen on (default 127.0.0.1).
    pub host: IpAddr,
    /// Port (0 = any free port).
    pub port: u16,
    /// Persist every change to this JSON file and reload it on start.
    pub state_file: Option<PathBuf>,
    /// Apply this YAML/JSON seed at start.
    pub seed_file: Option<PathBuf>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            state_file: None,
            seed_file: None,
        }
    }
}

/// One emulator instance: its state and its own base URL (the token issuer prefix).
pub struct Emulator {
    store: store::Store,
    base_url: String,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The `iss` of a pool's tokens: `base_url/poolId`.
    pub fn issuer(&self, pool_id: &str) -> String {
        format!("{}/{pool_id}", self.base_url)
    }

    /// Runs any operation in-process (no HTTP, no signature check), e.g.
    /// `call("AdminCreateUser", json!({...}))`.
    pub fn call(&self, operation: &str, body: Value) -> Result<Value, ApiError> {
        let Value::Object(map) = body else {
            return Err(ApiError::serialization(
                "Start of structure or map found where not expected.",
            ));
        };
        ops::dispatch(
            &ops::Ctx {
                store: &self.store,
                base_url: &self.base_url,
            },
            operation,
            &map,
        )
    }

    /// Applies a seed (idempotent) and saves the state.
    pub fn apply_seed(&self, seed: &Seed) -> Result<SeedOutcome, EmulatorError> {
        seed::apply(self, seed).map_err(|e| EmulatorError::Seed {
            path: PathBuf::new(),
            message: format!("{}: {}", e.kind, e.message),
        })
    }

    /// Creates a pool with Cognito's defaults and returns its id.
    pub fn create_pool(&self, name: &str) -> Result<String, ApiError> {
        let out = self.call("CreateUserPool", json!({ "PoolName": name }))?;
        Ok(out["UserPool"]["Id"]
            .as_str()
            .unwrap_or_default()
            .to_string())
    }

    /// Creates an app client allowing `auth_flows` (Cognito's defaults when empty); returns
    /// (client id, secret).
    pub fn create_client(
        &self,
        pool_id: &str,
        name: &str,
        auth_flows: &[&str],
        generate_secret: bool,
    ) -> Result<(String, Option<String>), ApiError> {
        let mut body =
            json!({ "UserPoolId": pool_id, "ClientName": name, "GenerateSecret": generate_secret });
        if !auth_flows.is_empty() {
            body["ExplicitAuthFlows"] = json!(auth_flows);
        }
        let out = self.call("CreateUserPoolClient", body)?;
        let c = &out["UserPoolClient"];
        Ok((
            c["ClientId"].as_str().unwrap_or_default().to_string(),
            c["ClientSecret"].as_str().map(str::to_string),
        ))
    }

    /// Creates a CONFIRMED user with a permanent password; returns the internal username.
    pub fn create_user(
        &self,
        pool_id: &str,
        username: &str,
        password: &str,
        attributes: &[(&str, &str)],
    ) -> Result<String, ApiError> {
        let attrs: Vec<Value> = attributes
            .iter()
            .map(|(k, v)| json!({"Name": k, "Value": v}))
            .collect();
        let out = self.call(
            "AdminCreateUser",
            json!({"UserPoolId": pool_id, "Username": username, "UserAttributes": attrs, "MessageAction": "SUPPRESS"}),
        )?;
        let name = out["User"]["Username"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        self.call(
            "AdminSetUserPassword",
            json!({"UserPoolId": pool_id, "Username": name, "Password": password, "Permanent": true}),
        )?;
        Ok(name)
    }

    /// Sets the region used in the ids of pools created from now on (default `us-east-1`).
    pub fn set_region(&self, region: &str) -> Result<(), ApiError> {
        if region.is_empty()
            || !region
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(ApiError::invalid(format!(
                "region {region:?} is not a valid region name"
            )));
        }
        self.store.write(|s| {
            s.region = region.to_string();
            Ok(())
        })
    }

    /// Moves the emulator clock forward (sessions, tokens and SRP timestamps all use it).
    pub fn advance_clock(&self, by: std::time::Duration) {
        self.store.advance_clock(by);
    }
}

/// A running emulator on a background thread. Dereferences to [`Emulator`] for in-process
/// setup; dropping it stops the server and joins the thread.
pub struct EmulatorHandle {
    emulator: Arc<Emulator>,
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for EmulatorHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmulatorHandle")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl EmulatorHandle {
    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> &str {
        &self.emulator.base_url
    }
    /// The bound socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// A shared reference to the emulator (outlives the handle's borrow).
    pub fn emulator(&self) -> Arc<Emulator> {
        Arc::clone(&self.emulator)
    }
}

impl std::ops::Deref for EmulatorHandle {
    type Target = Emulator;
    fn deref(&self) -> &Emulator {
        &self.emulator
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn base_url_for(addr: SocketAddr) -> String {
    let host = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V4(ip) => ip.to_string(),
        IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
    };
    format!("http://{host}:{}", addr.port())
}

/// Binds, loads state, applies the seed: everything that can fail before serving.
fn prepare(
    opts: &ServeOptions,
    log: bool,
) -> Result<(std::net::TcpListener, Arc<Emulator>), EmulatorError> {
    let want = SocketAddr::new(opts.host, opts.port);
    let listener = std::net::TcpListener::bind(want)
        .map_err(|source| EmulatorError::Bind { addr: want, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| EmulatorError::Bind { addr: want, source })?;
    listener
        .set_nonblocking(true)
        .map_err(|source| EmulatorError::Bind { addr: want, source })?;
    let store = store::Store::open(opts.state_file.clone(), log)?;
    let emulator = Arc::new(Emulator {
        store,
        base_url: base_url_for(addr),
    });
    if let Some(path) = &opts.seed_file {
        let seed = Seed::from_file(path)?;
        seed::apply(&emulator, &seed).map_err(|e| EmulatorError::Seed {
            path: path.clone(),
            message: format!("{}: {}", e.kind, e.message),
        })?;
    }
    emulator.store.flush()?;
    Ok((listener, emulator))
}

fn runtime() -> Result<tokio::runtime::Runtime, EmulatorError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(EmulatorError::Runtime)
}

/// Serves until Ctrl-C. Prints exactly one line on stdout when ready:
/// `cogman cognito emulator listening on http://127.0.0.1:PORT`.
pub fn serve_blocking(opts: ServeOptions) -> Result<(), EmulatorError> {
    let (listener, emulator) = prepare(&opts, true)?;
    let rt = runtime()?;
    rt.block_on(async move {
        let listener =
            tokio::net::TcpListener::from_std(listener).map_err(EmulatorError::Runtime)?;
        {
            // A closed stdout must not bring the server down (println! would panic).
            use std::io::Write as _;
            let mut out = std::io::stdout().lock();
            let _ = writeln!(
                out,
                "cogman cognito emulator listening on {}",
                emulator.base_url
            );
            let _ = out.flush();
        }
        let app = server::router(emulator);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(EmulatorError::Runtime)
    })
}

/// Starts the emulator on a background thread with its own tokio runtime and returns once it
/// accepts connections.
pub fn spawn(opts: ServeOptions) -> Result<EmulatorHandle, EmulatorError> {
    let (listener, emulator) = prepare(&opts, false)?;
    let addr = listener
        .local_addr()
        .map_err(|source| EmulatorError::Bind {
            addr: SocketAddr::new(opts.host, opts.port),
            source,
        })?;
    let rt = runtime()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app_emulator = Arc::clone(&emulator);
    // The listener is registered with the runtime here, so connections are accepted (queued)
    // as soon as this function returns.
    let listener = rt
        .block_on(async { tokio::net::TcpListener::from_std(listener) })
        .map_err(EmulatorError::Runtime)?;
    let thread = std::thread::Builder::new()
        .name("cogman-emulator".into())
        .spawn(move || {
            rt.block_on(async move {
                let app = server::router(app_emulator);
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = rx.await;
                    })
                    .await;
            });
            rt.shutdown_timeout(std::time::Duration::from_secs(5));
        })
        .map_err(EmulatorError::Runtime)?;
    Ok(EmulatorHandle {
        emulator,
        addr,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}
