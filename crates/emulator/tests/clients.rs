//! Clients nobody here wrote: boto3 and amazon-cognito-identity-js, run against a real
//! emulator. `COGMAN_PYTHON` (a python with boto3) and `COGMAN_NODE_MODULES` (a node_modules
//! directory with amazon-cognito-identity-js) enable them; under `CI` they are required.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;

fn tool(var: &str, what: &str) -> Option<PathBuf> {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ if std::env::var_os("CI").is_some() => {
            panic!("CI is set but {var} is not: point it at {what}")
        }
        _ => {
            eprintln!("notice: {var} is not set; skipping the {what} check");
            None
        }
    }
}

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/clients")
        .join(name)
}

fn run(mut cmd: Command) {
    let out = cmd.output().expect("client runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    assert!(out.status.success(), "client failed:\n{stdout}\n{stderr}");
}

#[test]
fn boto3_drives_the_emulator() {
    let Some(python) = tool("COGMAN_PYTHON", "a python with boto3") else {
        return;
    };
    let emu = cogman_emulator::spawn(Default::default()).expect("emulator starts");
    let mut cmd = Command::new(python);
    cmd.arg(script("boto3_client.py"))
        .arg(emu.base_url())
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "not-a-real-secret")
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_SESSION_TOKEN")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .env("AWS_EC2_METADATA_DISABLED", "true");
    run(cmd);
}

#[test]
fn amazon_cognito_identity_js_drives_the_emulator() {
    let Some(modules) = tool(
        "COGMAN_NODE_MODULES",
        "a node_modules directory with amazon-cognito-identity-js",
    ) else {
        return;
    };
    let emu = cogman_emulator::spawn(Default::default()).expect("emulator starts");
    let pool = emu
        .call(
            "CreateUserPool",
            json!({"PoolName": "js", "MfaConfiguration": "OPTIONAL"}),
        )
        .unwrap()["UserPool"]["Id"]
        .as_str()
        .unwrap()
        .to_string();
    let (client, _) = emu
        .create_client(
            &pool,
            "spa",
            &[
                "ALLOW_USER_SRP_AUTH",
                "ALLOW_USER_PASSWORD_AUTH",
                "ALLOW_REFRESH_TOKEN_AUTH",
            ],
            false,
        )
        .unwrap();
    emu.create_user(
        &pool,
        "alice",
        "Passw0rd!",
        &[("email", "alice@example.com")],
    )
    .unwrap();
    emu.call(
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "newbie", "TemporaryPassword": "Temp0rary!"}),
    )
    .unwrap();
    let mut cmd = Command::new(std::env::var_os("COGMAN_NODE").unwrap_or_else(|| "node".into()));
    cmd.arg(script("identity_js.js"))
        .arg(emu.base_url())
        .arg(&pool)
        .arg(&client)
        .env("NODE_PATH", modules);
    run(cmd);
}
