//! The seed file ([`Seed`]): pools, clients, users, groups and resource servers declared in YAML
//! or JSON, applied at start (and in-process through [`crate::Emulator::apply_seed`]).
//!
//! Applying is idempotent: a pool with a given `id` (or, without one, the same `name`) that
//! already exists is reused, and clients, users, groups and resource servers that already
//! exist are left as they are, so a seed can be re-applied over a state file on every start.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::Emulator;
use crate::error::{ApiError, EmulatorError};
use crate::ops::Ctx;

/// A whole seed file (see the crate documentation for an example).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    /// Region used in generated pool ids (default `us-east-1`).
    #[serde(default)]
    pub region: Option<String>,
    /// Pools to create (or reuse).
    #[serde(default)]
    pub pools: Vec<SeedPool>,
}

/// One user pool.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedPool {
    /// Fixed pool id such as `us-east-1_Demo12345`; generated when absent.
    #[serde(default)]
    pub id: Option<String>,
    /// Pool name; also how a pool without `id` is matched on re-apply.
    pub name: String,
    /// `[email]` or `[phone_number]`: sign in by that attribute (usernames become UUIDs).
    #[serde(default)]
    pub username_attributes: Vec<String>,
    /// `email`, `phone_number` and/or `preferred_username` usable in place of the username.
    #[serde(default)]
    pub alias_attributes: Vec<String>,
    /// Attributes marked verified on sign-up confirmation (`email`, `phone_number`).
    #[serde(default)]
    pub auto_verified_attributes: Vec<String>,
    /// `OFF` (default), `OPTIONAL` or `ON`.
    #[serde(default)]
    pub mfa: Option<String>,
    #[serde(default)]
    pub password_policy: Option<SeedPasswordPolicy>,
    /// Groups (users join them through `SeedUser::groups`).
    #[serde(default)]
    pub groups: Vec<SeedGroup>,
    /// Resource servers whose scopes `client_credentials` clients may be given.
    #[serde(default)]
    pub resource_servers: Vec<SeedResourceServer>,
    /// App clients.
    #[serde(default)]
    pub clients: Vec<SeedClient>,
    /// Users.
    #[serde(default)]
    pub users: Vec<SeedUser>,
}

/// Omitted fields keep Cognito's defaults (8 characters, every class required).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedPasswordPolicy {
    /// Minimum length (6-99).
    pub minimum_length: Option<i64>,
    /// Require an uppercase letter.
    pub require_uppercase: Option<bool>,
    /// Require a lowercase letter.
    pub require_lowercase: Option<bool>,
    /// Require a digit.
    pub require_numbers: Option<bool>,
    /// Require a symbol.
    pub require_symbols: Option<bool>,
}

/// One group.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedGroup {
    /// Group name (the `cognito:groups` claim).
    pub name: String,
    /// Free text.
    #[serde(default)]
    pub description: Option<String>,
    /// Lower wins when a user is in several groups.
    #[serde(default)]
    pub precedence: Option<i64>,
    /// IAM role ARN (recorded only).
    #[serde(default)]
    pub role_arn: Option<String>,
}

/// One resource server.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedResourceServer {
    /// Identifier, the prefix of its scopes (`identifier/scope`).
    pub identifier: String,
    /// Display name (defaults to the identifier).
    #[serde(default)]
    pub name: Option<String>,
    /// Scopes it defines.
    #[serde(default)]
    pub scopes: Vec<SeedScope>,
}

/// A scope: `read` or `{name: read, description: "Read access"}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SeedScope {
    /// Just the name (the description repeats it).
    Name(String),
    /// Name and description.
    Full {
        /// Scope name.
        name: String,
        /// Description.
        #[serde(default)]
        description: Option<String>,
    },
}

/// One app client.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedClient {
    /// Client name; also how a client without `id` is matched on re-apply.
    pub name: String,
    /// Fixed client id; generated (26 characters) when absent.
    #[serde(default)]
    pub id: Option<String>,
    /// Fixed client secret (implies a confidential client).
    #[serde(default)]
    pub secret: Option<String>,
    /// Generate a secret (51 characters) when `secret` is not given.
    #[serde(default)]
    pub generate_secret: bool,
    /// ExplicitAuthFlows, e.g. `[ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH,
    /// ALLOW_REFRESH_TOKEN_AUTH]`; Cognito's defaults when absent.
    #[serde(default)]
    pub auth_flows: Option<Vec<String>>,
    /// `ENABLED` or `LEGACY` (default).
    #[serde(default)]
    pub prevent_user_existence_errors: Option<String>,
    /// OAuth flows (`client_credentials` needs a secret).
    #[serde(default)]
    pub allowed_oauth_flows: Vec<String>,
    /// OAuth scopes (`resource-server/scope` or standard scopes).
    #[serde(default)]
    pub allowed_oauth_scopes: Vec<String>,
    /// Callback URLs (recorded only).
    #[serde(default)]
    pub callback_urls: Vec<String>,
    /// Token lifetimes in `token_validity_units` (defaults: 60 minutes, 60 minutes, 30 days).
    #[serde(default)]
    pub access_token_validity: Option<i64>,
    /// Id token lifetime in its unit.
    #[serde(default)]
    pub id_token_validity: Option<i64>,
    /// Refresh token lifetime in its unit.
    #[serde(default)]
    pub refresh_token_validity: Option<i64>,
    /// Units of the three lifetimes.
    #[serde(default)]
    pub token_validity_units: Option<SeedUnits>,
}

/// TokenValidityUnits.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedUnits {
    /// `seconds`, `minutes`, `hours` or `days`.
    pub access_token: Option<String>,
    /// `seconds`, `minutes`, `hours` or `days`.
    pub id_token: Option<String>,
    /// `seconds`, `minutes`, `hours` or `days`.
    pub refresh_token: Option<String>,
}

/// One user.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedUser {
    /// The username (an email address in pools whose `username_attributes` is `[email]`).
    pub username: String,
    /// Password (must satisfy the pool's policy).
    #[serde(default)]
    pub password: Option<String>,
    /// `CONFIRMED` (default), `FORCE_CHANGE_PASSWORD`, `UNCONFIRMED` or `RESET_REQUIRED`.
    #[serde(default)]
    pub status: Option<String>,
    /// `false` creates the user disabled.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Attributes such as `email`, `email_verified: "true"`, `custom:team`.
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    /// Groups the user belongs to (declared in the same pool).
    #[serde(default)]
    pub groups: Vec<String>,
    /// A base32 TOTP secret: the user then has SOFTWARE_TOKEN_MFA enabled and preferred.
    #[serde(default)]
    pub totp_secret: Option<String>,
}

/// Debug output never shows secrets or passwords.
fn hidden(v: &Option<String>) -> &'static str {
    if v.is_some() { "<hidden>" } else { "None" }
}

impl std::fmt::Debug for SeedClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SeedClient")
            .field("name", &self.name)
            .field("id", &self.id)
            .field("secret", &hidden(&self.secret))
            .field("generate_secret", &self.generate_secret)
            .field("auth_flows", &self.auth_flows)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for SeedUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SeedUser")
            .field("username", &self.username)
            .field("password", &hidden(&self.password))
            .field("status", &self.status)
            .field("enabled", &self.enabled)
            .field("attributes", &self.attributes)
            .field("groups", &self.groups)
            .field("totp_secret", &hidden(&self.totp_secret))
            .finish()
    }
}

impl std::fmt::Debug for SeededClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SeededClient")
            .field("name", &self.name)
            .field("id", &self.id)
            .field("secret", &hidden(&self.secret))
            .finish()
    }
}

fn yes() -> bool {
    true
}

/// What applying a seed produced (ids that were generated).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeedOutcome {
    /// One entry per seeded pool, in seed order.
    pub pools: Vec<SeededPool>,
}

/// A pool the seed created or found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeededPool {
    /// The pool id (given or generated).
    pub id: String,
    /// The pool name.
    pub name: String,
    /// Its clients, in seed order.
    pub clients: Vec<SeededClient>,
}

/// A client the seed created or found.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SeededClient {
    /// The client name.
    pub name: String,
    /// The client id (given or generated).
    pub id: String,
    /// The client secret, if it has one.
    pub secret: Option<String>,
}

impl Seed {
    /// Reads a YAML or JSON seed file (JSON is YAML); errors name the line and column.
    pub fn from_file(path: &Path) -> Result<Self, EmulatorError> {
        let text = std::fs::read_to_string(path).map_err(|e| EmulatorError::Seed {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        Self::parse(&text).map_err(|message| EmulatorError::Seed {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parses seed text (YAML or JSON).
    pub fn parse(text: &str) -> Result<Self, String> {
        serde_yaml::from_str(text).map_err(|e| match e.location() {
            Some(loc) => format!("line {}, column {}: {e}", loc.line(), loc.column()),
            None => e.to_string(),
        })
    }
}

fn obj(v: Value) -> serde_json::Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

pub(crate) fn apply(emu: &Emulator, seed: &Seed) -> Result<SeedOutcome, ApiError> {
    let ctx = Ctx {
        store: &emu.store,
        base_url: &emu.base_url,
    };
    if let Some(region) = &seed.region {
        if region.is_empty()
            || !region
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(ApiError::invalid(format!(
                "region {region:?} is not a valid region name"
            )));
        }
        emu.store.write(|s| {
            s.region = region.clone();
            Ok(())
        })?;
    }
    let mut outcome = SeedOutcome::default();
    for pool in &seed.pools {
        let ctxmsg = |e: ApiError| ApiError {
            message: format!("pool {:?}: {}", pool.name, e.message),
            ..e
        };
        outcome.pools.push(apply_pool(&ctx, pool).map_err(ctxmsg)?);
    }
    Ok(outcome)
}

fn apply_pool(ctx: &Ctx, sp: &SeedPool) -> Result<SeededPool, ApiError> {
    let existing = ctx.store.read(|s| {
        Ok(match &sp.id {
            Some(id) => s.pools.get(id).map(|p| p.id.clone()),
            None => s
                .pools
                .values()
                .find(|p| p.name == sp.name)
                .map(|p| p.id.clone()),
        })
    })?;
    let pool_id = match existing {
        Some(id) => id,
        None => {
            let mut body = json!({
                "PoolName": sp.name,
                "UsernameAttributes": sp.username_attributes,
                "AliasAttributes": sp.alias_attributes,
                "AutoVerifiedAttributes": sp.auto_verified_attributes,
                "MfaConfiguration": sp.mfa.clone().unwrap_or_else(|| "OFF".into()),
            });
            if let Some(pp) = &sp.password_policy {
                body["Policies"] = json!({ "PasswordPolicy": {
                    "MinimumLength": pp.minimum_length.unwrap_or(8),
                    "RequireUppercase": pp.require_uppercase.unwrap_or(true),
                    "RequireLowercase": pp.require_lowercase.unwrap_or(true),
                    "RequireNumbers": pp.require_numbers.unwrap_or(true),
                    "RequireSymbols": pp.require_symbols.unwrap_or(true),
                }});
            }
            let out = crate::admin::create_user_pool(ctx, &obj(body), sp.id.as_deref())?;
            out["UserPool"]["Id"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        }
    };
    for rs in &sp.resource_servers {
        let exists = ctx.store.read(|s| {
            Ok(s.pool(&pool_id)?
                .resource_servers
                .contains_key(&rs.identifier))
        })?;
        if exists {
            continue;
        }
        let scopes: Vec<Value> = rs
            .scopes
            .iter()
            .map(|s| match s {
                SeedScope::Name(n) => json!({"ScopeName": n, "ScopeDescription": n}),
                SeedScope::Full { name, description } => {
                    json!({"ScopeName": name, "ScopeDescription": description.clone().unwrap_or_else(|| name.clone())})
                }
            })
            .collect();
        let body = json!({
            "UserPoolId": pool_id,
            "Identifier": rs.identifier,
            "Name": rs.name.clone().unwrap_or_else(|| rs.identifier.clone()),
            "Scopes": scopes,
        });
        crate::admin::create_resource_server(ctx, &obj(body))?;
    }
    for g in &sp.groups {
        let exists = ctx
            .store
            .read(|s| Ok(s.pool(&pool_id)?.groups.contains_key(&g.name)))?;
        if exists {
            continue;
        }
        let body = json!({
            "UserPoolId": pool_id,
            "GroupName": g.name,
            "Description": g.description,
            "Precedence": g.precedence,
            "RoleArn": g.role_arn,
        });
        crate::admin::create_group(ctx, &obj(body))?;
    }
    let mut clients = Vec::new();
    for c in &sp.clients {
        clients.push(apply_client(ctx, &pool_id, c).map_err(|e| ApiError {
            message: format!("client {:?}: {}", c.name, e.message),
            ..e
        })?);
    }
    for u in &sp.users {
        apply_user(ctx, &pool_id, u).map_err(|e| ApiError {
            message: format!("user {:?}: {}", u.username, e.message),
            ..e
        })?;
    }
    Ok(SeededPool {
        id: pool_id,
        name: sp.name.clone(),
        clients,
    })
}

fn apply_client(ctx: &Ctx, pool_id: &str, c: &SeedClient) -> Result<SeededClient, ApiError> {
    let existing = ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        Ok(match &c.id {
            Some(id) => pool.clients.get(id).cloned(),
            None => pool.clients.values().find(|x| x.name == c.name).cloned(),
        })
    })?;
    if let Some(found) = existing {
        return Ok(SeededClient {
            name: found.name,
            id: found.id,
            secret: found.secret,
        });
    }
    if let Some(id) = &c.id
        && (id.is_empty()
            || id.len() > 128
            || !id
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '+'))
    {
        return Err(ApiError::invalid(format!(
            "client id {id:?} must be 1-128 letters, digits, '_' or '+'"
        )));
    }
    if c.secret.as_deref() == Some("") {
        return Err(ApiError::invalid("client secret must not be empty"));
    }
    let mut body = json!({
        "UserPoolId": pool_id,
        "ClientName": c.name,
        "GenerateSecret": c.generate_secret || c.secret.is_some(),
        "ExplicitAuthFlows": c.auth_flows,
        "PreventUserExistenceErrors": c.prevent_user_existence_errors,
        "AllowedOAuthFlows": c.allowed_oauth_flows,
        "AllowedOAuthScopes": c.allowed_oauth_scopes,
        "AllowedOAuthFlowsUserPoolClient": !c.allowed_oauth_flows.is_empty(),
        "CallbackURLs": c.callback_urls,
        "AccessTokenValidity": c.access_token_validity,
        "IdTokenValidity": c.id_token_validity,
        "RefreshTokenValidity": c.refresh_token_validity,
    });
    if let Some(u) = &c.token_validity_units {
        body["TokenValidityUnits"] = json!({"AccessToken": u.access_token, "IdToken": u.id_token, "RefreshToken": u.refresh_token});
    }
    let fixed_id = c.id.clone().unwrap_or_else(crate::util::new_client_id);
    let out = crate::admin::create_user_pool_client(
        ctx,
        &obj(body),
        Some((&fixed_id, c.secret.as_deref())),
    )?;
    let client = &out["UserPoolClient"];
    Ok(SeededClient {
        name: c.name.clone(),
        id: client["ClientId"].as_str().unwrap_or_default().to_string(),
        secret: client["ClientSecret"].as_str().map(str::to_string),
    })
}

fn apply_user(ctx: &Ctx, pool_id: &str, u: &SeedUser) -> Result<(), ApiError> {
    let exists = ctx
        .store
        .read(|s| Ok(s.pool(pool_id)?.resolve_username(&u.username).is_some()))?;
    if exists {
        return Ok(());
    }
    let status = u.status.clone().unwrap_or_else(|| "CONFIRMED".into());
    if ![
        "CONFIRMED",
        "FORCE_CHANGE_PASSWORD",
        "UNCONFIRMED",
        "RESET_REQUIRED",
    ]
    .contains(&status.as_str())
    {
        return Err(ApiError::invalid(format!(
            "status {status:?} must be CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED or RESET_REQUIRED"
        )));
    }
    let attrs: Vec<Value> = u
        .attributes
        .iter()
        .map(|(k, v)| json!({"Name": k, "Value": v}))
        .collect();
    let body = json!({
        "UserPoolId": pool_id,
        "Username": u.username,
        "UserAttributes": attrs,
        "TemporaryPassword": u.password,
        "MessageAction": "SUPPRESS",
    });
    let out = crate::admin::admin_create_user(ctx, &obj(body))?;
    let username = out["User"]["Username"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if let Some(password) = &u.password
        && status != "FORCE_CHANGE_PASSWORD"
    {
        let body = json!({"UserPoolId": pool_id, "Username": username, "Password": password, "Permanent": true});
        crate::admin::admin_set_user_password(ctx, &obj(body))?;
    }
    for g in &u.groups {
        let body = json!({"UserPoolId": pool_id, "Username": username, "GroupName": g});
        crate::admin::admin_add_user_to_group(ctx, &obj(body))?;
    }
    if let Some(secret) = &u.totp_secret
        && crate::util::totp_code(secret, 0).is_none()
    {
        return Err(ApiError::invalid("totp_secret is not valid base32"));
    }
    ctx.store.write(|s| {
        let user = s.pool_mut(pool_id)?.user_mut(&username)?;
        if status != "FORCE_CHANGE_PASSWORD" {
            user.status = status.clone();
        }
        user.enabled = u.enabled;
        if let Some(secret) = &u.totp_secret {
            user.totp_secret = Some(secret.to_ascii_uppercase());
            user.totp_enabled = true;
            user.totp_preferred = true;
        }
        Ok(())
    })
}
