//! Shared test helpers: a minimal HTTP/1.1 client over std (requests only go to the local
//! emulator) and JSON 1.1 call helpers.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

use cogman_emulator::{EmulatorHandle, ServeOptions};
use serde_json::{Value, json};

pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

pub fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Resp {
    let mut s = TcpStream::connect(addr).expect("connect to emulator");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).expect("write");
    s.write_all(body).expect("write body");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, rest) = text.split_once("\r\n\r\n").expect("response head");
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        })
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Resp {
        status,
        headers,
        body,
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = &rest[n + 2..];
    }
    out
}

pub const FAKE_AUTH: &str = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

/// Calls an operation; admin operations are sent with a well-formed (fake) SigV4 header.
pub fn raw_call(addr: SocketAddr, op: &str, body: &Value, signed: bool) -> Resp {
    let target = format!("AWSCognitoIdentityProviderService.{op}");
    let mut headers = vec![
        ("X-Amz-Target", target.as_str()),
        ("Content-Type", "application/x-amz-json-1.1"),
    ];
    if signed {
        headers.push(("Authorization", FAKE_AUTH));
        headers.push(("X-Amz-Date", "20260101T000000Z"));
    }
    http(addr, "POST", "/", &headers, body.to_string().as_bytes())
}

fn signed(op: &str) -> bool {
    !matches!(
        op,
        "InitiateAuth"
            | "RespondToAuthChallenge"
            | "SignUp"
            | "ConfirmSignUp"
            | "GetUser"
            | "GlobalSignOut"
            | "RevokeToken"
            | "AssociateSoftwareToken"
            | "VerifySoftwareToken"
            | "SetUserMFAPreference"
            | "ChangePassword"
    )
}

/// Ok(body) on 200, Err((__type, message)) otherwise.
pub fn call(addr: SocketAddr, op: &str, body: Value) -> Result<Value, (String, String)> {
    let r = raw_call(addr, op, &body, signed(op));
    if r.status == 200 {
        Ok(r.json())
    } else {
        let v = r.json();
        Err((
            v["__type"].as_str().unwrap_or("").to_string(),
            v["message"].as_str().unwrap_or("").to_string(),
        ))
    }
}

pub fn ok(addr: SocketAddr, op: &str, body: Value) -> Value {
    match call(addr, op, body) {
        Ok(v) => v,
        Err(e) => panic!("{op} failed: {e:?}"),
    }
}

/// Asserts the exact exception and message.
pub fn fails(addr: SocketAddr, op: &str, body: Value, kind: &str, message: &str) {
    match call(addr, op, body) {
        Ok(v) => panic!("{op} succeeded, expected {kind}: {v}"),
        Err((k, m)) => {
            assert_eq!(k, kind, "{op}: {m}");
            assert_eq!(m, message, "{op}");
        }
    }
}

pub fn start() -> EmulatorHandle {
    cogman_emulator::spawn(ServeOptions::default()).expect("emulator starts")
}

/// A pool with one client allowing the given flows and one confirmed user alice/Passw0rd!.
pub struct Fixture {
    pub emu: EmulatorHandle,
    pub pool: String,
    pub client: String,
    pub secret: Option<String>,
}

pub const PASSWORD: &str = "Passw0rd!";

pub fn fixture(flows: &[&str], secret: bool) -> Fixture {
    let emu = start();
    let pool = emu.create_pool("test").expect("pool");
    let (client, secret) = emu
        .create_client(&pool, "app", flows, secret)
        .expect("client");
    emu.create_user(
        &pool,
        "alice",
        PASSWORD,
        &[("email", "alice@example.com"), ("email_verified", "true")],
    )
    .expect("user");
    Fixture {
        emu,
        pool,
        client,
        secret,
    }
}

impl Fixture {
    pub fn addr(&self) -> SocketAddr {
        self.emu.addr()
    }
    pub fn password_auth(&self, user: &str, password: &str) -> Result<Value, (String, String)> {
        let mut params = json!({"USERNAME": user, "PASSWORD": password});
        if let Some(s) = &self.secret {
            params["SECRET_HASH"] = json!(cogman_cognito::srp::secret_hash(user, &self.client, s));
        }
        call(
            self.addr(),
            "InitiateAuth",
            json!({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": self.client, "AuthParameters": params}),
        )
    }
}

pub const PW_FLOWS: [&str; 3] = [
    "ALLOW_USER_PASSWORD_AUTH",
    "ALLOW_USER_SRP_AUTH",
    "ALLOW_REFRESH_TOKEN_AUTH",
];
