//! `cogman run` with Cognito sign-in against the local emulator: every flow flag, the
//! `--cognito` fallback to the seed script's variables, `--cognito-auth-header`, secrets from
//! environment variables, challenges (NEW_PASSWORD_REQUIRED, TOTP), failures with their fix,
//! and no secret in any output.

mod cognito_support;

use cognito_support::*;
use serde_json::json;

fn echo() -> cogman_testkit::EchoServer {
    cogman_testkit::EchoServer::start()
}

/// One request to the echo server that checks it carried the access token.
fn bearer_collection(dir: &std::path::Path) -> String {
    let c = collection(json!([echo_item(
        "whoami",
        json!([]),
        BEARER_IS_ACCESS_TOKEN
    )]));
    write(dir, "c.json", &c).to_string_lossy().into_owned()
}

fn run_args(col: &str, base: &str, extra: &[String]) -> Vec<String> {
    let mut args = strings(&["run", col, "--env-var", &format!("baseUrl={base}")]);
    args.extend_from_slice(extra);
    args
}

fn signs_in_with(flow: &str, client: &str, pool: &Pool) -> Out {
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let mut extra = pool.flags(client, flow);
    extra.extend(strings(&["--cognito-auth-header", "access"]));
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
}

#[test]
fn srp_flow_sends_the_access_token() {
    let pool = Pool::start();
    signs_in_with("srp", &pool.srp_client, &pool)
        .expect_code(0)
        .has("✓  sent the access token")
        .lacks(PASSWORD);
}

#[test]
fn password_flow_signs_in() {
    let pool = Pool::start();
    signs_in_with("password", &pool.password_client, &pool)
        .expect_code(0)
        .has("✓  sent the access token");
}

#[test]
fn admin_password_flow_signs_with_aws_credentials_from_the_environment() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let mut extra = pool.flags(&pool.password_client, "admin-password");
    extra.extend(strings(&["--cognito-auth-header", "access"]));
    let env = [
        ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
        (
            "AWS_SECRET_ACCESS_KEY",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        ),
    ];
    let out = cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &env);
    out.expect_code(0)
        .has("✓  sent the access token")
        .lacks("wJalrXUtnFEMI");
    // Without credentials the fix names them.
    let out = cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[]);
    out.expect_code(1).has("AWS_ACCESS_KEY_ID");
}

#[test]
fn client_secret_is_used_for_secret_hash() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let mut extra = pool.flags(&pool.secret_client, "srp");
    extra.extend(strings(&["--cognito-auth-header", "access"]));
    let env = [("COGMAN_COGNITO_CLIENT_SECRET", pool.secret.as_str())];
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &env)
        .expect_code(0)
        .has("✓  sent the access token")
        .lacks(&pool.secret);
}

#[test]
fn refresh_flow_starts_from_a_refresh_token() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let mut args = strings(&["auth", "token", "--token", "refresh"]);
    args.extend(pool.flags(&pool.srp_client, "srp"));
    let got = cogman(t.path(), &args, &[]);
    got.expect_code(0);
    let refresh = got.stdout.trim().to_string();
    assert!(!refresh.is_empty(), "{}", got.dump());

    let server = echo();
    let col = bearer_collection(t.path());
    let extra = strings(&[
        "--cognito-client-id",
        &pool.srp_client,
        "--cognito-endpoint",
        &pool.endpoint(),
        "--cognito-region",
        "eu-west-1",
        "--cognito-flow",
        "refresh",
        "--cognito-auth-header",
        "access",
    ]);
    let env = [("COGMAN_COGNITO_REFRESH_TOKEN", refresh.as_str())];
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &env)
        .expect_code(0)
        .has("✓  sent the access token")
        .lacks(&refresh);
}

#[test]
fn client_credentials_flow_gets_a_machine_token() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let test = [
        "pm.test('sent the m2m token', function () {",
        "  var sent = pm.response.json().headers.authorization;",
        "  pm.expect(sent).to.equal('Bearer ' + pm.environment.get('cognitoAccessToken'));",
        "  pm.expect(pm.environment.get('cognitoIdToken')).to.be.undefined;",
        "});",
    ];
    let c = collection(json!([echo_item("m2m", json!([]), &test)]));
    let col = write(t.path(), "c.json", &c).to_string_lossy().into_owned();
    let extra = strings(&[
        "--cognito-flow",
        "client-credentials",
        "--cognito-client-id",
        &pool.m2m_client,
        "--cognito-client-secret",
        &pool.m2m_secret,
        "--cognito-domain",
        pool.emu.base_url(),
        "--cognito-region",
        "eu-west-1",
        "--cognito-scope",
        "api/read",
        "--cognito-auth-header",
        "access",
    ]);
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
        .expect_code(0)
        .has("✓  sent the m2m token")
        .lacks(&pool.m2m_secret);
}

#[test]
fn cognito_flag_reads_the_seed_variables_and_sets_the_token_variables() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    // The collection the seed script was written for, with the script deleted: the request
    // uses the variables the script used to set.
    let test = [
        "pm.test('token variables are set', function () {",
        "  pm.expect(pm.environment.get('cognitoAccessToken').split('.').length).to.equal(3);",
        "  pm.expect(pm.environment.get('cognitoIdToken').split('.').length).to.equal(3);",
        "  pm.expect(pm.environment.get('cognitoRefreshToken')).to.be.a('string').and.not.empty;",
        "  pm.expect(pm.response.json().headers.authorization).to.equal('Bearer ' + pm.environment.get('cognitoAccessToken'));",
        "});",
    ];
    let c = collection(json!([echo_item(
        "profile",
        json!([{"key": "Authorization", "value": "Bearer {{cognitoAccessToken}}"}]),
        &test
    )]));
    let col = write(t.path(), "c.json", &c).to_string_lossy().into_owned();
    let env = json!({"name": "seed", "values": [
        {"key": "baseUrl", "value": server.base_url()},
        {"key": "cognitoClientId", "value": pool.srp_client},
        {"key": "cognitoUserName", "value": USER},
        {"key": "cognitoUserPassword", "value": PASSWORD},
        {"key": "cognitoUserPoolId", "value": pool.pool_id},
        {"key": "cognitoAccessToken", "value": ""},
        {"key": "cognitoIdToken", "value": ""}
    ]});
    write(t.path(), "env.json", &env.to_string());
    let args = strings(&[
        "run",
        &col,
        "-e",
        "env.json",
        "--cognito",
        "--cognito-endpoint",
        &pool.endpoint(),
    ]);
    cogman(t.path(), &args, &[])
        .expect_code(0)
        .has("✓  token variables are set")
        .lacks(PASSWORD);

    // Without the pool id, --cognito (SRP) says which variable to add.
    let env = json!({"values": [
        {"key": "cognitoClientId", "value": pool.srp_client},
        {"key": "cognitoUserName", "value": USER},
        {"key": "cognitoUserPassword", "value": PASSWORD}
    ]});
    write(t.path(), "env2.json", &env.to_string());
    let args = strings(&["run", &col, "-e", "env2.json", "--cognito"]);
    cogman(t.path(), &args, &[])
        .expect_code(1)
        .has("cognitoUserPoolId")
        .lacks(PASSWORD);
}

#[test]
fn auth_header_id_and_none() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let test_id = [
        "pm.test('id token sent', function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.equal('Bearer ' + pm.environment.get('cognitoIdToken'));",
        "});",
    ];
    let own = [
        "pm.test('own auth wins', function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.equal('Bearer mine');",
        "});",
    ];
    let mut own_item = echo_item("own auth", json!([]), &own);
    own_item["request"]["auth"] =
        json!({"type": "bearer", "bearer": [{"key": "token", "value": "mine"}]});
    let c = collection(json!([echo_item("default", json!([]), &test_id), own_item]));
    let col = write(t.path(), "c.json", &c).to_string_lossy().into_owned();
    let mut extra = pool.flags(&pool.srp_client, "srp");
    extra.extend(strings(&["--cognito-auth-header", "id"]));
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
        .expect_code(0)
        .has("✓  id token sent")
        .has("✓  own auth wins");

    let none = [
        "pm.test('no header', function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.be.undefined;",
        "});",
    ];
    let c = collection(json!([echo_item("none", json!([]), &none)]));
    let col = write(t.path(), "c2.json", &c)
        .to_string_lossy()
        .into_owned();
    let extra = pool.flags(&pool.srp_client, "srp");
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
        .expect_code(0)
        .has("✓  no header");
}

#[test]
fn password_from_the_environment_variable() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let extra = strings(&["--cognito-auth-header", "access"]);
    let endpoint = pool.endpoint();
    let env = [
        ("COGMAN_COGNITO_USER_POOL_ID", pool.pool_id.as_str()),
        ("COGMAN_COGNITO_CLIENT_ID", pool.srp_client.as_str()),
        ("COGMAN_COGNITO_USERNAME", USER),
        ("COGMAN_COGNITO_PASSWORD", PASSWORD),
        ("COGMAN_COGNITO_ENDPOINT", endpoint.as_str()),
    ];
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &env)
        .expect_code(0)
        .has("✓  sent the access token")
        .lacks(PASSWORD);
    // --help shows the variable names, never their values.
    let help = cogman(t.path(), &strings(&["run", "--help"]), &env);
    help.expect_code(0)
        .has("COGMAN_COGNITO_PASSWORD")
        .has("COGMAN_COGNITO_CLIENT_SECRET")
        .lacks(PASSWORD)
        .lacks(&pool.srp_client);
}

#[test]
fn new_password_required_is_answered() {
    let pool = Pool::start();
    pool.emu
        .call(
            "AdminCreateUser",
            json!({"UserPoolId": pool.pool_id, "Username": "newbie",
                   "TemporaryPassword": "Temp-0rary!pass", "MessageAction": "SUPPRESS"}),
        )
        .expect("create user");
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let base = strings(&[
        "--cognito-user-pool-id",
        &pool.pool_id,
        "--cognito-client-id",
        &pool.srp_client,
        "--cognito-username",
        "newbie",
        "--cognito-password",
        "Temp-0rary!pass",
        "--cognito-endpoint",
        &pool.endpoint(),
        "--cognito-auth-header",
        "access",
    ]);
    // Without a new password: exit 1, naming the flag.
    cogman(t.path(), &run_args(&col, &server.base_url(), &base), &[])
        .expect_code(1)
        .has("--cognito-new-password")
        .lacks("Temp-0rary!pass");
    let mut extra = base.clone();
    extra.extend(strings(&["--cognito-new-password", "Brand-N3w!password"]));
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
        .expect_code(0)
        .has("✓  sent the access token")
        .lacks("Brand-N3w!password");
}

#[test]
fn totp_mfa_is_answered() {
    let pool = Pool::start();
    pool.emu
        .call(
            "SetUserPoolMfaConfig",
            json!({"UserPoolId": pool.pool_id, "MfaConfiguration": "OPTIONAL",
                   "SoftwareTokenMfaConfiguration": {"Enabled": true}}),
        )
        .expect("mfa config");
    let signed = pool
        .emu
        .call(
            "InitiateAuth",
            json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": pool.password_client,
                   "AuthParameters": {"USERNAME": USER, "PASSWORD": PASSWORD}}),
        )
        .expect("sign in");
    let at = signed["AuthenticationResult"]["AccessToken"].clone();
    let secret = pool
        .emu
        .call("AssociateSoftwareToken", json!({"AccessToken": at}))
        .expect("associate")["SecretCode"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let code = cogman_emulator::totp_code(&secret, chrono_now()).expect("code");
    pool.emu
        .call(
            "VerifySoftwareToken",
            json!({"AccessToken": at, "UserCode": code}),
        )
        .expect("verify");
    pool.emu
        .call(
            "SetUserMFAPreference",
            json!({"AccessToken": at, "SoftwareTokenMfaSettings": {"Enabled": true, "PreferredMfa": true}}),
        )
        .expect("prefer totp");

    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let mut extra = pool.flags(&pool.srp_client, "srp");
    extra.extend(strings(&["--cognito-auth-header", "access"]));
    // Without the secret: exit 1 naming the flag.
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
        .expect_code(1)
        .has("--cognito-totp-secret");
    let env = [("COGMAN_COGNITO_TOTP_SECRET", secret.as_str())];
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &env)
        .expect_code(0)
        .has("✓  sent the access token")
        .lacks(&secret);
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

#[test]
fn wrong_password_exits_1_with_the_fix() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let mut extra = pool.flags(&pool.srp_client, "srp");
    let at = extra
        .iter()
        .position(|a| a == "--cognito-password")
        .expect("flag");
    extra[at + 1] = "Wr0ng-password!".into();
    cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[])
        .expect_code(1)
        .has("Incorrect username or password")
        .has("admin-set-user-password")
        .lacks("Wr0ng-password!")
        .lacks("whoami");
}

#[test]
fn disabled_flow_exits_1_with_the_seed_fix() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let col = bearer_collection(t.path());
    let extra = pool.flags(&pool.srp_client, "password");
    let out = cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[]);
    out.expect_code(1)
        .has("USER_PASSWORD_AUTH flow not enabled for this client")
        .has("Use SRP instead")
        .has("ALLOW_USER_PASSWORD_AUTH")
        .has(&format!(
            "aws cognito-idp update-user-pool-client --user-pool-id {} --client-id {}",
            pool.pool_id, pool.srp_client
        ))
        .has("resets every field")
        .lacks(PASSWORD);
}

#[test]
fn no_output_carries_a_secret_or_token() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    // The request prints what it can: tokens in the console, headers in --verbose, tokens in
    // test names, and the body echoes the Authorization header back.
    let test = [
        "console.log('access', pm.environment.get('cognitoAccessToken'));",
        "console.log('refresh', pm.environment.get('cognitoRefreshToken'));",
        "console.log(pm.response.json());",
        "pm.test('token ' + pm.environment.get('cognitoIdToken'), function () {",
        "  pm.expect(pm.response.json().headers.authorization).to.equal('nope');",
        "});",
    ];
    let c = collection(json!([echo_item("leaky", json!([]), &test)]));
    let col = write(t.path(), "c.json", &c).to_string_lossy().into_owned();
    let mut extra = pool.flags(&pool.secret_client, "srp");
    extra.extend(strings(&[
        "--cognito-client-secret",
        &pool.secret,
        "--cognito-auth-header",
        "access",
        "--verbose",
        "-r",
        "cli,json,junit,html",
        "--reporter-json-export",
        "out/report.json",
        "--reporter-junit-export",
        "out/report.xml",
        "--reporter-html-export",
        "out/report.html",
        "--export-environment",
        "env-export.json",
    ]));
    let out = cogman(t.path(), &run_args(&col, &server.base_url(), &extra), &[]);
    out.expect_code(1).has("leaky");
    // The export is the run's state (meant to be fed back in): the one place tokens are kept.
    let vars = exported(&t.path().join("env-export.json"));
    let token = |k: &str| {
        vars.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let secrets = [
        PASSWORD.to_string(),
        pool.secret.clone(),
        token("cognitoAccessToken"),
        token("cognitoIdToken"),
        token("cognitoRefreshToken"),
    ];
    for s in &secrets {
        assert!(s.len() > 8, "missing secret in the export: {vars:?}");
    }
    let mut outputs = vec![
        ("stdout".to_string(), out.stdout.clone()),
        ("stderr".to_string(), out.stderr.clone()),
    ];
    for f in ["out/report.json", "out/report.xml", "out/report.html"] {
        let text = std::fs::read_to_string(t.path().join(f)).expect("report written");
        outputs.push((f.to_string(), text));
    }
    for (name, text) in &outputs {
        for s in &secrets {
            assert!(
                !text.contains(s.as_str()),
                "{name} contains a secret ({}...){}",
                &s[..6],
                out.dump()
            );
        }
    }
}

/// The published script's lines from the bundled demo collection, pointed at `url`.
fn seed_script(url: &str) -> Vec<serde_json::Value> {
    const DEMO: &str = include_str!("../demo/cognito.postman_collection.json");
    let doc: serde_json::Value = serde_json::from_str(DEMO).expect("demo collection");
    let events = doc["item"][0]["item"][0]["event"]
        .as_array()
        .expect("events")
        .clone();
    let pre = events
        .into_iter()
        .find(|e| e["listen"] == "prerequest")
        .expect("the pre-request script");
    pre["script"]["exec"]
        .as_array()
        .expect("exec")
        .iter()
        .map(|l| {
            json!(
                l.as_str()
                    .unwrap_or_default()
                    .replace("https://cognito-idp.ap-southeast-2.amazonaws.com/", url)
            )
        })
        .collect()
}

#[test]
fn seed_script_tokens_are_masked_in_every_report() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let server = echo();
    let doc = json!({
        "info": {"name": "seed", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "API call",
            "event": [
                {"listen": "prerequest", "script": {"exec": seed_script(&pool.endpoint())}},
                {"listen": "test", "script": {"exec": BEARER_IS_ACCESS_TOKEN}}
            ],
            "request": {"method": "GET",
                        "header": [{"key": "Authorization", "value": "Bearer {{cognitoAccessToken}}"}],
                        "url": "{{baseUrl}}/headers"}
        }]
    });
    let col = write(t.path(), "seed.json", &doc.to_string());
    let env = json!({"name": "seed", "values": [
        {"key": "baseUrl", "value": server.base_url()},
        {"key": "cognitoClientId", "value": pool.password_client},
        {"key": "cognitoUserName", "value": USER},
        {"key": "cognitoUserPassword", "value": PASSWORD}
    ]});
    write(t.path(), "env.json", &env.to_string());
    let args = strings(&[
        "run",
        &col.to_string_lossy(),
        "-e",
        "env.json",
        "--verbose",
        "-r",
        "cli,json,junit,html",
        "--reporter-json-export",
        "r.json",
        "--reporter-junit-export",
        "r.xml",
        "--reporter-html-export",
        "r.html",
        "--export-environment",
        "out-env.json",
    ]);
    let out = cogman(t.path(), &args, &[]);
    out.expect_code(0).has("✓  sent the access token");
    let vars = exported(&t.path().join("out-env.json"));
    let mut secrets = vec![PASSWORD.to_string()];
    for k in ["cognitoAccessToken", "cognitoIdToken"] {
        let v = vars
            .get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        assert!(v.len() > 20, "{k} not exported: {vars:?}");
        secrets.push(v);
    }
    let mut outputs = vec![out.stdout.clone(), out.stderr.clone()];
    for f in ["r.json", "r.xml", "r.html"] {
        outputs.push(std::fs::read_to_string(t.path().join(f)).expect("report"));
    }
    for text in &outputs {
        for s in &secrets {
            assert!(!text.contains(s.as_str()), "a secret leaked{}", out.dump());
        }
        // The refresh token the script never stores is masked as well.
        for (at, _) in text.match_indices("RefreshToken") {
            let after = &text[at..(at + 40).min(text.len())];
            assert!(
                after.contains("********"),
                "unmasked: {after}{}",
                out.dump()
            );
        }
    }
}
