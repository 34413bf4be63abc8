//! Proxy selection: `HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY`, matched the way postman-request
//! does (suffix match on dot-prefixed host names, optional port, `*` for everything).

use base64::Engine as _;

use crate::HttpError;

/// Proxy settings for a run. Empty strings count as unset.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ProxyConfig {
    /// Proxy for `http://` URLs, e.g. `http://user:pass@proxy:3128`.
    pub http_proxy: Option<String>,
    /// Proxy for `https://` URLs (a CONNECT tunnel); falls back to `http_proxy`.
    pub https_proxy: Option<String>,
    /// Comma-separated hosts that bypass the proxy: `localhost,.example.com,host:8080`, or `*`
    /// alone for all.
    pub no_proxy: Option<String>,
}

/// A proxy URL with its password masked.
fn masked(url: &Option<String>) -> Option<String> {
    url.as_ref().map(|u| match (u.find("://"), u.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &u[s + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &u[..s + 3], &u[at..])
        }
        (None, Some(at)) => {
            let user = u[..at].split(':').next().unwrap_or("");
            format!("{user}:***{}", &u[at..])
        }
        _ => u.clone(),
    })
}

/// Debug output never shows proxy passwords.
impl std::fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProxyConfig")
            .field("http_proxy", &masked(&self.http_proxy))
            .field("https_proxy", &masked(&self.https_proxy))
            .field("no_proxy", &self.no_proxy)
            .finish()
    }
}

impl ProxyConfig {
    /// No proxy at all.
    pub fn none() -> Self {
        ProxyConfig::default()
    }

    /// Reads `HTTP_PROXY`/`http_proxy`, `HTTPS_PROXY`/`https_proxy` and `NO_PROXY`/`no_proxy`
    /// (upper case first, as postman-request does).
    pub fn from_env() -> Self {
        let var = |names: &[&str]| {
            names
                .iter()
                .filter_map(|n| std::env::var(n).ok())
                .find(|v| !v.trim().is_empty())
        };
        ProxyConfig {
            http_proxy: var(&["HTTP_PROXY", "http_proxy"]),
            https_proxy: var(&["HTTPS_PROXY", "https_proxy"]),
            no_proxy: var(&["NO_PROXY", "no_proxy"]),
        }
    }
}

/// Where to connect instead of the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProxyRoute {
    pub host: String,
    pub port: u16,
    /// An https:// proxy: TLS to the proxy itself.
    pub tls: bool,
    /// `Proxy-Authorization` value from the proxy URL's user info.
    pub authorization: Option<String>,
}

#[derive(Debug, Clone)]
struct NoProxyZone {
    /// Dot-prefixed, lower case.
    host: String,
    port: Option<String>,
}

/// Parsed [`ProxyConfig`], ready for per-request routing.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProxyRouter {
    http: Option<ProxyRoute>,
    https: Option<ProxyRoute>,
    no_proxy_all: bool,
    zones: Vec<NoProxyZone>,
}

fn parse_proxy(raw: &str) -> Result<Option<ProxyRoute>, HttpError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    let bad = || HttpError::config(format!("invalid proxy URL \"{raw}\""));
    let url = url::Url::parse(&with_scheme).map_err(|_| bad())?;
    let (default_port, tls) = match url.scheme() {
        "http" => (80, false),
        "https" => (443, true),
        _ => return Err(bad()),
    };
    let host = url.host_str().ok_or_else(bad)?;
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let authorization = if url.username().is_empty() {
        None
    } else {
        let dec = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let user = dec(url.username());
        let pass = dec(url.password().unwrap_or(""));
        Some(format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"))
        ))
    };
    Ok(Some(ProxyRoute {
        host,
        port: url.port().unwrap_or(default_port),
        tls,
        authorization,
    }))
}

/// postman-request's `formatHostname`: one leading dot, lower case.
fn dotted(host: &str) -> String {
    format!(".{}", host.trim_start_matches('.').to_ascii_lowercase())
}

impl ProxyRouter {
    pub fn new(cfg: &ProxyConfig) -> Result<Self, HttpError> {
        let http = match &cfg.http_proxy {
            Some(p) => parse_proxy(p)?,
            None => None,
        };
        let https = match &cfg.https_proxy {
            Some(p) => parse_proxy(p)?,
            None => None,
        }
        .or_else(|| http.clone());
        let mut router = ProxyRouter {
            http,
            https,
            no_proxy_all: false,
            zones: Vec::new(),
        };
        if let Some(np) = &cfg.no_proxy {
            if np.trim() == "*" {
                router.no_proxy_all = true;
            }
            for zone in np.split(',') {
                let zone = zone.trim().to_ascii_lowercase();
                if zone.is_empty() {
                    continue;
                }
                let (host, port) = match zone.rsplit_once(':') {
                    Some((h, p)) if !h.ends_with(':') && !h.contains(':') => {
                        (h.to_string(), Some(p.to_string()))
                    }
                    _ => (zone.clone(), None),
                };
                let host = host.trim_start_matches('[').trim_end_matches(']');
                router.zones.push(NoProxyZone {
                    host: dotted(host),
                    port,
                });
            }
        }
        Ok(router)
    }

    /// The proxy to use for a target, or `None` to connect directly.
    pub fn route(&self, https: bool, host: &str, port: u16) -> Option<&ProxyRoute> {
        let proxy = if https {
            self.https.as_ref()
        } else {
            self.http.as_ref()
        }?;
        if self.no_proxy_all {
            return None;
        }
        let host = dotted(host);
        let port = port.to_string();
        let bypass = self
            .zones
            .iter()
            .any(|z| host.ends_with(&z.host) && z.port.as_ref().is_none_or(|p| *p == port));
        if bypass { None } else { Some(proxy) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn router(no_proxy: &str) -> ProxyRouter {
        ProxyRouter::new(&ProxyConfig {
            http_proxy: Some("http://u:p%40ss@127.0.0.1:3128".into()),
            https_proxy: None,
            no_proxy: Some(no_proxy.into()),
        })
        .unwrap()
    }

    #[test]
    fn no_proxy_matching() {
        let r = router("localhost, .example.com,other.org:8080");
        assert!(r.route(false, "localhost", 80).is_none());
        assert!(r.route(false, "a.example.com", 80).is_none());
        assert!(r.route(false, "example.com", 80).is_none());
        assert!(r.route(false, "badexample.com", 80).is_some());
        assert!(r.route(false, "other.org", 8080).is_none());
        assert!(r.route(false, "other.org", 80).is_some());
        assert!(
            r.route(true, "x.test", 443).is_some(),
            "https falls back to HTTP_PROXY"
        );
        assert!(router("*").route(false, "x.test", 80).is_none());
        // As in postman-request, `*` only means "everything" on its own.
        assert!(router("a.test,*").route(false, "x.test", 80).is_some());
    }

    #[test]
    fn debug_masks_passwords() {
        let cfg = ProxyConfig {
            http_proxy: Some("http://u:s3cret@p.test:3128".into()),
            https_proxy: Some("u:s3cret@p.test".into()),
            no_proxy: None,
        };
        let shown = format!("{cfg:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("http://u:***@p.test:3128"), "{shown}");
    }

    #[test]
    fn proxy_auth_is_decoded() {
        let r = router("");
        let route = r.route(false, "x.test", 80).unwrap();
        assert_eq!(route.port, 3128);
        // base64("u:p@ss")
        assert_eq!(route.authorization.as_deref(), Some("Basic dTpwQHNz"));
    }
}
