//! `--no-redact` prints secrets in clear and says so loudly; without it they are masked.

mod util;

use cogman_testkit::EchoServer;
use serde_json::json;
use util::{TestDir, collection, get};

const SECRET: &str = "s3cret-value-for-debugging";

fn fixture(t: &TestDir, server: &EchoServer) {
    t.write(
        "c.json",
        &collection(
            "c",
            json!([get(
                "echo",
                &format!("{}/get?k={{{{apiToken}}}}", server.base_url())
            )]),
        ),
    );
    t.write(
        "e.json",
        &json!({"name": "e", "values": [{"key": "apiToken", "value": SECRET, "type": "secret"}]})
            .to_string(),
    );
}

#[test]
fn secrets_are_masked_by_default() {
    let server = EchoServer::start();
    let t = TestDir::new();
    fixture(&t, &server);
    t.cogman(&["run", "c.json", "-e", "e.json", "--verbose"])
        .code(0)
        .stdout_lacks(SECRET);
}

#[test]
fn no_redact_prints_secrets_and_warns() {
    let server = EchoServer::start();
    let t = TestDir::new();
    fixture(&t, &server);
    t.cogman(&["run", "c.json", "-e", "e.json", "--verbose", "--no-redact"])
        .code(0)
        .stdout_has(SECRET)
        .stderr_has("WARNING: --no-redact")
        .stderr_has("never in CI");
}

#[test]
fn exporting_secrets_warns_with_key_names_only() {
    let server = EchoServer::start();
    let t = TestDir::new();
    fixture(&t, &server);
    let run = t.cogman(&[
        "run",
        "c.json",
        "-e",
        "e.json",
        "--export-environment",
        "out.json",
    ]);
    run.code(0)
        .stderr_has("warning: --export-environment wrote 1 secret value in clear")
        .stderr_has("(apiToken)");
    assert!(!run.dump().contains(SECRET), "{}", run.dump());
    // The export itself keeps the real value: that is its purpose.
    assert!(t.read("out.json").contains(SECRET));
}

#[test]
fn exporting_plain_values_does_not_warn() {
    let server = EchoServer::start();
    let t = TestDir::new();
    t.write(
        "c.json",
        &collection(
            "c",
            json!([get("echo", &format!("{}/get", server.base_url()))]),
        ),
    );
    t.write(
        "e.json",
        &json!({"name": "e", "values": [{"key": "region", "value": "eu-west-1"}]}).to_string(),
    );
    let run = t.cogman(&[
        "run",
        "c.json",
        "-e",
        "e.json",
        "--export-environment",
        "out.json",
    ]);
    run.code(0);
    assert!(!run.dump().contains("secret value"), "{}", run.dump());
}
