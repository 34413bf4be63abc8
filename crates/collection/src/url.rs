//! Request URLs: parsed from a string or read from a URL object, rebuilt from parts.

use serde_json::{Map, Value};

use crate::error::{ShapeError, type_name};
use crate::model::{QueryParam, R, Variable, lossy_string, variables_from};

/// A request URL in parts, still holding `{{variables}}` and `:path` variables.
///
/// Built from a string with [`Url::parse`] or from a collection's URL object. As in
/// postman-collection, the parts are authoritative: [`Url::to_template_string`] rebuilds the
/// URL from them and falls back to `raw` only when there are no parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Url {
    /// The `raw` text as written (or the string the URL was parsed from).
    pub raw: String,
    /// `http`, `https`, `{{scheme}}`, ... (without `://`).
    pub protocol: Option<String>,
    /// `user:password@` credentials in the URL.
    pub auth: Option<UrlAuth>,
    /// Host labels (`["api", "example", "com"]`, or `["{{baseUrl}}"]`).
    pub host: Option<Vec<String>>,
    /// Port text (may be a `{{variable}}`).
    pub port: Option<String>,
    /// Path segments without slashes (`["users", ":id"]`); `Some([""])` is a lone `/`.
    pub path: Option<Vec<String>>,
    /// Query parameters, including disabled ones.
    pub query: Vec<QueryParam>,
    /// Fragment after `#`.
    pub hash: Option<String>,
    /// Path variables (`:id`) with their values.
    pub variables: Vec<Variable>,
}

/// Credentials embedded in a URL.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlAuth {
    /// User name.
    pub user: Option<String>,
    /// Password.
    pub password: Option<String>,
}

/// `{{...}}` spans are swapped for placeholders while splitting, so that a `/`, `.`, `:`, `?`
/// or `#` inside a variable name does not split the URL (Postman allows `{{a/b}}`).
struct Masked {
    text: String,
    vars: Vec<String>,
}

const MASK: char = '\u{0}';

impl Masked {
    fn new(s: &str) -> Masked {
        let mut text = String::with_capacity(s.len());
        let mut vars = Vec::new();
        let mut rest = s;
        while let Some(start) = rest.find("{{") {
            match rest[start + 2..].find("}}") {
                Some(len) => {
                    let end = start + 2 + len + 2;
                    text.push_str(&rest[..start]);
                    text.push(MASK);
                    text.push_str(&vars.len().to_string());
                    text.push(MASK);
                    vars.push(rest[start..end].to_string());
                    rest = &rest[end..];
                }
                None => break,
            }
        }
        text.push_str(rest);
        Masked { text, vars }
    }

    fn unmask(&self, s: &str) -> String {
        if !s.contains(MASK) {
            return s.to_string();
        }
        let mut out = String::with_capacity(s.len());
        let mut parts = s.split(MASK);
        if let Some(first) = parts.next() {
            out.push_str(first);
        }
        // Parts alternate: index, text, index, text...
        let mut is_index = true;
        for p in parts {
            if is_index {
                match p.parse::<usize>().ok().and_then(|i| self.vars.get(i)) {
                    Some(v) => out.push_str(v),
                    None => out.push_str(p),
                }
            } else {
                out.push_str(p);
            }
            is_index = !is_index;
        }
        out
    }
}

/// `:name` or `:name.ext` -> `name`.
fn path_variable_name(segment: &str) -> Option<&str> {
    let rest = segment.strip_prefix(':')?;
    let name = match rest.find('.') {
        Some(i) => &rest[..i],
        None => rest,
    };
    (!name.is_empty()).then_some(name)
}

/// Splits `a=b&c&=d` into query parameters without decoding, as postman-collection's
/// `QueryParam.parse`: a part without `=` has no value (`?flag`), and an empty part other
/// than the last has neither key nor value (so `a=b&&` round-trips).
pub(crate) fn parse_query(q: &str) -> Vec<QueryParam> {
    let parts: Vec<&str> = q.split('&').collect();
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.is_empty() && i != last {
                return QueryParam::default();
            }
            match p.split_once('=') {
                Some((k, v)) => QueryParam {
                    key: Some(k.to_string()),
                    value: Some(v.to_string()),
                    disabled: false,
                },
                None => QueryParam {
                    key: Some(p.to_string()),
                    value: None,
                    disabled: false,
                },
            }
        })
        .collect()
}

/// Encodes the characters that would change a query string's structure (`&`, `#`, and `=` in
/// keys), leaving `{{variables}}` untouched, like postman-collection's `QueryParam.unparse`.
fn encode_query_part(s: &str, is_key: bool) -> String {
    if !(s.contains('&') || s.contains('#') || (is_key && s.contains('='))) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 6);
    let mut rest = s;
    loop {
        let (plain, token, tail) = match rest.find("{{") {
            Some(start) => match rest[start + 2..].find("}}") {
                Some(len) if !rest[start + 2..start + 2 + len].contains(['{', '}']) => {
                    let end = start + 2 + len + 2;
                    (&rest[..start], &rest[start..end], &rest[end..])
                }
                _ => (&rest[..start + 2], "", &rest[start + 2..]),
            },
            None => (rest, "", ""),
        };
        for c in plain.chars() {
            match c {
                '&' => out.push_str("%26"),
                '#' => out.push_str("%23"),
                '=' if is_key => out.push_str("%3D"),
                other => out.push(other),
            }
        }
        out.push_str(token);
        if tail.is_empty() {
            break;
        }
        rest = tail;
    }
    out
}

impl Url {
    /// Parses a URL string into parts, keeping `{{variables}}` intact and collecting `:path`
    /// variables. Never fails: anything unrecognised ends up in host or path.
    pub fn parse(input: &str) -> Url {
        let raw = input.to_string();
        let m = Masked::new(input.trim_start());
        let mut rest: &str = &m.text;

        let mut hash = None;
        if let Some(i) = rest.find('#') {
            hash = Some(m.unmask(&rest[i + 1..]));
            rest = &rest[..i];
        }
        let mut query = Vec::new();
        if let Some(i) = rest.find('?') {
            query = parse_query(&rest[i + 1..])
                .into_iter()
                .map(|q| QueryParam {
                    key: q.key.map(|k| m.unmask(&k)),
                    value: q.value.map(|v| m.unmask(&v)),
                    disabled: false,
                })
                .collect();
            rest = &rest[..i];
        }
        // Backslashes count as slashes outside the query and fragment.
        let slashed = rest.replace('\\', "/");
        let mut rest: &str = &slashed;
        let mut protocol = None;
        if let Some(i) = rest.find("://") {
            let proto = m.unmask(&rest[..i]);
            rest = &rest[i + 3..];
            // `http:////host` -> `http://host`; `file:////path` keeps one slash.
            let trimmed = rest.trim_start_matches('/');
            if trimmed.len() != rest.len() {
                rest = if proto.eq_ignore_ascii_case("file") {
                    &rest[rest.len() - trimmed.len() - 1..]
                } else {
                    trimmed
                };
            }
            protocol = Some(proto);
        }
        // Path: everything after the first slash, split on slashes.
        let (authority, path) = match rest.find('/') {
            Some(i) => (
                &rest[..i],
                Some(
                    rest[i + 1..]
                        .split('/')
                        .map(|s| m.unmask(s))
                        .collect::<Vec<_>>(),
                ),
            ),
            None => (rest, None),
        };
        let mut auth = None;
        let mut hostport = authority;
        if let Some(i) = authority.rfind('@') {
            let cred = &authority[..i];
            hostport = &authority[i + 1..];
            auth = Some(match cred.split_once(':') {
                Some((u, p)) => UrlAuth {
                    user: Some(m.unmask(u)),
                    password: Some(m.unmask(p)),
                },
                None => UrlAuth {
                    user: Some(m.unmask(cred)),
                    password: None,
                },
            });
        }
        // Port: after the last colon, unless that colon is inside an IPv6 literal.
        let mut port = None;
        let mut host_text = hostport;
        if let Some(i) = hostport.rfind(':')
            && !hostport[i + 1..].contains(']')
        {
            port = Some(m.unmask(&hostport[i + 1..]));
            host_text = &hostport[..i];
        }
        let host = if host_text.is_empty() {
            None
        } else {
            Some(host_text.split('.').map(|h| m.unmask(h)).collect())
        };
        let mut url = Url {
            raw,
            protocol,
            auth,
            host,
            port,
            path,
            query,
            hash,
            variables: Vec::new(),
        };
        url.variables = url
            .path_variable_names()
            .into_iter()
            .map(|k| Variable {
                key: k,
                ..Variable::default()
            })
            .collect();
        url
    }

    fn path_variable_names(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for seg in self.path.iter().flatten() {
            if let Some(name) = path_variable_name(seg)
                && !out.iter().any(|o| o == name)
            {
                out.push(name.to_string());
            }
        }
        out
    }

    /// Reads a URL string or a collection URL object (`{raw, protocol, host, port, path,
    /// query, hash, variable}`; `host`/`path` may be strings or arrays).
    pub(crate) fn from_value(v: &Value) -> R<Url> {
        match v {
            Value::String(s) => Ok(Url::parse(s)),
            Value::Object(o) => Url::from_object(o),
            other => Err(ShapeError::new(format!(
                "expected `url` to be a string or an object with `raw`, found {}",
                type_name(other)
            ))),
        }
    }

    fn from_object(o: &Map<String, Value>) -> R<Url> {
        let raw = match o.get("raw") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => lossy_string(other),
        };
        let has_parts = ["protocol", "host", "path", "port"]
            .iter()
            .any(|k| o.get(*k).is_some_and(|v| !v.is_null()));
        let mut url = if has_parts {
            Url {
                raw,
                protocol: str_member(o, "protocol").map(|p| p.trim_end_matches("://").to_string()),
                auth: o.get("auth").and_then(|a| a.as_object()).map(|a| UrlAuth {
                    user: str_member(a, "user"),
                    password: str_member(a, "password"),
                }),
                host: match o.get("host") {
                    Some(Value::String(h)) => {
                        let m = Masked::new(h);
                        Some(m.text.split('.').map(|s| m.unmask(s)).collect())
                    }
                    Some(Value::Array(a)) => Some(a.iter().map(lossy_string).collect()),
                    _ => None,
                },
                port: str_member(o, "port"),
                path: match o.get("path") {
                    Some(Value::String(p)) => {
                        let p = p.strip_prefix('/').unwrap_or(p);
                        Some(p.split('/').map(str::to_string).collect())
                    }
                    Some(Value::Array(a)) => Some(
                        a.iter()
                            .map(|s| match s {
                                // v2.0 allowed `{type, value}` segments.
                                Value::Object(seg) => str_member(seg, "value").unwrap_or_default(),
                                other => lossy_string(other),
                            })
                            .collect(),
                    ),
                    _ => None,
                },
                query: Vec::new(),
                hash: str_member(o, "hash"),
                variables: Vec::new(),
            }
        } else {
            // Only `raw`: parse it (postman-collection would lose the URL here; a file written
            // by hand with only `raw` is common enough to be worth honouring).
            Url::parse(&raw)
        };
        match o.get("query") {
            Some(Value::Array(list)) => {
                url.query = list
                    .iter()
                    .filter_map(|q| q.as_object())
                    .map(|q| QueryParam {
                        key: str_member(q, "key"),
                        value: str_member(q, "value"),
                        disabled: q.get("disabled").and_then(|d| d.as_bool()).unwrap_or(false),
                    })
                    .collect();
            }
            Some(Value::String(s)) => url.query = parse_query(s.trim_start_matches('?')),
            Some(Value::Object(map)) => {
                url.query = map
                    .iter()
                    .map(|(k, v)| QueryParam {
                        key: Some(k.clone()),
                        value: (!v.is_null()).then(|| lossy_string(v)),
                        disabled: false,
                    })
                    .collect();
            }
            _ => {}
        }
        let declared = variables_from(o, "variable")?;
        if declared.is_empty() {
            if has_parts {
                url.variables = url
                    .path_variable_names()
                    .into_iter()
                    .map(|k| Variable {
                        key: k,
                        ..Variable::default()
                    })
                    .collect();
            }
        } else {
            url.variables = declared;
        }
        Ok(url)
    }

    /// The URL rebuilt from its parts the way postman-collection's `Url#toString` does:
    /// `protocol://user:pass@host:port/path?query#hash`, disabled query parameters left out,
    /// `:name` path segments replaced by the path variable's value when it is a non-empty
    /// string. `{{variables}}` are left for [`crate::Scopes::resolve`]. When the URL has no
    /// parts at all the `raw` text is returned.
    pub fn to_template_string(&self) -> String {
        if self.protocol.is_none()
            && self.host.is_none()
            && self.path.is_none()
            && self.port.is_none()
            && self.query.is_empty()
            && self.hash.is_none()
        {
            return self.raw.clone();
        }
        let mut out = String::new();
        if let Some(p) = &self.protocol {
            out.push_str(p);
            out.push_str("://");
        }
        if let Some(a) = &self.auth {
            let mut cred = a.user.clone();
            if let Some(p) = &a.password {
                let c = cred.get_or_insert_with(String::new);
                c.push(':');
                c.push_str(p);
            }
            if let Some(c) = cred {
                out.push_str(&c);
                out.push('@');
            }
        }
        if let Some(h) = &self.host {
            out.push_str(&h.join("."));
        }
        if let Some(p) = &self.port {
            out.push(':');
            out.push_str(p);
        }
        if let Some(path) = &self.path {
            for seg in path {
                out.push('/');
                out.push_str(&self.apply_path_variable(seg));
            }
        }
        if let Some(q) = self.query_string() {
            out.push('?');
            out.push_str(&q);
        }
        if let Some(h) = &self.hash {
            out.push('#');
            out.push_str(h);
        }
        out
    }

    fn apply_path_variable(&self, seg: &str) -> String {
        if let Some(name) = path_variable_name(seg) {
            let found = self
                .variables
                .iter()
                .rev()
                .find(|v| v.key == name && !v.disabled);
            if let Some(Value::String(val)) = found.map(|v| &v.value)
                && !val.is_empty()
            {
                return format!("{val}{}", &seg[name.len() + 1..]);
            }
        }
        seg.to_string()
    }

    /// The query string without `?`, or `None` when no parameter is enabled. A single enabled
    /// parameter with an empty key and no value still yields `Some("")` (`http://host?`).
    pub fn query_string(&self) -> Option<String> {
        let enabled: Vec<&QueryParam> = self.query.iter().filter(|q| !q.disabled).collect();
        if enabled.is_empty() {
            return None;
        }
        let parts: Vec<String> = enabled
            .iter()
            .map(|q| {
                let mut s = q
                    .key
                    .as_deref()
                    .map(|k| encode_query_part(k, true))
                    .unwrap_or_default();
                if let Some(v) = &q.value {
                    s.push('=');
                    s.push_str(&encode_query_part(v, false));
                }
                s
            })
            .collect();
        Some(parts.join("&"))
    }

    /// Host labels joined with dots.
    pub fn host_string(&self) -> String {
        self.host.as_ref().map(|h| h.join(".")).unwrap_or_default()
    }

    /// The v2.1 URL object: `{raw, protocol?, host?, port?, path?, query?, hash?, variable?}`,
    /// with `raw` rebuilt from the parts so it always agrees with them.
    pub fn to_json(&self) -> Value {
        let mut o = Map::new();
        o.insert(
            "raw".into(),
            Value::String(self.to_template_string_unapplied()),
        );
        if let Some(p) = &self.protocol {
            o.insert("protocol".into(), Value::String(p.clone()));
        }
        if let Some(a) = &self.auth {
            let mut m = Map::new();
            if let Some(u) = &a.user {
                m.insert("user".into(), Value::String(u.clone()));
            }
            if let Some(p) = &a.password {
                m.insert("password".into(), Value::String(p.clone()));
            }
            o.insert("auth".into(), Value::Object(m));
        }
        if let Some(h) = &self.host {
            o.insert(
                "host".into(),
                Value::Array(h.iter().map(|s| Value::String(s.clone())).collect()),
            );
        }
        if let Some(p) = &self.port {
            o.insert("port".into(), Value::String(p.clone()));
        }
        if let Some(p) = &self.path {
            o.insert(
                "path".into(),
                Value::Array(p.iter().map(|s| Value::String(s.clone())).collect()),
            );
        }
        if !self.query.is_empty() {
            let list = self
                .query
                .iter()
                .map(|q| {
                    let mut m = Map::new();
                    m.insert(
                        "key".into(),
                        q.key.clone().map(Value::String).unwrap_or(Value::Null),
                    );
                    m.insert(
                        "value".into(),
                        q.value.clone().map(Value::String).unwrap_or(Value::Null),
                    );
                    if q.disabled {
                        m.insert("disabled".into(), Value::Bool(true));
                    }
                    Value::Object(m)
                })
                .collect();
            o.insert("query".into(), Value::Array(list));
        }
        if let Some(h) = &self.hash {
            o.insert("hash".into(), Value::String(h.clone()));
        }
        if !self.variables.is_empty() {
            o.insert(
                "variable".into(),
                Value::Array(self.variables.iter().map(Variable::to_json).collect()),
            );
        }
        Value::Object(o)
    }

    /// Like [`Url::to_template_string`] but keeping `:name` path segments as written (the
    /// `raw` text of a URL object).
    fn to_template_string_unapplied(&self) -> String {
        let without_vars = Url {
            variables: Vec::new(),
            ..self.clone()
        };
        without_vars.to_template_string()
    }
}

fn str_member(o: &Map<String, Value>, key: &str) -> Option<String> {
    match o.get(key) {
        None | Some(Value::Null) => None,
        Some(v) => Some(lossy_string(v)),
    }
}

impl From<&str> for Url {
    fn from(s: &str) -> Url {
        Url::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_full_url() {
        let u = Url::parse("https://user:pw@api.example.com:8443/v1/users/:id?a=1&b&=c#frag");
        assert_eq!(u.protocol.as_deref(), Some("https"));
        assert_eq!(
            u.host,
            Some(vec!["api".into(), "example".into(), "com".into()])
        );
        assert_eq!(u.port.as_deref(), Some("8443"));
        assert_eq!(
            u.path,
            Some(vec!["v1".into(), "users".into(), ":id".into()])
        );
        assert_eq!(u.query.len(), 3);
        assert_eq!(u.query[1].value, None);
        assert_eq!(u.hash.as_deref(), Some("frag"));
        assert_eq!(u.variables[0].key, "id");
        assert_eq!(
            u.to_template_string(),
            "https://user:pw@api.example.com:8443/v1/users/:id?a=1&b&=c#frag"
        );
    }

    #[test]
    fn variables_with_separators_survive() {
        let u = Url::parse("{{base/url}}/a/{{x.y}}?q={{a?b}}");
        assert_eq!(u.host, Some(vec!["{{base/url}}".to_string()]));
        assert_eq!(u.path, Some(vec!["a".to_string(), "{{x.y}}".to_string()]));
        assert_eq!(u.query[0].value.as_deref(), Some("{{a?b}}"));
        assert_eq!(u.to_template_string(), "{{base/url}}/a/{{x.y}}?q={{a?b}}");
        let u = Url::parse("{{host}}:{{port}}/x");
        assert_eq!(u.port.as_deref(), Some("{{port}}"));
        assert_eq!(u.to_template_string(), "{{host}}:{{port}}/x");
    }

    #[test]
    fn object_parts_and_path_variables() {
        let v = json!({
            "raw": "ignored",
            "protocol": "http",
            "host": ["{{host}}"],
            "port": 8080,
            "path": ["users", ":id", ":fmt.json"],
            "query": [{"key": "a", "value": "1"}, {"key": "off", "value": "x", "disabled": true}],
            "variable": [{"key": "id", "value": "42"}, {"key": "fmt", "value": "data"}]
        });
        let u = Url::from_value(&v).unwrap();
        assert_eq!(
            u.to_template_string(),
            "http://{{host}}:8080/users/42/data.json?a=1"
        );
        // all query params disabled: no `?`
        let v = json!({"host": "h", "query": [{"key": "a", "disabled": true}]});
        assert_eq!(Url::from_value(&v).unwrap().to_template_string(), "h");
        // empty path variable value leaves the segment
        let v = json!({"host": ["h"], "path": [":id"], "variable": [{"key": "id", "value": ""}]});
        assert_eq!(Url::from_value(&v).unwrap().to_template_string(), "h/:id");
    }

    #[test]
    fn raw_only_object_is_parsed() {
        let v = json!({"raw": "http://localhost:3000/a?x=1"});
        let u = Url::from_value(&v).unwrap();
        assert_eq!(u.host_string(), "localhost");
        assert_eq!(u.to_template_string(), "http://localhost:3000/a?x=1");
        assert!(Url::from_value(&json!(5)).is_err());
    }

    #[test]
    fn postman_parser_quirks() {
        // backslashes are slashes, extra slashes after the scheme are dropped
        let u = Url::parse("http:\\\\h\\a\\b?x=\\");
        assert_eq!(u.host, Some(vec!["h".to_string()]));
        assert_eq!(u.path, Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(u.query[0].value.as_deref(), Some("\\"));
        assert_eq!(
            Url::parse("file:////tmp/x").to_template_string(),
            "file:///tmp/x"
        );
        // empty query parts round-trip
        assert_eq!(
            Url::parse("http://h/?a=b&&").to_template_string(),
            "http://h/?a=b&&"
        );
        assert_eq!(Url::parse("http://h?").to_template_string(), "http://h?");
        // `&`, `#` (and `=` in keys) inside parameter parts are encoded, variables kept
        let u = Url {
            host: Some(vec!["h".into()]),
            query: vec![QueryParam {
                key: Some("k=1".into()),
                value: Some("a&b#c={{x&y}}".into()),
                disabled: false,
            }],
            ..Url::default()
        };
        assert_eq!(u.to_template_string(), "h?k%3D1=a%26b%23c={{x&y}}");
        // leading whitespace is ignored
        assert_eq!(
            Url::parse("  http://h/a").to_template_string(),
            "http://h/a"
        );
        assert_eq!(Url::parse("").to_template_string(), "");
    }

    #[test]
    fn trailing_slash_and_root() {
        assert_eq!(Url::parse("http://h/").path, Some(vec![String::new()]));
        assert_eq!(Url::parse("http://h/").to_template_string(), "http://h/");
        assert_eq!(Url::parse("http://h").path, None);
        assert_eq!(
            Url::parse("http://h/a/").to_template_string(),
            "http://h/a/"
        );
        assert_eq!(
            Url::parse("[::1]:80/x").host,
            Some(vec!["[::1]".to_string()])
        );
    }
}
