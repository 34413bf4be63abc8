//! The one redaction layer: which strings cogman must never print.
//!
//! A [`Redactor`] is a shared registry of secret values. Whoever learns a secret registers it
//! the moment it is known: the runner for secret-typed and secret-named variables, the Cognito
//! client for passwords, client secrets and tokens. Everything that writes text (the CLI's
//! stdout and stderr, every reporter, error messages) passes that text through
//! [`Redactor::redact`], or writes through a [`RedactingWriter`], which masks:
//!
//! - every registered value, and its URL-encoded and JSON-escaped forms;
//! - every JWT-shaped string, registered or not;
//! - header values of `Authorization`, `Cookie` and friends, through [`Redactor::redact_header`].
//!
//! Clones share the registry, so a secret registered anywhere is masked everywhere.
//!
//! ```
//! use cogman_redact::{Redactor, MASK};
//!
//! let redactor = Redactor::new();
//! redactor.add_secret("hunter2-password");
//! let line = redactor.redact("login with hunter2-password");
//! assert_eq!(line, format!("login with {MASK}"));
//! assert!(Redactor::is_secret_name("cognitoUserPassword"));
//! ```

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::{Arc, LazyLock, RwLock};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

/// What a masked value is replaced with.
pub const MASK: &str = "********";

/// Values shorter than this are not registered: masking a one- or two-letter value would
/// shred ordinary output while protecting nothing that a guess would not find.
pub const MIN_SECRET_LEN: usize = 4;

/// Name fragments (compared case-insensitively, ignoring `_`, `-` and `.`) that mark a
/// variable's value as secret.
const SECRET_NAME_PARTS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "apikey",
    "authorization",
    "credential",
    "privatekey",
    "sessionkey",
];

/// Header names whose values are always masked.
const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-amz-security-token",
    "x-api-key",
];

static JWT: LazyLock<Regex> = LazyLock::new(|| {
    // A JWT's header and payload are base64url JSON objects, so both start with `eyJ`.
    Regex::new(r"eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
        .expect("static JWT pattern compiles")
});

#[derive(Default)]
struct Inner {
    disabled: bool,
    secrets: Vec<String>,
    matcher: Option<AhoCorasick>,
}

impl Inner {
    fn rebuild(&mut self) {
        self.matcher = if self.secrets.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&self.secrets)
                .ok()
        };
    }
}

/// A shared registry of secrets and the masking function every output goes through.
#[derive(Clone, Default)]
pub struct Redactor {
    inner: Arc<RwLock<Inner>>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the registry itself.
        let (count, disabled) = self
            .inner
            .read()
            .map(|i| (i.secrets.len(), i.disabled))
            .unwrap_or((0, false));
        f.debug_struct("Redactor")
            .field("secrets", &count)
            .field("disabled", &disabled)
            .finish()
    }
}

impl Redactor {
    /// An empty registry that masks JWT-shaped strings from the start.
    pub fn new() -> Redactor {
        Redactor::default()
    }

    /// A redactor that masks nothing, for `--no-redact` (local debugging only).
    pub fn disabled() -> Redactor {
        let redactor = Redactor::default();
        if let Ok(mut inner) = redactor.inner.write() {
            inner.disabled = true;
        }
        redactor
    }

    /// Whether masking is switched off.
    pub fn is_disabled(&self) -> bool {
        self.inner.read().map(|i| i.disabled).unwrap_or(false)
    }

    /// Registers a secret value, with the encoded forms it may take in a URL or JSON text.
    pub fn add_secret(&self, value: &str) {
        let value = value.trim();
        if value.chars().count() < MIN_SECRET_LEN {
            return;
        }
        let mut forms = vec![value.to_string()];
        let url_encoded =
            percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC)
                .to_string();
        forms.push(url_encoded);
        let form_encoded: String = url::form_urlencoded::byte_serialize(value.as_bytes()).collect();
        forms.push(form_encoded);
        if let Ok(json) = serde_json::to_string(value) {
            // Strip the quotes: the escaped form appears inside larger JSON strings.
            forms.push(json[1..json.len() - 1].to_string());
        }
        let Ok(mut inner) = self.inner.write() else {
            return;
        };
        let mut changed = false;
        for form in forms {
            if form.chars().count() >= MIN_SECRET_LEN && !inner.secrets.contains(&form) {
                inner.secrets.push(form);
                changed = true;
            }
        }
        if changed {
            inner.rebuild();
        }
    }

    /// Registers `value` when `name` looks secret or the variable is typed `secret`.
    /// Returns whether it was registered.
    pub fn register_variable(&self, name: &str, value: &str, is_secret_type: bool) -> bool {
        if is_secret_type || Redactor::is_secret_name(name) {
            self.add_secret(value);
            true
        } else {
            false
        }
    }

    /// Whether a variable or parameter name looks like it holds a secret
    /// (password, secret, token, apikey, authorization, credential), case-insensitively.
    pub fn is_secret_name(name: &str) -> bool {
        let normalized: String = name
            .chars()
            .filter(|c| !matches!(c, '_' | '-' | '.' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        SECRET_NAME_PARTS
            .iter()
            .any(|part| normalized.contains(part))
    }

    /// Whether a header's value must always be masked.
    pub fn is_secret_header(name: &str) -> bool {
        SECRET_HEADERS
            .iter()
            .any(|h| h.eq_ignore_ascii_case(name.trim()))
    }

    /// Masks registered secrets and JWT-shaped strings in `text`.
    pub fn redact<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let Ok(inner) = self.inner.read() else {
            // A poisoned lock means a writer panicked; mask everything rather than leak.
            return Cow::Owned(MASK.to_string());
        };
        if inner.disabled {
            return Cow::Borrowed(text);
        }
        let mut out: Cow<'a, str> = Cow::Borrowed(text);
        if let Some(matcher) = &inner.matcher
            && matcher.is_match(text)
        {
            let replacements = vec![MASK; inner.secrets.len()];
            out = Cow::Owned(matcher.replace_all(text, &replacements));
        }
        if JWT.is_match(&out) {
            out = Cow::Owned(JWT.replace_all(&out, MASK).into_owned());
        }
        out
    }

    /// Masks a header value when the header is secret by name, else redacts it as text.
    pub fn redact_header<'a>(&self, name: &str, value: &'a str) -> Cow<'a, str> {
        if !self.is_disabled() && Redactor::is_secret_header(name) {
            return Cow::Owned(mask_header_value(value));
        }
        self.redact(value)
    }

    /// Redacts every string inside a JSON value (keys are left alone; values under
    /// secret-looking keys are masked whole).
    pub fn redact_json(&self, value: &mut serde_json::Value) {
        if self.is_disabled() {
            return;
        }
        match value {
            serde_json::Value::String(s) => {
                if let Cow::Owned(masked) = self.redact(s) {
                    *s = masked;
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.redact_json(v)),
            serde_json::Value::Object(map) => {
                for (_, v) in map.iter_mut() {
                    self.redact_json(v);
                }
            }
            _ => {}
        }
    }

    /// Wraps a writer so that everything written through it is redacted.
    pub fn writer<W: Write>(&self, inner: W) -> RedactingWriter<W> {
        RedactingWriter::new(inner, self.clone())
    }
}

/// Keeps the scheme word of an Authorization value (`Bearer`, `Basic`, `AWS4-HMAC-SHA256`)
/// so output stays readable, and masks the credential.
fn mask_header_value(value: &str) -> String {
    match value.split_once(' ') {
        Some((scheme, _))
            if !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-') =>
        {
            format!("{scheme} {MASK}")
        }
        _ => MASK.to_string(),
    }
}

/// A writer that redacts complete lines before passing them on.
///
/// Text is buffered up to each newline so a secret split across two `write` calls is still
/// found; `flush` (and drop) emits the remainder.
pub struct RedactingWriter<W: Write> {
    inner: W,
    redactor: Redactor,
    pending: Vec<u8>,
}

impl<W: Write> RedactingWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W, redactor: Redactor) -> RedactingWriter<W> {
        RedactingWriter {
            inner,
            redactor,
            pending: Vec::new(),
        }
    }

    /// The wrapped writer.
    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    fn emit(&mut self, bytes: &[u8]) -> io::Result<()> {
        let text = String::from_utf8_lossy(bytes);
        let redacted = self.redactor.redact(&text);
        self.inner.write_all(redacted.as_bytes())
    }
}

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(last_newline) = self.pending.iter().rposition(|&b| b == b'\n') {
            let rest = self.pending.split_off(last_newline + 1);
            let ready = std::mem::replace(&mut self.pending, rest);
            self.emit(&ready)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let ready = std::mem::take(&mut self.pending);
            self.emit(&ready)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for RedactingWriter<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT_SAMPLE: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl";

    #[test]
    fn masks_registered_values_everywhere() {
        let r = Redactor::new();
        r.add_secret("s3cr3t-value");
        assert_eq!(
            r.redact("a s3cr3t-value b s3cr3t-value"),
            format!("a {MASK} b {MASK}")
        );
        assert_eq!(r.redact("nothing here"), "nothing here");
    }

    #[test]
    fn clones_share_the_registry() {
        let r = Redactor::new();
        let other = r.clone();
        other.add_secret("shared-secret");
        assert_eq!(r.redact("shared-secret"), MASK);
    }

    #[test]
    fn masks_encoded_forms() {
        let r = Redactor::new();
        r.add_secret("p@ss w\"rd!");
        assert_eq!(
            r.redact("password=p%40ss+w%22rd%21"),
            format!("password={MASK}")
        );
        assert_eq!(
            r.redact(r#"{"PASSWORD":"p@ss w\"rd!"}"#),
            format!(r#"{{"PASSWORD":"{MASK}"}}"#)
        );
    }

    #[test]
    fn prefers_the_longest_overlapping_secret() {
        let r = Redactor::new();
        r.add_secret("abcd");
        r.add_secret("abcdefgh");
        assert_eq!(r.redact("xabcdefghx"), format!("x{MASK}x"));
    }

    #[test]
    fn short_values_are_not_registered() {
        let r = Redactor::new();
        r.add_secret("ab");
        assert_eq!(r.redact("ab cab"), "ab cab");
    }

    #[test]
    fn masks_unregistered_jwts() {
        let r = Redactor::new();
        let text = format!("token: {JWT_SAMPLE} end");
        assert_eq!(r.redact(&text), format!("token: {MASK} end"));
    }

    #[test]
    fn secret_names() {
        for name in [
            "password",
            "cognitoUserPassword",
            "CLIENT_SECRET",
            "accessToken",
            "api_key",
            "X-Api-Key",
            "Authorization",
            "awsCredentials",
        ] {
            assert!(Redactor::is_secret_name(name), "{name}");
        }
        for name in ["username", "baseUrl", "clientId", "region"] {
            assert!(!Redactor::is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn register_variable_by_name_or_type() {
        let r = Redactor::new();
        assert!(r.register_variable("userPassword", "value-one", false));
        assert!(r.register_variable("plain", "value-two", true));
        assert!(!r.register_variable("plain", "value-three", false));
        assert_eq!(
            r.redact("value-one value-two value-three"),
            format!("{MASK} {MASK} value-three")
        );
    }

    #[test]
    fn secret_headers_keep_the_scheme() {
        let r = Redactor::new();
        assert_eq!(
            r.redact_header("Authorization", "Bearer abc.def"),
            format!("Bearer {MASK}")
        );
        assert_eq!(r.redact_header("cookie", "a=1; b=2"), MASK);
        assert_eq!(r.redact_header("Accept", "*/*"), "*/*");
    }

    #[test]
    fn disabled_masks_nothing() {
        let r = Redactor::disabled();
        r.add_secret("visible-secret");
        assert_eq!(r.redact("visible-secret"), "visible-secret");
        assert_eq!(r.redact(JWT_SAMPLE), JWT_SAMPLE);
    }

    #[test]
    fn json_values_are_redacted() {
        let r = Redactor::new();
        r.add_secret("in-json-secret");
        let mut v = serde_json::json!({"a": ["x in-json-secret"], "b": {"c": JWT_SAMPLE}, "n": 1});
        r.redact_json(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"a": [format!("x {MASK}")], "b": {"c": MASK}, "n": 1})
        );
    }

    #[test]
    fn writer_finds_secrets_split_across_writes() {
        let r = Redactor::new();
        r.add_secret("split-secret");
        let mut out = Vec::new();
        {
            let mut w = r.writer(&mut out);
            w.write_all(b"first split-").unwrap();
            w.write_all(b"secret line\nsecond").unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("first {MASK} line\nsecond")
        );
    }
}
