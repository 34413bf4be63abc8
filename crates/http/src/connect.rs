//! Our own connector for the hyper-util pool: DNS, TCP, proxy tunnel and TLS, each timed.
//!
//! The connection also keeps a copy of each response head as read from the socket, so the
//! response headers can be reported with their original case and order (hyper normalises
//! names to lower case and groups duplicates).

use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use http::Uri;
use hyper_util::client::legacy::connect::{Connected, Connection};
use hyper_util::rt::TokioIo;
use rustls::ClientConfig;
use rustls_pki_types::ServerName;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;

use crate::HttpError;
use crate::proxy::{ProxyRoute, ProxyRouter};

/// A connect failure carrying the error to report.
#[derive(Debug)]
pub(crate) struct ConnectError(pub HttpError);

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for ConnectError {}

/// Shared between the client and its connectors, to tell a connect timeout (`ETIMEDOUT`) from
/// a response timeout (`ESOCKETTIMEDOUT`).
#[derive(Debug, Default)]
pub(crate) struct ConnectState {
    pub connecting: AtomicBool,
}

/// Clears `connecting` when the connect future ends or is dropped. On a timeout the client
/// reads the flag first, then drops the future.
struct ConnectingGuard(Arc<ConnectState>);

impl Drop for ConnectingGuard {
    fn drop(&mut self) {
        self.0.connecting.store(false, Ordering::SeqCst);
    }
}

/// Per-connection facts, attached to every response of the connection.
#[derive(Debug)]
pub(crate) struct ConnMeta {
    pub dns: Duration,
    pub connect: Duration,
    pub tls: Duration,
    /// The phase timings belong to the first response only.
    timings_taken: AtomicBool,
    capture: Mutex<HeadCapture>,
}

#[derive(Debug, Default)]
struct HeadCapture {
    buf: Vec<u8>,
    /// The final (non-1xx) head of the current response.
    head: Option<Vec<u8>>,
}

impl ConnMeta {
    fn new(dns: Duration, connect: Duration, tls: Duration) -> Self {
        ConnMeta {
            dns,
            connect,
            tls,
            timings_taken: AtomicBool::new(false),
            capture: Mutex::new(HeadCapture::default()),
        }
    }

    /// `(dns, connect, tls)` for the first response on this connection, zeros afterwards.
    pub fn take_timings(&self) -> (Duration, Duration, Duration) {
        if self.timings_taken.swap(true, Ordering::SeqCst) {
            (Duration::ZERO, Duration::ZERO, Duration::ZERO)
        } else {
            (self.dns, self.connect, self.tls)
        }
    }

    /// The raw head of the response just received.
    pub fn take_head(&self) -> Option<Vec<u8>> {
        self.capture.lock().ok().and_then(|mut c| c.head.take())
    }

    fn on_read(&self, data: &[u8]) {
        let Ok(mut c) = self.capture.lock() else {
            return;
        };
        if c.head.is_some() || data.is_empty() {
            return;
        }
        c.buf.extend_from_slice(data);
        // Heads larger than this are not captured (hyper rejects them anyway).
        if c.buf.len() > 512 * 1024 {
            c.buf.clear();
            return;
        }
        loop {
            let Some(end) = find_head_end(&c.buf) else {
                return;
            };
            let head: Vec<u8> = c.buf.drain(..end).collect();
            // Skip interim 1xx heads (100 Continue, 103 Early Hints).
            let informational = head.len() > 12 && head.get(9) == Some(&b'1');
            if !informational {
                c.buf.clear();
                c.head = Some(head);
                return;
            }
        }
    }

    fn on_write(&self) {
        if let Ok(mut c) = self.capture.lock() {
            c.buf.clear();
            c.head = None;
        }
    }
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4)
}

/// Header names in the case the caller gave them, keyed by lower case. hyper writes names in
/// lower or title case only, so the connection restores the caller's case in the request head
/// as it goes to the socket (same length, so nothing else changes).
#[derive(Debug, Default)]
pub(crate) struct HeaderCase(Mutex<std::collections::HashMap<Vec<u8>, Vec<u8>>>);

impl HeaderCase {
    pub fn set(&self, names: &[(String, String)]) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        map.clear();
        for (k, _) in names {
            map.entry(k.to_ascii_lowercase().into_bytes())
                .or_insert_with(|| k.as_bytes().to_vec());
        }
    }

    /// A copy of `head` with header names in the caller's case, when `head` is a whole
    /// HTTP/1 request head.
    fn rewrite(&self, head: &[u8]) -> Option<Vec<u8>> {
        let end = find_head_end(head)?;
        let first_line_end = head.windows(2).position(|w| w == b"\r\n")?;
        let first = &head[..first_line_end];
        if !(first.ends_with(b" HTTP/1.1") || first.ends_with(b" HTTP/1.0")) {
            return None;
        }
        let map = self.0.lock().ok()?;
        if map.is_empty() {
            return None;
        }
        let mut out = head.to_vec();
        let mut pos = first_line_end + 2;
        while pos < end.saturating_sub(2) {
            let line_end = out[pos..end]
                .windows(2)
                .position(|w| w == b"\r\n")
                .map_or(end, |p| pos + p);
            if let Some(colon) = out[pos..line_end].iter().position(|&b| b == b':') {
                let name = &out[pos..pos + colon];
                if let Some(orig) = map.get(&name.to_ascii_lowercase())
                    && orig.len() == colon
                {
                    out[pos..pos + colon].copy_from_slice(orig);
                }
            }
            pos = line_end + 2;
        }
        Some(out)
    }
}

/// The connector handed to hyper-util's pool.
#[derive(Clone)]
pub(crate) struct Connector {
    pub tls: Arc<ClientConfig>,
    pub proxy: Arc<ProxyRouter>,
    pub state: Arc<ConnectState>,
    pub case: Arc<HeaderCase>,
}

/// Any byte stream a connection can run on.
pub(crate) trait Io: AsyncRead + AsyncWrite + Send + Unpin {}

impl<T: AsyncRead + AsyncWrite + Send + Unpin> Io for T {}

pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
    /// Through an https:// proxy: TLS to the proxy, maybe TLS again inside the tunnel.
    Boxed(Box<dyn Io>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
            Stream::Boxed(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
            Stream::Boxed(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
            Stream::Boxed(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
            Stream::Boxed(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
            Stream::Boxed(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Stream::Plain(s) => s.is_write_vectored(),
            Stream::Tls(s) => s.is_write_vectored(),
            Stream::Boxed(s) => s.is_write_vectored(),
        }
    }
}

/// A pooled connection.
pub(crate) struct Conn {
    io: TokioIo<Stream>,
    proxied: bool,
    meta: Arc<ConnMeta>,
    /// True on a new connection and once a response byte was read since the last write: the
    /// next write starts a new request, so the head capture restarts and the head's header
    /// names get their case back.
    read_since_write: bool,
    case: Arc<HeaderCase>,
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        Connected::new()
            .proxy(self.proxied)
            .extra(self.meta.clone())
    }
}

impl hyper::rt::Read for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        mut buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        // Read into a scratch buffer so the bytes can be copied to the head capture.
        let mut scratch = [0u8; 16 * 1024];
        let want = buf.remaining().min(scratch.len());
        let mut rb = ReadBuf::new(&mut scratch[..want]);
        match Pin::new(this.io.inner_mut()).poll_read(cx, &mut rb) {
            Poll::Ready(Ok(())) => {
                let filled = rb.filled();
                if !filled.is_empty() {
                    this.read_since_write = true;
                    this.meta.on_read(filled);
                    buf.put_slice(filled);
                }
                Poll::Ready(Ok(()))
            }
            other => other,
        }
    }
}

impl hyper::rt::Write for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.read_since_write {
            this.read_since_write = false;
            this.meta.on_write();
            if let Some(head) = this.case.rewrite(buf) {
                return Pin::new(&mut this.io).poll_write(cx, &head);
            }
        }
        Pin::new(&mut this.io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        if this.read_since_write {
            this.read_since_write = false;
            this.meta.on_write();
            if let Some(head) = bufs.first().and_then(|b| this.case.rewrite(b)) {
                let mut slices = Vec::with_capacity(bufs.len());
                slices.push(io::IoSlice::new(&head));
                slices.extend(bufs[1..].iter().map(|b| io::IoSlice::new(b)));
                return Pin::new(&mut this.io).poll_write_vectored(cx, &slices);
            }
        }
        Pin::new(&mut this.io).poll_write_vectored(cx, bufs)
    }
}

impl tower_service::Service<Uri> for Connector {
    type Response = Conn;
    type Error = ConnectError;
    type Future = Pin<Box<dyn Future<Output = Result<Conn, ConnectError>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            this.state.connecting.store(true, Ordering::SeqCst);
            let _guard = ConnectingGuard(this.state.clone());
            this.connect(uri).await.map_err(ConnectError)
        })
    }
}

/// Node's error code for a socket error.
pub(crate) fn errno_code(err: &io::Error) -> String {
    let code = match err.raw_os_error() {
        Some(111) => "ECONNREFUSED",
        Some(113) => "EHOSTUNREACH",
        Some(101) => "ENETUNREACH",
        Some(110) => "ETIMEDOUT",
        Some(104) => "ECONNRESET",
        Some(99) => "EADDRNOTAVAIL",
        Some(13) => "EACCES",
        Some(32) => "EPIPE",
        _ => match err.kind() {
            io::ErrorKind::ConnectionRefused => "ECONNREFUSED",
            io::ErrorKind::ConnectionReset => "ECONNRESET",
            io::ErrorKind::TimedOut => "ETIMEDOUT",
            io::ErrorKind::BrokenPipe => "EPIPE",
            io::ErrorKind::AddrNotAvailable => "EADDRNOTAVAIL",
            io::ErrorKind::PermissionDenied => "EACCES",
            _ => "EIO",
        },
    };
    code.to_string()
}

/// RFC 6761: `.invalid` never resolves, so no lookup leaves the machine for it.
fn is_reserved_invalid(host: &str) -> bool {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    h == "invalid" || h.ends_with(".invalid")
}

pub(crate) async fn resolve(host: &str, port: u16) -> Result<Vec<SocketAddr>, HttpError> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let not_found = || HttpError::DnsNotFound {
        host: host.to_string(),
    };
    if is_reserved_invalid(host) || host.is_empty() {
        return Err(not_found());
    }
    // RFC 6761 6.3: every *.localhost name is loopback (postman-runtime resolves them so).
    let lower = host.trim_end_matches('.').to_ascii_lowercase();
    let host = if lower.ends_with(".localhost") {
        "localhost"
    } else {
        host
    };
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| not_found())?
        .collect();
    if addrs.is_empty() {
        return Err(not_found());
    }
    Ok(addrs)
}

async fn tcp_connect(addrs: &[SocketAddr]) -> Result<TcpStream, HttpError> {
    let mut first_err: Option<HttpError> = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => {
                let _ = s.set_nodelay(true);
                return Ok(s);
            }
            Err(e) => {
                let err = if e.kind() == io::ErrorKind::ConnectionRefused {
                    HttpError::ConnectionRefused { addr: *addr }
                } else {
                    HttpError::Connect {
                        code: errno_code(&e),
                        addr: *addr,
                    }
                };
                first_err.get_or_insert(err);
            }
        }
    }
    Err(first_err.unwrap_or_else(|| HttpError::io("connect failed: no address")))
}

fn authority(host: &str, port: u16) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

async fn tunnel<S: AsyncRead + AsyncWrite + Unpin>(
    stream: &mut S,
    route: &ProxyRoute,
    host: &str,
    port: u16,
) -> Result<(), HttpError> {
    let target = authority(host, port);
    let mut req = format!("CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n");
    if let Some(auth) = &route.authorization {
        req.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    req.push_str("\r\n");
    let cause = |e: io::Error| HttpError::Proxy {
        message: format!(
            "tunneling socket could not be established, cause={}",
            match e.kind() {
                io::ErrorKind::UnexpectedEof => "socket hang up".to_string(),
                _ => format!("read {}", errno_code(&e)),
            }
        ),
    };
    stream.write_all(req.as_bytes()).await.map_err(cause)?;
    let mut buf = Vec::with_capacity(512);
    let mut chunk = [0u8; 1024];
    loop {
        let n = stream.read(&mut chunk).await.map_err(cause)?;
        if n == 0 {
            return Err(cause(io::Error::from(io::ErrorKind::UnexpectedEof)));
        }
        buf.extend_from_slice(&chunk[..n]);
        if find_head_end(&buf).is_some() {
            break;
        }
        if buf.len() > 64 * 1024 {
            return Err(HttpError::Proxy {
                message: "tunneling socket could not be established, cause=Parse Error".into(),
            });
        }
    }
    let status = std::str::from_utf8(&buf)
        .ok()
        .and_then(|s| s.split_whitespace().nth(1))
        .and_then(|s| s.parse::<u16>().ok())
        .unwrap_or(0);
    if status != 200 {
        return Err(HttpError::Proxy {
            message: format!("tunneling socket could not be established, statusCode={status}"),
        });
    }
    Ok(())
}

impl Connector {
    /// TLS handshake with `host` over `io`, errors in Node's wording.
    async fn handshake<S: AsyncRead + AsyncWrite + Unpin>(
        &self,
        host: &str,
        io: S,
    ) -> Result<tokio_rustls::client::TlsStream<S>, HttpError> {
        let server_name = ServerName::try_from(host.to_string()).map_err(|_| HttpError::Tls {
            message: format!("invalid TLS server name \"{host}\""),
        })?;
        tokio_rustls::TlsConnector::from(self.tls.clone())
            .connect(server_name, io)
            .await
            .map_err(|e| HttpError::Tls {
                message: crate::tls::tls_error_message(&e, host),
            })
    }

    async fn connect(&self, uri: Uri) -> Result<Conn, HttpError> {
        let https = uri.scheme_str() == Some("https");
        let raw_host = uri.host().unwrap_or("");
        let host = raw_host.trim_start_matches('[').trim_end_matches(']');
        let port = uri.port_u16().unwrap_or(if https { 443 } else { 80 });
        let route = self.proxy.route(https, host, port).cloned();

        let (conn_host, conn_port) = match &route {
            Some(r) => (r.host.as_str(), r.port),
            None => (host, port),
        };
        let t0 = Instant::now();
        let addrs = resolve(conn_host, conn_port).await?;
        let dns = t0.elapsed();
        let t1 = Instant::now();
        let tcp = match tcp_connect(&addrs).await {
            Ok(s) => s,
            Err(e) if route.is_some() && https => {
                return Err(HttpError::Proxy {
                    message: format!("tunneling socket could not be established, cause={e}"),
                });
            }
            Err(e) => return Err(e),
        };
        // An https:// proxy: TLS to the proxy first, then plain HTTP or a tunnel inside it.
        let mut tls_time = Duration::ZERO;
        let mut base = match &route {
            Some(r) if r.tls => {
                let t = Instant::now();
                let s = self.handshake(&r.host, tcp).await?;
                tls_time += t.elapsed();
                Stream::Tls(Box::new(s))
            }
            _ => Stream::Plain(tcp),
        };
        if let (Some(r), true) = (&route, https) {
            tunnel(&mut base, r, host, port).await?;
        }
        let connect = t1.elapsed().saturating_sub(tls_time);
        // Connected: from here a timeout is Node's ESOCKETTIMEDOUT, not ETIMEDOUT.
        self.state.connecting.store(false, Ordering::SeqCst);

        if !https {
            return Ok(Conn {
                io: TokioIo::new(base),
                proxied: route.is_some(),
                meta: Arc::new(ConnMeta::new(dns, connect, tls_time)),
                read_since_write: true,
                case: self.case.clone(),
            });
        }
        let t2 = Instant::now();
        let stream = match base {
            Stream::Plain(tcp) => Stream::Tls(Box::new(self.handshake(host, tcp).await?)),
            other => Stream::Boxed(Box::new(self.handshake(host, other).await?)),
        };
        let tls_time = tls_time + t2.elapsed();
        Ok(Conn {
            io: TokioIo::new(stream),
            proxied: false,
            meta: Arc::new(ConnMeta::new(dns, connect, tls_time)),
            read_since_write: true,
            case: self.case.clone(),
        })
    }
}
