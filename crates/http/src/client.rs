//! The blocking client: request preparation, the hop loop (redirects, digest retry), response
//! reading and decoding.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use http::header::{HeaderName, HeaderValue};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::{TokioExecutor, TokioTimer};

use crate::auth;
use crate::body;
use crate::connect::{ConnMeta, ConnectError, ConnectState, Connector, HeaderCase};
use crate::cookies::CookieJar;
use crate::decode;
use crate::proxy::ProxyRouter;
use crate::tls;
use crate::urls;
use crate::{
    AuthHelper, ClientOptions, HttpError, HttpRequest, HttpResponse, SendOptions, Timings,
    USER_AGENT,
};

type Pool = hyper_util::client::legacy::Client<Connector, Full<Bytes>>;

/// Sends requests for one run. Create once; reuse for every request so connections are kept
/// alive and cookies persist.
pub struct Client {
    rt: tokio::runtime::Runtime,
    strict: Pool,
    insecure: Pool,
    options: ClientOptions,
    jar: CookieJar,
    state: Arc<ConnectState>,
    proxy: Arc<ProxyRouter>,
    case: Arc<HeaderCase>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// One request/response exchange on the wire.
struct Hop {
    status: u16,
    reason: String,
    version: String,
    headers: Vec<(String, String)>,
    body: Bytes,
    head_size: u64,
    dns: Duration,
    connect: Duration,
    tls: Duration,
    first_byte: Duration,
    download: Duration,
}

/// Methods whose body Postman drops unless `disableBodyPruning` is set.
const PRUNED_METHODS: [&str; 5] = ["GET", "HEAD", "COPY", "PURGE", "UNLOCK"];
/// Methods for which Node sends no `Content-Length: 0` when there is no body.
const NO_BODY_METHODS: [&str; 6] = ["GET", "HEAD", "DELETE", "OPTIONS", "TRACE", "CONNECT"];

fn has_header(headers: &[(String, String)], name: &str) -> bool {
    headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name))
}

fn remove_header(headers: &mut Vec<(String, String)>, name: &str) {
    headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
}

fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Walks an error chain for the cause Node would report.
fn map_send_error(err: &(dyn std::error::Error + 'static)) -> HttpError {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(err);
    let mut hyper_err: Option<&hyper::Error> = None;
    while let Some(e) = cur {
        if let Some(c) = e.downcast_ref::<ConnectError>() {
            return c.0.clone();
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return match io.kind() {
                std::io::ErrorKind::ConnectionReset => HttpError::ConnectionReset,
                std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::BrokenPipe => {
                    HttpError::SocketHangUp
                }
                _ => HttpError::io(format!("read {}", crate::connect::errno_code(io))),
            };
        }
        if let Some(h) = e.downcast_ref::<hyper::Error>() {
            hyper_err.get_or_insert(h);
        }
        cur = e.source();
    }
    if let Some(h) = hyper_err {
        if h.is_incomplete_message() || h.is_canceled() || h.is_closed() {
            return HttpError::SocketHangUp;
        }
        if h.is_parse() || h.is_parse_status() || h.is_parse_too_large() {
            return HttpError::Parse {
                message: llhttp_message(h),
            };
        }
        return HttpError::io(h.to_string());
    }
    HttpError::io(err.to_string())
}

/// Node reads header bytes as latin1.
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Node writes header values as latin1: characters above U+00FF are refused.
fn to_latin1(s: &str) -> Option<Vec<u8>> {
    s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect()
}

/// Node's (llhttp) wording for a response hyper could not parse.
fn llhttp_message(h: &hyper::Error) -> String {
    let text = h.to_string();
    if h.is_parse_too_large() {
        "Header overflow".into()
    } else if h.is_parse_status() || text.contains("status") {
        "Invalid status code".into()
    } else if text.contains("version") {
        "Expected HTTP/, RTSP/ or ICE/".into()
    } else if text.contains("header") {
        "Invalid header token".into()
    } else {
        text
    }
}

/// Response headers in wire order and case, from the raw head the connection captured.
fn parse_head(head: &[u8]) -> Option<(String, Vec<(String, String)>)> {
    let mut storage = vec![httparse::EMPTY_HEADER; 512];
    let mut res = httparse::Response::new(&mut storage);
    match res.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return None,
    }
    let reason = res.reason.unwrap_or("").to_string();
    let headers = res
        .headers
        .iter()
        .map(|h| (h.name.to_string(), latin1(h.value)))
        .collect();
    Some((reason, headers))
}

/// A URL string hyper accepts: characters Node sends raw but `http::Uri` refuses are escaped.
fn to_uri(url: &url::Url) -> Result<http::Uri, HttpError> {
    if let Ok(u) = url.as_str().parse::<http::Uri>() {
        return Ok(u);
    }
    let mut s = String::with_capacity(url.as_str().len() + 8);
    for c in url.as_str().chars() {
        match c {
            '{' | '}' | '|' | '\\' | '^' | '`' | '"' | '<' | '>' | ' ' => {
                s.push_str(&format!("%{:02X}", c as u32));
            }
            _ => s.push(c),
        }
    }
    s.parse::<http::Uri>().map_err(|_| HttpError::InvalidUrl {
        url: url.to_string(),
    })
}

impl Client {
    /// Builds the client: runtime, TLS configurations, proxy routing, pool and cookie jar.
    pub fn new(options: ClientOptions) -> Result<Client, HttpError> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| HttpError::config(format!("cannot start the HTTP runtime: {e}")))?;
        let tls = tls::build(&options)?;
        let proxy = Arc::new(ProxyRouter::new(&options.proxy)?);
        let state = Arc::new(ConnectState::default());
        let case = Arc::new(HeaderCase::default());
        let make_pool = |cfg: Arc<rustls::ClientConfig>| -> Pool {
            let connector = Connector {
                tls: cfg,
                proxy: proxy.clone(),
                state: state.clone(),
                case: case.clone(),
            };
            hyper_util::client::legacy::Client::builder(TokioExecutor::new())
                .pool_timer(TokioTimer::new())
                .pool_idle_timeout(Duration::from_secs(60))
                .pool_max_idle_per_host(64)
                .http1_title_case_headers(true)
                .set_host(false)
                .build(connector)
        };
        let strict = make_pool(tls.strict);
        let insecure = make_pool(tls.insecure);
        Ok(Client {
            rt,
            strict,
            insecure,
            options,
            jar: CookieJar::new(),
            state,
            proxy,
            case,
        })
    }

    /// The options the client was built with.
    pub fn options(&self) -> &ClientOptions {
        &self.options
    }

    /// The run's cookie jar.
    pub fn cookie_jar(&self) -> &CookieJar {
        &self.jar
    }

    /// Sends `req`, following redirects and applying `opts.auth`. Blocks until the whole body
    /// is read. Safe to call from inside another tokio runtime (the work then runs on a
    /// helper thread).
    pub fn send(&self, req: &HttpRequest, opts: &SendOptions) -> Result<HttpResponse, HttpError> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return std::thread::scope(|s| {
                s.spawn(|| self.rt.block_on(self.send_async(req, opts)))
                    .join()
                    .unwrap_or_else(|_| Err(HttpError::io("the request thread failed")))
            });
        }
        self.rt.block_on(self.send_async(req, opts))
    }

    async fn send_async(
        &self,
        req: &HttpRequest,
        opts: &SendOptions,
    ) -> Result<HttpResponse, HttpError> {
        let start = Instant::now();
        // Between sends nothing drives the runtime, so pooled connections have not yet seen a
        // server's close. Let their tasks run (poll I/O, then run the woken tasks) so a closed
        // connection leaves the pool instead of failing this request with "socket hang up".
        for _ in 0..2 {
            tokio::task::yield_now().await;
        }
        let timeout = opts.timeout.or(self.options.timeout);
        let follow = opts
            .follow_redirects
            .unwrap_or(self.options.follow_redirects);
        let max_redirects = opts.max_redirects.unwrap_or(self.options.max_redirects);
        // protocolProfileBehavior.strictSSL wins over --insecure, as in postman-runtime.
        let verify = opts.strict_ssl.unwrap_or(!self.options.insecure);
        let pool = if !verify {
            &self.insecure
        } else {
            &self.strict
        };
        let cookies_on = self.options.cookies && !opts.disable_cookies;

        let mut url = urls::parse(&req.url)?;
        let mut method = req.method.trim().to_ascii_uppercase();
        if method.is_empty() {
            method = "GET".into();
        }
        let mut headers: Vec<(String, String)> = req
            .headers
            .iter()
            .filter(|(k, _)| !k.trim().is_empty())
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        let mut encoded = body::encode(&req.body)?;
        if !opts.disable_body_pruning && PRUNED_METHODS.contains(&method.as_str()) {
            encoded = body::Encoded::default();
        }
        if let Some(a) = &opts.auth {
            auth::apply_static(a, &mut url, &mut headers)?;
            let body = encoded.bytes.as_deref().unwrap_or_default();
            if let Some(h) = auth::digest_preemptive(a, &method, &url, body) {
                auth::set_header(&mut headers, "Authorization", h);
            }
        }
        let postman_token = uuid::Uuid::new_v4().to_string();
        let mut redirects = 0u32;
        let mut referer: Option<String> = None;
        let mut digest_done = matches!(&opts.auth, Some(AuthHelper::Digest { .. }))
            && has_header(&headers, "Authorization");
        // An Authorization header sent after the body headers (a digest answer).
        let mut late_auth: Option<String> = None;

        loop {
            let mut hop_headers = headers.clone();
            if let Some(a @ AuthHelper::AwsV4 { .. }) = &opts.auth {
                auth::sign_aws(a, &method, &url, &mut hop_headers, encoded.bytes.as_ref())?;
            }
            let cookie = if cookies_on {
                self.jar.header_for(&url)
            } else {
                None
            };
            let route_auth = if url.scheme() == "http" {
                let port = url.port_or_known_default().unwrap_or(80);
                self.proxy
                    .route(false, url.host_str().unwrap_or(""), port)
                    .and_then(|r| r.authorization.clone())
            } else {
                None
            };
            let late = late_auth.clone().or_else(|| {
                basic_from_userinfo(&url).filter(|_| !has_header(&hop_headers, "authorization"))
            });
            let sent = finalize_headers(
                hop_headers,
                &url,
                &method,
                &encoded,
                LateHeaders {
                    referer: referer.clone(),
                    cookie,
                    authorization: late,
                    proxy_authorization: route_auth,
                },
                &postman_token,
                &opts.disabled_system_headers,
            );
            let hop = self
                .hop(pool, &method, &url, &sent, encoded.bytes.clone(), timeout)
                .await?;

            if cookies_on {
                let set_cookies: Vec<&str> = hop
                    .headers
                    .iter()
                    .filter(|(k, _)| k.eq_ignore_ascii_case("set-cookie"))
                    .map(|(_, v)| v.as_str())
                    .collect();
                if !set_cookies.is_empty() {
                    self.jar.store_response(&url, &set_cookies);
                }
            }

            // Digest: answer the server's challenge once.
            if hop.status == 401
                && !digest_done
                && let Some(a @ AuthHelper::Digest { .. }) = &opts.auth
            {
                digest_done = true;
                let challenges: Vec<&str> = hop
                    .headers
                    .iter()
                    .filter(|(k, _)| k.eq_ignore_ascii_case("www-authenticate"))
                    .map(|(_, v)| v.as_str())
                    .collect();
                let body = encoded.bytes.as_deref().unwrap_or_default();
                if let Some(h) = auth::digest_response(a, &method, &url, &challenges, body) {
                    late_auth = Some(h);
                    continue;
                }
            }

            let location = header_value(&hop.headers, "location").map(str::to_string);
            let is_redirect = matches!(hop.status, 301 | 302 | 303 | 307 | 308);
            if follow
                && is_redirect
                && let Some(location) = location
            {
                if redirects >= max_redirects {
                    return Err(HttpError::TooManyRedirects {
                        url: url.to_string(),
                    });
                }
                redirects += 1;
                let next = urls::join(&url, &location)?;
                let keep_method =
                    matches!(hop.status, 307 | 308) || opts.follow_original_http_method;
                if !keep_method {
                    if method != "HEAD" {
                        method = "GET".into();
                    }
                    encoded = body::Encoded::default();
                    remove_header(&mut headers, "content-type");
                    remove_header(&mut headers, "content-length");
                }
                // postman-request: when the host name (not port or scheme) changes, the Host
                // header goes and, unless followAuthorizationHeader, so do credentials.
                if next.host_str() != url.host_str() {
                    remove_header(&mut headers, "host");
                    if !opts.follow_authorization_header {
                        remove_header(&mut headers, "authorization");
                        late_auth = None;
                    }
                }
                referer = if opts.remove_referer_header_on_redirect {
                    None
                } else {
                    Some(url.to_string())
                };
                url = next;
                continue;
            }

            let ce = header_value(&hop.headers, "content-encoding").map(str::to_string);
            let wire_len = hop.body.len() as u64;
            let body = if method == "HEAD" || matches!(hop.status, 204 | 304) {
                hop.body
            } else {
                decode::decode(ce.as_deref(), hop.body)?
            };
            return Ok(HttpResponse {
                status: hop.status,
                reason: hop.reason,
                http_version: hop.version,
                headers: hop.headers,
                body,
                raw_size: wire_len + hop.head_size,
                header_size: hop.head_size,
                timings: Timings {
                    dns: hop.dns,
                    connect: hop.connect,
                    tls: hop.tls,
                    first_byte: hop.first_byte,
                    download: hop.download,
                    total: start.elapsed(),
                },
                url: url.to_string(),
                request_headers: sent,
                request_method: method,
                redirects,
            });
        }
    }

    async fn hop(
        &self,
        pool: &Pool,
        method: &str,
        url: &url::Url,
        headers: &[(String, String)],
        body: Option<Bytes>,
        timeout: Option<Duration>,
    ) -> Result<Hop, HttpError> {
        let http_method =
            http::Method::from_bytes(method.as_bytes()).map_err(|_| HttpError::InvalidRequest {
                message: format!("Method must be a valid HTTP token [\"{method}\"]"),
            })?;
        let mut request = http::Request::new(Full::new(body.unwrap_or_default()));
        *request.method_mut() = http_method;
        *request.uri_mut() = to_uri(url)?;
        let map = request.headers_mut();
        for (k, v) in headers {
            let name =
                HeaderName::from_bytes(k.as_bytes()).map_err(|_| HttpError::InvalidRequest {
                    message: format!("Header name must be a valid HTTP token [\"{k}\"]"),
                })?;
            let invalid = || HttpError::InvalidRequest {
                message: format!("Invalid character in header content [\"{k}\"]"),
            };
            let value = HeaderValue::from_bytes(&to_latin1(v).ok_or_else(invalid)?)
                .map_err(|_| invalid())?;
            map.append(name, value);
        }

        self.case.set(headers);
        let t0 = Instant::now();
        let fut = pool.request(request);
        let result = match timeout {
            Some(t) => match tokio::time::timeout(t, fut).await {
                Ok(r) => r,
                Err(_) => {
                    let connecting = self.state.connecting.swap(false, Ordering::SeqCst);
                    return Err(if connecting {
                        HttpError::ConnectTimeout
                    } else {
                        HttpError::SocketTimeout
                    });
                }
            },
            None => fut.await,
        };
        let response = result.map_err(|e| map_send_error(&e))?;
        let head_time = t0.elapsed();

        let (parts, mut incoming) = response.into_parts();
        let meta = parts.extensions.get::<Arc<ConnMeta>>().cloned();
        let (dns, connect, tls) = meta.as_ref().map(|m| m.take_timings()).unwrap_or_default();
        let first_byte = head_time.saturating_sub(dns + connect + tls);

        let t1 = Instant::now();
        let mut buf = BytesMut::new();
        loop {
            let frame = match timeout {
                Some(t) => match tokio::time::timeout(t, incoming.frame()).await {
                    Ok(f) => f,
                    Err(_) => return Err(HttpError::SocketTimeout),
                },
                None => incoming.frame().await,
            };
            match frame {
                None => break,
                Some(Ok(f)) => {
                    if let Ok(data) = f.into_data() {
                        buf.extend_from_slice(&data);
                    }
                }
                // Node reports a body cut short as "aborted".
                Some(Err(e)) => {
                    return Err(match map_send_error(&e) {
                        HttpError::SocketHangUp | HttpError::ConnectionReset => HttpError::Aborted,
                        other => other,
                    });
                }
            }
        }
        let download = t1.elapsed();

        let status = parts.status.as_u16();
        let version = match parts.version {
            http::Version::HTTP_10 => "1.0",
            http::Version::HTTP_09 => "0.9",
            http::Version::HTTP_2 => "2",
            http::Version::HTTP_3 => "3",
            _ => "1.1",
        }
        .to_string();
        let canonical = || parts.status.canonical_reason().unwrap_or("").to_string();
        let head = meta.as_ref().and_then(|m| m.take_head());
        let parsed = head.as_deref().and_then(parse_head);
        let (reason, resp_headers, head_size) = match (parsed, head.as_ref()) {
            (Some((reason, h)), Some(raw)) => (reason, h, raw.len() as u64),
            _ => {
                let h: Vec<(String, String)> = parts
                    .headers
                    .iter()
                    .map(|(k, v)| (k.as_str().to_string(), latin1(v.as_bytes())))
                    .collect();
                let reason = parts
                    .extensions
                    .get::<hyper::ext::ReasonPhrase>()
                    .map(|r| String::from_utf8_lossy(r.as_bytes()).into_owned())
                    .unwrap_or_else(canonical);
                let size = 12
                    + reason.len() as u64
                    + 2
                    + h.iter()
                        .map(|(k, v)| (k.len() + v.len() + 4) as u64)
                        .sum::<u64>()
                    + 2;
                (reason, h, size)
            }
        };
        Ok(Hop {
            status,
            reason,
            version,
            headers: resp_headers,
            body: buf.freeze(),
            head_size,
            dns,
            connect,
            tls,
            first_byte,
            download,
        })
    }
}

/// Headers postman-request adds after the body headers.
struct LateHeaders {
    /// The previous URL on a redirect hop; `Host` then moves after it, as in postman-request.
    referer: Option<String>,
    cookie: Option<String>,
    authorization: Option<String>,
    proxy_authorization: Option<String>,
}

/// `Authorization: Basic` from credentials in the URL, as Node's request does.
fn basic_from_userinfo(url: &url::Url) -> Option<String> {
    use base64::Engine as _;
    if url.username().is_empty() && url.password().is_none() {
        return None;
    }
    let dec = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    let creds = format!(
        "{}:{}",
        dec(url.username()),
        dec(url.password().unwrap_or(""))
    );
    Some(format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(creds)
    ))
}

/// Adds Newman's default headers (unless set), cookies, Content-Type and Content-Length, in the
/// order postman-runtime sends them.
fn finalize_headers(
    mut h: Vec<(String, String)>,
    url: &url::Url,
    method: &str,
    encoded: &body::Encoded,
    late: LateHeaders,
    postman_token: &str,
    disabled_system: &[String],
) -> Vec<(String, String)> {
    let LateHeaders {
        referer,
        cookie,
        authorization: late_authorization,
        proxy_authorization,
    } = late;
    let ct = encoded.content_type.as_deref();
    let defaults: [(&str, String); 7] = [
        ("User-Agent", USER_AGENT.to_string()),
        ("Accept", "*/*".to_string()),
        ("Cache-Control", "no-cache".to_string()),
        ("Postman-Token", postman_token.to_string()),
        ("Host", urls::host_header(url)),
        ("Accept-Encoding", "gzip, deflate, br".to_string()),
        ("Connection", "keep-alive".to_string()),
    ];
    // Only these system headers can be turned off (postman-runtime's allow list).
    let disabled = |name: &str| {
        [
            "content-type",
            "content-length",
            "accept-encoding",
            "connection",
        ]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(name))
            && disabled_system.iter().any(|d| d.eq_ignore_ascii_case(name))
    };
    for (name, value) in defaults {
        if disabled(name) {
            continue;
        }
        // On a redirect hop Host comes after Referer.
        let deferred = name == "Host" && referer.is_some();
        if !deferred && !has_header(&h, name) {
            h.push((name.to_string(), value));
        }
    }
    if let Some(ct) = ct
        && !has_header(&h, "content-type")
        && !disabled("content-type")
    {
        h.push(("Content-Type".into(), ct.into()));
    }
    let len = match &encoded.bytes {
        Some(b) => Some(b.len()),
        None if NO_BODY_METHODS.contains(&method) => None,
        None => Some(0),
    };
    if let Some(len) = len.filter(|_| !disabled("content-length")) {
        match h
            .iter_mut()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        {
            // A wrong length would corrupt the connection: always send the real one.
            Some((_, v)) => *v = len.to_string(),
            None => h.push(("Content-Length".into(), len.to_string())),
        }
    } else {
        remove_header(&mut h, "content-length");
    }
    if let Some(ct) = &encoded.late_content_type
        && !has_header(&h, "content-type")
        && !disabled("content-type")
    {
        h.push(("Content-Type".into(), ct.clone()));
    }
    if let Some(r) = referer {
        remove_header(&mut h, "referer");
        h.push(("Referer".into(), r));
        if !has_header(&h, "host") {
            h.push(("Host".into(), urls::host_header(url)));
        }
    }
    // Credentials from the URL and digest answers come after the body headers, as
    // postman-request adds them.
    if let Some(a) = late_authorization {
        remove_header(&mut h, "authorization");
        h.push(("Authorization".into(), a));
    }
    if let Some(c) = cookie {
        match h.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case("cookie")) {
            Some((_, v)) if !v.is_empty() => *v = format!("{v}; {c}"),
            Some((_, v)) => *v = c,
            None => h.push(("Cookie".into(), c)),
        }
    }
    if let Some(pa) = proxy_authorization
        && !has_header(&h, "proxy-authorization")
    {
        h.push(("Proxy-Authorization".into(), pa));
    }
    h
}
