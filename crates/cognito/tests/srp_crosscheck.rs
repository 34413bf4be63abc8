//! Cross-checks `cogman_cognito::srp` against the independent `aws-cognito-srp` crate.

use aws_cognito_srp::{SrpClient as RefClient, UntrackedDevice, User};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use cogman_cognito::srp;
use num_bigint::BigUint;

/// The reference client (random `a`, its own clock) answers a challenge from our server; our
/// server must accept its signature. This checks u, x, S, HKDF and the signature end to end.
#[test]
fn reference_client_is_accepted_by_our_server() {
    for round in 0..4 {
        let pool_id = "us-east-1_CrossPool";
        let user_id = format!("user-{round}");
        let password = "Pa55word!";
        let salt_hex = srp::random_salt_hex();
        let salt = srp::parse_hex(&salt_hex, "SALT").expect("salt");
        let v = srp::verifier(&salt, "CrossPool", &user_id, password);
        let server = srp::SrpServer::new(&v);

        let reference = RefClient::new(User::new(pool_id, &user_id, password), "client", None);
        let a_hex = reference.get_auth_parameters().a;
        let a_pub = srp::parse_hex(&a_hex, "SRP_A").expect("A");
        let secret_block = BASE64.encode(format!("block-{round}"));
        let answer = reference
            .verify(&secret_block, &user_id, &salt_hex, &server.b_pub_hex())
            .expect("reference verify");

        let key = server.session_key(&a_pub, &v).expect("key");
        let block = BASE64.decode(&secret_block).expect("block");
        assert!(
            srp::verify_signature(
                &key,
                "CrossPool",
                &user_id,
                &block,
                &answer.timestamp,
                &answer.password_claim_signature
            ),
            "round {round}: our server rejected the reference client's signature"
        );
        // Both sides format the timestamp the same way (no zero-padded day).
        let ours = srp::format_timestamp(chrono::Utc::now());
        assert_eq!(ours.split(' ').count(), answer.timestamp.split(' ').count());
    }
}

/// The reference device verifier (v = g^x with a random salt and password) equals ours.
#[test]
fn verifier_matches_reference() {
    let reference = RefClient::new(
        UntrackedDevice::new("us-east-1_pool", "group-key", "device-key"),
        "client",
        None,
    );
    let params = reference.get_password_verifier();
    let salt_bytes = BASE64.decode(&params.salt).expect("salt");
    let salt = BigUint::from_bytes_be(&salt_bytes);
    let ours = srp::verifier(&salt, "group-key", "device-key", &params.password);
    let theirs = BigUint::from_bytes_be(&BASE64.decode(&params.verifier).expect("verifier"));
    assert_eq!(ours, theirs);
}

#[test]
fn secret_hash_matches_reference() {
    let reference = RefClient::new(
        User::new("us-east-1_pool", "alice@example.com", "pw"),
        "3n4b5urk1ft4fl3mg5e62d9ado",
        Some("shhh-client-secret"),
    );
    assert_eq!(
        reference.get_secret_hash().as_deref(),
        Some(
            srp::secret_hash(
                "alice@example.com",
                "3n4b5urk1ft4fl3mg5e62d9ado",
                "shhh-client-secret"
            )
            .as_str()
        )
    );
}
