//! cogman-emulator (crate doc to be written).
