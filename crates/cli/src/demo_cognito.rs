//! The Cognito part of `cogman demo`: the mission in one command, offline.
//!
//! 1. A local Cognito emulator ([`cogman_emulator::spawn`]) with a demo pool, an SRP-only app
//!    client, an app client that also allows USER_PASSWORD_AUTH, and a demo user.
//! 2. A small protected API on 127.0.0.1:0 ([`DemoApi`]) that accepts only access tokens of
//!    that pool: signature checked with the emulator's JWKS (jsonwebtoken), issuer, token_use
//!    and expiry; 401 otherwise.
//! 3. The bundled collection (`crates/cli/demo/cognito.postman_collection.json`) run twice:
//!    first with the well-known pre-request script as published (straight quotes, its URL
//!    pointed at the emulator) against the password-enabled client, then without any script,
//!    signed in natively with SRP against the SRP-only client.
//! 4. The published troubleshooting error (`USER_PASSWORD_AUTH flow not enabled for this
//!    client`), reproduced by trying the password flow on the SRP-only client, and cogman's
//!    fix.
//!
//! Everything printed goes through the run's redactor: the script's `console.log` of the
//! Cognito answer shows masked tokens.

use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use cogman_cognito::{AuthFlow, CognitoClient, CognitoConfig};
use cogman_collection::parse_collection_str;
use cogman_emulator::{EmulatorHandle, ServeOptions};
use cogman_report::{CliOptions, CliReporter};
use cogman_runner::{CognitoAuthHeader, CognitoRunConfig, Reporter, RunOptions};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Value, json};

use crate::args::DemoArgs;
use crate::output::Output;
use crate::run::{EXIT_FAILURE, EXIT_OK};

/// The bundled collection.
const COLLECTION: &str = include_str!("../demo/cognito.postman_collection.json");
/// The URL the published script calls; the demo points it at the emulator.
const SEED_URL: &str = "https://cognito-idp.ap-southeast-2.amazonaws.com/";
/// The demo user's name and password (a local, throw-away account; still masked in output).
const DEMO_USER: &str = "demo-user";
const DEMO_PASSWORD: &str = "Demo-Passw0rd!local";

/// The emulator seeded for the demo.
struct DemoPool {
    emulator: EmulatorHandle,
    pool_id: String,
    srp_client: String,
    password_client: String,
}

impl DemoPool {
    fn start() -> Result<DemoPool, String> {
        let emulator =
            cogman_emulator::spawn(ServeOptions::default()).map_err(|e| e.to_string())?;
        let api = |e: cogman_emulator::ApiError| e.to_string();
        // The published script targets ap-southeast-2; make the pool id say so too.
        emulator.set_region("ap-southeast-2").map_err(api)?;
        let pool_id = emulator.create_pool("cogman-demo").map_err(api)?;
        let (srp_client, _) = emulator
            .create_client(
                &pool_id,
                "srp-only",
                &["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                false,
            )
            .map_err(api)?;
        let (password_client, _) = emulator
            .create_client(
                &pool_id,
                "password-enabled",
                &[
                    "ALLOW_USER_PASSWORD_AUTH",
                    "ALLOW_USER_SRP_AUTH",
                    "ALLOW_REFRESH_TOKEN_AUTH",
                ],
                false,
            )
            .map_err(api)?;
        emulator
            .create_user(
                &pool_id,
                DEMO_USER,
                DEMO_PASSWORD,
                &[("email", "demo@example.com"), ("email_verified", "true")],
            )
            .map_err(api)?;
        Ok(DemoPool {
            emulator,
            pool_id,
            srp_client,
            password_client,
        })
    }

    fn service_url(&self) -> String {
        format!("{}/", self.emulator.base_url())
    }

    fn config(&self, client_id: &str, flow: AuthFlow) -> CognitoConfig {
        CognitoConfig {
            user_pool_id: Some(self.pool_id.clone()),
            client_id: client_id.to_string(),
            username: Some(DEMO_USER.to_string()),
            password: Some(DEMO_PASSWORD.to_string()),
            flow,
            endpoint: Some(self.service_url()),
            ..Default::default()
        }
    }
}

/// Checks bearer tokens the way an API behind Cognito does.
struct Verifier {
    keys: HashMap<String, DecodingKey>,
    issuer: String,
}

impl Verifier {
    /// Fetches the pool's JWKS over HTTP, as a real API would.
    fn fetch(pool: &DemoPool) -> Result<Verifier, String> {
        let issuer = pool.emulator.issuer(&pool.pool_id);
        let url = format!("{issuer}/.well-known/jwks.json");
        let client = cogman_http::Client::new(cogman_http::ClientOptions::default())
            .map_err(|e| e.to_string())?;
        let req = cogman_http::HttpRequest {
            method: "GET".into(),
            url: url.clone(),
            headers: Vec::new(),
            body: cogman_http::RequestBody::Empty,
        };
        let resp = client
            .send(&req, &cogman_http::SendOptions::default())
            .map_err(|e| format!("{url}: {e}"))?;
        let jwks: Value = serde_json::from_slice(&resp.body).map_err(|e| format!("{url}: {e}"))?;
        let mut keys = HashMap::new();
        for key in jwks["keys"].as_array().into_iter().flatten() {
            if let (Some(kid), Some(n), Some(e)) =
                (key["kid"].as_str(), key["n"].as_str(), key["e"].as_str())
            {
                let decoding = DecodingKey::from_rsa_components(n, e)
                    .map_err(|err| format!("{url}: key {kid}: {err}"))?;
                keys.insert(kid.to_string(), decoding);
            }
        }
        if keys.is_empty() {
            return Err(format!("{url}: no RSA keys"));
        }
        Ok(Verifier { keys, issuer })
    }

    /// The claims of a valid access token of the pool, or why it is refused.
    fn verify(&self, token: &str) -> Result<Value, String> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| format!("not a JWT: {e}"))?;
        let kid = header.kid.ok_or("the token has no kid")?;
        let key = self
            .keys
            .get(&kid)
            .ok_or("the token was not signed by this pool")?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&self.issuer]);
        validation.set_required_spec_claims(&["exp", "iss"]);
        // Cognito access tokens carry client_id, not aud.
        validation.validate_aud = false;
        let data = jsonwebtoken::decode::<Value>(token, key, &validation)
            .map_err(|e| format!("invalid token: {e}"))?;
        if data.claims["token_use"] != "access" {
            return Err("token_use is not access".into());
        }
        Ok(data.claims)
    }
}

/// The protected demo API, served on a background thread until dropped.
struct DemoApi {
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl DemoApi {
    fn start(verifier: Verifier) -> Result<DemoApi, String> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let listener = rt
            .block_on(async { tokio::net::TcpListener::from_std(listener) })
            .map_err(|e| e.to_string())?;
        let verifier = Arc::new(verifier);
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = axum::Router::new().fallback(move |headers: axum::http::HeaderMap| {
            let verifier = Arc::clone(&verifier);
            async move { answer(&verifier, &headers) }
        });
        let thread = std::thread::Builder::new()
            .name("cogman-demo-api".into())
            .spawn(move || {
                rt.block_on(async move {
                    let _ = axum::serve(listener, app)
                        .with_graceful_shutdown(async {
                            let _ = rx.await;
                        })
                        .await;
                });
            })
            .map_err(|e| e.to_string())?;
        Ok(DemoApi {
            addr,
            shutdown: Some(tx),
            thread: Some(thread),
        })
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for DemoApi {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn answer(
    verifier: &Verifier,
    headers: &axum::http::HeaderMap,
) -> (axum::http::StatusCode, axum::Json<Value>) {
    use axum::http::StatusCode;
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let Some(token) = bearer else {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"message": "Unauthorized: no bearer token"})),
        );
    };
    match verifier.verify(token) {
        Ok(claims) => (
            StatusCode::OK,
            axum::Json(json!({
                "username": claims["username"],
                "token_use": claims["token_use"],
                "client_id": claims["client_id"],
            })),
        ),
        Err(why) => (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "message": format!("Unauthorized: {why}") })),
        ),
    }
}

/// A step title in bold and its explanation, indented under it.
pub fn heading(output: &Output, plain: bool, title: &str, lines: &[&str]) {
    let style = anstyle::Style::new().bold();
    let rule = if plain { "--" } else { "──" };
    let mut out = output.stdout();
    let _ = writeln!(out);
    let _ = writeln!(out, "{style}{rule} {title}{style:#}");
    for line in lines {
        let _ = writeln!(out, "   {line}");
    }
    let _ = out.flush();
}

/// Runs one folder of the bundled collection with the cli reporter; true when it passed.
fn run_folder(
    args: &DemoArgs,
    output: &Output,
    collection_text: &str,
    folder: &str,
    env_vars: Vec<(String, String)>,
    cognito: Option<CognitoRunConfig>,
) -> Result<bool, String> {
    let collection = parse_collection_str(collection_text, "cognito.postman_collection.json")
        .map_err(|e| e.to_string())?;
    let options = RunOptions {
        env_vars,
        folders: vec![folder.to_string()],
        cognito,
        redactor: output.redactor().clone(),
        ..Default::default()
    };
    let cli = CliOptions {
        disable_unicode: args.disable_unicode,
        verbose: args.verbose,
        no_banner: true,
        redactor: output.redactor().clone(),
        ..Default::default()
    };
    let _ = writeln!(output.stdout());
    let mut reporters: Vec<Box<dyn Reporter>> =
        vec![Box::new(CliReporter::new(output.stdout(), cli))];
    let result = crate::engine::run(&collection, options, &mut reporters);
    drop(reporters);
    let summary = result.map_err(|e| e.to_string())?;
    Ok(!summary.has_failures())
}

/// Runs the Cognito part of the demo; returns the exit code.
pub fn run(args: &DemoArgs, _output: &Output) -> i32 {
    // A registry of its own: the first demo's collection declares a secret whose value is the
    // word "password", which would mask that word all through the explanations below.
    let output = &Output::new(args.color, cogman_redact::Redactor::new());
    match tour(args, output) {
        Ok(true) => EXIT_OK,
        Ok(false) => EXIT_FAILURE,
        Err(message) => {
            output.error_line(&format!("Cognito demo: {message}"));
            EXIT_FAILURE
        }
    }
}

fn tour(args: &DemoArgs, output: &Output) -> Result<bool, String> {
    output.redactor().add_secret(DEMO_PASSWORD);
    let pool = DemoPool::start()?;
    let api = DemoApi::start(Verifier::fetch(&pool)?)?;
    let emulator_line = format!("Cognito emulator: {}", pool.emulator.base_url());
    let pool_line = format!(
        "user pool:        {} with user {DEMO_USER} and two app clients: one SRP-only,",
        pool.pool_id
    );
    let api_line = format!(
        "protected API:    {}/profile answers 401 unless the access token's signature",
        api.url()
    );
    let lines = [
        emulator_line.as_str(),
        pool_line.as_str(),
        "                  one that also allows USER_PASSWORD_AUTH",
        api_line.as_str(),
        "                  (checked with the pool's JWKS), issuer, token_use and expiry hold",
    ];
    let plain = args.disable_unicode;
    heading(
        output,
        plain,
        "Step 2: a local Cognito user pool, and an API that only takes its tokens",
        &lines,
    );

    heading(
        output,
        plain,
        "Step 3: the published Postman pre-request script, unchanged",
        &[
            "USER_PASSWORD_AUTH through pm.sendRequest, against the client that allows it.",
            "Its console.log(response.json()) prints the Cognito answer: the tokens come out masked.",
        ],
    );
    let seeded = COLLECTION.replace(SEED_URL, &pool.service_url());
    let mut env_vars = vec![
        ("apiUrl".to_string(), api.url()),
        ("cognitoClientId".to_string(), pool.password_client.clone()),
        ("cognitoUserName".to_string(), DEMO_USER.to_string()),
        ("cognitoUserPassword".to_string(), DEMO_PASSWORD.to_string()),
    ];
    let first = run_folder(args, output, &seeded, "Seed script", env_vars.clone(), None)?;

    heading(
        output,
        plain,
        "Step 4: no script at all: cogman signs in natively with SRP",
        &[
            "cogman signs in once before the run (USER_SRP_AUTH: the password never leaves the",
            "machine), against the SRP-only client, and sets cognitoAccessToken / cognitoIdToken /",
            "cognitoRefreshToken. Same as: cogman run ... --cognito-flow srp --cognito-client-id ...",
        ],
    );
    env_vars.truncate(1);
    let cognito = CognitoRunConfig {
        config: pool.config(&pool.srp_client, AuthFlow::Srp),
        auth_header: CognitoAuthHeader::None,
    };
    let second = run_folder(
        args,
        output,
        COLLECTION,
        "Native sign-in",
        env_vars,
        Some(cognito),
    )?;

    heading(
        output,
        plain,
        "Step 5: the published troubleshooting error, and cogman's fix",
        &["The script's USER_PASSWORD_AUTH against the SRP-only client. Cognito answers:"],
    );
    let troubleshooting = troubleshoot(output, &pool);
    drop(api);
    drop(pool);
    let all = first && second && troubleshooting;
    if all {
        heading(
            output,
            plain,
            "Done: both runs passed, offline, and no password or token was printed",
            &[
                "Next: cogman run <collection> --cognito-user-pool-id ... --cognito-client-id ...",
                "      (secrets from COGMAN_COGNITO_PASSWORD etc.; see cogman run --help)",
            ],
        );
    }
    Ok(all)
}

/// Shows the raw error the script gets, then cogman's diagnosis of it. True when both came.
fn troubleshoot(output: &Output, pool: &DemoPool) -> bool {
    let mut out = output.stdout();
    let body = json!({
        "AuthParameters": {"USERNAME": DEMO_USER, "PASSWORD": DEMO_PASSWORD},
        "AuthFlow": "USER_PASSWORD_AUTH",
        "ClientId": pool.srp_client,
    });
    let raw = cogman_http::Client::new(cogman_http::ClientOptions::default())
        .map_err(|e| e.to_string())
        .and_then(|client| {
            let req = cogman_http::HttpRequest {
                method: "POST".into(),
                url: pool.service_url(),
                headers: vec![
                    (
                        "X-Amz-Target".into(),
                        "AWSCognitoIdentityProviderService.InitiateAuth".into(),
                    ),
                    ("Content-Type".into(), "application/x-amz-json-1.1".into()),
                ],
                body: cogman_http::RequestBody::Bytes(body.to_string().into()),
            };
            client
                .send(&req, &cogman_http::SendOptions::default())
                .map_err(|e| e.to_string())
        });
    let raw_ok = match raw {
        Ok(resp) => {
            let text = String::from_utf8_lossy(&resp.body).into_owned();
            let _ = writeln!(out, "   HTTP {} {text}", resp.status);
            text.contains("USER_PASSWORD_AUTH flow not enabled for this client")
        }
        Err(e) => {
            let _ = writeln!(out, "   (request failed: {e})");
            false
        }
    };
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "   cogman run ... --cognito-flow password against the same client exits 1 with:"
    );
    let client = match cogman_http::Client::new(cogman_http::ClientOptions::default()) {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(out, "   (no HTTP client: {e})");
            return false;
        }
    };
    let cognito = CognitoClient::new(
        pool.config(&pool.srp_client, AuthFlow::Password),
        client,
        output.redactor().clone(),
    );
    let diagnosed = match cognito.sign_in() {
        Ok(_) => {
            let _ = writeln!(out, "   (unexpected: the sign-in worked)");
            false
        }
        Err(e) => {
            for (i, line) in e.to_string().lines().enumerate() {
                let lead = if i == 0 { "   error: " } else { "   " };
                let _ = writeln!(out, "{lead}{line}");
            }
            e.diagnosis().is_some()
        }
    };
    let _ = out.flush();
    raw_ok && diagnosed
}
