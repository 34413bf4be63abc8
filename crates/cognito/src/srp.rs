//! Cognito's flavour of SRP-6a (USER_SRP_AUTH / PASSWORD_VERIFIER), client and server side.
//!
//! The math follows amazon-cognito-identity-js `AuthenticationHelper`: every number that is
//! hashed goes through [`pad_hex`] first (even length, a leading `00` when the high bit is set),
//! and hashing is over the bytes that hex string decodes to. The server side ([`SrpServer`],
//! [`verifier`], [`verify_signature`]) exists so a local emulator can check a real client.
//!
//! Client flow: [`SrpClient::new`] -> send [`SrpClient::a_pub_hex`] as `SRP_A` -> receive the
//! challenge ([`ChallengeParams`]) -> [`SrpClient::respond`] -> send the [`ChallengeAnswer`].

use std::sync::LazyLock;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use num_bigint::BigUint;
use num_traits::Zero;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

type HmacSha256 = Hmac<Sha256>;

/// The 3072-bit MODP prime of RFC 5054 (appendix A), as Cognito uses it.
const N_HEX: &str = concat!(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1",
    "29024E088A67CC74020BBEA63B139B22514A08798E3404DD",
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245",
    "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED",
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D",
    "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F",
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D",
    "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B",
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9",
    "DE2BCBF6955817183995497CEA956AE515D2261898FA0510",
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64",
    "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7",
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B",
    "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C",
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31",
    "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF"
);

/// The group modulus N (RFC 5054, 3072-bit group).
pub static N: LazyLock<BigUint> = LazyLock::new(|| {
    // The literal above is valid hex; an empty fallback would make every check fail loudly.
    BigUint::parse_bytes(N_HEX.as_bytes(), 16).unwrap_or_default()
});

/// The generator g = 2.
pub static G: LazyLock<BigUint> = LazyLock::new(|| BigUint::from(2u32));

/// The multiplier k = H(padHex(N) || padHex(g)).
pub static K: LazyLock<BigUint> = LazyLock::new(|| hash_hex_concat(&[&pad_hex(&N), &pad_hex(&G)]));

/// Info string of Cognito's HKDF step.
const DERIVE_INFO: &[u8] = b"Caldera Derived Key";

/// Why an SRP computation was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SrpError {
    /// A challenge field that must be hex was not.
    #[error("SRP challenge field {field} is not valid hex")]
    InvalidHex {
        /// The parameter name (`SRP_B`, `SALT`, ...).
        field: &'static str,
    },
    /// `SECRET_BLOCK` (or a signature) was not valid base64.
    #[error("SRP challenge field {field} is not valid base64")]
    InvalidBase64 {
        /// The parameter name.
        field: &'static str,
    },
    /// The user pool id has no `_` separating region and pool name.
    #[error("user pool id {0:?} is not of the form <region>_<name>")]
    InvalidPoolId(String),
    /// A safety check of SRP-6a failed (A mod N, B mod N or u is zero); the exchange must stop.
    #[error("SRP safety check failed: {0} is zero; aborting the exchange")]
    SafetyCheck(&'static str),
}

/// Hex of `n`, made even-length, with a `00` prefix when the first nibble is 8-f (so the value
/// reads as positive in two's complement, as Java's BigInteger and the JS helper do).
pub fn pad_hex(n: &BigUint) -> String {
    pad_hex_digits(&n.to_str_radix(16))
}

/// [`pad_hex`] for a hex string: parsed as a number first, so leading zeros go away exactly as
/// they do in the reference clients.
pub fn pad_hex_str(hex: &str) -> Result<String, SrpError> {
    Ok(pad_hex(&parse_hex(hex, "hex")?))
}

fn pad_hex_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + 2);
    if digits.len() % 2 == 1 {
        out.push('0');
    } else if digits.starts_with([
        '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F',
    ]) {
        out.push_str("00");
    }
    out.push_str(digits);
    out
}

/// Parses a hex number (odd length allowed), naming the field on failure.
pub fn parse_hex(hex: &str, field: &'static str) -> Result<BigUint, SrpError> {
    let trimmed = hex.trim();
    if trimmed.is_empty() {
        return Err(SrpError::InvalidHex { field });
    }
    BigUint::parse_bytes(trimmed.as_bytes(), 16).ok_or(SrpError::InvalidHex { field })
}

/// Bytes of a padded number: `pad_hex` always yields valid even-length hex.
fn padded_bytes(n: &BigUint) -> Vec<u8> {
    hex::decode(pad_hex(n)).unwrap_or_default()
}

fn hash_hex_concat(parts: &[&str]) -> BigUint {
    let mut h = Sha256::new();
    for p in parts {
        h.update(hex::decode(p).unwrap_or_default());
    }
    BigUint::from_bytes_be(&h.finalize())
}

/// u = H(padHex(A) || padHex(B)).
pub fn compute_u(a_pub: &BigUint, b_pub: &BigUint) -> BigUint {
    let mut h = Sha256::new();
    h.update(padded_bytes(a_pub));
    h.update(padded_bytes(b_pub));
    BigUint::from_bytes_be(&h.finalize())
}

/// x = H(padHex(salt) || H(poolName || userId || ":" || password)).
pub fn compute_x(salt: &BigUint, pool_name: &str, user_id: &str, password: &str) -> BigUint {
    let mut inner = Sha256::new();
    inner.update(pool_name.as_bytes());
    inner.update(user_id.as_bytes());
    inner.update(b":");
    inner.update(password.as_bytes());
    let inner = inner.finalize();
    let mut outer = Sha256::new();
    outer.update(padded_bytes(salt));
    outer.update(inner);
    BigUint::from_bytes_be(&outer.finalize())
}

/// The verifier a server stores at password set: v = g^x mod N.
pub fn verifier(salt: &BigUint, pool_name: &str, user_id: &str, password: &str) -> BigUint {
    G.modpow(&compute_x(salt, pool_name, user_id, password), &N)
}

/// The 16-byte password authentication key:
/// HKDF-SHA256(salt = padHex(u), ikm = padHex(S), info = "Caldera Derived Key").
pub fn hkdf_key(u: &BigUint, s: &BigUint) -> [u8; 16] {
    let hk = hkdf::Hkdf::<Sha256>::new(Some(&padded_bytes(u)), &padded_bytes(s));
    let mut okm = [0u8; 16];
    // 16 bytes is far below HKDF's 255 * 32 limit, so expand cannot fail.
    let _ = hk.expand(DERIVE_INFO, &mut okm);
    okm
}

fn signature_bytes(
    key: &[u8; 16],
    pool_name: &str,
    user_id: &str,
    secret_block: &[u8],
    timestamp: &str,
) -> Vec<u8> {
    let mut mac = match HmacSha256::new_from_slice(key) {
        Ok(mac) => mac,
        // HMAC accepts keys of any length.
        Err(_) => return Vec::new(),
    };
    mac.update(pool_name.as_bytes());
    mac.update(user_id.as_bytes());
    mac.update(secret_block);
    mac.update(timestamp.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// PASSWORD_CLAIM_SIGNATURE = Base64(HMAC-SHA256(key, poolName || userId || secretBlock || timestamp)),
/// where `secret_block` is the already base64-decoded SECRET_BLOCK.
pub fn password_claim_signature(
    key: &[u8; 16],
    pool_name: &str,
    user_id: &str,
    secret_block: &[u8],
    timestamp: &str,
) -> String {
    BASE64.encode(signature_bytes(
        key,
        pool_name,
        user_id,
        secret_block,
        timestamp,
    ))
}

/// Server side: recomputes the claim signature and compares it in constant time.
pub fn verify_signature(
    key: &[u8; 16],
    pool_name: &str,
    user_id: &str,
    secret_block: &[u8],
    timestamp: &str,
    signature_b64: &str,
) -> bool {
    let Ok(given) = BASE64.decode(signature_b64.trim()) else {
        return false;
    };
    let expected = signature_bytes(key, pool_name, user_id, secret_block, timestamp);
    !expected.is_empty() && bool::from(expected.as_slice().ct_eq(given.as_slice()))
}

/// The TIMESTAMP Cognito expects: `Tue Feb 3 04:05:06 UTC 2026` (day not zero-padded).
pub fn format_timestamp(t: DateTime<Utc>) -> String {
    t.format("%a %b %-d %H:%M:%S UTC %Y").to_string()
}

/// Decodes SECRET_BLOCK the way the reference JavaScript client does (Node's `Buffer.from(s,
/// "base64")`): standard and URL-safe alphabets, whitespace and stray characters skipped,
/// decoding stops at `=`. Cognito always sends clean base64; emulators may not.
pub fn decode_secret_block(block: &str) -> Result<Vec<u8>, SrpError> {
    if let Ok(bytes) = BASE64.decode(block.trim()) {
        return Ok(bytes);
    }
    let mut clean: String = block
        .chars()
        .take_while(|c| *c != '=')
        .filter_map(|c| match c {
            '-' => Some('+'),
            '_' => Some('/'),
            c if c.is_ascii_alphanumeric() || c == '+' || c == '/' => Some(c),
            _ => None,
        })
        .collect();
    if clean.len() % 4 == 1 {
        // A lone trailing sextet carries no whole byte.
        clean.pop();
    }
    let lenient = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    match lenient.decode(&clean) {
        Ok(bytes) if !bytes.is_empty() => Ok(bytes),
        _ => Err(SrpError::InvalidBase64 {
            field: "SECRET_BLOCK",
        }),
    }
}

/// The part of a user pool id after `_` (`us-west-2_abc` -> `abc`).
pub fn pool_name(pool_id: &str) -> Result<&str, SrpError> {
    match pool_id.split_once('_') {
        Some((_, name)) if !name.is_empty() => Ok(name),
        _ => Err(SrpError::InvalidPoolId(pool_id.to_string())),
    }
}

/// A fresh random salt (16 bytes) as hex, for servers that set passwords.
pub fn random_salt_hex() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// SECRET_HASH = Base64(HMAC-SHA256(key = client secret, message = username || client id)).
pub fn secret_hash(username: &str, client_id: &str, client_secret: &str) -> String {
    let Ok(mut mac) = HmacSha256::new_from_slice(client_secret.as_bytes()) else {
        return String::new();
    };
    mac.update(username.as_bytes());
    mac.update(client_id.as_bytes());
    BASE64.encode(mac.finalize().into_bytes())
}

/// The PASSWORD_VERIFIER challenge parameters, as received.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChallengeParams {
    /// `SALT` (hex).
    pub salt: String,
    /// `SRP_B` (hex).
    pub srp_b: String,
    /// `SECRET_BLOCK` (base64, passed back verbatim).
    pub secret_block: String,
    /// `USER_ID_FOR_SRP`: the internal user name to sign with and answer as.
    pub user_id_for_srp: String,
}

/// The values a PASSWORD_VERIFIER answer carries (besides SECRET_HASH).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeAnswer {
    /// `USERNAME` (= USER_ID_FOR_SRP).
    pub username: String,
    /// `PASSWORD_CLAIM_SECRET_BLOCK` (= SECRET_BLOCK, verbatim).
    pub secret_block: String,
    /// `TIMESTAMP`.
    pub timestamp: String,
    /// `PASSWORD_CLAIM_SIGNATURE` (base64).
    pub signature: String,
}

/// Length of the random ephemeral secrets `a` and `b`.
///
/// RFC 5054 (2.5.4) asks for at least 256 bits; the 3072-bit group offers about 128 bits of
/// security, which a 256-bit exponent already matches. amazon-cognito-identity-js draws 1024
/// bits, which makes every modular exponentiation about four times slower for no added
/// strength: with 256 bits one SRP sign-in costs a few milliseconds of CPU instead of ~10.
/// The server never sees `a`, so its length is invisible to Cognito.
pub const EPHEMERAL_SECRET_BYTES: usize = 32;

/// The client half of the exchange: holds the ephemeral secret `a`.
pub struct SrpClient {
    a: BigUint,
    a_pub: BigUint,
}

impl std::fmt::Debug for SrpClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `a` is the ephemeral secret: never print it.
        f.debug_struct("SrpClient").field("a", &"<hidden>").finish()
    }
}

impl SrpClient {
    /// A client with a fresh random `a` of [`EPHEMERAL_SECRET_BYTES`] bytes (from the OS RNG).
    pub fn new() -> Self {
        loop {
            let mut bytes = [0u8; EPHEMERAL_SECRET_BYTES];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            if let Ok(c) = Self::from_bytes(&bytes) {
                return c;
            }
        }
    }

    /// A client with a given `a` (tests and vectors).
    pub fn from_bytes(a: &[u8]) -> Result<Self, SrpError> {
        let a = BigUint::from_bytes_be(a);
        let a_pub = G.modpow(&a, &N);
        if (&a_pub % &*N).is_zero() {
            return Err(SrpError::SafetyCheck("A mod N"));
        }
        Ok(Self { a, a_pub })
    }

    /// A = g^a mod N.
    pub fn a_pub(&self) -> &BigUint {
        &self.a_pub
    }

    /// A as hex, the `SRP_A` auth parameter.
    pub fn a_pub_hex(&self) -> String {
        self.a_pub.to_str_radix(16)
    }

    /// The 16-byte key for this exchange.
    pub fn session_key(
        &self,
        b_pub: &BigUint,
        salt: &BigUint,
        pool_name: &str,
        user_id: &str,
        password: &str,
    ) -> Result<[u8; 16], SrpError> {
        if (b_pub % &*N).is_zero() {
            return Err(SrpError::SafetyCheck("B mod N"));
        }
        let u = compute_u(&self.a_pub, b_pub);
        if u.is_zero() {
            return Err(SrpError::SafetyCheck("u"));
        }
        let x = compute_x(salt, pool_name, user_id, password);
        // S = (B - k * g^x) ^ (a + u * x) mod N, kept non-negative by adding a multiple of N.
        let kgx = (&*K * G.modpow(&x, &N)) % &*N;
        let base = ((b_pub % &*N) + &*N - kgx) % &*N;
        let exp = &self.a + u.clone() * x;
        let s = base.modpow(&exp, &N);
        Ok(hkdf_key(&u, &s))
    }

    /// Answers a PASSWORD_VERIFIER challenge.
    pub fn respond(
        &self,
        params: &ChallengeParams,
        pool_id: &str,
        password: &str,
        timestamp: DateTime<Utc>,
    ) -> Result<ChallengeAnswer, SrpError> {
        let pool = pool_name(pool_id)?;
        let b_pub = parse_hex(&params.srp_b, "SRP_B")?;
        let salt = parse_hex(&params.salt, "SALT")?;
        let secret_block = decode_secret_block(&params.secret_block)?;
        let key = self.session_key(&b_pub, &salt, pool, &params.user_id_for_srp, password)?;
        let timestamp = format_timestamp(timestamp);
        let signature = password_claim_signature(
            &key,
            pool,
            &params.user_id_for_srp,
            &secret_block,
            &timestamp,
        );
        Ok(ChallengeAnswer {
            username: params.user_id_for_srp.clone(),
            secret_block: params.secret_block.clone(),
            timestamp,
            signature,
        })
    }
}

impl Default for SrpClient {
    fn default() -> Self {
        Self::new()
    }
}

/// The server half: holds the ephemeral secret `b` and the public `B`.
pub struct SrpServer {
    b: BigUint,
    b_pub: BigUint,
}

impl std::fmt::Debug for SrpServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SrpServer")
            .field("b", &"<hidden>")
            .field("b_pub", &self.b_pub_hex())
            .finish()
    }
}

impl SrpServer {
    /// A server exchange for a stored verifier, with a fresh random `b` of
    /// [`EPHEMERAL_SECRET_BYTES`] bytes.
    pub fn new(verifier: &BigUint) -> Self {
        loop {
            let mut bytes = [0u8; EPHEMERAL_SECRET_BYTES];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            if let Ok(s) = Self::from_bytes(&bytes, verifier) {
                return s;
            }
        }
    }

    /// A server exchange with a given `b` (tests). B = (k*v + g^b) mod N.
    pub fn from_bytes(b: &[u8], verifier: &BigUint) -> Result<Self, SrpError> {
        let b = BigUint::from_bytes_be(b);
        let b_pub = ((&*K * verifier) + G.modpow(&b, &N)) % &*N;
        if b_pub.is_zero() {
            return Err(SrpError::SafetyCheck("B mod N"));
        }
        Ok(Self { b, b_pub })
    }

    /// B.
    pub fn b_pub(&self) -> &BigUint {
        &self.b_pub
    }

    /// B as hex, the `SRP_B` challenge parameter.
    pub fn b_pub_hex(&self) -> String {
        self.b_pub.to_str_radix(16)
    }

    /// The 16-byte key: S = (A * v^u)^b mod N, then [`hkdf_key`].
    pub fn session_key(&self, a_pub: &BigUint, verifier: &BigUint) -> Result<[u8; 16], SrpError> {
        if (a_pub % &*N).is_zero() {
            return Err(SrpError::SafetyCheck("A mod N"));
        }
        let u = compute_u(a_pub, &self.b_pub);
        if u.is_zero() {
            return Err(SrpError::SafetyCheck("u"));
        }
        let base = ((a_pub % &*N) * verifier.modpow(&u, &N)) % &*N;
        let s = base.modpow(&self.b, &N);
        Ok(hkdf_key(&u, &s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn vector() -> serde_json::Value {
        serde_json::from_str(include_str!("../tests/data/srp-vector.json")).unwrap_or_default()
    }

    fn s(v: &serde_json::Value, key: &str) -> String {
        v[key].as_str().unwrap_or_default().to_string()
    }

    fn vector_time() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 2, 10, 18, 30, 12)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn k_matches_the_published_value() {
        assert_eq!(
            K.to_str_radix(16),
            "538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6"
        );
        assert_eq!(N.bits(), 3072);
    }

    #[test]
    fn pad_hex_rules() {
        assert_eq!(pad_hex(&BigUint::from(0x7fu32)), "7f");
        assert_eq!(pad_hex(&BigUint::from(0x80u32)), "0080");
        assert_eq!(pad_hex(&BigUint::from(0xabcu32)), "0abc");
        assert_eq!(pad_hex(&BigUint::from(0u32)), "00");
        assert_eq!(pad_hex_str("0036ef01c").ok().as_deref(), Some("036ef01c"));
        assert_eq!(pad_hex_str("ff").ok().as_deref(), Some("00ff"));
        assert!(pad_hex_str("xyz").is_err());
    }

    #[test]
    fn timestamp_day_is_not_padded() {
        let t = Utc
            .with_ymd_and_hms(2026, 2, 3, 4, 5, 6)
            .single()
            .unwrap_or_default();
        assert_eq!(format_timestamp(t), "Tue Feb 3 04:05:06 UTC 2026");
        assert_eq!(
            format_timestamp(vector_time()),
            "Mon Feb 10 18:30:12 UTC 2025"
        );
    }

    #[test]
    fn reproduces_the_published_vector() {
        let v = vector();
        let a = hex::decode(s(&v, "a_hex")).unwrap_or_default();
        let client = SrpClient::from_bytes(&a).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(client.a_pub_hex(), s(&v, "srp_a_hex"));
        let params = ChallengeParams {
            salt: s(&v, "salt_hex"),
            srp_b: s(&v, "srp_b_hex"),
            secret_block: s(&v, "secret_block"),
            user_id_for_srp: s(&v, "user_id_for_srp"),
        };
        let pool_id = s(&v, "user_pool_id");
        let password = s(&v, "password");

        let b = parse_hex(&params.srp_b, "SRP_B").unwrap_or_default();
        let salt = parse_hex(&params.salt, "SALT").unwrap_or_default();
        let key = client
            .session_key(&b, &salt, "abc", "user_id", &password)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(hex::encode(key), s(&v, "hkdf_key_hex"));

        let answer = client
            .respond(&params, &pool_id, &password, vector_time())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(answer.timestamp, s(&v, "timestamp"));
        assert_eq!(answer.signature, s(&v, "password_claim_signature"));
        assert_eq!(answer.username, "user_id");
        assert_eq!(answer.secret_block, params.secret_block);

        // The note: odd-length SALT and SRP_B, where padHex matters.
        let odd = ChallengeParams {
            salt: "36ef01c".into(),
            srp_b: "36ef01c".into(),
            ..params
        };
        let answer = client
            .respond(&odd, &pool_id, &password, vector_time())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            answer.signature,
            "bVzjSe43mY37A6ZuzEVU5cr6QY1WeV3BPfdVJo0c2/8="
        );
        assert!(s(&v, "note").contains(&answer.signature));
    }

    #[test]
    fn client_and_server_agree() {
        let salt_hex = random_salt_hex();
        let salt = parse_hex(&salt_hex, "SALT").unwrap_or_default();
        let v = verifier(&salt, "PoolName", "user-uuid", "Secret-Pass1");
        let server = SrpServer::new(&v);
        let client = SrpClient::new();
        let secret_block = BASE64.encode(b"opaque server state");
        let params = ChallengeParams {
            salt: salt_hex,
            srp_b: server.b_pub_hex(),
            secret_block: secret_block.clone(),
            user_id_for_srp: "user-uuid".into(),
        };
        let now = Utc::now();
        let answer = client
            .respond(&params, "eu-west-1_PoolName", "Secret-Pass1", now)
            .unwrap_or_else(|e| panic!("{e}"));
        let key = server
            .session_key(client.a_pub(), &v)
            .unwrap_or_else(|e| panic!("{e}"));
        let block = BASE64.decode(&secret_block).unwrap_or_default();
        assert!(verify_signature(
            &key,
            "PoolName",
            "user-uuid",
            &block,
            &answer.timestamp,
            &answer.signature
        ));
        // A wrong password yields a signature the server rejects.
        let wrong = client
            .respond(&params, "eu-west-1_PoolName", "wrong", now)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!verify_signature(
            &key,
            "PoolName",
            "user-uuid",
            &block,
            &wrong.timestamp,
            &wrong.signature
        ));
        assert!(!verify_signature(
            &key,
            "PoolName",
            "user-uuid",
            &block,
            &answer.timestamp,
            "!!"
        ));
    }

    #[test]
    fn safety_checks_abort() {
        let client = SrpClient::new();
        let params = ChallengeParams {
            salt: "01".into(),
            srp_b: N.to_str_radix(16),
            secret_block: "AA==".into(),
            user_id_for_srp: "u".into(),
        };
        assert_eq!(
            client.respond(&params, "r_p", "pw", Utc::now()),
            Err(SrpError::SafetyCheck("B mod N"))
        );
        let zero_b = ChallengeParams {
            srp_b: "0".into(),
            ..params.clone()
        };
        assert!(client.respond(&zero_b, "r_p", "pw", Utc::now()).is_err());
        let server = SrpServer::new(&BigUint::from(5u32));
        assert_eq!(
            server.session_key(&N, &BigUint::from(5u32)),
            Err(SrpError::SafetyCheck("A mod N"))
        );
        assert!(matches!(
            client.respond(&params, "nopool", "pw", Utc::now()),
            Err(SrpError::InvalidPoolId(_))
        ));
        let bad_hex = ChallengeParams {
            srp_b: "zz".into(),
            ..params
        };
        assert_eq!(
            client.respond(&bad_hex, "r_p", "pw", Utc::now()),
            Err(SrpError::InvalidHex { field: "SRP_B" })
        );
    }

    #[test]
    fn secret_block_decoding_is_lenient_like_node() {
        assert_eq!(decode_secret_block("AAEC").ok(), Some(vec![0, 1, 2]));
        // URL-safe characters, whitespace and missing padding.
        assert_eq!(decode_secret_block("-_8 ").ok(), Some(vec![0xfb, 0xff]));
        assert_eq!(decode_secret_block("AAE").ok(), Some(vec![0, 1]));
        // An emulator's UUID session used as a secret block.
        for s in [
            "4b3219b4-836e-481f-b42f-942ade28ae8b",
            "16e3d18b-d6c8-4bb6-b04c-b024665e5bcf",
            "da08c7fe-37b8-490a-aff8-64d972606a14",
            "b7566de6-9a35-49c8-bba3-b56497730573",
        ] {
            assert!(
                decode_secret_block(s).is_ok(),
                "{s}: {:?}",
                decode_secret_block(s)
            );
        }
        assert!(decode_secret_block("***").is_err());
    }

    #[test]
    fn secret_hash_known_value() {
        // Independently computed: printf 'aliceclient1' | openssl dgst -sha256 -hmac s3cret -binary | base64
        assert_eq!(
            secret_hash("alice", "client1", "s3cret"),
            "OLH8A5YiDq5WyVbgkLVAtm0hdL7P1QQ+z61K3T8oAEk="
        );
    }
}
