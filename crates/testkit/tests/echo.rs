//! The echo server answers over real TCP on loopback.
use std::io::{Read, Write};
use std::net::TcpStream;

fn raw_get(addr: std::net::SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect to echo server");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nX-Probe: yes\r\n\r\n"
    )
    .expect("write request");
    let mut out = String::new();
    stream.read_to_string(&mut out).expect("read response");
    out
}

#[test]
fn echoes_query_and_headers() {
    let server = cogman_testkit::EchoServer::start();
    let response = raw_get(server.addr(), "/get?a=1&b=two%20words");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains(r#""a":"1""#), "{response}");
    assert!(response.contains(r#""b":"two words""#), "{response}");
    assert!(response.contains(r#""x-probe":"yes""#), "{response}");
    assert_eq!(server.connection_count(), 1);
}

#[test]
fn status_route_sets_status() {
    let server = cogman_testkit::EchoServer::start();
    let response = raw_get(server.addr(), "/status/418");
    assert!(response.starts_with("HTTP/1.1 418"), "{response}");
}

#[test]
fn redirect_chain_points_down() {
    let server = cogman_testkit::EchoServer::start();
    let response = raw_get(server.addr(), "/redirect/3");
    assert!(response.starts_with("HTTP/1.1 302"), "{response}");
    assert!(
        response
            .to_ascii_lowercase()
            .contains("location: /redirect/2"),
        "{response}"
    );
}
