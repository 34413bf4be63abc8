//! Shared by the `cognito_*` integration tests: an in-process Cognito emulator with a pool,
//! app clients and a user, a protected echo endpoint, and a way to run the `cogman` binary
//! with a clean environment (no COGMAN_COGNITO_*, no GitHub Actions, no proxies, no colour).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use cogman_emulator::{EmulatorHandle, ServeOptions};
use serde_json::{Value, json};

pub const USER: &str = "alice";
pub const PASSWORD: &str = "Corr3ct-Horse!battery";

/// A seeded emulator.
pub struct Pool {
    pub emu: EmulatorHandle,
    pub pool_id: String,
    /// Allows SRP and refresh only.
    pub srp_client: String,
    /// Allows USER_PASSWORD_AUTH, SRP, refresh and the admin flow.
    pub password_client: String,
    /// Has a secret; allows SRP and refresh.
    pub secret_client: String,
    pub secret: String,
    /// client_credentials with scope `api/read`.
    pub m2m_client: String,
    pub m2m_secret: String,
}

impl Pool {
    pub fn start() -> Pool {
        let emu = cogman_emulator::spawn(ServeOptions::default()).expect("spawn the emulator");
        emu.set_region("eu-west-1").expect("region");
        let pool_id = emu.create_pool("tests").expect("pool");
        let (srp_client, _) = emu
            .create_client(
                &pool_id,
                "srp",
                &["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                false,
            )
            .expect("client");
        let (password_client, _) = emu
            .create_client(
                &pool_id,
                "password",
                &[
                    "ALLOW_USER_PASSWORD_AUTH",
                    "ALLOW_USER_SRP_AUTH",
                    "ALLOW_REFRESH_TOKEN_AUTH",
                    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                ],
                false,
            )
            .expect("client");
        let (secret_client, secret) = emu
            .create_client(
                &pool_id,
                "secret",
                &["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                true,
            )
            .expect("client");
        emu.call(
            "CreateResourceServer",
            json!({"UserPoolId": pool_id, "Identifier": "api", "Name": "api",
                   "Scopes": [{"ScopeName": "read", "ScopeDescription": "read"}]}),
        )
        .expect("resource server");
        let m2m = emu
            .call(
                "CreateUserPoolClient",
                json!({"UserPoolId": pool_id, "ClientName": "m2m", "GenerateSecret": true,
                       "AllowedOAuthFlows": ["client_credentials"],
                       "AllowedOAuthScopes": ["api/read"], "AllowedOAuthFlowsUserPoolClient": true}),
            )
            .expect("m2m client");
        emu.create_user(&pool_id, USER, PASSWORD, &[("email", "alice@example.com")])
            .expect("user");
        let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
        Pool {
            pool_id,
            srp_client,
            password_client,
            secret_client,
            secret: secret.unwrap_or_default(),
            m2m_client: s(&m2m["UserPoolClient"]["ClientId"]),
            m2m_secret: s(&m2m["UserPoolClient"]["ClientSecret"]),
            emu,
        }
    }

    pub fn endpoint(&self) -> String {
        format!("{}/", self.emu.base_url())
    }

    /// `--cognito-*` flags for a user sign-in with `client`.
    pub fn flags(&self, client: &str, flow: &str) -> Vec<String> {
        [
            "--cognito-user-pool-id",
            &self.pool_id,
            "--cognito-client-id",
            client,
            "--cognito-username",
            USER,
            "--cognito-password",
            PASSWORD,
            "--cognito-endpoint",
            &self.endpoint(),
            "--cognito-flow",
            flow,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }
}

/// The outcome of one `cogman` run.
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub args: Vec<String>,
}

impl Out {
    pub fn dump(&self) -> String {
        format!(
            "\n--- cogman {:?}\n--- exit {}\n--- stdout:\n{}\n--- stderr:\n{}\n---",
            self.args, self.code, self.stdout, self.stderr
        )
    }

    pub fn expect_code(&self, code: i32) -> &Out {
        assert_eq!(self.code, code, "unexpected exit code{}", self.dump());
        self
    }

    pub fn has(&self, needle: &str) -> &Out {
        assert!(
            self.stdout.contains(needle) || self.stderr.contains(needle),
            "output lacks {needle:?}{}",
            self.dump()
        );
        self
    }

    pub fn lacks(&self, needle: &str) -> &Out {
        assert!(
            !self.stdout.contains(needle) && !self.stderr.contains(needle),
            "output has {needle:?}{}",
            self.dump()
        );
        self
    }
}

/// `cogman <args>` in `dir` with a clean environment plus `env`.
pub fn cogman(dir: &Path, args: &[String], env: &[(&str, &str)]) -> Out {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cogman"));
    for (key, _) in std::env::vars_os() {
        let k = key.to_string_lossy();
        if k.starts_with("COGMAN_COGNITO_") || k.starts_with("AWS_") {
            cmd.env_remove(&key);
        }
    }
    cmd.args(args)
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("HTTP_PROXY")
        .env_remove("HTTPS_PROXY")
        .env_remove("http_proxy")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("spawn cogman");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        args: args.to_vec(),
    }
}

pub fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// Writes `text` to `dir/name`.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

/// A v2.1 collection of `items`.
pub fn collection(items: Value) -> String {
    json!({
        "info": {"name": "cognito tests",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": items
    })
    .to_string()
}

/// A GET to the echo server whose test checks the `Authorization` header it received.
pub fn echo_item(name: &str, headers: Value, test: &[&str]) -> Value {
    json!({
        "name": name,
        "request": {"method": "GET", "header": headers, "url": "{{baseUrl}}/headers"},
        "event": [{"listen": "test", "script": {"exec": test}}]
    })
}

/// A test script asserting the echoed Authorization header is `Bearer <variable>`.
pub const BEARER_IS_ACCESS_TOKEN: &[&str] = &[
    "pm.test('sent the access token', function () {",
    "  var sent = pm.response.json().headers.authorization;",
    "  pm.expect(sent).to.equal('Bearer ' + pm.environment.get('cognitoAccessToken'));",
    "  pm.expect(pm.environment.get('cognitoAccessToken').split('.').length).to.equal(3);",
    "});",
];

/// The variables cogman exported with `--export-environment`.
pub fn exported(path: &Path) -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(path).expect("exported environment");
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    doc["values"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| Some((v["key"].as_str()?.to_string(), v["value"].clone())))
        .collect()
}
