//! What to sign in to and how: [`CognitoConfig`] and [`AuthFlow`].

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::error::CognitoError;

/// The sign-in flow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum AuthFlow {
    /// USER_SRP_AUTH: the password never leaves the machine; allowed on new app clients.
    #[default]
    Srp,
    /// USER_PASSWORD_AUTH: the password is sent (over TLS); needs ALLOW_USER_PASSWORD_AUTH.
    Password,
    /// ADMIN_USER_PASSWORD_AUTH via AdminInitiateAuth, signed with the caller's AWS credentials.
    AdminPassword,
    /// REFRESH_TOKEN_AUTH with a refresh token given up front.
    Refresh,
    /// OAuth2 client_credentials at the pool's domain (machine to machine, no user).
    ClientCredentials,
}

impl AuthFlow {
    /// The name Cognito uses (`USER_SRP_AUTH`, ...); `client_credentials` for the OAuth2 grant.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthFlow::Srp => "USER_SRP_AUTH",
            AuthFlow::Password => "USER_PASSWORD_AUTH",
            AuthFlow::AdminPassword => "ADMIN_USER_PASSWORD_AUTH",
            AuthFlow::Refresh => "REFRESH_TOKEN_AUTH",
            AuthFlow::ClientCredentials => "client_credentials",
        }
    }

    /// The app-client setting that must allow this flow.
    pub fn allow_setting(self) -> &'static str {
        match self {
            AuthFlow::Srp => "ALLOW_USER_SRP_AUTH",
            AuthFlow::Password => "ALLOW_USER_PASSWORD_AUTH",
            AuthFlow::AdminPassword => "ALLOW_ADMIN_USER_PASSWORD_AUTH",
            AuthFlow::Refresh => "ALLOW_REFRESH_TOKEN_AUTH",
            AuthFlow::ClientCredentials => "client_credentials (OAuth grant type)",
        }
    }
}

impl fmt::Display for AuthFlow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuthFlow {
    type Err = String;

    /// Accepts short names (`srp`, `password`, `admin`, `refresh`, `client-credentials`) and
    /// Cognito's names (`USER_SRP_AUTH`, ...), case-insensitively.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        Ok(match norm.as_str() {
            "srp" | "user_srp_auth" => AuthFlow::Srp,
            "password" | "user_password" | "user_password_auth" => AuthFlow::Password,
            "admin" | "admin_password" | "admin_user_password_auth" => AuthFlow::AdminPassword,
            "refresh" | "refresh_token" | "refresh_token_auth" => AuthFlow::Refresh,
            "client_credentials" | "m2m" => AuthFlow::ClientCredentials,
            _ => {
                return Err(format!(
                    "unknown Cognito flow {s:?}; expected one of srp, password, admin, refresh, \
                     client-credentials"
                ));
            }
        })
    }
}

/// Everything needed to sign in. Secrets here are registered with the client's redactor.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CognitoConfig {
    /// `ap-southeast-2_AbC...`; gives the region and the SRP pool name.
    pub user_pool_id: Option<String>,
    /// The app client id.
    pub client_id: String,
    /// The app client secret, when the client has one (SECRET_HASH, client_credentials).
    pub client_secret: Option<String>,
    /// The user name (or alias) to sign in as.
    pub username: Option<String>,
    /// The password.
    pub password: Option<String>,
    /// The flow.
    pub flow: AuthFlow,
    /// Region, when the pool id does not give it.
    pub region: Option<String>,
    /// Service URL override (a local emulator, moto, a VPC endpoint).
    pub endpoint: Option<String>,
    /// OAuth2 domain prefix (`myapp` -> `https://myapp.auth.{region}.amazoncognito.com`),
    /// a custom domain host, or a full base URL.
    pub domain: Option<String>,
    /// OAuth2 scopes for client_credentials.
    pub scopes: Vec<String>,
    /// Answer to NEW_PASSWORD_REQUIRED.
    pub new_password: Option<String>,
    /// Base32 TOTP secret for SOFTWARE_TOKEN_MFA.
    pub totp_secret: Option<String>,
    /// A refresh token to start from (flow `Refresh`).
    pub refresh_token: Option<String>,
    /// Keep tokens in a 0600 file in the user's cache directory between runs.
    pub cache: bool,
}

impl fmt::Debug for CognitoConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn hidden(v: &Option<String>) -> Option<&'static str> {
            v.as_ref().map(|_| "<redacted>")
        }
        f.debug_struct("CognitoConfig")
            .field("user_pool_id", &self.user_pool_id)
            .field("client_id", &self.client_id)
            .field("client_secret", &hidden(&self.client_secret))
            .field("username", &self.username)
            .field("password", &hidden(&self.password))
            .field("flow", &self.flow)
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("domain", &self.domain)
            .field("scopes", &self.scopes)
            .field("new_password", &hidden(&self.new_password))
            .field("totp_secret", &hidden(&self.totp_secret))
            .field("refresh_token", &hidden(&self.refresh_token))
            .field("cache", &self.cache)
            .finish()
    }
}

impl CognitoConfig {
    /// The region: the pool id's prefix (`ap-southeast-2_AbC` -> `ap-southeast-2`), else
    /// `region`.
    pub fn region(&self) -> Result<String, CognitoError> {
        if let Some((prefix, _)) = self.user_pool_id.as_deref().and_then(|p| p.split_once('_'))
            && !prefix.trim().is_empty()
        {
            return Ok(prefix.trim().to_string());
        }
        match self.region.as_deref().map(str::trim) {
            Some(r) if !r.is_empty() => Ok(r.to_string()),
            _ => Err(CognitoError::Config(
                "no region: give --cognito-user-pool-id (its prefix is the region, e.g. \
                 eu-west-1_AbC123) or --cognito-region"
                    .into(),
            )),
        }
    }

    /// The Cognito service URL: `endpoint` if set, else
    /// `https://cognito-idp.{region}.amazonaws.com/`.
    pub fn service_url(&self) -> Result<String, CognitoError> {
        if let Some(ep) = self.endpoint.as_deref().map(str::trim)
            && !ep.is_empty()
        {
            return Ok(if ep.contains("://") {
                ep.to_string()
            } else {
                format!("https://{ep}")
            });
        }
        Ok(format!(
            "https://cognito-idp.{}.amazonaws.com/",
            self.region()?
        ))
    }

    /// The OAuth2 token URL from `domain`: a full URL is used as the base, a host name as
    /// `https://host`, a bare prefix as `https://{prefix}.auth.{region}.amazoncognito.com`.
    pub fn token_url(&self) -> Result<String, CognitoError> {
        let domain = match self.domain.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => d,
            _ => {
                return Err(CognitoError::Config(
                    "the client_credentials flow needs the pool's domain: --cognito-domain \
                     <prefix> (https://<prefix>.auth.<region>.amazoncognito.com) or a full URL"
                        .into(),
                ));
            }
        };
        let base = if domain.contains("://") {
            domain.trim_end_matches('/').to_string()
        } else if domain.contains('.') {
            format!("https://{}", domain.trim_end_matches('/'))
        } else {
            format!("https://{domain}.auth.{}.amazoncognito.com", self.region()?)
        };
        if base.ends_with("/oauth2/token") {
            Ok(base)
        } else {
            Ok(format!("{base}/oauth2/token"))
        }
    }

    /// The pool name for SRP (the part of the pool id after `_`).
    pub fn pool_name(&self) -> Result<&str, CognitoError> {
        let pool = self.user_pool_id.as_deref().ok_or_else(|| {
            CognitoError::Config("the SRP flow needs --cognito-user-pool-id".into())
        })?;
        Ok(crate::srp::pool_name(pool)?)
    }

    /// A stable, non-secret key for the token cache: a hash of pool, client, user, flow and
    /// endpoint.
    pub fn cache_key(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.user_pool_id.as_deref().unwrap_or(""),
            &self.client_id,
            self.username.as_deref().unwrap_or(""),
            self.flow.as_str(),
            self.endpoint.as_deref().unwrap_or(""),
            self.domain.as_deref().unwrap_or(""),
        ] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        hex::encode(&h.finalize()[..12])
    }

    pub(crate) fn require_username(&self) -> Result<&str, CognitoError> {
        match self.username.as_deref() {
            Some(u) if !u.is_empty() => Ok(u),
            _ => Err(CognitoError::Config(format!(
                "the {} flow needs a user name: --cognito-username",
                self.flow
            ))),
        }
    }

    pub(crate) fn require_password(&self) -> Result<&str, CognitoError> {
        match self.password.as_deref() {
            Some(p) if !p.is_empty() => Ok(p),
            _ => Err(CognitoError::Config(format!(
                "the {} flow needs a password: --cognito-password (or its environment variable)",
                self.flow
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> CognitoConfig {
        CognitoConfig {
            user_pool_id: Some("ap-southeast-2_AbC".into()),
            client_id: "client".into(),
            ..Default::default()
        }
    }

    #[test]
    fn region_and_urls() {
        let c = cfg();
        assert_eq!(c.region().ok().as_deref(), Some("ap-southeast-2"));
        assert_eq!(
            c.service_url().ok().as_deref(),
            Some("https://cognito-idp.ap-southeast-2.amazonaws.com/")
        );
        let no_pool = CognitoConfig {
            user_pool_id: None,
            region: Some("eu-west-1".into()),
            ..cfg()
        };
        assert_eq!(no_pool.region().ok().as_deref(), Some("eu-west-1"));
        let none = CognitoConfig {
            user_pool_id: None,
            ..cfg()
        };
        let err = none
            .region()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("--cognito-region"), "{err}");
        let ep = CognitoConfig {
            endpoint: Some("http://127.0.0.1:9229/".into()),
            ..cfg()
        };
        assert_eq!(
            ep.service_url().ok().as_deref(),
            Some("http://127.0.0.1:9229/")
        );
    }

    #[test]
    fn token_url_forms() {
        let with = |d: &str| {
            CognitoConfig {
                domain: Some(d.into()),
                ..cfg()
            }
            .token_url()
            .ok()
        };
        assert_eq!(
            with("myapp").as_deref(),
            Some("https://myapp.auth.ap-southeast-2.amazoncognito.com/oauth2/token")
        );
        assert_eq!(
            with("auth.example.com").as_deref(),
            Some("https://auth.example.com/oauth2/token")
        );
        assert_eq!(
            with("http://127.0.0.1:8080/").as_deref(),
            Some("http://127.0.0.1:8080/oauth2/token")
        );
        assert_eq!(
            with("http://127.0.0.1:8080/oauth2/token").as_deref(),
            Some("http://127.0.0.1:8080/oauth2/token")
        );
        assert!(cfg().token_url().is_err());
    }

    #[test]
    fn flow_names() {
        assert_eq!("srp".parse::<AuthFlow>(), Ok(AuthFlow::Srp));
        assert_eq!(
            "USER_PASSWORD_AUTH".parse::<AuthFlow>(),
            Ok(AuthFlow::Password)
        );
        assert_eq!(
            "client-credentials".parse::<AuthFlow>(),
            Ok(AuthFlow::ClientCredentials)
        );
        assert_eq!("admin".parse::<AuthFlow>(), Ok(AuthFlow::AdminPassword));
        assert!("nope".parse::<AuthFlow>().is_err());
    }

    #[test]
    fn debug_hides_secrets() {
        let c = CognitoConfig {
            password: Some("hunter2-password".into()),
            client_secret: Some("client-secret-value".into()),
            ..cfg()
        };
        let d = format!("{c:?}");
        assert!(
            !d.contains("hunter2") && !d.contains("client-secret-value"),
            "{d}"
        );
    }
}
