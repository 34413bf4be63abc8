//! Postman `oauth1` auth, signed the way postman-runtime's oauth1 authorizer and its
//! node-oauth1 library do: HMAC-SHA1/SHA256/SHA512 or PLAINTEXT over the method, the
//! normalised URL and the sorted query, OAuth and urlencoded body parameters; the parameters
//! then go to the `Authorization` header, the urlencoded body (POST/PUT) or the query.

use base64::Engine as _;
use cogman_collection::{Auth, js_string};
use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use rand::Rng;
use serde_json::Value;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

/// RFC 3986 unreserved characters stay as they are; everything else is escaped
/// (encodeURIComponent plus `!*'()`, as node-oauth1's `percentEncode`).
const OAUTH_ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn pct(s: &str) -> String {
    utf8_percent_encode(s, OAUTH_ENCODE).to_string()
}

/// `decodeURIComponent` with `+` as a space; invalid escapes are kept as written.
fn decode_percent(s: &str) -> String {
    let plus = s.replace('+', " ");
    percent_encoding::percent_decode_str(&plus)
        .decode_utf8()
        .map(|c| c.into_owned())
        .unwrap_or(plus)
}

/// `OAuth.decodeForm`: `a=1&b` -> `[("a", "1"), ("b", "")]`.
fn decode_form(form: &str) -> Vec<(String, String)> {
    form.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode_percent(k), decode_percent(v)),
            None => (decode_percent(p), String::new()),
        })
        .collect()
}

/// What the request looks like when it is signed, and where the parameters go.
pub(crate) struct Target<'a> {
    pub method: &'a str,
    pub url: &'a mut String,
    pub headers: &'a mut Vec<(String, String)>,
    /// Enabled urlencoded body parameters, when the body is urlencoded.
    pub urlencoded: Option<&'a mut Vec<(String, String)>>,
    /// The body text for `oauth_body_hash` (raw or graphql), if any.
    pub body_text: Option<&'a str>,
}

fn param(auth: &Auth, key: &str) -> Option<String> {
    match auth.params.get(key)? {
        Value::Null => None,
        v => Some(js_string(v)),
    }
}

fn flag(auth: &Auth, key: &str) -> bool {
    match auth.params.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true",
        _ => false,
    }
}

fn nonce() -> String {
    // node-oauth1's alphabet (its typo included: no 'Y', a second 'T'; no 'j').
    const CHARS: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXTZabcdefghiklmnopqrstuvwxyz";
    let mut rng = rand::thread_rng();
    (0..11)
        .map(|_| char::from(CHARS[rng.gen_range(0..CHARS.len())]))
        .collect()
}

/// `scheme://authority/path` lower-cased, default port dropped; plus the query string.
fn base_url(url: &str) -> Option<(String, Option<String>)> {
    let u = url::Url::parse(url).ok()?;
    let scheme = u.scheme().to_ascii_lowercase();
    let host = u.host_str()?.to_ascii_lowercase();
    let authority = match u.port() {
        Some(p) if !((scheme == "http" && p == 80) || (scheme == "https" && p == 443)) => {
            format!("{host}:{p}")
        }
        _ => host,
    };
    let path = if u.path().is_empty() { "/" } else { u.path() };
    Some((
        format!("{scheme}://{authority}{path}"),
        u.query().map(str::to_string),
    ))
}

/// Signs and places the OAuth parameters. `Ok(false)` when the auth lacks what it needs
/// (no consumer key or secret): postman-runtime then sends the request unsigned.
pub(crate) fn sign(auth: &Auth, target: Target<'_>) -> Result<bool, String> {
    let method_name = param(auth, "signatureMethod").unwrap_or_else(|| "HMAC-SHA1".into());
    let (algo, hash_algo) = match method_name.split_once('-') {
        Some((a, h)) => (a.to_ascii_uppercase(), h.to_ascii_uppercase()),
        None => (method_name.to_ascii_uppercase(), String::new()),
    };
    if algo == "RSA" && hash_algo == "SHA1" {
        return Err("RSA-SHA1 is not supported by cogman yet".into());
    }
    let add_empty = flag(auth, "addEmptyParamsToSign");
    // Empty strings count as absent unless addEmptyParamsToSign.
    let get = |k: &str| param(auth, k).filter(|v| add_empty || !v.trim().is_empty());
    let Some(consumer_key) = get("consumerKey") else {
        return Ok(false);
    };
    let consumer_secret = get("consumerSecret");
    let private_key = get("privateKey");
    if (algo != "RSA" && consumer_secret.is_none()) || (algo == "RSA" && private_key.is_none()) {
        return Ok(false);
    }
    let body_hash = match (flag(auth, "includeBodyHash"), target.urlencoded.is_some()) {
        (true, false) => {
            let text = target.body_text.unwrap_or("").as_bytes();
            let digest = match hash_algo.as_str() {
                "SHA1" => Some(Sha1::digest(text).to_vec()),
                "SHA256" => Some(Sha256::digest(text).to_vec()),
                "SHA512" => Some(Sha512::digest(text).to_vec()),
                _ => None,
            };
            digest.map(|d| base64::engine::general_purpose::STANDARD.encode(d))
        }
        _ => None,
    };
    let mut oauth: Vec<(String, Option<String>)> = vec![
        ("oauth_consumer_key".into(), Some(consumer_key)),
        ("oauth_token".into(), get("token")),
        ("oauth_signature_method".into(), Some(method_name.clone())),
        (
            "oauth_timestamp".into(),
            get("timestamp").or_else(|| Some(chrono::Utc::now().timestamp().to_string())),
        ),
        ("oauth_nonce".into(), get("nonce").or_else(|| Some(nonce()))),
        ("oauth_version".into(), get("version")),
    ];
    // Extensions are signed only when set, whatever addEmptyParamsToSign says.
    for (name, value) in [
        ("oauth_body_hash", body_hash),
        ("oauth_callback", get("callback")),
        ("oauth_verifier", get("verifier")),
    ] {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            oauth.push((name.into(), Some(v)));
        }
    }
    let oauth: Vec<(String, String)> = oauth
        .into_iter()
        .filter(|(_, v)| add_empty || v.as_deref().is_some_and(|v| !v.is_empty()))
        .map(|(k, v)| (k, v.unwrap_or_default()))
        .collect();

    let (normal_url, query) = base_url(target.url).ok_or("the URL cannot be signed")?;
    let mut all: Vec<(String, String)> = query.as_deref().map(decode_form).unwrap_or_default();
    all.extend(oauth.iter().cloned());
    if let Some(body) = target.urlencoded.as_deref() {
        all.extend(body.iter().cloned());
    }
    let mut sortable: Vec<(String, String)> = all.iter().map(|(k, v)| (pct(k), pct(v))).collect();
    sortable.sort_by(|a, b| format!("{} {}", a.0, a.1).cmp(&format!("{} {}", b.0, b.1)));
    let normalized = sortable
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let base_string = format!(
        "{}&{}&{}",
        pct(&target.method.to_ascii_uppercase()),
        pct(&normal_url),
        pct(&normalized)
    );
    let key = format!(
        "{}&{}",
        pct(consumer_secret.as_deref().unwrap_or("")),
        pct(&param(auth, "tokenSecret").unwrap_or_default())
    );
    let b64 = base64::engine::general_purpose::STANDARD;
    let signature = match algo.as_str() {
        "PLAINTEXT" => key,
        "RSA" => {
            let alg = match hash_algo.as_str() {
                "SHA256" => jsonwebtoken::Algorithm::RS256,
                "SHA512" => jsonwebtoken::Algorithm::RS512,
                _ => return Err(format!("unknown signature method {method_name}")),
            };
            let pem = crate::build::repair_pem(private_key.as_deref().unwrap_or(""));
            let rsa = jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes())
                .map_err(|e| e.to_string())?;
            let url_safe = jsonwebtoken::crypto::sign(base_string.as_bytes(), &rsa, alg)
                .map_err(|e| e.to_string())?;
            // OAuth carries the signature in standard base64.
            let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(url_safe)
                .map_err(|e| e.to_string())?;
            b64.encode(raw)
        }
        "HMAC" => match hash_algo.as_str() {
            "SHA1" => {
                let mut m =
                    Hmac::<Sha1>::new_from_slice(key.as_bytes()).map_err(|e| e.to_string())?;
                m.update(base_string.as_bytes());
                b64.encode(m.finalize().into_bytes())
            }
            "SHA256" => {
                let mut m =
                    Hmac::<Sha256>::new_from_slice(key.as_bytes()).map_err(|e| e.to_string())?;
                m.update(base_string.as_bytes());
                b64.encode(m.finalize().into_bytes())
            }
            "SHA512" => {
                let mut m =
                    Hmac::<Sha512>::new_from_slice(key.as_bytes()).map_err(|e| e.to_string())?;
                m.update(base_string.as_bytes());
                b64.encode(m.finalize().into_bytes())
            }
            _ => return Err(format!("unknown signature method {method_name}")),
        },
        _ => return Err(format!("unknown signature method {method_name}")),
    };
    let mut placed = oauth;
    placed.push(("oauth_signature".into(), signature));

    if flag(auth, "addParamsToHeader") {
        let mut parts = Vec::new();
        let disable_encoding = flag(auth, "disableHeaderEncoding");
        let enc = |s: &str| {
            if disable_encoding {
                s.to_string()
            } else {
                pct(s)
            }
        };
        if let Some(realm) = param(auth, "realm").filter(|r| !r.trim().is_empty()) {
            parts.push(format!("realm=\"{}\"", enc(&realm)));
        }
        for (k, v) in placed.iter().filter(|(_, v)| !v.is_empty()) {
            parts.push(format!("{}=\"{}\"", enc(k), enc(v.trim())));
        }
        target
            .headers
            .retain(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
        target
            .headers
            .push(("Authorization".into(), format!("OAuth {}", parts.join(","))));
    } else if let (true, Some(body)) = (
        matches!(target.method.to_ascii_uppercase().as_str(), "POST" | "PUT"),
        target.urlencoded,
    ) {
        body.extend(placed);
    } else {
        let extra = placed
            .iter()
            .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
            .collect::<Vec<_>>()
            .join("&");
        let (head, hash) = match target.url.split_once('#') {
            Some((h, f)) => (h.to_string(), Some(f.to_string())),
            None => (target.url.clone(), None),
        };
        let sep = if head.contains('?') {
            if head.ends_with('?') || head.ends_with('&') {
                ""
            } else {
                "&"
            }
        } else {
            "?"
        };
        let mut rebuilt = format!("{head}{sep}{extra}");
        if let Some(h) = hash {
            rebuilt.push('#');
            rebuilt.push_str(&h);
        }
        *target.url = rebuilt;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_node_oauth1() {
        assert_eq!(pct("a b!*'()~-._"), "a%20b%21%2A%27%28%29~-._");
        assert_eq!(pct("é"), "%C3%A9");
        assert_eq!(
            decode_form("a=1&b&c=x+y%21"),
            vec![
                ("a".to_string(), "1".to_string()),
                ("b".to_string(), String::new()),
                ("c".to_string(), "x y!".to_string())
            ]
        );
    }

    /// The example of RFC 5849 section 3.4.1 (signature base string) with its HMAC-SHA1.
    #[test]
    fn rfc5849_example_signature() {
        let mut auth = Auth {
            kind: "oauth1".into(),
            ..Auth::default()
        };
        for (k, v) in [
            ("consumerKey", "9djdj82h48djs9d2"),
            ("consumerSecret", "j49sk3j29djd"),
            ("token", "kkk9d7dh3k39sjv7"),
            ("tokenSecret", "dh893hdasih9"),
            ("signatureMethod", "HMAC-SHA1"),
            ("timestamp", "137131201"),
            ("nonce", "7d8f3e4a"),
            ("realm", "Example"),
        ] {
            auth.params.insert(k.into(), Value::String(v.into()));
        }
        auth.params
            .insert("addParamsToHeader".into(), Value::Bool(true));
        let mut url = "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b".to_string();
        let mut headers = Vec::new();
        let mut body = vec![
            ("c2".to_string(), String::new()),
            ("a3".to_string(), "2 q".to_string()),
        ];
        let signed = sign(
            &auth,
            Target {
                method: "POST",
                url: &mut url,
                headers: &mut headers,
                urlencoded: Some(&mut body),
                body_text: None,
            },
        )
        .expect("signs");
        assert!(signed);
        let header = &headers[0].1;
        // The RFC's printed value is wrong (erratum 2550); r6/TJjbCOr97/+UU0NsvSne7s5g= is
        // the HMAC-SHA1 of its base string, also checked with an independent implementation.
        assert!(
            header.contains("oauth_signature=\"r6%2FTJjbCOr97%2F%2BUU0NsvSne7s5g%3D\""),
            "{header}"
        );
        assert!(
            header.starts_with("OAuth realm=\"Example\",oauth_consumer_key=\"9djdj82h48djs9d2\"")
        );
    }
}
