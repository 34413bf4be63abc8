//! URL handling the Postman way. postman-collection splits the string leniently (protocol,
//! auth, host, port, path, query; `http://` assumed when the protocol is missing), then
//! postman-request/Node reject what cannot be sent. The errors mirror that pipeline:
//! `Invalid URI "http:///"`, `Invalid protocol: ftp:`, `getaddrinfo ENOTFOUND <host>` for host
//! names no resolver accepts, Node's port range message.

use crate::HttpError;

/// `scheme://` at the start: the scheme and the rest after the slashes (Postman skips any
/// number of slashes after the colon).
fn split_scheme(s: &str) -> Option<(&str, &str)> {
    let i = s.find("://")?;
    let scheme = &s[..i];
    let valid = !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !valid {
        return None;
    }
    let rest = &s[i + 3..];
    // `file:` keeps its empty host (`file:///x`); others skip extra slashes.
    if scheme.eq_ignore_ascii_case("file") {
        Some((scheme, rest))
    } else {
        Some((scheme, rest.trim_start_matches(['/', '\\'])))
    }
}

/// Characters no resolver accepts in a host name: Node fails them at `getaddrinfo`.
fn bad_host_char(c: char) -> bool {
    c.is_ascii_whitespace()
        || c.is_ascii_control()
        || matches!(
            c,
            '{' | '}' | '<' | '>' | '"' | '|' | '\\' | '^' | '`' | '%' | '#' | '/' | '?'
        )
}

/// Parses a request URL. Errors carry postman-runtime/postman-request/Node wording.
pub(crate) fn parse(raw: &str) -> Result<url::Url, HttpError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(HttpError::EmptyUrl);
    }
    // The fragment is never sent.
    let s = s.split('#').next().unwrap_or("");
    let (scheme, rest) = match split_scheme(s) {
        Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
        None => ("http".to_string(), s),
    };
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let (authority, path) = match before_query.find(['/', '\\']) {
        Some(i) => (&before_query[..i], &before_query[i..]),
        None => (before_query, ""),
    };
    let (userinfo, host_port) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    let (host, port) = if host_port.starts_with('[') && host_port.contains(']') {
        let end = host_port.find(']').unwrap_or(0);
        let after = &host_port[end + 1..];
        (&host_port[..=end], after.strip_prefix(':'))
    } else {
        match host_port.rfind(':') {
            Some(i) => (&host_port[..i], Some(&host_port[i + 1..])),
            None => (host_port, None),
        }
    };
    let query_part = query.map(|q| format!("?{q}")).unwrap_or_default();
    let port = port.filter(|p| !p.is_empty());
    let host = if host.is_empty() {
        if port.is_none() {
            // Node's url.format of a URL without a host.
            let p = if path.is_empty() { "/" } else { path };
            return Err(HttpError::InvalidUrl {
                url: format!("{scheme}://{p}{query_part}"),
            });
        }
        // `http://:80/` goes to localhost in Node.
        "localhost".to_string()
    } else {
        host.to_lowercase()
    };
    if scheme != "http" && scheme != "https" {
        return Err(HttpError::InvalidProtocol { scheme });
    }
    if let Some(p) = port
        && (!p.chars().all(|c| c.is_ascii_digit()) || p.parse::<u32>().map_or(true, |n| n > 65535))
    {
        return Err(HttpError::InvalidPort {
            port: p.to_string(),
        });
    }
    let not_found = || HttpError::DnsNotFound { host: host.clone() };
    if !host.starts_with('[') && host.chars().any(bad_host_char) {
        return Err(not_found());
    }
    let mut full = format!("{scheme}://");
    if let Some(u) = userinfo {
        full.push_str(u);
        full.push('@');
    }
    full.push_str(&host);
    if let Some(p) = port {
        full.push(':');
        full.push_str(p);
    }
    full.push_str(path);
    full.push_str(&query_part);
    let url = url::Url::parse(&full).map_err(|_| not_found())?;
    if url.host_str().is_none_or(str::is_empty) {
        return Err(not_found());
    }
    Ok(url)
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

    fn err(u: &str) -> String {
        parse(u).unwrap_err().to_string()
    }

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
        assert_eq!(
            parse("localhost:9/x").unwrap().as_str(),
            "http://localhost:9/x"
        );
        assert_eq!(parse("http:///path").unwrap().as_str(), "http://path/");
        assert_eq!(
            parse("http://:80/x").unwrap().as_str(),
            "http://localhost/x"
        );
        assert_eq!(
            parse("http://[::1]:8080/x#frag").unwrap().as_str(),
            "http://[::1]:8080/x"
        );
        assert_eq!(parse("http://u:p@h.test/").unwrap().username(), "u");
    }

    /// Messages observed from Newman 6.2.2 for the same inputs.
    #[test]
    fn newman_wording() {
        assert_eq!(err(""), "runtime:extensions~request: request url is empty");
        assert_eq!(err("http://"), "Invalid URI \"http:///\"");
        assert_eq!(err("https://"), "Invalid URI \"https:///\"");
        assert_eq!(err("http://?q=1"), "Invalid URI \"http:///?q=1\"");
        assert_eq!(
            err("//127.0.0.1:9/x"),
            "Invalid URI \"http:////127.0.0.1:9/x\""
        );
        assert_eq!(
            err("file:///etc/passwd"),
            "Invalid URI \"file:///etc/passwd\""
        );
        assert_eq!(err("ftp://127.0.0.1/"), "Invalid protocol: ftp:");
        assert_eq!(err("ws://127.0.0.1:9/"), "Invalid protocol: ws:");
        assert_eq!(err("not a url"), "getaddrinfo ENOTFOUND not a url");
        assert_eq!(
            err("http://exa mple.invalid/p"),
            "getaddrinfo ENOTFOUND exa mple.invalid"
        );
        assert_eq!(err("http://[::1"), "getaddrinfo ENOTFOUND [:");
        assert_eq!(
            err("{{undefinedVar}}/path"),
            "getaddrinfo ENOTFOUND {{undefinedvar}}"
        );
        assert_eq!(err("http://{{host}}/x"), "getaddrinfo ENOTFOUND {{host}}");
        assert_eq!(err("http://256.1.1.1/"), "getaddrinfo ENOTFOUND 256.1.1.1");
        assert_eq!(
            err("http://127.0.0.1:99999/"),
            "Port should be >= 0 and < 65536. Received type string ('99999')."
        );
        assert_eq!(
            err("mailto:x"),
            "Port should be >= 0 and < 65536. Received type string ('x')."
        );
    }

    /// Whatever the input, parsing returns instead of panicking.
    #[test]
    fn never_panics() {
        let pieces = [
            "", "http", "https", "://", ":", "/", "//", "\\", "?", "#", "@", "[", "]", "::1", "é",
            "日本", "%", "%zz", " ", "\t", "{{x}}", "80", "99999", "a.b", ".", "..", "\u{0}",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let u = format!("{a}{b}{c}");
                    let _ = parse(&u);
                    if let Ok(base) = parse("http://h.test/a/b") {
                        let _ = join(&base, &u);
                    }
                }
            }
        }
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
