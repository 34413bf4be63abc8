//! Auth helpers against a loopback server: basic, bearer, API key, OAuth 2, digest (hash
//! checked by the server) and AWS SigV4 (shape).
mod common;

use base64::Engine as _;
use cogman_http::{AuthHelper, Client, ClientOptions, HttpRequest, RequestBody, SendOptions};
use common::{Req, Resp, serve};
use md5::Digest as _;

fn echo_auth(r: &Req) -> Resp {
    Resp::new(
        200,
        format!("{}|{}", r.target, r.header("authorization").unwrap_or("-")),
    )
}

fn send(
    url: &str,
    auth: AuthHelper,
    headers: Vec<(String, String)>,
) -> (String, Vec<(String, String)>) {
    let c = Client::new(ClientOptions::default()).unwrap();
    let req = HttpRequest {
        method: "GET".into(),
        url: url.into(),
        headers,
        body: RequestBody::Empty,
    };
    let opts = SendOptions {
        auth: Some(auth),
        ..Default::default()
    };
    let res = c.send(&req, &opts).unwrap();
    (
        String::from_utf8_lossy(&res.body).into_owned(),
        res.request_headers,
    )
}

#[test]
fn basic_bearer_apikey_oauth2() {
    let server = serve(echo_auth);
    let (body, _) = send(
        &server.url("/"),
        AuthHelper::Basic {
            username: "user".into(),
            password: "pa:ss".into(),
        },
        vec![("authorization".into(), "old".into())],
    );
    let expected = base64::engine::general_purpose::STANDARD.encode("user:pa:ss");
    assert_eq!(body, format!("/|Basic {expected}"));

    let (body, _) = send(
        &server.url("/"),
        AuthHelper::Bearer {
            token: "tok".into(),
        },
        vec![],
    );
    assert_eq!(body, "/|Bearer tok");

    let (_, sent) = send(
        &server.url("/"),
        AuthHelper::ApiKey {
            key: "X-Api-Key".into(),
            value: "k1".into(),
            in_query: false,
        },
        vec![],
    );
    assert!(sent.contains(&("X-Api-Key".to_string(), "k1".to_string())));
    assert_eq!(server.last().header("x-api-key"), Some("k1"));

    let (body, _) = send(
        &server.url("/p?a=1"),
        AuthHelper::ApiKey {
            key: "api key".into(),
            value: "v&1".into(),
            in_query: true,
        },
        vec![],
    );
    assert_eq!(body, "/p?a=1&api%20key=v%261|-");

    let (body, _) = send(
        &server.url("/"),
        AuthHelper::OAuth2 {
            access_token: "at".into(),
            header_prefix: "Bearer".into(),
            add_to_query: false,
        },
        vec![],
    );
    assert_eq!(body, "/|Bearer at");
    let (body, _) = send(
        &server.url("/q"),
        AuthHelper::OAuth2 {
            access_token: "at".into(),
            header_prefix: "Bearer".into(),
            add_to_query: true,
        },
        vec![],
    );
    assert_eq!(body, "/q?access_token=at|-");
}

fn h(alg: &str, s: &str) -> String {
    if alg.starts_with("SHA-256") {
        hex::encode(sha2::Sha256::digest(s.as_bytes()))
    } else {
        hex::encode(md5::Md5::digest(s.as_bytes()))
    }
}

fn params(header: &str) -> Vec<(String, String)> {
    header
        .trim_start_matches("Digest ")
        .split(", ")
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim_matches('"').to_string()))
        .collect()
}

/// A server that challenges, then checks the digest response hash.
fn digest_server(alg: &'static str) -> common::Server {
    serve(move |r| {
        let challenge = format!(
            "Digest realm=\"cogman\", qop=\"auth,auth-int\", nonce=\"n0nce\", opaque=\"0paque\", algorithm={alg}"
        );
        let Some(auth) = r.header("authorization") else {
            return Resp::new(401, "").header("WWW-Authenticate", &challenge);
        };
        let p = params(auth);
        let get = |k: &str| {
            p.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let mut ha1 = h(alg, "alice:cogman:s3cret");
        if alg.ends_with("-sess") {
            ha1 = h(alg, &format!("{ha1}:n0nce:{}", get("cnonce")));
        }
        let ha2 = h(alg, &format!("{}:{}", r.method, r.target));
        let expected = h(
            alg,
            &format!("{ha1}:n0nce:{}:{}:auth:{ha2}", get("nc"), get("cnonce")),
        );
        let ok = get("response") == expected
            && get("uri") == r.target
            && get("opaque") == "0paque"
            && get("username") == "alice"
            && get("qop") == "auth";
        if ok {
            Resp::new(200, "digest ok")
        } else {
            Resp::new(401, format!("bad digest: {auth}")).header("WWW-Authenticate", &challenge)
        }
    })
}

fn digest(password: &str) -> AuthHelper {
    AuthHelper::Digest {
        username: "alice".into(),
        password: password.into(),
        realm: None,
        nonce: None,
        algorithm: None,
        qop: None,
        nc: None,
        cnonce: None,
        opaque: None,
    }
}

#[test]
fn digest_challenge_round_trip() {
    for alg in ["MD5", "MD5-sess", "SHA-256", "SHA-256-sess"] {
        let server = digest_server(alg);
        let c = Client::new(ClientOptions::default()).unwrap();
        let req = HttpRequest {
            method: "GET".into(),
            url: server.url("/dir/index.html?x=1"),
            headers: vec![],
            body: RequestBody::Empty,
        };
        let opts = SendOptions {
            auth: Some(digest("s3cret")),
            ..Default::default()
        };
        let res = c.send(&req, &opts).unwrap();
        assert_eq!(
            res.status,
            200,
            "{alg}: {}",
            String::from_utf8_lossy(&res.body)
        );
        assert_eq!(server.all().len(), 2, "{alg}: challenge then answer");
        assert_eq!(server.connections(), 1, "{alg}: same connection");

        // Wrong password: the server's 401 is returned, no loop.
        let opts = SendOptions {
            auth: Some(digest("wrong")),
            ..Default::default()
        };
        let res = c.send(&req, &opts).unwrap();
        assert_eq!(res.status, 401, "{alg}");
        assert_eq!(server.all().len(), 4, "{alg}");
    }
}

#[test]
fn digest_with_given_nonce_is_preemptive() {
    let server = digest_server("MD5");
    let c = Client::new(ClientOptions::default()).unwrap();
    let req = HttpRequest {
        method: "GET".into(),
        url: server.url("/"),
        headers: vec![],
        body: RequestBody::Empty,
    };
    let opts = SendOptions {
        auth: Some(AuthHelper::Digest {
            username: "alice".into(),
            password: "s3cret".into(),
            realm: Some("cogman".into()),
            nonce: Some("n0nce".into()),
            algorithm: Some("MD5".into()),
            qop: Some("auth".into()),
            nc: Some("00000001".into()),
            cnonce: Some("abcdef".into()),
            opaque: Some("0paque".into()),
        }),
        ..Default::default()
    };
    let res = c.send(&req, &opts).unwrap();
    assert_eq!(res.status, 200);
    assert_eq!(server.all().len(), 1);
}

#[test]
fn awsv4_signature_shape() {
    let server = serve(|r| Resp::new(200, r.header("authorization").unwrap_or("-").to_string()));
    let c = Client::new(ClientOptions::default()).unwrap();
    let req = HttpRequest {
        method: "POST".into(),
        url: server.url("/prod/items?b=2&a=1"),
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: RequestBody::Bytes("{\"k\":1}".into()),
    };
    let opts = SendOptions {
        auth: Some(AuthHelper::AwsV4 {
            access_key: "AKIDEXAMPLE".into(),
            secret_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: Some("sess-token".into()),
            region: "eu-west-1".into(),
            service: "execute-api".into(),
        }),
        ..Default::default()
    };
    let res = c.send(&req, &opts).unwrap();
    let auth = String::from_utf8_lossy(&res.body).into_owned();
    let got = server.last();
    let date = got.header("x-amz-date").unwrap().to_string();
    assert_eq!(date.len(), 16, "{date}");
    assert!(date.ends_with('Z') && date.chars().nth(8) == Some('T'));
    assert_eq!(got.header("x-amz-security-token"), Some("sess-token"));
    let prefix = format!(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{}/eu-west-1/execute-api/aws4_request, SignedHeaders=",
        &date[..8]
    );
    assert!(auth.starts_with(&prefix), "{auth}");
    let signed = auth[prefix.len()..].split(',').next().unwrap();
    for h in ["content-type", "host", "x-amz-date", "x-amz-security-token"] {
        assert!(signed.split(';').any(|s| s == h), "{h} signed: {signed}");
    }
    let sig = auth.rsplit("Signature=").next().unwrap();
    assert_eq!(sig.len(), 64);
    assert!(sig.chars().all(|c| c.is_ascii_hexdigit()));
    assert!(res.request_headers.iter().any(|(k, _)| k == "X-Amz-Date"));
}

#[test]
fn digest_auth_int_covers_the_body() {
    let server = serve(|r| {
        let challenge = "Digest realm=\"cogman\", qop=\"auth-int\", nonce=\"n1\"";
        let Some(auth) = r.header("authorization") else {
            return Resp::new(401, "").header("WWW-Authenticate", challenge);
        };
        let p = params(auth);
        let get = |k: &str| {
            p.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let ha1 = h("MD5", "alice:cogman:s3cret");
        let body_hash = hex::encode(md5::Md5::digest(&r.body));
        let ha2 = h("MD5", &format!("{}:{}:{body_hash}", r.method, r.target));
        let expected = h(
            "MD5",
            &format!("{ha1}:n1:{}:{}:auth-int:{ha2}", get("nc"), get("cnonce")),
        );
        if get("response") == expected && get("qop") == "auth-int" {
            Resp::new(200, "int ok")
        } else {
            Resp::new(401, format!("bad: {auth}"))
        }
    });
    let c = Client::new(ClientOptions::default()).unwrap();
    let req = HttpRequest {
        method: "POST".into(),
        url: server.url("/submit"),
        headers: vec![],
        body: RequestBody::Bytes(bytes::Bytes::from_static(b"\x00\xffbinary body")),
    };
    let opts = SendOptions {
        auth: Some(digest("s3cret")),
        ..Default::default()
    };
    let res = c.send(&req, &opts).unwrap();
    assert_eq!(
        &res.body[..],
        b"int ok",
        "{}",
        String::from_utf8_lossy(&res.body)
    );
}
