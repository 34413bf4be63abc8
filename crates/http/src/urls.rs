//! URL handling the Postman way: `http://` is assumed when the protocol is missing, and only
//! http/https are sent.

use crate::HttpError;

/// True when `raw` starts with `scheme://`.
fn has_scheme(raw: &str) -> bool {
    match raw.find("://") {
        Some(i) => {
            let scheme = &raw[..i];
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Parses a request URL. Errors carry postman-request's wording.
pub(crate) fn parse(raw: &str) -> Result<url::Url, HttpError> {
    let trimmed = raw.trim();
    let full = if has_scheme(trimmed) {
        trimmed.to_string()
    } else {
        format!("http://{trimmed}")
    };
    let invalid = || HttpError::InvalidUrl { url: full.clone() };
    let url = url::Url::parse(&full).map_err(|_| invalid())?;
    match url.scheme() {
        "http" | "https" => {}
        other => {
            return Err(HttpError::InvalidProtocol {
                scheme: other.to_string(),
            });
        }
    }
    match url.host_str() {
        Some(h) if !h.is_empty() => Ok(url),
        _ => Err(invalid()),
    }
}

/// Resolves a `Location` header against the current URL.
pub(crate) fn join(base: &url::Url, location: &str) -> Result<url::Url, HttpError> {
    let next = base
        .join(location.trim())
        .map_err(|_| HttpError::InvalidUrl {
            url: location.to_string(),
        })?;
    match next.scheme() {
        "http" | "https" => {}
        other => {
            return Err(HttpError::InvalidProtocol {
                scheme: other.to_string(),
            });
        }
    }
    if next.host_str().is_none_or(str::is_empty) {
        return Err(HttpError::InvalidUrl {
            url: next.to_string(),
        });
    }
    Ok(next)
}

/// `host[:port]` for the Host header; the port only when it is not the scheme's default.
pub(crate) fn host_header(url: &url::Url) -> String {
    let host = match url.host() {
        Some(url::Host::Ipv6(ip)) => format!("[{ip}]"),
        Some(h) => h.to_string(),
        None => String::new(),
    };
    match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_protocol_means_http() {
        assert_eq!(
            parse("example.test/a?b=1").unwrap().as_str(),
            "http://example.test/a?b=1"
        );
        assert_eq!(
            parse("  HTTPS://Example.test ").unwrap().as_str(),
            "https://example.test/"
        );
    }

    #[test]
    fn invalid_urls() {
        assert_eq!(
            parse("http://").unwrap_err().to_string(),
            "Invalid URI \"http://\""
        );
        assert_eq!(
            parse("").unwrap_err().to_string(),
            "Invalid URI \"http://\""
        );
        assert_eq!(
            parse("ftp://example.test/").unwrap_err().to_string(),
            "Invalid protocol: ftp:"
        );
        assert!(parse("http://exa mple.test/").is_err());
        assert!(parse("http://[::1").is_err());
    }

    #[test]
    fn host_header_ports() {
        assert_eq!(host_header(&parse("http://a.test:80/").unwrap()), "a.test");
        assert_eq!(
            host_header(&parse("http://a.test:8080/").unwrap()),
            "a.test:8080"
        );
        assert_eq!(host_header(&parse("http://[::1]:81/").unwrap()), "[::1]:81");
    }
}
