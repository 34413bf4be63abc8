//! cogman-runner (crate doc to be written).
