//! Native primitives behind the `CryptoJS` shim: message digests, HMAC, PBKDF2, AES-CBC and
//! secure random bytes.
//!
//! Bytes cross the JS boundary as lowercase hex strings: the JS side keeps CryptoJS's
//! `WordArray` model and converts with `enc.Hex`, which keeps this module free of any JS types.

use aes::cipher::block_padding::{NoPadding, Pkcs7};
use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use hmac::{Hmac, Mac};
use md5::Md5;
use rand::RngCore;
use ripemd::Ripemd160;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
// CryptoJS's "SHA3" is the original Keccak (pre-FIPS padding), hence Keccak, not Sha3_*.
use sha3::{Keccak224, Keccak256, Keccak384, Keccak512};

/// Why a crypto primitive refused its input; shown to scripts as the thrown message.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub(crate) enum CryptoError {
    #[error("unsupported algorithm '{0}'")]
    Algorithm(String),
    #[error("invalid hex input")]
    Hex,
    #[error("invalid key size: {0} bytes")]
    KeySize(usize),
    #[error("invalid iv size: {0} bytes (must equal the block size)")]
    IvSize(usize),
    #[error("input is not a whole number of blocks")]
    BlockSize,
    #[error("bad padding (wrong key or corrupt ciphertext)")]
    Padding,
}

fn unhex(s: &str) -> Result<Vec<u8>, CryptoError> {
    hex::decode(s).map_err(|_| CryptoError::Hex)
}

/// `digest("sha256", hex) -> hex`.
pub(crate) fn digest(alg: &str, data_hex: &str) -> Result<String, CryptoError> {
    let data = unhex(data_hex)?;
    let out = match alg {
        "md5" => Md5::digest(&data).to_vec(),
        "sha1" => Sha1::digest(&data).to_vec(),
        "sha224" => Sha224::digest(&data).to_vec(),
        "sha256" => Sha256::digest(&data).to_vec(),
        "sha384" => Sha384::digest(&data).to_vec(),
        "sha512" => Sha512::digest(&data).to_vec(),
        "keccak224" => Keccak224::digest(&data).to_vec(),
        "keccak256" => Keccak256::digest(&data).to_vec(),
        "keccak384" => Keccak384::digest(&data).to_vec(),
        "keccak512" => Keccak512::digest(&data).to_vec(),
        "ripemd160" => Ripemd160::digest(&data).to_vec(),
        other => return Err(CryptoError::Algorithm(other.to_string())),
    };
    Ok(hex::encode(out))
}

fn hmac_raw(alg: &str, key: &[u8], data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    // new_from_slice accepts keys of any length for HMAC; the error arm is unreachable in
    // practice but mapped rather than unwrapped.
    macro_rules! run {
        ($h:ty) => {{
            let mut mac = <Hmac<$h> as Mac>::new_from_slice(key).map_err(|_| CryptoError::Hex)?;
            mac.update(data);
            mac.finalize().into_bytes().to_vec()
        }};
    }
    Ok(match alg {
        "md5" => run!(Md5),
        "sha1" => run!(Sha1),
        "sha224" => run!(Sha224),
        "sha256" => run!(Sha256),
        "sha384" => run!(Sha384),
        "sha512" => run!(Sha512),
        "keccak224" => run!(Keccak224),
        "keccak256" => run!(Keccak256),
        "keccak384" => run!(Keccak384),
        "keccak512" => run!(Keccak512),
        "ripemd160" => run!(Ripemd160),
        other => return Err(CryptoError::Algorithm(other.to_string())),
    })
}

/// `hmac("sha256", key_hex, data_hex) -> hex`.
pub(crate) fn hmac(alg: &str, key_hex: &str, data_hex: &str) -> Result<String, CryptoError> {
    Ok(hex::encode(hmac_raw(
        alg,
        &unhex(key_hex)?,
        &unhex(data_hex)?,
    )?))
}

/// Upper bound on PBKDF2 iterations (well above the 600 000 OWASP suggests).
pub(crate) const MAX_PBKDF2_ITERATIONS: u32 = 5_000_000;

/// PBKDF2 (RFC 8018) with HMAC-`alg`, returning `key_len` bytes as hex.
pub(crate) fn pbkdf2(
    alg: &str,
    pass_hex: &str,
    salt_hex: &str,
    iterations: u32,
    key_len: usize,
) -> Result<String, CryptoError> {
    let pass = unhex(pass_hex)?;
    let salt = unhex(salt_hex)?;
    // Native loops cannot be interrupted by the script timeout, so bound the work.
    let iterations = iterations.clamp(1, MAX_PBKDF2_ITERATIONS);
    let key_len = key_len.min(1 << 16);
    let mut out = Vec::with_capacity(key_len);
    let mut block: u32 = 1;
    while out.len() < key_len {
        let mut input = salt.clone();
        input.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac_raw(alg, &pass, &input)?;
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_raw(alg, &pass, &u)?;
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(key_len);
    Ok(hex::encode(out))
}

/// CBC mode for `alg` = `aes` (16/24/32-byte keys), `des` (first 8 key bytes) or `tdes`
/// (24-byte EDE3, 16-byte EDE2, 8-byte = single DES), with PKCS#7 padding (CryptoJS's default)
/// when `pad` is set and none otherwise. ECB is built on top of this one block at a time.
pub(crate) fn block_cbc(
    alg: &str,
    encrypt: bool,
    key_hex: &str,
    iv_hex: &str,
    data_hex: &str,
    pad: bool,
) -> Result<String, CryptoError> {
    let mut key = unhex(key_hex)?;
    let iv = unhex(iv_hex)?;
    let data = unhex(data_hex)?;
    macro_rules! run {
        ($cipher:ty, $bs:expr) => {{
            if iv.len() != $bs {
                return Err(CryptoError::IvSize(iv.len()));
            }
            if ((!encrypt || !pad) && data.len() % $bs != 0) || (!encrypt && pad && data.is_empty())
            {
                return Err(CryptoError::BlockSize);
            }
            if encrypt {
                let enc = cbc::Encryptor::<$cipher>::new_from_slices(&key, &iv)
                    .map_err(|_| CryptoError::KeySize(key.len()))?;
                if pad {
                    enc.encrypt_padded_vec_mut::<Pkcs7>(&data)
                } else {
                    enc.encrypt_padded_vec_mut::<NoPadding>(&data)
                }
            } else {
                let dec = cbc::Decryptor::<$cipher>::new_from_slices(&key, &iv)
                    .map_err(|_| CryptoError::KeySize(key.len()))?;
                if pad {
                    dec.decrypt_padded_vec_mut::<Pkcs7>(&data)
                        .map_err(|_| CryptoError::Padding)?
                } else {
                    dec.decrypt_padded_vec_mut::<NoPadding>(&data)
                        .map_err(|_| CryptoError::Padding)?
                }
            }
        }};
    }
    let out = match (alg, key.len()) {
        ("aes", 16) => run!(aes::Aes128, 16),
        ("aes", 24) => run!(aes::Aes192, 16),
        ("aes", 32) => run!(aes::Aes256, 16),
        ("des", n) if n >= 8 => {
            key.truncate(8);
            run!(des::Des, 8)
        }
        ("tdes", n) if n >= 24 => {
            key.truncate(24);
            run!(des::TdesEde3, 8)
        }
        ("tdes", 16) => run!(des::TdesEde2, 8),
        ("tdes", 8) => run!(des::Des, 8),
        ("aes" | "des" | "tdes", n) => return Err(CryptoError::KeySize(n)),
        (other, _) => return Err(CryptoError::Algorithm(other.to_string())),
    };
    Ok(hex::encode(out))
}

/// `n` cryptographically secure random bytes as hex (capped at 1 MiB).
pub(crate) fn random_hex(n: usize) -> String {
    let mut buf = vec![0u8; n.min(1 << 20)];
    rand::thread_rng().fill_bytes(&mut buf);
    hex::encode(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_known_vectors() {
        let abc = hex::encode("abc");
        assert_eq!(
            digest("md5", &abc).unwrap(),
            "900150983cd24fb0d6963f7d28e17f72"
        );
        assert_eq!(
            digest("sha1", &abc).unwrap(),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            digest("sha256", &abc).unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            digest("nope", &abc),
            Err(CryptoError::Algorithm("nope".into()))
        );
        assert_eq!(digest("md5", "zz"), Err(CryptoError::Hex));
    }

    #[test]
    fn pbkdf2_matches_rfc6070() {
        let p = hex::encode("password");
        let s = hex::encode("salt");
        assert_eq!(
            pbkdf2("sha1", &p, &s, 2, 20).unwrap(),
            "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"
        );
    }

    #[test]
    fn aes_rejects_bad_sizes() {
        assert_eq!(
            block_cbc("aes", true, "00", &"00".repeat(16), "", true).unwrap_err(),
            CryptoError::KeySize(1)
        );
        assert_eq!(
            block_cbc(
                "aes",
                false,
                &"00".repeat(16),
                &"00".repeat(16),
                "0011",
                true
            )
            .unwrap_err(),
            CryptoError::BlockSize
        );
    }
}
