//! The flows against moto's Cognito server on 127.0.0.1 (wire compatibility).
//!
//! `COGMAN_MOTO_SERVER` names the `moto_server` executable. Without it these tests fail under
//! `CI` and print a skip notice elsewhere. moto accepts any SRP signature and any SigV4, so the
//! SRP math itself is proved by the vector tests; here the wire format and flows are.

use std::cell::RefCell;
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cogman_cognito::{
    AuthFlow, AwsCredentials, CognitoClient, CognitoConfig, CognitoError, Transport,
    TransportRequest, TransportResponse, claims, secret_hash,
};
use cogman_redact::Redactor;
use serde_json::{Value, json};

const PASSWORD: &str = "Perm-Pass-9x!";
const TEMP_PASSWORD: &str = "Temp-Pass-7q!";
const NEW_PASSWORD: &str = "Brand-New-Pass-3z!";

/// A moto server, killed on drop.
struct Moto {
    child: Child,
    url: String,
    http: cogman_http::Client,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts moto, or returns `None` (skip) when it is not configured outside CI.
fn moto() -> Option<Moto> {
    let Some(exe) = std::env::var_os("COGMAN_MOTO_SERVER").filter(|v| !v.is_empty()) else {
        if std::env::var_os("CI").is_some() {
            panic!(
                "COGMAN_MOTO_SERVER is not set: the moto tests need a moto_server executable \
                 (scripts/test installs one into .cache/venv/bin/moto_server)"
            );
        }
        eprintln!("skipping: COGMAN_MOTO_SERVER is not set (run scripts/test to install moto)");
        return None;
    };
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        l.local_addr().expect("local addr").port()
    };
    let child = Command::new(&exe)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.to_string_lossy()));
    let http = cogman_http::Client::new(cogman_http::ClientOptions::default()).expect("client");
    let mut moto = Moto {
        child,
        url: format!("http://127.0.0.1:{port}/"),
        http,
    };
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = moto.child.try_wait() {
            panic!("moto_server exited before answering: {status}");
        }
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(90),
            "moto_server did not listen on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(moto)
}

impl Moto {
    /// One raw JSON 1.1 call (moto accepts any SigV4, so a syntactically plausible one is sent).
    fn raw(&self, op: &str, body: Value) -> Value {
        let req = cogman_http::HttpRequest {
            method: "POST".into(),
            url: self.url.clone(),
            headers: vec![
                ("Content-Type".into(), "application/x-amz-json-1.1".into()),
                (
                    "X-Amz-Target".into(),
                    format!("AWSCognitoIdentityProviderService.{op}"),
                ),
                (
                    "Authorization".into(),
                    "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/cognito-idp/aws4_request, \
                     SignedHeaders=host, Signature=00"
                        .into(),
                ),
            ],
            body: cogman_http::RequestBody::Bytes(body.to_string().into()),
        };
        let resp = self
            .http
            .send(&req, &cogman_http::SendOptions::default())
            .unwrap_or_else(|e| panic!("{op}: {e}"));
        let v: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
        assert!(resp.status < 300, "{op} failed: HTTP {} {v}", resp.status);
        v
    }

    fn pool(&self, extra: Value) -> String {
        let mut body = json!({"PoolName": "cogman-test"});
        if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
            b.extend(e.clone());
        }
        let v = self.raw("CreateUserPool", body);
        v["UserPool"]["Id"].as_str().expect("pool id").to_string()
    }

    /// Returns (client id, client secret).
    fn app_client(&self, pool: &str, secret: bool) -> (String, Option<String>) {
        let v = self.raw(
            "CreateUserPoolClient",
            json!({
                "UserPoolId": pool,
                "ClientName": "cogman",
                "GenerateSecret": secret,
                "ExplicitAuthFlows": [
                    "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH",
                    "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"
                ]
            }),
        );
        let c = &v["UserPoolClient"];
        (
            c["ClientId"].as_str().expect("client id").to_string(),
            c["ClientSecret"].as_str().map(str::to_string),
        )
    }

    fn user(&self, pool: &str, username: &str, permanent: bool) {
        self.raw(
            "AdminCreateUser",
            json!({"UserPoolId": pool, "Username": username,
                   "TemporaryPassword": TEMP_PASSWORD, "MessageAction": "SUPPRESS"}),
        );
        if permanent {
            self.raw(
                "AdminSetUserPassword",
                json!({"UserPoolId": pool, "Username": username,
                       "Password": PASSWORD, "Permanent": true}),
            );
        }
    }

    fn config(&self, pool: &str, client: &str, flow: AuthFlow) -> CognitoConfig {
        CognitoConfig {
            user_pool_id: Some(pool.to_string()),
            client_id: client.to_string(),
            username: Some("alice".into()),
            password: Some(PASSWORD.into()),
            flow,
            endpoint: Some(self.url.clone()),
            ..Default::default()
        }
    }
}

/// Forwards to the real HTTP client and keeps every exchange for inspection.
struct Recorder<'a> {
    inner: &'a cogman_http::Client,
    log: RefCell<Vec<(TransportRequest, TransportResponse)>>,
}

impl<'a> Recorder<'a> {
    fn new(inner: &'a cogman_http::Client) -> Self {
        Recorder {
            inner,
            log: RefCell::new(Vec::new()),
        }
    }

    /// (X-Amz-Target operation, parsed body) of each request.
    fn requests(&self) -> Vec<(String, Value)> {
        self.log
            .borrow()
            .iter()
            .map(|(req, _)| {
                let op = req
                    .header("x-amz-target")
                    .unwrap_or_default()
                    .rsplit('.')
                    .next()
                    .unwrap_or_default()
                    .to_string();
                (op, serde_json::from_slice(&req.body).unwrap_or(Value::Null))
            })
            .collect()
    }
}

impl Transport for Recorder<'_> {
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String> {
        let resp = Transport::send(self.inner, req)?;
        self.log.borrow_mut().push((req.clone(), resp.clone()));
        Ok(resp)
    }
}

fn assert_no_secret(text: &str, secrets: &[&str]) {
    for s in secrets {
        assert!(!text.contains(s), "output leaks a secret: {text}");
    }
}

#[test]
fn password_sign_in_and_refresh_keep_the_refresh_token() {
    let Some(moto) = moto() else { return };
    let pool = moto.pool(json!({}));
    let (client_id, _) = moto.app_client(&pool, false);
    moto.user(&pool, "alice", true);
    let redactor = Redactor::new();
    let client = CognitoClient::new(
        moto.config(&pool, &client_id, AuthFlow::Password),
        &moto.http,
        redactor.clone(),
    );
    let tokens = client.sign_in().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(tokens.token_type, "Bearer");
    let access = claims(&tokens.access_token).expect("claims");
    assert_eq!(access["username"], "alice");
    assert_eq!(access["client_id"], client_id.as_str());
    let id = tokens.id_claims().expect("id token").expect("id claims");
    assert_eq!(id["cognito:username"], "alice");
    let refresh = tokens.refresh_token.clone().expect("refresh token");
    assert!(tokens.expires_at > chrono::Utc::now() + chrono::Duration::minutes(50));

    // moto, like Cognito without rotation, returns no new refresh token: the old one stays.
    let renewed = client
        .refresh(&refresh, tokens.internal_username().as_deref())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(renewed.refresh_token.as_deref(), Some(refresh.as_str()));
    assert!(!renewed.access_token.is_empty());

    // Everything learned is registered with the redactor.
    let text = format!("{} {refresh} {PASSWORD}", renewed.access_token);
    let masked = redactor.redact(&text);
    assert_no_secret(&masked, &[&refresh, PASSWORD, &renewed.access_token]);
    assert_no_secret(
        &format!("{tokens:?} {renewed:?} {client:?}"),
        &[PASSWORD, &refresh],
    );
}

#[test]
fn new_password_required_is_answered() {
    let Some(moto) = moto() else { return };
    let pool = moto.pool(json!({}));
    let (client_id, _) = moto.app_client(&pool, false);
    moto.user(&pool, "alice", false);

    // Without --cognito-new-password the error names the flag.
    let cfg = CognitoConfig {
        password: Some(TEMP_PASSWORD.into()),
        ..moto.config(&pool, &client_id, AuthFlow::Password)
    };
    let err = CognitoClient::new(cfg.clone(), &moto.http, Redactor::new())
        .sign_in()
        .expect_err("challenge without a new password");
    assert!(
        matches!(err, CognitoError::Challenge { ref name, .. } if name == "NEW_PASSWORD_REQUIRED")
    );
    let text = err.to_string();
    assert!(text.contains("--cognito-new-password"), "{text}");
    assert_no_secret(&text, &[TEMP_PASSWORD]);

    let cfg = CognitoConfig {
        new_password: Some(NEW_PASSWORD.into()),
        ..cfg
    };
    let rec = Recorder::new(&moto.http);
    let client = CognitoClient::new(cfg, &rec, Redactor::new());
    let tokens = client.sign_in().unwrap_or_else(|e| panic!("{e}"));
    assert!(!tokens.access_token.is_empty());
    let reqs = rec.requests();
    let (op, body) = &reqs[1];
    assert_eq!(op, "RespondToAuthChallenge");
    assert_eq!(body["ChallengeName"], "NEW_PASSWORD_REQUIRED");
    assert_eq!(body["ChallengeResponses"]["NEW_PASSWORD"], NEW_PASSWORD);
    assert_eq!(body["ChallengeResponses"]["USERNAME"], "alice");
    assert!(body["Session"].is_string());

    // The password is now the new one: the same client signs in again without a challenge.
    client.sign_in().unwrap_or_else(|e| panic!("{e}"));
    // A later run that still passes the temporary password falls back to the new one.
    let later = CognitoClient::new(
        CognitoConfig {
            user_pool_id: Some(pool.clone()),
            client_id: client_id.clone(),
            username: Some("alice".into()),
            password: Some(TEMP_PASSWORD.into()),
            new_password: Some(NEW_PASSWORD.into()),
            flow: AuthFlow::Password,
            endpoint: Some(moto.url.clone()),
            ..Default::default()
        },
        &moto.http,
        Redactor::new(),
    );
    later.sign_in().unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn secret_hash_is_sent_on_sign_in_and_refresh() {
    let Some(moto) = moto() else { return };
    // moto checks the refresh SECRET_HASH against the name typed at sign-in, while Cognito
    // wants the internal name (the `username` claim); with a plain user name they are equal.
    // The alias case is covered by the fake-transport tests.
    let pool = moto.pool(json!({}));
    let (client_id, secret) = moto.app_client(&pool, true);
    let secret = secret.expect("moto returns a client secret");
    moto.user(&pool, "alice", true);

    let rec = Recorder::new(&moto.http);
    let redactor = Redactor::new();
    let client = CognitoClient::new(
        CognitoConfig {
            client_secret: Some(secret.clone()),
            ..moto.config(&pool, &client_id, AuthFlow::Password)
        },
        &rec,
        redactor.clone(),
    );
    let tokens = client.sign_in().unwrap_or_else(|e| panic!("{e}"));
    let reqs = rec.requests();
    assert_eq!(
        reqs[0].1["AuthParameters"]["SECRET_HASH"],
        secret_hash("alice", &client_id, &secret).as_str()
    );

    let internal = tokens.internal_username().expect("username claim");
    assert_eq!(internal, "alice");
    let refresh = tokens.refresh_token.clone().expect("refresh token");
    let renewed = client
        .refresh(&refresh, Some(&internal))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(renewed.refresh_token.as_deref(), Some(refresh.as_str()));
    let reqs = rec.requests();
    let (op, body) = reqs.last().expect("refresh request");
    assert_eq!(op, "InitiateAuth");
    assert_eq!(body["AuthFlow"], "REFRESH_TOKEN_AUTH");
    assert_eq!(
        body["AuthParameters"]["SECRET_HASH"],
        secret_hash(&internal, &client_id, &secret).as_str()
    );
    assert_eq!(redactor.redact(&secret), cogman_redact::MASK);

    // Without the secret, moto (like Cognito) refuses the client.
    let err = CognitoClient::new(
        moto.config(&pool, &client_id, AuthFlow::Password),
        &moto.http,
        Redactor::new(),
    )
    .refresh(&refresh, None)
    .expect_err("refresh without SECRET_HASH");
    assert_eq!(err.error_type(), Some("NotAuthorizedException"));
    assert_no_secret(&format!("{err} {err:?}"), &[&secret, &refresh]);
}

#[test]
fn admin_flow_is_signed_with_sigv4() {
    let Some(moto) = moto() else { return };
    let pool = moto.pool(json!({}));
    let (client_id, _) = moto.app_client(&pool, false);
    moto.user(&pool, "alice", true);
    let rec = Recorder::new(&moto.http);
    let client = CognitoClient::new(
        moto.config(&pool, &client_id, AuthFlow::AdminPassword),
        &rec,
        Redactor::new(),
    )
    .with_aws_credentials(AwsCredentials {
        access_key_id: "AKIDTESTCOGMAN".into(),
        secret_access_key: "test-secret-access-key".into(),
        session_token: None,
    });
    let tokens = client.sign_in().unwrap_or_else(|e| panic!("{e}"));
    assert!(!tokens.access_token.is_empty());
    let log = rec.log.borrow();
    let (req, _) = &log[0];
    assert_eq!(
        req.header("x-amz-target"),
        Some("AWSCognitoIdentityProviderService.AdminInitiateAuth")
    );
    let auth = req.header("authorization").unwrap_or_default();
    assert!(
        auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDTESTCOGMAN/")
            && auth.contains("/us-east-1/cognito-idp/aws4_request"),
        "{auth}"
    );
    let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
    assert_eq!(body["UserPoolId"], pool.as_str());
    assert_eq!(body["AuthFlow"], "ADMIN_USER_PASSWORD_AUTH");
}

#[test]
fn srp_flow_completes() {
    let Some(moto) = moto() else { return };
    let pool = moto.pool(json!({}));
    let (client_id, _) = moto.app_client(&pool, false);
    moto.user(&pool, "alice", true);
    let rec = Recorder::new(&moto.http);
    let client = CognitoClient::new(
        moto.config(&pool, &client_id, AuthFlow::Srp),
        &rec,
        Redactor::new(),
    );
    let tokens = client.sign_in().unwrap_or_else(|e| panic!("{e}"));
    assert!(!tokens.access_token.is_empty());
    let reqs = rec.requests();
    assert_eq!(reqs[0].1["AuthFlow"], "USER_SRP_AUTH");
    let a = reqs[0].1["AuthParameters"]["SRP_A"]
        .as_str()
        .unwrap_or_default();
    assert!(a.len() > 700, "SRP_A is a 3072-bit number: {a}");
    assert!(reqs[0].1["AuthParameters"].get("PASSWORD").is_none());
    let answer = &reqs[1].1;
    assert_eq!(answer["ChallengeName"], "PASSWORD_VERIFIER");
    let r = &answer["ChallengeResponses"];
    for key in [
        "USERNAME",
        "PASSWORD_CLAIM_SECRET_BLOCK",
        "TIMESTAMP",
        "PASSWORD_CLAIM_SIGNATURE",
    ] {
        assert!(r[key].is_string(), "{key} missing in {r}");
    }
    // The password never travels in the SRP flow.
    let log = rec.log.borrow();
    for (req, _) in log.iter() {
        assert!(!String::from_utf8_lossy(&req.body).contains(PASSWORD));
    }
}

#[test]
fn service_errors_carry_diagnoses_and_no_password() {
    let Some(moto) = moto() else { return };
    let pool = moto.pool(json!({}));
    let (client_id, _) = moto.app_client(&pool, false);
    moto.user(&pool, "alice", true);
    let wrong = "Wrong-Password-55!";

    let cfg = CognitoConfig {
        password: Some(wrong.into()),
        ..moto.config(&pool, &client_id, AuthFlow::Password)
    };
    let err = CognitoClient::new(cfg, &moto.http, Redactor::new())
        .sign_in()
        .expect_err("wrong password");
    assert_eq!(err.error_type(), Some("NotAuthorizedException"));
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.endpoint(), Some(moto.url.as_str()));
    let d = err.diagnosis().expect("diagnosis");
    assert!(d.cause.contains("wrong password"), "{}", d.cause);
    let text = err.to_string();
    assert!(text.contains("Incorrect username or password."), "{text}");
    assert!(
        text.contains("aws cognito-idp admin-set-user-password"),
        "{text}"
    );
    assert!(text.contains(&pool), "the fix names the pool: {text}");
    assert_no_secret(&format!("{text} {err:?}"), &[wrong, PASSWORD]);

    let cfg = CognitoConfig {
        username: Some("nobody".into()),
        ..moto.config(&pool, &client_id, AuthFlow::Password)
    };
    let err = CognitoClient::new(cfg, &moto.http, Redactor::new())
        .sign_in()
        .expect_err("unknown user");
    assert_eq!(err.error_type(), Some("UserNotFoundException"));
    assert!(err.to_string().contains("list-users"), "{err}");
    assert_no_secret(&format!("{err} {err:?}"), &[PASSWORD]);

    let err = CognitoClient::new(
        moto.config(&pool, "no-such-client", AuthFlow::Srp),
        &moto.http,
        Redactor::new(),
    )
    .sign_in()
    .expect_err("unknown client");
    assert_eq!(err.error_type(), Some("ResourceNotFoundException"));
    assert!(err.to_string().contains("region"), "{err}");
    assert_no_secret(&format!("{err} {err:?}"), &[PASSWORD]);

    let err = CognitoClient::new(
        moto.config(&pool, &client_id, AuthFlow::Refresh),
        &moto.http,
        Redactor::new(),
    )
    .refresh("not-a-refresh-token", None)
    .expect_err("bogus refresh token");
    assert_eq!(err.error_type(), Some("NotAuthorizedException"));
    assert!(err.to_string().contains("Sign in again"), "{err}");
}
