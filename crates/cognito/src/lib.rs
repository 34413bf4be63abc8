//! cogman-cognito (crate doc to be written).

pub mod srp;

pub use srp::secret_hash;
