//! The HTTP surface (axum): the JSON 1.1 API at `/`, `POST /oauth2/token`, and each pool's
//! `/.well-known/jwks.json` and `/.well-known/openid-configuration`.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::Emulator;
use crate::error::ApiError;
use crate::ops::{self, Ctx};
use crate::params::lookup;

const TARGET_PREFIX: &str = "AWSCognitoIdentityProviderService.";
const AMZ_JSON: &str = "application/x-amz-json-1.1";

pub fn router(emulator: Arc<Emulator>) -> Router {
    Router::new()
        .route("/", post(api).options(preflight))
        .route("/oauth2/token", post(oauth_token).options(preflight))
        .route("/health", get(health))
        .route(
            "/oauth2/userInfo",
            get(user_info).post(user_info).options(preflight),
        )
        .route("/oauth2/revoke", post(oauth_revoke).options(preflight))
        .route("/{pool}/.well-known/jwks.json", get(jwks))
        .route(
            "/{pool}/.well-known/openid-configuration",
            get(openid_configuration),
        )
        .fallback(not_found)
        .layer(axum::middleware::map_response(cors))
        .with_state(emulator)
}

/// Browsers running amazon-cognito-identity-js call the emulator cross-origin.
async fn cors(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("*"),
    );
    h.insert(
        header::ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, POST, OPTIONS"),
    );
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage"),
    );
    res
}

/// Not a Cognito endpoint: lets scripts wait for the emulator.
async fn health() -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        r#"{"status":"ok"}"#,
    )
        .into_response()
}

async fn preflight() -> StatusCode {
    StatusCode::NO_CONTENT
}

async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "application/json")],
        r#"{"message":"Not Found"}"#,
    )
        .into_response()
}

fn request_id() -> (HeaderName, HeaderValue) {
    let id = uuid::Uuid::new_v4().to_string();
    (
        HeaderName::from_static("x-amzn-requestid"),
        HeaderValue::from_str(&id).unwrap_or(HeaderValue::from_static("0")),
    )
}

/// Header values must be visible ASCII: anything else becomes `?`.
fn header_text(s: &str) -> HeaderValue {
    let clean: String = s
        .chars()
        .map(|c| if (' '..='~').contains(&c) { c } else { '?' })
        .collect();
    HeaderValue::from_str(&clean).unwrap_or(HeaderValue::from_static(""))
}

pub fn error_response(e: &ApiError) -> Response {
    let status = StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST);
    let body = json!({ "__type": e.kind, "message": e.message }).to_string();
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(AMZ_JSON));
    h.insert(
        HeaderName::from_static("x-amzn-errortype"),
        // Cognito sends the type with a trailing colon (`NotAuthorizedException:`).
        header_text(&format!("{}:", e.kind)),
    );
    h.insert(
        HeaderName::from_static("x-amzn-errormessage"),
        header_text(&e.message),
    );
    let (k, v) = request_id();
    h.insert(k, v);
    res
}

fn ok_response(v: &Value) -> Response {
    let mut res = (StatusCode::OK, v.to_string()).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(AMZ_JSON));
    let (k, v) = request_id();
    h.insert(k, v);
    res
}

/// Admin and management calls need AWS credentials; any well-formed SigV4 header is accepted
/// (secrets are not verified), a missing or malformed one is refused the way AWS refuses it.
fn check_signature(headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(auth) = headers.get(header::AUTHORIZATION) else {
        return Err(ApiError::new(
            "MissingAuthenticationTokenException",
            "Missing Authentication Token",
        ));
    };
    let auth = auth.to_str().unwrap_or("");
    let Some(rest) = auth.strip_prefix("AWS4-HMAC-SHA256 ") else {
        return Err(ApiError::new(
            "IncompleteSignatureException",
            format!(
                "Authorization header requires 'AWS4-HMAC-SHA256' as its algorithm: {}",
                auth.split(' ').next().unwrap_or("")
            ),
        ));
    };
    let field = |name: &str| {
        rest.split(',')
            .map(str::trim)
            .find_map(|part| part.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
    };
    let mut problems = Vec::new();
    match field("Credential") {
        Some(c) if c.split('/').count() == 5 && c.ends_with("/aws4_request") => {}
        Some(_) => problems.push("Credential should be scoped to a valid region and service: <key>/<date>/<region>/cognito-idp/aws4_request."),
        None => problems.push("Authorization header requires 'Credential' parameter."),
    }
    if field("SignedHeaders").is_none_or(str::is_empty) {
        problems.push("Authorization header requires 'SignedHeaders' parameter.");
    }
    match field("Signature") {
        Some(s) if !s.is_empty() && s.chars().all(|c| c.is_ascii_hexdigit()) => {}
        _ => problems.push("Authorization header requires 'Signature' parameter."),
    }
    if !headers.contains_key("x-amz-date") && !headers.contains_key(header::DATE) {
        problems.push(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        // Unlike AWS, the header is not echoed back: error text may end up in logs.
        Err(ApiError::new(
            "IncompleteSignatureException",
            problems.join(" "),
        ))
    }
}

async fn api(State(emu): State<Arc<Emulator>>, headers: HeaderMap, body: Bytes) -> Response {
    let target = headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some(op) = target
        .strip_prefix(TARGET_PREFIX)
        .filter(|op| ops::OPERATIONS.contains(op))
    else {
        let message = if target.is_empty() {
            "Missing X-Amz-Target header".to_string()
        } else {
            format!("The operation {target} is not supported.")
        };
        return error_response(&ApiError::new("UnknownOperationException", message));
    };
    if ops::requires_signature(op)
        && let Err(e) = check_signature(&headers)
    {
        return error_response(&e);
    }
    let parsed: Result<Value, _> = if body.iter().all(u8::is_ascii_whitespace) {
        Ok(json!({}))
    } else {
        serde_json::from_slice(&body)
    };
    let map = match parsed {
        Ok(Value::Object(m)) => m,
        Ok(_) => {
            return error_response(&ApiError::serialization(
                "Start of structure or map found where not expected.",
            ));
        }
        Err(e) => {
            return error_response(&ApiError::serialization(format!(
                "Could not parse the request body as JSON: {e} (line {}, column {})",
                e.line(),
                e.column()
            )));
        }
    };
    let op = op.to_string();
    // Handlers are synchronous and CPU-bound (SRP modexp, RSA): keep them off the I/O workers.
    let result = tokio::task::spawn_blocking(move || {
        let ctx = Ctx {
            store: &emu.store,
            base_url: &emu.base_url,
        };
        ops::dispatch(&ctx, &op, &map)
    })
    .await
    .unwrap_or_else(|_| Err(ApiError::internal("the operation failed unexpectedly")));
    match result {
        Ok(v) => ok_response(&v),
        Err(e) => error_response(&e),
    }
}

fn oauth_error(error: &str, status: StatusCode) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        json!({ "error": error }).to_string(),
    )
        .into_response()
}

async fn oauth_token(
    State(emu): State<Arc<Emulator>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(form) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body) else {
        return oauth_error("invalid_request", StatusCode::BAD_REQUEST);
    };
    // Client authentication: HTTP Basic, or client_id/client_secret in the body.
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Basic ")
                .or_else(|| v.strip_prefix("basic "))
        })
        .map(|b| {
            STANDARD
                .decode(b.trim())
                .ok()
                .and_then(|d| String::from_utf8(d).ok())
        });
    let (client_id, client_secret) = match basic {
        Some(Some(decoded)) => match decoded.split_once(':') {
            Some((id, secret)) => (id.to_string(), Some(secret.to_string())),
            None => return oauth_error("invalid_client", StatusCode::BAD_REQUEST),
        },
        Some(None) => return oauth_error("invalid_client", StatusCode::BAD_REQUEST),
        None => match lookup(&form, "client_id") {
            Some(id) => (
                id.to_string(),
                lookup(&form, "client_secret").map(str::to_string),
            ),
            None => return oauth_error("invalid_client", StatusCode::BAD_REQUEST),
        },
    };
    let grant = lookup(&form, "grant_type").unwrap_or("").to_string();
    let scope = lookup(&form, "scope").map(str::to_string);
    let refresh = lookup(&form, "refresh_token").map(str::to_string);
    let result = tokio::task::spawn_blocking(move || {
        let ctx = Ctx {
            store: &emu.store,
            base_url: &emu.base_url,
        };
        token_grant(
            &ctx,
            &client_id,
            client_secret.as_deref(),
            &grant,
            scope.as_deref(),
            refresh.as_deref(),
        )
    })
    .await
    .unwrap_or(Err(("server_error", StatusCode::INTERNAL_SERVER_ERROR)));
    match result {
        Ok(v) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            v.to_string(),
        )
            .into_response(),
        Err((e, status)) => oauth_error(e, status),
    }
}

type OAuthResult = Result<Value, (&'static str, StatusCode)>;

fn token_grant(
    ctx: &Ctx,
    client_id: &str,
    secret: Option<&str>,
    grant: &str,
    scope: Option<&str>,
    refresh: Option<&str>,
) -> OAuthResult {
    let bad = |e: &'static str| Err((e, StatusCode::BAD_REQUEST));
    let client = ctx
        .store
        .read(|s| Ok(s.pool_of_client(client_id)?.client(client_id)?.clone()));
    let Ok(client) = client else {
        return bad("invalid_client");
    };
    if let Some(expected) = &client.secret {
        let ok = secret.is_some_and(|s| {
            bool::from(subtle::ConstantTimeEq::ct_eq(
                s.as_bytes(),
                expected.as_bytes(),
            ))
        });
        if !ok {
            return bad("invalid_client");
        }
    }
    match grant {
        "client_credentials" => {
            if client.secret.is_none() {
                return bad("invalid_client");
            }
            if !client.allowed_oauth_flows_user_pool_client
                || !client
                    .allowed_oauth_flows
                    .iter()
                    .any(|f| f == "client_credentials")
            {
                return bad("unauthorized_client");
            }
            let issue = ctx.store.read(|s| {
                let pool = s.pool_of_client(client_id)?;
                let custom: Vec<String> = client
                    .allowed_oauth_scopes
                    .iter()
                    .filter(|s| s.contains('/'))
                    .cloned()
                    .collect();
                let scopes: Vec<String> = match scope {
                    Some(req) => req.split_whitespace().map(str::to_string).collect(),
                    None => custom.clone(),
                };
                if scopes.is_empty() || scopes.iter().any(|s| !custom.contains(s)) {
                    return Err(ApiError::invalid("invalid_scope"));
                }
                Ok(crate::auth::client_credentials_tokens(
                    pool,
                    &client,
                    &scopes,
                    ctx.base_url,
                    ctx.store.now(),
                ))
            });
            match issue {
                Ok(issue) => issue
                    .sign_oauth()
                    .or(Err(("server_error", StatusCode::INTERNAL_SERVER_ERROR))),
                Err(_) => bad("invalid_scope"),
            }
        }
        "refresh_token" => {
            let Some(token) = refresh else {
                return bad("invalid_request");
            };
            match crate::auth::refresh_for_oauth(ctx, client_id, token) {
                Ok(issue) => issue
                    .sign_oauth()
                    .or(Err(("server_error", StatusCode::INTERNAL_SERVER_ERROR))),
                Err(_) => bad("invalid_grant"),
            }
        }
        "" => bad("invalid_request"),
        _ => bad("unsupported_grant_type"),
    }
}

async fn jwks(State(emu): State<Arc<Emulator>>, Path(pool): Path<String>) -> Response {
    let keys = emu.store.read(|s| {
        let p = s
            .pools
            .get(&pool)
            .ok_or_else(|| ApiError::pool_not_found(&pool))?;
        Ok(json!({ "keys": [p.access_key.jwk(), p.id_key.jwk()] }))
    });
    well_known(keys)
}

async fn openid_configuration(
    State(emu): State<Arc<Emulator>>,
    Path(pool): Path<String>,
) -> Response {
    let base = emu.base_url.clone();
    let doc = emu.store.read(|s| {
        let p = s
            .pools
            .get(&pool)
            .ok_or_else(|| ApiError::pool_not_found(&pool))?;
        let issuer = p.issuer(&base);
        Ok(json!({
            "authorization_endpoint": format!("{base}/oauth2/authorize"),
            "id_token_signing_alg_values_supported": ["RS256"],
            "issuer": issuer,
            "jwks_uri": format!("{issuer}/.well-known/jwks.json"),
            "response_types_supported": ["code", "token"],
            "scopes_supported": ["openid", "email", "phone", "profile"],
            "subject_types_supported": ["public"],
            "token_endpoint": format!("{base}/oauth2/token"),
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "userinfo_endpoint": format!("{base}/oauth2/userInfo"),
        }))
    });
    well_known(doc)
}

fn well_known(r: Result<Value, ApiError>) -> Response {
    match r {
        Ok(v) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            v.to_string(),
        )
            .into_response(),
        Err(e) => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "application/json")],
            json!({ "message": e.message }).to_string(),
        )
            .into_response(),
    }
}

fn bearer_error(status: StatusCode, error: &str, description: &str) -> Response {
    let mut res = (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        json!({ "error": error, "error_description": description }).to_string(),
    )
        .into_response();
    let challenge = format!("Bearer error=\"{error}\", error_description=\"{description}\"");
    res.headers_mut()
        .insert(header::WWW_AUTHENTICATE, header_text(&challenge));
    res
}

/// `/oauth2/userInfo`: the signed-in user's attributes for a Bearer access token.
async fn user_info(State(emu): State<Arc<Emulator>>, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .unwrap_or("")
        .to_string();
    if token.is_empty() {
        return bearer_error(
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "Access token is missing",
        );
    }
    let result = emu.store.read(|s| {
        let ctx = Ctx {
            store: &emu.store,
            base_url: &emu.base_url,
        };
        let (pool_id, username, _) = crate::auth::verify_access_token_for(
            &ctx,
            s,
            &token,
            &["openid", "aws.cognito.signin.user.admin"],
        )?;
        let user = s
            .pool(&pool_id)?
            .users
            .get(&username)
            .ok_or_else(ApiError::user_not_found)?;
        let mut out = serde_json::Map::new();
        out.insert("sub".into(), json!(user.sub));
        for (k, v) in &user.attributes {
            out.insert(k.clone(), json!(v));
        }
        out.insert("username".into(), json!(user.username));
        Ok(Value::Object(out))
    });
    match result {
        Ok(v) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            v.to_string(),
        )
            .into_response(),
        Err(e) => {
            let description = match e.message.as_str() {
                "Access Token has expired" => "Access token is expired",
                "Access Token has been revoked" => "Access token has been revoked",
                _ => "Access token is invalid",
            };
            bearer_error(StatusCode::UNAUTHORIZED, "invalid_token", description)
        }
    }
}

/// `/oauth2/revoke`: RevokeToken over the OAuth2 form interface.
async fn oauth_revoke(
    State(emu): State<Arc<Emulator>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(form) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&body) else {
        return oauth_error("invalid_request", StatusCode::BAD_REQUEST);
    };
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Basic ")
                .or_else(|| v.strip_prefix("basic "))
        })
        .and_then(|b| STANDARD.decode(b.trim()).ok())
        .and_then(|d| String::from_utf8(d).ok());
    let (client_id, secret) = match basic.as_deref().and_then(|d| d.split_once(':')) {
        Some((id, secret)) => (id.to_string(), Some(secret.to_string())),
        None => match lookup(&form, "client_id") {
            Some(id) => (
                id.to_string(),
                lookup(&form, "client_secret").map(str::to_string),
            ),
            None => return oauth_error("invalid_client", StatusCode::BAD_REQUEST),
        },
    };
    let Some(token) = lookup(&form, "token").map(str::to_string) else {
        return oauth_error("invalid_request", StatusCode::BAD_REQUEST);
    };
    let mut req = serde_json::Map::new();
    req.insert("Token".into(), json!(token));
    req.insert("ClientId".into(), json!(client_id));
    if let Some(s) = secret {
        req.insert("ClientSecret".into(), json!(s));
    }
    let result = tokio::task::spawn_blocking(move || {
        let ctx = Ctx {
            store: &emu.store,
            base_url: &emu.base_url,
        };
        crate::auth::revoke_token(&ctx, &req)
    })
    .await
    .unwrap_or_else(|_| Err(ApiError::internal("the operation failed unexpectedly")));
    match result {
        Ok(_) => StatusCode::OK.into_response(),
        Err(e) => match e.kind {
            "UnauthorizedException" => oauth_error("invalid_client", StatusCode::UNAUTHORIZED),
            "UnsupportedTokenTypeException" => {
                oauth_error("unsupported_token_type", StatusCode::BAD_REQUEST)
            }
            "UnsupportedOperationException" => {
                oauth_error("unauthorized_client", StatusCode::BAD_REQUEST)
            }
            _ => oauth_error("invalid_request", StatusCode::BAD_REQUEST),
        },
    }
}
