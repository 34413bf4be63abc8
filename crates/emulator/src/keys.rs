//! Per-pool RSA signing keys, the JWKS they publish, and JWT signing/verification.
//!
//! Keys are 2048-bit RSA generated with aws-lc-rs at pool creation and kept (PKCS#8, base64) in
//! the state file. Signing uses the parsed aws-lc-rs key pair kept in memory: `jsonwebtoken`'s
//! `encode` re-parses and re-validates the private key on every call, which would cost more than
//! the signature itself at hundreds of sign-ins per second. Verification goes through
//! `jsonwebtoken` with the public components, the same way a resource server checks our tokens.

use std::sync::Arc;

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rsa::{KeyPair, KeySize, PublicKeyComponents};
use aws_lc_rs::signature::{KeyPair as _, RSA_PKCS1_SHA256};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One RSA signing key with its key id.
#[derive(Clone)]
pub struct SigningKey {
    pub kid: String,
    pkcs8: Vec<u8>,
    pair: Arc<KeyPair>,
    n: Vec<u8>,
    e: Vec<u8>,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize, Deserialize)]
struct SigningKeyRepr {
    kid: String,
    pkcs8: String,
}

impl Serialize for SigningKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SigningKeyRepr {
            kid: self.kid.clone(),
            pkcs8: STANDARD.encode(&self.pkcs8),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for SigningKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let repr = SigningKeyRepr::deserialize(d)?;
        let der = STANDARD
            .decode(repr.pkcs8.as_bytes())
            .map_err(|e| serde::de::Error::custom(format!("signing key {}: {e}", repr.kid)))?;
        Self::from_pkcs8(repr.kid, der).map_err(serde::de::Error::custom)
    }
}

impl SigningKey {
    /// A fresh 2048-bit key; its kid is the base64 SHA-256 of the public key, like Cognito's.
    pub fn generate() -> Result<Self, String> {
        let pair = KeyPair::generate(KeySize::Rsa2048).map_err(|_| "RSA key generation failed")?;
        let der = pair.as_der().map_err(|_| "RSA key encoding failed")?;
        let pkcs8 = der.as_ref().to_vec();
        let kid = STANDARD.encode(Sha256::digest(pair.public_key().as_ref()));
        Self::from_pkcs8(kid, pkcs8)
    }

    fn from_pkcs8(kid: String, pkcs8: Vec<u8>) -> Result<Self, String> {
        let pair = KeyPair::from_pkcs8(&pkcs8).map_err(|e| format!("signing key {kid}: {e}"))?;
        let components = PublicKeyComponents::<Vec<u8>>::from(pair.public_key());
        Ok(Self {
            kid,
            pkcs8,
            pair: Arc::new(pair),
            n: components.n,
            e: components.e,
        })
    }

    /// The JWK of the public half.
    pub fn jwk(&self) -> serde_json::Value {
        serde_json::json!({
            "alg": "RS256",
            "e": URL_SAFE_NO_PAD.encode(&self.e),
            "kid": self.kid,
            "kty": "RSA",
            "n": URL_SAFE_NO_PAD.encode(&self.n),
            "use": "sig",
        })
    }

    /// Signs `claims` as an RS256 JWT with this key's kid.
    pub fn sign(&self, claims: &serde_json::Value) -> Result<String, String> {
        let header = serde_json::json!({ "kid": self.kid, "alg": "RS256" });
        let mut message = URL_SAFE_NO_PAD.encode(header.to_string());
        message.push('.');
        message.push_str(&URL_SAFE_NO_PAD.encode(claims.to_string()));
        let mut sig = vec![0u8; self.pair.public_modulus_len()];
        let rng = aws_lc_rs::rand::SystemRandom::new();
        self.pair
            .sign(&RSA_PKCS1_SHA256, &rng, message.as_bytes(), &mut sig)
            .map_err(|_| "RSA signing failed".to_string())?;
        message.push('.');
        message.push_str(&URL_SAFE_NO_PAD.encode(sig));
        Ok(message)
    }

    /// Checks an RS256 signature made by this key and returns the claims (expiry not checked:
    /// callers compare `exp` with the emulator clock, which tests can move).
    pub fn verify(&self, token: &str) -> Option<serde_json::Value> {
        let key = jsonwebtoken::DecodingKey::from_rsa_raw_components(&self.n, &self.e);
        let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
        validation.validate_exp = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        jsonwebtoken::decode::<serde_json::Value>(token, &key, &validation)
            .ok()
            .map(|d| d.claims)
    }
}

/// The kid in a JWT header, without verifying anything.
pub fn token_kid(token: &str) -> Option<String> {
    jsonwebtoken::decode_header(token).ok().and_then(|h| h.kid)
}

/// The claims of a JWT, without verifying anything (to find the pool it claims to be from).
pub fn unverified_claims(token: &str) -> Option<serde_json::Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}
