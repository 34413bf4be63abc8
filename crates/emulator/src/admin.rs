//! Pool, app client, group, resource server and user management (the SigV4 operations), plus
//! SignUp/ConfirmSignUp.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::keys::SigningKey;
use crate::model::{
    Client, Group, PasswordPolicy, Pool, ResourceServer, Scope, State, User, unit_seconds,
};
use crate::ops::Ctx;
use crate::params::Params;
use crate::util;

const AUTH_FLOWS: [&str; 9] = [
    "ADMIN_NO_SRP_AUTH",
    "CUSTOM_AUTH_FLOW_ONLY",
    "USER_PASSWORD_AUTH",
    "ALLOW_ADMIN_USER_PASSWORD_AUTH",
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_USER_AUTH",
];
const DEFAULT_AUTH_FLOWS: [&str; 3] = [
    "ALLOW_CUSTOM_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
    "ALLOW_USER_SRP_AUTH",
];
const STANDARD_SCOPES: [&str; 5] = [
    "phone",
    "email",
    "openid",
    "profile",
    "aws.cognito.signin.user.admin",
];
const ACCOUNT_ID: &str = "123456789012";

impl State {
    pub fn pool(&self, id: &str) -> Result<&Pool, ApiError> {
        util::check_pool_id(id)?;
        self.pools
            .get(id)
            .ok_or_else(|| ApiError::pool_not_found(id))
    }
    pub fn pool_mut(&mut self, id: &str) -> Result<&mut Pool, ApiError> {
        util::check_pool_id(id)?;
        self.pools
            .get_mut(id)
            .ok_or_else(|| ApiError::pool_not_found(id))
    }
    /// The pool owning an app client (client ids are unique across pools).
    pub fn pool_of_client(&self, client_id: &str) -> Result<&Pool, ApiError> {
        self.pools
            .values()
            .find(|p| p.clients.contains_key(client_id))
            .ok_or_else(|| ApiError::client_not_found(client_id))
    }
    pub fn pool_of_client_mut(&mut self, client_id: &str) -> Result<&mut Pool, ApiError> {
        self.pools
            .values_mut()
            .find(|p| p.clients.contains_key(client_id))
            .ok_or_else(|| ApiError::client_not_found(client_id))
    }
}

impl Pool {
    pub fn client(&self, id: &str) -> Result<&Client, ApiError> {
        self.clients
            .get(id)
            .ok_or_else(|| ApiError::client_not_found(id))
    }
    pub fn user(&self, name: &str) -> Result<&User, ApiError> {
        self.resolve_username(name)
            .and_then(|u| self.users.get(&u))
            .ok_or_else(ApiError::user_not_found)
    }
    pub fn user_mut(&mut self, name: &str) -> Result<&mut User, ApiError> {
        let key = self
            .resolve_username(name)
            .ok_or_else(ApiError::user_not_found)?;
        self.stored_user_mut(&key)
    }
    /// The user stored under an internal username, taken as is (no alias or email lookup).
    pub fn stored_user(&self, username: &str) -> Result<&User, ApiError> {
        self.users
            .get(username)
            .ok_or_else(ApiError::user_not_found)
    }
    pub fn stored_user_mut(&mut self, username: &str) -> Result<&mut User, ApiError> {
        self.users
            .get_mut(username)
            .ok_or_else(ApiError::user_not_found)
    }
    /// The internal username for what a user typed: the username itself, or an email/phone
    /// when the pool signs in by (or aliases) those attributes.
    pub fn resolve_username(&self, name: &str) -> Option<String> {
        if self.users.contains_key(name) {
            return Some(name.to_string());
        }
        let mut attrs: Vec<&str> = self
            .username_attributes
            .iter()
            .map(String::as_str)
            .collect();
        attrs.extend(
            self.alias_attributes
                .iter()
                .map(String::as_str)
                .filter(|a| *a != "preferred_username"),
        );
        let by_alias = self
            .alias_attributes
            .iter()
            .any(|a| a == "preferred_username");
        self.users
            .values()
            .find(|u| {
                attrs.iter().any(|a| {
                    u.attributes.get(*a).is_some_and(|v| {
                        if *a == "email" {
                            v.eq_ignore_ascii_case(name)
                        } else {
                            v == name
                        }
                    })
                }) || (by_alias
                    && u.attributes
                        .get("preferred_username")
                        .is_some_and(|v| v == name))
            })
            .map(|u| u.username.clone())
    }
    pub fn issuer(&self, base_url: &str) -> String {
        format!("{base_url}/{}", self.id)
    }
}

pub(crate) fn enum_check(value: &str, member: &str, allowed: &[&str]) -> Result<(), ApiError> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(ApiError::constraint(
            value,
            member,
            &format!(
                "Member must satisfy enum value set: [{}]",
                allowed.join(", ")
            ),
        ))
    }
}

// ---------- user pools ----------

pub fn create_user_pool(
    ctx: &Ctx,
    body: &Map<String, Value>,
    fixed_id: Option<&str>,
) -> Result<Value, ApiError> {
    let p = Params(body);
    let name = p.req_str("PoolName")?;
    if name.len() > 128 {
        return Err(ApiError::constraint(
            name,
            "PoolName",
            "Member must have length less than or equal to 128",
        ));
    }
    let policy = password_policy(&p)?;
    let username_attributes = p.opt_list("UsernameAttributes")?.unwrap_or_default();
    for a in &username_attributes {
        enum_check(a, "UsernameAttributes", &["phone_number", "email"])?;
    }
    let alias_attributes = p.opt_list("AliasAttributes")?.unwrap_or_default();
    for a in &alias_attributes {
        enum_check(
            a,
            "AliasAttributes",
            &["phone_number", "email", "preferred_username"],
        )?;
    }
    if !username_attributes.is_empty() && !alias_attributes.is_empty() {
        return Err(ApiError::invalid(
            "Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.",
        ));
    }
    let auto_verified_attributes = p.opt_list("AutoVerifiedAttributes")?.unwrap_or_default();
    let mfa = p.opt_str("MfaConfiguration")?.unwrap_or("OFF").to_string();
    enum_check(&mfa, "MfaConfiguration", &["OFF", "ON", "OPTIONAL"])?;
    let deletion_protection = p
        .opt_str("DeletionProtection")?
        .unwrap_or("INACTIVE")
        .to_string();
    enum_check(
        &deletion_protection,
        "DeletionProtection",
        &["ACTIVE", "INACTIVE"],
    )?;
    let mut tags = BTreeMap::new();
    for (k, v) in p.str_map("UserPoolTags")? {
        tags.insert(k, v);
    }
    // Key generation is the slow part: do it before taking the lock.
    let access_key = SigningKey::generate().map_err(ApiError::internal)?;
    let id_key = SigningKey::generate().map_err(ApiError::internal)?;
    let now = ctx.store.now();
    ctx.store.write(|state| {
        let id = match fixed_id {
            Some(id) => {
                util::check_pool_id(id)?;
                if state.pools.contains_key(id) {
                    return Err(ApiError::invalid(format!("User pool {id} already exists.")));
                }
                id.to_string()
            }
            None => loop {
                let id = util::new_pool_id(&state.region);
                if !state.pools.contains_key(&id) {
                    break id;
                }
            },
        };
        let pool = Pool {
            id: id.clone(),
            name: name.to_string(),
            created: now,
            modified: now,
            policy,
            username_attributes,
            alias_attributes,
            auto_verified_attributes,
            software_token_mfa: mfa != "OFF",
            mfa_configuration: mfa,
            deletion_protection,
            tags,
            domain: None,
            access_key,
            id_key,
            clients: BTreeMap::new(),
            users: BTreeMap::new(),
            groups: BTreeMap::new(),
            resource_servers: BTreeMap::new(),
            refresh_tokens: BTreeMap::new(),
            revoked_origins: BTreeMap::new(),
        };
        let out = json!({ "UserPool": describe_pool(&pool, &state.region) });
        state.pools.insert(id, pool);
        Ok(out)
    })
}

/// PasswordPolicy of a Create/UpdateUserPool body; absent means Cognito's default policy, and
/// inside a given policy absent requirements are off (as on Cognito).
fn password_policy(p: &Params) -> Result<PasswordPolicy, ApiError> {
    let mut policy = PasswordPolicy::default();
    if let Some(pp) = p
        .opt_obj("Policies")?
        .and_then(|x| x.opt_obj("PasswordPolicy").transpose())
        .transpose()?
    {
        if let Some(v) = pp.opt_i64("MinimumLength")? {
            if !(6..=99).contains(&v) {
                return Err(ApiError::invalid(
                    "Password policy minimum length must be between 6 and 99.",
                ));
            }
            policy.minimum_length = v;
        }
        policy.require_uppercase = pp.opt_bool("RequireUppercase")?.unwrap_or(false);
        policy.require_lowercase = pp.opt_bool("RequireLowercase")?.unwrap_or(false);
        policy.require_numbers = pp.opt_bool("RequireNumbers")?.unwrap_or(false);
        policy.require_symbols = pp.opt_bool("RequireSymbols")?.unwrap_or(false);
        if let Some(d) = pp.opt_i64("TemporaryPasswordValidityDays")? {
            policy.temporary_password_validity_days = d;
        }
    }
    Ok(policy)
}

fn describe_pool(pool: &Pool, region: &str) -> Value {
    let region = pool.id.split_once('_').map(|(r, _)| r).unwrap_or(region);
    let pol = &pool.policy;
    json!({
        "Id": pool.id,
        "Name": pool.name,
        "Arn": format!("arn:aws:cognito-idp:{region}:{ACCOUNT_ID}:userpool/{}", pool.id),
        "Policies": { "PasswordPolicy": {
            "MinimumLength": pol.minimum_length,
            "RequireUppercase": pol.require_uppercase,
            "RequireLowercase": pol.require_lowercase,
            "RequireNumbers": pol.require_numbers,
            "RequireSymbols": pol.require_symbols,
            "TemporaryPasswordValidityDays": pol.temporary_password_validity_days,
        }},
        "DeletionProtection": pool.deletion_protection,
        "LambdaConfig": {},
        "LastModifiedDate": pool.modified,
        "CreationDate": pool.created,
        "SchemaAttributes": [],
        "UsernameAttributes": pool.username_attributes,
        "AliasAttributes": pool.alias_attributes,
        "AutoVerifiedAttributes": pool.auto_verified_attributes,
        "MfaConfiguration": pool.mfa_configuration,
        "EstimatedNumberOfUsers": pool.users.len(),
        "UserPoolTags": pool.tags,
        "Domain": pool.domain,
        "AdminCreateUserConfig": { "AllowAdminCreateUserOnly": false },
        "UsernameConfiguration": { "CaseSensitive": true },
        "AccountRecoverySetting": { "RecoveryMechanisms": [] },
    })
}

pub fn describe_user_pool(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let id = Params(body).req_str("UserPoolId")?;
    ctx.store
        .read(|s| Ok(json!({ "UserPool": describe_pool(s.pool(id)?, &s.region) })))
}

fn page_size(p: &Params, member: &str, required: bool) -> Result<usize, ApiError> {
    match p.opt_i64(member)? {
        None if required => Err(ApiError::missing(member)),
        None => Ok(60),
        Some(n) if !(1..=60).contains(&n) => Err(ApiError::constraint(
            &n.to_string(),
            member,
            "Member must have value less than or equal to 60 and greater than or equal to 1",
        )),
        Some(n) => Ok(n as usize),
    }
}

/// Pages over sorted keys: the token is the last key returned.
fn paginate<'a, T>(
    items: impl Iterator<Item = (&'a String, T)>,
    after: Option<&str>,
    size: usize,
) -> (Vec<T>, Option<String>) {
    let mut out = Vec::new();
    let mut last = None;
    let mut more = false;
    for (k, v) in items.filter(|(k, _)| after.is_none_or(|a| k.as_str() > a)) {
        if out.len() == size {
            more = true;
            break;
        }
        last = Some(k.clone());
        out.push(v);
    }
    (out, if more { last } else { None })
}

/// A list response: the page under `list`, and the next-page token under `token` when there
/// is more.
fn page_json(list: &str, items: Vec<Value>, token: &str, next: Option<String>) -> Value {
    let mut out = json!({ list: items });
    if let Some(n) = next {
        out[token] = json!(n);
    }
    out
}

pub fn list_user_pools(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let size = page_size(&p, "MaxResults", true)?;
    let after = p.opt_str("NextToken")?;
    ctx.store.read(|s| {
        let (pools, next) = paginate(
            s.pools.iter().map(|(k, p)| {
                (k, json!({"Id": p.id, "Name": p.name, "LambdaConfig": {}, "LastModifiedDate": p.modified, "CreationDate": p.created}))
            }),
            after,
            size,
        );
        Ok(page_json("UserPools", pools, "NextToken", next))
    })
}

pub fn delete_user_pool(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let id = Params(body).req_str("UserPoolId")?;
    ctx.store.write(|s| {
        if s.pool(id)?.deletion_protection == "ACTIVE" {
            return Err(ApiError::invalid(
                "The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.",
            ));
        }
        s.pools.remove(id);
        Ok(json!({}))
    })
}

// ---------- app clients ----------

struct Validity {
    value: i64,
    unit: String,
}

fn validity(
    p: &Params,
    units: Option<&Params>,
    member: &str,
    unit_member: &str,
    default_seconds: i64,
    range: (i64, i64),
    label: &str,
) -> Result<Validity, ApiError> {
    let given_unit = match units {
        Some(u) => u.opt_str(unit_member)?,
        None => None,
    };
    if let Some(u) = given_unit {
        enum_check(
            u,
            &format!("TokenValidityUnits.{unit_member}"),
            &["seconds", "minutes", "hours", "days"],
        )?;
    }
    let value = p.opt_i64(member)?;
    let is_refresh = unit_member == "RefreshToken";
    let unit = match (given_unit, value) {
        (Some(u), _) => u.to_string(),
        (None, Some(_)) => if is_refresh { "days" } else { "hours" }.to_string(),
        (None, None) => if is_refresh { "days" } else { "minutes" }.to_string(),
    };
    let value = value.unwrap_or_else(|| (default_seconds / unit_seconds(&unit)).max(1));
    let seconds = value.saturating_mul(unit_seconds(&unit));
    if seconds < range.0 || seconds > range.1 {
        return Err(ApiError::invalid(format!(
            "{label} must be between {} and {}. Set {member} with TokenValidityUnits.{unit_member} accordingly.",
            human(range.0),
            human(range.1)
        )));
    }
    Ok(Validity { value, unit })
}

fn human(seconds: i64) -> String {
    match seconds {
        s if s % 86_400 == 0 => format!("{} days", s / 86_400),
        s if s % 3600 == 0 => format!("{} hours", s / 3600),
        s => format!("{} minutes", s / 60),
    }
}

/// Builds a client from a Create/UpdateUserPoolClient body; every omitted field takes its
/// default, which is exactly how UpdateUserPoolClient behaves on Cognito.
fn client_from_body(pool: &Pool, p: &Params, base: Client) -> Result<Client, ApiError> {
    let mut c = base;
    if let Some(name) = p.opt_str("ClientName")? {
        if name.is_empty() || name.len() > 128 {
            return Err(ApiError::constraint(
                name,
                "ClientName",
                "Member must have length between 1 and 128",
            ));
        }
        c.name = name.to_string();
    }
    let flows = p.opt_list("ExplicitAuthFlows")?;
    match flows {
        None => c.explicit_auth_flows = DEFAULT_AUTH_FLOWS.iter().map(|s| s.to_string()).collect(),
        Some(flows) => {
            for f in &flows {
                if !AUTH_FLOWS.contains(&f.as_str()) {
                    return Err(ApiError::constraint(
                        &format!("[{}]", flows.join(", ")),
                        "ExplicitAuthFlows",
                        &format!(
                            "Member must satisfy constraint: [Member must satisfy enum value set: [{}]]",
                            AUTH_FLOWS.join(", ")
                        ),
                    ));
                }
            }
            let legacy = flows.iter().any(|f| !f.starts_with("ALLOW_"));
            let modern = flows.iter().any(|f| f.starts_with("ALLOW_"));
            if legacy && modern {
                return Err(ApiError::invalid(
                    "ExplicitAuthFlows cannot mix legacy values (ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY, USER_PASSWORD_AUTH) with ALLOW_ values.",
                ));
            }
            let mut dedup: Vec<String> = Vec::new();
            for f in flows {
                if !dedup.contains(&f) {
                    dedup.push(f);
                }
            }
            c.explicit_auth_flows = dedup;
        }
    }
    let units = p.opt_obj("TokenValidityUnits")?;
    let a = validity(
        p,
        units.as_ref(),
        "AccessTokenValidity",
        "AccessToken",
        3600,
        (300, 86_400),
        "Access token validity",
    )?;
    let i = validity(
        p,
        units.as_ref(),
        "IdTokenValidity",
        "IdToken",
        3600,
        (300, 86_400),
        "Id token validity",
    )?;
    let r = validity(
        p,
        units.as_ref(),
        "RefreshTokenValidity",
        "RefreshToken",
        30 * 86_400,
        (3600, 3650 * 86_400),
        "Refresh token validity",
    )?;
    if r.value * unit_seconds(&r.unit) <= a.value * unit_seconds(&a.unit) {
        return Err(ApiError::invalid(
            "Refresh token validity must be greater than the access token validity.",
        ));
    }
    (c.access_validity, c.access_unit) = (a.value, a.unit);
    (c.id_validity, c.id_unit) = (i.value, i.unit);
    (c.refresh_validity, c.refresh_unit) = (r.value, r.unit);
    c.prevent_user_existence_errors = p
        .opt_str("PreventUserExistenceErrors")?
        .unwrap_or("LEGACY")
        .to_string();
    enum_check(
        &c.prevent_user_existence_errors,
        "PreventUserExistenceErrors",
        &["LEGACY", "ENABLED"],
    )?;
    c.allowed_oauth_flows = p.opt_list("AllowedOAuthFlows")?.unwrap_or_default();
    for f in &c.allowed_oauth_flows {
        enum_check(
            f,
            "AllowedOAuthFlows",
            &["code", "implicit", "client_credentials"],
        )?;
    }
    if c.allowed_oauth_flows
        .iter()
        .any(|f| f == "client_credentials")
    {
        if c.secret.is_none() {
            return Err(ApiError::new(
                "InvalidOAuthFlowException",
                "client_credentials flow can not be selected if client does not have a client secret.",
            ));
        }
        if c.allowed_oauth_flows.len() > 1 {
            return Err(ApiError::new(
                "InvalidOAuthFlowException",
                "client_credentials flow can not be selected along with code flow or implicit flow.",
            ));
        }
    }
    c.allowed_oauth_scopes = p.opt_list("AllowedOAuthScopes")?.unwrap_or_default();
    for s in &c.allowed_oauth_scopes {
        let known = STANDARD_SCOPES.contains(&s.as_str())
            || pool.resource_servers.values().any(|rs| {
                rs.scopes
                    .iter()
                    .any(|sc| format!("{}/{}", rs.identifier, sc.name) == *s)
            });
        if !known {
            return Err(ApiError::new(
                "ScopeDoesNotExistException",
                format!("Invalid scope requested: {s}"),
            ));
        }
    }
    c.allowed_oauth_flows_user_pool_client = p
        .opt_bool("AllowedOAuthFlowsUserPoolClient")?
        .unwrap_or(false);
    c.callback_urls = p.opt_list("CallbackURLs")?.unwrap_or_default();
    c.logout_urls = p.opt_list("LogoutURLs")?.unwrap_or_default();
    c.supported_identity_providers = p
        .opt_list("SupportedIdentityProviders")?
        .unwrap_or_default();
    c.read_attributes = p.opt_list("ReadAttributes")?.unwrap_or_default();
    c.write_attributes = p.opt_list("WriteAttributes")?.unwrap_or_default();
    c.enable_token_revocation = p.opt_bool("EnableTokenRevocation")?.unwrap_or(true);
    c.auth_session_validity = p.opt_i64("AuthSessionValidity")?.unwrap_or(3);
    if !(3..=15).contains(&c.auth_session_validity) {
        return Err(ApiError::constraint(
            &c.auth_session_validity.to_string(),
            "AuthSessionValidity",
            "Member must have value less than or equal to 15 and greater than or equal to 3",
        ));
    }
    Ok(c)
}

pub fn describe_client(pool_id: &str, c: &Client) -> Value {
    let mut v = json!({
        "UserPoolId": pool_id,
        "ClientName": c.name,
        "ClientId": c.id,
        "LastModifiedDate": c.modified,
        "CreationDate": c.created,
        "RefreshTokenValidity": c.refresh_validity,
        "AccessTokenValidity": c.access_validity,
        "IdTokenValidity": c.id_validity,
        "TokenValidityUnits": { "AccessToken": c.access_unit, "IdToken": c.id_unit, "RefreshToken": c.refresh_unit },
        "ReadAttributes": c.read_attributes,
        "WriteAttributes": c.write_attributes,
        "ExplicitAuthFlows": c.explicit_auth_flows,
        "SupportedIdentityProviders": c.supported_identity_providers,
        "CallbackURLs": c.callback_urls,
        "LogoutURLs": c.logout_urls,
        "AllowedOAuthFlows": c.allowed_oauth_flows,
        "AllowedOAuthScopes": c.allowed_oauth_scopes,
        "AllowedOAuthFlowsUserPoolClient": c.allowed_oauth_flows_user_pool_client,
        "PreventUserExistenceErrors": c.prevent_user_existence_errors,
        "EnableTokenRevocation": c.enable_token_revocation,
        "EnablePropagateAdditionalUserContextData": false,
        "AuthSessionValidity": c.auth_session_validity,
    });
    if let Some(secret) = &c.secret {
        v["ClientSecret"] = json!(secret);
    }
    v
}

pub fn create_user_pool_client(
    ctx: &Ctx,
    body: &Map<String, Value>,
    fixed: Option<(&str, Option<&str>)>,
) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    p.req_str("ClientName")?;
    let generate = p.opt_bool("GenerateSecret")?.unwrap_or(false);
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let taken: BTreeSet<String> = s
            .pools
            .values()
            .flat_map(|p| p.clients.keys().cloned())
            .collect();
        let pool = s.pool_mut(pool_id)?;
        let (id, secret) = match fixed {
            Some((id, secret)) => {
                if taken.contains(id) {
                    return Err(ApiError::invalid(format!(
                        "User pool client {id} already exists."
                    )));
                }
                let secret = secret
                    .map(str::to_string)
                    .or_else(|| generate.then(util::new_client_secret));
                (id.to_string(), secret)
            }
            None => {
                let id = loop {
                    let id = util::new_client_id();
                    if !taken.contains(&id) {
                        break id;
                    }
                };
                (id, generate.then(util::new_client_secret))
            }
        };
        let base = blank_client(id.clone(), secret, now);
        let client = client_from_body(pool, &p, base)?;
        let out = json!({ "UserPoolClient": describe_client(&pool.id, &client) });
        pool.clients.insert(id, client);
        Ok(out)
    })
}

fn blank_client(id: String, secret: Option<String>, now: f64) -> Client {
    Client {
        id,
        name: String::new(),
        secret,
        created: now,
        modified: now,
        explicit_auth_flows: Vec::new(),
        access_validity: 60,
        id_validity: 60,
        refresh_validity: 30,
        access_unit: "minutes".into(),
        id_unit: "minutes".into(),
        refresh_unit: "days".into(),
        prevent_user_existence_errors: "LEGACY".into(),
        allowed_oauth_flows: Vec::new(),
        allowed_oauth_scopes: Vec::new(),
        allowed_oauth_flows_user_pool_client: false,
        callback_urls: Vec::new(),
        logout_urls: Vec::new(),
        supported_identity_providers: Vec::new(),
        read_attributes: Vec::new(),
        write_attributes: Vec::new(),
        enable_token_revocation: true,
        auth_session_validity: 3,
    }
}

pub fn describe_user_pool_client(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let client_id = p.req_str("ClientId")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        Ok(json!({ "UserPoolClient": describe_client(&pool.id, pool.client(client_id)?) }))
    })
}

pub fn update_user_pool_client(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let client_id = p.req_str("ClientId")?;
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        let old = pool.client(client_id)?;
        let mut base = blank_client(old.id.clone(), old.secret.clone(), old.created);
        base.name = old.name.clone();
        base.modified = now;
        let client = client_from_body(pool, &p, base)?;
        let out = json!({ "UserPoolClient": describe_client(&pool.id, &client) });
        pool.clients.insert(client.id.clone(), client);
        Ok(out)
    })
}

pub fn list_user_pool_clients(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let size = page_size(&p, "MaxResults", false)?;
    let after = p.opt_str("NextToken")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let (items, next) = paginate(
            pool.clients.iter().map(|(k, c)| {
                (
                    k,
                    json!({"ClientId": c.id, "UserPoolId": pool.id, "ClientName": c.name}),
                )
            }),
            after,
            size,
        );
        Ok(page_json("UserPoolClients", items, "NextToken", next))
    })
}

pub fn delete_user_pool_client(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let client_id = p.req_str("ClientId")?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        pool.client(client_id)?;
        pool.clients.remove(client_id);
        pool.refresh_tokens.retain(|_, r| r.client_id != client_id);
        Ok(json!({}))
    })
}

// ---------- groups and resource servers ----------

fn group_json(pool_id: &str, g: &Group) -> Value {
    let mut v = json!({
        "GroupName": g.name,
        "UserPoolId": pool_id,
        "LastModifiedDate": g.modified,
        "CreationDate": g.created,
    });
    if let Some(d) = &g.description {
        v["Description"] = json!(d);
    }
    if let Some(r) = &g.role_arn {
        v["RoleArn"] = json!(r);
    }
    if let Some(p) = g.precedence {
        v["Precedence"] = json!(p);
    }
    v
}

pub fn create_group(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let name = p.req_str("GroupName")?;
    let group = Group {
        name: name.to_string(),
        description: p.opt_str("Description")?.map(str::to_string),
        role_arn: p.opt_str("RoleArn")?.map(str::to_string),
        precedence: p.opt_i64("Precedence")?,
        created: ctx.store.now(),
        modified: ctx.store.now(),
    };
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if pool.groups.contains_key(name) {
            return Err(ApiError::new(
                "GroupExistsException",
                format!("A group with the name {name} already exists."),
            ));
        }
        let out = json!({ "Group": group_json(&pool.id, &group) });
        pool.groups.insert(name.to_string(), group);
        Ok(out)
    })
}

pub fn get_group(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let name = p.req_str("GroupName")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let g = pool
            .groups
            .get(name)
            .ok_or_else(|| ApiError::not_found("Group not found."))?;
        Ok(json!({ "Group": group_json(&pool.id, g) }))
    })
}

pub fn list_groups(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let size = page_size(&p, "Limit", false)?;
    let after = p.opt_str("NextToken")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let (items, next) = paginate(
            pool.groups
                .iter()
                .map(|(k, g)| (k, group_json(&pool.id, g))),
            after,
            size,
        );
        Ok(page_json("Groups", items, "NextToken", next))
    })
}

fn user_group_args<'a>(p: &Params<'a>) -> Result<(&'a str, &'a str, &'a str), ApiError> {
    Ok((
        p.req_str("UserPoolId")?,
        p.req_str("Username")?,
        p.req_str("GroupName")?,
    ))
}

pub fn admin_add_user_to_group(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let (pool_id, username, group) = user_group_args(&Params(body))?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if !pool.groups.contains_key(group) {
            return Err(ApiError::not_found("Group not found."));
        }
        pool.user_mut(username)?.groups.insert(group.to_string());
        Ok(json!({}))
    })
}

pub fn admin_remove_user_from_group(
    ctx: &Ctx,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let (pool_id, username, group) = user_group_args(&Params(body))?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if !pool.groups.contains_key(group) {
            return Err(ApiError::not_found("Group not found."));
        }
        pool.user_mut(username)?.groups.remove(group);
        Ok(json!({}))
    })
}

pub fn admin_list_groups_for_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let username = p.req_str("Username")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let user = pool.user(username)?;
        let groups: Vec<Value> = user
            .groups
            .iter()
            .filter_map(|g| pool.groups.get(g))
            .map(|g| group_json(&pool.id, g))
            .collect();
        Ok(json!({ "Groups": groups }))
    })
}

fn resource_server_json(pool_id: &str, rs: &ResourceServer) -> Value {
    json!({
        "UserPoolId": pool_id,
        "Identifier": rs.identifier,
        "Name": rs.name,
        "Scopes": rs.scopes.iter().map(|s| json!({"ScopeName": s.name, "ScopeDescription": s.description})).collect::<Vec<_>>(),
    })
}

pub fn create_resource_server(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let identifier = p.req_str("Identifier")?;
    let name = p.req_str("Name")?;
    let mut scopes = Vec::new();
    if let Some(Value::Array(items)) = body.get("Scopes") {
        for item in items {
            let Value::Object(m) = item else {
                return Err(ApiError::serialization(
                    "Unexpected value type for Scopes: expected a list of structures",
                ));
            };
            let sp = Params(m);
            let name = sp.req_str("ScopeName")?;
            if name.contains(char::is_whitespace) || name.contains('/') {
                return Err(ApiError::constraint(
                    name,
                    "Scopes.member.scopeName",
                    "Member must satisfy regular expression pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+",
                ));
            }
            scopes.push(Scope {
                name: name.to_string(),
                description: sp.req_str("ScopeDescription")?.to_string(),
            });
        }
    }
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if pool.resource_servers.contains_key(identifier) {
            return Err(ApiError::invalid(format!(
                "{identifier} already exists in pool {pool_id}."
            )));
        }
        let rs = ResourceServer {
            identifier: identifier.to_string(),
            name: name.to_string(),
            scopes,
        };
        let out = json!({ "ResourceServer": resource_server_json(&pool.id, &rs) });
        pool.resource_servers.insert(identifier.to_string(), rs);
        Ok(out)
    })
}

pub fn describe_resource_server(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let identifier = p.req_str("Identifier")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let rs = pool.resource_servers.get(identifier).ok_or_else(|| {
            ApiError::not_found(format!("Resource server {identifier} does not exist."))
        })?;
        Ok(json!({ "ResourceServer": resource_server_json(&pool.id, rs) }))
    })
}

pub fn list_resource_servers(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let items: Vec<Value> = pool
            .resource_servers
            .values()
            .map(|rs| resource_server_json(&pool.id, rs))
            .collect();
        Ok(json!({ "ResourceServers": items }))
    })
}

// ---------- users ----------

pub fn user_json(u: &User, attrs_member: &str) -> Value {
    let mut v = json!({
        "Username": u.username,
        attrs_member: u.attribute_list(),
        "UserCreateDate": u.created,
        "UserLastModifiedDate": u.modified,
        "Enabled": u.enabled,
        "UserStatus": u.status,
    });
    if attrs_member == "UserAttributes" {
        let mut list = Vec::new();
        if u.totp_enabled && u.totp_secret.is_some() {
            list.push("SOFTWARE_TOKEN_MFA");
            if u.totp_preferred {
                v["PreferredMfaSetting"] = json!("SOFTWARE_TOKEN_MFA");
            }
        }
        v["UserMFASettingList"] = json!(list);
    }
    v
}

fn new_user(username: String, now: f64) -> User {
    User {
        username,
        sub: uuid::Uuid::new_v4().to_string(),
        attributes: BTreeMap::new(),
        status: "UNCONFIRMED".into(),
        enabled: true,
        password: None,
        created: now,
        modified: now,
        groups: BTreeSet::new(),
        pending_totp: None,
        totp_secret: None,
        totp_enabled: false,
        totp_preferred: false,
        failed_attempts: 0,
        locked_until: 0.0,
        confirmation_code: None,
        refresh_tokens: Default::default(),
    }
}

/// Validates and applies attributes (`sub` is immutable; `custom:` names are free-form).
pub(crate) fn apply_attributes(
    user: &mut User,
    attrs: &[(String, String)],
) -> Result<(), ApiError> {
    for (name, value) in attrs {
        if name == "sub" {
            return Err(ApiError::invalid("Cannot modify an already provided sub."));
        }
        if name.is_empty() || name.len() > 32 + 7 {
            return Err(ApiError::invalid(format!(
                "Attribute name {name} is invalid."
            )));
        }
        if name == "email"
            && !(value.contains('@') && !value.starts_with('@') && !value.ends_with('@'))
        {
            return Err(ApiError::invalid("Invalid email address format."));
        }
        user.attributes.insert(name.clone(), value.clone());
    }
    Ok(())
}

/// The internal username for a new user: a UUID (the sub) when the pool signs in by email or
/// phone, after checking the typed value has that shape.
fn internal_username(pool: &Pool, typed: &str, user: &mut User) -> Result<String, ApiError> {
    if pool.username_attributes.is_empty() {
        if typed.contains('@') && pool.alias_attributes.iter().any(|a| a == "email") {
            return Err(ApiError::invalid(
                "Username cannot be of email format, since user pool is configured for email alias.",
            ));
        }
        return Ok(typed.to_string());
    }
    if typed.contains('@') && pool.username_attributes.iter().any(|a| a == "email") {
        user.attributes.insert("email".into(), typed.to_string());
    } else if typed.starts_with('+') && pool.username_attributes.iter().any(|a| a == "phone_number")
    {
        user.attributes
            .insert("phone_number".into(), typed.to_string());
    } else {
        let want = if pool.username_attributes.iter().any(|a| a == "email") {
            "an email"
        } else {
            "a phone number"
        };
        return Err(ApiError::invalid(format!("Username should be {want}.")));
    }
    Ok(user.sub.clone())
}

fn check_alias_unique(pool: &Pool, user: &User) -> Result<(), ApiError> {
    for attr in pool
        .username_attributes
        .iter()
        .chain(pool.alias_attributes.iter())
    {
        if let Some(v) = user.attributes.get(attr) {
            let clash = pool
                .users
                .values()
                .any(|u| u.username != user.username && u.attributes.get(attr) == Some(v));
            if clash {
                return Err(ApiError::new(
                    if pool.username_attributes.is_empty() {
                        "AliasExistsException"
                    } else {
                        "UsernameExistsException"
                    },
                    if pool.username_attributes.is_empty() {
                        "An account with the given email already exists.".to_string()
                    } else {
                        format!("An account with the given {attr} already exists.")
                    },
                ));
            }
        }
    }
    Ok(())
}

pub fn admin_create_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let typed = p.req_str("Username")?;
    let attrs = p.attributes("UserAttributes")?.unwrap_or_default();
    let temp = p.opt_str("TemporaryPassword")?;
    let action = p.opt_str("MessageAction")?;
    if let Some(action) = action {
        enum_check(action, "MessageAction", &["RESEND", "SUPPRESS"])?;
    }
    let now = ctx.store.now();
    if action == Some("RESEND") {
        return resend_invitation(ctx, pool_id, typed, temp, now);
    }
    // Verifier computation (a 3072-bit modexp) happens outside the lock.
    let (pool_policy, mut user) = ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let mut user = new_user(String::new(), now);
        user.username = internal_username(pool, typed, &mut user)?;
        Ok((pool.policy.clone(), user))
    })?;
    apply_attributes(&mut user, &attrs)?;
    let password = match temp {
        Some(t) => {
            util::check_password(&pool_policy, t)?;
            t.to_string()
        }
        None => util::generate_password(&pool_policy),
    };
    user.password = Some(util::password_record(pool_id, &user.username, &password));
    user.status = "FORCE_CHANGE_PASSWORD".into();
    let log = ctx.store.log && temp.is_none();
    let out = ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if pool.users.contains_key(&user.username) || pool.resolve_username(typed).is_some() {
            return Err(ApiError::new(
                "UsernameExistsException",
                "User account already exists",
            ));
        }
        check_alias_unique(pool, &user)?;
        let out = json!({ "User": user_json(&user, "Attributes") });
        pool.users.insert(user.username.clone(), user);
        Ok(out)
    })?;
    if log {
        notice!(
            "cogman emulator: user {typed} in {pool_id} was given a generated temporary password (set one with TemporaryPassword to know it)"
        );
    }
    Ok(out)
}

/// AdminCreateUser with MessageAction RESEND: a new temporary password for a user who has not
/// signed in yet.
fn resend_invitation(
    ctx: &Ctx,
    pool_id: &str,
    typed: &str,
    temp: Option<&str>,
    now: f64,
) -> Result<Value, ApiError> {
    let (policy, username, status) = ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let user = pool.user(typed)?;
        Ok((
            pool.policy.clone(),
            user.username.clone(),
            user.status.clone(),
        ))
    })?;
    if status != "FORCE_CHANGE_PASSWORD" {
        return Err(ApiError::new(
            "UnsupportedUserStateException",
            format!("Resend not possible. {typed} status is not FORCE_CHANGE_PASSWORD"),
        ));
    }
    let password = match temp {
        Some(t) => {
            util::check_password(&policy, t)?;
            t.to_string()
        }
        None => util::generate_password(&policy),
    };
    let record = util::password_record(pool_id, &username, &password);
    ctx.store.write(|s| {
        let user = s.pool_mut(pool_id)?.user_mut(&username)?;
        user.password = Some(record);
        user.modified = now;
        Ok(json!({ "User": user_json(user, "Attributes") }))
    })
}

pub fn admin_set_user_password(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let typed = p.req_str("Username")?;
    let password = p.req_str("Password")?;
    let permanent = p.opt_bool("Permanent")?.unwrap_or(false);
    let (policy, username) = ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        Ok((pool.policy.clone(), pool.user(typed)?.username.clone()))
    })?;
    util::check_password(&policy, password)?;
    let record = util::password_record(pool_id, &username, password);
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let user = s.pool_mut(pool_id)?.user_mut(&username)?;
        user.password = Some(record);
        user.status = if permanent {
            "CONFIRMED"
        } else {
            "FORCE_CHANGE_PASSWORD"
        }
        .into();
        user.failed_attempts = 0;
        user.locked_until = 0.0;
        user.modified = now;
        Ok(json!({}))
    })
}

pub fn admin_get_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let typed = p.req_str("Username")?;
    ctx.store
        .read(|s| Ok(user_json(s.pool(pool_id)?.user(typed)?, "UserAttributes")))
}

pub fn admin_delete_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let typed = p.req_str("Username")?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        let name = pool.user(typed)?.username.clone();
        pool.users.remove(&name);
        pool.refresh_tokens.retain(|_, r| r.username != name);
        Ok(json!({}))
    })
}

/// Shared body of the admin user-state switches.
fn admin_user_change(
    ctx: &Ctx,
    body: &Map<String, Value>,
    change: impl FnOnce(&mut User, f64) -> Result<(), ApiError>,
) -> Result<Value, ApiError> {
    admin_user_write(ctx, body, false, change)
}

/// Like [`admin_user_change`], after revoking the user's tokens.
fn admin_user_change_signed_out(
    ctx: &Ctx,
    body: &Map<String, Value>,
    change: impl FnOnce(&mut User, f64) -> Result<(), ApiError>,
) -> Result<Value, ApiError> {
    admin_user_write(ctx, body, true, change)
}

fn admin_user_write(
    ctx: &Ctx,
    body: &Map<String, Value>,
    revoke_tokens: bool,
    change: impl FnOnce(&mut User, f64) -> Result<(), ApiError>,
) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let typed = p.req_str("Username")?;
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if revoke_tokens {
            let name = pool.user(typed)?.username.clone();
            pool.revoke_user_tokens(&name);
        }
        let user = pool.user_mut(typed)?;
        change(user, now)?;
        user.modified = now;
        Ok(json!({}))
    })
}

pub fn admin_confirm_sign_up(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    admin_user_change(ctx, body, |u, _| {
        if u.status != "UNCONFIRMED" {
            return Err(ApiError::not_authorized(format!(
                "User cannot be confirmed. Current status is {}",
                u.status
            )));
        }
        u.status = "CONFIRMED".into();
        Ok(())
    })
}

pub fn admin_disable_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    admin_user_change_signed_out(ctx, body, |u, _| {
        u.enabled = false;
        Ok(())
    })
}

pub fn admin_enable_user(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    admin_user_change(ctx, body, |u, _| {
        u.enabled = true;
        Ok(())
    })
}

pub fn admin_reset_user_password(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    admin_user_change(ctx, body, |u, _| {
        if u.status != "UNCONFIRMED" {
            u.status = "RESET_REQUIRED".into();
        }
        Ok(())
    })
}

pub fn admin_user_global_sign_out(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    admin_user_change_signed_out(ctx, body, |_, _| Ok(()))
}

pub fn admin_update_user_attributes(
    ctx: &Ctx,
    body: &Map<String, Value>,
) -> Result<Value, ApiError> {
    let attrs = Params(body)
        .attributes("UserAttributes")?
        .ok_or_else(|| ApiError::missing("UserAttributes"))?;
    admin_user_change(ctx, body, |u, _| apply_attributes(u, &attrs))
}

fn matches_filter(u: &User, filter: &Option<(String, bool, String)>) -> bool {
    let Some((attr, prefix, value)) = filter else {
        return true;
    };
    let actual = match attr.as_str() {
        "username" => Some(u.username.as_str()),
        "sub" => Some(u.sub.as_str()),
        "status" => Some(if u.enabled { "Enabled" } else { "Disabled" }),
        "cognito:user_status" => Some(u.status.as_str()),
        other => u.attributes.get(other).map(String::as_str),
    };
    match actual {
        Some(a) if *prefix => a.to_lowercase().starts_with(&value.to_lowercase()),
        Some(a) => a == value,
        None => false,
    }
}

/// `email = "a@b.c"` / `family_name ^= "Sm"` (the two forms ListUsers accepts).
fn parse_filter(f: &str) -> Result<Option<(String, bool, String)>, ApiError> {
    let f = f.trim();
    if f.is_empty() {
        return Ok(None);
    }
    let bad = || ApiError::invalid("Error while parsing filter.");
    let (attr, prefix, rest) = if let Some((a, r)) = f.split_once("^=") {
        (a, true, r)
    } else if let Some((a, r)) = f.split_once('=') {
        (a, false, r)
    } else {
        return Err(bad());
    };
    let rest = rest.trim();
    let value = rest
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(bad)?;
    let attr = attr.trim().trim_matches('"');
    if attr.is_empty() {
        return Err(bad());
    }
    Ok(Some((attr.to_string(), prefix, value.to_string())))
}

pub fn list_users(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let size = page_size(&p, "Limit", false)?;
    let after = p.opt_str("PaginationToken")?;
    let filter = parse_filter(p.opt_str("Filter")?.unwrap_or(""))?;
    let to_get = p.opt_list("AttributesToGet")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        let (items, next) = paginate(
            pool.users
                .iter()
                .filter(|(_, u)| matches_filter(u, &filter))
                .map(|(k, u)| {
                    let mut v = user_json(u, "Attributes");
                    if let (Some(names), Some(Value::Array(list))) =
                        (&to_get, v.get_mut("Attributes"))
                    {
                        list.retain(|a| {
                            a["Name"]
                                .as_str()
                                .is_some_and(|n| names.iter().any(|x| x == n))
                        });
                    }
                    (k, v)
                }),
            after,
            size,
        );
        Ok(page_json("Users", items, "PaginationToken", next))
    })
}

// ---------- self sign-up ----------

pub fn sign_up(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let client_id = p.req_str("ClientId")?;
    let typed = p.req_str("Username")?;
    let password = p.req_str("Password")?;
    let attrs = p.attributes("UserAttributes")?.unwrap_or_default();
    let secret_hash = p.opt_str("SecretHash")?;
    let now = ctx.store.now();
    let (pool_id, mut user, policy, auto_verified) = ctx.store.read(|s| {
        let pool = s.pool_of_client(client_id)?;
        util::check_secret_hash(pool.client(client_id)?, typed, secret_hash)?;
        let mut user = new_user(String::new(), now);
        user.username = internal_username(pool, typed, &mut user)?;
        Ok((
            pool.id.clone(),
            user,
            pool.policy.clone(),
            pool.auto_verified_attributes.clone(),
        ))
    })?;
    util::check_password(&policy, password)?;
    apply_attributes(&mut user, &attrs)?;
    user.password = Some(util::password_record(&pool_id, &user.username, password));
    user.confirmation_code = Some(util::CONFIRMATION_CODE.to_string());
    let sub = user.sub.clone();
    let delivery = auto_verified
        .iter()
        .find_map(|a| user.attributes.get(a).map(|v| (a.clone(), v.clone())))
        .map(|(attr, v)| {
            json!({
                "Destination": util::mask_destination(&v),
                "DeliveryMedium": if attr == "email" { "EMAIL" } else { "SMS" },
                "AttributeName": attr,
            })
        });
    ctx.store.write(|s| {
        let pool = s.pool_mut(&pool_id)?;
        if pool.users.contains_key(&user.username) || pool.resolve_username(typed).is_some() {
            return Err(ApiError::new(
                "UsernameExistsException",
                "User already exists",
            ));
        }
        check_alias_unique(pool, &user)?;
        pool.users.insert(user.username.clone(), user);
        Ok(())
    })?;
    if ctx.store.log {
        notice!(
            "cogman emulator: confirmation code for {typed} in {pool_id}: {}",
            util::CONFIRMATION_CODE
        );
    }
    let mut out = json!({ "UserConfirmed": false, "UserSub": sub });
    if let Some(d) = delivery {
        out["CodeDeliveryDetails"] = d;
    }
    Ok(out)
}

pub fn confirm_sign_up(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let client_id = p.req_str("ClientId")?;
    let typed = p.req_str("Username")?;
    let code = p.req_str("ConfirmationCode")?;
    let secret_hash = p.opt_str("SecretHash")?;
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let pool = s.pool_of_client_mut(client_id)?;
        util::check_secret_hash(pool.client(client_id)?, typed, secret_hash)?;
        let auto_verified = pool.auto_verified_attributes.clone();
        let hide = pool.client(client_id)?.prevent_user_existence_errors == "ENABLED";
        let user = match pool.user_mut(typed) {
            Ok(u) => u,
            // PreventUserExistenceErrors: an unknown user looks like a wrong code.
            Err(_) if hide => return Err(code_mismatch()),
            Err(e) => return Err(e),
        };
        if user.status != "UNCONFIRMED" {
            return Err(ApiError::not_authorized(format!(
                "User cannot be confirmed. Current status is {}",
                user.status
            )));
        }
        let expected = user
            .confirmation_code
            .as_deref()
            .unwrap_or(util::CONFIRMATION_CODE);
        if code != expected {
            return Err(code_mismatch());
        }
        user.status = "CONFIRMED".into();
        user.confirmation_code = None;
        user.modified = now;
        for attr in auto_verified {
            if user.attributes.contains_key(&attr) {
                user.attributes
                    .insert(format!("{attr}_verified"), "true".into());
            }
        }
        Ok(json!({}))
    })
}

pub fn resend_confirmation_code(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let client_id = p.req_str("ClientId")?;
    let typed = p.req_str("Username")?;
    let secret_hash = p.opt_str("SecretHash")?;
    ctx.store.read(|s| {
        let pool = s.pool_of_client(client_id)?;
        util::check_secret_hash(pool.client(client_id)?, typed, secret_hash)?;
        let user = match pool.user(typed) {
            Ok(u) => u,
            // PreventUserExistenceErrors: an unknown user gets a plausible delivery.
            Err(_) if pool.client(client_id)?.prevent_user_existence_errors == "ENABLED" => {
                return Ok(email_delivery(util::mask_destination(typed)));
            }
            Err(e) => return Err(e),
        };
        if user.status != "UNCONFIRMED" {
            return Err(ApiError::invalid("User is already confirmed."));
        }
        Ok(email_delivery(masked_email(user)))
    })
}

pub fn forgot_password(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let client_id = p.req_str("ClientId")?;
    let typed = p.req_str("Username")?;
    let secret_hash = p.opt_str("SecretHash")?;
    let (dest, pool_id) = ctx.store.write(|s| {
        let pool = s.pool_of_client_mut(client_id)?;
        let client = pool.client(client_id)?.clone();
        util::check_secret_hash(&client, typed, secret_hash)?;
        let pool_id = pool.id.clone();
        let user = match pool.user_mut(typed) {
            Ok(u) => u,
            Err(_) if client.prevent_user_existence_errors == "ENABLED" => {
                return Ok((util::mask_destination(typed), pool_id));
            }
            Err(e) => return Err(e),
        };
        user.confirmation_code = Some(util::CONFIRMATION_CODE.to_string());
        Ok((masked_email(user), pool_id))
    })?;
    if ctx.store.log {
        notice!(
            "cogman emulator: password reset code for {typed} in {pool_id}: {}",
            util::CONFIRMATION_CODE
        );
    }
    Ok(email_delivery(dest))
}

/// The user's email, masked as a delivery destination ("" without one).
fn masked_email(user: &User) -> String {
    user.attributes
        .get("email")
        .map(|e| util::mask_destination(e))
        .unwrap_or_default()
}

/// The reply of the code-sending self-service calls: a code "sent" by email to `destination`.
fn email_delivery(destination: String) -> Value {
    json!({ "CodeDeliveryDetails": { "Destination": destination, "DeliveryMedium": "EMAIL", "AttributeName": "email" } })
}

pub fn confirm_forgot_password(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let client_id = p.req_str("ClientId")?;
    let typed = p.req_str("Username")?;
    let code = p.req_str("ConfirmationCode")?;
    let password = p.req_str("Password")?;
    let secret_hash = p.opt_str("SecretHash")?;
    let (pool_id, username, policy) = ctx.store.read(|s| {
        let pool = s.pool_of_client(client_id)?;
        util::check_secret_hash(pool.client(client_id)?, typed, secret_hash)?;
        Ok((
            pool.id.clone(),
            pool.user(typed)?.username.clone(),
            pool.policy.clone(),
        ))
    })?;
    util::check_password(&policy, password)?;
    let record = util::password_record(&pool_id, &username, password);
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let user = s.pool_mut(&pool_id)?.user_mut(&username)?;
        if user.confirmation_code.as_deref() != Some(code) {
            return Err(code_mismatch());
        }
        user.confirmation_code = None;
        user.password = Some(record);
        if user.status == "RESET_REQUIRED" || user.status == "FORCE_CHANGE_PASSWORD" {
            user.status = "CONFIRMED".into();
        }
        user.failed_attempts = 0;
        user.locked_until = 0.0;
        user.modified = now;
        Ok(json!({}))
    })
}

fn mfa_config_json(pool: &Pool) -> Value {
    json!({
        "SoftwareTokenMfaConfiguration": { "Enabled": pool.software_token_mfa },
        "MfaConfiguration": pool.mfa_configuration,
    })
}

pub fn set_user_pool_mfa_config(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let mfa = p.opt_str("MfaConfiguration")?.map(str::to_string);
    if let Some(m) = &mfa {
        enum_check(m, "MfaConfiguration", &["OFF", "ON", "OPTIONAL"])?;
    }
    let software = match p.opt_obj("SoftwareTokenMfaConfiguration")? {
        Some(sw) => sw.opt_bool("Enabled")?,
        None => None,
    };
    if let Some(sms) = p.opt_obj("SmsMfaConfiguration")?
        && !sms.0.is_empty()
    {
        return Err(ApiError::invalid(
            "SMS MFA is not supported by the cogman emulator.",
        ));
    }
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if let Some(sw) = software {
            pool.software_token_mfa = sw;
        }
        if let Some(m) = mfa {
            if m != "OFF" && !pool.software_token_mfa {
                return Err(ApiError::invalid(
                    "At least one MFA method must be enabled when MfaConfiguration is ON or OPTIONAL.",
                ));
            }
            pool.mfa_configuration = m;
        }
        Ok(mfa_config_json(pool))
    })
}

pub fn get_user_pool_mfa_config(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let pool_id = Params(body).req_str("UserPoolId")?;
    ctx.store.read(|s| Ok(mfa_config_json(s.pool(pool_id)?)))
}

fn code_mismatch() -> ApiError {
    ApiError::new(
        "CodeMismatchException",
        "Invalid verification code provided, please try again.",
    )
}

pub fn list_users_in_group(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let group = p.req_str("GroupName")?;
    let size = page_size(&p, "Limit", false)?;
    let after = p.opt_str("NextToken")?;
    ctx.store.read(|s| {
        let pool = s.pool(pool_id)?;
        if !pool.groups.contains_key(group) {
            return Err(ApiError::not_found("Group not found."));
        }
        let (items, next) = paginate(
            pool.users
                .iter()
                .filter(|(_, u)| u.groups.contains(group))
                .map(|(k, u)| (k, user_json(u, "Attributes"))),
            after,
            size,
        );
        Ok(page_json("Users", items, "NextToken", next))
    })
}

pub fn delete_group(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let group = p.req_str("GroupName")?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if pool.groups.remove(group).is_none() {
            return Err(ApiError::not_found("Group not found."));
        }
        for u in pool.users.values_mut() {
            u.groups.remove(group);
        }
        Ok(json!({}))
    })
}

pub fn delete_resource_server(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let identifier = p.req_str("Identifier")?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if pool.resource_servers.remove(identifier).is_none() {
            return Err(ApiError::not_found(format!(
                "Resource server {identifier} does not exist."
            )));
        }
        Ok(json!({}))
    })
}

fn check_domain(domain: &str) -> Result<(), ApiError> {
    let ok = domain.len() <= 63
        && domain
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !domain.starts_with('-')
        && !domain.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err(ApiError::constraint(
            domain,
            "Domain",
            "Member must satisfy regular expression pattern: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$",
        ))
    }
}

pub fn create_user_pool_domain(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let domain = p.req_str("Domain")?;
    let pool_id = p.req_str("UserPoolId")?;
    check_domain(domain)?;
    ctx.store.write(|s| {
        if s.pools
            .values()
            .any(|p| p.domain.as_deref() == Some(domain))
        {
            return Err(ApiError::invalid(
                "Domain already associated with another user pool.",
            ));
        }
        let pool = s.pool_mut(pool_id)?;
        if pool.domain.is_some() {
            return Err(ApiError::invalid(format!(
                "User pool {pool_id} already has a domain configured."
            )));
        }
        pool.domain = Some(domain.to_string());
        Ok(json!({}))
    })
}

pub fn describe_user_pool_domain(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let domain = Params(body).req_str("Domain")?;
    ctx.store.read(|s| {
        let Some(pool) = s
            .pools
            .values()
            .find(|p| p.domain.as_deref() == Some(domain))
        else {
            return Ok(json!({ "DomainDescription": {} }));
        };
        Ok(json!({ "DomainDescription": {
            "UserPoolId": pool.id,
            "AWSAccountId": ACCOUNT_ID,
            "Domain": domain,
            "S3Bucket": "",
            "CloudFrontDistribution": "",
            "Version": "1",
            "Status": "ACTIVE",
        }}))
    })
}

pub fn delete_user_pool_domain(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let domain = p.req_str("Domain")?;
    let pool_id = p.req_str("UserPoolId")?;
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        if pool.domain.as_deref() != Some(domain) {
            return Err(ApiError::invalid("No such domain or user pool exists."));
        }
        pool.domain = None;
        Ok(json!({}))
    })
}

/// UpdateUserPool: like Cognito, settings left out of the request return to their defaults.
/// Covers the password policy, MFA, auto-verified attributes, deletion protection and tags;
/// other members are accepted and ignored.
pub fn update_user_pool(ctx: &Ctx, body: &Map<String, Value>) -> Result<Value, ApiError> {
    let p = Params(body);
    let pool_id = p.req_str("UserPoolId")?;
    let policy = password_policy(&p)?;
    let auto_verified = p.opt_list("AutoVerifiedAttributes")?.unwrap_or_default();
    let mfa = p.opt_str("MfaConfiguration")?.unwrap_or("OFF").to_string();
    enum_check(&mfa, "MfaConfiguration", &["OFF", "ON", "OPTIONAL"])?;
    let deletion_protection = p
        .opt_str("DeletionProtection")?
        .unwrap_or("INACTIVE")
        .to_string();
    enum_check(
        &deletion_protection,
        "DeletionProtection",
        &["ACTIVE", "INACTIVE"],
    )?;
    let tags: BTreeMap<String, String> = p.str_map("UserPoolTags")?.into_iter().collect();
    let now = ctx.store.now();
    ctx.store.write(|s| {
        let pool = s.pool_mut(pool_id)?;
        pool.policy = policy;
        pool.auto_verified_attributes = auto_verified;
        if mfa != "OFF" {
            pool.software_token_mfa = true;
        }
        pool.mfa_configuration = mfa;
        pool.deletion_protection = deletion_protection;
        pool.tags = tags;
        pool.modified = now;
        Ok(json!({}))
    })
}
