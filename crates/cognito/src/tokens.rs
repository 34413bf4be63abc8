//! Tokens, their claims, and their lifecycle: [`Tokens`], [`claims`], [`TokenManager`] and the
//! optional on-disk cache.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::client::CognitoClient;
use crate::config::AuthFlow;
use crate::error::CognitoError;

/// Tokens from a sign-in or refresh.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    /// The access token (JWT).
    pub access_token: String,
    /// The id token (JWT); absent for client_credentials.
    pub id_token: Option<String>,
    /// The refresh token; absent for client_credentials.
    pub refresh_token: Option<String>,
    /// When the access token expires.
    pub expires_at: DateTime<Utc>,
    /// `Bearer`.
    pub token_type: String,
}

impl fmt::Debug for Tokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tokens")
            .field("access_token", &"<redacted>")
            .field("id_token", &self.id_token.as_ref().map(|_| "<redacted>"))
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "<redacted>"),
            )
            .field("expires_at", &self.expires_at)
            .field("token_type", &self.token_type)
            .finish()
    }
}

impl Tokens {
    /// Claims of the access token.
    pub fn access_claims(&self) -> Result<serde_json::Value, CognitoError> {
        claims(&self.access_token)
    }

    /// Claims of the id token, if there is one.
    pub fn id_claims(&self) -> Option<Result<serde_json::Value, CognitoError>> {
        self.id_token.as_deref().map(claims)
    }

    /// The internal user name: the access token's `username` claim, else the id token's
    /// `cognito:username`. SECRET_HASH on refresh must use this, not the alias typed.
    pub fn internal_username(&self) -> Option<String> {
        let from = |v: serde_json::Value, key: &str| v.get(key)?.as_str().map(str::to_string);
        self.access_claims()
            .ok()
            .and_then(|c| from(c, "username"))
            .or_else(|| {
                self.id_claims()
                    .and_then(Result::ok)
                    .and_then(|c| from(c, "cognito:username"))
            })
    }

    /// Whether the access token expires within `margin` of `now`.
    pub fn expires_within(&self, now: DateTime<Utc>, margin: Duration) -> bool {
        self.expires_at - margin <= now
    }
}

/// Decodes a JWT's payload without verifying it (for display, `cogman auth claims`).
pub fn claims(token: &str) -> Result<serde_json::Value, CognitoError> {
    let mut parts = token.trim().split('.');
    let (Some(_header), Some(payload), Some(_sig)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(CognitoError::Token(
            "not a JWT (expected three dot-separated parts)".into(),
        ));
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| CognitoError::Token("the JWT payload is not base64url".into()))?;
    serde_json::from_slice(&bytes)
        .map_err(|e| CognitoError::Token(format!("the JWT payload is not JSON: {e}")))
}

/// Refresh when the access token has less than this left.
pub const REFRESH_MARGIN_SECS: i64 = 60;

/// A source of "now", injectable for tests.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Signs in once and keeps the tokens fresh: [`TokenManager::current`] refreshes when the
/// access token is within 60 s of expiry (REFRESH_TOKEN_AUTH when a refresh token exists,
/// otherwise a new sign-in). With `cache: true` tokens (never the password) are kept in a 0600
/// JSON file in the user's cache directory.
pub struct TokenManager<'t> {
    client: CognitoClient<'t>,
    tokens: Option<Tokens>,
    clock: Clock,
    cache_path: Option<PathBuf>,
}

impl fmt::Debug for TokenManager<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenManager")
            .field("tokens", &self.tokens)
            .field("cache_path", &self.cache_path)
            .finish()
    }
}

impl<'t> TokenManager<'t> {
    /// A manager over `client`, using the system clock and, when the config asks for it,
    /// the default cache file.
    pub fn new(client: CognitoClient<'t>) -> Self {
        let cache_path = if client.config().cache {
            default_cache_path(&client.config().cache_key())
        } else {
            None
        };
        TokenManager {
            client,
            tokens: None,
            clock: Arc::new(Utc::now),
            cache_path,
        }
    }

    /// Replaces the clock (tests).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Uses this cache file instead of the default one (`None` turns the cache off).
    pub fn with_cache_path(mut self, path: Option<PathBuf>) -> Self {
        self.cache_path = path;
        self
    }

    /// The cache file in use, if any.
    pub fn cache_path(&self) -> Option<&Path> {
        self.cache_path.as_deref()
    }

    /// The client.
    pub fn client(&self) -> &CognitoClient<'t> {
        &self.client
    }

    /// Valid tokens: cached ones while they have more than 60 s left, else refreshed or new.
    pub fn current(&mut self) -> Result<&Tokens, CognitoError> {
        let now = (self.clock)();
        let margin = Duration::seconds(REFRESH_MARGIN_SECS);
        if self.tokens.is_none()
            && let Some(cached) = self.load_cache(now, margin)
        {
            self.client.register_tokens(&cached);
            self.tokens = Some(cached);
        }
        let fresh = match self.tokens.take() {
            Some(t) if !t.expires_within(now, margin) => t,
            Some(old) => self.renew(old, now)?,
            None => self.client.sign_in_at(now)?,
        };
        self.store_cache(&fresh);
        Ok(self.tokens.insert(fresh))
    }

    /// Forgets the tokens (and the cache file), so the next `current` signs in again.
    pub fn invalidate(&mut self) {
        self.tokens = None;
        if let Some(p) = &self.cache_path {
            let _ = std::fs::remove_file(p);
        }
    }

    fn renew(&mut self, old: Tokens, now: DateTime<Utc>) -> Result<Tokens, CognitoError> {
        let can_sign_in = self.client.config().flow != AuthFlow::Refresh;
        if self.client.config().flow != AuthFlow::ClientCredentials
            && let Some(refresh) = old.refresh_token.clone()
        {
            let username = old.internal_username();
            match self.client.refresh_at(&refresh, username.as_deref(), now) {
                Ok(t) => return Ok(t),
                // A stale refresh token: fall back to a full sign-in when we can.
                Err(e) if can_sign_in && e.error_type() == Some("NotAuthorizedException") => {}
                Err(e) => return Err(e),
            }
        }
        self.client.sign_in_at(now)
    }

    fn load_cache(&self, now: DateTime<Utc>, margin: Duration) -> Option<Tokens> {
        let path = self.cache_path.as_ref()?;
        let text = std::fs::read_to_string(path).ok()?;
        let tokens: Tokens = serde_json::from_str(&text).ok()?;
        // An expired entry is only useful for its refresh token.
        if tokens.expires_within(now, margin) && tokens.refresh_token.is_none() {
            return None;
        }
        Some(tokens)
    }

    fn store_cache(&self, tokens: &Tokens) {
        if let Some(path) = &self.cache_path {
            // A cache that cannot be written only costs a sign-in next time.
            let _ = write_private_atomically(path, tokens);
        }
    }
}

/// `<cache dir>/cogman/tokens-<key>.json`.
pub fn default_cache_path(key: &str) -> Option<PathBuf> {
    Some(
        dirs::cache_dir()?
            .join("cogman")
            .join(format!("tokens-{key}.json")),
    )
}

/// Writes JSON to a 0600 temporary file beside `path`, then renames it over `path`.
fn write_private_atomically(path: &Path, tokens: &Tokens) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let json = serde_json::to_vec_pretty(tokens).map_err(std::io::Error::other)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("tokens"),
        std::process::id()
    ));
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        #[cfg(unix)]
        {
            // `mode` does not apply to a file that already existed.
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        std::io::Write::write_all(&mut f, &json)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn jwt(payload: &serde_json::Value) -> String {
        let enc = |v: &[u8]| URL_SAFE_NO_PAD.encode(v);
        format!(
            "{}.{}.{}",
            enc(br#"{"alg":"RS256","kid":"k"}"#),
            enc(payload.to_string().as_bytes()),
            enc(b"sig")
        )
    }

    #[test]
    fn claims_decode_and_errors() {
        let t = jwt(&serde_json::json!({"username": "uuid-1", "token_use": "access"}));
        let c = claims(&t).unwrap_or_default();
        assert_eq!(c["username"], "uuid-1");
        assert!(claims("abc").is_err());
        assert!(claims("a.!!!.c").is_err());
        let tokens = Tokens {
            access_token: t,
            id_token: None,
            refresh_token: None,
            expires_at: Utc::now(),
            token_type: "Bearer".into(),
        };
        assert_eq!(tokens.internal_username().as_deref(), Some("uuid-1"));
        assert!(!format!("{tokens:?}").contains(&tokens.access_token));
    }

    #[test]
    fn cache_file_is_private_and_atomic() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("sub").join("tokens-x.json");
        let tokens = Tokens {
            access_token: "a.b.c".into(),
            id_token: None,
            refresh_token: Some("r".into()),
            expires_at: Utc::now(),
            token_type: "Bearer".into(),
        };
        write_private_atomically(&path, &tokens).unwrap_or_else(|e| panic!("{e}"));
        write_private_atomically(&path, &tokens).unwrap_or_else(|e| panic!("{e}"));
        let back: Tokens =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default())
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, tokens);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path)
                .map(|m| m.permissions().mode())
                .unwrap_or(0);
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers = std::fs::read_dir(path.parent().unwrap_or(dir.path()))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(leftovers, 1);
    }
}
