//! Management operations, user administration, and refusals of bad input, over real HTTP.

mod common;

use common::*;
use serde_json::json;

#[test]
fn pool_lifecycle() {
    let emu = start();
    let a = emu.addr();
    let created = ok(
        a,
        "CreateUserPool",
        json!({"PoolName": "p1", "Policies": {"PasswordPolicy": {"MinimumLength": 10}}}),
    );
    let id = created["UserPool"]["Id"].as_str().unwrap().to_string();
    let (region, name) = id.split_once('_').unwrap();
    assert_eq!(region, "us-east-1");
    assert_eq!(name.len(), 9);
    assert!(name.chars().all(|c| c.is_ascii_alphanumeric()));
    assert_eq!(
        created["UserPool"]["Policies"]["PasswordPolicy"]["MinimumLength"],
        10
    );
    let described = ok(a, "DescribeUserPool", json!({"UserPoolId": id}));
    assert_eq!(described["UserPool"]["Name"], "p1");
    assert_eq!(
        described["UserPool"]["Arn"],
        format!("arn:aws:cognito-idp:us-east-1:123456789012:userpool/{id}")
    );
    ok(a, "CreateUserPool", json!({"PoolName": "p2"}));
    let page = ok(a, "ListUserPools", json!({"MaxResults": 1}));
    assert_eq!(page["UserPools"].as_array().unwrap().len(), 1);
    let next = page["NextToken"].as_str().unwrap();
    let page2 = ok(
        a,
        "ListUserPools",
        json!({"MaxResults": 60, "NextToken": next}),
    );
    assert_eq!(page2["UserPools"].as_array().unwrap().len(), 1);
    assert!(page2.get("NextToken").is_none());
    ok(a, "DeleteUserPool", json!({"UserPoolId": id}));
    fails(
        a,
        "DescribeUserPool",
        json!({"UserPoolId": id}),
        "ResourceNotFoundException",
        &format!("User pool {id} does not exist."),
    );
    fails(
        a,
        "ListUserPools",
        json!({}),
        "InvalidParameterException",
        "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null",
    );
}

#[test]
fn client_defaults_update_resets_and_listing() {
    let emu = start();
    let a = emu.addr();
    let pool = emu.create_pool("p").unwrap();
    let c = ok(
        a,
        "CreateUserPoolClient",
        json!({"UserPoolId": pool, "ClientName": "web", "GenerateSecret": true}),
    );
    let c = &c["UserPoolClient"];
    let id = c["ClientId"].as_str().unwrap();
    assert_eq!(id.len(), 26);
    assert!(
        id.chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit())
    );
    assert_eq!(c["ClientSecret"].as_str().unwrap().len(), 51);
    assert_eq!(
        c["ExplicitAuthFlows"],
        json!([
            "ALLOW_CUSTOM_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
            "ALLOW_USER_SRP_AUTH"
        ])
    );
    assert_eq!(c["RefreshTokenValidity"], 30);
    assert_eq!(c["PreventUserExistenceErrors"], "LEGACY");

    // Validity with units, then an update that omits them: back to the defaults.
    let upd = ok(
        a,
        "UpdateUserPoolClient",
        json!({"UserPoolId": pool, "ClientId": id, "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH"],
               "AccessTokenValidity": 10, "TokenValidityUnits": {"AccessToken": "minutes"},
               "PreventUserExistenceErrors": "ENABLED"}),
    );
    assert_eq!(upd["UserPoolClient"]["AccessTokenValidity"], 10);
    assert_eq!(
        upd["UserPoolClient"]["TokenValidityUnits"]["AccessToken"],
        "minutes"
    );
    assert_eq!(upd["UserPoolClient"]["ClientName"], "web");
    assert!(upd["UserPoolClient"]["ClientSecret"].is_string());
    let reset = ok(
        a,
        "UpdateUserPoolClient",
        json!({"UserPoolId": pool, "ClientId": id}),
    );
    let r = &reset["UserPoolClient"];
    assert_eq!(
        r["ExplicitAuthFlows"],
        json!([
            "ALLOW_CUSTOM_AUTH",
            "ALLOW_REFRESH_TOKEN_AUTH",
            "ALLOW_USER_SRP_AUTH"
        ])
    );
    assert_eq!(r["AccessTokenValidity"], 60);
    assert_eq!(r["PreventUserExistenceErrors"], "LEGACY");
    let described = ok(
        a,
        "DescribeUserPoolClient",
        json!({"UserPoolId": pool, "ClientId": id}),
    );
    assert_eq!(described["UserPoolClient"], reset["UserPoolClient"]);

    ok(
        a,
        "CreateUserPoolClient",
        json!({"UserPoolId": pool, "ClientName": "second"}),
    );
    let list = ok(
        a,
        "ListUserPoolClients",
        json!({"UserPoolId": pool, "MaxResults": 10}),
    );
    assert_eq!(list["UserPoolClients"].as_array().unwrap().len(), 2);
    ok(
        a,
        "DeleteUserPoolClient",
        json!({"UserPoolId": pool, "ClientId": id}),
    );
    fails(
        a,
        "DescribeUserPoolClient",
        json!({"UserPoolId": pool, "ClientId": id}),
        "ResourceNotFoundException",
        &format!("User pool client {id} does not exist."),
    );
    // Out-of-range validity and unknown flows are refused.
    let e = call(a, "CreateUserPoolClient", json!({"UserPoolId": pool, "ClientName": "x", "AccessTokenValidity": 2, "TokenValidityUnits": {"AccessToken": "days"}})).unwrap_err();
    assert_eq!(e.0, "InvalidParameterException");
    let e = call(
        a,
        "CreateUserPoolClient",
        json!({"UserPoolId": pool, "ClientName": "x", "ExplicitAuthFlows": ["ALLOW_NOTHING"]}),
    )
    .unwrap_err();
    assert_eq!(e.0, "InvalidParameterException");
    assert!(e.1.contains("explicitAuthFlows"), "{}", e.1);
    fails(
        a,
        "CreateUserPoolClient",
        json!({"UserPoolId": pool, "ClientName": "m2m", "AllowedOAuthFlows": ["client_credentials"]}),
        "InvalidOAuthFlowException",
        "client_credentials flow can not be selected if client does not have a client secret.",
    );
    fails(
        a,
        "CreateUserPoolClient",
        json!({"UserPoolId": pool, "ClientName": "m2m", "GenerateSecret": true, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": ["api/read"]}),
        "ScopeDoesNotExistException",
        "Invalid scope requested: api/read",
    );
}

#[test]
fn groups_resource_servers_and_users() {
    let emu = start();
    let a = emu.addr();
    let pool = emu.create_pool("p").unwrap();
    let g = ok(
        a,
        "CreateGroup",
        json!({"UserPoolId": pool, "GroupName": "admins", "Description": "Admins", "Precedence": 1}),
    );
    assert_eq!(g["Group"]["GroupName"], "admins");
    fails(
        a,
        "CreateGroup",
        json!({"UserPoolId": pool, "GroupName": "admins"}),
        "GroupExistsException",
        "A group with the name admins already exists.",
    );
    let rs = ok(
        a,
        "CreateResourceServer",
        json!({"UserPoolId": pool, "Identifier": "https://api", "Name": "api", "Scopes": [{"ScopeName": "read", "ScopeDescription": "Read"}]}),
    );
    assert_eq!(rs["ResourceServer"]["Scopes"][0]["ScopeName"], "read");

    let u = ok(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "bob", "TemporaryPassword": "Temp0rary!", "UserAttributes": [{"Name": "email", "Value": "bob@example.com"}]}),
    );
    assert_eq!(u["User"]["UserStatus"], "FORCE_CHANGE_PASSWORD");
    assert_eq!(u["User"]["Enabled"], true);
    let sub = u["User"]["Attributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["Name"] == "sub")
        .unwrap()["Value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(uuid_like(&sub));
    fails(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
        "UsernameExistsException",
        "User account already exists",
    );
    fails(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "weak", "TemporaryPassword": "short"}),
        "InvalidPasswordException",
        "Password did not conform with policy: Password not long enough",
    );
    // Generated temporary password.
    let gen_user = ok(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "carol"}),
    );
    assert_eq!(gen_user["User"]["UserStatus"], "FORCE_CHANGE_PASSWORD");

    ok(
        a,
        "AdminAddUserToGroup",
        json!({"UserPoolId": pool, "Username": "bob", "GroupName": "admins"}),
    );
    fails(
        a,
        "AdminAddUserToGroup",
        json!({"UserPoolId": pool, "Username": "bob", "GroupName": "nope"}),
        "ResourceNotFoundException",
        "Group not found.",
    );
    fails(
        a,
        "AdminAddUserToGroup",
        json!({"UserPoolId": pool, "Username": "nobody", "GroupName": "admins"}),
        "UserNotFoundException",
        "User does not exist.",
    );
    let groups = ok(
        a,
        "AdminListGroupsForUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
    );
    assert_eq!(groups["Groups"][0]["GroupName"], "admins");

    ok(
        a,
        "AdminSetUserPassword",
        json!({"UserPoolId": pool, "Username": "bob", "Password": "Perm4nent!", "Permanent": true}),
    );
    let got = ok(
        a,
        "AdminGetUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
    );
    assert_eq!(got["UserStatus"], "CONFIRMED");
    assert!(
        got["UserAttributes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["Name"] == "email" && x["Value"] == "bob@example.com")
    );

    ok(
        a,
        "AdminDisableUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
    );
    assert_eq!(
        ok(
            a,
            "AdminGetUser",
            json!({"UserPoolId": pool, "Username": "bob"})
        )["Enabled"],
        false
    );
    ok(
        a,
        "AdminEnableUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
    );
    assert_eq!(
        ok(
            a,
            "AdminGetUser",
            json!({"UserPoolId": pool, "Username": "bob"})
        )["Enabled"],
        true
    );

    let listed = ok(
        a,
        "ListUsers",
        json!({"UserPoolId": pool, "Filter": "email = \"bob@example.com\""}),
    );
    assert_eq!(listed["Users"].as_array().unwrap().len(), 1);
    assert_eq!(listed["Users"][0]["Username"], "bob");
    let all = ok(a, "ListUsers", json!({"UserPoolId": pool, "Limit": 1}));
    assert_eq!(all["Users"].as_array().unwrap().len(), 1);
    assert!(all["PaginationToken"].is_string());

    ok(
        a,
        "AdminDeleteUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
    );
    fails(
        a,
        "AdminGetUser",
        json!({"UserPoolId": pool, "Username": "bob"}),
        "UserNotFoundException",
        "User does not exist.",
    );
}

fn uuid_like(s: &str) -> bool {
    s.len() == 36 && s.chars().filter(|c| *c == '-').count() == 4
}

#[test]
fn sign_up_and_confirm() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    let out = ok(
        a,
        "SignUp",
        json!({"ClientId": f.client, "Username": "dave", "Password": "Passw0rd!", "UserAttributes": [{"Name": "email", "Value": "dave@example.com"}]}),
    );
    assert_eq!(out["UserConfirmed"], false);
    assert!(out["UserSub"].is_string());
    fails(
        a,
        "SignUp",
        json!({"ClientId": f.client, "Username": "dave", "Password": "Passw0rd!"}),
        "UsernameExistsException",
        "User already exists",
    );
    let e = f.password_auth("dave", "Passw0rd!").unwrap_err();
    assert_eq!(
        e,
        (
            "UserNotConfirmedException".into(),
            "User is not confirmed.".into()
        )
    );
    fails(
        a,
        "ConfirmSignUp",
        json!({"ClientId": f.client, "Username": "dave", "ConfirmationCode": "000000"}),
        "CodeMismatchException",
        "Invalid verification code provided, please try again.",
    );
    ok(
        a,
        "ConfirmSignUp",
        json!({"ClientId": f.client, "Username": "dave", "ConfirmationCode": cogman_emulator::CONFIRMATION_CODE}),
    );
    assert!(f.password_auth("dave", "Passw0rd!").is_ok());
    fails(
        a,
        "ConfirmSignUp",
        json!({"ClientId": f.client, "Username": "dave", "ConfirmationCode": "123456"}),
        "NotAuthorizedException",
        "User cannot be confirmed. Current status is CONFIRMED",
    );
    // AdminConfirmSignUp
    ok(
        a,
        "SignUp",
        json!({"ClientId": f.client, "Username": "erin", "Password": "Passw0rd!"}),
    );
    ok(
        a,
        "AdminConfirmSignUp",
        json!({"UserPoolId": f.pool, "Username": "erin"}),
    );
    assert_eq!(
        ok(
            a,
            "AdminGetUser",
            json!({"UserPoolId": f.pool, "Username": "erin"})
        )["UserStatus"],
        "CONFIRMED"
    );
}

#[test]
fn malformed_requests() {
    let emu = start();
    let a = emu.addr();
    // Unknown target.
    let r = raw_call(a, "FlyToTheMoon", &json!({}), true);
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["__type"], "UnknownOperationException");
    assert_eq!(
        r.header("x-amzn-ErrorType"),
        Some("UnknownOperationException:")
    );
    assert!(r.header("x-amzn-RequestId").is_some());
    // Malformed JSON.
    let r = http(
        a,
        "POST",
        "/",
        &[
            (
                "X-Amz-Target",
                "AWSCognitoIdentityProviderService.InitiateAuth",
            ),
            ("Content-Type", "application/x-amz-json-1.1"),
        ],
        b"{not json",
    );
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["__type"], "SerializationException");
    // Wrong types.
    let e = call(
        a,
        "InitiateAuth",
        json!({"ClientId": 5, "AuthFlow": "USER_PASSWORD_AUTH"}),
    )
    .unwrap_err();
    assert_eq!(e.0, "SerializationException");
    let r = raw_call(a, "InitiateAuth", &json!([1, 2]), false);
    assert_eq!(r.json()["__type"], "SerializationException");
    // Missing parameter, bad enum, unknown client, bad pool id.
    fails(
        a,
        "InitiateAuth",
        json!({"AuthFlow": "USER_PASSWORD_AUTH"}),
        "InvalidParameterException",
        "1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null",
    );
    let e = call(
        a,
        "InitiateAuth",
        json!({"ClientId": "abc", "AuthFlow": "MAGIC"}),
    )
    .unwrap_err();
    assert_eq!(e.0, "InvalidParameterException");
    assert!(
        e.1.starts_with("1 validation error detected: Value 'MAGIC' at 'authFlow'"),
        "{}",
        e.1
    );
    fails(
        a,
        "InitiateAuth",
        json!({"ClientId": "nosuchclient", "AuthFlow": "USER_PASSWORD_AUTH", "AuthParameters": {}}),
        "ResourceNotFoundException",
        "User pool client nosuchclient does not exist.",
    );
    let e = call(a, "DescribeUserPool", json!({"UserPoolId": "not a pool"})).unwrap_err();
    assert_eq!(e.0, "InvalidParameterException");
    // Admin operations need a signature; user operations do not.
    let r = raw_call(a, "ListUserPools", &json!({"MaxResults": 10}), false);
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["__type"], "MissingAuthenticationTokenException");
    assert_eq!(r.json()["message"], "Missing Authentication Token");
    let r = http(
        a,
        "POST",
        "/",
        &[
            (
                "X-Amz-Target",
                "AWSCognitoIdentityProviderService.ListUserPools",
            ),
            ("Authorization", "Bearer nope"),
        ],
        b"{\"MaxResults\":1}",
    );
    assert_eq!(r.json()["__type"], "IncompleteSignatureException");
    assert_eq!(http(a, "GET", "/health", &[], b"").json()["status"], "ok");
    // Unknown paths and pools on the well-known endpoints.
    assert_eq!(http(a, "GET", "/nowhere", &[], b"").status, 404);
    assert_eq!(
        http(a, "GET", "/us-east-1_nope/.well-known/jwks.json", &[], b"").status,
        404
    );
    // Garbage bytes never crash the server.
    let r = http(
        a,
        "POST",
        "/",
        &[("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")],
        &[0xff, 0xfe, 0x00, 0x7b],
    );
    assert_eq!(r.status, 400);
    assert_eq!(
        ok(a, "ListUserPools", json!({"MaxResults": 5}))["UserPools"],
        json!([])
    );
}

#[test]
fn in_process_call_matches_http() {
    let emu = start();
    let pool = emu.create_pool("inproc").unwrap();
    let described = emu
        .call("DescribeUserPool", json!({"UserPoolId": pool}))
        .unwrap();
    assert_eq!(described["UserPool"]["Id"], pool);
    let err = emu
        .call(
            "DescribeUserPool",
            json!({"UserPoolId": "us-east-1_missing"}),
        )
        .unwrap_err();
    assert_eq!(err.kind, "ResourceNotFoundException");
    assert_eq!(emu.issuer(&pool), format!("{}/{pool}", emu.base_url()));
}

#[test]
fn prevent_user_existence_errors_covers_confirmation_flows() {
    let f = fixture(&PW_FLOWS, false);
    let a = f.addr();
    let confirm = json!({"ClientId": f.client, "Username": "ghost", "ConfirmationCode": "123456"});
    fails(
        a,
        "ConfirmSignUp",
        confirm.clone(),
        "UserNotFoundException",
        "User does not exist.",
    );
    ok(
        a,
        "UpdateUserPoolClient",
        json!({"UserPoolId": f.pool, "ClientId": f.client, "ExplicitAuthFlows": PW_FLOWS, "PreventUserExistenceErrors": "ENABLED"}),
    );
    fails(
        a,
        "ConfirmSignUp",
        confirm,
        "CodeMismatchException",
        "Invalid verification code provided, please try again.",
    );
    assert!(
        ok(
            a,
            "ResendConfirmationCode",
            json!({"ClientId": f.client, "Username": "ghost"})
        )["CodeDeliveryDetails"]
            .is_object()
    );
    assert!(
        ok(
            a,
            "ForgotPassword",
            json!({"ClientId": f.client, "Username": "ghost"})
        )["CodeDeliveryDetails"]
            .is_object()
    );
}

#[test]
fn dropping_the_handle_closes_idle_keep_alive_connections() {
    use std::io::{Read, Write};
    let emu = start();
    let mut conn = std::net::TcpStream::connect(emu.addr()).unwrap();
    let body = r#"{"MaxResults":1}"#;
    let req = format!(
        "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AWSCognitoIdentityProviderService.ListUserPools\r\nAuthorization: {FAKE_AUTH}\r\nX-Amz-Date: 20260101T000000Z\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    conn.write_all(req.as_bytes()).unwrap();
    let mut buf = [0u8; 4096];
    let n = conn.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // The connection stays open (keep-alive) while the handle is dropped: drop must not wait
    // for the client to hang up, and the server closes its side.
    drop(emu);
    let mut rest = Vec::new();
    let _ = conn.read_to_end(&mut rest);
}

#[test]
fn group_membership_listing_and_domains() {
    let emu = start();
    let a = emu.addr();
    let pool = emu.create_pool("p").unwrap();
    emu.create_user(&pool, "u1", "Passw0rd!", &[]).unwrap();
    emu.create_user(&pool, "u2", "Passw0rd!", &[]).unwrap();
    ok(
        a,
        "CreateGroup",
        json!({"UserPoolId": pool, "GroupName": "g"}),
    );
    ok(
        a,
        "AdminAddUserToGroup",
        json!({"UserPoolId": pool, "Username": "u2", "GroupName": "g"}),
    );
    let members = ok(
        a,
        "ListUsersInGroup",
        json!({"UserPoolId": pool, "GroupName": "g"}),
    );
    assert_eq!(members["Users"].as_array().unwrap().len(), 1);
    assert_eq!(members["Users"][0]["Username"], "u2");
    ok(
        a,
        "DeleteGroup",
        json!({"UserPoolId": pool, "GroupName": "g"}),
    );
    fails(
        a,
        "ListUsersInGroup",
        json!({"UserPoolId": pool, "GroupName": "g"}),
        "ResourceNotFoundException",
        "Group not found.",
    );
    assert_eq!(
        ok(
            a,
            "AdminListGroupsForUser",
            json!({"UserPoolId": pool, "Username": "u2"})
        )["Groups"],
        json!([])
    );

    ok(
        a,
        "CreateResourceServer",
        json!({"UserPoolId": pool, "Identifier": "api", "Name": "api"}),
    );
    assert_eq!(
        ok(a, "ListResourceServers", json!({"UserPoolId": pool}))["ResourceServers"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    ok(
        a,
        "DeleteResourceServer",
        json!({"UserPoolId": pool, "Identifier": "api"}),
    );

    ok(
        a,
        "CreateUserPoolDomain",
        json!({"UserPoolId": pool, "Domain": "my-app"}),
    );
    let d = ok(a, "DescribeUserPoolDomain", json!({"Domain": "my-app"}));
    assert_eq!(d["DomainDescription"]["UserPoolId"], pool);
    assert_eq!(
        ok(a, "DescribeUserPool", json!({"UserPoolId": pool}))["UserPool"]["Domain"],
        "my-app"
    );
    assert_eq!(
        call(
            a,
            "CreateUserPoolDomain",
            json!({"UserPoolId": pool, "Domain": "Bad_Domain"})
        )
        .unwrap_err()
        .0,
        "InvalidParameterException"
    );
    ok(
        a,
        "DeleteUserPoolDomain",
        json!({"UserPoolId": pool, "Domain": "my-app"}),
    );
    assert_eq!(
        ok(a, "DescribeUserPoolDomain", json!({"Domain": "my-app"}))["DomainDescription"],
        json!({})
    );
}

#[test]
fn admin_create_user_resend() {
    let emu = start();
    let a = emu.addr();
    let pool = emu.create_pool("p").unwrap();
    let (client, _) = emu.create_client(&pool, "c", &PW_FLOWS, false).unwrap();
    ok(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "inv", "TemporaryPassword": "First-Temp1"}),
    );
    ok(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "inv", "TemporaryPassword": "Second-Temp1", "MessageAction": "RESEND"}),
    );
    let auth = |pw: &str| {
        call(
            a,
            "InitiateAuth",
            json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": client, "AuthParameters": {"USERNAME": "inv", "PASSWORD": pw}}),
        )
    };
    assert!(auth("First-Temp1").is_err());
    assert_eq!(
        auth("Second-Temp1").unwrap()["ChallengeName"],
        "NEW_PASSWORD_REQUIRED"
    );
    fails(
        a,
        "AdminCreateUser",
        json!({"UserPoolId": pool, "Username": "nobody", "MessageAction": "RESEND"}),
        "UserNotFoundException",
        "User does not exist.",
    );
}

#[test]
fn update_user_pool_resets_what_it_is_not_given() {
    let emu = start();
    let a = emu.addr();
    let pool = emu.create_pool("p").unwrap();
    ok(
        a,
        "UpdateUserPool",
        json!({"UserPoolId": pool, "Policies": {"PasswordPolicy": {"MinimumLength": 12}}, "DeletionProtection": "ACTIVE"}),
    );
    let d = ok(a, "DescribeUserPool", json!({"UserPoolId": pool}));
    assert_eq!(
        d["UserPool"]["Policies"]["PasswordPolicy"]["MinimumLength"],
        12
    );
    assert_eq!(
        d["UserPool"]["Policies"]["PasswordPolicy"]["RequireSymbols"],
        false
    );
    let e = call(a, "DeleteUserPool", json!({"UserPoolId": pool})).unwrap_err();
    assert_eq!(e.0, "InvalidParameterException");
    ok(a, "UpdateUserPool", json!({"UserPoolId": pool}));
    let d = ok(a, "DescribeUserPool", json!({"UserPoolId": pool}));
    assert_eq!(
        d["UserPool"]["Policies"]["PasswordPolicy"]["MinimumLength"],
        8
    );
    assert_eq!(d["UserPool"]["DeletionProtection"], "INACTIVE");
    ok(a, "DeleteUserPool", json!({"UserPoolId": pool}));
}
