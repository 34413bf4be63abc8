//! TOTP codes (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits) for SOFTWARE_TOKEN_MFA.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Decodes an RFC 4648 base32 secret as authenticator apps show it: case-insensitive, spaces,
/// dashes and `=` padding ignored.
pub fn decode_base32(secret: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(secret.len() * 5 / 8);
    let mut buffer: u64 = 0;
    let mut bits = 0u32;
    for c in secret.chars() {
        let v = match c.to_ascii_uppercase() {
            c @ 'A'..='Z' => c as u64 - 'A' as u64,
            c @ '2'..='7' => c as u64 - '2' as u64 + 26,
            ' ' | '-' | '=' => continue,
            _ => return Err("the TOTP secret is not base32 (letters A-Z and digits 2-7)".into()),
        };
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    if out.is_empty() {
        return Err("the TOTP secret is empty".into());
    }
    Ok(out)
}

/// The HOTP value (RFC 4226) of `key` at `counter`, with `digits` digits.
pub fn hotp(key: &[u8], counter: u64, digits: u32) -> String {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(&counter.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = (h[h.len() - 1] & 0x0f) as usize;
    let bin = (u32::from(h[offset] & 0x7f) << 24)
        | (u32::from(h[offset + 1]) << 16)
        | (u32::from(h[offset + 2]) << 8)
        | u32::from(h[offset + 3]);
    let modulo = 10u64.pow(digits.min(9));
    format!(
        "{:0width$}",
        u64::from(bin) % modulo,
        width = digits as usize
    )
}

/// The 6-digit TOTP code of a base32 secret at `unix_seconds` (30-second steps).
pub fn totp(secret_base32: &str, unix_seconds: i64) -> Result<String, String> {
    let key = decode_base32(secret_base32)?;
    let step = u64::try_from(unix_seconds.max(0)).unwrap_or(0) / 30;
    Ok(hotp(&key, step, 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 rows (8 digits, key "12345678901234567890").
    #[test]
    fn rfc6238_vectors() {
        let key = b"12345678901234567890";
        for (t, code) in [
            (59u64, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(hotp(key, t / 30, 8), code, "T = {t}");
        }
    }

    #[test]
    fn six_digits_from_base32() {
        // "12345678901234567890" in base32.
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assert_eq!(
            decode_base32(secret).ok().as_deref(),
            Some(&b"12345678901234567890"[..])
        );
        assert_eq!(totp(secret, 59).ok().as_deref(), Some("287082"));
        assert_eq!(totp(secret, 1_111_111_109).ok().as_deref(), Some("081804"));
        assert_eq!(
            totp("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", 59)
                .ok()
                .as_deref(),
            Some("287082")
        );
        assert!(totp("not*base32", 0).is_err());
        assert!(totp("", 0).is_err());
    }
}
