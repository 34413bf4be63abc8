//! The seed pre-request script: Cognito InitiateAuth through pm.sendRequest.
mod common;
use common::*;

use cogman_collection::Scopes;
use cogman_sandbox::ScriptKind;
use serde_json::json;

const SEED: &str = r#"var clientId = pm.environment.get("cognitoClientId");
var username = pm.environment.get("cognitoUserName");
var password = pm.environment.get("cognitoUserPassword");
pm.sendRequest({
url: "https://cognito-idp.ap-southeast-2.amazonaws.com/",
method: 'POST',
header: {
'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth',
'Content-Type': 'application/x-amz-json-1.1'
},
body: {
mode: 'raw',
raw: JSON.stringify({
"AuthParameters": {
"USERNAME": username,
"PASSWORD": password
},
"AuthFlow": "USER_PASSWORD_AUTH",
"ClientId": clientId,
}),
options: {
raw: {
language: 'json'
}
}
}
}, function (error, response) {
console.log(response.json());
pm.environment.set("cognitoAccessToken", response.json().AuthenticationResult.AccessToken);
pm.environment.set("cognitoIdToken", response.json().AuthenticationResult.IdToken);
});
"#;

#[test]
fn seed_script_fetches_tokens_before_the_script_is_done() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    scopes.environment.set("cognitoClientId", json!("client-1"));
    scopes.environment.set("cognitoUserName", json!("alice"));
    scopes.environment.set("cognitoUserPassword", json!("pw"));
    let mut host = FakeHost::default();
    host.reply_json(
        200,
        json!({"AuthenticationResult": {"AccessToken": "acc", "IdToken": "idt", "ExpiresIn": 3600}}),
    );
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        SEED,
        &mut scopes,
        &mut host,
    );
    no_error(&out);

    assert_eq!(host.requests.len(), 1);
    let req = &host.requests[0];
    assert_eq!(req["method"], "POST");
    assert_eq!(
        req["url"]["raw"],
        "https://cognito-idp.ap-southeast-2.amazonaws.com/"
    );
    assert_eq!(
        req["header"],
        json!([
            {"key": "X-Amz-Target", "value": "AWSCognitoIdentityProviderService.InitiateAuth"},
            {"key": "Content-Type", "value": "application/x-amz-json-1.1"}
        ])
    );
    assert_eq!(req["body"]["mode"], "raw");
    assert_eq!(req["body"]["options"]["raw"]["language"], "json");
    let body: serde_json::Value =
        serde_json::from_str(req["body"]["raw"].as_str().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({"AuthParameters": {"USERNAME": "alice", "PASSWORD": "pw"}, "AuthFlow": "USER_PASSWORD_AUTH", "ClientId": "client-1"})
    );

    assert_eq!(
        scopes.environment.get("cognitoAccessToken"),
        Some(&json!("acc"))
    );
    assert_eq!(
        scopes.environment.get("cognitoIdToken"),
        Some(&json!("idt"))
    );
    assert_eq!(
        host.lines(),
        vec![
            "{\n  AuthenticationResult: { AccessToken: 'acc', IdToken: 'idt', ExpiresIn: 3600 }\n}"
                .to_string()
        ]
    );
}

#[test]
fn seed_script_error_reply_stores_no_token() {
    let mut sb = sandbox();
    let mut scopes = Scopes::default();
    let mut host = FakeHost::default();
    host.reply_json(
        400,
        json!({"__type": "InvalidParameterException", "message": "USER_PASSWORD_AUTH flow not enabled for this client"}),
    );
    let out = run_in(
        &mut sb,
        ScriptKind::PreRequest,
        SEED,
        &mut scopes,
        &mut host,
    );
    // The callback's TypeError (no AuthenticationResult) is dropped, as Newman 6.2.2 drops
    // errors thrown by pm.sendRequest callbacks: no script error, and no token is stored.
    assert!(out.error.is_none(), "{:?}", out.error);
    assert!(scopes.environment.get("cognitoAccessToken").is_none());
}
