//! Identifiers, password policy, SECRET_HASH and TOTP helpers.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use rand::Rng;
use rand::distributions::Alphanumeric;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::error::ApiError;
use crate::model::{Client, PasswordPolicy, PasswordRecord};

/// The fixed sign-up confirmation code (documented in the crate doc).
pub const CONFIRMATION_CODE: &str = "123456";

fn random_from(alphabet: &[u8], len: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..len)
        .map(|_| alphabet[rng.gen_range(0..alphabet.len())] as char)
        .collect()
}

/// `us-east-1_AbC123xyz`: region, `_`, nine letters and digits.
pub fn new_pool_id(region: &str) -> String {
    let name: String = rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(9)
        .map(char::from)
        .collect();
    format!("{region}_{name}")
}

/// 26 lowercase letters and digits, like Cognito app client ids.
pub fn new_client_id() -> String {
    random_from(b"abcdefghijklmnopqrstuvwxyz0123456789", 26)
}

/// 51 lowercase letters and digits, like Cognito app client secrets.
pub fn new_client_secret() -> String {
    random_from(b"abcdefghijklmnopqrstuvwxyz0123456789", 51)
}

/// An opaque random token (sessions, refresh tokens, secret blocks).
pub fn random_b64(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill(buf.as_mut_slice());
    STANDARD.encode(buf)
}

pub fn valid_pool_id(id: &str) -> bool {
    match id.split_once('_') {
        Some((region, name)) => {
            !region.is_empty()
                && region
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric())
        }
        None => false,
    }
}

pub fn check_pool_id(id: &str) -> Result<(), ApiError> {
    if valid_pool_id(id) && id.len() <= 55 {
        Ok(())
    } else {
        Err(ApiError::constraint(
            id,
            "UserPoolId",
            "Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+",
        ))
    }
}

/// Cognito's policy check, first failing rule wins (same order and words as Cognito).
pub fn check_password(policy: &PasswordPolicy, password: &str) -> Result<(), ApiError> {
    let fail = |why: &str| {
        Err(ApiError::new(
            "InvalidPasswordException",
            format!("Password did not conform with policy: {why}"),
        ))
    };
    if (password.chars().count() as i64) < policy.minimum_length {
        return fail("Password not long enough");
    }
    if policy.require_numbers && !password.chars().any(|c| c.is_ascii_digit()) {
        return fail("Password must have numeric characters");
    }
    if policy.require_symbols && !password.chars().any(is_symbol) {
        return fail("Password must have symbol characters");
    }
    if policy.require_uppercase && !password.chars().any(|c| c.is_uppercase()) {
        return fail("Password must have uppercase characters");
    }
    if policy.require_lowercase && !password.chars().any(|c| c.is_lowercase()) {
        return fail("Password must have lowercase characters");
    }
    Ok(())
}

fn is_symbol(c: char) -> bool {
    "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ".contains(c)
}

/// A temporary password that satisfies any policy up to 20 characters.
pub fn generate_password(policy: &PasswordPolicy) -> String {
    let len = policy.minimum_length.clamp(8, 99) as usize;
    let mut p = random_from(
        b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789",
        len.saturating_sub(4),
    );
    p.push_str(&random_from(b"ABCDEFGHJKLMNPQRSTUVWXYZ", 1));
    p.push_str(&random_from(b"abcdefghijkmnopqrstuvwxyz", 1));
    p.push_str(&random_from(b"23456789", 1));
    p.push_str(&random_from(b"!#%+=", 1));
    p
}

fn hmac_b64(key: &[u8], message: &[u8]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(message);
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Salt, SRP verifier and fast digest for a password of `username` in pool `pool_id`.
pub fn password_record(pool_id: &str, username: &str, password: &str) -> PasswordRecord {
    use cogman_cognito::srp;
    let salt_hex = srp::random_salt_hex();
    let salt = srp::parse_hex(&salt_hex, "SALT").unwrap_or_default();
    let pool_name = srp::pool_name(pool_id).unwrap_or(pool_id);
    let v = srp::verifier(&salt, pool_name, username, password);
    PasswordRecord {
        digest: hmac_b64(salt_hex.as_bytes(), password.as_bytes()),
        salt: salt_hex,
        verifier: v.to_str_radix(16),
    }
}

pub fn password_matches(record: &PasswordRecord, password: &str) -> bool {
    let digest = hmac_b64(record.salt.as_bytes(), password.as_bytes());
    bool::from(digest.as_bytes().ct_eq(record.digest.as_bytes()))
}

/// Checks SECRET_HASH for a client that has a secret (no-op for clients without one).
pub fn check_secret_hash(
    client: &Client,
    username: &str,
    given: Option<&str>,
) -> Result<(), ApiError> {
    let Some(secret) = &client.secret else {
        return Ok(());
    };
    let Some(given) = given else {
        return Err(ApiError::not_authorized(format!(
            "Client {} is configured for secret but secret was not received",
            client.id
        )));
    };
    let expected = cogman_cognito::srp::secret_hash(username, &client.id, secret);
    if bool::from(expected.as_bytes().ct_eq(given.trim().as_bytes())) {
        Ok(())
    } else {
        Err(ApiError::not_authorized(format!(
            "Unable to verify secret hash for client {}",
            client.id
        )))
    }
}

/// A new TOTP secret, base32 without padding (what authenticator apps take).
pub fn new_totp_secret() -> String {
    let mut buf = [0u8; 20];
    rand::thread_rng().fill(&mut buf);
    data_encoding::BASE32_NOPAD.encode(&buf)
}

/// RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 secret at `unix_seconds`.
pub fn totp_code(secret_b32: &str, unix_seconds: i64) -> Option<String> {
    let key = data_encoding::BASE32_NOPAD
        .decode(
            secret_b32
                .trim_end_matches('=')
                .to_ascii_uppercase()
                .as_bytes(),
        )
        .ok()?;
    let counter = (unix_seconds.max(0) / 30) as u64;
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key).ok()?;
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = (h[h.len() - 1] & 0x0f) as usize;
    let bin = ((u32::from(h[offset]) & 0x7f) << 24)
        | (u32::from(h[offset + 1]) << 16)
        | (u32::from(h[offset + 2]) << 8)
        | u32::from(h[offset + 3]);
    Some(format!("{:06}", bin % 1_000_000))
}

/// Accepts the code of the current 30 s step or one step either side (clock drift).
pub fn totp_matches(secret_b32: &str, code: &str, now: f64) -> bool {
    let now = now as i64;
    [-30, 0, 30].iter().any(|d| {
        totp_code(secret_b32, now + d)
            .is_some_and(|c| bool::from(c.as_bytes().ct_eq(code.trim().as_bytes())))
    })
}

/// `a***@e***`-style masking for CodeDeliveryDetails.
pub fn mask_destination(value: &str) -> String {
    match value.split_once('@') {
        Some((local, domain)) => format!(
            "{}***@{}***",
            local.chars().next().unwrap_or('*'),
            domain.chars().next().unwrap_or('*')
        ),
        None => {
            let tail: String = value
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("+*******{tail}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_matches_rfc_6238_vector() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 -> 94287082.
        let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(totp_code(&secret, 59).as_deref(), Some("287082"));
        assert_eq!(totp_code(&secret, 1_111_111_109).as_deref(), Some("081804"));
        assert!(totp_matches(&secret, "287082", 59.0 + 29.0));
        assert!(!totp_matches(&secret, "287082", 59.0 + 90.0));
        assert_eq!(totp_code("not base32!", 0), None);
    }

    #[test]
    fn password_policy_in_cognito_order() {
        let p = PasswordPolicy::default();
        let msg = |pw: &str| check_password(&p, pw).err().map(|e| e.message);
        assert_eq!(
            msg("Ab1!"),
            Some("Password did not conform with policy: Password not long enough".into())
        );
        assert_eq!(
            msg("Abcdefgh!"),
            Some(
                "Password did not conform with policy: Password must have numeric characters"
                    .into()
            )
        );
        assert_eq!(
            msg("Abcdefgh1"),
            Some(
                "Password did not conform with policy: Password must have symbol characters".into()
            )
        );
        assert_eq!(
            msg("abcdefg1!"),
            Some(
                "Password did not conform with policy: Password must have uppercase characters"
                    .into()
            )
        );
        assert_eq!(
            msg("ABCDEFG1!"),
            Some(
                "Password did not conform with policy: Password must have lowercase characters"
                    .into()
            )
        );
        assert_eq!(msg("Passw0rd!"), None);
        for _ in 0..20 {
            assert_eq!(check_password(&p, &generate_password(&p)), Ok(()));
        }
    }

    #[test]
    fn ids_look_like_cognito_ids() {
        assert!(valid_pool_id(&new_pool_id("ap-southeast-2")));
        assert!(!valid_pool_id("nounderscore"));
        assert!(!valid_pool_id("us-east-1_bad!"));
        assert_eq!(new_client_id().len(), 26);
        assert_eq!(new_client_secret().len(), 51);
        assert_eq!(mask_destination("alice@example.com"), "a***@e***");
    }

    #[test]
    fn password_records_verify_and_srp_verifier_is_consistent() {
        let r = password_record("us-east-1_Abc", "alice", "Passw0rd!");
        assert!(password_matches(&r, "Passw0rd!"));
        assert!(!password_matches(&r, "Passw0rd?"));
        let salt = cogman_cognito::srp::parse_hex(&r.salt, "SALT").unwrap_or_default();
        let v = cogman_cognito::srp::verifier(&salt, "Abc", "alice", "Passw0rd!");
        assert_eq!(v.to_str_radix(16), r.verifier);
    }
}
