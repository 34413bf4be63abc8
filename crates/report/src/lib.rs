//! cogman-report (crate doc to be written).
