//! A postman-echo-like HTTP API bound to 127.0.0.1, for cogman's tests and `cogman demo`.
//!
//! [`EchoServer::start`] binds port 0 on loopback, serves on a background thread with its own
//! tokio runtime, and shuts down when the handle is dropped. Tests (and Newman, in the parity
//! suite) point collections at [`EchoServer::base_url`].
//!
//! Routes, all answering JSON unless noted:
//!
//! | route | answer |
//! |---|---|
//! | `/get`, `/post`, `/put`, `/patch`, `/delete`, `/anything/...` (any method) | `{args, data, files, form, headers, json, method, url}` echo |
//! | `/headers` | `{headers}` |
//! | `/status/{code}` | that status, body `{"status": code}` |
//! | `/delay/{ms}` | waits, then `{"delay": ms}` |
//! | `/redirect/{n}` | 302 chain down to `/get` |
//! | `/redirect-to?url=U&status_code=C` | redirect to U |
//! | `/cookies/set?k=v` | sets the cookies, redirects to `/cookies` |
//! | `/cookies` | `{"cookies": {...}}` from the request |
//! | `/gzip`, `/deflate` | a compressed echo |
//! | `/bytes/{n}` | `n` bytes that are not UTF-8 (`application/octet-stream`) |
//! | `/basic-auth` | 200 for `postman:password`, else 401 |
//! | `/bearer` | 200 with `{"token"}` for any `Authorization: Bearer`, else 401 |
//! | `/response-headers?k=v` | the query echoed as response headers |
//! | `/connections` | how many TCP connections the server has accepted so far |
//!
//! ```no_run
//! let server = cogman_testkit::EchoServer::start();
//! let url = format!("{}/get?x=1", server.base_url());
//! # drop(url);
//! ```

use std::collections::BTreeMap;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use base64::Engine;
use serde_json::{Map, Value, json};

/// A running echo server. Dropping it stops the server.
pub struct EchoServer {
    addr: SocketAddr,
    connections: Arc<AtomicU64>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EchoServer {
    /// Starts the server on 127.0.0.1 with an OS-assigned port.
    ///
    /// # Panics
    /// Panics when loopback cannot be bound: this is test and demo infrastructure, and there
    /// is nothing sensible to continue with.
    pub fn start() -> EchoServer {
        Self::try_start().expect("bind the echo server on 127.0.0.1")
    }

    /// Like [`EchoServer::start`] but returns the bind error.
    pub fn try_start() -> std::io::Result<EchoServer> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let connections = Arc::new(AtomicU64::new(0));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let counter = connections.clone();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()?;
        let thread = std::thread::Builder::new()
            .name("echo-server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let app = router(counter.clone());
                    let listener = CountingListener {
                        inner: listener,
                        counter,
                    };
                    let _ = axum::serve(listener, app)
                        .with_graceful_shutdown(async {
                            let _ = rx.await;
                        })
                        .await;
                });
            })?;
        Ok(EchoServer {
            addr,
            connections,
            shutdown: Some(tx),
            thread: Some(thread),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// TCP connections accepted so far (to prove keep-alive reuse).
    pub fn connection_count(&self) -> u64 {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for EchoServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Counts accepted connections so tests can prove keep-alive reuse.
struct CountingListener {
    inner: tokio::net::TcpListener,
    counter: Arc<AtomicU64>,
}

impl axum::serve::Listener for CountingListener {
    type Io = tokio::net::TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            match self.inner.accept().await {
                Ok((io, addr)) => {
                    self.counter.fetch_add(1, Ordering::SeqCst);
                    return (io, addr);
                }
                // Transient accept errors (EMFILE...): back off briefly, as axum's own listener does.
                Err(_) => tokio::time::sleep(Duration::from_millis(5)).await,
            }
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

fn router(connections: Arc<AtomicU64>) -> Router {
    Router::new()
        .route("/get", any(echo))
        .route("/post", any(echo))
        .route("/put", any(echo))
        .route("/patch", any(echo))
        .route("/delete", any(echo))
        .route("/anything", any(echo))
        .route("/anything/{*rest}", any(echo))
        .route("/headers", any(headers))
        .route("/status/{code}", any(status))
        .route("/delay/{ms}", any(delay))
        .route("/redirect/{n}", any(redirect))
        .route("/redirect-to", any(redirect_to))
        .route("/cookies/set", get(cookies_set))
        .route("/cookies", get(cookies))
        .route("/gzip", any(gzip))
        .route("/deflate", any(deflate))
        .route("/bytes/{n}", any(bytes))
        .route("/basic-auth", any(basic_auth))
        .route("/bearer", any(bearer))
        .route("/response-headers", any(response_headers))
        .route("/connections", get(connection_count))
        .with_state(connections)
}

fn query_map(query: Option<&str>) -> Map<String, Value> {
    let mut out = Map::new();
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        out.insert(decode(k), Value::String(decode(v)));
    }
    out
}

fn decode(s: &str) -> String {
    let plus = s.replace('+', " ");
    percent_encoding::percent_decode_str(&plus)
        .decode_utf8_lossy()
        .into_owned()
}

fn headers_json(headers: &HeaderMap) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, value) in headers {
        let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
        match out.get_mut(name.as_str()) {
            Some(Value::String(existing)) => {
                existing.push_str(", ");
                existing.push_str(&value);
            }
            _ => {
                out.insert(name.as_str().to_string(), Value::String(value));
            }
        }
    }
    out
}

async fn echo_value(req: Request) -> Value {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 64 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let text = String::from_utf8_lossy(&body).into_owned();
    let mut form = Map::new();
    let mut files = Map::new();
    let mut json_body = Value::Null;
    let mut data = Value::String(String::new());
    if content_type.starts_with("application/x-www-form-urlencoded") {
        form = query_map(Some(&text));
    } else if content_type.starts_with("multipart/form-data") {
        parse_multipart(&content_type, &body, &mut form, &mut files);
    } else if !body.is_empty() {
        match serde_json::from_slice::<Value>(&body) {
            Ok(v) => {
                json_body = v.clone();
                data = v;
            }
            Err(_) => data = Value::String(text),
        }
    }
    let host = parts
        .headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("localhost");
    json!({
        "args": query_map(parts.uri.query()),
        "data": data,
        "files": files,
        "form": form,
        "headers": headers_json(&parts.headers),
        "json": json_body,
        "method": parts.method.as_str(),
        "url": format!("http://{host}{}", parts.uri),
    })
}

/// A small multipart reader: enough to echo the text fields and file names tests send.
fn parse_multipart(
    content_type: &str,
    body: &[u8],
    form: &mut Map<String, Value>,
    files: &mut Map<String, Value>,
) {
    let Some(boundary) = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("boundary="))
        .next()
    else {
        return;
    };
    let boundary = format!("--{}", boundary.trim_matches('"'));
    let text = String::from_utf8_lossy(body);
    for part in text.split(boundary.as_str()).skip(1) {
        if part.starts_with("--") {
            break;
        }
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))
            .unwrap_or("");
        let attr = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(key)
                    .and_then(|v| v.strip_prefix('='))
                    .map(|v| v.trim_matches('"').to_string())
            })
        };
        let Some(name) = attr("name") else { continue };
        match attr("filename") {
            Some(filename) => {
                let encoded = base64::engine::general_purpose::STANDARD.encode(content);
                files.insert(
                    filename,
                    Value::String(format!("data:application/octet-stream;base64,{encoded}")),
                );
            }
            None => {
                form.insert(name, Value::String(content.to_string()));
            }
        }
    }
}

async fn echo(req: Request) -> Response {
    axum::Json(echo_value(req).await).into_response()
}

async fn headers(req: Request) -> Response {
    axum::Json(json!({ "headers": headers_json(req.headers()) })).into_response()
}

async fn status(Path(code): Path<String>) -> Response {
    let code = code.parse::<u16>().unwrap_or(400);
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (status, axum::Json(json!({ "status": status.as_u16() }))).into_response()
}

async fn delay(Path(ms): Path<String>) -> Response {
    let ms = ms.parse::<u64>().unwrap_or(0).min(60_000);
    tokio::time::sleep(Duration::from_millis(ms)).await;
    axum::Json(json!({ "delay": ms })).into_response()
}

async fn redirect(Path(n): Path<String>) -> Response {
    let n = n.parse::<u32>().unwrap_or(1);
    let location = if n <= 1 {
        "/get".to_string()
    } else {
        format!("/redirect/{}", n - 1)
    };
    (StatusCode::FOUND, [(header::LOCATION, location)], "").into_response()
}

async fn redirect_to(req: Request) -> Response {
    let args = query_map(req.uri().query());
    let url = args.get("url").and_then(Value::as_str).unwrap_or("/get");
    let code = args
        .get("status_code")
        .and_then(Value::as_str)
        .and_then(|c| c.parse::<u16>().ok())
        .and_then(|c| StatusCode::from_u16(c).ok())
        .unwrap_or(StatusCode::FOUND);
    let mut response = (code, "").into_response();
    if let Ok(value) = HeaderValue::from_str(url) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

async fn cookies_set(req: Request) -> Response {
    let args = query_map(req.uri().query());
    let mut response = (StatusCode::FOUND, [(header::LOCATION, "/cookies")], "").into_response();
    for (k, v) in args {
        let cookie = format!("{k}={}; Path=/", v.as_str().unwrap_or(""));
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

async fn cookies(req: Request) -> Response {
    let mut out = BTreeMap::new();
    for value in req.headers().get_all(header::COOKIE) {
        for pair in value.to_str().unwrap_or("").split(';') {
            if let Some((k, v)) = pair.trim().split_once('=') {
                out.insert(k.to_string(), Value::String(v.to_string()));
            }
        }
    }
    axum::Json(json!({ "cookies": out })).into_response()
}

fn compressed(encoding: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_ENCODING, encoding),
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
        ],
        body,
    )
        .into_response()
}

async fn gzip(req: Request) -> Response {
    let mut value = echo_value(req).await;
    value["gzipped"] = Value::Bool(true);
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = enc.write_all(value.to_string().as_bytes());
    compressed("gzip", enc.finish().unwrap_or_default())
}

async fn deflate(req: Request) -> Response {
    let mut value = echo_value(req).await;
    value["deflated"] = Value::Bool(true);
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = enc.write_all(value.to_string().as_bytes());
    compressed("deflate", enc.finish().unwrap_or_default())
}

async fn bytes(Path(n): Path<String>) -> Response {
    let n = n.parse::<usize>().unwrap_or(16).min(16 * 1024 * 1024);
    // 0xff and 0xfe never occur in UTF-8, so the body is guaranteed not to be text.
    let body: Vec<u8> = (0..n)
        .map(|i| if i % 2 == 0 { 0xff } else { 0xfe })
        .collect();
    (
        [(header::CONTENT_TYPE, "application/octet-stream")],
        Bytes::from(body),
    )
        .into_response()
}

async fn basic_auth(req: Request) -> Response {
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("postman:password")
    );
    let ok = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        == Some(expected.as_str());
    if ok {
        axum::Json(json!({ "authenticated": true })).into_response()
    } else {
        (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Basic realm=\"echo\"")],
            Body::from("Unauthorized"),
        )
            .into_response()
    }
}

async fn bearer(req: Request) -> Response {
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_string);
    match token {
        Some(token) => axum::Json(json!({ "authenticated": true, "token": token })).into_response(),
        None => (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "authenticated": false })),
        )
            .into_response(),
    }
}

async fn response_headers(req: Request) -> Response {
    let args = query_map(req.uri().query());
    let mut response = axum::Json(Value::Object(args.clone())).into_response();
    for (k, v) in args {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(k.as_bytes()),
            HeaderValue::from_str(v.as_str().unwrap_or("")),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response
}

async fn connection_count(State(counter): State<Arc<AtomicU64>>) -> Response {
    axum::Json(json!({ "connections": counter.load(Ordering::SeqCst) })).into_response()
}
