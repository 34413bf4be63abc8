//! Sign-in: InitiateAuth / AdminInitiateAuth, RespondToAuthChallenge (+Admin), token issue and
//! refresh, access-token operations (GetUser, GlobalSignOut, ChangePassword), RevokeToken, and
//! TOTP set-up.
//!
//! Each operation checks and updates the state under the lock, then signs JWTs after releasing
//! it, so concurrent sign-ins spend their RSA time in parallel.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use cogman_cognito::srp::{self, SrpServer};
use serde_json::{Map, Value, json};

use crate::admin::enum_check;
use crate::error::ApiError;
use crate::keys::{self, SigningKey};
use crate::model::{Client, Pool, RefreshRecord, State, User};
use crate::ops::Ctx;
use crate::params::{Params, lookup};
use crate::store::{Pending, Session};
use crate::util;

const AUTH_FLOW_VALUES: [&str; 8] = [
    "USER_SRP_AUTH",
    "REFRESH_TOKEN_AUTH",
    "REFRESH_TOKEN",
    "CUSTOM_AUTH",
    "ADMIN_NO_SRP_AUTH",
    "USER_PASSWORD_AUTH",
    "ADMIN_USER_PASSWORD_AUTH",
    "USER_AUTH",
];
const CHALLENGE_VALUES: [&str; 14] = [
    "SMS_MFA",
    "EMAIL_OTP",
    "SOFTWARE_TOKEN_MFA",
    "SELECT_MFA_TYPE",
    "MFA_SETUP",
    "PASSWORD_VERIFIER",
    "CUSTOM_CHALLENGE",
    "SELECT_CHALLENGE",
    "DEVICE_SRP_AUTH",
    "DEVICE_PASSWORD_VERIFIER",
    "ADMIN_NO_SRP_AUTH",
    "NEW_PASSWORD_REQUIRED",
    "SMS_OTP",
    "PASSWORD",
];
/// The scope of access tokens from the user-pool API sign-in.
const ADMIN_SCOPE: &str = "aws.cognito.signin.user.admin";
/// How far a PASSWORD_VERIFIER TIMESTAMP may be from the emulator clock.
const TIMESTAMP_SKEW_SECONDS: f64 = 300.0;
/// Live refresh tokens kept per user; signing in more often evicts the oldest.
const MAX_REFRESH_TOKENS_PER_USER: usize = 100;
/// Failed password attempts before the temporary lockout starts.
const LOCKOUT_AFTER: u32 = 5;

fn missing_param(name: &str) -> ApiError {
    ApiError::invalid(format!("Missing required parameter {name}"))
}

/// A required AuthParameters / ChallengeResponses entry.
fn required_param<'a>(params: &'a [(String, String)], name: &str) -> Result<&'a str, ApiError> {
    lookup(params, name).ok_or_else(|| missing_param(name))
}

/// JWTs ready to be signed once the lock is released.
pub struct Issue {
    access_key: SigningKey,
    id_key: SigningKey,
    access: Value,
    id: Option<Value>,
    refresh: Option<String>,
    expires_in: i64,
}

impl Issue {
    fn sign(self) -> Result<Value, ApiError> {
        let mut out = json!({
            "AccessToken": self.access_key.sign(&self.access).map_err(ApiError::internal)?,
            "ExpiresIn": self.expires_in,
            "TokenType": "Bearer",
        });
        if let Some(id) = &self.id {
            out["IdToken"] = json!(self.id_key.sign(id).map_err(ApiError::internal)?);
        }
        if let Some(r) = self.refresh {
            out["RefreshToken"] = json!(r);
        }
        Ok(out)
    }

    /// The `/oauth2/token` shape.
    pub fn sign_oauth(self) -> Result<Value, ApiError> {
        let v = self.sign()?;
        let mut out = json!({
            "access_token": v["AccessToken"],
            "expires_in": v["ExpiresIn"],
            "token_type": "Bearer",
        });
        if !v["IdToken"].is_null() {
            out["id_token"] = v["IdToken"].clone();
        }
        if !v["RefreshToken"].is_null() {
            out["refresh_token"] = v["RefreshToken"].clone();
        }
        Ok(out)
    }
}

/// What a sign-in step leads to.
enum Next {
    Tokens(Issue),
    Challenge {
        name: &'static str,
        params: Value,
        session: Session,
    },
}

impl Pool {
    /// Revokes every refresh token of `username` and the access/id tokens that came with them.
    pub fn revoke_user_tokens(&mut self, username: &str) {
        let Some(user) = self.users.get(username) else {
            return;
        };
        for token in &user.refresh_tokens {
            if let Some(r) = self.refresh_tokens.get_mut(token) {
                r.revoked = true;
                self.revoked_origins.insert(r.origin_jti.clone(), r.expires);
            }
        }
    }

    /// Forgets expired refresh tokens and revocations (the caller rate-limits this: it walks
    /// every token).
    pub fn prune_expired(&mut self, now: f64) {
        // Both kept a day past the refresh token's expiry: access tokens (valid up to a day) may
        // outlive it, and a late refresh should still hear "Refresh Token has expired".
        self.revoked_origins
            .retain(|_, until| *until + 86_400.0 > now);
        self.refresh_tokens
            .retain(|_, r| r.expires + 86_400.0 > now);
        let live = &self.refresh_tokens;
        for user in self.users.values_mut() {
            user.refresh_tokens.retain(|t| live.contains_key(t));
        }
    }
}

fn id_claims_attributes(user: &User, claims: &mut Map<String, Value>) {
    for (k, v) in &user.attributes {
        let value = if k.ends_with("_verified") {
            json!(v == "true")
        } else {
            json!(v)
        };
        claims.insert(k.clone(), value);
    }
}

/// Builds the JWT claims (and a refresh token, stored now) for a user sign-in.
fn user_tokens(
    pool: &mut Pool,
    client: &Client,
    username: &str,
    base_url: &str,
    now: f64,
    refresh: Option<(String, i64)>,
) -> Result<Issue, ApiError> {
    let user = pool.stored_user(username)?;
    let iat = now as i64;
    let (origin_jti, auth_time, new_refresh) = match refresh {
        Some((origin, auth_time)) => (origin, auth_time, false),
        None => (uuid::Uuid::new_v4().to_string(), iat, true),
    };
    let event_id = uuid::Uuid::new_v4().to_string();
    let iss = pool.issuer(base_url);
    let groups: Vec<&String> = user.groups.iter().collect();
    let mut access = Map::new();
    access.insert("sub".into(), json!(user.sub));
    if !groups.is_empty() {
        access.insert("cognito:groups".into(), json!(groups));
    }
    access.insert("iss".into(), json!(iss));
    access.insert("client_id".into(), json!(client.id));
    access.insert("origin_jti".into(), json!(origin_jti));
    access.insert("event_id".into(), json!(event_id));
    access.insert("token_use".into(), json!("access"));
    access.insert("scope".into(), json!(ADMIN_SCOPE));
    access.insert("auth_time".into(), json!(auth_time));
    access.insert("exp".into(), json!(iat + client.access_seconds()));
    access.insert("iat".into(), json!(iat));
    access.insert("jti".into(), json!(uuid::Uuid::new_v4().to_string()));
    access.insert("username".into(), json!(user.username));
    let mut id = Map::new();
    id.insert("sub".into(), json!(user.sub));
    if !groups.is_empty() {
        id.insert("cognito:groups".into(), json!(groups));
    }
    id.insert("iss".into(), json!(iss));
    id.insert("cognito:username".into(), json!(user.username));
    id.insert("origin_jti".into(), json!(origin_jti));
    id.insert("aud".into(), json!(client.id));
    id.insert("event_id".into(), json!(event_id));
    id.insert("token_use".into(), json!("id"));
    id.insert("auth_time".into(), json!(auth_time));
    id.insert("exp".into(), json!(iat + client.id_seconds()));
    id.insert("iat".into(), json!(iat));
    id.insert("jti".into(), json!(uuid::Uuid::new_v4().to_string()));
    id_claims_attributes(user, &mut id);
    let refresh_token = if new_refresh {
        let token = format!(
            "{}.{}",
            uuid::Uuid::new_v4().simple(),
            util::random_b64(96).replace(['+', '/', '='], "")
        );
        pool.refresh_tokens.insert(
            token.clone(),
            RefreshRecord {
                client_id: client.id.clone(),
                username: username.to_string(),
                origin_jti,
                auth_time,
                issued: now,
                expires: now + client.refresh_seconds() as f64,
                revoked: false,
            },
        );
        if let Some(user) = pool.users.get_mut(username) {
            user.refresh_tokens.push_back(token.clone());
            while user.refresh_tokens.len() > MAX_REFRESH_TOKENS_PER_USER {
                if let Some(oldest) = user.refresh_tokens.pop_front() {
                    pool.refresh_tokens.remove(&oldest);
                }
            }
        }
        Some(token)
    } else {
        None
    };
    Ok(Issue {
        access_key: pool.access_key.clone(),
        id_key: pool.id_key.clone(),
        access: Value::Object(access),
        id: Some(Value::Object(id)),
        refresh: refresh_token,
        expires_in: client.access_seconds(),
    })
}

/// client_credentials access token (no user, no id or refresh token).
pub fn client_credentials_tokens(
    pool: &Pool,
    client: &Client,
    scopes: &[String],
    base_url: &str,
    now: f64,
) -> Issue {
    let iat = now as i64;
    let access = json!({
        "sub": client.id,
        "token_use": "access",
        "scope": scopes.join(" "),
        "auth_time": iat,
        "iss": pool.issuer(base_url),
        "exp": iat + client.access_seconds(),
        "iat": iat,
        "version": 2,
        "jti": uuid::Uuid::new_v4().to_string(),
        "client_id": client.id,
    });
    Issue {
        access_key: pool.access_key.clone(),
        id_key: pool.id_key.clone(),
        access,
        id: None,
        refresh: None,
        expires_in: client.access_seconds(),
    }
}

fn session_for(
    pool: &Pool,
    client: &Client,
    username: &str,
    pending: Pending,
    now: f64,
    admin: bool,
) -> Session {
    Session {
        pool_id: pool.id.clone(),
        client_id: client.id.clone(),
        username: username.to_string(),
        pending,
        expires: now + (client.auth_session_validity * 60) as f64,
        admin,
    }
}

/// After the password (or SRP proof) was accepted: a required new password, MFA, or tokens.
fn next_step(
    pool: &mut Pool,
    client: &Client,
    username: &str,
    base_url: &str,
    now: f64,
    admin: bool,
    skip_new_password: bool,
) -> Result<Next, ApiError> {
    // Borrows only `users`: the pool's MFA settings are read while `user` is held.
    let user = pool
        .users
        .get_mut(username)
        .ok_or_else(ApiError::user_not_found)?;
    user.failed_attempts = 0;
    user.locked_until = 0.0;
    if user.status == "FORCE_CHANGE_PASSWORD" && !skip_new_password {
        let attrs: Map<String, Value> = user
            .attributes
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        let params = json!({
            "USER_ID_FOR_SRP": user.username,
            "requiredAttributes": "[]",
            "userAttributes": Value::Object(attrs).to_string(),
        });
        let session = session_for(
            pool,
            client,
            username,
            Pending::NewPasswordRequired,
            now,
            admin,
        );
        return Ok(Next::Challenge {
            name: "NEW_PASSWORD_REQUIRED",
            params,
            session,
        });
    }
    let has_totp = user.totp_secret.is_some() && user.totp_enabled;
    if has_totp && pool.mfa_configuration != "OFF" {
        let params = json!({ "USER_ID_FOR_SRP": user.username });
        let session = session_for(
            pool,
            client,
            username,
            Pending::SoftwareTokenMfa,
            now,
            admin,
        );
        return Ok(Next::Challenge {
            name: "SOFTWARE_TOKEN_MFA",
            params,
            session,
        });
    }
    if pool.mfa_configuration == "ON" && !has_totp {
        let params = json!({ "MFAS_CAN_SETUP": "[\"SOFTWARE_TOKEN_MFA\"]", "USER_ID_FOR_SRP": user.username });
        let session = session_for(
            pool,
            client,
            username,
            Pending::MfaSetup { verified: false },
            now,
            admin,
        );
        return Ok(Next::Challenge {
            name: "MFA_SETUP",
            params,
            session,
        });
    }
    Ok(Next::Tokens(user_tokens(
        pool, client, username, base_url, now, None,
    )?))
}

fn finish(ctx: &Ctx, next: Next) -> Result<Value, ApiError> {
    match next {
        Next::Tokens(issue) => {
            Ok(json!({ "ChallengeParameters": {}, "AuthenticationResult": issue.sign()? }))
        }
        Next::Challenge {
            name,
            params,
            session,
        } => {
            let id = new_session_id();
            ctx.store.sweep_sessions();
            ctx.store.sessions().insert(id.clone(), session);
            Ok(json!({ "ChallengeName": name, "Session": id, "ChallengeParameters": params }))
        }
    }
}

fn new_session_id() -> String {
    util::random_b64(192).replace(['+', '/'], "-")
}

/// Checks run before a password is compared: disabled, locked out, reset required.
fn pre_checks(user: &User, now: f64) -> Result<(), ApiError> {
    if !user.enabled {
        return Err(ApiError::not_authorized("User is disabled."));
    }
    if user.locked_until > now {
        return Err(ApiError::not_authorized("Password attempts exceeded"));
    }
    if user.status == "RESET_REQUIRED" {
        return Err(ApiError::new(
            "PasswordResetRequiredException",
            "Password reset required for the user",
        ));
    }
    // Cognito says so even when the password is wrong, so the app can offer confirmation.
    if user.status == "UNCONFIRMED" {
        return Err(unconfirmed());
    }
    Ok(())
}

fn unconfirmed() -> ApiError {
    ApiError::new("UserNotConfirmedException", "User is not confirmed.")
}

fn record_failure(pool: &mut Pool, username: &str, now: f64) -> ApiError {
    if let Some(user) = pool.users.get_mut(username) {
        user.failed_attempts += 1;
        if user.failed_attempts >= LOCKOUT_AFTER {
            let exp = (user.failed_attempts - LOCKOUT_AFTER).min(10);
            user.locked_until = now + f64::from(2u32.pow(exp)).min(900.0);
        }
    }
    ApiError::incorrect_credentials()
}

fn unknown_user(client: &Client) -> ApiError {
    if client.prevent_user_existence_errors == "ENABLED" {
        ApiError::incorrect_credentials()
    } else {
        ApiError::user_not_found()
    }
}

/// Finds the pool and client for a request, checking the pool id on admin calls.
fn pool_and_client<'s>(
    state: &'s State,
    pool_id: Option<&str>,
    client_id: &str,
) -> Result<(&'s Pool, &'s Client), ApiError> {
    let pool = match pool_id {
        Some(id) => state.pool(id)?,
        None => state.pool_of_client(client_id)?,
    };
    Ok((pool, pool.client(client_id)?))
}

fn pool_and_client_mut<'s>(
    state: &'s mut State,
    pool_id: Option<&str>,
    client_id: &str,
) -> Result<(&'s mut Pool, Client), ApiError> {
    let pool = match pool_id {
        Some(id) => state.pool_mut(id)?,
        None => state.pool_of_client_mut(client_id)?,
    };
    let client = pool.client(client_id)?.clone();
    Ok((pool, client))
}

/// The pool and client named by a sign-in call: the admin variants name the pool, the public
/// ones find it through the client.
fn pool_and_client_ids<'a>(
    p: &Params<'a>,
    admin: bool,
) -> Result<(Option<&'a str>, &'a str), ApiError> {
    let pool_id = if admin {
        Some(p.req_str("UserPoolId")?)
    } else {
        None
    };
    Ok((pool_id, p.req_str("ClientId")?))
}

pub fn initiate_auth(ctx: &Ctx, body: &Map<String, Value>, admin: bool) -> Result<Value, ApiError> {
    let p = Params(body);
    let (pool_id, client_id) = pool_and_client_ids(&p, admin)?;
    let flow = p.req_str("AuthFlow")?;
    enum_check(flow, "AuthFlow", &AUTH_FLOW_VALUES)?;
    let params = p.str_map("AuthParameters")?;
    let client = ctx
        .store
        .read(|s| Ok(pool_and_client(s, pool_id, client_id)?.1.clone()))?;
    let admin_only = matches!(flow, "ADMIN_USER_PASSWORD_AUTH" | "ADMIN_NO_SRP_AUTH");
    if admin_only != admin && (admin_only || flow == "USER_PASSWORD_AUTH") {
        return Err(ApiError::invalid("Initiate Auth method not supported."));
    }
    if !client.allows(flow) {
        return Err(ApiError::invalid(if flow == "USER_PASSWORD_AUTH" {
            "USER_PASSWORD_AUTH flow not enabled for this client"
        } else {
            "Auth flow not enabled for this client"
        }));
    }
    match flow {
        "USER_PASSWORD_AUTH" | "ADMIN_USER_PASSWORD_AUTH" | "ADMIN_NO_SRP_AUTH" => {
            password_auth(ctx, pool_id, &client, &params, admin)
        }
        "USER_SRP_AUTH" => srp_auth(ctx, pool_id, &client, &params, admin),
        "REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN" => refresh_auth(ctx, pool_id, &client, &params),
        "CUSTOM_AUTH" => Err(ApiError::invalid(
            "Custom auth lambda trigger is not configured for the user pool.",
        )),
        _ => Err(ApiError::invalid(format!(
            "{flow} is not supported by the cogman emulator."
        ))),
    }
}

fn password_auth(
    ctx: &Ctx,
    pool_id: Option<&str>,
    client: &Client,
    params: &[(String, String)],
    admin: bool,
) -> Result<Value, ApiError> {
    let typed = required_param(params, "USERNAME")?;
    let password = required_param(params, "PASSWORD")?;
    util::check_secret_hash(client, typed, lookup(params, "SECRET_HASH"))?;
    let now = ctx.store.now();
    let next = ctx.store.write(|s| {
        let (pool, client) = pool_and_client_mut(s, pool_id, &client.id)?;
        let Some(username) = pool.resolve_username(typed) else {
            return Err(unknown_user(&client));
        };
        let user = pool.stored_user(&username)?;
        pre_checks(user, now)?;
        let ok = user
            .password
            .as_ref()
            .is_some_and(|r| util::password_matches(r, password));
        if !ok {
            return Err(record_failure(pool, &username, now));
        }
        next_step(pool, &client, &username, ctx.base_url, now, admin, false)
    })?;
    finish(ctx, next)
}

fn srp_auth(
    ctx: &Ctx,
    pool_id: Option<&str>,
    client: &Client,
    params: &[(String, String)],
    admin: bool,
) -> Result<Value, ApiError> {
    let typed = required_param(params, "USERNAME")?;
    let a_hex = required_param(params, "SRP_A")?;
    util::check_secret_hash(client, typed, lookup(params, "SECRET_HASH"))?;
    let a_pub = srp::parse_hex(a_hex, "SRP_A")
        .map_err(|_| ApiError::invalid("SRP_A is not a valid hex number."))?;
    let now = ctx.store.now();
    let (pool, found) = ctx.store.read(|s| {
        let (pool, client) = pool_and_client(s, pool_id, &client.id)?;
        let found = match pool
            .resolve_username(typed)
            .and_then(|u| pool.users.get(&u))
        {
            Some(u) if u.status == "UNCONFIRMED" => return Err(unconfirmed()),
            Some(u) => u
                .password
                .as_ref()
                .map(|r| (u.username.clone(), r.salt.clone(), r.verifier.clone())),
            None if client.prevent_user_existence_errors == "ENABLED" => None,
            None => return Err(ApiError::user_not_found()),
        };
        Ok((pool.id.clone(), found))
    })?;
    // An unknown user (with PreventUserExistenceErrors) or one without a password gets a decoy
    // challenge that can never be answered, so the reply does not reveal whether it exists.
    let (username, salt_hex, verifier, real) = match found {
        Some((u, salt, v)) => (
            u,
            salt,
            srp::parse_hex(&v, "verifier").unwrap_or_default(),
            true,
        ),
        None => {
            let salt = srp::random_salt_hex();
            let v = srp::verifier(
                &srp::parse_hex(&salt, "SALT").unwrap_or_default(),
                "x",
                typed,
                &util::random_b64(16),
            );
            (typed.to_string(), salt, v, false)
        }
    };
    let server = SrpServer::new(&verifier);
    let key = server
        .session_key(&a_pub, &verifier)
        .map_err(|_| ApiError::invalid("SRP_A is not valid: A mod N must not be zero."))?;
    let secret_block = {
        let mut b = vec![0u8; 64];
        rand::RngCore::fill_bytes(&mut rand::thread_rng(), &mut b);
        b
    };
    let secret_block_b64 = STANDARD.encode(&secret_block);
    let session = Session {
        pool_id: pool,
        client_id: client.id.clone(),
        username: username.clone(),
        pending: Pending::Srp {
            key: real.then_some(key),
            secret_block,
        },
        expires: now + (client.auth_session_validity * 60) as f64,
        admin,
    };
    let b_hex = server.b_pub_hex();
    ctx.store.sweep_sessions();
    ctx.store
        .sessions()
        .insert(secret_block_b64.clone(), session);
    Ok(json!({
        "ChallengeName": "PASSWORD_VERIFIER",
        "ChallengeParameters": {
            "SALT": salt_hex,
            "SECRET_BLOCK": secret_block_b64,
            "SRP_B": b_hex,
            "USERNAME": username,
            "USER_ID_FOR_SRP": username,
        },
    }))
}

fn refresh_auth(
    ctx: &Ctx,
    pool_id: Option<&str>,
    client: &Client,
    params: &[(String, String)],
) -> Result<Value, ApiError> {
    let token = required_param(params, "REFRESH_TOKEN")?;
    let now = ctx.store.now();
    let issue = ctx.store.write(|s| {
        let (pool, client) = pool_and_client_mut(s, pool_id, &client.id)?;
        let Some(record) = pool.refresh_tokens.get(token).cloned() else {
            return Err(ApiError::not_authorized("Invalid Refresh Token."));
        };
        if record.client_id != client.id {
            return Err(ApiError::not_authorized("Invalid Refresh Token."));
        }
        util::check_secret_hash(&client, &record.username, lookup(params, "SECRET_HASH"))?;
        if record.revoked {
            return Err(ApiError::not_authorized("Refresh Token has been revoked"));
        }
        if record.expires <= now {
            return Err(ApiError::not_authorized("Refresh Token has expired"));
        }
        let user = pool
            .users
            .get(&record.username)
            .ok_or_else(|| ApiError::not_authorized("Invalid Refresh Token."))?;
        if !user.enabled {
            return Err(ApiError::not_authorized("User is disabled."));
        }
        user_tokens(
            pool,
            &client,
            &record.username,
            ctx.base_url,
            now,
            Some((record.origin_jti, record.auth_time)),
        )
    })?;
    Ok(json!({ "ChallengeParameters": {}, "AuthenticationResult": issue.sign()? }))
}

/// GetTokensFromRefreshToken: the refresh flow with the client secret itself instead of a
/// SECRET_HASH.
pub fn get_tokens_from_refresh_token(
    ctx: &Ctx,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let p = Params(body);
    let token = p.req_str("RefreshToken")?;
    let client_id = p.req_str("ClientId")?;
    let given_secret = p.opt_str("ClientSecret")?;
    let client = ctx
        .store
        .read(|s| Ok(s.pool_of_client(client_id)?.client(client_id)?.clone()))?;
    if let Some(secret) = &client.secret {
        match given_secret {
            None => {
                return Err(ApiError::not_authorized(format!(
                    "Client {client_id} is configured for secret but secret was not received"
                )));
            }
            Some(g)
                if !bool::from(subtle::ConstantTimeEq::ct_eq(
                    g.as_bytes(),
                    secret.as_bytes(),
                )) =>
            {
                return Err(ApiError::not_authorized(format!(
                    "Unable to verify secret for client {client_id}"
                )));
            }
            Some(_) => {}
        }
    }
    if !client.allows("REFRESH_TOKEN_AUTH") {
        return Err(ApiError::invalid("Auth flow not enabled for this client"));
    }
    let now = ctx.store.now();
    let issue = ctx.store.write(|s| {
        let pool = s.pool_of_client_mut(client_id)?;
        let Some(record) = pool
            .refresh_tokens
            .get(token)
            .cloned()
            .filter(|r| r.client_id == client.id)
        else {
            return Err(ApiError::not_authorized("Invalid Refresh Token."));
        };
        if record.revoked {
            return Err(ApiError::not_authorized("Refresh Token has been revoked"));
        }
        if record.expires <= now {
            return Err(ApiError::not_authorized("Refresh Token has expired"));
        }
        match pool.users.get(&record.username) {
            Some(u) if u.enabled => {}
            Some(_) => return Err(ApiError::not_authorized("User is disabled.")),
            None => return Err(ApiError::not_authorized("Invalid Refresh Token.")),
        }
        user_tokens(
            pool,
            &client,
            &record.username,
            ctx.base_url,
            now,
            Some((record.origin_jti, record.auth_time)),
        )
    })?;
    Ok(json!({ "AuthenticationResult": issue.sign()? }))
}

/// The refresh_token grant of `/oauth2/token`.
pub fn refresh_for_oauth(ctx: &Ctx, client_id: &str, token: &str) -> Result<Issue, ApiError> {
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let pool = s.pool_of_client_mut(client_id)?;
        let client = pool.client(client_id)?.clone();
        let record = pool
            .refresh_tokens
            .get(token)
            .filter(|r| r.client_id == client.id && r.expires > now && !r.revoked)
            .cloned()
            .ok_or_else(|| ApiError::not_authorized("invalid_grant"))?;
        match pool.users.get(&record.username) {
            Some(u) if u.enabled => {}
            _ => return Err(ApiError::not_authorized("invalid_grant")),
        }
        user_tokens(
            pool,
            &client,
            &record.username,
            ctx.base_url,
            now,
            Some((record.origin_jti, record.auth_time)),
        )
    })
}

fn take_session(ctx: &Ctx, key: &str, client_id: &str, admin: bool) -> Result<Session, ApiError> {
    let now = ctx.store.now();
    let session = ctx
        .store
        .sessions()
        .remove(key)
        .ok_or_else(ApiError::session_expired)?;
    if session.expires <= now || session.client_id != client_id || session.admin != admin {
        return Err(ApiError::session_expired());
    }
    Ok(session)
}

pub fn respond_to_auth_challenge(
    ctx: &Ctx,
    body: &Map<String, Value>,
    admin: bool,
) -> Result<Value, ApiError> {
    let p = Params(body);
    let (pool_id, client_id) = pool_and_client_ids(&p, admin)?;
    let challenge = p.req_str("ChallengeName")?;
    enum_check(challenge, "ChallengeName", &CHALLENGE_VALUES)?;
    let responses = p.str_map("ChallengeResponses")?;
    let session_id = p.opt_str("Session")?;
    let client = ctx
        .store
        .read(|s| Ok(pool_and_client(s, pool_id, client_id)?.1.clone()))?;
    let typed = required_param(&responses, "USERNAME")?;
    let now = ctx.store.now();
    let next = match challenge {
        "PASSWORD_VERIFIER" => {
            let block_b64 = required_param(&responses, "PASSWORD_CLAIM_SECRET_BLOCK")?;
            let signature = required_param(&responses, "PASSWORD_CLAIM_SIGNATURE")?;
            let timestamp = required_param(&responses, "TIMESTAMP")?;
            util::check_secret_hash(&client, typed, lookup(&responses, "SECRET_HASH"))?;
            let session = take_session(ctx, block_b64, client_id, admin)?;
            let Pending::Srp { key, secret_block } = session.pending else {
                return Err(ApiError::session_expired());
            };
            let (ts, canonical) = parse_timestamp(timestamp)?;
            if (ts - now).abs() > TIMESTAMP_SKEW_SECONDS {
                return Err(ApiError::not_authorized("Incorrect username or password."));
            }
            ctx.store.write(|s| {
                let (pool, client) = pool_and_client_mut(s, pool_id, client_id)?;
                if pool.id != session.pool_id {
                    return Err(ApiError::session_expired());
                }
                let Some(user) = pool.users.get(&session.username) else {
                    return Err(ApiError::incorrect_credentials());
                };
                if pool.resolve_username(typed).as_deref() != Some(user.username.as_str()) {
                    return Err(ApiError::incorrect_credentials());
                }
                pre_checks(user, now)?;
                let pool_name = srp::pool_name(&pool.id).unwrap_or(&pool.id).to_string();
                let ok = key.is_some_and(|k| {
                    srp::verify_signature(
                        &k,
                        &pool_name,
                        &session.username,
                        &secret_block,
                        &canonical,
                        signature,
                    )
                });
                if !ok {
                    return Err(record_failure(pool, &session.username, now));
                }
                next_step(
                    pool,
                    &client,
                    &session.username,
                    ctx.base_url,
                    now,
                    admin,
                    false,
                )
            })?
        }
        "NEW_PASSWORD_REQUIRED" | "SOFTWARE_TOKEN_MFA" | "MFA_SETUP" => {
            let session_id = session_id.ok_or_else(|| missing_param("Session"))?;
            util::check_secret_hash(&client, typed, lookup(&responses, "SECRET_HASH"))?;
            let session = take_session(ctx, session_id, client_id, admin)?;
            let kind_ok = matches!(
                (&session.pending, challenge),
                (Pending::NewPasswordRequired, "NEW_PASSWORD_REQUIRED")
                    | (Pending::SoftwareTokenMfa, "SOFTWARE_TOKEN_MFA")
                    | (Pending::MfaSetup { .. }, "MFA_SETUP")
            );
            if !kind_ok {
                return Err(ApiError::session_expired());
            }
            let record = if challenge == "NEW_PASSWORD_REQUIRED" {
                let new_password = required_param(&responses, "NEW_PASSWORD")?;
                let policy = ctx
                    .store
                    .read(|s| Ok(s.pool(&session.pool_id)?.policy.clone()))?;
                util::check_password(&policy, new_password)?;
                Some(util::password_record(
                    &session.pool_id,
                    &session.username,
                    new_password,
                ))
            } else {
                None
            };
            ctx.store.write(|s| {
                let (pool, client) = pool_and_client_mut(s, pool_id, client_id)?;
                if pool.id != session.pool_id
                    || pool.resolve_username(typed).as_deref() != Some(session.username.as_str())
                {
                    return Err(ApiError::session_expired());
                }
                let user = pool.stored_user_mut(&session.username)?;
                match challenge {
                    "NEW_PASSWORD_REQUIRED" => {
                        for (k, v) in &responses {
                            if let Some(name) = k.strip_prefix("userAttributes.") {
                                if name == "sub" {
                                    return Err(ApiError::invalid(
                                        "Cannot modify an already provided sub.",
                                    ));
                                }
                                user.attributes.insert(name.to_string(), v.clone());
                            }
                        }
                        user.password = record;
                        user.status = "CONFIRMED".into();
                        user.modified = now;
                        next_step(
                            pool,
                            &client,
                            &session.username,
                            ctx.base_url,
                            now,
                            admin,
                            true,
                        )
                    }
                    "SOFTWARE_TOKEN_MFA" => {
                        let code = required_param(&responses, "SOFTWARE_TOKEN_MFA_CODE")?;
                        let ok = user
                            .totp_secret
                            .as_deref()
                            .is_some_and(|sec| util::totp_matches(sec, code, now));
                        if !ok {
                            return Err(ApiError::new(
                                "CodeMismatchException",
                                "Invalid code received for user",
                            ));
                        }
                        Ok(Next::Tokens(user_tokens(
                            pool,
                            &client,
                            &session.username,
                            ctx.base_url,
                            now,
                            None,
                        )?))
                    }
                    _ => {
                        if !matches!(session.pending, Pending::MfaSetup { verified: true }) {
                            return Err(ApiError::invalid(
                                "Software token MFA has not been verified for this session.",
                            ));
                        }
                        Ok(Next::Tokens(user_tokens(
                            pool,
                            &client,
                            &session.username,
                            ctx.base_url,
                            now,
                            None,
                        )?))
                    }
                }
            })?
        }
        other => {
            return Err(ApiError::invalid(format!(
                "Challenge {other} is not supported by the cogman emulator."
            )));
        }
    };
    finish(ctx, next)
}

/// Parses `Tue Feb 3 04:05:06 UTC 2026` into (epoch seconds, canonical text). Like Cognito,
/// the signature is checked over the canonical form, so a zero-padded day or a wrong weekday
/// fails as a wrong password rather than as a format error.
fn parse_timestamp(ts: &str) -> Result<(f64, String), ApiError> {
    let bad =
        || ApiError::invalid("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
    let mut parts = ts.split_whitespace();
    let weekday = parts.next().ok_or_else(bad)?;
    if !["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].contains(&weekday) {
        return Err(bad());
    }
    let rest = parts.collect::<Vec<_>>().join(" ");
    let t = chrono::NaiveDateTime::parse_from_str(&rest, "%b %e %H:%M:%S UTC %Y")
        .map_err(|_| bad())?
        .and_utc();
    Ok((t.timestamp() as f64, srp::format_timestamp(t)))
}

// ---------- access-token operations ----------

/// A verified access token: (pool id, internal username, claims).
pub fn verify_access_token(
    ctx: &Ctx,
    state: &State,
    token: &str,
) -> Result<(String, String, Value), ApiError> {
    verify_access_token_for(ctx, state, token, &[ADMIN_SCOPE])
}

/// [`verify_access_token`] accepting any of `scopes` (`/oauth2/userInfo` also takes `openid`).
pub fn verify_access_token_for(
    ctx: &Ctx,
    state: &State,
    token: &str,
    scopes: &[&str],
) -> Result<(String, String, Value), ApiError> {
    let invalid = || ApiError::not_authorized("Invalid Access Token");
    let claims = keys::unverified_claims(token).ok_or_else(invalid)?;
    let pool_id = claims["iss"]
        .as_str()
        .and_then(|iss| iss.rsplit('/').next())
        .ok_or_else(invalid)?;
    let pool = state.pools.get(pool_id).ok_or_else(invalid)?;
    if keys::token_kid(token).as_deref() != Some(pool.access_key.kid.as_str()) {
        return Err(invalid());
    }
    let claims = pool.access_key.verify(token).ok_or_else(invalid)?;
    if claims["token_use"] != "access" {
        return Err(invalid());
    }
    if claims["exp"]
        .as_f64()
        .is_none_or(|exp| exp <= ctx.store.now())
    {
        return Err(ApiError::not_authorized("Access Token has expired"));
    }
    if claims["origin_jti"]
        .as_str()
        .is_some_and(|o| pool.revoked_origins.contains_key(o))
    {
        return Err(ApiError::not_authorized("Access Token has been revoked"));
    }
    let granted = claims["scope"].as_str().unwrap_or("");
    if !granted.split(' ').any(|g| scopes.contains(&g)) {
        return Err(ApiError::not_authorized(
            "Access Token does not have required scopes",
        ));
    }
    let username = claims["username"].as_str().ok_or_else(invalid)?.to_string();
    let user = pool
        .users
        .get(&username)
        .ok_or_else(|| ApiError::not_authorized("User does not exist."))?;
    if !user.enabled {
        return Err(ApiError::not_authorized("User is disabled."));
    }
    Ok((pool.id.clone(), username, claims))
}

fn access_token<'a>(p: &Params<'a>) -> Result<&'a str, ApiError> {
    p.req_str("AccessToken")
}

pub fn get_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let token = access_token(&Params(body))?;
    ctx.store.read(|s| {
        let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
        let user = s.pool(&pool_id)?.stored_user(&username)?;
        let mut v = crate::admin::user_json(user, "UserAttributes");
        if let Some(obj) = v.as_object_mut() {
            obj.remove("Enabled");
            obj.remove("UserStatus");
            obj.remove("UserCreateDate");
            obj.remove("UserLastModifiedDate");
        }
        Ok(v)
    })
}

pub fn global_sign_out(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let token = access_token(&Params(body))?;
    ctx.store.write(|s| {
        let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
        s.pool_mut(&pool_id)?.revoke_user_tokens(&username);
        Ok(json!({}))
    })
}

pub fn change_password(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let token = access_token(&p)?;
    let previous = p.req_str("PreviousPassword")?;
    let proposed = p.req_str("ProposedPassword")?;
    let (pool_id, username, policy) = ctx.store.read(|s| {
        let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
        let policy = s.pool(&pool_id)?.policy.clone();
        Ok((pool_id, username, policy))
    })?;
    util::check_password(&policy, proposed)?;
    let record = util::password_record(&pool_id, &username, proposed);
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let pool = s.pool_mut(&pool_id)?;
        let user = pool.stored_user(&username)?;
        if !user
            .password
            .as_ref()
            .is_some_and(|r| util::password_matches(r, previous))
        {
            return Err(record_failure(pool, &username, now));
        }
        let user = pool.stored_user_mut(&username)?;
        user.password = Some(record);
        user.modified = now;
        Ok(json!({}))
    })
}

pub fn revoke_token(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let token = p.req_str("Token")?;
    let client_id = p.req_str("ClientId")?;
    let secret = p.opt_str("ClientSecret")?;
    ctx.store.write(|s| {
        // RevokeToken's modelled errors have no NotAuthorized/ResourceNotFound: client problems
        // are UnauthorizedException.
        let pool = s.pool_of_client_mut(client_id).map_err(|_| {
            ApiError::new(
                "UnauthorizedException",
                format!("Client {client_id} does not exist."),
            )
        })?;
        let client = pool.client(client_id)?;
        if let Some(expected) = &client.secret {
            let ok = secret.is_some_and(|g| {
                bool::from(subtle::ConstantTimeEq::ct_eq(
                    g.as_bytes(),
                    expected.as_bytes(),
                ))
            });
            if !ok {
                return Err(ApiError::new(
                    "UnauthorizedException",
                    format!("Client secret does not match for client {client_id}."),
                ));
            }
        }
        if !client.enable_token_revocation {
            return Err(ApiError::new(
                "UnsupportedOperationException",
                "Token revocation is not enabled for this client.",
            ));
        }
        if token.matches('.').count() == 2 && token.starts_with("eyJ") {
            return Err(ApiError::new(
                "UnsupportedTokenTypeException",
                "Only refresh tokens can be revoked.",
            ));
        }
        match pool.refresh_tokens.get(token) {
            Some(r) if r.client_id == client_id => {
                let (origin, until) = (r.origin_jti.clone(), r.expires);
                if let Some(r) = pool.refresh_tokens.get_mut(token) {
                    r.revoked = true;
                }
                pool.revoked_origins.insert(origin, until);
                Ok(json!({}))
            }
            Some(_) => Err(ApiError::new(
                "UnauthorizedException",
                "The refresh token was not issued to this client.",
            )),
            None => Ok(json!({})),
        }
    })
}

// ---------- TOTP ----------

/// AssociateSoftwareToken / VerifySoftwareToken may be called with an access token or, during
/// the MFA_SETUP challenge, with the sign-in session.
enum Who {
    Token { pool_id: String, username: String },
    Session(Session),
}

fn who(ctx: &Ctx, p: &Params) -> Result<Who, ApiError> {
    if let Some(token) = p.opt_str("AccessToken")? {
        return ctx.store.read(|s| {
            let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
            Ok(Who::Token { pool_id, username })
        });
    }
    let Some(session_id) = p.opt_str("Session")? else {
        return Err(ApiError::invalid(
            "Either AccessToken or Session must be provided.",
        ));
    };
    let session = ctx
        .store
        .sessions()
        .remove(session_id)
        .ok_or_else(ApiError::session_expired)?;
    if session.expires <= ctx.store.now() || !matches!(session.pending, Pending::MfaSetup { .. }) {
        return Err(ApiError::session_expired());
    }
    Ok(Who::Session(session))
}

pub fn associate_software_token(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let who = who(ctx, &p)?;
    let secret = util::new_totp_secret();
    let (pool_id, username) = match &who {
        Who::Token { pool_id, username } => (pool_id.clone(), username.clone()),
        Who::Session(s) => (s.pool_id.clone(), s.username.clone()),
    };
    ctx.store.write(|s| {
        let user = s.pool_mut(&pool_id)?.stored_user_mut(&username)?;
        user.pending_totp = Some(secret.clone());
        Ok(())
    })?;
    let mut out = json!({ "SecretCode": secret });
    if let Who::Session(mut session) = who {
        session.pending = Pending::MfaSetup { verified: false };
        let id = new_session_id();
        ctx.store.sessions().insert(id.clone(), session);
        out["Session"] = json!(id);
    }
    Ok(out)
}

pub fn verify_software_token(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let code = p.req_str("UserCode")?;
    let who = who(ctx, &p)?;
    let (pool_id, username, in_setup) = match &who {
        Who::Token { pool_id, username } => (pool_id.clone(), username.clone(), false),
        Who::Session(s) => (s.pool_id.clone(), s.username.clone(), true),
    };
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let user = s.pool_mut(&pool_id)?.stored_user_mut(&username)?;
        let Some(secret) = user.pending_totp.clone() else {
            return Err(ApiError::invalid(
                "AssociateSoftwareToken must be called first.",
            ));
        };
        if !util::totp_matches(&secret, code, now) {
            return Err(ApiError::new(
                "EnableSoftwareTokenMFAException",
                "Code mismatch and fail enable Software Token MFA",
            ));
        }
        user.totp_secret = Some(secret);
        user.pending_totp = None;
        if in_setup {
            user.totp_enabled = true;
            user.totp_preferred = true;
        }
        Ok(())
    })?;
    let mut out = json!({ "Status": "SUCCESS" });
    if let Who::Session(mut session) = who {
        session.pending = Pending::MfaSetup { verified: true };
        let id = new_session_id();
        ctx.store.sessions().insert(id.clone(), session);
        out["Session"] = json!(id);
    }
    Ok(out)
}

fn apply_mfa_preference(user: &mut User, p: &Params) -> Result<(), ApiError> {
    if let Some(sw) = p.opt_obj("SoftwareTokenMfaSettings")? {
        let enabled = sw.opt_bool("Enabled")?.unwrap_or(false);
        let preferred = sw.opt_bool("PreferredMfa")?.unwrap_or(false);
        if (enabled || preferred) && user.totp_secret.is_none() {
            return Err(ApiError::invalid(
                "User has not verified software token mfa",
            ));
        }
        user.totp_enabled = enabled;
        user.totp_preferred = enabled && preferred;
    }
    if let Some(sms) = p.opt_obj("SMSMfaSettings")?
        && sms.opt_bool("Enabled")?.unwrap_or(false)
    {
        return Err(ApiError::invalid(
            "SMS MFA is not supported by the cogman emulator.",
        ));
    }
    Ok(())
}

pub fn set_user_mfa_preference(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let token = access_token(&p)?;
    ctx.store.write(|s| {
        let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
        let user = s.pool_mut(&pool_id)?.stored_user_mut(&username)?;
        apply_mfa_preference(user, &p)?;
        Ok(json!({}))
    })
}

pub fn admin_set_user_mfa_preference(
    ctx: &Ctx,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let typed = p.req_str("Username")?;
    ctx.store.write(|s| {
        let user = s.pool_mut(pool_id)?.user_mut(typed)?;
        apply_mfa_preference(user, &p)?;
        Ok(json!({}))
    })
}

pub fn update_user_attributes(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let token = access_token(&p)?;
    let attrs = p
        .attributes("UserAttributes")?
        .ok_or_else(|| ApiError::missing("UserAttributes"))?;
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
        let user = s.pool_mut(&pool_id)?.stored_user_mut(&username)?;
        let old_email = user.attributes.get("email").cloned();
        crate::admin::apply_attributes(user, &attrs)?;
        // A changed email must be verified again (the code is the fixed one).
        let mut deliveries = Vec::new();
        if let Some(new_email) = user.attributes.get("email").cloned()
            && Some(&new_email) != old_email.as_ref()
            && !attrs.iter().any(|(k, _)| k == "email_verified")
        {
            user.attributes
                .insert("email_verified".into(), "false".into());
            deliveries.push(json!({
                "Destination": util::mask_destination(&new_email),
                "DeliveryMedium": "EMAIL",
                "AttributeName": "email",
            }));
        }
        user.modified = now;
        Ok(json!({ "CodeDeliveryDetailsList": deliveries }))
    })
}

pub fn delete_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let token = access_token(&Params(body))?;
    ctx.store.write(|s| {
        let (pool_id, username, _) = verify_access_token(ctx, s, token)?;
        let pool = s.pool_mut(&pool_id)?;
        pool.revoke_user_tokens(&username);
        pool.users.remove(&username);
        Ok(json!({}))
    })
}
