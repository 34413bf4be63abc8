//! The state file survives restarts; seed files declare pools, clients, users and more.

mod common;

use std::io::Write;

use cogman_emulator::{Seed, ServeOptions, spawn};
use common::*;
use serde_json::json;

fn with_state(path: &std::path::Path) -> cogman_emulator::EmulatorHandle {
    spawn(ServeOptions {
        state_file: Some(path.to_path_buf()),
        ..ServeOptions::default()
    })
    .expect("emulator starts")
}

#[test]
fn state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let (pool, client, refresh, kid) = {
        let emu = with_state(&state);
        let pool = emu.create_pool("kept").unwrap();
        let (client, _) = emu.create_client(&pool, "app", &PW_FLOWS, false).unwrap();
        ok(
            emu.addr(),
            "AdminCreateUser",
            json!({"UserPoolId": pool, "Username": "alice", "TemporaryPassword": PASSWORD}),
        );
        ok(
            emu.addr(),
            "AdminSetUserPassword",
            json!({"UserPoolId": pool, "Username": "alice", "Password": PASSWORD, "Permanent": true}),
        );
        let out = ok(
            emu.addr(),
            "InitiateAuth",
            json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
        );
        let jwks = http(
            emu.addr(),
            "GET",
            &format!("/{pool}/.well-known/jwks.json"),
            &[],
            b"",
        )
        .json();
        (
            pool,
            client,
            out["AuthenticationResult"]["RefreshToken"]
                .as_str()
                .unwrap()
                .to_string(),
            jwks["keys"][0]["kid"].clone(),
        )
    };
    assert!(state.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&state).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "state file is owner-only: {mode:o}");
    }
    let emu = with_state(&state);
    let a = emu.addr();
    assert_eq!(
        ok(a, "DescribeUserPool", json!({"UserPoolId": pool}))["UserPool"]["Name"],
        "kept"
    );
    assert_eq!(
        ok(
            a,
            "AdminGetUser",
            json!({"UserPoolId": pool, "Username": "alice"})
        )["UserStatus"],
        "CONFIRMED"
    );
    let jwks = http(
        a,
        "GET",
        &format!("/{pool}/.well-known/jwks.json"),
        &[],
        b"",
    )
    .json();
    assert_eq!(jwks["keys"][0]["kid"], kid, "signing keys are kept");
    // Passwords (SRP verifier included) and refresh tokens still work.
    ok(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
    );
    ok(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": client, "AuthParameters": {"REFRESH_TOKEN": refresh}}),
    );
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["state.json".to_string()]);
}

#[test]
fn a_corrupt_state_file_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    std::fs::write(&state, "{\n  \"version\": 1,\n  oops").unwrap();
    let err = spawn(ServeOptions {
        state_file: Some(state.clone()),
        ..ServeOptions::default()
    })
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("state.json") && msg.contains("line 3"),
        "{msg}"
    );
}

const SEED: &str = r#"
region: eu-west-1
pools:
  - id: eu-west-1_Seeded123
    name: seeded
    password_policy: { minimum_length: 8, require_symbols: false }
    groups:
      - { name: admins, description: Admins, precedence: 1 }
    resource_servers:
      - identifier: api
        scopes: [read, { name: write, description: Write }]
    clients:
      - name: web
        id: webclient0000000000000000a
        auth_flows: [ALLOW_USER_PASSWORD_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
        prevent_user_existence_errors: ENABLED
      - name: machine
        id: machineclient000000000000a
        secret: machine-secret
        allowed_oauth_flows: [client_credentials]
        allowed_oauth_scopes: [api/read]
    users:
      - username: alice
        password: Passw0rdx
        attributes: { email: alice@example.com, email_verified: "true" }
        groups: [admins]
      - username: pending
        password: Passw0rdx
        status: UNCONFIRMED
      - username: off
        password: Passw0rdx
        enabled: false
      - username: fresh
        password: Temp0rary
        status: FORCE_CHANGE_PASSWORD
  - name: generated
    clients:
      - { name: spa }
"#;

#[test]
fn seed_file_declares_everything() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.yaml");
    std::fs::File::create(&seed)
        .unwrap()
        .write_all(SEED.as_bytes())
        .unwrap();
    let emu = spawn(ServeOptions {
        seed_file: Some(seed),
        ..ServeOptions::default()
    })
    .unwrap();
    let a = emu.addr();
    let pool = "eu-west-1_Seeded123";
    let auth = |user: &str, pw: &str| {
        call(
            a,
            "InitiateAuth",
            json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "webclient0000000000000000a", "AuthParameters": {"USERNAME": user, "PASSWORD": pw}}),
        )
    };
    let out = auth("alice", "Passw0rdx").unwrap();
    let id_token = out["AuthenticationResult"]["IdToken"].as_str().unwrap();
    let claims = cogman_emulator_claims(id_token);
    assert_eq!(claims["cognito:groups"], json!(["admins"]));
    assert_eq!(claims["iss"], format!("{}/{pool}", emu.base_url()));
    assert_eq!(
        auth("pending", "Passw0rdx").unwrap_err().0,
        "UserNotConfirmedException"
    );
    assert_eq!(auth("off", "Passw0rdx").unwrap_err().1, "User is disabled.");
    assert_eq!(
        auth("fresh", "Temp0rary").unwrap()["ChallengeName"],
        "NEW_PASSWORD_REQUIRED"
    );
    assert_eq!(
        auth("ghost", "Passw0rdx").unwrap_err().1,
        "Incorrect username or password."
    );
    let machine = ok(
        a,
        "DescribeUserPoolClient",
        json!({"UserPoolId": pool, "ClientId": "machineclient000000000000a"}),
    );
    assert_eq!(machine["UserPoolClient"]["ClientSecret"], "machine-secret");
    let rs = ok(
        a,
        "DescribeResourceServer",
        json!({"UserPoolId": pool, "Identifier": "api"}),
    );
    assert_eq!(rs["ResourceServer"]["Scopes"].as_array().unwrap().len(), 2);
    let pools = ok(a, "ListUserPools", json!({"MaxResults": 10}));
    let generated = pools["UserPools"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["Name"] == "generated")
        .unwrap();
    assert!(generated["Id"].as_str().unwrap().starts_with("eu-west-1_"));

    // Re-applying is idempotent.
    let again = emu.apply_seed(&Seed::parse(SEED).unwrap()).unwrap();
    assert_eq!(again.pools[0].id, pool);
    assert_eq!(again.pools[1].clients[0].name, "spa");
    assert_eq!(
        ok(a, "ListUserPools", json!({"MaxResults": 10}))["UserPools"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

fn cogman_emulator_claims(token: &str) -> serde_json::Value {
    use base64::Engine as _;
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap()
}

#[test]
fn seed_and_state_together_and_json_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.json");
    let state = dir.path().join("state.json");
    std::fs::write(
        &seed,
        r#"{"pools": [{"id": "us-east-1_Json12345", "name": "j", "clients": [{"name": "c", "id": "jsonclient0000000000000000"}],
            "users": [{"username": "u1", "password": "Passw0rd!"}]}]}"#,
    )
    .unwrap();
    let opts = ServeOptions {
        seed_file: Some(seed),
        state_file: Some(state),
        ..ServeOptions::default()
    };
    {
        let emu = spawn(opts.clone()).unwrap();
        ok(
            emu.addr(),
            "AdminSetUserPassword",
            json!({"UserPoolId": "us-east-1_Json12345", "Username": "u1", "Password": "Changed1!", "Permanent": true}),
        );
    }
    // The seed does not overwrite what the state file already has.
    let emu = spawn(opts).unwrap();
    let users = ok(
        emu.addr(),
        "ListUsers",
        json!({"UserPoolId": "us-east-1_Json12345"}),
    );
    assert_eq!(users["Users"].as_array().unwrap().len(), 1);
    emu.call("UpdateUserPoolClient", json!({"UserPoolId": "us-east-1_Json12345", "ClientId": "jsonclient0000000000000000", "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"]}))
        .unwrap();
    ok(
        emu.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "jsonclient0000000000000000", "AuthParameters": {"USERNAME": "u1", "PASSWORD": "Changed1!"}}),
    );
}

#[test]
fn bad_seeds_are_reported_clearly() {
    let err = Seed::parse("pools:\n  - name: x\n    colour: blue\n").unwrap_err();
    assert!(err.contains("line 3") && err.contains("colour"), "{err}");
    let emu = start();
    let bad_policy =
        Seed::parse("pools:\n  - name: x\n    users:\n      - { username: u, password: short }\n")
            .unwrap();
    let err = emu.apply_seed(&bad_policy).unwrap_err().to_string();
    assert!(
        err.contains("user \"u\"") && err.contains("Password not long enough"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.yaml");
    let err = spawn(ServeOptions {
        seed_file: Some(missing),
        ..ServeOptions::default()
    })
    .unwrap_err()
    .to_string();
    assert!(err.contains("nope.yaml"), "{err}");
}

/// The seed example in the crate documentation parses and applies.
#[test]
fn the_documented_seed_example_works() {
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
    let doc: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    let begin = doc
        .iter()
        .position(|l| *l == "```yaml")
        .expect("yaml example")
        + 1;
    let end = begin + doc[begin..].iter().position(|l| *l == "```").unwrap();
    let seed = Seed::parse(&doc[begin..end].join("\n")).unwrap();
    let emu = start();
    let outcome = emu.apply_seed(&seed).unwrap();
    assert_eq!(outcome.pools[0].id, "eu-west-1_Demo12345");
    let machine = outcome.pools[0]
        .clients
        .iter()
        .find(|c| c.name == "machine")
        .unwrap();
    assert_eq!(machine.secret.as_deref(), Some("a-fixed-secret"));
    let out = call(
        emu.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "1example23456789abcdefghij",
               "AuthParameters": {"USERNAME": "alice@example.com", "PASSWORD": "Passw0rd!"}}),
    )
    .unwrap();
    assert!(out["AuthenticationResult"]["IdToken"].is_string());
}
