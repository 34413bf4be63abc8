//! cogman-http (crate doc to be written).
