//! The two error types: [`ApiError`] (what a client sees on the wire) and [`EmulatorError`]
//! (why the emulator itself could not start or stop).

use std::path::PathBuf;

/// An error answered to a client as `HTTP 400 {"__type": kind, "message": message}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The exception name, e.g. `NotAuthorizedException`.
    pub kind: &'static str,
    /// Cognito's message text.
    pub message: String,
    /// HTTP status (400 for every modelled Cognito error).
    pub status: u16,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// An error of the given exception type.
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            status: 400,
        }
    }
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self::new("InvalidParameterException", message)
    }
    pub(crate) fn not_authorized(message: impl Into<String>) -> Self {
        Self::new("NotAuthorizedException", message)
    }
    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new("ResourceNotFoundException", message)
    }
    pub(crate) fn serialization(message: impl Into<String>) -> Self {
        Self::new("SerializationException", message)
    }
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self {
            kind: "InternalErrorException",
            message: message.into(),
            status: 500,
        }
    }
    /// Cognito's wording for a missing required member (`Value null at 'userPoolId' ...`).
    pub(crate) fn missing(member: &str) -> Self {
        Self::invalid(format!(
            "1 validation error detected: Value null at '{}' failed to satisfy constraint: Member must not be null",
            camel(member)
        ))
    }
    /// Cognito's wording for a member outside its constraint.
    pub(crate) fn constraint(value: &str, member: &str, constraint: &str) -> Self {
        Self::invalid(format!(
            "1 validation error detected: Value '{value}' at '{}' failed to satisfy constraint: {constraint}",
            camel(member)
        ))
    }
    pub(crate) fn user_not_found() -> Self {
        Self::new("UserNotFoundException", "User does not exist.")
    }
    pub(crate) fn pool_not_found(pool_id: &str) -> Self {
        Self::not_found(format!("User pool {pool_id} does not exist."))
    }
    pub(crate) fn client_not_found(client_id: &str) -> Self {
        Self::not_found(format!("User pool client {client_id} does not exist."))
    }
    pub(crate) fn incorrect_credentials() -> Self {
        Self::not_authorized("Incorrect username or password.")
    }
    pub(crate) fn session_expired() -> Self {
        Self::not_authorized("Invalid session for the user, session is expired.")
    }
}

/// `UserPoolId` -> `userPoolId`, as the validation messages spell member names.
fn camel(member: &str) -> String {
    let mut chars = member.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Why the emulator could not start, load or save.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// The listening socket could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: std::net::SocketAddr,
        /// The OS error.
        source: std::io::Error,
    },
    /// The state file could not be read, parsed or written.
    #[error("state file {path}: {message}")]
    State {
        /// The file.
        path: PathBuf,
        /// What went wrong (with line and column for parse errors).
        message: String,
    },
    /// The seed file could not be read or parsed, or declared something invalid.
    #[error("seed file {path}: {message}")]
    Seed {
        /// The file (empty for an in-process seed).
        path: PathBuf,
        /// What went wrong (with line and column for parse errors).
        message: String,
    },
    /// The async runtime could not be started.
    #[error("cannot start the emulator runtime: {0}")]
    Runtime(std::io::Error),
    /// An in-process admin call was refused.
    #[error("{0}")]
    Api(#[from] ApiError),
}
