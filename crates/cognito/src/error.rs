//! Errors of the Cognito client and the catalogue that turns an AWS error into a cause and a fix.
//!
//! Every service error is matched on its `__type` (the suffix after `#`) and message against
//! the rows people actually hit; `Display` prints the error, then the cause, then the fix: the
//! console path and the `aws cognito-idp ...` command.

use std::fmt;

use crate::config::AuthFlow;
use crate::srp::SrpError;

/// What went wrong and how to fix it, for one known error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    /// Why it happens, in one sentence.
    pub cause: String,
    /// What to change: the console path and the CLI command (may span several lines).
    pub fix: String,
}

/// Names used to fill the commands of a fix with real values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagnosisContext {
    /// The user pool id, when known.
    pub user_pool_id: Option<String>,
    /// The app client id.
    pub client_id: Option<String>,
    /// The user name typed.
    pub username: Option<String>,
    /// The flow in use.
    pub flow: Option<AuthFlow>,
}

const CLIENT_UPDATE_WARNING: &str = "Warning: update-user-pool-client resets every field it is not \
given (callback URLs, scopes, token validity, ...): first run `aws cognito-idp \
describe-user-pool-client --user-pool-id {P} --client-id {C}` and pass the client's whole current \
configuration along with the new --explicit-auth-flows.";

const APP_CLIENT_CONSOLE: &str = "Console: Amazon Cognito -> User pools -> {P} -> App integration \
-> App clients -> {C} -> Edit -> Authentication flows";

/// Looks up the catalogue for an AWS error type (with or without a `namespace#` prefix) and
/// message. Commands carry `<pool-id>`, `<client-id>` and `<username>` placeholders.
pub fn diagnose(error_type: &str, message: &str) -> Option<Diagnosis> {
    diagnose_with(error_type, message, &DiagnosisContext::default())
}

/// [`diagnose`], filling the commands with the pool, client, user and flow in use.
pub fn diagnose_with(error_type: &str, message: &str, ctx: &DiagnosisContext) -> Option<Diagnosis> {
    let ty = short_type(error_type);
    let msg = message.to_ascii_lowercase();
    let (cause, fix): (&str, String) = match ty {
        "InvalidParameterException" if msg.contains("user_password_auth flow not enabled") => (
            "the app client does not allow USER_PASSWORD_AUTH (ALLOW_USER_PASSWORD_AUTH is off)",
            format!(
                "Use SRP instead: drop `--cognito-flow password`; cogman's default flow \
                 (USER_SRP_AUTH) needs nothing enabled.\nOr allow the flow. {APP_CLIENT_CONSOLE} \
                 -> tick ALLOW_USER_PASSWORD_AUTH.\nCLI: aws cognito-idp update-user-pool-client \
                 --user-pool-id {{P}} --client-id {{C}} --explicit-auth-flows \
                 ALLOW_USER_PASSWORD_AUTH ALLOW_USER_SRP_AUTH ALLOW_REFRESH_TOKEN_AUTH\n\
                 {CLIENT_UPDATE_WARNING}"
            ),
        ),
        "InvalidParameterException" if msg.contains("flow not enabled for this client") => {
            let allow = ctx.flow.map(AuthFlow::allow_setting).unwrap_or("ALLOW_<FLOW>");
            (
                "the app client does not allow this authentication flow",
                format!(
                    "Allow the flow on the app client. {APP_CLIENT_CONSOLE} -> tick {allow}.\n\
                     CLI: aws cognito-idp update-user-pool-client --user-pool-id {{P}} \
                     --client-id {{C}} --explicit-auth-flows {allow} ALLOW_USER_SRP_AUTH \
                     ALLOW_REFRESH_TOKEN_AUTH\n{CLIENT_UPDATE_WARNING}\n\
                     Or use cogman's default flow (USER_SRP_AUTH), which new app clients allow."
                ),
            )
        }
        "NotAuthorizedException" if msg.contains("incorrect username or password") => (
            "wrong password, or an unknown user when the pool hides user existence \
             (PreventUserExistenceErrors)",
            "Check --cognito-username and --cognito-password (and that the user is in pool {P}).\n\
             Console: Amazon Cognito -> User pools -> {P} -> Users -> search the user; Actions -> \
             Reset password.\nCLI: aws cognito-idp admin-get-user --user-pool-id {P} --username {U}; \
             to set a known password: aws cognito-idp admin-set-user-password --user-pool-id {P} \
             --username {U} --password '<new password>' --permanent"
                .to_string(),
        ),
        "UserNotFoundException" => (
            "no such user in this pool (the pool reports unknown users: legacy error mode)",
            "Check --cognito-username and the pool id (and its region prefix).\n\
             Console: Amazon Cognito -> User pools -> {P} -> Users.\n\
             CLI: aws cognito-idp list-users --user-pool-id {P} --filter 'username = \"{U}\"'"
                .to_string(),
        ),
        "UserNotConfirmedException" => (
            "the user signed up but the sign-up was never confirmed",
            "Confirm the user. Console: Amazon Cognito -> User pools -> {P} -> Users -> {U} -> \
             Actions -> Confirm account.\nCLI: aws cognito-idp admin-confirm-sign-up \
             --user-pool-id {P} --username {U}"
                .to_string(),
        ),
        "PasswordResetRequiredException" => (
            "an administrator reset the user's password; it must be set again",
            "Set a permanent password. Console: Amazon Cognito -> User pools -> {P} -> Users -> \
             {U} -> Actions -> Reset password.\nCLI: aws cognito-idp admin-set-user-password \
             --user-pool-id {P} --username {U} --password '<new password>' --permanent"
                .to_string(),
        ),
        "NotAuthorizedException" if msg.contains("user is disabled") => (
            "the user is disabled",
            "Enable the user. Console: Amazon Cognito -> User pools -> {P} -> Users -> {U} -> \
             Actions -> Enable user access.\nCLI: aws cognito-idp admin-enable-user \
             --user-pool-id {P} --username {U}"
                .to_string(),
        ),
        "NotAuthorizedException" if msg.contains("password attempts exceeded") => (
            "too many failed sign-ins: Cognito locked the user out temporarily",
            "Wait (the lockout grows with each failure, up to about 15 minutes), fix the password, \
             then retry once.\nConsole: Amazon Cognito -> User pools -> {P} -> Users -> {U} (check \
             the status).\nCLI: aws cognito-idp admin-get-user --user-pool-id {P} --username {U}"
                .to_string(),
        ),
        "NotAuthorizedException" if msg.contains("unable to verify secret hash") => (
            "the SECRET_HASH does not match: wrong client secret, or on refresh the alias was \
             hashed instead of the internal user name",
            "Check --cognito-client-secret against the app client's secret. On refresh the hash \
             must use the internal user name (the access token's `username` claim, a UUID when \
             signing in by email): cogman does this after its own sign-in; with \
             --cognito-refresh-token pass that name as --cognito-username.\nConsole: Amazon \
             Cognito -> User pools -> {P} -> App integration -> App clients -> {C} -> Show client \
             secret.\nCLI: aws cognito-idp describe-user-pool-client --user-pool-id {P} \
             --client-id {C} --query UserPoolClient.ClientSecret"
                .to_string(),
        ),
        "NotAuthorizedException" if msg.contains("configured for secret but secret was not") => (
            "the app client has a client secret and no SECRET_HASH was sent",
            "Supply the secret with --cognito-client-secret (or use an app client without a \
             secret).\nConsole: Amazon Cognito -> User pools -> {P} -> App integration -> App \
             clients -> {C} -> Show client secret.\nCLI: aws cognito-idp \
             describe-user-pool-client --user-pool-id {P} --client-id {C} --query \
             UserPoolClient.ClientSecret"
                .to_string(),
        ),
        "NotAuthorizedException"
            if msg.contains("refresh token has expired")
                || msg.contains("refresh token has been revoked")
                || msg.contains("invalid refresh token") =>
        (
            "the refresh token is stale (expired, revoked or from another client)",
            "Sign in again: drop --cognito-refresh-token and give --cognito-username and \
             --cognito-password (a cached token is discarded automatically).\nConsole: Amazon \
             Cognito -> User pools -> {P} -> App integration -> App clients -> {C} -> Edit -> \
             Refresh token expiration.\nCLI: aws cognito-idp describe-user-pool-client \
             --user-pool-id {P} --client-id {C} --query UserPoolClient.RefreshTokenValidity"
                .to_string(),
        ),
        "ResourceNotFoundException" if msg.contains("client") => (
            "no such app client in this region: wrong client id, or the region (the pool id's \
             prefix) is not the pool's",
            "Check --cognito-client-id and the region prefix of --cognito-user-pool-id (or \
             --cognito-region / --cognito-endpoint).\nConsole: Amazon Cognito -> User pools -> \
             {P} -> App integration -> App clients.\nCLI: aws cognito-idp list-user-pool-clients \
             --user-pool-id {P} --region <region>"
                .to_string(),
        ),
        "ResourceNotFoundException" => (
            "the user pool or app client does not exist in this region: wrong id, or the region \
             (the pool id's prefix) is not the pool's",
            "Check --cognito-user-pool-id (and its region prefix), --cognito-client-id, and \
             --cognito-region / --cognito-endpoint.\nConsole: Amazon Cognito -> User pools -> \
             {P} -> App integration -> App clients.\nCLI: aws cognito-idp list-user-pools \
             --max-results 60 --region <region>; aws cognito-idp list-user-pool-clients \
             --user-pool-id {P} --region <region>"
                .to_string(),
        ),
        "TooManyRequestsException" | "LimitExceededException" => (
            "Cognito throttled the account (UserAuthentication quota, 120 requests/s per account \
             by default)",
            "cogman already retried with exponential backoff and jitter. Authenticate once per \
             run rather than per request (cogman signs in once and refreshes); run fewer \
             parallel jobs against the pool.\nConsole: Service Quotas -> Amazon Cognito User \
             Pools -> Rate of UserAuthentication requests.\nCLI: aws service-quotas \
             list-service-quotas --service-code cognito-idp"
                .to_string(),
        ),
        "CodeMismatchException" | "ExpiredCodeException" => (
            "the MFA code was rejected: wrong TOTP secret, a clock off by more than 30 s, or a \
             code already used in this 30-second window",
            "Check --cognito-totp-secret (the base32 secret of the authenticator app) and the \
             machine clock; wait for the next 30-second window before signing in again.\n\
             Console: Amazon Cognito -> User pools -> {P} -> Users -> {U} -> MFA.\nCLI: aws \
             cognito-idp admin-get-user --user-pool-id {P} --username {U} --query \
             UserMFASettingList"
                .to_string(),
        ),
        "InvalidPasswordException" => (
            "the new password does not meet the pool's password policy",
            "Choose a --cognito-new-password that meets the policy (length, upper/lower case, \
             digits, symbols).\nConsole: Amazon Cognito -> User pools -> {P} -> Authentication \
             methods -> Password policy.\nCLI: aws cognito-idp describe-user-pool \
             --user-pool-id {P} --query UserPool.Policies.PasswordPolicy"
                .to_string(),
        ),
        "invalid_client" => (
            "the OAuth2 token endpoint rejected the client id or secret",
            "Check --cognito-client-id and --cognito-client-secret; client_credentials needs an \
             app client with a secret.\nConsole: Amazon Cognito -> User pools -> {P} -> App \
             integration -> App clients -> {C}.\nCLI: aws cognito-idp describe-user-pool-client \
             --user-pool-id {P} --client-id {C}"
                .to_string(),
        ),
        "unauthorized_client" => (
            "the app client may not use the client_credentials grant",
            "Enable it. Console: Amazon Cognito -> User pools -> {P} -> App integration -> App \
             clients -> {C} -> Hosted UI -> OAuth grant types -> Client credentials.\nCLI: aws \
             cognito-idp update-user-pool-client --user-pool-id {P} --client-id {C} \
             --allowed-o-auth-flows client_credentials --allowed-o-auth-flows-user-pool-client \
             --allowed-o-auth-scopes <resource-server>/<scope>\n{W}"
                .to_string(),
        ),
        "invalid_scope" => (
            "a requested scope is not allowed for this app client",
            "Request only scopes of the app client (--cognito-scopes).\nConsole: Amazon Cognito \
             -> User pools -> {P} -> App integration -> Resource servers / App clients -> {C} \
             -> Custom scopes.\nCLI: aws cognito-idp describe-user-pool-client --user-pool-id \
             {P} --client-id {C} --query UserPoolClient.AllowedOAuthScopes"
                .to_string(),
        ),
        _ => return None,
    };
    Some(Diagnosis {
        cause: cause.to_string(),
        fix: fill(&fix, ctx),
    })
}

fn fill(template: &str, ctx: &DiagnosisContext) -> String {
    let warning = fill_ids(CLIENT_UPDATE_WARNING, ctx);
    fill_ids(template, ctx).replace("{W}", &warning)
}

fn fill_ids(template: &str, ctx: &DiagnosisContext) -> String {
    template
        .replace("{P}", ctx.user_pool_id.as_deref().unwrap_or("<pool-id>"))
        .replace("{C}", ctx.client_id.as_deref().unwrap_or("<client-id>"))
        .replace("{U}", ctx.username.as_deref().unwrap_or("<username>"))
}

/// `com.amazonaws...#NotAuthorizedException` -> `NotAuthorizedException`.
pub fn short_type(error_type: &str) -> &str {
    let t = error_type.rsplit('#').next().unwrap_or(error_type);
    // x-amzn-ErrorType may carry `:http://...` after the name.
    t.split(':').next().unwrap_or(t).trim()
}

/// An error answer from Cognito or the OAuth2 endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceError {
    /// The operation (`InitiateAuth`, `oauth2/token`, ...).
    pub operation: String,
    /// `__type` without its namespace (`NotAuthorizedException`), or the OAuth2 `error`.
    pub error_type: String,
    /// The service's message (passed through the redactor).
    pub message: String,
    /// HTTP status.
    pub status: u16,
    /// The URL called.
    pub endpoint: String,
    /// Cause and fix, when the error is in the catalogue.
    pub diagnosis: Option<Diagnosis>,
}

/// Why a sign-in failed. `Display` never includes a password, secret or token: messages built
/// by the client pass through its redactor first.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CognitoError {
    /// Cognito (or the OAuth2 endpoint) answered with an error.
    Service(Box<ServiceError>),
    /// The request never got an answer.
    Network {
        /// The URL called.
        endpoint: String,
        /// The transport's message (`connect ECONNREFUSED 127.0.0.1:9`).
        message: String,
    },
    /// The answer was not what the protocol promises.
    Protocol {
        /// The URL called.
        endpoint: String,
        /// What was wrong.
        message: String,
    },
    /// The configuration lacks something; the message names the flag to set.
    Config(String),
    /// Cognito asked for a challenge cogman cannot answer with the given settings.
    Challenge {
        /// `ChallengeName`.
        name: String,
        /// What to pass or change on the pool.
        advice: String,
    },
    /// The SRP exchange was refused.
    Srp(SrpError),
    /// A token could not be decoded.
    Token(String),
}

impl CognitoError {
    /// The AWS error type (suffix after `#`), for service errors.
    pub fn error_type(&self) -> Option<&str> {
        match self {
            CognitoError::Service(e) => Some(&e.error_type),
            _ => None,
        }
    }

    /// The HTTP status, for service errors.
    pub fn status(&self) -> Option<u16> {
        match self {
            CognitoError::Service(e) => Some(e.status),
            _ => None,
        }
    }

    /// The endpoint called, when a call was made.
    pub fn endpoint(&self) -> Option<&str> {
        match self {
            CognitoError::Service(e) => Some(&e.endpoint),
            CognitoError::Network { endpoint, .. } | CognitoError::Protocol { endpoint, .. } => {
                Some(endpoint)
            }
            _ => None,
        }
    }

    /// The catalogue entry for this error, if any.
    pub fn diagnosis(&self) -> Option<&Diagnosis> {
        match self {
            CognitoError::Service(e) => e.diagnosis.as_ref(),
            _ => None,
        }
    }

    /// Whether the service throttled the call (worth retrying after a pause).
    pub fn is_throttling(&self) -> bool {
        matches!(
            self.error_type(),
            Some("TooManyRequestsException" | "LimitExceededException")
        )
    }
}

impl fmt::Display for CognitoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CognitoError::Service(e) => {
                let ServiceError {
                    operation,
                    error_type,
                    message,
                    status,
                    endpoint,
                    diagnosis,
                } = e.as_ref();
                write!(
                    f,
                    "Cognito {operation} failed: {error_type}: {message} (HTTP {status} from {endpoint})"
                )?;
                if let Some(d) = diagnosis {
                    write!(f, "\n  cause: {}", d.cause)?;
                    for (i, line) in d.fix.lines().enumerate() {
                        let lead = if i == 0 { "  fix:   " } else { "         " };
                        write!(f, "\n{lead}{line}")?;
                    }
                }
                Ok(())
            }
            CognitoError::Network { endpoint, message } => {
                write!(
                    f,
                    "Cognito endpoint {endpoint} could not be reached: {message}"
                )
            }
            CognitoError::Protocol { endpoint, message } => {
                write!(f, "unexpected answer from {endpoint}: {message}")
            }
            CognitoError::Config(message) => write!(f, "Cognito configuration: {message}"),
            CognitoError::Challenge { name, advice } => {
                write!(
                    f,
                    "Cognito asked for the {name} challenge, which cogman cannot answer here.\n  fix:   {advice}"
                )
            }
            CognitoError::Srp(e) => write!(f, "Cognito SRP sign-in: {e}"),
            CognitoError::Token(message) => write!(f, "Cognito token: {message}"),
        }
    }
}

impl std::error::Error for CognitoError {}

impl From<SrpError> for CognitoError {
    fn from(e: SrpError) -> Self {
        CognitoError::Srp(e)
    }
}

/// Advice for a challenge cogman does not answer, naming what to change on the pool.
pub(crate) fn challenge_advice(name: &str, ctx: &DiagnosisContext) -> String {
    let text = match name {
        "SMS_MFA" => {
            "the user has SMS MFA, and cogman cannot read text messages. For a test user, turn \
             SMS MFA off (aws cognito-idp admin-set-user-mfa-preference --user-pool-id {P} \
             --username {U} --sms-mfa-settings Enabled=false,PreferredMfa=false) or switch the \
             user to an authenticator app (TOTP) and pass its secret with --cognito-totp-secret. \
             Console: User pools -> {P} -> Sign-in -> Multi-factor authentication."
        }
        "EMAIL_OTP" => {
            "the user has email MFA, and cogman cannot read email. Turn it off for the test user \
             (aws cognito-idp admin-set-user-mfa-preference --user-pool-id {P} --username {U} \
             --email-mfa-settings Enabled=false,PreferredMfa=false) or use an authenticator app \
             (TOTP) with --cognito-totp-secret. Console: User pools -> {P} -> Sign-in -> \
             Multi-factor authentication."
        }
        "SELECT_MFA_TYPE" => {
            "the user has several MFA methods and no preferred one. Pass --cognito-totp-secret to \
             answer with the authenticator app, or set a preference: aws cognito-idp \
             admin-set-user-mfa-preference --user-pool-id {P} --username {U} \
             --software-token-mfa-settings Enabled=true,PreferredMfa=true"
        }
        "MFA_SETUP" => {
            "the pool requires MFA and the user has none set up. Set up an authenticator app once \
             (aws cognito-idp associate-software-token, then verify-software-token) and pass its \
             secret with --cognito-totp-secret, or make MFA optional: aws cognito-idp \
             set-user-pool-mfa-config --user-pool-id {P} --mfa-configuration OPTIONAL \
             (Console: User pools -> {P} -> Sign-in -> Multi-factor authentication)."
        }
        "CUSTOM_CHALLENGE" => {
            "the pool's Lambda triggers (define/create/verify auth challenge) run a custom \
             challenge cogman cannot answer. Use an app client or user without custom auth, or \
             remove the triggers: Console: User pools -> {P} -> Extensions -> Lambda triggers."
        }
        "DEVICE_SRP_AUTH" | "DEVICE_PASSWORD_VERIFIER" => {
            "the pool remembers devices and asks for device authentication. Turn device tracking \
             off for the test pool: Console: User pools -> {P} -> Sign-in -> Device tracking -> \
             Don't remember; CLI: aws cognito-idp update-user-pool --user-pool-id {P} \
             --device-configuration ChallengeRequiredOnNewDevice=false,DeviceOnlyRememberedOnUserPrompt=true"
        }
        "SOFTWARE_TOKEN_MFA" => {
            "the user has authenticator-app MFA: pass the base32 TOTP secret with \
             --cognito-totp-secret (the secret shown when the app was set up)."
        }
        "NEW_PASSWORD_REQUIRED" => {
            "the user has a temporary password and must choose a new one: pass \
             --cognito-new-password, or set a permanent password once: aws cognito-idp \
             admin-set-user-password --user-pool-id {P} --username {U} --password '<new \
             password>' --permanent"
        }
        _ => {
            "cogman answers PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA and \
             SELECT_MFA_TYPE only. Change the pool or app client so this user signs in with a \
             password (and optionally TOTP MFA): Console: User pools -> {P} -> Sign-in."
        }
    };
    fill(text, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_type_strips_namespace() {
        assert_eq!(
            short_type("com.amazonaws.cognito#NotAuthorizedException"),
            "NotAuthorizedException"
        );
        assert_eq!(
            short_type("UserNotFoundException:http://internal.amazon.com/"),
            "UserNotFoundException"
        );
        assert_eq!(
            short_type("NotAuthorizedException"),
            "NotAuthorizedException"
        );
    }
}
