//! `cogman auth token|claims|doctor` against the local emulator.

mod cognito_support;

use cognito_support::*;

#[test]
fn token_prints_only_the_token() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    for (which, parts) in [("access", 3), ("id", 3)] {
        let mut args = strings(&["auth", "token", "--token", which]);
        args.extend(pool.flags(&pool.srp_client, "srp"));
        let out = cogman(t.path(), &args, &[]);
        out.expect_code(0);
        assert!(out.stderr.is_empty(), "{}", out.dump());
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 1, "{}", out.dump());
        assert_eq!(lines[0].split('.').count(), parts, "{}", out.dump());
        assert!(lines[0].starts_with("eyJ"), "{}", out.dump());
    }
    // Default: the access token.
    let mut args = strings(&["auth", "token"]);
    args.extend(pool.flags(&pool.srp_client, "srp"));
    let out = cogman(t.path(), &args, &[]);
    out.expect_code(0);
    let claims = cogman_cognito::claims(out.stdout.trim()).expect("a JWT");
    assert_eq!(claims["token_use"], "access", "{}", out.dump());
}

#[test]
fn token_failure_is_explained_on_stderr_only() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let mut args = strings(&["auth", "token"]);
    args.extend(pool.flags(&pool.srp_client, "password"));
    let out = cogman(t.path(), &args, &[]);
    out.expect_code(1);
    assert!(out.stdout.is_empty(), "{}", out.dump());
    assert!(
        out.stderr
            .starts_with("error: Cognito InitiateAuth failed: InvalidParameterException"),
        "{}",
        out.dump()
    );
    out.has("fix:").has("Use SRP instead");
    let out = cogman(t.path(), &strings(&["auth", "token"]), &[]);
    out.expect_code(1).has("--cognito-client-id");
}

#[test]
fn claims_show_claims_and_expiry_never_tokens() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let mut args = strings(&["auth", "claims"]);
    args.extend(pool.flags(&pool.srp_client, "srp"));
    let out = cogman(t.path(), &args, &[]);
    out.expect_code(0)
        .has("access token claims")
        .has("id token claims")
        .has("\"token_use\": \"access\"")
        .has("\"token_use\": \"id\"")
        .has("\"email\": \"alice@example.com\"")
        .has("expires in 1 h (")
        .has("refresh token: present (not shown)")
        .lacks("eyJ")
        .lacks(PASSWORD);
}

#[test]
fn doctor_reports_each_flow_with_fixes() {
    let pool = Pool::start();
    let t = tempfile::tempdir().expect("tmp");
    let mut args = strings(&["auth", "doctor"]);
    args.extend(pool.flags(&pool.srp_client, "srp"));
    let out = cogman(t.path(), &args, &[]);
    out.expect_code(0)
        .has("✓ USER_SRP_AUTH")
        .has("✗ USER_PASSWORD_AUTH")
        .has("USER_PASSWORD_AUTH flow not enabled for this client")
        .has("update-user-pool-client")
        .has("- ADMIN_USER_PASSWORD_AUTH")
        .has("skipped: needs AWS credentials")
        .has("✓ REFRESH_TOKEN_AUTH")
        .has("- client_credentials")
        .lacks(PASSWORD);

    // The password-enabled client, with AWS credentials for the admin flow, and a secretless
    // client_credentials attempt skipped.
    let mut args = strings(&["auth", "doctor"]);
    args.extend(pool.flags(&pool.password_client, "srp"));
    let env = [
        ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
        ("AWS_SECRET_ACCESS_KEY", "fake-secret-key-for-tests"),
    ];
    cogman(t.path(), &args, &env)
        .expect_code(0)
        .has("✓ USER_PASSWORD_AUTH")
        .has("✓ ADMIN_USER_PASSWORD_AUTH")
        .lacks("fake-secret-key-for-tests");

    // The m2m client: only client_credentials works.
    let args = strings(&[
        "auth",
        "doctor",
        "--cognito-client-id",
        &pool.m2m_client,
        "--cognito-client-secret",
        &pool.m2m_secret,
        "--cognito-domain",
        pool.emu.base_url(),
        "--cognito-endpoint",
        &pool.endpoint(),
        "--cognito-region",
        "eu-west-1",
    ]);
    cogman(t.path(), &args, &[])
        .expect_code(0)
        .has("✓ client_credentials")
        .lacks(&pool.m2m_secret);

    // A wrong password: nothing works, exit 1, each failure with its fix.
    let mut args = strings(&["auth", "doctor"]);
    let mut flags = pool.flags(&pool.password_client, "srp");
    let at = flags
        .iter()
        .position(|a| a == "--cognito-password")
        .expect("flag");
    flags[at + 1] = "Wr0ng-password!".into();
    args.extend(flags);
    cogman(t.path(), &args, &[])
        .expect_code(1)
        .has("Incorrect username or password")
        .has("No flow signed in")
        .lacks("Wr0ng-password!");
}
