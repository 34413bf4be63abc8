//! HTTP proxy (absolute-form), CONNECT tunnels for https, proxy auth and NO_PROXY.
mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use cogman_http::{Client, ClientOptions, HttpRequest, ProxyConfig, RequestBody, SendOptions};
use common::{Resp, read_request, serve};

#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    proxy_auth: Option<String>,
}

struct Proxy {
    port: u16,
    seen: Arc<Mutex<Vec<Seen>>>,
}

fn read_response(r: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut len = 0usize;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            len = v.trim().parse().ok()?;
        }
        out.extend_from_slice(line.as_bytes());
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body).ok()?;
    out.extend_from_slice(&body);
    Some(out)
}

/// A tiny forward proxy. `want_auth`: the Proxy-Authorization value required for CONNECT.
fn proxy(want_auth: Option<&'static str>) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let seen = seen2.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(client.try_clone().unwrap());
                let mut client = client;
                let mut upstream: Option<(TcpStream, BufReader<TcpStream>)> = None;
                while let Some(req) = read_request(&mut reader) {
                    let proxy_auth = req.header("proxy-authorization").map(str::to_string);
                    seen.lock().unwrap().push(Seen {
                        method: req.method.clone(),
                        target: req.target.clone(),
                        proxy_auth: proxy_auth.clone(),
                    });
                    if req.method == "CONNECT" {
                        if want_auth.is_some() && proxy_auth.as_deref() != want_auth {
                            let _ = client.write_all(
                                b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n",
                            );
                            return;
                        }
                        let Ok(up) = TcpStream::connect(&req.target) else {
                            return;
                        };
                        let _ = client.write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n");
                        let (mut up_r, mut up_w) = (up.try_clone().unwrap(), up);
                        let mut client_w = client.try_clone().unwrap();
                        std::thread::spawn(move || {
                            let _ = std::io::copy(&mut up_r, &mut client_w);
                        });
                        let _ = std::io::copy(&mut reader, &mut up_w);
                        return;
                    }
                    // Absolute-form: http://host:port/path
                    let rest = req.target.strip_prefix("http://").unwrap_or("");
                    let (authority, path) = match rest.find('/') {
                        Some(i) => (&rest[..i], &rest[i..]),
                        None => (rest, "/"),
                    };
                    if upstream.is_none() {
                        let Ok(s) = TcpStream::connect(authority) else {
                            return;
                        };
                        let r = BufReader::new(s.try_clone().unwrap());
                        upstream = Some((s, r));
                    }
                    let Some((up_w, up_r)) = upstream.as_mut() else {
                        return;
                    };
                    let mut head = format!("{} {} HTTP/1.1\r\n", req.method, path);
                    for (k, v) in &req.headers {
                        if !k.eq_ignore_ascii_case("proxy-authorization") {
                            head.push_str(&format!("{k}: {v}\r\n"));
                        }
                    }
                    head.push_str("\r\n");
                    let mut out = head.into_bytes();
                    out.extend_from_slice(&req.body);
                    if up_w.write_all(&out).is_err() {
                        return;
                    }
                    let Some(resp) = read_response(up_r) else {
                        return;
                    };
                    if client.write_all(&resp).is_err() {
                        return;
                    }
                }
            });
        }
    });
    Proxy { port, seen }
}

fn get(url: &str) -> HttpRequest {
    HttpRequest {
        method: "GET".into(),
        url: url.into(),
        headers: vec![],
        body: RequestBody::Empty,
    }
}

#[test]
fn http_through_proxy_with_auth_and_no_proxy() {
    let origin = serve(|r| Resp::new(200, format!("origin {}", r.target)));
    let p = proxy(None);
    let c = Client::new(ClientOptions {
        proxy: ProxyConfig {
            http_proxy: Some(format!("http://user:p%40ss@127.0.0.1:{}", p.port)),
            https_proxy: None,
            no_proxy: Some("bypass.invalid, localhost".into()),
        },
        ..Default::default()
    })
    .unwrap();
    let res = c
        .send(&get(&origin.url("/via?x=1")), &SendOptions::default())
        .unwrap();
    assert_eq!(&res.body[..], b"origin /via?x=1");
    let seen = p.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].target,
        origin.url("/via?x=1"),
        "absolute-form request target"
    );
    assert_eq!(seen[0].proxy_auth.as_deref(), Some("Basic dXNlcjpwQHNz"));
    assert!(
        res.request_headers
            .iter()
            .any(|(k, _)| k == "Proxy-Authorization")
    );

    // NO_PROXY: localhost bypasses the proxy.
    let direct = format!("http://localhost:{}/direct", origin.addr.port());
    let res = c.send(&get(&direct), &SendOptions::default()).unwrap();
    assert_eq!(&res.body[..], b"origin /direct");
    assert_eq!(p.seen.lock().unwrap().len(), 1, "the proxy saw nothing new");
    assert!(
        !res.request_headers
            .iter()
            .any(|(k, _)| k == "Proxy-Authorization")
    );
}

fn tls_server() -> (common::Server, tempfile::TempDir, std::path::PathBuf) {
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("ca.pem");
    std::fs::write(&pem, cert.pem()).unwrap();
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        )
        .unwrap();
    let server = common::serve_tls(
        |r| Resp::new(200, format!("tls {}", r.target)),
        Arc::new(cfg),
    );
    (server, dir, pem)
}

#[test]
fn https_through_connect_tunnel() {
    let (server, _dir, pem) = tls_server();
    let p = proxy(Some("Basic dTpw"));
    let c = Client::new(ClientOptions {
        extra_ca_certs: Some(pem),
        proxy: ProxyConfig {
            http_proxy: None,
            https_proxy: Some(format!("u:p@127.0.0.1:{}", p.port)),
            no_proxy: None,
        },
        ..Default::default()
    })
    .unwrap();
    for _ in 0..3 {
        let res = c
            .send(&get(&server.https_url("/t")), &SendOptions::default())
            .unwrap();
        assert_eq!(&res.body[..], b"tls /t");
    }
    let seen = p.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "one tunnel, kept alive");
    assert_eq!(seen[0].method, "CONNECT");
    assert_eq!(seen[0].target, format!("localhost:{}", server.addr.port()));
    assert_eq!(server.connections(), 1);
}

#[test]
fn proxy_refusing_the_tunnel() {
    let (server, _dir, pem) = tls_server();
    let p = proxy(Some("Basic c2VjcmV0"));
    let c = Client::new(ClientOptions {
        extra_ca_certs: Some(pem),
        proxy: ProxyConfig {
            http_proxy: Some(format!("http://127.0.0.1:{}", p.port)),
            https_proxy: None,
            no_proxy: None,
        },
        ..Default::default()
    })
    .unwrap();
    let err = c
        .send(&get(&server.https_url("/")), &SendOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "tunneling socket could not be established, statusCode=407"
    );
    let dead = common::closed_port();
    let c = Client::new(ClientOptions {
        proxy: ProxyConfig {
            http_proxy: Some(format!("http://127.0.0.1:{dead}")),
            https_proxy: None,
            no_proxy: None,
        },
        ..Default::default()
    })
    .unwrap();
    let err = c
        .send(&get("http://origin.invalid/"), &SendOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("connect ECONNREFUSED 127.0.0.1:{dead}")
    );
    let err = c
        .send(&get("https://origin.invalid/"), &SendOptions::default())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:{dead}"
        )
    );
}

#[test]
fn invalid_proxy_config_is_an_error() {
    let err = Client::new(ClientOptions {
        proxy: ProxyConfig {
            http_proxy: Some("ftp://127.0.0.1:1".into()),
            https_proxy: None,
            no_proxy: None,
        },
        ..Default::default()
    })
    .unwrap_err();
    assert!(err.to_string().contains("invalid proxy URL"), "{err}");
}

fn find(buf: &[u8], pat: &[u8]) -> Option<usize> {
    buf.windows(pat.len()).position(|w| w == pat)
}

/// A forward proxy reached over TLS (an https:// proxy URL): CONNECT tunnels and
/// absolute-form requests, relayed both ways.
fn tls_proxy(cfg: Arc<rustls::ServerConfig>) -> (u16, Arc<Mutex<Vec<String>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let std_listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = std_listener.local_addr().unwrap().port();
    std_listener.set_nonblocking(true).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(std_listener).unwrap();
            let acceptor = tokio_rustls::TlsAcceptor::from(cfg);
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    continue;
                };
                let (acceptor, seen) = (acceptor.clone(), seen2.clone());
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 4096];
                    let end = loop {
                        let Ok(n) = tls.read(&mut chunk).await else {
                            return;
                        };
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                        if let Some(e) = find(&buf, b"\r\n\r\n") {
                            break e + 4;
                        }
                    };
                    let head = String::from_utf8_lossy(&buf[..end]).to_string();
                    let first = head.lines().next().unwrap_or("").to_string();
                    seen.lock().unwrap().push(first.clone());
                    let mut parts = first.split(' ');
                    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
                    if method == "CONNECT" {
                        let Ok(mut up) = tokio::net::TcpStream::connect(target).await else {
                            return;
                        };
                        let _ = tls
                            .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                            .await;
                        let _ = tokio::io::copy_bidirectional(&mut tls, &mut up).await;
                    } else {
                        let rest = target.strip_prefix("http://").unwrap_or("");
                        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
                        let Ok(mut up) = tokio::net::TcpStream::connect(authority).await else {
                            return;
                        };
                        let rewritten =
                            head.replacen(target, if path.is_empty() { "/" } else { path }, 1);
                        let _ = up.write_all(rewritten.as_bytes()).await;
                        let _ = up.write_all(&buf[end..]).await;
                        let _ = tokio::io::copy_bidirectional(&mut tls, &mut up).await;
                    }
                });
            }
        });
    });
    (port, seen)
}

#[test]
fn through_an_https_proxy() {
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = rcgen::CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .self_signed(&key)
        .unwrap();
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        )
        .unwrap();
    let (proxy_port, seen) = tls_proxy(Arc::new(cfg));
    let (tls_origin, _dir, origin_pem) = tls_server();
    let plain_origin = serve(|r| Resp::new(200, format!("plain {}", r.target)));

    // One CA file trusting both the proxy's and the origin's certificates.
    let dir = tempfile::tempdir().unwrap();
    let both = dir.path().join("both.pem");
    let mut pem = std::fs::read_to_string(&origin_pem).unwrap();
    pem.push_str(&cert.pem());
    std::fs::write(&both, pem).unwrap();
    let proxy_url = format!("https://localhost:{proxy_port}");
    let c = Client::new(ClientOptions {
        extra_ca_certs: Some(both),
        proxy: ProxyConfig {
            http_proxy: Some(proxy_url.clone()),
            https_proxy: Some(proxy_url),
            no_proxy: None,
        },
        ..Default::default()
    })
    .unwrap();
    let res = c
        .send(
            &get(&tls_origin.https_url("/in-tunnel")),
            &SendOptions::default(),
        )
        .unwrap();
    assert_eq!(&res.body[..], b"tls /in-tunnel");
    let res = c
        .send(&get(&plain_origin.url("/via")), &SendOptions::default())
        .unwrap();
    assert_eq!(&res.body[..], b"plain /via");
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "{seen:?}");
    assert!(seen[0].starts_with("CONNECT localhost:"), "{seen:?}");
    assert!(
        seen[1].starts_with(&format!("GET {} ", plain_origin.url("/via"))),
        "{seen:?}"
    );
}
