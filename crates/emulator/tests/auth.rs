//! Sign-in flows, challenges, tokens and their verification through the served JWKS.

mod common;

use std::time::Duration;

use chrono::Utc;
use cogman_cognito::srp::{self, ChallengeParams, SrpClient};
use common::*;
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde_json::{Value, json};

/// Verifies a JWT the way a resource server does: key from jwks.json by kid, RS256, issuer.
fn verify(f: &Fixture, token: &str, audience: Option<&str>) -> Value {
    let jwks = http(
        f.addr(),
        "GET",
        &format!("/{}/.well-known/jwks.json", f.pool),
        &[],
        b"",
    )
    .json();
    let kid = decode_header(token).unwrap().kid.unwrap();
    let jwk = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == kid.as_str())
        .expect("kid in jwks");
    let key =
        DecodingKey::from_rsa_components(jwk["n"].as_str().unwrap(), jwk["e"].as_str().unwrap())
            .unwrap();
    let mut v = Validation::new(Algorithm::RS256);
    v.set_issuer(&[format!("{}/{}", f.emu.base_url(), f.pool)]);
    match audience {
        Some(aud) => v.set_audience(&[aud]),
        None => v.validate_aud = false,
    }
    decode::<Value>(token, &key, &v)
        .expect("token verifies")
        .claims
}

fn result(v: &Value) -> &Value {
    &v["AuthenticationResult"]
}

#[test]
fn password_sign_in_tokens_verify_through_jwks() {
    let f = fixture(&PW_FLOWS, false);
    f.emu
        .call(
            "CreateGroup",
            json!({"UserPoolId": f.pool, "GroupName": "admins"}),
        )
        .unwrap();
    f.emu
        .call(
            "AdminAddUserToGroup",
            json!({"UserPoolId": f.pool, "Username": "alice", "GroupName": "admins"}),
        )
        .unwrap();
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let r = result(&out);
    assert_eq!(r["ExpiresIn"], 3600);
    assert_eq!(r["TokenType"], "Bearer");
    assert!(r["RefreshToken"].as_str().unwrap().len() > 40);
    let access = verify(&f, r["AccessToken"].as_str().unwrap(), None);
    assert_eq!(access["token_use"], "access");
    assert_eq!(access["client_id"], f.client);
    assert_eq!(access["username"], "alice");
    assert_eq!(access["scope"], "aws.cognito.signin.user.admin");
    assert_eq!(access["cognito:groups"], json!(["admins"]));
    assert_eq!(
        access["exp"].as_i64().unwrap() - access["iat"].as_i64().unwrap(),
        3600
    );
    for claim in ["sub", "jti", "origin_jti", "event_id", "auth_time"] {
        assert!(!access[claim].is_null(), "access token lacks {claim}");
    }
    assert!(access.get("aud").is_none());
    let id = verify(&f, r["IdToken"].as_str().unwrap(), Some(&f.client));
    assert_eq!(id["token_use"], "id");
    assert_eq!(id["cognito:username"], "alice");
    assert_eq!(id["email"], "alice@example.com");
    assert_eq!(id["email_verified"], true);
    assert_eq!(id["sub"], access["sub"]);
    assert_eq!(id["origin_jti"], access["origin_jti"]);
    let (ka, ki) = (
        decode_header(r["AccessToken"].as_str().unwrap())
            .unwrap()
            .kid,
        decode_header(r["IdToken"].as_str().unwrap()).unwrap().kid,
    );
    assert_ne!(ka, ki, "access and id tokens use different keys");
    let oidc = http(
        f.addr(),
        "GET",
        &format!("/{}/.well-known/openid-configuration", f.pool),
        &[],
        b"",
    )
    .json();
    assert_eq!(oidc["issuer"], format!("{}/{}", f.emu.base_url(), f.pool));
    assert_eq!(
        oidc["jwks_uri"],
        format!("{}/{}/.well-known/jwks.json", f.emu.base_url(), f.pool)
    );

    // GetUser with the access token.
    let me = ok(
        f.addr(),
        "GetUser",
        json!({"AccessToken": r["AccessToken"]}),
    );
    assert_eq!(me["Username"], "alice");
    fails(
        f.addr(),
        "GetUser",
        json!({"AccessToken": "garbage"}),
        "NotAuthorizedException",
        "Invalid Access Token",
    );
}

#[test]
fn flows_the_client_does_not_allow_are_refused() {
    let f = fixture(&[], false); // Cognito's defaults: SRP, refresh, custom
    fails(
        f.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
        "InvalidParameterException",
        "USER_PASSWORD_AUTH flow not enabled for this client",
    );
    fails(
        f.addr(),
        "AdminInitiateAuth",
        json!({"UserPoolId": f.pool, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
        "InvalidParameterException",
        "Auth flow not enabled for this client",
    );
    fails(
        f.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "ADMIN_USER_PASSWORD_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
        "InvalidParameterException",
        "Initiate Auth method not supported.",
    );
}

#[test]
fn admin_password_flow() {
    let f = fixture(
        &["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        false,
    );
    let out = ok(
        f.addr(),
        "AdminInitiateAuth",
        json!({"UserPoolId": f.pool, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
    );
    verify(&f, result(&out)["AccessToken"].as_str().unwrap(), None);
    // Without a signature the admin call is refused.
    let r = raw_call(
        f.addr(),
        "AdminInitiateAuth",
        &json!({"UserPoolId": f.pool, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
        false,
    );
    assert_eq!(r.json()["__type"], "MissingAuthenticationTokenException");
}

#[test]
fn user_state_is_enforced() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    assert_eq!(
        f.password_auth("alice", "Wrong1!pass").unwrap_err(),
        (
            "NotAuthorizedException".into(),
            "Incorrect username or password.".into()
        )
    );
    assert_eq!(
        f.password_auth("ghost", PASSWORD).unwrap_err(),
        (
            "UserNotFoundException".into(),
            "User does not exist.".into()
        )
    );
    ok(
        a,
        "AdminDisableUser",
        json!({"UserPoolId": f.pool, "Username": "alice"}),
    );
    assert_eq!(
        f.password_auth("alice", PASSWORD).unwrap_err(),
        ("NotAuthorizedException".into(), "User is disabled.".into())
    );
    ok(
        a,
        "AdminEnableUser",
        json!({"UserPoolId": f.pool, "Username": "alice"}),
    );
    ok(
        a,
        "AdminResetUserPassword",
        json!({"UserPoolId": f.pool, "Username": "alice"}),
    );
    assert_eq!(
        f.password_auth("alice", PASSWORD).unwrap_err(),
        (
            "PasswordResetRequiredException".into(),
            "Password reset required for the user".into()
        )
    );
    ok(
        a,
        "AdminSetUserPassword",
        json!({"UserPoolId": f.pool, "Username": "alice", "Password": PASSWORD, "Permanent": true}),
    );
    assert!(f.password_auth("alice", PASSWORD).is_ok());

    // PreventUserExistenceErrors hides unknown users.
    ok(
        a,
        "UpdateUserPoolClient",
        json!({"UserPoolId": f.pool, "ClientId": f.client, "ExplicitAuthFlows": PW_FLOWS, "PreventUserExistenceErrors": "ENABLED"}),
    );
    assert_eq!(
        f.password_auth("ghost", PASSWORD).unwrap_err(),
        (
            "NotAuthorizedException".into(),
            "Incorrect username or password.".into()
        )
    );
}

#[test]
fn lockout_after_repeated_failures() {
    let f = fixture(&PW_FLOWS, false);
    for _ in 0..5 {
        assert_eq!(
            f.password_auth("alice", "Wrong1!pass").unwrap_err().1,
            "Incorrect username or password."
        );
    }
    assert_eq!(
        f.password_auth("alice", PASSWORD).unwrap_err(),
        (
            "NotAuthorizedException".into(),
            "Password attempts exceeded".into()
        )
    );
    f.emu.advance_clock(Duration::from_secs(2));
    assert!(f.password_auth("alice", PASSWORD).is_ok());
}

#[test]
fn new_password_required_and_single_use_sessions() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    ok(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": f.pool, "Username": "newbie", "TemporaryPassword": "Temp0rary!"}),
    );
    let out = f.password_auth("newbie", "Temp0rary!").unwrap();
    assert_eq!(out["ChallengeName"], "NEW_PASSWORD_REQUIRED");
    assert_eq!(out["ChallengeParameters"]["USER_ID_FOR_SRP"], "newbie");
    let session = out["Session"].as_str().unwrap().to_string();
    let answer = json!({"ClientId": f.client, "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": session,
        "ChallengeResponses": {"USERNAME": "newbie", "NEW_PASSWORD": "Brand-new1", "userAttributes.name": "Newbie"}});
    let done = ok(a, "RespondToAuthChallenge", answer.clone());
    verify(&f, result(&done)["AccessToken"].as_str().unwrap(), None);
    fails(
        a,
        "RespondToAuthChallenge",
        answer,
        "NotAuthorizedException",
        "Invalid session for the user, session is expired.",
    );
    assert!(f.password_auth("newbie", "Brand-new1").is_ok());
    assert_eq!(
        ok(
            a,
            "AdminGetUser",
            json!({"UserPoolId": f.pool, "Username": "newbie"})
        )["UserStatus"],
        "CONFIRMED"
    );

    // A session older than three minutes is refused.
    ok(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": f.pool, "Username": "slow", "TemporaryPassword": "Temp0rary!"}),
    );
    let out = f.password_auth("slow", "Temp0rary!").unwrap();
    f.emu.advance_clock(Duration::from_secs(181));
    fails(
        a,
        "RespondToAuthChallenge",
        json!({"ClientId": f.client, "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": out["Session"],
            "ChallengeResponses": {"USERNAME": "slow", "NEW_PASSWORD": "Brand-new1"}}),
        "NotAuthorizedException",
        "Invalid session for the user, session is expired.",
    );
}

fn srp_sign_in(f: &Fixture, user: &str, password: &str) -> Result<Value, (String, String)> {
    let client = SrpClient::new();
    let mut params = json!({"USERNAME": user, "SRP_A": client.a_pub_hex()});
    if let Some(s) = &f.secret {
        params["SECRET_HASH"] = json!(srp::secret_hash(user, &f.client, s));
    }
    let ch = call(
        f.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "USER_SRP_AUTH", "ClientId": f.client, "AuthParameters": params}),
    )?;
    assert_eq!(ch["ChallengeName"], "PASSWORD_VERIFIER");
    let p = &ch["ChallengeParameters"];
    let cp = ChallengeParams {
        salt: p["SALT"].as_str().unwrap().into(),
        srp_b: p["SRP_B"].as_str().unwrap().into(),
        secret_block: p["SECRET_BLOCK"].as_str().unwrap().into(),
        user_id_for_srp: p["USER_ID_FOR_SRP"].as_str().unwrap().into(),
    };
    let ans = client.respond(&cp, &f.pool, password, Utc::now()).unwrap();
    let mut responses = json!({
        "USERNAME": ans.username, "PASSWORD_CLAIM_SECRET_BLOCK": ans.secret_block,
        "TIMESTAMP": ans.timestamp, "PASSWORD_CLAIM_SIGNATURE": ans.signature,
    });
    if let Some(s) = &f.secret {
        responses["SECRET_HASH"] = json!(srp::secret_hash(&ans.username, &f.client, s));
    }
    call(
        f.addr(),
        "RespondToAuthChallenge",
        json!({"ClientId": f.client, "ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses": responses}),
    )
}

#[test]
fn srp_sign_in_end_to_end() {
    let f = fixture(&PW_FLOWS, false);
    let out = srp_sign_in(&f, "alice", PASSWORD).unwrap();
    let claims = verify(&f, result(&out)["AccessToken"].as_str().unwrap(), None);
    assert_eq!(claims["username"], "alice");
    assert_eq!(
        srp_sign_in(&f, "alice", "Wrong-passw0rd").unwrap_err(),
        (
            "NotAuthorizedException".into(),
            "Incorrect username or password.".into()
        )
    );
    assert_eq!(
        srp_sign_in(&f, "ghost", PASSWORD).unwrap_err(),
        (
            "UserNotFoundException".into(),
            "User does not exist.".into()
        )
    );
}

#[test]
fn srp_with_secret_and_hidden_users() {
    let f = fixture(&PW_FLOWS, true);
    f.emu
        .call("UpdateUserPoolClient", json!({"UserPoolId": f.pool, "ClientId": f.client, "ExplicitAuthFlows": PW_FLOWS, "PreventUserExistenceErrors": "ENABLED"}))
        .unwrap();
    assert!(srp_sign_in(&f, "alice", PASSWORD).is_ok());
    // Unknown users get a challenge too, then the same refusal as a wrong password.
    assert_eq!(
        srp_sign_in(&f, "ghost", PASSWORD).unwrap_err(),
        (
            "NotAuthorizedException".into(),
            "Incorrect username or password.".into()
        )
    );
}

#[test]
fn srp_rejects_replays_and_stale_timestamps() {
    let f = fixture(&PW_FLOWS, false);
    let client = SrpClient::new();
    let ch = ok(
        f.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "USER_SRP_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "SRP_A": client.a_pub_hex()}}),
    );
    let p = &ch["ChallengeParameters"];
    let cp = ChallengeParams {
        salt: p["SALT"].as_str().unwrap().into(),
        srp_b: p["SRP_B"].as_str().unwrap().into(),
        secret_block: p["SECRET_BLOCK"].as_str().unwrap().into(),
        user_id_for_srp: p["USER_ID_FOR_SRP"].as_str().unwrap().into(),
    };
    let stale = client
        .respond(
            &cp,
            &f.pool,
            PASSWORD,
            Utc::now() - chrono::Duration::hours(1),
        )
        .unwrap();
    let body = |a: &srp::ChallengeAnswer| {
        json!({"ClientId": f.client, "ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses": {
            "USERNAME": a.username, "PASSWORD_CLAIM_SECRET_BLOCK": a.secret_block, "TIMESTAMP": a.timestamp, "PASSWORD_CLAIM_SIGNATURE": a.signature}})
    };
    fails(
        f.addr(),
        "RespondToAuthChallenge",
        body(&stale),
        "NotAuthorizedException",
        "Incorrect username or password.",
    );
    // The challenge was consumed: even a correct answer is now refused.
    let fresh = client.respond(&cp, &f.pool, PASSWORD, Utc::now()).unwrap();
    fails(
        f.addr(),
        "RespondToAuthChallenge",
        body(&fresh),
        "NotAuthorizedException",
        "Invalid session for the user, session is expired.",
    );
}

#[test]
fn secret_hash_is_required_and_checked() {
    let f = fixture(&PW_FLOWS, true);
    let a = f.addr();
    let id = f.client.clone();
    fails(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": id, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD}}),
        "NotAuthorizedException",
        &format!("Client {id} is configured for secret but secret was not received"),
    );
    fails(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": id, "AuthParameters": {"USERNAME": "alice", "PASSWORD": PASSWORD, "SECRET_HASH": "bm9wZQ=="}}),
        "NotAuthorizedException",
        &format!("Unable to verify secret hash for client {id}"),
    );
    let out = f.password_auth("alice", PASSWORD).unwrap();
    // Refresh: SECRET_HASH over the internal username.
    let refresh = result(&out)["RefreshToken"].as_str().unwrap().to_string();
    let secret = f.secret.clone().unwrap();
    let refreshed = ok(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": id, "AuthParameters": {"REFRESH_TOKEN": refresh, "SECRET_HASH": srp::secret_hash("alice", &id, &secret)}}),
    );
    assert!(result(&refreshed)["RefreshToken"].is_null());
    verify(
        &f,
        result(&refreshed)["AccessToken"].as_str().unwrap(),
        None,
    );
    fails(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": id, "AuthParameters": {"REFRESH_TOKEN": refresh, "SECRET_HASH": srp::secret_hash("alice@example.com", &id, &secret)}}),
        "NotAuthorizedException",
        &format!("Unable to verify secret hash for client {id}"),
    );
}

#[test]
fn refresh_revoke_and_sign_out() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    let refresh_body = |t: &str| json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": f.client, "AuthParameters": {"REFRESH_TOKEN": t}});
    let first = f.password_auth("alice", PASSWORD).unwrap();
    let rt = result(&first)["RefreshToken"].as_str().unwrap().to_string();
    let refreshed = ok(a, "InitiateAuth", refresh_body(&rt));
    let claims = verify(
        &f,
        result(&refreshed)["AccessToken"].as_str().unwrap(),
        None,
    );
    let original = verify(&f, result(&first)["AccessToken"].as_str().unwrap(), None);
    assert_eq!(claims["origin_jti"], original["origin_jti"]);
    assert_ne!(claims["jti"], original["jti"]);
    fails(
        a,
        "InitiateAuth",
        refresh_body("nonsense"),
        "NotAuthorizedException",
        "Invalid Refresh Token.",
    );

    ok(a, "RevokeToken", json!({"Token": rt, "ClientId": f.client}));
    fails(
        a,
        "InitiateAuth",
        refresh_body(&rt),
        "NotAuthorizedException",
        "Refresh Token has been revoked",
    );
    fails(
        a,
        "GetUser",
        json!({"AccessToken": result(&first)["AccessToken"]}),
        "NotAuthorizedException",
        "Access Token has been revoked",
    );

    let second = f.password_auth("alice", PASSWORD).unwrap();
    let at = result(&second)["AccessToken"].clone();
    ok(a, "GetUser", json!({"AccessToken": at}));
    ok(a, "GlobalSignOut", json!({"AccessToken": at}));
    fails(
        a,
        "GetUser",
        json!({"AccessToken": at}),
        "NotAuthorizedException",
        "Access Token has been revoked",
    );
    fails(
        a,
        "InitiateAuth",
        refresh_body(result(&second)["RefreshToken"].as_str().unwrap()),
        "NotAuthorizedException",
        "Refresh Token has been revoked",
    );
    // New sign-ins are unaffected.
    let third = f.password_auth("alice", PASSWORD).unwrap();
    ok(
        a,
        "GetUser",
        json!({"AccessToken": result(&third)["AccessToken"]}),
    );
}

#[test]
fn token_validity_and_expiry() {
    let f = fixture(&PW_FLOWS, false);
    f.emu
        .call(
            "UpdateUserPoolClient",
            json!({"UserPoolId": f.pool, "ClientId": f.client, "ExplicitAuthFlows": PW_FLOWS, "AccessTokenValidity": 5, "IdTokenValidity": 2,
                   "RefreshTokenValidity": 1, "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "hours", "RefreshToken": "hours"}}),
        )
        .unwrap();
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let r = result(&out);
    assert_eq!(r["ExpiresIn"], 300);
    let access = verify(&f, r["AccessToken"].as_str().unwrap(), None);
    assert_eq!(
        access["exp"].as_i64().unwrap() - access["iat"].as_i64().unwrap(),
        300
    );
    let id = verify(&f, r["IdToken"].as_str().unwrap(), Some(&f.client));
    assert_eq!(
        id["exp"].as_i64().unwrap() - id["iat"].as_i64().unwrap(),
        7200
    );
    f.emu.advance_clock(Duration::from_secs(301));
    fails(
        f.addr(),
        "GetUser",
        json!({"AccessToken": r["AccessToken"]}),
        "NotAuthorizedException",
        "Access Token has expired",
    );
    f.emu.advance_clock(Duration::from_secs(3600));
    fails(
        f.addr(),
        "InitiateAuth",
        json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": f.client, "AuthParameters": {"REFRESH_TOKEN": r["RefreshToken"]}}),
        "NotAuthorizedException",
        "Refresh Token has expired",
    );
}

/// A pool with the given MFA configuration, a secretless password-flow client and user "alice"
/// (no attributes).
fn mfa_fixture(pool_name: &str, mfa: &str) -> Fixture {
    let emu = start();
    let pool = emu
        .call(
            "CreateUserPool",
            json!({"PoolName": pool_name, "MfaConfiguration": mfa}),
        )
        .unwrap()["UserPool"]["Id"]
        .as_str()
        .unwrap()
        .to_string();
    let (client, _) = emu.create_client(&pool, "app", &PW_FLOWS, false).unwrap();
    emu.create_user(&pool, "alice", PASSWORD, &[]).unwrap();
    Fixture {
        emu,
        pool,
        client,
        secret: None,
    }
}

#[test]
fn totp_setup_and_mfa_challenge() {
    let f = mfa_fixture("mfa", "OPTIONAL");
    let a = f.addr();
    let first = f.password_auth("alice", PASSWORD).unwrap();
    let at = result(&first)["AccessToken"].clone();
    fails(
        a,
        "SetUserMFAPreference",
        json!({"AccessToken": at, "SoftwareTokenMfaSettings": {"Enabled": true, "PreferredMfa": true}}),
        "InvalidParameterException",
        "User has not verified software token mfa",
    );
    let secret = ok(a, "AssociateSoftwareToken", json!({"AccessToken": at}))["SecretCode"]
        .as_str()
        .unwrap()
        .to_string();
    let now = Utc::now().timestamp();
    fails(
        a,
        "VerifySoftwareToken",
        json!({"AccessToken": at, "UserCode": "000000"}),
        "EnableSoftwareTokenMFAException",
        "Code mismatch and fail enable Software Token MFA",
    );
    let code = cogman_emulator::totp_code(&secret, now).unwrap();
    assert_eq!(
        ok(
            a,
            "VerifySoftwareToken",
            json!({"AccessToken": at, "UserCode": code})
        )["Status"],
        "SUCCESS"
    );
    ok(
        a,
        "SetUserMFAPreference",
        json!({"AccessToken": at, "SoftwareTokenMfaSettings": {"Enabled": true, "PreferredMfa": true}}),
    );
    let got = ok(
        a,
        "AdminGetUser",
        json!({"UserPoolId": f.pool, "Username": "alice"}),
    );
    assert_eq!(got["PreferredMfaSetting"], "SOFTWARE_TOKEN_MFA");

    let ch = f.password_auth("alice", PASSWORD).unwrap();
    assert_eq!(ch["ChallengeName"], "SOFTWARE_TOKEN_MFA");
    let respond = |session: &Value, code: &str| {
        json!({"ClientId": f.client, "ChallengeName": "SOFTWARE_TOKEN_MFA", "Session": session,
               "ChallengeResponses": {"USERNAME": "alice", "SOFTWARE_TOKEN_MFA_CODE": code}})
    };
    fails(
        a,
        "RespondToAuthChallenge",
        respond(&ch["Session"], "000000"),
        "CodeMismatchException",
        "Invalid code received for user",
    );
    let ch = f.password_auth("alice", PASSWORD).unwrap();
    let code = cogman_emulator::totp_code(&secret, Utc::now().timestamp()).unwrap();
    let done = ok(a, "RespondToAuthChallenge", respond(&ch["Session"], &code));
    verify(&f, result(&done)["AccessToken"].as_str().unwrap(), None);

    // Admin: turn it off again.
    ok(
        a,
        "AdminSetUserMFAPreference",
        json!({"UserPoolId": f.pool, "Username": "alice", "SoftwareTokenMfaSettings": {"Enabled": false}}),
    );
    assert!(result(&f.password_auth("alice", PASSWORD).unwrap())["AccessToken"].is_string());
}

#[test]
fn mfa_setup_during_sign_in_when_required() {
    let f = mfa_fixture("mfa-on", "ON");
    let a = f.addr();
    let ch = f.password_auth("alice", PASSWORD).unwrap();
    assert_eq!(ch["ChallengeName"], "MFA_SETUP");
    let assoc = ok(
        a,
        "AssociateSoftwareToken",
        json!({"Session": ch["Session"]}),
    );
    let code = cogman_emulator::totp_code(
        assoc["SecretCode"].as_str().unwrap(),
        Utc::now().timestamp(),
    )
    .unwrap();
    let verified = ok(
        a,
        "VerifySoftwareToken",
        json!({"Session": assoc["Session"], "UserCode": code}),
    );
    let done = ok(
        a,
        "RespondToAuthChallenge",
        json!({"ClientId": f.client, "ChallengeName": "MFA_SETUP", "Session": verified["Session"], "ChallengeResponses": {"USERNAME": "alice"}}),
    );
    assert!(result(&done)["AccessToken"].is_string());
    assert_eq!(
        f.password_auth("alice", PASSWORD).unwrap()["ChallengeName"],
        "SOFTWARE_TOKEN_MFA"
    );
}

#[test]
fn oauth2_token_endpoint() {
    let emu = start();
    let a = emu.addr();
    let pool = emu.create_pool("m2m").unwrap();
    emu.call(
        "CreateResourceServer",
        json!({"UserPoolId": pool, "Identifier": "orders", "Name": "Orders", "Scopes": [{"ScopeName": "read", "ScopeDescription": "r"}, {"ScopeName": "write", "ScopeDescription": "w"}]}),
    )
    .unwrap();
    let c = emu
        .call(
            "CreateUserPoolClient",
            json!({"UserPoolId": pool, "ClientName": "svc", "GenerateSecret": true, "AllowedOAuthFlows": ["client_credentials"],
                   "AllowedOAuthScopes": ["orders/read", "orders/write"], "AllowedOAuthFlowsUserPoolClient": true}),
        )
        .unwrap();
    let id = c["UserPoolClient"]["ClientId"]
        .as_str()
        .unwrap()
        .to_string();
    let secret = c["UserPoolClient"]["ClientSecret"]
        .as_str()
        .unwrap()
        .to_string();
    let basic = format!("Basic {}", base64_encode(&format!("{id}:{secret}")));
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    let post = |auth: Option<&str>, body: &str| {
        let mut h = form.to_vec();
        if let Some(auth) = auth {
            h.push(("Authorization", auth));
        }
        http(a, "POST", "/oauth2/token", &h, body.as_bytes())
    };
    let r = post(
        Some(&basic),
        "grant_type=client_credentials&scope=orders%2Fread",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let tok = r.json();
    assert_eq!(tok["token_type"], "Bearer");
    assert!(tok.get("id_token").is_none() && tok.get("refresh_token").is_none());
    let f = Fixture {
        emu,
        pool,
        client: id.clone(),
        secret: Some(secret.clone()),
    };
    let claims = verify(&f, tok["access_token"].as_str().unwrap(), None);
    assert_eq!(claims["scope"], "orders/read");
    assert_eq!(claims["client_id"], id);
    assert_eq!(claims["token_use"], "access");
    // Credentials in the body; no scope = every allowed custom scope.
    let r = post(
        None,
        &format!("grant_type=client_credentials&client_id={id}&client_secret={secret}"),
    );
    assert_eq!(
        verify(&f, r.json()["access_token"].as_str().unwrap(), None)["scope"],
        "orders/read orders/write"
    );
    let err = |r: common::Resp| r.json()["error"].as_str().unwrap_or("").to_string();
    assert_eq!(
        err(post(Some("Basic eDp5"), "grant_type=client_credentials")),
        "invalid_client"
    );
    assert_eq!(
        err(post(
            Some(&basic),
            "grant_type=client_credentials&scope=orders%2Fdelete"
        )),
        "invalid_scope"
    );
    assert_eq!(
        err(post(Some(&basic), "grant_type=password")),
        "unsupported_grant_type"
    );
    // Client-credentials tokens cannot call user APIs.
    fails(
        a,
        "GetUser",
        json!({"AccessToken": tok["access_token"]}),
        "NotAuthorizedException",
        "Access Token does not have required scopes",
    );
}

#[test]
fn oauth2_refresh_grant() {
    let f = fixture(&PW_FLOWS, false);
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let rt = result(&out)["RefreshToken"].as_str().unwrap();
    let body = format!(
        "grant_type=refresh_token&client_id={}&refresh_token={}",
        f.client, rt
    );
    let r = http(
        f.addr(),
        "POST",
        "/oauth2/token",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    verify(&f, r.json()["id_token"].as_str().unwrap(), Some(&f.client));
    let bad = format!(
        "grant_type=refresh_token&client_id={}&refresh_token=nope",
        f.client
    );
    let r = http(f.addr(), "POST", "/oauth2/token", &[], bad.as_bytes());
    assert_eq!(r.json()["error"], "invalid_grant");
}

#[test]
fn email_username_pools_sign_in_by_email() {
    let emu = start();
    let pool = emu
        .call(
            "CreateUserPool",
            json!({"PoolName": "email", "UsernameAttributes": ["email"]}),
        )
        .unwrap()["UserPool"]["Id"]
        .as_str()
        .unwrap()
        .to_string();
    let (client, secret) = emu.create_client(&pool, "app", &PW_FLOWS, true).unwrap();
    let internal = emu
        .create_user(&pool, "Zed@Example.com", PASSWORD, &[])
        .unwrap();
    assert_eq!(internal.len(), 36, "internal username is the sub");
    let f = Fixture {
        emu,
        pool,
        client,
        secret,
    };
    let out = f.password_auth("zed@example.com", PASSWORD).unwrap();
    let claims = verify(&f, result(&out)["AccessToken"].as_str().unwrap(), None);
    assert_eq!(claims["username"], internal.as_str());
    assert!(srp_sign_in(&f, "Zed@Example.com", PASSWORD).is_ok());
}

#[test]
fn concurrent_sign_ins() {
    let f = fixture(&PW_FLOWS, false);
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| {
                for _ in 0..10 {
                    assert!(
                        result(&f.password_auth("alice", PASSWORD).unwrap())["AccessToken"]
                            .is_string()
                    );
                }
            });
        }
    });
}

fn base64_encode(s: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(s)
}

#[test]
fn change_password_forgot_password_and_get_tokens_from_refresh_token() {
    let f = fixture(&PW_FLOWS, true);
    let a = f.addr();
    let secret = f.secret.clone().unwrap();
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let at = result(&out)["AccessToken"].clone();
    fails(
        a,
        "ChangePassword",
        json!({"AccessToken": at, "PreviousPassword": "Wrong-1234", "ProposedPassword": "Changed-1"}),
        "NotAuthorizedException",
        "Incorrect username or password.",
    );
    ok(
        a,
        "ChangePassword",
        json!({"AccessToken": at, "PreviousPassword": PASSWORD, "ProposedPassword": "Changed-1"}),
    );
    assert!(f.password_auth("alice", "Changed-1").is_ok());

    let hash = srp::secret_hash("alice", &f.client, &secret);
    ok(
        a,
        "ForgotPassword",
        json!({"ClientId": f.client, "Username": "alice", "SecretHash": hash}),
    );
    fails(
        a,
        "ConfirmForgotPassword",
        json!({"ClientId": f.client, "Username": "alice", "SecretHash": hash, "ConfirmationCode": "999999", "Password": "Again-123"}),
        "CodeMismatchException",
        "Invalid verification code provided, please try again.",
    );
    ok(
        a,
        "ConfirmForgotPassword",
        json!({"ClientId": f.client, "Username": "alice", "SecretHash": hash, "ConfirmationCode": cogman_emulator::CONFIRMATION_CODE, "Password": "Again-123"}),
    );
    let out = f.password_auth("alice", "Again-123").unwrap();
    let rt = result(&out)["RefreshToken"].clone();
    fails(
        a,
        "GetTokensFromRefreshToken",
        json!({"RefreshToken": rt, "ClientId": f.client}),
        "NotAuthorizedException",
        &format!(
            "Client {} is configured for secret but secret was not received",
            f.client
        ),
    );
    let got = ok(
        a,
        "GetTokensFromRefreshToken",
        json!({"RefreshToken": rt, "ClientId": f.client, "ClientSecret": secret}),
    );
    verify(
        &f,
        result(&got)["IdToken"].as_str().unwrap(),
        Some(&f.client),
    );
}

#[test]
fn srp_timestamp_is_checked_in_canonical_form() {
    use base64::Engine as _;
    let f = fixture(&PW_FLOWS, false);
    // Signs over `text` (what a client with a broken date formatter would do) and sends it.
    let attempt = |text: &str| {
        let client = SrpClient::new();
        let ch = ok(
            f.addr(),
            "InitiateAuth",
            json!({"AuthFlow": "USER_SRP_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "SRP_A": client.a_pub_hex()}}),
        );
        let p = &ch["ChallengeParameters"];
        let b = srp::parse_hex(p["SRP_B"].as_str().unwrap(), "SRP_B").unwrap();
        let salt = srp::parse_hex(p["SALT"].as_str().unwrap(), "SALT").unwrap();
        let pool_name = srp::pool_name(&f.pool).unwrap();
        let key = client
            .session_key(&b, &salt, pool_name, "alice", PASSWORD)
            .unwrap();
        let block_b64 = p["SECRET_BLOCK"].as_str().unwrap();
        let block = base64::engine::general_purpose::STANDARD
            .decode(block_b64)
            .unwrap();
        let signature = srp::password_claim_signature(&key, pool_name, "alice", &block, text);
        call(
            f.addr(),
            "RespondToAuthChallenge",
            json!({"ClientId": f.client, "ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses": {
                "USERNAME": "alice", "PASSWORD_CLAIM_SECRET_BLOCK": block_b64,
                "TIMESTAMP": text, "PASSWORD_CLAIM_SIGNATURE": signature}}),
        )
    };
    let now = Utc::now();
    let canonical = srp::format_timestamp(now);
    assert!(attempt(&canonical).is_ok());
    // Another spelling of the same instant (zero-padded day, wrong weekday) fails as Cognito
    // fails it: as a wrong password.
    let padded = now.format("%a %b %d %H:%M:%S UTC %Y").to_string();
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let (day, rest) = canonical.split_once(' ').unwrap();
    let wrong_weekday = format!("{} {rest}", days.iter().find(|d| **d != day).unwrap());
    let refused = (
        "NotAuthorizedException".to_string(),
        "Incorrect username or password.".to_string(),
    );
    if padded != canonical {
        assert_eq!(attempt(&padded).unwrap_err(), refused);
    }
    assert_eq!(attempt(&wrong_weekday).unwrap_err(), refused);
    assert_eq!(
        attempt("2026-01-01T00:00:00Z").unwrap_err(),
        (
            "InvalidParameterException".into(),
            "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.".into()
        )
    );
}

#[test]
fn unconfirmed_users_are_told_so_even_with_a_wrong_password() {
    let f = fixture(&PW_FLOWS, false);
    ok(
        f.addr(),
        "SignUp",
        json!({"ClientId": f.client, "Username": "una", "Password": PASSWORD}),
    );
    assert_eq!(
        f.password_auth("una", "Wrong-passw0rd").unwrap_err().0,
        "UserNotConfirmedException"
    );
    assert_eq!(
        srp_sign_in(&f, "una", PASSWORD).unwrap_err().0,
        "UserNotConfirmedException"
    );
}

#[test]
fn admin_srp_flow_and_session_binding() {
    let f = fixture(&PW_FLOWS, false);
    let client = SrpClient::new();
    let ch = ok(
        f.addr(),
        "AdminInitiateAuth",
        json!({"UserPoolId": f.pool, "AuthFlow": "USER_SRP_AUTH", "ClientId": f.client, "AuthParameters": {"USERNAME": "alice", "SRP_A": client.a_pub_hex()}}),
    );
    assert_eq!(ch["ChallengeName"], "PASSWORD_VERIFIER");
    assert!(
        ch.get("Session").is_none(),
        "Cognito sends no Session with PASSWORD_VERIFIER"
    );
    let p = &ch["ChallengeParameters"];
    let cp = ChallengeParams {
        salt: p["SALT"].as_str().unwrap().into(),
        srp_b: p["SRP_B"].as_str().unwrap().into(),
        secret_block: p["SECRET_BLOCK"].as_str().unwrap().into(),
        user_id_for_srp: p["USER_ID_FOR_SRP"].as_str().unwrap().into(),
    };
    let ans = client.respond(&cp, &f.pool, PASSWORD, Utc::now()).unwrap();
    let responses = json!({"USERNAME": ans.username, "PASSWORD_CLAIM_SECRET_BLOCK": ans.secret_block,
        "TIMESTAMP": ans.timestamp, "PASSWORD_CLAIM_SIGNATURE": ans.signature});
    let done = ok(
        f.addr(),
        "AdminRespondToAuthChallenge",
        json!({"UserPoolId": f.pool, "ClientId": f.client, "ChallengeName": "PASSWORD_VERIFIER", "ChallengeResponses": responses}),
    );
    verify(&f, result(&done)["AccessToken"].as_str().unwrap(), None);

    // A session started by the admin API cannot be answered through the public one.
    let f2 = fixture(&["ALLOW_ADMIN_USER_PASSWORD_AUTH"], false);
    f2.emu
        .call(
            "AdminCreateUser",
            json!({"UserPoolId": f2.pool, "Username": "temp", "TemporaryPassword": "Temp0rary!"}),
        )
        .unwrap();
    let ch = ok(
        f2.addr(),
        "AdminInitiateAuth",
        json!({"UserPoolId": f2.pool, "AuthFlow": "ADMIN_USER_PASSWORD_AUTH", "ClientId": f2.client, "AuthParameters": {"USERNAME": "temp", "PASSWORD": "Temp0rary!"}}),
    );
    let answer = json!({"ClientId": f2.client, "ChallengeName": "NEW_PASSWORD_REQUIRED", "Session": ch["Session"],
        "ChallengeResponses": {"USERNAME": "temp", "NEW_PASSWORD": "Brand-new1"}});
    fails(
        f2.addr(),
        "RespondToAuthChallenge",
        answer,
        "NotAuthorizedException",
        "Invalid session for the user, session is expired.",
    );
}

#[test]
fn pool_mfa_config() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    let got = ok(a, "GetUserPoolMfaConfig", json!({"UserPoolId": f.pool}));
    assert_eq!(got["MfaConfiguration"], "OFF");
    let e = call(
        a,
        "SetUserPoolMfaConfig",
        json!({"UserPoolId": f.pool, "MfaConfiguration": "ON"}),
    )
    .unwrap_err();
    assert_eq!(e.0, "InvalidParameterException");
    let set = ok(
        a,
        "SetUserPoolMfaConfig",
        json!({"UserPoolId": f.pool, "MfaConfiguration": "ON", "SoftwareTokenMfaConfiguration": {"Enabled": true}}),
    );
    assert_eq!(set["SoftwareTokenMfaConfiguration"]["Enabled"], true);
    // Now every sign-in without a token must set one up.
    assert_eq!(
        f.password_auth("alice", PASSWORD).unwrap()["ChallengeName"],
        "MFA_SETUP"
    );
}

#[test]
fn seeds_never_show_secrets_in_debug_output() {
    let seed = cogman_emulator::Seed::parse(
        "pools:\n  - name: p\n    clients: [{name: c, secret: s3cr3t-value}]\n    users: [{username: u, password: Pa55word-value}]\n",
    )
    .unwrap();
    let shown = format!("{seed:?}");
    assert!(
        !shown.contains("s3cr3t-value") && !shown.contains("Pa55word-value"),
        "{shown}"
    );
    let emu = start();
    let outcome = emu.apply_seed(&seed).unwrap();
    assert_eq!(
        outcome.pools[0].clients[0].secret.as_deref(),
        Some("s3cr3t-value")
    );
    assert!(!format!("{outcome:?}").contains("s3cr3t-value"));
}

#[test]
fn update_user_attributes_and_delete_user_with_the_access_token() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let at = result(&out)["AccessToken"].clone();
    let upd = ok(
        a,
        "UpdateUserAttributes",
        json!({"AccessToken": at, "UserAttributes": [{"Name": "email", "Value": "new@example.com"}, {"Name": "custom:team", "Value": "blue"}]}),
    );
    assert_eq!(upd["CodeDeliveryDetailsList"][0]["AttributeName"], "email");
    let me = ok(a, "GetUser", json!({"AccessToken": at}));
    let attr = |n: &str| {
        me["UserAttributes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["Name"] == n)
            .map(|x| x["Value"].clone())
    };
    assert_eq!(attr("email"), Some(json!("new@example.com")));
    assert_eq!(attr("email_verified"), Some(json!("false")));
    assert_eq!(attr("custom:team"), Some(json!("blue")));
    let id = verify(
        &f,
        result(&f.password_auth("alice", PASSWORD).unwrap())["IdToken"]
            .as_str()
            .unwrap(),
        Some(&f.client),
    );
    assert_eq!(id["custom:team"], "blue");
    assert_eq!(id["email_verified"], false);
    ok(a, "DeleteUser", json!({"AccessToken": at}));
    assert_eq!(
        f.password_auth("alice", PASSWORD).unwrap_err().0,
        "UserNotFoundException"
    );
}

#[test]
fn refresh_tokens_per_user_are_capped() {
    let f = fixture(&PW_FLOWS, false);
    let refresh = |t: &Value| {
        call(
            f.addr(),
            "InitiateAuth",
            json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": f.client, "AuthParameters": {"REFRESH_TOKEN": t}}),
        )
    };
    let first = result(&f.password_auth("alice", PASSWORD).unwrap())["RefreshToken"].clone();
    let mut last = Value::Null;
    for _ in 0..100 {
        last = result(&f.password_auth("alice", PASSWORD).unwrap())["RefreshToken"].clone();
    }
    assert_eq!(refresh(&first).unwrap_err().1, "Invalid Refresh Token.");
    assert!(refresh(&last).is_ok());
    // Global sign-out still reaches every live token.
    let at = result(&f.password_auth("alice", PASSWORD).unwrap())["AccessToken"].clone();
    ok(f.addr(), "GlobalSignOut", json!({"AccessToken": at}));
    assert_eq!(
        refresh(&last).unwrap_err().1,
        "Refresh Token has been revoked"
    );
}

#[test]
fn revoke_token_checks_the_client() {
    let f = fixture(&PW_FLOWS, true);
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let rt = result(&out)["RefreshToken"].clone();
    let secret = f.secret.clone().unwrap();
    let e = call(
        f.addr(),
        "RevokeToken",
        json!({"Token": rt, "ClientId": f.client}),
    )
    .unwrap_err();
    assert_eq!(e.0, "UnauthorizedException");
    let e = call(
        f.addr(),
        "RevokeToken",
        json!({"Token": rt, "ClientId": f.client, "ClientSecret": "nope"}),
    )
    .unwrap_err();
    assert_eq!(e.0, "UnauthorizedException");
    let e = call(
        f.addr(),
        "RevokeToken",
        json!({"Token": result(&out)["AccessToken"], "ClientId": f.client, "ClientSecret": secret}),
    )
    .unwrap_err();
    assert_eq!(e.0, "UnsupportedTokenTypeException");
    ok(
        f.addr(),
        "RevokeToken",
        json!({"Token": rt, "ClientId": f.client, "ClientSecret": secret}),
    );
}

#[test]
fn oauth2_user_info_and_revoke() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    let out = f.password_auth("alice", PASSWORD).unwrap();
    let at = result(&out)["AccessToken"].as_str().unwrap().to_string();
    let bearer = format!("Bearer {at}");
    let r = http(
        a,
        "GET",
        "/oauth2/userInfo",
        &[("Authorization", &bearer)],
        b"",
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let info = r.json();
    assert_eq!(info["username"], "alice");
    assert_eq!(info["email"], "alice@example.com");
    assert!(info["sub"].is_string());
    let r = http(
        a,
        "GET",
        "/oauth2/userInfo",
        &[("Authorization", "Bearer nope")],
        b"",
    );
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"], "invalid_token");
    assert!(
        r.header("www-authenticate")
            .is_some_and(|h| h.starts_with("Bearer error=\"invalid_token\""))
    );

    let rt = result(&out)["RefreshToken"].as_str().unwrap();
    let form = format!("token={rt}&client_id={}", f.client);
    let r = http(
        a,
        "POST",
        "/oauth2/revoke",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let r = http(
        a,
        "GET",
        "/oauth2/userInfo",
        &[("Authorization", &bearer)],
        b"",
    );
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json()["error_description"],
        "Access token has been revoked"
    );
    fails(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "REFRESH_TOKEN_AUTH", "ClientId": f.client, "AuthParameters": {"REFRESH_TOKEN": rt}}),
        "NotAuthorizedException",
        "Refresh Token has been revoked",
    );
}
