//! AWS Cognito user-pool sign-in for cogman.
//!
//! The principal types and how data flows through them:
//!
//! ```text
//! CognitoConfig --> CognitoClient::new(config, transport, redactor)
//!                        |  sign_in(): InitiateAuth / AdminInitiateAuth (SigV4) / oauth2/token
//!                        |  challenge loop: PASSWORD_VERIFIER (srp), NEW_PASSWORD_REQUIRED,
//!                        |                  SOFTWARE_TOKEN_MFA (totp), SELECT_MFA_TYPE
//!                        v
//!                     Tokens  <-- TokenManager::current(): reuse, refresh 60 s before expiry,
//!                                  or sign in again; optional 0600 cache file
//! ```
//!
//! - [`CognitoConfig`] says what to sign in to (pool, app client, user, [`AuthFlow`], region
//!   or endpoint override, OAuth2 domain). The region comes from the pool id prefix.
//! - [`CognitoClient`] runs one flow over a [`Transport`] (implemented for
//!   `cogman_http::Client`; tests plug in their own). It adds SECRET_HASH whenever a client
//!   secret is configured, answers the challenges it can, and retries throttling with
//!   exponential backoff and jitter.
//! - [`Tokens`] carries the access, id and refresh tokens; [`claims`] decodes a JWT payload
//!   without verifying it (for display).
//! - [`TokenManager`] signs in once and keeps tokens fresh for a whole run.
//! - [`CognitoError`] keeps the AWS `__type`, message, HTTP status and endpoint; its `Display`
//!   adds the cause and the fix (console path and `aws cognito-idp` command) from the
//!   catalogue in [`diagnose`].
//! - [`srp`] is Cognito's SRP-6a: client side for sign-in, server side ([`srp::SrpServer`],
//!   [`srp::verifier`]) for the local emulator.
//!
//! Secrets never reach output: the password, client secret, new password, TOTP secret, AWS
//! secret key and every token are registered with the [`cogman_redact::Redactor`] given to
//! the client the moment they are known, error messages pass through it, and `Debug` of the
//! config, tokens and credentials hides them.

pub mod aws;
mod client;
mod config;
mod error;
pub mod srp;
mod tokens;
pub mod totp;
pub mod transport;

pub use aws::AwsCredentials;
pub use client::{CognitoClient, MAX_ATTEMPTS, Sleeper, backoff};
pub use config::{AuthFlow, CognitoConfig};
pub use error::{
    CognitoError, Diagnosis, DiagnosisContext, ServiceError, diagnose, diagnose_with, short_type,
};
pub use srp::secret_hash;
pub use tokens::{Clock, REFRESH_MARGIN_SECS, TokenManager, Tokens, claims, default_cache_path};
pub use transport::{Transport, TransportRequest, TransportResponse};
