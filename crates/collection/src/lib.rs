//! cogman-collection (crate doc to be written).
