//! Cognito sign-in against the local emulator: token variables, default Authorization header,
//! redaction, and a fatal sign-in failure.

mod common;

use cogman_cognito::{AuthFlow, CognitoConfig};
use cogman_emulator::{ServeOptions, spawn};
use cogman_runner::{CognitoAuthHeader, CognitoRunConfig, RunError, RunOptions, run};
use cogman_testkit::EchoServer;
use common::*;
use serde_json::json;

struct Pool {
    handle: cogman_emulator::EmulatorHandle,
    pool_id: String,
    client_id: String,
}

fn pool() -> Pool {
    let handle = spawn(ServeOptions::default()).expect("emulator starts");
    let emu = handle.emulator();
    let pool_id = emu.create_pool("runner-tests").expect("pool");
    let (client_id, _) = emu
        .create_client(
            &pool_id,
            "app",
            &["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            false,
        )
        .expect("client");
    emu.create_user(&pool_id, "alice", "Passw0rd!Long", &[])
        .expect("user");
    Pool {
        handle,
        pool_id,
        client_id,
    }
}

fn config(p: &Pool, password: &str) -> CognitoConfig {
    CognitoConfig {
        user_pool_id: Some(p.pool_id.clone()),
        client_id: p.client_id.clone(),
        username: Some("alice".into()),
        password: Some(password.into()),
        flow: AuthFlow::Password,
        endpoint: Some(p.handle.base_url().to_string()),
        ..CognitoConfig::default()
    }
}

#[test]
fn sign_in_sets_variables_and_default_header() {
    let p = pool();
    let server = EchoServer::start();
    let base = server.base_url();
    let c = collection(coll(vec![
        request_item("default", "GET", &format!("{base}/headers")),
        json!({"name": "own", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "mine"}]}}}),
        json!({"name": "noauth", "request": {"method": "GET", "url": format!("{base}/headers"),
            "auth": {"type": "noauth"}}}),
        json!({"name": "explicit-header", "request": {"method": "GET", "url": format!("{base}/headers"),
            "header": [{"key": "Authorization", "value": "Bearer {{cognitoIdToken}}"}]}}),
    ]));
    let redactor = cogman_redact::Redactor::new();
    let (summary, rec) = go(
        &c,
        RunOptions {
            cognito: Some(CognitoRunConfig {
                config: config(&p, "Passw0rd!Long"),
                auth_header: CognitoAuthHeader::Access,
            }),
            redactor: redactor.clone(),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    let access = summary
        .environment
        .get("cognitoAccessToken")
        .and_then(|v| v.as_str())
        .expect("access token variable")
        .to_string();
    let id = summary
        .environment
        .get("cognitoIdToken")
        .and_then(|v| v.as_str())
        .expect("id token variable")
        .to_string();
    assert!(summary.environment.get("cognitoRefreshToken").is_some());
    let auth = |n: &str| {
        rec.requests()
            .into_iter()
            .find(|r| r.item.as_deref() == Some(n))
            .cloned()
            .expect("ran")
            .body
            .expect("json")["headers"]["authorization"]
            .as_str()
            .map(str::to_string)
    };
    assert_eq!(auth("default"), Some(format!("Bearer {access}")));
    assert_eq!(auth("own").as_deref(), Some("Bearer mine"));
    assert_eq!(auth("noauth"), Some(format!("Bearer {access}")));
    assert_eq!(auth("explicit-header"), Some(format!("Bearer {id}")));
    assert!(!redactor.redact(&access).contains(&access));
}

#[test]
fn sign_in_failure_is_fatal() {
    let p = pool();
    let c = collection(coll(vec![request_item("x", "GET", "http://127.0.0.1:9/")]));
    let mut rec = Recorder::default();
    let err = run(
        &c,
        RunOptions {
            cognito: Some(CognitoRunConfig {
                config: config(&p, "wrong-password"),
                auth_header: CognitoAuthHeader::None,
            }),
            ..RunOptions::default()
        },
        &mut rec,
    )
    .expect_err("bad password");
    assert!(matches!(err, RunError::Cognito(_)));
    assert!(err.to_string().contains("NotAuthorized"), "{err}");
    assert!(!err.to_string().contains("wrong-password"), "{err}");
    assert!(rec.events.is_empty());
}

/// The seed's pattern: a collection prerequest signs in with pm.sendRequest (InitiateAuth,
/// USER_PASSWORD_AUTH), stores the tokens, and the request sends the access token.
#[test]
fn seed_style_prerequest_sign_in() {
    let p = pool();
    let server = EchoServer::start();
    let base = server.base_url();
    let script = format!(
        r#"var clientId = pm.environment.get("cognitoClientId");
var username = pm.environment.get("cognitoUserName");
var password = pm.environment.get("cognitoUserPassword");
pm.sendRequest({{
  url: "{endpoint}/",
  method: 'POST',
  header: {{
    'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    'Content-Type': 'application/x-amz-json-1.1'
  }},
  body: {{
    mode: 'raw',
    raw: JSON.stringify({{
      "AuthParameters": {{ "USERNAME": username, "PASSWORD": password }},
      "AuthFlow": "USER_PASSWORD_AUTH",
      "ClientId": clientId
    }}),
    options: {{ raw: {{ language: 'json' }} }}
  }}
}}, function (error, response) {{
  pm.environment.set("cognitoAccessToken", response.json().AuthenticationResult.AccessToken);
  pm.environment.set("cognitoIdToken", response.json().AuthenticationResult.IdToken);
}});"#,
        endpoint = p.handle.base_url()
    );
    let mut c = coll(vec![json!({"name": "api", "request": {"method": "GET",
    "url": format!("{base}/bearer"),
    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{cognitoAccessToken}}"}]}},
    "event": [{"listen": "test", "script": {"exec": [
        "pm.test('authorised', function () { pm.response.to.have.status(200); });"
    ]}}]})]);
    c["event"] =
        json!([{"listen": "prerequest", "script": {"exec": script.lines().collect::<Vec<_>>()}}]);
    let c = collection(c);
    let mut env = cogman_collection::VariableScope::new();
    env.set("cognitoClientId", json!(p.client_id));
    env.set("cognitoUserName", json!("alice"));
    env.set("cognitoUserPassword", json!("Passw0rd!Long"));
    let redactor = cogman_redact::Redactor::new();
    let (summary, rec) = go(
        &c,
        RunOptions {
            environment: Some(cogman_collection::Environment {
                scope: env,
                ..Default::default()
            }),
            redactor: redactor.clone(),
            ..RunOptions::default()
        },
    );
    assert!(!summary.has_failures(), "{:?}", summary.failures);
    assert_eq!(summary.stats.requests.total, 2);
    assert_eq!(summary.stats.assertions.total, 1);
    assert!(rec.requests()[0].via_send_request);
    let token = summary
        .environment
        .get("cognitoAccessToken")
        .and_then(|v| v.as_str())
        .expect("token stored")
        .to_string();
    // Named like a secret: registered after the script stored it.
    assert!(!redactor.redact(&token).contains(&token));
    assert!(!redactor.redact("Passw0rd!Long").contains("Passw0rd!Long"));
}
