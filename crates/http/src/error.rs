//! Errors, displayed in the Node.js wording Newman prints.

use std::net::SocketAddr;

/// Why a request failed. `Display` matches what Newman (Node.js + postman-request) prints.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HttpError {
    /// The URL cannot be used: `Invalid URI "http://"`.
    #[error("Invalid URI \"{url}\"")]
    InvalidUrl {
        /// The URL as understood.
        url: String,
    },
    /// The URL is empty.
    #[error("runtime:extensions~request: request url is empty")]
    EmptyUrl,
    /// The port is not a number in range (Node's wording).
    #[error("Port should be >= 0 and < 65536. Received type string ('{port}').")]
    InvalidPort {
        /// The port as written.
        port: String,
    },
    /// A scheme other than http/https: `Invalid protocol: ftp:`.
    #[error("Invalid protocol: {scheme}:")]
    InvalidProtocol {
        /// The scheme, without the colon.
        scheme: String,
    },
    /// Nothing listens there: `connect ECONNREFUSED 127.0.0.1:9`.
    #[error("connect ECONNREFUSED {addr}")]
    ConnectionRefused {
        /// The address tried.
        addr: SocketAddr,
    },
    /// The host name does not resolve: `getaddrinfo ENOTFOUND host`.
    #[error("getaddrinfo ENOTFOUND {host}")]
    DnsNotFound {
        /// The host name.
        host: String,
    },
    /// Other socket-level connect failure: `connect EHOSTUNREACH 10.0.0.1:80`.
    #[error("connect {code} {addr}")]
    Connect {
        /// Node error code (`EHOSTUNREACH`, `ENETUNREACH`, ...).
        code: String,
        /// The address tried.
        addr: SocketAddr,
    },
    /// The timeout elapsed before the connection was made.
    #[error("ETIMEDOUT")]
    ConnectTimeout,
    /// The timeout elapsed while waiting for the server once connected.
    #[error("ESOCKETTIMEDOUT")]
    SocketTimeout,
    /// The server closed the connection before a response: `socket hang up`.
    #[error("socket hang up")]
    SocketHangUp,
    /// The connection closed while the body was being read: `aborted`.
    #[error("aborted")]
    Aborted,
    /// The connection was reset: `read ECONNRESET`.
    #[error("read ECONNRESET")]
    ConnectionReset,
    /// Too many redirects.
    #[error("Exceeded maxRedirects. Probably stuck in a redirect loop {url}")]
    TooManyRedirects {
        /// The URL whose response was the redirect over the limit.
        url: String,
    },
    /// TLS failure, in OpenSSL/Node wording (`self-signed certificate`, ...).
    #[error("{message}")]
    Tls {
        /// The message.
        message: String,
    },
    /// The proxy refused the tunnel:
    /// `tunneling socket could not be established, statusCode=407`.
    #[error("{message}")]
    Proxy {
        /// The message.
        message: String,
    },
    /// A file to send could not be read: `ENOENT: no such file or directory, open 'x'`.
    #[error("{message}")]
    File {
        /// The message.
        message: String,
    },
    /// A client option is unusable (CA file, client certificate, key, passphrase).
    #[error("{message}")]
    Config {
        /// The message.
        message: String,
    },
    /// The response could not be parsed: `Parse Error: ...`.
    #[error("Parse Error: {message}")]
    Parse {
        /// What was wrong.
        message: String,
    },
    /// The body could not be decoded per its `Content-Encoding` (zlib's wording:
    /// `incorrect header check`).
    #[error("{message}")]
    Decode {
        /// The message.
        message: String,
    },
    /// The request could not be built (an invalid header name or value, ...).
    #[error("{message}")]
    InvalidRequest {
        /// The message.
        message: String,
    },
    /// Any other I/O failure, as `<syscall> <CODE>` when known.
    #[error("{message}")]
    Io {
        /// The message.
        message: String,
    },
}

impl HttpError {
    /// Node.js-style error code (`ECONNREFUSED`, `ENOTFOUND`, `ETIMEDOUT`, ...), when there is one.
    pub fn code(&self) -> Option<&str> {
        Some(match self {
            HttpError::ConnectionRefused { .. } => "ECONNREFUSED",
            HttpError::DnsNotFound { .. } => "ENOTFOUND",
            HttpError::Connect { code, .. } => code,
            HttpError::ConnectTimeout => "ETIMEDOUT",
            HttpError::SocketTimeout => "ESOCKETTIMEDOUT",
            HttpError::SocketHangUp => "ECONNRESET",
            HttpError::ConnectionReset => "ECONNRESET",
            HttpError::Aborted => "ECONNRESET",
            HttpError::InvalidPort { .. } => "ERR_SOCKET_BAD_PORT",
            HttpError::Decode { message } if message == "unexpected end of file" => "Z_BUF_ERROR",
            HttpError::Decode { .. } => "Z_DATA_ERROR",
            HttpError::Proxy { .. } => "ECONNRESET",
            HttpError::Tls { message } => match message.as_str() {
                "self-signed certificate" => "DEPTH_ZERO_SELF_SIGNED_CERT",
                "self-signed certificate in certificate chain" => "SELF_SIGNED_CERT_IN_CHAIN",
                "unable to verify the first certificate" => "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                "unable to get local issuer certificate" => "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
                "certificate has expired" => "CERT_HAS_EXPIRED",
                "certificate is not yet valid" => "CERT_NOT_YET_VALID",
                m if m.starts_with("Hostname/IP does not match") => "ERR_TLS_CERT_ALTNAME_INVALID",
                _ => return None,
            },
            _ => return None,
        })
    }

    pub(crate) fn io(message: impl Into<String>) -> Self {
        HttpError::Io {
            message: message.into(),
        }
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        HttpError::Config {
            message: message.into(),
        }
    }

    /// Node's wording for a file that cannot be opened.
    pub(crate) fn file(path: &std::path::Path, err: &std::io::Error) -> Self {
        let p = path.display();
        let message = match err.kind() {
            std::io::ErrorKind::NotFound => {
                format!("ENOENT: no such file or directory, open '{p}'")
            }
            std::io::ErrorKind::PermissionDenied => {
                format!("EACCES: permission denied, open '{p}'")
            }
            _ if path.is_dir() => {
                format!("EISDIR: illegal operation on a directory, read '{p}'")
            }
            _ => format!("{err}, open '{p}'"),
        };
        HttpError::File { message }
    }
}
