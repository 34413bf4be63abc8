//! Keep-alive, redirects, decoding, cookies, timeouts, errors and bodies against a loopback
//! server.
mod common;

use std::io::Write;
use std::time::Duration;

use cogman_http::{
    Client, ClientOptions, HttpError, HttpRequest, MultipartPart, RequestBody, SendOptions,
};
use common::{Resp, serve};

fn req(method: &str, url: &str) -> HttpRequest {
    HttpRequest {
        method: method.into(),
        url: url.into(),
        headers: vec![],
        body: RequestBody::Empty,
    }
}

fn client() -> Client {
    Client::new(ClientOptions::default()).unwrap()
}

fn send(c: &Client, r: &HttpRequest) -> Result<cogman_http::HttpResponse, HttpError> {
    c.send(r, &SendOptions::default())
}

#[test]
fn keep_alive_reuses_one_connection() {
    let server = serve(|r| Resp::new(200, r.target.clone()));
    let c = client();
    for i in 0..200 {
        let res = send(&c, &req("GET", &server.url(&format!("/n{i}")))).unwrap();
        assert_eq!(&res.body[..], format!("/n{i}").as_bytes());
    }
    assert_eq!(server.connections(), 1);
    assert_eq!(server.all().len(), 200);
}

#[test]
fn first_request_has_connect_timings_reused_has_none() {
    let server = serve(|_| Resp::new(200, "x"));
    let c = client();
    let first = send(&c, &req("GET", &server.url("/"))).unwrap();
    let second = send(&c, &req("GET", &server.url("/"))).unwrap();
    assert!(first.timings.total >= first.timings.first_byte);
    assert_eq!(second.timings.dns, Duration::ZERO);
    assert_eq!(second.timings.connect, Duration::ZERO);
    assert_eq!(second.timings.tls, Duration::ZERO);
    assert_eq!(first.timings.newman_phases().len(), 9);
}

fn redirect_server() -> common::Server {
    serve(|r| {
        let path = r.target.split('?').next().unwrap_or("");
        match path {
            "/301" => Resp::new(301, "").header("Location", "/final"),
            "/302" => Resp::new(302, "").header("Location", "/final"),
            "/303" => Resp::new(303, "").header("Location", "/final"),
            "/307" => Resp::new(307, "").header("Location", "/final"),
            "/308" => Resp::new(308, "").header("Location", "final"),
            "/loop" => Resp::new(302, "").header("Location", "/loop"),
            "/chain3" => Resp::new(302, "").header("Location", "/chain2"),
            "/chain2" => Resp::new(302, "").header("Location", "/chain1"),
            "/chain1" => Resp::new(302, "").header("Location", "/final"),
            _ => Resp::new(
                200,
                format!(
                    "{} {} {}",
                    r.method,
                    r.target,
                    String::from_utf8_lossy(&r.body)
                ),
            ),
        }
    })
}

#[test]
fn redirects_change_or_keep_method() {
    let server = redirect_server();
    let c = client();
    for (code, expect) in [
        ("301", "GET /final "),
        ("302", "GET /final "),
        ("303", "GET /final "),
        ("307", "POST /final payload"),
        ("308", "POST /final payload"),
    ] {
        let mut r = req("POST", &server.url(&format!("/{code}")));
        r.body = RequestBody::Bytes("payload".into());
        r.headers.push(("Content-Type".into(), "text/plain".into()));
        let res = send(&c, &r).unwrap();
        assert_eq!(res.status, 200, "{code}");
        assert_eq!(String::from_utf8_lossy(&res.body), expect, "{code}");
        assert_eq!(res.url, server.url("/final"));
        assert_eq!(res.redirects, 1);
        let last = server.last();
        if expect.starts_with("GET") {
            assert!(
                last.header("content-type").is_none(),
                "{code}: body headers dropped"
            );
            assert!(last.header("content-length").is_none(), "{code}");
        }
    }
    // followOriginalHttpMethod keeps POST on a 302.
    let mut r = req("POST", &server.url("/302"));
    r.body = RequestBody::Bytes("payload".into());
    let opts = SendOptions {
        follow_original_http_method: true,
        ..Default::default()
    };
    let res = c.send(&r, &opts).unwrap();
    assert_eq!(String::from_utf8_lossy(&res.body), "POST /final payload");
}

#[test]
fn redirect_limit_and_disabled() {
    let server = redirect_server();
    let c = client();
    let err = send(&c, &req("GET", &server.url("/loop"))).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "Exceeded maxRedirects. Probably stuck in a redirect loop {}",
            server.url("/loop")
        )
    );
    // 1 request + 10 redirects followed, the 11th redirect is the error.
    assert_eq!(server.all().len(), 11);

    let res = send(&c, &req("GET", &server.url("/chain3"))).unwrap();
    assert_eq!(res.redirects, 3);
    let opts = SendOptions {
        max_redirects: Some(2),
        ..Default::default()
    };
    assert!(matches!(
        c.send(&req("GET", &server.url("/chain3")), &opts),
        Err(HttpError::TooManyRedirects { .. })
    ));

    let opts = SendOptions {
        follow_redirects: Some(false),
        ..Default::default()
    };
    let res = c.send(&req("GET", &server.url("/301")), &opts).unwrap();
    assert_eq!(res.status, 301);
    assert_eq!(res.header("location"), Some("/final"));

    let no_follow = Client::new(ClientOptions {
        follow_redirects: false,
        ..Default::default()
    })
    .unwrap();
    let res = send(&no_follow, &req("GET", &server.url("/302"))).unwrap();
    assert_eq!(res.status, 302);
}

#[test]
fn authorization_dropped_on_cross_host_redirect() {
    let target = serve(|r| Resp::new(200, r.header("authorization").unwrap_or("none").to_string()));
    let port = target.addr.port();
    // Same server, other host name: 127.0.0.1 -> localhost.
    let origin = serve(move |r| {
        if r.target == "/same" {
            Resp::new(302, "").header("Location", &format!("http://127.0.0.1:{port}/x"))
        } else {
            Resp::new(302, "").header("Location", &format!("http://localhost:{port}/x"))
        }
    });
    let c = client();
    let mut r = req("GET", &origin.url("/other"));
    r.headers.push(("Authorization".into(), "Bearer t".into()));
    assert_eq!(&send(&c, &r).unwrap().body[..], b"none");
    let opts = SendOptions {
        follow_authorization_header: true,
        ..Default::default()
    };
    assert_eq!(&c.send(&r, &opts).unwrap().body[..], b"Bearer t");
    // Same host name, other port: kept (as postman-request does).
    r.url = origin.url("/same");
    assert_eq!(&send(&c, &r).unwrap().body[..], b"Bearer t");
}

fn compress(kind: &str, data: &[u8]) -> Vec<u8> {
    match kind {
        "gzip" => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        "deflate" => {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        "rawdeflate" => {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        }
        "br" => {
            let mut out = Vec::new();
            {
                let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                w.write_all(data).unwrap();
            }
            out
        }
        _ => data.to_vec(),
    }
}

#[test]
fn decodes_gzip_deflate_br_and_keeps_binary() {
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let b2 = binary.clone();
    let server = serve(move |r| {
        let kind = r.target.trim_start_matches('/');
        let enc = if kind == "rawdeflate" {
            "deflate"
        } else {
            kind
        };
        let mut resp = Resp::new(200, compress(kind, &b2));
        if kind != "plain" {
            resp = resp.header("Content-Encoding", enc);
        }
        resp
    });
    let c = client();
    for kind in ["gzip", "deflate", "rawdeflate", "br", "plain"] {
        let res = send(&c, &req("GET", &server.url(&format!("/{kind}")))).unwrap();
        assert_eq!(&res.body[..], &binary[..], "{kind}");
        let wire = compress(kind, &binary).len() as u64;
        assert!(
            res.raw_size > wire,
            "{kind}: raw size counts wire bytes and head"
        );
    }
    assert_eq!(
        server.last().header("accept-encoding"),
        Some("gzip, deflate, br")
    );
}

#[test]
fn cookies_across_requests_and_redirect_hops() {
    let server = serve(|r| match r.target.as_str() {
        "/login" => Resp::new(302, "")
            .header("Set-Cookie", "session=abc; Path=/; HttpOnly")
            .header("Location", "/after"),
        "/after" => Resp::new(200, r.header("cookie").unwrap_or("none").to_string())
            .header("Set-Cookie", "second=2; Path=/; Secure")
            .header("Set-Cookie", "third=3; Path=/other"),
        _ => Resp::new(200, r.header("cookie").unwrap_or("none").to_string()),
    });
    let c = client();
    let res = send(&c, &req("GET", &server.url("/login"))).unwrap();
    assert_eq!(
        &res.body[..],
        b"session=abc",
        "cookie from the redirect hop is sent"
    );
    let res = send(&c, &req("GET", &server.url("/next"))).unwrap();
    let body = String::from_utf8_lossy(&res.body).to_string();
    assert!(
        body.contains("session=abc") && body.contains("second=2"),
        "{body}"
    );
    assert!(
        !body.contains("third"),
        "path-scoped cookie not sent: {body}"
    );

    // (second=2 is Secure: Newman sends it over plain http too.)

    // disableCookies: nothing sent.
    let opts = SendOptions {
        disable_cookies: true,
        ..Default::default()
    };
    assert_eq!(
        &c.send(&req("GET", &server.url("/next")), &opts)
            .unwrap()
            .body[..],
        b"none"
    );

    // The jar lists, sets and exports.
    let jar = c.cookie_jar();
    let listed = jar.cookies_for_url(&server.url("/")).unwrap();
    assert_eq!(listed.len(), 2);
    let session = listed.iter().find(|c| c.name == "session").unwrap();
    assert!(session.http_only && session.host_only);
    assert_eq!(session.domain, "127.0.0.1");
    jar.set(&server.url("/"), "manual", "m").unwrap();
    let body = send(&c, &req("GET", &server.url("/x"))).unwrap().body;
    assert!(String::from_utf8_lossy(&body).contains("manual=m"));
    let json = jar.to_json();
    assert_eq!(json["storeType"], "MemoryCookieStore");
    let cookies = json["cookies"].as_array().unwrap();
    assert_eq!(cookies.len(), 4);
    assert_eq!(cookies[0]["key"], "session");
    assert_eq!(cookies[0]["httpOnly"], true);
    assert_eq!(cookies[0]["hostOnly"], true);
    assert!(cookies[0]["creation"].as_str().unwrap().ends_with('Z'));

    // Round trip through the serialized form.
    let other = client();
    assert_eq!(other.cookie_jar().load_json(&json).unwrap(), 4);
    assert_eq!(
        other
            .cookie_jar()
            .cookies_for_url(&server.url("/"))
            .unwrap()
            .len(),
        3
    );
    assert!(jar.remove(&server.url("/"), "manual").unwrap());
    assert_eq!(jar.clear_for_url(&server.url("/")).unwrap(), 2);
    assert!(jar.cookies_for_url(&server.url("/")).unwrap().is_empty());

    // cookies: false keeps no jar.
    let nojar = Client::new(ClientOptions {
        cookies: false,
        ..Default::default()
    })
    .unwrap();
    send(&nojar, &req("GET", &server.url("/login"))).unwrap();
    assert_eq!(
        &send(&nojar, &req("GET", &server.url("/n"))).unwrap().body[..],
        b"none"
    );
}

#[test]
fn response_timeout_is_esockettimedout() {
    let server = serve(|r| {
        let mut resp = Resp::new(200, "late");
        if r.target == "/slow" {
            resp.delay_ms = 3000;
        }
        resp
    });
    let c = Client::new(ClientOptions {
        timeout: Some(Duration::from_millis(150)),
        ..Default::default()
    })
    .unwrap();
    let err = send(&c, &req("GET", &server.url("/slow"))).unwrap_err();
    assert_eq!(err.to_string(), "ESOCKETTIMEDOUT");
    // Per-request override.
    let opts = SendOptions {
        timeout: Some(Duration::from_millis(100)),
        ..Default::default()
    };
    let plain = client();
    assert_eq!(
        plain
            .send(&req("GET", &server.url("/slow")), &opts)
            .unwrap_err(),
        HttpError::SocketTimeout
    );
    // The client still works afterwards.
    assert_eq!(
        &send(&c, &req("GET", &server.url("/fast"))).unwrap().body[..],
        b"late"
    );
}

#[test]
fn connect_timeout_is_etimedout() {
    // A listener whose accept queue is full and never drained: further SYNs go unanswered.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let listener = rt.block_on(async { socket.listen(0) }).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut fillers = Vec::new();
    for _ in 0..4 {
        let s = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200));
        if let Ok(s) = s {
            fillers.push(s);
        }
    }
    let c = Client::new(ClientOptions {
        timeout: Some(Duration::from_millis(300)),
        ..Default::default()
    })
    .unwrap();
    let err = send(&c, &req("GET", &format!("http://{addr}/"))).unwrap_err();
    // With a full queue the kernel drops the SYN (ETIMEDOUT); some kernels still complete the
    // handshake, and the server never answers (ESOCKETTIMEDOUT).
    assert!(
        matches!(err, HttpError::ConnectTimeout | HttpError::SocketTimeout),
        "{err}"
    );
    drop(listener);
}

#[test]
fn node_wording_for_connection_errors() {
    let c = client();
    let port = common::closed_port();
    let err = send(&c, &req("GET", &format!("http://127.0.0.1:{port}/"))).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("connect ECONNREFUSED 127.0.0.1:{port}")
    );
    assert_eq!(err.code(), Some("ECONNREFUSED"));

    let err = send(&c, &req("GET", "http://no-such-host.invalid/x")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "getaddrinfo ENOTFOUND no-such-host.invalid"
    );

    assert_eq!(
        send(&c, &req("GET", "http://")).unwrap_err().to_string(),
        "Invalid URI \"http:///\""
    );
    assert_eq!(
        send(&c, &req("GET", "  ")).unwrap_err().to_string(),
        "runtime:extensions~request: request url is empty"
    );
    assert_eq!(
        send(&c, &req("GET", "http://{{host}}/x"))
            .unwrap_err()
            .to_string(),
        "getaddrinfo ENOTFOUND {{host}}"
    );
    assert_eq!(
        send(&c, &req("GET", "ftp://127.0.0.1/"))
            .unwrap_err()
            .to_string(),
        "Invalid protocol: ftp:"
    );
    for bad in [
        "",
        "http://[::1",
        "http://a b/",
        "://x",
        "http://127.0.0.1:70000/",
    ] {
        assert!(send(&c, &req("GET", bad)).is_err(), "{bad:?}");
    }
    let mut r = req("GET", "http://127.0.0.1:1/");
    r.headers.push(("Bad Name".into(), "v".into()));
    assert!(send(&c, &r).is_err());
    r.headers = vec![("X-Ok".into(), "line\r\nbreak".into())];
    assert!(send(&c, &r).is_err());
}

#[test]
fn missing_protocol_assumes_http() {
    let server = serve(|_| Resp::new(200, "ok"));
    let c = client();
    let res = send(&c, &req("get", &format!("{}/p", server.addr))).unwrap();
    assert_eq!(res.status, 200);
    assert_eq!(res.url, server.url("/p"));
    assert_eq!(server.last().method, "GET");
}

#[test]
fn server_closing_without_answer_is_socket_hang_up() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            let mut r = std::io::BufReader::new(s);
            let _ = common::read_request(&mut r);
            drop(r);
        }
    });
    let err = send(&client(), &req("GET", &format!("http://{addr}/"))).unwrap_err();
    assert_eq!(err.to_string(), "socket hang up");
}

#[test]
fn default_headers_can_be_overridden_case_insensitively() {
    let server = serve(|_| Resp::new(200, ""));
    let c = client();
    let mut r = req("GET", &server.url("/"));
    r.headers = vec![
        ("user-agent".into(), "mine/1".into()),
        ("X-Trace".into(), "1".into()),
        ("accept".into(), "application/json".into()),
    ];
    let res = send(&c, &r).unwrap();
    let got = server.last();
    let names: Vec<&str> = got.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "user-agent",
            "X-Trace",
            "accept",
            "Cache-Control",
            "Postman-Token",
            "Host",
            "Accept-Encoding",
            "Connection"
        ]
    );
    assert_eq!(got.header("user-agent"), Some("mine/1"));
    assert_eq!(
        res.request_headers[0],
        ("user-agent".to_string(), "mine/1".to_string())
    );
    let token = got.header("postman-token").unwrap();
    assert_eq!(uuid::Uuid::parse_str(token).unwrap().get_version_num(), 4);
}

#[test]
fn bodies_multipart_urlencoded_raw_file() {
    let server = serve(|r| Resp::new(200, r.body.clone()));
    let c = client();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.json");
    std::fs::write(&file, b"{\"a\":1}").unwrap();

    let mut r = req("POST", &server.url("/form"));
    r.body = RequestBody::UrlEncoded(vec![("a b".into(), "1&2".into()), ("c".into(), "é".into())]);
    let res = send(&c, &r).unwrap();
    assert_eq!(&res.body[..], b"a%20b=1%262&c=%C3%A9");
    let got = server.last();
    assert_eq!(
        got.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(got.header("content-length"), Some("20"));
    let names: Vec<&str> = got.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        &names[6..],
        ["Connection", "Content-Type", "Content-Length"]
    );

    r.body = RequestBody::Multipart(vec![
        MultipartPart::Text {
            name: "field".into(),
            value: "value".into(),
            content_type: None,
        },
        MultipartPart::File {
            name: "upload".into(),
            path: file.clone(),
            content_type: None,
            filename: None,
        },
    ]);
    let res = send(&c, &r).unwrap();
    let got = server.last();
    let ct = got.header("content-type").unwrap().to_string();
    let boundary = ct.strip_prefix("multipart/form-data; boundary=").unwrap();
    assert_eq!(boundary.len(), 50);
    let body = String::from_utf8_lossy(&res.body).to_string();
    assert_eq!(
        body,
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"data.json\"\r\n\
             Content-Type: application/json\r\n\r\n{{\"a\":1}}\r\n--{boundary}--\r\n"
        )
    );

    r.body = RequestBody::File(file.clone());
    assert_eq!(&send(&c, &r).unwrap().body[..], b"{\"a\":1}");
    // The file's type follows Content-Length, as postman-request sends it.
    let got = server.last();
    let tail: Vec<(&str, &str)> = got.headers[got.headers.len() - 2..]
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        tail,
        [
            ("Content-Length", "7"),
            ("Content-Type", "application/json")
        ]
    );
    r.body = RequestBody::Bytes(bytes::Bytes::from_static(b"\x00\xff raw"));
    assert_eq!(&send(&c, &r).unwrap().body[..], b"\x00\xff raw");
    assert_eq!(server.last().header("content-length"), Some("6"));

    r.body = RequestBody::File(dir.path().join("missing.bin"));
    let err = send(&c, &r).unwrap_err().to_string();
    assert!(
        err.starts_with("ENOENT: no such file or directory, open '"),
        "{err}"
    );

    // Empty POST sends Content-Length: 0 (as Node does); GET sends none.
    r.body = RequestBody::Empty;
    send(&c, &r).unwrap();
    assert_eq!(server.last().header("content-length"), Some("0"));
    let mut g = req("GET", &server.url("/"));
    g.body = RequestBody::Bytes("pruned".into());
    assert_eq!(&send(&c, &g).unwrap().body[..], b"");
    assert_eq!(server.last().header("content-length"), None);
    let opts = SendOptions {
        disable_body_pruning: true,
        ..Default::default()
    };
    assert_eq!(&c.send(&g, &opts).unwrap().body[..], b"pruned");
}

#[test]
fn head_request_and_status_reason() {
    let server = serve(|r| {
        let mut resp = Resp::new(if r.method == "HEAD" { 200 } else { 404 }, "body");
        resp.reason = "Custom Reason".into();
        resp
    });
    let c = client();
    let res = send(&c, &req("HEAD", &server.url("/"))).unwrap();
    assert_eq!(res.status, 200);
    assert!(res.body.is_empty());
    let res = send(&c, &req("GET", &server.url("/"))).unwrap();
    assert_eq!(res.status, 404);
    assert_eq!(res.reason, "Custom Reason");
    assert_eq!(res.http_version, "1.1");
    assert_eq!(server.connections(), 1);
}

#[test]
fn duplicate_response_headers_keep_wire_order() {
    let server = serve(|_| {
        Resp::new(200, "")
            .header("Set-Cookie", "a=1")
            .header("X-Mid", "m")
            .header("Set-Cookie", "b=2")
    });
    let res = send(&client(), &req("GET", &server.url("/"))).unwrap();
    let names: Vec<&str> = res.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(&names[..3], ["Set-Cookie", "X-Mid", "Set-Cookie"]);
}

#[test]
fn send_works_inside_a_tokio_runtime() {
    let server = serve(|_| Resp::new(200, "ok"));
    let c = client();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let status = rt.block_on(async { send(&c, &req("GET", &server.url("/"))).unwrap().status });
    assert_eq!(status, 200);
}

#[test]
fn header_case_and_late_headers_follow_postman_request() {
    let server = serve(|r| match r.target.as_str() {
        "/set" => Resp::new(200, "")
            .header("Set-Cookie", "a=1; Path=/")
            .header("Set-Cookie", "deep=2; Path=/x"),
        _ => Resp::new(200, ""),
    });
    let c = client();
    send(&c, &req("GET", &server.url("/set"))).unwrap();
    let mut r = req("POST", &format!("http://us%20er:p%40w@{}/x/y", server.addr));
    r.headers = vec![
        ("x-lower".into(), "1".into()),
        ("X-UPPER-Case".into(), "2".into()),
        ("host".into(), "example.test".into()),
    ];
    r.body = RequestBody::UrlEncoded(vec![("k".into(), "v".into())]);
    let res = send(&c, &r).unwrap();
    let got = server.last();
    let names: Vec<&str> = got.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "x-lower",
            "X-UPPER-Case",
            "host",
            "User-Agent",
            "Accept",
            "Cache-Control",
            "Postman-Token",
            "Accept-Encoding",
            "Connection",
            "Content-Type",
            "Content-Length",
            "Authorization",
            "Cookie"
        ]
    );
    assert_eq!(got.header("host"), Some("example.test"));
    // base64("us er:p@w")
    assert_eq!(got.header("authorization"), Some("Basic dXMgZXI6cEB3"));
    assert_eq!(
        got.header("cookie"),
        Some("deep=2; a=1"),
        "longest path first"
    );
    let sent: Vec<&str> = res
        .request_headers
        .iter()
        .map(|(k, _)| k.as_str())
        .collect();
    assert_eq!(sent, names);

    // A user Cookie header is kept in place and the jar's cookies appended to it.
    let mut r = req("GET", &server.url("/x/z"));
    r.headers = vec![("Cookie".into(), "mine=0".into())];
    send(&c, &r).unwrap();
    let got = server.last();
    assert_eq!(
        got.headers[0],
        ("Cookie".to_string(), "mine=0; deep=2; a=1".to_string())
    );
}

#[test]
fn redirect_hop_headers_like_postman_request() {
    let server = redirect_server();
    let c = client();
    let mut r = req("POST", &server.url("/302"));
    r.headers = vec![("Content-Type".into(), "text/plain".into())];
    r.body = RequestBody::Bytes("abc".into());
    c.send(&r, &SendOptions::default()).unwrap();
    let hop = server.last();
    let names: Vec<&str> = hop.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "User-Agent",
            "Accept",
            "Cache-Control",
            "Postman-Token",
            "Accept-Encoding",
            "Connection",
            "Referer",
            "Host"
        ]
    );
    assert_eq!(hop.header("referer"), Some(server.url("/302").as_str()));

    r.url = server.url("/307");
    c.send(&r, &SendOptions::default()).unwrap();
    let hop = server.last();
    let names: Vec<&str> = hop.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names[0], "Content-Type");
    assert_eq!(
        &names[names.len() - 3..],
        ["Content-Length", "Referer", "Host"]
    );

    let opts = SendOptions {
        remove_referer_header_on_redirect: true,
        ..Default::default()
    };
    c.send(&r, &opts).unwrap();
    assert_eq!(server.last().header("referer"), None);
}

#[test]
fn corrupt_gzip_fails_like_zlib() {
    let server = serve(|_| Resp::new(200, "hello").header("Content-Encoding", "gzip"));
    let c = client();
    let err = send(&c, &req("GET", &server.url("/"))).unwrap_err();
    assert_eq!(err.to_string(), "incorrect header check");
    // HEAD responses are not decoded.
    assert_eq!(
        send(&c, &req("HEAD", &server.url("/"))).unwrap().status,
        200
    );
}

#[test]
fn server_closing_idle_connections_is_handled() {
    // The server answers one request per connection, then closes it without saying so (an
    // idle timeout). The client must not reuse the closed connection.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (closed_tx, closed_rx) = std::sync::mpsc::channel::<()>();
    let (received_tx, received_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        for s in listener.incoming().flatten() {
            let mut r = std::io::BufReader::new(s);
            if common::read_request(&mut r).is_some() {
                let _ = common::write_response(r.get_mut(), &Resp::new(200, "once"), false);
            }
            // Close only once the client holds the response, so the close arrives while the
            // connection sits idle in the pool.
            let _ = received_rx.recv();
            let _ = r.get_mut().shutdown(std::net::Shutdown::Both);
            let _ = closed_tx.send(());
        }
    });
    let c = client();
    for i in 0..30 {
        let res = send(&c, &req("GET", &format!("http://{addr}/{i}")));
        assert_eq!(&res.unwrap().body[..], b"once", "request {i}");
        received_tx.send(()).unwrap();
        closed_rx.recv().unwrap();
    }
}

#[test]
fn header_values_are_latin1_like_node() {
    let server = serve(|r| {
        let mut resp = Resp::new(200, r.header("x-in").unwrap_or("-").as_bytes().to_vec());
        // A raw 0xE9 byte in a response header value.
        resp.headers.push(("X-Out".into(), "caf\u{e9}".into()));
        resp
    });
    let c = client();
    let mut r = req("GET", &server.url("/"));
    r.headers = vec![("X-In".into(), "é".into())];
    let res = send(&c, &r).unwrap();
    assert_eq!(res.header("x-out"), Some("café"));
    r.headers = vec![("X-In".into(), "€".into())];
    assert_eq!(
        send(&c, &r).unwrap_err().to_string(),
        "Invalid character in header content [\"X-In\"]"
    );
}

#[test]
fn garbage_responses_are_errors_not_panics() {
    // Messages observed from Newman 6.2.2 for the same bytes.
    for (garbage, message) in [
        (
            &b"NOT HTTP AT ALL\r\n\r\n"[..],
            "Parse Error: Expected HTTP/, RTSP/ or ICE/",
        ),
        (
            b"HTTP/1.1 abc OK\r\n\r\n",
            "Parse Error: Invalid status code",
        ),
        (
            b"HTTP/1.1 200 OK\r\nBad Header\r\n\r\n",
            "Parse Error: Invalid header token",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
            "aborted",
        ),
        (
            b"\x00\xff\xfe",
            "Parse Error: Expected HTTP/, RTSP/ or ICE/",
        ),
    ] {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let g = garbage.to_vec();
        std::thread::spawn(move || {
            if let Ok((s, _)) = listener.accept() {
                let mut r = std::io::BufReader::new(s);
                let _ = common::read_request(&mut r);
                let _ = r.get_mut().write_all(&g);
            }
        });
        let res = send(&client(), &req("GET", &format!("http://{addr}/")));
        assert_eq!(res.unwrap_err().to_string(), message);
    }
}

#[test]
fn disabled_system_headers_and_dot_localhost() {
    let server = serve(|_| Resp::new(200, "ok"));
    let c = client();
    let mut r = req(
        "POST",
        &format!("http://api.localhost:{}/x", server.addr.port()),
    );
    r.body = RequestBody::UrlEncoded(vec![("a".into(), "1".into())]);
    let opts = SendOptions {
        disabled_system_headers: vec![
            "connection".into(),
            "Accept-Encoding".into(),
            "content-type".into(),
            "user-agent".into(), // not allowed: still sent
        ],
        ..Default::default()
    };
    let res = c.send(&r, &opts).unwrap();
    assert_eq!(&res.body[..], b"ok", "*.localhost resolves to loopback");
    let got = server.last();
    assert_eq!(got.header("connection"), None);
    assert_eq!(got.header("accept-encoding"), None);
    assert_eq!(got.header("content-type"), None);
    assert!(got.header("user-agent").is_some());
    assert_eq!(
        got.header("host"),
        Some(format!("api.localhost:{}", server.addr.port()).as_str())
    );
}

#[test]
fn interim_1xx_responses_are_skipped() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        if let Ok((s, _)) = listener.accept() {
            let mut r = std::io::BufReader::new(s);
            while common::read_request(&mut r).is_some() {
                let _ = r.get_mut().write_all(
                    b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n\
                      HTTP/1.1 200 OK\r\nX-Final: yes\r\nContent-Length: 2\r\n\r\nok",
                );
            }
        }
    });
    let c = client();
    for _ in 0..3 {
        let res = send(&c, &req("GET", &format!("http://{addr}/"))).unwrap();
        assert_eq!(res.status, 200);
        assert_eq!(res.reason, "OK");
        assert_eq!(res.header("x-final"), Some("yes"));
        assert_eq!(res.header("link"), None);
        assert_eq!(&res.body[..], b"ok");
    }
}

#[test]
fn user_host_header_survives_same_host_redirects_only() {
    let target = serve(|r| Resp::new(200, r.header("host").unwrap_or("-").to_string()));
    let port = target.addr.port();
    let origin = serve(move |r| match r.target.as_str() {
        "/same" => Resp::new(302, "").header("Location", "/end"),
        "/end" => Resp::new(200, r.header("host").unwrap_or("-").to_string()),
        _ => Resp::new(302, "").header("Location", &format!("http://localhost:{port}/x")),
    });
    let c = client();
    let mut r = req("GET", &origin.url("/same"));
    r.headers = vec![("Host".into(), "example.test".into())];
    assert_eq!(&send(&c, &r).unwrap().body[..], b"example.test");
    r.url = origin.url("/other");
    assert_eq!(
        String::from_utf8_lossy(&send(&c, &r).unwrap().body),
        format!("localhost:{port}")
    );
}
