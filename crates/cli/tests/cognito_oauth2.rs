//! Postman `oauth2` auth with the client_credentials grant: cogman fetches the token from the
//! emulator's `/oauth2/token`, once per run, and sends it (Newman sends only a saved token).

mod cognito_support;

use cognito_support::*;
use serde_json::{Value, json};

fn oauth2_auth(token_url: &str, id: &str, secret: &str) -> Value {
    json!({"type": "oauth2", "oauth2": [
        {"key": "grant_type", "value": "client_credentials", "type": "string"},
        {"key": "accessTokenUrl", "value": token_url, "type": "string"},
        {"key": "clientId", "value": id, "type": "string"},
        {"key": "clientSecret", "value": secret, "type": "string"},
        {"key": "scope", "value": "api/read", "type": "string"},
        {"key": "addTokenTo", "value": "header", "type": "string"},
        {"key": "tokenName", "value": "m2m", "type": "string"}
    ]})
}

#[test]
fn client_credentials_auth_fetches_caches_and_sends_the_token() {
    let pool = Pool::start();
    let server = cogman_testkit::EchoServer::start();
    let t = tempfile::tempdir().expect("tmp");
    let first = [
        "var auth = pm.response.json().headers.authorization;",
        "pm.test('a bearer JWT was sent', function () {",
        "  pm.expect(auth).to.match(/^Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+$/);",
        "});",
        "pm.environment.set('firstAuth', auth);",
    ];
    let second = [
        "pm.test('the same token is reused', function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.equal(pm.environment.get('firstAuth'));",
        "});",
    ];
    let token_url = format!("{}/oauth2/token", pool.emu.base_url());
    let doc = json!({
        "info": {"name": "m2m", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "auth": oauth2_auth("{{tokenUrl}}", &pool.m2m_client, "{{m2mSecret}}"),
        "item": [echo_item("first", json!([]), &first), echo_item("second", json!([]), &second)]
    });
    let col = write(t.path(), "c.json", &doc.to_string());
    let args = strings(&[
        "run",
        &col.to_string_lossy(),
        "--env-var",
        &format!("baseUrl={}", server.base_url()),
        "--env-var",
        &format!("tokenUrl={token_url}"),
        "--env-var",
        &format!("m2mSecret={}", pool.m2m_secret),
    ]);
    let out = cogman(t.path(), &args, &[]);
    out.expect_code(0)
        .has("✓  a bearer JWT was sent")
        .has("✓  the same token is reused")
        .lacks(&pool.m2m_secret)
        .lacks("eyJ");

    // A wrong secret: a console warning naming the endpoint's error, and no header sent.
    let none = [
        "pm.test('no token', function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.be.undefined;",
        "});",
    ];
    let doc = json!({
        "info": {"name": "m2m", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "auth": oauth2_auth(&token_url, &pool.m2m_client, "wrong-secret-value"),
        "item": [echo_item("refused", json!([]), &none)]
    });
    let col = write(t.path(), "bad.json", &doc.to_string());
    let args = strings(&[
        "run",
        &col.to_string_lossy(),
        "--env-var",
        &format!("baseUrl={}", server.base_url()),
    ]);
    cogman(t.path(), &args, &[])
        .expect_code(0)
        .has("invalid_client")
        .has("✓  no token")
        .lacks("wrong-secret-value");
}

#[test]
fn client_credentials_in_the_body_and_inherited_from_a_folder() {
    let pool = Pool::start();
    let server = cogman_testkit::EchoServer::start();
    let t = tempfile::tempdir().expect("tmp");
    let token_url = format!("{}/oauth2/token", pool.emu.base_url());
    let mut auth = oauth2_auth(&token_url, &pool.m2m_client, &pool.m2m_secret);
    if let Some(list) = auth["oauth2"].as_array_mut() {
        list.push(json!({"key": "client_authentication", "value": "body", "type": "string"}));
    }
    let test = [
        "pm.test('a bearer JWT was sent', function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.match(/^Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+$/);",
        "});",
    ];
    let doc = json!({
        "info": {"name": "m2m", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "folder", "auth": auth, "item": [echo_item("inherits", json!([]), &test)]}]
    });
    let col = write(t.path(), "c.json", &doc.to_string());
    let args = strings(&[
        "run",
        &col.to_string_lossy(),
        "--env-var",
        &format!("baseUrl={}", server.base_url()),
    ]);
    cogman(t.path(), &args, &[])
        .expect_code(0)
        .has("✓  a bearer JWT was sent")
        .lacks(&pool.m2m_secret);
}
