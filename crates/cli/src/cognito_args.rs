//! The `--cognito-*` flags shared by `cogman run` and `cogman auth`, and how they become a
//! [`CognitoConfig`] / [`CognitoRunConfig`].
//!
//! Every flag can also come from `COGMAN_COGNITO_<NAME>` (how CI passes secrets); `--help`
//! never shows those values (`hide_env_values`). `--cognito` fills what the flags leave out
//! from the variables the well-known Postman pre-request script uses (`cognitoClientId`,
//! `cognitoUserName`, `cognitoUserPassword`, `cognitoUserPoolId`) in the loaded environment
//! or globals. Every secret is registered with the run's redactor as soon as it is read.

use clap::{Args, ValueEnum};
use cogman_cognito::{AuthFlow, CognitoConfig};
use cogman_collection::Environment;
use cogman_redact::Redactor;
use cogman_runner::{CognitoAuthHeader, CognitoRunConfig};

/// `--cognito-flow`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum FlowArg {
    /// USER_SRP_AUTH: the password never leaves the machine (new app clients allow it).
    #[default]
    Srp,
    /// USER_PASSWORD_AUTH (needs ALLOW_USER_PASSWORD_AUTH on the app client).
    Password,
    /// ADMIN_USER_PASSWORD_AUTH, signed with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
    AdminPassword,
    /// REFRESH_TOKEN_AUTH from --cognito-refresh-token.
    Refresh,
    /// OAuth2 client_credentials at --cognito-domain (needs the client secret).
    ClientCredentials,
}

impl From<FlowArg> for AuthFlow {
    fn from(f: FlowArg) -> AuthFlow {
        match f {
            FlowArg::Srp => AuthFlow::Srp,
            FlowArg::Password => AuthFlow::Password,
            FlowArg::AdminPassword => AuthFlow::AdminPassword,
            FlowArg::Refresh => AuthFlow::Refresh,
            FlowArg::ClientCredentials => AuthFlow::ClientCredentials,
        }
    }
}

/// `--cognito-auth-header`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuthHeaderArg {
    /// `Authorization: Bearer <access token>`.
    Access,
    /// `Authorization: Bearer <id token>` (API Gateway's Cognito authorizer default).
    Id,
    /// Only set the `cognito*Token` environment variables.
    None,
}

/// The Cognito sign-in flags.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Cognito sign-in (each flag also reads COGMAN_COGNITO_<NAME>)")]
pub struct CognitoArgs {
    /// Sign in with the seed script's variables (cognitoClientId, cognitoUserName,
    /// cognitoUserPassword, cognitoUserPoolId) from the environment/globals when the flags
    /// below are absent.
    #[arg(long)]
    pub cognito: bool,
    /// User pool id (its prefix is the region, e.g. eu-west-1_AbC123).
    #[arg(
        long,
        value_name = "ID",
        env = "COGMAN_COGNITO_USER_POOL_ID",
        hide_env_values = true
    )]
    pub cognito_user_pool_id: Option<String>,
    /// App client id. Giving it turns sign-in on.
    #[arg(
        long,
        value_name = "ID",
        env = "COGMAN_COGNITO_CLIENT_ID",
        hide_env_values = true
    )]
    pub cognito_client_id: Option<String>,
    /// App client secret (SECRET_HASH, client_credentials).
    #[arg(
        long,
        value_name = "SECRET",
        env = "COGMAN_COGNITO_CLIENT_SECRET",
        hide_env_values = true
    )]
    pub cognito_client_secret: Option<String>,
    /// User name (or alias) to sign in as.
    #[arg(
        long,
        value_name = "NAME",
        env = "COGMAN_COGNITO_USERNAME",
        hide_env_values = true
    )]
    pub cognito_username: Option<String>,
    /// Password (prefer the environment variable COGMAN_COGNITO_PASSWORD).
    #[arg(
        long,
        value_name = "PASSWORD",
        env = "COGMAN_COGNITO_PASSWORD",
        hide_env_values = true
    )]
    pub cognito_password: Option<String>,
    /// Sign-in flow (default: srp).
    #[arg(
        long,
        value_name = "FLOW",
        value_enum,
        env = "COGMAN_COGNITO_FLOW",
        hide_env_values = true
    )]
    pub cognito_flow: Option<FlowArg>,
    /// Region, when there is no pool id to take it from.
    #[arg(
        long,
        value_name = "REGION",
        env = "COGMAN_COGNITO_REGION",
        hide_env_values = true
    )]
    pub cognito_region: Option<String>,
    /// Cognito service URL override (a local emulator, a VPC endpoint).
    #[arg(
        long,
        value_name = "URL",
        env = "COGMAN_COGNITO_ENDPOINT",
        hide_env_values = true
    )]
    pub cognito_endpoint: Option<String>,
    /// OAuth2 domain: prefix, custom domain host or URL (client-credentials flow).
    #[arg(
        long,
        value_name = "DOMAIN",
        env = "COGMAN_COGNITO_DOMAIN",
        hide_env_values = true
    )]
    pub cognito_domain: Option<String>,
    /// OAuth2 scope; repeatable or space-separated.
    #[arg(
        long,
        value_name = "SCOPE",
        env = "COGMAN_COGNITO_SCOPE",
        hide_env_values = true
    )]
    pub cognito_scope: Vec<String>,
    /// New password, to answer NEW_PASSWORD_REQUIRED (first sign-in of an admin-created user).
    #[arg(
        long,
        value_name = "PASSWORD",
        env = "COGMAN_COGNITO_NEW_PASSWORD",
        hide_env_values = true
    )]
    pub cognito_new_password: Option<String>,
    /// Base32 TOTP secret, to answer SOFTWARE_TOKEN_MFA.
    #[arg(
        long,
        value_name = "SECRET",
        env = "COGMAN_COGNITO_TOTP_SECRET",
        hide_env_values = true
    )]
    pub cognito_totp_secret: Option<String>,
    /// Refresh token for --cognito-flow refresh.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "COGMAN_COGNITO_REFRESH_TOKEN",
        hide_env_values = true
    )]
    pub cognito_refresh_token: Option<String>,
    /// Keep tokens (never the password) in a 0600 file in the user cache directory.
    #[arg(long, env = "COGMAN_COGNITO_CACHE", hide_env_values = true)]
    pub cognito_cache: bool,
    /// Send this token as `Authorization: Bearer` on requests without auth of their own.
    #[arg(
        long,
        value_name = "TOKEN",
        value_enum,
        env = "COGMAN_COGNITO_AUTH_HEADER",
        hide_env_values = true
    )]
    pub cognito_auth_header: Option<AuthHeaderArg>,
}

/// The variables of the seed pre-request script that `--cognito` reads.
pub const SEED_CLIENT_ID: &str = "cognitoClientId";
/// See [`SEED_CLIENT_ID`].
pub const SEED_USERNAME: &str = "cognitoUserName";
/// See [`SEED_CLIENT_ID`].
pub const SEED_PASSWORD: &str = "cognitoUserPassword";
/// See [`SEED_CLIENT_ID`].
pub const SEED_POOL_ID: &str = "cognitoUserPoolId";

/// Where `--cognito` looks for the seed variables: `--env-var` pairs, then the environment,
/// then `--global-var` pairs, then the globals (Postman's precedence among these).
#[derive(Default)]
pub struct SeedVars<'a> {
    /// `--env-var k=v`.
    pub env_vars: &'a [(String, String)],
    /// `-e` file.
    pub environment: Option<&'a Environment>,
    /// `--global-var k=v`.
    pub global_vars: &'a [(String, String)],
    /// `-g` file.
    pub globals: Option<&'a Environment>,
}

impl SeedVars<'_> {
    fn get(&self, key: &str) -> Option<String> {
        let pair = |list: &[(String, String)]| {
            list.iter()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        };
        let file = |e: Option<&Environment>| {
            e.and_then(|e| e.scope.get(key))
                .map(cogman_collection::js_string)
        };
        pair(self.env_vars)
            .or_else(|| file(self.environment))
            .or_else(|| pair(self.global_vars))
            .or_else(|| file(self.globals))
            .filter(|v| !v.trim().is_empty())
    }
}

fn non_empty(v: &Option<String>) -> Option<String> {
    v.as_ref().filter(|s| !s.trim().is_empty()).cloned()
}

impl CognitoArgs {
    /// True when any flag (or its environment variable) asks for Cognito.
    fn anything_given(&self) -> bool {
        self.cognito
            || [
                &self.cognito_user_pool_id,
                &self.cognito_client_id,
                &self.cognito_username,
                &self.cognito_password,
                &self.cognito_refresh_token,
            ]
            .into_iter()
            .any(|v| non_empty(v).is_some())
            || self.cognito_auth_header.is_some()
    }

    /// The client configuration, or `Ok(None)` when no sign-in was asked for. Secrets are
    /// registered with `redactor` before anything else happens.
    pub fn config(
        &self,
        seed: &SeedVars<'_>,
        redactor: &Redactor,
    ) -> Result<Option<CognitoConfig>, String> {
        for secret in [
            &self.cognito_password,
            &self.cognito_client_secret,
            &self.cognito_new_password,
            &self.cognito_totp_secret,
            &self.cognito_refresh_token,
        ]
        .into_iter()
        .flatten()
        {
            redactor.add_secret(secret);
        }
        if !self.anything_given() {
            return Ok(None);
        }
        let from_seed = |flag: &Option<String>, var: &str| {
            non_empty(flag).or_else(|| if self.cognito { seed.get(var) } else { None })
        };
        let password = from_seed(&self.cognito_password, SEED_PASSWORD);
        if let Some(p) = &password {
            redactor.add_secret(p);
        }
        let Some(client_id) = from_seed(&self.cognito_client_id, SEED_CLIENT_ID) else {
            return Err(if self.cognito {
                format!(
                    "--cognito: no app client id: set the variable {SEED_CLIENT_ID} in the \
                     environment (-e) or pass --cognito-client-id (or COGMAN_COGNITO_CLIENT_ID)"
                )
            } else {
                "Cognito sign-in needs the app client id: --cognito-client-id (or \
                 COGMAN_COGNITO_CLIENT_ID)"
                    .to_string()
            });
        };
        let flow: AuthFlow = self.cognito_flow.unwrap_or_default().into();
        let user_pool_id = from_seed(&self.cognito_user_pool_id, SEED_POOL_ID);
        if self.cognito && flow == AuthFlow::Srp && user_pool_id.is_none() {
            return Err(format!(
                "--cognito signs in with SRP, which needs the user pool id: set the variable \
                 {SEED_POOL_ID} in the environment or pass --cognito-user-pool-id (or, if the app \
                 client allows USER_PASSWORD_AUTH as the seed script assumes, add \
                 --cognito-flow password --cognito-region <region>)"
            ));
        }
        let scopes = self
            .cognito_scope
            .iter()
            .flat_map(|s| s.split_whitespace())
            .map(str::to_string)
            .collect();
        Ok(Some(CognitoConfig {
            user_pool_id,
            client_id,
            client_secret: non_empty(&self.cognito_client_secret),
            username: from_seed(&self.cognito_username, SEED_USERNAME),
            password,
            flow,
            region: non_empty(&self.cognito_region),
            endpoint: non_empty(&self.cognito_endpoint),
            domain: non_empty(&self.cognito_domain),
            scopes,
            new_password: non_empty(&self.cognito_new_password),
            totp_secret: non_empty(&self.cognito_totp_secret),
            refresh_token: non_empty(&self.cognito_refresh_token),
            cache: self.cognito_cache,
        }))
    }

    /// The runner's sign-in settings, or `Ok(None)` when no sign-in was asked for.
    pub fn run_config(
        &self,
        seed: &SeedVars<'_>,
        redactor: &Redactor,
    ) -> Result<Option<CognitoRunConfig>, String> {
        let Some(config) = self.config(seed, redactor)? else {
            return Ok(None);
        };
        let auth_header = match self.cognito_auth_header {
            Some(AuthHeaderArg::Access) => CognitoAuthHeader::Access,
            Some(AuthHeaderArg::Id) => CognitoAuthHeader::Id,
            Some(AuthHeaderArg::None) | None => CognitoAuthHeader::None,
        };
        Ok(Some(CognitoRunConfig {
            config,
            auth_header,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_given_means_no_sign_in() {
        let args = CognitoArgs::default();
        let r = Redactor::new();
        assert!(matches!(args.config(&SeedVars::default(), &r), Ok(None)));
    }

    #[test]
    fn seed_variables_fill_the_gaps_and_secrets_are_registered() {
        let args = CognitoArgs {
            cognito: true,
            cognito_flow: Some(FlowArg::Password),
            cognito_region: Some("ap-southeast-2".into()),
            ..Default::default()
        };
        let env_vars = vec![
            (SEED_CLIENT_ID.to_string(), "client-1".to_string()),
            (SEED_USERNAME.to_string(), "alice".to_string()),
            (SEED_PASSWORD.to_string(), "Pa55word-seed!".to_string()),
        ];
        let seed = SeedVars {
            env_vars: &env_vars,
            ..Default::default()
        };
        let r = Redactor::new();
        let cfg = args.config(&seed, &r).ok().flatten();
        let cfg = cfg.unwrap_or_default();
        assert_eq!(cfg.client_id, "client-1");
        assert_eq!(cfg.username.as_deref(), Some("alice"));
        assert!(!r.redact("x Pa55word-seed! y").contains("Pa55word-seed!"));
    }

    #[test]
    fn seed_srp_without_pool_id_explains() {
        let args = CognitoArgs {
            cognito: true,
            ..Default::default()
        };
        let env_vars = vec![(SEED_CLIENT_ID.to_string(), "c".to_string())];
        let seed = SeedVars {
            env_vars: &env_vars,
            ..Default::default()
        };
        let err = args
            .config(&seed, &Redactor::new())
            .err()
            .unwrap_or_default();
        assert!(err.contains(SEED_POOL_ID), "{err}");
    }

    #[test]
    fn scopes_split_on_spaces() {
        let args = CognitoArgs {
            cognito_client_id: Some("c".into()),
            cognito_scope: vec!["a/read b/write".into(), "c/x".into()],
            ..Default::default()
        };
        let cfg = args
            .config(&SeedVars::default(), &Redactor::new())
            .ok()
            .flatten()
            .unwrap_or_default();
        assert_eq!(cfg.scopes, vec!["a/read", "b/write", "c/x"]);
    }
}
