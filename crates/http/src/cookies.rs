//! The run's cookie jar (RFC 6265 via `cookie_store`), exportable in tough-cookie's
//! serialized shape as Newman's `--export-cookie-jar` writes it.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, SecondsFormat, Utc};
use cookie_store::{CookieDomain, CookieExpiration, CookieStore, RawCookie};
use serde_json::{Map, Value, json};

use crate::HttpError;

/// A cookie as listed by [`CookieJar`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JarCookie {
    /// Name.
    pub name: String,
    /// Value.
    pub value: String,
    /// Domain (the host for host-only cookies).
    pub domain: String,
    /// Path.
    pub path: String,
    /// Expiry (RFC 3339, UTC), `None` for session cookies.
    pub expires: Option<String>,
    /// `Max-Age` in seconds, when set.
    pub max_age: Option<i64>,
    /// `Secure`.
    pub secure: bool,
    /// `HttpOnly`.
    pub http_only: bool,
    /// No `Domain` attribute: sent to the exact host only.
    pub host_only: bool,
    /// `SameSite` (`strict`, `lax`, `none`).
    pub same_site: Option<String>,
}

type Key = (String, String, String);

#[derive(Debug, Default)]
struct Inner {
    store: CookieStore,
    /// tough-cookie records creation and last access times; cookie_store does not.
    times: HashMap<Key, (DateTime<Utc>, DateTime<Utc>)>,
    /// Creation order (tough-cookie's `creationIndex`): breaks ties between cookies created
    /// within the same clock tick, and orders listings the way Newman's jar does.
    order: HashMap<Key, u64>,
    next_index: u64,
}

fn key_of(c: &cookie_store::Cookie<'_>) -> Key {
    let d: String = (&c.domain).into();
    (d, c.path.as_ref().to_string(), c.name().to_string())
}

impl Inner {
    /// tough-cookie's `cookieCompare`: longer paths first, then earlier creation.
    fn compare(&self, a: &Key, b: &Key) -> std::cmp::Ordering {
        let index = |k: &Key| self.order.get(k).copied().unwrap_or(u64::MAX);
        b.1.len()
            .cmp(&a.1.len())
            .then_with(|| index(a).cmp(&index(b)))
    }
}

/// The cookie jar shared by every request of a run. Thread-safe.
#[derive(Debug, Default)]
pub struct CookieJar {
    inner: Mutex<Inner>,
}

fn parse_url(url: &str) -> Result<url::Url, HttpError> {
    crate::urls::parse(url)
}

/// Newman sends `Secure` cookies over plain http too, so matching ignores the scheme: an
/// http URL is matched as its https twin.
fn match_url(url: &url::Url) -> url::Url {
    let mut u = url.clone();
    if u.scheme() == "http" {
        let _ = u.set_scheme("https");
    }
    u
}

fn iso(dt: DateTime<Utc>) -> String {
    dt.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn to_jar_cookie(c: &cookie_store::Cookie<'static>) -> JarCookie {
    let (domain, host_only) = match &c.domain {
        CookieDomain::HostOnly(h) => (h.clone(), true),
        CookieDomain::Suffix(d) => (d.clone(), false),
        _ => (String::new(), true),
    };
    // tough-cookie keeps `expires` (from the Expires attribute) apart from `maxAge`.
    let expires = match (&c.expires, c.expires_datetime()) {
        (CookieExpiration::AtUtc(t), Some(_)) => {
            DateTime::<Utc>::from_timestamp(t.unix_timestamp(), 0).map(iso)
        }
        _ => None,
    };
    JarCookie {
        name: c.name().to_string(),
        value: c.value().to_string(),
        domain,
        path: c.path.as_ref().to_string(),
        expires,
        max_age: c.max_age().map(|d| d.whole_seconds()),
        secure: c.secure().unwrap_or(false),
        http_only: c.http_only().unwrap_or(false),
        host_only,
        same_site: c.same_site().map(|s| s.to_string().to_ascii_lowercase()),
    }
}

impl CookieJar {
    /// An empty jar.
    pub fn new() -> Self {
        CookieJar::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A poisoned lock only means another thread panicked mid-update; the store is still
        // usable.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Cookies that a request to `url` would carry.
    pub fn cookies_for_url(&self, url: &str) -> Result<Vec<JarCookie>, HttpError> {
        let url = parse_url(url)?;
        let inner = self.lock();
        let mut found = inner.store.matches(&match_url(&url));
        found.sort_by(|a, b| inner.compare(&key_of(a), &key_of(b)));
        Ok(found.into_iter().map(to_jar_cookie).collect())
    }

    /// Every unexpired cookie.
    pub fn all(&self) -> Vec<JarCookie> {
        let inner = self.lock();
        let mut found: Vec<_> = inner.store.iter_unexpired().collect();
        found.sort_by(|a, b| inner.compare(&key_of(a), &key_of(b)));
        found.into_iter().map(to_jar_cookie).collect()
    }

    /// Stores a cookie given as a `Set-Cookie` header value, as if `url` had sent it.
    pub fn set_cookie(&self, url: &str, set_cookie: &str) -> Result<(), HttpError> {
        let url = parse_url(url)?;
        self.store_one(&url, set_cookie)
            .map_err(|e| HttpError::InvalidRequest {
                message: format!("cookie \"{set_cookie}\" rejected for {url}: {e}"),
            })
    }

    /// Stores `name=value` for `url`'s host and path `/`.
    pub fn set(&self, url: &str, name: &str, value: &str) -> Result<(), HttpError> {
        self.set_cookie(url, &format!("{name}={value}; Path=/"))
    }

    /// Removes the cookie `name` visible to `url`. Returns whether one was removed.
    pub fn remove(&self, url: &str, name: &str) -> Result<bool, HttpError> {
        let url = parse_url(url)?;
        let mut inner = self.lock();
        let keys: Vec<(String, String)> = inner
            .store
            .matches(&url)
            .into_iter()
            .filter(|c| c.name() == name)
            .map(|c| {
                let d: String = (&c.domain).into();
                (d, c.path.as_ref().to_string())
            })
            .collect();
        let mut removed = false;
        for (d, p) in keys {
            removed |= inner.store.remove(&d, &p, name).is_some();
            let key = (d, p, name.to_string());
            inner.times.remove(&key);
            inner.order.remove(&key);
        }
        Ok(removed)
    }

    /// Removes every cookie a request to `url` would carry (`pm.cookies.jar().clear(url)`).
    /// Returns how many were removed.
    pub fn clear_for_url(&self, url: &str) -> Result<usize, HttpError> {
        let url = parse_url(url)?;
        let mut inner = self.lock();
        let keys: Vec<Key> = inner
            .store
            .matches(&match_url(&url))
            .into_iter()
            .map(|c| {
                let d: String = (&c.domain).into();
                (d, c.path.as_ref().to_string(), c.name().to_string())
            })
            .collect();
        let mut removed = 0;
        for (d, p, n) in keys {
            if inner.store.remove(&d, &p, &n).is_some() {
                removed += 1;
            }
            let key = (d, p, n);
            inner.times.remove(&key);
            inner.order.remove(&key);
        }
        Ok(removed)
    }

    /// Empties the jar.
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.store.clear();
        inner.times.clear();
        inner.order.clear();
    }

    fn store_one(&self, url: &url::Url, set_cookie: &str) -> Result<(), String> {
        let raw = RawCookie::parse(set_cookie.to_string()).map_err(|e| e.to_string())?;
        let mut inner = self.lock();
        inner
            .store
            .insert_raw(&raw, url)
            .map_err(|e| e.to_string())?;
        let now = Utc::now();
        // Find the stored cookie to key its times by the effective domain and path.
        let key = inner
            .store
            .iter_any()
            .find(|c| c.name() == raw.name() && c.matches(url))
            .map(|c| {
                let d: String = (&c.domain).into();
                (d, c.path.as_ref().to_string(), raw.name().to_string())
            });
        if let Some(key) = key {
            inner.times.entry(key.clone()).or_insert((now, now)).1 = now;
            if !inner.order.contains_key(&key) {
                let index = inner.next_index;
                inner.next_index += 1;
                inner.order.insert(key, index);
            }
        }
        Ok(())
    }

    /// Stores every `Set-Cookie` value of a response; invalid ones are ignored, as browsers do.
    pub(crate) fn store_response(&self, url: &url::Url, values: &[&str]) {
        for v in values {
            let _ = self.store_one(url, v);
        }
    }

    /// The `Cookie` header value for a request to `url`.
    pub(crate) fn header_for(&self, url: &url::Url) -> Option<String> {
        let mut inner = self.lock();
        let now = Utc::now();
        let mut found: Vec<(Key, String)> = inner
            .store
            .matches(&match_url(url))
            .into_iter()
            .map(|c| {
                let d: String = (&c.domain).into();
                (
                    (d, c.path.as_ref().to_string(), c.name().to_string()),
                    format!("{}={}", c.name(), c.value()),
                )
            })
            .collect();
        // RFC 6265 5.4: longer paths first, then earlier creation.
        found.sort_by(|(a, _), (b, _)| inner.compare(a, b));
        let (touched, pairs): (Vec<Key>, Vec<String>) = found.into_iter().unzip();
        for k in touched {
            if let Some(t) = inner.times.get_mut(&k) {
                t.1 = now;
            }
        }
        if pairs.is_empty() {
            None
        } else {
            Some(pairs.join("; "))
        }
    }

    /// The jar in tough-cookie's serialized form (what Newman writes for
    /// `--export-cookie-jar`).
    pub fn to_json(&self) -> Value {
        let inner = self.lock();
        let now = Utc::now();
        let mut cookies = Vec::new();
        for c in inner.store.iter_unexpired() {
            let jc = to_jar_cookie(c);
            let (created, accessed) = inner
                .times
                .get(&(jc.domain.clone(), jc.path.clone(), jc.name.clone()))
                .copied()
                .unwrap_or((now, now));
            let mut m = Map::new();
            m.insert("key".into(), json!(jc.name));
            m.insert("value".into(), json!(jc.value));
            if let Some(e) = &jc.expires {
                m.insert("expires".into(), json!(e));
            }
            if let Some(ma) = jc.max_age {
                m.insert("maxAge".into(), json!(ma));
            }
            m.insert("domain".into(), json!(jc.domain));
            m.insert("path".into(), json!(jc.path));
            if jc.secure {
                m.insert("secure".into(), json!(true));
            }
            if jc.http_only {
                m.insert("httpOnly".into(), json!(true));
            }
            m.insert("hostOnly".into(), json!(jc.host_only));
            if !c.path.is_from_path_attr() {
                m.insert("pathIsDefault".into(), json!(true));
            }
            m.insert("creation".into(), json!(iso(created)));
            m.insert("lastAccessed".into(), json!(iso(accessed)));
            if let Some(ss) = &jc.same_site {
                m.insert("sameSite".into(), json!(ss));
            }
            let index = inner
                .order
                .get(&(jc.domain.clone(), jc.path.clone(), jc.name.clone()))
                .copied()
                .unwrap_or(u64::MAX);
            cookies.push(((created, index), Value::Object(m)));
        }
        // tough-cookie lists cookies in creation order.
        cookies.sort_by_key(|(t, _)| *t);
        json!({
            "version": "tough-cookie@4.1.3-postman.1",
            "storeType": "MemoryCookieStore",
            "rejectPublicSuffixes": false,
            "enableLooseMode": true,
            "allowSpecialUseDomain": true,
            "prefixSecurity": "silent",
            "cookies": cookies.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        })
    }

    /// Loads cookies from tough-cookie's serialized form (Newman's `--cookie-jar FILE`).
    /// Cookies that cannot be stored are skipped; returns how many were loaded.
    pub fn load_json(&self, value: &Value) -> Result<usize, HttpError> {
        let cookies = value
            .get("cookies")
            .and_then(Value::as_array)
            .ok_or_else(|| {
                HttpError::config("cookie jar: expected an object with a \"cookies\" array")
            })?;
        let mut loaded = 0;
        for c in cookies {
            let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("");
            let b = |k: &str| c.get(k).and_then(Value::as_bool).unwrap_or(false);
            let (key, domain) = (s("key"), s("domain").trim_start_matches('.'));
            if domain.is_empty() {
                continue;
            }
            let path = if s("path").is_empty() { "/" } else { s("path") };
            let mut set = format!("{key}={}; Path={path}", s("value"));
            if !b("hostOnly") {
                set.push_str(&format!("; Domain={domain}"));
            }
            if let Some(exp) = c.get("expires").and_then(Value::as_str)
                && let Ok(t) = DateTime::parse_from_rfc3339(exp)
            {
                set.push_str(&format!(
                    "; Expires={}",
                    t.with_timezone(&Utc).format("%a, %d %b %Y %H:%M:%S GMT")
                ));
            }
            if b("secure") {
                set.push_str("; Secure");
            }
            if b("httpOnly") {
                set.push_str("; HttpOnly");
            }
            let scheme = if b("secure") { "https" } else { "http" };
            let Ok(url) = url::Url::parse(&format!("{scheme}://{domain}{path}")) else {
                continue;
            };
            if self.store_one(&url, &set).is_ok() {
                loaded += 1;
            }
        }
        Ok(loaded)
    }
}
