//! `cogman cognito serve`.

mod util;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use util::TestDir;

#[test]
fn serve_listens_on_loopback_and_answers() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cogman"))
        .args(["cognito", "serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn cogman cognito serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    let _ = BufReader::new(stdout).read_line(&mut line);
    let addr = line
        .split("http://")
        .nth(1)
        .map(|rest| rest.trim().trim_end_matches('/').to_string());
    let answer = addr.as_deref().and_then(|addr| {
        let mut stream = std::net::TcpStream::connect(addr).ok()?;
        let body = "{}";
        let request = format!(
            "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSCognitoIdentityProviderService.ListUserPools\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(request.as_bytes()).ok()?;
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        Some(response)
    });
    let _ = child.kill();
    let _ = child.wait();
    let answer = answer.unwrap_or_else(|| panic!("no address or answer; first line: {line:?}"));
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");
}

#[test]
fn serve_rejects_a_bad_host_and_a_missing_seed() {
    let t = TestDir::new();
    t.cogman(&["cognito", "serve", "--host", "not-an-ip"])
        .code(1)
        .one_error_line()
        .stderr_has("not-an-ip");
    t.cogman(&[
        "cognito",
        "serve",
        "--port",
        "0",
        "--seed",
        "missing-seed.json",
    ])
    .code(1)
    .one_error_line()
    .stderr_has("missing-seed.json");
}
