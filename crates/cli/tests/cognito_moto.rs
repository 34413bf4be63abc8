//! The published pre-request script, unchanged but for its URL (pointed at a local Cognito:
//! moto's server), run by `cogman run`; the request after it must carry the token.
//!
//! `COGMAN_MOTO_SERVER` names the `moto_server` executable. Without it the test prints a skip
//! notice, except under `CI`, where it fails.

mod cognito_support;

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cognito_support::*;
use serde_json::{Value, json};

/// The bundled demo collection holds the script exactly as published (quotes straightened).
const DEMO: &str = include_str!("../demo/cognito.postman_collection.json");
const SEED_URL: &str = "https://cognito-idp.ap-southeast-2.amazonaws.com/";

struct Moto {
    child: Child,
    url: String,
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn moto() -> Option<Moto> {
    let Some(exe) = std::env::var_os("COGMAN_MOTO_SERVER").filter(|v| !v.is_empty()) else {
        if std::env::var_os("CI").is_some() {
            panic!("COGMAN_MOTO_SERVER is not set: this test needs a moto_server executable");
        }
        eprintln!("skipping: COGMAN_MOTO_SERVER is not set (path to moto_server)");
        return None;
    };
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        l.local_addr().expect("local addr").port()
    };
    let mut child = Command::new(&exe)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", exe.to_string_lossy()));
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
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
    Some(Moto {
        child,
        url: format!("http://127.0.0.1:{port}/"),
    })
}

impl Moto {
    /// One JSON 1.1 call with a plausible SigV4 header (moto accepts any).
    fn call(&self, http: &cogman_http::Client, op: &str, body: Value) -> Value {
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
                    "AWS4-HMAC-SHA256 Credential=test/20260101/ap-southeast-2/cognito-idp/aws4_request, \
                     SignedHeaders=host, Signature=00"
                        .into(),
                ),
            ],
            body: cogman_http::RequestBody::Bytes(body.to_string().into()),
        };
        let resp = http
            .send(&req, &cogman_http::SendOptions::default())
            .unwrap_or_else(|e| panic!("{op}: {e}"));
        let v: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
        assert!(resp.status < 300, "{op} failed: HTTP {} {v}", resp.status);
        v
    }
}

/// The seed script's lines, from the bundled collection.
fn seed_script() -> Vec<Value> {
    let doc: Value = serde_json::from_str(DEMO).expect("demo collection");
    let item = &doc["item"][0]["item"][0];
    let events = item["event"].as_array().expect("events");
    let pre = events
        .iter()
        .find(|e| e["listen"] == "prerequest")
        .expect("the seed pre-request script");
    let lines = pre["script"]["exec"].as_array().expect("exec").clone();
    assert!(
        lines
            .iter()
            .any(|l| l.as_str().is_some_and(|l| l.contains(SEED_URL))),
        "the script keeps its published URL"
    );
    lines
        .into_iter()
        .map(|l| Value::String(l.as_str().unwrap_or_default().replace(SEED_URL, "{{URL}}")))
        .collect()
}

#[test]
fn seed_script_against_moto_sets_the_token_for_the_next_request() {
    let Some(moto) = moto() else { return };
    let http = cogman_http::Client::new(cogman_http::ClientOptions::default()).expect("client");
    let pool = moto.call(&http, "CreateUserPool", json!({"PoolName": "seed"}))["UserPool"]["Id"]
        .as_str()
        .expect("pool id")
        .to_string();
    let client = moto.call(
        &http,
        "CreateUserPoolClient",
        json!({"UserPoolId": pool, "ClientName": "postman",
               "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]}),
    )["UserPoolClient"]["ClientId"]
        .as_str()
        .expect("client id")
        .to_string();
    moto.call(
        &http,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": USER, "TemporaryPassword": "Temp-Pass-7q!",
               "MessageAction": "SUPPRESS"}),
    );
    moto.call(
        &http,
        "AdminSetUserPassword",
        json!({"UserPoolId": pool, "Username": USER, "Password": PASSWORD, "Permanent": true}),
    );

    let server = cogman_testkit::EchoServer::start();
    let t = tempfile::tempdir().expect("tmp");
    // The URL is the only change: `{{URL}}` is not resolved inside pm.sendRequest's object,
    // so substitute it in the script text itself.
    let script: Vec<Value> = seed_script()
        .into_iter()
        .map(|l| Value::String(l.as_str().unwrap_or_default().replace("{{URL}}", &moto.url)))
        .collect();
    let test = [
        "pm.test('the request carries the Cognito token', function () {",
        "  var token = pm.environment.get('cognitoAccessToken');",
        "  pm.expect(token.split('.').length).to.equal(3);",
        "  pm.expect(pm.response.json().headers.authorization).to.equal('Bearer ' + token);",
        "  pm.expect(pm.environment.get('cognitoIdToken').split('.').length).to.equal(3);",
        "});",
    ];
    let doc = json!({
        "info": {"name": "seed", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "API call",
            "event": [
                {"listen": "prerequest", "script": {"type": "text/javascript", "exec": script}},
                {"listen": "test", "script": {"type": "text/javascript", "exec": test}}
            ],
            "request": {"method": "GET",
                        "header": [{"key": "Authorization", "value": "Bearer {{cognitoAccessToken}}"}],
                        "url": "{{baseUrl}}/headers"}
        }]
    });
    let col = write(t.path(), "seed.json", &doc.to_string());
    let env = json!({"name": "seed", "values": [
        {"key": "baseUrl", "value": server.base_url()},
        {"key": "cognitoClientId", "value": client},
        {"key": "cognitoUserName", "value": USER},
        {"key": "cognitoUserPassword", "value": PASSWORD},
        {"key": "cognitoAccessToken", "value": ""},
        {"key": "cognitoIdToken", "value": ""}
    ]});
    write(t.path(), "env.json", &env.to_string());
    let args = strings(&["run", &col.to_string_lossy(), "-e", "env.json"]);
    cogman(t.path(), &args, &[])
        .expect_code(0)
        .has("✓  the request carries the Cognito token")
        .lacks(PASSWORD)
        .lacks("eyJ");
}
