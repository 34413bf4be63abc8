//! Postman `edgegrid` auth (Akamai EdgeGrid, EG1-HMAC-SHA256), built like postman-runtime's
//! edgegrid authorizer.

use base64::Engine as _;
use cogman_collection::{Auth, js_string};
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::{Digest, Sha256};

fn param(auth: &Auth, key: &str) -> Option<String> {
    match auth.params.get(key)? {
        Value::Null => None,
        v => Some(js_string(v)).filter(|s| !s.is_empty()),
    }
}

fn hmac_b64(data: &str, key: &str) -> String {
    match Hmac::<Sha256>::new_from_slice(key.as_bytes()) {
        Ok(mut m) => {
            m.update(data.as_bytes());
            base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes())
        }
        // HMAC accepts keys of any length; keep a value rather than panic.
        Err(_) => String::new(),
    }
}

/// `host[:port]` of a URL (the port only when it is not the scheme's default).
fn host_of(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    })
}

/// What the signature covers.
pub(crate) struct Target<'a> {
    pub method: &'a str,
    pub url: &'a str,
    /// The request's own headers (before defaults are added).
    pub headers: &'a [(String, String)],
    /// The body as sent, hashed for POST requests (raw, urlencoded, graphql).
    pub body_text: Option<&'a str>,
}

/// The `Authorization` value, or `None` when a token or the secret is missing.
pub(crate) fn header(auth: &Auth, target: &Target<'_>) -> Option<String> {
    let access_token = param(auth, "accessToken")?;
    let client_token = param(auth, "clientToken")?;
    let client_secret = param(auth, "clientSecret")?;
    let url = url::Url::parse(target.url).ok()?;
    let base_host = param(auth, "baseURL")
        .and_then(|b| {
            let with_scheme = if b.contains("://") {
                b
            } else {
                format!("http://{b}")
            };
            url::Url::parse(&with_scheme).ok()
        })
        .and_then(|u| host_of(&u));
    let nonce = param(auth, "nonce").unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let timestamp = param(auth, "timestamp").unwrap_or_else(|| {
        chrono::Utc::now()
            .format("%Y%m%dT%H:%M:%S+0000")
            .to_string()
    });
    let max_body = param(auth, "maxBodySize")
        .and_then(|m| m.trim().parse::<usize>().ok())
        .filter(|m| *m > 0)
        .unwrap_or(131_072);
    let headers_to_sign: Vec<String> = match auth.params.get("headersToSign") {
        Some(Value::String(s)) => s.split(',').map(str::to_string).collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    let canonical = headers_to_sign
        .iter()
        .filter_map(|name| {
            let name = name.trim().to_ascii_lowercase();
            let mut values = target
                .headers
                .iter()
                .filter(|(k, _)| k.eq_ignore_ascii_case(&name));
            let (_, value) = values.next()?;
            // Repeated headers are a list in postman-collection, which is not signed.
            if values.next().is_some() || value.is_empty() {
                return None;
            }
            let squeezed = value.split_whitespace().collect::<Vec<_>>().join(" ");
            Some(format!("{name}:{squeezed}"))
        })
        .collect::<Vec<_>>()
        .join("\t");
    let body_hash = match target.body_text {
        Some(body) if target.method.eq_ignore_ascii_case("POST") && !body.is_empty() => {
            let bytes = body.as_bytes();
            let cut = &bytes[..bytes.len().min(max_body)];
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(cut))
        }
        _ => String::new(),
    };
    let path = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    };
    let auth_header = format!(
        "EG1-HMAC-SHA256 client_token={client_token};access_token={access_token};timestamp={timestamp};nonce={nonce};"
    );
    let data_to_sign = [
        target.method.to_string(),
        url.scheme().to_string(),
        base_host.or_else(|| host_of(&url)).unwrap_or_default(),
        if path.is_empty() { "/".into() } else { path },
        canonical,
        body_hash,
        auth_header.clone(),
    ]
    .join("\t");
    let signing_key = hmac_b64(&timestamp, &client_secret);
    Some(format!(
        "{auth_header}signature={}",
        hmac_b64(&data_to_sign, &signing_key)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Recorded from Newman 6.2.2 for the same settings (the signed host is `baseURL`'s, so
    /// the echo server's port does not matter).
    #[test]
    fn matches_newman() {
        let mut auth = Auth {
            kind: "edgegrid".into(),
            ..Auth::default()
        };
        for (k, v) in [
            ("accessToken", "akab-access"),
            ("clientToken", "akab-client"),
            ("clientSecret", "sec=ret"),
            ("nonce", "nonce-1"),
            ("timestamp", "20240101T00:00:00+0000"),
            ("baseURL", "https://akab.example.net"),
        ] {
            auth.params.insert(k.into(), Value::String(v.into()));
        }
        let h = header(
            &auth,
            &Target {
                method: "POST",
                url: "http://127.0.0.1:4321/post",
                headers: &[],
                body_text: Some("{\"k\":1}"),
            },
        )
        .expect("header");
        assert_eq!(
            h,
            "EG1-HMAC-SHA256 client_token=akab-client;access_token=akab-access;timestamp=20240101T00:00:00+0000;nonce=nonce-1;signature=U8w0AGM6xaPLxuWfh425h1VvdNrrFarkCo+CvHogzto="
        );
    }
}
