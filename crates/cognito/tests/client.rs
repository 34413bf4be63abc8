//! Client behaviour with a scripted transport (challenges, retries, token lifecycle, cache,
//! redaction), the OAuth2 client_credentials flow against a small server on 127.0.0.1, and
//! the error catalogue.

use std::cell::RefCell;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, TimeZone, Utc};
use cogman_cognito::{
    AuthFlow, CognitoClient, CognitoConfig, CognitoError, DiagnosisContext, MAX_ATTEMPTS,
    TokenManager, Transport, TransportRequest, TransportResponse, diagnose, diagnose_with,
    secret_hash, totp,
};
use cogman_redact::Redactor;
use serde_json::{Value, json};

const PASSWORD: &str = "Correct-Horse-42!";
const SECRET: &str = "client-secret-0123456789";

fn jwt(payload: Value) -> String {
    let enc = |v: &[u8]| URL_SAFE_NO_PAD.encode(v);
    format!(
        "{}.{}.{}",
        enc(br#"{"alg":"RS256","kid":"k1"}"#),
        enc(payload.to_string().as_bytes()),
        enc(b"signature-bytes")
    )
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

fn ok(body: Value) -> TransportResponse {
    TransportResponse {
        status: 200,
        headers: vec![],
        body: body.to_string().into_bytes(),
    }
}

fn aws_error(ty: &str, message: &str) -> TransportResponse {
    TransportResponse {
        status: 400,
        headers: vec![],
        body: json!({"__type": ty, "message": message})
            .to_string()
            .into_bytes(),
    }
}

type Handler = Box<dyn Fn(&str, &Value) -> TransportResponse>;

/// Answers each call from a handler given (operation, body) and records the calls.
struct Scripted {
    handler: Handler,
    calls: RefCell<Vec<(String, Value, TransportRequest)>>,
}

impl Scripted {
    fn new(handler: impl Fn(&str, &Value) -> TransportResponse + 'static) -> Self {
        Scripted {
            handler: Box::new(handler),
            calls: RefCell::new(Vec::new()),
        }
    }

    fn ops(&self) -> Vec<String> {
        self.calls.borrow().iter().map(|c| c.0.clone()).collect()
    }

    fn body(&self, i: usize) -> Value {
        self.calls.borrow()[i].1.clone()
    }
}

impl Transport for Scripted {
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String> {
        let op = req
            .header("x-amz-target")
            .and_then(|t| t.rsplit('.').next())
            .unwrap_or("oauth2")
            .to_string();
        let body: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
        let resp = (self.handler)(&op, &body);
        self.calls.borrow_mut().push((op, body, req.clone()));
        Ok(resp)
    }
}

fn config(flow: AuthFlow) -> CognitoConfig {
    CognitoConfig {
        user_pool_id: Some("eu-west-1_TestPool".into()),
        client_id: "client-abc".into(),
        username: Some("alice@example.com".into()),
        password: Some(PASSWORD.into()),
        flow,
        ..Default::default()
    }
}

fn auth_result(access: &str, refresh: Option<&str>, expires_in: i64) -> TransportResponse {
    let mut r = json!({
        "AccessToken": access,
        "IdToken": jwt(json!({"token_use": "id", "cognito:username": "uuid-internal-1"})),
        "ExpiresIn": expires_in,
        "TokenType": "Bearer",
    });
    if let Some(rt) = refresh {
        r["RefreshToken"] = rt.into();
    }
    ok(json!({ "AuthenticationResult": r }))
}

fn access_token(n: u32) -> String {
    jwt(json!({"token_use": "access", "username": "uuid-internal-1", "n": n}))
}

#[test]
fn throttling_is_retried_with_growing_backoff() {
    let attempts = Arc::new(Mutex::new(0u32));
    let a = attempts.clone();
    let t = Scripted::new(move |_, _| {
        let mut n = a.lock().unwrap_or_else(|e| e.into_inner());
        *n += 1;
        if *n <= 2 {
            aws_error("TooManyRequestsException", "Rate exceeded")
        } else {
            auth_result(&access_token(1), Some("refresh-token-1"), 3600)
        }
    });
    let sleeps = Arc::new(Mutex::new(Vec::new()));
    let s = sleeps.clone();
    let client = CognitoClient::new(config(AuthFlow::Password), &t, Redactor::new()).with_sleeper(
        Arc::new(move |d: Duration| s.lock().unwrap_or_else(|e| e.into_inner()).push(d)),
    );
    client.sign_in_at(t0()).unwrap_or_else(|e| panic!("{e}"));
    let sleeps = sleeps.lock().unwrap_or_else(|e| e.into_inner()).clone();
    assert_eq!(sleeps.len(), 2);
    assert!(sleeps[0] >= Duration::from_millis(100) && sleeps[0] <= Duration::from_millis(200));
    assert!(sleeps[1] >= Duration::from_millis(200) && sleeps[1] <= Duration::from_millis(400));
}

#[test]
fn throttling_retries_are_bounded() {
    let t = Scripted::new(|_, _| aws_error("TooManyRequestsException", "Rate exceeded"));
    let client = CognitoClient::new(config(AuthFlow::Password), &t, Redactor::new())
        .with_sleeper(Arc::new(|_| {}));
    let err = client.sign_in_at(t0()).expect_err("always throttled");
    assert_eq!(t.ops().len(), MAX_ATTEMPTS as usize);
    assert!(err.is_throttling());
    assert!(err.to_string().contains("back"), "{err}");
}

#[test]
fn token_manager_refreshes_within_a_minute_of_expiry() {
    let t = Scripted::new(|op, body| match (op, body["AuthFlow"].as_str()) {
        ("InitiateAuth", Some("USER_PASSWORD_AUTH")) => {
            auth_result(&access_token(1), Some("refresh-token-1"), 3600)
        }
        // Cognito returns no new refresh token on refresh.
        ("InitiateAuth", Some("REFRESH_TOKEN_AUTH")) => auth_result(&access_token(2), None, 3600),
        _ => aws_error("InvalidParameterException", "unexpected"),
    });
    let now = Arc::new(Mutex::new(t0()));
    let clock_now = now.clone();
    let cfg = CognitoConfig {
        client_secret: Some(SECRET.into()),
        ..config(AuthFlow::Password)
    };
    let client = CognitoClient::new(cfg, &t, Redactor::new());
    let mut mgr = TokenManager::new(client)
        .with_cache_path(None)
        .with_clock(Arc::new(move || {
            *clock_now.lock().unwrap_or_else(|e| e.into_inner())
        }));
    let set = |secs: i64| {
        *now.lock().unwrap_or_else(|e| e.into_inner()) = t0() + chrono::Duration::seconds(secs)
    };

    let first = mgr.current().unwrap_or_else(|e| panic!("{e}")).clone();
    assert_eq!(first.expires_at, t0() + chrono::Duration::seconds(3600));
    assert_eq!(t.ops().len(), 1);

    set(3539); // 61 s left: still good
    let same = mgr.current().unwrap_or_else(|e| panic!("{e}")).clone();
    assert_eq!(same.access_token, first.access_token);
    assert_eq!(t.ops().len(), 1);

    set(3541); // 59 s left: refresh
    let renewed = mgr.current().unwrap_or_else(|e| panic!("{e}")).clone();
    assert_eq!(t.ops().len(), 2);
    assert_eq!(renewed.access_token, access_token(2));
    assert_eq!(renewed.refresh_token.as_deref(), Some("refresh-token-1"));
    assert_eq!(
        renewed.expires_at,
        t0() + chrono::Duration::seconds(3541 + 3600)
    );
    // SECRET_HASH on refresh uses the internal user name (the access token's `username`
    // claim), not the alias typed.
    let refresh_body = t.body(1);
    assert_eq!(
        refresh_body["AuthParameters"]["REFRESH_TOKEN"],
        "refresh-token-1"
    );
    assert_eq!(
        refresh_body["AuthParameters"]["SECRET_HASH"],
        secret_hash("uuid-internal-1", "client-abc", SECRET).as_str()
    );
    assert_eq!(
        t.body(0)["AuthParameters"]["SECRET_HASH"],
        secret_hash("alice@example.com", "client-abc", SECRET).as_str()
    );
}

#[test]
fn token_manager_signs_in_again_when_the_refresh_token_is_stale() {
    let t = Scripted::new(|_, body| match body["AuthFlow"].as_str() {
        Some("REFRESH_TOKEN_AUTH") => {
            aws_error("NotAuthorizedException", "Refresh Token has expired")
        }
        _ => auth_result(&access_token(1), Some("refresh-token-1"), 3600),
    });
    let now = Arc::new(Mutex::new(t0()));
    let c = now.clone();
    let mut mgr = TokenManager::new(CognitoClient::new(
        config(AuthFlow::Password),
        &t,
        Redactor::new(),
    ))
    .with_cache_path(None)
    .with_clock(Arc::new(move || {
        *c.lock().unwrap_or_else(|e| e.into_inner())
    }));
    mgr.current().unwrap_or_else(|e| panic!("{e}"));
    *now.lock().unwrap_or_else(|e| e.into_inner()) = t0() + chrono::Duration::hours(2);
    mgr.current().unwrap_or_else(|e| panic!("{e}"));
    let flows: Vec<String> = (0..3)
        .map(|i| {
            t.body(i)["AuthFlow"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        flows,
        [
            "USER_PASSWORD_AUTH",
            "REFRESH_TOKEN_AUTH",
            "USER_PASSWORD_AUTH"
        ]
    );
}

#[test]
fn token_cache_is_reused_and_holds_no_password() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("cogman").join("tokens-test.json");
    let t = Scripted::new(|_, _| auth_result(&access_token(1), Some("refresh-token-1"), 3600));
    let clock: cogman_cognito::Clock = Arc::new(t0);
    let cfg = CognitoConfig {
        cache: true,
        ..config(AuthFlow::Password)
    };
    let mut mgr = TokenManager::new(CognitoClient::new(cfg.clone(), &t, Redactor::new()))
        .with_cache_path(Some(path.clone()))
        .with_clock(clock.clone());
    mgr.current().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.ops().len(), 1);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(text.contains("refresh-token-1"));
    assert!(!text.contains(PASSWORD));

    // A second run reads the cache: no call.
    let t2 = Scripted::new(|_, _| aws_error("InternalErrorException", "should not be called"));
    let redactor = Redactor::new();
    let mut mgr2 = TokenManager::new(CognitoClient::new(cfg.clone(), &t2, redactor.clone()))
        .with_cache_path(Some(path.clone()))
        .with_clock(clock.clone());
    let cached = mgr2.current().unwrap_or_else(|e| panic!("{e}")).clone();
    assert_eq!(t2.ops().len(), 0);
    // Cached tokens are registered with the redactor too.
    assert!(
        !redactor
            .redact("refresh-token-1")
            .contains("refresh-token-1")
    );
    assert_eq!(cached.access_token, access_token(1));

    // An unreadable cache is ignored.
    std::fs::write(&path, "{ not json").unwrap_or_else(|e| panic!("{e}"));
    let t3 = Scripted::new(|_, _| auth_result(&access_token(3), Some("refresh-token-3"), 3600));
    let mut mgr3 = TokenManager::new(CognitoClient::new(cfg.clone(), &t3, Redactor::new()))
        .with_cache_path(Some(path.clone()))
        .with_clock(clock);
    assert_eq!(
        mgr3.current()
            .unwrap_or_else(|e| panic!("{e}"))
            .access_token,
        access_token(3)
    );
    assert_eq!(t3.ops().len(), 1);

    // The default path lives in the user's cache dir and depends on pool, client, user, flow.
    let other = CognitoConfig {
        username: Some("bob".into()),
        ..cfg.clone()
    };
    assert_ne!(cfg.cache_key(), other.cache_key());
    if let Some(p) = cogman_cognito::default_cache_path(&cfg.cache_key()) {
        let s = p.to_string_lossy().to_string();
        assert!(s.contains("cogman") && s.ends_with(".json"), "{s}");
        assert!(!s.contains("alice"), "{s}");
    }
}

#[test]
fn software_token_mfa_is_answered_with_totp() {
    let secret_b32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    let t = Scripted::new(|op, _| match op {
        "InitiateAuth" => ok(json!({
            "ChallengeName": "SOFTWARE_TOKEN_MFA",
            "Session": "session-1",
            "ChallengeParameters": {"USERNAME": "uuid-internal-1"}
        })),
        _ => auth_result(&access_token(1), Some("r-1111"), 3600),
    });
    let cfg = CognitoConfig {
        totp_secret: Some(secret_b32.into()),
        ..config(AuthFlow::Password)
    };
    let client = CognitoClient::new(cfg, &t, Redactor::new());
    client.sign_in_at(t0()).unwrap_or_else(|e| panic!("{e}"));
    let answer = t.body(1);
    assert_eq!(answer["ChallengeName"], "SOFTWARE_TOKEN_MFA");
    assert_eq!(answer["Session"], "session-1");
    let expected = totp::totp(secret_b32, t0().timestamp()).unwrap_or_default();
    assert_eq!(
        answer["ChallengeResponses"]["SOFTWARE_TOKEN_MFA_CODE"],
        expected.as_str()
    );
    assert_eq!(answer["ChallengeResponses"]["USERNAME"], "uuid-internal-1");
}

#[test]
fn unsupported_challenges_name_the_challenge_and_the_fix() {
    for (name, needle) in [
        ("SMS_MFA", "admin-set-user-mfa-preference"),
        ("EMAIL_OTP", "--email-mfa-settings"),
        ("SELECT_MFA_TYPE", "--cognito-totp-secret"),
        ("MFA_SETUP", "set-user-pool-mfa-config"),
        ("CUSTOM_CHALLENGE", "Lambda triggers"),
        ("SOFTWARE_TOKEN_MFA", "--cognito-totp-secret"),
        ("NEW_PASSWORD_REQUIRED", "--cognito-new-password"),
        ("SOMETHING_NEW", "SOMETHING_NEW"),
    ] {
        let t = Scripted::new(move |_, _| {
            ok(json!({"ChallengeName": name, "Session": "s", "ChallengeParameters": {}}))
        });
        let err = CognitoClient::new(config(AuthFlow::Password), &t, Redactor::new())
            .sign_in_at(t0())
            .expect_err("unsupported challenge");
        let text = err.to_string();
        assert!(
            matches!(&err, CognitoError::Challenge { name: n, .. } if n == name),
            "{text}"
        );
        assert!(
            text.contains(name) && text.contains(needle),
            "{name}: {text}"
        );
        assert!(!text.contains("{P}") && !text.contains("{U}"), "{text}");
        assert!(!text.contains(PASSWORD));
    }
}

#[test]
fn outputs_never_contain_the_password() {
    // A hostile or buggy server echoing the password in its error message.
    let t = Scripted::new(|_, body| {
        let pw = body["AuthParameters"]["PASSWORD"]
            .as_str()
            .unwrap_or("")
            .to_string();
        aws_error(
            "com.amazonaws.cognito#NotAuthorizedException",
            &format!("Incorrect username or password. (got {pw})"),
        )
    });
    let cfg = CognitoConfig {
        client_secret: Some(SECRET.into()),
        new_password: Some("Next-Password-77!".into()),
        ..config(AuthFlow::Password)
    };
    let client = CognitoClient::new(cfg.clone(), &t, Redactor::new());
    let err = client.sign_in_at(t0()).expect_err("rejected");
    assert_eq!(err.error_type(), Some("NotAuthorizedException"));
    let outputs = format!("{err}\n{err:?}\n{client:?}\n{cfg:?}");
    for secret in [PASSWORD, SECRET, "Next-Password-77!"] {
        assert!(!outputs.contains(secret), "leak of {secret}: {outputs}");
    }
    assert!(outputs.contains("Incorrect username or password"));

    let ok_t = Scripted::new(|_, _| auth_result(&access_token(9), Some("refresh-token-9"), 3600));
    let redactor = Redactor::new();
    let tokens = CognitoClient::new(config(AuthFlow::Password), &ok_t, redactor.clone())
        .sign_in_at(t0())
        .unwrap_or_else(|e| panic!("{e}"));
    let shown = format!("{tokens:?}");
    assert!(!shown.contains(&tokens.access_token) && !shown.contains("refresh-token-9"));
    assert!(!shown.contains(PASSWORD));
    let line = format!("password={PASSWORD} refresh=refresh-token-9");
    let masked = redactor.redact(&line);
    assert!(
        !masked.contains(PASSWORD) && !masked.contains("refresh-token-9"),
        "{masked}"
    );
}

#[test]
fn network_errors_name_the_endpoint() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        l.local_addr().map(|a| a.port()).unwrap_or(9)
    };
    let http = cogman_http::Client::new(cogman_http::ClientOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let endpoint = format!("http://127.0.0.1:{port}/");
    let cfg = CognitoConfig {
        endpoint: Some(endpoint.clone()),
        ..config(AuthFlow::Srp)
    };
    let err = CognitoClient::new(cfg, &http, Redactor::new())
        .sign_in()
        .expect_err("nothing listens");
    assert!(matches!(err, CognitoError::Network { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains(&endpoint) && text.contains("ECONNREFUSED"),
        "{text}"
    );
}

#[test]
fn missing_settings_name_the_flag() {
    let t = Scripted::new(|_, _| aws_error("InternalErrorException", "unused"));
    let check = |cfg: CognitoConfig, flag: &str| {
        let err = CognitoClient::new(cfg, &t, Redactor::new())
            .sign_in_at(t0())
            .expect_err("config error");
        assert!(err.to_string().contains(flag), "{flag}: {err}");
    };
    check(
        CognitoConfig {
            password: None,
            ..config(AuthFlow::Srp)
        },
        "--cognito-password",
    );
    check(
        CognitoConfig {
            username: None,
            ..config(AuthFlow::Password)
        },
        "--cognito-username",
    );
    check(config(AuthFlow::Refresh), "--cognito-refresh-token");
    check(config(AuthFlow::ClientCredentials), "--cognito-domain");
    check(
        CognitoConfig {
            domain: Some("myapp".into()),
            ..config(AuthFlow::ClientCredentials)
        },
        "--cognito-client-secret",
    );
    check(
        CognitoConfig {
            user_pool_id: None,
            ..config(AuthFlow::Password)
        },
        "--cognito-region",
    );
    check(
        CognitoConfig {
            user_pool_id: None,
            ..config(AuthFlow::Srp)
        },
        "--cognito-user-pool-id",
    );
    assert!(t.ops().is_empty());
}

/// A one-shot HTTP/1.1 server on 127.0.0.1 that records the request and answers `reply`.
fn one_shot_server(status: u16, reply: Value) -> (String, std::thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
    let handle = std::thread::spawn(move || {
        let Ok((stream, _)) = listener.accept() else {
            return String::new();
        };
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        let mut len = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap_or(0);
            }
            head.push_str(&line);
        }
        let mut body = vec![0u8; len];
        let _ = reader.read_exact(&mut body);
        let payload = reply.to_string();
        let mut stream = reader.into_inner();
        let _ = write!(
            stream,
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
            payload.len()
        );
        format!("{head}\r\n{}", String::from_utf8_lossy(&body))
    });
    (format!("http://127.0.0.1:{port}"), handle)
}

#[test]
fn client_credentials_posts_basic_auth_and_scopes() {
    let token = jwt(json!({"token_use": "access", "client_id": "m2m-client", "scope": "api/read"}));
    let (base, server) = one_shot_server(
        200,
        json!({"access_token": token, "expires_in": 3600, "token_type": "Bearer"}),
    );
    let http = cogman_http::Client::new(cogman_http::ClientOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let cfg = CognitoConfig {
        user_pool_id: Some("eu-west-1_TestPool".into()),
        client_id: "m2m-client".into(),
        client_secret: Some(SECRET.into()),
        flow: AuthFlow::ClientCredentials,
        domain: Some(base.clone()),
        scopes: vec!["api/read".into(), "api/write".into()],
        ..Default::default()
    };
    let tokens = CognitoClient::new(cfg, &http, Redactor::new())
        .sign_in_at(t0())
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(tokens.access_token, token);
    assert!(tokens.id_token.is_none() && tokens.refresh_token.is_none());
    assert_eq!(tokens.expires_at, t0() + chrono::Duration::seconds(3600));
    let request = server.join().unwrap_or_default();
    let lower = request.to_ascii_lowercase();
    assert!(request.starts_with("POST /oauth2/token "), "{request}");
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("m2m-client:{SECRET}"));
    assert!(request.contains(&format!("Basic {basic}")), "{request}");
    assert!(lower.contains("content-type: application/x-www-form-urlencoded"));
    assert!(
        request.ends_with("grant_type=client_credentials&scope=api%2Fread+api%2Fwrite"),
        "{request}"
    );
}

#[test]
fn client_credentials_errors_are_diagnosed() {
    let (base, server) = one_shot_server(400, json!({"error": "invalid_client"}));
    let http = cogman_http::Client::new(cogman_http::ClientOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let cfg = CognitoConfig {
        client_id: "m2m-client".into(),
        client_secret: Some(SECRET.into()),
        flow: AuthFlow::ClientCredentials,
        domain: Some(base),
        region: Some("eu-west-1".into()),
        ..Default::default()
    };
    let err = CognitoClient::new(cfg, &http, Redactor::new())
        .sign_in()
        .expect_err("invalid client");
    let _ = server.join();
    assert_eq!(err.error_type(), Some("invalid_client"));
    let text = err.to_string();
    assert!(text.contains("--cognito-client-secret"), "{text}");
    assert!(!text.contains(SECRET));
}

/// Every row of the error catalogue: cause, fix, console path and CLI command.
#[test]
fn every_catalogue_row_has_a_diagnosis() {
    let rows: &[(&str, &str, &[&str])] = &[
        (
            "InvalidParameterException",
            "USER_PASSWORD_AUTH flow not enabled for this client",
            &[
                "SRP",
                "needs nothing enabled",
                "ALLOW_USER_PASSWORD_AUTH",
                "update-user-pool-client",
                "resets every field",
            ],
        ),
        (
            "InvalidParameterException",
            "Auth flow not enabled for this client",
            &["update-user-pool-client", "resets every field"],
        ),
        (
            "NotAuthorizedException",
            "Incorrect username or password.",
            &["--cognito-password", "admin-set-user-password"],
        ),
        (
            "UserNotFoundException",
            "User does not exist.",
            &["list-users"],
        ),
        (
            "UserNotConfirmedException",
            "User is not confirmed.",
            &["admin-confirm-sign-up"],
        ),
        (
            "PasswordResetRequiredException",
            "Password reset required for the user",
            &["admin-set-user-password", "--permanent"],
        ),
        (
            "NotAuthorizedException",
            "User is disabled.",
            &["admin-enable-user"],
        ),
        (
            "NotAuthorizedException",
            "Password attempts exceeded",
            &["Wait"],
        ),
        (
            "NotAuthorizedException",
            "Unable to verify secret hash for client 3n4b5urk1ft4fl3mg5e62d9ado",
            &["`username` claim", "--cognito-client-secret"],
        ),
        (
            "NotAuthorizedException",
            "Client 3n4b5urk1ft4fl3mg5e62d9ado is configured for secret but secret was not received",
            &["--cognito-client-secret"],
        ),
        (
            "ResourceNotFoundException",
            "User pool client 3n4b5urk1ft4fl3mg5e62d9ado does not exist.",
            &["region prefix", "list-user-pool-clients"],
        ),
        (
            "TooManyRequestsException",
            "Rate exceeded",
            &["backoff", "once per run"],
        ),
        (
            "NotAuthorizedException",
            "Refresh Token has expired",
            &["Sign in again"],
        ),
        (
            "NotAuthorizedException",
            "Refresh Token has been revoked",
            &["Sign in again"],
        ),
        (
            "NotAuthorizedException",
            "Invalid Refresh Token.",
            &["Sign in again"],
        ),
    ];
    for (ty, message, needles) in rows {
        let d = diagnose(ty, message).unwrap_or_else(|| panic!("no diagnosis for {ty}: {message}"));
        assert!(!d.cause.is_empty());
        assert!(
            d.fix.contains("Console:"),
            "{ty} {message}: no console path in {}",
            d.fix
        );
        assert!(
            d.fix.contains("aws "),
            "{ty} {message}: no CLI command in {}",
            d.fix
        );
        for n in *needles {
            assert!(
                d.fix.contains(n) || d.cause.contains(n),
                "{ty} {message}: missing {n:?} in {d:?}"
            );
        }
        // Namespaced types match on the suffix.
        assert_eq!(
            diagnose(
                &format!("com.amazonaws.cognito.identity.idp.model#{ty}"),
                message
            ),
            Some(d)
        );
    }
    assert!(diagnose("InternalErrorException", "boom").is_none());
    // Beyond the catalogue: MFA codes and new-password policy.
    let d = diagnose("CodeMismatchException", "Invalid code received for user")
        .unwrap_or_else(|| panic!("no diagnosis"));
    assert!(d.fix.contains("--cognito-totp-secret") && d.fix.contains("clock"));
    let d = diagnose(
        "InvalidPasswordException",
        "Password did not conform with policy",
    )
    .unwrap_or_else(|| panic!("no diagnosis"));
    assert!(d.fix.contains("--cognito-new-password"));

    // The flow-specific ALLOW_ value and real ids fill the commands.
    let ctx = DiagnosisContext {
        user_pool_id: Some("eu-west-1_Abc".into()),
        client_id: Some("client-xyz".into()),
        username: Some("alice".into()),
        flow: Some(AuthFlow::AdminPassword),
    };
    let d = diagnose_with(
        "InvalidParameterException",
        "Auth flow not enabled for this client",
        &ctx,
    )
    .unwrap_or_else(|| panic!("no diagnosis"));
    assert!(
        d.fix.contains("ALLOW_ADMIN_USER_PASSWORD_AUTH"),
        "{}",
        d.fix
    );
    assert!(
        d.fix
            .contains("--user-pool-id eu-west-1_Abc --client-id client-xyz"),
        "{}",
        d.fix
    );
}

#[test]
fn service_error_display_has_cause_and_fix() {
    let t = Scripted::new(|_, _| {
        aws_error(
            "InvalidParameterException",
            "USER_PASSWORD_AUTH flow not enabled for this client",
        )
    });
    let err = CognitoClient::new(config(AuthFlow::Password), &t, Redactor::new())
        .sign_in_at(t0())
        .expect_err("flow disabled");
    let text = err.to_string();
    assert!(text.starts_with("Cognito InitiateAuth failed: InvalidParameterException: USER_PASSWORD_AUTH flow not enabled for this client (HTTP 400 from https://cognito-idp.eu-west-1.amazonaws.com/)"), "{text}");
    assert!(text.contains("\n  cause: "), "{text}");
    assert!(text.contains("\n  fix:   Use SRP instead"), "{text}");
    assert!(
        text.contains("--user-pool-id eu-west-1_TestPool --client-id client-abc"),
        "{text}"
    );
    assert!(text.contains("resets every field"), "{text}");
}

/// A scripted Cognito that runs the server side of SRP: the client's full USER_SRP_AUTH
/// exchange must produce a signature the verifier accepts, and a wrong password must not.
#[test]
fn srp_exchange_is_verified_by_a_server() {
    use base64::engine::general_purpose::STANDARD;
    use cogman_cognito::srp;

    let run = |password: &str| -> Result<(), CognitoError> {
        let salt_hex = srp::random_salt_hex();
        let salt = srp::parse_hex(&salt_hex, "SALT").unwrap_or_default();
        // The internal user name differs from the alias typed, as with email sign-in.
        let internal = "0f0e2a7c-uuid-internal";
        let v = srp::verifier(&salt, "TestPool", internal, PASSWORD);
        let server = srp::SrpServer::new(&v);
        let b_hex = server.b_pub_hex();
        let block = STANDARD.encode(b"server-state-0123456789");
        let state = RefCell::new(None::<String>);
        let t = Scripted::new(move |op, body| match op {
            "InitiateAuth" => {
                assert_eq!(body["AuthParameters"]["USERNAME"], "alice@example.com");
                *state.borrow_mut() = body["AuthParameters"]["SRP_A"].as_str().map(str::to_string);
                ok(json!({
                    "ChallengeName": "PASSWORD_VERIFIER",
                    "Session": "sess",
                    "ChallengeParameters": {
                        "SALT": salt_hex, "SRP_B": b_hex, "SECRET_BLOCK": block,
                        "USERNAME": internal, "USER_ID_FOR_SRP": internal
                    }
                }))
            }
            "RespondToAuthChallenge" => {
                let r = &body["ChallengeResponses"];
                let a_pub = srp::parse_hex(state.borrow().as_deref().unwrap_or(""), "SRP_A")
                    .unwrap_or_default();
                let Ok(key) = server.session_key(&a_pub, &v) else {
                    return aws_error("NotAuthorizedException", "bad A");
                };
                let good = r["USERNAME"] == internal
                    && r["PASSWORD_CLAIM_SECRET_BLOCK"] == block.as_str()
                    && srp::verify_signature(
                        &key,
                        "TestPool",
                        internal,
                        b"server-state-0123456789",
                        r["TIMESTAMP"].as_str().unwrap_or(""),
                        r["PASSWORD_CLAIM_SIGNATURE"].as_str().unwrap_or(""),
                    );
                if good {
                    auth_result(&access_token(1), Some("refresh-srp"), 3600)
                } else {
                    aws_error("NotAuthorizedException", "Incorrect username or password.")
                }
            }
            _ => aws_error("InvalidParameterException", "unexpected"),
        });
        let cfg = CognitoConfig {
            user_pool_id: Some("eu-west-1_TestPool".into()),
            password: Some(password.into()),
            ..config(AuthFlow::Srp)
        };
        CognitoClient::new(cfg, &t, Redactor::new())
            .sign_in()
            .map(|_| ())
    };
    run(PASSWORD).unwrap_or_else(|e| panic!("{e}"));
    let err = run("Not-The-Password-1").expect_err("wrong password must fail");
    assert_eq!(err.error_type(), Some("NotAuthorizedException"));
}
