//! The symbols of Newman's cli reporter, in Unicode and in `--disable-unicode` plain text.

/// One symbol set.
#[derive(Debug, Clone, Copy)]
pub struct Symbols {
    /// Console block top.
    pub console_top: &'static str,
    /// Console block line prefix.
    pub console_middle: &'static str,
    /// Console block bottom.
    pub console_bottom: &'static str,
    /// Folder marker.
    pub folder: &'static str,
    /// Item at the collection root.
    pub root: &'static str,
    /// Item inside a folder.
    pub sub: &'static str,
    /// Passed assertion.
    pub ok: &'static str,
    /// Separator in verbose lines.
    pub star: &'static str,
    /// Sent.
    pub up: &'static str,
    /// Received.
    pub down: &'static str,
}

/// The default Unicode set.
pub const UNICODE: Symbols = Symbols {
    console_top: "┌",
    console_middle: "│",
    console_bottom: "└",
    folder: "❏",
    root: "→",
    sub: "↳",
    ok: "✓",
    star: "★",
    up: "↑",
    down: "↓",
};

/// The `--disable-unicode` set.
pub const PLAIN: Symbols = Symbols {
    console_top: "-",
    console_middle: "|",
    console_bottom: "-",
    folder: "Folder",
    root: "Root",
    sub: "Sub-folder",
    ok: "Pass",
    star: "*",
    up: "^",
    down: "v",
};

/// Picks the set for `disable_unicode`.
pub fn symbols(disable_unicode: bool) -> Symbols {
    if disable_unicode { PLAIN } else { UNICODE }
}
