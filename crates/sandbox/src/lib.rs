//! cogman-sandbox (crate doc to be written).
