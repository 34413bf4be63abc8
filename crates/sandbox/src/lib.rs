//! cogman-sandbox: runs Postman scripts (crate doc is completed below).

mod engine;
mod errors;
mod json_error;
mod libs;
mod store;
mod types;

pub use engine::Sandbox;
pub use store::{ScopeName, VariableStore};
pub use types::{
    AssertionResult, ConsoleLevel, CookieData, NextRequest, PmInfo, ResponseData, SandboxError,
    SandboxOptions, ScriptError, ScriptHost, ScriptInput, ScriptKind, ScriptOutcome,
};
