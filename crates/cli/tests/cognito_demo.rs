//! `cogman demo`'s Cognito part: offline, both runs pass, the published error and its fix,
//! and nothing token-shaped in the output.

use std::process::Command;

#[test]
fn demo_shows_the_cognito_mission_offline_and_masked() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cogman"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("COGMAN_COGNITO_") {
            cmd.env_remove(key);
        }
    }
    let out = cmd
        .args(["demo", "--color", "off"])
        .current_dir(dir.path())
        .env_remove("GITHUB_ACTIONS")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .output()
        .expect("run cogman demo");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let dump = format!("\n--- stdout:\n{stdout}\n--- stderr:\n{stderr}");
    assert_eq!(out.status.code(), Some(0), "{dump}");
    for needle in [
        "── Step 1: a collection against a local echo API",
        "── Step 2: a local Cognito user pool",
        "── Step 3: the published Postman pre-request script, unchanged",
        "❏ Seed script",
        "AccessToken: '********'",
        "RefreshToken: '********'",
        "✓  the API accepts the Cognito access token",
        "── Step 4: no script at all: cogman signs in natively with SRP",
        "✓  no token: 401",
        "── Step 5: the published troubleshooting error, and cogman's fix",
        "{\"__type\":\"InvalidParameterException\",\"message\":\"USER_PASSWORD_AUTH flow not enabled for this client\"}",
        "Use SRP instead",
        "update-user-pool-client",
        "── Done: both runs passed",
    ] {
        assert!(stdout.contains(needle), "stdout lacks {needle:?}{dump}");
    }
    assert!(!stdout.contains("eyJ"), "a JWT was printed{dump}");
    assert!(
        !stdout.contains("Demo-Passw0rd"),
        "the password was printed{dump}"
    );
    assert!(!stdout.contains("[errored]"), "{dump}");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("read dir").count(),
        0,
        "demo wrote files{dump}"
    );
}
