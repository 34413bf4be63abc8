//! Every operation with empty, mistyped and hostile bodies: always a 200 or a modelled 400,
//! never a 500, and the server keeps answering.

mod common;

use common::*;
use serde_json::{Value, json};

fn bodies(pool: &str, client: &str) -> Vec<Value> {
    let n_hex = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";
    vec![
        json!({}),
        json!({"UserPoolId": 5, "ClientId": true, "Username": [], "AuthFlow": {}, "AuthParameters": "x",
               "ChallengeResponses": [1], "UserAttributes": "x", "MaxResults": "ten", "Limit": 1.5,
               "PoolName": null, "ClientName": {"a": 1}, "Scopes": "s", "ExplicitAuthFlows": "ALLOW_USER_SRP_AUTH"}),
        json!({"UserPoolId": pool, "ClientId": client, "Username": "alice", "AuthFlow": "USER_SRP_AUTH",
               "AuthParameters": {"USERNAME": "alice", "SRP_A": "0", "PASSWORD": "", "REFRESH_TOKEN": "r"},
               "ChallengeName": "PASSWORD_VERIFIER",
               "ChallengeResponses": {"USERNAME": "alice", "PASSWORD_CLAIM_SECRET_BLOCK": "!!", "TIMESTAMP": "x",
                                      "PASSWORD_CLAIM_SIGNATURE": "y", "NEW_PASSWORD": "", "SOFTWARE_TOKEN_MFA_CODE": "1"},
               "Session": "zzz", "AccessToken": "a.b.c", "Token": "eyJ.x.y", "RefreshToken": "r", "GroupName": "g",
               "Identifier": "i", "Name": "n", "PoolName": "é🙂\u{0}", "ClientName": "c", "MaxResults": 1000, "Limit": -1,
               "Password": "", "ProposedPassword": "x", "PreviousPassword": "y", "ConfirmationCode": "",
               "UserCode": "", "Filter": "bad filter", "UserAttributes": [{"Name": "sub", "Value": "x"}],
               "Scopes": [{}], "ExplicitAuthFlows": ["X"], "TokenValidityUnits": {"AccessToken": "weeks"},
               "AccessTokenValidity": 99_999_999_999i64, "SoftwareTokenMfaSettings": {"Enabled": "yes"},
               "MfaConfiguration": "SOMETIMES", "TemporaryPassword": "short", "Permanent": "true"}),
        json!({"UserPoolId": pool, "ClientId": client, "AuthFlow": "USER_SRP_AUTH",
               "AuthParameters": {"USERNAME": "alice", "SRP_A": n_hex}}),
        json!({"UserPoolId": pool, "ClientId": client, "AuthFlow": "REFRESH_TOKEN_AUTH", "AuthParameters": {},
               "ChallengeName": "SOFTWARE_TOKEN_MFA", "ChallengeResponses": {"USERNAME": "alice"}, "Session": "",
               "AccessToken": "eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.", "Filter": "email ^= \"\"", "AccessTokenValidity": -5}),
    ]
}

#[test]
fn no_operation_answers_500_or_hangs() {
    let f = fixture(&PW_FLOWS, true);
    let a = f.addr();
    for body in bodies(&f.pool, &f.client) {
        for op in cogman_emulator::OPERATIONS {
            let r = raw_call(a, op, &body, true);
            assert!(
                r.status == 200 || r.status == 400,
                "{op} answered {} to {body}: {}",
                r.status,
                r.body
            );
            if r.status == 400 {
                let t = r.json()["__type"].as_str().unwrap_or("").to_string();
                assert!(t.ends_with("Exception"), "{op}: {}", r.body);
            }
        }
    }
    // Still alive and consistent.
    assert!(call(a, "ListUserPools", json!({"MaxResults": 60})).is_ok());
}
