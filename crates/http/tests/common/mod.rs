//! A small blocking HTTP/1.1 test server on 127.0.0.1:0 (plain or TLS), recording what it
//! receives and counting accepted connections.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Sleep before answering (for timeout tests), milliseconds.
    pub delay_ms: u64,
}

impl Resp {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Resp {
            status,
            reason: reason(status).to_string(),
            headers: Vec::new(),
            body: body.into(),
            delay_ms: 0,
        }
    }
    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        401 => "Unauthorized",
        404 => "Not Found",
        _ => "Whatever",
    }
}

pub type Handler = Arc<dyn Fn(&Req) -> Resp + Send + Sync>;

pub struct Server {
    pub addr: SocketAddr,
    pub connections: Arc<AtomicUsize>,
    pub requests: Arc<Mutex<Vec<Req>>>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
    pub fn https_url(&self, path: &str) -> String {
        format!("https://localhost:{}{}", self.addr.port(), path)
    }
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
    pub fn last(&self) -> Req {
        self.requests
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("a request")
    }
    pub fn all(&self) -> Vec<Req> {
        self.requests.lock().unwrap().clone()
    }
}

/// One line, bytes read as latin1 (as Node does).
fn read_line_latin1(r: &mut impl BufRead, line: &mut String) -> std::io::Result<usize> {
    let mut buf = Vec::new();
    let n = r.read_until(b'\n', &mut buf)?;
    line.extend(buf.iter().map(|&b| char::from(b)));
    Ok(n)
}

/// Reads one request; `None` at EOF.
pub fn read_request(r: &mut impl BufRead) -> Option<Req> {
    let mut line = String::new();
    if read_line_latin1(r, &mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.trim_end().splitn(3, ' ');
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if read_line_latin1(r, &mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end_matches(['\r', '\n']);
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.to_string(), v.trim().to_string()));
    }
    let mut req = Req {
        method,
        target,
        headers,
        body: Vec::new(),
    };
    if let Some(len) = req
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok())
    {
        let mut body = vec![0u8; len];
        r.read_exact(&mut body).ok()?;
        req.body = body;
    }
    Some(req)
}

pub fn write_response(w: &mut impl Write, resp: &Resp, head_only: bool) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", resp.status, resp.reason);
    let mut has_len = false;
    for (k, v) in &resp.headers {
        has_len |= k.eq_ignore_ascii_case("content-length");
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !has_len {
        head.push_str(&format!("Content-Length: {}\r\n", resp.body.len()));
    }
    head.push_str("\r\n");
    // One write: a separate body write would stall on Nagle + delayed ACK. Header text is
    // written as latin1.
    let mut out: Vec<u8> = head
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    if !head_only {
        out.extend_from_slice(&resp.body);
    }
    w.write_all(&out)?;
    w.flush()
}

fn handle<S: Read + Write>(stream: S, handler: &Handler, requests: &Mutex<Vec<Req>>) {
    let mut reader = BufReader::new(stream);
    while let Some(req) = read_request(&mut reader) {
        requests.lock().unwrap().push(req.clone());
        let resp = handler(&req);
        if resp.delay_ms > 0 {
            std::thread::sleep(std::time::Duration::from_millis(resp.delay_ms));
        }
        let close = resp
            .headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("connection") && v == "close");
        if write_response(reader.get_mut(), &resp, req.method == "HEAD").is_err() || close {
            return;
        }
    }
}

pub fn serve(handler: impl Fn(&Req) -> Resp + Send + Sync + 'static) -> Server {
    serve_with(Arc::new(handler), None)
}

pub fn serve_tls(
    handler: impl Fn(&Req) -> Resp + Send + Sync + 'static,
    config: Arc<rustls::ServerConfig>,
) -> Server {
    serve_with(Arc::new(handler), Some(config))
}

fn serve_with(handler: Handler, tls: Option<Arc<rustls::ServerConfig>>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let requests = Arc::new(Mutex::new(Vec::new()));
    let (c, r) = (connections.clone(), requests.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            c.fetch_add(1, Ordering::SeqCst);
            let _ = stream.set_nodelay(true);
            let (handler, r, tls) = (handler.clone(), r.clone(), tls.clone());
            std::thread::spawn(move || match tls {
                None => handle(stream, &handler, &r),
                Some(cfg) => {
                    let Ok(conn) = rustls::ServerConnection::new(cfg) else {
                        return;
                    };
                    let tls_stream = rustls::StreamOwned::new(conn, stream);
                    handle(tls_stream, &handler, &r);
                }
            });
        }
    });
    Server {
        addr,
        connections,
        requests,
    }
}

/// A port with nothing listening (bound then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    port
}

pub fn raw_connect(addr: SocketAddr) -> TcpStream {
    TcpStream::connect(addr).unwrap()
}
