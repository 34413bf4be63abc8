//! Postman `hawk` auth, built like postman-runtime's hawk authorizer with postman-request's
//! Hawk header code: an HMAC (sha1 or sha256) over the normalised request string, sent as
//! `Authorization: Hawk id="..", ts="..", nonce="..", [hash="..",] [ext="..",] mac=".."`.

use base64::Engine as _;
use cogman_collection::{Auth, js_string};
use hmac::{Hmac, Mac};
use rand::Rng;
use serde_json::Value;
use sha1::Sha1;
use sha2::{Digest, Sha256};

fn param(auth: &Auth, key: &str) -> Option<String> {
    match auth.params.get(key)? {
        Value::Null => None,
        v => Some(js_string(v)).filter(|s| !s.is_empty()),
    }
}

fn random_nonce() -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut rng = rand::thread_rng();
    (0..6)
        .map(|_| char::from(CHARS[rng.gen_range(0..CHARS.len())]))
        .collect()
}

/// What the header is computed over.
pub(crate) struct Target<'a> {
    pub method: &'a str,
    pub url: &'a str,
    /// The Content-Type the user set (postman-runtime hashes before adding its own).
    pub content_type: Option<&'a str>,
    /// The body as sent, for `includePayloadHash` (raw, urlencoded, graphql), if any.
    pub body_text: Option<&'a str>,
}

/// The `Authorization` value, or `None` when the auth lacks an id, key or a supported
/// algorithm (postman-runtime then sends no Hawk header).
pub(crate) fn header(auth: &Auth, target: &Target<'_>) -> Option<String> {
    let id = param(auth, "authId")?;
    let key = param(auth, "authKey")?;
    let algorithm = param(auth, "algorithm")?;
    if algorithm != "sha1" && algorithm != "sha256" {
        return None;
    }
    let url = url::Url::parse(target.url).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    let port = url
        .port()
        .unwrap_or(if url.scheme() == "http" { 80 } else { 443 });
    let resource = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    };
    let ts = param(auth, "timestamp")
        .and_then(|t| t.trim().parse::<i64>().ok())
        .filter(|t| *t != 0)
        .unwrap_or_else(|| chrono::Utc::now().timestamp());
    let nonce = param(auth, "nonce").unwrap_or_else(random_nonce);
    let b64 = base64::engine::general_purpose::STANDARD;

    let include_hash = matches!(
        auth.params.get("includePayloadHash"),
        Some(Value::Bool(true))
    ) || param(auth, "includePayloadHash").as_deref() == Some("true");
    let hash = match (include_hash, target.body_text) {
        (true, Some(body)) if !body.is_empty() => {
            let ct = target
                .content_type
                .map(|c| {
                    c.split(';')
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_ascii_lowercase()
                })
                .unwrap_or_default();
            let payload = format!("hawk.1.payload\n{ct}\n{body}\n");
            Some(if algorithm == "sha1" {
                b64.encode(Sha1::digest(payload.as_bytes()))
            } else {
                b64.encode(Sha256::digest(payload.as_bytes()))
            })
        }
        _ => None,
    };
    let ext = param(auth, "extraData");
    let app = param(auth, "app");
    let dlg = param(auth, "delegation");

    let mut normalized = format!(
        "hawk.1.header\n{ts}\n{nonce}\n{}\n{resource}\n{host}\n{port}\n{}\n",
        target.method.to_ascii_uppercase(),
        hash.as_deref().unwrap_or("")
    );
    if let Some(e) = &ext {
        // JavaScript's String#replace with a string pattern: first occurrence only.
        normalized.push_str(&e.replacen('\\', "\\\\", 1).replacen('\n', "\\n", 1));
    }
    normalized.push('\n');
    if let Some(a) = &app {
        normalized.push_str(&format!("{a}\n{}\n", dlg.as_deref().unwrap_or("")));
    }
    let mac = if algorithm == "sha1" {
        let mut m = Hmac::<Sha1>::new_from_slice(key.as_bytes()).ok()?;
        m.update(normalized.as_bytes());
        b64.encode(m.finalize().into_bytes())
    } else {
        let mut m = Hmac::<Sha256>::new_from_slice(key.as_bytes()).ok()?;
        m.update(normalized.as_bytes());
        b64.encode(m.finalize().into_bytes())
    };

    let mut out = format!("Hawk id=\"{id}\", ts=\"{ts}\", nonce=\"{nonce}");
    if let Some(h) = &hash {
        out.push_str(&format!("\", hash=\"{h}"));
    }
    if let Some(e) = &ext {
        out.push_str(&format!(
            "\", ext=\"{}",
            e.replace('\\', "\\\\").replace('"', "\\\"")
        ));
    }
    out.push_str(&format!("\", mac=\"{mac}\""));
    if let Some(a) = &app {
        out.push_str(&format!(", app=\"{a}"));
        if let Some(d) = &dlg {
            out.push_str(&format!("\", dlg=\"{d}"));
        }
        out.push('"');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The header example of the Hawk specification (hueniverse/hawk README).
    #[test]
    fn hawk_readme_example() {
        let mut auth = Auth {
            kind: "hawk".into(),
            ..Auth::default()
        };
        for (k, v) in [
            ("authId", "dh37fgj492je"),
            ("authKey", "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn"),
            ("algorithm", "sha256"),
            ("timestamp", "1353832234"),
            ("nonce", "j4h3g2"),
            ("extraData", "some-app-ext-data"),
        ] {
            auth.params.insert(k.into(), Value::String(v.into()));
        }
        let h = header(
            &auth,
            &Target {
                method: "GET",
                url: "http://example.com:8000/resource/1?b=1&a=2",
                content_type: None,
                body_text: None,
            },
        )
        .expect("header");
        assert_eq!(
            h,
            "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", ext=\"some-app-ext-data\", mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\""
        );
    }
}
