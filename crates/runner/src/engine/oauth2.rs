//! Postman `oauth2` auth with the client_credentials grant: cogman fetches the token itself.
//!
//! Newman only sends an `accessToken` already saved in the collection (its issues #2996 and
//! #3219). When a request's effective `oauth2` auth names a token URL (`accessTokenUrl`),
//! a `clientId` and the `client_credentials` grant and has no `accessToken`, the runner asks
//! the token endpoint (a Cognito domain's `/oauth2/token`, or any OAuth2 server) for one,
//! keeps it for the rest of the run per settings (URL, client, secret, scope), fetches a new
//! one when it is about to expire, and sends it as Postman would (`headerPrefix`, header or
//! query). The client secret and every token are registered with the redactor at once.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use cogman_collection::Auth;
use cogman_http::{AuthHelper, Client, HttpRequest, RequestBody, SendOptions};
use cogman_redact::Redactor;
use serde_json::Value;

/// A token is renewed this long before it expires.
const MARGIN: Duration = Duration::from_secs(30);

/// The settings of one client_credentials grant, from a resolved `oauth2` auth block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Settings {
    token_url: String,
    client_id: String,
    client_secret: String,
    scope: String,
    /// `client_authentication: body` sends the credentials as form fields instead of Basic.
    credentials_in_body: bool,
    header_prefix: String,
    add_to_query: bool,
}

impl Settings {
    /// `Some` when `auth` asks for a client_credentials token that is not already there.
    pub(crate) fn from_auth(auth: &Auth) -> Option<Settings> {
        if auth.kind != "oauth2" {
            return None;
        }
        let p = |k: &str| auth.param_str(k).unwrap_or_default().trim().to_string();
        let grant = p("grant_type").to_ascii_lowercase().replace('-', "_");
        if grant != "client_credentials" || !p("accessToken").is_empty() {
            return None;
        }
        let token_url = p("accessTokenUrl");
        let client_id = p("clientId");
        if token_url.is_empty() || client_id.is_empty() {
            return None;
        }
        let prefix = auth.param_str("headerPrefix").unwrap_or_default();
        Some(Settings {
            token_url,
            client_id,
            client_secret: p("clientSecret"),
            scope: p("scope"),
            credentials_in_body: p("client_authentication") == "body",
            header_prefix: if prefix.is_empty() {
                "Bearer".into()
            } else {
                prefix
            },
            add_to_query: p("addTokenTo") == "queryParams",
        })
    }

    fn key(&self) -> String {
        [
            self.token_url.as_str(),
            &self.client_id,
            &self.client_secret,
            &self.scope,
            if self.credentials_in_body { "b" } else { "h" },
        ]
        .join("\u{0}")
    }
}

/// Tokens fetched during the run, per settings.
#[derive(Debug, Default)]
pub(crate) struct TokenCache {
    tokens: HashMap<String, (String, Option<Instant>)>,
}

impl TokenCache {
    /// The auth helper carrying a valid token for `settings`, fetching one when needed.
    pub(crate) fn helper(
        &mut self,
        client: &Client,
        settings: &Settings,
        redactor: &Redactor,
    ) -> Result<AuthHelper, String> {
        if !settings.client_secret.is_empty() {
            redactor.add_secret(&settings.client_secret);
        }
        let key = settings.key();
        let fresh = self
            .tokens
            .get(&key)
            .filter(|(_, until)| until.is_none_or(|u| Instant::now() < u))
            .map(|(t, _)| t.clone());
        let token = match fresh {
            Some(t) => t,
            None => {
                let (token, expires_in) = fetch(client, settings, redactor)?;
                let until = expires_in
                    .map(|s| Instant::now() + Duration::from_secs(s).saturating_sub(MARGIN));
                self.tokens.insert(key, (token.clone(), until));
                token
            }
        };
        Ok(AuthHelper::OAuth2 {
            access_token: token,
            header_prefix: settings.header_prefix.clone(),
            add_to_query: settings.add_to_query,
        })
    }
}

fn form_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char);
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// POSTs the grant; returns the access token and its lifetime in seconds.
fn fetch(
    client: &Client,
    s: &Settings,
    redactor: &Redactor,
) -> Result<(String, Option<u64>), String> {
    use base64::Engine as _;
    let mut form = vec![("grant_type".to_string(), "client_credentials".to_string())];
    if !s.scope.is_empty() {
        form.push(("scope".into(), s.scope.clone()));
    }
    let mut headers = vec![("Accept".to_string(), "application/json".to_string())];
    if s.credentials_in_body {
        form.push(("client_id".into(), s.client_id.clone()));
        if !s.client_secret.is_empty() {
            form.push(("client_secret".into(), s.client_secret.clone()));
        }
    } else {
        // RFC 6749 2.3.1: both parts form-encoded before Basic.
        let pair = format!(
            "{}:{}",
            form_escape(&s.client_id),
            form_escape(&s.client_secret)
        );
        let basic = base64::engine::general_purpose::STANDARD.encode(pair);
        redactor.add_secret(&basic);
        headers.push(("Authorization".into(), format!("Basic {basic}")));
    }
    let req = HttpRequest {
        method: "POST".into(),
        url: s.token_url.clone(),
        headers,
        body: RequestBody::UrlEncoded(form),
    };
    let opts = SendOptions {
        // Never carry the credentials to another host.
        follow_redirects: Some(false),
        disable_cookies: true,
        ..SendOptions::default()
    };
    let what = format!("OAuth2 client_credentials token request to {}", s.token_url);
    let resp = client
        .send(&req, &opts)
        .map_err(|e| format!("{what} failed: {e}"))?;
    let body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    let token = body
        .get("access_token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty());
    match token {
        Some(t) if resp.status < 300 => {
            redactor.add_secret(t);
            for k in ["refresh_token", "id_token"] {
                if let Some(v) = body.get(k).and_then(Value::as_str) {
                    redactor.add_secret(v);
                }
            }
            let expires_in = body.get("expires_in").and_then(|v| {
                v.as_u64()
                    .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            });
            Ok((t.to_string(), expires_in))
        }
        _ => {
            let error = body.get("error").and_then(Value::as_str).unwrap_or("");
            let description = body
                .get("error_description")
                .and_then(Value::as_str)
                .unwrap_or("");
            let mut msg = format!("{what} failed: HTTP {}", resp.status);
            if !error.is_empty() {
                msg.push_str(&format!(": {error}"));
            }
            if !description.is_empty() {
                msg.push_str(&format!(" ({description})"));
            }
            if error.is_empty() && resp.status < 300 {
                msg.push_str(": the answer has no access_token");
            }
            if let Some(d) = cogman_cognito::diagnose(error, description) {
                msg.push_str(&format!(
                    "; cause: {}; fix: {}",
                    d.cause,
                    d.fix.replace('\n', " ")
                ));
            }
            Err(redactor.redact(&msg).into_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use indexmap::IndexMap;

    fn auth(pairs: &[(&str, &str)]) -> Auth {
        let mut params = IndexMap::new();
        for (k, v) in pairs {
            params.insert((*k).to_string(), Value::String((*v).to_string()));
        }
        Auth {
            kind: "oauth2".into(),
            params,
        }
    }

    #[test]
    fn only_client_credentials_without_a_token() {
        let base = [
            ("grant_type", "client_credentials"),
            ("accessTokenUrl", "http://127.0.0.1:1/oauth2/token"),
            ("clientId", "c"),
            ("clientSecret", "s"),
        ];
        let s = Settings::from_auth(&auth(&base));
        assert!(s.is_some());
        let mut with_token = base.to_vec();
        with_token.push(("accessToken", "given"));
        assert!(Settings::from_auth(&auth(&with_token)).is_none());
        let mut code = base.to_vec();
        code[0] = ("grant_type", "authorization_code");
        assert!(Settings::from_auth(&auth(&code)).is_none());
        assert!(Settings::from_auth(&auth(&base[..2])).is_none());
    }

    #[test]
    fn basic_credentials_are_form_escaped() {
        assert_eq!(form_escape("a b:c/d"), "a%20b%3Ac%2Fd");
    }
}
