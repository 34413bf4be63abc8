//! Turns a collection request (Postman v2.1 JSON, possibly mutated by prerequest scripts) into
//! what `cogman-http` sends, the way postman-runtime's request command does: variables are
//! resolved, the URL is rebuilt from its resolved string, disabled headers and parameters are
//! dropped, body modes are encoded, and auth and `protocolProfileBehavior` are applied.

use std::path::{Path, PathBuf};

use cogman_collection::{Auth, BodyMode, FormParamKind, Request, Scopes, Url, js_string};
use cogman_http::{AuthHelper, HttpRequest, MultipartPart, RequestBody, SendOptions};
use cogman_redact::Redactor;
use serde_json::{Map, Value};

use crate::event::{BODY_PREVIEW_CAP, ExecutedRequest, Header};

/// A request ready to send, plus what reporters and test scripts see of it.
pub(crate) struct Prepared {
    pub http: HttpRequest,
    pub send: SendOptions,
    pub executed: ExecutedRequest,
    /// Runner warnings to show as console messages (unsupported auth type, ...).
    pub warnings: Vec<String>,
}

/// Run-wide settings request building needs.
pub(crate) struct BuildEnv<'a> {
    /// Where relative body file paths are read from.
    pub working_dir: &'a Path,
    /// `--no-insecure-file-read`: refuse files outside `working_dir`.
    pub secure: bool,
    /// Auth secrets (passwords, tokens, keys) are registered here once resolved.
    pub redactor: &'a Redactor,
}

/// Auth parameters whose values are credentials, besides secret-looking names.
const SECRET_AUTH_PARAMS: &[&str] = &[
    "password",
    "token",
    "secret",
    "secretKey",
    "sessionToken",
    "accessToken",
    "privateKey",
    "consumerSecret",
    "tokenSecret",
    "authKey",
    "clientSecret",
    "refreshToken",
];

/// Registers the credential values of a resolved auth block with the redactor.
fn register_auth_secrets(auth: &Auth, redactor: &Redactor) {
    for (k, v) in &auth.params {
        let secret = SECRET_AUTH_PARAMS.contains(&k.as_str())
            || Redactor::is_secret_name(k)
            || (auth.kind == "apikey" && k == "value");
        if let (true, Value::String(s)) = (secret, v) {
            redactor.add_secret(s);
        }
    }
}

/// Content-Type postman-runtime adds for raw bodies by `options.raw.language`.
fn raw_content_type(language: Option<&str>) -> &'static str {
    match language.unwrap_or("text") {
        "html" => "text/html",
        "json" => "application/json",
        "javascript" => "application/javascript",
        "xml" => "application/xml",
        _ => "text/plain",
    }
}

fn has_header(headers: &[(String, String)], name: &str) -> bool {
    headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name))
}

fn cap_text(bytes: &[u8]) -> String {
    let cut = bytes.len().min(BODY_PREVIEW_CAP);
    String::from_utf8_lossy(&bytes[..cut]).into_owned()
}

/// Reads request JSON; an unusable value (a script assigned garbage to `pm.request`) becomes
/// an "Invalid URI" style request error rather than a panic.
pub(crate) fn parse_request(json: &Value) -> Result<Request, String> {
    Request::from_json(json).map_err(|e| e.message)
}

/// Resolves `{{variables}}` in an auth block's parameters.
pub(crate) fn resolve_auth(auth: &Auth, scopes: Option<&Scopes>) -> Auth {
    match scopes {
        None => auth.clone(),
        Some(s) => Auth {
            kind: auth.kind.clone(),
            params: auth
                .params
                .iter()
                .map(|(k, v)| (k.clone(), s.resolve_json(v)))
                .collect(),
        },
    }
}

/// Converts a resolved Postman auth block to the http crate's helper. `Err` carries a warning
/// for types that are not supported (the request is then sent without auth).
pub(crate) fn auth_helper(auth: &Auth) -> Result<Option<AuthHelper>, String> {
    let p = |k: &str| auth.param_str(k).unwrap_or_default();
    let opt = |k: &str| auth.param_str(k).filter(|s| !s.is_empty());
    Ok(match auth.kind.as_str() {
        "" | "noauth" => None,
        "basic" => Some(AuthHelper::Basic {
            username: p("username"),
            password: p("password"),
        }),
        "bearer" => opt("token").map(|token| AuthHelper::Bearer { token }),
        "apikey" => opt("key").map(|key| AuthHelper::ApiKey {
            key,
            value: p("value"),
            in_query: p("in") == "query",
        }),
        "digest" => Some(AuthHelper::Digest {
            username: p("username"),
            password: p("password"),
            realm: opt("realm"),
            nonce: opt("nonce"),
            algorithm: opt("algorithm"),
            qop: opt("qop"),
            nc: opt("nonceCount"),
            cnonce: opt("clientNonce"),
            opaque: opt("opaque"),
        }),
        "awsv4" => Some(AuthHelper::AwsV4 {
            access_key: p("accessKey"),
            secret_key: p("secretKey"),
            session_token: opt("sessionToken"),
            region: opt("region").unwrap_or_else(|| "us-east-1".into()),
            service: opt("service").unwrap_or_else(|| "execute-api".into()),
        }),
        "oauth2" => opt("accessToken").map(|access_token| AuthHelper::OAuth2 {
            access_token,
            header_prefix: auth
                .param_str("headerPrefix")
                .unwrap_or_else(|| "Bearer".into()),
            add_to_query: p("addTokenTo") == "queryParams",
        }),
        // Signed in `prepare`, once the final URL and body are known.
        "oauth1" | "hawk" | "edgegrid" => None,
        "jwt" => Some(
            jwt_helper(auth)
                .map_err(|e| format!("runtime~jwt.auth: could not sign the request: {e}"))?,
        ),
        "asap" => Some(
            asap_helper(auth, chrono::Utc::now().timestamp())
                .map_err(|e| format!("runtime~asap.auth: could not sign the request: {e}"))?,
        ),
        other => {
            return Err(format!(
                "cogman does not support the \"{other}\" auth type yet: the request was sent without auth"
            ));
        }
    })
}

/// Postman's JWT bearer auth: signs `payload` with `algorithm` (HS* with `secret`, RS*, PS*
/// and ES* with a PKCS#8 `privateKey`) and sends it as a header (default `Bearer` prefix) or a
/// query parameter (`queryParamKey`, default `token`), as postman-runtime's jwt authorizer.
/// A PEM key whose line breaks were removed (postman-runtime strips them before parsing)
/// written back as PEM lines.
pub(crate) fn repair_pem(key: &str) -> String {
    let key = key.trim().trim_matches('"').replace("\\n", "\n");
    if key.contains('\n') {
        return key;
    }
    let Some(start) = key.find("-----BEGIN ") else {
        return key;
    };
    let rest = &key[start + 11..];
    let Some(label_end) = rest.find("-----") else {
        return key;
    };
    let label = &rest[..label_end];
    let body_start = start + 11 + label_end + 5;
    let end_marker = format!("-----END {label}-----");
    let Some(body_end) = key.find(&end_marker).filter(|e| *e >= body_start) else {
        return key;
    };
    let body: String = key[body_start..body_end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in body.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&end_marker);
    out.push('\n');
    out
}

/// Atlassian ASAP auth as postman-runtime's asap authorizer: a JWT signed with the PKCS#8
/// `privateKey` (RS*, PS*, ES*; default RS256) with `kid` in its header and `iss`, `sub`,
/// `aud`, `jti`, `iat` and `exp` (default one hour) over the extra `claims`.
fn asap_helper(auth: &Auth, now: i64) -> Result<AuthHelper, String> {
    use base64::Engine as _;
    use jsonwebtoken::{Algorithm, EncodingKey};
    let p = |k: &str| auth.param_str(k).filter(|v| !v.is_empty());
    let claims = match auth.params.get("claims") {
        Some(Value::String(s)) if !s.trim().is_empty() => {
            match serde_json::from_str::<Value>(s.trim()) {
                Ok(Value::Object(m)) => m,
                _ => return Err("Failed to parse claims".into()),
            }
        }
        Some(Value::Object(m)) => m.clone(),
        _ => Map::new(),
    };
    let claim = |k: &str| claims.get(k).filter(|v| !v.is_null()).cloned();
    let issuer = claim("iss").or_else(|| p("iss").map(Value::String));
    let subject = claim("sub")
        .or_else(|| p("sub").map(Value::String))
        .or_else(|| issuer.clone());
    let audience = claim("aud").or_else(|| p("aud").map(Value::String));
    let kid = claim("kid").map(|v| js_string(&v)).or_else(|| p("kid"));
    let private_key = p("privateKey");
    let (Some(issuer), Some(audience), Some(kid), Some(private_key)) =
        (issuer, audience, kid, private_key)
    else {
        return Err("One or more of required claims missing".into());
    };
    let algorithm = p("alg").unwrap_or_else(|| "RS256".into());
    let alg: Algorithm = algorithm
        .parse()
        .ok()
        .filter(|a| {
            !matches!(
                a,
                Algorithm::EdDSA | Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512
            )
        })
        .ok_or("invalid algorithm")?;
    let pem = repair_pem(&private_key);
    let key = if algorithm.starts_with("ES") {
        EncodingKey::from_ec_pem(pem.as_bytes())
    } else {
        EncodingKey::from_rsa_pem(pem.as_bytes())
    }
    .map_err(|_| "Failed to parse private key.".to_string())?;
    let expiry = p("exp")
        .and_then(|e| e.trim().parse::<i64>().ok())
        .filter(|e| *e != 0)
        .unwrap_or(3600);
    let mut payload = claims.clone();
    let mut set = |k: &str, v: Value| {
        payload.insert(k.into(), v);
    };
    set("iat", claim("iat").unwrap_or_else(|| Value::from(now)));
    set("iss", issuer);
    set("sub", subject.unwrap_or(Value::Null));
    set(
        "jti",
        claim("jti").unwrap_or_else(|| Value::String(uuid::Uuid::new_v4().to_string())),
    );
    set("aud", audience);
    set(
        "exp",
        claim("exp")
            .and_then(|e| js_string(&e).parse::<i64>().ok())
            .map(Value::from)
            .unwrap_or_else(|| Value::from(now + expiry)),
    );
    let header = serde_json::json!({"alg": algorithm, "kid": kid});
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let signing_input = format!(
        "{}.{}",
        b64.encode(header.to_string()),
        b64.encode(Value::Object(payload).to_string())
    );
    let signature = jsonwebtoken::crypto::sign(signing_input.as_bytes(), &key, alg)
        .map_err(|_| "Failed to sign request with key.".to_string())?;
    Ok(AuthHelper::ApiKey {
        key: "Authorization".into(),
        value: format!("Bearer {signing_input}.{signature}"),
        in_query: false,
    })
}

fn jwt_helper(auth: &Auth) -> Result<AuthHelper, String> {
    use base64::Engine as _;
    use jsonwebtoken::{Algorithm, EncodingKey};
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let algorithm = auth.param_str("algorithm").unwrap_or_default();
    let alg: Algorithm = algorithm
        .parse()
        .ok()
        .filter(|a| !matches!(a, Algorithm::EdDSA))
        .ok_or("invalid algorithm")?;
    let hs = matches!(alg, Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512);
    let key = if hs {
        let secret = auth
            .param_str("secret")
            .filter(|s| !s.is_empty())
            .ok_or("Invalid secret key. Enter a valid key.")?;
        let bytes = if auth
            .params
            .get("isSecretBase64Encoded")
            .and_then(Value::as_bool)
            == Some(true)
        {
            base64::engine::general_purpose::STANDARD
                .decode(secret.trim())
                .map_err(|e| e.to_string())?
        } else {
            secret.into_bytes()
        };
        EncodingKey::from_secret(&bytes)
    } else {
        let pem = auth
            .param_str("privateKey")
            .filter(|s| !s.is_empty())
            .ok_or("Invalid private key. Enter a valid key.")?;
        let parsed = if algorithm.starts_with("ES") {
            EncodingKey::from_ec_pem(pem.as_bytes())
        } else {
            EncodingKey::from_rsa_pem(pem.as_bytes())
        };
        parsed.map_err(|e| e.to_string())?
    };
    let json_param = |k: &str| -> Result<Map<String, Value>, String> {
        match auth.params.get(k) {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                match serde_json::from_str::<Value>(s.trim()).map_err(|e| e.to_string())? {
                    Value::Object(m) => Ok(m),
                    _ => Err(format!("{k} must be a JSON object")),
                }
            }
            Some(Value::Object(m)) => Ok(m.clone()),
            _ => Ok(Map::new()),
        }
    };
    let mut header = json_param("header")?;
    header.insert("alg".into(), Value::String(algorithm.clone()));
    let payload = json_param("payload")?;
    let signing_input = format!(
        "{}.{}",
        b64.encode(Value::Object(header).to_string()),
        b64.encode(Value::Object(payload).to_string())
    );
    let signature = jsonwebtoken::crypto::sign(signing_input.as_bytes(), &key, alg)
        .map_err(|e| e.to_string())?;
    let token = format!("{signing_input}.{signature}");
    if auth.param_str("addTokenTo").as_deref() == Some("queryParam") {
        return Ok(AuthHelper::ApiKey {
            key: auth
                .param_str("queryParamKey")
                .filter(|k| !k.is_empty())
                .unwrap_or_else(|| "token".into()),
            value: token,
            in_query: true,
        });
    }
    let prefix = auth
        .param_str("headerPrefix")
        .unwrap_or_else(|| "Bearer".into());
    Ok(AuthHelper::ApiKey {
        key: "Authorization".into(),
        value: if prefix.is_empty() {
            token
        } else {
            format!("{prefix} {token}")
        },
        in_query: false,
    })
}

/// Applies a merged `protocolProfileBehavior` map to the send options.
pub(crate) fn apply_protocol_profile(send: &mut SendOptions, ppb: &Map<String, Value>) {
    let flag = |k: &str| ppb.get(k).and_then(Value::as_bool);
    if let Some(b) = flag("followRedirects") {
        send.follow_redirects = Some(b);
    }
    if let Some(n) = ppb
        .get("maxRedirects")
        .and_then(Value::as_f64)
        .filter(|n| *n >= 0.0)
    {
        send.max_redirects = Some(n.min(f64::from(u32::MAX)) as u32);
    }
    if let Some(b) = flag("followOriginalHttpMethod") {
        send.follow_original_http_method = b;
    }
    if let Some(b) = flag("followAuthorizationHeader") {
        send.follow_authorization_header = b;
    }
    if let Some(b) = flag("strictSSL") {
        send.strict_ssl = Some(b);
    }
    if let Some(b) = flag("disableBodyPruning") {
        send.disable_body_pruning = b;
    }
    if let Some(b) = flag("disableCookies") {
        send.disable_cookies = b;
    }
    if let Some(b) = flag("removeRefererHeaderOnRedirect") {
        send.remove_referer_header_on_redirect = b;
    }
    // `{"content-type": true, ...}`: the system headers not to add.
    if let Some(Value::Object(m)) = ppb.get("disabledSystemHeaders") {
        send.disabled_system_headers = m
            .iter()
            .filter(|(_, v)| v.as_bool() == Some(true))
            .map(|(k, _)| k.clone())
            .collect();
    }
}

/// Resolves a body file against the working directory and checks it can be read. `Err` is
/// the Node.js-style message Newman puts in its "file load error" console warnings.
fn load_path(base: &BuildEnv<'_>, src: &str) -> Result<PathBuf, String> {
    let p = Path::new(src);
    let full = if p.is_absolute() {
        p.to_path_buf()
    } else {
        base.working_dir.join(p)
    };
    if base.secure {
        let inside = match (full.canonicalize(), base.working_dir.canonicalize()) {
            (Ok(f), Ok(w)) => f.starts_with(w),
            _ => !src.contains(".."),
        };
        if !inside {
            return Err("PERMISSION_DENIED: insecure file access outside working directory".into());
        }
    }
    let shown = full.display();
    match std::fs::metadata(&full) {
        Ok(m) if m.is_dir() => Err("EISDIR: illegal operation on a directory, read".into()),
        Ok(_) => match std::fs::File::open(&full) {
            Ok(_) => Ok(full),
            Err(_) => Err(format!("EACCES: permission denied, open '{shown}'")),
        },
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            Err(format!("EACCES: permission denied, open '{shown}'"))
        }
        Err(_) => Err(format!("ENOENT: no such file or directory, open '{shown}'")),
    }
}

/// Removes `//` and `/* */` comments outside strings, as postman-runtime does for JSON raw
/// bodies (strip-json-comments without whitespace replacement).
fn strip_json_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                while let Some(&n) = chars.peek() {
                    if n == '\n' || n == '\r' {
                        break;
                    }
                    chars.next();
                }
            }
            ('/', Some('*')) => {
                chars.next();
                let mut prev = '\0';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn is_json_content_type(v: &str) -> bool {
    let v = v.trim_start().to_ascii_lowercase();
    v.strip_prefix("application/").is_some_and(|rest| {
        let token = rest
            .split(|c: char| c.is_whitespace() || c == ';')
            .next()
            .unwrap_or("");
        token == "json" || token.ends_with("+json")
    })
}

/// Methods whose body postman-runtime drops unless `disableBodyPruning` is set.
fn prunes_body(method: &str) -> bool {
    matches!(
        method.to_ascii_uppercase().as_str(),
        "GET" | "HEAD" | "COPY" | "PURGE" | "UNLOCK"
    )
}

/// Builds the request. `scopes` is `None` for `pm.sendRequest`, whose request Newman sends
/// without variable resolution. `inherited_auth` is the nearest folder or collection auth
/// (already chosen by the caller) for requests without their own; `default_bearer` (the
/// Cognito token) is sent when neither gives any auth.
pub(crate) fn prepare(
    json: &Value,
    scopes: Option<&Scopes>,
    inherited_auth: Option<&Auth>,
    default_bearer: Option<&str>,
    mut send: SendOptions,
    files: &BuildEnv<'_>,
) -> Result<Prepared, String> {
    let unresolved = parse_request(json)?;
    let resolve = |s: &str| match scopes {
        Some(sc) => sc.resolve(s),
        None => s.to_string(),
    };
    // postman-runtime resolves the URL as one string (nested variables work) and re-parses it.
    let url_string = resolve(&unresolved.url.to_template_string());
    let resolved_json = match scopes {
        Some(sc) => sc.resolve_json(json),
        None => json.clone(),
    };
    let req = parse_request(&resolved_json)?;
    let mut method = req.method.trim().to_string();
    if method.is_empty() {
        method = "GET".into();
    }

    let mut headers: Vec<(String, String)> = req
        .headers
        .iter()
        .filter(|h| !h.disabled && !h.key.is_empty())
        .map(|h| (h.key.clone(), h.value.clone()))
        .collect();

    let mut warnings = Vec::new();
    let auth = match &unresolved.auth {
        Some(own) => Some(resolve_auth(own, scopes)),
        None => inherited_auth.map(|a| resolve_auth(a, scopes)),
    };
    if let Some(a) = &auth {
        register_auth_secrets(a, files.redactor);
        match auth_helper(a) {
            Ok(h) => send.auth = h,
            Err(w) => warnings.push(w),
        }
    }
    // The Cognito token goes where, after inheritance, there is no auth (none or `noauth`)
    // and no explicit Authorization header.
    let no_auth = auth
        .as_ref()
        .is_none_or(|a| a.kind.is_empty() || a.kind == "noauth");
    if let Some(token) =
        default_bearer.filter(|_| no_auth && !has_header(&headers, "authorization"))
    {
        send.auth = Some(AuthHelper::Bearer {
            token: token.to_string(),
        });
    }

    // Hawk hashes the payload with the Content-Type the user set, before any is added.
    let user_content_type = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.clone());
    // EdgeGrid signs the request's own headers, before defaults are added.
    let user_headers = headers.clone();
    let pruned = prunes_body(&method) && !send.disable_body_pruning;
    let (body, body_mode, preview) = match req.body.as_ref().filter(|b| !b.disabled && !pruned) {
        None => (RequestBody::Empty, None, None),
        Some(b) => match &b.mode {
            BodyMode::Raw { raw, language } => {
                if raw.is_empty() {
                    (RequestBody::Empty, None, None)
                } else {
                    let is_json = match language.as_deref() {
                        Some(l) => l == "json",
                        None => headers
                            .iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                            .is_some_and(|(_, v)| is_json_content_type(v)),
                    };
                    let raw = if is_json && (raw.contains("//") || raw.contains("/*")) {
                        strip_json_comments(raw)
                    } else {
                        raw.clone()
                    };
                    if !has_header(&headers, "content-type") {
                        headers.push((
                            "Content-Type".into(),
                            raw_content_type(language.as_deref()).into(),
                        ));
                    }
                    let preview = cap_text(raw.as_bytes());
                    (
                        RequestBody::Bytes(bytes::Bytes::from(raw.into_bytes())),
                        Some("raw"),
                        Some(preview),
                    )
                }
            }
            BodyMode::Urlencoded(params) => {
                let pairs: Vec<(String, String)> = params
                    .iter()
                    .filter(|p| !p.disabled)
                    .map(|p| (p.key.clone(), p.value.clone()))
                    .collect();
                if pairs.is_empty() {
                    (RequestBody::Empty, None, None)
                } else {
                    let preview = pairs
                        .iter()
                        .map(|(k, v)| format!("{k}={v}"))
                        .collect::<Vec<_>>()
                        .join("&");
                    (
                        RequestBody::UrlEncoded(pairs),
                        Some("urlencoded"),
                        Some(cap_text(preview.as_bytes())),
                    )
                }
            }
            BodyMode::Formdata(params) => {
                let mut parts = Vec::new();
                for p in params.iter().filter(|p| !p.disabled) {
                    match p.kind {
                        FormParamKind::Text => parts.push(MultipartPart::Text {
                            name: p.key.clone(),
                            value: p.value.clone(),
                            content_type: p.content_type.clone(),
                        }),
                        FormParamKind::File => {
                            let srcs: Vec<&String> =
                                p.src.iter().filter(|s| !s.is_empty()).collect();
                            if srcs.is_empty() {
                                warnings.push(format!(
                                    "Form param `{}`, file load error: missing file source",
                                    p.key
                                ));
                            }
                            // An unreadable file is left out with a warning; the request
                            // is still sent, as in postman-runtime.
                            for src in srcs {
                                match load_path(files, src) {
                                    Ok(path) => parts.push(MultipartPart::File {
                                        name: p.key.clone(),
                                        path,
                                        content_type: p.content_type.clone(),
                                        filename: None,
                                    }),
                                    Err(e) => warnings.push(format!(
                                        "Form param `{}`, file load error: {e}",
                                        p.key
                                    )),
                                }
                            }
                        }
                    }
                }
                if parts.is_empty() {
                    (RequestBody::Empty, None, None)
                } else {
                    // A readable summary: text fields as `name=value`, files as `name=@path`.
                    let preview = parts
                        .iter()
                        .map(|part| match part {
                            MultipartPart::Text { name, value, .. } => format!("{name}={value}"),
                            MultipartPart::File { name, path, .. } => {
                                format!("{name}=@{}", path.display())
                            }
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    (
                        RequestBody::Multipart(parts),
                        Some("formdata"),
                        Some(cap_text(preview.as_bytes())),
                    )
                }
            }
            BodyMode::File { src: Some(src) } if !src.is_empty() => match load_path(files, src) {
                // The http client adds the file's Content-Type where postman-request does.
                Ok(path) => (RequestBody::File(path), Some("file"), None),
                Err(e) => {
                    warnings.push(format!("Binary file load error: {e}"));
                    (RequestBody::Empty, None, None)
                }
            },
            BodyMode::File { .. } => (RequestBody::Empty, None, None),
            BodyMode::Graphql { query, variables } => {
                if !has_header(&headers, "content-type") {
                    headers.push(("Content-Type".into(), "application/json".into()));
                }
                // Same text postman-runtime builds: variables are spliced in as written.
                let mut fields = vec![format!("\"query\":{}", Value::String(query.clone()))];
                if let Some(v) = variables.as_deref().filter(|v| !v.is_empty()) {
                    fields.push(format!("\"variables\":{v}"));
                }
                let text = format!("{{{}}}", fields.join(","));
                let preview = cap_text(text.as_bytes());
                (
                    RequestBody::Bytes(bytes::Bytes::from(text.into_bytes())),
                    Some("graphql"),
                    Some(preview),
                )
            }
            BodyMode::None => (RequestBody::Empty, None, None),
        },
    };

    let mut url_string = url_string;
    let mut body = body;
    if let Some(a) = auth.as_ref().filter(|a| a.kind == "oauth1") {
        let body_text = match &body {
            RequestBody::Bytes(b) => std::str::from_utf8(b).ok().map(str::to_string),
            _ => None,
        };
        let urlencoded = match &mut body {
            RequestBody::UrlEncoded(pairs) => Some(pairs),
            _ => None,
        };
        let target = crate::oauth1::Target {
            method: &method,
            url: &mut url_string,
            headers: &mut headers,
            urlencoded,
            body_text: body_text.as_deref(),
        };
        if let Err(e) = crate::oauth1::sign(a, target) {
            warnings.push(format!(
                "runtime~oauth1.auth: could not sign the request: {e}"
            ));
        }
    }
    if let Some(a) = auth.as_ref().filter(|a| a.kind == "edgegrid") {
        let body_text = match &body {
            RequestBody::Bytes(b) => std::str::from_utf8(b).ok().map(str::to_string),
            RequestBody::UrlEncoded(pairs) => Some(
                url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs.iter())
                    .finish(),
            ),
            _ => None,
        };
        let target = crate::edgegrid::Target {
            method: &method,
            url: &url_string,
            headers: &user_headers,
            body_text: body_text.as_deref(),
        };
        if let Some(value) = crate::edgegrid::header(a, &target) {
            headers.retain(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
            headers.push(("Authorization".into(), value));
        }
    }
    if let Some(a) = auth.as_ref().filter(|a| a.kind == "hawk") {
        let body_text = match &body {
            RequestBody::Bytes(b) => std::str::from_utf8(b).ok().map(str::to_string),
            RequestBody::UrlEncoded(pairs) => Some(
                url::form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs.iter())
                    .finish(),
            ),
            _ => None,
        };
        let target = crate::hawk::Target {
            method: &method,
            url: &url_string,
            content_type: user_content_type.as_deref(),
            body_text: body_text.as_deref(),
        };
        if let Some(value) = crate::hawk::header(a, &target) {
            headers.retain(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
            headers.push(("Authorization".into(), value));
        }
    }

    // The request as test scripts and the json report see it: resolved, with the URL object
    // re-parsed from the resolved string.
    let mut shown = resolved_json;
    if let Some(o) = shown.as_object_mut() {
        o.insert("url".into(), Url::parse(&url_string).to_json());
        o.insert("method".into(), Value::String(method.clone()));
    }

    let executed = ExecutedRequest {
        method: method.clone(),
        url: url_string.clone(),
        headers: headers
            .iter()
            .map(|(k, v)| Header {
                key: k.clone(),
                value: v.clone(),
            })
            .collect(),
        body_mode: body_mode.map(str::to_string),
        body_preview: preview,
        json: shown,
    };
    Ok(Prepared {
        http: HttpRequest {
            method,
            url: url_string,
            headers,
            body,
        },
        send,
        executed,
        warnings,
    })
}

/// `String(value)` of a JSON value (variables keep their JS type inside the run).
pub(crate) fn value_string(v: &Value) -> String {
    js_string(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_json_comments_outside_strings() {
        let text = "{\n  // note\n  \"a\": \"x // y\", /* block */ \"b\": 1\n}";
        assert_eq!(
            strip_json_comments(text),
            "{\n  \n  \"a\": \"x // y\",  \"b\": 1\n}"
        );
        assert_eq!(strip_json_comments("\"\\\"//\""), "\"\\\"//\"");
    }

    #[test]
    fn json_content_types() {
        assert!(is_json_content_type("application/json; charset=utf-8"));
        assert!(is_json_content_type("application/vnd.api+json"));
        assert!(!is_json_content_type("text/plain"));
    }
}
