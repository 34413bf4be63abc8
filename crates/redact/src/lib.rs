//! cogman-redact (crate doc to be written).
