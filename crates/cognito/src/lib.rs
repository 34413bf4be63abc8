//! cogman-cognito (crate doc to be written).
