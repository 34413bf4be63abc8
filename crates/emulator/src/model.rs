//! The persisted data model: [`State`] holds pools; a [`Pool`] holds its keys, clients, users,
//! groups, resource servers and refresh tokens. Everything here is plain data that serializes to
//! the state file; behaviour lives in `ops`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::keys::SigningKey;

/// Format version of the state file.
pub const STATE_VERSION: u32 = 1;

/// Everything the emulator knows, as saved in the state file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    pub region: String,
    pub pools: BTreeMap<String, Pool>,
}

impl Default for State {
    fn default() -> Self {
        Self {
            version: STATE_VERSION,
            region: "us-east-1".into(),
            pools: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PasswordPolicy {
    pub minimum_length: i64,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub require_numbers: bool,
    pub require_symbols: bool,
    pub temporary_password_validity_days: i64,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self {
            minimum_length: 8,
            require_uppercase: true,
            require_lowercase: true,
            require_numbers: true,
            require_symbols: true,
            temporary_password_validity_days: 7,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pool {
    pub id: String,
    pub name: String,
    pub created: f64,
    pub modified: f64,
    pub policy: PasswordPolicy,
    pub username_attributes: Vec<String>,
    pub alias_attributes: Vec<String>,
    pub auto_verified_attributes: Vec<String>,
    pub mfa_configuration: String,
    /// SoftwareTokenMfaConfiguration.Enabled (SetUserPoolMfaConfig).
    #[serde(default)]
    pub software_token_mfa: bool,
    pub deletion_protection: String,
    pub tags: BTreeMap<String, String>,
    /// Hosted-UI domain prefix (CreateUserPoolDomain); the emulator serves `/oauth2/token` itself.
    #[serde(default)]
    pub domain: Option<String>,
    pub access_key: SigningKey,
    pub id_key: SigningKey,
    pub clients: BTreeMap<String, Client>,
    pub users: BTreeMap<String, User>,
    pub groups: BTreeMap<String, Group>,
    pub resource_servers: BTreeMap<String, ResourceServer>,
    pub refresh_tokens: BTreeMap<String, RefreshRecord>,
    /// origin_jti values whose access and id tokens are revoked (RevokeToken, GlobalSignOut),
    /// each with the instant after which it no longer matters (its refresh token's expiry).
    pub revoked_origins: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub secret: Option<String>,
    pub created: f64,
    pub modified: f64,
    pub explicit_auth_flows: Vec<String>,
    /// Explicit flows were given (DescribeUserPoolClient echoes the defaults either way).
    pub access_validity: i64,
    pub id_validity: i64,
    pub refresh_validity: i64,
    pub access_unit: String,
    pub id_unit: String,
    pub refresh_unit: String,
    pub prevent_user_existence_errors: String,
    pub allowed_oauth_flows: Vec<String>,
    pub allowed_oauth_scopes: Vec<String>,
    pub allowed_oauth_flows_user_pool_client: bool,
    pub callback_urls: Vec<String>,
    pub logout_urls: Vec<String>,
    pub supported_identity_providers: Vec<String>,
    pub read_attributes: Vec<String>,
    pub write_attributes: Vec<String>,
    pub enable_token_revocation: bool,
    pub auth_session_validity: i64,
}

/// Seconds in one unit of a token validity (`seconds`, `minutes`, `hours`, `days`).
pub fn unit_seconds(unit: &str) -> i64 {
    match unit {
        "seconds" => 1,
        "minutes" => 60,
        "hours" => 3600,
        _ => 86_400,
    }
}

impl Client {
    pub fn access_seconds(&self) -> i64 {
        self.access_validity * unit_seconds(&self.access_unit)
    }
    pub fn id_seconds(&self) -> i64 {
        self.id_validity * unit_seconds(&self.id_unit)
    }
    pub fn refresh_seconds(&self) -> i64 {
        self.refresh_validity * unit_seconds(&self.refresh_unit)
    }
    fn has_flow(&self, f: &str) -> bool {
        self.explicit_auth_flows.iter().any(|x| x == f)
    }
    fn has_legacy(&self) -> bool {
        self.explicit_auth_flows
            .iter()
            .any(|f| !f.starts_with("ALLOW_"))
    }
    /// Whether the client allows an auth flow (legacy values imply SRP and refresh, as on Cognito).
    pub fn allows(&self, flow: &str) -> bool {
        match flow {
            "USER_PASSWORD_AUTH" => {
                self.has_flow("ALLOW_USER_PASSWORD_AUTH") || self.has_flow("USER_PASSWORD_AUTH")
            }
            "USER_SRP_AUTH" => self.has_flow("ALLOW_USER_SRP_AUTH") || self.has_legacy(),
            "REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN" => {
                self.has_flow("ALLOW_REFRESH_TOKEN_AUTH") || self.has_legacy()
            }
            "ADMIN_USER_PASSWORD_AUTH" | "ADMIN_NO_SRP_AUTH" => {
                self.has_flow("ALLOW_ADMIN_USER_PASSWORD_AUTH")
                    || self.has_flow("ADMIN_NO_SRP_AUTH")
            }
            "CUSTOM_AUTH" => {
                self.has_flow("ALLOW_CUSTOM_AUTH") || self.has_flow("CUSTOM_AUTH_FLOW_ONLY")
            }
            "USER_AUTH" => self.has_flow("ALLOW_USER_AUTH"),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PasswordRecord {
    /// SRP salt (hex) and verifier v = g^x mod N (hex).
    pub salt: String,
    pub verifier: String,
    /// HMAC-SHA256(salt, password) for the password flows, so they cost no modular exponentiation.
    pub digest: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub username: String,
    pub sub: String,
    /// Attributes other than `sub`, in a stable order.
    pub attributes: BTreeMap<String, String>,
    pub status: String,
    pub enabled: bool,
    pub password: Option<PasswordRecord>,
    pub created: f64,
    pub modified: f64,
    pub groups: BTreeSet<String>,
    /// Base32 secret from AssociateSoftwareToken, not yet verified.
    pub pending_totp: Option<String>,
    /// Verified TOTP secret.
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    pub totp_preferred: bool,
    pub failed_attempts: u32,
    pub locked_until: f64,
    pub confirmation_code: Option<String>,
    /// This user's refresh tokens, oldest first (an index into `Pool::refresh_tokens`, capped
    /// so endless sign-ins in a load test cannot grow the state without bound).
    #[serde(default)]
    pub refresh_tokens: std::collections::VecDeque<String>,
}

impl User {
    pub fn attribute_list(&self) -> Vec<serde_json::Value> {
        let mut out = vec![serde_json::json!({"Name": "sub", "Value": self.sub})];
        for (k, v) in &self.attributes {
            out.push(serde_json::json!({"Name": k, "Value": v}));
        }
        out
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    pub description: Option<String>,
    pub role_arn: Option<String>,
    pub precedence: Option<i64>,
    pub created: f64,
    pub modified: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scope {
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResourceServer {
    pub identifier: String,
    pub name: String,
    pub scopes: Vec<Scope>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RefreshRecord {
    pub client_id: String,
    pub username: String,
    pub origin_jti: String,
    pub auth_time: i64,
    pub issued: f64,
    pub expires: f64,
    /// Revoked (RevokeToken, GlobalSignOut...): kept until expiry to answer with the right error.
    #[serde(default)]
    pub revoked: bool,
}
