//! The one HTTP call the client needs, behind a trait so tests and other callers can plug in.

use std::time::Duration;

/// A POST (or any request) to send.
#[derive(Clone, PartialEq, Eq)]
pub struct TransportRequest {
    /// Method (`POST`).
    pub method: String,
    /// Full URL.
    pub url: String,
    /// Headers in order.
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl std::fmt::Debug for TransportRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Bodies and Authorization headers carry passwords and tokens: show only their shape.
        f.debug_struct("TransportRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field(
                "headers",
                &self
                    .headers
                    .iter()
                    .map(|(k, _)| k.as_str())
                    .collect::<Vec<_>>(),
            )
            .field("body_len", &self.body.len())
            .finish()
    }
}

impl TransportRequest {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A response: status, headers, body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TransportResponse {
    /// HTTP status.
    pub status: u16,
    /// Headers in wire order.
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl TransportResponse {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Sends one request and returns the response, or a network-level message
/// (`connect ECONNREFUSED 127.0.0.1:9`). HTTP error statuses are responses, not errors.
pub trait Transport {
    /// Sends `req`.
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String>;
}

impl<T: Transport + ?Sized> Transport for &T {
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String> {
        (**self).send(req)
    }
}

impl<T: Transport + ?Sized> Transport for Box<T> {
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String> {
        (**self).send(req)
    }
}

impl<T: Transport + ?Sized> Transport for std::sync::Arc<T> {
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String> {
        (**self).send(req)
    }
}

/// Per-call timeout for sign-in requests: long enough for a cold endpoint, short enough that a
/// black-holed address does not hang a run.
const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(30);

impl Transport for cogman_http::Client {
    fn send(&self, req: &TransportRequest) -> Result<TransportResponse, String> {
        let http_req = cogman_http::HttpRequest {
            method: req.method.clone(),
            url: req.url.clone(),
            headers: req.headers.clone(),
            body: cogman_http::RequestBody::Bytes(bytes::Bytes::from(req.body.clone())),
        };
        let opts = cogman_http::SendOptions {
            // Sign-in endpoints never redirect legitimately; do not carry credentials elsewhere.
            follow_redirects: Some(false),
            disable_cookies: true,
            timeout: Some(SIGN_IN_TIMEOUT),
            ..Default::default()
        };
        let resp = cogman_http::Client::send(self, &http_req, &opts).map_err(|e| e.to_string())?;
        Ok(TransportResponse {
            status: resp.status,
            headers: resp.headers,
            body: resp.body.to_vec(),
        })
    }
}
