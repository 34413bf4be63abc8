//! [`CognitoClient`]: the flows, the challenge loop, the JSON 1.1 wire calls and the retries.

use std::cell::Cell;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, Utc};
use cogman_redact::Redactor;
use rand::Rng;
use serde_json::{Map, Value, json};

use crate::aws::{AwsCredentials, sign_request};
use crate::config::{AuthFlow, CognitoConfig};
use crate::error::{
    CognitoError, DiagnosisContext, ServiceError, challenge_advice, diagnose_with, short_type,
};
use crate::srp::{self, ChallengeParams, SrpClient};
use crate::tokens::Tokens;
use crate::totp;
use crate::transport::{Transport, TransportRequest, TransportResponse};

/// How often a throttled call is tried in all.
pub const MAX_ATTEMPTS: u32 = 5;
/// Challenges answered in one sign-in before giving up (guards against a loop).
const MAX_CHALLENGES: usize = 6;
/// Default token lifetime when the answer has no `ExpiresIn`.
const DEFAULT_EXPIRES_IN: i64 = 3600;

/// A pause between retries, injectable so tests do not sleep.
pub type Sleeper = Arc<dyn Fn(Duration) + Send + Sync>;

/// Signs in to a Cognito user pool with one [`CognitoConfig`].
///
/// Every secret it is given or learns (password, client secret, new password, TOTP secret,
/// AWS secret key, tokens) is registered with the [`Redactor`] it was built with, and every
/// message it puts in an error passes through that redactor.
pub struct CognitoClient<'t> {
    config: CognitoConfig,
    transport: Box<dyn Transport + 't>,
    redactor: Redactor,
    aws_credentials: Option<AwsCredentials>,
    sleeper: Sleeper,
    /// Set once NEW_PASSWORD_REQUIRED has been answered: later sign-ins use the new password.
    password_changed: Cell<bool>,
}

impl fmt::Debug for CognitoClient<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CognitoClient")
            .field("config", &self.config)
            .field("aws_credentials", &self.aws_credentials)
            .finish()
    }
}

/// What the challenge loop needs to remember between rounds.
struct Exchange<'a> {
    srp: Option<&'a SrpClient>,
    /// AdminRespondToAuthChallenge instead of RespondToAuthChallenge.
    admin: bool,
    /// The password the exchange signs in with.
    password: Option<&'a str>,
    /// The user name to answer challenges as (the challenge's USERNAME once known).
    username: String,
    /// USER_ID_FOR_SRP: the internal user name the SRP signature covers.
    srp_user_id: Option<String>,
}

impl<'t> CognitoClient<'t> {
    /// A client for `config`, sending through `transport` (a `cogman_http::Client`, a
    /// reference to one, or any [`Transport`]). Registers the config's secrets with `redactor`.
    pub fn new(config: CognitoConfig, transport: impl Transport + 't, redactor: Redactor) -> Self {
        for secret in [
            &config.password,
            &config.client_secret,
            &config.new_password,
            &config.totp_secret,
            &config.refresh_token,
        ]
        .into_iter()
        .flatten()
        {
            redactor.add_secret(secret);
        }
        CognitoClient {
            config,
            transport: Box::new(transport),
            redactor,
            aws_credentials: None,
            sleeper: Arc::new(std::thread::sleep),
            password_changed: Cell::new(false),
        }
    }

    /// Uses these AWS credentials for the admin flow instead of the environment.
    pub fn with_aws_credentials(mut self, creds: AwsCredentials) -> Self {
        self.redactor.add_secret(&creds.secret_access_key);
        if let Some(t) = &creds.session_token {
            self.redactor.add_secret(t);
        }
        self.aws_credentials = Some(creds);
        self
    }

    /// Replaces the pause between throttling retries (tests).
    pub fn with_sleeper(mut self, sleeper: Sleeper) -> Self {
        self.sleeper = sleeper;
        self
    }

    /// The configuration.
    pub fn config(&self) -> &CognitoConfig {
        &self.config
    }

    /// The redactor secrets are registered with.
    pub fn redactor(&self) -> &Redactor {
        &self.redactor
    }

    /// Signs in with the configured flow.
    pub fn sign_in(&self) -> Result<Tokens, CognitoError> {
        self.sign_in_at(Utc::now())
    }

    /// Signs in with the configured flow; `now` stamps the SRP answer, the TOTP code and the
    /// expiry.
    pub fn sign_in_at(&self, now: DateTime<Utc>) -> Result<Tokens, CognitoError> {
        match self.config.flow {
            AuthFlow::Srp => self.with_new_password_fallback(|pw| self.srp_sign_in(pw, now)),
            AuthFlow::Password => {
                self.with_new_password_fallback(|pw| self.password_sign_in(pw, false, now))
            }
            AuthFlow::AdminPassword => {
                self.with_new_password_fallback(|pw| self.password_sign_in(pw, true, now))
            }
            AuthFlow::Refresh => {
                let token = self.config.refresh_token.as_deref().ok_or_else(|| {
                    CognitoError::Config(
                        "the refresh flow needs a refresh token: --cognito-refresh-token".into(),
                    )
                })?;
                self.refresh_at(token, self.config.username.as_deref(), now)
            }
            AuthFlow::ClientCredentials => self.client_credentials(now),
        }
    }

    /// REFRESH_TOKEN_AUTH. `username` is the internal user name (the access token's `username`
    /// claim) used for SECRET_HASH when the client has a secret. The old refresh token is kept
    /// when Cognito returns none.
    pub fn refresh(
        &self,
        refresh_token: &str,
        username: Option<&str>,
    ) -> Result<Tokens, CognitoError> {
        self.refresh_at(refresh_token, username, Utc::now())
    }

    /// [`CognitoClient::refresh`] at a given time.
    pub fn refresh_at(
        &self,
        refresh_token: &str,
        username: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Tokens, CognitoError> {
        self.redactor.add_secret(refresh_token);
        let mut params = Map::new();
        params.insert("REFRESH_TOKEN".into(), refresh_token.into());
        if let Some(secret) = &self.config.client_secret {
            let user = username
                .or(self.config.username.as_deref())
                .ok_or_else(|| {
                    CognitoError::Config(
                        "refreshing with a client secret needs the internal user name for \
                         SECRET_HASH (the access token's `username` claim): --cognito-username"
                            .into(),
                    )
                })?;
            params.insert(
                "SECRET_HASH".into(),
                srp::secret_hash(user, &self.config.client_id, secret).into(),
            );
        }
        let body = json!({
            "AuthFlow": "REFRESH_TOKEN_AUTH",
            "ClientId": self.config.client_id,
            "AuthParameters": params,
        });
        let resp = self.call("InitiateAuth", &body, false)?;
        let mut tokens = self.tokens_from(&resp, now)?;
        if tokens.refresh_token.is_none() {
            tokens.refresh_token = Some(refresh_token.to_string());
        }
        Ok(tokens)
    }

    /// Registers tokens (e.g. read from the cache) with the redactor.
    pub fn register_tokens(&self, tokens: &Tokens) {
        self.redactor.add_secret(&tokens.access_token);
        for t in [&tokens.id_token, &tokens.refresh_token]
            .into_iter()
            .flatten()
        {
            self.redactor.add_secret(t);
        }
    }

    /// Runs a password-based sign-in; when the password is rejected and a new password is
    /// configured, tries the new one (it was set by an earlier run's NEW_PASSWORD_REQUIRED).
    fn with_new_password_fallback(
        &self,
        attempt: impl Fn(&str) -> Result<Tokens, CognitoError>,
    ) -> Result<Tokens, CognitoError> {
        let new_pw = self
            .config
            .new_password
            .as_deref()
            .filter(|p| !p.is_empty());
        if self.password_changed.get()
            && let Some(p) = new_pw
        {
            return attempt(p);
        }
        let password = self.config.require_password()?;
        match attempt(password) {
            Err(e)
                if e.error_type() == Some("NotAuthorizedException")
                    && new_pw.is_some_and(|p| p != password)
                    && e.to_string().contains("Incorrect username or password") =>
            {
                let p = new_pw.unwrap_or(password);
                let result = attempt(p);
                if result.is_ok() {
                    self.password_changed.set(true);
                }
                // Report the original error if the new password fails too.
                result.map_err(|_| e)
            }
            other => other,
        }
    }

    fn srp_sign_in(&self, password: &str, now: DateTime<Utc>) -> Result<Tokens, CognitoError> {
        let username = self.config.require_username()?;
        self.config.pool_name()?;
        let srp_client = SrpClient::new();
        let mut params = Map::new();
        params.insert("USERNAME".into(), username.into());
        params.insert("SRP_A".into(), srp_client.a_pub_hex().into());
        self.add_secret_hash(&mut params, username);
        let body = json!({
            "AuthFlow": "USER_SRP_AUTH",
            "ClientId": self.config.client_id,
            "AuthParameters": params,
        });
        let resp = self.call("InitiateAuth", &body, false)?;
        let mut ex = Exchange {
            srp: Some(&srp_client),
            admin: false,
            password: Some(password),
            username: username.to_string(),
            srp_user_id: None,
        };
        self.finish(resp, &mut ex, now)
    }

    fn password_sign_in(
        &self,
        password: &str,
        admin: bool,
        now: DateTime<Utc>,
    ) -> Result<Tokens, CognitoError> {
        let username = self.config.require_username()?;
        let mut params = Map::new();
        params.insert("USERNAME".into(), username.into());
        params.insert("PASSWORD".into(), password.into());
        self.add_secret_hash(&mut params, username);
        let (op, body) = if admin {
            let pool = self.config.user_pool_id.as_deref().ok_or_else(|| {
                CognitoError::Config("the admin flow needs --cognito-user-pool-id".into())
            })?;
            (
                "AdminInitiateAuth",
                json!({
                    "AuthFlow": "ADMIN_USER_PASSWORD_AUTH",
                    "UserPoolId": pool,
                    "ClientId": self.config.client_id,
                    "AuthParameters": params,
                }),
            )
        } else {
            (
                "InitiateAuth",
                json!({
                    "AuthFlow": "USER_PASSWORD_AUTH",
                    "ClientId": self.config.client_id,
                    "AuthParameters": params,
                }),
            )
        };
        let resp = self.call(op, &body, admin)?;
        let mut ex = Exchange {
            srp: None,
            admin,
            password: Some(password),
            username: username.to_string(),
            srp_user_id: None,
        };
        self.finish(resp, &mut ex, now)
    }

    /// Answers challenges until Cognito returns tokens.
    fn finish(
        &self,
        mut resp: Value,
        ex: &mut Exchange<'_>,
        now: DateTime<Utc>,
    ) -> Result<Tokens, CognitoError> {
        for _ in 0..MAX_CHALLENGES {
            if resp
                .get("AuthenticationResult")
                .is_some_and(Value::is_object)
            {
                return self.tokens_from(&resp, now);
            }
            let endpoint = self.config.service_url()?;
            let name = resp
                .get("ChallengeName")
                .and_then(Value::as_str)
                .ok_or_else(|| CognitoError::Protocol {
                    endpoint: endpoint.clone(),
                    message: "the answer has neither AuthenticationResult nor ChallengeName".into(),
                })?
                .to_string();
            let cp = resp.get("ChallengeParameters").cloned().unwrap_or_default();
            let param = |k: &str| cp.get(k).and_then(Value::as_str).map(str::to_string);
            // Cognito sends USERNAME and USER_ID_FOR_SRP, both the internal user name; some
            // emulators put the `sub` in USER_ID_FOR_SRP and can only look users up by
            // USERNAME, so answer as USERNAME and sign with USER_ID_FOR_SRP.
            if let Some(id) = param("USER_ID_FOR_SRP") {
                ex.srp_user_id = Some(id);
            }
            if let Some(u) = param("USERNAME").or_else(|| ex.srp_user_id.clone()) {
                ex.username = u;
            }
            let mut answers = Map::new();
            match name.as_str() {
                "PASSWORD_VERIFIER" => {
                    let srp_client = ex.srp.ok_or_else(|| CognitoError::Protocol {
                        endpoint: endpoint.clone(),
                        message: "PASSWORD_VERIFIER without an SRP sign-in".into(),
                    })?;
                    let missing = |k: &str| CognitoError::Protocol {
                        endpoint: endpoint.clone(),
                        message: format!("PASSWORD_VERIFIER lacks {k}"),
                    };
                    let challenge = ChallengeParams {
                        salt: param("SALT").ok_or_else(|| missing("SALT"))?,
                        srp_b: param("SRP_B").ok_or_else(|| missing("SRP_B"))?,
                        secret_block: param("SECRET_BLOCK")
                            .ok_or_else(|| missing("SECRET_BLOCK"))?,
                        user_id_for_srp: ex
                            .srp_user_id
                            .clone()
                            .unwrap_or_else(|| ex.username.clone()),
                    };
                    let pool_id = self.config.user_pool_id.as_deref().unwrap_or_default();
                    let answer = srp_client.respond(
                        &challenge,
                        pool_id,
                        ex.password.unwrap_or_default(),
                        now,
                    )?;
                    answers.insert("USERNAME".into(), ex.username.clone().into());
                    answers.insert(
                        "PASSWORD_CLAIM_SECRET_BLOCK".into(),
                        answer.secret_block.into(),
                    );
                    answers.insert("TIMESTAMP".into(), answer.timestamp.into());
                    answers.insert("PASSWORD_CLAIM_SIGNATURE".into(), answer.signature.into());
                }
                "NEW_PASSWORD_REQUIRED" => {
                    let Some(new_pw) = self
                        .config
                        .new_password
                        .as_deref()
                        .filter(|p| !p.is_empty())
                    else {
                        return Err(self.challenge_error(&name));
                    };
                    answers.insert("USERNAME".into(), ex.username.clone().into());
                    answers.insert("NEW_PASSWORD".into(), new_pw.into());
                    self.password_changed.set(true);
                }
                "SOFTWARE_TOKEN_MFA" => {
                    let code = self.totp_code(&name, now)?;
                    answers.insert("USERNAME".into(), ex.username.clone().into());
                    answers.insert("SOFTWARE_TOKEN_MFA_CODE".into(), code.into());
                }
                "SELECT_MFA_TYPE" if self.config.totp_secret.is_some() => {
                    answers.insert("USERNAME".into(), ex.username.clone().into());
                    answers.insert("ANSWER".into(), "SOFTWARE_TOKEN_MFA".into());
                }
                _ => return Err(self.challenge_error(&name)),
            }
            self.add_secret_hash(&mut answers, &ex.username.clone());
            let mut body = json!({
                "ChallengeName": name,
                "ClientId": self.config.client_id,
                "ChallengeResponses": answers,
            });
            if let Some(session) = resp.get("Session").and_then(Value::as_str) {
                body["Session"] = session.into();
            }
            let op = if ex.admin {
                body["UserPoolId"] = self.config.user_pool_id.clone().unwrap_or_default().into();
                "AdminRespondToAuthChallenge"
            } else {
                "RespondToAuthChallenge"
            };
            resp = self.call(op, &body, ex.admin)?;
        }
        Err(CognitoError::Protocol {
            endpoint: self.config.service_url().unwrap_or_default(),
            message: format!("still challenged after {MAX_CHALLENGES} answers; giving up"),
        })
    }

    fn totp_code(&self, challenge: &str, now: DateTime<Utc>) -> Result<String, CognitoError> {
        let Some(secret) = self.config.totp_secret.as_deref() else {
            return Err(self.challenge_error(challenge));
        };
        totp::totp(secret, now.timestamp())
            .map_err(|e| CognitoError::Config(format!("--cognito-totp-secret: {e}")))
    }

    fn challenge_error(&self, name: &str) -> CognitoError {
        CognitoError::Challenge {
            name: name.to_string(),
            advice: challenge_advice(name, &self.diagnosis_context()),
        }
    }

    fn diagnosis_context(&self) -> DiagnosisContext {
        DiagnosisContext {
            user_pool_id: self.config.user_pool_id.clone(),
            client_id: Some(self.config.client_id.clone()),
            username: self.config.username.clone(),
            flow: Some(self.config.flow),
        }
    }

    fn add_secret_hash(&self, params: &mut Map<String, Value>, username: &str) {
        if let Some(secret) = &self.config.client_secret {
            params.insert(
                "SECRET_HASH".into(),
                srp::secret_hash(username, &self.config.client_id, secret).into(),
            );
        }
    }

    /// Tokens from `{"AuthenticationResult": {...}}`, registered with the redactor.
    fn tokens_from(&self, resp: &Value, now: DateTime<Utc>) -> Result<Tokens, CognitoError> {
        let endpoint = self.config.service_url().unwrap_or_default();
        let result = resp
            .get("AuthenticationResult")
            .ok_or_else(|| CognitoError::Protocol {
                endpoint: endpoint.clone(),
                message: "the answer has no AuthenticationResult".into(),
            })?;
        let s = |k: &str| result.get(k).and_then(Value::as_str).map(str::to_string);
        let access_token = s("AccessToken").ok_or_else(|| CognitoError::Protocol {
            endpoint,
            message: "AuthenticationResult has no AccessToken".into(),
        })?;
        let expires_in = result
            .get("ExpiresIn")
            .and_then(Value::as_i64)
            .unwrap_or(DEFAULT_EXPIRES_IN);
        let tokens = Tokens {
            access_token,
            id_token: s("IdToken"),
            refresh_token: s("RefreshToken"),
            expires_at: now + chrono::Duration::seconds(expires_in),
            token_type: s("TokenType").unwrap_or_else(|| "Bearer".into()),
        };
        self.register_tokens(&tokens);
        Ok(tokens)
    }

    /// OAuth2 client_credentials at `{domain}/oauth2/token`.
    fn client_credentials(&self, now: DateTime<Utc>) -> Result<Tokens, CognitoError> {
        let url = self.config.token_url()?;
        let secret = self.config.client_secret.as_deref().ok_or_else(|| {
            CognitoError::Config(
                "the client_credentials flow needs the app client's secret: \
                 --cognito-client-secret"
                    .into(),
            )
        })?;
        let basic = BASE64.encode(format!("{}:{secret}", self.config.client_id));
        self.redactor.add_secret(&basic);
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("grant_type", "client_credentials");
        if !self.config.scopes.is_empty() {
            form.append_pair("scope", &self.config.scopes.join(" "));
        }
        let req = TransportRequest {
            method: "POST".into(),
            url: url.clone(),
            headers: vec![
                (
                    "Content-Type".into(),
                    "application/x-www-form-urlencoded".into(),
                ),
                ("Accept".into(), "application/json".into()),
                ("Authorization".into(), format!("Basic {basic}")),
            ],
            body: form.finish().into_bytes(),
        };
        let resp = self.send_with_retry("oauth2/token", &url, || Ok(req.clone()))?;
        let access_token = resp
            .get("access_token")
            .and_then(Value::as_str)
            .ok_or_else(|| CognitoError::Protocol {
                endpoint: url.clone(),
                message: "the token answer has no access_token".into(),
            })?;
        let tokens = Tokens {
            access_token: access_token.to_string(),
            id_token: None,
            refresh_token: None,
            expires_at: now
                + chrono::Duration::seconds(
                    resp.get("expires_in")
                        .and_then(Value::as_i64)
                        .unwrap_or(DEFAULT_EXPIRES_IN),
                ),
            token_type: resp
                .get("token_type")
                .and_then(Value::as_str)
                .unwrap_or("Bearer")
                .to_string(),
        };
        self.register_tokens(&tokens);
        Ok(tokens)
    }

    /// One Cognito JSON 1.1 operation; SigV4-signed when `signed`.
    fn call(&self, operation: &str, body: &Value, signed: bool) -> Result<Value, CognitoError> {
        let url = self.config.service_url()?;
        let bytes = serde_json::to_vec(body).map_err(|e| CognitoError::Protocol {
            endpoint: url.clone(),
            message: format!("cannot encode the request: {e}"),
        })?;
        let creds = if signed {
            Some(match &self.aws_credentials {
                Some(c) => c.clone(),
                None => {
                    let c = AwsCredentials::from_env()?;
                    self.redactor.add_secret(&c.secret_access_key);
                    if let Some(t) = &c.session_token {
                        self.redactor.add_secret(t);
                    }
                    c
                }
            })
        } else {
            None
        };
        let region = if signed {
            Some(self.config.region()?)
        } else {
            None
        };
        self.send_with_retry(operation, &url, || {
            let mut req = TransportRequest {
                method: "POST".into(),
                url: url.clone(),
                headers: vec![
                    ("Content-Type".into(), "application/x-amz-json-1.1".into()),
                    (
                        "X-Amz-Target".into(),
                        format!("AWSCognitoIdentityProviderService.{operation}"),
                    ),
                ],
                body: bytes.clone(),
            };
            if let (Some(c), Some(r)) = (&creds, &region) {
                // Signed per attempt: the signature covers the time.
                sign_request(&mut req, c, r, SystemTime::now())?;
            }
            Ok(req)
        })
    }

    /// Sends, parses JSON, maps errors, and retries throttling with backoff and jitter.
    fn send_with_retry(
        &self,
        operation: &str,
        url: &str,
        build: impl Fn() -> Result<TransportRequest, CognitoError>,
    ) -> Result<Value, CognitoError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let req = build()?;
            let resp = self
                .transport
                .send(&req)
                .map_err(|m| CognitoError::Network {
                    endpoint: url.to_string(),
                    message: self.redact(&m),
                })?;
            match self.parse(operation, url, &resp) {
                Err(e) if e.is_throttling() && attempt < MAX_ATTEMPTS => {
                    (self.sleeper)(backoff(attempt));
                }
                other => return other,
            }
        }
    }

    fn parse(
        &self,
        operation: &str,
        url: &str,
        resp: &TransportResponse,
    ) -> Result<Value, CognitoError> {
        let body: Option<Value> = serde_json::from_slice(&resp.body).ok();
        if (200..300).contains(&resp.status) {
            return body.ok_or_else(|| CognitoError::Protocol {
                endpoint: url.to_string(),
                message: format!(
                    "{operation} answered HTTP {} with a body that is not JSON: {}",
                    resp.status,
                    self.redact(&snippet(&resp.body))
                ),
            });
        }
        let field = |k: &str| {
            body.as_ref()
                .and_then(|b| b.get(k))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let error_type = field("__type")
            .or_else(|| field("error"))
            .or_else(|| resp.header("x-amzn-ErrorType").map(str::to_string))
            .map(|t| short_type(&t).to_string())
            .unwrap_or_else(|| format!("HTTP {}", resp.status));
        let message = field("message")
            .or_else(|| field("Message"))
            .or_else(|| field("error_description"))
            .or_else(|| resp.header("x-amzn-ErrorMessage").map(str::to_string))
            .unwrap_or_else(|| {
                if body.is_some() {
                    String::new()
                } else {
                    snippet(&resp.body)
                }
            });
        let message = self.redact(&message);
        let diagnosis = diagnose_with(&error_type, &message, &self.diagnosis_context());
        Err(CognitoError::Service(Box::new(ServiceError {
            operation: operation.to_string(),
            error_type,
            message,
            status: resp.status,
            endpoint: url.to_string(),
            diagnosis,
        })))
    }

    fn redact(&self, text: &str) -> String {
        self.redactor.redact(text).into_owned()
    }
}

/// Exponential backoff with jitter: 200 ms, 400 ms, 800 ms, ... (capped at 5 s), each drawn
/// uniformly from its upper half so parallel runs spread out.
pub fn backoff(attempt: u32) -> Duration {
    let cap = 200u64
        .saturating_mul(1 << attempt.saturating_sub(1).min(8))
        .min(5_000);
    let ms = rand::thread_rng().gen_range(cap / 2..=cap);
    Duration::from_millis(ms)
}

fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut s: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        s.push_str("...");
    }
    s
}
