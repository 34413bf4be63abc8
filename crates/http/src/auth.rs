//! Auth helpers: basic, bearer, API key, OAuth 2 token, digest and AWS SigV4.

use base64::Engine as _;

use crate::{AuthHelper, HttpError};

/// Replaces every header named `name` (case-insensitive) by one `name: value` at the end.
pub(crate) fn set_header(headers: &mut Vec<(String, String)>, name: &str, value: String) {
    headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    headers.push((name.to_string(), value));
}

/// Characters escaped in an added query parameter (space as `%20`, as Postman writes it).
const QUERY_PARAM: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'\'')
    .add(b'<')
    .add(b'=')
    .add(b'>');

fn add_query(url: &mut url::Url, key: &str, value: &str) {
    let pair = format!(
        "{}={}",
        percent_encoding::utf8_percent_encode(key, QUERY_PARAM),
        percent_encoding::utf8_percent_encode(value, QUERY_PARAM)
    );
    let query = match url.query() {
        Some(q) if !q.is_empty() => format!("{q}&{pair}"),
        _ => pair,
    };
    url.set_query(Some(&query));
}

/// Applies the helpers that need no round trip and no final body (everything but digest and
/// SigV4, which [`crate::Client`] handles itself).
pub(crate) fn apply_static(
    auth: &AuthHelper,
    url: &mut url::Url,
    headers: &mut Vec<(String, String)>,
) -> Result<(), HttpError> {
    match auth {
        AuthHelper::Basic { username, password } => {
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
            set_header(headers, "Authorization", format!("Basic {token}"));
        }
        AuthHelper::Bearer { token } => {
            set_header(headers, "Authorization", format!("Bearer {token}"));
        }
        AuthHelper::ApiKey {
            key,
            value,
            in_query,
        } => {
            if key.is_empty() {
                return Ok(());
            }
            if *in_query {
                add_query(url, key, value);
            } else {
                set_header(headers, key, value.clone());
            }
        }
        AuthHelper::OAuth2 {
            access_token,
            header_prefix,
            add_to_query,
        } => {
            if access_token.is_empty() {
                return Ok(());
            }
            if *add_to_query {
                add_query(url, "access_token", access_token);
            } else {
                let prefix = header_prefix.trim();
                let value = if prefix.is_empty() {
                    access_token.clone()
                } else {
                    format!("{prefix} {access_token}")
                };
                set_header(headers, "Authorization", value);
            }
        }
        AuthHelper::Digest { .. } | AuthHelper::AwsV4 { .. } => {}
    }
    Ok(())
}

/// `key=value` / `key="quoted value"` pairs of a challenge, keys lower-cased.
fn parse_params(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while matches!(chars.peek(), Some(c) if c.is_whitespace() || *c == ',') {
            chars.next();
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c == ',' {
                break;
            }
            key.push(c);
            chars.next();
        }
        if key.trim().is_empty() && chars.peek().is_none() {
            break;
        }
        let mut value = String::new();
        if chars.peek() == Some(&'=') {
            chars.next();
            while matches!(chars.peek(), Some(c) if c.is_whitespace()) {
                chars.next();
            }
            if chars.peek() == Some(&'"') {
                chars.next();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            if let Some(n) = chars.next() {
                                value.push(n);
                            }
                        }
                        '"' => break,
                        _ => value.push(c),
                    }
                }
            } else {
                while let Some(&c) = chars.peek() {
                    if c == ',' {
                        break;
                    }
                    value.push(c);
                    chars.next();
                }
            }
        }
        let key = key.trim().to_ascii_lowercase();
        if !key.is_empty() {
            out.push((key, value.trim().to_string()));
        }
        if chars.peek().is_none() {
            break;
        }
    }
    out
}

fn hash_hex(algorithm: &str, data: &str) -> String {
    hash_bytes(algorithm, data.as_bytes())
}

fn hash_bytes(algorithm: &str, data: &[u8]) -> String {
    use md5::Digest as _;
    if algorithm.to_ascii_uppercase().starts_with("SHA-256") {
        hex::encode(sha2::Sha256::digest(data))
    } else {
        hex::encode(md5::Md5::digest(data))
    }
}

fn supported_algorithm(a: &str) -> bool {
    matches!(
        a.to_ascii_uppercase().as_str(),
        "MD5" | "MD5-SESS" | "SHA-256" | "SHA-256-SESS"
    )
}

struct DigestParams<'a> {
    username: &'a str,
    password: &'a str,
    realm: String,
    nonce: String,
    algorithm: String,
    qop: Option<String>,
    nc: String,
    cnonce: String,
    opaque: Option<String>,
}

fn request_target(url: &url::Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_string(),
    }
}

fn digest_header(p: &DigestParams<'_>, method: &str, url: &url::Url, body: &[u8]) -> String {
    let uri = request_target(url);
    let alg = p.algorithm.as_str();
    let mut ha1 = hash_hex(alg, &format!("{}:{}:{}", p.username, p.realm, p.password));
    if alg.to_ascii_uppercase().ends_with("-SESS") {
        ha1 = hash_hex(alg, &format!("{ha1}:{}:{}", p.nonce, p.cnonce));
    }
    // qop=auth-int also covers the body: H(method:uri:H(body)).
    let ha2 = if p.qop.as_deref() == Some("auth-int") {
        let body_hash = hash_bytes(alg, body);
        hash_hex(alg, &format!("{method}:{uri}:{body_hash}"))
    } else {
        hash_hex(alg, &format!("{method}:{uri}"))
    };
    let response = match &p.qop {
        Some(qop) => hash_hex(
            alg,
            &format!("{ha1}:{}:{}:{}:{qop}:{ha2}", p.nonce, p.nc, p.cnonce),
        ),
        None => hash_hex(alg, &format!("{ha1}:{}:{ha2}", p.nonce)),
    };
    let esc = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut h = format!(
        "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", algorithm=\"{}\"",
        esc(p.username),
        esc(&p.realm),
        esc(&p.nonce),
        esc(&uri),
        alg
    );
    if let Some(qop) = &p.qop {
        h.push_str(&format!(
            ", qop={qop}, nc={}, cnonce=\"{}\"",
            p.nc,
            esc(&p.cnonce)
        ));
    }
    h.push_str(&format!(", response=\"{response}\""));
    if let Some(o) = &p.opaque {
        h.push_str(&format!(", opaque=\"{}\"", esc(o)));
    }
    h
}

/// Eight alphanumeric characters, like postman-runtime's client nonce.
fn new_cnonce() -> String {
    use rand::Rng as _;
    rand::thread_rng()
        .sample_iter(&rand::distributions::Alphanumeric)
        .take(8)
        .map(char::from)
        .collect()
}

/// A digest `Authorization` computed without a challenge, when realm and nonce are given.
pub(crate) fn digest_preemptive(
    auth: &AuthHelper,
    method: &str,
    url: &url::Url,
    body: &[u8],
) -> Option<String> {
    let AuthHelper::Digest {
        username,
        password,
        realm: Some(realm),
        nonce: Some(nonce),
        algorithm,
        qop,
        nc,
        cnonce,
        opaque,
    } = auth
    else {
        return None;
    };
    if nonce.is_empty() {
        return None;
    }
    let p = DigestParams {
        username,
        password,
        realm: realm.clone(),
        nonce: nonce.clone(),
        algorithm: algorithm
            .clone()
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| "MD5".into()),
        qop: qop.clone().filter(|q| !q.is_empty()),
        nc: nc
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "00000001".into()),
        cnonce: cnonce
            .clone()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(new_cnonce),
        opaque: opaque.clone().filter(|o| !o.is_empty()),
    };
    Some(digest_header(&p, method, url, body))
}

/// The digest `Authorization` answering one of the `WWW-Authenticate` challenges; overrides
/// given in the helper win over the challenge's values.
pub(crate) fn digest_response(
    auth: &AuthHelper,
    method: &str,
    url: &url::Url,
    challenges: &[&str],
    body: &[u8],
) -> Option<String> {
    let AuthHelper::Digest {
        username,
        password,
        realm,
        nonce,
        algorithm,
        qop,
        nc,
        cnonce,
        opaque,
    } = auth
    else {
        return None;
    };
    // One header may hold several challenges; split at each scheme name.
    let mut digests: Vec<Vec<(String, String)>> = Vec::new();
    for ch in challenges {
        let lower = ch.to_ascii_lowercase();
        let mut rest: &str = ch;
        let mut rest_lower = lower.as_str();
        while let Some(pos) = rest_lower.find("digest ") {
            let after = &rest[pos + 7..];
            let after_lower = &rest_lower[pos + 7..];
            let end = after_lower.find("digest ").unwrap_or(after.len());
            digests.push(parse_params(&after[..end]));
            rest = &after[end..];
            rest_lower = &after_lower[end..];
        }
    }
    let get =
        |ps: &[(String, String)], k: &str| ps.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let chosen = digests
        .iter()
        .find(|ps| get(ps, "algorithm").is_none_or(|a| supported_algorithm(&a)))?;
    let pick = |over: &Option<String>, k: &str| {
        over.clone()
            .filter(|v| !v.is_empty())
            .or_else(|| get(chosen, k))
    };
    // Prefer `auth`; use `auth-int` when it is the only one offered.
    let challenge_qop = get(chosen, "qop").and_then(|q| {
        let offered: Vec<String> = q
            .split(',')
            .map(|x| x.trim().to_ascii_lowercase())
            .collect();
        ["auth", "auth-int"]
            .into_iter()
            .find(|want| offered.iter().any(|o| o == want))
            .map(str::to_string)
    });
    let p = DigestParams {
        username,
        password,
        realm: pick(realm, "realm").unwrap_or_default(),
        nonce: pick(nonce, "nonce")?,
        algorithm: pick(algorithm, "algorithm").unwrap_or_else(|| "MD5".into()),
        qop: qop.clone().filter(|q| !q.is_empty()).or(challenge_qop),
        nc: nc
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "00000001".into()),
        cnonce: cnonce
            .clone()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(new_cnonce),
        opaque: pick(opaque, "opaque"),
    };
    Some(digest_header(&p, method, url, body))
}

/// Signs the request with AWS SigV4 the way postman-runtime does (aws4): a non-empty body
/// gets `X-Amz-Content-Sha256`, then `Host`, `X-Amz-Security-Token`, `X-Amz-Date` and
/// `Authorization` follow the request's own headers.
pub(crate) fn sign_aws(
    auth: &AuthHelper,
    method: &str,
    url: &url::Url,
    headers: &mut Vec<(String, String)>,
    body: Option<&bytes::Bytes>,
) -> Result<(), HttpError> {
    sign_aws_at(
        auth,
        method,
        url,
        headers,
        body,
        std::time::SystemTime::now(),
    )
}

fn sign_aws_at(
    auth: &AuthHelper,
    method: &str,
    url: &url::Url,
    headers: &mut Vec<(String, String)>,
    body: Option<&bytes::Bytes>,
    now: std::time::SystemTime,
) -> Result<(), HttpError> {
    use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
    use aws_sigv4::sign::v4;
    use sha2::Digest as _;

    let AuthHelper::AwsV4 {
        access_key,
        secret_key,
        session_token,
        region,
        service,
    } = auth
    else {
        return Ok(());
    };
    let fail = |e: &dyn std::fmt::Display| HttpError::InvalidRequest {
        message: format!("AWS signature failed: {e}"),
    };
    for h in [
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "x-amz-content-sha256",
    ] {
        headers.retain(|(k, _)| !k.eq_ignore_ascii_case(h));
    }
    let body: &[u8] = body.map(|b| b.as_ref()).unwrap_or(&[]);
    if !body.is_empty() {
        headers.push((
            "X-Amz-Content-Sha256".into(),
            hex::encode(sha2::Sha256::digest(body)),
        ));
    }
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        headers.push(("Host".into(), crate::urls::host_header(url)));
    }
    let creds = aws_credential_types::Credentials::new(
        access_key.clone(),
        secret_key.clone(),
        session_token.clone().filter(|t| !t.is_empty()),
        None,
        "cogman",
    );
    let identity = creds.into();
    let region = if region.is_empty() {
        "us-east-1"
    } else {
        region.as_str()
    };
    let service = if service.is_empty() {
        "execute-api"
    } else {
        service.as_str()
    };
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(service)
        .time(now)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| fail(&e))?
        .into();
    let signable = SignableRequest::new(
        method,
        url.as_str(),
        headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(body),
    )
    .map_err(|e| fail(&e))?;
    let (instructions, _signature) = sign(signable, &params).map_err(|e| fail(&e))?.into_parts();
    let (new_headers, _query) = instructions.into_parts();
    let mut added: Vec<(String, String)> = new_headers
        .iter()
        .map(|h| {
            let name = match h.name() {
                "authorization" => "Authorization",
                "x-amz-date" => "X-Amz-Date",
                "x-amz-security-token" => "X-Amz-Security-Token",
                other => other,
            };
            (name.to_string(), h.value().to_string())
        })
        .collect();
    // aws4's order: token, date, then the signature.
    let rank = |k: &str| match k {
        "X-Amz-Security-Token" => 0,
        "X-Amz-Date" => 1,
        "Authorization" => 2,
        _ => 3,
    };
    added.sort_by_key(|(k, _)| rank(k));
    headers.extend(added);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenge_params() {
        let p = parse_params(r#"realm="a, b", nonce=xyz, qop="auth,auth-int", stale=FALSE"#);
        assert_eq!(p[0], ("realm".into(), "a, b".into()));
        assert_eq!(p[1], ("nonce".into(), "xyz".into()));
        assert_eq!(p[2], ("qop".into(), "auth,auth-int".into()));
        assert_eq!(p[3], ("stale".into(), "FALSE".into()));
    }

    fn aws(session_token: Option<&str>) -> AuthHelper {
        AuthHelper::AwsV4 {
            access_key: "AKID".into(),
            secret_key: "SECRET".into(),
            session_token: session_token.map(str::to_string),
            region: "eu-west-1".into(),
            service: "execute-api".into(),
        }
    }

    /// Vectors from aws4 (the signer postman-runtime uses) fed the way postman-runtime feeds it.
    #[test]
    fn awsv4_matches_postman_runtime() {
        let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_704_164_645); // 2024-01-02T03:04:05Z
        let url = url::Url::parse("http://127.0.0.1:18080/prod/items?b=2&a=1").unwrap();
        let mut h = vec![
            ("Content-Type".to_string(), "application/json".to_string()),
            ("X-Custom".to_string(), "c".to_string()),
        ];
        let body = bytes::Bytes::from_static(b"{\"k\":1}");
        sign_aws_at(&aws(Some("TOK")), "POST", &url, &mut h, Some(&body), at).unwrap();
        let names: Vec<&str> = h.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "Content-Type",
                "X-Custom",
                "X-Amz-Content-Sha256",
                "Host",
                "X-Amz-Security-Token",
                "X-Amz-Date",
                "Authorization"
            ]
        );
        assert_eq!(h[5].1, "20240102T030405Z");
        assert_eq!(
            h[6].1,
            "AWS4-HMAC-SHA256 Credential=AKID/20240102/eu-west-1/execute-api/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-custom, Signature=e5b5297c9b293184e339b7320ebf955376960b813fdf417169e1c6dccbb81d86"
        );

        let url = url::Url::parse("http://127.0.0.1:18080/a%20b/c?x=y%20z").unwrap();
        let mut h = Vec::new();
        sign_aws_at(&aws(None), "GET", &url, &mut h, None, at).unwrap();
        assert_eq!(
            h.last().unwrap().1,
            "AWS4-HMAC-SHA256 Credential=AKID/20240102/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=94f18492faf819f045b00de797ec03a4c8d0b34570f52309b04380a7f2a0bc48"
        );
    }

    /// Observed from Newman 6.2.2 with the same inputs.
    #[test]
    fn digest_preemptive_sha256_sess() {
        let auth = AuthHelper::Digest {
            username: "u".into(),
            password: "p".into(),
            realm: Some("r".into()),
            nonce: Some("nn".into()),
            algorithm: Some("SHA-256-sess".into()),
            qop: Some("auth".into()),
            nc: Some("00000002".into()),
            cnonce: Some("cn".into()),
            opaque: Some("op".into()),
        };
        let url = url::Url::parse("http://127.0.0.1:18080/digestpre").unwrap();
        assert_eq!(
            digest_preemptive(&auth, "GET", &url, b"").unwrap(),
            "Digest username=\"u\", realm=\"r\", nonce=\"nn\", uri=\"/digestpre\", algorithm=\"SHA-256-sess\", qop=auth, nc=00000002, cnonce=\"cn\", response=\"169ff1dcff824b238625ce9480a20a11d5f705012f7db0a781d91766950a8d04\", opaque=\"op\""
        );
    }

    #[test]
    fn rfc2617_vector() {
        // RFC 2617 section 3.5.
        let auth = AuthHelper::Digest {
            username: "Mufasa".into(),
            password: "Circle Of Life".into(),
            realm: None,
            nonce: None,
            algorithm: None,
            qop: None,
            nc: None,
            cnonce: Some("0a4f113b".into()),
            opaque: None,
        };
        let url = url::Url::parse("http://www.nowhere.org/dir/index.html").unwrap();
        let ch = r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#;
        let h = digest_response(&auth, "GET", &url, &[ch], b"").unwrap();
        assert!(
            h.contains("response=\"6629fae49393a05397450978507c4ef1\""),
            "{h}"
        );
        assert!(h.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));
    }
}
