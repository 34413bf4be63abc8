//! cogman-http: sends one HTTP request the way Newman 6.2.2 (postman-runtime 7.39.1,
//! postman-request, Node.js) does, fast.
//!
//! # Principal types
//! - [`Client`]: one per run. Built once from [`ClientOptions`]; owns a private current-thread
//!   tokio runtime, a keep-alive connection pool (hyper-util), the rustls configurations (built
//!   once: verifying and `--insecure`), the proxy routing and the run's [`CookieJar`].
//! - [`HttpRequest`] + [`SendOptions`]: what to send (method, URL, headers in order, a
//!   [`RequestBody`]) and per-request knobs mirroring Postman's `protocolProfileBehavior`, plus an
//!   optional [`AuthHelper`].
//! - [`HttpResponse`]: status, reason, headers in wire order and case, the decoded body bytes,
//!   sizes on the wire, per-phase [`Timings`], the final URL and the exact request headers sent.
//! - [`HttpError`]: failures whose `Display` is the text Newman prints
//!   (`connect ECONNREFUSED 127.0.0.1:9`, `getaddrinfo ENOTFOUND host`, `ESOCKETTIMEDOUT`,
//!   `Invalid URI "http:///"`, `self-signed certificate`, ...) and whose [`HttpError::code`] is
//!   Node's error code.
//! - [`CookieJar`]: RFC 6265 cookies across the run; lists, sets and exports them in
//!   tough-cookie's serialized shape (`--export-cookie-jar`), loads them back (`--cookie-jar`).
//! - [`ProxyConfig`]: proxies from `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (http:// or
//!   https:// proxies, basic credentials from the proxy URL).
//!
//! `Debug` output of the options and auth helpers masks secrets; response and request headers,
//! URLs and error texts are returned as sent or received, so callers print them through
//! `cogman_redact`.
//!
//! # Flow of [`Client::send`]
//! 1. The URL is split the Postman way (`http://` assumed when the protocol is missing) and
//!    rejected with postman-request's or Node's words when it cannot be sent.
//! 2. Auth helpers that need no round trip rewrite the request (basic, bearer, apikey, oauth2,
//!    digest with a given nonce); SigV4 signs each hop's final URL, headers and body hash.
//! 3. Newman's default headers are added unless the request sets them (any case), then the
//!    body's Content-Type and Content-Length, then late headers (URL credentials, a digest
//!    answer, cookies from the jar): the order postman-request writes.
//! 4. The request goes through the pool. A new connection runs through our connector, which
//!    resolves DNS (`.invalid` never leaves the machine, `*.localhost` is loopback), connects
//!    TCP, goes through a proxy when one applies (absolute-form or a CONNECT tunnel) and runs
//!    the TLS handshake, timing each phase. The connection writes header names in the caller's
//!    case and keeps a copy of each response head, so response headers keep their case, order
//!    and duplicates.
//! 5. `Set-Cookie` headers are stored at every hop; redirects are followed hop by hop
//!    (301/302/303 become GET without body, 307/308 keep both; `Referer` added; `Authorization`
//!    dropped when the host name changes); a digest challenge is answered once; the final body
//!    is read and decoded (gzip, deflate, br).
//!
//! # Example
//! ```
//! use std::io::{Read, Write};
//! use cogman_http::{Client, ClientOptions, HttpRequest, RequestBody, SendOptions};
//!
//! // A one-shot server on loopback for the example.
//! let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
//! let addr = listener.local_addr()?;
//! std::thread::spawn(move || {
//!     if let Ok((mut s, _)) = listener.accept() {
//!         let mut buf = [0u8; 4096];
//!         let _ = s.read(&mut buf);
//!         let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
//!     }
//! });
//!
//! let client = Client::new(ClientOptions::default())?;
//! let req = HttpRequest {
//!     method: "GET".into(),
//!     url: format!("{addr}/status"), // no protocol: http:// is assumed
//!     headers: vec![("X-Trace".into(), "1".into())],
//!     body: RequestBody::Empty,
//! };
//! let res = client.send(&req, &SendOptions::default())?;
//! assert_eq!((res.status, &res.body[..]), (200, &b"hello"[..]));
//! assert_eq!(res.request_headers[1].0, "User-Agent");
//! println!("{} {} in {:?}", res.status, res.reason, res.timings.total);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! `send` blocks; it must not be awaited from async code (called from inside a tokio runtime,
//! it runs the request on a helper thread).

mod auth;
mod body;
mod client;
mod connect;
mod cookies;
mod decode;
mod error;
mod proxy;
mod tls;
mod urls;

use std::path::PathBuf;
use std::time::Duration;

pub use client::Client;
pub use cookies::{CookieJar, JarCookie};
pub use error::HttpError;
pub use proxy::ProxyConfig;

/// The `User-Agent` Newman 6.2.2 sends.
pub const USER_AGENT: &str = "PostmanRuntime/7.39.1";

/// Settings fixed for the whole run.
#[derive(Clone)]
pub struct ClientOptions {
    /// Skip TLS certificate verification (`-k/--insecure`).
    pub insecure: bool,
    /// Extra trusted CA certificates, PEM (`--ssl-extra-ca-certs`).
    pub extra_ca_certs: Option<PathBuf>,
    /// Client certificate chain, PEM (`--ssl-client-cert`).
    pub client_cert: Option<PathBuf>,
    /// Client private key, PEM (`--ssl-client-key`). May be the same file as the certificate.
    pub client_key: Option<PathBuf>,
    /// Passphrase of an encrypted client key (`--ssl-client-passphrase`).
    pub client_passphrase: Option<String>,
    /// Follow redirects (default true; `--ignore-redirects` sets false).
    pub follow_redirects: bool,
    /// Maximum redirects followed before an error (default 10).
    pub max_redirects: u32,
    /// Per-request timeout (`--timeout-request`); `None` = no limit.
    pub timeout: Option<Duration>,
    /// Proxy settings; [`ProxyConfig::from_env`] reads `HTTP_PROXY`/`HTTPS_PROXY`/`NO_PROXY`.
    pub proxy: ProxyConfig,
    /// Keep a cookie jar across the run (default true).
    pub cookies: bool,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            insecure: false,
            extra_ca_certs: None,
            client_cert: None,
            client_key: None,
            client_passphrase: None,
            follow_redirects: true,
            max_redirects: 10,
            timeout: None,
            proxy: ProxyConfig::default(),
            cookies: true,
        }
    }
}

/// Per-request knobs: Postman's `protocolProfileBehavior` plus the auth helper.
/// `None` means "use the client's setting".
#[derive(Debug, Clone, Default)]
pub struct SendOptions {
    /// `followRedirects`.
    pub follow_redirects: Option<bool>,
    /// `maxRedirects`.
    pub max_redirects: Option<u32>,
    /// `followOriginalHttpMethod`: keep the method (and body) on 301/302/303.
    pub follow_original_http_method: bool,
    /// `followAuthorizationHeader`: keep `Authorization` on cross-origin redirects.
    pub follow_authorization_header: bool,
    /// `removeRefererHeaderOnRedirect`: no `Referer` on redirect hops.
    pub remove_referer_header_on_redirect: bool,
    /// `strictSSL`: `Some(false)` skips certificate verification for this request.
    pub strict_ssl: Option<bool>,
    /// `disableBodyPruning`: send a body with GET/HEAD/COPY/PURGE/UNLOCK.
    pub disable_body_pruning: bool,
    /// `disableCookies`: neither send nor store cookies for this request.
    pub disable_cookies: bool,
    /// `disabledSystemHeaders`: names of system headers not to add. Only `Content-Type`,
    /// `Content-Length`, `Accept-Encoding` and `Connection` can be turned off, as in Postman.
    pub disabled_system_headers: Vec<String>,
    /// Overrides the client timeout for this request.
    pub timeout: Option<Duration>,
    /// Auth helper applied by [`Client::send`].
    pub auth: Option<AuthHelper>,
}

/// One request to send.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    /// Method, sent as given (`GET`, `post`, `PROPFIND`, ...).
    pub method: String,
    /// The URL; `http://` is assumed when the protocol is missing, as Postman does.
    pub url: String,
    /// Headers in order, names in the case given.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: RequestBody,
}

/// Request body kinds, mirroring Postman's body modes.
#[derive(Debug, Clone, Default)]
pub enum RequestBody {
    /// No body.
    #[default]
    Empty,
    /// Raw bytes (raw, graphql already serialised).
    Bytes(bytes::Bytes),
    /// The contents of a file (binary mode).
    File(PathBuf),
    /// `multipart/form-data`.
    Multipart(Vec<MultipartPart>),
    /// `application/x-www-form-urlencoded`.
    UrlEncoded(Vec<(String, String)>),
}

/// One field of a multipart body.
#[derive(Debug, Clone)]
pub enum MultipartPart {
    /// A text field.
    Text {
        /// Field name.
        name: String,
        /// Field value.
        value: String,
        /// Optional `Content-Type` of the part.
        content_type: Option<String>,
    },
    /// A file field.
    File {
        /// Field name.
        name: String,
        /// File to read.
        path: PathBuf,
        /// `Content-Type` of the part; guessed from the extension when `None`.
        content_type: Option<String>,
        /// File name announced; the path's file name when `None`.
        filename: Option<String>,
    },
}

/// A received response.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// Reason phrase as received (or the canonical one).
    pub reason: String,
    /// `"1.1"`, `"1.0"` or `"2"`.
    pub http_version: String,
    /// Headers in wire order, duplicates kept.
    pub headers: Vec<(String, String)>,
    /// Decoded body (gzip/deflate/br removed); arbitrary bytes are kept as they are.
    pub body: bytes::Bytes,
    /// Body bytes on the wire plus the size of the status line and headers (Newman's
    /// `responseSize`).
    pub raw_size: u64,
    /// Size of the status line and headers as received (part of `raw_size`).
    pub header_size: u64,
    /// Per-phase timings of the final hop.
    pub timings: Timings,
    /// The final URL, after redirects.
    pub url: String,
    /// Headers exactly as sent on the final hop, for `--verbose`.
    pub request_headers: Vec<(String, String)>,
    /// The method sent on the final hop (a 303 turns POST into GET).
    pub request_method: String,
    /// Number of redirects followed.
    pub redirects: u32,
}

impl HttpResponse {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Per-phase timings. Phases that did not happen (a reused connection has no DNS, connect or
/// TLS phase) are zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// DNS lookup.
    pub dns: Duration,
    /// TCP connect (including a proxy CONNECT tunnel).
    pub connect: Duration,
    /// TLS handshake.
    pub tls: Duration,
    /// From the request being written until the response head arrived.
    pub first_byte: Duration,
    /// Reading the body.
    pub download: Duration,
    /// The whole send, including redirects and auth round trips.
    pub total: Duration,
}

impl Timings {
    /// Newman's `timingPhases` names with values in milliseconds:
    /// `prepare`, `wait`, `dns`, `tcp`, `secureHandshake`, `firstByte`, `download`, `process`,
    /// `total`.
    pub fn newman_phases(&self) -> Vec<(&'static str, f64)> {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        vec![
            ("prepare", 0.0),
            ("wait", 0.0),
            ("dns", ms(self.dns)),
            ("tcp", ms(self.connect)),
            ("secureHandshake", ms(self.tls)),
            ("firstByte", ms(self.first_byte)),
            ("download", ms(self.download)),
            ("process", 0.0),
            ("total", ms(self.total)),
        ]
    }
}

/// Auth helpers applied by [`Client::send`].
#[derive(Clone)]
pub enum AuthHelper {
    /// `Authorization: Basic base64(user:pass)`.
    Basic {
        /// User name.
        username: String,
        /// Password.
        password: String,
    },
    /// `Authorization: Bearer <token>`.
    Bearer {
        /// The token.
        token: String,
    },
    /// An API key as a header or a query parameter.
    ApiKey {
        /// Header or parameter name.
        key: String,
        /// Value.
        value: String,
        /// Add to the query string instead of a header.
        in_query: bool,
    },
    /// HTTP digest (RFC 7616): MD5, MD5-sess, SHA-256, SHA-256-sess; qop `auth` or `auth-int`.
    /// Unset fields come from the server's `WWW-Authenticate` challenge.
    Digest {
        /// User name.
        username: String,
        /// Password.
        password: String,
        /// Realm override.
        realm: Option<String>,
        /// Nonce override.
        nonce: Option<String>,
        /// Algorithm override (`MD5`, `MD5-sess`, `SHA-256`, `SHA-256-sess`).
        algorithm: Option<String>,
        /// qop override (`auth`).
        qop: Option<String>,
        /// Nonce count override (`00000001`).
        nc: Option<String>,
        /// Client nonce override.
        cnonce: Option<String>,
        /// Opaque override.
        opaque: Option<String>,
    },
    /// AWS Signature Version 4.
    AwsV4 {
        /// Access key id.
        access_key: String,
        /// Secret access key.
        secret_key: String,
        /// Session token (`X-Amz-Security-Token`).
        session_token: Option<String>,
        /// Region, e.g. `us-east-1`.
        region: String,
        /// Service, e.g. `execute-api`.
        service: String,
    },
    /// An existing OAuth 2 access token.
    OAuth2 {
        /// The token.
        access_token: String,
        /// Header prefix, usually `Bearer`.
        header_prefix: String,
        /// Add `access_token=<token>` to the query instead of a header.
        add_to_query: bool,
    },
}

const MASK: &str = "***";

/// Debug output never shows the key passphrase.
impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("insecure", &self.insecure)
            .field("extra_ca_certs", &self.extra_ca_certs)
            .field("client_cert", &self.client_cert)
            .field("client_key", &self.client_key)
            .field(
                "client_passphrase",
                &self.client_passphrase.as_ref().map(|_| MASK),
            )
            .field("follow_redirects", &self.follow_redirects)
            .field("max_redirects", &self.max_redirects)
            .field("timeout", &self.timeout)
            .field("proxy", &self.proxy)
            .field("cookies", &self.cookies)
            .finish()
    }
}

/// Debug output names the helper and its non-secret fields only.
impl std::fmt::Debug for AuthHelper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuthHelper::Basic { username, .. } => f
                .debug_struct("Basic")
                .field("username", username)
                .field("password", &MASK)
                .finish(),
            AuthHelper::Bearer { .. } => f.debug_struct("Bearer").field("token", &MASK).finish(),
            AuthHelper::ApiKey { key, in_query, .. } => f
                .debug_struct("ApiKey")
                .field("key", key)
                .field("value", &MASK)
                .field("in_query", in_query)
                .finish(),
            AuthHelper::Digest {
                username,
                realm,
                algorithm,
                qop,
                ..
            } => f
                .debug_struct("Digest")
                .field("username", username)
                .field("password", &MASK)
                .field("realm", realm)
                .field("algorithm", algorithm)
                .field("qop", qop)
                .finish_non_exhaustive(),
            AuthHelper::AwsV4 {
                access_key,
                region,
                service,
                ..
            } => f
                .debug_struct("AwsV4")
                .field("access_key", access_key)
                .field("secret_key", &MASK)
                .field("region", region)
                .field("service", service)
                .finish_non_exhaustive(),
            AuthHelper::OAuth2 {
                header_prefix,
                add_to_query,
                ..
            } => f
                .debug_struct("OAuth2")
                .field("access_token", &MASK)
                .field("header_prefix", header_prefix)
                .field("add_to_query", add_to_query)
                .finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_secrets() {
        let helpers = [
            AuthHelper::Basic {
                username: "u".into(),
                password: "s3cr3t-1".into(),
            },
            AuthHelper::Bearer {
                token: "s3cr3t-2".into(),
            },
            AuthHelper::ApiKey {
                key: "k".into(),
                value: "s3cr3t-3".into(),
                in_query: false,
            },
            AuthHelper::OAuth2 {
                access_token: "s3cr3t-4".into(),
                header_prefix: "Bearer".into(),
                add_to_query: false,
            },
            AuthHelper::AwsV4 {
                access_key: "AKID".into(),
                secret_key: "s3cr3t-5".into(),
                session_token: Some("s3cr3t-6".into()),
                region: "r".into(),
                service: "s".into(),
            },
            AuthHelper::Digest {
                username: "u".into(),
                password: "s3cr3t-7".into(),
                realm: None,
                nonce: None,
                algorithm: None,
                qop: None,
                nc: None,
                cnonce: None,
                opaque: None,
            },
        ];
        for h in helpers {
            let shown = format!(
                "{h:?} {:?}",
                SendOptions {
                    auth: Some(h.clone()),
                    ..Default::default()
                }
            );
            assert!(!shown.contains("s3cr3t"), "{shown}");
        }
        let opts = ClientOptions {
            client_passphrase: Some("s3cr3t-8".into()),
            ..Default::default()
        };
        assert!(!format!("{opts:?}").contains("s3cr3t"));
    }
}
